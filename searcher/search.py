"""Running a parsed query: ranked hits with snippets, the exact total, and facets."""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from typing import Any

from whoosh.searching import Searcher

from .articles import RECORD_KEYS, Article
from .matching import SegmentCache, SegmentColumns, SegmentQuery, best, day_value
from .normalize import normalize
from .postings import term_docs
from .query import ParsedQuery
from .schema import unpack_record
from .snippets import make_snippet

SORTS = ("relevance", "date", "-date")
_offset_of = itemgetter(0)  # of a (segment offset, segment) pair
FACET_PEOPLE = 20
MAX_LIMIT = 1000
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

    def apply(self, segment: SegmentQuery, docs: set[int]) -> set[int]:
        """The documents of `docs` that pass every filter."""
        if self.date_from or self.date_to:
            low = day_value(self.date_from) if self.date_from else None
            high = day_value(self.date_to, end=True) if self.date_to else None
            docs &= segment.date_docs(low, high)
        if self.person:
            docs &= term_docs(segment.reader, "people", normalize(self.person), segment.cache)
        if self.paper:
            docs &= term_docs(segment.reader, "paper", normalize(self.paper), segment.cache)
        return docs

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


def facet_counts(matched: list[tuple[SegmentColumns, set[int]]]) -> dict[str, dict[str, int]]:
    """Counts by year, year-month, page and person (top 20) over the matched documents."""
    months: Counter[str] = Counter()
    pages: Counter[int] = Counter()
    people: Counter[str] = Counter()
    for columns, docs in matched:
        if not docs:
            continue
        month_of, page_of, people_of = columns.months, columns.pages, columns.people
        months.update(month_of[d] for d in docs)
        pages.update(page_of[d] for d in docs)
        people.update(chain.from_iterable(people_of[d] for d in docs))
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
    ranked: list[tuple[float, int]], texts: Callable[[int], tuple[str, str]], runs: tuple[str, ...]
) -> list[tuple[float, int]]:
    """Raise the articles where the query's words stand together (`疫情 防控` → `疫情防控`).

    Done on the top of the ranking only (`RERANK_DEPTH`): checking every match would mean
    reading the text of every article that merely holds the words somewhere. `texts` gives
    an article's normalised (headline, body).
    """
    rescored = []
    for score, docnum in ranked:
        title, body = texts(docnum)
        for run in runs:
            score += ADJACENT_HEADLINE * (run in title) + ADJACENT_BODY * (run in body)
        rescored.append((score, docnum))
    rescored.sort(key=lambda item: (-item[0], item[1]))
    return rescored


def run(
    searcher: Searcher,
    parsed: ParsedQuery,
    *,
    cache: SegmentCache,
    limit: int = 10,
    page: int = 1,
    sort: str = "relevance",
    filters: Filters | None = None,
    facets: bool = True,
) -> Results:
    """Execute `parsed` and build the requested page of results (see `matching`)."""
    limit = max(1, min(limit, MAX_LIMIT))
    page = max(1, page)
    wanted = page * limit
    rerank = sort == "relevance" and bool(parsed.adjacent)
    if rerank:
        wanted = max(wanted, RERANK_DEPTH)
    matched: list[tuple[SegmentColumns, set[int]]] = []
    candidates: list[tuple[float, int]] = []
    segments: list[tuple[int, SegmentQuery]] = []
    for leaf, offset in searcher.leaf_searchers():
        if not leaf.doc_count_all():
            continue
        segment = SegmentQuery(searcher, leaf, cache)
        segments.append((offset, segment))
        docs = segment.docs(parsed.tree)
        if filters is not None:
            docs = filters.apply(segment, docs)
        matched.append((segment.columns, docs))
        if sort == "relevance":
            scored = segment.scores(parsed.tree, docs)
            top = best(((v, d) for d, v in scored.items()), wanted)
        else:  # `best` takes the highest keys: the day itself for newest first, else its negation
            days = segment.columns.days
            sign = 1 if sort == "-date" else -1
            top = best(((sign * days[d], d) for d in docs), wanted)
        candidates.extend((key, offset + d) for key, d in top)
    ranked = best(candidates, wanted)
    if sort == "relevance":
        if rerank:

            def texts(docnum: int) -> tuple[str, str]:
                where = bisect.bisect_right(segments, docnum, key=_offset_of) - 1
                offset, segment = segments[where]
                return segment.texts(docnum - offset)

            ranked = rerank_adjacent(ranked, texts, parsed.adjacent)
    else:  # sorted by date: no relevance score to report
        ranked = [(0.0, docnum) for _, docnum in ranked]
    terms = parsed.marks + (filters.marks if filters else ())
    hits = []
    for score, docnum in ranked[(page - 1) * limit : page * limit]:
        article = unpack_record(searcher.stored_fields(docnum)["record"])
        hits.append(make_hit(article, score, terms))
    return Results(
        query=parsed.text,
        total=sum(len(docs) for _, docs in matched),
        hits=tuple(hits),
        page=page,
        limit=limit,
        facets=facet_counts(matched) if facets else {},
        problems=parsed.problems,
    )
