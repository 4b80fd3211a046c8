"""The command line: contracts other tools depend on (names, JSON shapes, exit codes)."""

import json

import pytest
from click.testing import CliRunner

from searcher.articles import INPUT_NOTICE
from searcher.cli import _Once, cli
from tests.conftest import CORPUS, SEED_PAGE


def run(*args, index=None, color=False):
    argv = (["--index", str(index)] if index else []) + [str(a) for a in args]
    return CliRunner().invoke(cli, argv, catch_exceptions=False, color=color)


def test_every_command_has_help_with_an_example():
    for name, command in cli.commands.items():
        assert command.help, name
        assert "Example:" in command.help, name
        result = run(name, "--help")
        assert result.exit_code == 0 and "Example:" in result.output


def test_search_json_contract(corpus_index):
    result = run("search", "疫情防控", "--json", index=corpus_index)
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert set(data) >= {"query", "total", "hits", "facets"}
    assert data["query"] == "疫情防控" and data["total"] == 2
    hit = data["hits"][0]
    assert hit["headline"] == "全县新冠肺炎疫情防控暨全民健康补充医疗保险推进会召开"
    assert "body" not in hit
    for key in ("id", "paper", "date", "page", "seq", "reporters", "people", "photo", "score"):
        assert key in hit
    assert hit["marks"] and all(hit["snippet"][a:b] == "疫情防控" for a, b in hit["marks"])
    assert "\\u" not in result.output  # ensure_ascii=False


@pytest.mark.parametrize("query", ['"补充医疗保险"', "黎云"])
def test_search_finds_every_article_containing_the_string(corpus_index, query):
    data = json.loads(run("search", query, "--json", index=corpus_index).output)
    exported = [json.loads(line) for line in run("export", index=corpus_index).output.splitlines()]
    text = query.strip('"')
    expected = {r["id"] for r in exported if text in r["headline"] + r["body"]}
    assert {h["id"] for h in data["hits"]} == expected and data["total"] == len(expected) > 0


def test_text_output_marks_with_brackets_when_piped(corpus_index):
    result = run("search", "惠衢保", index=corpus_index)
    assert "【惠衢保】" in result.output and "\x1b[" not in result.output
    assert result.output.startswith("惠衢保: 1 articles")


def test_queries_file_gives_one_json_object_per_line(corpus_index, tmp_path):
    queries = tmp_path / "q.txt"
    queries.write_text('汪黎云\n\n百叟宴\n"未闭合\n', encoding="utf-8")
    result = run("search", "--queries", queries, "--json", index=corpus_index)
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [d["query"] for d in lines] == ["汪黎云", "百叟宴", '"未闭合']
    assert lines[1]["total"] == 1 and "unbalanced quote" in lines[2]["error"]


def test_show_export_stats(corpus_index):
    exported = run("export", index=corpus_index).output.splitlines()
    assert len(exported) == 5
    first = json.loads(exported[0])
    shown = json.loads(run("show", first["id"], "--json", index=corpus_index).output)
    assert shown == first and shown["body"]
    stats = json.loads(run("stats", "--json", index=corpus_index).output)
    assert (stats["articles"], stats["issues"], stats["pages"]) == (5, 1, 1)
    assert stats["first_date"] == stats["last_date"] == "2021-01-01"


def test_user_errors_are_one_line_with_exit_codes(corpus_index, tmp_path):
    result = run("search", '"疫情', index=corpus_index)
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "unbalanced quote" in result.output and "Traceback" not in result.output
    result = run("show", "nope", index=corpus_index)
    assert result.exit_code == 1 and "no article with id 'nope'" in result.output
    result = run("search", "x", index=tmp_path / "missing")
    assert result.exit_code == 1 and "no index at" in result.output
    assert run("search", "x", "--limit", "0", index=corpus_index).exit_code == 2
    assert run("frobnicate").exit_code == 2
    assert run("remove", "yesterday", index=corpus_index).exit_code == 2


def test_index_remove_and_bad_input(tmp_path):
    index = tmp_path / "ix"
    assert run("index", CORPUS, "--quiet", index=index).exit_code == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "date": "2021-01-01", "body": "x"}\n{"oops"\n', encoding="utf-8")
    result = run("index", bad, index=index)
    assert result.exit_code == 1
    assert (
        result.output.strip() == f"Error: {bad}:2: invalid JSON: Expecting ':' delimiter (column 8)"
    )
    assert json.loads(run("stats", "--json", index=index).output)["articles"] == 5
    assert run("remove", "2021-01-01", index=index).exit_code == 0
    assert json.loads(run("stats", "--json", index=index).output)["articles"] == 0


def test_split_formats(tmp_path):
    text = run("split", SEED_PAGE, "--date", "2021-01-01").output
    assert "全县新冠肺炎疫情防控暨全民健康补充医疗保险推进会召开" in text
    records = [
        json.loads(x) for x in run("split", SEED_PAGE, "--format", "json").output.splitlines()
    ]
    assert len(records) == 5 and records[0]["reporters"] == ["姜玲", "徐文杰"]
    yaml_text = run(
        "split", SEED_PAGE, "--date", "2021-01-01", "--paper", "开化报", "--format", "yaml"
    ).output
    issue = tmp_path / "01.yaml"
    issue.write_text(yaml_text, encoding="utf-8")
    assert run("index", issue, "-q", index=tmp_path / "ix").exit_code == 0
    data = json.loads(run("search", "惠衢保", "--json", index=tmp_path / "ix").output)
    assert data["hits"][0]["paper"] == "开化报"


def test_split_and_index_a_whole_issue_text_page_by_page(tmp_path):
    """pdftotext of an issue's PDF: each page's text ends with a form feed."""
    page_two = "2021年1月1日 星期五\n第 2 版\n\n本报讯 县图书馆新馆今天正式\n开放，藏书三十万册。\n"
    issue = tmp_path / "2021-01-01.txt"
    issue.write_text(SEED_PAGE.read_text("utf-8") + "\f" + page_two + "\f", encoding="utf-8")
    records = [json.loads(x) for x in run("split", issue, "--format", "json").output.splitlines()]
    assert [r["page"] for r in records] == [1] * 5 + [2]
    assert len({r["id"] for r in records}) == 6
    assert records[-1]["body"] == "本报讯县图书馆新馆今天正式开放，藏书三十万册。"
    assert run("index", issue, "-q", index=tmp_path / "ix").exit_code == 0
    data = json.loads(run("search", "图书馆新馆", "--json", index=tmp_path / "ix").output)
    assert [(h["page"], h["date"]) for h in data["hits"]] == [(2, "2021-01-01")]


def test_a_page_laid_out_as_printed_is_read_column_by_column_with_a_notice(tmp_path):
    """`pdftotext -layout` sets columns side by side: split and index read them column by
    column, and say so on stderr (file:line), once each, though index reads its input twice."""
    import subprocess
    import sys

    left = ["本报讯 县图书馆新馆今天正", "式开放，藏书三十万册。"] * 3
    right = ["本报讯 县游泳馆今天起免费", "开放，开放时间延长。"] * 3
    page = tmp_path / "2021-01-05" / "01.txt"
    page.parent.mkdir()
    rows = (f"{a:<14}      {b}\n" for a, b in zip(left, right, strict=True))
    page.write_text("".join(rows), encoding="utf-8")
    notice = f"{page}:1: columns set side by side (pdftotext -layout?): read column by column\n"

    def searcher(*args):
        argv = [sys.executable, "-m", "searcher", "--index", str(tmp_path / "ix"), *map(str, args)]
        return subprocess.run(argv, capture_output=True, text=True, encoding="utf-8")

    split = searcher("split", page, "--format", "json")
    assert split.returncode == 0 and split.stderr == notice
    bodies = [json.loads(x)["body"] for x in split.stdout.splitlines()]
    assert bodies and bodies[0].startswith("本报讯县图书馆新馆今天正式开放")
    assert not any("游泳馆" in body and "图书馆" in body for body in bodies)
    indexed = searcher("index", page.parent, "-q")
    assert indexed.returncode == 0 and indexed.stderr == notice
    data = json.loads(searcher("search", "游泳馆", "--json").stdout)
    assert data["total"] == 1 and "图书馆" not in data["hits"][0]["snippet"]


def test_python_dash_m_entry_point():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "searcher", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("searcher, version")


def test_colour_on_a_terminal(monkeypatch, corpus_index):
    monkeypatch.setattr("searcher.cli._colour", lambda: True)
    result = run("search", "惠衢保", index=corpus_index, color=True)
    assert "\x1b[1;31m惠衢保\x1b[0m" in result.output and "【" not in result.output


def test_a_notice_about_an_input_shows_once_and_a_writer_waiting_each_time():
    """An input is read twice (checked, then indexed): its notice shows once. A writer may
    wait for the same other writer twice: each wait shows."""
    import logging

    once = _Once()

    def shown(message: str, **extra: bool) -> bool:
        record = logging.LogRecord("searcher", logging.WARNING, "", 0, message, (), None)
        record.__dict__.update(extra)
        return once.filter(record)

    about_input = {INPUT_NOTICE: True}
    assert shown("01.txt:1: columns set side by side", **about_input)
    assert not shown("01.txt:1: columns set side by side", **about_input)
    assert shown("02.txt:1: columns set side by side", **about_input)
    assert shown("index ix is being written by pid 7; waiting up to 30 s")
    assert shown("index ix is being written by pid 7; waiting up to 30 s")
