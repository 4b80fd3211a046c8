"""Splitting page text into articles: the seed page against its expected split, and one tiny
made-up page for each thing a pdftotext page does to its articles."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from searcher.articles import Article
from searcher.pages import (
    clean_spaces,
    continue_jumps,
    ends_sentence,
    join_lines,
    jump_from,
    jump_to,
    laid_out,
    links,
    parse_header,
    split_page,
    split_pages,
    title_text,
    undouble,
)
from searcher.pages.assignment import _best_matching
from searcher.pages.bylines import _credit_names, _is_credit, _opens_a_report, is_byline
from searcher.pages.drafts import _draft
from searcher.pages.layout import read_layout
from searcher.pages.links import _LINK_WEIGHTS, _link, _link_bases, _reading_order, _words_apart
from searcher.pages.pieces import _Piece, _report_runs_in
from searcher.pages.rejoin import (
    _attach_fragments,
    _headings_between,
    _in_text_order,
    _join_leads,
    _sections_by_words,
)
from searcher.pages.titles import (
    _INSTALLMENT,
    _intertitles,
    _later_section,
    _section_number,
    _smaller_type,
    _subtitle_cut,
    _text_under_no_headline,
    _TitleGroup,
    _widest,
)
from searcher.pages.unbroken import broken_into_blocks, unbroken
from searcher.pages.units import (
    TEXT,
    TITLE,
    _ends_with_de,
    _is_dash_subtitle,
    _is_stanza,
    _is_table,
    _is_title_block,
    _stanzas,
    _Unit,
)
from searcher.pages.words import (
    _bigrams,
    _chance_levels,
    _chance_similarities,
    _counts,
    _similarities,
    _similarities_to,
)
from tests.conftest import CORPUS, SEED_PAGE

EXPECTED = CORPUS / "2021-01-01" / "01.expected.yaml"


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def sentences(body: str) -> list[str]:
    return re.findall(r"[^。！？]+[。！？]”?", squeeze(body))


def split(text: str, date: str = "2021-03-05") -> list[Article]:
    return split_page(text, date=date, page=1)


def parts(article: Article) -> tuple[str, str, str]:
    return article.kicker, article.headline, article.subtitle


# --- The seed page ---


@pytest.fixture(scope="module")
def seed() -> list[Article]:
    return split_page(SEED_PAGE.read_text("utf-8"), date="2021-01-01", page=1, paper="开化报")


def test_seed_page_matches_its_expected_split_field_by_field(seed):
    expected = yaml.safe_load(EXPECTED.read_text("utf-8"))
    assert (expected["paper"], expected["date"]) == ("开化报", "2021-01-01")
    assert len(seed) == len(expected["articles"]) == 5
    for article, record in zip(seed, expected["articles"], strict=True):
        found = article.to_dict()
        for key, value in record.items():
            assert found[key] == value, (article.seq, key)


def test_seed_page_headlines_kickers_and_photo(seed):
    assert [(a.kicker, a.headline, a.subtitle, a.photo) for a in seed] == [
        ("", "全县新冠肺炎疫情防控暨全民健康补充医疗保险推进会召开", "", False),
        ("", "县第十六届人大常委会召开第七十九次主任（扩大）会议", "", False),
        ("", "县领导带队暗访检查我县平安建设突出问题专项整治工作", "", False),
        ("", "三年百叟宴 浓浓敬老情", "", True),
        (
            "鲁霞光在“县乡一体、条抓块统”试点工作汇报会上强调",
            "坚持集成化精细化特色化实体化改革 力争试出更多“开化经验”",
            "",
            False,
        ),
    ]


def test_seed_page_reporters_and_datelines(seed):
    assert [(a.reporters, a.dateline) for a in seed] == [
        (("姜玲", "徐文杰"), "2020-12-30"),
        (("郑宏亮",), "2020-12-30"),
        (("余立成", "汪亮亮"), "2020-12-29"),
        (("姚雪", "刘王超"), "2020-12-30"),
        (("汪宇露", "余问清", "黄杰"), "2020-12-31"),
    ]


def test_seed_page_bodies_run_from_first_to_last_sentence(seed):
    assert [(sentences(a.body)[0][:20], sentences(a.body)[-1][:12]) for a in seed] == [
        ("本报讯（记者姜玲徐文杰）2020年12月", "会上，县卫健局对冬春季新"),
        ("本报讯（记者郑宏亮）2020年12月30", "张伟刚还就履行全面从严治"),
        ("本报讯（记者余立成汪亮亮）2020年12", "汪黎云在检查中指出，安全"),
        ("“上菜喽，开吃喽。”", "据了解，高坑坞村百叟宴由"),
        ("本报讯（记者汪宇露余问清黄杰）2020年", "突出运行实体化和内容实体"),
    ]
    assert [sentences(a.body)[-1][-15:] for a in seed] == [
        "品方案、服务流程进行具体介绍。",
        "工作落实落地等方面提出了要求。",
        "确保疫情防控各项工作抓实抓细。",
        "商人胡军主办，今年已是第三届。",
        "力度，真正把这支队伍管好用好。",
    ]


def test_seed_page_bodies_hold_no_headline_and_no_other_article(seed):
    for article in seed:
        body = squeeze(article.body)
        for other in seed:
            for title in (other.headline, other.kicker):
                assert not title or squeeze(title) not in body
            if other is not article:
                assert not any(s in body for s in sentences(other.body) if len(s) > 6)
        assert "摄" not in body[-6:]  # the photo credit is no part of the caption


# Text that came through other tools than pdftotext: a byte-order mark, other line ends, no-break
# or ideographic spaces where pdftotext writes a space, a zero-width space inside a word.
@pytest.mark.parametrize(
    "retyped",
    [
        lambda text: "\ufeff" + text,
        lambda text: text.replace("\n", "\r"),
        lambda text: text.replace("\n", "\u2028"),
        lambda text: text.replace(" ", "\xa0"),
        lambda text: text.replace(" ", "\u3000"),
        lambda text: text.replace("本报讯", "本报\u200b讯"),
    ],
    ids=["bom", "cr", "line-separator", "no-break-space", "ideographic-space", "zero-width"],
)
def test_the_seed_page_retyped_by_other_tools_splits_the_same(seed, retyped):
    text = retyped(SEED_PAGE.read_text("utf-8"))
    for split in (split_page, split_pages):
        assert split(text, date="2021-01-01", page=1, paper="开化报") == seed


# --- Lines and spaces ---


def test_column_lines_join_without_space_between_chinese_but_with_one_between_words():
    assert join_lines(["县图书馆新馆正式开", "馆。"]) == "县图书馆新馆正式开馆。"
    assert join_lines(["并推广 Smart", "City 管理平台"]) == "并推广Smart City管理平台"
    assert join_lines(["共 12", "个项目"]) == "共12个项目"


# A Latin word or number broken at a hyphen goes on with no space; the hyphen stays, as it may be
# the word's own (`COVID-19`). A dash set apart by spaces is no break within a word.
def test_a_latin_word_broken_at_a_hyphen_joins_without_a_space():
    assert join_lines(["学会使用 Photo-", "shop 软件"]) == "学会使用Photo-shop软件"
    assert join_lines(["新冠 COVID-", "19 疫苗"]) == "新冠COVID-19疫苗"
    assert join_lines(["比分 3 -", "1 领先"]) == "比分3 - 1领先"


# A number the column's edge cut, even at its decimal point or thousands comma, goes on with no
# space (Chinese text sets none between two numbers), so that a search for it finds it whole;
# Latin words broken at the edge keep theirs.
def test_a_number_broken_at_the_columns_edge_joins_without_a_space():
    assert join_lines(["证号：3308241", "9800101123X，声明作废。"]) == (
        "证号：33082419800101123X，声明作废。"
    )
    assert join_lines(["电话 0570-66", "12345"]) == "电话0570-6612345"
    assert join_lines(["同比增长6.", "5%，"]) == "同比增长6.5%，"
    assert join_lines(["共计12,", "500元"]) == "共计12,500元"
    assert join_lines(["下午3:", "30开始"]) == "下午3:30开始"
    assert join_lines(["推广 Smart", "City 平台"]) == "推广Smart City平台"
    # A table's rows set their numbers apart: no row's last number runs on into the next's first.
    assert join_lines(["2019 1200 3400", "2020 1350 3600"]) == "2019 1200 3400 2020 1350 3600"


# A number's sign the column's edge set apart goes on with it: it never stands a space apart.
def test_a_number_and_its_sign_broken_at_the_columns_edge_join_without_a_space():
    assert join_lines(["同比增长12.5", "%，"]) == "同比增长12.5%，"
    assert join_lines(["最高气温18", "℃"]) == "最高气温18℃"
    assert join_lines(["共计$", "100"]) == "共计$100"


# A web or mail address the column's edge cut goes on with no space: an address holds none.
def test_an_address_broken_at_the_columns_edge_joins_without_a_space():
    assert join_lines(["网址：www.qxnews.", "cn，欢迎"]) == "网址：www.qxnews.cn，欢迎"
    assert join_lines(["投稿邮箱：qxnews@", "example.com"]) == "投稿邮箱：qxnews@example.com"
    assert join_lines(["登录 https://qx", ".example.cn 查询"]) == "登录https://qx.example.cn查询"


def test_spaces_pdftotext_puts_beside_digits_go():
    assert clean_spaces("2020年 12月 30日下午，藏书 30 万册") == "2020年12月30日下午，藏书30万册"
    assert clean_spaces("版本 2 . 0 and  3") == "版本2 . 0 and 3"


def test_a_sentence_ends_at_a_stop_or_on_a_line_wholly_in_brackets():
    endings = ("开馆。", "他说：“好。”", "（荣光大）", "许多", "（陈杰")
    assert [ends_sentence(x) for x in endings] == [True, True, True, False, False]


def test_a_writers_signature_after_a_stop_ends_the_sentence_a_photos_credit_does_not():
    endings = ("读者参加。（王小红）", "都来了。”（记者 王平）", "留念。（王平摄）", "面积（亩）")
    assert [ends_sentence(x) for x in endings] == [True, True, False, False]


def test_an_end_mark_after_a_stop_ends_the_sentence():
    endings = ("谨防受骗。（完）", "他说：“好。”（全文完）", "直到（完")
    assert [ends_sentence(x) for x in endings] == [True, True, False]


# Briefs, each signed in brackets after its last stop, are paragraphs of their own.
BRIEFS = """\
简 讯

●3月5日，县妇联在文化广场
开展义诊活动，为两百余名妇女
提供免费健康咨询。（何小静）

●近日，县交警大队在中小学
开展交通安全进校园活动，发放
宣传资料三千余份。（陈立）
"""


def test_briefs_signed_in_brackets_are_paragraphs_of_their_own():
    [briefs] = split(BRIEFS)
    assert briefs.headline == "简讯"
    first, second = briefs.body.split("\n\n")
    assert first.endswith("咨询。（何小静）") and second.startswith("●近日")


# --- Paragraphs ---

LIBRARY = """\
本报讯（记者 李明 王
小红） 2021年 3月 5日上
午，县图书馆新馆正式开
馆。馆长张华介绍，新馆
藏书达 30万册。
首日接待读者 1200人次，
少儿阅览区最受欢迎，许多

家长带着孩子前来借书。
"""


def test_a_blank_line_inside_a_sentence_is_a_column_break_and_a_short_final_line_a_paragraph():
    [article] = split(LIBRARY)
    assert article.body == (
        "本报讯（记者 李明 王小红）2021年3月5日上午，县图书馆新馆正式开馆。"
        "馆长张华介绍，新馆藏书达30万册。\n\n"
        "首日接待读者1200人次，少儿阅览区最受欢迎，许多家长带着孩子前来借书。"
    )


# --- Leads ---

LEADS = """\
本报讯（记者 李明 王
小红） 2021年 3月 5日上
午，县图书馆新馆正式开
馆。

新华社杭州3月5日电 浙江
省今年将新建农村文化礼
堂 2000家。

本报宁波 3月 4日电记者
赵刚报道：宁波舟山港今
年首批集装箱班轮靠泊。

本报讯（通讯员 周明）3月
4日，县第二中学举行春季
运动会。
"""


def test_each_lead_opens_an_article_with_its_reporters_and_dateline():
    articles = split(LEADS)
    assert [(a.body[:13], a.reporters, a.dateline) for a in articles] == [
        ("本报讯（记者 李明 王小红", ("李明", "王小红"), "2021-03-05"),
        ("新华社杭州3月5日电浙江省", (), "2021-03-05"),
        ("本报宁波3月4日电记者赵刚", ("赵刚",), "2021-03-04"),
        ("本报讯（通讯员 周明）3月", ("周明",), "2021-03-04"),
    ]


# A turn of an interview on one line (`问：下一步有什么打算？`) may fill the column but for its
# indent, its question mark hanging at the edge: it begins a paragraph still, and the interview
# reads on into it, not into another article's text.
def test_an_interviews_turn_of_one_line_begins_a_paragraph():
    page = (
        "春茶喜获丰收\n\n本报记者 王平\n\n问：今年全村的春茶长\n势怎么样？\n\n"
        "答：雨水充足，气温适\n宜，春茶长势比往年都要好，\n采摘期也提前了一周。\n\n"
        "问：下一步有什么打算？\n\n"
        "答：我们准备办一个制\n茶作坊，让村里的茶叶卖出\n更好的价钱。\n\n"
        "县图书馆延长开放时间\n\n本报讯 从本月起，县\n图书馆每天开放时间延长至\n"
        "晚上九点，方便读者下班后\n借阅图书。\n"
    )
    interview, library = split(page)
    assert interview.headline == "春茶喜获丰收"
    assert interview.body.split("\n\n")[2:] == [
        "问：下一步有什么打算？",
        "答：我们准备办一个制茶作坊，让村里的茶叶卖出更好的价钱。",
    ]
    assert library.headline == "县图书馆延长开放时间"


# A lead's brackets wrapped across the column's lines, the line break within a role
# (`通讯` / `员`): the space after it sets the names apart from their role, not a title beside
# the column.
@pytest.mark.parametrize(
    ("first", "second", "reporters"),
    [
        ("本报讯（记者 王平 通讯", "员 李红）3月5日上午，县", ("王平", "李红")),
        ("本报讯（通讯员 李红 记", "者 王平）3月5日上午，县", ("李红", "王平")),
    ],
)
def test_a_lead_wrapped_within_a_role_names_its_reporters(first, second, reporters):
    page = f"春雨将至\n\n{first}\n{second}\n气象台预计，本周后期全\n县将迎来一次明显降温。\n"
    [article] = split(page)
    assert (article.headline, article.reporters, article.dateline) == (
        "春雨将至",
        reporters,
        "2021-03-05",
    )
    assert article.body.startswith(f"本报讯（{first[4:]}{second[:1]} ")


# An interview's question, its speaker's label first (`记者：`, `问：`), is a paragraph of the
# text, short and ending with a question mark though it is: no headline of its own.
def test_an_interviews_questions_are_its_text():
    page = (
        "春耕备耕看今朝\n\n本报记者 李红\n\n记者：今年村里的春耕有\n哪些新变化？\n\n"
        "王平：今年村里的农机多\n了，人手少了，春耕的效率比\n往年高了不少。\n\n"
        "记者：明年村里的春耕\n有什么打算？\n\n"
        "王平：明年村里打算再添\n两台插秧机，春耕再快一些。\n"
    )
    [article] = split(page)
    assert (article.headline, article.reporters) == ("春耕备耕看今朝", ("李红",))
    assert article.body.split("\n\n")[::2] == [
        "记者：今年村里的春耕有哪些新变化？",
        "记者：明年村里的春耕有什么打算？",
    ]
    assert not _is_title_block(["问：今年村里的春耕有哪", "些新变化？"])


# A saying set off by a dash in its own paragraph (`——…！`) is no subtitle: the line under it,
# which holds a comma, is text again, and both stay in the body, whether or not they end open.
def test_a_paragraph_under_a_dash_saying_is_text():
    page = (
        "县城新建三座公园\n\n本报讯 县城今年新建的三座公园\n已经全部建成，园里种了樱花和\n"
        "海棠，步道也已经修好。村民们\n说，这样的好日子过得真舒心。\n\n"
        "——好日子是干出来的！\n这话一点不假，村民们\n\n"
        "都这么说。公园将在五月前全部\n对外开放，欢迎市民前来游玩。\n"
    )
    article = split(page)[0]
    assert (article.headline, article.subtitle) == ("县城新建三座公园", "")
    assert "——好日子是干出来的！" in article.body and "这话一点不假" in article.body
    assert not _is_title_block(["——好日子是干出来的！", "这话一点不假，村民们"])
    assert _is_title_block(["春耕时节，谁家先下田？", "——青溪乡，还是白沙乡？"])
    assert _is_title_block(["——好日子是干出来的！", "——记青溪乡村民王平，李明"])


# A headline set in three decks: a line over it whose words are not the text's (it sets the
# scene), the headline, a dash subtitle under it. The line over it is its kicker.
def test_a_line_over_a_headline_with_a_dash_subtitle_is_its_kicker():
    page = (
        "春耕正当时\n\n我县早稻育秧基地开工\n\n——今年新建秧田八百亩\n\n"
        "本报讯（记者 王平）3月5\n日上午，我县早稻育秧基地开\n工，农技人员分赴田头指导。\n"
    )
    [article] = split(page)
    assert parts(article) == ("春耕正当时", "我县早稻育秧基地开工", "——今年新建秧田八百亩")
    assert article.body.startswith("本报讯")


# Headlines set side by side are read row by row: the headlines, the byline under the second,
# then their dash subtitles. The second headline, signed by its own byline and no longer than
# the first, is no kicker read into the first, though it shares a word with the first's text.
def test_a_signed_headline_after_another_is_no_title_of_its_article():
    page = (
        "县城新貌\n\n山村春早\n王平\n\n——写在新街落成之际\n\n——记东坡村的春天\n\n"
        "  县城的新街落成，公园焕然一新，\n山村的亲戚进城都说认不出来了，\n县城新貌让人欣喜。\n\n"
        "  春节刚过，东坡村的村民就下地\n忙开了春耕，田野里到处是东坡\n村的春天景象。\n"
    )
    town, village = split(page)
    assert parts(town) == ("", "县城新貌", "——写在新街落成之际")
    assert town.reporters == ()
    assert parts(village) == ("", "山村春早", "——记东坡村的春天")
    assert village.reporters == ("王平",)


# A role alone under a title (`记者`) is a byline's first word, its names set beside it and
# parted from it by the extraction: no word of the headline.
@pytest.mark.parametrize("role", ["记者", "本报记者"])
def test_a_role_alone_under_a_title_is_no_word_of_the_headline(role):
    page = f"乡村书屋开张\n{role}\n\n  东坡村的乡村书屋今天开张，村民\n们在家门口就能借到书了。\n"
    [library] = split(page)
    assert parts(library) == ("", "乡村书屋开张", "")
    assert library.body.startswith("东坡村的乡村书屋")


@pytest.mark.parametrize("headline", [("节日里坚守岗位的", "记者"), ("我们都是战地", "记者")])
def test_a_role_a_title_line_runs_on_into_is_the_headlines_last_word(headline):
    page = "\n".join(headline) + "\n\n  春节期间，记者们坚守岗位，把新\n春的消息送到千家万户。\n"
    [article] = split(page)
    assert parts(article) == ("", "".join(headline), "")


# A line under a dash subtitle that reads as names set solid, more than one name holds, with no
# role, is the rest of the subtitle wrapped; a name under it signs the article.
@pytest.mark.parametrize(
    ("under", "subtitle", "reporters"),
    [
        ("和养护纪实", "——青溪县城关老街修缮和养护纪实", ()),
        ("欧阳小明", "——青溪县城关老街修缮", ("欧阳小明",)),
    ],
)
def test_names_set_solid_under_a_dash_subtitle_wrap_it(under, subtitle, reporters):
    page = (
        f"老街焕发新活力\n\n——青溪县城关老街修缮\n{under}\n\n"
        "  城关老街修缮一新，沿街的老字号\n商铺陆续重新开张，迎来八方游客。\n"
    )
    [street] = split(page)
    assert parts(street) == ("", "老街焕发新活力", subtitle)
    assert street.reporters == reporters


# A title in a block of its own right over a headline that names an installment of a series
# (`…·系列报道之二`, `…（上）`): the headline's kicker, though its words are not the text's.
@pytest.mark.parametrize("kicker", ["山乡新貌·系列报道之二", "走进老街（上）"])
def test_a_line_naming_a_series_installment_over_a_headline_is_its_kicker(kicker):
    page = (
        f"{kicker}\n\n竹编手艺走出大山\n\n记者 王平\n\n"
        "  开春以后，村里的竹编合作社\n接到的订单越来越多，竹编手艺\n走出了大山。\n"
    )
    [article] = split(page)
    assert parts(article) == (kicker, "竹编手艺走出大山", "")
    assert article.reporters == ("王平",)
    assert not _INSTALLMENT.search("县里最大的工程之一")  # a clause, no series


# Bylines as papers print them today: a role with what kind of reporter it is (`融媒体记者`,
# `首席记者`, `驻京记者`), the reporter's newsroom set solid before it (`县融媒体中心记者`), a
# two-character name spaced out to three characters' width (`王 平`), roles set solid in a
# reported-by lead, one role before a list of names there. The qualifier or newsroom is no name.
@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("本报讯（融媒体记者 王平）", ("王平",)),
        ("本报讯（全媒体记者 王平 实习生 赵一）", ("王平", "赵一")),
        ("本报讯（首席记者 王平）", ("王平",)),
        ("本报讯（本报驻京记者 王平）", ("王平",)),
        ("本报讯（县融媒体中心记者 王平 通讯员 李红）", ("王平", "李红")),
        ("本报讯（记者 王 平 通讯员 李 红）", ("王平", "李红")),
        ("本报讯（记者 欧阳小明 王 平）", ("欧阳小明", "王平")),
        ("本报讯 记者王平 通讯员李红 报道：", ("王平", "李红")),
        ("本报讯（记者 阿依古丽·买买提 王平）", ("阿依古丽·买买提", "王平")),
        ("本报讯（记者 王平/文）", ("王平",)),
        ("本报讯（记者 王平 李红等）", ("王平", "李红")),
        ("本报讯（融媒记者 王平）", ("王平",)),
        ("本报讯（记者：王平）", ("王平",)),
        ("本报讯（记者 王平/文 李红/图）", ("王平", "李红")),
        ("本报讯 记者王平 通讯员李红报道：", ("王平", "李红")),
        ("本报讯 记者王平、李红报道：", ("王平", "李红")),
        ("本报3月4日讯 通讯员李红、赵一、欧阳小明报道：", ("李红", "赵一", "欧阳小明")),
        ("青溪讯（记者 王平）", ("王平",)),
        ("县融媒体中心讯（通讯员 李红）", ("李红",)),
        ("本报讯 记者 王平 通讯员 李红 ", ("王平", "李红")),
        ("本报3月4日讯 记者 王 平 ", ("王平",)),
        ("本报讯 记者 近日走访 ", ()),
    ],
)
def test_todays_bylines_name_their_reporters_and_no_role(lead, reporters):
    [article] = split("春雨将至\n\n" + lead + "县气象台预计明天有雨，\n请市民出行注意安全。\n")
    assert article.reporters == reporters
    assert article.headline == "春雨将至"


# A lead in the paper's own name before a byline that names a role opens its report, as
# `本报讯` does: the next report in a column, dated by its lead.
def test_a_lead_in_the_papers_own_name_opens_a_report():
    page = "春雨将至\n\n本报讯（记者 王平）县气象台预计明天有雨，\n请市民出行注意安全。\n" + (
        "青溪讯（记者 李红）3月4日，县里新修\n了三条通村公路，方便了村民。\n"
    )
    rain, roads = split(page)
    assert rain.body.endswith("注意安全。")
    assert (roads.reporters, roads.dateline) == (("李红",), "2021-03-04")


# A byline on a line of its own, as papers print them: after an ornament, with a writer's tag
# for the text or for text and pictures (before the names, or what they did after them: `王平
# 文/图`, `记者 王平 报道`, `王平/文`), a two-character name spaced out, several roles. Over the
# text it signs what follows; under the page's last text, what stands above it. Either way its
# names are the reporters, and no line of it is lost or read as a title.
REPORT = "  县气象台预计，本周后期全县将\n迎来一次明显降温过程，请市民\n注意防寒保暖。\n"


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("■本报记者 王平", ("王平",)),
        ("文/图 王平", ("王平",)),
        ("文/王平 图/李红", ("王平", "李红")),
        ("撰文 王平", ("王平",)),
        ("文｜王平", ("王平",)),
        ("文 | 王平", ("王平",)),
        ("撰稿 王平", ("王平",)),
        ("执笔 王平", ("王平",)),
        ("作者 王平", ("王平",)),
        ("记者 王平 摄影 李红", ("王平", "李红")),
        ("文/王平 摄影/李红", ("王平", "李红")),
        ("本报记者 王 平", ("王平",)),
        ("本报记者 阿依古丽·买买提", ("阿依古丽·买买提",)),
        ("本报记者 王平 文/图", ("王平",)),
        ("王平 文/图", ("王平",)),
        ("记者 王平 李红 报道", ("王平", "李红")),
        ("本报记者 王平 摄影报道", ("王平",)),
        ("本报记者 王平/文", ("王平",)),
        ("作者：王平", ("王平",)),
        ("记者 王平 特约通讯员 李红", ("王平", "李红")),
        ("□记者 王平 通讯员 李红", ("王平", "李红")),
        ("口述 王平 整理 李红", ("王平", "李红")),
        ("图｜李红 文｜王平", ("李红", "王平")),
        ("图/李红 文/王平", ("李红", "王平")),
        ("县人民医院急诊科 王平", ("王平",)),
        ("县疾控中心 王平", ("王平",)),
        ("县委宣传部 王平 李红", ("王平", "李红")),
        ("县人民医院急诊科 王平 李红", ("王平", "李红")),
        # Names that end as a body's name does (`科`, `园`) are names, no workplace.
        ("本报记者 王科 李红", ("王科", "李红")),
        ("记者 张园 王平", ("张园", "王平")),
        ("王科 李红", ("王科", "李红")),
        ("文/王科 图/李红", ("王科", "李红")),
        # A reader signs a letter, where they live set apart before the role.
        ("城关镇 读者 王平", ("王平",)),
        ("读者 王平", ("王平",)),
    ],
)
@pytest.mark.parametrize("place", ["over", "under"])
def test_a_byline_line_of_todays_forms_signs_the_text(byline, reporters, place):
    page = (
        f"春雨将至\n\n{byline}\n\n{REPORT}"
        if place == "over"
        else f"春雨将至\n\n{REPORT}\n{byline}\n"
    )
    [article] = split(page)
    assert (article.headline, article.reporters) == ("春雨将至", reporters)
    assert article.body == "县气象台预计，本周后期全县将迎来一次明显降温过程，请市民注意防寒保暖。"


# A role set solid with words that read as a surname and a given name each, one of them a word
# general text uses often, opens a sentence of the text, not a byline.
def test_a_role_set_solid_before_a_sentences_words_is_no_byline():
    page = (
        "春雨将至\n\n  县气象台预计，本周后期全县将\n迎来一次明显降温过程。\n记者于今日凌晨\n"
        "赶到县气象台，值班人员正在\n加紧会商天气形势。\n"
    )
    [article] = split(page)
    assert (article.headline, article.reporters) == ("春雨将至", ())
    assert "记者于今日凌晨赶到县气象台" in squeeze(article.body)


# A word the dictionary knows as a verb, alone on a line, reads as a surname and a given name, but
# is no name: under a title it is the title's last word, wrapped, not its byline.
def test_a_verb_alone_under_a_title_is_its_last_word_no_byline():
    [article] = split(f"河道非法采砂案告破\n多名涉案人员受到\n严惩\n\n{REPORT}")
    assert (article.headline, article.reporters) == ("河道非法采砂案告破多名涉案人员受到严惩", ())


# A headline is no byline for opening with what a byline may hold: two characters letter-spaced
# (a column's name, `简 讯`, which reads as `简讯`: a name is spaced out after a role only), a
# role or a writer's word set solid with the words after it. An ornament opens a byline that
# names a role; before a name alone it is a list's bullet, and the item stays in the text.
@pytest.mark.parametrize(
    "headline",
    [
        "简 讯",
        "关 注",
        "高 考",
        "首席记者走基层",
        "县电视台记者深入一线",
        "文字里的乡愁",
        "作者简介",
    ],
)
def test_a_headline_that_opens_as_a_byline_may_is_a_headline(headline):
    [article] = split(f"{headline}\n\n{REPORT}")
    assert (article.headline, article.reporters) == (headline.replace(" ", ""), ())


def test_after_a_workplace_a_word_general_text_uses_often_is_no_name():
    # `严查` reads as a surname and a given name, but it is a word of a title's, not a writer.
    assert is_byline("县人民医院急诊科 王平")
    assert not is_byline("县交警大队 严查")


# After a role or a writer's tag, a run that reads as no common surname and given name still
# names someone (`记者 亓官平`), but not one that holds a particle or a pronoun, nor a word
# general text uses often: that is a sentence's words.
@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("记者 亓官平", True),
        ("作者：王平", True),
        ("作者：是的", False),
        ("记者：我们", False),
        ("作者：本人", False),
    ],
)
def test_a_run_after_a_role_names_someone_only_where_it_may_be_a_name(line, byline):
    assert is_byline(line) is byline


# A title letter-spaced a character at a time, or set upright (pdftotext gives it a character a
# line), is one phrase.
@pytest.mark.parametrize("title", ["春 雨 将 至", "春\n雨\n将\n至"])
def test_a_title_letter_spaced_or_set_upright_reads_as_one_phrase(title):
    [article] = split(f"{title}\n\n本报讯（记者 王平）{REPORT.lstrip()}")
    assert (article.headline, article.reporters) == ("春雨将至", ("王平",))
    assert article.body.startswith("本报讯（记者 王平）县气象台预计")


def test_a_name_written_in_parts_set_solid_after_its_role_is_a_byline_still():
    [article] = split(f"春雨将至\n\n本报记者阿依古丽·买买提\n\n{REPORT}")
    assert (article.headline, article.reporters) == ("春雨将至", ("阿依古丽·买买提",))


def test_a_list_of_names_with_bullets_under_the_text_stays_in_it():
    page = f"春雨将至\n\n{REPORT}获奖名单如下。\n● 王平\n● 李红\n"
    [article] = split(page)
    assert (article.reporters, squeeze(article.body)[-6:]) == ((), "●王平●李红")


# A writer's name in brackets on the text's last line, a space between two names: the gap parts
# nothing set side by side, and the signature stays where it is printed.
def test_a_signature_in_brackets_on_the_last_line_stays_in_the_text():
    [article] = split(f"春雨将至\n\n{REPORT}  出行注意安\n全。（王平 李红）\n")
    assert article.headline == "春雨将至"
    assert squeeze(article.body).endswith("防寒保暖。出行注意安全。（王平李红）")


# Names alone in brackets closing the text's last line after its stop, set apart as a byline sets
# names (where the writer works maybe before them), sign the text; set solid they may as well be
# a source.
@pytest.mark.parametrize(
    ("signature", "reporters"),
    [
        ("（王平 李红）", ("王平", "李红")),
        ("（县农业农村局 李红）", ("李红",)),
        ("（王平李红）", ()),
    ],
)
def test_names_set_apart_in_brackets_closing_the_last_line_sign_the_text(signature, reporters):
    [article] = split(f"春雨将至\n\n{REPORT}  出行注意安\n全。{signature}\n")
    assert (article.headline, article.reporters) == ("春雨将至", reporters)


# A signature that names its reporters after a role (a brief signed at its end) gives them; one
# of names alone may as well be a source, one with a word that is no name says what they did
# (provided the text), and a photo's credit names who took the photo.
@pytest.mark.parametrize(
    ("signature", "reporters"),
    [
        ("（记者 吴海燕）", ("吴海燕",)),
        ("（本报记者 王平 通讯员 李红）", ("王平", "李红")),
        ("（见习记者 陈思远）", ("陈思远",)),
        ("（王平 李红）", ()),
        ("（通讯员 李红 提供）", ()),  # a word among the names: no list of names alone
    ],
)
def test_a_signature_in_brackets_that_names_a_role_gives_the_reporters(signature, reporters):
    [article] = split(f"春雨将至\n\n{REPORT}\n{signature}\n")
    assert (article.headline, article.reporters) == ("春雨将至", reporters)
    assert squeeze(article.body).endswith(squeeze(signature))


# A photo's credit in brackets under a report too long for a caption names who took the photo.
def test_a_photo_credit_that_ends_a_long_report_names_no_reporter():
    [article] = split(f"春雨将至\n\n{REPORT * 4}\n（本报记者 王平摄影报道）\n")
    assert (article.photo, article.reporters) == (False, ())


# The paper's commentator signs for it and names no one: the signature is no headline, no
# reporter, and stays in the text it signs.
@pytest.mark.parametrize("signature", ["本报评论员", "■本报特约评论员"])
def test_the_papers_commentator_signs_the_text_and_names_no_reporter(signature):
    [article] = split(f"春雨将至\n\n{signature}\n\n{REPORT}")
    assert (article.headline, article.reporters) == ("春雨将至", ())
    assert article.body.startswith(f"{signature}\n\n县气象台预计")
    # Printed under the text, it stays there.
    [article] = split(f"春雨将至\n\n{REPORT}\n{signature}\n")
    assert (article.headline, article.reporters) == ("春雨将至", ())
    assert article.body.endswith(f"防寒保暖。\n\n{signature}")


# The commentator's signature beside the headline closes it as a byline does, and stays in the
# text; `本报评论员文章` over an editorial's headline labels it and names no reporter (`文章`).
def test_the_commentator_beside_a_headline_or_labelling_an_editorial_names_no_one():
    [article] = split(f"春雨将至 本报评论员\n\n{REPORT}")
    assert (article.headline, article.reporters) == ("春雨将至", ())
    assert article.body.startswith("本报评论员\n\n县气象台预计")
    [article] = split(f"本报评论员文章\n\n春雨将至\n\n{REPORT}")
    assert (article.headline, article.reporters) == ("春雨将至", ())


# So does a byline beside it that names a reporter written in parts with a middle dot.
def test_a_byline_of_a_name_with_a_middle_dot_beside_a_headline_signs_it():
    [article] = split(f"春雨将至 本报记者 阿依古丽·买买提\n\n{REPORT}")
    assert (article.headline, article.reporters) == ("春雨将至", ("阿依古丽·买买提",))


# A byline set beside the headline's last line (`县城迎来降温 本报记者 王平`) closes the
# headline, as one under it does.
@pytest.mark.parametrize("title", ["春雨将至", "春雨将至\n县城迎来降温"])
def test_a_byline_beside_a_headline_signs_it(title):
    [article] = split(f"{title} 本报记者 王平 李红\n\n{REPORT}")
    assert article.headline == title.replace("\n", " ")
    assert article.reporters == ("王平", "李红")
    assert article.body.startswith("县气象台预计")


# Leads that pdftotext letter-spaced, or that wrap before their dateline ends, open articles too.
SPACED_AND_WRAPPED_LEADS = """\
本报讯 县气象台预计，本周
后期全县将迎来一次降温过
程，请市民注意防寒保暖。

新 华 社 杭 州 3 月 5 日 电 浙
江省今年将新建农村文化礼
堂 2000家。

本报呼伦贝
尔3月4日电 草原冬季那达慕
今天开幕。
"""


def test_letter_spaced_and_wrapped_leads_open_articles():
    articles = split(SPACED_AND_WRAPPED_LEADS)
    assert [(a.body[:8], a.dateline) for a in articles] == [
        ("本报讯县气象台预", ""),
        ("新华社杭州3月5", "2021-03-05"),
        ("本报呼伦贝尔3月", "2021-03-04"),
    ]


# A round-up: a dated lead right after a report's end, in one run of a column with no
# headline between them, goes on with the same article; a `本报讯` there opens the next item
# of a column of briefs.
ROUNDUP = """\
亚洲多国股市回落

新华社东京3月4日电 日本东京
股市今天继续下跌，日经指数
收于一万六千点。
据新华社首尔3月4日电 韩国综
合股价指数今天下跌百分之二。
本报讯 县气象台预计，本周
后期全县将迎来一次降温过
程，请市民注意防寒保暖。
"""


def test_a_dated_lead_after_a_reports_end_in_one_column_run_goes_on_with_its_round_up():
    roundup, brief = split(ROUNDUP)
    assert roundup.headline == "亚洲多国股市回落"
    assert [s[:6] for s in sentences(roundup.body)] == ["新华社东京3", "据新华社首尔"]
    assert (brief.headline, brief.body[:6]) == ("", "本报讯县气象")


# A column that pdftotext ran on into the column below it, where another report's dated lead
# begins: no sentence runs on into a lead, so the report is cut off there, and the sentence
# left open goes on where its own column does.
COLUMN_RUN_INTO_A_REPORT = """\
县图书馆新馆开放

本报讯 县图书馆新馆今天正
式向读者开放，新馆共有四层，
馆内藏书达到二十多万册，设
新华社东京3月4日电 日本东京
股市今天继续下跌，日经指数
收于一万六千点，创下年内新
低。

有阅览座位六百个，每天开放
十二个小时。
"""


def test_a_dated_lead_right_after_a_full_line_that_runs_on_opens_another_report():
    library, stocks = split(COLUMN_RUN_INTO_A_REPORT)
    assert library.headline == "县图书馆新馆开放"
    assert library.body.endswith("藏书达到二十多万册，设有阅览座位六百个，每天开放十二个小时。")
    assert stocks.body.startswith("新华社东京3月4日电日本东京股市今天继续下跌")
    # A sentence that quotes a report runs on into its lead: no other report begins there.
    quoted = (
        "县里春耕动员会召开\n\n本报讯 昨天，县里召开春耕动员\n会，会上通报了全国的情况。据\n"
        "新华社北京3月4日电，今年全国\n春播粮食面积稳中有增，各地农\n资供应充足，价格总体平稳。\n"
    )
    [meeting] = split(quoted)
    # A lead that ends the block opens a report all the same (its text goes on elsewhere).
    assert _report_runs_in(["本报讯 县图书馆新馆今天正式向读", "新华社东京3月4日电"], 1, 14)
    assert meeting.body.endswith(
        "情况。据新华社北京3月4日电，今年全国春播粮食面积稳中有增，各地农资供应充足，价格总体平稳。"
    )


# pdftotext ran a column on into the first line of the column beside it, a dated lead's head,
# and read the rest of that column apart: the head leaves the block, and the sentence left open
# goes on where its own column does; the head goes on where its lead does.
LEAD_HEAD_ENDS_A_BLOCK = """\
县里春耕动员会召开

本报讯 昨天，县里召开春耕动
员会，会上县长通报了去年全
县粮食生产的情况，并且对今
年的春耕生产作了部署。县长
强调，各乡镇要抓好农资供应
本报东京3月4

和农机检修，确保不误农时。

日本股市继续下跌

日电 日本东京股市今天继续下
跌，日经指数收于一万六千点，
创下年内新低。
"""


def test_a_dated_leads_head_that_ends_a_block_goes_on_where_its_lead_does():
    meeting, stocks = split(LEAD_HEAD_ENDS_A_BLOCK)
    assert meeting.headline == "县里春耕动员会召开"
    assert squeeze(meeting.body).endswith("各乡镇要抓好农资供应和农机检修，确保不误农时。")
    assert stocks.headline == "日本股市继续下跌"
    assert squeeze(stocks.body).startswith("本报东京3月4日电日本东京股市今天继续下跌")


# A report's lead read apart from the rest of its text, which stands under its headline in a
# later column (the links, from a paragraph's end to a column under a title, leave them apart):
# the rest shares the lead's words as no other text does, and goes on after it.
LEAD_APART_FROM_ITS_REPORT = """\
县图书馆新馆开放

本报讯 县图书馆新馆今天正式
向读者开放，新馆共有四层，藏
书达到二十多万册，设有阅览座
位六百个，每天开放十二个小时。

本报东京3月4日电 今天东京股
市继续下跌，日经指数收于一万
六千点，创年内新低。

日元升值的影响，日经指数短期
内难以回升，投资者还在观望。

东京股市
连跌五天

分析人士认为，东京股市连跌
五天，是因为企业盈利减少，加上受

县里春耕动员会召开

本报讯 昨天，县里召开春耕动
员会，会上县长通报了去年全县
粮食生产的情况，并对今年的春
耕生产作了部署，要求各乡镇抓
好农资供应和农机检修。
"""


def test_a_lead_without_a_title_goes_on_in_the_titled_text_that_shares_its_words():
    library, stocks, meeting = split(LEAD_APART_FROM_ITS_REPORT)
    assert (library.headline, meeting.headline) == ("县图书馆新馆开放", "县里春耕动员会召开")
    assert stocks.headline == "东京股市连跌五天"
    assert [s[:8] for s in sentences(stocks.body)] == ["本报东京3月4日", "分析人士认为，东"]
    assert squeeze(stocks.body).endswith("日经指数短期内难以回升，投资者还在观望。")


# An editor's note (`编者按：`) opens its article: where pdftotext ran one article's column on
# into it after a sentence's end, the block is cut there; and no sentence left open runs on
# into a note: it goes on where its own column does.
NOTE_IN_A_BLOCK = """\
县图书馆新馆开放

本报讯 县图书馆新馆今天正
式向读者开放，新馆共有四层，
藏书达到二十多万册。
{mark}农民读书难，难在
没有好书读。本报今起刊登
来信，请读者关注。
我们村的农家书屋建成了，
乡亲们农闲时都去看书。
"""


@pytest.mark.parametrize("mark", ["编者按：", "【编者按】", "编者的话："])
def test_an_editors_note_after_a_sentences_end_in_a_block_opens_another_article(mark):
    library, letter = split(NOTE_IN_A_BLOCK.format(mark=mark))
    assert library.headline == "县图书馆新馆开放"
    assert library.body.endswith("藏书达到二十多万册。")
    assert letter.body.startswith(mark + "农民读书难")
    assert letter.body.endswith("乡亲们农闲时都去看书。")


@pytest.mark.parametrize("mark", ["编者按 ", "编者按\u3000"])
def test_an_editors_note_set_apart_from_its_text_by_a_space_is_one_too(mark):
    library, letter = split(NOTE_IN_A_BLOCK.format(mark=mark))
    assert library.body.endswith("藏书达到二十多万册。")
    assert letter.body.startswith("编者按农民读书难")


RUN_INTO_A_NOTE = """\
文学的一年

今年县里的业余作者出了不
少新书。一些作者的新作读
起来总是让人觉得他们写

编者按：一家小厂推行股份
制，职工们有话要说。
希望这封来信能给大家带来
一点启示。
我们厂去年推行股份制，职
工们都很关心这件事情。

得太急。写得急了，文字就
少了打磨，故事也不耐读。

厂里的股份制改革
"""


def test_no_sentence_left_open_runs_on_into_an_editors_note():
    literature, letter = split(RUN_INTO_A_NOTE)
    assert literature.headline == "文学的一年"
    assert literature.body.endswith("他们写得太急。写得急了，文字就少了打磨，故事也不耐读。")
    assert letter.headline == "厂里的股份制改革"
    assert letter.body.startswith("编者按：一家小厂推行股份制")


# An editor's note under a series' label: its words match the label, the text after it those of
# its headline. The note introduces that text in words of its own: one article, under the
# headline, not the note under the label and the text under the headline.
A_NOTE_UNDER_A_SERIES_LABEL = """\
编者按：基层是社会治理的末梢。今
天起，本报开设专栏，讲述基层干部
扎根一线的故事。

在南山乡，提起乡干部周建国，
村民们都竖起大拇指。二十年来，他
走遍了全乡每一个自然村，帮群众解
决了一件又一件难事。

基层治理身边事

二十年走遍每个自然村

——记南山乡干部周建国
"""


def test_an_editors_note_under_a_series_label_opens_the_article_after_it():
    [article] = split(A_NOTE_UNDER_A_SERIES_LABEL)
    assert (article.headline, article.subtitle) == ("二十年走遍每个自然村", "——记南山乡干部周建国")
    assert article.body.startswith("编者按：基层是社会治理的末梢。")
    assert article.body.endswith("帮群众解决了一件又一件难事。")


# A wire item right after a local brief in one run of a column is the next item of a column
# of briefs, not a report of a round-up: a round-up's reports are dated, and so is its first.
BRIEF_THEN_WIRE = """\
本报讯 县气象台预计，本周
后期全县将迎来一次降温过
程，请市民注意防寒保暖。
新华社杭州3月5日电 浙江省
今年将新建农村文化礼堂两
千家。
"""


def test_a_wire_item_after_a_brief_in_one_column_run_is_an_article_of_its_own():
    weather, halls = split(BRIEF_THEN_WIRE)
    assert (
        weather.body == "本报讯县气象台预计，本周后期全县将迎来一次降温过程，请市民注意防寒保暖。"
    )
    assert halls.body == "新华社杭州3月5日电浙江省今年将新建农村文化礼堂两千家。"


# A lead's list of reporters wrapped so that one full line holds only roles and names: that
# line goes on with the sentence, and every reporter it names is read.
REPORTERS_WRAPPED_IN_A_LEAD = """\
师生运动会开幕

本报讯 县电视台记者刘强、新
华社记者王平、本报记者李明
报道：县第二中学今天举行春
季运动会，一千二百名师生参
加了开幕式。
"""


def test_a_full_line_of_reporters_inside_a_lead_stays_in_it_and_names_them_all():
    [article] = split(REPORTERS_WRAPPED_IN_A_LEAD)
    assert article.body.startswith("本报讯县电视台记者刘强、新华社记者王平、本报记者李明报道：")
    assert article.reporters == ("刘强", "王平", "李明")


def test_words_after_a_role_that_read_as_no_name_are_no_reporter():
    lead = "本报北京3月4日讯 记者昨天获悉，县电视台记者刘强报道：县里新建了一座体育馆。\n"
    [article] = split(lead)
    assert article.reporters == ("刘强",)


# A wire report whose lead names no reporter, with another report set under it in the same
# column: the second report's reported-by lead opens a later paragraph, and its reporter signs
# that part, not the article.
REPORT_UNDER_A_WIRE_REPORT = """\
县长会见外省客商代表团

新华社青溪3月4日电 县长张华
今天在县城会见了外省客商代
表团一行。
本报城关3月4日电记者王平报
道：外省客商代表团一行今天
参观了县城新建的工业园区，
并与园区签订了三个投资项目。
"""


def test_a_reported_by_lead_in_a_later_paragraph_names_no_reporter_of_the_text():
    [article] = split(REPORT_UNDER_A_WIRE_REPORT)
    assert article.body.startswith("新华社青溪3月4日电县长张华今天在县城会见了")
    assert "\n\n本报城关3月4日电记者王平报道：" in article.body
    assert article.reporters == ()


def test_a_byline_over_a_report_with_another_set_under_it_signs_the_text():
    # The second report's reporter is none of the text's, so the text's own byline, naming
    # someone else, is not taken for one read in from a title beside.
    page = REPORT_UNDER_A_WIRE_REPORT.replace("\n\n新华社", "\n新华社记者 李红\n\n新华社")
    [article] = split(page)
    assert article.reporters == ("李红",)


def test_a_reported_by_lead_opening_the_text_names_its_reporter():
    [article] = split(REPORT_UNDER_A_WIRE_REPORT.split("表团一行。\n")[1])
    assert article.reporters == ("王平",)


# But a first paragraph that opens no report (a caption kept over the text, an intro) leaves
# the reported-by lead under it the text's own: its reporter signs the article.
@pytest.mark.parametrize(
    "opening",
    ["图为县城新建的文化广场。", "县城新建的文化广场今天正式\n开放，市民纷纷前往游玩。"],
    ids=["caption", "intro"],
)
def test_a_reported_by_lead_under_a_paragraph_that_opens_no_report_names_its_reporter(opening):
    page = (
        "县城文化广场开放\n\n"
        + opening
        + "\n本报讯 记者王平报道：县城\n新建的文化广场今天正式开\n放，广场占地两万平方米。\n"
    )
    [article] = split(page)
    assert "\n\n本报讯记者王平报道：" in article.body
    assert article.reporters == ("王平",)


# Nor is a dateline kept as a paragraph of its own, a lead with no text, a report: the
# reported-by lead under it is the text's (`_opens_a_report`).
def test_a_dateline_alone_opens_no_report():
    assert _opens_a_report("新华社青溪3月4日电 县长张华今天会见了客商。")
    assert not _opens_a_report("本报城关3月4日讯")


# Nor does a role whose sentence runs on into `报道` name the words between (`深入一线`).
@pytest.mark.parametrize("role", ["本报记者", "本报评论员", "实习生"])
def test_a_role_and_a_sentence_up_to_reported_name_no_reporter(role):
    [article] = split(f"春耕时节，{role}深入一线报道各地春耕生产的新变化。\n")
    assert article.reporters == ()


def test_a_wire_leads_reporters_in_brackets():
    [article] = split("新华社北京3月4日电（记者 王平、李强）市长张华今天会见了友城客人。\n")
    assert (article.reporters, article.dateline) == (("王平", "李强"), "2021-03-04")


# A line that starts with a surname is no name where a particle or a pronoun follows (a line of a
# poem, `等着你`): no given name holds one.
def test_a_phrase_with_a_particle_or_a_pronoun_is_no_name():
    assert [is_byline(line) for line in ("等着你", "王他们", "江过了")] == [False, False, False]
    assert [is_byline(line) for line in ("王平", "何人", "李红徐文杰")] == [True, True, True]


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("记者 李红徐文杰", ("李红", "徐文杰")),  # 徐 heads more names than 文
        ("记者 赵敏蔡兰军", ("赵敏", "蔡兰军")),
        ("记者 王晓东李思远", ("王晓东", "李思远")),
        ("记者 陈国华周平", ("陈国华", "周平")),  # 周 heads more names than 华
    ],
)
def test_names_printed_without_a_space_are_read_at_the_commoner_surname(byline, reporters):
    [article] = split(f"本报讯（{byline}）县里新建了一座体育馆，今天开馆。\n")
    assert article.reporters == reporters


# A headline pdftotext set into the block of the text above it: lines with no punctuation,
# right above a lead, after a stop.
HEADLINE_IN_BLOCK = """\
本报讯 县气象台预计，本周
后期全县将迎来一次降温过
程，请市民注意防寒保暖。
县城新建三座公园
今年将全部对外开放
本报讯（记者 周明）县城今
年新建的三座公园将在五月
前全部对外开放。
"""


def test_lines_without_punctuation_right_above_a_lead_are_its_headline():
    weather, parks = split(HEADLINE_IN_BLOCK)
    assert [(a.headline, a.reporters) for a in (weather, parks)] == [
        ("", ()),
        ("县城新建三座公园今年将全部对外开放", ("周明",)),
    ]
    assert parks.body == "本报讯（记者 周明）县城今年新建的三座公园将在五月前全部对外开放。"


def test_a_dateline_in_a_month_after_the_issue_belongs_to_the_year_before():
    [article] = split("本报讯（记者 李明）12月30日，\n县图书馆举办读书会。\n", date="2021-01-02")
    assert article.dateline == "2020-12-30"


# --- Headlines ---

FARMING = """\
本报讯 县农业农村局近日
组织专家深入田间地头，
指导农户做好春耕备耕。
专家们现场讲解了水稻育
秧技术要点。

本报讯 芹阳办事处昨天开
展垃圾分类宣传活动，志
愿者向居民发放宣传册
500余份。

县政协委员视察
乡村振兴项目

垃圾分类宣传进社区垃圾分类宣传进社区

春耕时节送科技

专家下田指导春耕
——县农业农村局送技术上门
"""


def test_detached_headlines_go_to_the_article_they_share_words_with_not_by_order():
    articles = split(FARMING)
    assert [parts(a) for a in articles] == [
        ("春耕时节送科技", "专家下田指导春耕", "——县农业农村局送技术上门"),
        ("", "垃圾分类宣传进社区", ""),
    ]
    # `县政协委员视察乡村振兴项目` matches no article: it is nobody's headline, nor text.
    assert not any("政协" in a.body + a.headline for a in articles)


FEATURE = """\
山村来了新医生
山村来了新医生
本报记者 孙立
清晨六点，卫生室的门
就开了。村民们说，有了
这位医生，看病不用再
跑县城。
"""


STACKED_BYLINE = """\
山乡来了新医生
山乡来了新医生
县报记者王小明人民日报记
者李强

清晨六点，卫生室的门
就开了。村民们说，有了
这位医生，看病不用再
跑县城。
"""


def test_a_byline_of_two_papers_wrapped_onto_two_lines_is_no_headline():
    [article] = split(STACKED_BYLINE)
    assert (article.headline, article.subtitle, article.reporters) == (
        "山乡来了新医生",
        "",
        ("王小明", "李强"),
    )


# A feature in sections, each signed by its reporter: a byline amid a block's text opens no new
# article, and the section's signature stays in the text where it is printed. It signs that
# section: the article's reporters are its headline's byline's.
SECTION_BYLINE = """\
山村新事
本报记者 钱小平

清晨，村口的老槐树下已经
聚满了人，大家都在等着。
本报记者 孙立
  今年的春耕比往年早了半
个月，合作社的农机也开进
了田里。
"""


def test_a_byline_amid_a_blocks_text_signs_a_section_of_the_same_article():
    [article] = split(SECTION_BYLINE)
    assert (article.headline, article.reporters) == ("山村新事", ("钱小平",))
    assert article.body == (
        "清晨，村口的老槐树下已经聚满了人，大家都在等着。\n\n"
        "本报记者孙立\n\n"
        "今年的春耕比往年早了半个月，合作社的农机也开进了田里。"
    )


# An introduction that leads into the report with a dash at its full last line (`…找他看病———`),
# a byline under it over a paragraph set in: the byline signs the section after it, no
# sentence runs on across it, and it stays in the text.
BYLINE_AFTER_A_LEADING_DASH = """\
老乡村医生

他在山村里行医已经四十多年，走遍
了全乡的每一个村子。如今，这位年
过七旬的老医生，仍然守在村卫生室
里，每天都有乡亲找他看病———
本报记者 钱立新
清晨六点，村卫生室的门就开
了。他戴上老花镜，翻开厚厚的病历
本，一个个地给候诊的乡亲量血压，
再问问病情。
"""


def test_a_byline_after_an_introductions_leading_dash_signs_a_section_in_the_text():
    [article] = split(BYLINE_AFTER_A_LEADING_DASH)
    assert (article.headline, article.reporters) == ("老乡村医生", ())
    assert article.body.split("\n\n")[1:] == [
        "本报记者钱立新",
        "清晨六点，村卫生室的门就开了。他戴上老花镜，翻开厚厚的病历本，"
        "一个个地给候诊的乡亲量血压，再问问病情。",
    ]


# A byline between two lines of one sentence cut at the column edge signs no section:
# pdftotext slipped it in from beside the column. It stays out of the text.
BYLINE_CUTTING_A_SENTENCE = """\
春到山乡

本报讯 今年开春以来，县里
组织农技人员深入各村，走
访农户三百多家。在村里，他
们针对部分农户缺少技术的
本报通讯员 王小明 李华
问题，举办培训班二十多期，
发放资料三千多份。
"""


def test_a_byline_that_cuts_a_sentence_at_the_column_edge_stays_out_of_the_text():
    [article] = split(BYLINE_CUTTING_A_SENTENCE)
    assert (article.headline, article.reporters) == ("春到山乡", ("王小明", "李华"))
    assert article.body == (
        "本报讯今年开春以来，县里组织农技人员深入各村，走访农户三百多家。在村里，"
        "他们针对部分农户缺少技术的问题，举办培训班二十多期，发放资料三千多份。"
    )


# A name between a column's last full line, cut mid-word, and another article's text that goes
# on from nothing above it: the column ran out, the name heads the text under it, whose headline
# is printed further on. The column goes on in the next block, with the word it cut.
BYLINE_OVER_THE_NEXT_TEXT = """\
春到山乡

本报讯 今年开春以来，县里
组织农技人员深入各村，走
访农户三百多家。在村里，他
们针对部分农户普遍缺少技
钱小平
清晨，村口的老槐树下已经
聚满了人，大家都在等着看
新修的戏台。

术的问题，举办培训班二十
多期，发放资料三千多份，
农户们都说很有用处。

村口的早晨
"""


def test_a_name_under_a_column_cut_mid_sentence_heads_the_text_under_it():
    first, second = split(BYLINE_OVER_THE_NEXT_TEXT)
    assert (first.headline, first.reporters) == ("春到山乡", ())
    assert first.body.endswith(
        "普遍缺少技术的问题，举办培训班二十多期，发放资料三千多份，农户们都说很有用处。"
    )
    assert (second.headline, second.reporters) == ("村口的早晨", ("钱小平",))
    assert second.body == "清晨，村口的老槐树下已经聚满了人，大家都在等着看新修的戏台。"


# A byline the extraction read into a block's running text, right after a sentence's end, the
# line under it not indented: it is a byline still, not words of the text. It stands as a
# paragraph of its own where it is printed, signing the text under it, a section of the article:
# its names are none of the article's reporters.
BYLINE_READ_INTO_THE_TEXT = """\
县城新修三条道路

本报讯 今年以来，县城新修了
三条道路，两座公园也对市民
开放了，市民都说道路好走。
王平 李明
山村的桃花早早就开了，村
民们忙着翻地育秧，桃花下
的春耕早早开始，村民们说
今年又是一个丰年。
"""


def test_a_byline_read_into_a_blocks_text_after_a_sentences_end_is_a_byline():
    [article] = split(BYLINE_READ_INTO_THE_TEXT)
    assert (article.headline, article.reporters) == ("县城新修三条道路", ())
    assert article.body.split("\n\n")[1] == "王平李明"


# Names set solid on a line of their own after a sentence's end sign the letter over them, as
# its writers do: they open no section.
def test_names_set_solid_after_a_sentences_end_are_no_byline_amid_the_text():
    page = BYLINE_READ_INTO_THE_TEXT.replace("王平 李明", "王平李明张强")
    [article] = split(page)
    assert article.reporters == ()
    assert "\n\n王平李明张强\n\n" not in article.body


# A report whose lead names its reporters prints no byline of its own, or one that names them
# again: a byline over it that names none of them (read with it from beside) adds none of its
# names; one that names them again gives them all.
LEAD_UNDER_ANOTHER_BYLINE = """\
县里新建三座公园
王平

本报讯（记者 李红）今年以来，县里新
建了三座公园，园里种了樱花和海棠，
市民休闲有了好去处。
"""


def test_a_byline_naming_none_of_the_leads_reporters_adds_none_of_its_names():
    [article] = split(LEAD_UNDER_ANOTHER_BYLINE)
    assert (article.headline, article.reporters) == ("县里新建三座公园", ("李红",))
    [article] = split(LEAD_UNDER_ANOTHER_BYLINE.replace("王平", "本报记者 李红 王平"))
    assert article.reporters == ("李红", "王平")


# A byline read between two titles, under the first, whose report opens with a lead that names
# its reporters: that report prints no byline of its own, and the byline signs the next title,
# of a text that no byline and no lead signs (the extraction read it, set beside, after the
# byline printed under it).
BYLINE_OVER_THE_NEXT_TITLE = """\
县里召开表彰大会
王平

山村春早

新华社北京1月1日电（记者 李红）县里
昨天召开表彰大会，表彰了一批先进
集体和先进个人。

开春以后，山村的桃花早早
就开了，村民们忙着翻地育秧，
山村春耕早早开始。
"""


def test_a_byline_under_a_report_whose_lead_names_others_signs_the_next_title():
    articles = split(BYLINE_OVER_THE_NEXT_TITLE)
    assert [(a.headline, a.reporters) for a in articles] == [
        ("县里召开表彰大会", ("李红",)),
        ("山村春早", ("王平",)),
    ]


# Two short reports many of the pages below are built from (a title set before or after each,
# bylines between): the county town's new roads, a village's spring.
TOWN_REPORT = "  今年以来，县城新修了三条\n道路，县城的两座公园也对\n市民开放了。"
VILLAGE_REPORT = "  开春以后，山村的桃花早早\n就开了，山村里的村民忙着\n翻地育秧，春耕早早开始。"


# Two headlines of one line each set side by side, a byline under each: the extraction reads
# them row by row, both headlines, then both bylines, each in a block of its own. Each byline
# goes back to its own headline, in the same order; a dash subtitle under a headline changes
# nothing.
BYLINES_READ_ROW_BY_ROW = f"""\
县城新貌

山村春早

王平

李明

{TOWN_REPORT}

{VILLAGE_REPORT}
"""


@pytest.mark.parametrize(
    "page",
    [
        BYLINES_READ_ROW_BY_ROW,
        BYLINES_READ_ROW_BY_ROW.replace("李明\n\n", "李明\n"),
        BYLINES_READ_ROW_BY_ROW.replace("县城新貌\n", "县城新貌\n县城新貌\n").replace(
            "山村春早\n", "山村春早\n山村春早\n", 1
        ),
        BYLINES_READ_ROW_BY_ROW.replace("山村春早\n", "山村春早\n——青溪乡春耕见闻\n", 1),
        "新春走基层\n\n" + BYLINES_READ_ROW_BY_ROW,
        "——新春走基层\n\n" + BYLINES_READ_ROW_BY_ROW,
        BYLINES_READ_ROW_BY_ROW.replace("李明\n\n", "李明\n\n——写在新街落成之际\n\n", 1),
    ],
    ids=[
        "apart",
        "set solid over the text",
        "headlines printed twice",
        "a subtitle under one",
        "a title over the row",
        "a dash line over the row",
        "a dash line after the bylines",
    ],
)
def test_bylines_read_row_by_row_under_headlines_side_by_side_go_back_to_their_own(page):
    # (also where the last byline is set solid over the first text's first line, and where a
    # title stands right over the row: the row is the headlines right before the bylines)
    articles = split(page)
    assert [(a.headline, a.reporters) for a in articles] == [
        ("县城新貌", ("王平",)),
        ("山村春早", ("李明",)),
    ]


# Two headlines side by side, a dash subtitle under the first only: the extraction reads the
# subtitle on the row of the byline under the second, before that byline, and the first
# headline's byline, lower, after them. The byline right under the subtitle signs the second
# headline; a second byline there is the subtitle's own.
A_SUBTITLE_READ_BEFORE_THE_BYLINE_BESIDE = f"""\
县城新貌

山村春早

——县城两座公园开放记

李明

王平

{TOWN_REPORT}

  开春以后，山村的桃花早早
就开了，山村春早，村民忙
着翻地育秧，春耕开始。
"""


@pytest.mark.parametrize(
    ("page", "town"),
    [
        (A_SUBTITLE_READ_BEFORE_THE_BYLINE_BESIDE, ("王平",)),
        (A_SUBTITLE_READ_BEFORE_THE_BYLINE_BESIDE.replace("王平\n\n", ""), ()),
    ],
    ids=["a byline under each", "the subtitle's headline signed by none"],
)
def test_a_byline_under_a_subtitle_read_beside_signs_the_headline_beside(page, town):
    articles = split(page)
    assert [(a.headline, a.subtitle, a.reporters) for a in articles] == [
        ("县城新貌", "——县城两座公园开放记", town),
        ("山村春早", "", ("李明",)),
    ]


# The same layout, the subtitle's article signed over its own text further on: the byline under
# the subtitle signs the headline beside, unless the same name signs the subtitle's text (the
# byline printed again), which leaves it the subtitle's own.
A_SUBTITLE_BESIDE_ITS_TEXT_SIGNED = f"""\
县城新貌

山村春早

——县城两座公园开放记

李明

  开春以后，山村的桃花早早
就开了，山村春早，村民忙
着翻地育秧，春耕开始。

王平
{TOWN_REPORT}
"""


@pytest.mark.parametrize(
    ("page", "signed"),
    [
        (A_SUBTITLE_BESIDE_ITS_TEXT_SIGNED, [("李明",), ("王平",)]),
        (A_SUBTITLE_BESIDE_ITS_TEXT_SIGNED.replace("王平", "李明"), [(), ("李明",)]),
    ],
    ids=["signed by another", "signed by the same name"],
)
def test_a_byline_under_a_subtitle_beside_stays_where_its_name_signs_the_subtitles_text(
    page, signed
):
    articles = split(page)
    assert [a.headline for a in articles] == ["山村春早", "县城新貌"]
    assert [a.reporters for a in articles] == signed


# Two headlines read as one row, one byline in a block of its own under them, the second
# article signed over its own text further on: the byline is the first headline's. Where
# nothing else signs the second, or the same name signs it further on (the byline printed
# again), the byline stays with the headline right over it.
A_ROW_WITH_ONE_BYLINE_UNDER_IT = f"""\
县城新貌

山村春早

王平

{TOWN_REPORT}

李明
  开春以后，山村的桃花早早
就开了，山村春早，村民忙
着翻地育秧，春耕开始。
"""


@pytest.mark.parametrize(
    ("page", "signed"),
    [
        (A_ROW_WITH_ONE_BYLINE_UNDER_IT, [("王平",), ("李明",)]),
        (A_ROW_WITH_ONE_BYLINE_UNDER_IT.replace("李明\n", ""), [(), ("王平",)]),
        (A_ROW_WITH_ONE_BYLINE_UNDER_IT.replace("李明\n", "王平\n"), [(), ("王平",)]),
    ],
    ids=[
        "the second signed further on",
        "the second signed by none else",
        "the second signed by the same name further on",
    ],
)
def test_a_byline_under_a_row_signs_its_first_headline_where_the_second_is_signed(page, signed):
    articles = split(page)
    assert [a.headline for a in articles] == ["县城新貌", "山村春早"]
    assert [a.reporters for a in articles] == signed


# A photo item's short label set beside a headline without a byline, the headline's byline
# read after the label: the byline signs the headline's article; the photo item is signed by
# its credit.
A_BYLINE_READ_AFTER_A_PHOTO_LABEL = """\
山村春耕早

看点

王平

  开春以后，山村的桃花早早
就开了，村民们忙着翻地育
秧，山村春耕早早开始了。

“ 看 ， 花 开 了 ！ ”
3月4日，县城公园的玉兰
花竞相开放，市民纷纷前来
赏花拍照。
记者 陈晨 摄
"""


def test_a_byline_read_after_a_photo_label_signs_the_headline_above_the_label():
    articles = split(A_BYLINE_READ_AFTER_A_PHOTO_LABEL)
    assert [(a.headline, a.photo, a.reporters) for a in articles] == [
        ("山村春耕早", False, ("王平",)),
        ("看点", True, ("陈晨",)),
    ]


# Where the headline's text opens with a lead that names its reporters, the byline under the
# label is none of its own.
def test_a_byline_after_a_photo_label_does_not_sign_a_text_that_opens_with_a_lead():
    page = A_BYLINE_READ_AFTER_A_PHOTO_LABEL.replace(
        "  开春以后，", "本报讯（记者 李红）开春以后，"
    )
    [spring, _] = split(page)
    assert (spring.headline, spring.reporters) == ("山村春耕早", ("李红",))


# A photo credit after a caption's last sentence whose `摄` wrapped onto a line of its own: the
# gap in it parts nothing set side by side, and the names stay the credit's.
def test_a_credit_whose_shot_wrapped_onto_its_own_line_credits_the_photo():
    page = f"春雨将至\n\n{REPORT}\n工人在县工业园区一家企\n业生产线上忙碌。记者 刘畅\n摄\n"
    report, photo = split(page)
    assert report.headline == "春雨将至"
    assert (photo.photo, photo.reporters, photo.body) == (
        True,
        ("刘畅",),
        "工人在县工业园区一家企业生产线上忙碌。",
    )


# A column's label in lenticular brackets (`【青溪时评】`) over a commentary's headline and pen
# name: the label is no headline, though it stands right over the text.
A_COLUMN_LABEL_IN_BRACKETS = """\
【青溪笔会】

老屋

□ 李秋雨

编者按：老屋是一代人的
记忆。本期刊发作者的一篇散
文，记录故乡老屋的变迁，敬
请关注。

老屋坐落在村子的东头，
青砖黛瓦，屋前有一棵老樟树。
小时候，我常在树下听祖母讲
故事。

后来，村里的人陆续搬进
了新楼房，老屋空了下来。每
次回乡，我都要去老屋前站一
站，看一看。

如今，老屋被改造成了村
史馆，墙上挂满了老照片。我
想，这大概是它最好的归宿。

【青溪时评】

文明养犬需要人人自觉

■ 张明远

近来，不少市民反映小区
里遛狗不拴绳的现象依然存在，
给邻里生活带来困扰。

文明养犬，既是对他人的
尊重，也是对自己的负责。养
犬人应当自觉遵守规定，出门
拴绳，及时清理犬只粪便。

有关部门也要加强管理，
对违规养犬行为依法处理，让
文明养犬成为全社会的共识。
"""


def test_a_column_label_in_lenticular_brackets_is_no_headline():
    articles = split(A_COLUMN_LABEL_IN_BRACKETS)
    assert "【青溪时评】" not in [a.headline for a in articles]
    comment = next(a for a in articles if a.headline == "文明养犬需要人人自觉")
    assert comment.reporters == ("张明远",)


# A heading numbered after the first (`二、…`) over a column of text: a later section of some
# text, no headline of the text under it, though its words are that text's; a decimal number
# opening a title (`2.6亿元…`) numbers no section.
A_LATER_SECTIONS_HEADING = """\
县里推进春耕生产

开春以来，县里组织农技人员下
乡指导，帮助农民整地育秧，全县春
耕生产进展顺利。

图书馆新馆开放

县图书馆新馆今天开放，藏书二
十万册，全年免费向市民开放，每天
接待读者上千人。

二、把送新戏下乡当作大事来抓
今年县剧团排了三台新戏，送新
戏下乡，到各乡镇演出六十场，观众
达三万人次，送新戏下乡深受欢迎。
"""


def test_a_heading_numbered_after_the_first_is_no_headline():
    farming, library, section = split(A_LATER_SECTIONS_HEADING)
    assert (farming.headline, library.headline) == ("县里推进春耕生产", "图书馆新馆开放")
    assert section.headline == ""
    assert section.body.startswith("今年县剧团排了三台新戏")
    assert not _later_section(["2.6亿元送新戏下乡"])
    assert not _later_section(["一、把送新戏下乡当作大事来抓"])


# Numbered briefs, each under its number and headline, each opening with a lead: a heading
# numbered after the first over a lead heads a report of its own, and is its headline.
NUMBERED_BRIEFS = """\
1.县里召开春耕动员大会

本报讯 县政府近日召开春耕
生产动员大会，部署今年的农
业工作，确保粮食丰收。

2.全县植树造林全面展开

本报讯 今年开春以来，全县
各乡镇已栽种树苗十万余株，
造林面积比去年增加两成。

3.县图书馆新馆开放

本报讯 县图书馆新馆今天开
放，藏书二十万册，每天接待
读者上千人。
"""


def test_a_numbered_heading_over_a_lead_is_its_briefs_headline():
    assert [a.headline for a in split(NUMBERED_BRIEFS)] == [
        "1.县里召开春耕动员大会",
        "2.全县植树造林全面展开",
        "3.县图书馆新馆开放",
    ]


# A column in numbered sections (`1.…` / text / `2.…` / text): the first heading is an
# intertitle as the later ones are, no headline of a text of its own, and the texts between the
# headings are one article's, though the sections share few words; a box after the column is
# an article of its own.
NUMBERED_SECTIONS = """\
冬季怎样养护花草

天气转冷以后，家里的花草
容易受冻，养护要注意方法，
下面几点可供参考。

1.摆放在向阳的窗台

花盆最好放在阳光充足的
地方，夜里再挪到屋内，避
开门口的冷风。

2.少浇水不施肥

土表干透以后再浇水，水
温接近室温为好，这时不要
给花草追肥。

3.枯叶及时剪掉

发黄的叶片要剪去，盆土
要松一松，防止根部腐烂。

小贴士

水仙放在清水里养，每隔
两天换一次水，开花更久。
"""


def test_numbered_sections_are_one_articles_intertitles():
    column, box = split(NUMBERED_SECTIONS)
    assert column.headline == "冬季怎样养护花草"
    paragraphs = column.body.split("\n\n")
    assert paragraphs[0].startswith("天气转冷以后")
    assert paragraphs[1::2] == ["1.摆放在向阳的窗台", "2.少浇水不施肥", "3.枯叶及时剪掉"]
    assert paragraphs[-1].startswith("发黄的叶片要剪去")
    assert box.headline == "小贴士"
    assert _section_number(["（二）少浇水"]) == ("（#）", 2)
    assert _section_number(["十二、少浇水"]) == ("#、", 12)
    assert _section_number(["2.6亿元"]) is None


# Numbered headings with an enumeration comma (`一、…`), each in a block of its own, read as
# lines of text: a heading ends no article, its section goes on in the text right under it.
NUMBERED_TEXT_HEADINGS = """\
县里召开春耕大会

本报讯 县政府昨天召开春耕
动员大会，部署今年的工作。

冬季怎样养护花草

一、摆放在向阳的窗台

花盆最好放在阳光充足的
地方，夜里再挪到屋内，避
开门口的冷风。

二、少浇水不施肥

土表干透以后再浇水，水
温接近室温为好，这时不要
给花草追肥。
"""


def test_a_numbered_heading_read_as_text_goes_on_in_the_text_under_it():
    meeting, column = split(NUMBERED_TEXT_HEADINGS)
    assert meeting.headline == "县里召开春耕大会"
    assert column.headline == "冬季怎样养护花草"
    assert "二、少浇水不施肥" in column.body
    assert column.body.endswith("给花草追肥。")


# A headline with its byline in one block, then a name in a block of its own: the title's
# byline closed it, and the name signs the text under it, another article's, whose headline the
# extraction set after it.
A_BYLINE_A_BLOCK_AFTER_A_SIGNED_TITLE = f"""\
县城新貌
王平

李明

{VILLAGE_REPORT}

山村春早

{TOWN_REPORT}
"""


def test_a_byline_a_block_after_a_title_closed_by_its_own_signs_the_text_under_it():
    articles = split(A_BYLINE_A_BLOCK_AFTER_A_SIGNED_TITLE)
    assert sorted((a.headline, a.reporters) for a in articles) == [
        ("县城新貌", ("王平",)),
        ("山村春早", ("李明",)),
    ]


# A headline set after its text, then a byline set solid over the next article's first line: the
# byline signs the text under it, whose headline stands after it, not the headline above it.
A_BYLINE_OVER_THE_NEXT_ARTICLES_TEXT = f"""\
{TOWN_REPORT}

县城新貌

本报记者 王平
{VILLAGE_REPORT}

山村春早
"""


def test_a_byline_set_solid_over_a_text_signs_it_not_the_title_above():
    articles = split(A_BYLINE_OVER_THE_NEXT_ARTICLES_TEXT)
    assert [(a.headline, a.reporters) for a in articles] == [
        ("县城新貌", ()),
        ("山村春早", ("王平",)),
    ]


# The same with the byline in a block of its own between the headline and the next article's
# first line: it signs the text under it still, unless that text opens with a lead that names
# its reporters (a report so signed prints no byline of its own: the byline is the headline's).
A_BYLINE_APART_OVER_THE_NEXT_ARTICLES_TEXT = f"""\
{TOWN_REPORT}

县城新貌

{{byline}}

{{text}}

山村春早
"""
SPRING_IN_THE_VILLAGE = (
    "  开春以后，山村的桃花早早\n就开了，山村里的村民忙着\n翻地育秧，春耕早早开始。"
)
SPRING_IN_THE_VILLAGE_LED = (
    "  本报讯（记者 李明）开春以\n后，山村的桃花早早就开了，\n村民忙着翻地育秧。"
)


@pytest.mark.parametrize(
    ("byline", "text", "expected"),
    [
        ("本报记者 王平", SPRING_IN_THE_VILLAGE, [("县城新貌", ()), ("山村春早", ("王平",))]),
        ("王平", SPRING_IN_THE_VILLAGE, [("县城新貌", ()), ("山村春早", ("王平",))]),
        ("王平", SPRING_IN_THE_VILLAGE_LED, [("县城新貌", ("王平",)), ("山村春早", ("李明",))]),
    ],
    ids=["with a role", "a name alone", "over a lead that names its reporters"],
)
def test_a_byline_in_a_block_of_its_own_over_the_next_articles_text_signs_it(
    byline, text, expected
):
    page = A_BYLINE_APART_OVER_THE_NEXT_ARTICLES_TEXT.format(byline=byline, text=text)
    assert [(a.headline, a.reporters) for a in split(page)] == expected


# Two headlines read one after the other, one byline in a block of its own under them, the
# first headline's text under the byline: the byline stays with the second headline where
# nothing else signs its article (a row set side by side), but where a lead opens that article
# (a report signed by its lead, or by none), it signs the text under it.
A_ROW_OVER_THE_FIRST_TEXT_THE_SECOND_LED = f"""\
县城新貌

山村春早

王平

{TOWN_REPORT}

  本报讯 开春以后，山村的
桃花早早就开了，山村春早，
村民忙着翻地育秧。
"""


def test_a_byline_under_a_row_signs_the_text_under_it_where_a_lead_opens_the_second():
    articles = split(A_ROW_OVER_THE_FIRST_TEXT_THE_SECOND_LED)
    assert [(a.headline, a.reporters) for a in articles] == [
        ("县城新貌", ("王平",)),
        ("山村春早", ()),
    ]


# The byline in a block of its own stays with the headline above it where something signs the
# text under it already: a signature in brackets closing it, set solid or on a line of its own,
# or a byline after its last line, before its own headline (a report is signed once).
SPRING_IN_THE_VILLAGE_SIGNED_IN_BRACKETS = SPRING_IN_THE_VILLAGE + "（记者 李明）"
SPRING_IN_THE_VILLAGE_NAMES_IN_BRACKETS_APART = SPRING_IN_THE_VILLAGE + "\n\n（李明）"
SPRING_IN_THE_VILLAGE_SIGNED_AFTER = SPRING_IN_THE_VILLAGE + "\n\n本报记者 李明"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SPRING_IN_THE_VILLAGE_SIGNED_IN_BRACKETS, ("李明",)),
        (SPRING_IN_THE_VILLAGE_NAMES_IN_BRACKETS_APART, ()),
        (SPRING_IN_THE_VILLAGE_SIGNED_AFTER, ("李明",)),
    ],
    ids=["signed in brackets", "names in brackets on a line of their own", "signed after it"],
)
def test_a_byline_in_a_block_of_its_own_stays_with_its_title_over_a_text_signed_already(
    text, expected
):
    page = A_BYLINE_APART_OVER_THE_NEXT_ARTICLES_TEXT.format(byline="王平", text=text)
    assert [(a.headline, a.reporters) for a in split(page)] == [
        ("县城新貌", ("王平",)),
        ("山村春早", expected),
    ]


# Three reports, each headline set after its text with a byline in a block of its own under
# it. The last text is signed in brackets, so the byline over it stays with the headline above
# it; then so does the first byline, over a text whose own headline keeps its byline.
HEADLINES_OVER_THEIR_BYLINES_THE_LAST_TEXT_SIGNED = f"""\
{TOWN_REPORT}

县城新貌

王平

{VILLAGE_REPORT}

山村春早

李红

  县医院的护士长每天清晨
六点就到病房，查看病人的
情况，一干就是二十年。（记者 赵云）

二十年守护
"""


def test_bylines_stay_with_their_titles_down_to_a_text_signed_already():
    articles = split(HEADLINES_OVER_THEIR_BYLINES_THE_LAST_TEXT_SIGNED)
    assert [(a.headline, a.reporters) for a in articles] == [
        ("县城新貌", ("王平",)),
        ("山村春早", ("李红",)),
        ("二十年守护", ("赵云",)),
    ]


# The page's last headline, set after its text, has a byline in a block of its own under it and
# no text under that: the page prints each headline over its own byline, and the first byline
# stays with its headline too, though the text under it is signed by nothing.
HEADLINES_OVER_THEIR_BYLINES_TO_THE_PAGES_END = f"""\
{TOWN_REPORT}

县城新貌

王平

{VILLAGE_REPORT}

山村春早

  县医院的护士长每天清晨
六点就到病房，查看病人的
情况，一干就是二十年。

二十年守护

赵云
"""


def test_a_byline_stays_with_its_title_where_the_last_title_keeps_its_own():
    articles = split(HEADLINES_OVER_THEIR_BYLINES_TO_THE_PAGES_END)
    assert [(a.headline, a.reporters) for a in articles] == [
        ("县城新貌", ("王平",)),
        ("山村春早", ()),
        ("二十年守护", ("赵云",)),
    ]


# A letter's closing formula after its last sentence, in one block or two, reads as a title;
# the signature under it is the letter's, not the next report's, set under it.
A_LETTERS_CLOSING_OVER_A_REPORT = f"""\
  我是城东的一名退休教师，
新馆开放后我每天都去看书，
感谢你们的热情服务！

{{closing}}

王平

{VILLAGE_REPORT}

山村春早
"""


@pytest.mark.parametrize("closing", ["此致\n敬礼", "此致\n\n敬礼"], ids=["one block", "two"])
def test_a_letters_signature_under_its_closing_signs_no_report_under_it(closing):
    articles = split(A_LETTERS_CLOSING_OVER_A_REPORT.format(closing=closing))
    assert [a.reporters for a in articles if a.headline == "山村春早"] == [()]


def test_a_letters_closing_in_one_block_keeps_its_signature():
    letter, report = split(A_LETTERS_CLOSING_OVER_A_REPORT.format(closing="此致\n敬礼"))
    assert letter.body.startswith("我是城东的一名退休教师，")
    assert (letter.reporters, report.reporters) == (("王平",), ())


# A headline and its byline at the top of the page, a short item under them (its title set after
# its text), then the headline's own text: the headline was never set after its own text, and
# its byline stays with it, not the short item's text under it.
A_HEADLINE_OVER_A_SHORT_ITEM_THEN_ITS_TEXT = """\
河畔新绿

本报记者 赵云

  清晨的河堤上，晨练的市
民越来越多，岸边的柳枝也
抽出了新芽。

柳岸晨光

  去年秋天起，沿河两岸种
下了上万株树苗，如今已是
一片新绿，成了市民的好去处。
"""


def test_a_byline_under_a_headline_over_its_own_text_further_down_stays_with_it():
    articles = split(A_HEADLINE_OVER_A_SHORT_ITEM_THEN_ITS_TEXT)
    assert sorted((a.headline, a.reporters) for a in articles) == [
        ("柳岸晨光", ()),
        ("河畔新绿", ("赵云",)),
    ]


# An essay's title block set after the essay: its headline, a dash subtitle and its author's
# name, each a block of its own. The name under the dash subtitle closes the title block: the
# author's, not the next text's.
AN_ESSAYS_TITLE_BLOCK_AFTER_IT = f"""\
  那年秋天，我背着行李第一
次走进山村小学，操场上长
满了野草。

山村小学的秋天

——一位支教老师的回忆

林晓

{VILLAGE_REPORT}

山村春早
"""


def test_a_name_under_a_dash_subtitle_set_after_its_essay_signs_the_essay():
    articles = split(AN_ESSAYS_TITLE_BLOCK_AFTER_IT)
    assert [(a.headline, a.subtitle, a.reporters) for a in articles] == [
        ("山村小学的秋天", "——一位支教老师的回忆", ("林晓",)),
        ("山村春早", "", ()),
    ]


# A title set after its text with its byline printed in its own block, not in a block apart:
# the byline closes the title, though the next article's text stands right under it (in a
# block of its own, or set solid in the same block).
A_BYLINE_IN_ITS_TITLES_BLOCK_OVER_THE_NEXT_TEXT = f"""\
{TOWN_REPORT}

县城新貌
本报记者 王平
{{gap}}{VILLAGE_REPORT}

山村春早
"""


@pytest.mark.parametrize("gap", ["\n", ""], ids=["text apart", "text in the title's block"])
def test_a_byline_in_its_titles_block_signs_the_title_not_the_text_under_it(gap):
    page = A_BYLINE_IN_ITS_TITLES_BLOCK_OVER_THE_NEXT_TEXT.format(gap=gap)
    assert [(a.headline, a.reporters) for a in split(page)] == [
        ("县城新貌", ("王平",)),
        ("山村春早", ()),
    ]


# A byline over a text and the same byline again in a block of its own under the text's title,
# set after it: the name printed twice is that article's, not the next text's under it.
A_BYLINE_PRINTED_AGAIN_UNDER_ITS_TITLE = f"""\
本报记者 王平
{TOWN_REPORT}

县城新貌

本报记者 王平

{VILLAGE_REPORT}

山村春早
"""


def test_a_byline_printed_again_under_its_title_signs_no_text_under_it():
    articles = split(A_BYLINE_PRINTED_AGAIN_UNDER_ITS_TITLE)
    assert [(a.headline, a.reporters) for a in articles] == [
        ("县城新貌", ("王平",)),
        ("山村春早", ()),
    ]


# A title set after its text over a byline in a block of its own, that text standing right
# under the headline of the article whose text the byline stands over (the page's titles set
# after their texts): the byline signs the text under it.
A_TITLE_AFTER_ITS_TEXT_UNDER_THE_NEXT_HEADLINE = f"""\
山村春耕忙

{TOWN_REPORT}

县城新貌

本报记者 王平

  开春以后，山村的春耕早早
开始，山村里的村民忙着翻
地育秧，春耕一派繁忙。
"""


def test_a_byline_under_a_title_set_after_its_text_signs_the_text_under_it():
    articles = split(A_TITLE_AFTER_ITS_TEXT_UNDER_THE_NEXT_HEADLINE)
    assert [(a.headline, a.reporters) for a in articles] == [
        ("县城新貌", ()),
        ("山村春耕忙", ("王平",)),
    ]


# Two headlines read as a row over one byline in a block of its own and the first headline's
# text; the second headline's report, signed by its lead, opens under the first one's dash
# subtitle set after that text: the byline signs the text under it, the first headline's.
A_ROW_OVER_THE_FIRST_TEXT_THE_SECOND_UNDER_ITS_SUBTITLE = f"""\
县城新貌

山村春早

王平

{TOWN_REPORT}

——记县城新修的三条道路

  本报讯（记者 李明）开春以
后，山村的桃花早早就开了，
村民忙着翻地育秧。
"""


def test_a_byline_under_a_row_signs_the_first_text_where_the_second_opens_under_its_subtitle():
    articles = split(A_ROW_OVER_THE_FIRST_TEXT_THE_SECOND_UNDER_ITS_SUBTITLE)
    assert [(a.headline, a.subtitle, a.reporters) for a in articles] == [
        ("县城新貌", "——记县城新修的三条道路", ("王平",)),
        ("山村春早", "", ("李明",)),
    ]


# A headline over another one that its byline signs, the second headline's column cut in the
# middle of a sentence by a byline in a block of its own: the byline is the first headline's,
# read between the lines of the column beside it; no byline opens the middle of a sentence.
A_BYLINE_CUTTING_THE_NEXT_TITLES_SENTENCE = """\
山间的晨雾

老街换新颜
王平
  开春以后，城里的几条老街
都铺上了石板，街边新栽的树木
已经抽出了嫩芽，老人们在树

李红
下下棋聊天，孩子们在广场上
追逐嬉戏，一派热闹景象。

  清晨，山间的晨雾慢慢散去，远处的村
庄渐渐露出了屋顶。晨雾里，田野中已经有
人在忙着干活，山间一片宁静。
"""


def test_a_byline_cutting_a_sentence_of_a_signed_text_signs_the_unsigned_title_before():
    articles = split(A_BYLINE_CUTTING_THE_NEXT_TITLES_SENTENCE)
    assert [(a.headline, a.reporters) for a in articles] == [
        ("老街换新颜", ("王平",)),
        ("山间的晨雾", ("李红",)),
    ]


# Set between two lines of the sentence in one block, the byline was read across the columns
# from a line printed beside them: it stays with the text it cuts.
def test_a_byline_cutting_a_sentence_within_one_block_stays_with_the_text():
    page = A_BYLINE_CUTTING_THE_NEXT_TITLES_SENTENCE.replace(
        "老人们在树\n\n李红", "老人们在树\n李红"
    )
    articles = split(page)
    assert [(a.headline, a.reporters) for a in articles] == [
        ("老街换新颜", ("王平", "李红")),
        ("山间的晨雾", ()),
    ]


# A second writer over a paragraph of their own, after a sentence that closes on a colon: no
# sentence runs on under the byline, and it stays with the text.
A_SECOND_WRITER_OVER_A_PARAGRAPH = """\
河边的早市

  天刚亮，河边的早市就热
闹起来，卖菜的、买菜的挤满
了一条街，吆喝声此起彼伏。

小巷里的书屋
本报记者 王平
  城西的小巷里开了一家书
屋，街坊们说起这家书屋，总
有说不完的话：

实习生 李红
  记者走进书屋，看到几位
老人坐在窗边读报，几个孩子
趴在桌上写作业，十分安静。
"""


def test_a_second_writer_over_a_paragraph_of_their_own_stays_with_the_text():
    market, books = split(A_SECOND_WRITER_OVER_A_PARAGRAPH)
    assert (market.headline, market.reporters) == ("河边的早市", ())
    assert (books.headline, books.reporters) == ("小巷里的书屋", ("王平", "李红"))


# A picture's credit set in the column between two lines of a sentence: a photo set there, no
# byline of the title before.
def test_a_credit_cutting_a_sentence_stays_off_the_title_before():
    page = A_BYLINE_CUTTING_THE_NEXT_TITLES_SENTENCE.replace(
        "\n李红\n", "\n本报记者 李红 摄影报道\n"
    )
    articles = split(page)
    assert [a.headline for a in articles] == ["老街换新颜", "山间的晨雾"]
    assert articles[1].reporters == ()


# A column's titles stacked with no blank line between, the first's byline read into the block
# of the title under it (`记者 王平 李红` / `山村春早`): the byline signs the title above, and the
# one under it heads a text of its own.
A_BYLINE_OPENING_THE_NEXT_TITLES_BLOCK = """\
  今年以来，县城新修了三条
道路，县城的两座公园也对
市民开放了。

县城新修
三条道路

记者 王平 李红
山村春早

张强

  开春以后，山村的桃花早早
就开了，山村里的村民忙着
翻地育秧，春耕早早开始。
"""


def test_a_byline_opening_a_titles_block_under_a_title_signs_the_title_above():
    articles = split(A_BYLINE_OPENING_THE_NEXT_TITLES_BLOCK)
    assert [(a.headline, a.reporters) for a in articles] == [
        ("县城新修三条道路", ("王平", "李红")),
        ("山村春早", ("张强",)),
    ]


# A feature's byline printed over its own title, under the title of the article before: the
# title under it has no byline of its own, so the byline is its, not the one above.
def test_a_byline_over_a_title_nothing_else_signs_stays_off_the_title_above():
    page = A_BYLINE_OPENING_THE_NEXT_TITLES_BLOCK.replace("张强\n\n", "")
    roads, *_ = split(page)
    assert (roads.headline, roads.reporters) == ("县城新修三条道路", ())


# A label that no article takes, over a byline in a block of its own over a text: the byline
# signs that text, whether the label stands under the text's own headline or after another
# text and its title.
A_LABEL_OVER_A_BYLINE_UNDER_THE_HEADLINE = f"""\
县城新貌

看点

王平

{TOWN_REPORT}
"""
A_LABEL_OVER_A_BYLINE_AFTER_ANOTHER_TEXT = f"""\
  开春以后，山村的春耕早早
开始，山村里的村民忙着翻
地育秧，春耕一派繁忙。

山村春耕忙

看点

王平

{TOWN_REPORT}

县城新貌
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (A_LABEL_OVER_A_BYLINE_UNDER_THE_HEADLINE, [("县城新貌", ("王平",))]),
        (A_LABEL_OVER_A_BYLINE_AFTER_ANOTHER_TEXT, [("山村春耕忙", ()), ("县城新貌", ("王平",))]),
    ],
    ids=["under the text's headline", "after another text"],
)
def test_a_byline_under_a_label_no_article_takes_signs_the_text_under_it(page, expected):
    assert [(a.headline, a.reporters) for a in split(page)] == expected


# A headline over its text, another article's dash subtitle read right under it, a byline in a
# block of its own under that: the subtitle's article is signed by nothing, but the byline
# signs the text under it, not the subtitle's article.
A_DASH_SUBTITLE_OF_ANOTHER_ARTICLE_OVER_A_BYLINE = f"""\
县城新貌

——记山村里的春耕

王平

{TOWN_REPORT}

山村春耕忙

  开春以后，山村的春耕早早
开始，山村里的村民忙着翻
地育秧，春耕一派繁忙。
"""


def test_a_byline_under_another_articles_dash_subtitle_signs_the_text_under_it():
    articles = split(A_DASH_SUBTITLE_OF_ANOTHER_ARTICLE_OVER_A_BYLINE)
    assert [(a.headline, a.subtitle, a.reporters) for a in articles] == [
        ("县城新貌", "", ("王平",)),
        ("山村春耕忙", "——记山村里的春耕", ()),
    ]


# A name alone over a headline that its own byline signs: another article's byline, read apart
# from its headline, signs no text here. Two bylines that name their roles sign together.
A_BYLINE_OVER_A_SIGNED_HEADLINE = f"""\
县城新貌

本报记者 王平
{TOWN_REPORT}

{{over}}

山村春早

{{under}}
{VILLAGE_REPORT}
"""


@pytest.mark.parametrize(
    ("over", "under", "reporters"),
    [
        ("李明", "赵强", ("赵强",)),
        ("新华社记者 李明", "本报记者 赵强", ("赵强", "李明")),
    ],
)
def test_a_name_over_a_headline_signed_by_its_own_byline_signs_nothing(over, under, reporters):
    page = A_BYLINE_OVER_A_SIGNED_HEADLINE.format(over=over, under=under)
    assert [(a.headline, a.reporters) for a in split(page)] == [
        ("县城新貌", ("王平",)),
        ("山村春早", reporters),
    ]


def test_a_name_over_a_signed_headline_at_the_top_of_the_page_signs_it():
    page = A_BYLINE_OVER_A_SIGNED_HEADLINE.format(over="李明", under="赵强")
    top = page[page.index("李明") :]
    assert [(a.headline, a.reporters) for a in split(top)] == [("山村春早", ("赵强", "李明"))]


# A headline that asks a question, over a dash subtitle, both with a comma: headline lines set
# into the block above the byline and the text, however they are punctuated.
QUESTION_OVER_SUBTITLE = """\
种粮大户，为何先富？
——访站长，谈春耕
本报记者 王平
  今年的春耕比往年早了半
个月，县农技站站长李明说，
气温回升得快，农时不等人。
"""


def test_a_headline_ending_with_a_question_over_a_dash_subtitle_is_a_headline():
    [article] = split(QUESTION_OVER_SUBTITLE)
    assert parts(article) == ("", "种粮大户，为何先富？", "——访站长，谈春耕")
    assert article.body == (
        "今年的春耕比往年早了半个月，县农技站站长李明说，气温回升得快，农时不等人。"
    )


# The same in a title block of their own, above the text.
QUESTION_BLOCK = """\
春耕为何提早？
——访县农技站站长李明

本报讯 今年的春耕比往年
早了半个月，县农技站站长
李明说，气温回升得快，农
时不等人。
"""


def test_a_title_block_whose_headline_ends_with_a_question_over_its_subtitle_is_a_title():
    [article] = split(QUESTION_BLOCK)
    assert parts(article) == ("", "春耕为何提早？", "——访县农技站站长李明")
    assert article.body.startswith("本报讯")


# A headline of two lines that ends with a question, in a block of its own, without a subtitle:
# a title block all the same.
QUESTION_HEADLINE = """\
县城今年的春耕
为何提早了半个月？

本报讯 开春以来，县里组织农
机手检修农机五百多台，如今
农机已经下田，春耕备耕进展
顺利。
"""


def test_a_headline_of_two_lines_ending_with_a_question_is_a_title_block():
    [article] = split(QUESTION_HEADLINE)
    assert squeeze(article.headline) == "县城今年的春耕为何提早了半个月？"
    assert article.body.startswith("本报讯")


# So may a headline of two lines end with an ellipsis.
ELLIPSIS_HEADLINE = """\
山里娃的
新学期……

开学第一天，石门村小学的孩子
们早早来到学校，新修的操场上
到处是欢声笑语。
"""


def test_a_headline_of_two_lines_ending_with_an_ellipsis_is_a_title_block():
    [article] = split(ELLIPSIS_HEADLINE)
    assert article.headline == "山里娃的新学期……"
    assert article.body.startswith("开学第一天")


# The same in blocks of their own: a line that ends with a question, right over a dash
# subtitle, is the headline, not a paragraph's last line.
QUESTION_APART = """\
春耕为何提早？

——访县农技站站长李明

本报讯 今年的春耕比往年
早了半个月，县农技站站长
李明说，气温回升得快，农
时不等人。
"""


def test_a_line_ending_with_a_question_over_a_dash_subtitle_apart_is_a_headline():
    [article] = split(QUESTION_APART)
    assert parts(article) == ("", "春耕为何提早？", "——访县农技站站长李明")


# A block that begins with a full line over a short line ending with a colon: a paragraph
# that introduces a list, not a headline over an indented first line.
LIST_AFTER_A_COLON = """\
县城市容管理办法

第五条县城管部门管理市容的
职责主要有以下几项：
（一）检查本办法在全县的执
行情况；
（二）组织开展市容宣传教育
工作；
（三）处理违反本办法的各种
行为。
"""


def test_a_line_over_a_short_line_ending_with_a_colon_is_text_not_a_headline():
    [rules] = split(LIST_AFTER_A_COLON)
    assert rules.headline == "县城市容管理办法"
    assert rules.body.startswith("第五条县城管部门管理市容的职责主要有以下几项：（一）")


# A block whose first line closes a quote it never opened goes on with a sentence begun in
# another block, however wide that line is: no headline begins so.
CLOSES_A_QUOTE = """\
迎春书画展开幕

本报讯 县文化馆昨天举
办书画作品展，展出了
以“迎

春”和“惠民”为主题的书画
两百多件，吸引了上千
名市民前来参观，大家
都说作品很有生活味。

县城新建三座公园

本报讯 县城今年新建的三
座公园昨天同时开放，市
民们在园里散步、健身。
"""


def test_a_line_that_closes_a_quote_it_never_opened_goes_on_with_the_text():
    show, parks = split(CLOSES_A_QUOTE)
    assert (show.headline, parks.headline) == ("迎春书画展开幕", "县城新建三座公园")
    assert "以“迎春”和“惠民”为主题的书画两百多件" in show.body


# A headline and its dash subtitle set into the block of the text, whose first line
# pdftotext spaced out: the subtitle still closes the title.
SUBTITLE_OVER_A_SPACED_LINE = """\
山村来了新医生
——记县医院下乡的两名医生
在 2021 年 春 天 ， 县 医 院
派出两名医生到山村坐诊，村
民看病再也不用跑远路了。
"""


def test_a_dash_subtitle_closes_a_title_set_over_a_spaced_out_first_line():
    [article] = split(SUBTITLE_OVER_A_SPACED_LINE)
    assert parts(article) == ("", "山村来了新医生", "——记县医院下乡的两名医生")
    assert article.body.startswith("在2021年春天，县医院")


# A headline as wide as the column and its dash subtitle set into the block of the text, which
# opens with its lead right under the subtitle: the subtitle closes the title all the same.
SUBTITLE_OVER_A_LEAD = """\
城关老街的百年石板路修缮一新
——沿街商铺重新开张来老街的游客越来越多
本报城关3月4日电 记者王平报道：
今年春天，县里投入资金修缮城关
老街的石板路，沿街的商铺陆续重
新开张，来老街的游客越来越多，
周末更是人山人海。
"""


def test_a_dash_subtitle_closes_a_title_set_over_the_lead():
    [article] = split(SUBTITLE_OVER_A_LEAD)
    assert parts(article) == (
        "",
        "城关老街的百年石板路修缮一新",
        "——沿街商铺重新开张来老街的游客越来越多",
    )
    assert article.body.startswith("本报城关3月4日电")


# A title that reads like a name (a surname and three characters), with its article's byline
# right below it, is its headline, not a second byline.
NAME_LIKE_TITLE = """\
高原卫士

本报通讯员 王平

边防连的战士们常年驻守在
海拔四千多米的哨所，一年中
有半年大雪封山。
"""


def test_a_name_like_line_over_a_byline_that_names_a_role_is_a_title():
    [article] = split(NAME_LIKE_TITLE)
    assert (article.headline, article.reporters) == ("高原卫士", ("王平",))


# One writer may sign two articles of a page: a name that the page holds only as lines of
# its own is a byline each time.
ONE_WRITER_TWICE = """\
春到山乡

钱小平

清晨，村口的老槐树下已经聚
满了人。今年的春耕比往年早
了半个月。

夏夜纳凉

钱小平

傍晚，晒谷场上摆满了竹床，
老人们摇着蒲扇讲起了故事。
"""


# A pen name under its headline, in the headline's block: its surname is no common one, but it
# is short, holds no word and the page prints it nowhere else. The last word of a headline broken
# onto a line of its own stays in the headline.
PEN_NAME = """\
山间的晨雾
苇舟

清晨推开窗，山谷里的雾还没
有散去，远处的村庄只露出几
个屋顶。

边疆哨所过新年
见闻

除夕夜，哨所的战士们包了饺
子，还给家里打了电话。
"""


def test_a_pen_name_under_a_headline_is_its_byline():
    fog, post = split(PEN_NAME)
    assert (fog.headline, fog.reporters) == ("山间的晨雾", ("苇舟",))
    assert (post.headline, post.reporters) == ("边疆哨所过新年见闻", ())


# A name under its headline that the dictionary knows as a person's name, read as a surname and
# a given name (a character that begins names, `萧`, `冼`), is its byline though it is a word;
# a headline's last word the dictionary also tags as a name (`探秘`, no surname before a given
# name) stays in the headline.
KNOWN_NAMES = """\
冬夜读书记
萧红

炉火正旺，窗外的雪下了一夜，
翻开旧书，字里行间都是暖意。

黄河大合唱再响
冼星海

新年音乐会上，合唱团唱起了那
支老歌，台下的人跟着轻声哼。

山村古井
探秘

村东头有一口老井，井水清甜，
老人们说它已有几百年了。
"""


def test_a_name_the_dictionary_knows_under_a_headline_is_its_byline():
    books, song, well = split(KNOWN_NAMES)
    assert (books.headline, books.reporters) == ("冬夜读书记", ("萧红",))
    assert (song.headline, song.reporters) == ("黄河大合唱再响", ("冼星海",))
    assert (well.headline, well.reporters) == ("山村古井探秘", ())


# Under a headline wrapped with a short last line, a name the dictionary knows signs it, though no
# word runs across the wrap (`…十二` / `座`: a number and its measure word).
def test_a_name_the_dictionary_knows_under_a_wrapped_headline_signs_it():
    page = "全县新增城市书房十二\n座\n萧乾\n\n" + REPORT
    [article] = split(page)
    assert (article.headline, article.reporters) == ("全县新增城市书房十二座", ("萧乾",))


# A byline over a line that is the first words of the text under it (set apart in heavier type,
# `春光正好` / `春光正好，…`) closes the headline above it: it is no line of a title.
def test_a_byline_over_the_texts_first_words_set_apart_closes_the_headline():
    page = (
        "春雨将至\n\n王平\n春光正好\n春光正好，县气象台预计，本周后期全\n"
        "县将迎来一次明显降温过程，请市\n民注意防寒保暖。\n"
    )
    [article] = split(page)
    assert (article.headline, article.reporters) == ("春雨将至", ("王平",))
    assert article.body.startswith("春光正好，县气象台预计")


# A headline's last word on a line of its own that the dictionary tags as a person's name but
# general text uses often (`凯旋`, `乌云`, `望远镜`) is a word of the headline, not a writer's
# name.
COMMON_WORDS_TAGGED_AS_NAMES = """\
女排健儿载誉
凯旋

  昨天下午，女排队员们走下舷梯，
前来迎接的人群一片欢腾。

草原上空的
乌云

  牧民们望着天边压过来的云，赶
紧把羊群赶回了圈里。

天文爱好者的
望远镜

  夜深了，他还守在楼顶，等着
那颗彗星从东边升起来。
"""


def test_a_common_word_the_dictionary_tags_as_a_name_ends_its_headline():
    team, cloud, lens = split(COMMON_WORDS_TAGGED_AS_NAMES)
    assert (team.headline, team.reporters) == ("女排健儿载誉凯旋", ())
    assert (cloud.headline, cloud.reporters) == ("草原上空的乌云", ())
    assert (lens.headline, lens.reporters) == ("天文爱好者的望远镜", ())


# Readers' letters each signed at the end, in a block of its own between the letter's last
# sentence and the next letter's title: a signature signs the text above it.
LETTERS = """\
路灯该修了

编辑同志：小区门口的路灯
坏了一个多月，晚上出行很
不方便，希望尽快修好。

城关镇 读者 王平

多开几趟公交车

编辑同志：村里到县城只有
早晚两趟公交车，能不能在
中午再加开一趟？

西岭镇 读者 李红
"""


def test_a_signature_between_a_texts_end_and_the_next_title_signs_the_text_above():
    lamps, buses = split(LETTERS)
    assert (lamps.headline, lamps.reporters) == ("路灯该修了", ("王平",))
    assert (buses.headline, buses.reporters) == ("多开几趟公交车", ("李红",))


def test_a_name_on_lines_of_its_own_twice_signs_both_articles():
    spring, summer = split(ONE_WRITER_TWICE)
    assert (spring.headline, spring.reporters) == ("春到山乡", ("钱小平",))
    assert (summer.headline, summer.reporters) == ("夏夜纳凉", ("钱小平",))


def test_a_headline_printed_twice_and_a_byline_above_the_text():
    [article] = split(FEATURE)
    assert (article.headline, article.reporters) == ("山村来了新医生", ("孙立",))
    assert article.body == "清晨六点，卫生室的门就开了。村民们说，有了这位医生，看病不用再跑县城。"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_headline_repeated_without_its_digits_is_read_once_with_them(gap):
    page = (
        f"年全省新增就业 万人{gap}2021年全省新增就业12万人\n2021\n年全省新增就业12万人\n\n"
        "今年以来，全省新增就业\n12万人，完成全年目标。\n"
    )
    [article] = split(page)
    assert article.kicker == ""
    assert article.headline == "2021年全省新增就业12万人"


# The text under the headlines with a number the wrap parts, below.
POWER_BILL_TEXT = "今年以来，全县农村电价下\n调，农民一年少交电费1.5\n亿元。\n"


def test_a_number_a_headline_wraps_after_is_read_once_though_printed_on_both_lines():
    # Typeset twice, the number the wrap parts comes at the end of one line and again at the
    # start of the next (once alone on the last). The line it opens is the headline's, in its
    # type, however much wider.
    page = "全县节约电费1.5\n1.5亿元负担减轻\n\n" + POWER_BILL_TEXT
    [article] = split(page)
    assert article.headline == "全县节约电费1.5亿元负担减轻"
    [article] = split(page.replace("减轻\n", "减轻30%\n30%\n", 1))
    assert article.headline == "全县节约电费1.5亿元负担减轻30%"
    [article] = split(page.replace("1.5亿元负担减轻", "1.5亿元农村用户负担明显减轻", 1))
    assert (article.headline, article.subtitle) == ("全县节约电费1.5亿元农村用户负担明显减轻", "")


def test_a_headline_typeset_twice_with_a_number_the_wrap_parts_is_read_once():
    page = "全县节约电费1.5\n全县节约电费1.5\n1.5亿元\n1.5亿元\n\n" + POWER_BILL_TEXT
    [article] = split(page)
    assert article.headline == "全县节约电费1.5亿元"


@pytest.mark.parametrize(
    ("cut", "whole"), [("1\n1月", "11月"), ("20\n20年", "2020年")], ids=["month", "year"]
)
def test_a_number_of_running_text_the_column_edge_cuts_into_two_alike_stays_whole(cut, whole):
    # `…从去年1` / `1月开工…`: the same digits on both sides of a line break, but the upper
    # line is full, and the block's first line is the lead's: no headline's wrap.
    page = (
        "县城新建三座公园\n\n"
        "  本报讯 县城今年新建的三座公园日前全部\n"
        f"对市民开放。据了解，三座公园从去年{cut}开工建设，总投资两千多万元，新增绿地\n"
        "面积十多万平方米，市民休闲有了好去处。\n"
    )
    [article] = split(page)
    assert article.headline == "县城新建三座公园"
    assert f"从去年{whole}开工建设" in article.body


def test_a_headline_a_number_printed_twice_wraps_heads_the_block_it_is_set_into():
    # Set solid over its text, the headline shows its type by the number the wrap parts,
    # printed whole on both of the block's first two lines, the first short of the edge.
    page = (
        "去年全县节约电费3\n3亿元\n今年以来，全县农村电价下\n"
        "调，农民一年少交电费3亿\n元，用电的人多了起来。\n"
    )
    [article] = split(page)
    assert article.headline == "去年全县节约电费3亿元"
    assert article.body == "今年以来，全县农村电价下调，农民一年少交电费3亿元，用电的人多了起来。"


# A feature's headline shares no words with its text; its dash subtitle does.
FEATURE_WITH_SUBTITLE = """\
春风又绿江南岸

——记县农技站站长周建国

县农技站站长周建国今年五十
岁，在田间地头一干就是三十
年。
"""


def test_an_article_that_took_only_its_subtitle_takes_the_free_title_above_it():
    [article] = split(FEATURE_WITH_SUBTITLE)
    assert parts(article) == ("", "春风又绿江南岸", "——记县农技站站长周建国")


# A review's dash subtitle names the book it reads, a colon and all inside the book's title
# marks: the line itself has no clause's mark, and it opens the block of the text under it as
# any dash subtitle set apart from its headline does.
REVIEW_WITH_ITS_BOOK_IN_THE_SUBTITLE = """\
一部县志的山水

——读《青溪县志：山川卷》
青溪县志山川卷近日出版，全书
分上下两册，记下了县里的大小
山峰三百余座、河流八十余条。
编者走遍全县各乡镇，访问老人
上千位。
"""


def test_a_dash_line_with_a_colon_only_inside_a_books_title_is_a_subtitle():
    [review] = split(REVIEW_WITH_ITS_BOOK_IN_THE_SUBTITLE)
    assert parts(review) == ("", "一部县志的山水", "——读《青溪县志：山川卷》")
    assert review.body.startswith("青溪县志山川卷近日出版")


def test_a_dash_line_with_a_colon_outside_a_books_title_is_no_subtitle():
    # A colon outside the marks is the line's own, though a work's title stands on each side of
    # it: a clause of running text, a dialogue's turn, not a subtitle (`_is_dash_subtitle`).
    assert not _is_dash_subtitle("——读《青溪县志》：《山川卷》")
    assert not _is_dash_subtitle("——他说：《青溪县志》出版了")


# When no free title stands above it, the article that took only its subtitle takes the free
# title that shares most words with it, wherever pdftotext put it.
SUBTITLE_FAR_FROM_ITS_TITLE = """\
无人机飞进了稻田
本报通讯员 孙斌

全县本周后期将降温

本报讯 县气象台预计，本周
后期全县将迎来一次降温过
程，请市民注意防寒保暖。

——记县植保站的无人机飞手

今年春天，县植保站的无人机
在稻田上空来回飞行，一架无
人机一天能喷洒农药三百亩。
"""


def test_an_article_with_only_its_subtitle_takes_the_free_title_sharing_its_words():
    weather, drones = split(SUBTITLE_FAR_FROM_ITS_TITLE)
    assert parts(weather) == ("", "全县本周后期将降温", "")
    assert parts(drones) == ("", "无人机飞进了稻田", "——记县植保站的无人机飞手")
    assert drones.reporters == ("孙斌",)


# A free title its words match, and match best of all texts', goes before the nearest free title
# above its subtitle that shares none of them (another article's, set beside).
SUBTITLE_UNDER_ANOTHER_TITLE = """\
县城三座公园春节前开放

  本报讯 县城今年新建的三座公园
春节前全部对外开放，三座公园总
面积达四百多亩。

春风又绿江南岸

——记县农技站站长周建国

  县农技站站长周建国今年五十
岁，在农技站一干就是三十个春
天。

农技站长的三十个春天
"""


def test_an_article_with_only_its_subtitle_takes_the_title_its_words_match_over_the_one_above():
    _, farmer = split(SUBTITLE_UNDER_ANOTHER_TITLE)
    assert parts(farmer) == ("", "农技站长的三十个春天", "——记县农技站站长周建国")


# Or the free title that stands right before its text, whatever words it has.
SUBTITLE_AFTER_THE_TEXT = """\
春风又绿江南岸

县农技站站长周建国今年
五十岁，在田间地头一干就是
三十年。

——记县农技站站长周建国
"""


def test_an_article_with_only_its_subtitle_takes_the_free_title_right_before_its_text():
    [article] = split(SUBTITLE_AFTER_THE_TEXT)
    assert parts(article) == ("", "春风又绿江南岸", "——记县农技站站长周建国")


# Two features set side by side: the extraction reads their titles row by row, both headlines
# and then both subtitles. Each subtitle's headline stands at its place among the headlines.
SIDE_BY_SIDE_FEATURES = """\
城边的绿色客厅

春风又绿江南岸

——县城新建三座公园见闻

——记县农技站站长周建国

县城今年新建的三座公园五月
前全部对外开放，三座公园总
面积达四百多亩。

县农技站站长周建国今年五十
岁，在田间地头一干就是三十
年。
"""


def test_side_by_side_subtitles_take_the_headlines_in_the_same_order():
    parks, farmer = split(SIDE_BY_SIDE_FEATURES)
    assert parts(parks) == ("", "城边的绿色客厅", "——县城新建三座公园见闻")
    assert parts(farmer) == ("", "春风又绿江南岸", "——记县农技站站长周建国")


# A title set after the subtitles of such a run (of the next row, or an author's name set
# like one) begins the next row: the headlines before the subtitles pair with them in order.
SIDE_BY_SIDE_FEATURES_AND_A_TITLE = SIDE_BY_SIDE_FEATURES.replace(
    "——记县农技站站长周建国\n", "——记县农技站站长周建国\n\n桃李芬芳\n"
)


def test_side_by_side_subtitles_pair_with_the_headlines_before_a_title_after_them():
    parks, farmer = split(SIDE_BY_SIDE_FEATURES_AND_A_TITLE)
    assert parts(parks)[1:] == ("城边的绿色客厅", "——县城新建三座公园见闻")
    assert parts(farmer)[1:] == ("春风又绿江南岸", "——记县农技站站长周建国")


# A title line longer than the headline above it, set between the headline and the text with
# its byline, is the subtitle, printed without a dash: a headline is set in the largest type.
SUBTITLE_WITHOUT_A_DASH = """\
春耕备耕全面展开

县农业农村局局长谈今年的几项重点工作
本报记者 王平

连日来，全县春耕备耕工作全
面展开，各乡镇组织农技人员
下村指导，帮助农户选种育秧。
"""


def test_a_longer_line_between_the_headline_and_its_text_is_its_subtitle():
    [article] = split(SUBTITLE_WITHOUT_A_DASH)
    assert parts(article) == ("", "春耕备耕全面展开", "县农业农村局局长谈今年的几项重点工作")
    assert article.reporters == ("王平",)


# The same in one block with the headline: the line that holds many more characters than the
# headline above it is set in a smaller type, a subtitle without a dash.
SUBTITLE_WITHOUT_A_DASH_IN_ITS_BLOCK = """\
山村通了公交车
全县最后一个行政村告别了不通客车的日子

本报讯 昨天上午，一辆崭新的公交
车开进了大山深处的石门村，全县
最后一个行政村告别了不通客车的
日子。
"""


def test_a_much_longer_line_under_the_headline_in_its_block_is_its_subtitle():
    [article] = split(SUBTITLE_WITHOUT_A_DASH_IN_ITS_BLOCK)
    assert parts(article) == ("", "山村通了公交车", "全县最后一个行政村告别了不通客车的日子")


# A headline over a subtitle wrapped on two lines, each a little longer than the headline: the
# subtitle is set in a smaller type, though it has no dash and neither line is much longer. One
# line a little longer is the editor's break within the headline.
SUBTITLE_WRAPPED_WITHOUT_A_DASH = """\
城关老街修缮一新
沿街的老字号商铺陆续
重新开张迎来八方游客
本报记者 王平

今年春天，县里投入资金修缮城关
老街的石板路，沿街的商铺陆续重
新开张，游客越来越多。
"""


def test_two_lines_each_a_little_longer_than_the_headline_are_its_subtitle():
    [article] = split(SUBTITLE_WRAPPED_WITHOUT_A_DASH)
    assert parts(article) == ("", "城关老街修缮一新", "沿街的老字号商铺陆续重新开张迎来八方游客")
    assert article.reporters == ("王平",)
    one_line = SUBTITLE_WRAPPED_WITHOUT_A_DASH.replace(
        "沿街的老字号商铺陆续\n重新开张迎来八方游客", "迎来八方游客的老街"
    )
    assert parts(split(one_line)[0]) == ("", "城关老街修缮一新迎来八方游客的老街", "")


# A title of two lines in one block, the second two characters or more wider than the first: a
# headline wrapped fills its first line, so the first is a headline and the second a subtitle,
# though no dash marks it and it is not much longer. A centred headline's second line a
# character wider is its own, as is a line under a title printed twice.
HEADLINE_OVER_A_LONGER_DECK = """\
县里新建三所乡村小学
今年秋季全县孩子都能就近入学

  本报讯 县教育局昨天宣布，三所新
建的乡村小学已经完工，秋季开学后
孩子们不用再走远路上学了。
"""


def test_a_second_line_two_characters_wider_than_the_first_is_a_subtitle():
    [school] = split(HEADLINE_OVER_A_LONGER_DECK)
    assert parts(school) == ("", "县里新建三所乡村小学", "今年秋季全县孩子都能就近入学")
    centred = HEADLINE_OVER_A_LONGER_DECK.replace(
        "今年秋季全县孩子都能就近入学", "乡村孩子秋季起就近上学"
    )
    assert squeeze(split(centred)[0].headline) == "县里新建三所乡村小学乡村孩子秋季起就近上学"
    assert split(centred)[0].subtitle == ""
    doubled = HEADLINE_OVER_A_LONGER_DECK.replace(
        "县里新建三所乡村小学\n", "县里新建三所乡村小学县里新建三所乡村小学\n"
    )
    assert parts(split(doubled)[0]) == ("", "县里新建三所乡村小学", "今年秋季全县孩子都能就近入学")


# A headline wrapped over two lines, its second two characters wider: a word run on across the
# break, or a first line narrowed by half-width digits, shows one headline, no subtitle.
@pytest.mark.parametrize(
    "title",
    ["全县上下齐心协力做\n好冬春季节森林防火工作\n", "今年1至11月全县\n外贸进出口额大幅增长\n"],
    ids=["word across", "digits"],
)
def test_a_wrapped_headlines_wider_second_line_stays_its_own(title):
    page = HEADLINE_OVER_A_LONGER_DECK.replace(
        "县里新建三所乡村小学\n今年秋季全县孩子都能就近入学\n", title
    )
    [article] = split(page)
    assert article.subtitle == ""
    assert squeeze(article.headline) == squeeze(title.replace("\n", ""))


# A narrow headline broken by the editor into lines that grow from a short first line: each line
# under that one holds more, yet they are the headline's own words, no subtitle wrapped.
NARROW_HEADLINE_GROWING = """\
我省
粮食产量
创历史新高

  省统计局昨天公布，今年全省粮
食总产量比上年增长百分之六。
"""


def test_lines_growing_under_a_narrow_headlines_short_first_line_are_its_own():
    [article] = split(NARROW_HEADLINE_GROWING)
    assert (squeeze(article.headline), article.subtitle) == ("我省粮食产量创历史新高", "")


# A dash line printed above the headline leads into it: a kicker, not a subtitle.
DASH_ABOVE = """\
——记县农技站站长周建国

农技站长的春天
本报记者 钱小平

县农技站站长周建国今年五十
岁，在田间地头一干就是三十
年。
"""


def test_a_dash_line_above_the_headline_is_its_kicker():
    [article] = split(DASH_ABOVE)
    assert parts(article) == ("——记县农技站站长周建国", "农技站长的春天", "")


# A title line that ends with a dash leads into the headline, wherever the extraction put it.
DASH_AFTER_THE_KICKER = """\
乡村书屋开张

孩子们放学有了新去处———

本报讯 村里的书屋昨天开张，
孩子们放学后都来这里看书。
"""


def test_a_title_line_ending_with_a_dash_is_the_kicker_even_when_printed_second():
    [article] = split(DASH_AFTER_THE_KICKER)
    assert parts(article) == ("孩子们放学有了新去处———", "乡村书屋开张", "")


# A marked line (`●…`) under one article's headline whose words are another article's is no
# subtitle of the first, nor a line of its text.
MARKED_LINE_OF_ANOTHER = """\
山区水库加固工程完工

本报讯 县里三座山区水库的加固工程
昨天完工，水库蓄水能力提高一成，下游
五个村的农田灌溉有了保障。

一周新闻

●三座山区水库蓄水能力提高一成

今年春节前后，县城的菜市场货源充足，
价格平稳，市民买菜很方便。
"""


def test_a_marked_line_sharing_another_articles_words_is_no_subtitle_of_the_title_above():
    first, second = split(MARKED_LINE_OF_ANOTHER)
    assert parts(first) == ("", "山区水库加固工程完工", "")
    assert parts(second) == ("", "一周新闻", "")
    assert "●" not in second.body


# Lines that close a bracket or a quote they never opened are running text broken off and set
# apart by the extraction: neither a headline nor a kicker.
BROKEN_OFF_TEXT = """\
县里表彰植树造林先进单位

共十二个）
护林”志愿队

本报讯 县里昨天召开大会，表彰植树
造林先进单位和“护林”志愿队，共
十二个单位受到表彰。
"""


def test_lines_closing_what_they_never_opened_are_no_title():
    [article] = split(BROKEN_OFF_TEXT)
    assert parts(article) == ("", "县里表彰植树造林先进单位", "")


def test_title_lines_join_and_an_editors_break_between_phrases_keeps_a_space():
    # A line clearly longer than the one before shows that line was not full: a phrase break.
    assert title_text(["坚持创新驱动", "深化改革开放", "奋力开创高质量发展新局面"]) == (
        "坚持创新驱动深化改革开放 奋力开创高质量发展新局面"
    )
    assert title_text(["全县春耕生产现场会", "在芹阳召开"]) == "全县春耕生产现场会在芹阳召开"
    assert undouble("三年百叟宴三年百叟宴 浓浓敬老情浓浓敬老情") == "三年百叟宴 浓浓敬老情"
    # Typeset twice, the letters kept once but the quotes twice.
    assert title_text(["小镇迎来““开门红””"]) == "小镇迎来“开门红”"


# A headline typeset twice (fake bold), extracted line by line at the top of its article's
# first block: a headline, never an intertitle of the text before it, nor the text's first line.
DOUBLED_IN_BLOCK = """\
县里开展义务植树活动

本报讯县里昨天组织干部
群众到城北荒山义务植树
一千多人参加了这次活动
共种下树苗两万多株。

山村书屋开门迎客
山村书屋开门迎客
东坡村的书屋今天开门迎
客，村民们一早就来到这
里借书看报，孩子们也来
写作业。
"""


def test_a_headline_printed_twice_atop_a_block_of_text_heads_that_text():
    trees, books = split(DOUBLED_IN_BLOCK)
    assert (
        trees.body
        == "本报讯县里昨天组织干部群众到城北荒山义务植树一千多人参加了这次活动共种下树苗两万多株。"
    )
    assert (books.headline, squeeze(books.body)[:6]) == ("山村书屋开门迎客", "东坡村的书屋")


# A headline and its byline, or its dash subtitle, that pdftotext set into the block of the
# article's first column (the headline has a comma, so it does not look like a title alone).
TITLE_IN_BLOCK = """\
春到山乡，处处新景
钱小平
清晨，村口的老槐树下已经
聚满了人。今年的春耕比往
年早了半个月。
"""

SUBTITLE_IN_BLOCK = """\
山村来了新医生
——记一位乡村医生的一天
清晨六点，卫生室的门就开
了。村民们说，看病不用再
跑县城。
"""


def test_a_headline_with_a_comma_above_its_byline_in_a_block_of_its_own_is_a_title():
    [article] = split(TITLE_IN_BLOCK.replace("钱小平\n", "钱小平\n\n"))
    assert (article.headline, article.reporters) == ("春到山乡，处处新景", ("钱小平",))
    assert article.body == "清晨，村口的老槐树下已经聚满了人。今年的春耕比往年早了半个月。"


# A headline set narrow that names its topic, then a colon, then what of it, wrapped with the
# colon at a line's end, signed in its block: a title, not a line of text leaving a clause open.
TOPIC_TITLE_WRAPPED = """\
城关镇：
新添三座
街心公园
王平

今年春天，城关镇在老街、
新区和火车站附近各建了一座街心
公园，种下香樟、桂花两千多株，
铺设健身步道三公里。
"""


def test_a_signed_narrow_headline_may_wrap_after_its_topics_colon():
    [article] = split(TOPIC_TITLE_WRAPPED)
    assert (article.headline, article.reporters) == ("城关镇：新添三座街心公园", ("王平",))
    assert article.body.startswith("今年春天，城关镇")


def test_labels_over_their_values_or_options_are_no_headline_wrapped_at_a_colon():
    # A box of labels and values, or one label over options that repeat a word, signed: no
    # headline wrapped after its topic's colon.
    assert not _is_title_block(["主办：", "县妇联", "协办：", "县文化馆", "赵刚"])
    assert not _is_title_block(["咨询方式：", "电话咨询", "窗口咨询", "赵刚"])
    assert _is_title_block(["城关镇：", "新添三座", "街心公园", "王平"])


def test_a_label_over_a_caption_or_over_names_is_no_headline_wrapped_at_a_colon():
    # A label alone over a caption far wider than it, or over the names it credits: no topic
    # of a headline set narrow, wrapped on a line as wide.
    assert not _is_title_block(["图片：", "县城新建的街心公园一角", "王平"])
    assert not _is_title_block(["摄影：", "王平", "李明"])


def test_a_headline_closed_by_a_byline_at_the_top_of_a_text_block_is_no_text():
    [article] = split(TITLE_IN_BLOCK)
    assert (article.headline, article.reporters) == ("春到山乡，处处新景", ("钱小平",))
    assert article.body == "清晨，村口的老槐树下已经聚满了人。今年的春耕比往年早了半个月。"


def test_a_dash_subtitle_opening_a_text_block_under_its_headline_is_no_text():
    [article] = split(SUBTITLE_IN_BLOCK.replace("山村来了新医生\n", "山村来了新医生\n\n"))
    assert parts(article) == ("", "山村来了新医生", "——记一位乡村医生的一天")
    assert article.body == "清晨六点，卫生室的门就开了。村民们说，看病不用再跑县城。"


def test_a_headline_closed_by_a_dash_subtitle_at_the_top_of_a_text_block_is_no_text():
    [article] = split(SUBTITLE_IN_BLOCK)
    assert parts(article) == ("", "山村来了新医生", "——记一位乡村医生的一天")
    assert article.body == "清晨六点，卫生室的门就开了。村民们说，看病不用再跑县城。"


# A dash line right under the headline, over the text, that no sentence runs on from (it ends
# with a question, or stops short of the column's edge) is the subtitle, though it holds a comma
# or a colon as running text does.
DASH_LINE_OVER_A_TEXT = [
    "每到春节，给孩子的压岁钱",
    "成了不少家长的心事，给少",
    "了怕失面子。",
]


@pytest.mark.parametrize(
    "subtitle", ["——一百，还是一千？", "——一百，还是一千", "——手记：一百还是一千？"]
)
def test_a_dash_line_with_a_comma_under_a_headline_over_its_text_is_its_subtitle(subtitle):
    column = "\n".join(DASH_LINE_OVER_A_TEXT)
    [article] = split(f"压岁钱该给多少\n{subtitle}\n  {column}\n")
    assert parts(article) == ("", "压岁钱该给多少", subtitle)
    assert article.body == "".join(DASH_LINE_OVER_A_TEXT)


# A dash line that opens a block has no title line above it there: a question put in a dialogue
# at the top of a column (`——老乡，今年收成怎么样？`), after a column left open at a colon, is a
# line of the text, though it holds a comma and ends a question.
DIALOGUE_AT_A_COLUMNS_TOP = """\
山村秋收忙

本报讯 记者来到石门村时，
村民们正在田里收割稻谷。
记者拦住一位老农，问道：

——老乡，今年收成怎么样？
——还不错，比去年多收了
两成，家家都有余粮了。
老农笑着说，今年风调雨顺，
合作社的农机也帮了大忙。
"""


def test_a_dash_line_with_a_comma_at_the_top_of_a_column_stays_in_the_text():
    [article] = split(DIALOGUE_AT_A_COLUMNS_TOP)
    assert parts(article) == ("", "山村秋收忙", "")
    assert "问道：——老乡，今年收成怎么样？——还不错，" in article.body


# A dash line right under the headline over another dash line is a question put in a dialogue
# that opens the text, the reply under it: both stay in the text.
DIALOGUE_UNDER_A_HEADLINE = """\
渡口新事
——师傅，今天还开船吗？
——开！雾散了就开，误不了
大家赶集。
  老船工一边解缆绳，一边招呼
乘客们坐稳扶好。
"""


def test_a_dash_question_under_a_headline_over_its_reply_stays_in_the_text():
    [article] = split(DIALOGUE_UNDER_A_HEADLINE)
    assert parts(article) == ("", "渡口新事", "")
    assert article.body.startswith("——师傅，今天还开船吗？——开！")


# A headline set narrow, in lines less than half the column wide, one ending at a comma.
NARROW_HEADLINE = """\
全县植树、
护林先进
集体名单

本报讯 县林业局近日表彰了
一批植树护林先进集体，全县
共有十二个单位获此殊荣。他
们多年来坚持植树造林，为绿
化家乡作出了贡献。
"""


def test_a_narrow_headline_with_a_comma_at_a_line_end_is_a_title():
    [article] = split(NARROW_HEADLINE)
    assert article.headline == "全县植树、护林先进集体名单"
    assert article.body.startswith("本报讯县林业局")


# A photo caption set wider than the columns, in lines as wide as each other that run on to
# a stop: a paragraph, not a headline across columns.
WIDE_CAPTION = """\
县里春耕忙

本报讯 县农业农村局近日组
织专家深入田间地头，指导农
户做好春耕备耕工作，发放技
术资料五百份，受到欢迎。

田间课堂

县里的农民在田间学习新的水稻插秧技术，专家为
他们讲解操作的要点，手把手教大家使用新农机
具，大家都说学到了真本领。
记者 王平 摄
"""


def test_a_caption_wider_than_the_columns_is_text_not_a_headline():
    news, photo = split(WIDE_CAPTION)
    assert news.headline == "县里春耕忙"
    assert (photo.headline, photo.photo) == ("田间课堂", True)
    assert photo.body == (
        "县里的农民在田间学习新的水稻插秧技术，专家为他们讲解操作的要点，"
        "手把手教大家使用新农机具，大家都说学到了真本领。"
    )


# A headline as wide as the column at the top of a text block, above an indented first line:
# running text never stops without a stop before a new paragraph.
HEADLINE_ABOVE_AN_INDENT = """\
县城开通两条便民服务热线
县政府近日开通了两条
便民服务热线，为群众办事
提供便捷的咨询渠道。热线
由专人值守，每天早八点到
晚八点接听来电。
"""


def test_a_full_line_without_a_stop_above_an_indented_line_is_a_headline():
    [article] = split(HEADLINE_ABOVE_AN_INDENT)
    assert article.headline == "县城开通两条便民服务热线"
    assert article.body.startswith("县政府近日开通了两条便民服务热线，")


# A title right above a piece that goes on mid-paragraph is not that piece's headline: it goes
# to the article whose words it shares, which begins with its lead elsewhere.
TITLE_ABOVE_A_CONTINUATION = """\
本报讯 县农业农村局近日组
织专家深入田间地头，指导农
户做好春耕备耕工作。

专家下田送技术

馆新馆今天开放，藏书三十
万册，设有少儿阅览区。
"""


# A block's first line that stops short by the indent, above a short line that ends the
# sentence: a paragraph of two lines, not a title set into the block.
TWO_LINE_PARAGRAPH = """\
春耕时节话农事

“开秧门”是乡里人的
说法，指插秧头一天。
到了这一天，村里的老老少
少都下到田里，一边插秧一
边唱歌，热闹得像过节一样。
"""


def test_an_indented_line_over_a_short_line_that_ends_the_sentence_is_a_paragraph():
    [article] = split(TWO_LINE_PARAGRAPH)
    assert article.headline == "春耕时节话农事"
    assert sentences(article.body)[0] == "“开秧门”是乡里人的说法，指插秧头一天。"


def test_a_title_above_a_piece_that_goes_on_mid_paragraph_is_not_its_headline():
    farming, library = split(TITLE_ABOVE_A_CONTINUATION)
    assert (farming.headline, library.headline) == ("专家下田送技术", "")


# A headline, then a column of another article that goes on from a column before it, then the
# headline's dash subtitle over its text: the column read between them does not part the
# headline from its subtitle.
HEADLINE_OVER_ANOTHER_COLUMN_AND_A_SUBTITLE = """\
县城新建三座公园

  县城今年新建三座公园，市民休
闲有了好去处。新公园分别位于城
东、城南和城北，总面积一百二十
亩，园内建有步道、广场和儿童游

春风里的约定

乐设施，周边居民步行十分钟就能
到达。据了解，三座公园将于五月
一日前全部建成开放。

——县林业局组织市民义务植树

  本报讯 县林业局昨天组织市民
到城郊山坡义务植树，三百多名市
民种下樟树、桂花树等苗木两千多
株。林业局工作人员现场讲解栽种
要领，市民们挖坑、培土、浇水，
干劲十足。
"""


def test_a_subtitles_headline_above_it_across_another_articles_column_is_its_headline():
    parks, planting = split(HEADLINE_OVER_ANOTHER_COLUMN_AND_A_SUBTITLE)
    assert (parks.headline, squeeze(parks.body)[-8:]) == ("县城新建三座公园", "前全部建成开放。")
    assert parts(planting) == ("", "春风里的约定", "——县林业局组织市民义务植树")


# Two texts the pages below set under their titles: a report, and a profile under its byline.
PARKS_REPORT = """\
  本报讯 县城今年新建三座公园，市民休
闲有了好去处。新公园分别位于城
东、城南和城北，总面积一百二十
亩，园内建有步道、广场和儿童游
乐设施，周边居民步行十分钟就能
到达。据了解，三座公园将于五月
一日前全部建成开放。
"""
TEACHER_UNDER_HIS_BYLINE = """\
本报记者 李华
  王明在山村小学教了三十年书，
送走了一批又一批孩子。每天清
晨，他都早早来到教室，生好炉
子，等着孩子们到来。
  去年冬天大雪封山，他背着孩
子们过河上学，一趟又一趟，从
没有误过一堂课。
"""


# Two headlines stacked over the first article's text, the second's dash subtitle read into a
# later column of it: the second headline shares no word of that text, and is the headline of
# the article that took only its subtitle, not that article's kicker.
STACKED_HEADLINES_AND_A_SUBTITLE_IN_ANOTHER_COLUMN = (
    """\
县城新建三座公园

春风里的约定

  本报讯 县城今年新建三座公园，市民休
闲有了好去处。新公园分别位于城
东、城南和城北，总面积一百二十
亩，园内建有步道、广场和儿童游
乐设施，周边居民步行十分钟就能

——记山村小学教师王明

到达。据了解，三座公园将于五月
一日前全部建成开放。

"""
    + TEACHER_UNDER_HIS_BYLINE
)


def test_a_headline_over_another_articles_text_goes_to_the_article_with_its_subtitle():
    parks, teacher = split(STACKED_HEADLINES_AND_A_SUBTITLE_IN_ANOTHER_COLUMN)
    assert (parts(parks), squeeze(parks.body)[-8:]) == (
        ("", "县城新建三座公园", ""),
        "前全部建成开放。",
    )
    assert parts(teacher) == ("", "春风里的约定", "——记山村小学教师王明")


# One word of that headline in the text of an article with a headline of its own may be chance:
# it keeps the headline from the article that took its subtitle no more.
STACKED_HEADLINES_AND_A_WORD_OF_ANOTHER_ARTICLE = (
    STACKED_HEADLINES_AND_A_SUBTITLE_IN_ANOTHER_COLUMN.replace(
        "春风里的约定", "晴空下那一段美好的约定"
    )
    + """
东门大桥通车

  本报讯 县城东门大桥今天通车，
晴空下车流不断，市民过江只需
五分钟。
"""
)


def test_one_word_of_a_headline_in_another_headed_text_leaves_it_to_its_subtitle():
    parks, teacher, bridge = split(STACKED_HEADLINES_AND_A_WORD_OF_ANOTHER_ARTICLE)
    assert [parks.headline, bridge.headline] == ["县城新建三座公园", "东门大桥通车"]
    assert parts(teacher) == ("", "晴空下那一段美好的约定", "——记山村小学教师王明")


# A title read over another article's last column, none of whose words are the title's,
# heads the text still without a title that holds one of its word pairs.
TITLE_OVER_ANOTHER_ARTICLES_COLUMN = """\
山村教师王明

  本报讯 王明在山村小学教了三十年
书，送走了一批又一批孩子。去年年
底大雪封山，他背着孩

炉火映红的那个冬天夜晚

子们过河上学，一趟又一趟，从没
有误过一堂课。

  本报讯 深夜的车间里，炉火照亮了
每一张脸。老张带着徒弟们连夜抢
修设备，直到天亮才停下手中的活儿。
"""


def test_a_title_over_another_articles_column_heads_the_untitled_text_sharing_its_words():
    *_, column, workshop = split(TITLE_OVER_ANOTHER_ARTICLES_COLUMN)
    assert squeeze(column.body).endswith("误过一堂课。")
    assert (column.headline, workshop.headline) == ("", "炉火映红的那个冬天夜晚")


# Digits a title shares with a text still without a title (`10`) may be chance: it stays where
# its place gave it.
TITLE_OVER_A_COLUMN_SHARING_ONLY_DIGITS = TITLE_OVER_ANOTHER_ARTICLES_COLUMN.replace(
    "炉火映红的那个冬天夜晚", "那10个无眠的冬夜"
).replace("抢\n修设备", "抢\n修10台设备")


def test_a_title_sharing_only_digits_with_an_untitled_text_does_not_head_it():
    *_, column, workshop = split(TITLE_OVER_A_COLUMN_SHARING_ONLY_DIGITS)
    assert (column.headline, workshop.headline) == ("那10个无眠的冬夜", "")


# Two headlines set side by side print their dash subtitles after them both: the second
# subtitle's headline is the title before the first subtitle, though no word of its text is
# the headline's.
SIDE_BY_SIDE_HEADLINES_THEN_THEIR_SUBTITLES = (
    "县城新建三座公园\n\n春风里的约定\n\n——市民休闲有了好去处\n\n"
    + PARKS_REPORT
    + "\n——记山村小学教师王明\n\n"
    + TEACHER_UNDER_HIS_BYLINE
)


def test_a_subtitles_headline_stands_before_another_headlines_subtitle():
    parks, teacher = split(SIDE_BY_SIDE_HEADLINES_THEN_THEIR_SUBTITLES)
    assert parts(parks) == ("", "县城新建三座公园", "——市民休闲有了好去处")
    assert parts(teacher) == ("", "春风里的约定", "——记山村小学教师王明")


# A headline over its own subtitle and text, though it shares no word of that text, stays that
# article's: a later article that took only a subtitle does not take it past that subtitle.
HEADLINE_OVER_ITS_SUBTITLE_THEN_A_SUBTITLE_ALONE = (
    "春风里的约定\n\n——县城新建三座公园\n\n"
    + PARKS_REPORT
    + "\n——记山村小学教师王明\n\n"
    + TEACHER_UNDER_HIS_BYLINE
)


def test_a_headline_over_its_own_subtitle_stays_past_it_from_a_later_subtitle():
    parks, teacher = split(HEADLINE_OVER_ITS_SUBTITLE_THEN_A_SUBTITLE_ALONE)
    assert parts(parks) == ("", "春风里的约定", "——县城新建三座公园")
    assert parts(teacher) == ("", "", "——记山村小学教师王明")


# --- Column pieces out of order ---

# pdftotext put a piece of the second article's column between two of the first's, and the
# second article's first column last. Sentences left open at a column's end, words running
# across the join (`东|门`, `六|百`) and the words each article's pieces share put them back.
SCRAMBLED = """\
东门大桥通车

本报讯县城东门大桥
今天上午正式通车。大桥
全长三百二十米，双向四
车道，两侧设有人行道和
自行车道。建成以后，东

百多名同学告别了旧校舍。
校长介绍，下学期学校还
将开设书法、围棋和剪纸
课。

门一带的交通拥堵将大为
缓解，市民过江只需五分
钟。

城南小学换新貌
本报记者 赵明

城南小学今年新建了
一幢四层教学楼，添置了
图书室和实验室，全校六
"""


def test_column_pieces_out_of_order_go_back_to_their_articles():
    bridge, school = split(SCRAMBLED)
    assert (bridge.headline, bridge.body) == (
        "东门大桥通车",
        "本报讯县城东门大桥今天上午正式通车。大桥全长三百二十米，双向四车道，两侧设有人行道"
        "和自行车道。建成以后，东门一带的交通拥堵将大为缓解，市民过江只需五分钟。",
    )
    assert (school.headline, school.reporters, school.body) == (
        "城南小学换新貌",
        ("赵明",),
        "城南小学今年新建了一幢四层教学楼，添置了图书室和实验室，全校六百多名同学告别了旧校舍。"
        "校长介绍，下学期学校还将开设书法、围棋和剪纸课。",
    )


# A paragraph that begins a column after another article's photo credit, with no title of its
# own, shares its words with the article whose last column ends a paragraph: it goes on there,
# though it shares few words with that column alone.
HEADLESS_PARAGRAPH = """\
村里建起污水处理站

本报讯 今年春天，河口村
建起了一座污水处理站，全村
三百多户村民的生活污水都接
进了管网，护河队每天巡河，
村里的小河又清了。

县里举办农民运动会

本报讯 县里第三届农民运
动会昨天开幕，六百多名运动
员参加拔河、挑担等十个项目
的比赛。 本报记者 王平 摄

污水处理站建在村东
头，每天能处理污水两百吨，
电费由村集体出。

新修的大桥通车了

本报讯 城南新修的大桥昨
天通车，两岸居民过江只需五
分钟。 本报记者 李明 摄

护河队的队员都是村
里的老党员，每天巡河捡垃圾，
村里的小河又清了，鱼也回来
了。
"""


def test_a_headless_paragraph_goes_on_in_the_article_whose_words_it_shares():
    sewage, games, bridge = split(HEADLESS_PARAGRAPH)
    assert (sewage.headline, games.headline, bridge.headline) == (
        "村里建起污水处理站",
        "县里举办农民运动会",
        "新修的大桥通车了",
    )
    assert (
        sentences(sewage.body)[-1]
        == "护河队的队员都是村里的老党员，每天巡河捡垃圾，村里的小河又清了，鱼也回来了。"
    )
    assert games.photo and bridge.photo


# A whole paragraph set above its article's headline, with no title of its own, shares a few of
# that article's words and none of the other's: it goes on in that article, though a paragraph
# read before the article's text is no fit after its end by layout alone.
PARAGRAPH_ABOVE_ITS_HEADLINE = """\
每到周末，新馆的少儿阅览
室里总是坐满了借书的小读者，
带着孩子来借书的家长尤其多。
工作人员说，周末是开馆以来
最忙的时候。

县图书馆新馆开放

本报讯 县图书馆新馆昨天
正式开放。新馆建筑面积一万
二千平方米，藏书三十万册，设
有少儿阅览室。
  新馆开放第一天，前来借
书的读者排起了长队，工作人
员加班到晚上八点。

城南小学开设书法课

本报讯 城南小学本学期开设
了书法课，每周一节，请县书
法家协会的老师来上课。
  学校还准备开设围棋课和
剪纸课，让同学们多学一门手
艺，书法课受到同学们欢迎。
"""


def test_a_headless_paragraph_goes_to_the_one_article_whose_words_it_clearly_shares():
    library, school = split(PARAGRAPH_ABOVE_ITS_HEADLINE)
    assert (library.headline, school.headline) == ("县图书馆新馆开放", "城南小学开设书法课")
    assert library.body.split("\n\n")[-1] == (
        "每到周末，新馆的少儿阅览室里总是坐满了借书的小读者，带着孩子来借书的家长尤其多。"
        "工作人员说，周末是开馆以来最忙的时候。"
    )


# A short paragraph set above its article's headline shares only a word or two with it: a
# similarity below what two long texts of a page share by chance, but several times what two
# texts of their lengths share by chance. It goes on in that article all the same.
SHORT_PARAGRAPH_ABOVE_ITS_HEADLINE = """\
一位老花农拄着拐杖观赏了好
一阵子，连声说好，又问明年
的菊花展还办不办。

镇上举办首届菊花展

本报讯 镇上首届菊花展昨天
在文化广场开幕。展出的三百
多盆菊花由镇里的花农培育，
品种有五十多个。
  展期十天，每天上午八点开
放，不收门票，附近几个乡的
村民都赶来观赏。

城南小学开设书法课

本报讯 城南小学本学期开设
了书法课，每周一节，请县书
法家协会的老师来上课。
  学校还准备开设围棋课和
剪纸课，让同学们多学一门手
艺，书法课受到同学们欢迎。

新修的大桥通车了

本报讯 城东新修的大桥昨天
通车，两岸居民过江只需五分
钟，不用再绕道老码头坐渡船。
  大桥全长八百米，双向四车
道，桥上还设了人行道。
"""


def test_a_short_headless_paragraph_goes_where_its_few_words_are_beyond_chance():
    show, school, bridge = split(SHORT_PARAGRAPH_ABOVE_ITS_HEADLINE)
    assert (show.headline, school.headline, bridge.headline) == (
        "镇上举办首届菊花展",
        "城南小学开设书法课",
        "新修的大桥通车了",
    )
    assert show.body.split("\n\n")[-1] == (
        "一位老花农拄着拐杖观赏了好一阵子，连声说好，又问明年的菊花展还办不办。"
    )


# A paragraph set in a box wider than the columns, with no title of its own: no column goes on
# into it, nor it into one. Its words are clearly the first article's: it goes on there.
PARAGRAPH_IN_A_WIDER_BOX = """\
村里建起污水处理站

本报讯 今年春天，河口村
建起了一座污水处理站，全村
三百多户村民的生活污水都接
进了管网，污水处理站每天能
处理污水两百吨。
  污水处理站建在村东头，
电费由村集体出，村里的小河
又清了。

县里举办农民运动会

本报讯 县里第三届农民运
动会昨天开幕，六百多名运动
员参加拔河、挑担等十个项目
的比赛。
  运动会为期三天，县里的
十二个乡镇都派出了代表队。

  村民们说，污水处理站建起来以后，
村东头的小河不再发臭，河口村的生活
污水都进了管网，孩子们又能下河了，
村里的老人们也爱到河边散步。污水处
理站的电费由村集体出，村民们都说这
笔钱花得值。
"""


def test_a_headless_paragraph_no_column_links_to_goes_where_its_words_tell():
    sewage, games = split(PARAGRAPH_IN_A_WIDER_BOX)
    assert (sewage.headline, games.headline) == ("村里建起污水处理站", "县里举办农民运动会")
    assert sewage.body.split("\n\n")[-1].startswith("村民们说，污水处理站建起来以后")
    assert "运动会为期三天" in games.body and "村民们说" not in games.body


# The same on a page that indents no paragraph: a headless text there may as well be an article
# of its own, but one whose words are clearly one article's goes on in that article.
FLUSH_PARAGRAPH_IN_A_WIDER_BOX = """\
村里建起污水处理站

今年春天，河口村建起了一
座污水处理站，全村三百多
户村民的生活污水都接进了
管网。
护河队每天巡河，村里的小
河又清了。
污水处理站建在村东头，每
天能处理污水两百吨。

县里举办农民运动会

县里第三届农民运动会昨天
开幕，六百多名运动员参加
拔河、挑担等十个项目的比
赛。
运动会为期三天，县里的十
二个乡镇都派出了代表队。

村民们说，污水处理站建起来以后，村
东头的小河不再发臭，河口村的生活污
水都进了管网，孩子们又能下河了，村
里的老人们也爱到河边散步。污水处理
站的电费由村集体出，村民们都说这笔
钱花得值。
"""


def test_a_headless_paragraph_on_a_page_without_indents_goes_where_its_words_tell():
    sewage, games = split(FLUSH_PARAGRAPH_IN_A_WIDER_BOX)
    assert (sewage.headline, games.headline) == ("村里建起污水处理站", "县里举办农民运动会")
    assert sewage.body.split("\n\n")[-1].startswith("村民们说，污水处理站建起来以后")
    assert "村民们说" not in games.body


# An article's first column stands under its headline and subtitle; its second column, set under
# another article's headline, holds the headline's words and takes it. The first column, left
# headless, goes before the second: the text begins right under its headline.
FIRST_COLUMN_UNDER_ITS_HEADLINE = """\
街头书摊多了

——县城文化生活见闻

  入冬以来，县城的夜晚不再
冷清，广场上跳舞的人越来越
多，电影院里也天天满座，晚
上出门的人比往年多了不少。

城东新修的跨江大桥昨天正式通车

  县城的夜晚，街头的书摊也
多了起来，晚上出门的人爱在
书摊前看书，摆书摊的老人说，
晚上看书的人多了，书摊的生
意也比往年好做了。

本报讯 城东新修的大桥昨天
通车，两岸居民过江只需五分
钟，不用再绕道老码头坐渡船。
  大桥全长八百米，双向四车
道，桥上还设了人行道。
"""


def test_a_headless_first_column_goes_before_the_column_that_took_its_headline():
    books, bridge = split(FIRST_COLUMN_UNDER_ITS_HEADLINE)
    assert parts(books) == ("", "街头书摊多了", "——县城文化生活见闻")
    assert bridge.headline == "城东新修的跨江大桥昨天正式通车"
    first, second = books.body.split("\n\n")
    assert first.startswith("入冬以来，县城的夜晚不再冷清")
    assert second.startswith("县城的夜晚，街头的书摊也多了起来")


# An article whose first paragraph, under its headline, is set without an indent (as if it went
# on from a column before it), and whose second paragraph's open sentence goes on in a column
# read after a photo item: the open sentence reads on into the first paragraph as well as into
# its own column, and shares more of its words. Once the article's pieces are known, they are
# read in the order whose joins read on best: the paragraph under the headline first, the
# sentence left open read on where its column goes on.
FIRST_PARAGRAPH_READ_AFTER_THE_SECOND = """\
城南小学添新书

本报讯 城南小学近日收到
一批捐赠的新图书，孩子们课
间都爱到图书室看书。

老街换新颜

城东老街的改造工程昨天完
工。改造以后的老街石板路平
整，老房子修旧如旧，街上的
茶馆和老字号重新开张了。

  老街的改造从前年开始，
县里请来了老工匠，石板路和
老房子都按照老办法修，街上
的茶馆、老字号陆续回到老街，

新修的大桥通车了

本报讯 城南新修的大桥昨
天通车。 本报记者 李明 摄

周末来逛老街的游客越来越
多，老街上的茶馆天天满座。
"""


def test_an_articles_pieces_are_read_in_the_order_whose_joins_read_on_best():
    school, street, bridge = split(FIRST_PARAGRAPH_READ_AFTER_THE_SECOND)
    assert (school.headline, street.headline, bridge.headline) == (
        "城南小学添新书",
        "老街换新颜",
        "新修的大桥通车了",
    )
    assert sentences(street.body)[0] == "城东老街的改造工程昨天完工。"
    assert "陆续回到老街，周末来逛老街的游客越来越多" in squeeze(street.body)
    assert squeeze(street.body).endswith("老街上的茶馆天天满座。")


# A headline broken into short lines stands in a narrow column beside its text: pdftotext reads
# it after the column set to its left, the article's first.
HEADLINE_SET_BESIDE_ITS_TEXT = """\
  县城北边的老街去年开始
改造，县里请来老工匠，给老
街的老房子修旧如旧。
  老工匠们说，老房子要按
老办法修，石板路要用老石板
铺，老街才有老街的样子。

巧手绣新颜
添光彩

  老工匠们带着徒弟，给老
街的每一座老房子都定了修缮
方案，明年全部完工。
  老街的居民说，老工匠修
的老房子住着更舒服了。
"""


def test_a_headline_set_beside_its_text_follows_the_column_read_before_it():
    (street,) = split(HEADLINE_SET_BESIDE_ITS_TEXT)
    assert street.headline == "巧手绣新颜添光彩"
    assert (
        sentences(street.body)[0]
        == "县城北边的老街去年开始改造，县里请来老工匠，给老街的老房子修旧如旧。"
    )
    assert squeeze(street.body).endswith("老工匠修的老房子住着更舒服了。")


def test_a_line_left_short_by_a_character_carried_down_with_a_closing_mark_goes_on():
    # No line may begin with `”`: `桥` went down with it, and the line above stops a character
    # short of the column's edge (a character and a half by count, holding a quote).
    carried = _Piece(["都说这座桥是个“新", "桥”，修好以后来往的", "车辆多了起来。"], 10, 0, 0)
    assert carried.begins_mid and not carried.begins_paragraph
    # `桥”` would have fit on the line: it stops short by its indent.
    indented = _Piece(["都说这座桥是个“新", "桥”修好以后来往的车", "辆多了起来。"], 10, 0, 0)
    assert indented.begins_paragraph and not indented.begins_mid
    # A column's width half-way between two is not known to the half character that tells.
    unsure = _Piece(["都说这座桥是个“新", "桥”，修好以后来往的", "车辆多了起来。"], 10.5, 0, 0)
    assert unsure.begins_paragraph and not unsure.begins_mid


def test_a_piece_under_what_may_be_an_intertitle_opens_its_article_less_surely():
    # Read the other way round, the two pieces' join is worth 0.75 more: with the opening
    # bonus for a piece under a headline, that is the margin an order must win by.
    pieces = [_Piece(["县里新修的大桥"], 7, 0, 0), _Piece(["今天通车了。"], 7, 1, 1)]
    bases = {(0, 1): {}, (1, 0): {"open_end": 0.75 / _LINK_WEIGHTS["open_end"]}}
    pieces[1].after_title = 1.0  # under a headline
    assert _reading_order([0, 1], pieces, bases) == [1, 0]
    pieces[1].after_title = 0.5  # under a short line that may be an intertitle
    assert _reading_order([0, 1], pieces, bases) == [0, 1]


def test_an_article_opens_with_a_paragraph_not_with_a_column_that_goes_on_with_one():
    # The first piece's full first line goes on with a paragraph; the second's indented
    # first line begins one. Either order reads on as well, and the page indents paragraphs.
    going_on = _Piece(["村里的路修好以后，大", "家出门方便多了。"], 10, 0, 0)
    opening = _Piece(["今年春天，县里拨", "款给村里修了一条水泥", "路。"], 10, 1, 1)
    bases = {(0, 1): {}, (1, 0): {}}
    assert _reading_order([0, 1], [going_on, opening], bases, indents=True) == [1, 0]
    assert _reading_order([0, 1], [going_on, opening], bases) == [0, 1]  # no indents to tell
    # Under a byline, a paragraph may be set flush: it may open the text.
    going_on.bylines = ["本报记者 王小明"]
    assert _reading_order([0, 1], [going_on, opening], bases, indents=True) == [0, 1]
    # One line alone, with no line after it, shows no indent either way.
    one_line = _Piece(["村里的路修好以后，大"], 10, 0, 0)
    assert _reading_order([0, 1], [one_line, opening], bases, indents=True) == [0, 1]


# A paragraph that ends a column, and the next in the text, which begins one: only the order
# of the text says the second goes on from the first. Where the two share no word at all, the
# one as long as a few paragraphs, they are two articles' texts, and stay apart; where they
# share the article's words, they link.
LIBRARY_OPENS = [
    "  县图书馆新馆昨天正式",
    "开放。新馆建筑面积一万二千",
    "平方米，藏书三十万册，设有",
    "少儿阅览室和电子阅览室，每",
    "天开放十二个小时。馆长说，",
    "新馆还将开设讲座和展览，让",
    "读者在馆里看书，也听讲座、",
    "看展览，借书还书都可以在自",
    "助机上办理，不用排队等候。",
    "老馆将改作少儿图书馆。",
]
SCHOOL_OPENS = ["  城南小学本学期开设了", "书法课和围棋课，每周各两节", "，请老师来上课。"]
LIBRARY_GOES_ON = ["  新馆开放第一天，前来", "借书的读者排起了长队，图书", "馆员工加班到晚上。"]


@pytest.mark.parametrize(
    ("then", "chains"),
    [(SCHOOL_OPENS, [[0], [1]]), (LIBRARY_GOES_ON, [[0, 1]])],
    ids=["no word shared", "the article's words"],
)
def test_a_paragraph_sharing_no_word_with_a_long_text_before_does_not_go_on_from_it(then, chains):
    pieces = [_Piece(LIBRARY_OPENS, 12, 0, 0), _Piece(then, 12, 1, 1)]
    assert _link(pieces, [], _link_bases(pieces, True), True) == chains


def test_the_longer_two_texts_the_more_words_they_share_to_be_one_articles():
    assert _words_apart(0.0, 30, 120) and not _words_apart(0.0, 30, 60)
    assert _words_apart(0.008, 150, 150) and not _words_apart(0.008, 50, 150)
    assert _words_apart(0.015, 400, 400) and not _words_apart(0.015, 150, 400)


# Two texts of three hundred characters and more, one read on into the other mid-sentence,
# that share a few words but fewer than two texts as long share by chance on their page (a
# third text uses the words of both): two articles' texts, however well the sentence seems to
# read on.
NEW_LIBRARY = (
    "县里的新图书馆今年春天建成开放，馆舍面积八千平方米，藏书四十万册，"
    "设有少儿阅览室、报刊阅览室和自习室，每天开放十二个小时。开馆第一天，"
    "前来借书的村民排起了长队，馆员们加班到晚上九点。馆长说，新馆还将开设"
    "讲座和展览，让读者在馆里看书，也听讲座、看展览，借书还书都可以在自助"
    "机上办理，不用排队等候。老馆将改作少儿图书馆，专门为孩子们服务。"
    "馆里还请来志愿者，周末进山给孩子送书，教老人用手机查书目。不少家长"
    "带着孩子一早就来排队，孩子们在绘本区一坐就是半天。一位退休教师说，"
    "以前借一本新书要等好几个星期，现在书架上的新书多了，想看的书当天就能"
    "借到。图书馆还和二十多所学校签了协议，定期把图书送进校园，学生凭借"
)
NEW_ROADS = (
    "今年县交通局投入资金两千多万元，修通了十二条乡村公路，总长度达到八十多"
    "公里。沿线村民出门再也不用走泥巴路，种出来的蔬菜水果当天就能运到城里"
    "卖个好价钱。公路两旁栽上了杨树和柳树，每隔一段还修了错车道和路灯，晚上"
    "走夜路也不怕了。交通局负责人说，明年还将继续修建通往偏远山村的道路，"
    "让每个行政村都通上硬化路，并开通城乡公交，票价两元，早晚各有一班车。"
    "山那边的石门村过去运一车化肥要绕行四十公里，如今半个钟头就到镇上。"
    "村支书说，路通了，外出打工的年轻人有的回来办起了养殖场和农家乐，"
    "游客开着车进山摘果子，村里的土鸡蛋和核桃供不应求。养护工人每天巡路，"
    "清扫落叶，修补坑洼，雨季还要疏通排水沟，保证雨天车辆安全通行。"
)
TEN_PROJECTS = (
    "今年县里办成了十件实事：新图书馆建成开放，读者借书不用排队；修通十二条"
    "乡村公路，村民出门不再走泥巴路；城乡公交开通，票价两元；学校图书送进校园。"
)


def set_in_column(text: str, width: int) -> list[str]:
    """A text set in a column `width` characters wide."""
    return [text[k : k + width] for k in range(0, len(text), width)]


def test_two_long_texts_sharing_fewer_words_than_chance_are_two_articles():
    pieces = [
        _Piece(set_in_column(NEW_LIBRARY, 15), 15, 0, 0),
        _Piece(set_in_column(NEW_ROADS, 15), 15, 1, 1),
        _Piece(set_in_column(TEN_PROJECTS, 20), 20, 2, 2),
    ]
    assert pieces[0].ends_open and pieces[1].begins_mid
    assert _link(pieces, [], _link_bases(pieces, True), True) == [[0], [1], [2]]


# A text that turns from one topic to the next within a sentence (a report of the county's year:
# the library, then the roads) shares next to none of its words between its parts: yet where a
# word runs across the join of the sentence the first column leaves open (`检|查`), the text
# reads on there, and stays one.
def test_two_texts_a_word_runs_across_are_not_read_apart():
    pieces = [
        _Piece(set_in_column(NEW_LIBRARY + "证借书，还书时馆员要逐本仔细检", 15), 15, 0, 0),
        _Piece(set_in_column("查有无破损。" + NEW_ROADS, 15), 15, 1, 1),
        _Piece(set_in_column(TEN_PROJECTS, 20), 20, 2, 2),
    ]
    assert pieces[0].ends_open and pieces[1].begins_mid
    assert _link(pieces, [], _link_bases(pieces, True), True) == [[0, 1], [2]]


# A paragraph's end, and the paragraph that begins the next column in the text: two texts of
# six hundred characters and more (the library's, the roads') that share a little more of their
# words than chance (the roads' ends with a word on the library's books), yet less than half as
# much again: two articles, read apart.
LIBRARY_WEEKENDS = (
    "馆里的少儿阅览室每到周末就坐满了孩子，家长们陪着孩子一起读绘本。"
    "图书馆还和县里的学校合作，每月把一批新书送进校园，学生在教室里就能借到书。"
    "馆员说，借得最多的是科普读物和连环画，常常刚上架就被借走。"
)
ROADS_MARKET = (
    "公路修通以后，镇上的集市也热闹起来，赶集的村民开着三轮车来卖蔬菜和鸡蛋。"
    "县里还在公路沿线建了几个停车点和公厕，方便过往的车辆和行人。"
    "交通局说，今年冬天还要给山区公路装上护栏，防止雨雪天气出事故。"
)


def test_two_long_paragraphs_sharing_little_more_than_chance_are_two_articles():
    library = [*set_in_column(NEW_LIBRARY + LIBRARY_WEEKENDS * 4, 15), "读者都说好。"]
    roads = NEW_ROADS + ROADS_MARKET * 3 + LIBRARY_WEEKENDS[:90]
    indented = [roads[:13], *set_in_column(roads[13:], 15)]
    pieces = [
        _Piece(library, 15, 0, 0),
        _Piece(indented, 15, 1, 1),
        _Piece(set_in_column(TEN_PROJECTS, 20), 20, 2, 2),
    ]
    assert pieces[0].ends_paragraph and pieces[1].begins_paragraph
    assert _link(pieces, [], _link_bases(pieces, True), True) == [[0], [1], [2]]


# A paragraph's end, and the paragraph that begins the next column in the text: two texts of a
# hundred characters and more that share few of their words, though no fewer than chance. Where
# the later one's words match a title of the page (`城南小学开设书法课`) the earlier one holds
# hardly any word of, the later is that title's article, and the two stay apart.
LIBRARY_DAY = (
    "县里的新图书馆今年春天建成开放，馆舍面积八千平方米，藏书四十万册，"
    "设有少儿阅览室、报刊阅览室和自习室，每天开放十二个小时。开馆第一天，"
    "前来借书的村民排起了长队，馆员们加班到晚上九点。馆长说，今年还将开设"
    "讲座和展览，让读者在馆里看书，也听讲座、看展览，借书还书都可以在自助"
    "机上办理，不用排队等候。馆里还请来志愿者。"
)
CALLIGRAPHY_CLASS = (
    "城南小学本学期开设了书法课和围棋课，每周各两节，请县里的老师来上课。"
    "孩子们都很喜欢书法课，今年春天学校还办了一次书法展，展出学生作品两百多幅，"
    "不少家长专门赶来观看。校长说，书法课让孩子们静下心来，写字也更工整了，"
    "下学期还将开设绘画课。"
)


def set_as_paragraph(text: str, width: int) -> list[str]:
    """A paragraph set in a column `width` characters wide, its first line indented."""
    return ["  " + text[: width - 2], *set_in_column(text[width - 2 :], width)]


@pytest.mark.parametrize(
    ("title", "chains"),
    [("城南小学开设书法课", [[0], [1], [2]]), ("乡村公路通到家门口", [[0, 1], [2]])],
    ids=["the later text's title", "another title"],
)
def test_a_paragraph_matching_a_title_the_text_before_holds_no_word_of_is_another_article(
    title, chains
):
    pieces = [
        _Piece(set_as_paragraph(LIBRARY_DAY, 15), 15, 0, 0),
        _Piece(set_as_paragraph(CALLIGRAPHY_CLASS, 15), 15, 1, 1),
        _Piece(set_in_column(TEN_PROJECTS, 20), 20, 2, 2),
    ]
    assert pieces[0].ends_paragraph and pieces[1].begins_paragraph
    titles = [_bigrams(title)]
    assert _link(pieces, titles, _link_bases(pieces, True), True) == chains


def _best_total(scores: dict[tuple[int, int], float]) -> float:
    """The most the scores of links each x and each y take part in once at most add up to,
    every set of links tried."""
    links_ = sorted(scores)
    best = 0.0
    for k in range(1, len(links_) + 1):
        for chosen in itertools.combinations(links_, k):
            xs, ys = {x for x, _ in chosen}, {y for _, y in chosen}
            if len(xs) == len(ys) == k:
                best = max(best, sum(scores[link] for link in chosen))
    return best


# The links taken as a whole are the set whose scores add up to the most, whether the links
# form one group or several that share no piece (each group's found on its own).
@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.tuples(st.integers(0, 5), st.integers(0, 5)),
        st.integers(1, 9).map(float),
        max_size=8,
    )
)
def test_the_links_taken_are_the_set_whose_scores_add_up_to_the_most(scores):
    matched = _best_matching(scores)
    assert len(set(matched.values())) == len(matched)
    assert all((x, y) in scores for x, y in matched.items())
    assert sum(scores[link] for link in matched.items()) == _best_total(scores)


# Pieces that fall apart round after round (a page of one repeated word would for as many rounds
# as it has links) are chained a few rounds at most: a chain that still falls apart after the
# last is cut where it does, as chaining again would have left it.
def test_a_chain_that_falls_apart_after_the_last_round_is_cut_there(monkeypatch):
    pieces = [
        _Piece(set_in_column(NEW_LIBRARY, 15), 15, 0, 0),
        _Piece(set_in_column(NEW_ROADS, 15), 15, 1, 1),
        _Piece(set_in_column(TEN_PROJECTS, 20), 20, 2, 2),
    ]
    monkeypatch.setattr(links, "_RECHAINS", 1)
    assert _link(pieces, [], _link_bases(pieces, True), True) == [[0], [1], [2]]


# A paragraph that opens with a noun and what it said goes on from a text only where that text's
# opening sentence named it: two long texts that share fewer words than chance stay apart where
# the earlier one met villagers further on (`村民说，…`), or named its reporter (`记者发现，…`).
@pytest.mark.parametrize("opening", ["村民说，", "记者发现，"])
def test_a_paragraph_opening_with_a_noun_named_in_passing_does_not_hold_two_texts(opening):
    pieces = [
        _Piece(set_in_column("本报讯（记者 王平）" + NEW_LIBRARY, 15), 15, 0, 0),
        _Piece(set_in_column("  " + opening + NEW_ROADS, 15), 15, 1, 1),
        _Piece(set_in_column(TEN_PROJECTS, 20), 20, 2, 2),
    ]
    assert pieces[1].begins_paragraph
    assert _link(pieces, [], _link_bases(pieces, True), True) == [[0], [1], [2]]


# A meeting report whose paragraphs open with set formulas (`会议指出，…`, `会议要求，…`) shares
# next to none of its words between its lead and its later paragraphs: yet a paragraph that
# opens with the subject the text before it named, and what it said, goes on from that text.
MEETING_REPORT = """\
县政府召开防汛工作会议

本报讯（记者 王平） 5月8日
下午，县政府召开防汛工作会
议，分析当前汛情形势，安排部
署全县防汛抗旱工作。副县长
李红主持会议并讲话。

会议指出，今年入汛以来
降雨偏多，江河水位持续上涨，
山洪和地质灾害风险加大，各
乡镇要克服麻痹思想，早做准
备，确保群众生命财产安全。

会议要求，严格落实值班
值守制度，巡查堤坝险段，备足
沙袋、木桩、冲锋舟等物资，组
建民兵突击队，一旦发现管涌、
渗漏，第一时间上报并处置，决
不因疏忽大意酿成事故，夜里
也要有人守在河边。

县直有关单位负责人参加
会议。

城南小学开设书法课

本报讯（记者 张明） 城南小学
本学期开设了书法课和围棋课，
每周各两节，请县里的老师来上
课，孩子们都很喜欢。
"""


def test_a_paragraph_opening_with_the_subject_the_text_before_named_is_not_read_apart():
    meeting, school = split(MEETING_REPORT)
    assert (meeting.headline, school.headline) == ("县政府召开防汛工作会议", "城南小学开设书法课")
    assert meeting.body.split("\n\n")[-1] == "县直有关单位负责人参加会议。"


# A paragraph of one article read right after the end of another's, which it shares no word
# with: the links ran that article on into it by the order of the text alone. It shares the other
# article's words beyond chance, and is read apart to go on there.
PARAGRAPH_RUN_ON_INTO_ANOTHER = """\
县图书馆新馆开放

本报讯 县图书馆新馆昨天
正式开放。新馆建筑面积一万
二千平方米，藏书三十万册，设
有少儿阅览室和电子阅览室。
  新馆开放第一天，前来借
书的读者排起了长队，工作人
员加班到晚上八点才闭馆。

  书法课的老师手把手教孩
子们握笔运笔，每周两节。

城南小学开设新课

本报讯 城南小学本学期开设
了书法课和围棋课，每周各两
节，请县里的老师来上课。

  围棋课由县棋院的教练
上，每个班都配了棋盘，孩子
们课间也爱下上两盘。
"""


def test_another_articles_paragraph_the_links_ran_on_into_goes_back_to_it():
    library, school = split(PARAGRAPH_RUN_ON_INTO_ANOTHER)
    assert (library.headline, school.headline) == ("县图书馆新馆开放", "城南小学开设新课")
    assert sentences(library.body)[-1].endswith("工作人员加班到晚上八点才闭馆。")
    assert school.body.split("\n\n")[-1] == "书法课的老师手把手教孩子们握笔运笔，每周两节。"


# A last paragraph that shares the words of a photo item beside it more than those of its own
# article's first: read apart, no other article takes it, and its words match its own headline.
# It goes back where it was rather than stand alone.
PARAGRAPH_THAT_MATCHES_ITS_HEADLINE = """\
河边冬泳队

本报讯 每天清晨，县城南门
外的河边都有一群老人下水游
泳，最大的已经七十多岁。他们
说，游了二十年，很少感冒。

  冬泳队的老人们说，下水
前在雪地上做操，再跑上两圈，
雪地上的脚印一圈连一圈。

雪后公园

本报讯 县城公园的雪地上，孩
子们堆起雪人，在雪地上跑了一
圈又一圈，留下一串串脚印。
本报记者 王平 摄
"""


def test_a_paragraph_read_apart_that_no_article_takes_goes_back_if_it_matches_a_headline():
    swimmers, park = split(PARAGRAPH_THAT_MATCHES_ITS_HEADLINE)
    assert (swimmers.headline, park.headline, park.photo) == ("河边冬泳队", "雪后公园", True)
    assert swimmers.body.split("\n\n")[-1] == (
        "冬泳队的老人们说，下水前在雪地上做操，再跑上两圈，雪地上的脚印一圈连一圈。"
    )


def test_one_texts_similarities_and_chance_levels_are_its_rows_of_all():
    texts = ["县里新修的大桥通车了", "大桥全长八百米，桥上设了人行道", "城南小学开设书法课", ""]
    counts, idf = _counts(texts)
    chance = _chance_similarities(texts)
    for index in range(len(texts)):
        assert _similarities_to(counts, idf, index) == pytest.approx(_similarities(texts)[index])
        assert _chance_levels(counts, idf, [index]) == [chance[index]]


# A paragraph read after another article, whose words match the dash subtitle under a headline
# more than the headline: it took the subtitle, but a subtitle heads no article by itself. It
# goes on in the article whose words it shares, which then takes the subtitle under its headline.
PARAGRAPH_THAT_TOOK_A_SUBTITLE = """\
县城新建三座公园

——城区绿地面积十年翻了一番

本报讯 县城今年新建的三座公
园将在五月前全部对外开放。三
座公园总面积达四百多亩，由县
住建局负责建设。
园里种植了樱花、海棠等
花木，还建了游乐区和健身步
道。

小学生学游泳

本报讯 暑假期间，县游泳馆为
全县小学生免费开设游泳课。
游泳课每天两节，由县体
校的教练上课。

有了这三座公园，城区
的绿地面积比十年前翻了一番，
五月起市民出门五分钟就能走进公园，
在健身步道上散步。
"""


def test_a_text_that_took_only_a_subtitle_goes_on_in_the_article_it_belongs_to():
    parks, swimming = split(PARAGRAPH_THAT_TOOK_A_SUBTITLE)
    assert (parks.headline, parks.subtitle) == ("县城新建三座公园", "——城区绿地面积十年翻了一番")
    assert parks.body.split("\n\n")[-1].startswith("有了这三座公园")
    assert (swimming.headline, swimming.subtitle) == ("小学生学游泳", "")


# A column that stops mid-sentence may go on in one short line that ends the sentence: the
# last line of a paragraph begun elsewhere, wherever pdftotext put it.
ONE_LINE_END = """\
县图书馆新馆开放

本报讯 县图书馆新馆今天正
式对读者开放，首批十万册图
书已全部上架，市民可凭身份
证免费办理借书证，首批图书

小学生学游泳

本报讯 暑假期间，县游泳馆为
全县小学生免费开设游泳课。

由市民捐赠。
"""


def test_a_column_cut_mid_sentence_goes_on_in_a_one_line_paragraph_end():
    library, swimming = split(ONE_LINE_END)
    assert sentences(library.body)[-1].endswith("首批图书由市民捐赠。")
    assert swimming.body == "本报讯暑假期间，县游泳馆为全县小学生免费开设游泳课。"


# A column piece without punctuation, in a block of its own, looks like a title; it goes on from
# the column before it, which stops at its edge mid-word (`县书|法家`).
UNPUNCTUATED_PIECE = """\
本报讯县文联主办、县美术家
学会协办的青年画家作品展今
天在县文化馆开幕，由县书

法家协会和县摄影家协会协
办的展览共展出作品一百余

幅，观众络绎不绝。
"""


def test_a_block_without_punctuation_that_completes_the_word_before_it_is_text():
    [article] = split(UNPUNCTUATED_PIECE)
    assert (article.headline, article.body) == (
        "",
        "本报讯县文联主办、县美术家学会协办的青年画家作品展今天在县文化馆开幕，"
        "由县书法家协会和县摄影家协会协办的展览共展出作品一百余幅，观众络绎不绝。",
    )


# A paragraph set off by a blank line begins a block of its own; its first lines may hold no
# punctuation, like a title's, but the first stops short by an indent and the rest fill the
# column: the paragraph's start, no headline.
SPACED_PARAGRAPH = """\
县里新建十二座乡村图书馆

本报讯县里今年在各乡镇
新建了十二座乡村图书馆
每座藏书都在三千册以上
村民借书看书十分方便。

图书馆里除了图书还
有报刊和电子阅览设备和
几台电脑供村民免费使用

平时还常请老师来为孩子
们讲故事，很受欢迎。
"""


def test_a_paragraphs_start_without_punctuation_in_a_block_of_its_own_is_text():
    [article] = split(SPACED_PARAGRAPH)
    assert article.headline == "县里新建十二座乡村图书馆"
    assert squeeze(article.body).endswith(
        "图书馆里除了图书还有报刊和电子阅览设备和几台电脑供村民免费使用"
        "平时还常请老师来为孩子们讲故事，很受欢迎。"
    )


# A column that stops inside a quotation goes on in the column that closes it first, though
# another column that would read on stands nearer.
OPEN_QUOTE = """\
本报讯 村里的老支书告诉记者
说：“今年的稻谷收成比去年

还要多一些，家家户户都在晒
谷子，村口十分热闹。

好得多。”老支书笑着说，新米
已经卖完了。
"""


def test_a_quotation_left_open_goes_on_where_it_closes():
    first = split(OPEN_QUOTE)[0]
    assert squeeze(first.body) == (
        "本报讯村里的老支书告诉记者说：“今年的稻谷收成比去年好得多。”老支书笑着说，新米已经卖完了。"
    )


# Two common words that meet by chance across a column's end (`总|和`) make a word the dictionary
# knows but seldom uses, far less sure than a word the column cut: the column goes on in the
# text after it, not under the next headline.
CHANCE_WORD = """\
村里通了自来水

本报讯 今年春天，村里通了自来
水，家家户户都用上了干净的水，
老人们说，这是几辈子盼来的好
事。儿子打来电话，我心里总

想着要把村里的好消息告诉他，
让他过年早点回来看看新变化。

城南棋社

和棋友们坐在一起下棋，是退休
工人每日最开心的事。棋社开办
十年，最近重新装修，添了棋桌
和书架。
"""


def test_a_word_two_common_words_make_by_chance_across_a_join_does_not_link_them():
    water, chess = split(CHANCE_WORD)
    assert squeeze(water.body).endswith(
        "我心里总想着要把村里的好消息告诉他，让他过年早点回来看看新变化。"
    )
    assert (chess.headline, chess.body[:5]) == ("城南棋社", "和棋友们坐")


# Digits on both sides of a join read as one number whichever two columns meet (`3|5`): no word
# runs across, and the column goes on in the text after it.
CHANCE_NUMBER = """\
村里通了自来水

本报讯 今年春天，村里通了自来
水，家家户户都用上了干净的水，
村委会说，全村通水的人家有3

百多户，明年还要再通到山里的
几个自然村。

城南棋社

5日上午，棋友们坐在一起下棋，
退休工人最开心的就是这一天。
棋社开办十年，最近重新装修，
添了棋桌和书架。
"""


def test_digits_on_both_sides_of_a_join_do_not_link_them():
    water, chess = split(CHANCE_NUMBER)
    assert squeeze(water.body).endswith("有3百多户，明年还要再通到山里的几个自然村。")
    assert (chess.headline, chess.body[:5]) == ("城南棋社", "5日上午，")


# A title set right over a column that goes on mid-paragraph from another article's earlier
# column, and sharing a word with that article, is that article's title set over a later
# column: no headline of the text after that column, however near.
TITLE_OVER_LATER_COLUMN = """\
城东新建一座公园

  城东新建的公园今天开园，园里种了
上千棵树，挖了一个湖，修了长长的
步道，市民们一早就来游园。老人们
说，夕阳下湖边的风景和这里的空气

夕阳之歌

真好，每天傍晚都要来走一走，孩子
们在湖边放风筝，到处是一片笑声。

  本报讯 全市中小学今天开学，同学
们背着新书包走进校园，老师们早早
就在门口迎接，校园里欢声笑语。
"""


def test_a_title_over_another_articles_later_column_heads_no_text_after_it():
    park, school = split(TITLE_OVER_LATER_COLUMN)
    assert park.headline == "城东新建一座公园"
    assert squeeze(park.body).endswith("到处是一片笑声。")
    assert (school.headline, school.body[:3]) == ("", "本报讯")


# A title set after a text, right over another article's column that goes on mid-paragraph,
# stands over that column, not under its own text: no headline of the text before it.
TITLE_UNDER_TEXT_OVER_COLUMN = """\
城东新建一座公园

  城东新建的公园今天开园，园里种了
上千棵树，挖了一个湖，修了长长的
步道，市民们一早就来游园。老人们
说，湖边的风景和这里的空气

  本报讯 全市中小学今天开学，同学
们背着新书包走进校园，老师们早早
就在门口迎接，校园里欢声笑语。

春天的歌

真好，每天傍晚都要来走一走，孩子
们在湖边放风筝，到处是一片笑声。
"""


def test_a_title_after_a_text_over_another_articles_column_is_no_headline_of_that_text():
    park, school = split(TITLE_UNDER_TEXT_OVER_COLUMN)
    assert squeeze(park.body).endswith("到处是一片笑声。")
    assert (school.headline, school.body[:3]) == ("", "本报讯")


# A two-line block only borrows its width from the blocks near it: where a word runs across the
# join (`建|筑`), its column goes on in one a little wider.
SHORT_LEAD_BLOCK = """\
本报讯 县农业农村局近日组
织专家深入田间地头，指
导农户做好春耕备耕工作，
发放技术资料五百多份。

县图书馆新馆开放

本报讯 县图书馆新馆今
天上午正式开放，新馆建

筑面积一万二千平方米，藏书达
到三十万册，设有少儿阅览区和
电子阅览室，每天开放十二个小
时。
"""


def test_a_short_blocks_column_goes_on_in_a_little_wider_one_where_a_word_runs_on():
    farming, library = split(SHORT_LEAD_BLOCK)
    assert (farming.headline, library.headline) == ("", "县图书馆新馆开放")
    assert library.body == (
        "本报讯县图书馆新馆今天上午正式开放，新馆建筑面积一万二千平方米，"
        "藏书达到三十万册，设有少儿阅览区和电子阅览室，每天开放十二个小时。"
    )


# A paragraph's end goes on in a column of its own width, though one a character wider, of
# another article, stands next in the page text.
OTHER_WIDTH_NEXT = """\
游泳馆免费开放

暑假期间，县游泳馆每
天下午向全县中小学生免费
开放，馆里还请来专业教练
为学生讲解安全知识。

图书馆延长开放时间

县图书馆从下周起延长开
放时间，每天晚上开到九点，
方便上班族下班以后来馆里看
书。

负责人说，今年新换了
水循环设备，池水的水质达
到了国家标准，请各位家长
放心，学生还可以向专业教
练预约课程。

馆长介绍，图书馆还将增
设自习座位两百个，并在周末
举办读书分享会，欢迎市民前
来看书。
"""


def test_a_paragraphs_end_goes_on_in_a_column_of_its_width_not_the_next_one_of_another():
    swimming, library = split(OTHER_WIDTH_NEXT)
    assert (swimming.headline, library.headline) == ("游泳馆免费开放", "图书馆延长开放时间")
    assert sentences(swimming.body)[-1].startswith("负责人说")
    assert sentences(library.body)[-1].startswith("馆长介绍")


# A sentence left open goes on in a column of its own width, though one a character narrower, of
# another article, begins mid-sentence next in the page text.
OPEN_SENTENCE_OTHER_WIDTH_NEXT = """\
果园喜获丰收

今年入秋以来，城西果园的
苹果陆续成熟，果农们每天清
早就上山采摘，一筐筐红彤彤
的苹果装上货车，运往省城的

新建公园开放

本报讯 县城新建的公园
昨天正式开放，园里种了上
千棵树木，修了三条步道和
两个小广场，附近的居民们

各大超市。果园负责人说，今
年的收成比去年多了三成，价
格也还不错，大家都很高兴。

吃过晚饭都喜欢来这里散步
锻炼，孩子们在草坪上放风
筝，老人们在亭子里下棋。
"""


def test_an_open_sentence_goes_on_in_a_column_of_its_width_not_the_next_one_of_another():
    orchard, park = split(OPEN_SENTENCE_OTHER_WIDTH_NEXT)
    assert (orchard.headline, park.headline) == ("果园喜获丰收", "新建公园开放")
    assert "运往省城的各大超市。" in squeeze(orchard.body)
    assert "附近的居民们吃过晚饭" in squeeze(park.body)


# One article's column runs on, with no blank line, into another's later column set right below
# it, a character narrower: the block is cut after the wider column's last full line, and each
# part goes on in its own article.
COLUMNS_ONE_BELOW_THE_OTHER = """\
图书馆新馆开放

本报讯县图书馆新馆昨天
正式开放，新馆的阅览室宽敞
明亮，书架上摆满了各类新
书，还为孩子们开辟了一间绘
本阅览室，墙上画着各种可爱
的小动物，不少家长带着孩子
早早来到这里排队借阅图书，
馆里还为老年读者们准备了老
志愿者们一边帮助老人们打
扫屋子一边陪他们聊天拉家
常，还给每位老人送去了米
面和食用油，又帮着修好了
院里的水管和路灯，老人们
拉着志愿者的手说，你们就
像自己的孩子一样，以后要
常回来看看。

青年志愿者走进敬老院

本报讯昨天上午，县团
委组织三十多名青年志愿者
来到城南的敬老院，为这里
的老人们表演了精彩的文艺
节目，老人们看得津津有
味，不时鼓掌叫好。节目演
完以后，大家又一起动手，

花镜和放大镜，方便他们阅读
报刊。馆长说，新馆每天开放
十二个小时，欢迎市民前来看
书。
"""


def test_a_column_run_on_into_a_narrower_one_below_it_is_cut_where_the_width_changes():
    library, volunteers = split(COLUMNS_ONE_BELOW_THE_OTHER)
    assert (library.headline, volunteers.headline) == ("图书馆新馆开放", "青年志愿者走进敬老院")
    assert "准备了老花镜" in library.body and "志愿者" not in library.body
    assert "动手，志愿者们" in volunteers.body and volunteers.body.endswith("常回来看看。")


# The library report's title and first lines, that the pages of a column run on into a wider one
# below it open with.
LIBRARY_OPENING = """\
乡村书屋开张

本报讯县里第一家乡村书屋
昨天在石桥村正式开张，书
屋里摆满了农业技术、文学
历史和少儿读物等各类图书
"""

# The column of the games' report, a character wider than the library's, that both pages below set
# under the library's first column, its title and lead after it.
GAMES_UNDER_A_NARROWER_COLUMN = """\
赛随即开始，运动员们一边比
赛一边互相加油鼓劲，场边的
观众也不停地喊着号子，拔河
比赛进行到最后一局时，两支
队伍僵持了好几分钟，最后上
游村的队员们一鼓作气把绳子
拉了过来，全场响起了热烈的
掌声。

农民运动会开幕

本报讯第三届农民运动会昨天
在县体育场开幕，来自全县十
八个乡镇的六百多名农民运动
员参加了拔河、挑担跑和插秧
接力等十二个项目的比赛。开
幕式一结束，十二个项目的比

"""

# The other way round: one article's column runs on, with no blank line, into another's later
# column set right below it a character wider. The block is cut where the wider lines begin, and
# each part goes on in its own article.
COLUMN_OVER_A_WIDER_ONE = (
    LIBRARY_OPENING
    + """\
三千多册，还配了两台电脑
供村民上网查资料，不少村
民一大早就赶来借书看书，
书屋还为老年读者准备了老
"""
    + GAMES_UNDER_A_NARROWER_COLUMN
    + """\
花镜和放大镜，方便他们阅
读报刊。村支书说，书屋每
天开放十个小时，周末还会
请县里的农技员来给大家讲
课，教村民们种好果树和养
好鸡鸭，村民们听了都说这
个书屋办得实在好。
"""
)


def test_a_column_run_on_into_a_wider_one_below_it_is_cut_where_the_width_changes():
    library, games = split(COLUMN_OVER_A_WIDER_ONE)
    assert (library.headline, games.headline) == ("乡村书屋开张", "农民运动会开幕")
    assert "准备了老花镜" in library.body and "运动员" not in library.body
    assert "项目的比赛随即开始" in games.body and games.body.endswith("热烈的掌声。")


# One article's paragraph ends, and another's later column, set right below it a character
# wider, begins with an indented line; its next line stops a character short of the wider edge
# (`周边地` / `区的…`). The block is cut at the indented line, not where the wider lines seem to
# begin, where a word runs on.
PARAGRAPH_OVER_A_WIDER_COLUMN = (
    LIBRARY_OPENING
    + """\
三千多册，还配了两台电脑
供村民上网查资料，不少村
民一大早就赶来书屋借书看
书，屋里一下子坐满了人。
运动会期间，组委会还邀
请了一百多家企业和周边地
区的农民合作社，在体育场外
办起了农产品展销会，新鲜的
蔬菜水果、土鸡蛋和手工挂面
摆满了上百个摊位，前来看比
赛的群众顺便买上几样，不少
摊主半天就卖光了带来的货，
组委会说明年还要接着办下去。

农民运动会开幕

本报讯第三届农民运动会昨天
在县体育场开幕，来自全县十
八个乡镇的六百多名农民运动
员参加了拔河、挑担跑和插秧
接力等十二个项目的比赛，运
动员们一边比赛一边互相加油
鼓劲，场边的观众也不停地喊
着号子，全场热闹非凡。

村支书说，书屋每天开
放十个小时，周末还会请县
里的农技员来给大家讲课，
教村民们种好果树和养好鸡
鸭，村民们听了都说这个书
屋办得实在好，以后农闲时
节就有地方去看书学技术了。
"""
)


def test_a_wider_column_under_a_paragraphs_end_is_cut_at_its_indented_first_line():
    library, games = split(PARAGRAPH_OVER_A_WIDER_COLUMN)
    assert (library.headline, games.headline) == ("乡村书屋开张", "农民运动会开幕")
    assert "运动会" not in library.body and library.body.endswith("看书学技术了。")
    assert "热闹非凡。运动会期间" in squeeze(games.body) and "周边地区" in squeeze(games.body)
    assert games.body.endswith("接着办下去。")


# A column runs on into another article's later column set right below it a character wider;
# its last line, with letters of unsure width in it, seems to reach the wider edge, and a word
# runs on into it from the line above (`电` / `脑`). The block is cut at the line below it, the
# first to reach the wider edge with no word running on into it.
COLUMN_WITH_LETTERS_OVER_A_WIDER_ONE = (
    LIBRARY_OPENING
    + """\
三千多册，是县图书馆和乡
文化站一起建起来的，不少
村民一大早就来借书，书屋
里还摆着两台刚刚买来的电
脑里还装了几百张CD光盘和
"""
    + GAMES_UNDER_A_NARROWER_COLUMN
    + """\
农业科教片，方便村民们学
习种养技术。村支书说，书
屋每天开放十个小时，周末
还会请县里的农技员来给大
家讲课，教村民们种好果树
和养好鸡鸭，村民们听了都
说这个书屋办得实在好。
"""
)


def test_a_wider_column_begins_below_a_line_that_only_seems_to_reach_its_edge():
    library, games = split(COLUMN_WITH_LETTERS_OVER_A_WIDER_ONE)
    assert (library.headline, games.headline) == ("乡村书屋开张", "农民运动会开幕")
    assert "CD光盘和农业科教片" in squeeze(library.body) and "运动员" not in library.body
    assert "项目的比赛随即开始" in games.body and games.body.endswith("热烈的掌声。")


# One article's paragraph ends, and another's later column, set right below it two characters
# wider, begins with an indented line, in one block: the block is cut at that line, though few
# lines run on on either side, and each part goes on in its own article.
PARAGRAPH_OVER_A_COLUMN_TWO_WIDER = (
    LIBRARY_OPENING
    + """\
三千多册，还配了两台电脑
供村民上网查资料，不少村
民一大早就赶来借书看书。
运动会期间，组委会还在体
育场外办起了农产品展销会，新
鲜的蔬菜水果、土鸡蛋和手工挂
面摆满了上百个摊位，前来看比
赛的群众顺便买上几样，不少摊
主半天就卖光了带来的货，组委
会说明年还要接着办下去。

农民运动会开幕

本报讯第三届农民运动会昨天在
县体育场开幕，来自全县十八个
乡镇的六百多名农民运动员参加
了拔河、挑担跑和插秧接力等十
二个项目的比赛，场边的观众不
停地喊着号子，全场热闹非凡。

村支书说，书屋每天开
放十个小时，周末还会请县
里的农技员来给大家讲课，
教村民们种好果树和养好鸡
鸭，村民们听了都说这个书
屋办得实在好，以后农闲时
节就有地方去看书学技术了。
"""
)


@pytest.mark.parametrize(
    "page",
    [
        PARAGRAPH_OVER_A_COLUMN_TWO_WIDER,
        # A sentence of the narrower column that ends at a full line's end, further up: that
        # line is no paragraph's end over the wider column, the last such end is.
        PARAGRAPH_OVER_A_COLUMN_TWO_WIDER.replace(
            "三千多册，还配了两台电脑", "三千多册图书和两台电脑。"
        ),
    ],
    ids=["one end", "an end further up"],
)
def test_a_column_two_characters_wider_under_a_paragraphs_end_is_cut_at_its_first_line(page):
    library, games = split(page)
    assert (library.headline, games.headline) == ("乡村书屋开张", "农民运动会开幕")
    assert "运动会" not in library.body and library.body.endswith("看书学技术了。")
    assert "热闹非凡。运动会期间" in squeeze(games.body)
    assert games.body.endswith("接着办下去。")


# A paragraph's end followed by another column's first paragraph, next in the page text: the
# two texts, each a hundred characters and more, share next to none of their words, so the
# column goes on in the article below whose words it shares, not in the one it follows.
NO_WORDS_SHARED = """\
乡村公路修通了

本报讯今年以来，县交通局投入
资金两千多万元，修通了十二条
乡村公路，总长度达到八十多公
里。
  沿线村民出门再也不用走泥
巴路，种出来的蔬菜水果当天就
能运到城里卖个好价钱。
  交通局负责人说，明年还将
继续修建通往偏远山村的道路。

  学生们课余时间纷纷来图书
室读书看报，有的借了书带回家
看。图书室的管理员说，两万余
册藏书每天借出去一百多本，最
受欢迎的是科普读物。
  城东中学校长表示，今后每
学期都会给图书室添置新书，并
请作家来校开讲座，介绍写作的
经验。

书香满校园

本报讯城东中学今年把一间旧教
室改建成图书室，面积约三百平
方米，藏书两万余册，新学期开
学第一天就向全校学生开放。
"""


def test_a_column_that_shares_no_words_with_the_text_before_it_goes_on_elsewhere():
    roads, library = split(NO_WORDS_SHARED)
    assert (roads.headline, library.headline) == ("乡村公路修通了", "书香满校园")
    assert sentences(roads.body)[-1] == "交通局负责人说，明年还将继续修建通往偏远山村的道路。"
    assert (
        sentences(library.body)[-1]
        == "城东中学校长表示，今后每学期都会给图书室添置新书，并请作家来校开讲座，介绍写作的经验。"
    )


# Two columns, each ending mid-sentence, and next in the page text a column of the other
# article, a hundred characters and more, that shares next to none of the words of the text
# before it: the join reads on either way, but the words say where each column goes on.
COLUMNS_APART = """\
乡村公路修通了

本报讯 今年以来，县交通局投入
资金两千多万元，修通了十二条
乡村公路，总长度达到八十多公
里，沿线的十几个村子都通上了
硬化路。沿线村民出门再也不用
走泥巴路，种出来的蔬菜水果当
天就能运到城里，公路两旁还栽
上了行道树，交通局的养护队每

学期都会给图书室添置新书，还
请作家来学校开讲座，给学生们
介绍读书和写作的经验。图书室
的管理员说，两万余册藏书每天
借出去一百多本，最受欢迎的是
科普读物和历史故事，不少学生
周末也来这里看书。

书香满校园

本报讯 城东中学今年把一间旧教
室改建成图书室，面积约三百平
方米，藏书两万余册，新学期开
学第一天就向全校学生开放。学
生们课余时间纷纷来图书室读书
看报，有的借了书带回家看。城
东中学的校长表示，今后每一个

周都要沿着乡村公路巡查一遍，
发现路面破损及时修补。交通局
负责人说，明年还将继续修建通
往偏远山村的公路，让更多村民
走上平坦的硬化路，乡村公路两
旁的村子也会越来越好。
"""


def test_a_column_goes_on_in_the_text_whose_words_it_shares_not_the_next_one():
    roads, library = split(COLUMNS_APART)
    assert (roads.headline, library.headline) == ("乡村公路修通了", "书香满校园")
    assert roads.body.endswith("乡村公路两旁的村子也会越来越好。")
    assert library.body.endswith("不少学生周末也来这里看书。")


# A report signed off where and when it was filed (`（新华社南昌3月4日电）`) ends there: the
# paragraph next in the page text, though nothing else reads on into it, is no part of it, and
# goes on in the article whose words it shares.
SIGNED_OFF_REPORT = """\
乡村公路修通了

新华社南昌3月4日电 今年以来，
县交通局投入资金两千多万元，
修通了十二条乡村公路，总长度
达到八十多公里。
  沿线村民出门再也不用走泥
巴路。（新华社南昌3月4日电）

  城东中学的学生们课余时间
纷纷来图书室读书看报，两万余
册藏书每天借出去一百多本。

书香满校园

本报讯城东中学今年把一间旧教
室改建成图书室，藏书两万余册，
新学期第一天就向学生开放。
"""


def test_no_text_goes_on_after_a_reports_sign_off():
    roads, library = split(SIGNED_OFF_REPORT)
    assert (roads.headline, library.headline) == ("乡村公路修通了", "书香满校园")
    assert roads.body.endswith("（新华社南昌3月4日电）")
    assert (
        sentences(library.body)[-1]
        == "城东中学的学生们课余时间纷纷来图书室读书看报，两万余册藏书每天借出去一百多本。"
    )


# A short paragraph of one article between its text and another article's column, next in the
# page text: weighed one by one, each link reads on; but once joined, the text before the column
# and the column, a hundred characters and more each, share none of their words. The column is
# no part of that article.
SHORT_PARAGRAPH_BETWEEN = """\
新桥通车了

  本报讯横跨城西河的新桥昨
天正式通车，大桥全长三百多米，
双向四车道，两侧还设有人行道
和自行车道。新桥通车以后，城
西一带的居民进城不用再绕行老
桥，路上至少能省下二十分钟。
  建桥工人们在工地上干了整
整两年，桥墩打进河底四十多米
深，能经得住百年一遇的洪水。

  通车当天，城西不少居民步
行上大桥看热闹，拍照留念。

  今年春茶开采比往年早了一
周，山坡上的茶农天不亮就背着
竹篓上山采摘嫩芽。茶叶合作社
收购鲜叶的价格每斤比去年高出
两元，茶农们的干劲更足了。合
作社的炒茶车间里机器日夜不停，
新茶一炒出来就被城里的客商订
走，茶农当天就能拿到现钱。

春茶开采茶农增收
"""


def test_a_chain_whose_whole_texts_share_no_words_is_cut_where_they_meet():
    bridge, tea = split(SHORT_PARAGRAPH_BETWEEN)
    assert bridge.headline == "新桥通车了" and "春茶" not in bridge.body
    assert sentences(bridge.body)[-1] == "通车当天，城西不少居民步行上大桥看热闹，拍照留念。"
    assert tea.headline == "春茶开采茶农增收" and sentences(tea.body)[0].startswith("今年春茶")


# A paragraph's indented first line with a number in it (`县里调查显示，85%的农`) stops short of
# the column edge by its indent: its digits print barely wider than half an em, not enough to
# reach the edge. So the block it opens begins a paragraph, and goes on from the piece that
# ended one, not from the sentence of another article left open just before it.
DIGITS_IN_AN_INDENTED_LINE = """\
农户种植意愿调查

本报讯县农业局上个月开展
了春季种植意愿调查，走访
了全县十二个乡镇的农户。

城区新建三座公园

本报讯城区今年将新建三座
公园，总面积达到四十多亩，

县里调查显示，85%的农
户打算扩大蔬菜种植面积，
水果和茶叶也很受欢迎。

其中两座公园建在河边，一
座建在老城区，年底前建成。
"""


def test_an_indented_first_line_with_digits_does_not_fill_its_column():
    survey, parks = split(DIGITS_IN_AN_INDENTED_LINE)
    assert (survey.headline, parks.headline) == ("农户种植意愿调查", "城区新建三座公园")
    assert sentences(survey.body)[-1].startswith("县里调查显示")
    assert squeeze(parks.body).endswith("多亩，其中两座公园建在河边，一座建在老城区，年底前建成。")


# A list whose items begin indented and end short (`（一）种粮大户每亩补贴` / `五十元；`): most of
# its lines that run on fall short of the column, but the full ones show its width. Its last
# item goes on in the next block, a column as wide.
LIST_OF_SHORT_ITEMS = """\
县里公布春耕补贴办法

本报讯县农业局日前公布了今
年的春耕补贴办法，有四条：
（一）种粮大户每亩补贴
五十元；
（二）新建大棚每亩补贴
两百元；
（三）购买良种的农户按
价补贴；
（四）购买农机具的农户，按

购机价格的三成给予补贴。补
贴资金将在五月底以前发放到
农户手中，全县预计有三千多
户农户可以享受这项补贴。

城区新建三座公园

本报讯城区今年将新建三座
公园，总面积达到四十多亩，
其中两座公园建在河边，一座
建在老城区，年底前建成。
"""


def test_a_list_of_short_items_is_as_wide_as_its_full_lines_and_goes_on_in_a_column_as_wide():
    subsidies, parks = split(LIST_OF_SHORT_ITEMS)
    assert (subsidies.headline, parks.headline) == ("县里公布春耕补贴办法", "城区新建三座公园")
    assert "农户，按购机价格的三成" in squeeze(subsidies.body)
    assert sentences(subsidies.body)[-1].startswith("补贴资金")


# A line without a stop under a full line of an open sentence stops short only where the word
# after it did not fit (`…图片处理软件` / `Photoshop的使用`): its sentence goes on in the next
# piece of the column, not in a new paragraph.
SHORT_BEFORE_A_LONG_WORD = """\
职业中学开设电商专业

本报讯县职业中学今年开设了
电子商务专业，首批招收的四
十名学生将学习网店运营、直
播带货和图片处理软件

城区新建三座公园

本报讯城区今年将新建三座
公园，总面积达到四十多亩，
其中两座公园建在河边，一座
建在老城区，年底前建成。

Photoshop的使用，学校还请
来了几位开网店的年轻人给学
生们上课。
"""


def test_a_short_line_under_a_full_line_of_an_open_sentence_goes_on_in_the_next_piece():
    school, parks = split(SHORT_BEFORE_A_LONG_WORD)
    assert (school.headline, parks.headline) == ("职业中学开设电商专业", "城区新建三座公园")
    assert "图片处理软件Photoshop的使用" in squeeze(school.body)
    assert squeeze(parks.body).endswith("年底前建成。")


# Two columns side by side, in short blocks that pdftotext read across, a block of each in
# turn: each column goes on two pieces later. Words running across most of those joins
# (`自行|车`, `师|生`, `建|设`, `满|意`) show the stride; it holds where no word runs on
# (`市民|只需`, `还从|外地`), though the next piece in the text would read on as well.
READ_ACROSS = """\
本报讯县城东门大桥今
天上午通车。大桥全长
三百米，两侧设有自行

本报讯城南小学今年新
建了一幢教学楼，还添
置了图书室，全校的师

车道和人行道。这座大
桥建成以后，东门一带
的交通大为改善，市民

生告别了旧校舍。校长
介绍，下学期学校还将
开设书法课，并且还从

只需五分钟就能过江，
沿江的商铺迎来了更多
的顾客。这座大桥的建

外地请来了几位老艺人
，每周给孩子们上两次
课，家长们对此都很满

设从前年春天开始。

意，孩子们都学得很开
心。
"""


def test_columns_read_across_in_turn_go_on_in_the_piece_their_stride_gives():
    bridge, school = split(READ_ACROSS)
    assert squeeze(bridge.body) == (
        "本报讯县城东门大桥今天上午通车。大桥全长三百米，两侧设有自行车道和人行道。这座大桥建成以后，"
        "东门一带的交通大为改善，市民只需五分钟就能过江，沿江的商铺迎来了更多的顾客。"
        "这座大桥的建设从前年春天开始。"
    )
    assert squeeze(school.body) == (
        "本报讯城南小学今年新建了一幢教学楼，还添置了图书室，全校的师生告别了旧校舍。"
        "校长介绍，下学期学校还将开设书法课，并且还从外地请来了几位老艺人，"
        "每周给孩子们上两次课，家长们对此都很满意，孩子们都学得很开心。"
    )


# One article's two columns read a band at a time (a title beside their lower part): the top
# of each column, then the rest of each. Words run across two of the turns (`自行|车`,
# `休|闲`); the last (`河边的|面貌`) joins no word, and the next article's open sentence
# would read on there as well (`精神|面貌`): the grid the article's turns make keeps it.
READ_IN_BANDS = """\
河边公园完工

本报讯县里的河边公园
今天正式完工。公园里
种了许多花草，还沿河
新修了一条长长的自行

闲娱乐。每到傍晚，前
来散步的人络绎不绝，
小朋友在草地上奔跑，
老人们在下棋，河边的

车道，市民可以沿河骑
车锻炼。管理处介绍，
园内设有儿童乐园和露
天舞台，供附近居民休

面貌焕然一新。

乡村小学添新书

本报讯城北乡中心小学
近日收到一批捐赠的新
图书。校长说，有了这
些新书，孩子们的精神

也更饱满了，课间都爱
到图书室看书。
"""


def test_columns_read_a_band_at_a_time_go_on_down_each_column_then_at_the_next_top():
    park, school = split(READ_IN_BANDS)
    assert (park.headline, school.headline) == ("河边公园完工", "乡村小学添新书")
    assert squeeze(park.body).endswith("老人们在下棋，河边的面貌焕然一新。")
    assert "供附近居民休闲娱乐" in squeeze(park.body)
    assert squeeze(school.body).endswith("孩子们的精神也更饱满了，课间都爱到图书室看书。")


# A paragraph set apart from its article, with one word of another article's short title in it
# (`无聊` of `拒绝无聊`): a word by chance, not that article's claim on it. It goes on where it
# reads on, after its own article's text, not after the text of the title it happens to share.
ONE_TITLE_WORD = """\
河边公园完工

本报讯县里的河边公园
今天正式完工。河边公园占
地两百亩，沿河种了许多花
草树木，修了步道和凉亭。

拒绝无聊

本报讯有人说，拒绝无
聊就要多读书。市图书馆近
日推出一个拒绝无聊读书月
活动，读者只要办一张借书
证，就能免费借阅新书。

雪后校园

  城南小学的学生们在操场上
堆雪人、打雪仗。
记者 王平 摄

公园建成以后，沿河的
步道和凉亭成了居民散步的
好去处。退休的老人们说，
每天到步道上走一走，看看
两岸的花草树木，再也不觉
得无聊了。
"""


def test_one_word_of_a_short_title_does_not_claim_a_text_for_that_title():
    park, reading, _ = split(ONE_TITLE_WORD)
    assert (park.headline, reading.headline) == ("河边公园完工", "拒绝无聊")
    assert squeeze(park.body).endswith("再也不觉得无聊了。")
    assert squeeze(reading.body).endswith("就能免费借阅新书。")


# A report that ends with its writer's name in brackets after the last stop (`…抓获。（张大伟）`),
# the line full to the column's edge: the report ends there, its sentence is not left open for
# the column after it, which goes on with another article's open sentence.
SIGNED_AT_THE_EDGE = """\
新稻种试种成功

本报讯县农科所今年引
进的新稻种在城东村试种成
功，亩产比往年高出两成，
种了新稻种的村民们都对此

超市窃贼落网

本报讯前天夜里，两名
男子撬开城西一家超市的后
门，盗走香烟二十条。民警
看监控后追查，昨天凌晨将
两人当场抓获。（张大伟）

十分满意，表示明年要扩大
种植面积。农科所的技术员
说，下个月还将组织培训，
教大家科学施肥。
"""


def test_a_signature_in_brackets_after_the_last_stop_ends_the_text_at_the_column_edge():
    rice, theft = split(SIGNED_AT_THE_EDGE)
    assert (rice.headline, theft.headline) == ("新稻种试种成功", "超市窃贼落网")
    assert squeeze(rice.body).endswith("教大家科学施肥。")
    assert squeeze(theft.body).endswith("两人当场抓获。（张大伟）")


# A place name no dictionary knows, cut by the column's end (`来到桐|坪村`), and used again in
# the article (`桐坪村`, `桐坪的山货`): the two characters that meet at the join stand side by
# side elsewhere on the page, so the sentence goes on there, not in the column that comes next
# in the text (another article's, whose open sentence goes on in the last piece).
PAGE_WORD_ACROSS = """\
桐坪村修通公路

本报讯记者昨天跟随县
交通局的工作人员，沿着新
修好的盘山公路一路来到桐

城南菜市场开业

本报讯城南新建的菜市
场今天开业，市场里设有蔬
菜、水产、肉类等三百多个
固定摊位，一早前来买菜的

坪村。桐坪村地处深山，过
去村民出山要走半天山路。
如今公路修到了家门口，桐
坪的山货也能卖上个好价钱
了。

市民络绎不绝。市场负责人
说，摊位租金比老市场低了
一成。
"""


def test_a_word_the_page_uses_elsewhere_runs_across_a_column_break():
    road, market = split(PAGE_WORD_ACROSS)
    assert (road.headline, market.headline) == ("桐坪村修通公路", "城南菜市场开业")
    assert "一路来到桐坪村。" in squeeze(road.body)
    assert "一早前来买菜的市民络绎不绝。" in squeeze(market.body)


# A list of names run on without punctuation, under a numbered heading, its column cut by
# another article: the heading is a section of the text, and the list's block, whose lines
# all fill a text column, is running text, not a headline.
NAME_LIST = """\
全县植树造林先进名单

本报讯 县里昨天召开大会，
表彰今年植树造林中涌现的
先进集体和先进个人。名单
如下：

一、先进集体
城关镇林业站东山乡农技站
西河村村委会南岭林场北坡

春雨贵如油

本报讯 昨天夜里，全县普降
小到中雨，旱情得到缓解，
农民们抓紧时机播种。

村合作社青山村村委会城北
街道办事处城南街道办事处
东湖村村委会西山村村委会
龙泉林场白石乡林业站前进
村村委会
"""


def test_a_list_run_on_in_full_lines_without_punctuation_is_text_not_a_headline():
    names, rain = split(NAME_LIST)
    assert (names.headline, rain.headline) == ("全县植树造林先进名单", "春雨贵如油")
    assert squeeze(names.body).endswith(
        "南岭林场北坡村合作社青山村村委会城北街道办事处城南街道办事处东湖村村委会"
        "西山村村委会龙泉林场白石乡林业站前进村村委会"
    )
    assert squeeze(rain.body) == (
        "本报讯昨天夜里，全县普降小到中雨，旱情得到缓解，农民们抓紧时机播种。"
    )


# A list of names run on without punctuation, where a name ends on a short line of its own: that
# line goes on with the line above it (it completes the word that line cut, or closes the quote
# it left open), so it stays in the text; it is no headline set beside the column.
LIST_ITEM_WORD_ACROSS = """\
全县植树造林先进名单

本报讯 县里昨天召开大会，
表彰今年植树造林中涌现的
先进集体和先进个人。名单
如下：
城关镇林业站东山乡农技站
西河村村委会南岭林场县第
一中学
青山村村委会城北街道办事
处东湖村村委会西山村委会
龙泉林场白石乡林业站前进
村村委会
"""
LIST_ITEM_QUOTE_CLOSED = LIST_ITEM_WORD_ACROSS.replace(
    "南岭林场县第\n一中学\n", "城北街道“绿色\n家园”志愿队\n"
)


@pytest.mark.parametrize(
    ("page", "item"),
    [
        (LIST_ITEM_WORD_ACROSS, "南岭林场县第一中学"),
        (LIST_ITEM_QUOTE_CLOSED, "城北街道“绿色家园”志愿队"),
    ],
    ids=["word-across", "quote-closed"],
)
def test_a_short_line_that_goes_on_with_the_line_above_stays_in_a_list(page, item):
    [names] = split(page)
    assert names.headline == "全县植树造林先进名单"
    assert f"西河村村委会{item}青山村村委会" in squeeze(names.body)


def test_a_numbered_heading_of_a_list_is_a_section_of_the_text():
    names, _ = split(NAME_LIST)
    assert "名单如下：一、先进集体城关镇林业站" in squeeze(names.body)


# --- Things side by side ---

# Two headlines set side by side come out of pdftotext line by line, merged.
SIDE_BY_SIDE = """\
江城新建 老街茶馆
图书大楼 换新颜
王小明
落成

本报讯 江城市图书大楼
昨天正式落成，藏书五十
万册，市民凭身份证可免
费借阅。

老街的茶馆开了四
十年，今年春天重新装修，
添了书架和戏台，街坊们
说，这里又热闹起来了。
"""


def test_two_headlines_side_by_side_are_read_apart():
    library, teahouse = split(SIDE_BY_SIDE)
    assert [(a.headline, a.reporters) for a in (library, teahouse)] == [
        ("江城新建图书大楼落成", ()),
        ("老街茶馆换新颜", ("王小明",)),
    ]
    assert (
        teahouse.body
        == "老街的茶馆开了四十年，今年春天重新装修，添了书架和戏台，街坊们说，这里又热闹起来了。"
    )


# Two headlines side by side, one of them with a colon (a title may hold one): read apart too.
SIDE_BY_SIDE_WITH_A_COLON = """\
春耕：农机先 老街茶馆
行人勤快 换新颜

本报讯 开春以来，县里组织农
机手检修农机五百多台，如今
农机已经下田，春耕备耕进展
顺利。

老街的茶馆开了四十年，今年
春天重新装修，添了书架和戏
台，街坊们说，这里又热闹起
来了。
"""


def test_two_headlines_side_by_side_one_with_a_colon_are_read_apart():
    fields, teahouse = split(SIDE_BY_SIDE_WITH_A_COLON)
    assert (fields.headline, teahouse.headline) == ("春耕：农机先行人勤快", "老街茶馆换新颜")


# Two headlines side by side, one of them a question: a title may end with a question mark, and
# the other title keeps its second line.
SIDE_BY_SIDE_WITH_A_QUESTION = """\
春耕为何提早 老街茶馆
了半个月？ 换新颜

本报讯 开春以来，县里组织农
机手检修农机五百多台，如今
农机已经下田，春耕备耕进展
顺利。

老街的茶馆开了四十年，今年
春天重新装修，添了书架和戏
台，街坊们说，这里又热闹起
来了。
"""


def test_two_headlines_side_by_side_one_a_question_are_read_apart():
    articles = split(SIDE_BY_SIDE_WITH_A_QUESTION)
    assert [(a.headline, a.body[:7]) for a in articles] == [
        ("春耕为何提早了半个月？", "本报讯开春以来"),
        ("老街茶馆换新颜", "老街的茶馆开了"),
    ]


# Two headlines side by side that share only their first baseline: the wider one wraps below.
SIDE_BY_SIDE_FIRST_LINE = """\
县里春耕备耕 河道清淤
开春农事忙

本报讯 开春以来，县里组织
农机手检修农机五百多台，
如今农机已经下田，春耕备
耕进展顺利。

城南的河道今年冬天清淤
两万多方，河道清淤以后，
两岸的村民说，河水又清了。
"""


def test_two_headlines_side_by_side_on_their_first_line_only_are_read_apart():
    fields, river = split(SIDE_BY_SIDE_FIRST_LINE)
    assert (fields.headline, river.headline) == ("县里春耕备耕开春农事忙", "河道清淤")


# So are they where one half is longer than a title over one column: a headline over several
# columns, its short rest wrapped below.
SIDE_BY_SIDE_FIRST_LINE_LONG = """\
县政府召开春耕生产动员大会部署今年农业 全县植树造林全面展开
工作

本报讯 县政府近日召开春耕
生产动员大会，部署今年的农
业工作，要求各乡镇抓好水利
建设和良种推广，确保粮食丰
收。

本报讯 今年开春以来，全县
植树造林全面展开，各乡镇已
栽种树苗十万余株，造林面积
比去年增加了两成。
"""


def test_a_long_headline_wrapped_beside_another_on_its_first_line_is_read_apart():
    farming, trees = split(SIDE_BY_SIDE_FIRST_LINE_LONG)
    assert (farming.headline, trees.headline) == (
        "县政府召开春耕生产动员大会部署今年农业工作",
        "全县植树造林全面展开",
    )


# Side by side on their first line, a long headline and a short one make a line longer than any
# one title; each half is as long as a title is, and they are read apart all the same.
SIDE_BY_SIDE_LONG = """\
全市今年新建乡村公路八百公里 茶馆新事
——交通部门加快农村路网建设

本报讯 今年全市新建乡村公路八百
公里，交通部门加快农村路网建设，
全市的行政村都通了公路，村民们
说，出门再也不用走泥巴路了。

本报讯 老街的茶馆开了四十年，今
年春天重新装修，添了书架和戏台，
街坊们说，这里又热闹起来了。
"""


def test_a_long_headline_and_a_short_one_side_by_side_are_read_apart():
    roads, teahouse = split(SIDE_BY_SIDE_LONG)
    assert (roads.headline, roads.subtitle) == (
        "全市今年新建乡村公路八百公里",
        "——交通部门加快农村路网建设",
    )
    assert teahouse.headline == "茶馆新事"


# Two headlines side by side, each wrapped: both still run after their first line, and the line
# under them goes with the one it goes on from (`…翻` / `新装修`: a word across the wrap; `…“日子
# 越过` / `越红火”`: the quote it leaves open closed), not with the left one by default.
SIDE_BY_SIDE_BOTH_WRAPPED = """\
乡亲们说“日子越过 县城老街茶馆翻
新装修
越红火”

本报讯 今年村里家家户户
添了新家具，乡亲们说，日
子越过越红火了。

本报讯 县城老街的茶馆开
了四十年，今年春天翻新装
修，添了书架和戏台。
"""


def test_two_wrapped_headlines_side_by_side_keep_the_lines_they_go_on_in():
    village, teahouse = split(SIDE_BY_SIDE_BOTH_WRAPPED)
    assert (village.headline, teahouse.headline) == (
        "乡亲们说“日子越过越红火”",
        "县城老街茶馆翻新装修",
    )


# Two headlines side by side, each wrapped, one of them set over several columns and longer than
# a column's title: the lines cut at a gap are read apart all the same. The narrow one runs on
# below; its last line looks like a name, but a word the text prints too is no byline.
SIDE_BY_SIDE_WIDE_AND_NARROW = """\
老街茶馆 全市去年以来新建乡村公路八百多公里
重新开张 村村都通了班车
茶香飘进
万家

本报讯 老街的茶馆开了四十年，今
年春天重新开张，茶香飘进了万家，
街坊们说，这里又热闹起来了。

本报讯 全市去年以来新建乡村公路
八百多公里，村村都通了班车，村民
们说，出门再也不用走泥巴路了。
"""


def test_a_wide_and_a_narrow_headline_wrapped_side_by_side_are_read_apart():
    teahouse, roads = split(SIDE_BY_SIDE_WIDE_AND_NARROW)
    assert (teahouse.headline, roads.headline) == (
        "老街茶馆重新开张茶香飘进万家",
        "全市去年以来新建乡村公路八百多公里村村都通了班车",
    )


# A title beside a line of running text without punctuation, longer than a column's title: one
# line cut at a gap, with no other under it, is no pair of titles set over several columns, and
# the sentence the line begins stays whole.
TITLE_BESIDE_A_LONG_LINE = """\
春耕备耕 今年全县新建的高标准农田一共有两万
多亩。

本报讯 开春以来，县里组织农机手检
修农机五百多台，如今农机已经下田，
春耕备耕进展顺利。
"""


def test_a_title_beside_a_long_line_of_text_leaves_its_sentence_whole():
    articles = split(TITLE_BESIDE_A_LONG_LINE)
    assert any("今年全县新建的高标准农田一共有两万多亩。" in a.body for a in articles)


# Two headlines side by side, one of them a line higher: its first line stands alone above the
# shared rows. It is the first line of the title whose shared line is no wider than it (a wrapped
# title fills every line but its last), and the other title runs on below.
SIDE_BY_SIDE_ONE_HIGHER = """\
城南河道今冬清淤
全县今年春耕备耕工作进展 两万多方见成效
顺利

本报讯 开春以来，县里组织农
机手检修农机五百多台，如今
农机已经下田，春耕备耕进展
顺利。

本报讯 城南的河道今年冬天清
淤两万多方，河道清淤以后，
两岸的村民说，河水又清了。
"""


def test_two_headlines_side_by_side_one_a_line_higher_are_read_apart():
    fields, river = split(SIDE_BY_SIDE_ONE_HIGHER)
    assert (fields.headline, river.headline) == (
        "全县今年春耕备耕工作进展顺利",
        "城南河道今冬清淤两万多方见成效",
    )


# Two headlines side by side on one line, over the first column of one of them in the same
# block: the line is read apart, and the text under it is a column of its own.
SIDE_BY_SIDE_OVER_TEXT = """\
县里春耕备耕忙 河道清淤见成效
开春以来，县里组织农机
手检修农机五百多台，如
今农机已经下田，春耕备
耕进展顺利。

本报讯 城南的河道今年冬
天清淤两万多方，两岸的
村民说，河水又清了。
"""


def test_two_headlines_side_by_side_over_a_column_of_text_are_read_apart():
    fields, river = split(SIDE_BY_SIDE_OVER_TEXT)
    assert (fields.headline, river.headline) == ("县里春耕备耕忙", "河道清淤见成效")
    assert fields.body.startswith("开春以来") and river.body.startswith("本报讯")


# Two headlines side by side over a column of text, each wrapped, one of them as wide as the
# column: it is no line of that column, as the text under the titles opens with a lead (no
# column's line runs on into a lead). The titles are read apart, each with its own last line.
SIDE_BY_SIDE_OVER_A_LEAD = """\
全县今年春耕备耕工作进 城南河道今冬清淤两万多方后
展顺利农机都已经开始下 两岸的村民都说河水又变得清
田
澈
本报讯 开春以来，县里组
织农机手检修农机五百多
台，如今农机都已经开始
下田，春耕备耕进展顺利。

本报讯 城南的河道今年冬
天清淤两万多方，两岸的
村民都说，河水又变清了。
"""


def test_two_headlines_side_by_side_over_a_lead_are_read_apart():
    fields, river = split(SIDE_BY_SIDE_OVER_A_LEAD)
    assert (fields.headline, river.headline) == (
        "全县今年春耕备耕工作进展顺利农机都已经开始下田",
        "城南河道今冬清淤两万多方后两岸的村民都说河水又变得清澈",
    )


# A line of a column with a stray gap in it, at the top of a block of the same column: no wider
# than the text under it, it is no pair of titles side by side.
STRAY_GAP_OVER_TEXT = """\
县里春耕备耕忙

本报讯 开春以来，县里组织农机
手检修农机五百多台，新修机耕道

二十多条 全县新修田间道路八十
多公里，今年还要再修一百公里。
"""


def test_a_column_line_with_a_stray_gap_over_the_text_stays_in_it():
    [article] = split(STRAY_GAP_OVER_TEXT)
    assert article.headline == "县里春耕备耕忙"
    assert squeeze(article.body).endswith(
        "新修机耕道二十多条全县新修田间道路八十多公里，今年还要再修一百公里。"
    )


# A headline beside its article's first column shares the column's lines.
BESIDE = """\
山村 清晨，村口的老槐
春早 树下已经聚满了人。今年
的春耕比往年早了半个月，
村民们忙着整地、育秧，
合作社的农机也开进了
田里。
"""


def test_a_headline_beside_a_column_leaves_the_lines_it_shares():
    [article] = split(BESIDE)
    assert (article.headline, article.body) == (
        "山村春早",
        "清晨，村口的老槐树下已经聚满了人。今年的春耕比往年早了半个月，村民们忙着整地、育秧，"
        "合作社的农机也开进了田里。",
    )


# A headline wrapped over lines as wide as the column, its last line short, over its dash
# subtitle, in the block of its text: the short line ends the headline; no sentence of a column
# goes on in a subtitle, so it is no line slipped in from beside the column.
WRAPPED_OVER_A_SUBTITLE = """\
全县今年新修通村公路一百多
公里山区群众出行难问题基本
解决
——交通部门加快农村路网建设
王平
本报讯 今年以来，县交通部门
加快农村路网建设，新修通村公
路一百多公里，全县的行政村都
通了硬化路，山区群众出行难的
问题基本得到解决。
"""


def test_a_short_last_line_of_a_headline_over_its_subtitle_stays_in_it():
    [article] = split(WRAPPED_OVER_A_SUBTITLE)
    assert parts(article) == (
        "",
        "全县今年新修通村公路一百多公里山区群众出行难问题基本解决",
        "——交通部门加快农村路网建设",
    )


# A headline wider than the column, its short last line, and a `本报讯` lead under them, in
# one block: the short line read on into the lead is no newsroom's name (`开化讯`), so the lead
# opens the text and the short line ends the headline.
HEADLINE_REST_OVER_OWN_LEAD = """\
全县农村公路养护工作现场会议今
召开
本报讯（记者 王平）昨日，全
县农村公路养护工作现场会在
城关镇召开，各乡镇分管负责
人和交通站站长参加会议，现
场观摩了城关镇的养护做法。
"""


def test_a_headlines_short_last_line_over_a_lead_is_no_newsrooms_name():
    [article] = split(HEADLINE_REST_OVER_OWN_LEAD)
    assert (article.headline, article.reporters) == (
        "全县农村公路养护工作现场会议今召开",
        ("王平",),
    )
    assert article.body.startswith("本报讯（记者 王平）昨日，全县")


# The same with a headline as wide as the column: no sentence goes on into a lead, so the
# short line is the headline's rest, not a line slipped in from beside the column between two
# lines of one sentence.
HEADLINE_REST_AS_WIDE_OVER_A_LEAD = HEADLINE_REST_OVER_OWN_LEAD.replace("议今\n", "\n")


def test_a_headlines_short_last_line_over_a_lead_stays_in_it():
    [article] = split(HEADLINE_REST_AS_WIDE_OVER_A_LEAD)
    assert (article.headline, article.reporters) == ("全县农村公路养护工作现场会召开", ("王平",))
    assert article.body.startswith("本报讯（记者 王平）昨日，全县")


# A headline set over several columns, wider than a column's title, wrapped right over a dated
# lead after a report's end: no sentence goes on into a lead, so its lines are the headline.
WIDE_HEADLINE_OVER_LEAD = """\
春耕

县农机站组织技术人员下乡检修农机。

县里多措并举推进农村人居环境整治村容村貌
焕然一新
本报青溪3月5日电 近日，县里召开农村人
居环境整治推进会，各乡镇分管负责人参加
会议，现场观摩了城关镇的整治做法。
"""


def test_a_headline_over_several_columns_right_over_a_lead_is_its_headline():
    articles = split(WIDE_HEADLINE_OVER_LEAD)
    assert articles[-1].headline == "县里多措并举推进农村人居环境整治村容村貌焕然一新"
    assert articles[-1].body.startswith("本报青溪3月5日电近日，县里召开")


# A two-line headline beside a short block: too few lines of their own to show the column's
# width, but the text side has the punctuation of running text and the title side none.
BESIDE_SHORT = """\
春风 清晨，村口已经聚满了人。
送暖 今年的春耕比往年早，
合作社的农机也开进了田里。
"""


def test_a_headline_beside_a_short_block_leaves_it_by_its_punctuation():
    [article] = split(BESIDE_SHORT)
    assert (article.headline, article.body) == (
        "春风送暖",
        "清晨，村口已经聚满了人。今年的春耕比往年早，合作社的农机也开进了田里。",
    )


# A headline beside the column, on other baselines: one line merged, one slipped in between.
SLIPPED_IN = """\
新华社北京3月4日电（记
市长会见 者王平）市长张华今天下午
在市政厅会见了来访的友好
友城客人
城代表团，双方就旅游和文
化交流交换了意见。
"""


def test_a_line_of_a_headline_slipped_in_between_two_lines_of_a_sentence_leaves_it():
    [article] = split(SLIPPED_IN)
    assert (article.headline, article.body) == (
        "市长会见友城客人",
        "新华社北京3月4日电（记者王平）市长张华今天下午在市政厅会见了来访的友好城代表团，"
        "双方就旅游和文化交流交换了意见。",
    )


# An intertitle wrapped over two lines after a paragraph's end: its short rest, which goes on
# into no line of the text under it, is no line slipped in from beside the column.
WRAPPED_INTERTITLE = """\
县里春耕备耕工作全面展开

本报讯 今年开春以来，县农业
农村局组织技术人员深入各乡
镇，帮助农户做好春耕备耕各
项工作，全县春耕生产进展顺
利，农资供应充足。
专业合作社为农户增收提供技术
支撑
今年全县新建农民专业合作社
三十多家，带动农户两千余户
发展特色种植，户均增收三千
多元，群众都很满意。
"""


def test_the_short_rest_of_an_intertitle_wrapped_over_two_lines_stays_in_the_text():
    [article] = split(WRAPPED_INTERTITLE)
    assert article.headline == "县里春耕备耕工作全面展开"
    assert "农资供应充足。\n\n专业合作社为农户增收提供技术支撑" in article.body


# A short line under a full one after a sentence's end is no intertitle's rest where a title
# beside the column was cut from a line above already (`市长会见` / `友城客人`), or where the
# line over it ends a clause with a colon (a list of points follows, not a heading).
HEADLINE_BESIDE_OVER_A_SENTENCES_END = """\
新华社北京3月4日电（记
市长会见 者王平）市长张华今天下午
在市政厅会见了来访的客人。
双方就旅游和文化交流等问题
友城客人
深入交换了意见并签署协议，
市政府有关部门负责人参加了
会见。
"""
SHORT_LINE_UNDER_A_COLON = """\
县里春耕备耕工作全面展开

本报讯 今年开春以来，县农业
农村局组织技术人员深入各乡
镇，帮助农户做好春耕备耕各
项工作，农资供应充足。
今年县里重点抓好以下工作：
春耕忙
一是抓好农资供应，二是抓好
技术培训，三是抓好农田水利
建设。
"""


@pytest.mark.parametrize(
    ("page", "short", "text"),
    [
        (HEADLINE_BESIDE_OVER_A_SENTENCES_END, "友城客人", "等问题深入交换了意见"),
        (SHORT_LINE_UNDER_A_COLON, "春耕忙", "以下工作：一是抓好"),
    ],
    ids=["title beside", "colon"],
)
def test_a_short_line_under_a_title_beside_or_a_colon_is_no_intertitles_rest(page, short, text):
    [article] = [a for a in split(page) if a.body]
    assert text in article.body and short not in article.body


# Further down the block, an intertitle's short rest is its own again: the title beside the
# column stood lines above.
INTERTITLE_UNDER_A_HEADLINE_BESIDE = """\
新华社北京3月4日电（记
市长会见 者王平）市长张华今天下午
在市政厅会见了来访的友好
友城客人
城代表团，双方就旅游和文化
交流等问题深入交换了意见。
张华说，两市友好交往多年，
合作成果丰硕，希望双方进一
步加强交流，共同发展。
双方在旅游文化领域深化务实
合作
代表团团长李强表示，愿同市
政府一道推动两市合作不断取
得新成果，造福两市人民。
"""


def test_an_intertitles_rest_lines_under_a_headline_beside_the_column_stays_in_the_text():
    [article] = split(INTERTITLE_UNDER_A_HEADLINE_BESIDE)
    assert article.headline == "市长会见友城客人"
    assert "领域深化务实合作" in article.body


# A line of the column spaced out to its width around a number (`3000 亩 左 右`): few
# characters, but a full line of the sentence, not something slipped in from beside.
SPACED_OUT_LINE = """\
春耕时节

本报讯 县农业农村局近日组
织专家深入田间地头，讲解
水稻育秧的技术要点。今年
全县早稻的种植面积将扩到
3000 亩 左 右
的规模，比去年增加了一成
以上，全县农户都很满意。
"""


def test_a_line_spaced_out_to_the_columns_width_stays_in_its_sentence():
    [article] = split(SPACED_OUT_LINE)
    assert (article.headline, article.body) == (
        "春耕时节",
        "本报讯县农业农村局近日组织专家深入田间地头，讲解水稻育秧的技术要点。"
        "今年全县早稻的种植面积将扩到3000亩左右的规模，比去年增加了一成以上，全县农户都很满意。",
    )


# Two lines of a column without punctuation in a block of their own, each as wide as the
# column and running on into the next across a word (`扩|大`, `新品|种`): running text that goes
# on in the next block, no headline.
FULL_LINES_APART = """\
春耕时节

本报讯 县农业农村局近日组
织专家深入田间地头，讲解
水稻育秧的技术要点。今年

全县早稻的种植面积将要扩
大到三千亩左右并推广新品

种，比去年增加了一成以上，
全县农户对此都十分满意。
"""


def test_full_lines_of_a_column_that_run_on_across_words_are_no_headline():
    [article] = split(FULL_LINES_APART)
    assert (article.headline, article.body) == (
        "春耕时节",
        "本报讯县农业农村局近日组织专家深入田间地头，讲解水稻育秧的技术要点。"
        "今年全县早稻的种植面积将要扩大到三千亩左右并推广新品种，比去年增加了一成以上，"
        "全县农户对此都十分满意。",
    )


# A headline over a dated lead wrapped over two lines, in a block without punctuation that
# goes on in the next block (`…消` / `息，…`): no headline holds a lead.
HEADLINE_OVER_A_WRAPPED_LEAD = """\
县里举办农机展示会
新华社杭州3月
4日电据县农业局消

息，全县今年新添农机
三百多台，农户满意。
"""


def test_a_block_with_a_dated_lead_under_its_first_line_is_no_title_block():
    [article] = split(HEADLINE_OVER_A_WRAPPED_LEAD)
    assert (article.headline, article.body) == (
        "县里举办农机展示会",
        "新华社杭州3月4日电据县农业局消息，全县今年新添农机三百多台，农户满意。",
    )


# A column read a band at a time, each line a block of its own: a full line without
# punctuation between two lines as wide is a line of the column, no headline.
BAND_LINE_WITHOUT_PUNCTUATION = """\
春耕时节

本报讯 县农业农村局近日组

织专家深入田间地头，讲解

水稻育秧的技术要点，指导

农户做好春耕备耕的各项准

备工作，发放技术资料五百

多份。全县今年早稻种植面

积比去年增加了一成以上。
"""


def test_a_full_line_between_lines_of_a_column_read_a_band_at_a_time_is_text():
    [article] = split(BAND_LINE_WITHOUT_PUNCTUATION)
    assert (article.headline, article.body) == (
        "春耕时节",
        "本报讯县农业农村局近日组织专家深入田间地头，讲解水稻育秧的技术要点，"
        "指导农户做好春耕备耕的各项准备工作，发放技术资料五百多份。"
        "全县今年早稻种植面积比去年增加了一成以上。",
    )


# A dash subtitle beside the column, slipped in between two lines of one sentence.
SUBTITLE_SLIPPED_IN = """\
春耕时节

本报讯 县农业农村局近日组
织专家深入田间地头，讲解
水稻育秧的技术要点，指导
——专家下田？
农户做好春耕备耕工作，发
放技术资料五百多份。
"""


def test_a_dash_subtitle_slipped_in_between_two_lines_of_a_sentence_leaves_it():
    [article] = split(SUBTITLE_SLIPPED_IN)
    assert parts(article) == ("", "春耕时节", "——专家下田？")
    assert article.body == (
        "本报讯县农业农村局近日组织专家深入田间地头，讲解水稻育秧的技术要点，"
        "指导农户做好春耕备耕工作，发放技术资料五百多份。"
    )


# The same after a paragraph's first line without a mark: a dash line is no intertitle's rest.
SUBTITLE_SLIPPED_IN_UNDER_A_FIRST_LINE = """\
春耕时节

本报讯 县农业农村局近日组
织专家深入田间地头，讲解
水稻育秧的技术要点。
今年县里在全县各乡镇开展
——专家下田？
了春耕备耕技术培训，发放
技术资料五百多份，农户都
很满意。
"""


def test_a_dash_subtitle_slipped_in_under_a_paragraphs_first_line_leaves_it():
    [article] = split(SUBTITLE_SLIPPED_IN_UNDER_A_FIRST_LINE)
    assert parts(article) == ("", "春耕时节", "——专家下田？")
    assert article.body.endswith(
        "今年县里在全县各乡镇开展了春耕备耕技术培训，发放技术资料五百多份，农户都很满意。"
    )


# A dash subtitle slipped in above the short last line of a paragraph, which completes the
# word the line before it leaves open (`农|户`).
SUBTITLE_SLIPPED_IN_AT_THE_END = """\
春耕时节

本报讯 县农业农村局近日组
织专家深入田间地头，讲解
水稻育秧的技术要点，指导
农户做好春耕备耕工作，发
放技术资料五百份，帮助农
——专家下田
户解决难题。
"""


def test_a_dash_subtitle_slipped_in_above_a_paragraphs_last_line_leaves_it():
    [article] = split(SUBTITLE_SLIPPED_IN_AT_THE_END)
    assert parts(article) == ("", "春耕时节", "——专家下田")
    assert article.body.endswith("帮助农户解决难题。")


# In a narrow column a dash subtitle's line is nearly as wide as the column's, yet slipped in
# between a line that opens a quote and the line that closes it; its rest and the byline stand
# beside the letter-spaced lines under it.
SUBTITLE_SLIPPED_IN_A_NARROW_COLUMN = """\
山村来了好医生

县医院今年派出专家
十多人，分批到山村
开展“送医下乡义
——记一位乡村
诊”活动，已为村民看
病 两 千 多 人 次 ， 受 医生
到 群 众 的 一 致 好 评 ， 王平
村民们都很满意。
"""


def test_a_dash_subtitle_slipped_in_a_narrow_column_leaves_it_with_its_rest_beside():
    [article] = split(SUBTITLE_SLIPPED_IN_A_NARROW_COLUMN)
    assert parts(article) == ("", "山村来了好医生", "——记一位乡村医生")
    assert article.reporters == ("王平",)
    assert squeeze(article.body) == (
        "县医院今年派出专家十多人，分批到山村开展“送医下乡义诊”活动，"
        "已为村民看病两千多人次，受到群众的一致好评，村民们都很满意。"
    )


# A dash subtitle beside two lines of the column, its byline on a line of its own between two
# paragraphs under them: the byline signs the subtitle's article, not a text under it.
SUBTITLE_BESIDE_SIGNED_BETWEEN_PARAGRAPHS = """\
山村来了好医生

县医院今年派出专家十
多人，分批到山村开展
送医下乡活动，深受群
众欢迎，不少村民专程 ——记一位乡
赶来看病，有的还送来 村医生
了锦旗。
王平
清晨，村口已经排起了
长队，医生们顾不上吃
早饭就开始看病。
"""


def test_a_byline_between_paragraphs_under_a_subtitle_beside_the_column_signs_it():
    [article] = split(SUBTITLE_BESIDE_SIGNED_BETWEEN_PARAGRAPHS)
    assert parts(article) == ("", "山村来了好医生", "——记一位乡村医生")
    assert article.reporters == ("王平",)
    assert squeeze(article.body).endswith(
        "了锦旗。清晨，村口已经排起了长队，医生们顾不上吃早饭就开始看病。"
    )


# A byline beside a line of the column, its last name cut after a character and wrapped onto a
# line of its own, slipped in between two lines of one sentence.
SIGNED_BESIDE_WITH_A_NAME_WRAPPED = """\
山村来了好医生

县医院今年派出专家十
多人，分批到山村开展
送医下乡活动，已为村
民看病两千多人次，受 本报记者 王平 李
晓
到群众的一致好评。
"""


def test_a_byline_beside_a_line_with_its_last_name_wrapped_leaves_the_sentence_whole():
    [article] = split(SIGNED_BESIDE_WITH_A_NAME_WRAPPED)
    assert parts(article) == ("", "山村来了好医生", "")
    assert article.reporters == ("王平", "李晓")
    assert squeeze(article.body).endswith("已为村民看病两千多人次，受到群众的一致好评。")


# A dash subtitle slipped in above a paragraph's short last line, under a line that reaches the
# column's edge with its quotes printed an em wide: no paragraph's last line but one is a dash
# line, whether or not a word runs on across it.
SUBTITLE_SLIPPED_IN_OVER_A_LAST_LINE = """\
山村来了好医生

县医院今年派出专家十多人，分
批到各个山村为村民看病，还在
各村开展健康讲座，在这次“送
医”中，一种“流动诊所”的
——记一位乡村医生
服务受到欢迎。
"""


def test_a_dash_subtitle_slipped_in_over_a_paragraphs_last_line_leaves_it():
    [article] = split(SUBTITLE_SLIPPED_IN_OVER_A_LAST_LINE)
    assert parts(article) == ("", "山村来了好医生", "——记一位乡村医生")
    assert squeeze(article.body).endswith("一种“流动诊所”的服务受到欢迎。")


# A headline beside the column's lines, its dash subtitle run on under them after the paragraph's
# end: the subtitle closes the headline, no line of the text.
SUBTITLE_UNDER_THE_LINES_A_HEADLINE_STANDS_BESIDE = """\
山村来了 清晨，村口的老槐树下已经站
满了等着看病的村民，县医院
好医生 的专家们刚到就忙开了。
——记一位乡
村医生
"""


def test_a_dash_subtitle_under_the_lines_a_headline_stands_beside_closes_it():
    [article] = split(SUBTITLE_UNDER_THE_LINES_A_HEADLINE_STANDS_BESIDE)
    assert parts(article) == ("", "山村来了好医生", "——记一位乡村医生")
    assert (
        article.body == "清晨，村口的老槐树下已经站满了等着看病的村民，县医院的专家们刚到就忙开了。"
    )


# Dash lines one after another under the lines a headline stands beside are the text's own list,
# no subtitle run on under them.
DASH_LIST_UNDER_THE_LINES_A_HEADLINE_STANDS_BESIDE = """\
春耕备耕 县里今年春耕备耕工作已经全面
展开，全县上下都忙了起来，各
忙起来 乡镇都要做好以下三件事。
——抓水利建设
——抓良种推广
——抓农机服务
"""


def test_a_dash_list_under_the_lines_a_headline_stands_beside_stays_in_the_text():
    [article] = split(DASH_LIST_UNDER_THE_LINES_A_HEADLINE_STANDS_BESIDE)
    assert parts(article) == ("", "春耕备耕忙起来", "")
    assert squeeze(article.body).endswith("三件事。——抓水利建设——抓良种推广——抓农机服务")


# A title beside the letter-spaced first line of a column, on its baseline: it heads the text.
TITLE_BESIDE_A_LETTER_SPACED_LINE = """\
县 医 院 的 专 家 们 一 到 村 送医下乡暖人心
里就忙开了，村口排起了长队，
大家都说专家们的医术高明，
服务也好，盼着他们常来村
里看看。
"""


def test_a_title_beside_a_letter_spaced_line_leaves_it_and_heads_the_text():
    [article] = split(TITLE_BESIDE_A_LETTER_SPACED_LINE)
    assert parts(article) == ("", "送医下乡暖人心", "")
    assert article.body.startswith("县医院的专家们一到村里就忙开了，")


# A letter-spaced line of a column whose last characters the extraction left unspaced holds no
# more than the column does: no title piece stands beside it.
LETTER_SPACED_LINE_ENDING_UNSPACED = """\
县里新修水渠全部通水

  县里新修的水渠已经全部通水，今年
春灌用水有了保障，村民们十分高兴。
村 里 修 好 了 新 路 ， 大 家 出行
更加方便了，孩子们上学也不再绕远
路。村里的老人说，这样的好日子过
去想都不敢想。
"""


def test_a_letter_spaced_line_ending_unspaced_keeps_its_last_word():
    [article] = split(LETTER_SPACED_LINE_ENDING_UNSPACED)
    assert parts(article) == ("", "县里新修水渠全部通水", "")
    assert "大家出行更加方便了" in squeeze(article.body)


# A dash subtitle slipped in after a paragraph's end, its last word cut and completed two lines
# below, past an intertitle of the text: the rest is the subtitle's, the intertitle the text's.
SUBTITLE_WRAPPED_PAST_AN_INTERTITLE = """\
山村来了好医生

县医院今年派出专家十多人，分
批到各个山村为村民看病，受到
了群众的一致好评。
——记县医院的乡村医
“一心为民”
疗队
清晨，村口已经排起了长队，医
生们顾不上吃早饭就开始看病。
"""


def test_a_dash_subtitle_wrapped_past_an_intertitle_takes_its_rest():
    [article] = split(SUBTITLE_WRAPPED_PAST_AN_INTERTITLE)
    assert parts(article) == ("", "山村来了好医生", "——记县医院的乡村医疗队")
    assert squeeze(article.body) == (
        "县医院今年派出专家十多人，分批到各个山村为村民看病，受到了群众的一致好评。"
        "“一心为民”清晨，村口已经排起了长队，医生们顾不上吃早饭就开始看病。"
    )


# A dash subtitle's piece set solid before a letter-spaced line of a column, on one row with it:
# it leaves the column, and its rest, slipped in a line further on, joins it.
SUBTITLE_BEFORE_A_LETTER_SPACED_LINE = """\
山村来了好医生

县医院今年派出专家十多人，分批
——记县医院的乡村医 到 各 个 山 村 为 村 民 看 病 ，
疗队
受到了群众的一致好评。清晨，村
口已经排起了长队，医生们顾不上
吃早饭就开始看病，一直忙到天黑。
"""


def test_a_dash_subtitle_before_a_letter_spaced_line_leaves_the_column():
    [article] = split(SUBTITLE_BEFORE_A_LETTER_SPACED_LINE)
    assert parts(article) == ("", "山村来了好医生", "——记县医院的乡村医疗队")
    assert squeeze(article.body) == (
        "县医院今年派出专家十多人，分批到各个山村为村民看病，受到了群众的一致好评。"
        "清晨，村口已经排起了长队，医生们顾不上吃早饭就开始看病，一直忙到天黑。"
    )


# A dash subtitle's line that ends with a conjunction goes on where the text runs its words on
# across the break (`…修缮和管理…`): the short line under it that reads as two names (`管理纪实`)
# is its rest, no byline.
SUBTITLE_ENDING_WITH_A_CONJUNCTION = """\
山塘蓄满水

县里今年把全县的小山塘交给村民
——青溪县山塘修缮和 管 护 ， 效 果 很 好 。 村 民 们 说 ，
有了自己的山塘，再也不用等着修
管理纪实
建新渠了，一年能多收好几百斤粮
食，日子越过越红火。县里说，山
塘修缮和管理要两手抓，明年还要
在全县推开。
"""


def test_a_dash_subtitle_ending_with_a_conjunction_takes_the_names_under_it():
    [article] = split(SUBTITLE_ENDING_WITH_A_CONJUNCTION)
    assert parts(article) == ("", "山塘蓄满水", "——青溪县山塘修缮和管理纪实")
    assert article.reporters == ()
    assert squeeze(article.body) == (
        "县里今年把全县的小山塘交给村民管护，效果很好。村民们说，有了自己的山塘，"
        "再也不用等着修建新渠了，一年能多收好几百斤粮食，日子越过越红火。县里说，"
        "山塘修缮和管理要两手抓，明年还要在全县推开。"
    )


# A name under a dash subtitle that ends in a name with a conjunction's character (`…陈志和`) is
# its byline, though it is a word too (`夏天`): no line of the text runs the subtitle on into it.
SUBTITLE_ENDING_IN_A_NAME_OVER_A_BYLINE = """\
一生只为一件事

——记老教师陈志和
赵敏

陈志和在山区小学教了四十年书，
先后送出了两千多名学生。他说，
只要还能站上讲台，就要一直教下
去。
"""


def test_a_name_under_a_dash_subtitle_ending_with_a_conjunctions_character_is_a_byline():
    for name in ("赵敏", "夏天"):
        [article] = split(SUBTITLE_ENDING_IN_A_NAME_OVER_A_BYLINE.replace("赵敏", name))
        assert parts(article) == ("", "一生只为一件事", "——记老教师陈志和")
        assert article.reporters == (name,)


# A dash line of running text beside a letter-spaced caption, its last word cut and completed by
# the column's next line (`…建得更加美` / `丽。`): the column's own sentence, no subtitle's piece.
DASH_SENTENCE_BESIDE_A_LETTER_SPACED_CAPTION = """\
老村长的心愿

老村长说，他这辈子只有一个
心愿，就是带着大伙儿修好路
——把家乡建得更加美 图 为 老 村 长 在 村 口 查 看 。
丽。为了这个心愿，他跑遍了
县里的各个部门，从没叫过一
声苦。
"""


def test_a_dash_sentence_beside_a_letter_spaced_caption_stays_in_the_text():
    [article] = split(DASH_SENTENCE_BESIDE_A_LETTER_SPACED_CAPTION)
    assert parts(article) == ("", "老村长的心愿", "")
    assert "——把家乡建得更加美" in squeeze(article.body)


# A dashed list in a column, beside a letter-spaced caption: its item set solid before the caption
# (`——新建通村水泥路 图 为 …`) is no dash subtitle's piece, a line near it, above or below, past
# an item's wrapped rest, opening with a dash too.
DASHED_LIST_BESIDE_A_LETTER_SPACED_CAPTION = """\
几件实事暖民心

本报讯（记者 赵敏）今年，全镇
办成了几件大事：修好进村道路，
——新建通村水泥路 图 为 村 民 走 上 新 路 。
三十公里；
——新建村卫生室五个；
——新办幼儿园两所。
群众都说，这些事办到了心坎上。
"""

# The list's last item beside the caption, the item above it wrapped onto a second line.
LAST_ITEM_BESIDE_A_LETTER_SPACED_CAPTION = """\
几件实事暖民心

本报讯（记者 赵敏）今年，全镇
办成了几件大事：
——新建通村水泥路三十公里，全
部铺上柏油；
——新办幼儿园两所 图 为 村 民 走 上 新 路 。
群众都说，这些事办到了心坎上。
"""


@pytest.mark.parametrize(
    ("page", "item"),
    [
        (DASHED_LIST_BESIDE_A_LETTER_SPACED_CAPTION, "——新建通村水泥路"),
        (LAST_ITEM_BESIDE_A_LETTER_SPACED_CAPTION, "——新办幼儿园两所"),
    ],
    ids=["first item", "last item"],
)
def test_a_dashed_lists_item_before_a_letter_spaced_line_stays_in_the_text(page, item):
    [article] = split(page)
    assert parts(article) == ("", "几件实事暖民心", "")
    assert item in squeeze(article.body)


# A dash subtitle that pdftotext slipped in between two paragraphs of the column under the
# headline: no paragraph of the text is a dash line without stops, so it is the subtitle. A
# writer's sign-off after a dash, a few characters (`——编者`), stays in the text.
SUBTITLE_BETWEEN_PARAGRAPHS = """\
春耕时节

本报讯 县农业农村局近日组
织专家深入田间地头，讲解
水稻育秧的技术要点。
——记农技站专家
  专家们还发放技术资料五百
多份，帮助农户解决难题。
"""


def test_a_dash_subtitle_slipped_in_between_two_paragraphs_leaves_the_text():
    [article] = split(SUBTITLE_BETWEEN_PARAGRAPHS)
    assert parts(article) == ("", "春耕时节", "——记农技站专家")
    assert squeeze(article.body) == (
        "本报讯县农业农村局近日组织专家深入田间地头，讲解水稻育秧的技术要点。"
        "专家们还发放技术资料五百多份，帮助农户解决难题。"
    )
    [signed] = split(SUBTITLE_BETWEEN_PARAGRAPHS.replace("——记农技站专家", "——编者"))
    assert (signed.subtitle, "——编者" in signed.body) == ("", True)


# A dash line after a quotation that a closing quote ends names the quotation's source
# (`——杜甫《春望》`): a line of the text, no subtitle slipped in.
QUOTATION_SOURCE_BETWEEN_PARAGRAPHS = """\
春日读诗

  每到春天，我总会想起小时候
跟着祖父读过的那首诗：“国破
山河在，城春草木深。”
——杜甫《春望》
  那时并不懂诗里的意思，只觉
得念起来好听，祖父却每读一
遍就叹一口气，望着窗外出神。
"""


def test_a_dash_line_naming_a_quotations_source_between_paragraphs_stays_in_the_text():
    [article] = split(QUOTATION_SOURCE_BETWEEN_PARAGRAPHS)
    assert parts(article) == ("", "春日读诗", "")
    assert "——杜甫《春望》" in article.body


# Two dash lines between paragraphs of one column are the text's own list, each heading the
# paragraph under it: no subtitle, and they stay in the text.
DASH_LIST_BETWEEN_PARAGRAPHS = """\
全县部署今年农业工作

本报讯 县委农村工作会议昨天
召开，会议部署了今年的三项
重点工作。
——抓水利建设
  各乡镇要在春耕前修好渠道，
确保灌溉用水及时到田。
——抓良种推广
  县农技站要组织专家下村，
帮助农户选好种、育好秧。
"""


# So does a name alone between a paragraph's first line, set in from the column's edge, and the
# line that goes on from it: set in, that line fills its column as a full line does.
NAME_CUTTING_AN_INDENTED_FIRST_LINE = """\
春到山乡

今年开春以来，县里组织农技
人员深入各村，走访农户三百
多家。
在村里，他们针对部分农
钱立新
户缺少技术的问题，举办培训
班二十多期。
"""


def test_a_name_that_cuts_a_sentence_under_an_indented_first_line_stays_out_of_the_text():
    [article] = split(NAME_CUTTING_AN_INDENTED_FIRST_LINE)
    assert (article.headline, article.reporters) == ("春到山乡", ("钱立新",))
    assert article.body == (
        "今年开春以来，县里组织农技人员深入各村，走访农户三百多家。\n\n"
        "在村里，他们针对部分农户缺少技术的问题，举办培训班二十多期。"
    )


def test_dash_lines_between_paragraphs_of_a_column_more_than_once_are_its_list():
    [article] = split(DASH_LIST_BETWEEN_PARAGRAPHS)
    assert parts(article) == ("", "全县部署今年农业工作", "")
    assert "——抓水利建设" in article.body and "——抓良种推广" in article.body


# A name that cuts a sentence filling its column: the byline of another article stacked below
# in the same column, which pdftotext ran on into the same block.
STACKED_BELOW_A_BYLINE = """\
春耕备耕正当时

本报讯 县农业农村局近日组织
专家深入田间地头，指导农户做
好春耕备耕工作，今年全县计划
种植水稻十二万亩，比去年增加
钱立新
去年冬天，我在县城见到了
多年未见的老同学，他如今在乡
下种果树，日子过得红红火火。

一万亩。

老同学的果园
"""


def test_a_name_that_cuts_a_full_sentence_signs_the_article_stacked_below():
    farming, friend = split(STACKED_BELOW_A_BYLINE)
    assert farming.body.endswith("比去年增加一万亩。")
    assert (friend.headline, friend.reporters) == ("老同学的果园", ("钱立新",))
    assert friend.body.startswith("去年冬天")


# A headline as wide as the column at the top of its block, its writer's name under it: the name
# signs the headline (the line under the name does not go on from it), not a name slipped in
# between two lines of one sentence.
WIDE_HEADLINE_OVER_NAME = """\
县城老街一年里的新变化
钱立新
今年开春以来，县城老街开
始了改造，石板路重新铺过，
两旁的老房子也修缮一新。
街口的茶馆又开了张，每天
清晨都坐满了喝茶的老人。
"""


def test_a_name_under_a_blocks_first_line_as_wide_as_the_column_signs_it_as_a_headline():
    [article] = split(WIDE_HEADLINE_OVER_NAME)
    assert (article.headline, article.reporters) == ("县城老街一年里的新变化", ("钱立新",))
    assert article.body.startswith("今年开春以来")


# A headline wider than the column, wrapped onto a short line, over the text's lead: no line of
# the column prints wider than it, so the short line is the headline's rest, not a line slipped
# in between two lines of one sentence.
WIDE_HEADLINE_WRAPPED = """\
县农业农村局组织专家下田讲解育秧
技术要点
本报讯 县农业农村局近日组
织专家深入田间地头，讲解水
稻育秧的技术要点，指导农户
做好春耕备耕工作。今年全县
早稻种植面积比去年增加一成。
"""

# So is a dash subtitle wider than the column, its comma and all.
WIDE_SUBTITLE_WRAPPED = """\
春耕时节农技专家下乡
——专家们深入田间讲解育秧技术，帮助
农户备耕
本报讯 县农业农村局近日组
织专家深入田间地头，讲解水
稻育秧的技术要点，指导农户
做好春耕备耕工作。今年全县
早稻种植面积比去年增加一成。
"""


def test_a_short_line_under_a_headline_wider_than_the_column_is_the_headlines_rest():
    [article] = split(WIDE_HEADLINE_WRAPPED)
    assert article.headline == "县农业农村局组织专家下田讲解育秧技术要点"
    assert article.body.startswith("本报讯县农业农村局")


def test_a_short_line_under_a_subtitle_wider_than_the_column_is_the_subtitles_rest():
    [article] = split(WIDE_SUBTITLE_WRAPPED)
    assert (article.headline, article.subtitle) == (
        "春耕时节农技专家下乡",
        "——专家们深入田间讲解育秧技术，帮助农户备耕",
    )


# A byline beside the column, merged onto the end of one of its lines.
BYLINE_BESIDE = """\
春耕时节

县农业农村局近日组织专家
深入田间地头，讲解水稻育
秧技术要点。今年 本报记者 钱小平
全县早稻种植面积比去年增
加一成。
"""


def test_a_byline_beside_a_column_line_leaves_it_for_the_reporters():
    [article] = split(BYLINE_BESIDE)
    assert (article.headline, article.reporters) == ("春耕时节", ("钱小平",))
    assert article.body == (
        "县农业农村局近日组织专家深入田间地头，讲解水稻育秧技术要点。"
        "今年全县早稻种植面积比去年增加一成。"
    )


# A byline without a role beside a letter-spaced line of the column: the spaced-out text comes a
# character at a time, the name does not.
BYLINE_BESIDE_SPACED = """\
春耕时节

县农业农村局近日组织专家
深 入 田 间 地 头 ， 讲 解 秧 苗 钱小平
技术要点。全县早稻种植面积
比去年增加一成。
"""


def test_a_byline_beside_a_letter_spaced_line_leaves_it_for_the_reporters():
    [article] = split(BYLINE_BESIDE_SPACED)
    assert (article.headline, article.reporters) == ("春耕时节", ("钱小平",))
    assert article.body == (
        "县农业农村局近日组织专家深入田间地头，讲解秧苗技术要点。全县早稻种植面积比去年增加一成。"
    )


# A byline beside a letter-spaced line wraps its last name's last character to the end of the
# letter-spaced line under it.
BYLINE_BESIDE_SPACED_WRAPPED = """\
春耕时节

县农业农村局近日组织专家
深 入 田 间 地 头 ， 讲 解 本报记者 钱小
秧 苗 技 术 要 点 。 全 县 平
早稻种植面积比去年增加一
成。
"""


def test_a_byline_beside_a_letter_spaced_line_takes_its_wrapped_last_character():
    [article] = split(BYLINE_BESIDE_SPACED_WRAPPED)
    assert (article.headline, article.reporters) == ("春耕时节", ("钱小平",))
    assert article.body == (
        "县农业农村局近日组织专家深入田间地头，讲解秧苗技术要点。全县早稻种植面积比去年增加一成。"
    )


# An intertitle between two columns of an article, in a block of its own.
INTERTITLE = """\
春耕生产忙

本报讯 县农业农村局近日组
织专家深入田间地头，指导
农户做好春耕备耕工作。

育秧

县农业农村局的专家们
现场讲解了春耕育秧技术要
点，向农户发放了技术资料。
"""


def test_a_title_line_between_two_columns_of_one_article_is_its_intertitle():
    [article] = split(INTERTITLE)
    assert (article.headline, article.body) == (
        "春耕生产忙",
        "本报讯县农业农村局近日组织专家深入田间地头，指导农户做好春耕备耕工作。\n\n"
        "育秧\n\n"
        "县农业农村局的专家们现场讲解了春耕育秧技术要点，向农户发放了技术资料。",
    )


# A byline amid an article's text signs the section after it; the title line under the byline
# heads that section, an intertitle of the text: it is no title of the article, whose headline
# stays the one above.
SIGNED_SECTION = """\
山村来了新医生
本报记者 王平
今年开春，县医院派出两名医生
到石门村的卫生室坐诊，村民们
看病再也不用跑到县城去了。
本报通讯员 李强
送药上门
村里的老人行动不便，医生们每
周都要背着药箱走村串户，把药
送到老人家里。
"""


def test_a_title_line_under_a_byline_amid_the_text_is_an_intertitle():
    [article] = split(SIGNED_SECTION)
    assert article.headline == "山村来了新医生"
    first, byline, section = article.body.split("\n\n")
    assert first.endswith("看病再也不用跑到县城去了。")
    assert byline == "本报通讯员李强"  # it signs the section under it, in the text
    assert section.startswith("送药上门村里的老人")  # the intertitle opens that section


# A section's numbered heading set solid over its text is a paragraph of its own: a short one
# over a first line whose comma hangs at the column's edge, one as wide as the column over an
# indented line.
SOLID_HEADINGS = """\
夏季防暑有讲究

入夏以后，天气一天比
一天热，人体消耗也一天比
一天大，要注意防暑。
（一）适当运动
运动宜选在清晨或傍晚，
避开一天里最热的时候，运
动量也不宜过大。
（二）要合理安排作息时间
夏季昼长夜短，宜晚睡
早起，中午适当午休，保证
充足的睡眠。
"""


def test_a_numbered_heading_set_solid_over_its_section_is_a_paragraph_of_its_own():
    [article] = split(SOLID_HEADINGS)
    assert article.headline == "夏季防暑有讲究"
    assert article.body.split("\n\n")[1:] == [
        "（一）适当运动",
        "运动宜选在清晨或傍晚，避开一天里最热的时候，运动量也不宜过大。",
        "（二）要合理安排作息时间",
        "夏季昼长夜短，宜晚睡早起，中午适当午休，保证充足的睡眠。",
    ]


def test_a_paragraph_that_opens_with_a_decimal_number_is_no_numbered_heading():
    section = "（二）要合理安排作息时间\n夏季昼长夜短，宜晚睡\n"
    page = SOLID_HEADINGS.replace(section, "2.5小时的午休时间过长反而\n不好，宜晚睡\n")
    [article] = split(page)
    last = "2.5小时的午休时间过长反而不好，宜晚睡早起，中午适当午休，保证充足的睡眠。"
    assert article.body.split("\n\n")[-1] == last


# A headline, its byline and one title line over the text, in one block: the byline closes the
# title; the line under it opens the text the byline signs.
SIGNED_THEN_INTERTITLE = """\
春到山乡
王平
新村新貌
走进石门村，一排排新房整齐
地立在山脚下，村道两旁种满
了桂花树。
"""


def test_a_title_line_between_a_headlines_byline_and_the_text_opens_the_text():
    [article] = split(SIGNED_THEN_INTERTITLE)
    assert (article.headline, article.reporters) == ("春到山乡", ("王平",))
    assert squeeze(article.body).startswith("新村新貌走进石门村")


# An intertitle right above an article's next column, where another article's column was read
# between the two: it stays in the text, between the paragraphs it parts.
INTERTITLE_AFTER_ANOTHER_COLUMN = """\
县城新建图书馆开放

本报讯 县城新建的图书馆昨天
正式开放，图书馆藏书十万册，
设有阅览室和电子阅览室，图
书馆开放当天读者排起长队。

小学生学游泳

本报讯 暑假期间，县游泳馆为
全县小学生免费开设游泳课。

读者越来越多
开放一周以来，图书馆的读者
越来越多，阅览室和电子阅览
室里常常座无虚席。图书馆将
延长开放时间，方便读者借书。
"""


def test_an_intertitle_above_a_column_read_after_another_articles_stays_in_the_text():
    library, swimming = split(INTERTITLE_AFTER_ANOTHER_COLUMN)
    assert library.headline == "县城新建图书馆开放"
    first, intertitle, second = library.body.split("\n\n")
    assert first.endswith("图书馆开放当天读者排起长队。")
    assert intertitle == "读者越来越多"
    assert second.startswith("开放一周以来")
    assert swimming.body == "本报讯暑假期间，县游泳馆为全县小学生免费开设游泳课。"


# An intertitle set within its column, under another article's headline, whose text that
# article's column, in a narrower box, stands over: the text under it shares the words of the
# article it goes on, far beyond chance, and of no other: a section of that article, no article
# of its own.
INTERTITLE_UNDER_ANOTHER_HEADLINE = """\
县城新建图书馆开放

本报讯 县城新建的图书馆昨天
正式开放，图书馆藏书十万册，
设有阅览室和电子阅览室，图
书馆开放当天读者排起长队。

暑假期间，县游泳
馆为全县小学生免
费开设游泳课，小
学生学游泳的热情
很高。

小学生学游泳

读者越来越多

开放一周以来，图书馆的读者
越来越多，阅览室和电子阅览
室里常常座无虚席。图书馆将
延长开放时间，方便读者借书。
"""


def test_an_intertitle_under_another_articles_headline_heads_a_section_of_the_text():
    library, swimming = split(INTERTITLE_UNDER_ANOTHER_HEADLINE)
    assert library.headline == "县城新建图书馆开放"
    assert library.body.startswith("本报讯")
    assert library.body.endswith("方便读者借书。")
    assert swimming.headline == "小学生学游泳"
    assert swimming.body.startswith("暑假期间")


def test_a_title_wider_than_the_column_under_it_heads_an_article_of_its_own():
    # The same page, the line over the text wider than its column: a headline, however many
    # words its text shares with the article beside it.
    page = INTERTITLE_UNDER_ANOTHER_HEADLINE.replace(
        "读者越来越多\n", "图书馆开放一周读者越来越多阅览室座无虚席\n"
    )
    library, _, readers = split(page)
    assert library.body.endswith("读者排起长队。")
    assert readers.headline == "图书馆开放一周读者越来越多阅览室座无虚席"
    assert readers.body.startswith("开放一周以来")


def test_a_headline_over_its_own_text_read_on_into_anothers_heads_no_section():
    # A one-column headline is no wider than its column either. Its article's chain, read on
    # into a piece of another article's text, shares that article's words through that piece
    # alone: the piece right under the headline shares none, and the chain is no section. Where
    # that other piece stands right under the line, the line is its intertitle.
    lines = [
        (TITLE, ["县城新建图书馆开放"]),
        (
            TEXT,
            [
                "本报讯 县城新修的图书馆昨天",
                "正式开放，图书馆藏书十万册，",
                "设有阅览室和电子阅览室。",
            ],
        ),
        (TITLE, ["菜市场换新颜"]),
        (TEXT, ["城东菜市场改建以后，摊位整", "齐，地面也干净了。"]),
        (TITLE, ["小学生学游泳"]),
        (TEXT, SWIMMING),
        (
            TEXT,
            [
                "县城新修的图书馆开放一周以",
                "来，图书馆的读者越来越多，阅",
                "览室和电子阅览室座无虚席。",
            ],
        ),
    ]
    pieces, _, _, titles, groups = _chained(lines, (0, 2, 4), (1, 3, 5, 6))
    for chains, sections in (([[0], [1, 3], [2]], set()), ([[0], [3], [2], [1]], {1})):
        drafts = [_draft([pieces[k] for k in chain]) for chain in chains]
        assert _sections_by_words(pieces, chains, titles, groups, drafts) == sections


def test_an_intertitle_above_a_column_read_before_the_column_it_follows_stays_in_the_text():
    # The extraction read an article's second column, under its intertitle, before the end of
    # its first column: the title stands below neither piece before it, but right above the
    # piece it heads, after one that ends a paragraph.
    lines = [
        (TITLE, ["县城新建三座公园"]),
        (TEXT, ["本报讯 县城今年新建的三座公", "园将在五月前全部对外开放，由"]),
        (TITLE, ["公园步道已建成"]),
        (TEXT, ["三座公园的健身步道都已建", "成，市民可以前来散步。"]),
        (TEXT, ["县住建局负责建设。"]),
    ]
    units = [_Unit(kind, text, k, k) for k, (kind, text) in enumerate(lines)]
    groups = [_TitleGroup([units[0]], 0), _TitleGroup([units[2]], 2)]
    pieces = [_Piece(units[k].lines, 14, k, k) for k in (1, 4, 3)]
    found, titles = _intertitles(groups, {0: [0]}, [[0, 1, 2]], pieces, units)
    assert {unit: heading.title for unit, heading in found.items()} == {3: "公园步道已建成"}
    assert titles == {0: [0]}


# A heading too long for its narrow column wraps onto a second line: it is one intertitle all
# the same, kept in the text between the pieces it parts. Two title lines there, the second led
# by a dash, are another article's headline and subtitle, not one heading wrapped.
@pytest.mark.parametrize(
    ("heading", "intertitles"),
    [
        (["公园里的健身步", "道已经建成"], {3: "公园里的健身步道已经建成"}),
        (["春季图书", "——新书上架两千册"], {}),
    ],
)
def test_an_intertitle_wrapped_over_two_lines_between_two_pieces_stays_in_the_text(
    heading: list[str], intertitles: dict[int, str]
):
    lines = [
        (TITLE, ["县城新建三座公园"]),
        (TEXT, ["本报讯 县城今年新建的三座公", "园将在五月前全部对外开放。"]),
        (TITLE, heading),
        (TEXT, ["三座公园的健身步道都已建", "成，市民可以前来散步。"]),
    ]
    units = [_Unit(kind, text, k, k) for k, (kind, text) in enumerate(lines)]
    groups = [_TitleGroup([units[0]], 0), _TitleGroup([units[2]], 2)]
    pieces = [_Piece(units[k].lines, 14, k, k) for k in (1, 3)]
    found, titles = _intertitles(groups, {0: [0]}, [[0, 1]], pieces, units)
    assert {unit: h.title for unit, h in found.items()} == intertitles
    assert titles == {0: [0]}


PARKS = ["本报讯 县城今年新建的三座公", "园将在五月前全部对外开放，公", "园里种了樱花和海棠。"]
SWIMMING = ["本报讯 暑假期间，县游泳馆为", "全县小学生免费开设游泳课，", "教练由体校老师担任。"]


def _chained(lines: list[tuple[str, list[str]]], titled: tuple[int, ...], texts: tuple[int, ...]):
    """A page's pieces (its `texts` units), each read as a chain of its own, its drafts, and its
    title groups (its `titled` units), the first chains each taking the title of its rank."""
    units = [_Unit(kind, text, k, k) for k, (kind, text) in enumerate(lines)]
    groups = [_TitleGroup([units[k]], k) for k in titled]
    pieces = [_Piece(units[k].lines, 14, k, k) for k in texts]
    chains = [[i] for i in range(len(pieces))]
    drafts = [_draft([piece]) for piece in pieces]
    titles = {i: [i] for i in range(len(groups))}
    return pieces, chains, drafts, titles, groups


def _attached(lines: list[tuple[str, list[str]]]) -> list[list[int]]:
    """The chains of a page of three titles, each over a text of its own read as a chain of its
    own that took that title, once the fragments are attached."""
    return _attach_fragments(*_chained(lines, (0, 2, 4), (1, 3, 5)), True)


# The links read the section under an intertitle apart from its article, and the title matched
# it as a headline: a bare line between a paragraph's end and the text under it. It goes back
# into that article, as a headless part would, where the article above shares its words as its
# own parts do ("read-apart"), or, the line at the head of a column under another article's
# end, where the text under it shares twice what texts of a page share by chance with an
# article that took a headline ("column-head"; `after`: the article the intertitle follows). The
# other article, under a title of its own whose words its text shares with no other, stays apart.
@pytest.mark.parametrize(
    ("section", "after", "chains"),
    [
        (
            ["三座公园的健身步道都已建", "成，樱花开时公园里还将举办", "赏花活动。"],
            "parks",
            [[0, 1], [2]],
        ),
        (
            ["三座公园的樱花和海棠开了，", "新建的公园将在五月举办赏", "花活动。"],
            "swimming",
            [[0, 2], [1]],
        ),
    ],
    ids=["read-apart", "column-head"],
)
def test_a_text_under_an_intertitle_read_as_its_headline_goes_back_into_its_article(
    section: list[str], after: str, chains: list[list[int]]
):
    parks = [(TITLE, ["县城新建三座公园"]), (TEXT, PARKS)]
    intertitle = [(TITLE, ["公园步道已建成"]), (TEXT, section)]
    swimming = [(TITLE, ["小学生学游泳"]), (TEXT, SWIMMING)]
    lines = parks + (intertitle + swimming if after == "parks" else swimming + intertitle)
    assert _attached(lines) == chains


def test_a_report_with_a_lead_but_no_title_joins_the_round_up_whose_words_it_shares():
    # Two reports of a round-up under one headline, each opening with its lead, the second read
    # apart in another column: it shares the first one's words beyond chance and clearly more
    # than any other text's, and goes on after it, in the order of the text. The other
    # article's report, under a title of its own, stays apart.
    more_parks = ["本报讯 县城新建的三座公园里", "种了樱花和海棠，公园将在五月", "前全部对外开放。"]
    lines = [
        (TITLE, ["县城新建三座公园"]),
        (TEXT, PARKS),
        (TITLE, ["小学生学游泳"]),
        (TEXT, SWIMMING),
        (TEXT, more_parks),
    ]
    assert _join_leads(*_chained(lines, (0, 2), (1, 3, 4)), True) == [[0, 2], [1]]


# An intertitle set at the top of a block, whose words match the text under it more than its
# article's headline does: the two parts, read apart at first, share the words of one article
# and are joined again.
INTERTITLE_SET_LIKE_A_HEADLINE = """\
县城新建三座公园

本报讯 县城今年新建的三座公
园将在五月前全部对外开放。三
座公园总面积达四百多亩，由县
住建局负责建设，总投资一亿二
千万元，去年九月动工。园里种
植了樱花、海棠等花木。

游乐区和步道已建成
三座公园的游乐区和健身步道
都已建成，到了樱花盛开的时节，
三座公园还将举办赏花活动。

小学生学游泳

本报讯 暑假期间，县游泳馆为
全县小学生免费开设游泳课。
"""


def test_an_intertitle_set_like_a_headline_joins_the_parts_of_its_article_again():
    parks, swimming = split(INTERTITLE_SET_LIKE_A_HEADLINE)
    assert parks.headline == "县城新建三座公园"
    assert parks.body.split("\n\n")[1:] == [
        "游乐区和步道已建成",
        "三座公园的游乐区和健身步道都已建成，到了樱花盛开的时节，三座公园还将举办赏花活动。",
    ]
    assert swimming.headline == "小学生学游泳"


# A section's heading with its writer's name under it, right after where an article ends a
# paragraph (pieces by several writers under one headline): set like a headline with its byline,
# it heads a section of the article above when the two texts share several times the words two
# texts of the page share by chance. The heading and the name stay in the text: the name signs
# that section, not the article, and is none of its reporters.
SIGNED_SECTION_HEADING = """\
三座公园今春开放

本报讯 县城今年新建的三座公
园将在五月前全部对外开放。三
座公园总面积达四百多亩，园里
种植了樱花、海棠等花木，建有
健身步道和儿童游乐区。

城东公园：樱花最早开
李明
三座公园里，城东公园的樱花最
多，园里的樱花已经开了。城东
公园的健身步道和儿童游乐区也
已建成，五月前对外开放。

小学生学游泳

本报讯 暑假期间，县游泳馆为
全县小学生免费开设游泳课，每
天上午和下午各开两个班，由专
业教练授课，家长可以在馆内陪
同孩子，报名人数已超过八百人。

高铁站开通运营

本报讯 连接省城的高铁昨天正
式开通，乘客从县里出发一个小
时就能到达省城。车站设有候车
大厅、售票处和停车场，每天发
出列车二十多趟，票价八十元。
"""


def test_a_signed_heading_over_text_sharing_the_words_above_heads_a_section_of_it():
    parks, swimming, railway = split(SIGNED_SECTION_HEADING)
    assert parks.headline == "三座公园今春开放"
    assert parks.body.split("\n\n")[1:3] == ["城东公园：樱花最早开", "李明"]
    assert parks.body.endswith("五月前对外开放。")
    assert parks.reporters == ()
    assert (swimming.headline, railway.headline) == ("小学生学游泳", "高铁站开通运营")


# A title set between two columns of one article, where the first stops mid-sentence, is no
# intertitle (none cuts a sentence): it is the article's headline, printed beside a later
# column.
TITLE_AMID_A_SENTENCE = """\
本报讯 县里今年投入资金改造
全县老旧小区，涉及居民三千
多户。改造内容包括屋顶防水、
管网更新和加装电梯等，城东

老旧小区换新颜

片区的八个小区将率先完工，
其余小区年底前全部完工。
"""


def test_a_title_between_the_columns_of_a_sentence_is_its_headline_not_an_intertitle():
    [article] = split(TITLE_AMID_A_SENTENCE)
    assert article.headline == "老旧小区换新颜"
    assert article.body == (
        "本报讯县里今年投入资金改造全县老旧小区，涉及居民三千多户。改造内容包括屋顶防水、"
        "管网更新和加装电梯等，城东片区的八个小区将率先完工，其余小区年底前全部完工。"
    )


# A title wrapped over two lines between two columns of one article, the first ending its
# paragraph, is no intertitle (an intertitle is one short line): it is the article's headline,
# set in a narrow column beside a later column of its text, not a line whose words the text
# shares less, set amid a sentence after another article's column.
WRAPPED_TITLE_BETWEEN_COLUMNS = """\
小学生学游泳

本报讯 暑假期间，县游泳馆为
全县小学生免费开设游泳课，每
天上午和下午各开两个班，由专

本报讯 开春以来，县里组织农
技人员下乡，指导农户春耕备
耕，全县春耕备耕工作全面展
开，各乡镇的农机也都下田了。

县里春耕备耕
工作全面展开

各乡镇农技站的农技人员分
片包村，为农户讲解春耕备耕
技术，帮助农户检修刚刚新购

新购农机全部下田

业教练授课，报名人数已超过
八百人。

的农机。全县新购的三百台农
机已经全部下田，农机手们起
早贪黑，抢抓农时翻耕土地，
春耕备耕进展顺利。
"""


def test_a_title_wrapped_between_two_columns_of_an_article_is_its_headline():
    swimming, farming = split(WRAPPED_TITLE_BETWEEN_COLUMNS)
    assert swimming.headline == "小学生学游泳"
    assert farming.headline == "县里春耕备耕工作全面展开"
    assert farming.body.startswith("本报讯开春以来")
    assert farming.body.endswith("春耕备耕进展顺利。")


# An intertitle between two columns of one article, whose words another article's text shares
# too, stays that article's intertitle: it is no headline of the other.
INTERTITLE_SHARING_WORDS = """\
山间小路

县城新建图书馆开放

本报讯 县城新建的图书馆昨天
正式开放，馆内藏书十万册，
设有阅览室和电子阅览区。
开馆当天，许多市民前来参观。

读者越来越多

开馆一周以来，读者越来越多，
周末的阅览室里常常座无虚席。
馆长说，图书馆将延长开放时
间，方便大家借阅。

本报讯 村里的孩子们每天走山路
去上学，放学后就到村里的书
屋看书，书屋的小读者越来越多。
"""


def test_an_intertitle_whose_words_another_text_shares_is_no_headline_of_it():
    library, village = split(INTERTITLE_SHARING_WORDS)
    assert library.headline == "县城新建图书馆开放"
    assert library.body.split("\n\n")[1] == "读者越来越多"
    # Nor does the village piece take the free title set far above it: empty, not a guess.
    assert village.headline == ""


# A title line that is the first words of the paragraph right under it, up to a comma, is
# that paragraph's opening set apart: an intertitle of the article, never a headline.
LEAD_IN_INTERTITLE = """\
县城新建三座公园

本报讯 县城今年新建的三座公
园将在五月前全部对外开放。三
座公园总面积达四百多亩，由县
住建局负责建设，去年九月动工。

到了周末
到了周末，不少市民带着孩子
来这里散步、放风筝，老人们
在树荫下下棋聊天。
"""


# So is one that is the whole first sentence of the paragraph under it, set apart above it.
LEAD_IN_SENTENCE = """\
县城新建三座公园

本报讯 县城今年新建的三座公
园将在五月前全部对外开放。三
座公园总面积达四百多亩，由县
住建局负责建设，去年九月动工。

春光正好

春光正好。不少市民带着孩子
来这里散步、放风筝，老人们
在树荫下下棋聊天。
"""


@pytest.mark.parametrize(
    ("page", "lead_in", "paragraph"),
    [
        (LEAD_IN_INTERTITLE, "到了周末", "到了周末，"),
        (LEAD_IN_SENTENCE, "春光正好", "春光正好。"),
    ],
)
def test_a_title_line_that_opens_the_paragraph_under_it_is_an_intertitle(page, lead_in, paragraph):
    [article] = split(page)
    assert article.headline == "县城新建三座公园"
    assert article.body.split("\n\n")[1:] == [
        lead_in,
        paragraph + "不少市民带着孩子来这里散步、放风筝，老人们在树荫下下棋聊天。",
    ]


# A line between an article's lone title and its text, shorter than that title, is no
# intertitle: it is the headline, set in larger type, under its kicker.
SHORT_LINE_UNDER_A_TITLE = """\
县里春耕备耕工作全面展开

田野里的希望

连日来，县里春耕备耕工作全
面展开，各乡镇组织农技人员
下村指导，帮助农户选种育秧。
"""


def test_a_shorter_line_between_a_title_and_its_text_is_the_headline_under_a_kicker():
    [article] = split(SHORT_LINE_UNDER_A_TITLE)
    assert parts(article) == ("县里春耕备耕工作全面展开", "田野里的希望", "")
    assert article.body.startswith("连日来")


# A short line at the top of a block, with no punctuation, whose last word runs on into a
# line of running text under it, is that paragraph's first line: no headline.
LINE_RUNNING_ON_MID_WORD = """\
山村学校

本报讯 县里今年为山区学校配备
了新的电脑和投影仪，全县二十所
山村小学都用上了多媒体教室。

山里的孩子们盼望已
久，今年秋天，新教室终于
建成了。
"""


def test_a_short_line_whose_word_runs_on_into_running_text_is_no_headline():
    [article] = split(LINE_RUNNING_ON_MID_WORD)
    assert article.headline == "山村学校"
    assert article.body.split("\n\n")[1] == "山里的孩子们盼望已久，今年秋天，新教室终于建成了。"


# A short line with a full stop inside it (`…开始了。孩子们`) is running text, however short:
# a headline has none.
LINE_WITH_A_STOP_INSIDE = """\
山村学校

本报讯 县里今年为山区学校配备
了新的电脑和投影仪，全县二十所
山村小学都用上了多媒体教室。

新学期开始了。孩子们
背着书包走进新教室，个个
脸上都挂着笑容。
"""


def test_a_short_line_with_a_full_stop_inside_is_no_headline():
    [article] = split(LINE_WITH_A_STOP_INSIDE)
    assert article.headline == "山村学校"
    assert (
        article.body.split("\n\n")[1]
        == "新学期开始了。孩子们背着书包走进新教室，个个脸上都挂着笑容。"
    )


# A line wholly in brackets right above a lead (`（本报记者王平摄）`) ends the text before
# it, as a signature does: it is no headline of the report under it.
BRACKETED_LINE_ABOVE_A_LEAD = """\
县城新春灯会开幕

灯会现场游人如织，一派喜庆
景象。这是市民在灯下合影。
（本报记者王平摄）
本报讯 县城新春灯会昨晚在人民
公园开幕，四十多组彩灯吸引了
上万名市民前来观赏。
"""


def test_a_bracketed_line_above_a_lead_is_no_headline():
    articles = split(BRACKETED_LINE_ABOVE_A_LEAD)
    assert [a.headline for a in articles] == ["", "县城新春灯会开幕"]


# The same, where the extraction read a piece of another column in between: the line is still
# no headline (an article keeps an empty headline rather than a wrong one).
LEAD_IN_INTERTITLE_APART = """\
县城新建三座公园

本报讯 县城今年新建的三座公
园将在五月前全部对外开放。三
座公园总面积达四百多亩，由县
住建局负责建设，去年九月动工。

到了周末

海棠等花木，游客络绎不绝。

到了周末，不少市民带着孩子
来这里散步、放风筝，老人们
在树荫下下棋聊天。园里种植
了樱花、
"""


def test_a_title_line_that_opens_a_paragraph_a_column_further_on_is_no_headline():
    assert "到了周末" not in [a.headline for a in split(LEAD_IN_INTERTITLE_APART)]


# Above a headline and its byline, such a line is the headline's kicker, not the headline.
LEAD_IN_ABOVE_A_HEADLINE = """\
县里新闻

本报讯 县城今年新建的三座公
园将在五月前全部对外开放。

到了周末

公园成了好去处
王平
到了周末，不少市民带着孩子
来这里散步、放风筝，老人们
在树荫下下棋聊天。
"""


def test_a_title_line_that_opens_the_text_above_a_headline_is_its_kicker():
    _, parks = split(LEAD_IN_ABOVE_A_HEADLINE)
    assert parts(parks) == ("到了周末", "公园成了好去处", "")


# Printed as the last line of the headline's own block, it is the kicker all the same, set
# after the headline by the extraction: no part of the headline.
LEAD_IN_UNDER_A_HEADLINE = """\
县里表彰植树造林先进单位
今年全县新增造林一万亩
本报记者 王平

今年全县新增造林一万亩，
十二个单位和三十名个人昨天
受到县里的表彰。
"""


def test_a_title_line_that_opens_the_text_under_the_headline_is_its_kicker():
    [article] = split(LEAD_IN_UNDER_A_HEADLINE)
    assert parts(article) == ("今年全县新增造林一万亩", "县里表彰植树造林先进单位", "")
    assert article.reporters == ("王平",)


# Printed after the headline and over a dash subtitle in a block of its own, it is still the
# kicker: the subtitle stands between it and the text it opens.
LEAD_IN_OVER_A_SUBTITLE = """\
县里表彰植树造林先进单位
今年全县新增造林一万亩

——记全县春季植树活动

今年全县新增造林一万亩，
十二个单位和三十名个人昨天
受到县里的表彰。
"""


def test_a_title_line_that_opens_the_text_under_a_subtitle_is_its_kicker():
    [article] = split(LEAD_IN_OVER_A_SUBTITLE)
    assert parts(article) == (
        "今年全县新增造林一万亩",
        "县里表彰植树造林先进单位",
        "——记全县春季植树活动",
    )


# Alone over a dash subtitle, with no title above it (the page above without its headline), the
# title that opens the text is its headline: a kicker stands under or over a headline, never in
# place of one.
HEADLINE_OVER_A_SUBTITLE = LEAD_IN_OVER_A_SUBTITLE.split("\n", 1)[1]


def test_a_title_that_opens_the_text_under_a_subtitle_is_its_headline_when_alone():
    [article] = split(HEADLINE_OVER_A_SUBTITLE)
    assert parts(article) == ("", "今年全县新增造林一万亩", "——记全县春季植树活动")


# Right above the text it opens, with the headline printed after the text, it is still the
# kicker of that text's article.
LEAD_IN_ABOVE_TEXT_HEADLINE_AFTER = """\
今年全县新增造林一万亩

今年全县新增造林一万亩，十二个
单位和三十名个人昨天受到县里
的表彰。

县里表彰植树造林先进单位
"""


def test_a_title_line_that_opens_the_text_right_under_it_is_its_kicker():
    [article] = split(LEAD_IN_ABOVE_TEXT_HEADLINE_AFTER)
    assert parts(article) == ("今年全县新增造林一万亩", "县里表彰植树造林先进单位", "")


# A short line under a headline wrapped over full lines, whose last line completes the word the
# line above broke, is a name signing it, though wider than that last line: a wrap ends there.
NAME_UNDER_A_WRAPPED_HEADLINE = """\
县图书馆新馆今天开门迎
客
晓岚

本报讯 县图书馆新馆今天开门迎
客，藏书三十万册，设有少儿阅览
区，市民们一早就来到这里借书。
"""


def test_a_name_under_a_wrapped_headlines_last_line_signs_it():
    [article] = split(NAME_UNDER_A_WRAPPED_HEADLINE)
    assert (article.headline, article.reporters) == ("县图书馆新馆今天开门迎客", ("晓岚",))


def test_a_short_title_under_a_wrapped_headline_is_no_name():
    page = NAME_UNDER_A_WRAPPED_HEADLINE.replace("晓岚", "喜迎新春")
    [article] = split(page)
    assert article.reporters == ()
    assert "喜迎新春" in article.headline + article.subtitle


# A wrapped headline's short rest that opens with a particle (`的鹰`) is no pen name, though it
# holds no dictionary word: no name holds a particle. It is the headline's last line.
HEADLINE_REST_WITH_A_PARTICLE = """\
从山沟里飞出
的鹰

本报讯 今年夏天，县一中的学生
李小山考上了北京的大学，成了
山沟里第一个大学生。乡亲们说，
山沟里飞出了一只鹰。
"""


def test_a_wrapped_headlines_rest_with_a_particle_is_no_pen_name():
    [article] = split(HEADLINE_REST_WITH_A_PARTICLE)
    assert (article.headline, article.reporters) == ("从山沟里飞出的鹰", ())


def test_a_wrapped_headlines_rest_with_a_mood_particle_is_no_pen_name():
    # A question's rest (`好吗`) holds a mood particle, which no name holds either.
    page = HEADLINE_REST_WITH_A_PARTICLE.replace("从山沟里飞出\n的鹰", "你还记得那条山路\n好吗")
    [article] = split(page)
    assert (article.headline, article.reporters) == ("你还记得那条山路好吗", ())


# …but a pen name may hold `了` or `那` (a surname), as no structural particle: under its
# headline, over the essay it signs, it is still the essay's pen name, not its headline.
PEN_NAME_WITH_LE = """\
说说“等”字

了禾

排队的时候，人们总是嫌队伍
走得太慢。其实，等一等，才
能听见身边的人在说些什么。
"""


def test_a_pen_name_holding_le_signs_its_essay():
    [article] = split(PEN_NAME_WITH_LE)
    assert (article.headline, article.reporters) == ("说说“等”字", ("了禾",))


# A short name in a block of its own that holds no dictionary word and is printed nowhere else
# on the page is a pen name signing the text, neither a headline nor an intertitle; under a
# title whose opening quote the extraction broke off, it still signs that title.
PEN_NAME_APART = """\
山间的晨雾

岚舟

清晨，山间升起了薄薄的雾，
远处的村庄若隐若现，早起的
农人已经走在田埂上了。
"""

PEN_NAME_UNDER_A_BROKEN_TITLE = """\
本报讯 县里今年新修了三条通村
公路，沿途五个村的村民出行方
便了许多。

春风”行动启动

“

岚舟

本报讯 县里的“春风”行动昨天
启动，帮助一百多名农民工返岗
就业。
"""


# A pen name under a dash subtitle, in one block with the headline and a letter-spaced text,
# under another article's headline set apart: the subtitle is no line of a sentence, so the
# name is no line slipped in between two, and signs the text under it.
PEN_NAME_UNDER_A_SUBTITLE = """\
县图书馆新馆开放

山村来了新医生
——记一位乡村医生平凡的一天
晓岚
清 晨 六 点 ， 卫 生 室 的
门就开了。村民们说，有了
这位医生，看病不用再跑县
城了，小病在村里就能看好。

本报讯（记者 李明）县图书
馆新馆今天开放，藏书三十
万册，设有少儿阅览区。
"""


def test_a_pen_name_under_a_dash_subtitle_signs_the_text_under_it():
    doctor, library = split(PEN_NAME_UNDER_A_SUBTITLE)
    assert parts(doctor) == ("", "山村来了新医生", "——记一位乡村医生平凡的一天")
    assert doctor.reporters == ("晓岚",)
    assert doctor.body.startswith("清晨六点")
    assert (library.headline, library.reporters) == ("县图书馆新馆开放", ("李明",))


# A byline that names a role, wrapped onto the next line: cut within a name at the top of
# the text's block (`…孙` / `晓东`), or after a name in a block of its own under the headline.
BYLINE_WRAPPED_WITHIN_A_NAME = """\
县图书馆新馆开放

本报讯 县图书馆新馆今天开
放，藏书三十万册，设有少儿
阅览区，每天开放十二小时。

山村来了新医生

本报记者 周立新 孙
晓东
清晨六点，卫生室的门
就开了。村民们说，有了
这位医生，看病不用再跑
县城了，小病就能看好。
"""
BYLINE_WRAPPED_IN_A_BLOCK_OF_ITS_OWN = """\
山村来了新医生

新华社记者 周立新
孙晓东

县图书馆新馆开放

本报讯 县图书馆新馆今天开放，藏
书三十万册，设有少儿阅览区。

清晨六点，卫生室的门就开了。村民
们说，有了这位医生，看病不用再跑
县城了，小病在村里就能看好。
"""


@pytest.mark.parametrize(
    "page", [BYLINE_WRAPPED_WITHIN_A_NAME, BYLINE_WRAPPED_IN_A_BLOCK_OF_ITS_OWN]
)
def test_a_byline_wrapped_onto_the_next_line_names_all_its_reporters(page):
    doctor = next(a for a in split(page) if "卫生室" in a.body)
    assert parts(doctor) == ("", "山村来了新医生", "")
    assert doctor.reporters == ("周立新", "孙晓东")
    assert doctor.body.startswith("清晨六点")


@pytest.mark.parametrize("ornament", ["", "□ ", "◎"])
def test_a_pen_name_in_a_block_of_its_own_signs_the_text(ornament):
    # (An ornament may set the name apart: `□ 岚舟`.)
    [article] = split(PEN_NAME_APART.replace("岚舟", f"{ornament}岚舟"))
    assert (article.headline, article.reporters) == ("山间的晨雾", ("岚舟",))
    assert article.body.startswith("清晨")


@pytest.mark.parametrize("byline", ["□ 李秋雨", "■ 王平"])
def test_a_name_an_ornament_sets_apart_signs_the_text_though_its_given_name_is_a_word(byline):
    # (A common surname and a given name that the dictionary knows as a word: `秋雨`.)
    [article] = split(PEN_NAME_APART.replace("岚舟", byline))
    assert (article.headline, article.subtitle) == ("山间的晨雾", "")
    assert article.reporters == (byline[2:],)


def test_a_pen_name_under_a_broken_title_is_no_headline_of_the_text_before():
    roads, spring = split(PEN_NAME_UNDER_A_BROKEN_TITLE)
    assert roads.headline == ""
    assert (spring.headline, spring.reporters) == ("“春风”行动启动", ("岚舟",))


# An opening quote the extraction broke off a title and set far from it, another article read
# between, opens the one title of the page that closes that quote first.
def test_an_opening_quote_set_far_from_its_title_opens_the_title_that_closes_it_first():
    page = (
        "春风”行动启动\n\n  县里的“春风”行动今天启动，一百\n多家企业为求职者送上岗位。\n\n"
        + LIBRARY_NEWS
        + "\n“\n"
    )
    spring, library = split(page)
    assert parts(spring) == ("", "“春风”行动启动", "")
    assert library.headline == "县图书馆新馆开放"


# So does one the extraction set as the last line of the very title it opens.
def test_an_opening_quote_set_as_its_titles_last_line_opens_the_title():
    page = (
        "春风”行动\n今天启动\n“\n\n  县里的“春风”行动今天启动，一百\n多家企业为求职者送上岗位。\n"
    )
    [spring] = split(page)
    assert parts(spring) == ("", "“春风”行动今天启动", "")


# --- Photo news ---

# The parts several pages below share: a news item, another, and a photo item with its
# letter-spaced caption and credit.
LIBRARY_NEWS = """\
县图书馆新馆开放

本报讯（记者 李明）县图书
馆新馆今天开放，藏书三十
万册，设有少儿阅览区。
"""
SCHOOL_NEWS = """\
城南小学建成新教学楼

本报讯（通讯员 周明）城南
小学新教学楼今天投入使用，
全校师生搬进了新教室。
"""
BLOSSOM_PHOTO = """\
“ 看 ， 花 开 了 ！ ”
3月4日，县城公园的玉兰
花竞相开放，市民纷纷前来
赏花拍照。
记者 陈晨 摄
"""

SPORTS = """\
本报讯（通讯员 周明）3月
4日，县第二中学举行春季
运动会，1200余名师生参
加。比赛设田径、球类等
12个项目。

“ 加 油 ，加 油 ！”
3月 4日，县第二中学运动
会 上 ，学 生 们 在 拔 河 比
赛中奋力拼搏。
记者 陈晨 摄

师生运动会开幕

拔河赛场加油声
"""


def test_photo_news_letter_spaced_with_its_credit_names_as_reporters():
    first, photo = split(SPORTS)
    assert (first.headline, first.photo) == ("师生运动会开幕", False)
    assert photo.to_dict() | {"id": ""} == {
        "id": "",
        "paper": "",
        "date": "2021-03-05",
        "page": 1,
        "seq": 2,
        "headline": "拔河赛场加油声",
        "kicker": "",
        "subtitle": "",
        "reporters": ["陈晨"],
        "dateline": "2021-03-04",
        "people": [],
        "photo": True,
        "body": "“加油，加油！”3月4日，县第二中学运动会上，学生们在拔河比赛中奋力拼搏。",
    }


# A credit in a block of its own closes the caption that ends just before it.
CREDIT_APART = """\
“ 看 ， 花 开 了 ！ ”
3月4日，县城公园的玉兰
花竞相开放，市民纷纷前来
赏花拍照。

记者 陈晨 摄

县图书馆新馆开放

本报讯（记者 李明）县图书
馆新馆今天开放，藏书三十
万册。
"""


def test_a_credit_in_a_block_of_its_own_makes_the_caption_before_it_photo_news():
    photo, library = split(CREDIT_APART)
    assert (photo.headline, photo.photo, photo.reporters) == ("", True, ("陈晨",))
    assert (library.headline, library.photo) == ("县图书馆新馆开放", False)


def test_a_credit_wrapped_onto_a_second_line_in_a_block_of_its_own_is_a_credit():
    page = CREDIT_APART.replace("记者 陈晨 摄", "记者 陈晨 周明\n摄")
    photo, library = split(page)
    assert (photo.headline, photo.photo, photo.reporters) == ("", True, ("陈晨", "周明"))
    assert library.headline == "县图书馆新馆开放"


# A credit line with the start of another article run on after it in one block: the credit
# closes the caption above it, and is no headline of the report below.
CREDIT_THEN_ANOTHER_COLUMN = (
    LIBRARY_NEWS
    + "\n"
    + BLOSSOM_PHOTO
    + """\
本报讯 县城今年新建的三座公园将在
五月前全部对外开放，总面积达四百
多亩，由县住建局负责建设。
"""
)


def test_a_credit_in_a_block_closes_the_caption_not_the_text_run_on_after_it():
    library, photo, parks = split(CREDIT_THEN_ANOTHER_COLUMN)
    assert library.headline == "县图书馆新馆开放"
    assert (photo.headline, photo.photo, photo.reporters) == ("", True, ("陈晨",))
    assert (parks.headline, parks.photo) == ("", False)
    assert parks.body.startswith("本报讯县城今年新建的三座公园")


# A credit on its own that no caption takes, right under a title: the article that took the
# title is a photo item, with that credit.
CREDIT_UNDER_ITS_TITLE = """\
本报讯 城东新区第一小学今天
开工建设，设计规模三十六个班，
预计明年秋季投入使用。

县里今年还将新建道路十二条，改

新区第一小学开工建设

记者 王平 摄

造老旧管网三十公里。
"""


def test_a_credit_under_a_title_makes_the_article_that_took_it_a_photo_item():
    school, roads = split(CREDIT_UNDER_ITS_TITLE)
    assert (school.headline, school.photo, school.reporters) == (
        "新区第一小学开工建设",
        True,
        ("王平",),
    )
    assert not roads.photo and roads.body == "县里今年还将新建道路十二条，改造老旧管网三十公里。"


# A credit after a text longer than any caption is no credit of that text: the extraction read
# it on from a photo item set beside it. The text is an article, not a photo item.
LONG_REPORT = (
    "本报讯（记者 李明）县城老街改造工程今天全面完工，沿街二百余户居民告别了雨天积水、"
    "晴天扬尘的日子。改造历时十个月，铺设石板路面一点二公里，新建排水管网两公里，"
    "沿街店铺的门面统一翻新，电线全部入地。县住建局负责人介绍，工程坚持修旧如旧，"
    "保留了老街原有的青砖墙面和木格门窗，十二处老宅院经过加固后对外开放。"
    "老街还新设了三处口袋公园和两个停车场，方便周边居民休闲出行。"
    "改造期间，施工单位分段施工，每段完工后立即恢复通行，尽量减少对居民生活的影响。"
    "居民张大爷说，过去一下雨门口就成了小河，出门得穿雨靴，现在路面平整干净，"
    "晚饭后到街上走走成了一家人的习惯。县里还请来老手艺人，在老街开设了竹编、"
    "剪纸、木雕等传统手工艺作坊，游客可以现场观看制作过程，也可以动手体验。"
    "据了解，县里明年将启动东关、西关两条老街的改造，预计总投资一亿元，"
    "力争三年内完成全县老街区的整治提升。到那时，县城将形成一条贯通南北的历史文化街区，"
    "串起文庙、古戏台和老城墙遗址等十余处景点。"
)


def test_a_credit_after_a_text_too_long_for_a_caption_makes_no_photo_item():
    (article,) = split("老街改造全面完工\n\n" + column(LONG_REPORT) + "\n记者 陈晨 摄\n")
    assert (article.headline, article.photo) == ("老街改造全面完工", False)
    assert "陈晨" not in article.reporters
    assert squeeze(article.body) == squeeze(LONG_REPORT.replace("记者 李明", "记者李明"))


# A credit in a block of its own under a column of a dozen lines or more: no caption runs so
# long under its photo, so the column is an article's, its photo printed amid it, and the
# credit is no credit of that column.
ROADS_OPENING = (
    "本报讯 今年以来，县里把农村公路建设作为民生实事来抓，新修和改造乡村道路八十多公里，"
    "全县所有行政村都通上了硬化路。公路修到家门口，村里的果子、蔬菜和山货运得出去，"
    "价钱也比往年高了不少。县交通局负责人说，路修好了，管护要跟上，"
    "每个乡镇都配了专职养护员，每条路都有人管、有人修。"
)
ROADS_GOING_ON = (
    "有了专职养护员，乡村道路常年平整干净，硬化路成了村民的致富路。"
    "明年县里还将新修和改造乡村道路三十公里，让山里的果子、蔬菜运得更远。"
)


def test_a_credit_under_a_column_too_long_for_a_caption_makes_no_photo_item_of_it():
    page = (
        "山村通上了硬化路\n\n"
        + column(ROADS_OPENING)
        + "\n记者 陈晨 摄\n\n  "
        + column(ROADS_GOING_ON)
    )
    roads = split(page)[0]
    assert (roads.headline, roads.photo, roads.reporters) == ("山村通上了硬化路", False, ())
    assert squeeze(roads.body) == squeeze(ROADS_OPENING)


# On a page read with no blank lines (`pdftotext -raw`) the blocks are told again from the widths
# of its lines: a photo report's column stands whole in one, a dozen lines or more, and the
# credit under it is still its photo's. (`RAW_PAGE` is defined further on.)
def test_a_credit_under_a_long_column_of_a_page_read_without_blank_lines_makes_a_photo_item():
    page = RAW_PAGE.replace("室里坐满了孩子。\n", "室里坐满了孩子。\n记者 陈晨 摄\n")
    library, roads = split(page)
    assert (library.photo, library.reporters) == (True, ("王平", "陈晨"))
    assert library.body.endswith("新馆的少儿阅览室里坐满了孩子。")
    assert (roads.photo, roads.reporters) == (False, ("李红",))


# A credit right under a title goes with the article that takes the title, even when a text
# that ends stands before it; the title and credit stand before that article's text.
CREDIT_BETWEEN_TITLE_AND_CAPTION = """\
本报讯 县图书馆今天举办读书
分享会，六十多名读者参加。

广场烟花迎新春

记者 王平 摄

新春佳节，县城广场燃放烟花，
市民纷纷前来观赏。
"""


def test_a_credit_under_a_title_goes_with_the_title_not_the_text_before_it():
    library, fireworks = split(CREDIT_BETWEEN_TITLE_AND_CAPTION)
    assert (library.photo, library.reporters) == (False, ())
    assert library.body == "本报讯县图书馆今天举办读书分享会，六十多名读者参加。"
    assert (fireworks.headline, fireworks.photo, fireworks.reporters) == (
        "广场烟花迎新春",
        True,
        ("王平",),
    )


# A credit under the title of an article far too long for a photo caption is no credit of
# that article: it goes to the caption that ends right before the title.
BUS_SENTENCES = (
    "今年县里把公交线路延伸到全部十二个乡镇，新增线路二十三条，投入新能源公交车八十辆。",
    "县交通运输局负责人介绍，新线路沿途设站三百多个，基本做到村村通公交。",
    "为方便老年人出行，县里还为七十岁以上的老人办理免费乘车卡，已办理一万两千多张。",
    "各乡镇在集镇所在地建设候车亭，配备电子站牌，乘客可以随时查看车辆到站时间。",
    "下一步，县里将根据客流情况调整发车班次，在节假日和赶集日增开班车。",
    "不少村民说，过去进城要走好几里山路去等车，如今在家门口就能坐上车，又快又便宜。",
    "青山镇的果农也高兴，往城里送水果的路近了，一天能多跑两趟。",
    "在县城读高中的学生周末回家，再也不用托人捎带或者搭乘摩托车了。",
    "为保证行车安全，县里对全部驾驶员进行了山区道路驾驶培训，并在急弯处加装了护栏。",
    "公交公司还开通了服务热线，收集群众对线路和班次的意见，一周内答复。",
    "县里计划明年再购置新能源公交车四十辆，并在各乡镇建设充电站。",
    "开通仪式上，第一批乘客还收到了印有线路图的纪念车票。",
)
CREDIT_UNDER_A_LONG_ARTICLES_TITLE = (
    """\
“ 新 车 来 了 ！ ”
3月4日，县城至青山镇的新能
源公交车正式开通，沿线村民
出行更方便了。

县城公交线路通到每个乡镇

记者 王平 摄

本报讯 """
    + "\n".join(s[k : k + 13] for s in BUS_SENTENCES for k in range(0, len(s), 13))
    + "\n"
)


def test_a_credit_under_the_title_of_an_article_too_long_for_a_caption_is_the_captions():
    photo, bus = split(CREDIT_UNDER_A_LONG_ARTICLES_TITLE)
    assert (photo.headline, photo.photo, photo.reporters) == ("", True, ("王平",))
    assert (bus.headline, bus.photo, bus.reporters) == ("县城公交线路通到每个乡镇", False, ())


# A caption right after the end of a long article, in a column as wide: it reads on from
# the article's last paragraph, but the two together run longer than any caption.
CAPTION_AFTER_A_LONG_ARTICLE = (
    "县城公交线路通到每个乡镇\n\n本报讯 "
    + "\n".join(s[k : k + 13] for s in BUS_SENTENCES for k in range(0, len(s), 13))
    + """

3月4日，县城至青山镇的新能
源公交车正式开通，沿线村民
出行更方便了。
记者 王平 摄
"""
)


def test_a_caption_is_not_joined_to_a_text_that_would_make_it_too_long():
    bus, photo = split(CAPTION_AFTER_A_LONG_ARTICLE)
    assert (bus.headline, bus.photo, bus.reporters) == ("县城公交线路通到每个乡镇", False, ())
    assert bus.body.endswith("纪念车票。")
    assert (photo.photo, photo.reporters) == (True, ("王平",))
    assert photo.body.startswith("3月4日")


# A credit read in a block of its own amid a report's sentence, cut from its caption set
# elsewhere on the page: the credit of the one text on the page short enough for a caption.
BUS_LINES = [s[k : k + 13] for s in BUS_SENTENCES for k in range(0, len(s), 13)]
CREDIT_READ_AMID_A_REPORT = (
    """\
3月4日，县城至青山镇的新能
源公交车正式开通，沿线村民
出行更方便了。

县城公交线路通到每个乡镇

本报讯 """
    + "\n".join(BUS_LINES[:20])
    + "\n\n记者 王平 摄\n\n"
    + "\n".join(BUS_LINES[20:])
    + "\n"
)


def test_a_credit_read_amid_a_reports_sentence_goes_to_the_one_caption_on_the_page():
    photo, bus = split(CREDIT_READ_AMID_A_REPORT)
    assert (photo.headline, photo.photo, photo.reporters) == ("", True, ("王平",))
    assert photo.body == "3月4日，县城至青山镇的新能源公交车正式开通，沿线村民出行更方便了。"
    assert (bus.headline, bus.photo, bus.reporters) == ("县城公交线路通到每个乡镇", False, ())
    assert bus.body.endswith("纪念车票。")


def test_a_credit_read_amid_a_report_makes_no_caption_of_a_short_report_under_its_headline():
    # A photo printed with a credit and no caption: the one short text on the page stands under
    # a headline of its own, a report, no caption. The credit goes to no text.
    page = CREDIT_READ_AMID_A_REPORT.replace(
        "3月4日，县城至青山镇的新能\n源公交车正式开通，沿线村民\n出行更方便了。\n",
        "县图书馆延长开放时间\n\n本报讯 县图书馆从下月起每天\n延长开放两小时，方便读者。\n",
    )
    library, bus = split(page)
    assert (library.headline, library.photo, library.reporters) == (
        "县图书馆延长开放时间",
        False,
        (),
    )
    assert library.body == "本报讯县图书馆从下月起每天延长开放两小时，方便读者。"
    assert (bus.photo, bus.reporters) == (False, ())


# Nor does a text already longer than any caption run on into a piece that ends with a credit,
# even where a sentence left open would go on there: that piece is a photo item's caption.
LONG_TEXT_OPEN_BEFORE_A_CAPTION = (
    "县城公交线路通到每个乡镇\n\n本报讯 "
    + "\n".join(s[k : k + 13] for s in BUS_SENTENCES[:-1] for k in range(0, len(s), 13))
    + """
开通仪式上，第一批乘客坐上了

新能源公交车，沿线村民出行
更方便了。
记者 王平 摄
"""
)


def test_a_text_longer_than_a_caption_does_not_run_on_into_a_caption():
    bus, photo = split(LONG_TEXT_OPEN_BEFORE_A_CAPTION)
    assert (bus.headline, bus.photo, bus.reporters) == ("县城公交线路通到每个乡镇", False, ())
    assert (photo.photo, photo.reporters) == (True, ("王平",))
    assert photo.body == "新能源公交车，沿线村民出行更方便了。"


# A caption set without an indent right under a report whose last sentence ends at the column's
# edge: its first line does not show that it goes on a paragraph of the report. The caption's
# words match the photo's title, the report's its own: two items.
CAPTION_UNDER_A_SHORT_REPORT = """\
本报讯（记者 王平）县里
今年计划修建乡村公路八十公
里，目前已有六个乡镇开工建
设，进展顺利。

据了解，公路建成后，沿
线村民出行时间将缩短一半，
果品外运也将更加方便快捷。

4月2日，在青山村工地上，
工人们正忙着铺设沥青路面。
眼下天气转暖，施工进度比往
年加快了不少。
记者 李红 摄

乡村公路修到家门口

沥青路面铺设忙
"""


def test_a_caption_without_an_indent_does_not_go_on_from_a_report_ended_at_the_edge():
    report, photo = split(CAPTION_UNDER_A_SHORT_REPORT)
    assert (report.headline, report.photo, report.reporters) == (
        "乡村公路修到家门口",
        False,
        ("王平",),
    )
    assert report.body.endswith("方便快捷。")
    assert (photo.headline, photo.photo, photo.reporters) == ("沥青路面铺设忙", True, ("李红",))
    assert photo.body.startswith("4月2日")


# A report's opening, its column stopped mid-word (`每|天`): the pages of captions below start so.
LIBRARY_OPENING = """\
县图书馆新馆开放

本报讯（记者 李明）县图书馆新馆今天开
放，新馆建筑面积八千平方米，藏书三十
万册，设有少儿阅览室和电子阅览室，每
"""

# A caption read as short blocks one after the other, the last closed by its credit: each block
# goes on in the next, not into another photo item's caption (whose first line, full and not
# indented, would as well go on a sentence). A block's first line set short by a quote's half
# width shows no new paragraph.
CAPTION_IN_SHORT_BLOCKS = (
    LIBRARY_OPENING
    + """\
天开放十二小时。馆长介绍，今年还将在
各乡镇建设分馆，方便农民借阅图书。

春光

学校的操场上，同学们正在进行“拔河”
比赛。
记者 陈晨 摄

3月4日，县第二中学举行春季运动会，
全校一千二百名师生参加了入场式、

“接力跑”等十个项目的比赛，运动
场上加油声此起彼伏，十分热闹。
记者 王平 摄
"""
)


def assert_games_caption(item):
    """The games' photo item of the pages below: its caption whole, from its first block to its
    credit."""
    assert (item.photo, item.reporters) == (True, ("王平",))
    assert item.body.startswith("3月4日")
    assert item.body.endswith("十分热闹。")


def test_a_caption_read_as_short_blocks_goes_on_block_to_block_to_its_credit():
    library, spring, games = split(CAPTION_IN_SHORT_BLOCKS)
    assert (library.headline, library.photo) == ("县图书馆新馆开放", False)
    assert (spring.headline, spring.photo, spring.reporters) == ("春光", True, ("陈晨",))
    assert spring.body == "学校的操场上，同学们正在进行“拔河”比赛。"
    assert_games_caption(games)


# An article's column that stops mid-sentence right before a caption read as short blocks goes
# on after the caption, round the photo: it is no block of the caption's.
REPORT_ROUND_A_CAPTION_IN_BLOCKS = (
    LIBRARY_OPENING
    + """\
天开放十二小时。馆长介绍，今年还将在

3月4日，县第二中学举行春季运
动会，全校师生参加了入场式和

“拔河”“接力跑”等十个项目的
比赛，运动场上加油声此起彼伏，

十分热闹。
记者 王平 摄

各乡镇建设分馆，方便农民借阅图书，
让群众在家门口就能读到好书。
"""
)


def test_a_report_cut_by_a_caption_in_short_blocks_goes_on_round_it():
    library, games = split(REPORT_ROUND_A_CAPTION_IN_BLOCKS)
    assert library.headline == "县图书馆新馆开放"
    assert (library.photo, library.reporters) == (False, ("李明",))
    assert library.body.endswith(
        "今年还将在各乡镇建设分馆，方便农民借阅图书，让群众在家门口就能读到好书。"
    )
    assert_games_caption(games)


# The same where the column's block is as short as a caption's: the word it breaks (`每|天`)
# goes on in the piece after the caption, so the block is no caption's.
REPORT_BLOCK_SHORT_AS_A_CAPTION = (
    LIBRARY_OPENING
    + """\

学生们在新馆少儿阅览室里安静地阅读
图书。
记者 陈晨 摄

天开放十二小时。馆长介绍，今年还将在
各乡镇建设分馆，方便农民借阅图书，让
群众在家门口就能读到好书。
"""
)


def test_a_report_block_short_as_a_caption_goes_on_round_it_where_a_word_runs_on():
    library, photo = split(REPORT_BLOCK_SHORT_AS_A_CAPTION)
    assert (library.photo, library.reporters) == (False, ("李明",))
    assert "电子阅览室，每天开放十二小时。" in library.body
    assert library.body.endswith("让群众在家门口就能读到好书。")
    assert (photo.photo, photo.reporters) == (True, ("陈晨",))
    assert photo.body == "学生们在新馆少儿阅览室里安静地阅读图书。"


# A short title alone between a report and a column of questions and answers is the box's title,
# not an intertitle of the report: an interview's turns run through its text.
QUESTIONS_UNDER_A_REPORT = """\
邻里纠纷调解成功

通讯员 周明

本报讯 近日，县司法局
调解了一起邻里纠纷，双方
握手言和。

调解员提醒，遇到邻里纠
纷要依法签订书面协议。

学法问答

问：租房时要注意什么？

答：要看清租期、租金和押
金等条款，签订书面合同。
"""


def test_a_title_over_questions_and_answers_under_a_report_heads_a_box_of_its_own():
    report, box = split(QUESTIONS_UNDER_A_REPORT)
    assert (report.headline, report.reporters) == ("邻里纠纷调解成功", ("周明",))
    assert report.body.endswith("书面协议。")
    assert box.headline == "学法问答"
    assert box.body.startswith("问：租房时")


# A page that prints the photographer's tag over a caption (`图｜王平 文｜李红`, a byline) prints
# a credit of that form in a block of its own over its caption too: it goes with the text under
# it, a photo item signed by it, not with the caption above.
CREDITS_OVER_CAPTIONS = """\
图｜王平 文｜李红

4月9日，青山镇的茶农在
茶园里采茶。眼下正是春茶
上市时节，茶园一派忙碌。

图｜周明

4月10日，县图书馆的小读
者在听老师讲故事。
"""


def test_a_tagged_credit_over_a_caption_signs_the_caption_under_it():
    tea, library = split(CREDITS_OVER_CAPTIONS)
    assert (tea.headline, tea.reporters) == ("", ("王平", "李红"))
    assert tea.body.endswith("一派忙碌。")
    assert (library.headline, library.photo, library.reporters) == ("", True, ("周明",))
    assert library.body.startswith("4月10日")


# The caption under such a byline is a photo item, signed by it; a report under it runs longer
# than a caption, its photos printed with it.
def test_a_caption_under_a_byline_that_names_the_photographer_first_is_a_photo_item():
    tea, _library = split(CREDITS_OVER_CAPTIONS)
    assert (tea.photo, tea.reporters) == (True, ("王平", "李红"))
    [report] = split(f"图｜王平 文｜李红\n\n{REPORT * 12}")
    assert (report.photo, report.reporters) == (False, ("王平", "李红"))


def test_a_tagged_credit_under_a_caption_closes_it_where_no_credit_stands_over_one():
    tea, library = split(CREDITS_OVER_CAPTIONS.replace("图｜王平 文｜李红\n\n", ""))
    assert (tea.photo, tea.reporters) == (True, ("周明",))
    assert (library.photo, library.reporters) == (False, ())


# A photo credit in the other forms papers print it: an agency before the role, `摄影`, a
# photo report, a slash, the names after what they made, a photo given, a wire photo, one from
# the archive. Each closes the caption (out of its text) and names its people, if any.
SNOW_PHOTO = """\
河堤加固工程开工

本报讯 县水利局昨天启动城东河
堤加固工程，全长三公里，计划
在汛期前完工。

瑞雪兆丰年

雪后的县城公园里，孩子们在堆
雪人、打雪仗，玩得不亦乐乎。
{credit}

本报讯 县农业局近日组织技术人
员下乡，指导农民做好小麦越冬管
理，确保来年丰收。
"""
SNOW_CAPTION = "雪后的县城公园里，孩子们在堆雪人、打雪仗，玩得不亦乐乎。"


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("新华社记者 罗晓峰 摄", ("罗晓峰",)),
        ("罗晓峰 摄影", ("罗晓峰",)),
        ("本报记者 罗晓峰 沈丽 摄影报道", ("罗晓峰", "沈丽")),
        ("罗晓峰/摄", ("罗晓峰",)),
        ("图/罗晓峰", ("罗晓峰",)),
        ("摄影：本报记者 罗晓峰", ("罗晓峰",)),
        ("通讯员 沈丽 供图", ("沈丽",)),
        ("县文化馆供图", ()),
        ("图片由县文化馆提供", ()),
        ("新华社发", ()),
        ("新华社发 罗晓峰 摄", ("罗晓峰",)),
        ("新华社发（罗晓峰 摄）", ("罗晓峰",)),
        ("资料图片", ()),
        ("受访者供图", ()),
        ("图片由受访者提供", ()),
        ("本版图片由县文化馆提供", ()),
        ("网络图片", ()),
        ("图片来源：网络", ()),
        ("新华社记者\n罗晓峰 摄", ("罗晓峰",)),  # wrapped onto a second line
        ("本报记者 罗晓峰 沈\n丽 摄", ("罗晓峰", "沈丽")),  # wrapped within a name
    ],
)
def test_a_credit_in_any_printed_form_closes_a_photo_caption(credit, names):
    snow = [a for a in split(SNOW_PHOTO.format(credit=credit)) if "雪人" in a.body]
    assert [(a.headline, a.photo, a.reporters) for a in snow] == [("瑞雪兆丰年", True, names)]
    assert squeeze(snow[0].body) == SNOW_CAPTION


# A caption's last words (or a photo's title) set over a credit in one block are no part of it:
# only a role or names wrap into a credit.
def test_words_over_a_credit_line_are_no_credit_wrapped_over_two_lines():
    page = SNOW_PHOTO.replace("乐乎。\n{credit}", "乐乎。\n公园一角\n{credit}")
    [snow] = [a for a in split(page.format(credit="罗晓峰 摄")) if "雪人" in a.body]
    assert (snow.reporters, squeeze(snow.body)) == (("罗晓峰",), SNOW_CAPTION + "公园一角")


# A byline under a photo's credit at the page's end is no photographer's: a photo item is signed
# by its credit.
def test_a_byline_under_the_pages_last_photo_credit_does_not_sign_the_photo():
    photo = f"瑞雪兆丰年\n\n{SNOW_CAPTION}\n记者 陈晨 摄\n"
    page = f"河堤加固工程开工\n\n{REPORT}\n{photo}\n本报记者 王平\n"
    [snow] = [a for a in split(page) if "雪人" in a.body]
    assert (snow.photo, snow.reporters) == (True, ("陈晨",))


@pytest.mark.parametrize("credit", ["新华社记者 罗晓峰 摄", "罗晓峰 摄影", "新华社发", "资料图片"])
def test_a_credit_ending_the_caption_line_closes_the_caption(credit):
    page = SNOW_PHOTO.replace("乐乎。\n{credit}", "乐乎。 {credit}").format(credit=credit)
    snow = [a for a in split(page) if "雪人" in a.body]
    assert [(a.photo, squeeze(a.body)) for a in snow] == [(True, SNOW_CAPTION)]


def test_a_credit_names_people_only_not_its_agency():
    (snow,) = [a for a in split(SNOW_PHOTO.format(credit="新华社 罗晓峰 摄")) if "雪人" in a.body]
    assert (snow.photo, snow.reporters) == (True, ("罗晓峰",))


@pytest.mark.parametrize("credit", ["新华社 摄", "本报 摄", "通讯员 县文化馆 供图", "资料 摄"])
def test_a_credit_never_names_an_agency_a_body_or_the_archive(credit):
    assert not any(name in ("新华社", "本报", "县文化馆", "资料") for name in _credit_names(credit))


# A heading that ends in 摄影 (a season, a place) is no credit: set solid, without a role, a
# name before 摄影 may as well be a word; nor is a reader's call to send photos (…踊跃供图).
REPORT_OVER_A_HEADING = """\
河堤加固工程开工

本报讯 县水利局昨天宣布，城东河
堤加固工程正式开工，预计今年汛
期前完工。

{line}

本报讯 县农业局近日组织技术人
员下乡，指导农民做好秋收工作。
"""


@pytest.mark.parametrize("line", ["金秋摄影", "欢迎广大读者踊跃供图"])
def test_a_heading_or_a_call_for_photos_closes_no_caption(line):
    assert not _is_credit(line)
    dike = split(REPORT_OVER_A_HEADING.format(line=line))[0]
    assert dike.headline == "河堤加固工程开工"
    assert (dike.photo, dike.reporters) == (False, ())


# A credit in brackets closes a caption of one paragraph too: ending its last line, on a line of
# its own, wrapped over two lines, or in a block of its own.
@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("\n（本报记者 罗晓峰摄）", ("罗晓峰",)),
        ("（记者 罗晓峰 摄）", ("罗晓峰",)),
        ("（罗晓峰 摄）", ("罗晓峰",)),  # one gap, within the credit: nothing side by side
        ("（本报记\n者罗晓峰摄）", ("罗晓峰",)),
        ("\n\n（新华社记者 罗晓峰 摄）", ("罗晓峰",)),
        ("\n（新华社发）", ()),
        ("（资料图片）", ()),
        ("\n（图片由县文化馆提供）", ()),
        ("（沈丽 供图）", ("沈丽",)),
    ],
)
def test_a_credit_in_brackets_closes_a_caption_of_one_paragraph(credit, names):
    page = SNOW_PHOTO.replace("乐乎。\n{credit}", "乐乎。{credit}").format(credit=credit)
    snow = [a for a in split(page) if "雪人" in a.body]
    assert [(a.headline, a.photo, a.reporters) for a in snow] == [("瑞雪兆丰年", True, names)]
    assert squeeze(snow[0].body) == SNOW_CAPTION


# After a report, a credit in brackets is that of a photo printed with it, its caption a
# paragraph of the report: it stays in the report's text and makes no photo item.
REPORT_WITH_ITS_PHOTO = """\
河堤加固工程开工

本报讯 县水利局昨天启动城东河
堤加固工程，全长三公里，计划
在汛期前完工。
图为施工人员在河堤上打桩。
（罗晓峰摄）
"""


def test_a_credit_in_brackets_after_a_report_stays_in_its_text():
    (report,) = split(REPORT_WITH_ITS_PHOTO)
    assert (report.headline, report.photo, report.reporters) == ("河堤加固工程开工", False, ())
    assert squeeze(report.body).endswith("图为施工人员在河堤上打桩。（罗晓峰摄）")


# Nor is a bracket that follows no sentence's end a credit: it is an aside of the sentence.
def test_a_bracket_amid_a_sentence_is_no_credit():
    page = SNOW_PHOTO.replace("玩得不亦乐乎。\n{credit}", "身后是一张老照片（县档案馆供图）")
    (snow,) = [a for a in split(page) if "雪人" in a.body]
    assert (snow.photo, squeeze(snow.body)[-11:]) == (False, "老照片（县档案馆供图）")


# Set solid after a stop at the end of a full line, what reads as a credit may be the first words
# of the next sentence, run on at the next column: it is the text's.
TOURISM = """\
县城旅游收入创新高

本报讯 今年国庆假期，县城接待
游客十二万人次，旅游收入比去年
同期增长三成。据县旅游局统计，
古镇老街景区游客最多。{end}

{rest}，全省乡村旅游人数
也大幅增长，县里将继续完善景区
配套设施。
"""


@pytest.mark.parametrize(
    ("end", "rest"), [("新华社发", "布的数据显示"), ("记者罗晓峰摄", "下了这一幕。数据显示")]
)
def test_a_credit_set_solid_at_the_end_of_a_full_line_may_run_on(end, rest):
    (article,) = split(TOURISM.format(end=end, rest=rest))
    assert (article.headline, article.photo, article.reporters) == ("县城旅游收入创新高", False, ())
    assert end + rest in squeeze(article.body)


# A headline over its credit in one block (`雪后乐园` / `罗晓峰 摄`) is no credit wrapped over two
# lines: the credit does not take the headline for names, nor close the text before them.
@pytest.mark.parametrize("credit", ["罗晓峰 摄", "罗晓峰 摄影"])
def test_a_headline_over_a_credit_in_one_block_is_no_part_of_it(credit):
    page = SNOW_PHOTO.replace("瑞雪兆丰年\n\n", f"雪后乐园\n{credit}\n\n").format(credit="")
    dike, *_ = split(page)
    assert (dike.headline, dike.photo, dike.reporters) == ("河堤加固工程开工", False, ())


# A credit for a photo taken names someone: a heading that ends with `摄影` is no credit.
PHOTO_SHOW = """\
河堤加固工程开工

本报讯 县水利局昨天启动城东河
堤加固工程，全长三公里，计划
在汛期前完工。

风光摄影

本报讯 县文化馆举办的风光摄影
展昨天开幕，展出本县摄影爱好
者的作品一百二十幅。
"""


def test_a_heading_ending_with_photography_is_no_credit():
    dike, show = split(PHOTO_SHOW)
    assert (dike.headline, dike.photo, dike.reporters) == ("河堤加固工程开工", False, ())
    assert (show.headline, show.photo) == ("风光摄影", False)


# What a caption says after `图：` is no credit where it is no names: the caption goes on.
def test_a_caption_line_after_a_picture_mark_is_no_credit():
    (snow,) = [a for a in split(SNOW_PHOTO.format(credit="图：县城新貌")) if "雪人" in a.body]
    assert (snow.photo, snow.reporters) == (False, ())
    assert squeeze(snow.body).endswith("图：县城新貌")


# A credit under the title of an article too long for a caption goes to no text before it that
# is as long: it is no photo's credit of either.
def test_a_credit_under_a_long_articles_title_closes_no_long_text_before_it():
    page = (
        "老街改造全面完工\n\n"
        + column(LONG_REPORT)
        + "\n县城公交通到乡镇\n\n记者 罗晓峰 摄\n\n"
        + column("".join(BUS_SENTENCES))
    )
    street, bus = split(page)
    assert (street.headline, street.photo, street.reporters) == (
        "老街改造全面完工",
        False,
        ("李明",),
    )
    assert (bus.headline, bus.photo) == ("县城公交通到乡镇", False)


# A title of one word pair that the text names (a place, `江西`) set right over it is a tag,
# as a series sets over each of its reports; the title whose words match the text, set apart
# from it by another article, is its headline.
TAG_OVER_A_REPORT = (
    "寒冬送暖意浓情满山村\n\n"
    + LIBRARY_NEWS
    + "\n江西\n\n"
    + "本报南昌电（记者 王平）近日，\n江西省各地干部进山村送暖，为\n"
    + "农户送去米面和棉被。江西省今\n年共走访农户三万户。\n"
)


def test_a_one_word_tag_over_a_report_is_not_its_headline():
    library, report = split(TAG_OVER_A_REPORT)
    assert library.headline == "县图书馆新馆开放"
    assert report.headline == "寒冬送暖意浓情满山村"


# A photo item's title shares no word with its caption: it goes by its place, right above.
BLOSSOM = LIBRARY_NEWS + "\n春色\n\n" + BLOSSOM_PHOTO


def test_a_photo_title_sharing_no_word_with_its_caption_goes_by_its_place():
    library, photo = split(BLOSSOM)
    assert [(a.headline, a.photo, a.reporters) for a in (library, photo)] == [
        ("县图书馆新馆开放", False, ("李明",)),
        ("春色", True, ("陈晨",)),
    ]
    assert photo.body == "“看，花开了！”3月4日，县城公园的玉兰花竞相开放，市民纷纷前来赏花拍照。"


# A photo item's title may stand far from its caption, above other articles: it still goes
# to the photo item, as the only title that shares no words with any article.
FAR_PHOTO_TITLE = "春色\n\n" + LIBRARY_NEWS + "\n" + SCHOOL_NEWS + "\n" + BLOSSOM_PHOTO


def test_a_photo_items_title_far_from_its_caption_goes_to_it():
    library, school, photo = split(FAR_PHOTO_TITLE)
    assert [(a.headline, a.photo) for a in (library, school, photo)] == [
        ("县图书馆新馆开放", False),
        ("城南小学建成新教学楼", False),
        ("春色", True),
    ]


# A title right over a dash subtitle that shares a word with the text under both is that
# text's headline, though the subtitle shares more of its words: no photo item takes it as the
# only title far from its caption that shares no words with any article.
def test_a_title_over_a_subtitle_taken_first_is_no_far_photo_items_title():
    page = (
        "田野放歌\n\n——记春耕时节县里的田野\n\n"
        "  春耕时节，县里的田野上一派繁\n忙景象，农机手们忙着翻地播种。\n\n" + BLOSSOM_PHOTO
    )
    fields, photo = split(page)
    assert parts(fields) == ("", "田野放歌", "——记春耕时节县里的田野")
    assert (photo.headline, photo.photo) == ("", True)


# A dash subtitle right under its headline, over a text read between that has no headline, is
# the subtitle of the headline's article, not the headless text's headline by nearness.
SUBTITLE_OVER_A_HEADLESS_TEXT = """\
县城三座公园春节前开放

——城边多了绿色客厅

县农技站站长周建国今年五十
岁，在田间地头一干就是三十
年，全县的麦田他都走过。

  本报讯 县城今年新建的三座公园
春节前全部对外开放，三座公园总
面积达四百多亩。
"""


def test_a_dash_subtitle_under_a_headline_is_no_nearby_texts_headline():
    farmer, parks = split(SUBTITLE_OVER_A_HEADLESS_TEXT)
    assert parts(farmer) == ("", "", "")
    assert parts(parks) == ("", "县城三座公园春节前开放", "——城边多了绿色客厅")


# Far from its caption, a photo item's title is a short label: a long line standing there is
# more likely a line of some text that the extraction set apart, and the photo item keeps no
# headline rather than take it.
FAR_LONG_LINE = (
    "在会上宣读了表彰决定并颁发了奖\n\n" + LIBRARY_NEWS + "\n" + SCHOOL_NEWS + "\n" + BLOSSOM_PHOTO
)


def test_a_long_line_far_from_a_photo_items_caption_is_not_its_title():
    library, school, photo = split(FAR_LONG_LINE)
    assert [(a.headline, a.photo) for a in (library, school, photo)] == [
        ("县图书馆新馆开放", False),
        ("城南小学建成新教学楼", False),
        ("", True),
    ]


# Nor is a title wrapped over two lines (here a word cut across them): most often a headline set
# in a narrow column, not a photo item's label, short as it is.
FAR_WRAPPED_TITLE = (
    "乡村书屋开\n门迎客\n\n" + LIBRARY_NEWS + "\n" + SCHOOL_NEWS + "\n" + BLOSSOM_PHOTO
)


def test_a_wrapped_title_far_from_a_photo_items_caption_is_not_its_title():
    library, school, photo = split(FAR_WRAPPED_TITLE)
    assert [(a.headline, a.photo) for a in (library, school, photo)] == [
        ("县图书馆新馆开放", False),
        ("城南小学建成新教学楼", False),
        ("", True),
    ]


# One bigram that a title shares with an article's text is chance, not the article's words:
# the title stays free for the photo item it stands far from.
TITLE_SHARING_ONE_BIGRAM = (
    "春光满园\n\n"
    + LIBRARY_NEWS.replace("设有少儿阅览区。", "阅览室里春光明媚。")
    + "\n"
    + SCHOOL_NEWS
    + "\n"
    + BLOSSOM_PHOTO
)


def test_a_title_sharing_one_bigram_with_an_article_stays_free_for_a_photo_item():
    library, school, photo = split(TITLE_SHARING_ONE_BIGRAM)
    assert [(a.headline, a.photo) for a in (library, school, photo)] == [
        ("县图书馆新馆开放", False),
        ("城南小学建成新教学楼", False),
        ("春光满园", True),
    ]


# Nor does one shared bigram give a title to a text without a headline that stands far from
# it: near its article a title may share little, far away it takes two bigrams.
TITLE_FAR_FROM_A_HEADLESS_BRIEF = (
    "春光满园\n\n"
    + LIBRARY_NEWS
    + "\n"
    + SCHOOL_NEWS
    + "\n"
    + BLOSSOM_PHOTO
    + """
本报讯 东坡村的书屋今天开门迎
客，村民们一早就来到这里借书
看报，窗外一片春光。
"""
)


def test_a_title_sharing_one_bigram_with_a_far_headless_brief_stays_free_for_a_photo_item():
    library, school, photo, brief = split(TITLE_FAR_FROM_A_HEADLESS_BRIEF)
    assert [(a.headline, a.photo) for a in (library, school, photo, brief)] == [
        ("县图书馆新馆开放", False),
        ("城南小学建成新教学楼", False),
        ("春光满园", True),
        ("", False),
    ]


# A lone character set apart from the text is a piece the extraction broke off a title: it is
# no headline, not even of a photo item that has no other.
LONE_CHARACTER = LIBRARY_NEWS + "\n" + BLOSSOM_PHOTO + "\n园\n"


def test_a_lone_character_is_no_headline():
    library, photo = split(LONE_CHARACTER)
    assert [(a.headline, a.photo) for a in (library, photo)] == [
        ("县图书馆新馆开放", False),
        ("", True),
    ]


# An article that took only its subtitle takes no free title by its place alone when another
# article's words claim that title: better no headline than another story's.
SUBTITLE_UNDER_ANOTHER_ARTICLES_TITLE = """\
县图书馆新馆开放

本报讯（记者 李明）县图书
馆新馆今天开放，藏书三十
万册，设有少儿阅览区。

图书馆新馆开放时间

——写给春天的孩子们

春天来了，孩子们在田野
里奔跑，风筝飞上了蓝天，
笑声传得很远很远。
"""


def test_a_subtitle_only_article_takes_no_title_another_articles_words_claim():
    library, spring = split(SUBTITLE_UNDER_ANOTHER_ARTICLES_TITLE)
    assert library.headline == "县图书馆新馆开放"
    assert (spring.headline, spring.subtitle) == ("", "——写给春天的孩子们")


# A dash line leads into the headline as its kicker only where it stands right above it; one
# set apart from the headline (the text between) is its subtitle, as a dash line marks one.
DASH_LINE_APART_FROM_THE_HEADLINE = (
    "——写给春天的孩子们\n\n春天来了，孩子们在田野\n里奔跑，风筝飞上了蓝天，\n笑声传得很远很远。\n\n"
    + LIBRARY_NEWS
    + "\n"
    + SCHOOL_NEWS
    + "\n田野放歌\n"
)


def test_a_dash_line_set_apart_from_the_headline_is_its_subtitle():
    spring, library, school = split(DASH_LINE_APART_FROM_THE_HEADLINE)
    titles = (spring.kicker, spring.headline, spring.subtitle)
    assert titles == ("", "田野放歌", "——写给春天的孩子们")
    assert (library.headline, school.headline) == ("县图书馆新馆开放", "城南小学建成新教学楼")


# A title that is the first words of a text's first sentence (`春光正好` / `春光正好，…`) is a
# paragraph's opening set apart, wherever the extraction put it: no headline of that text.
OPENING_WORDS_FAR_ABOVE = (
    "春光正好\n\n"
    + LIBRARY_NEWS
    + "\n"
    + SCHOOL_NEWS
    + "\n春光正好，东坡村的油菜花开\n了，村民们在田间忙着春耕。\n"
)


def test_a_title_that_is_a_texts_first_words_far_from_it_is_no_headline_of_it():
    library, school, spring = split(OPENING_WORDS_FAR_ABOVE)
    assert (library.headline, school.headline) == ("县图书馆新馆开放", "城南小学建成新教学楼")
    assert (spring.headline, spring.body[:4]) == ("", "春光正好")


# A title set where a sentence runs on from the text right above it (`…阅览区和电` / title /
# … / `子阅览室，…`) may be anything of the text around it: it is no headline, by its place
# alone, of a text under it that shares none of its words and opens with no lead.
TITLE_WHERE_A_SENTENCE_RUNS_ON = """\
县图书馆新馆开放

本报讯（记者 李明）县图书
馆新馆今天开放，藏书三十
万册，设有少儿阅览区和电

读者上网查资料

天刚亮，村民们就来
到东坡村书屋借书看报，
书屋里坐满了人，孩子们
在角落里读绘本。

子阅览室，读者可以在馆
里免费上网查阅资料。
"""


def test_a_title_where_a_sentence_runs_on_heads_no_text_by_place_alone():
    library, reading = split(TITLE_WHERE_A_SENTENCE_RUNS_ON)
    assert library.headline == "县图书馆新馆开放"
    assert library.body.endswith("电子阅览室，读者可以在馆里免费上网查阅资料。")
    assert (reading.headline, reading.body[:5]) == ("", "天刚亮，村")


# A title-like line that leaves a bracket open (`…编印的《东坡村志`) is a line of text cut off
# mid-sentence: a headline's marks pair up. The text under it keeps an empty headline.
CUT_LINE_OVER_A_TEXT = """\
县档案馆编印的《东坡村志

近日，东坡村的村民们拿到了
新印的村志，翻看着村里百年
来的变迁。
"""


def test_a_line_that_leaves_a_bracket_open_is_no_headline():
    [article] = split(CUT_LINE_OVER_A_TEXT)
    assert article.headline == ""
    assert article.body.startswith("近日，东坡村")


# A photographer's signature set like a title (`陈晨摄影`) is a credit, no headline.
SIGNATURE_OVER_A_TEXT = """\
陈晨摄影
县城东郊的万亩梨园位于两山
之间，每到三月，梨花盛开，远
远望去一片雪白。
"""


def test_a_photographers_signature_set_like_a_title_is_no_headline():
    [article] = split(SIGNATURE_OVER_A_TEXT)
    assert (article.headline, article.kicker, article.subtitle) == ("", "", "")
    assert article.body.startswith("县城东郊") and "陈晨" not in article.body


# A date on a line of its own over a text (a line of a chronology, set apart) is no headline.
@pytest.mark.parametrize("date", ["1990年7月", "7月1日", "一九九〇年"])
def test_a_date_alone_set_like_a_title_is_no_headline(date):
    [article] = split(SIGNATURE_OVER_A_TEXT.replace("陈晨摄影", date))
    assert article.headline == ""
    assert split(SIGNATURE_OVER_A_TEXT.replace("陈晨摄影", "梨园春早"))[0].headline == "梨园春早"


# A short solid line that only ends a sentence (`的。`) is the end of a sentence begun
# elsewhere, set apart by the extraction: the title right above it is not its headline.
SENTENCE_END_UNDER_A_TITLE = LIBRARY_NEWS + "\n春风十里\n\n的。\n\n" + SCHOOL_NEWS


def test_the_end_of_a_sentence_set_apart_takes_no_title_by_its_place():
    articles = split(SENTENCE_END_UNDER_A_TITLE)
    assert [(a.headline, a.kicker, a.subtitle, squeeze(a.body)) for a in articles] == [
        (
            "县图书馆新馆开放",
            "",
            "",
            "本报讯（记者李明）县图书馆新馆今天开放，藏书三十万册，设有少儿阅览区。",
        ),
        ("", "", "", "的。"),
        (
            "城南小学建成新教学楼",
            "",
            "",
            "本报讯（通讯员周明）城南小学新教学楼今天投入使用，全校师生搬进了新教室。",
        ),
    ]  # `春风十里` heads nothing: a title no article takes is left out


# A headline's last character broken off into a block of its own, after the headline or (as the
# extraction may set it) before it: it ends the headline's last word and goes back onto it.
BROKEN_OFF = """\
县里为受灾群众捐

款

本报讯 县民政局昨天收到各界
捐款二十多万元，将全部用于
灾后重建。
"""


def test_a_headlines_last_character_in_a_block_of_its_own_goes_back_onto_it():
    [after] = split(BROKEN_OFF)
    [before] = split("款\n\n" + BROKEN_OFF.replace("\n\n款", ""))
    for article in (after, before):
        assert article.headline == "县里为受灾群众捐款"
        assert article.body == "本报讯县民政局昨天收到各界捐款二十多万元，将全部用于灾后重建。"


# A narrow headline wrapped over full lines, its last three characters broken off into a block
# of their own and set before it: they complete the word its last line breaks.
LAST_WORDS_BROKEN_OFF = """\
门迎客

新建的县图
书馆今天开

本报讯 新建的县图书馆今天开
门迎客，藏书二十万册，市民
凭身份证可以免费借阅。
"""


def test_a_wrapped_headlines_last_characters_in_a_block_of_their_own_go_back_onto_it():
    [article] = split(LAST_WORDS_BROKEN_OFF)
    assert article.headline == "新建的县图书馆今天开门迎客"


# A headline wrapped in a narrow column over full lines, its last two characters broken off into
# a block of their own right after it: the line broke between two words, yet they end it.
NARROW_LAST_LINE_BROKEN_OFF = """\
县城新建的体
育馆昨天开放

迎客

本报讯 县城新建的体育馆昨天
正式对市民开放，馆里设有游
泳池、篮球场和健身房。
"""


def test_a_narrow_headlines_last_line_in_a_block_of_its_own_goes_back_onto_it():
    [article] = split(NARROW_LAST_LINE_BROKEN_OFF)
    assert (article.kicker, article.headline) == ("", "县城新建的体育馆昨天开放迎客")
    assert article.body.startswith("本报讯")


# A narrow headline read after its own text, then a label of two characters over the next
# headline: the label stands over that title, no end of the one above.
NARROW_HEADLINE_OVER_A_LABEL = """\
本报讯 县城新建的体育馆昨天正式
对市民开放，馆里设有游泳池、篮
球场和健身房。

县城新建的体
育馆昨天开放

聚焦

县里表彰十名好村官
本报讯 县里昨天召开表彰大会，
表彰了十名扎根农村、带领群众致
富的优秀村干部。
"""


def test_a_label_over_the_next_headline_is_no_end_of_a_narrow_headline_above():
    square, praise = split(NARROW_HEADLINE_OVER_A_LABEL)
    assert square.headline == "县城新建的体育馆昨天开放"
    assert praise.headline == "县里表彰十名好村官"


# A kicker of two phrases set one to a narrow line over a short headline: no word runs across
# the kicker's own line break, so the headline is no end of a title broken where a line filled.
NARROW_KICKER_OVER_A_SHORT_HEADLINE = """\
风和日丽
游人如织

赏花

本报讯 连日来天气晴好，县城
郊外的桃园迎来大批游客，不少
市民带着家人前去踏青赏花。
"""


def test_a_narrow_kickers_phrases_over_a_short_headline_leave_it_whole():
    [article] = split(NARROW_KICKER_OVER_A_SHORT_HEADLINE)
    assert article.headline == "赏花"


# A headline's opening quote broken off into a block of its own: the headline closes the quote
# before it opens one, so the quote goes back before it.
QUOTE_BROKEN_OFF = """\
春风送岗位”招聘会开幕

“

本报讯 县人才市场昨天举办招
聘会，六十多家企业提供了一
千多个岗位。
"""


def test_a_headlines_opening_quote_in_a_block_of_its_own_goes_back_onto_it():
    [article] = split(QUOTE_BROKEN_OFF)
    assert article.headline == "“春风送岗位”招聘会开幕"
    assert article.body.startswith("本报讯")


# --- Page furniture ---

PAGE_HEADER = """\
2021年3月6日 星期六

第 3 版

"""
WEATHER_NEWS = """\
本报讯 县气象台预计，本
周后期全县将迎来一次明
显降温过程，请市民注意
防寒保暖。
"""
NOTICE_TEXT = """\
县人民政府关于禁止燃放烟花爆竹的通告

为保障公共安全，县人民政
府决定，城区范围内全年禁止
燃放烟花爆竹。本通告自发布
之日起施行。
县长 王建国
2021年3月1日
"""

WEATHER = PAGE_HEADER + "要闻\n\n" + WEATHER_NEWS


def test_page_header_and_section_label_belong_to_no_article():
    assert parse_header(WEATHER.splitlines()) == ("2021-03-06", 3, {0, 2})
    [article] = split_page(WEATHER)
    assert (article.date, article.page, article.headline) == ("2021-03-06", 3, "")
    assert article.body == (
        "本报讯县气象台预计，本周后期全县将迎来一次明显降温过程，请市民注意防寒保暖。"
    )


# A date line within the text (under a notice's signature) is the text's, not the header's.
NOTICE = PAGE_HEADER + NOTICE_TEXT + "\n" + WEATHER_NEWS


def test_a_date_line_within_the_text_is_no_page_header():
    assert parse_header(NOTICE.splitlines()) == ("2021-03-06", 3, {0, 2})
    notice, weather = split_page(NOTICE, page=3)
    assert (notice.date, weather.date) == ("2021-03-06", "2021-03-06")
    assert squeeze(notice.body).endswith("县长王建国2021年3月1日")


# The same notice last on the page: its date, right under the signature, is still its own.
NOTICE_LAST = PAGE_HEADER + WEATHER_NEWS + "\n" + NOTICE_TEXT


def test_a_date_line_under_a_signature_at_the_foot_of_the_page_is_the_texts():
    assert parse_header(NOTICE_LAST.splitlines()) == ("2021-03-06", 3, {0, 2})
    weather, notice = split_page(NOTICE_LAST, page=3)
    assert weather.date == notice.date == "2021-03-06"
    assert squeeze(notice.body).endswith("县长王建国2021年3月1日")


# A notice signed in a block of its own, the issuer over the date, under the notice's last
# sentence: the notice's last paragraph, no headline with its date.
def test_a_notices_signature_in_a_block_of_its_own_closes_the_notice():
    notice_text = NOTICE_TEXT.replace("县长 王建国\n", "\n县防火指挥部\n")
    notice, weather = split_page(PAGE_HEADER + notice_text + "\n春雨将至\n\n" + WEATHER_NEWS)
    assert notice.headline == "县人民政府关于禁止燃放烟花爆竹的通告"
    assert squeeze(notice.body).endswith("之日起施行。县防火指挥部2021年3月1日")
    assert weather.headline == "春雨将至"


# Who signs a notice and the date it was signed on are two lines, as printed: a paragraph each,
# under the notice's last sentence, in a block of its own or in the text's.
@pytest.mark.parametrize("signer", ["\n县森林防火指挥部办公室\n", "县森林防火指挥部办公室\n"])
def test_a_notices_signer_and_date_are_paragraphs_of_their_own(signer):
    notice_text = NOTICE_TEXT.replace("县长 王建国\n", signer)
    notice, weather = split_page(PAGE_HEADER + notice_text + "\n春雨将至\n\n" + WEATHER_NEWS)
    assert notice.body.endswith("之日起施行。\n\n县森林防火指挥部办公室\n\n2021年3月1日")
    assert weather.headline == "春雨将至"


# A notice may close with a line of contact before its signature: the signature is still the
# notice's, and the number at the contact line's end cuts no sentence that the next notice's
# text goes on.
def test_a_notice_that_closes_with_a_line_of_contact_keeps_its_signature():
    notice_text = NOTICE_TEXT.replace(
        "县长 王建国\n", "联系电话：0570-1234567\n\n县人民政府森林防火指挥部\n"
    )
    page = PAGE_HEADER + notice_text + "\n春雨将至\n\n" + WEATHER_NEWS
    notice, weather = split_page(page)
    assert notice.headline == "县人民政府关于禁止燃放烟花爆竹的通告"
    assert notice.body.endswith(
        "之日起施行。\n\n联系电话：0570-1234567\n\n县人民政府森林防火指挥部\n\n2021年3月1日"
    )
    assert weather.headline == "春雨将至"


def test_a_paragraph_that_opens_with_a_speaker_and_a_colon_runs_on_into_the_next_column():
    # Words before a colon that name no way to reach anyone: no line of contact, what the
    # speaker says runs on.
    said = "本报讯（记者王平）过去石门村运一车化肥要绕行四十公里，如今半个钟头就到镇上。"
    rest = "和核桃现在供不应求，城里人开车来村里买，一年能多挣好几千块钱，日子越过越好了。"
    page = "石门村的路通了\n\n" + column(said) + "村民张三说：我们的土鸡蛋\n\n" + column(rest)
    [village] = split(page)
    assert village.body.endswith("\n\n村民张三说：我们的土鸡蛋和核桃现在供不应求，" + rest[10:])


# A headline over its date, under another report's last sentence, is no notice's signature:
# the lead under it opens its report.
def test_a_dated_headline_over_a_lead_is_no_notices_signature():
    page = RAIN + "\n县游泳馆今起免费开放\n2021年3月6日\n\n" + SWIM
    rain, swim = split(page)
    assert rain.body.endswith("失降到最低。")
    assert swim.headline == "县游泳馆今起免费开放"
    assert swim.body.startswith("本报讯县游泳馆今天")


# The section's name printed between the header's page number and its date, line by line.
def test_a_section_label_between_the_headers_lines_belongs_to_no_article():
    page = "第3版\n要闻\n2021年3月6日 星期六\n\n" + WEATHER_NEWS
    [article] = split_page(page)
    assert (article.date, article.page, article.headline) == ("2021-03-06", 3, "")
    assert article.body.startswith("本报讯")


# Page headers as papers print them, in parts around the date: the weekday, the lunar date, the
# page, the issue, the staff, the section (`教育·民生`) or the paper's name. They are furniture,
# and give the issue date and the page; a section named after the page's number is no title
# under it.
@pytest.mark.parametrize(
    ("header", "page"),
    [
        ("2021年3月6日 星期六 编辑：王五 校对：李四", None),
        ("2021年3月6日 星期六 农历辛丑年正月廿三", None),
        ("3 要闻 2021年3月6日 星期六", 3),
        ("A3 要闻 2021年3月6日 星期六 责编：王五 美编：赵六", 3),
        ("第3版 2021年3月6日 周六", 3),
        ("第3版 2021年3月6日 星期六 教育·民生", 3),
        ("A3 文化·旅游 2021年3月6日 星期六", 3),
        ("二〇二一年三月六日 星期六", None),
        ("2021.3.6 星期六", None),
        ("县报 2021年3月6日 总第1234期", None),
        ("2021年3月6日 星期六 辛丑年正月廿三 今日8版", None),
    ],
)
def test_a_page_header_in_parts_is_furniture(header, page):
    text = f"{header}\n\n要闻\n\n" + WEATHER_NEWS if page is None else f"{header}\n\n{WEATHER_NEWS}"
    date, number, furniture = parse_header(text.splitlines())
    assert (date, number) == ("2021-03-06", page)
    assert 0 in furniture
    [article] = split_page(text)
    assert (article.date, article.headline) == ("2021-03-06", "")
    assert article.body.startswith("本报讯县气象台")


# A front page's header may set its lunar date and issue number on lines of their own.
def test_parts_of_a_dated_header_on_lines_of_their_own_are_furniture():
    page = "农历辛丑年正月廿三\n2021年3月6日 星期六\n第1234期 今日8版\n\n" + WEATHER_NEWS
    assert parse_header(page.splitlines()) == ("2021-03-06", None, {0, 1, 2})
    [article] = split_page(page)
    assert (article.headline, article.kicker, article.subtitle) == ("", "", "")


# The paper's name printed right over the front page's header is no headline.
def test_the_papers_name_over_the_header_is_furniture():
    page = "青山日报\n2021年3月6日 星期六\n\n" + WEATHER_NEWS
    assert parse_header(page.splitlines()) == ("2021-03-06", None, {0, 1})
    [article] = split_page(page)
    assert article.headline == ""


# A special page's sponsors, under its header, are no article's text: furniture, as the staff
# line is.
def test_a_special_pages_sponsor_lines_are_furniture():
    page = "2021年3月6日 星期六 第4版\n\n主办：县司法局\n协办：县融媒体中心\n\n" + WEATHER_NEWS
    assert parse_header(page.splitlines()) == ("2021-03-06", 4, {0, 2, 3})
    [article] = split_page(page)
    assert "主办" not in article.body


# Without form feeds, such headers show where the pages begin, each numbered one more.
def test_pages_without_form_feeds_split_apart_at_headers_in_parts():
    first = "3 要闻 2021年3月6日 星期六\n\n" + WEATHER_NEWS * 3
    second = "4 综合 2021年3月6日 星期六\n\n" + WEATHER_NEWS * 3
    assert [(a.page, a.date) for a in split_pages(first + "\n" + second)] == [
        (3, "2021-03-06"),
        (4, "2021-03-06"),
    ]


# A date with names alone is a page header only at the top: at the foot of the page it is a
# signature's, and a line of text with a date in it is text.
def test_a_date_with_names_at_the_foot_or_in_a_sentence_is_no_header():
    foot = WEATHER_NEWS + "\n县长 王建国 2021年3月1日\n"
    assert parse_header(foot.splitlines()) == (None, None, set())
    assert parse_header(["2021年3月6日，县城下了一场雪。"]) == (None, None, set())


# A headline whose words run on into a date is no header: it stays the article's headline and
# dates no page; nor is a table row of numbers beside a date at the foot, which is text.
def test_a_headline_holding_a_date_or_a_dated_table_row_is_no_header():
    text = (
        "第3版 要闻\n\n新条例2022年1月1日起施行\n\n本报讯 县政府近日发布\n新条例，自明年元旦起在\n"
        "全县范围施行，违者将依\n法处理。\n"
    )
    assert parse_header(text.splitlines()) == (None, 3, {0})
    [article] = split_page(text)
    assert (article.headline, article.date) == ("新条例2022年1月1日起施行", "")
    table = WEATHER_NEWS + "\n2021年3月6日 12 35\n2021年3月7日 13 36\n"
    assert parse_header(table.splitlines()) == (None, None, set())
    [article] = split_page(table)
    assert article.page == 1
    assert "2021年3月7日13 36" in article.body


# Lines of dates in parts that give different dates at the page's foot are a schedule, the text's.
def test_a_schedule_of_dates_at_the_foot_is_no_header():
    text = (
        "第3版\n\n县运动会本周开幕\n\n本报讯 县第三届运动会将于\n下周一开幕，比赛设田径、\n"
        "游泳等十个大项。活动安排\n如下：\n2021年3月8日 星期一 开幕式\n2021年3月9日 星期二 田径赛\n"
        "2021年3月10日 星期三 闭幕式\n"
    )
    assert parse_header(text.splitlines()) == (None, 3, {0})
    [article] = split_page(text)
    assert article.date == ""
    assert squeeze(article.body).endswith("2021年3月10日星期三闭幕式")


# A title's date right under it at the top of a page is the title's, not the header's, where the
# header dates the page; with no such header, a date there still dates the page.
DATED_TITLE_ON_TOP = (
    PAGE_HEADER
    + """\
新馆落成
2020年10月1日

  县图书馆新馆今天落成开放，
馆藏图书二十万册，设有少儿
阅览室和自习室。
"""
)


def test_a_titles_date_at_the_top_of_the_page_is_no_page_header():
    assert parse_header(DATED_TITLE_ON_TOP.splitlines()) == ("2021-03-06", 3, {0, 2})
    [article] = split_page(DATED_TITLE_ON_TOP)
    assert (article.date, article.headline, article.subtitle) == (
        "2021-03-06",
        "新馆落成",
        "2020年10月1日",
    )
    assert parse_header(["县报", "2020年12月31日", "", "新馆落成"]) == ("2020-12-31", None, {1})


# The page's staff lines (editor, proofreader) are furniture, at the top or the foot of the
# page; a title that only begins with a role's name stays a title.
STAFF = """\
2021年3月6日 星期六
第 3 版
责任编辑：王五

本报讯 县气象台预计，本
周后期全县将迎来一次明
显降温过程，请市民注意
防寒保暖。

校对人生

记者 刘明

老周在县印刷厂当了三十年
校对员，练就了一双火眼金睛。

本版编辑 王五 校对 李四
"""


def test_the_pages_staff_lines_belong_to_no_article():
    assert parse_header(STAFF.splitlines()) == ("2021-03-06", 3, {0, 1, 2, 16})
    weather, proofreader = split_page(STAFF, page=3)
    assert weather.headline == ""
    assert (proofreader.headline, proofreader.reporters) == ("校对人生", ("刘明",))
    assert proofreader.body == "老周在县印刷厂当了三十年校对员，练就了一双火眼金睛。"


def test_a_staff_line_in_brackets_belongs_to_no_article():
    page = STAFF.replace("本版编辑 王五 校对 李四", "（本版编辑：王五 校对：李四）")
    assert parse_header(page.splitlines()) == ("2021-03-06", 3, {0, 1, 2, 16})
    assert len(split_page(page, page=3)) == 2


# An article's end mark (`（完）`) and an editor's note in brackets under an article within the
# page close the text above: they are no text of it.
END_MARKS = """\
2021年3月6日 星期六
第 3 版

春茶开采

本报讯 县里的春茶今天开
采，茶农们忙着采摘新茶。

（完）

校园读书节开幕

本报讯 县实验小学读书节
今天开幕，全校师生参加。

（责任编辑：王五）

城北公园樱花盛开

本报讯 城北公园的樱花这
几天陆续开放，游人如织。
"""


def test_an_end_mark_after_the_last_sentence_is_no_text():
    [article] = split(f"春雨将至\n\n{REPORT.rstrip()}（完）\n")
    assert article.headline == "春雨将至"
    assert squeeze(article.body).endswith("注意防寒保暖。")


def test_an_end_mark_and_a_bracketed_staff_line_within_the_page_belong_to_no_article():
    assert parse_header(END_MARKS.splitlines()) == ("2021-03-06", 3, {0, 1, 8, 15})
    tea, books, park = split_page(END_MARKS)
    assert tea.body == "本报讯县里的春茶今天开采，茶农们忙着采摘新茶。"
    assert books.body == "本报讯县实验小学读书节今天开幕，全校师生参加。"
    assert park.headline == "城北公园樱花盛开"


def test_a_title_that_begins_with_a_role_at_the_top_of_the_page_is_no_staff_line():
    page = "2021年3月6日 星期六\n第 3 版\n\n编辑部的来信\n\n本报讯 县图书馆新馆今天开放。\n"
    assert parse_header(page.splitlines()) == ("2021-03-06", 3, {0, 1})
    [article] = split_page(page)
    assert article.headline == "编辑部的来信"


def test_a_staff_line_of_several_roles_is_furniture_anywhere_and_names_no_section():
    page = (
        "2021年3月6日 星期六\n第 3 版\n\n要闻\n\n本报讯 县图书馆新馆正式落成。\n\n"
        "本版编辑 王五 校对 李四\n\n本报讯 暑期游泳培训班报名火热。\n\n"
        "本报讯 城北公园樱花盛开。\n\n本报讯 全县春耕备耕有序推进。\n"
    )
    header = parse_header(page.splitlines())
    assert header == ("2021-03-06", 3, {0, 1, 7})
    articles = split_page(page)
    assert [a.headline for a in articles] == ["", "", "", ""]
    assert not any("要闻" in a.body or "王五" in a.body for a in articles)


SECTION_IN_HEADER = """\
2021年3月6日 星期六 第 3 版 要闻

晨光

清晨，县城公园里的老人们
在湖边打太极拳。
记者 王平 摄
"""


def test_a_short_line_under_a_header_that_names_its_section_is_a_title():
    [article] = split_page(SECTION_IN_HEADER)
    assert (article.headline, article.photo) == ("晨光", True)
    assert article.body == "清晨，县城公园里的老人们在湖边打太极拳。"


# --- Several pages in one text ---


def test_pages_of_one_text_split_apart_at_form_feeds_each_numbered_by_its_header():
    second = "第 4 版\n\n本报讯 县游泳馆今天起免费开放。\n"
    articles = split_pages(WEATHER + "\f" + second + "\f\n", date="2021-03-06")
    assert [(a.page, a.seq, a.body[:6]) for a in articles] == [
        (3, 1, "本报讯县气象"),
        (4, 1, "本报讯县游泳"),
    ]
    assert split_pages(WEATHER + "\f") == split_page(WEATHER)


# Pages printed one after another with no form feed between them (`pdftotext -nopgbrk`): each
# page's text is set in columns of twelve characters, long enough to be a page.
def column(text: str) -> str:
    return "".join(text[i : i + 12] + "\n" for i in range(0, len(text), 12))


RAIN = column(
    "本报讯 县气象台预计，本周后期全县将迎来一次明显降温过程，最低气温将降到零下五度左右。"
    "气象部门提醒，市民外出要注意防寒保暖，农户要做好大棚蔬菜和果树的防冻工作。"
    "县农业农村局已派出十二个工作组深入各乡镇，指导农户加固大棚、覆盖草帘、清沟排水，"
    "把降温带来的损失降到最低。"
)
SWIM = column(
    "本报讯 县游泳馆今天起免费开放，开放时间为每天上午八时至晚上九时，节假日照常开放。"
    "游泳馆新换了恒温系统和净水设备，水温常年保持在二十七度上下。"
    "馆方提醒，未满十二周岁的儿童须由家长陪同入馆，入馆前请出示健康证明，"
    "并自觉遵守馆内的各项安全规定。"
)


def header(page: int) -> str:
    return PAGE_HEADER.replace("3 版", f"{page} 版")


def test_pages_without_form_feeds_split_apart_where_a_header_at_their_top_stands():
    articles = split_pages(header(3) + RAIN + "\n" + header(4) + SWIM)
    assert [(a.page, a.date, a.body[:6]) for a in articles] == [
        (3, "2021-03-06", "本报讯县气象"),
        (4, "2021-03-06", "本报讯县游泳"),
    ]
    assert [a.body for a in articles] == [split_page(RAIN)[0].body, split_page(SWIM)[0].body]


def test_pages_without_form_feeds_split_apart_where_a_header_at_their_foot_stands():
    text = RAIN + "\n第 3 版\n\n" + SWIM + "\n第 4 版\n"
    assert [(a.page, a.body[:6]) for a in split_pages(text)] == [
        (3, "本报讯县气象"),
        (4, "本报讯县游泳"),
    ]


def test_page_numbers_a_few_lines_apart_are_a_list_of_contents_not_pages():
    contents = "第 2 版 要闻\n第 3 版 经济\n第 4 版 文化\n\n"
    assert [a.page for a in split_pages(header(1) + contents + RAIN + "\n" + SWIM)] == [1, 1]
    issue = header(1) + contents + RAIN + "\n" + header(2) + SWIM + "\n" + header(3) + RAIN
    assert [(a.page, a.body[:6]) for a in split_pages(issue)] == [
        (1, "本报讯县气象"),
        (2, "本报讯县游泳"),
        (3, "本报讯县气象"),
    ]


def test_a_front_pages_number_is_its_own_not_those_of_the_pages_its_contents_list():
    contents = ["第 2 版 要闻", "第 3 版 经济", ""]
    assert parse_header([*contents, *RAIN.splitlines(), "", "第 1 版"])[1] == 1
    assert parse_header(["第 1 版", *contents, *RAIN.splitlines()])[1] == 1


def test_a_page_number_that_does_not_follow_on_from_the_pages_own_is_no_new_page():
    text = header(1) + RAIN + "\n第 4 版\n\n" + SWIM  # (a list of contents, say)
    assert [a.page for a in split_pages(text)] == [1, 1]


def test_a_short_page_between_two_long_ones_is_a_page_of_its_own():
    advert = "县城房产招租\n电话：1234567\n\n"
    text = header(1) + RAIN + "\n" + header(2) + advert + header(3) + SWIM + "\n" + header(4) + RAIN
    assert [(a.page, a.body[:6]) for a in split_pages(text)] == [
        (1, "本报讯县气象"),
        (2, "县城房产招租"),
        (3, "本报讯县游泳"),
        (4, "本报讯县气象"),
    ]
    at_foot = RAIN + "\n第 1 版\n\n" + advert + "第 2 版\n\n" + SWIM + "\n第 3 版\n"
    assert [a.page for a in split_pages(at_foot)] == [1, 2, 3]
    twice = header(1) + RAIN + "\n" + header(2) + advert + header(3) + advert + header(4) + SWIM
    assert [a.page for a in split_pages(twice)] == [1, 2, 3, 4]
    # Right after the first header, page numbers are a list of contents, not a short page.
    contents = header(1) + "第 2 版 要闻\n\n" + RAIN + "\n" + SWIM
    assert [a.page for a in split_pages(contents)] == [1, 1]


MASTHEAD = "县报\nXIAN BAO\n中共某县委机关报\n国内统一连续出版物号 CN 12-3456\n\n"


def test_pages_split_apart_under_a_masthead_of_several_lines():
    text = MASTHEAD + header(1) + RAIN + "\n" + header(2) + SWIM
    assert [(a.page, a.body[:6]) for a in split_pages(text)] == [
        (1, "本报讯县气象"),
        (2, "本报讯县游泳"),
    ]


def test_a_front_pages_masthead_is_furniture_not_a_headline():
    assert parse_header((MASTHEAD + header(1)).splitlines())[2] >= {0, 1, 2, 3}
    [article] = split_page(MASTHEAD + header(1) + RAIN)
    assert (article.headline, article.page) == ("", 1)
    assert 0 not in parse_header(("县报\n\n" + header(1)).splitlines())[2]  # a title
    lead = "本报讯 县委机关报创刊七十周\n年纪念会昨天召开。\n"
    assert split_page(header(1) + lead)[0].body == "本报讯县委机关报创刊七十周年纪念会昨天召开。"


def test_a_letters_date_at_a_pages_foot_stays_on_its_page():
    text = "第 1 版\n\n" + RAIN + "县气象台\n2021年3月5日\n第 2 版\n\n" + SWIM
    first, second = split_pages(text)
    assert (first.page, second.page) == (1, 2)
    assert first.body.endswith("2021年3月5日")
    assert "2021年" not in second.body


def test_one_page_with_its_header_printed_at_top_and_foot_is_one_page():
    text = "第 3 版\n\n" + RAIN + "\n" + SWIM + "\n第 3 版\n"
    assert split_pages(text) == split_page(text)
    assert [a.page for a in split_pages(text)] == [3, 3]


def test_pages_without_headers_are_numbered_on_from_the_first():
    pages = "本报讯 县气象台预计明天有雨。\f本报讯 县游泳馆今天起免费开放。\f"
    assert [a.page for a in split_pages(pages, date="2021-03-06", page=5)] == [5, 6]


def test_a_blank_page_keeps_its_number_and_a_number_taken_twice_moves_on():
    rain = "本报讯 县气象台预计明天有雨。\r\n"
    swim = "第 1 版\r\n\r\n本报讯 县游泳馆今天起免费开放。\r\n"
    articles = split_pages(rain + "\f\n\f" + rain + "\f" + swim + "\f", date="2021-03-06")
    assert [a.page for a in articles] == [1, 3, 4]
    assert len({a.id for a in articles}) == 3
    # A page given explicitly numbers the first page, whatever its header says.
    assert [a.page for a in split_pages(WEATHER + "\f" + rain, page=7)] == [7, 8]


def test_later_pages_without_a_date_take_the_issue_date_of_the_first_header():
    second = "第 4 版\n\n本报讯 县游泳馆今天起免费开放。\n"
    articles = split_pages(WEATHER + "\f" + second)
    assert [(a.date, a.page) for a in articles] == [("2021-03-06", 3), ("2021-03-06", 4)]


def test_text_laid_out_as_on_the_page_is_told_from_text_in_reading_order():
    columns = "本报讯 县气象台预计，     县游泳馆今天起免费开\n" * 6
    assert laid_out(PAGE_HEADER + columns) == 5  # (the first such line)
    assert laid_out(PAGE_HEADER + RAIN + SWIM) is None
    # Lines with wide gaps (a table's rows, say) leave a page in reading order, as long as
    # most of its lines are not so; a form feed ends a page, not a line.
    assert laid_out(RAIN + "品种     单价     数量\n" * 2 + SWIM) is None
    assert laid_out(RAIN + "品种     单价     数量\n" * 7 + SWIM) is None
    assert laid_out("第 1 版\n\f第 2 版\n" + columns) == 3
    # A narrow column set beside the rest, a character or two a row, fills lines of its own
    # without a gap: what counts is how much of the page's text stands in laid-out lines.
    assert laid_out(PAGE_HEADER + columns + "专\n栏\n" * 6) == 5
    # Lines count as the file ends them, with a bare carriage return too.
    assert laid_out((PAGE_HEADER + columns).replace("\n", "\r")) == 5


def test_a_form_feed_within_one_page_text_is_a_line_break():
    [article] = split_page("本报讯 县图书馆新馆今天\f正式开放。\n", date="2021-03-06")
    assert article.body == "本报讯县图书馆新馆今天正式开放。"


# --- Articles continued on another page ---

FRONT_PAGE = """\
第 1 版 要闻

春雨将至

本报讯（记者 王平）县气象台预计，本周后期全
县将迎来一次明显降温过程，请市民注意防寒保
暖。县气象台提醒，雨天路滑，出行请注意交通
（下转第2版）

春耕忙

本报讯（记者 李红）县农业局组织技术人员深入
田间地头，指导农户做好春耕备耕工作。
"""
INSIDE_PAGE = """\
第 2 版 综合

植树节

本报讯（记者 赵一）县林业局在城东举办义务植
树活动，市民踊跃参加。

（上接第1版）
安全，驾车减速慢行，雨雪天气尽量少开车。气
象台还提醒市民及时关注天气预报。
"""


@pytest.mark.parametrize(
    ("line", "to", "back"),
    [
        ("雨天路滑，（下转第2版）", 2, None),
        ("（转３版）", 3, None),
        ("（下转第十二版）", 12, None),
        ("(下转A2版)", 2, None),
        ("（紧转第3版）", 3, None),
        ("（上接第1版）安全，驾车", None, 1),
        ("（紧接第一版）", None, 1),
        ("转第2版的稿件", None, None),
    ],
)
def test_jump_lines_name_the_page_an_article_goes_on_to_or_came_from(line, to, back):
    assert (jump_to(line), jump_from(line)) == (to, back)


# A continuation may print its headline again, the jump line under it in the title's block: the
# jump line opens the text, and the headline stays the headline.
def test_a_continuations_own_headline_over_its_jump_line_stays_a_headline():
    inside = INSIDE_PAGE.replace("（上接第1版）\n", "春雨将至\n（上接第1版）\n\n")
    *_, continued = split_pages(f"{FRONT_PAGE}\f{inside}\f")
    assert (continued.page, continued.headline, continued.reporters) == (2, "春雨将至", ("王平",))
    assert squeeze(continued.body).startswith("（上接第1版）安全，驾车减速慢行")


# The continuation of an article on a later page takes its headline and reporters; the jump
# lines stay in the text, where they tell the reader where the article goes on. The text that
# ends in a jump line goes on on that page, not in the text after it on its own page.
def test_an_article_continued_on_a_later_page_is_read_across_the_pages():
    rain, farming, trees, continued = split_pages(f"{FRONT_PAGE}\f{INSIDE_PAGE}\f")
    assert [(a.page, a.headline) for a in (rain, farming, trees, continued)] == [
        (1, "春雨将至"),
        (1, "春耕忙"),
        (2, "植树节"),
        (2, "春雨将至"),
    ]
    assert continued.reporters == ("王平",)
    assert squeeze(rain.body).endswith("出行请注意交通（下转第2版）")
    assert squeeze(continued.body).startswith("（上接第1版）安全，驾车减速慢行")
    # Alone, the inside page cannot tell the continuation's headline: it keeps none.
    assert [a.headline for a in split_page(INSIDE_PAGE)] == ["植树节", ""]
    assert continue_jumps([*split_page(FRONT_PAGE), *split_page(INSIDE_PAGE)]) == [
        rain,
        farming,
        trees,
        continued,
    ]


# An article continued over three pages: its last part takes its headline too.
def test_an_article_continued_twice_takes_its_headline_on_each_page():
    first = Article(
        id="1", page=1, headline="春雨将至", reporters=("王平",), body="预计（下转第2版）"
    )
    second = Article(id="2", page=2, body="（上接第1版）明天有雨，（下转第3版）")
    third = Article(id="3", page=3, body="（上接第2版）请注意安全。")
    parts = continue_jumps([first, second, third])
    assert [(a.headline, a.reporters) for a in parts] == [("春雨将至", ("王平",))] * 3
    assert continue_jumps(parts) == parts


# A jump line set in a block of its own over the continuation opens it.
def test_a_jump_line_in_a_block_of_its_own_opens_the_continuation_under_it():
    inside = INSIDE_PAGE.replace("（上接第1版）\n", "（上接第1版）\n\n")
    *_, continued = split_pages(f"{FRONT_PAGE}\f{inside}\f")
    assert continued.headline == "春雨将至"
    assert squeeze(continued.body).startswith("（上接第1版）安全，驾车减速慢行")


# A jump line ends its article's part on the page, in a block with what pdftotext ran on after
# it: the text after it is another article's.
def test_nothing_in_the_block_after_a_jump_line_goes_on_from_it():
    page = FRONT_PAGE.replace("（下转第2版）\n\n春耕忙\n\n", "（下转第2版）\n")
    rain, *_ = split_page(page)
    assert squeeze(rain.body).endswith("出行请注意交通（下转第2版）")


# A jump line that pdftotext ran on from another article's text in one block opens the
# continuation all the same.
def test_a_jump_line_run_on_from_another_text_in_its_block_opens_the_continuation():
    inside = INSIDE_PAGE.replace("市民踊跃参加。\n\n（上接", "市民踊跃参加。\n（上接")
    *_, trees, continued = split_pages(f"{FRONT_PAGE}\f{inside}\f")
    assert squeeze(trees.body).endswith("市民踊跃参加。")
    assert (continued.headline, continued.reporters) == ("春雨将至", ("王平",))


# --- Any page ---

LINE = st.text(alphabet="县城新建公园图书馆开放读者记者本报讯日月年，。、“”（）0123 ", max_size=16)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE, max_size=30))
@example(["“", "", "00。", "本报讯", "00。"])  # a title over a block read in two pieces, last first
def test_articles_hold_only_text_of_the_page_and_none_of_it_twice(lines):
    text = "\n".join(lines)
    articles = split_page(text)
    held = Counter(
        c for a in articles for c in a.kicker + a.headline + a.subtitle + a.body if not c.isspace()
    )
    assert not held - Counter(c for c in text if not c.isspace())


RUN = st.text(alphabet="村路通上致富新建公园，。——本报记者讯１２", min_size=1, max_size=18)
LAID_OUT_ROW = st.lists(st.tuples(st.integers(0, 40), RUN), max_size=4).map(
    lambda runs: "".join(" " * (gap or 1) + run for gap, run in runs)
)


@settings(max_examples=300, deadline=None)
@given(st.lists(LAID_OUT_ROW, max_size=40))
def test_a_laid_out_page_is_read_into_blocks_that_keep_each_character_once(rows):
    blocks = read_layout(rows)
    assert Counter("".join(blocks).replace(" ", "")) == Counter("".join(rows).replace(" ", ""))


@pytest.mark.parametrize("text", ["？\n！", "？\n！\n…", "！！\n？？\n\n正文只有一行。"])
def test_a_block_of_marks_alone_is_no_headline_and_no_error(text):
    articles = split(text)
    assert all(a.headline == "" for a in articles)
    assert "".join(squeeze(a.body) for a in articles) == squeeze(text)


# A heading set in the text of a column that indents its paragraphs: a short line without
# punctuation over an indented first line is a paragraph of its own, not the start of the next.
HEADING_IN_THE_TEXT = """\
县里建成三个口袋公园

本报讯 今年以来，县里利用街角
空地建成三个口袋公园，市民在家
门口就能散步健身。
绿地就在家门口
公园里种了桂花和樱花，
还铺设了三百米长的健身步道，
每天早晚都有不少市民来锻炼。
"""


def test_a_heading_in_the_text_over_an_indented_line_is_a_paragraph_of_its_own():
    [article] = split(HEADING_IN_THE_TEXT)
    assert article.headline == "县里建成三个口袋公园"
    assert [squeeze(p) for p in article.body.split("\n\n")] == [
        "本报讯今年以来，县里利用街角空地建成三个口袋公园，市民在家门口就能散步健身。",
        "绿地就在家门口",
        "公园里种了桂花和樱花，还铺设了三百米长的健身步道，每天早晚都有不少市民来锻炼。",
    ]


# A paragraph that ends with a signature in brackets after its last stop is ended by it:
# the next paragraph of the column does not run on from it.
SIGNED_PARAGRAPH = """\
读者来信两则

本报讯 小区门口的路灯坏了半个
月，物业终于派人修好路灯了。
（王小明）
城南菜市场新设了便民服务点，
可以免费称重和代收快递。
"""


def test_a_paragraph_ended_by_a_signature_in_brackets_is_not_run_on():
    [article] = split(SIGNED_PARAGRAPH)
    assert [squeeze(p) for p in article.body.split("\n\n")] == [
        "本报讯小区门口的路灯坏了半个月，物业终于派人修好路灯了。（王小明）",
        "城南菜市场新设了便民服务点，可以免费称重和代收快递。",
    ]


# A gap between two characters in a line of a headline wrapped over lines parts it from
# something set beside it (here two names) that the extraction read into it: no headline is
# given rather than a mix of the two. On a headline of one line, the gap is the editor's
# break between two phrases, and the headline stands.
NAMES_READ_INTO_A_HEADLINE = """\
县里召开春耕备耕工作会议
王平 李明
春耕：农机先行

本报讯 县里今天召开春耕备耕工作会
议，部署今年的春耕生产，要求各乡镇
做好农机检修和种子化肥供应。
"""


def test_a_wrapped_headline_with_a_gap_in_a_line_is_not_given():
    (meeting,) = split(NAMES_READ_INTO_A_HEADLINE)
    assert meeting.headline == ""
    assert meeting.body.startswith("本报讯县里今天召开春耕备耕工作会议")
    (one_line,) = split("县里春耕 农机先行\n\n" + NAMES_READ_INTO_A_HEADLINE.split("\n\n")[1])
    assert one_line.headline == "县里春耕 农机先行"


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("文明风景线", False),
        ("高举华夏旗帜", False),  # words of two throughout, `华夏` across `高举华` / `夏旗帜`
        ("王晓东李思远", True),
        ("李强王平", True),
        ("本报记者 周立新", True),
    ],
)
def test_a_line_whose_word_runs_across_two_would_be_names_is_no_byline(line, byline):
    assert is_byline(line) is byline


# A title set right above a text that holds at most one of its words, when another article's
# text holds them (`农机站…` under a report on the farm machine stations), is that article's:
# the place alone does not make it the headline of the text under it.
TITLE_ABOVE_A_TEXT_WITH_ANOTHER_ARTICLES_WORDS = """\
本报讯（记者 李明）县里今
年春耕备耕工作提早展开，
各乡镇农机站派人下村检修
拖拉机，确保不误农时。

农机站添了新帮手

本报讯 城南菜市场新设了便
民服务点，可以免费称重和
代收快递，居民买菜更方便。
"""


def test_a_title_whose_words_another_text_holds_is_no_headline_by_its_place():
    farming, market = split(TITLE_ABOVE_A_TEXT_WITH_ANOTHER_ARTICLES_WORDS)
    assert farming.headline == "农机站添了新帮手"
    assert market.headline == ""
    assert market.body.startswith("本报讯城南菜市场")


# An article's first column read before its headline: the title stands between two columns of
# the article, where an intertitle would, but the article has no other title. It is the
# headline, not an intertitle of a text without one.
HEADLINE_AFTER_THE_FIRST_COLUMN = """\
本报讯 县农业农村局近日组
织专家深入田间地头，指导
农户做好春耕备耕工作。

专家下田指导春耕

县农业农村局的专家们
现场讲解了春耕育秧技术要
点，向农户发放了技术资料。
"""


def test_a_title_between_the_columns_of_an_article_without_a_headline_is_its_headline():
    [article] = split(HEADLINE_AFTER_THE_FIRST_COLUMN)
    assert article.headline == "专家下田指导春耕"
    assert article.body == (
        "本报讯县农业农村局近日组织专家深入田间地头，指导农户做好春耕备耕工作。\n\n"
        "县农业农村局的专家们现场讲解了春耕育秧技术要点，向农户发放了技术资料。"
    )


# A title left over when every other title has found its article goes to the article left
# without one, whose text holds its words (one bigram, `春光`) more than any other's, under it
# though far from it.
TITLE_LEFT_OVER_FOR_A_HEADLESS_BRIEF = TITLE_FAR_FROM_A_HEADLESS_BRIEF.replace(BLOSSOM_PHOTO, "")


def test_a_title_left_over_goes_to_the_article_left_without_one_that_holds_its_words():
    library, school, brief = split(TITLE_LEFT_OVER_FOR_A_HEADLESS_BRIEF)
    assert [a.headline for a in (library, school, brief)] == [
        "县图书馆新馆开放",
        "城南小学建成新教学楼",
        "春光满园",
    ]


# A text that opens with no headline (`城东的…`), and a title with its byline that the
# extraction read far under it, after other articles: the title's words are few, and the text
# holds one pair of them (`公园`), a match's share all the same; left over when every other
# title has found its article, it is that text's headline, its byline the text's reporter.
# A title that shares no words with the text, or too few of its many, stays no headline there:
# another article's, whose text went elsewhere, or a column's name.
PARK_TEXT_UNTITLED = """\
  城东的新公园今天向市
民开放，园内种下了上千棵树，
附近的居民一早就来散步、锻炼
身体。
"""
BRIDGE_NEWS = """\
河上架起新桥

  本报讯 横跨清水河的大桥今
天通车，两岸村民往来不必再
绕道十多里。
"""


def park_page_ending_with(tail: str) -> str:
    return "\n".join([PARK_TEXT_UNTITLED, LIBRARY_NEWS, SCHOOL_NEWS, BRIDGE_NEWS, tail])


def test_a_title_read_far_under_a_text_without_a_headline_that_shares_its_words_heads_it():
    park, library, school, bridge = split(park_page_ending_with("春晨逛公园\n本报记者 李红\n"))
    assert park.headline == "春晨逛公园"
    assert park.reporters == ("李红",)
    assert park.body.startswith("城东的新公园")
    assert [a.headline for a in (library, school, bridge)] == [
        "县图书馆新馆开放",
        "城南小学建成新教学楼",
        "河上架起新桥",
    ]


@pytest.mark.parametrize("tail", ["欢度元宵佳节\n", "全县春季植树活动今天在城东启动\n", "副刊\n"])
def test_a_title_read_under_a_text_without_a_headline_sharing_too_few_words_stays_apart(tail):
    park, *_ = split(park_page_ending_with(tail))
    assert park.headline == ""
    assert park.body.startswith("城东的新公园")


# The same text continued from the front page (`（上接第1版）`), a column's name at the page's
# end sharing one of its words: the continuation's headline is on the page it came from.
def test_a_title_read_under_a_continuation_without_a_headline_stays_apart():
    page = park_page_ending_with("公园漫步\n").replace("  城东的", "  （上接第1版）城东的", 1)
    park, *_ = split(page)
    assert park.headline == ""
    assert park.body.startswith("（上接第1版）城东的新公园")


# A dash line set apart from its headline, another article read between them, right over the
# text it heads, is that text's subtitle: a dash marks a subtitle wherever it stands.
DASH_SUBTITLE_APART_OVER_ITS_TEXT = (
    "田野里的孩子们\n\n"
    + LIBRARY_NEWS
    + "\n——写给春天\n\n春天来了，孩子们在田野\n里奔跑，风筝飞上了蓝天，\n笑声传得很远很远。\n"
)


def test_a_dash_line_over_a_text_apart_from_its_headline_is_its_subtitle():
    library, spring = split(DASH_SUBTITLE_APART_OVER_ITS_TEXT)
    assert library.headline == "县图书馆新馆开放"
    assert parts(spring) == ("", "田野里的孩子们", "——写给春天")


# A dash line set apart from every headline, whose words only one text holds some of (a fifth
# here), is that text's subtitle, though it shares fewer of them than a line it stood by would.
def test_a_dash_line_apart_that_one_texts_words_alone_match_is_its_subtitle():
    page = (
        "县里新建三座水库\n\n"
        "  今年县里兴修水利，新建三座水库，\n可灌溉农田两万亩，全县农业用水\n"
        "紧张的局面得到缓解。\n\n"
        "——水利建设助力农业增产\n\n"
        "老街换新颜\n\n"
        "  城关老街修缮一新，沿街的老字号\n商铺陆续重新开张，迎来八方游客。\n"
    )
    water, street = split(page)
    assert parts(water) == ("", "县里新建三座水库", "——水利建设助力农业增产")
    assert parts(street) == ("", "老街换新颜", "")


# A title line that is the first words of its article's text (`春光正好` / `春光正好，…`) leads
# into that text, its kicker, wherever the extraction set it: the last line of its headline's
# block, or a block of its own apart from the headline, other articles read between.
OPENING_WORDS_UNDER_A_HEADLINE_FAR_FROM_ITS_TEXT = (
    "东坡村油菜花开了\n春光正好\n\n"
    + LIBRARY_NEWS
    + "\n"
    + SCHOOL_NEWS
    + "\n春光正好，东坡村的油菜花开\n了，村民们在田间忙着春耕。\n"
)
OPENING_WORDS_APART_FROM_THE_HEADLINE = (
    "春光正好\n\n"
    + LIBRARY_NEWS
    + "\n东坡村油菜花开了\n\n"
    + SCHOOL_NEWS
    + "\n春光正好，东坡村的油菜花开\n了，村民们在田间忙着春耕。\n"
)


@pytest.mark.parametrize(
    "page",
    [OPENING_WORDS_UNDER_A_HEADLINE_FAR_FROM_ITS_TEXT, OPENING_WORDS_APART_FROM_THE_HEADLINE],
)
def test_a_title_line_that_is_its_texts_first_words_is_its_kicker_wherever_it_stands(page):
    library, school, spring = split(page)
    assert (library.headline, school.headline) == ("县图书馆新馆开放", "城南小学建成新教学楼")
    assert parts(spring) == ("春光正好", "东坡村油菜花开了", "")
    assert spring.body.startswith("春光正好，")


# A line wider than the column, with an enumeration comma, alone or under its headline, whose
# words the text under the byline repeats at its start (`甲、乙和丙` / `王平` / `甲、乙和丙，…`):
# the text's first words set apart, its kicker, not a line of its text.
OLD_TOWN_TEXT = (
    "北塔、南塔、钟楼、鼓楼和城墙，这几处古\n迹今年都修好了，游客\n络绎不绝，城里又热闹\n起来。\n"
)


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_line_with_commas_that_opens_the_text_under_it_is_its_kicker(gap):
    kicker = "北塔、南塔、钟楼、鼓楼和城墙"
    page = LIBRARY_NEWS + "\n古城新貌\n" + gap + kicker + "\n\n王平\n\n" + OLD_TOWN_TEXT
    library, town = split(page)
    assert library.headline == "县图书馆新馆开放"
    assert parts(town) == (kicker, "古城新貌", "")
    assert town.body.startswith(kicker + "，这几处")


# A dash subtitle whose words the text holds more of than the headline's may be taken first
# for the text's headline; the kicker over it, the text's first words, leaves it a subtitle still,
# and the title over both is the headline.
def test_a_kicker_over_a_subtitle_leaves_the_title_above_them_the_headline():
    page = (
        "山村通了公交车\n\n今年春节前夕\n\n——记全县最后一个行政村通车\n\n"
        "  今年春节前夕，全县最后一个行政村\n通了客车，村民出行不再难。\n"
    )
    [bus] = split(page)
    assert parts(bus) == ("今年春节前夕", "山村通了公交车", "——记全县最后一个行政村通车")
    assert bus.body.startswith("今年春节前夕，全县")


# The same line where the article has no other title is its headline: the paper printed a
# headline that repeats the text's first words (a kicker never stands without a headline), and
# the byline under it names the article's reporters.
def test_a_line_that_opens_the_text_under_it_is_its_headline_when_alone():
    heading = "北塔、南塔、钟楼、鼓楼和城墙"
    library, town = split(LIBRARY_NEWS + "\n" + heading + "\n\n王平\n\n" + OLD_TOWN_TEXT)
    assert library.headline == "县图书馆新馆开放"
    assert parts(town) == ("", heading, "")
    assert town.reporters == ("王平",)
    assert town.body.startswith(heading + "，这几处")


SPRING_TEXT = "春光正好，市民们纷纷走出家门，来到\n公园踏青赏花，处处是欢声笑语。\n"


# So is a lone title that is its text's first words (`春光正好` / `春光正好，…`), right over the
# text, with or without its byline, or set after the text by the extraction.
@pytest.mark.parametrize(
    ("page", "reporters"),
    [
        ("春光正好\n\n" + SPRING_TEXT, ()),
        ("春光正好\n\n王平\n\n" + SPRING_TEXT, ("王平",)),
        ("春光正好\n王平\n\n" + SPRING_TEXT, ("王平",)),
        (SPRING_TEXT + "\n春光正好\n", ()),
        (SPRING_TEXT + "\n春光正好\n\n王平\n", ("王平",)),
    ],
)
def test_a_lone_title_that_is_its_texts_first_words_is_its_headline(page, reporters):
    [spring] = split(page)
    assert parts(spring) == ("", "春光正好", "")
    assert spring.reporters == reporters
    assert spring.body.startswith("春光正好，市民们")


# A date alone that opens the text under it (`1990年7月` / `1990年7月，…`) is a chronology's
# entry set apart, no headline, whatever it opens.
def test_a_date_alone_that_opens_the_text_under_it_is_no_headline():
    [entry] = split("1990年7月\n\n1990年7月，县图书馆新馆动工，\n两年后建成开放。\n")
    assert parts(entry) == ("", "", "")


# A date alone on the last line of a title dates what follows: the title's subtitle, no words of
# its headline.
DATED_TITLE = """\
县城建设大事记
1990年7月

  县城第一条柏油路建成通车，
全长三公里，连通了城东和城
西两个片区。
"""


def test_a_date_alone_on_the_last_line_of_a_title_is_its_subtitle():
    [article] = split(DATED_TITLE)
    assert parts(article) == ("", "县城建设大事记", "1990年7月")
    assert article.body.startswith("县城第一条柏油路")


# A year alone is what a headline names (`告别` / `1997年`), as is a date that a line ending in
# `的` runs on into: both are the headline's last words, no subtitle.
@pytest.mark.parametrize(
    ("title", "headline"),
    [("告别\n1997年", "告别1997年"), ("难忘的\n1976年7月", "难忘的1976年7月")],
)
def test_a_date_a_headline_names_on_its_last_line_stays_in_it(title, headline):
    [article] = split(DATED_TITLE.replace("县城建设大事记\n1990年7月", title))
    assert parts(article) == ("", headline, "")


def test_a_title_of_one_line_or_none_has_no_subtitle_by_a_date():
    assert _subtitle_cut(["1990年7月"]) == _smaller_type(["1990年7月"])
    assert _subtitle_cut([]) == 0


LIBRARY_OPENED = """\
县图书馆新馆开放

本报讯 县图书馆新馆昨天正式开
放，藏书三十万册，市民们一早就
来到这里借书看书。
"""


# Another article read between the title and the text it opens, a few units at most, it is
# still that text's headline.
@pytest.mark.parametrize("byline", ["", "王平\n\n"])
def test_a_title_that_is_its_texts_first_words_is_its_headline_across_an_article(byline):
    library, spring = split("春光正好\n\n" + byline + LIBRARY_OPENED + "\n" + SPRING_TEXT)
    assert parts(library) == ("", "县图书馆新馆开放", "")
    assert library.reporters == ()
    assert parts(spring) == ("", "春光正好", "")
    assert spring.reporters == (("王平",) if byline else ())


# A photographer's name ending in 摄影 at the head of a block, over the text under it, signs a
# photo story: it is no credit closing the text before it as a caption.
PHOTOGRAPHER_OVER_A_STORY = """\
县城迎来第一场雪

本报讯 昨天夜里，县城迎来今冬
第一场雪，街道两旁的树木银装素
裹，环卫工人连夜上街清扫积雪，
保障市民出行安全。

王平 摄影
雪后的石桥村白墙黛瓦，村口的
老樟树挂满了雪花，村民们扫出
一条小路通往祠堂，孩子们在晒
谷场上堆起了雪人，整个村子安
静又热闹。
"""


def test_a_photographers_name_over_a_text_closes_no_caption_before_it():
    snow, *_ = split(PHOTOGRAPHER_OVER_A_STORY)
    assert snow.headline == "县城迎来第一场雪"
    assert not snow.photo and snow.reporters == ()


# A dash line over an article's own headline is not its subtitle: a subtitle stands under it.
DASH_LINE_OVER_A_HEADLINE = """\
——文化惠民在行动

东坡村油菜花开了

县图书馆新馆开放

本报讯 县图书馆新馆昨天正式开
放，藏书三十万册，市民们一早就
来到这里借书看书。
"""


def test_a_dash_line_over_an_articles_headline_is_not_its_subtitle():
    [library] = [a for a in split(DASH_LINE_OVER_A_HEADLINE) if "藏书" in a.body]
    assert library.subtitle == ""


def test_a_fragment_placed_by_the_text_order_alone_never_goes_before_a_titled_opening():
    assert _in_text_order([0], [3, 4], opens=False) == 1
    assert _in_text_order([0], [3, 4], opens=True) == 0
    assert _in_text_order([5], [3, 4, 7], opens=False) == 2


# Two briefs, one under a two-character headline, the other under a longer one that holds the
# same word: the longer one heads the brief right under it; the short one is the first's own
# headline, no tag.
TWO_BRIEFS_ONE_WORD = """\
春耕

本报讯 连日来，全县春耕生产
全面展开，各乡镇春耕生产物资
充足，春耕生产进展顺利。

县里春耕生产全面展开

本报讯 县农业局召开会议，部署
今年的春耕生产工作。
"""


def test_a_short_headline_is_no_tag_where_the_longer_title_heads_another_brief():
    first, second = split(TWO_BRIEFS_ONE_WORD)
    assert (first.headline, second.headline) == ("春耕", "县里春耕生产全面展开")


def test_a_title_that_opens_a_photo_caption_is_no_headline_of_it():
    [photo] = split("春光正好\n\n春光正好，市民们在公园踏青赏花。\n新华社记者 王平 摄\n")
    assert (photo.headline, photo.photo, photo.reporters) == ("", True, ("王平",))


# A long clause in a smaller type taken as the headline because it shares more of the text's
# words is the kicker over the shorter title in a larger type that names the text's subject,
# though the extraction set that headline first.
HEADLINE_READ_BEFORE_ITS_KICKER = (
    LIBRARY_NEWS
    + "\n县委召开全会\n\n县委书记张明在会上要求抓好春耕生产确保粮食丰收\n\n"
    + column(
        "本报讯（记者 王平）县委全会昨天召开。县委书记张明在会上要求各级干部抓好春耕生产，"
        "确保今年粮食丰收。全会还听取了各乡镇的工作汇报。"
    )
)


def test_a_shorter_title_in_larger_type_is_the_headline_under_a_long_kicker():
    library, meeting = split(HEADLINE_READ_BEFORE_ITS_KICKER)
    assert library.headline == "县图书馆新馆开放"
    assert parts(meeting) == (
        "县委书记张明在会上要求抓好春耕生产确保粮食丰收",
        "县委召开全会",
        "",
    )


def test_a_title_under_the_text_is_no_headline_under_the_headline_over_it():
    # The title under the report's text is no headline of it: the long title over the text
    # stays its headline, no kicker.
    [meeting] = split(
        "县委召开全会研究春耕生产\n\n"
        + column(
            "本报讯（记者 王平）县委全会昨天召开。县委书记张明在会上要求各级干部抓好春耕生产，"
            "确保今年粮食丰收。全会还听取了各乡镇的工作汇报。"
        )
        + "\n春耕生产忙\n"
    )
    assert parts(meeting) == ("", "县委召开全会研究春耕生产", "")


def test_a_title_whose_first_line_is_another_articles_headline_is_no_headline_under_a_kicker():
    # Two headlines set side by side, read into one title: its first line, in the largest
    # type, is the teahouse's; the report's first paragraph names only the line under it, so
    # the long title over the report stays its headline.
    teahouse, meeting = split(
        "老街茶馆新韵\n县委全会部署春耕生产\n\n"
        + column(
            "老街的茶馆开了三十年，每天清晨都坐满了喝茶的老人。茶馆老板说，今年要把老房子修一修，"
            "让茶客坐得更舒服。"
        )
        + "\n县委书记张明在会上要求抓好春耕生产确保粮食丰收\n\n"
        + column(
            "本报讯（记者 王平）县委全会昨天召开。县委书记张明在会上要求各级干部抓好春耕生产，"
            "确保今年粮食丰收。全会还听取了各乡镇的工作汇报。"
        )
    )
    assert "茶馆" in teahouse.body
    assert parts(meeting) == ("", "县委书记张明在会上要求抓好春耕生产确保粮食丰收", "")


def test_a_titles_widest_line_counts_digits_as_its_type_does():
    # A kicker line with digits (each half a character wide) holds more type than a headline
    # line of ten characters: measured as `_smaller_type` measures a title's lines.
    kicker, headline = "1至11月规上工业总产值", "全县工业产值大幅增长"
    assert _widest([kicker]) > _widest([headline]) == 10


# A title signed by its byline, set apart above another article, and a section's heading (a
# topic, a colon, what is said of it) right over the text: the heading shares more of the
# text's words, but the signed title is the headline, and the heading opens the text.
SIGNED_HEADLINE_APART_FROM_ITS_TEXT = (
    "房价怎么走\n本报记者 王平\n\n"
    + LIBRARY_NEWS
    + "\n房价：有升有降\n今年全县商品房价格\n"
    + column(
        "有升有降，城区新建住房的价格比去年略有上升，"
        "老城区二手住房的价格有所回落。房管部门说，房价总体平稳。"
    )
)


def test_a_signed_title_above_is_the_headline_over_a_sections_heading():
    library, housing = split(SIGNED_HEADLINE_APART_FROM_ITS_TEXT)
    assert library.headline == "县图书馆新馆开放"
    assert (housing.headline, housing.reporters) == ("房价怎么走", ("王平",))


def test_a_sections_heading_under_a_signed_title_set_apart_opens_the_text():
    _, housing = split(SIGNED_HEADLINE_APART_FROM_ITS_TEXT)
    assert housing.body.split("\n\n")[:2] == [
        "房价：有升有降",
        "今年全县商品房价格有升有降，城区新建住房的价格比去年略有上升，老城区二手住房的价格有所回落。"
        "房管部门说，房价总体平稳。",
    ]


# The same signed title set beside the text and read after it, over another article.
SIGNED_HEADLINE_READ_AFTER_ITS_TEXT = (
    "房价：有升有降\n今年全县商品房价格\n"
    + column(
        "有升有降，城区新建住房的价格比去年略有上升，"
        "老城区二手住房的价格有所回落。房管部门说，房价总体平稳。"
    )
    + "\n房价怎么走\n本报记者 王平\n\n"
    + LIBRARY_NEWS
)


def test_a_signed_title_read_after_its_text_is_the_headline_over_a_sections_heading():
    housing, library = split(SIGNED_HEADLINE_READ_AFTER_ITS_TEXT)
    assert (housing.headline, housing.reporters) == ("房价怎么走", ("王平",))
    assert library.headline == "县图书馆新馆开放"


def test_a_sections_heading_over_a_text_its_signed_title_follows_opens_the_text():
    housing, _ = split(SIGNED_HEADLINE_READ_AFTER_ITS_TEXT)
    assert housing.body.startswith("房价：有升有降\n\n今年全县商品房价格有升有降，")


def test_a_title_line_that_ends_with_de_is_no_headline_of_the_text_under_it():
    # A line that runs on (`…的`) is a cut line of text, or a headline's first line alone.
    library, show = split(
        LIBRARY_NEWS
        + "\n春节前夕各地群众欢度节日的\n\n"
        + column(
            "本报讯 县文化馆组织的文艺小分队走进十个乡镇，为群众送去了精彩的演出。"
            "演员们表演了歌舞、小品和地方戏，台下掌声不断。"
        )
    )
    assert (library.headline, show.headline) == ("县图书馆新馆开放", "")


# A block's first line whose last word is the particle `的`, over a line of running text, ties
# what it says to the words there: it is the column's text, not a title set into the block.
A_LINE_THAT_RUNS_ON_AT_DE = """\
县城新建三座公园

  县城今年新建三座公园，市民休闲有
了好去处。新公园分别位于城东、城南
和城北，总面积一百二十亩，园内建有

步道、广场和儿童游乐设施的
建设工作，已经全部完成，周边居民步
行十分钟就能到达。据了解，三座公园
将于五月一日前全部建成开放。
"""


def test_a_blocks_first_line_ending_with_de_runs_on_into_the_text():
    [parks] = split(A_LINE_THAT_RUNS_ON_AT_DE)
    assert parks.headline == "县城新建三座公园"
    assert "园内建有步道、广场和儿童游乐设施的建设工作" in squeeze(parks.body)


@pytest.mark.parametrize(
    ("title", "runs_on"), [("欢度节日的", True), ("办学要讲目的", False), ("办法是多样的", False)]
)
def test_a_title_runs_on_where_its_last_word_is_the_particle_de(title, runs_on):
    assert _ends_with_de(title) is runs_on


# A round-up of briefs: each one's lead phrase after a bullet, solid over its text, is its
# headline (without the bullet), however wide; a bulleted paragraph that runs on from its first
# line into a full one stays text.
BULLETED_BRIEFS = """\
■城北公园樱花陆续开放
近日，城北公园的樱
花陆续开放，吸引了不少
市民前来观赏拍照留念。

■县图书馆延长开放时间
即日起，县图书馆每
天的开放时间延长到晚上
九点，方便读者借阅图书。
"""


def test_a_briefs_lead_phrase_after_a_bullet_is_its_headline():
    park, library = split(BULLETED_BRIEFS)
    assert (park.headline, park.subtitle) == ("城北公园樱花陆续开放", "")
    assert park.body == "近日，城北公园的樱花陆续开放，吸引了不少市民前来观赏拍照留念。"
    assert library.headline == "县图书馆延长开放时间"
    assert library.body.startswith("即日起")


def test_a_bulleted_lists_first_item_over_its_next_one_is_no_briefs_lead():
    page = (
        "县里部署春季工作\n\n"
        "本报讯 会议要求，各部门要做到以下几点，确保\n"
        "各项工作落到实处，不打折扣，各乡镇要把任务\n"
        "分解到村到户，确保各项工作按时完成，取得实\n"
        "效，让群众满意。\n\n"
        "■加强组织领导\n■落实工作责任，按时完成。\n■强化督查考核，严肃问责。\n"
    )
    assert "加强组织领导" not in [article.headline for article in split(page)]


def test_a_bulleted_paragraph_that_runs_on_is_no_briefs_lead():
    page = "■县图书馆今年新购入的\n各类图书已经全部上架，\n方便读者借阅图书。\n"
    [article] = split(page)
    assert (article.headline, squeeze(article.body)) == ("", squeeze(page))


# A table: rows of short cells set apart by gaps (a price list, results). Its gaps part no titles
# set side by side: it is the text of the title over it, a row a paragraph.
A_TABLE = """\
蔬菜价格

青菜 2.5元
白菜 1.8元
土豆 2.2元
番茄 4.0元

县里开展春季植树活动

""" + column(
    "本报讯（记者 王平）3月12日，县林业局组织干部职工来到城郊荒山开展植树活动，"
    "共栽下各类苗木两千余株。"
)


def test_a_table_is_the_text_of_the_title_over_it_a_row_a_paragraph():
    prices, trees = split(A_TABLE)
    assert prices.headline == "蔬菜价格"
    assert [squeeze(p) for p in prices.body.split("\n\n")] == [
        "青菜2.5元",
        "白菜1.8元",
        "土豆2.2元",
        "番茄4.0元",
    ]
    assert (trees.headline, trees.reporters) == ("县里开展春季植树活动", ("王平",))


def test_a_tables_row_keeps_a_space_between_its_cells():
    prices, _ = split(A_TABLE)
    assert prices.body.split("\n\n")[:2] == ["青菜 2.5元", "白菜 1.8元"]


@pytest.mark.parametrize(
    ("block", "table"),
    [
        (["第一名 陈平", "第二名 刘宇", "第三名 周斌"], True),  # a column's cells as wide
        (["县城 多云", "山区乡镇 小雨转阴", "沿江 阴"], False),  # three rows, no number, ragged
        (["县城 多云", "山区乡镇 小雨转阴", "沿江 阴", "城北 晴"], True),
        (["春茶开采 河道清淤", "茶农忙 见成效"], False),  # two titles side by side
        (["青菜 2.5", "白菜 1.8", "土豆 2.2，番茄 4.0"], False),  # running text's comma
        (["春到山乡 6版", "河道清淤 2版", "茶农忙 3版"], False),  # a list of contents
        (["春 雨 将 至", "万 物 复 苏", "农 事 正 忙"], False),  # a title letter-spaced
    ],
)
def test_a_table_is_rows_of_cells(block, table):
    assert _is_table(block) is table


# A poem: its title and its writer's byline, then stanzas, each a block of lines that are each a
# phrase without punctuation, as long as the phrase. Two such blocks in a row are verse, not
# titles: the poem's text, a stanza a paragraph.
A_POEM = """\
山里的春天

文/陈 默

桃花开在坡上
溪水绕过石桥
放牛的孩子
把柳笛吹得很响

燕子回来了
檐下的旧巢
还留着
去年的温度

县里开展春季植树活动

""" + column(
    "本报讯（记者 王平）3月12日，县林业局组织干部职工来到城郊荒山开展植树活动，"
    "共栽下各类苗木两千余株。"
)


def test_stanzas_in_a_row_are_a_poems_text():
    poem, trees = split(A_POEM)
    assert (poem.headline, poem.reporters) == ("山里的春天", ("陈默",))
    assert poem.body.split("\n\n") == [
        "桃花开在坡上溪水绕过石桥放牛的孩子把柳笛吹得很响",
        "燕子回来了檐下的旧巢还留着去年的温度",
    ]
    assert (trees.headline, trees.reporters) == ("县里开展春季植树活动", ("王平",))


@pytest.mark.parametrize(
    ("block", "stanza"),
    [
        (["燕子回来了", "檐下的旧巢", "还留着", "去年的温度"], True),
        (["我走得再远", "也走不出", "您站在村口", "望我的目光"], True),  # one line shorter
        (["桃花开在坡上", "溪水绕过石桥", "放牛的孩子", "把柳笛吹得很响！"], True),
        (["桃花开在坡上", "溪水绕过石桥", "放牛的孩子，", "把柳笛吹得很响"], False),
        (["月亮挂在树梢", "狗叫了两声", "又安静了"], True),  # each shorter: no wrap
        (["县里召开春耕", "生产动员大会"], False),  # two lines: a title's
        (["全县植树造林", "工作会议召开", "部署春季任务"], False),  # as wide: wrapped
        (["县图书馆新馆", "今天开门迎", "客"], False),  # a word across the wrap
        (["春到山乡", "处处新景", "——记县里的春耕"], False),  # a subtitle
        (["县运动会落幕（6版）", "小茶叶撑起致富梦（2版）", "读者来信（7版）"], False),  # contents
        (["县运动会落幕……6", "小茶叶撑起致富梦……2", "读者来信……7"], False),
    ],
)
def test_a_stanza_is_lines_of_phrases_of_ragged_widths(block, stanza):
    assert _is_stanza(block) is stanza


def test_two_titles_of_three_phrase_lines_one_above_the_other_are_no_poem():
    meeting = ["县人大常委会召开", "第十二次", "主任扩大会议"]
    fire = ["全县森林防火", "暨秸秆禁烧工作", "推进会召开"]
    stanza = ["燕子回来了", "檐下的旧巢", "还留着", "去年的温度"]
    assert _stanzas([meeting, fire]) == set()
    assert _stanzas([fire, stanza, ["二十年走遍每个自然村"]]) == {0, 1}


def test_three_stanzas_of_three_lines_in_a_row_are_verse():
    night = [["月亮挂在树梢", "狗叫了两声", "又安静了"], ["推开柴门", "灶膛里的火", "还没熄灭"]]
    assert _stanzas(night) == set()  # two titles of three lines each, as well
    assert _stanzas([*night, ["母亲坐在灯下", "缝着我的", "旧棉袄"]]) == {0, 1, 2}


def test_two_stanzas_of_three_lines_under_a_poets_name_are_verse():
    night = [["月亮挂在树梢", "狗叫了两声", "又安静了"], ["推开柴门", "灶膛里的火", "还没熄灭"]]
    assert _stanzas([["山村的夜"], ["□ 林溪"], *night]) == {2, 3}
    assert _stanzas([["山村的夜"], ["林溪"], *night]) == {2, 3}
    assert _stanzas([["山村的夜"], *night]) == set()  # no name: two titles as well


# A stanza of short lines is set in its poem's column still: it goes on from the stanza above,
# though no line of it is as wide as theirs.
def test_a_stanza_of_short_lines_goes_on_in_its_poem():
    page = (
        "晚归\n\n□ 林溪\n\n河水绕过村庄\n带走了童年的纸船\n也带走了母亲的呼唤\n\n"
        "我站在桥上\n数着岸边的柳树\n一棵也没有少\n\n"
        "山中夜\n\n□ 秋禾\n\n月亮挂在松枝上\n溪水在石缝里唱歌\n虫鸣一声接着一声\n\n"
        "炉火映红了脸\n老人讲起从前的事\n夜就这样慢慢深了\n"
    )
    evening, night = split(page)
    assert (evening.headline, evening.reporters) == ("晚归", ("林溪",))
    assert evening.body.split("\n\n") == [
        "河水绕过村庄带走了童年的纸船也带走了母亲的呼唤",
        "我站在桥上数着岸边的柳树一棵也没有少",
    ]
    assert (night.headline, night.reporters) == ("山中夜", ("秋禾",))


def test_a_poem_of_six_lines_or_more_in_one_block_is_its_text():
    # Its stanzas read as one block by the extraction: no title holds so many phrase lines.
    poem, trees = split(A_POEM.replace("很响\n\n燕子", "很响\n燕子"))
    assert (poem.headline, poem.reporters) == ("山里的春天", ("陈默",))
    assert (
        squeeze(poem.body)
        == "桃花开在坡上溪水绕过石桥放牛的孩子把柳笛吹得很响燕子回来了檐下的旧巢还留着去年的温度"
    )
    assert trees.headline == "县里开展春季植树活动"


# Two poems one under the other, the second under its own title: a stanza ends with its block
# and the next begins with its own, whatever its lines' widths, so no stanza runs on into another
# poem's, and each poem keeps its title.
TWO_POEMS = (
    A_POEM.split("县里")[0]
    + """\
夜 归

月亮挂在树梢
狗叫了两声
又安静了

推开柴门
灶膛里的火
还没有熄灭
母亲还在等我
"""
)


def test_a_stanza_ends_and_begins_with_its_block():
    spring, night = split(TWO_POEMS)
    assert (spring.headline, spring.reporters) == ("山里的春天", ("陈默",))
    assert spring.body.startswith("桃花开在坡上") and spring.body.endswith("去年的温度")
    assert night.headline == "夜归"
    assert night.body.split("\n\n") == [
        "月亮挂在树梢狗叫了两声又安静了",
        "推开柴门灶膛里的火还没有熄灭母亲还在等我",
    ]


# A column's line that holds a sentence's end, at the top of a block over a line a little short
# of the edge: the sentence going on from the column before, not a headline over an indent.
A_STOP_OVER_A_SHORT_LINE = """\
山村公路通到家门口

  本报讯 近年来，县里加大农村
公路建设力度，一条条水泥路通
到了农户家门口，山村的变化很

大。今年春天县里又投资修路
一条，方便村民出行和
农产品的运输，村民们都说
这条路修到了心坎上。
"""


def test_a_line_that_holds_a_stop_is_no_headline_over_an_indent():
    [road] = split(A_STOP_OVER_A_SHORT_LINE)
    assert road.headline == "山村公路通到家门口"
    assert squeeze(road.body).endswith(
        "山村的变化很大。今年春天县里又投资修路一条，方便村民出行和农产品的运输，村民们都说这条路修到了心坎上。"
    )


# Three titles of three phrase lines each (a kicker, the headline, a subtitle), one under the
# other, then their texts: each title's words are its text's, said in short. The page's text
# repeats them: no stanzas of a poem, whose words are their own.
THREE_TITLES_IN_A_ROW = (
    "春到山乡\n县里召开春耕生产动员大会\n部署全年农业工作\n\n"
    "绿化家园\n全县植树造林全面展开\n各乡镇栽树十万株\n\n"
    "阅读点亮生活\n县图书馆新馆今天开放\n藏书达到二十万册\n\n"
    + column(
        "本报讯 县政府近日召开春耕生产动员大会，部署今年的农业工作，要求各乡镇抓好水利建设"
        "和良种推广，确保粮食丰收。"
    )
    + column(
        "本报讯 今年开春以来，全县植树造林全面展开，各乡镇已栽种树苗十万余株，造林面积比去年"
        "增加了两成。"
    )
    + column("本报讯 县图书馆新馆今天开放，藏书二十万册，全年免费向市民开放，每天接待读者上千人。")
)


def test_titles_of_phrase_lines_whose_words_the_texts_repeat_are_no_poem():
    farming, trees, library = split(THREE_TITLES_IN_A_ROW)
    assert [a.headline for a in (farming, trees, library)] == [
        "春到山乡",
        "绿化家园",
        "阅读点亮生活",
    ]
    assert farming.body.endswith("确保粮食丰收。")
    assert trees.body.endswith("增加了两成。")


def laid_out_rows(*columns: str, stagger: bool = False) -> str:
    """Columns set side by side as `pdftotext -layout` prints them: a row across the page each
    line, runs of spaces between the columns; with `stagger`, the last column does not stand
    level with the others, and each of its lines has a row of its own, between theirs."""
    lines = [c.splitlines() for c in columns]
    rows = []
    for depth in range(max(len(c) for c in lines)):
        cells = [c[depth] if depth < len(c) else "" for c in lines]
        if stagger:
            rows.append("      ".join(cell.ljust(12) for cell in cells[:-1]).rstrip())
            rows.append(" " * 18 * (len(cells) - 1) + cells[-1])
        else:
            rows.append("      ".join(cell.ljust(12) for cell in cells).rstrip())
    return "\n".join(row for row in rows if row.strip()) + "\n"


READING_ROOM = column(
    "本报讯 县图书馆新馆下月开馆，藏书二十万册，设有少儿阅览室和自习室。"
    "新馆每天开放十二个小时，读者凭身份证即可免费办理借书证。"
)


def test_a_page_laid_out_as_printed_is_read_column_by_column():
    titles = "县气象台发布降温预报          县游泳馆今起免费开放\n\n"
    page = PAGE_HEADER + titles + laid_out_rows(RAIN, SWIM)
    assert laid_out(page) is not None
    read = split_page(page)
    assert [(a.headline, a.body[:9], a.body[-6:]) for a in read] == [
        ("县气象台发布降温预报", "本报讯县气象台预计", "失降到最低。"),
        ("县游泳馆今起免费开放", "本报讯县游泳馆今天", "项安全规定。"),
    ]
    # A column that does not stand level with the others comes a line a row: its lines, an
    # empty row apart within it, stay one block.
    staggered = laid_out_rows(RAIN, SWIM, READING_ROOM, stagger=True)
    assert laid_out(staggered) is not None
    assert read_layout(staggered.splitlines()) == [
        *RAIN.splitlines(),
        "",
        *SWIM.splitlines(),
        "",
        *READING_ROOM.splitlines(),
    ]


def test_a_big_titles_lines_with_empty_rows_between_them_stay_one_block():
    # A title in big type beside its columns: pdftotext leaves rows empty across the page
    # between its lines (a line with the columns' text beside it, its last line alone on its
    # row), each no wider than the one over it.
    swim, rain = SWIM.splitlines(), RAIN.splitlines()
    beside = laid_out_rows(SWIM, RAIN).splitlines()
    rows = ["县游泳馆今".ljust(10) + beside[0], "", "", "起免费开".ljust(10) + beside[1]]
    rows += ["", "", "放", *(" " * 10 + row for row in beside[2:])]
    page = PAGE_HEADER + "\n".join(rows) + "\n"
    assert laid_out(page) is not None
    assert read_layout(rows) == ["县游泳馆今", "起免费开", "放", "", *swim, "", *rain]
    assert split_page(page)[0].headline == "县游泳馆今起免费开放"
    # Its columns' lines may stand on rows of their own, between the title's lines.
    rows = ["县游泳馆今", *(" " * 10 + row for row in beside[:2]), "", "", "起免费开放"]
    rows += [" " * 10 + row for row in beside[2:]]
    assert read_layout(rows) == ["县游泳馆今", "起免费开放", "", *swim, "", *rain]
    # A title's line may break after an enumeration comma (`、`), which a title holds.
    rows = ["县游泳馆、".ljust(10) + beside[0], "", "", "体育馆今起".ljust(10) + beside[1]]
    rows += ["", "", "开放", *(" " * 10 + row for row in beside[2:])]
    assert read_layout(rows) == ["县游泳馆、", "体育馆今起", "开放", "", *swim, "", *rain]


def test_a_big_titles_lines_under_another_texts_last_sentence_stay_one_block():
    # The title stands under another text's column, at its edge, a row empty across the page
    # between: the text ends with a stop, so its lines are no column the title's lines go on.
    swim, rain = SWIM.splitlines(), RAIN.splitlines()
    beside = laid_out_rows(SWIM, RAIN).splitlines()
    over = ["县里新建了", "三座公园，", "市民有去处。"]
    title = ["县游泳馆今".ljust(10) + beside[0], "", "", "起免费开".ljust(10) + beside[1]]
    title += ["", "", "放", *(" " * 10 + row for row in beside[2:])]
    rows = [*over, "", *title]
    assert read_layout(rows) == [*over, "", "县游泳馆今", "起免费开", "放", "", *swim, "", *rain]
    # A text that goes on (no stop) is a column over the rows: its next lines are no title's.
    over[-1] = "市民有去处，"
    assert read_layout([*over, "", *title])[:6] == [*over, "", "县游泳馆今", ""]


def test_a_big_title_printed_twice_goes_on_across_an_empty_row_as_a_title_printed_once():
    # Each line of a title in a bold face comes on two rows: its two lines are four rows over
    # its short rest, no column's lines. The rest goes on with the title across the empty row.
    swim = SWIM.splitlines()
    beside = laid_out_rows(SWIM, RAIN).splitlines()
    rows = ["县游泳馆今", "县游泳馆今".ljust(10) + beside[0], "起免费开放"]
    rows += ["起免费开放".ljust(10) + beside[1], " " * 10 + beside[2], "", "工作"]
    rows += ["工作".ljust(10) + beside[3], *(" " * 10 + row for row in beside[4:])]
    title = ["县游泳馆今", "县游泳馆今", "起免费开放", "起免费开放", "工作", "工作"]
    assert read_layout(rows)[:8] == [*title, "", swim[0]]


def test_a_captions_second_line_over_empty_rows_is_no_big_titles_line():
    # A caption's paragraph set in two columns, its second lines without punctuation, over rows
    # empty across the page and a title: the line under the paragraph's first line (set in) is
    # a column's, no big title's line that the title goes on from.
    rows = [
        "  县游泳馆今天起免费      县气象台预计本周后",
        "开放时间为每天上午八      期全县将迎来一次降温",
    ]
    rows += ["", "", "县图书馆新馆下月开馆"]
    assert read_layout(rows) == [
        "县游泳馆今天起免费",
        "开放时间为每天上午八",
        "",
        "县气象台预计本周后",
        "期全县将迎来一次降温",
        "",
        "县图书馆新馆下月开馆",
    ]


def test_a_big_title_one_space_from_the_column_beside_it_is_a_block_of_its_own():
    # A title in big type at the left of its column: pdftotext sets its characters closer than
    # they stand, a single space from the column's lines beside it, and the column's lower lines
    # where they stand. The title is cut from its text, as where a wider gap parts them.
    swim, rain = SWIM.splitlines(), RAIN.splitlines()
    beside = laid_out_rows(SWIM, RAIN).splitlines()
    rows = ["县游泳馆今 " + beside[0], "起免费开放 " + beside[1]]
    rows += [" " * 6 + row for row in beside[2:]]
    page = PAGE_HEADER + "\n".join(rows) + "\n"
    assert laid_out(page) is not None
    assert read_layout(rows) == ["县游泳馆今", "起免费开放", "", *swim, "", *rain]
    assert split_page(page)[0].headline == "县游泳馆今起免费开放"
    # A name one space from two lines of a title is no column: the rows stay as they are.
    rows = ["县游泳馆今 王平", "起免费开放"]
    assert read_layout(rows) == rows
    # Its lines stacked down the column's, an empty row across the page between two of them
    # (the column's lines beside it on rows of their own): the title stays one block.
    rows = ["县游泳馆 " + beside[0], " " * 5 + beside[1], "", "免费开放 " + beside[2]]
    rows += [" " * 5 + row for row in beside[3:]]
    assert read_layout(rows) == ["县游泳馆", "免费开放", "", *swim, "", *rain]


def test_a_title_beside_the_top_of_its_text_at_the_right_is_read_before_it():
    # A title set right of its text's first lines, its paragraph's first line indented: the
    # title heads that text, and is read first, as pdftotext reads it by default.
    swim = SWIM.splitlines()
    rows = ["  " + swim[0] + "    县游泳馆今", swim[1] + "      起免费开放", *swim[2:]]
    assert read_layout(rows) == ["县游泳馆今", "起免费开放", "", *swim]
    # Beside a text that goes on from another column (no indent), the title stays after it.
    rows = [swim[1] + "      县游泳馆今", swim[2] + "      起免费开放", *swim[3:]]
    assert read_layout(rows) == [*swim[1:], "", "县游泳馆今", "起免费开放"]


def test_a_title_letter_spaced_one_space_from_its_column_is_cut_from_it_whole():
    rain = RAIN.splitlines()
    rows = ["春 雨 将 至 " + rain[0], "万 物 复 苏 " + rain[1]] + [" " * 8 + r for r in rain[2:]]
    assert read_layout(rows) == ["春 雨 将 至", "万 物 复 苏", "", *rain]


def test_a_title_one_space_from_a_few_names_is_read_alike_with_a_column_beside_them():
    # Only the part's own rows right of the space count as the title's text: a column of
    # another part beside it stands on the title's rows too, and is no text of the title's.
    part = ["县游泳馆今", "起免费开放", "      王平", "      李红", "      张三"]
    beside = RAIN.splitlines()[: len(part)]
    rows = [line.ljust(12) + " " * 6 + other for line, other in zip(part, beside, strict=True)]
    assert read_layout(rows) == [*read_layout(part), "", *beside]


def test_a_big_title_whose_lines_each_end_one_space_before_its_text_is_cut_from_it():
    # pdftotext sets each of the text's lines where the title's line on its row ends, and the
    # text's other rows further in: no gap of spaces runs down between the two.
    swim = SWIM.splitlines()
    rows = ["县游泳馆 " + swim[0], " " * 7 + swim[1], "今起免费 " + swim[2], " " * 7 + swim[3]]
    rows += ["开放 " + swim[4], *(" " * 7 + row for row in swim[5:])]
    assert read_layout(rows) == ["县游泳馆", "今起免费", "开放", "", *swim]
    rain = RAIN.splitlines()[: len(rows)]
    page = "\n".join(f"{row.ljust(20)}      {other}" for row, other in zip(rows, rain, strict=True))
    assert laid_out(page) is not None
    assert split_page(PAGE_HEADER + page + "\n")[0].headline == "县游泳馆今起免费开放"
    # A column four spaces beside that text, a caption set across both under them: the part is
    # cut at the gutter first, the title and its text read apart from the other column.
    both = [f"{row.ljust(20)}    {other}" for row, other in zip(rows, rain, strict=True)]
    caption = "游泳馆新换的恒温系统和净水设备已经投入使用群众纷纷前来游泳健身"
    both.append(" " * 7 + caption)
    assert read_layout(both) == ["县游泳馆", "今起免费", "开放", "", *swim, "", *rain, "", caption]


def test_two_columns_a_single_space_apart_are_read_one_after_the_other():
    # A gutter narrower than a character: pdftotext sets it as a single space, the left
    # column's lines ending there, the right one's beginning after it.
    rain, swim = RAIN.splitlines()[1:], SWIM.splitlines()[1:]
    rows = [f"{a.ljust(12)} {b}" for a, b in zip(rain, swim, strict=False)]
    assert read_layout(rows) == [*rain[: len(rows)], "", *swim[: len(rows)]]
    # Lines letter-spaced leave spaces of their own down a column: no gutter.
    rows = [" ".join(line[:6]) for line in rain]
    assert read_layout(rows) == rows
    # A table's labels, a space from its figures, are no column of text.
    rows = ["东部地区 三成四", "中部地区 两成一", "西部地区 一成八", "北部地区 一成二"]
    assert read_layout(rows) == rows


def test_two_titles_abreast_a_single_space_apart_each_over_its_own_text_are_two_blocks():
    # The titles of two articles set side by side in big type: pdftotext sets their characters
    # closer than they stand, a single space apart, on a row of their own over the columns,
    # each title's words repeated in the text under it and not in the other's.
    rain, swim = RAIN.splitlines(), SWIM.splitlines()
    page = PAGE_HEADER + "县气象台发布降温预报 县游泳馆今起免费开放\n\n" + laid_out_rows(RAIN, SWIM)
    assert laid_out(page) is not None
    assert read_layout(page.splitlines())[-len(rain) - len(swim) - 5 :] == [
        "县气象台发布降温预报",
        "",
        "县游泳馆今起免费开放",
        "",
        *rain,
        "",
        *swim,
    ]
    assert [a.headline for a in split_page(page)] == [
        "县气象台发布降温预报",
        "县游泳馆今起免费开放",
    ]
    # The left title wrapped onto the row under them: the right one is read after its lines,
    # the texts' words read under the wrapped rest.
    rows = [
        "县气象台发布降温 县游泳馆今起免费开放",
        "预报",
        "",
        *laid_out_rows(RAIN, SWIM).splitlines(),
    ]
    assert read_layout(rows) == [
        "县气象台发布降温",
        "预报",
        "",
        "县游泳馆今起免费开放",
        "",
        *rain,
        "",
        *swim,
    ]
    # A byline's role a space from the name, a header's date from its weekday, are no titles.
    assert read_layout(["本报记者 王平"]) == ["本报记者 王平"]
    assert read_layout(["2021年3月6日 星期六"]) == ["2021年3月6日 星期六"]
    # A lead's opening a space from the text's first words is the text's first line.
    rows = ["本报讯 县图书馆新馆今天正", "式开放，藏书三十万册。"]
    assert read_layout(rows) == rows


BRIDGE = column(
    "本报讯 县城东大桥昨天正式通车，全长六百米，双向四车道，两端连接环城路和滨江路。"
    "大桥通车后，城东片区到老城区的车程由半小时缩短到十分钟以内，附近三个乡镇的群众"
    "进城办事更加方便。县交通运输局介绍，大桥配套的路灯、护栏和人行道已同步完工，"
    "沿线绿化将在今年春季种植完成。大桥建设历时两年，共投入资金一亿二千万元，"
    "是县里近年来投资最大的交通工程。通车当天，不少市民步行上桥观光留影。"
)


def test_a_title_of_two_phrases_a_single_space_apart_over_its_text_in_two_columns_is_one():
    # One title of two phrases a space apart, on a row of its own over its text set in two
    # columns: the phrases' words stand in the same column of the text (or in none), not each
    # in a column of its own, so the row heads one text and is not parted; even where the
    # right column opens with a byline, as a second article would.
    lines = BRIDGE.splitlines()
    half = (len(lines) + 1) // 2
    left = "\n".join(lines[:half]) + "\n"
    for right in ["\n".join(lines[half:]) + "\n", "记者 王平\n" + "\n".join(lines[half:]) + "\n"]:
        text = laid_out_rows(left, right)
        for title in [
            "城东大桥建成通车全长六百米双向四车道 城东到老城区车程缩短到十分钟",
            "城东大桥建成通车 车程缩短到十分钟",
            "喜迎2021 城东大桥建成通车",
            "城东G60 大桥建成通车",
        ]:
            page = PAGE_HEADER + title + "\n\n" + text
            assert laid_out(page) is not None
            assert [a.headline for a in split_page(page)] == [title]


NEW_SCHOOL = (
    "本报讯 九月一日，城南新区学校建成开学。这所学校占地八十亩，设有小学和初中两个学部，"
    "建有教学楼、实验楼、体育馆和食堂，总投资一亿二千万元。开学第一天，校园里彩旗飘扬，"
    "老师们早早在校门口迎接新生。"
)
NO_MORE_COMMUTE = (
    "城南新区近年来人口增长很快，过去片区内的孩子只能到老城区的学校借读，每天往返要花"
    "上大半天。如今，三千名学生告别借读，在家门口就能上学。有家长笑着说，孩子每天能多睡"
    "半小时，我们心里踏实多了。"
)


def test_a_title_of_two_phrases_each_repeated_in_a_column_of_its_text_is_one():
    # One title of two phrases a space apart over its text in two columns: the opening
    # paragraph, in the left column, repeats the first phrase; the next, atop the right column,
    # the second. Each phrase's words stand under it alone, as two titles' would; but the
    # right column opens no article (no lead, no byline), it goes on with the left one's text.
    title = "城南新区学校建成开学 三千学生告别借读"
    for right in ["  " + NO_MORE_COMMUTE, NO_MORE_COMMUTE]:  # (a paragraph's start, or not)
        text = laid_out_rows(column(NEW_SCHOOL), column(right))
        page = PAGE_HEADER + title + "\n\n" + text
        assert laid_out(page) is not None
        assert [a.headline for a in split_page(page)] == [title]


def test_a_text_whose_paragraphs_are_each_one_line_is_one_article():
    """Text not broken into columns (each paragraph a line of its own) shows no indent: a
    paragraph's first line is as wide as the text's other lines, and does not read as the
    middle of one."""
    page = (
        "青溪县召开春季植树造林动员会\n\n"
        "本报讯（记者 王平）3月10日上午，青溪县召开春季植树造林动员会，总结去年造林绿化工作，"
        "部署今年重点任务。县长李明出席会议并讲话。\n\n"
        "会议要求，各乡镇要抓住春季造林的有利时机，科学规划，精心组织，确保完成全年造林任务。"
        "要加强苗木质量监管，严把苗木检验关，提高造林成活率。\n\n"
        "据悉，今年全县计划完成造林面积一万亩，其中新造林五千亩，森林抚育五千亩。\n"
    )
    [article] = split_page(page)
    assert article.headline == "青溪县召开春季植树造林动员会"
    assert [p[:4] for p in article.body.split("\n\n")] == ["本报讯（", "会议要求", "据悉，今"]


def test_columns_that_part_from_level_halfway_down_stay_one_block_each():
    # The columns stand level for eight rows; then the right one drops half a line, and each line
    # of either column takes a row of its own. A row empty in one column holds the other's line:
    # no room on the page, no block ends there.
    rain, swim = RAIN.splitlines(), SWIM.splitlines()
    rows = [f"{a.ljust(12)}      {b}" for a, b in zip(rain[:8], swim[:8], strict=True)]
    for a, b in itertools.zip_longest(rain[8:], swim[8:], fillvalue=""):
        rows += [a, " " * 18 + b]
    page = "\n".join(row for row in rows if row.strip()) + "\n"
    assert laid_out(page) is not None
    assert read_layout(page.splitlines()) == [*rain, "", *swim]


def test_a_title_set_over_two_columns_with_no_empty_row_under_it_is_a_block_of_its_own():
    title = "县里部署冬季安全生产和防寒保暖工作"
    page = title + "\n" + laid_out_rows(RAIN, SWIM)
    assert laid_out(page) is not None
    assert read_layout(page.splitlines()) == [title, "", *RAIN.splitlines(), "", *SWIM.splitlines()]


def test_a_staggered_title_whose_every_row_bridges_a_gap_is_one_block():
    # A title's lines stand far apart among staggered columns, each on a row that alone bridges
    # a gap of spaces: one band holds them all, which would be the part itself, cut again
    # without end. They are one block.
    rows = [
        " " * 59 + "村村通上致富",
        "   按照全县规划，乡村公路的建设由",
        *[""] * 13,
        " " * 30 + "路。在农村公路的养护工作方面，全县" + " " * 12 + "路",
        " " * 30 + "各乡镇的做法已各有特色，但是一直",
        " " * 48 + "——山区乡村道路建设与养护",
        " " * 30 + "缺少固定的养护队伍。现在的多数乡村",
        *[""] * 5,
        " " * 48 + "现场推进会纪实",
        "今年冬春全县的道路建设，计划投资三",
        " " * 30 + "说，明年全县还要再修好一百多公里路 本报记者",
    ]
    blocks = read_layout(rows)
    assert blocks[8:12] == ["村村通上致富", "路", "——山区乡村道路建设与养护", "现场推进会纪实"]
    assert "本报记者" in blocks


def test_a_title_line_printed_over_the_page_header_goes_over_its_text():
    # A big title's first line stands higher than the page header beside it: pdftotext prints
    # it first, on the row over the header's. It goes right over the text under the header,
    # not with the header.
    title, header = "县里部署冬季安全生产和防寒保暖工作", "2021年3月6日 星期六 第 3 版 要闻"
    columns = laid_out_rows(RAIN, SWIM)
    page = f"{title}\n{header}\n\n\n" + columns
    assert laid_out(page) is not None
    assert read_layout(page.splitlines()) == [
        header,
        "",
        title,
        "",
        *RAIN.splitlines(),
        "",
        *SWIM.splitlines(),
    ]
    assert split_page(page)[0].headline == title
    # A title under the header is read where it stands.
    page = f"{header}\n\n{title}\n" + columns
    assert read_layout(page.splitlines())[:3] == [header, "", title]
    # So is a line over the header that is no title's (a sentence, its punctuation).
    line = "县里部署冬季安全生产，防寒保暖。"
    page = f"{line}\n{header}\n\n\n" + columns
    assert read_layout(page.splitlines())[:2] == [line, header]


def test_a_name_printed_over_the_page_header_stays_with_the_header():
    # The paper's name, a slogan's halves, a section's or a column's name over the page header
    # look like a title's line, but the text on the page repeats none of their words, or one
    # common word (`安全`): they stay with the header, and the title under the header keeps its
    # place.
    title, header = "县里部署冬季安全生产和防寒保暖工作", "2021年3月6日 星期六 第 3 版"
    columns = laid_out_rows(RAIN, SWIM)
    for line in (
        "青溪晚报",
        "建设美丽乡村" + " " * 30 + "共享幸福生活",
        "要闻",
        "文体天地",
        "平安家园安全先行",
    ):
        page = f"{line}\n{header}\n\n{title}\n\n" + columns
        out = read_layout(page.splitlines())
        assert out[0] != header  # (the line is read first, where it stands)
        assert out[out.index(title) - 1] == ""  # (the title begins a block of its own)


def test_the_rest_of_a_title_over_two_columns_goes_with_its_first_line():
    # The title's first line crosses the gap between the columns; its short rest, on the row
    # under it where the line begins, crosses none, but is no line of the column under it.
    title = "县委县政府部署今冬明春安全生产和防寒保暖"
    page = title + "\n工作\n" + laid_out_rows(RAIN, SWIM)
    assert laid_out(page) is not None
    assert read_layout(page.splitlines()) == [
        title,
        "工作",
        "",
        *RAIN.splitlines(),
        "",
        *SWIM.splitlines(),
    ]
    assert split_page(page)[0].headline == title + "工作"
    # A line under the title that the line under it goes on as wide opens a column.
    rows = [title, "今冬明春全县", "各乡镇要把安", *laid_out_rows(RAIN, SWIM).splitlines()]
    assert read_layout(rows)[:4] == [title, "", "今冬明春全县", "各乡镇要把安"]
    # A name under the rest, as wide, is a byline under the title, not a column's next line.
    rows = [title, "工作", "王平", *laid_out_rows(RAIN, SWIM).splitlines()]
    assert read_layout(rows)[:3] == [title, "工作", ""]


def test_a_title_narrower_than_its_columns_goes_with_the_dash_subtitle_over_them():
    # The title crosses no gap between the columns; its dash subtitle, right under it, does.
    # The title (its short rest too) goes in the subtitle's band, one block, as pdftotext reads
    # them by default.
    title, rest, subtitle = "县里部署今冬明春安全", "生产", "——全县各乡镇要落实防寒保暖和防火措施"
    page = PAGE_HEADER + f"{title}\n{rest}\n{subtitle}\n" + laid_out_rows(RAIN, SWIM)
    assert laid_out(page) is not None
    assert read_layout(page.splitlines())[4:8] == [title, rest, subtitle, ""]
    rain, _ = split_page(page)
    assert (rain.headline, rain.subtitle) == (title + rest, subtitle)
    # A line over the columns without a dash (a lead, a caption) stays a block of its own.
    page = page.replace(subtitle, subtitle.lstrip("—"))
    assert read_layout(page.splitlines())[4:8] == [title, rest, "", subtitle.lstrip("—")]


def test_the_rest_of_a_title_printed_twice_goes_with_its_first_line_both_times():
    # A title over two columns in a bold printed twice over itself: each of its rows comes
    # twice, its short rest too. Both rows of the rest go with the title's band.
    title = "县委县政府部署今冬明春安全生产和防寒保暖"
    page = f"{title}\n{title}\n工作\n工作\n" + laid_out_rows(RAIN, SWIM)
    assert laid_out(page) is not None
    assert read_layout(page.splitlines())[:5] == [title, title, "工作", "工作", ""]
    assert split_page(page)[0].headline == title + "工作"


def test_a_title_printed_twice_under_a_line_printed_once_begins_a_block():
    # A title in a bold printed twice over itself, each of its lines on two rows, right under a
    # kicker set in another type, with no empty row between: the title begins a block of its
    # own, as pdftotext parts lines of different sizes when it reads by default.
    kicker, title = "冬泳有了好去处", "县游泳馆今起免费开放"
    page = PAGE_HEADER + laid_out_rows(RAIN, f"{kicker}\n{title}\n{title}\n{SWIM}")
    assert laid_out(page) is not None
    assert read_layout(page.splitlines())[-len(SWIM.splitlines()) - 4 :] == [
        kicker,
        "",
        title,
        title,
        *SWIM.splitlines(),
    ]
    assert split_page(page)[-1].headline == title


def test_a_title_right_over_its_texts_indented_first_line_is_a_block_of_its_own():
    # The title stands on the row right over its column's first line, with no empty row
    # between: that line is indented (a paragraph's first), and no paragraph ends without a stop
    # over it. The title is a block of its own, as pdftotext reads it by default.
    title, swim = "县游泳馆今起免费开放", SWIM.splitlines()
    page = PAGE_HEADER + laid_out_rows(RAIN, "\n".join([title, "  " + swim[0], *swim[1:]]))
    assert laid_out(page) is not None
    assert read_layout(page.splitlines())[-len(swim) - 2 :] == [title, "", *swim]
    assert split_page(page)[-1].headline == title
    # A kicker over the title printed twice (a bold face) is still parted from it.
    rows = ["冬泳有了好去处", title, title, "  " + swim[0], *swim[1:]]
    assert read_layout(rows) == ["冬泳有了好去处", "", title, title, "", *swim]
    # A column's line without a stop over a flush line is no title: the block stays whole.
    rows = [swim[1], swim[2].replace("，", ""), *swim[3:]]
    assert read_layout(rows) == rows


def test_characters_spaced_out_on_a_page_laid_out_are_one_line_not_columns():
    # A title letter-spaced over the page, and a table's labels: a character a column, side by
    # side. Each line stays one line, as pdftotext reads it by default.
    table = "东   部   地   区      三成\n中   部   地   区      两成\n"
    page = "春  雨  将  至\n\n" + laid_out_rows(RAIN, SWIM) + "\n" + table
    assert laid_out(page) is not None
    read = read_layout(page.splitlines())
    assert read[:2] == ["春  雨  将  至", ""]
    assert read[-5:] == ["东   部   地   区", "中   部   地   区", "", "三成", "两成"]
    rain, _ = split_page(page)
    assert rain.headline == "春雨将至"


def test_a_text_not_set_in_columns_is_read_a_paragraph_a_line_without_blank_lines():
    """A text as a word processor or a web page gives it: each title and paragraph a line of
    its own, no blank line between them. Each line is a block; the titles find their texts."""
    page = (
        "青溪县召开春季植树造林动员会\n"
        "本报讯（记者 王平）3月10日上午，青溪县召开春季植树造林动员会，总结去年造林绿化工作，"
        "部署今年重点任务。县长李明出席会议并讲话。\n"
        "会议要求，各乡镇要抓住春季造林的有利时机，科学规划，精心组织，确保完成全年造林任务。\n"
        "城关镇老街改造工程开工\n"
        "本报讯（通讯员 赵敏）近日，城关镇老街改造工程正式开工。工程总投资三千万元，将对老街"
        "沿线的房屋立面、地下管网和路面进行全面改造。\n"
        "老街居民张大爷说：“盼了好多年，终于开工了。”工程预计今年年底完工。\n"
    )
    trees, street = split_page(page)
    assert (trees.headline, street.headline) == (
        "青溪县召开春季植树造林动员会",
        "城关镇老街改造工程开工",
    )
    assert [p[:4] for p in trees.body.split("\n\n")] == ["本报讯（", "会议要求"]
    assert [p[:4] for p in street.body.split("\n\n")] == ["本报讯（", "老街居民"]
    assert (trees.reporters, street.reporters) == (("王平",), ("赵敏",))


# A page read in the PDF's own order (`pdftotext -raw`) has no blank line between its blocks:
# the widths of its lines show where a column starts and stops (a title, a column of another
# width), and the blocks are read from there as pdftotext's reading order gives them.
RAW_PAGE = """\
2021年3月5日 星期五 第2版 综合
县图书馆新馆开放
本报讯（记者 王平）县
图书馆新馆昨天正式开放，新
馆建筑面积一万二千平方米，
藏书三十万册，设有少儿阅览
室和电子阅览室，每天开放十
二个小时。
馆长说，新馆还将开设讲
座和展览，让读者在馆里看书，
也听讲座、看展览，借书还书
都可以在自助机上办理，不用
排队等候。
开馆第一天，前来借书的
读者排起了长队，馆员们加班
到晚上九点，新馆的少儿阅览
室里坐满了孩子。
十二条乡村公路修通
本报讯（记者 李红）今年县交通
局投入资金两千多万元，修通了十二条
乡村公路，总长度达到八十多公里，沿
线村民出门再也不用走泥巴路，种出来
的蔬菜水果当天就能运到城里卖个好价
钱。
交通局负责人说，明年还将继续修
建通往偏远山村的道路，让每个行政村
都通上硬化路，并开通城乡公交，票价
两元，早晚各有一班车，村民进城看病
办事都方便多了。
山那边的石门村过去运一车化肥要
绕行四十公里，如今半个钟头就到镇上，
村里的土鸡蛋和核桃供不应求。
"""


def test_a_page_read_without_blank_lines_keeps_the_few_breaks_it_has():
    lines = RAW_PAGE.splitlines()
    k = lines.index("藏书三十万册，设有少儿阅览")
    blocks = broken_into_blocks([*lines[: k + 1], "", *lines[k + 1 :]])
    assert blocks[blocks.index(lines[k]) + 1] == ""


def test_a_page_read_without_blank_lines_is_broken_into_blocks_by_its_columns():
    lines = RAW_PAGE.splitlines()
    assert unbroken(lines) and not unbroken(broken_into_blocks(lines))
    library, roads = split(RAW_PAGE)
    assert (library.headline, library.reporters) == ("县图书馆新馆开放", ("王平",))
    assert library.body.endswith("新馆的少儿阅览室里坐满了孩子。")
    assert (roads.headline, roads.reporters) == ("十二条乡村公路修通", ("李红",))
    assert squeeze(roads.body).startswith("本报讯（记者李红）今年县交通局")


# The same page, the second report's lead line a character fuller (`…今年县交通局`), so that,
# its space between names left out, it still stands as wide as its column.
RAW_PAGE_FULL_LEAD = RAW_PAGE.replace("今年县交通\n局投入", "今年县交通局\n投入")


def blocks_around(page: str, line: str, before: int, after: int) -> list[str]:
    """The blocks a page read without blank lines is broken into (`broken_into_blocks`), from
    `before` lines over its line `line` to `after` under it."""
    blocks = broken_into_blocks(page.splitlines())
    k = blocks.index(line)
    return blocks[k - before : k + after + 1]


# A title set in a bold face printed over itself comes twice in the PDF's order, often after
# all the text of the page: each is one title, a block of its own, read once (the copy's last
# line may share its row with the next title, set apart by a gap).
RAW_TITLES_TWICE = (
    RAW_PAGE_FULL_LEAD.replace("县图书馆新馆开放\n", "").replace("十二条乡村公路修通\n", "")
    + "县图书馆新馆\n正式开放\n县图书馆新馆\n正式开放 十二条乡村公路修通\n十二条乡村公路修通\n"
)


def test_a_title_printed_twice_in_a_page_read_without_blank_lines_is_read_once():
    blocks = "\n".join(broken_into_blocks(RAW_TITLES_TWICE.splitlines())).split("\n\n")
    assert blocks[-2:] == ["县图书馆新馆\n正式开放", "十二条乡村公路修通"]
    library, roads = split(RAW_TITLES_TWICE)
    assert (library.headline, roads.headline) == ("县图书馆新馆正式开放", "十二条乡村公路修通")
    assert library.body.endswith("新馆的少儿阅览室里坐满了孩子。")
    assert squeeze(roads.body).startswith("本报讯（记者李红）今年县交通局")


def test_a_title_printed_twice_keeps_its_lines_together_when_one_is_as_wide_as_a_column():
    # The title's first line is as wide as the second report's column, its rest in none: the
    # two are still one title, printed twice.
    page = RAW_TITLES_TWICE.replace(
        "县图书馆新馆\n正式开放\n县图书馆新馆\n正式开放 十二条乡村公路修通\n",
        "县图书馆新馆今天起正式向全县读者\n免费开放\n" * 2 + "十二条乡村公路修通\n",
    )
    blocks = "\n".join(broken_into_blocks(page.splitlines())).split("\n\n")
    assert blocks[-2:] == ["县图书馆新馆今天起正式向全县读者\n免费开放", "十二条乡村公路修通"]
    library, _ = split(page)
    assert library.headline == "县图书馆新馆今天起正式向全县读者免费开放"


def test_a_title_set_after_its_text_is_no_deck_with_the_next_title_under_it():
    # The first report's title comes after its text, right over the second report's wider
    # title: two titles, the upper one's words in no line of the text under them.
    page = RAW_PAGE.replace("县图书馆新馆开放\n", "").replace(
        "十二条乡村公路修通\n", "新馆开放\n十二条乡村公路修通\n"
    )
    library, roads = split(page)
    assert (library.headline, roads.headline) == ("新馆开放", "十二条乡村公路修通")
    assert (roads.kicker, roads.subtitle) == ("", "")


def test_a_question_under_a_texts_end_over_a_dash_subtitle_apart_is_a_headline():
    # The second report's headline asks, its stop no text's: the dash subtitle under it stands
    # in no column, wider than any.
    page = RAW_PAGE.replace(
        "十二条乡村公路修通\n", "乡村公路为何修得快？\n——访县交通局局长谈全县今年修路的新办法\n"
    )
    library, roads = split(page)
    assert library.body.endswith("新馆的少儿阅览室里坐满了孩子。")
    assert parts(roads) == ("", "乡村公路为何修得快？", "——访县交通局局长谈全县今年修路的新办法")


def test_a_question_ending_a_text_over_its_signature_stays_in_the_text():
    # The first report ends with a question, signed by a dash line wider than any column; the
    # line under the signature is the next report's title, not a lead: no subtitle.
    page = RAW_PAGE.replace(
        "室里坐满了孩子。\n",
        "室里坐满了孩子。\n谁不盼着这一天呢？\n——一位家住城东、每周都来借书的老读者来信\n",
    )
    library, roads = split(page)
    assert library.body.endswith("谁不盼着这一天呢？")
    assert roads.headline != "谁不盼着这一天呢？"


def test_a_kicker_on_the_topic_of_the_headed_text_above_stays_with_its_headline():
    # The first report has its headline over its start; the short line after its text shares
    # that headline's words: the kicker of the next item's headline, no title set after the
    # text above.
    page = RAW_PAGE.replace(
        "十二条乡村公路修通\n",
        "图书馆新馆\n孩子们周末有了一个读书的好去处\n每逢周六，家住城南的王大\n"
        "姐都会带着女儿来看绘本，一\n坐就是一整个上午。\n她说，过去周末孩子只能在\n"
        "家看电视，现在有了好去处。\n十二条乡村公路修通\n",
    )
    library, children, _ = split(page)
    assert library.body.endswith("新馆的少儿阅览室里坐满了孩子。")
    assert "图书馆新馆" in (children.kicker, children.headline)
    assert children.body.startswith("每逢周六")


def roads_text_opening_a_paragraph(page: str, over: str) -> str:
    """A `RAW_PAGE` page whose roads report, headline and lead, gives way to the lines `over`
    (titles, a byline, a row: what stands after the library's text) and then the report's text,
    opening with a paragraph set in, with no lead."""
    return page.replace(
        "十二条乡村公路修通\n本报讯（记者 李红）今年县交通\n局投入资金两千多万元，修通了十二条\n",
        f"{over}县交通局今年投入资金两千多万\n元，修建乡村公路，全年修通了十二条\n",
    )


def raw_page_with_a_headed_report_over_a_text_without_lead(headline: str, cut: str = "") -> str:
    """`RAW_PAGE` with a report under `headline` (over its lead) set over the library's text,
    which opens as a paragraph, with no lead, less `cut`; the library's title set
    after that text, over the roads report's headline, whose text opens with a paragraph."""
    page = RAW_PAGE.replace(
        "县图书馆新馆开放\n本报讯（记者 王平）县\n图书馆新馆昨天正式开放，新\n",
        f"{headline}\n本报讯（记者 张明）县消防\n大队昨天举行开放日活动，两百\n"
        "多名市民走进营区参观。\n图书馆新馆昨天开放，新\n",
    ).replace(cut, "")
    return roads_text_opening_a_paragraph(page, "新馆开放\n十二条乡村公路修通\n")


def test_a_headline_sharing_one_word_with_a_title_after_the_text_keeps_no_kicker():
    # The headline over the text above the title set after it shares one word pair with that
    # title (`开放`): chance, no topic in common, and the title is no kicker of the next headline.
    page = raw_page_with_a_headed_report_over_a_text_without_lead(
        "开放日活动举行",
        "馆长说，新馆还将开设讲\n座和展览，让读者在馆里看书，\n也听讲座、看展览，借书还书\n"
        "都可以在自助机上办理，不用\n排队等候。\n",
    )
    roads = split(page)[-1]
    assert (roads.headline, roads.subtitle) == ("十二条乡村公路修通", "")
    assert roads.body.startswith("县交通局今年投入资金")


def test_a_headline_further_up_than_a_decks_text_is_no_headline_of_the_text_above():
    # The headline shares the title's words, but stands over a text further up than the text
    # above the title runs from its start: another item's headline, not that text's own.
    page = raw_page_with_a_headed_report_over_a_text_without_lead("新馆开放日活动")
    roads = split(page)[-1]
    assert (roads.headline, roads.subtitle) == ("十二条乡村公路修通", "")
    assert roads.body.startswith("县交通局今年投入资金")


def test_a_title_after_a_text_whose_words_the_text_under_it_tells_is_the_next_items_kicker():
    # The two lines after the first report's text name what it tells, but the second report
    # names them too, in its first lines: one deck with the headline under them, over that text.
    page = (
        RAW_PAGE.replace("县图书馆新馆开放\n", "")
        .replace("十二条乡村公路修通\n", "图书馆新馆\n正式开放\n十二条乡村公路修通\n")
        .replace("乡村公路，总长度达到八十多公里，沿", "乡村公路，有一条通到图书馆新馆，沿")
    )
    library, roads = split(page)
    assert library.headline == ""
    assert "图书馆新馆正式开放" in roads.kicker + roads.headline
    assert "十二条乡村公路修通" in roads.headline + roads.subtitle


def test_a_title_after_a_text_over_a_byline_wider_than_it_stays_with_the_byline():
    # The two lines after the first report's text stand over a byline, wider than they: a
    # title signed heads the text under it, however many of its words the text above holds.
    page = roads_text_opening_a_paragraph(
        RAW_PAGE.replace("县图书馆新馆开放\n", ""), "图书馆新馆\n正式开放\n本报记者 王小平 李红\n"
    )
    signed = ["图书馆新馆", "正式开放", "本报记者 王小平 李红", ""]
    assert blocks_around(page, "正式开放", 1, 2) == signed


def test_a_title_after_a_text_over_a_row_of_numbers_stays_with_the_row():
    # The two lines after the first report's text stand over a row of years, wider than they,
    # with no word in it: a table under its title, no headline of another item.
    page = roads_text_opening_a_paragraph(
        RAW_PAGE.replace("县图书馆新馆开放\n", ""), "图书馆新馆\n借阅人次\n2019 2020 2021 2022\n"
    )
    table = ["图书馆新馆", "借阅人次", "2019 2020 2021 2022", ""]
    assert blocks_around(page, "借阅人次", 1, 2) == table


def test_a_kicker_sharing_few_of_its_words_with_the_text_above_is_no_title_of_that_text():
    # The two lines after the first report's text share two word pairs with it (`读者`, `新馆`),
    # but not half of theirs: the kicker of the next item's headline, no title of that text.
    page = roads_text_opening_a_paragraph(
        RAW_PAGE.replace("县图书馆新馆开放\n", ""), "读者盼来新馆\n周末书香浓\n十二条乡村公路修通\n"
    )
    library, roads = split(page)
    assert library.headline == ""
    assert "读者盼来新馆" in roads.kicker + roads.headline
    assert "十二条乡村公路修通" in roads.headline
    assert roads.body.startswith("县交通局今年投入资金")


def test_a_title_set_after_its_text_parts_from_the_next_title_over_a_paragraph():
    # The same, the second report opening with a paragraph's first line, set in, not a lead:
    # the upper title's words are the text's above it, not the text's under them.
    page = roads_text_opening_a_paragraph(
        RAW_PAGE.replace("县图书馆新馆开放\n", ""), "新馆开放\n十二条乡村公路修通\n"
    )
    library, roads = split(page)
    assert (library.headline, roads.headline) == ("新馆开放", "十二条乡村公路修通")
    assert (roads.kicker, roads.subtitle) == ("", "")
    assert roads.body.startswith("县交通局今年投入资金")


def test_a_title_under_a_sentences_end_outside_any_column_is_a_block_of_its_own():
    # A caption wider than the column, then the next article's title: no column holds either,
    # and the title begins where the caption's sentence ends.
    page = RAW_PAGE_FULL_LEAD.replace(
        "室里坐满了孩子。\n", "室里坐满了孩子。\n图为读者在新馆的少儿阅览室里看书，\n座无虚席。\n"
    )
    library, roads = split(page)
    assert library.body.endswith("座无虚席。")
    assert (roads.headline, roads.reporters) == ("十二条乡村公路修通", ("李红",))


def test_a_line_wider_than_its_column_under_a_sentences_end_is_a_title():
    # The next article's title, a character wider than the column it follows, is read into
    # that column by its width; no paragraph's first line is wider than its column.
    page = RAW_PAGE_FULL_LEAD.replace("十二条乡村公路修通\n", "全县十二条乡村公路今年修通了\n")
    library, roads = split(page)
    assert library.body.endswith("新馆的少儿阅览室里坐满了孩子。")
    assert (roads.headline, roads.reporters) == ("全县十二条乡村公路今年修通了", ("李红",))


def test_a_reports_sign_off_wrapped_to_a_line_of_its_own_ends_its_column_and_text():
    # The sign-off's bracket closes on a short line of its own: the report's column ends
    # there, and the next title is no part of it.
    page = RAW_PAGE_FULL_LEAD.replace(
        "室里坐满了孩子。\n", "室里坐满了孩子。（本报青溪\n3月4日电）\n"
    )
    library, roads = split(page)
    assert library.body.endswith("坐满了孩子。（本报青溪3月4日电）")
    assert (roads.headline, roads.reporters) == ("十二条乡村公路修通", ("李红",))


def test_a_quoted_sentence_that_fills_a_line_may_begin_a_paragraph():
    # Its opening quote set in half an em, its stop and closing quote hanging at the edge, a
    # quoted sentence of one line fills the line however it is indented: the paragraph it
    # begins goes on from the one before it, a box's label and its text after them.
    page = """\
第2版 2024年3月4日 星期一 民生

小镇上的“移动书屋”

本报记者 林平

本报讯 每个周六上午，县
图书馆的馆员们都会开着流
动车来到南山镇的集市上，
为赶集的群众送去图书和报
刊。

“大家天天盼着书车来。”
镇文化站的李站长说，过去
镇上没有书店，现在赶集也
能顺便借书还书了。

编后小记

李站长说的没错，小小的
流动书车，让镇上的群众能
顺便借书还书，愿这样的书
车开到更多镇上的集市。

县城新建三座公园

本报讯（通讯员 高原）
近日，县城新建的三座口袋公
园向市民开放。
"""
    books, parks = split(page)
    assert (books.headline, books.reporters) == ("小镇上的“移动书屋”", ("林平",))
    assert [p[:4] for p in books.body.split("\n\n")] == [
        "本报讯每",
        "“大家天",
        "编后小记",
        "李站长说",
    ]
    assert parks.headline == "县城新建三座公园"


# A sports page: a report, a table of results under its label, set in blocks of rows (a
# heading over each part), and a brief.
RESULTS_PAGE = """\
第3版 2024年4月8日 星期一 体育

县第五届农民趣味运动会闭幕

本报记者 秦川

本报讯 4月16日，为期
两天的县第五届农民运动会
在县体育场落下了帷幕。来
自全县15个乡镇（街道）的
600余名运动员参加了插秧、
挑担、拔河等9个大项的比
赛。

经过两天比拼，河口镇
代表队以总分312分获得团
体总分第一名，松林乡、杨
柳镇代表队分列第二、第三
名。

本届运动会首次增设了
挑担组和插秧组项目，吸引
了不少农户报名参加。

比赛成绩

团体总分前六名
河口镇 312分
松林乡 287分
杨柳镇 265分
青石乡 240分
桃园镇 221分
南岭街道 200分

挑担接力
第一名 王强（河口镇）
第二名 李勇（杨柳镇）
第三名 赵刚（松林乡）

插秧比赛
第一名 孙梅（青石乡）
第二名 周兰（河口镇）
第三名 吴霞（桃园镇）

县老年门球赛开赛

通讯员 方圆

本报讯 4月7日，县老年门
球赛在县老年活动中心开赛，
二十支队伍参加比赛。
"""


def test_a_reports_paragraphs_that_name_the_places_of_a_table_below_stay_in_the_report():
    # The table's rows name the places the report names: its words tell no article of its own
    # that the report's later paragraphs would be the text of.
    report = split(RESULTS_PAGE)[0]
    assert (report.headline, report.reporters) == ("县第五届农民趣味运动会闭幕", ("秦川",))
    assert [p[:4] for p in report.body.split("\n\n")][:3] == ["本报讯4", "经过两天", "本届运动"]


def test_a_tables_blocks_under_their_headings_are_one_table():
    # Each block of rows shares the places the report names as much as the table's first
    # block: the table's parts go on one another, not into the report nor alone.
    report, results, brief = split(RESULTS_PAGE)
    assert [p[:4] for p in report.body.split("\n\n")] == ["本报讯4", "经过两天", "本届运动"]
    assert results.headline == "比赛成绩"
    rows = results.body.split("\n\n")
    assert (rows[0], rows[7], rows[11], len(rows)) == ("团体总分前六名", "挑担接力", "插秧比赛", 15)
    assert (brief.headline, brief.reporters) == ("县老年门球赛开赛", ("方圆",))


# On a page read without blank lines, two titles stacked outside the columns part where a line
# is wider than the short last line of the wrapped title over it: another item's title. A
# kicker or a headline over its subtitle stays one deck with it: its words come back in the
# first lines of the text under them.
ROADS_END = ["村民说，路修好了以后，地里", "的菜当天就能运到城里去卖，", "日子越过越有奔头。"]
LIBRARY_OPENS_LATER = [
    "县图书馆从下周起每天晚",
    "上开放到九点，方便上班的读",
    "者借书还书，周末还将开设讲",
    "座和展览，欢迎市民前来。",
]


@pytest.mark.parametrize(
    ("upper", "apart"),
    [(["乡村公路修到家门口", "村民出行"], True), (["县图书馆新馆开放", "读者点赞"], False)],
    ids=["another item's title", "one deck"],
)
def test_stacked_titles_on_a_page_without_blank_lines_part_unless_one_deck(upper, apart):
    lines = [*ROADS_END, *upper, "县图书馆延长开放时间到晚上", "方便上班族", *LIBRARY_OPENS_LATER]
    blocks = broken_into_blocks(lines)
    assert (blocks[blocks.index(upper[-1]) + 1] == "") == apart


# A line that inks narrower than it prints stays in its column, as wide as the lines around it:
# * justified to the column's edge, a line of fewer characters comes with a space between each
#   two;
# * a font may set each quote mark half a character wide: a line with four of them is two
#   characters narrower than it inks.
@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("也 听 讲 座 、 看 展 览 ，", "借书还书都可以在自助机上办\n理，不用排队等候。"),
        ("也听“讲座”、看“展览”，借书", "还书都可以在自助机上办理，\n不用排队等候。"),
    ],
    ids=["spaced out to the edge", "quotes half a character wide"],
)
def test_a_line_that_inks_otherwise_than_it_prints_stays_in_its_column(line, rest):
    page = RAW_PAGE.replace(
        "也听讲座、看展览，借书还书\n都可以在自助机上办理，不用\n排队等候。", f"{line}\n{rest}"
    )
    assert blocks_around(page, line, 1, 1) == [
        "座和展览，让读者在馆里看书，",
        line,
        rest.split("\n")[0],
    ]


# The next report's title, set in as far as a paragraph's first line, right under a sentence's
# end: over a lead or a byline's name alone it is a title, not the text's last paragraph.
ROADS_UNDER_A_NAME = """\
全县乡村公路全部修通了
李红
今年县交通局投入了资金
两千多万元，修通十二条乡村
公路，总长八十多公里，沿线
村民出门再也不用走泥巴路。
交通局负责人说，明年还
将修建通往偏远山村的道路，
让每个行政村都通上硬化路，
并开通城乡公交，票价两元。
山那边的石门村过去运化
肥要绕行四十公里，如今半个
钟头就到镇上，村里的土鸡蛋
和核桃供不应求。
"""


@pytest.mark.parametrize(
    "page",
    [
        RAW_PAGE_FULL_LEAD.replace("十二条乡村公路修通\n", "全县乡村公路全部修通了\n"),
        RAW_PAGE_FULL_LEAD.split("十二条乡村公路修通")[0] + ROADS_UNDER_A_NAME,
        RAW_PAGE_FULL_LEAD.split("十二条乡村公路修通")[0]
        + ROADS_UNDER_A_NAME.replace("李红\n", "——县交通局修路纪实\n李红\n"),
    ],
    ids=["over a lead", "over a name", "over a dash subtitle"],
)
def test_a_title_set_in_under_a_sentences_end_over_a_lead_or_a_name_is_a_title(page):
    library, roads = split(page)
    assert library.body.endswith("新馆的少儿阅览室里坐满了孩子。")
    assert (roads.headline, roads.reporters) == ("全县乡村公路全部修通了", ("李红",))


def test_a_title_set_in_under_a_sentences_end_over_a_byline_is_a_title():
    # The byline names its reporter after a role: no paragraph's first line goes on into it.
    roads = ROADS_UNDER_A_NAME.replace(
        "全县乡村公路全部修通了\n李红\n", "全县十二条乡村公路修通了\n本报驻青溪县记者 李红\n"
    )
    library, roads = split(RAW_PAGE_FULL_LEAD.split("十二条乡村公路修通")[0] + roads)
    assert library.body.endswith("新馆的少儿阅览室里坐满了孩子。")
    assert (roads.headline, roads.reporters) == ("全县十二条乡村公路修通了", ("李红",))


def test_a_lead_under_a_title_set_in_under_a_sentences_end_is_a_block_of_its_own():
    # The lead stands in the column the title was set in: the title parts from it as well.
    roads = ROADS_UNDER_A_NAME.replace(
        "李红\n今年县交通局投入了资金\n两千多万元，修通十二条乡村\n公路，总长八十多公里，沿线\n"
        "村民出门再也不用走泥巴路。\n",
        "本报讯（记者 李红）今年，县\n交通局投入资金两千多万元，\n修通十二条乡村公路，总长八\n"
        "十多公里，沿线村民出门再也\n不用走泥巴路。\n",
    )
    page = RAW_PAGE_FULL_LEAD.split("十二条乡村公路修通")[0] + roads
    assert blocks_around(page, "全县乡村公路全部修通了", 1, 2) == [
        "",
        "全县乡村公路全部修通了",
        "",
        "本报讯（记者 李红）今年，县",
    ]


# A paragraph's short last line that ends no sentence stays in its column, no title set apart,
# where it leads into the next paragraph (`…时间如下：`), closes the quote the line above left
# open (`屋”`), or completes the word the line above cut (`学|习`; a list's item may end so).
@pytest.mark.parametrize(
    ("ending", "last", "joined"),
    [
        ("开放时间如\n下：", "下：", "开放时间如下："),
        ("人称“故事\n屋”", "屋”", "人称“故事屋”"),
        ("方便读者学\n习", "习", "方便读者学习"),
    ],
    ids=["colon", "closing-quote", "word-completed"],
)
def test_a_paragraphs_short_last_line_going_on_from_above_stays_in_its_column(
    ending: str, last: str, joined: str
):
    page = RAW_PAGE.replace("室和电子阅览室，每天开放十\n二个小时。", "室和电子阅览室，" + ending)
    first = "室和电子阅览室，" + ending.split("\n")[0]
    assert blocks_around(page, last, 1, 1) == [first, last, "馆长说，新馆还将开设讲"]
    assert joined in split(page)[0].body


def test_a_paragraphs_last_line_as_wide_as_the_title_under_it_stays_in_its_column():
    # The text's last line, the next report's title wrapped over two lines: three lines as wide
    # as each other, but the first goes on from the line above it and ends the paragraph there.
    page = RAW_PAGE_FULL_LEAD.replace(
        "室里坐满了孩子。\n十二条乡村公路修通\n",
        "室里坐满了孩子，门口的长椅\n上也坐满了人。\n十二条乡村公路\n今年全部修通了\n",
    )
    assert blocks_around(page, "上也坐满了人。", 1, 3) == [
        "室里坐满了孩子，门口的长椅",
        "上也坐满了人。",
        "",
        "十二条乡村公路",
        "今年全部修通了",
    ]
    library, roads = split(page)
    assert library.body.endswith("门口的长椅上也坐满了人。")
    assert (roads.headline, roads.reporters) == ("十二条乡村公路今年全部修通了", ("李红",))


def test_a_paragraphs_first_line_set_in_from_a_column_a_character_wider_opens_it():
    # Another column, a character wider, goes on right under the text's short last line: its
    # first line, too wide to open a paragraph of the narrower column, is set in from its own.
    page = RAW_PAGE_FULL_LEAD.replace(
        "室里坐满了孩子。\n",
        "室里坐满了孩子。\n新馆还设有自习室研讨室，\n供读者预约使用，每间能容纳八\n"
        "到十人，预约可以在网上办理，\n也可以在服务台现场登记，每次\n限用三个小时。\n",
    )
    assert blocks_around(page, "室里坐满了孩子。", 0, 3) == [
        "室里坐满了孩子。",
        "",
        "新馆还设有自习室研讨室，",
        "供读者预约使用，每间能容纳八",
    ]


def test_a_leads_head_cut_short_on_its_first_line_reads_on_into_its_rest():
    # A short text's last line, the next title and the lead's short head are as wide as each
    # other; the head reads on into the wider line under it, which completes the lead.
    page = RAW_PAGE.replace(
        "本报讯（记者 李红）今年县交通\n局投入资金两千多万元，修通了十二条\n",
        "本报青溪县3月4日\n电（记者 李红）今年县交通局投\n入资金两千多万元，修通了十二条\n",
    )
    assert blocks_around(page, "本报青溪县3月4日", 1, 1) == [
        "",
        "本报青溪县3月4日",
        "电（记者 李红）今年县交通局投",
    ]
    roads = split(page)[-1]
    assert roads.body.startswith("本报青溪县3月4日电（记者李红）今年县交通局投入资金")
    assert (roads.headline, roads.reporters) == ("十二条乡村公路修通", ("李红",))


def test_a_reported_by_agency_leads_head_cut_short_reads_on_into_its_rest():
    # `据新华社…` opens a lead, but the lead is whole only with its `…电`, on the line under.
    page = RAW_PAGE.replace(
        "本报讯（记者 李红）今年县交通\n局投入资金两千多万元，修通了十二条\n",
        "据新华社青溪3月4日\n电（记者 李红）今年县交通局投\n入资金两千多万元，修通了十二条\n",
    )
    roads = split(page)[-1]
    assert roads.body.startswith("据新华社青溪3月4日电（记者李红）今年县交通局投入资金")
    assert (roads.headline, roads.reporters) == ("十二条乡村公路修通", ("李红",))


def test_a_short_title_over_a_newsrooms_own_lead_is_no_head_of_it():
    # `公路修通` / `青溪讯（记者 李红）…`: the line under the title opens the lead on its own; the
    # title over it reads on into it as a newsroom's name would, but is no part of it.
    page = RAW_PAGE.replace("本报讯（记者 李红）", "青溪讯（记者 李红）")
    page = page.replace("十二条乡村公路修通\n", "公路修通\n")
    roads = split(page)[-1]
    assert (roads.headline, roads.reporters) == ("公路修通", ("李红",))
    assert roads.body.startswith("青溪讯（记者 李红）今年县交通局投入资金")


def test_a_paragraphs_last_line_over_the_columns_next_paragraph_stays_in_its_column():
    # A text's first paragraph of two lines and a short last one stands on no run of lines as
    # wide as each other: its last line ends it over the next paragraph's first line, set in
    # from the column, and the paragraph goes in that column, apart from the byline over it.
    page = RAW_PAGE.replace(
        "本报讯（记者 王平）县\n图书馆新馆昨天正式开放，新\n馆建筑面积一万二千平方米，\n"
        "藏书三十万册，设有少儿阅览\n室和电子阅览室，每天开放十\n二个小时。\n",
        "本报记者 王平\n县图书馆新馆昨天开放，\n馆里藏书三十万册，每天开放十\n二个小时。\n",
    )
    assert blocks_around(page, "二个小时。", 4, 1) == [
        "本报记者 王平",
        "",
        "县图书馆新馆昨天开放，",
        "馆里藏书三十万册，每天开放十",
        "二个小时。",
        "馆长说，新馆还将开设讲",
    ]


def test_a_title_as_wide_as_its_column_under_a_sentences_end_over_a_set_in_line_is_a_title():
    # The next report's title fills the column the text ended in; the line under it is set in,
    # as a paragraph's first line is: the title's, not the text's last paragraph.
    text = ROADS_UNDER_A_NAME.split("李红\n")[1]
    page = RAW_PAGE_FULL_LEAD.split("十二条乡村公路修通")[0] + "十二条乡村公路今年全部修通\n" + text
    assert blocks_around(page, "十二条乡村公路今年全部修通", 1, 2) == [
        "",
        "十二条乡村公路今年全部修通",
        "",
        "今年县交通局投入了资金",
    ]
    library, roads = split(page)
    assert library.body.endswith("新馆的少儿阅览室里坐满了孩子。")
    assert roads.headline == "十二条乡村公路今年全部修通"
    assert squeeze(roads.body).startswith("今年县交通局投入了资金")


def test_a_titles_short_rest_under_it_is_no_paragraphs_first_line():
    # A title wrapped over short lines, its name under it: the rest is set in from the first
    # line as a paragraph's first line would be, but holds no running text's punctuation.
    page = RAW_PAGE_FULL_LEAD.split("十二条乡村公路修通")[0] + "乡村路\n修通\n王小红\n"
    page += ROADS_UNDER_A_NAME.split("李红\n")[1]
    assert blocks_around(page, "修通", 2, 0) == ["", "乡村路", "修通"]


def test_a_title_with_marks_of_its_own_under_a_sentences_end_over_a_lead_is_a_title():
    # The title's colon is no clause of the text: it leaves none open, and the lead opens under it.
    page = RAW_PAGE_FULL_LEAD.replace("十二条乡村公路修通\n", "乡村公路：十二条修通了\n")
    library, roads = split(page)
    assert library.body.endswith("新馆的少儿阅览室里坐满了孩子。")
    assert (roads.headline, roads.reporters) == ("乡村公路：十二条修通了", ("李红",))


def test_a_dash_subtitle_over_a_paragraphs_first_line_set_in_is_a_block_of_its_own():
    # The subtitle goes on in no line of the text: the paragraph under it opens set in.
    text = ROADS_UNDER_A_NAME.split("李红\n")[1]
    page = RAW_PAGE_FULL_LEAD.split("十二条乡村公路修通")[0]
    page += "全县乡村公路全部修通了\n——记县交通局的修路工人们\n" + text
    assert blocks_around(page, "——记县交通局的修路工人们", 0, 2) == [
        "——记县交通局的修路工人们",
        "",
        "今年县交通局投入了资金",
    ]
    roads = split(page)[-1]
    assert (roads.headline, roads.subtitle) == (
        "全县乡村公路全部修通了",
        "——记县交通局的修路工人们",
    )
    assert squeeze(roads.body).startswith("今年县交通局投入了资金")


def test_a_title_with_marks_of_its_own_wider_than_its_column_under_a_sentences_end_is_a_title():
    # No paragraph's first line under the text's end prints wider than the column.
    text = ROADS_UNDER_A_NAME.split("李红\n")[1]
    page = (
        RAW_PAGE_FULL_LEAD.split("十二条乡村公路修通")[0]
        + "全县十二条乡村公路，今年修通了\n"
        + text
    )
    library, roads = split(page)
    assert library.body.endswith("新馆的少儿阅览室里坐满了孩子。")
    assert roads.headline == "全县十二条乡村公路，今年修通了"
    assert squeeze(roads.body).startswith("今年县交通局投入了资金")


@pytest.mark.parametrize(
    ("signed", "end"),
    [
        ("室里坐满了孩子。（青溪县文化\n局 王平）\n", "孩子。（青溪县文化局王平）"),
        ("室里坐满了孩子。\n（青溪县文化局图书\n馆 王平）\n", "孩子。（青溪县文化局图书馆王平）"),
    ],
    ids=["after the stop", "on a line of its own"],
)
def test_a_signature_wrapped_to_a_short_line_ends_its_text(signed, end):
    # The signature's short rest stands in no column: it goes with its head all the same, and
    # the next title is no part of the text.
    page = RAW_PAGE_FULL_LEAD.replace("室里坐满了孩子。\n", signed)
    library, roads = split(page)
    assert squeeze(library.body).endswith(end)
    assert (roads.headline, roads.reporters) == ("十二条乡村公路修通", ("李红",))


def test_a_title_with_marks_of_its_own_under_a_sentences_end_over_a_name_is_a_title():
    # Set in as far as a paragraph's first line, the title stands over its writer's name: it
    # is no line of the text above.
    page = RAW_PAGE_FULL_LEAD.split("十二条乡村公路修通")[0]
    page += ROADS_UNDER_A_NAME.replace("全县乡村公路全部修通了\n", "乡村路通了，村民都笑了\n")
    assert blocks_around(page, "乡村路通了，村民都笑了", 2, 0) == [
        "室里坐满了孩子。",
        "",
        "乡村路通了，村民都笑了",
    ]
    library = split(page)[0]
    assert library.body.endswith("新馆的少儿阅览室里坐满了孩子。")


def test_a_captions_credit_after_its_stop_ends_its_text():
    # The caption's last line ends with the photo's credit: the next title under it is no part
    # of the caption.
    page = RAW_PAGE_FULL_LEAD.replace(
        "室里坐满了孩子。\n十二条乡村公路修通\n",
        "室里坐满了孩子。\n图为小读者在少儿阅览室里看书。（李明摄）\n全县乡村公路全部修通了\n",
    )
    assert blocks_around(page, "全县乡村公路全部修通了", 2, 0) == [
        "图为小读者在少儿阅览室里看书。（李明摄）",
        "",
        "全县乡村公路全部修通了",
    ]


def test_a_wider_column_opens_under_a_paragraphs_last_line_a_character_short():
    # The text's last line ends a character short of its column's edge: short enough to end
    # its paragraph, and the line set in from the wider column under it opens that column.
    page = RAW_PAGE_FULL_LEAD.replace(
        "室里坐满了孩子。\n",
        "室里坐满了孩子，门口的长椅\n上也坐满了大人，很热闹。\n新馆还设有自习室研讨室，\n供读者预约使用，每间能容纳八\n"
        "到十人，预约可以在网上办理，\n也可以在服务台现场登记，每次\n限用三个小时。\n",
    )
    assert blocks_around(page, "上也坐满了大人，很热闹。", 0, 2) == [
        "上也坐满了大人，很热闹。",
        "",
        "新馆还设有自习室研讨室，",
    ]


def test_a_title_parts_from_its_texts_first_line_set_in_from_the_column_below():
    # The text's second line prints wider than any column (the PDF's order ran it on from
    # another's), so neither it nor the first line stands in a column of its own: the first
    # line is set in from the column the text goes on in a line further down, and opens it.
    roads = (
        "乡村路修通\n今年县交通局投入资\n金两千多万元，修通了十二条\n乡村公路，总长八十\n"
        "多公里，沿线村民出门再\n也不用走泥巴路，种出来\n的蔬菜当天就能运到城\n里卖了。\n"
    )
    page = RAW_PAGE_FULL_LEAD.split("十二条乡村公路修通")[0] + roads
    assert blocks_around(page, "乡村路修通", 1, 2) == ["", "乡村路修通", "", "今年县交通局投入资"]


def test_a_title_under_a_byline_parts_from_it():
    # A column's title and byline drawn after its text, right over the next report's title and
    # lead: the byline ends the block it closes, and the next title heads its own lead.
    page = RAW_PAGE_FULL_LEAD.replace(
        "室里坐满了孩子。\n", "室里坐满了孩子。\n书香满城\n本报记者 王平\n"
    )
    assert blocks_around(page, "本报记者 王平", 0, 2) == ["本报记者 王平", "", "十二条乡村公路修通"]
    # Two bylines over a lead: the second is no title, the two stay together.
    page = RAW_PAGE_FULL_LEAD.replace("十二条乡村公路修通\n", "本报记者 王平\n本报通讯员 李红\n")
    assert blocks_around(page, "本报记者 王平", 0, 1)[1] == "本报通讯员 李红"


# A text's last line, or a byline, wraps its last character onto a line of its own, right over
# the next report's title: the character ends the block above, and the title begins its own.
@pytest.mark.parametrize(
    ("ending", "last"),
    [
        ("室里坐满了孩子，值班的有李红\n梅\n", "室里坐满了孩子，值班的有李红"),
        ("室里坐满了孩子。\n书香满城\n本报记者 王平 李红\n梅\n", "本报记者 王平 李红"),
    ],
    ids=["column", "byline"],
)
def test_a_last_character_wrapped_alone_stays_with_the_line_above(ending, last):
    page = RAW_PAGE_FULL_LEAD.replace("室里坐满了孩子。\n", ending)
    assert blocks_around(page, last, 0, 3) == [last, "梅", "", "十二条乡村公路修通"]


def test_a_title_set_upright_is_no_last_character_wrapped_alone():
    # A character a line, four and more: a title set upright, no character of the line above.
    ending = "室里坐满了孩子，值班的有李红\n春\n到\n山\n乡\n"
    page = RAW_PAGE_FULL_LEAD.replace("室里坐满了孩子。\n", ending)
    assert blocks_around(page, "室里坐满了孩子，值班的有李红", 0, 2)[1:] == ["", "春"]


# A column goes on under a blank line with lines read as a title (a clause mark inside them, a
# dash line under them) set solid over the rest of the text: no article takes them as its
# title, and they stay in the text they open, where the sentence runs on from them.
def test_text_read_as_a_title_no_article_takes_stays_in_the_text():
    page = (
        "县城新建三座公园\n\n本报讯 县城今年新建的三座公园\n已经全部建成，园里种了樱花和\n"
        "海棠，步道也已经修好。村民们\n说，这样的好日子过得真舒心。\n开园那天，头一个来到公园的\n\n"
        "是住在城东的王大爷，他的孙\n子推着轮椅；刚进园门，大家\n就听见一阵鼓声和锣声\n"
        "———这是村里的秧歌队来给大\n家助兴，锣鼓一直敲到了中\n午。村民们都说，这是县里为\n"
        "大家办的一件实事。\n"
    )
    [article] = split(page)
    assert article.headline == "县城新建三座公园"
    assert article.body.endswith(
        "头一个来到公园的是住在城东的王大爷，他的孙子推着轮椅；刚进园门，大家就听见一阵鼓声和"
        "锣声———这是村里的秧歌队来给大家助兴，锣鼓一直敲到了中午。"
        "村民们都说，这是县里为大家办的一件实事。"
    )


# Over the piece that opens an article, a title no article took is its headline no match
# gave, not text: its lines stay out of the text, unless a clause mark inside reads as text.
@pytest.mark.parametrize(
    ("title", "kept"),
    [("县城新建三座公园", False), ("是城东的王大爷，他的孙", True)],
)
def test_a_title_over_an_articles_first_piece_opens_its_text_only_as_text(title, kept):
    group = _TitleGroup([_Unit(TITLE, [title], 0, 0)], 0)
    piece = _Piece(["县城今年新建的三座公园已经全部", "建成，欢迎市民前来游玩。"], 15.0, 1, 0)
    over = _text_under_no_headline([group], set(), [[0]], [piece], {})
    assert over == ({0: [title]} if kept else {})


# Such a line printed twice (a bold line's second print) stays in the text once.
def test_text_read_as_a_title_printed_twice_stays_in_the_text_once():
    page = (
        "县城新建三座公园\n\n本报讯 县城今年新建的三座公园\n已经全部建成，园里种了樱花和\n"
        "海棠，步道也已经修好。村民们\n说，这样的好日子过得真舒心。\n开园那天，头一个来到公园的\n\n"
        "是城东的王大爷\n是城东的王大爷\n他的孙子推着轮椅，刚进园门，\n大家就听见一阵鼓声和锣声，\n"
        "这是村里的秧歌队来给大家助兴。\n"
    )
    [article] = split(page)
    assert article.body.count("王大爷") == 1
    assert article.body.endswith(
        "头一个来到公园的是城东的王大爷他的孙子推着轮椅，刚进园门，"
        "大家就听见一阵鼓声和锣声，这是村里的秧歌队来给大家助兴。"
    )


# A report under a title none of whose words it holds, two of them another article's by chance.
PARKS_AND_LIGHTS = (
    "县城新建三座公园\n\n"
    "本报讯 县城今年新建的三座公园\n已经全部建成，园里种了樱花和\n海棠，步道也已经修好。傍晚，\n"
    "不少市民在月光照耀下散步，孩\n子们在草地上追逐嬉戏。\n\n"
    "{title}\n\n"
    "本报讯 石岭村今年装上了一百二\n十盏太阳能路灯，村道从村口一\n直亮到后坡。过去天一黑，村民\n"
    "出门要打手电，老人孩子晚上很\n少出门。如今路灯一开，村里的\n小广场热闹起来，跳舞的、下棋\n"
    "的、聊天的，一直到九点多才散。\n"
)
LIGHTS_GO_ON = (
    "  村党支部书记王建国说，装\n路灯的钱一部分来自县里的补助，\n"
    "一部分是外出务工的村民自愿捐\n的。施工那段时间，村里的党员\n和青年志愿者每天都来帮忙，挖\n"
    "坑、立杆、接线，只用了二十天\n就全部完工。\n  村民张大爷今年七十多岁，\n"
    "每天晚饭后都要到广场上走几圈。\n他说，过去走夜路心里发慌，摔\n过好几回跤，现在路上亮堂堂的，\n"
    "走起来踏实多了，身子骨也比往\n年硬朗了不少。\n  路灯亮了，村民的心也亮了。\n"
    "开小卖部的李大姐告诉记者，以\n前天黑就关门，现在晚上还能多\n卖一两个小时，一个月能多挣好\n"
    "几百元。在外打工的年轻人回村\n过年，看到家乡的变化，都说要\n把家里的老房子翻修一下，以后\n"
    "常回来住。\n  据了解，全县今年共为四十\n多个村安装了太阳能路灯，明年\n"
    "还将继续推进，让更多的村庄告\n别“摸黑”的日子。\n"
)


# A title right over a report's text heads it though two of its words are another article's
# by chance: that article's own headline matches its text better.
def test_a_title_right_over_a_report_heads_it_though_a_headed_text_shares_its_words():
    parks, lights = split(PARKS_AND_LIGHTS.format(title="月光照进山村") + LIGHTS_GO_ON)
    assert parks.headline == "县城新建三座公园"
    assert lights.headline == "月光照进山村"
    assert lights.body.startswith("本报讯石岭村今年装上了一百二十盏太阳能路灯")


# Not a dash subtitle, nor a line that leads on with a dash into what follows, nor over a text
# no longer than a caption (a box or a piece of another article): there the words decide.
@pytest.mark.parametrize(
    ("title", "rest"),
    [("——月光照进山村", LIGHTS_GO_ON), ("月光照进山村———", LIGHTS_GO_ON), ("月光照进山村", "")],
)
def test_a_title_another_text_shares_words_with_heads_no_short_text_nor_as_a_dash_line(title, rest):
    parks, lights = split(PARKS_AND_LIGHTS.format(title=title) + rest)
    assert parks.headline == "县城新建三座公园"
    assert (lights.headline, lights.subtitle) == ("", "")


# A label of a few characters (a column's or a photo's) over a report heads it by nearness
# only where no article's words match it: two of them another article's leave it a label.
def test_a_label_of_a_few_characters_another_text_shares_words_with_heads_no_report():
    parks, lights = split(PARKS_AND_LIGHTS.format(title="公园月光") + LIGHTS_GO_ON)
    assert parks.headline == "县城新建三座公园"
    assert (lights.kicker, lights.headline) == ("", "")


WELLS_HEAD = "东坡村打出三口深水井"
WELLS = (
    "本报讯 东坡村今年打出三口深\n水井，全村四百多户人家喝上了\n干净的井水。过去村里吃水要到\n"
    "两里外的山泉挑，旱季泉水一少，\n天不亮就得去排队。\n"
)


# Under another article's headline set apart from its text, with no text between, a title
# is one of a block of headlines: the text under the block may be any of theirs.
def test_a_title_under_a_headline_set_apart_from_its_text_heads_no_report_by_its_place():
    page = WELLS + "\n" + PARKS_AND_LIGHTS.format(title=WELLS_HEAD + "\n\n月光照进山村")
    wells, parks, lights = split(page + LIGHTS_GO_ON)
    assert (parks.headline, wells.headline) == ("县城新建三座公园", WELLS_HEAD)
    assert (lights.kicker, lights.headline) == ("", "")


# Over another title over the text, a title is no more the one right over it: either may be
# the headline, the other its kicker, read after it.
def test_a_title_over_another_title_over_a_report_heads_it_by_no_place():
    parks, lights = split(
        PARKS_AND_LIGHTS.format(title="月光照进山村\n\n樱花海棠映步道") + LIGHTS_GO_ON
    )
    assert parks.headline == "县城新建三座公园"
    assert (lights.kicker, lights.headline) == ("", "")


# A title signed by its own byline heads the report under it, though another article's
# headline, set apart from its text, stands over it: the byline signs the text under it.
def test_a_signed_title_under_a_headline_set_apart_heads_the_report_under_it():
    page = PARKS_AND_LIGHTS.format(title="县城新建三座公园\n\n月光照进山村\n王林") + LIGHTS_GO_ON
    parks, lights = split(page.removeprefix("县城新建三座公园\n\n"))
    assert parks.headline == "县城新建三座公园"
    assert lights.headline == "月光照进山村"
    assert lights.reporters == ("王林",)


# Over a title right over its report, a kicker naming an installment of a series, or a photo's
# title (its caption's words), leaves it the title right over the text: it heads it.
@pytest.mark.parametrize(
    ("above", "photo"),
    [
        ("新建公园·系列报道之二\n\n", None),
        ("傍晚，市民在新修的公园里赏月\n散步。\n记者 王林 摄\n\n公园赏月\n\n", "公园赏月"),
    ],
    ids=["series", "photo"],
)
def test_a_title_under_a_series_kicker_or_a_photo_title_heads_the_report_under_it(above, photo):
    articles = split(PARKS_AND_LIGHTS.format(title=above + "月光照进山村") + LIGHTS_GO_ON)
    assert articles[0].headline == "县城新建三座公园"
    assert articles[-1].headline == "月光照进山村"
    if photo:
        assert (articles[1].photo, articles[1].headline) == (True, photo)
    else:
        assert articles[-1].kicker == "新建公园·系列报道之二"


# A title set after a report, whose words another text headed already shares by chance, heads
# no report by its place: such a title heads only the text it stands right before.
LIGHTS_TITLED_AFTER = (
    PARKS_AND_LIGHTS.replace("{title}\n\n", "") + LIGHTS_GO_ON + "\n月光照进山村\n"
)


def test_a_title_after_a_report_another_text_shares_words_with_heads_no_report():
    parks, lights = split(LIGHTS_TITLED_AFTER)
    assert parks.headline == "县城新建三座公园"
    assert lights.headline == ""
    assert lights.body.startswith("本报讯石岭村今年装上了一百二十盏太阳能路灯")


# A column's label on the report's own topic over the title right over the report makes no run
# of titles: the words that match the label are the report's, so the title heads it.
LIGHTS_UNDER_A_LABEL = (
    PARKS_AND_LIGHTS.format(title="【石岭村见闻】\n\n月光照进山村") + LIGHTS_GO_ON
)


def test_a_label_the_reports_own_words_match_over_its_title_leaves_it_the_headline():
    parks, lights = split(LIGHTS_UNDER_A_LABEL)
    assert parks.headline == "县城新建三座公园"
    assert lights.headline == "月光照进山村"
    assert lights.body.startswith("本报讯石岭村今年装上了一百二十盏太阳能路灯")


# A headline that ends with a question or an exclamation, one phrase with a comma at most, at the
# top of a block over a reporter's byline and the text, is the headline the byline signs: no
# last line of the article above it.
EXCLAIMED_HEADLINE = """\
修路记

县里今年还要再修两条路，通到最远
的几个村子去。

春耕来了，农机备好了吗？
记者 王平 李红
开春以来，县农机站派出技术员到
各乡镇检修农机，已检修拖拉机三
百多台。
"""


def test_a_headline_ending_with_a_question_over_a_reporter_heads_the_text():
    roads, farming = split(EXCLAIMED_HEADLINE)
    assert roads.body == "县里今年还要再修两条路，通到最远的几个村子去。"
    assert (farming.headline, farming.reporters) == ("春耕来了，农机备好了吗？", ("王平", "李红"))
    assert farming.body.startswith("开春以来")


# But where the block above stops mid-sentence, the question at the top of the next column is
# that sentence's last words, over the next article's byline: the text above keeps it.
QUESTION_CARRIED_OVER_A_COLUMN = """\
冬天到了

入冬以来，村里组织党员干部
走访独居老人，帮他们修缮房
屋、添置棉衣。可是住得最远
的几户

老人怎么过冬呢？
记者 王平
县红十字会日前向山区学校捐
赠了一批图书和文具，惠及学
生五百多名。
"""


def test_a_question_ending_a_sentence_carried_over_a_column_stays_its_text():
    winter, gifts = split(QUESTION_CARRIED_OVER_A_COLUMN)
    assert winter.headline == "冬天到了"
    assert winter.body.endswith("可是住得最远的几户老人怎么过冬呢？")
    assert (gifts.headline, gifts.reporters) == ("", ("王平",))


# Nor where a single line stands under the byline (the next headline): the question closes
# the text above, its signature under it.
QUESTION_SIGNED_OVER_THE_NEXT_HEADLINE = """\
县城新建三座口袋公园

今年以来，县城在老旧小
区周边新建了三座口袋公园，
方便居民就近休闲。

公园里铺设了健身步道，
安装了健身器材，还种上了桂
花和香樟，傍晚时分，散步的
居民络绎不绝，十分热闹。

县住建局负责人表示，明
年还将再建五座口袋公园。

这样的好日子，谁不盼呢？
记者 王平
农机检修忙

开春以来，县农机站派出
技术员到各乡镇检修农机，已
检修拖拉机三百多台。

农机站负责人说，今年还
将开展农机手培训，确保春耕
不误农时。
"""


def test_a_question_signed_over_the_next_headline_stays_its_text():
    parks = split(QUESTION_SIGNED_OVER_THE_NEXT_HEADLINE)[0]
    assert parks.body.endswith("这样的好日子，谁不盼呢？")


# A column read without blank lines: a section's heading set solid in it is a unit of one line,
# and the links run the text above it on into the text below it, passing the heading over.
SECTION_ABOVE = ["去年春天，县里筹集资金，", "组织施工队进山修路，工期", "原定两年，提前半年完工。"]
SECTION_BELOW = ["沿线村民自发上山帮忙，", "有的送来石料，有的帮着平", "整路基，一起把路修好。"]


def _sections_around(line: str) -> tuple[list[_Piece], list[_Unit]]:
    texts = [SECTION_ABOVE, [line], SECTION_BELOW]
    units = [_Unit("text", lines, k, k) for k, lines in enumerate(texts)]
    pieces = [_Piece(lines, 12, k, k) for k, lines in enumerate(texts)]
    return pieces, units


def test_a_heading_the_links_passed_over_goes_back_between_its_sections():
    pieces, units = _sections_around("二、几点体会")
    assert _headings_between(pieces, [[0, 2], [1]], units) == [[0, 1, 2]]


def test_a_line_between_two_texts_the_links_keep_apart_joins_neither():
    pieces, units = _sections_around("二、几点体会")
    assert _headings_between(pieces, [[0], [1], [2]], units) == [[0], [1], [2]]


# A section's bare number, or a heading in words, goes back too.
@pytest.mark.parametrize("line", ["3", "几点体会"])
def test_a_bare_number_or_a_heading_in_words_goes_back_between_its_sections(line):
    pieces, units = _sections_around(line)
    assert _headings_between(pieces, [[0, 2], [1]], units) == [[0, 1, 2]]


# Not a heading: a sentence of one line, a line as wide as the column, a caption spaced out, a
# label over a picture (its colon), a chart's year or letter.
@pytest.mark.parametrize(
    "line",
    [
        "总结已经写好。",
        "施工队员在山口路段上打通隧道",
        "山 口 路 段 施 工 现 场",
        "图片新闻：",
        "2025",
        "A",
    ],
)
def test_a_line_between_two_sections_that_reads_as_no_heading_stays_apart(line):
    pieces, units = _sections_around(line)
    assert _headings_between(pieces, [[0, 2], [1]], units) == [[0, 2], [1]]


def test_two_titles_abreast_the_left_one_wrapped_under_itself_are_two_blocks():
    # Neither text repeats its title's words, but the row under the titles holds a short run
    # where the left one begins that completes the word the left one ends in: its wrapped rest,
    # which two titles abreast have and one title's two phrases do not (it wraps at its end).
    left = ["  本报讯本周末，各乡镇选派", "的三百多名选手参加拔河、", "跳绳和踢毽子等比赛。"]
    right = ["  本报讯近日，一批新书架", "和两千册儿童读物送到学校，", "孩子们午休时可以借阅。"]
    texts = [line.ljust(30) + text for line, text in zip(left, right, strict=True)]
    read = ["", *[line.strip() for line in left], "", *[line.strip() for line in right]]
    rows = ["县里举办冬季农民运动 城东小学新建图书室", "会", "", *texts]
    assert read_layout(rows) == ["县里举办冬季农民运动", "会", "", "城东小学新建图书室", *read]
    # A rest that completes the right one's last word is one title's, wrapped at its end.
    rows = ["县里举办农民运动会 城东小学新建图书", "室", "", *texts]
    assert read_layout(rows)[:3] == ["县里举办农民运动会 城东小学新建图书", "室", ""]
    # A name under the left phrase is the whole title's byline, though its surname and the
    # phrase's last character make a word (`家国` / `王平`: `国王`).
    rows = ["心系家国 情暖万家", "王平", "", *texts]
    assert read_layout(rows)[:3] == ["心系家国 情暖万家", "王平", ""]
