"""Keeping an archive sound: check it, back it up while writers run, restore a backup.

    from searcher.maintenance import backup, check, restore
    report = check("index/")                 # raises IndexDamagedError with the reason
    backup("index/", "backups/2021-01-04")   # a verified copy of the last commit
    restore("backups/2021-01-04", "index/")  # lands as one commit: readers see old, then new

A backup copies the files of one generation (its TOC and the segments it names). It holds
them open before copying, so a commit that deletes them meanwhile cannot pull them away, and
needs no lock: writers and readers go on. The copy is checked before it gets its name.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO

from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.index import TOC, clean_files
from whoosh.reading import SegmentReader

from . import indexdir, store
from .errors import IndexDamagedError, SearcherError
from .indexdir import INDEXNAME
from .schema import unpack_record

SNAPSHOT_ATTEMPTS = 5


@dataclass(frozen=True)
class CheckReport:
    """What `check` found in a sound index."""

    path: str
    generation: int
    segments: int
    articles: int
    issues: int
    leftovers: tuple[str, ...] = ()  # files a dead writer left; the next write clears them
    writer: str | None = None  # who is writing now, if anyone (leftovers are then not listed)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "leftovers": list(self.leftovers)}


def check(path: str | Path) -> CheckReport:
    """Read the whole index and verify that it is sound; raise `IndexDamagedError` if not.

    Every segment opens and every term's postings read; every stored record decodes; per
    segment the live documents, the stored records and the indexed ids agree one to one
    (record id = indexed id); no id is live twice. Leftovers of a dead writer are listed
    (they are harmless, and cleared by the next write).
    """
    path = Path(path)
    ix = store.open_index(path)
    with ExitStack() as opened:
        generation, leaves = _open_segments(ix, path, opened)
        seen: dict[str, str] = {}
        issues: set[str] = set()
        for name, leaf in leaves:
            try:
                for article_id, issue in _check_segment(leaf):
                    if article_id in seen:
                        raise _damaged(
                            path, f"id {article_id!r} is live in {seen[article_id]} and {name}"
                        )
                    seen[article_id] = name
                    issues.add(issue)
            except IndexDamagedError:
                raise
            except _Inconsistent as e:
                raise _damaged(path, f"segment {name}: {e}") from None
            except Exception as e:  # whatever a damaged file makes Whoosh raise
                raise _damaged(path, f"segment {name} is unreadable: {_why(e)}") from None
    live = {name for name, _ in leaves}
    writer, leftovers = _writer_and_leftovers(ix.storage, live, generation)
    return CheckReport(
        path=str(path),
        generation=generation,
        segments=len(leaves),
        articles=len(seen),
        issues=len(issues),
        leftovers=tuple(leftovers),
        writer=writer,
    )


def _open_segments(ix: Any, path: Path, opened: ExitStack) -> tuple[int, list[tuple[str, Any]]]:
    """The newest generation and a reader of each of its segments, opened one by one.

    A file that vanishes while they open was deleted by a commit: start again on the new
    generation. One missing while the generation stays is missing for good.
    """
    for _attempt in range(SNAPSHOT_ATTEMPTS):
        generation = indexdir.latest_generation(path)
        try:
            toc = TOC.read(ix.storage, INDEXNAME, generation)
        except FileNotFoundError:
            continue
        except Exception as e:  # whatever a damaged file makes Whoosh raise
            raise _damaged(path, f"cannot read its table of contents: {_why(e)}") from None
        leaves: list[tuple[str, Any]] = []
        for segment in toc.segments:
            name = segment.segment_id()
            try:
                leaf = SegmentReader(ix.storage, toc.schema, segment, generation=generation)
            except FileNotFoundError as e:
                if indexdir.latest_generation(path) != generation:
                    break
                raise _damaged(path, f"segment {name} is missing a file: {_why(e)}") from None
            except Exception as e:  # whatever a damaged file makes Whoosh raise
                raise _damaged(path, f"segment {name} is unreadable: {_why(e)}") from None
            leaves.append((name, opened.enter_context(leaf)))
        else:
            return generation, leaves
    raise SearcherError(f"index {path} changed under every attempt to check it: try again")


class _Inconsistent(Exception):
    """A segment reads, but its parts disagree (a reason for `IndexDamagedError`)."""


def _check_segment(leaf: Any) -> Iterator[tuple[str, str]]:
    """Verify one segment; yield (id, issue) of each live article."""
    live = [d for d in range(leaf.doc_count_all()) if not leaf.is_deleted(d)]
    if len(live) != leaf.doc_count():
        raise _Inconsistent(f"{leaf.doc_count()} live documents counted, {len(live)} found")
    indexed: dict[int, str] = {}
    for text in leaf.lexicon("id"):
        article_id = text.decode("utf-8")
        for docnum in leaf.postings("id", article_id).all_ids():
            if docnum in indexed:
                raise _Inconsistent(f"document {docnum} has two ids")
            indexed[docnum] = article_id
    if sorted(indexed) != live:
        raise _Inconsistent(f"{len(live)} live documents but {len(indexed)} with an indexed id")
    terms = leaf._terms  # the term table: every postings list, read by its term's bytes
    for (fieldname, term), _info in terms.items():
        terms.matcher(fieldname, term, leaf.schema[fieldname].format).all_ids()
    pagekeys = leaf.column_reader("pagekey")
    for docnum in live:
        article = unpack_record(leaf.stored_fields(docnum)["record"])
        if article.id != indexed[docnum]:
            raise _Inconsistent(
                f"document {docnum} is stored as {article.id!r} but indexed as {indexed[docnum]!r}"
            )
        if pagekeys[docnum] != article.page_key:
            raise _Inconsistent(f"document {docnum} ({article.id!r}) has a wrong page key")
        yield article.id, article.issue_key


def _writer_and_leftovers(
    storage: FileStorage, live: set[str], generation: int
) -> tuple[str | None, list[str]]:
    """Who is writing now, or (no one is) the leftovers of writers that died."""
    with _lock_if_free(storage) as free:
        if not free:
            return indexdir.holder(storage.folder), []
        latest = indexdir.latest_generation(storage.folder)
        if latest != generation:  # a commit landed since the reader opened: list against it
            toc = TOC.read(storage, INDEXNAME, latest)
            live = {s.segment_id() for s in toc.segments}
            generation = latest
        names = indexdir.leftovers(storage.folder, live, generation)
        if (Path(storage.folder) / indexdir.WRITER_FILE).exists():
            names.append(indexdir.WRITER_FILE)  # the lock is free: its writer is gone
        return None, names


@contextmanager
def _lock_if_free(storage: FileStorage) -> Iterator[bool]:
    if not (Path(storage.folder) / indexdir.LOCK_FILE).exists():
        yield True  # never written (a backup): nothing to lock, and no file to leave in it
        return
    lock = storage.lock(indexdir.LOCK_FILE)
    if not lock.acquire():
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


def _damaged(path: Path, reason: str) -> IndexDamagedError:
    return IndexDamagedError(
        f"index {path} is damaged: {reason}; restore a backup (`searcher restore`) "
        "or rebuild it (`searcher index --rebuild PATH...`)"
    )


def _why(error: BaseException) -> str:
    text = str(error).split("\n")[0][:200]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


# --- Backup ---


@dataclass(frozen=True)
class BackupReport:
    """What `backup` or `restore` copied."""

    source: str
    destination: str
    generation: int
    articles: int
    files: int
    size_bytes: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def backup(path: str | Path, destination: str | Path) -> BackupReport:
    """Copy the index's last commit to `destination` (a new or empty directory), verified.

    Safe while writers and readers run; the copy appears under its name only once checked.
    """
    path, destination = Path(path), Path(destination)
    store.open_index(path)  # an index, of this version
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise SearcherError(f"{destination} exists and is not empty: back up to a new directory")
    if destination.resolve().is_relative_to(path.resolve()):
        raise SearcherError(f"{destination} is inside the index: back up somewhere else")
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}.partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    try:
        generation, files, size = _copy_snapshot(path, partial)
        report = check(partial)
        if destination.exists():
            destination.rmdir()
        os.rename(partial, destination)
        indexdir.fsync_path(destination.parent)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return BackupReport(str(path), str(destination), generation, report.articles, files, size)


def _copy_snapshot(path: Path, target: Path) -> tuple[int, int, int]:
    """Copy the files of the newest generation; retry if a commit moves it meanwhile."""
    for _attempt in range(SNAPSHOT_ATTEMPTS):
        with ExitStack() as opened:
            snapshot = _open_snapshot(path, opened)
            if snapshot is None:  # a commit deleted a file just listed: take the new one
                for name in os.listdir(target):
                    (target / name).unlink()
                time.sleep(0.05)
                continue
            generation, streams = snapshot
            size = 0
            for name, stream in streams.items():
                size += _copy_stream(stream, target / name)
            meta = (path / store.META_FILE).read_text(encoding="utf-8")
            indexdir.write_atomic(target / store.META_FILE, meta)
            indexdir.fsync_path(target)
            return generation, len(streams) + 1, size
    raise SearcherError(
        f"index {path} changed under every attempt to copy it: try again when writes are fewer"
    )


def _open_snapshot(path: Path, opened: ExitStack) -> tuple[int, dict[str, BinaryIO]] | None:
    """Open the newest TOC and every file of its segments (None: one vanished first)."""
    generation = indexdir.latest_generation(path)
    toc_name = f"_{INDEXNAME}_{generation}.toc"
    try:
        toc_stream = opened.enter_context(open(path / toc_name, "rb"))  # noqa: SIM115
        memory = RamStorage()
        memory.files[toc_name] = toc_stream.read()
        toc = TOC.read(memory, INDEXNAME, generation)
        wanted = {s.segment_id(): s for s in toc.segments}
        streams: dict[str, BinaryIO] = {toc_name: toc_stream}
        for name in sorted(os.listdir(path)):
            match = indexdir.SEGMENT_FILE_NAME.match(name)
            if match and match.group(1) in wanted:
                streams[name] = opened.enter_context(open(path / name, "rb"))  # noqa: SIM115
    except FileNotFoundError:
        return None
    found = {indexdir.SEGMENT_FILE_NAME.match(n).group(1) for n in streams if n != toc_name}  # type: ignore[union-attr]
    if found != set(wanted):
        return None
    return generation, streams


def _copy_stream(stream: BinaryIO, target: Path) -> int:
    stream.seek(0)
    with open(target, "wb") as out:
        shutil.copyfileobj(stream, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())
        return out.tell()


# --- Restore ---


def restore(source: str | Path, path: str | Path) -> BackupReport:
    """Make the index at `path` hold what the backup at `source` holds, as one commit.

    The backup is checked first. Under the writer lock (writers wait), its segments are
    copied in beside the live ones and a new TOC naming them is renamed into place: readers
    see the old archive, then the restored one. The index at `path` may be missing or damaged.
    """
    source, path = Path(source), Path(path)
    report = check(source)
    path.mkdir(parents=True, exist_ok=True)
    storage = indexdir.DurableStorage(str(path))
    source_storage = FileStorage(str(source), readonly=True)
    toc = TOC.read(source_storage, INDEXNAME, report.generation)
    with indexdir.locked(storage):
        size = 0
        names = [
            name
            for name in sorted(os.listdir(source))
            if (m := indexdir.SEGMENT_FILE_NAME.match(name))
            and m.group(1) in {s.segment_id() for s in toc.segments}
        ]
        for name in names:
            # A new file renamed over any old one of the same name: readers keep what they opened.
            temp = path / f"{name}{indexdir.ATOMIC_TEMP}{os.getpid()}"
            with open(source / name, "rb") as stream:
                size += _copy_stream(stream, temp)
            os.replace(temp, path / name)
        meta = (source / store.META_FILE).read_text(encoding="utf-8")
        indexdir.write_atomic(path / store.META_FILE, meta)
        generation = max(indexdir.latest_generation(path) + 1, 1)
        TOC(toc.schema, toc.segments, generation).write(storage, INDEXNAME)
        clean_files(storage, INDEXNAME, generation, toc.segments)
        live = {s.segment_id() for s in toc.segments}
        indexdir.clear(path, indexdir.leftovers(path, live, generation))
    return BackupReport(str(source), str(path), generation, report.articles, len(names) + 2, size)
