"""How well `extract_people` finds the people of real newspaper articles.

Measures against the People's Daily January 1998 development corpus (`articles.jsonl` with
the annotators' `gold.jsonl`): for every article, the set of names of two or more characters
found is compared with the set tagged; precision, recall and F1 are micro-averaged over all
articles. The naive recipe — jieba's part-of-speech tagger alone (`nr` words) — is measured in
the same run, next to it, with the extraction speed of both.

    python bench/people_eval.py [CORPUS_DIR] [--limit N] [--errors N]

CORPUS_DIR defaults to `$SEARCHER_PD1998`, else `../shared/corpora/pd1998` beside the
repository. Without the corpus the benchmark says so and exits 0. The text is copyrighted
research material: it is read here, never copied.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from searcher.analysis import HAN_RUN, segmenter
from searcher.articles import Article, article_from_dict
from searcher.normalize import normalize
from searcher.people import extract_people

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "pd1998"
MIN_NAME = 2  # the gold data holds a few surname-only mentions; they are not counted


@dataclass
class Score:
    """Counts of one extractor over the corpus, and the time it took."""

    name: str
    true_positives: int = 0
    found: int = 0
    expected: int = 0
    seconds: float = 0.0

    @property
    def precision(self) -> float:
        return self.true_positives / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def naive_people(article: Article) -> list[str]:
    """The baseline: words jieba tags `nr` in the normalised text, two characters or more."""
    found: dict[str, None] = {}
    for run in HAN_RUN.findall(normalize(article.full_text)):
        for word, flag in segmenter().tag(run):
            if flag == "nr" and len(word) >= MIN_NAME:
                found.setdefault(word)
    return list(found)


def load(corpus: Path, limit: int | None) -> list[tuple[Article, set[str]]]:
    """Articles with their gold people (names of two or more characters)."""
    gold: dict[str, set[str]] = {}
    with open(corpus / "gold.jsonl", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            gold[record["id"]] = {n for n in record["people"] if len(n) >= MIN_NAME}
    pairs = []
    with open(corpus / "articles.jsonl", encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            article = article_from_dict(json.loads(line), (str(corpus), number))
            pairs.append((article, gold.get(article.id, set())))
            if limit and len(pairs) >= limit:
                break
    return pairs


def measure(
    name: str,
    extract: Callable[[Article], list[str]],
    pairs: list[tuple[Article, set[str]]],
    errors: tuple[Counter[str], Counter[str]] | None = None,
) -> Score:
    """Run `extract` over the corpus and count; collect false positives/negatives if asked."""
    score = Score(name)
    results = []
    start = time.perf_counter()
    for article, _ in pairs:
        results.append(extract(article))
    score.seconds = time.perf_counter() - start
    for (_, expected), names in zip(pairs, results, strict=True):
        found = {n for n in names if len(n) >= MIN_NAME}
        score.true_positives += len(found & expected)
        score.found += len(found)
        score.expected += len(expected)
        if errors is not None:
            errors[0].update(found - expected)
            errors[1].update(expected - found)
    return score


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument(
        "--errors", type=int, default=0, help="show the N most frequent misses of each kind"
    )
    args = parser.parse_args(argv)
    corpus = args.corpus or Path(os.environ.get("SEARCHER_PD1998") or DEFAULT_CORPUS)
    if not (corpus / "articles.jsonl").is_file() or not (corpus / "gold.jsonl").is_file():
        print(f"people_eval: no corpus at {corpus} (articles.jsonl + gold.jsonl); skipped")
        return 0
    pairs = load(corpus, args.limit)
    # Load the dictionaries and tables both extractors use outside the timed runs.
    naive_people(pairs[0][0])
    extract_people(pairs[0][0])
    errors: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
    scores = [
        measure("jieba nr (naive)", naive_people, pairs),
        measure("extract_people", extract_people, pairs, errors if args.errors else None),
    ]
    characters = sum(len(article.full_text) for article, _ in pairs)
    print(f"{len(pairs)} articles, {characters:,} characters, {scores[0].expected} gold names")
    print(f"{'':18} {'precision':>9} {'recall':>7} {'F1':>6} {'articles/s':>11}")
    for s in scores:
        rate = len(pairs) / s.seconds if s.seconds else float("inf")
        print(f"{s.name:18} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} {rate:11.0f}")
    base, ours = scores
    print(
        f"ratio to naive:    precision ×{ours.precision / base.precision:.2f}, "
        f"recall ×{ours.recall / base.recall:.2f}, F1 ×{ours.f1 / base.f1:.2f}, "
        f"time ×{ours.seconds / base.seconds:.1f}"
    )
    if args.errors:
        # For looking at kinds of error while developing; the output stays on this terminal.
        for label, counts in zip(("found, not tagged:", "tagged, not found:"), errors, strict=True):
            print(label, " ".join(f"{n}:{c}" for n, c in counts.most_common(args.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
