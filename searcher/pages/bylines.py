"""Leads, bylines, photo credits and the names, datelines and reporters read from them."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator

from .lines import _PARAGRAPH_BREAK, _squeeze, clean_spaces, line_width
from .words import _dictionary_cut, _frequency, _part_of_speech, _person_names, joins_word

_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_PLACE_DATE = r"[^\s，。：:（(]{0,10}?\s*" + _NUMBER + r"\s*月\s*" + _NUMBER + r"\s*日"
# A lead in the paper's or its newsroom's own name (`青溪讯`, `县融媒体中心讯`), before the
# byline in brackets that names a role: without one, a `…讯` opens as many sentences. Words
# before `本报讯` are no newsroom's name but a line above the lead read on into it (a headline's
# short last line: `召开` / `本报讯（记者…`).
_OWN_LEAD = r"(?:(?!本报讯)[\u4e00-\u9fff]){2,8}?讯(?=\s*[（(][^）)]{0,12}?(?:记者|通讯员))"
_LEAD = re.compile(
    r"^\s*(?:本报讯|"
    + _OWN_LEAD
    + r"|本报"
    + _PLACE_DATE
    + r"\s*[电讯]|本报记者|本报通讯员|新华社"
    + _PLACE_DATE
    + r"\s*电|据新华社|中新社"
    + _PLACE_DATE
    + r"\s*电|（?(?:记者|通讯员)[\s\u4e00-\u9fff]{2,12}?报道)"
)
_DATED_LEAD = re.compile(r"^(?:据?新华社|本报|中新社)" + _PLACE_DATE + r"\s*[电讯]")
_BYLINE = re.compile(rf"^(?:本报讯|{_OWN_LEAD})\s*[（(]([^）)]{{1,60}})[）)]")
# A newsroom set solid before a role (`县融媒体中心记者`, `市广播电视台记者`, `江南日报记者`).
_NEWSROOM = (
    r"[\u4e00-\u9fff]{0,10}?(?:融媒体中心|新闻中心|传媒中心|广播电视台|电视台|电台|日报社?"
    r"|晚报社?|报社|杂志社|通讯社)"
)
# The bodies a report or a photo is signed for: before a role (`新华社记者`), or alone
# (`新华社发`).
_AGENCY = rf"(?:本报|新华社|中新社|{_NEWSROOM})"
# What kind of reporter a role names, set solid before it: `融媒体记者` (`融媒记者`), `首席记者`,
# `特约通讯员`, `本报驻京记者`.
_QUALIFIER = r"(?:融媒体?|全媒体|首席|特派|特约|见习|实习|驻站|驻[\u4e00-\u9fff]{1,6}?)"
# A reporter's role, with its kind; a commentator signs for the paper, often without a name
# (`本报评论员`); `评论员文章` is no role and a name but the label of an editorial
# (`本报评论员文章` over its headline: 文章 reads as a name too).
_ROLES = rf"{_QUALIFIER}?(?:记者|通讯员|评论员(?!文章))|实习生"
# A signature of the paper's commentator alone, naming no one.
_COMMENTATOR = re.compile(rf"{_AGENCY}?{_QUALIFIER}?评论员(?!文章)")
_ROLE = re.compile(_ROLES)
_REPORTER_ROLE = re.compile(rf"{_AGENCY}?(?:{_ROLES})")
# `新华社杭州3月8日电（记者 王小明）`: a wire lead's reporters in brackets.
_WIRE_BYLINE = re.compile(rf"^\s*据?\S{{0,12}}?电\s*[（(]((?:{_ROLES})[^）)]{{1,40}})[）)]")
# A signature in brackets that ends a report and names its reporters after a role
# (`…。（记者 吴海燕）`, `（本报记者 王平 通讯员 李红）`). Without a role the brackets hold a
# source or a sign-off as often as names (`（据新华社电）`); a photo's credit (`（记者
# 王平 摄）`, `（本报记者王平摄影报道）`) names who took the photo, not who wrote the text.
_SIGNED_END = re.compile(
    rf"[（(]\s*((?:{_AGENCY}?(?:{_ROLES}))[^（()）。：:]{{1,40}}?)(?<!摄)(?<!摄影报道)\s*[）)]\s*$"
)
# Names alone in brackets closing the text's last line after its stop, set apart by spaces as a
# byline sets them (`…受到欢迎。（王平 李红）`), where the writer works maybe before them
# (`（县农业农村局 李红）`): the writers who sign a brief. Set solid (`（王平）`, `（王平李红）`)
# or on a line of their own, the brackets sign no more surely than they hold a source or a
# note of the text's own.
_NAMES_APART_SIGNED_END = re.compile(
    r"(?<=[。！？!?…”’])[ \t]*[（(]\s*"
    r"([\u4e00-\u9fff·]{2,14}(?:\s+[\u4e00-\u9fff·]{2,6})+)\s*[）)]\s*$"
)
# A lead's byline set apart by spaces, without brackets: `本报讯 记者 王平 通讯员 李红 近日，…`.
# The names end at the space before the text.
_NAMES_SET_APART = (
    rf"(?:{_AGENCY}?(?:{_ROLES})\s*[\u4e00-\u9fff·]{{1,9}}(?:\s+[\u4e00-\u9fff·]{{1,9}})*\s+)+"
)
_SPACED_BYLINE = re.compile(
    rf"^\s*(?:本报讯|本报{_PLACE_DATE}\s*[电讯])\s*({_NAMES_SET_APART})(?=[^\s（(])"
)
# The names after a role in a reported-by lead, one or a list (`记者王平、李红报道`).
_REPORTED_BY = re.compile(
    rf"(?:{_ROLES})\s*((?:[\u4e00-\u9fff]{{2,4}}?、)*[\u4e00-\u9fff]{{2,4}}?)\s*(?:报道|摄影报道)"
)
# A name after a role, before a list's comma, `报道` or the next role (`记者王平通讯员李红报道`,
# read up to the last role: the end of the text read stands for it).
_ROLE_NAME = re.compile(
    rf"(?:{_ROLES})\s*([\u4e00-\u9fff]{{2,4}}?)\s*"
    rf"(?=[、，,]|报道|摄影报道|{_AGENCY}?(?:{_ROLES})|$)"
)
# The commonest Chinese surnames, commonest first: a byline or credit is made of names that
# start with one.
_SURNAME_ORDER = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
    "蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全"
    "佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪诸郁丰支"
)
_SURNAMES = frozenset(_SURNAME_ORDER)
_COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
)
# A writer's tag before the names, for the text or for text and pictures (`文/王平`, `撰文 王平`,
# `文/图 王平`, `作者：王平`), and the pictures' after the text's (`文/王平 图/李红`) or before
# them (`图｜李红 文｜王平`). A bar sets a tag apart as a slash does (`文｜王平`). An oral
# history names who told it and who wrote it down (`口述 王平 整理 李红`).
_WRITER = (
    r"(?:文\s*[/／·、｜|]\s*图|图\s*[/／·、｜|]\s*文|撰文|撰稿|执笔|文字"
    r"|(?:作者|口述|整理)(?=[\s:：]))\s*[/／:：｜|]?"
    r"|文\s*[/／:：｜|]|图\s*[/／:：｜|](?=.*文\s*[/／:：｜|])"
)
# A tag for the pictures before the names (`图/王平`, `图｜李红 文｜王平`).
_PICTURES = r"图\s*[/／:：｜|]"
_PICTURES_AFTER = rf"(?<=[\u4e00-\u9fff\s]){_PICTURES}"
# What the reporters did, after their names: `本报记者 王平 报道`, `王平 文/图`, `记者 王平 李红
# 采写`, `王平/文`. It is no name. A word set solid after a name is read so only after a role
# (`记者王平报道`): without one it may as well end a headline (`聚焦报道`).
_DEED = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:(\s*)(?:摄影报道|报道|采写|整理|编译|文\s*[/／]\s*图|图\s*[/／]\s*文)"
    r"|(\s*[/／]\s*)(?:文|图|文图|图文))$"
)
# What one of several writers did, after the name (`王平/文 李红/图`): no name.
_PART_DONE = re.compile(r"\s*[/／]\s*(?:文图|图文|文|图)(?=[\s、，,]|$)")
_ROLE_PREFIX = re.compile(rf"^{_AGENCY}?(?:{_ROLES}|摄影)\s*|^(?:{_WRITER})\s*")
# What sets names apart in a byline: roles (a photographer's too: `记者 王平 摄影 李红`),
# writers' tags.
_NAMES_APART = re.compile(
    rf"{_AGENCY}?(?:{_ROLES})|{_AGENCY}?摄影(?:记者)?\s*[/／:：｜|]?|{_WRITER}|{_PICTURES_AFTER}"
)
# Ornaments a byline may start with (`■本报记者 王平`).
_ORNAMENTS = "■□●○◆◇▲△★☆▶▷►◎※"
_DATELINE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# A name written in parts with a middle dot (`阿依古丽·买买提`, `马克·吐温`).
_DOTTED_NAME = r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6}){1,2}"
# A name: two to six characters, or one written in parts.
_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,6}}|{_DOTTED_NAME}")
# The last word of a body's name, by what it is (`县文化馆`, `县疾控中心`).
_BODY_WORD = r"[馆局院所站社部委办厅队校园司]|中心|协会|学会"

# --- Photo credits ---

_HAN = "\u4e00-\u9fff"
# A photographer's role (`记者`, `新华社记者`, `特约摄影`); each name may have its own.
_PHOTO_ROLE = rf"{_AGENCY}?(?:摄影记者|{_ROLES}|特约摄影|摄影)"
# The names of a credit: up to four runs of two to six characters (a name, or names set
# solid), apart or set solid after a role: `王平`, `记者 王平 李明`, `记者王平、通讯员李红`.
_SIGNER = rf"(?:{_PHOTO_ROLE}\s*)?[{_HAN}·]{{2,6}}"
_SIGNERS = rf"{_SIGNER}(?:(?:\s*[、，,]\s*|\s+){_SIGNER}){{0,3}}"
# What the photographer did, after the names: `摄`, `摄影`, `摄影报道`, `/摄`.
_SHOT = r"(?:[/／]\s*)?摄(?:影(?:报道)?)?"
# Who gave a photo: names, or a body that holds it (`县文化馆`, `市档案局`), named by what it is.
_BODY = rf"(?:{_BODY_WORD})"
# The people a report was about (`受访者`, the interviewee) give photos as often, naming nobody.
_INTERVIEWEE = r"受访(?:者|单位|人)"
_SOURCE = rf"(?:[{_HAN}]{{1,14}}?{_BODY}|{_INTERVIEWEE})"
# The forms of a credit without its brackets. Each holds its people in a group of its own,
# read by `_credit_reading`: `shot`, `wired` and `wired_aside` the names that took the photo,
# `by` names only, `given` and `source` names or a body that gave the photo (naming nobody).
_CREDIT_FORMS = "|".join(
    (
        # `记者 王平 摄`, `新华社记者 王平 李明 摄影`, `王平/摄`, `本报记者 王平 摄影报道`
        rf"(?P<shot>{_SIGNERS})\s*{_SHOT}",
        # `图/王平`, `摄影：本报记者 王平`: the names after what they made
        rf"(?:图片|图|摄影)\s*[/／:：｜|]\s*(?P<by>{_SIGNERS})",
        # `通讯员 李红 供图`, `县文化馆供图`, `图片由县文化馆提供`: a photo given
        rf"(?P<given>{_SIGNERS}|{_SOURCE})\s*供图",
        rf"(?:本版)?(?:图片|照片)由(?P<source>{_SOURCE})提供",
        # `新华社发`, `新华社发 王平 摄`, `新华社发（王平 摄）`: a wire photo
        rf"(?:新华社|中新社)发(?:\s*(?P<wired>{_SIGNERS})\s*{_SHOT}"
        rf"|\s*[（(]\s*(?P<wired_aside>{_SIGNERS})\s*{_SHOT}\s*[）)])?",
        # `资料图片`, `本报资料照片`: a photo from the archive, naming nobody
        rf"{_AGENCY}?资料(?:图片|照片|图)",
        # `网络图片`, `图片来源：网络`: a photo from the web, naming nobody
        r"网络(?:图片|照片)|图片来源(?:于|\s*[：:]\s*)网络",
    )
)
_BARE_CREDIT = re.compile(rf"(?:{_CREDIT_FORMS})\s*")
# A credit in brackets: `（本报记者王平摄）`, `（新华社发）`, `（资料图片）`.
_BRACKETED_CREDIT = re.compile(rf"[（(]\s*(?:{_CREDIT_FORMS})\s*[）)]\s*")
# A credit follows a sentence's end, a closing bracket or a space (`…第三届。 记者 王平 摄`):
# what may come right before it; and how far from the end of a text it may begin.
_BEFORE_CREDIT = "。！？!?…”’』」）)》"
_CREDIT_REACH = 60


def _opens_lead(lines: list[str], k: int) -> bool:
    """Does line `k` open a lead (`本报讯`, `新华社北京1月1日电`), read with the line after it
    and without spaces, as a lead wraps (`本报呼伦贝` / `尔3月5日电`) or is letter-spaced
    (`新 华 社 北 京`)?"""
    return bool(_LEAD.match(_lead_head(lines, k)))


def _lead_head(lines: list[str], k: int) -> str:
    """Line `k` read on into the next without spaces: where a lead is read, as it wraps and as
    it is letter-spaced."""
    return "".join(_squeeze(line) for line in lines[k : k + 2])


def clean_paragraph(text: str) -> str:
    """Clean a paragraph's spaces, keeping those that separate names in a byline."""
    match = _BYLINE.match(text)
    if not match:
        return clean_spaces(text)
    inner = re.sub(r"\s+", " ", match.group(1)).strip()
    byline = text[: match.start(1)].replace(" ", "") + inner + text[match.end(1) : match.end()]
    return byline + clean_spaces(text[match.end() :])


def _is_byline(line: str, page_text: str) -> bool:
    return is_byline(line) and _is_name(line, page_text)


def _is_pen_name(line: str, before: str, page_text: str) -> bool:
    """A short name under a headline that ends on the line above (`山间的晨雾` / `晓岚`): two
    or three characters, at least two fewer than that line's, that the page prints nowhere
    else and that hold no dictionary word, nor end one begun on the line above. The surname
    need not be a common one (a pen name); the last characters of a headline broken over two
    lines are words (`边疆哨所` / `探秘`)."""
    return (
        _reads_as_pen_name(line, page_text)
        and line_width(before) >= line_width(line) + 2
        and not joins_word(before, _squeeze(line))
    )


def _reads_as_pen_name(line: str, page_text: str) -> bool:
    """Two or three characters that the page prints nowhere else and that hold no dictionary
    word (`晓岚`), or are a name the dictionary knows (`_known_name`): a name, though its
    surname need not be a common one; never one with a structural or a mood particle in it
    (`的虎`, `了吗`: a wrapped title's rest), which no name holds, though pen names and surnames
    carry `了`, `那` or a pronoun (`了凡`, `那英`, `他山`). An ornament may open the line
    (`□ 晓岚`): a commentary's pen name is often so set apart from its headline; so set apart, a
    common surname and its given name are a name even where the given name is a word
    (`□ 李秋雨`, `■ 王平`)."""
    name = _squeeze(line).lstrip(_ORNAMENTS)
    marked = name != _squeeze(line)
    return (
        bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name))
        and not any(c in _NO_PEN_NAME for c in name)
        and _unbroken(page_text).count(name) == 1
        and (
            all(len(word) == 1 for word in _dictionary_cut()(name))
            or _known_name(name)
            or (marked and split_names(name) == [name])
        )
    )


# How often general text may use a word the dictionary tags as a person's name for it to be read
# as one: the dictionary tags many common words so (`阳光` 3451, `黎明` 670, `金秋` 178,
# `望远镜` 664, `太和殿` 1100), which a headline may end with; writers' names are rare words
# (`萧红` 12, `冼星海` 26).
_NAME_WORD_FREQUENCY = 50


def _known_name(name: str) -> bool:
    """Is `name` a word the dictionary tags as a person's name, read as a surname and a given
    name: its first character begins names too (`萧`, of `萧乾`), or what follows that
    character is no word (`果永毅`)? The dictionary tags some phrases as names as well, a
    verb or a word before a word (`探秘`, `迎新年`), and many common words (`阳光`, `黎明`),
    which a headline may end with: it is a name only where general text rarely uses it
    (`_NAME_WORD_FREQUENCY`)."""
    names = _person_names()
    if name not in names or _frequency(name) >= _NAME_WORD_FREQUENCY:
        return False
    return name[0] in names or not _frequency(name[1:])


@functools.lru_cache(maxsize=2)
def _unbroken(page_text: str) -> str:
    """The page text without its line breaks (a name may run over two lines), made once a page
    for all the lines that ask."""
    return page_text.replace("\n", "")


def _is_name(line: str, page_text: str) -> bool:
    """A short line of names (`周立新`, `记者 姚雪 刘王超`) that the text never mentions, but on
    lines of its own (one writer may sign two articles)."""
    if re.search(r"记者|通讯员", line):
        return True
    # (Lines of the page text are kept apart by line breaks: a name may sign more than one
    # article, each time on a line of its own.)
    name = _squeeze(line)
    mentions = _unbroken(page_text).count(name)
    return mentions <= max(1, page_text.count(f"\n{name}\n"))


def _dateline(body: str, issue_date: str | None, photo: bool) -> str:
    """The date the lead gives (`本报讯（…）2020年 12月 30日下午`, `本报杭州3月5日电`).

    A photo caption's first sentence stands for its lead. Returns YYYY-MM-DD or ''.
    """
    lead = _LEAD.match(body)
    if lead:
        byline = _BYLINE.match(body)
        head = body[: max(lead.end(), byline.end() if byline else 0) + 16]
    elif photo:
        head = body[:40]
    else:
        return ""
    match = _DATELINE.search(head)
    if not match:
        return ""
    month, day = int(match[2]), int(match[3])
    if match[1]:
        year = int(match[1])
    elif issue_date:
        year = int(issue_date[:4])
        if month > int(issue_date[5:7]):
            year -= 1
    else:
        return ""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


# Writers' tags read set solid with the names (`作者王平`, `口述王平整理李红`): a byline read
# without its spaces still names people only after them.
_SOLID_TAGS = re.compile(
    r"^(?:作者|口述)(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])整理(?=[\u4e00-\u9fff])"
)


def _names(text: str) -> list[str]:
    """The names of a byline: apart at its roles and writers' tags, what each did after its
    name (`王平/文 李红/图`) left out, as is a colon after a role (`记者：王平`). The byline
    may come read without its spaces (`作者王平`, `口述王平整理李红`): its tags are still
    tags. Where the writer works, before the names (`县委宣传部 王平`), names no one."""
    stacked = stacked_byline(text) or _reader_names(text, apart=False)
    if stacked:
        return stacked
    workplace = _WORKPLACE.match(text.strip())
    if workplace and _is_workplace(workplace[1]):
        text = text.strip()[workplace.end() :]  # (`县委宣传部 王平 李红`: no name of theirs)
    else:
        signed = _names_at_workplace(_squeeze(text))
        if signed:
            return signed  # (`县委宣传部王平李红`)
    text = _SOLID_TAGS.sub(" ", text.strip().lstrip(_ORNAMENTS))
    inner = _NAMES_APART.sub(" ", _DEED.sub("", text))
    inner = _PART_DONE.sub(" ", inner).replace("：", " ").replace(":", " ")
    names: list[str] = []
    for token in _name_runs(inner):
        if len(token) > 2 and token.endswith("等") and split_names(token[:-1]):
            token = token[:-1]  # (`记者 王平等`: 等 closes a list of names, "and others")
        if _NAME.fullmatch(token):
            names.extend(split_names(token) or [token])
    return names


def _names_at_workplace(text: str) -> list[str] | None:
    """The names of a byline read without its spaces after where its writer works
    (`县委宣传部王平李红`: `王平`, `李红`); None where no workplace opens it, the rest all names."""
    for end in range(2, len(text) - 1):
        head = text[:end]
        if _WORKPLACE_RUN.fullmatch(head) and _is_workplace(head):
            names = split_names(text[end:])
            if names:
                return names
    return None


def _name_runs(text: str) -> list[str]:
    """The runs of a list of names, apart at spaces and commas; a two-character name spaced out
    to the width of three (`王 平`, as bylines align names) is one run, where two characters
    alone in a row read as a name together."""
    runs = [run for run in re.split(r"[\s、，,]+", text) if run]
    out: list[str] = []
    k = 0
    while k < len(runs):
        pair = "".join(runs[k : k + 2])
        if len(runs[k]) == 1 and len(pair) == 2 and split_names(pair):
            out.append(pair)
            k += 2
        else:
            out.append(runs[k])
            k += 1
    return out


# Characters that make no given name: particles and pronouns (`等着你` is a phrase, no 等 着你).
_NO_GIVEN = frozenset("的了着过们吗呢吧啊么你我他她它这那")
# What no pen name holds: the particles and suffixes no given name holds (`的`, `着`, `们`, the
# ones that end a question or an exclamation), but not `了`, `过`, `么`, `那` and the pronouns:
# pen names carry them (`了凡`, `他山`), and `那` is a surname.
_NO_PEN_NAME = _NO_GIVEN - frozenset("了过么你我他她它这那")


def split_names(text: str) -> list[str] | None:
    """`王晓东李思远` → `['王晓东', '李思远']`: the text read as one to three personal names.

    Each name is a common surname and one or two given characters, none of them a particle or
    a pronoun. Returns None when the text cannot be read so (`到五千万`, `力度`, `等着你`). Of
    several readings, the one with the fewest names; then the one whose later names start with
    the commoner surnames (`李红徐文杰` is `李红` and `徐文杰`: 徐 heads far more names than
    文); then names of three first.
    """
    text = re.sub(r"\s+", "", text)

    def readings(rest: str, left: int) -> Iterator[list[str]]:
        if not rest:
            yield []
            return
        if not left:
            return
        surname = 2 if rest.startswith(_COMPOUND_SURNAMES) else 1
        if surname == 1 and rest[0] not in _SURNAMES:
            return
        for given in (2, 1):
            size = surname + given
            if (
                len(rest) >= size
                and all("\u4e00" <= c <= "\u9fff" for c in rest[:size])
                and not any(c in _NO_GIVEN for c in rest[surname:size])
            ):
                for tail in readings(rest[size:], left - 1):
                    yield [rest[:size], *tail]

    found = list(readings(text, 3)) if 2 <= len(text) <= 12 else []
    if not found:
        return None
    names = min(found, key=lambda names: (len(names), sum(map(_surname_rank, names[1:]))))
    if len(names) > 1 and _word_across(text, names):
        return None  # `文明风景线` is no `文明风` and `景线`: a word of three runs across them
    return names


# The shortest dictionary word across a boundary of names that shows the text is no names:
# among characters read alone, a word of three (`文明风` / `景线`); in a text read wholly as
# words, a word of two (`华夏`).
_WORD_ACROSS = 3
_PHRASE_WORD = 2


def _surname_rank(name: str) -> int:
    """How common the surname a name starts with is: 0 for the commonest."""
    rank = _SURNAME_ORDER.find(name[0])
    return rank if rank >= 0 else len(_SURNAME_ORDER)


def _word_across(text: str, names: list[str]) -> bool:
    """Does a dictionary word of three characters or more run across a boundary of names, or
    one of two where the dictionary reads the whole text as words of two characters or more
    (`高举华夏旗帜` is a phrase, no `高举华` and `夏旗帜`)? Names set solid leave characters
    the dictionary reads alone (`李红徐文杰`)."""
    bounds = set(itertools.accumulate(len(n) for n in names[:-1]))
    words = _dictionary_cut()(text)
    shortest = _WORD_ACROSS if any(len(word) == 1 for word in words) else _PHRASE_WORD
    position = 0
    for word in words:
        end = position + len(word)
        if len(word) >= shortest and any(position < b < end for b in bounds):
            return True
        position = end
    return False


_AGENCY_END = ("社", "报", "台", "网", "站", "刊")


def stacked_byline(line: str) -> list[str] | None:
    """The reporters of a byline naming several agencies, each with its role and names:
    `县报记者王小明省报记者李华张强` → `['王小明', '李华', '张强']`.

    Returns None for anything else.
    """
    chunks = _ROLE.split(re.sub(r"\s+", "", line))
    if len(chunks) < 3 or len(chunks[0]) > 8 or (chunks[0] and not chunks[0].endswith(_AGENCY_END)):
        return None
    names: list[str] = []
    for k, chunk in enumerate(chunks[1:], 1):
        if k == len(chunks) - 1:
            readings = [split_names(chunk)]
        else:  # names, then the next agency (`王小明省报`, `王平本报`)
            readings = [
                split_names(chunk[:cut])
                for cut in range(2, len(chunk) - 1)
                if chunk.endswith(_AGENCY_END)
            ]
        found = [r for r in readings if r]
        if not found:
            return None
        # Fewest names, then most of the usual three letters.
        names.extend(min(found, key=lambda r: (len(r), -sum(len(n) == 3 for n in r))))
    return names


# A writer's line: tags and names (`文/王平 图/李红`).
_WRITER_LINE = re.compile(rf"^(?:{_WRITER})")
_AFTER_ROLE = " \t/／:：｜|"  # what sets a role or a writer's tag apart from the names after it


# Where a writer works, at the head of the byline (`县人民医院急诊科 王平`): a body named by
# what it is.
_WORKPLACE_RUN = re.compile(r"[\u4e00-\u9fff]{1,14}?(?:" + _BODY_WORD + r"|科)")
_WORKPLACE = re.compile(rf"^({_WORKPLACE_RUN.pattern})\s+")  # set apart from the names


# A reader who signs a letter, where they live set apart before the role: `城关镇 读者 刘桂兰`,
# `读者 刘桂兰`. Set apart from the names, `读者` is a role; set solid it is a word of the text
# (`读者来信`, `方便读者借阅`). A line read as a byline so may come without its spaces.
_READER_FORM = r"^(?:[\u4e00-\u9fff]{{2,12}}?{gap})?读者{gap}(?=[\u4e00-\u9fff])"
_READER = re.compile(_READER_FORM.format(gap=r"\s+"))
_READER_SOLID = re.compile(_READER_FORM.format(gap=r"\s*"))


def _reader_names(line: str, apart: bool = True) -> list[str] | None:
    """The names of a reader's signature (`城关镇 读者 刘桂兰` → `['刘桂兰']`); None where the
    line is none: the role (set apart, unless `apart` is False: a line already read as a
    byline), then names alone, none a word general text uses often."""
    reader = (_READER if apart else _READER_SOLID).match(line.strip())
    return _names_of_runs(line.strip()[reader.end() :].split()) if reader else None


def _names_of_runs(runs: list[str]) -> list[str] | None:
    """The names of runs set apart that each read as names (`王平 李红`, `王平李红`), none a word
    general text uses often; None where there is no run or one reads otherwise."""
    named = [split_names(run) for run in runs]
    if not named or not all(named):
        return None
    names = [n for ns in named if ns for n in ns]
    return names if all(_may_name(n) for n in names) else None


def _is_workplace(run: str) -> bool:
    """Is a run that ends as a body's name (`县人民医院急诊科`, `县疾控中心`) where a writer works?
    Not a name that ends so (`王科`, `张园`), nor a role (`本报记者`): a byline's own words."""
    return split_names(run) is None and not _ROLE.search(run)


def is_byline(line: str) -> bool:
    """A line that is only names, with or without a role: `本报记者 周立新`, `王晓东李思远`,
    `县报记者王小明省报记者李华张强`, and what they did (`王平 文/图`); or the paper's
    commentator, naming no one (`本报评论员`). Where the writer works may stand before it, set
    apart (`县人民医院急诊科 王平`): then its names must read as names, none a word general text
    uses often (`县交警大队 严查` is a title's words)."""
    line = line.strip()
    if _reader_names(line):
        return True
    workplace = _WORKPLACE.match(line)
    if workplace and _is_workplace(workplace[1]):
        runs = line[workplace.end() :].split()
        named = [split_names(run) for run in runs]
        return bool(runs) and all(named) and all(_may_name(n) for ns in named for n in ns)
    bare = line.lstrip(_ORNAMENTS).lstrip()
    if bare != line and not (_ROLE.search(bare) or _WRITER_LINE.match(bare)):
        return False  # an ornament opens a byline that names a role; else a list's item (`● 王平`)
    deed = _DEED.search(bare)
    if deed and (deed[1] or deed[2] or _ROLE.search(bare)):
        bare = bare[: deed.start()]
    line = bare
    if stacked_byline(line) or _COMMENTATOR.fullmatch(line):
        return True
    writer = _WRITER_LINE.match(line)
    role = writer or _ROLE_PREFIX.match(line)
    rest = _NAMES_APART.sub(" ", line) if writer else _ROLE_PREFIX.sub("", line)
    # Characters spaced out make a name spaced to three widths after a role (`记者 王 平`); with
    # none, they are a headline letter-spaced (`简 讯`, `高 考`).
    tokens = _name_runs(rest) if rest != line else rest.split()
    if not tokens or re.search(r"[^\u4e00-\u9fff·\s]", rest):
        return False
    # Runs that read as no names are names still where their role is set apart from them
    # (`记者 亓官平`) or written in parts (`记者阿依古丽·买买提`); else the role set solid opens a
    # headline (`首席记者走基层`, `文字里的乡愁`).
    apart = role is not None and role.group()[-1] in _AFTER_ROLE
    if role is None and any(_part_of_speech(token) == _VERB for token in tokens):
        return False  # a verb the dictionary knows is no name alone (`严惩`: a title's last word)
    if role is not None and not apart and not all(map(_solid_names, tokens)):
        return False  # (`记者于今日凌晨`: a sentence's words after the role)
    return all(split_names(token) for token in tokens) or (
        rest != line
        and all(_NAME.fullmatch(t) and (apart or "·" in t) for t in tokens)
        and all(_may_name(t) for t in _name_runs(_NAMES_APART.sub(" ", rest)))
    )


# The part of speech jieba's dictionary tags a verb with.
_VERB = "v"


def _solid_names(run: str) -> bool:
    """May a run set solid after a role be names: none of the names it reads as a word general
    text uses often (`记者王平李红`, not `记者于今日凌晨`: `凌晨` is a word of the sentence the
    role opens)? A run that reads as no common names (`记者阿依古丽·买买提`) is left to the
    other tests of a byline."""
    names = split_names(run)
    return names is None or all(_may_name(name) for name in names)


def _may_name(run: str) -> bool:
    """May a run that reads as no common surname and given name still name someone after a
    role (`记者 亓官平`)? Not where it holds a particle or a pronoun (`作者：是的`, `记者：我们`),
    nor where it is a word general text uses often that the dictionary does not tag as a
    person's name (`作者：本人`): what follows the role is then a sentence's words."""
    if any(c in _NO_GIVEN for c in run):
        return False
    return run in _person_names() or _frequency(run) < _NAME_WORD_FREQUENCY


def _commentator(line: str) -> bool:
    """Is the byline the paper's commentator's alone (`本报评论员`)? It names no reporter, and
    stays in the text it signs."""
    return bool(_COMMENTATOR.fullmatch(_squeeze(line).lstrip(_ORNAMENTS)))


def _byline_wraps(line: str, following: str) -> bool:
    """Does a byline that names a role run on from `line` into `following`, the rest of its
    last name or the names after it (`本报记者 王平 李` / `晓东`, `新华社记者 王平` / `李晓东`)?
    The last name of `line` and `following` read as names together, and `following` names
    no role of its own."""
    tokens = line.split()
    if not _ROLE.search(line) or _ROLE.search(following) or not tokens:
        return False
    last = _ROLE_PREFIX.sub("", tokens[-1])  # `记者王平` set solid: `王平`
    joined = last + _squeeze(following)
    return is_byline(line + following) and split_names(joined) is not None


def _is_credit(line: str) -> bool:
    """Is the line a photo credit and nothing else (`记者 王平 摄`, `新华社发`, `资料图片`)?"""
    return _credit_reading(line.strip(), bracketed=False) is not None


# A line that opens with the pictures' tag: a credit, or a byline that names the photographer
# first.
_PICTURES_TAG = re.compile(_PICTURES)


def _tagged_credit(line: str) -> bool:
    """Is the line a photo credit that names its people after a tag for the pictures, as a
    byline names its writers (`图｜王平`)? Such a credit may stand over its caption as a byline
    does, not only under it."""
    return _pictures_first(line) and _is_credit(line)


def _pictures_first(byline: str) -> bool:
    """Does the byline name the photographer first, after a tag (`图｜李红 文｜王平`)?"""
    return _PICTURES_TAG.match(byline.strip()) is not None


def _credit_start(text: str, bracketed: bool = False) -> int | None:
    """Where the photo credit that ends `text` begins, or None.

    A credit begins the text or follows a sentence's end, a closing bracket or a space (a
    caption's last words are no names: `…在雪中嬉戏 王平 摄` credits 王平); of the places it
    may begin, the first from which the rest reads as a credit. `bracketed`: a credit in
    brackets (`…不亦乐乎。（本报记者王平摄）`), else one without.
    """
    text = text.rstrip()
    for start in range(max(0, len(text) - _CREDIT_REACH), len(text)):
        before = text[start - 1] if start else ""
        if text[start].isspace() or (
            before and not before.isspace() and before not in _BEFORE_CREDIT
        ):
            continue
        if _credit_reading(text[start:], bracketed) is not None:
            return start
    return None


def _credit_names(credit: str) -> list[str]:
    """The people a photo credit names: `（新华社记者 王平 摄）` → 王平; `新华社发` and
    `资料图片` name nobody, nor does `县文化馆供图`."""
    credit = credit.strip()
    names = _credit_reading(credit, bracketed=True)
    if names is None:
        names = _credit_reading(credit, bracketed=False)
    return names or []


def _credit_reading(text: str, bracketed: bool) -> list[str] | None:
    """The names of a photo credit that is the whole of `text`, or None where it is none.

    After a role any short run is a name (`记者 廖洋杰 摄`), as is the one run before a bare
    `摄` (`洋杰 摄`, the end of a wrapped credit); other runs are names where they read as
    names (`split_names`), else a body that gave the photo (`县文化馆供图`) or a word that is
    no name (`新华社 王平 摄`). A credit for a photo taken names someone (`风光摄影` is a
    heading), and names after what they made (`图/王平`) must all read as names: `图：县城新貌`
    is a caption's opening, no credit.
    """
    match = (_BRACKETED_CREDIT if bracketed else _BARE_CREDIT).fullmatch(text)
    if not match:
        return None
    solid = _SOLID_PHOTOGRAPHY.search(text)
    names: list[str] = []
    for group in (*_TAKEN, "by", "given", "source"):
        if not match[group]:
            continue
        tokens = _signer_tokens(match[group])
        taken = group in _TAKEN
        alone = len(tokens) == 1 and taken and text.rstrip("）) ").endswith("摄")
        found = [_token_names(token, after_role or alone) for token, after_role in tokens]
        if (group == "by" and not all(found)) or (taken and not any(found)):
            return None
        if group == "given" and not all(found) and not re.search(f"{_SOURCE}$", match[group]):
            return None  # (`踊跃供图`: who gave it must be named, or a body)
        if group == "shot" and solid and not re.search(_PHOTO_ROLE, text[: solid.start() + 1]):
            return None  # (`金秋摄影`: a heading as well as a name)
        names.extend(name for read in found for name in read)
    return names


_TAKEN = ("shot", "wired", "wired_aside")  # the groups of names that took the photo
# Runs of a credit that name no one: an agency (`新华社`, `新华社发`), the archive (`资料`), a
# body (`县文化馆`), the interviewee (`受访者`).
_NO_ONE = re.compile(rf"{_AGENCY}发?|资料|[{_HAN}]{{2,}}{_BODY}|{_INTERVIEWEE}")
# A name set solid before `摄影` without a role (`王平摄影`): as likely a heading (`金秋摄影`).
_SOLID_PHOTOGRAPHY = re.compile(rf"[{_HAN}]摄影(?:报道)?[\s）)]*$")
_LONGEST_NAME = 4  # a run taken as a name without reading as one: a surname and a given name


def _token_names(token: str, taken: bool) -> list[str]:
    """The names a run of a credit holds: those it reads as (`王平李明`), else the run itself
    where it is `taken` as a name by its place, if it is as short as a name; an agency or the
    archive names nobody (`新华社 摄`)."""
    if _NO_ONE.fullmatch(token):
        return []
    read = split_names(token)
    if read:
        return read
    return [token] if taken and len(token) <= _LONGEST_NAME else []


def _signer_tokens(text: str) -> list[tuple[str, bool]]:
    """The runs of a credit's names part, each with whether a role stands right before it:
    `记者 王平 李明` → (王平, True), (李明, False)."""
    tokens: list[tuple[str, bool]] = []
    for k, part in enumerate(re.split(f"({_PHOTO_ROLE})", text)):
        if k % 2:
            continue  # a role
        runs = [run for run in re.split(r"[\s、，,]+", part) if run]
        tokens.extend((run, k > 0 and n == 0) for n, run in enumerate(runs))
    return tokens


def _reported_by(body: str) -> list[str]:
    """The reporters of a reported-by lead: `本报北京1月1日讯记者刘强、新华社记者王平报道：`
    names each reporter after a role, or a list after the last role (`记者刘强、王平报道：`).
    A role that a sentence's words follow names no one: `本报记者深入一线报道…`."""
    reported = _REPORTED_BY.search(body[:100])
    listed = reported.group(1).split("、") if reported else []
    if not (listed and all(map(split_names, listed))):
        return []
    others = [m.group(1) for m in _ROLE_NAME.finditer(body[: reported.start()])]
    # (`记者昨天获悉，…` names none.)
    return [*(n for n in others if split_names(n)), *listed]


def _only_names(text: str) -> list[str]:
    """The names in a byline read out of running text (`记者 王平 通讯员 李红`), where each
    reads as a name; none where a word among them does not (`记者 近日走访`, `通讯员 李红
    提供`: what they did, or the text's first words)."""
    names = _names(text)
    return names if all(split_names(n) or "·" in n for n in names) else []


def _names_signed_apart(end: str) -> list[str]:
    """The writers who sign a text in brackets closing its last line after its stop, their names
    set apart by spaces (`…受到欢迎。（王平 李红）`, `（县农业农村局 李红）`); none where a run
    among them reads as no name, or as a word general text uses often."""
    signed = _NAMES_APART_SIGNED_END.search(end)
    if not signed:
        return []
    runs = signed[1].split()
    if _WORKPLACE_RUN.fullmatch(runs[0]) and _is_workplace(runs[0]):
        runs = runs[1:]  # (`县农业农村局 李红`: where the writer works names no one)
    return _names_of_runs(runs) or []


# Names in brackets, however set, closing a text (`…新高。（记者 李明）`, `（李明）` on a line
# of its own): maybe who signs it.
_BRACKETS_CLOSING = re.compile(r"[（(]\s*([^（()）]{1,40}?)\s*[）)]\s*$")


def _signed_in_brackets(end: str) -> bool:
    """Does a text close with brackets that hold names alone, after a role or not, set solid or
    apart, on its last line or on one of their own (`（记者 李明）`, `（李明）`)? Enough to tell
    that someone signs the text, though not surely enough to give its reporters (`_SIGNED_END`,
    `_NAMES_APART_SIGNED_END`). A source or a note names no one (`（据新华社电）`, `（待续）`)."""
    closing = _BRACKETS_CLOSING.search(end)
    return bool(closing and _only_names(closing[1]))


def _lead_names(body: str) -> list[str]:
    """The reporters a text's lead names (`本报讯（记者 姜玲 徐文杰）`, `新华社杭州3月8日电（记者
    王小明）`, `本报讯 记者 王平 近日，…`, `记者王平报道：`)."""
    match = _BYLINE.match(body) or _WIRE_BYLINE.match(body)
    set_apart = _SPACED_BYLINE.match(body)
    spaced = _only_names(set_apart[1]) if set_apart else []
    if match:
        return _names(match.group(1))
    if spaced:
        # (`本报讯 记者 近日走访 县里…` names no one.) The names set apart may be the first of
        # a reported-by lead's (`本报讯 记者王平 通讯员李红报道：`).
        reported = _reported_by(body)
        return reported if set(spaced) < set(reported) else spaced
    return _reported_by(body)


def _opens_a_report(paragraph: str) -> bool:
    """Is the body's first paragraph a report of its own: a lead and text after it? Only then
    is a reported-by lead further down another report's; under a caption, a picture's note, an
    intro or a dateline alone kept as the first paragraph, the lead is the text's own."""
    squeezed = _squeeze(paragraph)
    lead = _LEAD.match(squeezed)
    return bool(lead and squeezed[lead.end() :])


def _reporters(body: str, bylines: list[str], credit: str) -> tuple[str, ...]:
    """Names in the byline (`本报记者 周立新`), lead (`_lead_names`), signature at the end
    (`（记者 吴海燕）`) and credit. A report whose lead names its reporters prints no byline of
    its own, or one that names them again: a byline that names none of them was read with it
    from another article's title beside it. The lead is the text's first paragraph: where that
    paragraph is a report (`新华社…电 …`, `_opens_a_report`), a reported-by lead in a later one
    (`本报城关3月4日电记者王平报道：…`) opens another report set under it, whose reporter signs
    that part, not the text."""
    first = body.split(_PARAGRAPH_BREAK, 1)[0]
    names = _lead_names(first) if _opens_a_report(first) else _lead_names(body)
    led = set(names)
    for byline in bylines:
        named = _names(byline)
        if not led or led & set(named):
            names.extend(named)
    signed = _SIGNED_END.search(body[-60:])
    if signed:
        names.extend(_only_names(signed.group(1)))
    names.extend(_names_signed_apart(body[-60:]))
    if credit:
        names.extend(_credit_names(credit))
    return tuple(dict.fromkeys(names))
