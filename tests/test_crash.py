"""Killing the indexer at any moment loses nothing and shows nothing half-written.

The index starts with an old version of one issue; a run of `searcher index` replaces it (an
issue YAML file) and adds three more issues (JSONL), 51 articles in all, in one commit.
Whenever the run is killed with SIGKILL, the index must open, pass `check`, and hold exactly
the old articles or exactly the new ones; running the same command again must then give
exactly the new ones.

Two ways of killing: at random moments (a real `python -m searcher index` process, killed
after a random delay, or as soon as its new segment or its new TOC appears: before, during
and after its commit), and at each file operation in turn (a forked child that
kills itself just before its k-th write, rename, delete or fsync), which reaches every step of
a commit deterministically.
"""

from __future__ import annotations

import builtins
import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from searcher import Archive
from searcher.cli import cli
from searcher.maintenance import check
from tests.madeup import expected, records, state, write_issue, write_jsonl

OLD_ISSUE = records("2021-03-01", 12, seed=1, prefix="旧")
NEW_ISSUE = records("2021-03-01", 8, seed=2, prefix="新")  # replaces both pages of the old
BULK = [  # JSONL: quick to read, so that many runs fit in a test
    *records("2021-03-02", 15, seed=3, prefix="批"),
    *records("2021-03-03", 14, seed=4, prefix="批"),
    *records("2021-03-04", 14, seed=5, prefix="批"),
]
NEW_ARTICLES = NEW_ISSUE + BULK
OLD = expected(OLD_ISSUE)
NEW = expected(NEW_ARTICLES)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(pristine index holding the old issue, directory of the new inputs)."""
    root = tmp_path_factory.mktemp("crash")
    old_index = root / "old-index"
    with Archive.create(old_index) as archive:
        archive.add([write_issue(root / "old" / "2021-03-01.yaml", "2021-03-01", OLD_ISSUE)])
    inputs = root / "new"
    write_issue(inputs / "2021-03-01.yaml", "2021-03-01", NEW_ISSUE)
    write_jsonl(inputs / "bulk.jsonl", BULK)
    assert len(NEW) == 51 and state(old_index) == OLD
    return old_index, inputs


def command(index: Path, inputs: Path) -> list[str]:
    return [sys.executable, "-m", "searcher", "--index", str(index), "index", str(inputs), "-q"]


def assert_whole_and_rerun(index: Path, inputs: Path) -> str:
    """The killed run left the old state or the new; a rerun completes it. Returns which."""
    found = state(index)
    assert found in (OLD, NEW), f"{len(found)} articles: neither before nor after the run"
    report = check(index)
    assert report.articles == len(found)
    result = CliRunner().invoke(
        cli, ["--index", str(index), "index", str(inputs), "-q"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert state(index) == NEW
    after = check(index)
    assert (after.articles, after.issues, after.leftovers) == (51, 4, ())
    return "old" if found == OLD else "new"


def kill_after(process: subprocess.Popen, delay: float) -> bool:
    """SIGKILL `process` after `delay` s unless it ended first; whether it was killed."""
    try:
        process.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True


def kill_when(process: subprocess.Popen, index: Path, suffix: str, delay: float) -> bool:
    """SIGKILL `process` `delay` s after a new file ending in `suffix` shows up in `index`.

    A new `.seg` file: the commit is moments away. A new `.toc`: the commit has just landed
    and the old files are being deleted.
    """
    before = set(os.listdir(index))
    while process.poll() is None:
        if any(n.endswith(suffix) for n in set(os.listdir(index)) - before):
            return kill_after(process, delay)
        time.sleep(0.0002)
    return False


def test_sigkill_at_random_moments_loses_nothing(corpus, tmp_path):
    old_index, inputs = corpus
    rng = random.Random(7)
    durations = []
    for run in range(2):  # the second run, warm, is the one to go by
        calibration = tmp_path / f"calibration-{run}"
        shutil.copytree(old_index, calibration)
        started = time.perf_counter()
        subprocess.run(command(calibration, inputs), check=True, timeout=120)
        durations.append(time.perf_counter() - started)
        assert state(calibration) == NEW
    duration = durations[-1]

    outcomes: Counter[str] = Counter()  # of the runs that were killed
    for attempt in range(40):
        if sum(outcomes.values()) >= 26 and outcomes["old"] and outcomes["new"]:
            break
        index = tmp_path / f"index-{attempt}"
        shutil.copytree(old_index, index)
        process = subprocess.Popen(
            command(index, inputs), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        if attempt % 5 == 3:
            killed = kill_when(process, index, ".seg", rng.uniform(0, 0.02))
        elif attempt % 5 == 4:
            killed = kill_when(process, index, ".toc", 0)
        else:  # anywhere from the interpreter's start to a little past the run's end
            killed = kill_after(process, duration * rng.uniform(0, 1.1))
        outcome = assert_whole_and_rerun(index, inputs)
        if killed:
            outcomes[outcome] += 1
        shutil.rmtree(index)
    # At least 26 kills, some before the commit (old state kept), some after (new state whole).
    assert sum(outcomes.values()) >= 26 and outcomes["old"] and outcomes["new"], outcomes


# --- Killed at each file operation ---

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def _run_child(index: Path, inputs: Path, crash_at: int, tally: Path) -> None:
    """In a forked child: index `inputs`, killing itself before file operation `crash_at`."""
    count = 0
    real_open = builtins.open

    def step() -> None:
        nonlocal count
        count += 1
        if count == crash_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def wrap(real, writes=lambda *a, **k: True):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            if writes(*args, **kwargs):
                step()
            return real(*args, **kwargs)

        return call

    def open_writes(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        return any(c in mode for c in "wax+")

    def os_open_writes(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        return bool(flags & _WRITE_FLAGS)

    for name in ("rename", "replace", "remove", "unlink", "rmdir", "mkdir", "fsync"):
        setattr(os, name, wrap(getattr(os, name)))
    os.open = wrap(os.open, os_open_writes)
    builtins.open = io.open = wrap(real_open, open_writes)
    with Archive.open(index) as archive:
        archive.add([inputs])
    with real_open(tally, "w") as out:
        out.write(str(count))


def crash_child(index: Path, inputs: Path, crash_at: int, tally: Path) -> bool:
    """Fork a child indexing `inputs`; whether it was killed (else it ran to the end)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through its exit status
        try:
            _run_child(index, inputs, crash_at, tally)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return True
    assert os.WEXITSTATUS(status) == 0
    return False


def test_killed_at_every_file_operation_of_a_run(corpus, tmp_path):
    old_index, inputs = corpus
    tally = tmp_path / "operations"
    dry = tmp_path / "dry"
    shutil.copytree(old_index, dry)
    assert not crash_child(dry, inputs, 0, tally)  # a whole run, counting its operations
    operations = int(tally.read_text())
    assert state(dry) == NEW and operations >= 10
    outcomes: Counter[str] = Counter()
    for crash_at in range(1, operations + 1):
        index = tmp_path / f"index-{crash_at}"
        shutil.copytree(old_index, index)
        assert crash_child(index, inputs, crash_at, tally)
        outcomes[assert_whole_and_rerun(index, inputs)] += 1
        shutil.rmtree(index)
    # The commit is one rename: every kill before it keeps the old state, every kill after
    # it (deleting the old TOC and segments) finds the new one.
    assert outcomes["old"] >= 1 and outcomes["new"] >= 1, outcomes
