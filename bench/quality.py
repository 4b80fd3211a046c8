"""Search quality of searcher against the textbook Whoosh + jieba recipe, measured in one run.

    python bench/quality.py [--corpus ../shared/corpora/pd1998] [--queries 200]

Both systems index `articles.jsonl` of the corpus. Query sets are drawn at run time from the
corpus (nothing of it is kept): entity names from `gold.jsonl` (people, places, organisations;
2+ characters) searched unquoted and quoted; random substrings of 1–4 characters; names in
traditional characters (OpenCC s2t); strings with digits or Latin letters typed in the other
width; and known items (2–4 distinctive words of one article, which should come first).

The truth for a string query is every article whose normalised text contains the string,
found by brute force. Printed per set: recall, precision, and (known items) MRR@10, side by
side; and for searcher, whether every hit's snippet marks cover the whole query string.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "pd1998"
HAN = re.compile(r"[\u4e00-\u9fff]+")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def load(corpus: Path) -> tuple[list[dict], list[dict]]:
    with (corpus / "articles.jsonl").open(encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    gold: list[dict] = []
    if (corpus / "gold.jsonl").exists():
        with (corpus / "gold.jsonl").open(encoding="utf-8") as f:
            gold = [json.loads(line) for line in f if line.strip()]
    return articles, gold


class Truth:
    """Brute-force answers over the normalised text of every article."""

    def __init__(self, articles: list[dict]) -> None:
        from searcher.normalize import normalize

        self.normalize = normalize
        self.texts = {
            a["id"]: normalize(a["headline"]) + "\n" + normalize(a["body"]) for a in articles
        }

    def containing(self, text: str) -> set[str]:
        needle = self.normalize(text)
        return {i for i, t in self.texts.items() if needle in t}


class Ours:
    name = "searcher"

    def __init__(self, jsonl: Path, folder: Path) -> None:
        from searcher import Archive

        self.archive = Archive.create(folder)
        self.archive.add([jsonl])

    def ids(self, query: str) -> list[str]:
        out: list[str] = []
        page = 1
        while True:
            results = self.archive.search(query, limit=1000, page=page, facets=False, lenient=True)
            out.extend(h.id for h in results.hits)
            if len(out) >= results.total or not results.hits:
                return out
            page += 1

    def hits(self, query: str, limit: int = 10):
        return self.archive.search(query, limit=limit, facets=False, lenient=True).hits


class Textbook:
    name = "textbook"

    def __init__(self, jsonl: Path, folder: Path) -> None:
        from jieba.analyse import ChineseAnalyzer
        from whoosh import fields
        from whoosh import index as whoosh_index
        from whoosh.qparser import MultifieldParser

        analyzer = ChineseAnalyzer()
        schema = fields.Schema(
            id=fields.ID(stored=True, unique=True),
            headline=fields.TEXT(stored=True, analyzer=analyzer, field_boost=2.0),
            body=fields.TEXT(stored=True, analyzer=analyzer),
        )
        folder.mkdir(parents=True)
        ix = whoosh_index.create_in(str(folder), schema)
        with ix.writer() as w, jsonl.open(encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                w.add_document(id=r["id"], headline=r["headline"], body=r["body"])
        self.searcher = ix.searcher()
        self.parser = MultifieldParser(["headline", "body"], schema)

    def ids(self, query: str) -> list[str]:
        results = self.searcher.search(self.parser.parse(query), limit=None)
        return [hit["id"] for hit in results]


def recall_precision(system, queries: list[str], truth: Truth) -> tuple[float, float, int]:
    found_total = relevant_total = correct_total = 0
    for query in queries:
        expected = truth.containing(query.strip('"'))
        found = set(system.ids(query))
        found_total += len(found)
        relevant_total += len(expected)
        correct_total += len(found & expected)
    recall = correct_total / relevant_total if relevant_total else 1.0
    precision = correct_total / found_total if found_total else 1.0
    return recall, precision, len(queries)


SYNTAX = re.compile(r"[\"＂“”「」『』()（）:：]|^[-－]")


def marks_cover(ours: Ours, queries: list[str]) -> float:
    """Share of top-10 hits whose snippet has a mark covering the whole (normalised) query.

    Unquoted queries holding query syntax (quotes, parentheses, a leading minus, a colon)
    mean something else than the literal string, so they are left out here.
    """
    from searcher.normalize import normalize

    good = total = 0
    for query in queries:
        if not query.startswith('"') and SYNTAX.search(query):
            continue
        needle = normalize(query.strip('"'))
        for hit in ours.hits(query):
            total += 1
            marked = {normalize(hit.snippet[a:b]) for a, b in hit.marks}
            good += any(needle in m for m in marked)
    return good / total if total else 1.0


def entity_names(gold: list[dict], kind: str, count: int, rng: random.Random) -> list[str]:
    names = sorted({n for g in gold for n in g.get(kind, []) if len(n) >= 2})
    return rng.sample(names, min(count, len(names)))


def substrings(articles: list[dict], length: int, count: int, rng: random.Random) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        text = rng.choice(articles)["body"]
        start = rng.randrange(max(1, len(text) - length))
        piece = text[start : start + length]
        if len(piece) == length and not any(c.isspace() for c in piece):
            out.append(piece)
    return out


def known_items(articles: list[dict], count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(query, id): 2–4 of an article's words that are rare in the corpus, frequent in it."""
    from searcher.analysis import segmenter

    seg = segmenter()
    doc_words = {
        a["id"]: Counter(
            w for run in HAN.findall(a["body"]) for w in seg.cut_han(run) if len(w) >= 2
        )
        for a in articles
    }
    df: Counter[str] = Counter()
    for words in doc_words.values():
        df.update(words.keys())
    n = len(articles)
    out = []
    for article in rng.sample(articles, count):
        words = doc_words[article["id"]]
        if not words:
            continue
        scored = sorted(words, key=lambda w: -words[w] * math.log(n / df[w]))
        k = rng.randint(2, 4)
        out.append((" ".join(scored[:k]), article["id"]))
    return out


def row(label: str, queries: list[str], systems: list, truth: Truth) -> str:
    r1, p1, count = recall_precision(systems[0], queries, truth)
    r2, p2, _ = recall_precision(systems[1], queries, truth)
    return f"{label:<24} {count:>4}   {r1:>10.3f} {p1:>6.3f}   {r2:>10.3f} {p2:>6.3f}"


def mrr(system, items: list[tuple[str, str]]) -> float:
    total = 0.0
    for query, wanted in items:
        ranked = system.ids(query)[:10]
        if wanted in ranked:
            total += 1 / (ranked.index(wanted) + 1)
    return total / len(items)


def to_full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--queries", type=int, default=200, help="queries per set")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    if not (args.corpus / "articles.jsonl").exists():
        print(f"no corpus at {args.corpus}: nothing to measure")
        return
    import opencc

    from searcher.normalize import normalize

    rng = random.Random(args.seed)
    articles, gold = load(args.corpus)
    truth = Truth(articles)
    work = Path(tempfile.mkdtemp(prefix="searcher-quality-"))
    try:
        jsonl = args.corpus / "articles.jsonl"
        systems = [Ours(jsonl, work / "ours"), Textbook(jsonl, work / "textbook")]
        ours = systems[0]
        n = args.queries
        sets: dict[str, list[str]] = {}
        for kind in ("people", "places", "orgs"):
            names = entity_names(gold, kind, n, rng)
            sets[f"{kind}, unquoted"] = names
            sets[f"{kind}, quoted"] = [f'"{name}"' for name in names]
        for length in (1, 2, 3, 4):
            sets[f"substrings of {length}"] = substrings(articles, length, n, rng)
            sets[f'"substrings" of {length}'] = [f'"{s}"' for s in sets[f"substrings of {length}"]]
        s2t = opencc.OpenCC("s2t")
        names = entity_names(gold, "people", n, rng) + entity_names(gold, "places", n, rng)
        traditional = [(name, s2t.convert(name)) for name in names]
        traditional = [(a, b) for a, b in traditional if a != b]
        mixed = [
            s for s in substrings(articles, 5, 20 * n, rng) if any("０" <= c <= "ｚ" for c in s)
        ][:n]
        width = [normalize(s) if s != normalize(s) else to_full_width(s) for s in mixed]
        print(f"corpus: {len(articles)} articles ({args.corpus}); queries per set: up to {n}\n")
        heading = ("query set", "n", "searcher R", "P", "textbook R", "P")
        print("{:<24} {:>4}   {:>10} {:>6}   {:>10} {:>6}".format(*heading))
        for label, queries in sets.items():
            cover = marks_cover(ours, queries[:50])
            print(row(label, queries, systems, truth) + f"   marks {cover:.3f}")
        print(row("other-width strings", width, systems, truth))
        for system in systems:
            simplified = sum(len(set(system.ids(a))) for a, _ in traditional)
            both = sum(len(set(system.ids(a)) & set(system.ids(b))) for a, b in traditional)
            share = both / simplified if simplified else 1.0
            print(
                f"traditional-form names ({len(traditional)}): {system.name} finds {share:.3f} "
                "of what the simplified form finds"
            )
        items = known_items(articles, n, rng)
        print(
            f"known-item MRR@10 ({len(items)} queries): searcher {mrr(ours, items):.3f}, "
            f"textbook {mrr(systems[1], items):.3f}"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
