"""Shared fixtures: the bundled sample issue, and indexes built from tiny inline inputs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from searcher import Archive

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED_PAGE = CORPUS / "2021-01-01" / "01.txt"


def json_from_fresh_process(script: str, *args: object) -> object:
    """Run Python `script` in a new interpreter (nothing installed in this one) and read the
    JSON it prints."""
    result = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(result.stdout)


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the bundled corpus, built once; tests must not write to it."""
    path = tmp_path_factory.mktemp("corpus-index")
    with Archive.create(path) as archive:
        archive.add([CORPUS])
    return path


@pytest.fixture
def archive(corpus_index: Path):
    with Archive.open(corpus_index) as opened:
        yield opened


@pytest.fixture
def fresh_index(tmp_path: Path, corpus_index: Path) -> Path:
    """A writable copy of the corpus index."""
    copy = tmp_path / "index"
    shutil.copytree(corpus_index, copy)
    return copy
