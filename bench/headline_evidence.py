"""List the headlines `split_page` gives, with the evidence the title matcher had for each.

    python bench/headline_evidence.py [SET ...] [--all] [--tsv]

SET is `generated` (default), `held-out`, `pages-dev` or a directory of pages with gold files.
Each article with a headline (and, with --all, each without one whose gold headline is printed
somewhere on the page) is listed with: whether the headline is right, how it was reached
(`match`: the best matching of shared words and standing before; `near`: the nearest free title;
`above`/`free`: the title taken by an article that took only a subtitle), the share of the
title's weighted bigrams the article holds, the best share any other article holds, whether
the title stands right before the article, the gap in units, and the title's shape.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import split_eval  # noqa: E402

from searcher import pages  # noqa: E402

SETS = {
    "pages-dev": split_eval.DEFAULT_DIR,
    "generated": split_eval.OUT / "generated",
    "held-out": split_eval.OUT / "held-out",
}

_captured: dict = {}
_original_best = pages._best_matching
_original_match = pages._match_titles


def _best(scores):
    matched = _original_best(scores)
    _captured["scores"] = dict(scores)
    _captured["matched"] = dict(matched)
    return matched


def _match(groups, drafts, units):
    _captured.clear()
    titles = _original_match(groups, drafts, units)
    _captured.update(groups=groups, drafts=drafts, units=units, titles=titles)
    _captured.setdefault("matched", {})
    _captured.setdefault("scores", {})
    return titles


pages._best_matching = _best
pages._match_titles = _match


def joins(group, units) -> str:
    """Does the title's last line run on into the text right after it (`t`), or the text
    right before it run on into its first line (`b`), completing a word?"""
    out = ""
    after = units[group.last + 1] if group.last + 1 < len(units) else None
    if after is not None and after.kind == pages.TEXT and group.lines:
        out += "t" * pages.joins_word(group.lines[-1], after.lines[0])
    before = units[group.first - 1] if group.first > 0 else None
    if before is not None and before.kind == pages.TEXT and group.lines:
        out += "b" * pages.joins_word(before.lines[-1], group.lines[0])
    return out or "-"


def evidence(a: int) -> dict:
    """The evidence for article a's headline group, recomputed as the matcher sees it."""
    groups, drafts, units = _captured["groups"], _captured["drafts"], _captured["units"]
    titles, matched = _captured["titles"], _captured["matched"]
    bodies = [pages._bigrams("".join(d.paragraphs)) for d in drafts]
    from collections import Counter

    df = Counter(g for body in bodies for g in body)

    def shares(group, body):
        grams = pages._bigrams("".join(pages._dedupe_lines(group.lines)))
        return sum(1 / df[g] for g in grams & body) / len(grams) if grams else 0.0

    ts = titles.get(a, [])
    head = next((t for t, x in matched.items() if x == a), None)
    route = "match"
    if head is None:
        plain = [t for t in ts if not pages._is_subtitle(groups[t])]
        head = plain[0] if plain else (ts[0] if ts else None)
        route = "near"
        if ts and all(pages._is_subtitle(groups[t]) for t in ts if t != head) and len(ts) > 1:
            route = "above/free"
    if head is None:
        return {}
    group = groups[head]
    draft = drafts[a]
    first = draft.pieces[0].unit
    last = max(p.unit for p in draft.pieces)
    gap = first - group.last if group.last < first else group.first - last
    between = units[group.last + 1 : first] if group.last < first else []
    before = group.last < first and all(
        u.kind in (pages.TITLE, pages.BYLINE, pages.CREDIT) for u in between
    )
    overlap = [shares(group, body) for body in bodies]
    grams = pages._bigrams("".join(pages._dedupe_lines(group.lines)))
    counts = [len(grams & body) for body in bodies]
    mine = overlap[a]
    other = max((o for k, o in enumerate(overlap) if k != a), default=0.0)
    # The best share of any other (free or taken) group with this article.
    rivals = sorted((shares(g, bodies[a]), t) for t, g in enumerate(groups) if t != head)
    lines = pages._dedupe_lines(group.lines)
    start = draft.pieces[0]
    return {
        "route": route,
        "mine": mine,
        "other": other,
        "rival": rivals[-1][0] if rivals else 0.0,
        "common": counts[a],
        "grams": len(grams),
        "before": before,
        "gap": gap,
        "lines": len(lines),
        "chars": len(re.sub(r"\s", "", "".join(lines))),
        "bylines": len(group.bylines),
        "photo": draft.photo,
        "lead": bool(start.lead),
        "mid": bool(start.begins_mid),
        "length": len("".join(draft.paragraphs)),
        "groups": len(ts),
        "score": _captured["scores"].get((head, a)),
        "subtitle": pages._is_subtitle(group),
        "joins": joins(group, units),
    }


def run(directory: Path, show_all: bool, tsv: bool) -> list[dict]:
    rows = []
    for page in sorted(directory.glob("*.txt")):
        gold = json.loads(page.with_suffix("").with_suffix(".gold.json").read_text("utf-8"))
        found = pages.split_page(page.read_text("utf-8"), date=gold.get("date"))
        golds = gold["articles"]
        paired = split_eval.pair(found, golds)
        gold_of = {id(art): golds[g] for g, art in paired.items()}
        text = split_eval.squeeze(page.read_text("utf-8"))
        for a, article in enumerate(found):
            expected = gold_of.get(id(article))
            want = split_eval.squeeze(expected["headline"]) if expected else None
            got = split_eval.squeeze(article.headline)
            if not got and not (show_all and want and want in text):
                continue
            ev = evidence(a)
            verdict = "right" if got == want else ("EMPTY" if not got else "WRONG")
            row = {"page": page.stem, "verdict": verdict, "got": got, "want": want, **ev}
            rows.append(row)
            if tsv:
                print("\t".join(str(v) for v in row.values()))
            else:
                shown = ", ".join(
                    f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in ev.items()
                )
                print(f"{page.stem} {verdict:5} {got!r} (gold {want!r}) {shown}")
    return rows


def main(argv: list[str]) -> int:
    show_all = "--all" in argv
    tsv = "--tsv" in argv
    names = [a for a in argv if not a.startswith("--")] or ["generated"]
    for name in names:
        directory = SETS.get(name, Path(name))
        rows = run(directory, show_all, tsv)
        given = [r for r in rows if r["verdict"] != "EMPTY"]
        right = sum(r["verdict"] == "right" for r in given)
        print(f"# {name}: {len(given)} given, {right} right", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
