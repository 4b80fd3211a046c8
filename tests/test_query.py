import datetime as dt
import re

import pytest

from searcher.errors import QueryError
from searcher.query import (
    All,
    Any_,
    Not,
    Text,
    Value,
    parse,
    parse_date_range,
    parse_lenient,
)


def test_words_are_anded_and_normalised():
    parsed = parse("疫情 防控 開化")
    assert parsed.tree == All((Text("疫情"), Text("防控"), Text("开化")))
    assert parsed.marks == ("疫情", "防控", "开化")


def test_quoted_strings_are_exact_and_fold_spaces_width_and_script():
    assert parse('"疫情 防控"').tree == Text("疫情防控", quoted=True)
    assert parse("“補充醫療保險”").tree == Text("补充医疗保险", quoted=True)
    assert parse('"Bill  Clinton"').tree == Text("bill clinton", quoted=True)


def test_operators_fields_and_groups():
    tree = parse("(疫情 OR 防疫) -体育 headline:改革 people:汪黎云 page:1..2 paper:开化报").tree
    assert tree == All(
        (
            Any_((Text("疫情"), Text("防疫"))),
            Not(Text("体育")),
            Text("改革", "headline"),
            Value("people", "汪黎云"),
            Value("page", 1, 2),
            Value("paper", "开化报"),
        )
    )


def test_chinese_aliases_and_full_width_syntax():
    assert parse("人物：汪黎云").tree == Value("people", "汪黎云")
    assert parse("（疫情 ＯＲ 防疫）").tree == Any_((Text("疫情"), Text("防疫")))


def test_dates():
    assert parse_date_range("2020") == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert parse_date_range("2020-12") == (dt.date(2020, 12, 1), dt.date(2020, 12, 31))
    assert parse_date_range("2020年2月") == (dt.date(2020, 2, 1), dt.date(2020, 2, 29))
    assert parse_date_range("2020-12-01..2021-01") == (dt.date(2020, 12, 1), dt.date(2021, 1, 31))
    assert parse_date_range("..2020-12-31") == (None, dt.date(2020, 12, 31))
    with pytest.raises(ValueError, match="not a date"):
        parse_date_range("2020-13")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('"疫情', "unbalanced quote"),
        ("(疫情", "never closed"),
        ("疫情)", "without '('"),
        ("OR 疫情", "OR needs a term on its left"),
        ("疫情 OR", "OR needs a term on its right"),
        ("foo:bar", "unknown field 'foo'"),
        ("date:tomorrow", "not a date"),
        ("page:x", "not a page number"),
        ("疫情 -", "'-' needs a term"),
    ],
)
def test_strict_parse_explains_the_problem(text, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        parse(text)
    lenient = parse_lenient(text)
    assert any(message in p for p in lenient.problems)


def test_lenient_parse_keeps_what_it_can():
    assert parse_lenient('"疫情').tree == Text("疫情", quoted=True)
    assert parse_lenient("foo:bar 疫情").tree == All((Text("foo:bar"), Text("疫情")))


def test_negation_does_not_mark_and_empty_query_has_no_tree():
    assert parse("疫情 -体育").marks == ("疫情",)
    assert parse("").tree is None
    assert parse("-体育").tree == Not(Text("体育"))


def test_adjacent_runs_join_consecutive_plain_words():
    assert parse("疫情 防控 headline:会议 惠衢 保").adjacent == ("疫情防控", "惠衢保")
    assert parse('疫情 "防控"').adjacent == ()
    assert parse("(疫情 防控) OR 会议").adjacent == ("疫情防控",)
