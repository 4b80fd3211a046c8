"""Measure `split_page` against pages with gold files: the development pages, and pages made by
`bench/make_pages.py`, one set to tune on and one held out.

    python bench/split_eval.py              the three sets below, one summary line each
    python bench/split_eval.py DIR [-v]     one directory of pages, page by page (-v: what is wrong)

* pages-dev: `../shared/corpora/pages-dev`, eight pages of a layout family the splitter was
  developed on;
* generated: pages made here from seeds 100–139 (articles whose id hashes even), the set to
  look at while changing the splitter;
* held-out: pages made from seeds 900–939 (the other articles), to report, not to tune on.

Generated pages are made on first use into `bench/out/pages/` (needs Chromium, pdftotext, the
fonts named in `make_pages.py` and `../shared/corpora/pd1998/articles.jsonl`) and made again when
`make_pages.py` changes.

Each `NNN.txt` is split and compared with `NNN.gold.json`. Text is compared with all whitespace
removed. A found article is paired with the gold article whose body it shares most character
bigrams with (each gold article at most once). Printed per page and overall:

* found / gold: articles the splitter produced, and how many gold articles there are;
* headline: the headline alone is exactly right;
* kick/sub: the kicker and the subtitle are both exactly right (absent counts as empty);
* body: the body starts with the first sentence, ends with the last, and holds nothing else;
* photo: the photo flag is right;
* right: headline, kicker, subtitle, body and photo flag all right;
* given: of the headlines the splitter gave (not empty), the share that are the right one
  (an article keeps an empty headline rather than a wrong one);
* reporters: every name of the article's printed byline and photo credit is among its
  reporters, and each reporter it gives is one of those or is named in its first paragraph
  (a lead's `记者 王平`) or its kicker or subtitle (a byline printed as one); so an article
  printed with neither byline nor credit (about a third) is right when it names no other
  reporter. Not part of `right`.

Rates are over the gold articles (an article that was not found is wrong in every column);
a page is right when all its articles are right and no other article was found. The time is
what `split_page` takes per page, on average, once the dictionary it reads word joins with is
loaded (about 0.4 s, once per process).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from searcher.articles import Article  # noqa: E402
from searcher.pages import joins_word, split_page  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "corpora" / "pages-dev"
ARTICLES = ROOT.parent / "shared" / "corpora" / "pd1998" / "articles.jsonl"
GENERATOR = ROOT / "bench" / "make_pages.py"
OUT = ROOT / "bench" / "out" / "pages"
GENERATED = {"generated": ("100-139", "even"), "held-out": ("900-939", "odd")}
COLUMNS = ("headline", "kick/sub", "body", "photo", "right")
HEADER = (*COLUMNS, "given", "reporters")
# A byline's or credit's role and agency (`本报记者`, `新华社记者`), and a credit's `摄`.
ROLE = re.compile(r"^(?:本报|新华社|中新社)?(?:特约记者|见习记者|记者|通讯员|实习生)?")
PHOTOGRAPHED = re.compile(r"\s*摄(?:影)?$")


def squeeze(text: str | None) -> str:
    """Text with all whitespace removed: layout spaces and line breaks do not count."""
    return re.sub(r"\s+", "", text or "")


def bigrams(text: str) -> set[str]:
    text = squeeze(text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    pages: int = 0
    pages_right: int = 0
    seconds: float = 0.0
    headline: int = 0
    kicksub: int = 0
    body: int = 0
    photo: int = 0
    right: int = 0
    given: int = 0  # found articles with a headline
    given_right: int = 0  # … that is their gold article's
    reporters: int = 0

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, label: str) -> str:
        def rate(n: int) -> str:
            return f"{100 * n / self.gold:5.1f}%" if self.gold else "    -"

        counts = (self.headline, self.kicksub, self.body, self.photo, self.right)
        given = f"{100 * self.given_right / self.given:5.1f}%" if self.given else "    -"
        return (
            f"{label:<10} {self.found:>4}/{self.gold:<4} "
            + " ".join(f"{rate(n):>9}" for n in counts)
            + f" {given:>9} {rate(self.reporters):>9}"
        )

    def summary(self, label: str) -> str:
        ms = 1000 * self.seconds / max(self.pages, 1)
        return f"{self.row(label)} {self.pages_right:>4}/{self.pages:<4} {ms:6.1f}"


def gold_body(gold: dict) -> str:
    return squeeze("".join(gold["paragraphs"]))


def pair(found: list[Article], golds: list[dict]) -> dict[int, Article]:
    """Gold index → the found article that shares most body bigrams with it."""
    scores = []
    for g, gold in enumerate(golds):
        target = bigrams(gold_body(gold))
        for a, article in enumerate(found):
            shared = len(target & bigrams(article.body))
            if shared:
                scores.append((shared / max(len(target), 1), g, a))
    scores.sort(reverse=True)
    paired: dict[int, Article] = {}
    taken: set[int] = set()
    for _, g, a in scores:
        if g in paired or a in taken:
            continue
        paired[g] = found[a]
        taken.add(a)
    return paired


def gold_reporters(gold: dict) -> list[str]:
    """The names of a gold article's printed byline and photo credit."""
    names = []
    for line in (gold.get("byline"), gold.get("credit")):
        for token in re.split(r"[\s、，,]+", PHOTOGRAPHED.sub("", line or "")):
            token = ROLE.sub("", token)
            if re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", token):
                names.append(token)
    return names


def reporters_right(article: Article, gold: dict) -> bool:
    names = gold_reporters(gold)
    lead = squeeze(
        (gold["kicker"] or "") + (gold["subtitle"] or "") + "".join(gold["paragraphs"][:1])
    )
    return set(names) <= set(article.reporters) and all(
        name in names or name in lead for name in article.reporters
    )


def judge(article: Article, gold: dict) -> dict[str, bool]:
    body = squeeze(article.body)
    expected = gold_body(gold)
    headline = squeeze(article.headline) == squeeze(gold["headline"])
    kicksub = squeeze(article.kicker) == squeeze(gold["kicker"]) and squeeze(
        article.subtitle
    ) == squeeze(gold["subtitle"])
    body_right = (
        body.startswith(squeeze(gold["first_sentence"]))
        and body.endswith(squeeze(gold["last_sentence"]))
        and len(body) == len(expected)
    )
    photo = article.photo == bool(gold["photo"])
    return {
        "headline": headline,
        "kick/sub": kicksub,
        "body": body_right,
        "photo": photo,
        "right": headline and kicksub and body_right and photo,
        "reporters": reporters_right(article, gold),
    }


def evaluate(page: Path, verbose: bool) -> Score:
    gold = json.loads(page.with_suffix("").with_suffix(".gold.json").read_text("utf-8"))
    text = page.read_text("utf-8")
    start = time.perf_counter()
    found = split_page(text, date=gold.get("date"), page=gold.get("page"))
    seconds = time.perf_counter() - start
    golds = gold["articles"]
    paired = pair(found, golds)
    score = Score(gold=len(golds), found=len(found), pages=1, seconds=seconds)
    for g, expected in enumerate(golds):
        article = paired.get(g)
        verdict = judge(article, expected) if article else dict.fromkeys(HEADER, False)
        score.headline += verdict["headline"]
        score.kicksub += verdict["kick/sub"]
        score.body += verdict["body"]
        score.photo += verdict["photo"]
        score.right += verdict["right"]
        score.reporters += verdict["reporters"]
        if verbose and not (verdict["right"] and verdict["reporters"]):
            wrong = ", ".join(k for k in (*COLUMNS[:-1], "reporters") if not verdict[k])
            got = f"{article.headline!r}, {list(article.reporters)}" if article else "not found"
            print(f"  {page.stem}: {expected['headline']!r} — {wrong} (got {got})")
    headline_of = {id(article): squeeze(golds[g]["headline"]) for g, article in paired.items()}
    for article in found:
        if article.headline:
            score.given += 1
            score.given_right += headline_of.get(id(article)) == squeeze(article.headline)
    score.pages_right = int(score.right == score.gold == score.found)
    return score


def measure(directory: Path, verbose: bool = False, rows: bool = False) -> Score:
    """Score every page of a directory (printing a row per page when asked)."""
    total = Score()
    for page in sorted(directory.glob("*.txt")):
        score = evaluate(page, verbose)
        if rows:
            print(score.row(page.stem))
        total.add(score)
    return total


def generated(name: str) -> Path | None:
    """The directory of a generated set, made (again) when missing or out of date."""
    seeds, part = GENERATED[name]
    directory = OUT / name
    stamp = hashlib.sha256(GENERATOR.read_bytes() + f"{seeds}{part}".encode()).hexdigest()
    if (directory / "STAMP").exists() and (directory / "STAMP").read_text() == stamp:
        return directory
    if not ARTICLES.exists():
        return None
    sys.path.insert(0, str(GENERATOR.parent))
    import make_pages

    for old in directory.glob("*.*"):
        old.unlink()
    print(f"making the {name} pages in {directory} …", file=sys.stderr)
    code = make_pages.main([str(ARTICLES), str(directory), "--seeds", seeds, "--part", part])
    if code:
        return None
    (directory / "STAMP").write_text(stamp)
    return directory


def main(argv: list[str]) -> int:
    joins_word("开", "会")  # load the dictionary before the clock runs
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    header = f"{'pages':<10} {'found':>9} " + " ".join(f"{c:>9}" for c in HEADER)
    if args:
        directory = Path(args[0])
        if not any(directory.glob("*.txt")):
            print(f"no pages in {directory}: nothing to measure", file=sys.stderr)
            return 0
        print(header)
        total = measure(directory, verbose, rows=True)
        print(total.row("all"))
        print(f"pages fully right: {total.pages_right}/{total.pages}")
        return 0
    sets: list[tuple[str, Path]] = []
    if any(DEFAULT_DIR.glob("*.txt")):
        sets.append(("pages-dev", DEFAULT_DIR))
    for name in GENERATED:
        directory = generated(name)
        if directory is not None:
            sets.append((name, directory))
    if not sets:
        print("no pages to measure (see the docstring)", file=sys.stderr)
        return 0
    print(f"{header} {'pages':>9} {'ms/page':>6}")
    for name, directory in sets:
        print(measure(directory, verbose).summary(name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
