"""The people of an article: credits, posts, lists, tags, shapes, and what is not a person."""

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from searcher import Archive
from searcher.articles import Article
from searcher.lexicon import install, read_lexicon
from searcher.pages import split_page
from searcher.people import extract_people, find_people
from tests.conftest import CORPUS, SEED_PAGE, json_from_fresh_process

# The people of each article of the sample page, reporters first.
SEED_PEOPLE = [
    ["姜玲", "徐文杰", "汪黎云", "齐正兰"],
    ["郑宏亮", "张伟刚", "李华蓉", "徐海廷", "姜立忠", "汪宇祥", "马建雄", "陈崇"],
    ["余立成", "汪亮亮", "汪黎云"],
    ["姚雪", "刘王超", "胡军"],
    ["汪宇露", "余问清", "黄杰", "鲁霞光", "汪黎云", "周明军", "严雪峰"],
]


def seed_articles() -> list[Article]:
    return split_page(SEED_PAGE.read_text(encoding="utf-8"), date="2021-01-01")


def test_sample_page_people_without_a_lexicon():
    # A fresh process: no lexicon installed by other tests.
    script = (
        "import json, sys; from searcher.pages import split_page; "
        "from searcher.people import extract_people; "
        "text = open(sys.argv[1], encoding='utf-8').read(); "
        "print(json.dumps([extract_people(a) for a in split_page(text, date='2021-01-01')], "
        "ensure_ascii=False))"
    )
    assert json_from_fresh_process(script, SEED_PAGE) == SEED_PEOPLE


def test_sample_page_people_with_the_corpus_lexicon():
    install(read_lexicon(CORPUS / "names.yaml"))
    assert [extract_people(a) for a in seed_articles()] == SEED_PEOPLE


def test_indexing_fills_people_and_they_can_be_searched(archive):
    assert [a.people for a in archive.articles()] == [tuple(p) for p in SEED_PEOPLE]
    results = archive.search("", person="汪黎云")
    assert results.total == 3
    assert results.facets["people"]["汪黎云"] == 3
    assert archive.search("people:齐正兰").total == 1
    stats = archive.stats().people
    assert next(iter(stats.items())) == ("汪黎云", 3)
    assert len(stats) == 20 and set(stats.values()) == {3, 1}


def test_people_given_by_the_input_are_kept(tmp_path):
    record = {
        "id": "r1",
        "date": "2021-02-01",
        "body": "副县长齐正兰参加会议。",
        "people": ["某人"],
    }
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with Archive.create(tmp_path / "index") as archive:
        archive.add([path])
        assert archive.get("r1").people == ("某人",)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("县委副书记、政法委书记汪黎云，副县长齐正兰参加会议。", ["汪黎云", "齐正兰"]),
        ("镇党委书记柯晓岚、镇长方建平带队检查。", ["柯晓岚", "方建平"]),
        ("他向市长程国栋汇报了工作。", ["程国栋"]),
        ("村党支部书记郑和平介绍，全村有三百户。", ["郑和平"]),
        ("选举周海峰为县人大常委会主任。", ["周海峰"]),
        ("小学生(9岁)吴晓雨获得一等奖。", ["吴晓雨"]),
        ("李鹏总理会见了代表。", ["李鹏"]),
        ("学院的施磊副教授提醒大家。", ["施磊"]),
        ("县人大常委会副主任徐海廷到华埠镇调研。", ["徐海廷"]),
        ("王成龙和妻子李秀英在家中。", ["王成龙", "李秀英"]),
    ],
)
def test_names_after_posts_and_before_titles(text, people):
    assert find_people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "副主任李华蓉、徐海廷、姜立忠、汪宇祥、马建雄参加会议。",
            ["李华蓉", "徐海廷", "姜立忠", "汪宇祥", "马建雄"],
        ),
        ("参加活动的有钱立峰、孙海廷、柯晓岚等。", ["钱立峰", "孙海廷", "柯晓岚"]),
        ("王建新、李思远、吴丽华三位同志受到表彰。", ["王建新", "李思远", "吴丽华"]),
    ],
)
def test_names_in_lists(text, people):
    assert find_people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("美国总统克林顿会见了伊拉克副总理萨哈夫。", ["克林顿", "萨哈夫"]),
        ("英国首相布莱尔和法国总统希拉克举行会谈。", ["布莱尔", "希拉克"]),
        ("美国国务卿奥尔布赖特抵达开罗。", ["奥尔布赖特"]),
        ("联合国秘书长科菲·安南在会上讲话。", ["科菲·安南"]),
    ],
)
def test_foreign_names(text, people):
    assert find_people(text) == people


@pytest.mark.parametrize(
    "text",
    [
        "今天下午，全县召开文明城市创建推进会，要求公正执法、阳光服务。",
        "祝贺大会圆满成功！",
        "文明、公正、阳光是我们的目标。",
        "代表团访问了莫斯科和华沙。",
        "周总理和邓大姐的故事流传至今。",
        "明白了许多道理。",
        "出生率高达百分之三。",
        "村民王大妈笑着说，日子越过越好。",
        "王姐和李哥一起去了。",
    ],
)
def test_words_and_places_that_look_like_names_are_not_people(text):
    assert find_people(text) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("本报讯（记者 姜玲 徐文杰）2020年12月30日下午，会议召开。", ["姜玲", "徐文杰"]),
        ("图为群众观看演出。（新华社记者方建平摄）", ["方建平"]),
        ("本报讯（通讯员 程立新 记者 方明）1月5日上午，会议召开。", ["程立新", "方明"]),
        ("编辑 余晓丽 校对 程文", ["余晓丽", "程文"]),
        ("老人们收到了礼品。 记者 姚雪 刘王超 摄", ["姚雪", "刘王超"]),
        ("工程年底完工。\n\n（王晓东 李思远）", ["王晓东", "李思远"]),
        ("工程年底完工。\n\n（开化县林业局程立新）", ["程立新"]),
        ("春风化雨\n\n刘明远\n\n清晨，村口的老樟树下。", ["刘明远"]),
    ],
)
def test_names_in_credits(text, people):
    assert find_people(text) == people


def test_a_headline_is_no_author_line():
    assert find_people("方明") == ["方明"]
    assert find_people("方明", credit_lines=False) == []
    assert find_people("方向") == []  # an everyday word on a line of its own


def test_names_broken_across_lines_and_written_in_traditional_characters():
    assert find_people("县委书记鲁霞\n光出席会议并讲话。") == ["鲁霞光"]
    assert find_people("（记者 余立成 汪\n亮亮）") == ["余立成", "汪亮亮"]
    assert find_people("縣長齊正蘭參加會議。") == ["齊正蘭"]


def test_withheld_names_are_people():
    assert find_people("经查，王某与李某某于当晚离开。") == ["王某", "李某某"]


def test_reporters_come_first_then_the_order_of_first_mention():
    article = Article(
        id="a",
        date="2021-01-01",
        headline="县长程国栋调研",
        reporters=("姜玲",),
        body="副县长齐正兰、县长程国栋一同前往。",
    )
    assert extract_people(article) == ["姜玲", "程国栋", "齐正兰"]


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet="王李汪黎云张三记者摄（）()、，。·\n 副县长说和等克林顿某 —/：文1２", max_size=40
    )
)
def test_every_name_is_printed_in_the_text_and_given_once(text):
    names = find_people(text)
    assert len(names) == len(set(names))
    assert all(name and name in re.sub(r"\s+", "", text) for name in names)
