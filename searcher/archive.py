"""`Archive`: the library's entry point, one object per index directory.

    from searcher import Archive
    with Archive.open("index/") as archive:
        results = archive.search("惠衢保", limit=10, person="汪黎云")
        for hit in results.hits:
            print(hit.date, hit.headline, hit.snippet)

Searching is safe from several threads at once (each thread gets its own Whoosh searcher,
refreshed when another process commits); writing takes the index's lock.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.reading import EmptyReader
from whoosh.searching import Searcher

from . import store
from .articles import Article
from .errors import ArticleNotFoundError, QueryError
from .query import parse, parse_lenient
from .schema import unpack_record
from .search import SORTS, Filters, Results, run
from .store import AddReport

DEFAULT_INDEX = "index"


def default_index_path() -> str:
    """`$SEARCHER_INDEX`, else `./index`."""
    return os.environ.get("SEARCHER_INDEX") or DEFAULT_INDEX


@dataclass(frozen=True)
class Stats:
    """What the archive holds."""

    path: str
    articles: int
    issues: int
    pages: int
    papers: dict[str, int]
    first_date: str | None
    last_date: str | None
    people: dict[str, int] = field(default_factory=dict)
    size_bytes: int = 0
    segments: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "articles": self.articles,
            "issues": self.issues,
            "pages": self.pages,
            "papers": self.papers,
            "first_date": self.first_date,
            "last_date": self.last_date,
            "people": self.people,
            "size_bytes": self.size_bytes,
            "segments": self.segments,
        }


class Archive:
    """A searchable newspaper archive stored in one index directory."""

    def __init__(self, path: str | Path, ix: Any) -> None:
        self.path = Path(path)
        self._ix = ix
        self._local = threading.local()
        self._searchers: list[Searcher] = []
        self._lock = threading.Lock()

    # --- Opening ---

    @classmethod
    def open(cls, path: str | Path | None = None) -> Archive:
        """Open an existing index (default: `$SEARCHER_INDEX` or `./index`)."""
        path = Path(path or default_index_path())
        return cls(path, store.open_index(path))

    @classmethod
    def create(cls, path: str | Path | None = None) -> Archive:
        """Open the index at `path`, creating an empty one if there is none."""
        path = Path(path or default_index_path())
        if store.exists(path):
            return cls.open(path)
        return cls(path, store.create(path))

    def close(self) -> None:
        """Release the searchers this archive opened."""
        with self._lock:
            for searcher in self._searchers:
                searcher.close()
            self._searchers.clear()
        self._local = threading.local()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- Writing ---

    def add(
        self,
        paths: Iterable[str | Path],
        *,
        rebuild: bool = False,
        progress: Callable[[int], None] | None = None,
        on_total: Callable[[int], None] | None = None,
    ) -> AddReport:
        """Index the inputs under `paths` (pages, issue directories, YAML, JSONL, trees).

        Idempotent: re-adding an input replaces what it holds. With `rebuild`, the archive
        is emptied first (in the same commit). All inputs are validated before anything is
        written; an `InputError` leaves the index as it was.
        """
        return store.add(self._ix, paths, rebuild=rebuild, progress=progress, on_total=on_total)

    def remove(self, date: str | dt.date, paper: str | None = None) -> int:
        """Remove the issue(s) of `date` (one paper's if given); returns articles removed."""
        return store.remove(self._ix, str(date), paper)

    # --- Reading ---

    def _searcher(self) -> Searcher:
        """This thread's searcher, reopened when another commit has landed.

        A fresh searcher rather than Whoosh's `refresh()`: refresh reuses the readers of
        unchanged segments, and those keep the deletions they saw when they were opened.
        """
        searcher = getattr(self._local, "searcher", None)
        if searcher is not None and searcher.up_to_date():
            return searcher
        fresh = self._ix.searcher()
        with self._lock:
            if searcher is not None:
                self._searchers.remove(searcher)
                searcher.close()
            self._searchers.append(fresh)
        self._local.searcher = fresh
        return fresh

    def search(
        self,
        query: str = "",
        *,
        limit: int = 10,
        page: int = 1,
        sort: str = "relevance",
        date_from: dt.date | str | None = None,
        date_to: dt.date | str | None = None,
        person: str | None = None,
        paper: str | None = None,
        lenient: bool = False,
        facets: bool = True,
    ) -> Results:
        """Search the archive (query language in `searcher.query`).

        Strict by default: a malformed query raises `QueryError`. With `lenient=True` it
        never does; what could not be used is listed in `Results.problems`.
        """
        if sort not in SORTS:
            raise QueryError(f"unknown sort {sort!r} (use one of: {', '.join(SORTS)})")
        parsed = parse_lenient(query) if lenient else parse(query)
        filters = Filters(_as_date(date_from), _as_date(date_to), person or None, paper or None)
        return run(
            self._searcher(),
            parsed,
            limit=limit,
            page=page,
            sort=sort,
            filters=filters,
            facets=facets,
        )

    def get(self, article_id: str) -> Article:
        """The stored article with id `article_id`."""
        searcher = self._searcher()
        fields = searcher.document(id=article_id)
        if fields is None:
            raise ArticleNotFoundError(f"no article with id {article_id!r}")
        return unpack_record(fields["record"])

    def articles(self) -> Iterator[Article]:
        """Every stored article (index order), streamed."""
        searcher = self._searcher()
        for fields in searcher.reader().all_stored_fields():
            yield unpack_record(fields["record"])

    def __len__(self) -> int:
        return self._searcher().doc_count()

    def stats(self) -> Stats:
        """Counts of articles, issues, pages, papers; date range; most mentioned people."""
        searcher = self._searcher()
        reader = searcher.reader()
        pagekeys = reader.column_reader("pagekey")
        people_col = reader.column_reader("people_list")
        pages: set[str] = set()
        people: Counter[str] = Counter()
        for docnum in reader.all_doc_ids():
            pages.add(pagekeys[docnum])
            names = people_col[docnum]
            if names:
                people.update(names.decode("utf-8").split("\t"))
        issues = {key.rsplit("|", 1)[0] for key in pages}
        papers = Counter(key.split("|", 1)[0] for key in issues)
        dates = sorted(key.split("|")[1] for key in issues)
        size = sum(f.stat().st_size for f in self.path.iterdir() if f.is_file())
        return Stats(
            path=str(self.path),
            articles=searcher.doc_count(),
            issues=len(issues),
            pages=len(pages),
            papers=dict(sorted(papers.items())),
            first_date=dates[0] if dates else None,
            last_date=dates[-1] if dates else None,
            people=dict(sorted(people.items(), key=lambda kv: (-kv[1], kv[0]))[:20]),
            size_bytes=size,
            segments=_segment_count(reader),
        )


def _segment_count(reader: Any) -> int:
    """Segments of the searcher's snapshot (not of a TOC read again, which a commit may move)."""
    if isinstance(reader, EmptyReader):
        return 0
    return len(list(reader.leaf_readers()))


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"invalid date {value!r}: expected YYYY-MM-DD") from None
