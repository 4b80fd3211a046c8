"""The index on disk: create, open, write issues in, take them out.

A run of `add` reads every input once to validate it (nothing is written if any input is
bad), then reads again and writes everything in one Whoosh commit: readers see the archive
before the run or after it, never half an issue. Re-indexing an input replaces what it holds
(its whole issue for an issue directory, its pages otherwise, and its article ids), so
indexing the same input twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import logging
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.index import TOC, LockError
from whoosh.writing import CLEAR, SegmentWriter

from . import indexdir
from .articles import Article, Source, discover
from .errors import IndexFormatError, IndexLockedError, IndexNotFoundError, IndexWriteError
from .people import extract_people
from .schema import SCHEMA_VERSION, build_schema, document
from .segment import FastSegmentWriter

META_FILE = "searcher.json"
PARALLEL_MIN = 500  # articles; below this, helper processes cost more than they save
Progress = Callable[[int], None]
log = logging.getLogger("searcher")


@dataclass(frozen=True)
class AddReport:
    """What a run of `add` did."""

    sources: int
    articles: int
    replaced: int
    superseded: int


def create(path: str | Path) -> whoosh_index.Index:
    """Create an empty index at `path` (the directory is made if needed).

    Under the writer lock, and only if no other process created it first: two first runs of
    `searcher index` at once make one index. The metadata goes first, so a crash in between
    leaves a directory that the next run simply creates again.
    """
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    storage = indexdir.DurableStorage(str(path))
    with indexdir.locked(storage):
        if indexdir.latest_generation(path) >= 0:
            return open_index(path)
        meta = {"schema": SCHEMA_VERSION, "created": _now()}
        indexdir.write_atomic(path / META_FILE, json.dumps(meta, indent=2) + "\n")
        return storage.create_index(build_schema(), indexdir.INDEXNAME)


def exists(path: str | Path) -> bool:
    """Whether `path` holds an index (a TOC), judged from the directory listing alone."""
    return indexdir.latest_generation(path) >= 0


def open_index(path: str | Path) -> whoosh_index.Index:
    """Open the index at `path`, checking that this version of searcher can read it."""
    path = Path(path)
    if not path.is_dir() or not exists(path):
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
        return indexdir.open_file_index(path)
    except Exception as e:  # whoosh raises bare Exceptions for damaged tables
        raise IndexFormatError(f"cannot open index at {path}: {e}") from None


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


@contextmanager
def writer(ix: whoosh_index.Index, timeout: float | None = None) -> Iterator[SegmentWriter]:
    """A Whoosh writer holding the index lock; waits up to `timeout` s for another writer.

    The default wait is `$SEARCHER_LOCK_TIMEOUT` or 30 s; a wait is logged (the command line
    shows it on stderr). The lock is the operating system's, released when a writer dies;
    `writer.json` beside it says who holds it. Leftovers of a writer that died are cleared
    once the lock is taken; a writer that fails or is interrupted deletes what it wrote.
    """
    folder = Path(ix.storage.folder)
    timeout = indexdir.lock_timeout() if timeout is None else timeout
    if not indexdir.lock_is_free(ix.storage):
        log.warning("%s; waiting up to %g s", indexdir.busy_message(folder), timeout)
    try:
        w = FastSegmentWriter(ix, timeout=timeout, delay=0.25)
    except LockError:
        raise IndexLockedError(indexdir.waited_message(folder, timeout)) from None
    try:
        indexdir.hold(w.writelock, folder)
        _clear_leftovers(w, keep_new=True)
        yield w
    except OSError as e:
        _discard(w)
        raise IndexWriteError(
            f"cannot write index {folder}: {e.strerror or e}; nothing was changed"
        ) from e
    except BaseException:
        _discard(w)
        raise
    _discard(w)  # left without a commit: give up the changes and the lock


def _clear_leftovers(w: SegmentWriter, keep_new: bool) -> None:
    """Delete what dead or failed writers left (the lock is held: no other writer is at work).

    What is live is what the newest TOC on disk names (a commit that failed after renaming
    its TOC has landed), plus, at the start, the segment this writer has begun.
    """
    folder = w.storage.folder
    try:
        toc = TOC.read(w.storage, w.indexname)
    except Exception:  # an unreadable TOC: clear nothing (and hide no error of the caller's)
        return
    live = {segment.segment_id() for segment in toc.segments}
    if keep_new:
        live.add(w.newsegment.segment_id())
    names = indexdir.leftovers(folder, live, toc.generation)
    indexdir.clear(folder, [name for name in names if name != indexdir.TEMP_FOLDER])


def _discard(w: SegmentWriter) -> None:
    """Cancel `w` and delete the segment files it wrote, before the lock is given back."""
    if w.is_closed:  # the commit itself failed after letting go of the lock
        return
    try:
        w._close_segment()
        _clear_leftovers(w, keep_new=False)
    finally:
        w._finish()


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
            for key in _claimed_keys(article, source.whole_issue):
                owner[key] = number
    return owner, total


def _claimed_keys(article: Article, whole_issue: bool) -> list[str]:
    """What an article's arrival replaces: its page, its id, and its issue if read whole."""
    keys = ["p:" + article.page_key, "i:" + article.id]
    if whole_issue:
        keys.append("w:" + article.issue_key)
    return keys


def add(
    ix: whoosh_index.Index,
    paths: Iterable[str | Path],
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
    processes: int | None = None,
) -> AddReport:
    """Index the inputs under `paths` in one atomic commit (see the module docstring).

    Articles are analysed in `processes` helper processes (default: one per core, for runs
    of more than a few hundred articles), each building its own segments; the segments and
    the deletions land together in one commit.
    """
    sources = list(discover(paths))
    owner, total = _claims(sources)
    if on_total:
        on_total(total)
    if processes is None:
        processes = (os.cpu_count() or 1) if total >= PARALLEL_MIN else 1
    added = superseded = 0
    with writer(ix) as w, _collection_paused():
        reader = w.reader()
        before, deleted_before = reader.doc_count(), w.deleted_count()
        helpers = Helpers(ix, processes) if processes > 1 else None
        try:
            for number, source in enumerate(sources):
                deleted_here: set[str] = set()
                for article in source.articles():
                    # A later input claiming the same page, id or issue replaces this one.
                    keys = _claimed_keys(article, whole_issue=True)
                    if max(owner.get(key, -1) for key in keys) > number:
                        superseded += 1
                    else:
                        if not rebuild:
                            _delete_scope(w, reader, source, article, deleted_here)
                        if helpers is not None:
                            helpers.put(article)
                        else:
                            w.add_document(**document(_prepare(article)))
                        added += 1
                    if progress:
                        progress(1)
            built = helpers.finish() if helpers is not None else []
        except BaseException:
            if helpers is not None:
                helpers.abort()
            raise
        reader.close()
        replaced = before if rebuild else w.deleted_count() - deleted_before
        w.commit(mergetype=CLEAR if rebuild else None, extra_segments=built)
    return AddReport(len(sources), added, replaced, superseded)


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while postings pile up (they hold no cycles).

    With millions of live arrays, each full collection pass walks them all; indexing ran
    twice as slow with the collector on.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _index_articles(ix: whoosh_index.Index, tasks: Any, results: Any) -> None:
    """A helper process: analyse the articles it is sent into segments of its own."""
    gc.disable()  # millions of long-lived postings arrays: collection passes only cost time
    try:
        w = FastSegmentWriter(ix, lock=False)
        while True:
            batch = tasks.get()
            if batch is None:
                break
            for article in batch:
                w.add_document(**document(_prepare(article)))
        results.put(("segments", w.finish_segments()))
    except BaseException as e:  # reported to the parent, which raises it
        results.put(("error", f"{type(e).__name__}: {e}"))


class Helpers:
    """Processes that analyse articles and build segments while the parent reads input."""

    def __init__(self, ix: whoosh_index.Index, count: int, batch: int = 32) -> None:
        context = multiprocessing.get_context("fork")
        self.tasks = context.Queue(maxsize=count * 4)
        self.results = context.Queue()
        self.batch_size = batch
        self.pending: list[Article] = []
        self.processes = [
            context.Process(
                target=_index_articles, args=(ix, self.tasks, self.results), daemon=True
            )
            for _ in range(count)
        ]
        for process in self.processes:
            process.start()

    def put(self, article: Article) -> None:
        self.pending.append(article)
        if len(self.pending) >= self.batch_size:
            self.tasks.put(self.pending)
            self.pending = []

    def finish(self) -> list[Any]:
        """Wait for every helper; return all the segments they built."""
        if self.pending:
            self.tasks.put(self.pending)
        for _ in self.processes:
            self.tasks.put(None)
        segments: list[Any] = []
        errors: list[str] = []
        for _ in self.processes:
            kind, value = self.results.get()
            if kind == "error":
                errors.append(value)
            else:
                segments.extend(value)
        for process in self.processes:
            process.join()
        if errors:
            raise RuntimeError(f"indexing helper failed: {errors[0]}")
        return segments

    def abort(self) -> None:
        for process in self.processes:
            if process.is_alive():
                process.terminate()
        for process in self.processes:
            process.join()


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
