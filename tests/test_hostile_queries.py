"""Any query text gives results or a one-line error: never a traceback, never a hang.

Strict parsing may raise `QueryError` and nothing else; lenient parsing (the web page and
API) raises nothing at all. Hypothesis feeds arbitrary text and text built from the query
language's own syntax; the table below pins the cases that once broke.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from searcher.cli import cli
from searcher.errors import QueryError
from searcher.query import MAX_DEPTH, Text, parse, parse_lenient
from searcher.web import api_answer

# Pieces of the query language, glued together at random: operators, fields known and
# unknown, quotes of every kind, parentheses, and text in several scripts.
SYNTAX = st.sampled_from(
    [
        "(",
        ")",
        "（",
        "）",
        '"',
        "“",
        "”",
        "「",
        "-",
        "－",
        " OR ",
        " AND ",
        " NOT ",
        "ＯＲ",
        ":",
        "：",
        "headline:",
        "people:",
        "date:",
        "page:",
        "paper:",
        "人物：",
        "nosuchfield:",
        "date:2020-12..",
        "date:..2021",
        "page:1..4",
        "page:99999999999999999999",
        "疫情",
        "防控",
        "汪黎云",
        "開化",
        "１９９８",
        "e\u0301",  # a combining mark
        "\u05e9\u05dc\u05d5\u05dd",  # Hebrew, right to left
        "\u202e",  # right-to-left override
        "😀",
        "👍🏽",
        "\x00",
        "\x1b[31m",
        "\u200b",
        " ",
    ]
)
QUERY_LIKE = st.lists(SYNTAX, max_size=40).map("".join)
ANY_TEXT = st.text(max_size=300)  # every code point but surrogates
QUERIES = st.one_of(QUERY_LIKE, ANY_TEXT)


@settings(max_examples=400, deadline=None)
@given(QUERIES)
def test_parsing_raises_only_query_error_and_lenient_never(text):
    try:
        strict = parse(text)
    except QueryError as e:
        assert "\n" not in str(e) and str(e)
        strict = None
    lenient = parse_lenient(text)
    if strict is not None:
        # What strict parsing accepts, lenient parsing reads the same way, without problems.
        assert lenient.tree == strict.tree and lenient.problems == ()
    else:
        assert lenient.problems


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(QUERIES)
def test_archive_search_strict_and_lenient(archive, text):
    try:
        strict = archive.search(text, limit=3)
    except QueryError as e:
        assert "\n" not in str(e)
        strict = None
    lenient = archive.search(text, limit=3, lenient=True)
    assert 0 <= lenient.total <= 5
    if strict is not None:
        assert lenient.to_dict() == strict.to_dict()
    status, answer = api_answer(archive, "/api/search", {"q": [text]})
    assert status == 200 and answer["total"] == lenient.total
    json.dumps(answer, ensure_ascii=False)


def test_deep_parentheses_are_refused_strictly_and_read_leniently(archive):
    assert archive.search("疫情").total == 2
    at_limit = "(" * MAX_DEPTH + "疫情" + ")" * MAX_DEPTH
    assert archive.search(at_limit).total == 2
    for depth in (MAX_DEPTH + 1, 990):
        text = "(" * depth + "疫情" + ")" * depth
        with pytest.raises(QueryError, match=r"^parentheses nested too deeply \(at most 16"):
            archive.search(text)
        results = archive.search(text, lenient=True)
        assert results.total == 2 and parse_lenient(text).tree == Text("疫情")
    unclosed = "(" * 1999
    with pytest.raises(QueryError, match="nested too deeply"):
        parse(unclosed)
    assert parse_lenient(unclosed).tree is None


def test_long_chains_of_negation_do_not_exhaust_the_stack(archive):
    assert parse("-" * 1996 + "疫情").tree == Text("疫情")  # an even number of minuses
    assert archive.search("-" * 1997 + "疫情").total == 3  # odd: the other three articles
    assert archive.search("NOT " * 499 + "疫情").total == 3
    # Sixteen levels are read (an even number of negations), the rest is reported once each.
    results = archive.search("-(" * 600 + "疫情", lenient=True)
    assert results.total == 2
    assert results.problems == (
        "parentheses nested too deeply (at most 16 levels)",
        "unbalanced parenthesis: '(' is never closed",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("page:1..99999999999999", "page:1..99999999999999 is past the last page"),
        ("page:99999999999999999999", "past the last page there can be (9999)"),
        ("x" * 10_000, "query too long (10,000 characters; at most 2,000)"),
        ("nosuchfield:疫情", "unknown field 'nosuchfield'"),
        ('"疫情', "unbalanced quote"),
        ("疫情 OR", "OR needs a term on its right"),
    ],
)
def test_one_line_errors_strict_and_results_lenient(archive, text, message):
    with pytest.raises(QueryError) as error:
        archive.search(text)
    assert message in str(error.value) and "\n" not in str(error.value)
    assert any(message in p for p in archive.search(text, lenient=True).problems)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("疫情\x00防控", 2),  # a control character is a space
        ("\x01\x02\x1b[31m", 0),
        ("\u202e疫情\u202c", 2),  # direction marks are invisible: spacing, like 疫情
        ("😀", 0),
        ("e\u0301\u0301", 0),
        ("\u05e9\u05dc\u05d5\u05dd 疫情", 0),
        ("疫情 " * 60, 2),  # many terms, all the same
        (" ".join(f"词{i}" for i in range(64)), 0),  # as many different terms as allowed
    ],
)
def test_odd_text_searches_quietly(archive, text, total):
    assert archive.search(text).total == total
    assert archive.search(text, lenient=True).total == total


def test_the_command_line_prints_one_line_for_a_hostile_query(corpus_index):
    runner = CliRunner()
    for text in ("(" * 1000 + "疫情", "page:1..99999999999999", "\x00\x01" * 3000):
        result = runner.invoke(
            cli, ["--index", str(corpus_index), "search", text], catch_exceptions=False
        )
        assert result.exit_code == 1 and result.output.count("\n") == 1
        assert result.output.startswith("Error: ")
