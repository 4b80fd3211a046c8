"""The README's examples are executed, so they cannot rot."""

import re
import shlex

from click.testing import CliRunner

from searcher.cli import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def test_readme_shows_the_two_commands():
    assert "make demo" in README and "make test" in README


def test_readme_cli_examples_run(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    commands = [
        line[2:]
        for block in blocks("console")
        for line in block.splitlines()
        if line.startswith("$ ")
    ]
    assert len(commands) >= 10
    index = tmp_path / "index"
    for command in commands:
        argv = shlex.split(command)
        assert argv[0] == "searcher"
        result = CliRunner().invoke(cli, ["--index", str(index), *argv[1:]], catch_exceptions=False)
        assert result.exit_code == 0, (command, result.output)
        assert result.output.strip() or argv[1] in ("index", "remove"), command


def test_readme_python_example_runs(tmp_path, monkeypatch):
    (code,) = blocks("python")
    monkeypatch.chdir(ROOT)
    code = code.replace('Archive.create("index")', f"Archive.create({str(tmp_path / 'ix')!r})")
    exec(compile(code, "README.md", "exec"), {})
