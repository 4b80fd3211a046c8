"""The files of an index directory: durable commits, the writer lock, leftovers of a dead writer.

Whoosh commits by writing the new table of contents (`_MAIN_<generation>.toc`: the schema, the
segments and their deletions) to a temporary file and renaming it into place; readers open
the newest. A writer killed at any moment therefore leaves the old TOC or the new one, never
half of one. What Whoosh does not do:

* fsync. After a power failure the renamed TOC may name segment files whose data never reached
  the disk. `DurableStorage` syncs every segment file and the new TOC before the rename, and
  the directory after it.
* retry opening a TOC that a commit deleted between listing the directory and opening the file
  (its `reader()` retries; opening the index does not). `open_file_index` does.
* keep the lock out of forked children. The lock is `flock`, which belongs to the open file,
  and children share it: a helper process outliving a killed writer would hold the lock forever.
  Children forked while a writer holds the lock close their copy (and die with their parent).
* remove temporary TOCs of an interrupted commit. `leftovers` finds them, with segment files
  that no TOC names (Whoosh deletes those at its next commit) and the writer's temporary folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex
from whoosh.util.filelock import try_for

from .errors import IndexLockedError, SearcherError

INDEXNAME = "MAIN"  # Whoosh's default index name: files _MAIN_<gen>.toc and MAIN_<id>.<ext>
LOCK_FILE = "MAIN_WRITELOCK"
TEMP_FOLDER = "MAIN.tmp"
WRITER_FILE = "writer.json"
LOCK_TIMEOUT = 30.0  # seconds a writer waits for another to finish
TIMEOUT_VARIABLE = "SEARCHER_LOCK_TIMEOUT"
OPEN_ATTEMPTS = 5

TOC_NAME = re.compile(rf"^_{INDEXNAME}_(\d+)\.toc$")
TEMP_TOC_NAME = re.compile(rf"^_{INDEXNAME}_\d+\.toc\..+$")
SEGMENT_FILE_NAME = re.compile(rf"^({INDEXNAME}_[0-9a-z]+)\.[A-Za-z0-9_.]+$")
ATOMIC_TEMP = ".tmp-"  # infix of the temporary files `write_atomic` renames into place


# --- Durable writes ---


def fsync_path(path: str | Path) -> None:
    """Flush a file's or directory's data and metadata to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` so that a reader or a crash sees the old file or the new."""
    temp = path.with_name(f"{path.name}{ATOMIC_TEMP}{os.getpid()}")
    with open(temp, "w", encoding="utf-8") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temp, path)
    fsync_path(path.parent)


class DurableStorage(FileStorage):
    """Whoosh's file storage, with a commit that survives a power failure.

    A TOC is renamed into place only after the segment files and the TOC itself are on disk,
    and the directory is synced after the rename, so the commit itself is on disk when the
    writer returns.
    """

    def rename_file(self, oldname: str, newname: str, safe: bool = False) -> None:
        if not TOC_NAME.match(newname):
            super().rename_file(oldname, newname, safe)
            return
        for name in os.listdir(self.folder):
            if SEGMENT_FILE_NAME.match(name):
                with contextlib.suppress(FileNotFoundError):  # an old segment just merged away
                    fsync_path(os.path.join(self.folder, name))
        fsync_path(os.path.join(self.folder, oldname))
        fsync_path(self.folder)  # the new segment files' names
        super().rename_file(oldname, newname, safe)
        fsync_path(self.folder)  # the new TOC's name


def latest_generation(folder: str | Path) -> int:
    """The generation of the newest TOC in `folder` (-1: none), from the listing alone."""
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return -1
    found = [int(m.group(1)) for m in map(TOC_NAME.match, names) if m]
    return max(found, default=-1)


def open_file_index(folder: str | Path) -> FileIndex:
    """Open the Whoosh index in `folder`, retrying when a commit deletes the TOC just listed."""
    for attempt in range(OPEN_ATTEMPTS):
        try:
            return DurableStorage(str(folder)).open_index(INDEXNAME)
        except FileNotFoundError:
            if attempt == OPEN_ATTEMPTS - 1:
                raise
            time.sleep(0.02 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover


# --- The writer lock ---


def lock_timeout() -> float:
    """How long a writer waits for the lock: `$SEARCHER_LOCK_TIMEOUT` seconds, else 30."""
    raw = os.environ.get(TIMEOUT_VARIABLE, "").strip()
    if not raw:
        return LOCK_TIMEOUT
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise SearcherError(f"{TIMEOUT_VARIABLE} must be a number of seconds ≥ 0, not {raw!r}")
    return seconds


def lock_is_free(storage: FileStorage) -> bool:
    """Whether no writer holds the lock right now (taken and given back at once to see)."""
    lock = storage.lock(LOCK_FILE)
    if not lock.acquire():
        return False
    lock.release()
    return True


def holder(folder: str | Path) -> str:
    """Who holds the lock, as `writer.json` says: `pid N since …`, or `another process`."""
    try:
        data = json.loads((Path(folder) / WRITER_FILE).read_text(encoding="utf-8"))
        pid, since = int(data["pid"]), str(data["since"])
    except (OSError, ValueError, KeyError, TypeError):
        return "another process"
    return f"pid {pid} since {since}" if _alive(pid) else "another process"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        return True
    return True


def busy_message(folder: str | Path) -> str:
    return f"index {folder} is being written by {holder(folder)}"


@contextlib.contextmanager
def locked(storage: FileStorage, timeout: float | None = None) -> Iterator[None]:
    """Hold the writer lock (for work that is not a Whoosh writer's: creating, restoring)."""
    timeout = lock_timeout() if timeout is None else timeout
    lock = storage.lock(LOCK_FILE)
    if not try_for(lock.acquire, timeout=timeout, delay=0.1):
        raise IndexLockedError(waited_message(storage.folder, timeout))
    hold(lock, storage.folder)
    try:
        yield
    finally:
        lock.release()


def waited_message(folder: str | Path, timeout: float) -> str:
    return f"{busy_message(folder)}; waited {timeout:g} s: try again when it has finished"


_held: list[Any] = []  # locks this process holds, closed in children forked meanwhile
_holder_pid = 0  # the process holding them: a forked child's parent


def hold(lock: Any, folder: str | Path) -> None:
    """Note that this process holds `lock`, in `writer.json` and for forked children.

    Releasing the lock removes `writer.json` first, while the lock is still held, so the
    next writer's file is never the one removed.
    """
    global _holder_pid
    info = Path(folder) / WRITER_FILE
    write_atomic(info, json.dumps({"pid": os.getpid(), "since": _now()}) + "\n")
    _holder_pid = os.getpid()
    _held.append(lock)
    release: Callable[[], None] = lock.release

    def release_noted() -> None:
        info.unlink(missing_ok=True)
        if lock in _held:
            _held.remove(lock)
        release()

    lock.release = release_noted


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _after_fork_in_child() -> None:
    """A child forked while the lock is held gives up its copy and dies with its parent.

    The helpers that build segments are such children. Sharing the parent's flock, a helper
    left running by a killed parent (blocked on its task queue) kept the index locked.
    """
    if not _held:
        return
    for lock in _held:
        if lock.fd is not None:
            with contextlib.suppress(OSError):
                os.close(lock.fd)  # closes the child's copy only: the parent keeps the lock
            lock.fd = None
    _held.clear()
    _die_with_parent()
    if os.getppid() != _holder_pid:  # the parent died before the request took effect
        os._exit(1)


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # no prctl: a helper outlives its parent, lock-free
        pass


os.register_at_fork(after_in_child=_after_fork_in_child)


# --- Leftovers of an interrupted write ---


def leftovers(folder: str | Path, segment_ids: set[str], generation: int) -> list[str]:
    """Names in `folder` that no reader needs, given the live TOC's generation and segments.

    Only meaningful while no writer is at work (a writer's new files are not in the TOC yet).
    """
    found = []
    for name in sorted(os.listdir(folder)):
        toc = TOC_NAME.match(name)
        segment = SEGMENT_FILE_NAME.match(name)
        if (
            (toc and int(toc.group(1)) != generation)
            or TEMP_TOC_NAME.match(name)
            or (segment and segment.group(1) not in segment_ids)
            or name == TEMP_FOLDER
            or ATOMIC_TEMP in name
        ):
            found.append(name)
    return found


def clear(folder: str | Path, names: list[str]) -> None:
    """Delete the named leftovers (files, or the writer's temporary folder)."""
    for name in names:
        path = Path(folder) / name
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
