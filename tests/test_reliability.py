"""Writers and readers at once, the writer lock, durable commits, check, backup and restore,
and bad input: every case ends in a sound index and, for a mistake, one line and exit 1.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import event, given, settings
from hypothesis import strategies as st
from whoosh.filedb.filestore import FileStorage

from searcher import Archive, store
from searcher.articles import RECORD_KEYS, Article, discover
from searcher.cli import cli
from searcher.errors import IndexDamagedError, IndexFormatError, IndexLockedError, InputError
from searcher.indexdir import LOCK_FILE, WRITER_FILE, DurableStorage, holder
from searcher.maintenance import backup, check
from searcher.schema import document, pack_record, unpack_record
from tests.conftest import SEED_PAGE
from tests.madeup import expected, fingerprint, records, state, write_issue, write_jsonl

SEED = records("2021-04-01", 10, seed=11, prefix="始")


def run(*args: object, index: Path | None = None):
    argv = (["--index", str(index)] if index else []) + [str(a) for a in args]
    return CliRunner().invoke(cli, argv, catch_exceptions=False)


def searcher_process(*args: object, **env: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "searcher", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **env},
    )


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """An index holding one made-up issue of 10 articles."""
    index = tmp_path / "index"
    with Archive.create(index) as archive:
        archive.add([write_jsonl(tmp_path / "seed.jsonl", SEED)])
    return index


# --- Writers and readers at once ---


def test_two_writers_and_readers_at_once(tmp_path, seeded):
    """The second writer waits for the first and succeeds; readers never fail or block."""
    big = records("2021-04-02", 480, seed=12, prefix="甲", paragraphs=6)
    small = records("2021-04-03", 12, seed=13, prefix="乙")
    first_input = write_jsonl(tmp_path / "big.jsonl", big)
    second_input = write_issue(tmp_path / "2021-04-03.yaml", "2021-04-03", small)
    sizes = {"2021-04-01": len(SEED), "2021-04-02": len(big), "2021-04-03": len(small)}
    errors: list[BaseException] = []
    observed: list[dict[str, int]] = []
    slowest = [0.0]
    done = threading.Event()

    def read(shared: Archive | None) -> None:
        try:
            while not done.is_set():
                started = time.perf_counter()
                archive = shared or Archive.open(seeded)
                try:
                    counts = {d: archive.search("", date_from=d, date_to=d).total for d in sizes}
                    if shared is None:
                        archive.stats()
                finally:
                    if shared is None:
                        archive.close()
                slowest[0] = max(slowest[0], time.perf_counter() - started)
                observed.append(counts)
        except BaseException as e:  # re-raised in the test's thread
            errors.append(e)

    with Archive.open(seeded) as shared:
        readers = [threading.Thread(target=read, args=(a,)) for a in (shared, shared, None)]
        for reader in readers:
            reader.start()
        first = searcher_process("--index", seeded, "index", first_input, "-q")
        deadline = time.monotonic() + 60
        while f'"pid": {first.pid}' not in _read(seeded / WRITER_FILE):
            assert first.poll() is None and time.monotonic() < deadline, first.communicate()
            time.sleep(0.01)
        second = searcher_process("--index", seeded, "index", second_input, "-q")
        outputs = [p.communicate(timeout=120) for p in (first, second)]
        done.set()
        for reader in readers:
            reader.join(30)
    assert not errors, errors[0]
    assert (first.returncode, second.returncode) == (0, 0), outputs
    assert outputs[0][1] == ""
    assert outputs[1][1].startswith(f"index {seeded} is being written by pid {first.pid} since ")
    assert outputs[1][1].endswith("; waiting up to 30 s\n")
    assert state(seeded) == expected(SEED + big + small)
    assert check(seeded).articles == len(SEED) + len(big) + len(small)
    # Every state a reader saw was committed: each issue whole or absent, none lost again.
    assert len(observed) > 10 and slowest[0] < 5
    for counts in observed:
        assert all(counts[d] in (0, n) for d, n in sizes.items()), counts
        assert counts["2021-04-01"] == len(SEED)
    assert any(c["2021-04-02"] == 0 for c in observed) and observed[-1] == sizes


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def test_two_first_runs_make_one_index(tmp_path):
    """Both runs find no index; one creates it under the lock, the other opens it."""
    index = tmp_path / "new-index"
    inputs = [
        write_jsonl(tmp_path / "a.jsonl", records("2021-05-01", 5, seed=21, prefix="甲")),
        write_jsonl(tmp_path / "b.jsonl", records("2021-05-02", 6, seed=22, prefix="乙")),
    ]
    processes = [searcher_process("--index", index, "index", path, "-q") for path in inputs]
    outputs = [p.communicate(timeout=60) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    assert check(index).articles == 11 and check(index).issues == 2


def test_creating_an_index_that_another_run_just_created_keeps_its_articles(seeded):
    """The run that lost the race to create finds an index and opens it: no wipe."""
    ix = store.create(seeded)
    assert ix.doc_count() == len(SEED) and state(seeded) == expected(SEED)


def test_a_writer_that_cannot_get_the_lock_in_time_says_who_holds_it(seeded):
    ix = store.open_index(seeded)
    with store.writer(ix):
        started = time.monotonic()
        waiting = searcher_process(
            "--index", seeded, "remove", "2021-04-01", SEARCHER_LOCK_TIMEOUT="1"
        )
        out, err = waiting.communicate(timeout=30)
        waited = time.monotonic() - started
    lines = err.splitlines()
    who = f"index {seeded} is being written by pid {os.getpid()} since "
    assert waiting.returncode == 1 and out == "" and len(lines) == 2, err
    assert lines[0].startswith(who) and lines[0].endswith("; waiting up to 1 s")
    assert lines[1].startswith("Error: " + who)
    assert lines[1].endswith("; waited 1 s: try again when it has finished")
    assert 1 <= waited < 20
    assert state(seeded) == expected(SEED)  # the remove did not happen


def test_lock_timeout_must_be_a_number(seeded, monkeypatch):
    monkeypatch.setenv("SEARCHER_LOCK_TIMEOUT", "soon")
    result = run("remove", "2021-04-01", index=seeded)
    assert result.exit_code == 1
    assert result.output == (
        "Error: SEARCHER_LOCK_TIMEOUT must be a number of seconds ≥ 0, not 'soon'\n"
    )


def test_writer_json_of_a_dead_process_names_no_one(seeded):
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    (seeded / WRITER_FILE).write_text(
        json.dumps({"pid": gone.pid, "since": "2021-01-01T00:00:00"}), encoding="utf-8"
    )
    assert holder(seeded) == "another process"
    (seeded / WRITER_FILE).write_text(
        json.dumps({"pid": os.getpid(), "since": "2021-01-01T00:00:00"}), encoding="utf-8"
    )
    assert holder(seeded) == f"pid {os.getpid()} since 2021-01-01T00:00:00"


def test_a_writer_left_without_commit_lets_go_and_leaves_no_trace(seeded):
    before = fingerprint(seeded)
    ix = store.open_index(seeded)
    with store.writer(ix) as w:
        w.add_document(**document(Article(id="x", date="2021-04-05", body="未提交的文章。")))
    with store.writer(ix, timeout=0):
        pass  # the lock is free again
    assert fingerprint(seeded) == before


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry))
    return found


def _running(pid: int) -> bool:
    """Whether `pid` is alive (a zombie has ended: its files, and so its locks, are closed)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def test_helpers_of_a_killed_writer_die_and_do_not_keep_the_lock(tmp_path, seeded):
    """Helper processes share the parent's flock; they must not outlive a killed parent."""
    bulk = write_jsonl(tmp_path / "bulk.jsonl", records("2021-04-06", 300, seed=31, prefix="丙"))
    driver = (
        "import sys; from searcher import store; "
        "store.add(store.open_index(sys.argv[1]), [sys.argv[2]], processes=2)"
    )
    parent = subprocess.Popen([sys.executable, "-c", driver, str(seeded), str(bulk)])
    deadline = time.monotonic() + 60
    while len(helpers := _children(parent.pid)) < 2:
        assert parent.poll() is None and time.monotonic() < deadline, "no helpers started"
        time.sleep(0.002)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(_running(pid) for pid in helpers):
        assert time.monotonic() < deadline, f"helpers {helpers} outlived their parent"
        time.sleep(0.01)
    ix = store.open_index(seeded)
    with store.writer(ix, timeout=5):
        pass
    assert state(seeded) == expected(SEED)
    assert check(seeded).leftovers == ()  # the writer just now cleared the dead one's files


# --- Durable commits and vanished files ---


def test_commit_syncs_segments_and_toc_before_renaming_the_toc(tmp_path, seeded, monkeypatch):
    events: list[tuple[str, str]] = []
    real_fsync, real_rename = os.fsync, os.rename

    def fsync(fd: int) -> None:
        events.append(("fsync", os.path.basename(os.readlink(f"/proc/self/fd/{fd}"))))
        real_fsync(fd)

    def rename(src: str, dst: str) -> None:
        events.append(("rename", os.path.basename(dst)))
        real_rename(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "rename", rename)
    with Archive.open(seeded) as archive:
        archive.add([write_jsonl(tmp_path / "more.jsonl", records("2021-04-07", 3, 41, "丁"))])
    toc = next(n for n in os.listdir(seeded) if n.endswith(".toc"))
    renamed = events.index(("rename", toc))
    synced = {name for kind, name in events[:renamed] if kind == "fsync"}
    segments = {n for n in os.listdir(seeded) if n.endswith(".seg")}
    assert segments and segments <= synced  # every live segment's data is on disk first
    assert any(name.startswith(toc + ".") for name in synced)  # the new TOC's, too
    assert events[renamed - 1] == ("fsync", "index") == events[renamed + 1]  # the directory


def test_opening_retries_a_toc_that_a_commit_deleted_meanwhile(tmp_path, seeded, monkeypatch):
    stale = [n for n in os.listdir(seeded) if n.endswith(".toc")]
    with Archive.open(seeded) as archive:
        archive.add([write_jsonl(tmp_path / "more.jsonl", records("2021-04-07", 3, 42, "丁"))])
    listings = []
    real_list = FileStorage.list

    def list_once_stale(self: FileStorage) -> list[str]:
        listings.append(self.folder)
        # The first listing is the one a reader made just before the commit.
        return stale if len(listings) == 1 else real_list(self)

    monkeypatch.setattr(FileStorage, "list", list_once_stale)
    ix = store.open_index(seeded)
    assert ix.doc_count() == len(SEED) + 3 and len(listings) >= 2


def test_a_searcher_outlives_the_segments_a_commit_deletes(tmp_path, seeded):
    ix = store.open_index(seeded)
    searcher = ix.searcher()
    old_segments = {n for n in os.listdir(seeded) if n.endswith(".seg")}
    replacement = records("2021-04-01", 10, seed=2, prefix="始")
    with Archive.open(seeded) as archive:  # a rebuild: the old segment's files are deleted
        archive.add([write_jsonl(tmp_path / "new.jsonl", replacement)], rebuild=True)
        assert old_segments and not old_segments & set(os.listdir(seeded))
        assert {h.headline for h in archive.search("", limit=20).hits} == {
            a["headline"] for a in replacement
        }
    # The searcher opened before still reads its generation: its files stay open.
    kept = {unpack_record(fields["record"]).headline for fields in searcher.documents()}
    assert kept == {a["headline"] for a in SEED} and not searcher.up_to_date()
    searcher.close()


# --- Leftovers, check, backup, restore ---


def test_leftovers_are_listed_by_check_and_cleared_by_the_next_write(seeded):
    (seeded / "_MAIN_7.toc.1700000000.5").write_bytes(b"half a toc")
    (seeded / "MAIN_orphan0000000000.seg").write_bytes(b"a segment no toc names")
    (seeded / "MAIN.tmp").mkdir()
    (seeded / "MAIN.tmp" / "pool").write_bytes(b"")
    (seeded / WRITER_FILE).write_text('{"pid": 1, "since": "2021-01-01T00:00:00"}')
    result = run("check", index=seeded)
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        f"ok: {seeded}: 10 articles in 1 issues, 1 segments, generation 1",
        "4 files left by an interrupted write (the next write clears them): MAIN.tmp "
        "MAIN_orphan0000000000.seg _MAIN_7.toc.1700000000.5 writer.json",
    ]
    assert run("remove", "1999-01-01", index=seeded).exit_code == 0  # a write: a commit
    assert check(seeded).leftovers == ()
    segments = {n for n in os.listdir(seeded) if n.endswith(".seg")}
    assert len(segments) == 1  # the old segment, every article of it still live
    assert set(os.listdir(seeded)) == {"MAIN_WRITELOCK", "_MAIN_2.toc", "searcher.json", *segments}


def test_a_write_that_fails_midway_leaves_the_index_byte_for_byte(tmp_path, seeded):
    """Input changed between the check and the write: the writer deletes what it wrote."""
    first = write_jsonl(tmp_path / "a.jsonl", records("2021-04-08", 4, 51, "戊"))
    second = write_jsonl(tmp_path / "b.jsonl", records("2021-04-09", 4, 52, "己"))
    before = fingerprint(seeded)

    def spoil_second(_count: int) -> None:
        second.write_text('{"id": "z"}\n', encoding="utf-8")

    with Archive.open(seeded) as archive, pytest.raises(InputError, match=r"b\.jsonl:1: "):
        archive.add([first, second], progress=spoil_second)
    assert fingerprint(seeded) == before


def test_a_full_disk_is_one_line_and_changes_nothing(tmp_path, seeded, monkeypatch):
    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(DurableStorage, "rename_file", disk_full)  # the commit's last step
    more = write_jsonl(tmp_path / "more.jsonl", records("2021-04-11", 3, seed=81, prefix="壬"))
    before = fingerprint(seeded)
    result = run("index", more, index=seeded)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: cannot write index {seeded}: No space left on device; nothing was changed\n"
    )
    assert fingerprint(seeded) == before


def test_check_finds_damage_and_says_what(tmp_path, seeded):
    damaged = tmp_path / "damaged"
    shutil.copytree(seeded, damaged)
    (segment,) = damaged.glob("*.seg")
    data = bytearray(segment.read_bytes())
    data[len(data) // 4 : len(data) * 3 // 4] = bytes(len(data) // 2)
    segment.write_bytes(bytes(data))
    result = run("check", index=damaged)
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert result.output.startswith(f"Error: index {damaged} is damaged: segment MAIN_")
    assert result.output.endswith(
        "restore a backup (`searcher restore`) or rebuild it (`searcher index --rebuild PATH...`)\n"
    )
    segment.unlink()
    with pytest.raises(IndexDamagedError, match=r"segment MAIN_\w+ is missing a file: File"):
        check(damaged)
    (toc,) = damaged.glob("*.toc")
    toc.write_bytes(toc.read_bytes()[:20])
    with pytest.raises(IndexFormatError, match=f"cannot open index at {damaged}"):
        check(damaged)


def test_check_finds_an_id_that_is_live_twice(seeded):
    ix = store.open_index(seeded)
    with store.writer(ix) as w:  # no deletion of the earlier copy, as `add` would do
        w.add_document(**document(Article(id=SEED[0]["id"], date="2021-04-01", body="又一份。")))
        w.commit()
    with pytest.raises(IndexDamagedError, match=f"id '{SEED[0]['id']}' is live in MAIN_"):
        check(seeded)


def test_backup_while_writing_and_restore_while_reading(tmp_path, seeded):
    issues = [records(f"2021-06-{d:02d}", 5, seed=60 + d, prefix="庚") for d in range(1, 7)]
    inputs = [write_jsonl(tmp_path / f"{n}.jsonl", a) for n, a in enumerate(issues)]
    committed = [expected(SEED)]
    for n in range(len(issues)):
        committed.append(committed[-1] | expected(issues[n]))
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from searcher import Archive\n"
            "with Archive.open(sys.argv[1]) as a:\n"
            "    for p in sys.argv[2:]: a.add([p])",
            str(seeded),
            *map(str, inputs),
        ]
    )
    copies = []
    while writer.poll() is None or not copies:
        destination = tmp_path / f"backup-{len(copies)}"
        report = backup(seeded, destination)
        assert state(destination) in committed and report.articles == len(state(destination))
        copies.append(destination)
    assert writer.wait() == 0
    assert state(seeded) == committed[-1]

    oldest = copies[0]
    errors: list[BaseException] = []
    seen: set[int] = set()
    done = threading.Event()

    def read() -> None:
        try:
            with Archive.open(seeded) as archive:
                while not done.is_set():
                    seen.add(archive.search("").total)
        except BaseException as e:  # re-raised in the test's thread
            errors.append(e)

    reader = threading.Thread(target=read)
    reader.start()
    result = run("restore", oldest, index=seeded)
    time.sleep(0.2)
    done.set()
    reader.join(30)
    assert result.exit_code == 0 and not errors
    assert state(seeded) == state(oldest) and check(seeded).leftovers == ()
    assert seen <= {len(c) for c in committed} and len(state(oldest)) in seen


def test_backup_and_restore_refuse_with_one_line(tmp_path, seeded):
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("keep me", encoding="utf-8")
    result = run("backup", occupied, index=seeded)
    assert result.exit_code == 1
    assert (
        result.output == f"Error: {occupied} exists and is not empty: back up to a new directory\n"
    )
    result = run("restore", occupied, index=seeded)
    assert result.exit_code == 1 and result.output.startswith(f"Error: no index at {occupied}")
    assert state(seeded) == expected(SEED) and (occupied / "notes.txt").exists()


def test_restore_repairs_a_damaged_index(tmp_path, seeded):
    copy = tmp_path / "copy"
    assert run("backup", copy, index=seeded).exit_code == 0
    for segment in seeded.glob("*.seg"):
        segment.write_bytes(b"\0" * 100)
    assert run("check", index=seeded).exit_code == 1
    assert run("restore", copy, index=seeded).exit_code == 0
    assert run("check", index=seeded).exit_code == 0 and state(seeded) == expected(SEED)


def test_locked_index_is_reported_by_check(seeded):
    ix = store.open_index(seeded)
    with store.writer(ix):
        report = check(seeded)
    assert report.writer is not None and report.writer.startswith(f"pid {os.getpid()} since ")
    assert report.leftovers == ()  # the writer's own files are not leftovers
    with pytest.raises(IndexLockedError), store.writer(ix), store.writer(ix, timeout=0):
        pass
    assert (seeded / LOCK_FILE).exists() and not (seeded / WRITER_FILE).exists()


# --- Bad input: one line, exit 1, index and inputs unchanged ---

GOOD = '{"id": "a", "date": "2021-01-02", "body": "正文"}\n'
BAD_INPUTS = [
    ("2021-01-05/01.txt", b"\xe5\x8e\xbf\n\x00\x01", "2021-01-05/01.txt:2: binary file, not text"),
    ("2021-01-05/01.txt", b"\n  \n", "2021-01-05/01.txt:1: empty page: no text"),
    (
        "2021-01-05/01.txt",
        "本报讯\n".encode() + b"\xff\xfe\xfd\xfc\x80\x81\x82\n",
        "2021-01-05/01.txt:2: undecodable bytes: not UTF-8 or GB18030 text",
    ),
    (
        "a.jsonl",
        GOOD.encode() + b'{"id": "b", "body": "\xff"}\n',
        "a.jsonl:2: undecodable bytes: JSONL must be UTF-8",
    ),
    (
        "issue.yml",
        "date: 2021-01-04\narticles:\n- body: 好\n- body: [没有闭合\n".encode(),
        "issue.yml:5: invalid YAML: expected ',' or ']', but got '<stream end>'",
    ),
    (
        "a.jsonl",
        (GOOD * 2).replace('"a"', '"b"', 1).encode() + b'{"id": "c", "date": \n',
        "a.jsonl:3: invalid JSON: Expecting value (column 21)",
    ),
    (
        "a.jsonl",
        GOOD.encode() + '{"id": "b", "body": "无日期"}\n'.encode(),
        "a.jsonl:2: article has no date (give date: YYYY-MM-DD)",
    ),
    (
        "a.jsonl",
        GOOD.replace("2021-01-02", "2021-02-30").encode(),
        "a.jsonl:1: invalid date '2021-02-30': expected YYYY-MM-DD",
    ),
    (
        "2021-01-05/01.txt",
        ("县里召开会议。\n" + "长" * 1_000_001).encode(),
        "2021-01-05/01.txt:2: line of 1,000,001 characters is too long",
    ),
    ("a.jsonl", (GOOD * 2).encode(), "a.jsonl:2: duplicate id 'a' (first on line 1)"),
    (
        "issues/i.yaml",
        "date: 2021-01-04\narticles:\n- id: x\n  body: 甲\n- id: x\n  body: 乙\n".encode(),
        "issues/i.yaml:5: duplicate id 'x'",
    ),
    (
        "a.jsonl",
        GOOD.replace('"body"', '"page": 100000, "body"').encode(),
        "a.jsonl:1: page 100000 is past the last page (9999)",
    ),
    (
        "a.jsonl",
        GOOD.replace('"正文"', '"\\ud800"').encode(),
        "a.jsonl:1: body is not valid Unicode (lone surrogate '\\ud800')",
    ),
    (
        "undated/01.txt",
        "县里召开会议，会议要求做好工作。\n".encode(),
        "undated/01.txt:1: no date: put the page in a YYYY-MM-DD directory or give "
        "issue.yaml a date",
    ),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_INPUTS)
def test_bad_input_is_one_line_and_changes_nothing(tmp_path, seeded, name, content, message):
    inputs = tmp_path / "inputs"
    good = write_jsonl(inputs / "good.jsonl", records("2021-04-10", 3, seed=71, prefix="辛"))
    bad = inputs / name
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(content)
    index_before, inputs_before = fingerprint(seeded), fingerprint(inputs)
    for paths in ([bad], [good, bad], [inputs]):
        result = run("index", *paths, index=seeded)
        assert result.exit_code == 1
        assert result.output == f"Error: {inputs}/{message}\n"
    assert fingerprint(seeded) == index_before
    assert fingerprint(inputs) == inputs_before
    assert good.read_bytes() and state(seeded) == expected(SEED)


def test_issue_yaml_with_a_page_that_is_not_a_number(tmp_path, seeded):
    issue = tmp_path / "2021-01-06"
    issue.mkdir()
    shutil.copy(SEED_PAGE, issue / "01.txt")
    (issue / "issue.yaml").write_text("paper: 示例报\npages: {一: 要闻}\n", encoding="utf-8")
    result = run("index", issue, index=seeded)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {issue}/issue.yaml:1: pages must map page numbers to section names\n"
    )


def test_a_directory_without_inputs_is_refused(tmp_path, seeded):
    (tmp_path / "empty" / "notes").mkdir(parents=True)
    result = run("index", tmp_path / "empty", index=seeded)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {tmp_path / 'empty'}: no inputs here"
        " (page .txt or .pdf, issue .yaml, .jsonl records)\n"
    )


def _encodable(char: str) -> bool:
    return not "\ud800" <= char <= "\udfff"


# Any bytes in any input form: articles that can be indexed, or an InputError, nothing else.
_ANY_CHAR = st.characters(exclude_categories=())  # surrogates too, as JSON escapes spell them
_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(_ANY_CHAR, max_size=8)
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=3), max_leaves=6)
_KEYS = st.sampled_from([*RECORD_KEYS, "headlines", ""])
_TEXT = st.text(_ANY_CHAR, min_size=1, max_size=20)
_VALID = st.fixed_dictionaries(  # a record that may well be accepted
    {"date": st.dates().map(str), "body": _TEXT},
    optional={
        "id": _TEXT,
        "headline": _TEXT,
        "page": st.integers(-1, 10_001),
        "seq": st.integers(0, 99),
        "people": st.lists(_TEXT, max_size=3),
        "photo": st.booleans(),
    },
)
_RECORD = _VALID | st.dictionaries(_KEYS, _VALUES, max_size=5)
_JSONL = st.lists(_RECORD.map(json.dumps), min_size=1, max_size=3).map("\n".join).map(str.encode)
_YAML = st.lists(_RECORD, min_size=1, max_size=3).map(
    lambda records: yaml.safe_dump({"date": "2021-01-02", "articles": records}).encode()
)
_INPUTS = st.one_of(
    st.tuples(st.just("a.jsonl"), _JSONL | st.binary(max_size=200)),
    st.tuples(st.just("i.yaml"), _YAML | st.binary(max_size=200)),
    st.tuples(st.just("2021-01-02/01.txt"), st.binary(max_size=300)),
    st.tuples(st.just("2021-01-02/01.txt"), st.text(_ANY_CHAR.filter(_encodable)).map(str.encode)),
)


@settings(max_examples=200, deadline=None)
@given(_INPUTS)
def test_any_input_file_gives_articles_or_one_line_error(tmp_path_factory, name_and_content):
    name, content = name_and_content
    path = tmp_path_factory.mktemp("input") / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    try:
        articles = [a for source in discover([path]) for a in source.articles()]
    except InputError as e:
        assert str(e).startswith(str(path)) and "\n" not in str(e)
        event(f"{path.suffix}: refused")
        return
    event(f"{path.suffix}: {'articles' if articles else 'nothing'}")
    for article in articles:
        document(article)  # what indexing does with it
        assert unpack_record(pack_record(article)) == article
