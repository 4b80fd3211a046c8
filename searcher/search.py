"""Running a parsed query: ranked hits with snippets, the exact total, and facets."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from whoosh import collectors
from whoosh import query as wq
from whoosh.scoring import BM25F
from whoosh.searching import Searcher

from .articles import RECORD_KEYS, Article
from .literal import TEXT_COLUMN, unpack_texts
from .normalize import normalize
from .query import ParsedQuery, date_query
from .schema import unpack_record
from .snippets import make_snippet

SORTS = ("relevance", "date", "-date")
# BM25F over the word view; K1 a little above Whoosh's 1.2 ranked known items better.
WEIGHTING = BM25F(B=0.75, K1=1.5)
FACET_PEOPLE = 20
MAX_LIMIT = 1000
MAX_CACHED_SEGMENTS = 64
RERANK_DEPTH = 50  # top articles checked for the query's words standing together
ADJACENT_BODY = 2.0
ADJACENT_HEADLINE = 6.0


@dataclass(frozen=True)
class Hit:
    """One search result: the article record without its body, plus score and snippet."""

    id: str
    paper: str
    date: str
    page: int
    seq: int
    headline: str
    kicker: str
    subtitle: str
    reporters: tuple[str, ...]
    dateline: str
    people: tuple[str, ...]
    photo: bool
    score: float
    snippet: str
    marks: tuple[tuple[int, int], ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: record keys (no body), then score, snippet and marks."""
        data: dict[str, Any] = {key: getattr(self, key) for key in RECORD_KEYS if key != "body"}
        data["reporters"] = list(self.reporters)
        data["people"] = list(self.people)
        data["score"] = round(self.score, 4)
        data["snippet"] = self.snippet
        data["marks"] = [list(m) for m in self.marks]
        return data


@dataclass(frozen=True)
class Results:
    """A page of hits for a query, the number of matching articles, and facet counts."""

    query: str
    total: int
    hits: tuple[Hit, ...]
    page: int = 1
    limit: int = 10
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    problems: tuple[str, ...] = ()

    @property
    def pages(self) -> int:
        """How many pages of `limit` hits the total makes."""
        return max(1, -(-self.total // self.limit))

    def to_dict(self) -> dict[str, Any]:
        """The JSON form printed by `search --json` and served by `/api/search`."""
        data: dict[str, Any] = {
            "query": self.query,
            "total": self.total,
            "page": self.page,
            "limit": self.limit,
            "hits": [hit.to_dict() for hit in self.hits],
            "facets": self.facets,
        }
        if self.problems:
            data["problems"] = list(self.problems)
        return data


@dataclass(frozen=True)
class Filters:
    """Conditions from options rather than query text (`--from`, `--to`, `--person`, …)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    person: str | None = None
    paper: str | None = None

    def to_whoosh(self) -> wq.Query | None:
        parts: list[wq.Query] = []
        if self.date_from or self.date_to:
            parts.append(date_query(self.date_from, self.date_to))
        if self.person:
            parts.append(wq.Term("people", normalize(self.person)))
        if self.paper:
            parts.append(wq.Term("paper", normalize(self.paper)))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else wq.And(parts)

    @property
    def marks(self) -> tuple[str, ...]:
        return (normalize(self.person),) if self.person else ()


def make_hit(article: Article, score: float, terms: tuple[str, ...]) -> Hit:
    """A hit for `article`, with its snippet for `terms`."""
    snippet = make_snippet(article.body, article.title_text, terms)
    return Hit(
        id=article.id,
        paper=article.paper,
        date=article.date,
        page=article.page,
        seq=article.seq,
        headline=article.headline,
        kicker=article.kicker,
        subtitle=article.subtitle,
        reporters=article.reporters,
        dateline=article.dateline,
        people=article.people,
        photo=article.photo,
        score=float(score),
        snippet=snippet.text,
        marks=snippet.marks,
    )


class _Recorder:
    """Mixin for Whoosh collectors: remember every matching document, per segment.

    One pass gives the ranked hits, the exact total and the facets (Whoosh would otherwise
    run the query a second time to count).
    """

    def prepare(self, top_searcher, q, context):  # type: ignore[no-untyped-def]
        super().prepare(top_searcher, q, context)  # type: ignore[misc]
        self.matched: list[tuple[Any, list[int]]] = []

    def set_subsearcher(self, subsearcher, offset):  # type: ignore[no-untyped-def]
        super().set_subsearcher(subsearcher, offset)  # type: ignore[misc]
        self.matched.append((subsearcher.reader(), []))

    def collect(self, sub_docnum):  # type: ignore[no-untyped-def]
        self.matched[-1][1].append(sub_docnum)
        return super().collect(sub_docnum)  # type: ignore[misc]


class _RecordingTopCollector(_Recorder, collectors.TopCollector):
    pass


class _RecordingSortingCollector(_Recorder, collectors.SortingCollector):
    pass


class FacetColumns:
    """Per-segment month, page and people of every document, read once and kept.

    Segments never change once written, so the columns stay valid for as long as the
    segment exists; counting facets is then list indexing, not column reads.
    """

    def __init__(self) -> None:
        self._cache: dict[str, tuple[list[str], list[int], list[tuple[str, ...]]]] = {}
        self._lock = threading.Lock()

    def of(self, reader: Any) -> tuple[list[str], list[int], list[tuple[str, ...]]]:
        key = reader.segment().segment_id()
        found = self._cache.get(key)
        if found is None:
            months = list(reader.column_reader("month"))
            pages = list(reader.column_reader("page"))
            people = [
                tuple(v.decode("utf-8").split("\t")) if v else ()
                for v in reader.column_reader("people_list")
            ]
            found = (months, pages, people)
            with self._lock:
                if len(self._cache) > MAX_CACHED_SEGMENTS:  # merged-away segments linger
                    self._cache.clear()
                self._cache[key] = found
        return found

    def count(self, matched: list[tuple[Any, list[int]]]) -> dict[str, dict[str, int]]:
        """Counts by year, year-month, page and person (top 20) over the matched documents."""
        months: Counter[str] = Counter()
        pages: Counter[int] = Counter()
        people: Counter[str] = Counter()
        for reader, docnums in matched:
            if not docnums:
                continue
            month_of, page_of, people_of = self.of(reader)
            months.update(month_of[d] for d in docnums)
            pages.update(page_of[d] for d in docnums)
            people.update(chain.from_iterable(people_of[d] for d in docnums))
        years: Counter[str] = Counter()
        for month, n in months.items():
            years[month[:4]] += n
        return {
            "year": dict(sorted(years.items())),
            "month": dict(sorted(months.items())),
            "page": {str(k): v for k, v in sorted(pages.items())},
            "people": dict(sorted(people.items(), key=lambda kv: (-kv[1], kv[0]))[:FACET_PEOPLE]),
        }


def rerank_adjacent(
    searcher: Searcher, ranked: list[tuple[float, int]], runs: tuple[str, ...]
) -> list[tuple[float, int]]:
    """Raise the articles where the query's words stand together (`疫情 防控` → `疫情防控`).

    Done on the top of the ranking only (`RERANK_DEPTH`): checking every match would mean
    reading the text of every article that merely holds the words somewhere.
    """
    if not ranked:
        return ranked
    column = searcher.reader().column_reader(TEXT_COLUMN)
    rescored = []
    for score, docnum in ranked:
        title, body = unpack_texts(column[docnum])
        for run in runs:
            score += ADJACENT_HEADLINE * (run in title) + ADJACENT_BODY * (run in body)
        rescored.append((score, docnum))
    rescored.sort(key=lambda item: (-item[0], item[1]))
    return rescored


def run(
    searcher: Searcher,
    parsed: ParsedQuery,
    *,
    limit: int = 10,
    page: int = 1,
    sort: str = "relevance",
    filters: Filters | None = None,
    facets: FacetColumns | None = None,
) -> Results:
    """Execute `parsed` and build the requested page of results (with facets if given)."""
    limit = max(1, min(limit, MAX_LIMIT))
    page = max(1, page)
    q = parsed.to_whoosh()
    filter_q = filters.to_whoosh() if filters else None
    if filter_q is not None:
        q = wq.And([q, filter_q]) if not isinstance(q, wq.Every) else filter_q
    wanted = page * limit
    rerank = sort == "relevance" and bool(parsed.adjacent)
    if rerank:
        wanted = max(wanted, RERANK_DEPTH)
    if sort in ("date", "-date"):
        collector: Any = _RecordingSortingCollector("date", limit=wanted, reverse=sort == "-date")
    else:
        # Block-quality skipping would leave documents uncounted: facets need them all.
        collector = _RecordingTopCollector(limit=wanted, usequality=facets is None)
    searcher.search_with_collector(q, collector)
    results = collector.results()
    if sort == "relevance":
        ranked = [(hit.score or 0.0, hit.docnum) for hit in results]
        if rerank:
            ranked = rerank_adjacent(searcher, ranked, parsed.adjacent)
    else:  # sorted by date: Whoosh reports the sort key as the score
        ranked = [(0.0, hit.docnum) for hit in results]
    terms = parsed.marks + (filters.marks if filters else ())
    hits = []
    for score, docnum in ranked[(page - 1) * limit : page * limit]:
        article = unpack_record(searcher.stored_fields(docnum)["record"])
        hits.append(make_hit(article, score, terms))
    if facets is not None:
        total = sum(len(docnums) for _, docnums in collector.matched)
        counts = facets.count(collector.matched)
    else:
        total = len(results)
        counts = {}
    return Results(
        query=parsed.text,
        total=total,
        hits=tuple(hits),
        page=page,
        limit=limit,
        facets=counts,
        problems=parsed.problems,
    )
