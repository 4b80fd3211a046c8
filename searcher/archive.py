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
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from whoosh.reading import EmptyReader
from whoosh.searching import Searcher

from . import lexicon, store
from .articles import Article
from .errors import ArticleNotFoundError, QueryError
from .matching import SegmentCache
from .query import parse, parse_lenient
from .schema import unpack_record
from .search import SORTS, Filters, Results, run
from .store import AddReport

DEFAULT_INDEX = "index"
MAX_IDLE_SEARCHERS = 16


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
        return asdict(self)


class Archive:
    """A searchable newspaper archive stored in one index directory."""

    def __init__(self, path: str | Path, ix: Any) -> None:
        self.path = Path(path)
        self._ix = ix
        self._idle: list[Searcher] = []  # searchers free for the next search
        self._closed = False
        self._lock = threading.Lock()
        self._cache = SegmentCache()

    # --- Opening ---

    @classmethod
    def open(cls, path: str | Path | None = None) -> Archive:
        """Open an existing index (default: `$SEARCHER_INDEX` or `./index`)."""
        path = Path(path or default_index_path())
        archive = cls(path, store.open_index(path))
        # Queries must be segmented with the words the articles were indexed with.
        lexicon.install(lexicon.index_lexicon(path))
        return archive

    @classmethod
    def create(cls, path: str | Path | None = None) -> Archive:
        """Open the index at `path`, creating an empty one if there is none."""
        path = Path(path or default_index_path())
        if store.exists(path):
            return cls.open(path)
        return cls(path, store.create(path))

    def close(self) -> None:
        """Release the searchers this archive opened (those in use close when returned)."""
        with self._lock:
            idle, self._idle = self._idle, []
            self._closed = True
        for searcher in idle:
            searcher.close()

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
        names: Iterable[str | Path] = (),
        progress: Callable[[int], None] | None = None,
        on_total: Callable[[int], None] | None = None,
    ) -> AddReport:
        """Index the inputs under `paths` (pages, issue directories, YAML, JSONL, trees).

        Idempotent: re-adding an input replaces what it holds. With `rebuild`, the archive
        is emptied first (in the same commit). All inputs are validated before anything is
        written; an `InputError` leaves the index as it was.

        The lexicon files `names` and every `names.yaml` under `paths` are added to the
        index's lexicon (`INDEX/names.yaml`; with `rebuild`, they replace it) and installed
        before the articles are read, so their words are indexed whole and their people
        found (see `searcher.lexicon`).
        """
        paths = list(paths)
        kept = lexicon.Lexicon() if rebuild else lexicon.index_lexicon(self.path)
        merged = kept.merged(lexicon.read_lexicons([*names, *lexicon.find_lexicons(paths)]))
        lexicon.install(merged)
        report = store.add(self._ix, paths, rebuild=rebuild, progress=progress, on_total=on_total)
        if merged != kept:
            lexicon.save_index_lexicon(self.path, merged)
        return report

    def remove(self, date: str | dt.date, paper: str | None = None) -> int:
        """Remove the issue(s) of `date` (one paper's if given); returns articles removed."""
        return store.remove(self._ix, str(date), paper)

    # --- Reading ---

    @contextmanager
    def _searcher(self) -> Iterator[Searcher]:
        """A Whoosh searcher of the latest commit, lent for one operation.

        Searchers are pooled, not kept per thread, so servers that start a thread per
        request do not pile them up. A fresh searcher replaces a stale one, rather than
        Whoosh's `refresh()`: refresh reuses the readers of unchanged segments, and those
        keep the deletions they saw when they were opened.
        """
        with self._lock:
            searcher = self._idle.pop() if self._idle else None
        if searcher is not None and not searcher.up_to_date():
            searcher.close()
            searcher = None
        if searcher is None:
            searcher = self._ix.searcher()
        try:
            yield searcher
        finally:
            with self._lock:
                keep = not self._closed and len(self._idle) < MAX_IDLE_SEARCHERS
                if keep:
                    self._idle.append(searcher)
            if not keep:
                searcher.close()

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
        with self._searcher() as searcher:
            return run(
                searcher,
                parsed,
                limit=limit,
                page=page,
                sort=sort,
                filters=filters,
                facets=facets,
                cache=self._cache,
            )

    def get(self, article_id: str) -> Article:
        """The stored article with id `article_id`."""
        with self._searcher() as searcher:
            fields = searcher.document(id=article_id)
        if fields is None:
            raise ArticleNotFoundError(f"no article with id {article_id!r}")
        return unpack_record(fields["record"])

    def articles(self) -> Iterator[Article]:
        """Every stored article (index order), streamed."""
        with self._searcher() as searcher:
            for fields in searcher.reader().all_stored_fields():
                yield unpack_record(fields["record"])

    def __len__(self) -> int:
        with self._searcher() as searcher:
            return searcher.doc_count()

    def stats(self) -> Stats:
        """Counts of articles, issues, pages, papers; date range; most mentioned people."""
        with self._searcher() as searcher:
            reader = searcher.reader()
            pages: set[str] = set()
            people: Counter[str] = Counter()
            if reader.doc_count_all():  # an empty index has no columns to read
                pagekeys = reader.column_reader("pagekey")
                people_col = reader.column_reader("people_list")
                for docnum in reader.all_doc_ids():
                    pages.add(pagekeys[docnum])
                    names = people_col[docnum]
                    if names:
                        people.update(names.decode("utf-8").split("\t"))
            articles = searcher.doc_count()
            segments = _segment_count(reader)
        issues = {key.rsplit("|", 1)[0] for key in pages}
        papers = Counter(key.split("|", 1)[0] for key in issues)
        dates = sorted(key.split("|")[1] for key in issues)
        size = _folder_size(self.path)
        return Stats(
            path=str(self.path),
            articles=articles,
            issues=len(issues),
            pages=len(pages),
            papers=dict(sorted(papers.items())),
            first_date=dates[0] if dates else None,
            last_date=dates[-1] if dates else None,
            people=dict(sorted(people.items(), key=lambda kv: (-kv[1], kv[0]))[:20]),
            size_bytes=size,
            segments=segments,
        )


def _folder_size(folder: Path) -> int:
    """Bytes of the files in `folder`; a writer may add and delete files meanwhile."""
    size = 0
    for entry in os.scandir(folder):
        try:
            if entry.is_file():
                size += entry.stat().st_size
        except FileNotFoundError:
            continue
    return size


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
