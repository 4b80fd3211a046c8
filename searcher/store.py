"""The index on disk: create, open, write issues in, take them out.

A run of `add` reads every input once to validate it (nothing is written if any input is
bad), then reads again and writes everything in one Whoosh commit: readers see the archive
before the run or after it, never half an issue. Re-indexing an input replaces what it holds
(its whole issue for an issue directory, its pages otherwise, and its article ids), so
indexing the same input twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import LockError
from whoosh.writing import CLEAR, SegmentWriter

from .articles import Article, Source, discover
from .errors import IndexFormatError, IndexLockedError, IndexNotFoundError
from .people import extract_people
from .schema import SCHEMA_VERSION, build_schema, document

META_FILE = "searcher.json"
WRITER_FILE = "writer.json"
LOCK_TIMEOUT = 30.0  # seconds a writer waits for another to finish
Progress = Callable[[int], None]


@dataclass(frozen=True)
class AddReport:
    """What a run of `add` did."""

    sources: int
    articles: int
    replaced: int
    superseded: int


def create(path: str | Path) -> whoosh_index.Index:
    """Create an empty index at `path` (the directory is made if needed)."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    ix = whoosh_index.create_in(str(path), build_schema())
    meta = {"schema": SCHEMA_VERSION, "created": _now()}
    (path / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return ix


def open_index(path: str | Path) -> whoosh_index.Index:
    """Open the index at `path`, checking that this version of searcher can read it."""
    path = Path(path)
    if not path.is_dir() or not whoosh_index.exists_in(str(path)):
        raise IndexNotFoundError(
            f"no index at {path}: create one with `searcher --index {path} index PATH...`"
        )
    try:
        meta = json.loads((path / META_FILE).read_text(encoding="utf-8"))
        version = meta["schema"]
    except (OSError, ValueError, KeyError):
        raise IndexFormatError(f"{path} is not a searcher index (no {META_FILE})") from None
    if version != SCHEMA_VERSION:
        raise IndexFormatError(
            f"{path} was written by another version of searcher (schema {version}, "
            f"this one reads {SCHEMA_VERSION}): rebuild it with `searcher index --rebuild PATH...`"
        )
    try:
        return whoosh_index.open_dir(str(path))
    except Exception as e:  # whoosh raises bare Exceptions for damaged tables
        raise IndexFormatError(f"cannot open index at {path}: {e}") from None


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


@contextmanager
def writer(ix: whoosh_index.Index, timeout: float = LOCK_TIMEOUT) -> Iterator[SegmentWriter]:
    """A Whoosh writer holding the index lock; waits up to `timeout` s for another writer.

    The lock is the operating system's (released when a writer dies, so no lock goes stale);
    `writer.json` beside it says who holds it, for the message a waiting writer gives.
    """
    folder = Path(ix.storage.folder)
    try:
        w = ix.writer(timeout=timeout, delay=0.25, limitmb=256)
    except LockError:
        raise IndexLockedError(_lock_message(folder)) from None
    info = folder / WRITER_FILE
    info.write_text(json.dumps({"pid": os.getpid(), "since": _now()}) + "\n", encoding="utf-8")
    try:
        yield w
    except BaseException:
        w.cancel()
        raise
    finally:
        info.unlink(missing_ok=True)


def _lock_message(folder: Path) -> str:
    try:
        holder = json.loads((folder / WRITER_FILE).read_text(encoding="utf-8"))
        who = f"pid {holder['pid']} since {holder['since']}"
    except (OSError, ValueError, KeyError):
        who = "another process"
    return f"index {folder} is being written by {who}; try again when it has finished"


def _prepare(article: Article) -> Article:
    """Fill what indexing adds to an article: the people in it, unless the input gave them."""
    if article.people:
        return article
    return replace(article, people=tuple(extract_people(article)))


def _claims(sources: list[Source]) -> tuple[dict[str, int], int]:
    """Validate every source; map each key it replaces to the last source that claims it."""
    owner: dict[str, int] = {}
    total = 0
    for number, source in enumerate(sources):
        for article in source.articles():
            total += 1
            owner["p:" + article.page_key] = number
            owner["i:" + article.id] = number
            if source.whole_issue:
                owner["w:" + article.issue_key] = number
    return owner, total


def add(
    ix: whoosh_index.Index,
    paths: Iterable[str | Path],
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
) -> AddReport:
    """Index the inputs under `paths` in one atomic commit (see the module docstring)."""
    sources = list(discover(paths))
    owner, total = _claims(sources)
    if on_total:
        on_total(total)
    added = superseded = 0
    before = ix.doc_count()
    with writer(ix) as w:
        reader = w.reader()
        for number, source in enumerate(sources):
            deleted_here: set[str] = set()
            for article in source.articles():
                later = max(
                    owner["p:" + article.page_key],
                    owner["i:" + article.id],
                    owner.get("w:" + article.issue_key, -1),
                )
                if later > number:
                    superseded += 1
                    if progress:
                        progress(1)
                    continue
                if not rebuild:
                    _delete_scope(w, reader, source, article, deleted_here)
                w.add_document(**document(_prepare(article)))
                added += 1
                if progress:
                    progress(1)
        reader.close()
        w.commit(mergetype=CLEAR if rebuild else None)
    replaced = before + added - ix.doc_count()
    return AddReport(len(sources), added, replaced, superseded)


def _delete_scope(
    w: SegmentWriter, reader: object, source: Source, article: Article, done: set[str]
) -> None:
    """Delete what `article`'s arrival replaces (its issue or page, and its id), once each."""
    keys = [("pagekey", article.page_key), ("id", article.id)]
    if source.whole_issue:
        keys.insert(0, ("issue", article.issue_key))
    for field, value in keys:
        marker = f"{field}:{value}"
        if marker in done:
            continue
        done.add(marker)
        if (field, value) in reader:  # type: ignore[operator]
            w.delete_by_term(field, value)


def remove(ix: whoosh_index.Index, date: str, paper: str | None = None) -> int:
    """Delete the issue(s) of `date` (of one paper if given); returns the articles removed."""
    from whoosh.query import And, DateRange, Term

    from .normalize import normalize

    day = dt.datetime.fromisoformat(date)
    q = DateRange("date", day, day.replace(hour=23, minute=59, second=59))
    if paper:
        q = And([q, Term("paper", normalize(paper))])
    with writer(ix) as w:
        count = w.delete_by_query(q)
        w.commit()
    return count
