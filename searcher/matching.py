"""Evaluating a parsed query: which articles of each segment match, and how well.

Whoosh's matchers step through every matching document in Python, several calls per
document and per query node, and an archive query easily matches tens of thousands of
articles. Here a query is evaluated on whole sets of document numbers, one segment at a
time: postings are read a block at a time, AND / OR / NOT are set operations, BM25F is
added up over the matching documents of each query word, and the best come from `heapq`.

Scores: each string of the query found in an article gives a small constant (more in the
headline); each word jieba finds in the string adds BM25F over the word view (headline
boosted). So articles where the string is a word rank above accidental substrings.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import math
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.util.numeric import byte_to_length

from .analysis import word_spans
from .literal import literal_docs, text_column, unpack_texts
from .postings import PostingsCache, postings, term_docs, weights_of
from .query import All, Any_, Node, Not, Text, Value

VIEWS = ("headline", "body")
HEADLINE_BOOST = 1.5  # measured: higher boosts rank known items lower (bench/quality.py)
# Constant scores for containing the string at all (the word view adds BM25F on top).
HEADLINE_HIT = 0.3
BODY_HIT = 0.1
K1, B = 1.5, 0.75  # BM25F; K1 a little above the usual 1.2 ranked known items better
MAX_CACHED_SEGMENTS = 64
SPARSE = 16  # matches this many times fewer than a word's postings: look them up one by one


@dataclass(frozen=True)
class SegmentColumns:
    """Per-document values of one segment, read once: segments never change once written."""

    months: list[str]
    pages: list[int]
    people: list[tuple[str, ...]]
    days: list[int]  # the date column's raw values, comparable with `day_value`
    lengths: dict[str, list[int]]  # words per document, per word-view field
    by_day: tuple[list[int], list[int]]  # (days sorted, their documents): date ranges bisect


class SegmentCache:
    """What searches keep about segments: their columns and their long posting lists.

    Shared by all searches of an archive; segments never change once written.
    """

    def __init__(self) -> None:
        self._cache: dict[str, SegmentColumns] = {}
        self._lock = threading.Lock()
        self.postings = PostingsCache()

    def of(self, reader: Any) -> SegmentColumns:
        key = reader.segment().segment_id()
        found = self._cache.get(key)
        if found is None:
            days = list(reader.column_reader("date", translate=False))
            order = sorted(range(len(days)), key=days.__getitem__)
            found = SegmentColumns(
                months=list(reader.column_reader("month")),
                pages=list(reader.column_reader("page")),
                people=[
                    tuple(v.decode("utf-8").split("\t")) if v else ()
                    for v in reader.column_reader("people_list")
                ],
                days=days,
                lengths={view: _lengths(reader, view) for view in VIEWS},
                by_day=([days[d] for d in order], order),
            )
            with self._lock:
                if len(self._cache) > MAX_CACHED_SEGMENTS:  # merged-away segments linger
                    self._cache.clear()
                self._cache[key] = found
        return found


def _lengths(reader: Any, field: str) -> list[int]:
    """Words per document in a word-view field (the length column BM25F normalises by)."""
    perdoc = reader._perdoc  # the length column is not a schema field: read it directly
    name = _lenfield(field)
    if not perdoc.has_column(name):
        return [0] * reader.doc_count_all()
    return [byte_to_length(b) for b in perdoc.column_reader(name, LENGTHS_COLUMN)]


def day_value(day: dt.date, end: bool = False) -> int:
    """A date as the date column stores it (the first or the last moment of the day)."""
    from whoosh.fields import DATETIME

    moment = dt.datetime(day.year, day.month, day.day, *((23, 59, 59, 999999) if end else ()))
    return DATETIME().to_column_value(moment)


# --- Evaluation ---


class SegmentQuery:
    """One query evaluated against one segment."""

    def __init__(self, searcher: Any, leaf: Any, cache: SegmentCache) -> None:
        self.searcher = searcher  # the top-level searcher: global statistics for BM25F
        self.reader = leaf.reader()
        self.columns = cache.of(self.reader)
        self.cache = cache.postings
        self._literals: dict[tuple[str, str], set[int]] = {}
        self._live: set[int] | None = None
        self.deleted = set(self.reader.segment().deleted_docs())

    @property
    def live(self) -> set[int]:
        """Every document of the segment that is not deleted."""
        if self._live is None:
            self._live = set(range(self.reader.doc_count_all())) - self.deleted
        return self._live

    def literal(self, text: str, view: str) -> set[int]:
        key = (text, view)
        if key not in self._literals:
            self._literals[key] = literal_docs(self.reader, text, view, self.cache)
        return self._literals[key]

    def texts(self, doc: int) -> tuple[str, str]:
        """A document's normalised (headline, body)."""
        return unpack_texts(text_column(self.reader)[doc])

    def docs(self, node: Node | None) -> set[int]:
        """The live documents matching `node` (every document for an empty query)."""
        if node is None:
            return set(self.live)
        found = self._docs(node)
        return found - self.deleted if self.deleted else found

    def _docs(self, node: Node) -> set[int]:
        if isinstance(node, Text):
            views = VIEWS if node.field is None else (node.field,)
            return set().union(*(self.literal(node.text, view) for view in views))
        if isinstance(node, Value):
            return self.value_docs(node)
        if isinstance(node, Not):
            return self.live - self._docs(node.child)
        if isinstance(node, Any_):
            return set().union(*(self._docs(child) for child in node.children))
        # All: intersect the positive parts (smallest first), then take out the negated ones.
        positive = sorted((self._docs(c) for c in node.children if not isinstance(c, Not)), key=len)
        found = positive[0].intersection(*positive[1:]) if positive else set(self.live)
        for child in node.children:
            if isinstance(child, Not) and found:
                found -= self._docs(child.child)
        return found

    def value_docs(self, node: Value) -> set[int]:
        if node.field == "date":
            low = day_value(node.low) if node.low else None  # type: ignore[arg-type]
            high = day_value(node.high, end=True) if node.high else None  # type: ignore[arg-type]
            return self.date_docs(low, high)
        if node.field == "page":
            low, high = node.low, node.high
            return {d for d, page in enumerate(self.columns.pages) if low <= page <= high}  # type: ignore[operator]
        return term_docs(self.reader, node.field, str(node.low), self.cache)

    def date_docs(self, low: int | None, high: int | None) -> set[int]:
        """Documents dated from `low` to `high` (column values; None: open), by bisection."""
        days, docs = self.columns.by_day
        start = 0 if low is None else bisect.bisect_left(days, low)
        end = len(days) if high is None else bisect.bisect_right(days, high)
        return set(docs[start:end])

    # --- Scores ---

    def scores(self, node: Node | None, docs: set[int]) -> dict[int, float]:
        """Relevance of each matching document (see the module docstring)."""
        score = dict.fromkeys(docs, 0.0)
        if not docs:
            return score
        for text, field in positive_texts(node):
            words = list(dict.fromkeys(w for w, _, _ in word_spans(text)))
            for view in VIEWS if field is None else (field,):
                hit = HEADLINE_HIT if view == "headline" else BODY_HIT
                for d in self.literal(text, view) & docs:
                    score[d] += hit
                for word in words:
                    self._add_bm25(score, view, word)
        return score

    def _add_bm25(self, score: dict[int, float], view: str, word: str) -> None:
        if (view, word) not in self.reader:
            return
        if len(score) * SPARSE < self.reader.doc_frequency(view, word):
            # Few matches, a long posting list: look up just those (skipping whole blocks).
            ids, weights = weights_of(self.reader, view, word, sorted(score))
        else:
            ids, weights = postings(self.reader, view, word, self.cache)
        searcher = self.searcher
        idf = math.log(searcher.doc_count_all() / (searcher.doc_frequency(view, word) + 1)) + 1
        boost = HEADLINE_BOOST if view == "headline" else 1.0
        avgfl = searcher.avg_field_length(view) or 1.0
        lengths = self.columns.lengths[view]
        factor = idf * (K1 + 1) * boost
        norm = K1 * (1 - B)
        per_length = K1 * B / avgfl
        for d, tf in zip(ids, weights, strict=True):
            if d in score:
                score[d] += factor * tf / (tf + norm + per_length * lengths[d])


def positive_texts(node: Node | None, negated: bool = False) -> Iterator[tuple[str, str | None]]:
    """The strings of the query that count for relevance (none under a negation)."""
    if node is None:
        return
    if isinstance(node, Text):
        if not negated:
            yield node.text, node.field
    elif isinstance(node, Not):
        yield from positive_texts(node.child, not negated)
    elif isinstance(node, (All, Any_)):
        for child in node.children:
            yield from positive_texts(child, negated)


def best(scored: Iterable[tuple[float, int]], count: int) -> list[tuple[float, int]]:
    """The `count` highest (score, docnum) pairs, ties to the lower document number."""
    return heapq.nsmallest(count, scored, key=lambda item: (-item[0], item[1]))
