"""Page text (pdftotext output of a newspaper page) → articles.

pdftotext gives a page as blocks of lines (runs between blank lines): a piece of one column, a
title, a caption. Their order follows the page only roughly: one article's column may come
between two of another's, a headline after its text, things that stand side by side on one
line. The splitter reads the page with signals that hold for any page of this kind, not for
one layout:

* Lines. Chinese column lines join without a space (a space stays between Latin words or
  numbers). A body line fills its column (the width its block's running lines share); a
  paragraph's first line is indented and its last line short, with a stop. A line that
  neither fills its column nor ends a sentence is a headline, a byline or an intertitle.
* Side by side. A space between two Chinese characters is a gap on the page: two headlines
  side by side, or a headline or byline beside a column, which are read apart.
* Pieces: the runs of body lines of a block. A piece that ends mid-sentence goes on in a
  piece that begins mid-paragraph, in a column as wide; the join often completes a word
  (`领|导`), and closes a quote left open (`…说：“今年的|收成好。”`); the pieces of one
  article share its words; a headline or a lead stands before a new article. The pieces
  are chained by the links whose scores add up to the most. A chain left without a title or
  a lead (a subtitle alone is no title), on a page that indents paragraphs, is a part of
  another article: it goes where it reads on best, when it shares that article's words beyond
  chance; where it shares clearly more with one article than with any other, into that one.
* An article opens with a lead (`本报讯（记者 …）`, `新华社北京1月1日电`, read without spaces and
  across a line break), after a headline or a byline; a dated lead right after a report's end
  in one run of a column opens the next report of a round-up, a `本报讯` there the next brief.
* A photo item ends with a credit (`记者 姚雪 刘王超 摄`); its caption is often letter-spaced,
  and a few sentences long at most. What the extraction runs on after a credit in one block
  is another item's.
* Headlines are short line groups without sentence punctuation, wherever the extraction put
  them; each goes to the article whose text shares most words with it, else to the article it
  stands right before (if that article's text begins there, not mid-paragraph). A photo
  item's title shares no words with its caption: it takes the nearest title no article's
  words match, wherever it stands. A dash line above a headline is its kicker, below it its
  subtitle. A title line between two pieces of one article is its intertitle (no intertitle
  cuts a sentence); two texts read apart at a bare title line are joined again when they
  share words as the parts of one article do. A byline amid a block's text signs a section
  of the article and stays in its text. A credit right under a title goes with the article
  that takes the title, unless that article is too long for a photo caption.
* Page furniture (`1998年1月1日 星期四`, `第3版`, a section name under them, the staff line
  `责任编辑：王五`) belongs to no article; a date line within the text is the text's.
* The text of a whole issue holds its pages one after another, a form feed after each.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .articles import Article, make_id
from .normalize import is_wide

SENTENCE_END = "。！？!?…"
_CLOSERS = "”’』」）)》"
_CLAUSE_END = "，、：；,:;"
_DATE_HEADER = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{1,8}\s+)?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(星期[一二三四五六日天])?"
    r"(\s*第\s*(\d+)\s*版.*)?\s*$"
)
_PAGE_HEADER = re.compile(r"^\s*第\s*(\d+)\s*版(\s*\S{0,8})?\s*$")
# The page's staff line (`责任编辑：王五  校对：李四`, `本版编辑 王五 美编 赵六`).
_STAFF_ROLE = (
    r"(?:本版|责任)?编辑|责编|校对|美编|组版|排版|版式(?:设计)?|审读|值班(?:主任|编委)?|制图"
)
_STAFF_LINE = re.compile(
    r"^\s*(?:(?:" + _STAFF_ROLE + r")(?:\s*[：:]\s*|\s+)[\u4e00-\u9fff·]{2,4}(?:\s*[、,，]\s*"
    r"[\u4e00-\u9fff·]{2,4})*\s*)+$"
)
_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_PLACE_DATE = r"[^\s，。：:（(]{0,10}?\s*" + _NUMBER + r"\s*月\s*" + _NUMBER + r"\s*日"
_LEAD = re.compile(
    r"^\s*(?:本报讯|本报"
    + _PLACE_DATE
    + r"\s*[电讯]|本报记者|本报通讯员|新华社"
    + _PLACE_DATE
    + r"\s*电|据新华社|中新社"
    + _PLACE_DATE
    + r"\s*电|（?(?:记者|通讯员)[\s\u4e00-\u9fff]{2,12}?报道)"
)
_DATED_LEAD = re.compile(r"^(?:据?新华社|本报|中新社)" + _PLACE_DATE + r"\s*[电讯]")
_BYLINE = re.compile(r"^本报讯\s*[（(]([^）)]{1,60})[）)]")
_REPORTER_ROLE = re.compile(r"(?:本报|新华社|中新社)?(?:特约记者|见习记者|记者|通讯员|实习生)")
# `新华社杭州3月8日电（记者 王小明）`: a wire lead's reporters in brackets.
_WIRE_BYLINE = re.compile(r"^\s*据?\S{0,12}?电\s*[（(]((?:记者|通讯员)[^）)]{1,40})[）)]")
_REPORTED_BY = re.compile(r"(?:记者|通讯员)\s*([\u4e00-\u9fff]{2,4}?)\s*(?:报道|摄影报道)")
_ROLE_NAME = re.compile(r"(?:记者|通讯员)\s*([\u4e00-\u9fff]{2,4}?)\s*(?=[、，,]|报道|摄影报道)")
_CREDIT = re.compile(
    r"\s*((?:本报)?(?:记者|通讯员|摄影)?\s*(?:[\u4e00-\u9fff]{2,4}\s+){0,3}[\u4e00-\u9fff]{2,4}\s*摄)"
    r"\s*$"
)
# The commonest Chinese surnames: a byline or credit is made of names that start with one.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
    "蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全"
    "佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪诸郁丰支"
)
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
_ROLE_PREFIX = re.compile(
    r"^(?:本报|新华社|中新社)?(?:特约记者|见习记者|记者|通讯员|实习生|摄影)\s*"
)
_DATELINE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}")
_DASHES = ("——", "--", "－－")
_SUBTITLE_MARK = ("—", "-", "●", "■", "◆")
_ENUMERATOR = re.compile(r"[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]?")
_NUMBERED = re.compile(
    r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．]"
)


def _opens_lead(lines: list[str], k: int) -> bool:
    """Does line `k` open a lead (`本报讯`, `新华社北京1月1日电`), read with the line after it
    and without spaces, as a lead wraps (`本报呼伦贝` / `尔3月5日电`) or is letter-spaced
    (`新 华 社 北 京`)?"""
    head = "".join(_squeeze(line) for line in lines[k : k + 2])
    return bool(_LEAD.match(head))


def clean_spaces(text: str) -> str:
    """Drop spaces that are layout (next to a Chinese character), keep one between words."""
    out = re.sub(r"[ \t\u3000\xa0]+", " ", text).strip()

    def keep(match: re.Match[str]) -> str:
        a, b = match.string[match.start() - 1], match.string[match.end()]
        return "" if is_wide(a) or is_wide(b) else " "

    return re.sub(r"(?<=\S) (?=\S)", keep, out)


def join_lines(lines: list[str], clean: bool = True) -> str:
    """Join column lines: no space between Chinese characters, one between Latin words.

    With `clean=False` the spaces inside lines stay (collapsed to one), for bylines.
    """
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out and not is_wide(out[-1]) and not is_wide(line[0]):
            out += " "
        out += line
    return clean_spaces(out) if clean else re.sub(r"[ \t\u3000\xa0]+", " ", out)


def clean_paragraph(text: str) -> str:
    """Clean a paragraph's spaces, keeping those that separate names in a byline."""
    match = _BYLINE.match(text)
    if not match:
        return clean_spaces(text)
    inner = re.sub(r"\s+", " ", match.group(1)).strip()
    byline = text[: match.start(1)].replace(" ", "") + inner + text[match.end(1) : match.end()]
    return byline + clean_spaces(text[match.end() :])


def ends_sentence(text: str) -> bool:
    """Does `text` end a sentence (allowing closing quotes and brackets after the stop)?

    A line that is wholly in brackets (a signature, `（荣光大）`) ends its paragraph too.
    """
    text = text.strip()
    if re.fullmatch(r"[（(][^（()）]+[）)]", text):
        return True
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def undouble(text: str) -> str:
    """`三年百叟宴三年百叟宴 浓浓敬老情浓浓敬老情` → `三年百叟宴 浓浓敬老情` (typeset twice).

    Of a title typeset twice a hair apart, the extraction may keep the letters once but the
    quotes twice (`迎来““开门红””`): a quote mark doubled is one."""
    text = re.sub(r"([“”‘’『』《》「」])\1", r"\1", text)
    parts = []
    for part in text.split(" "):
        half = len(part) // 2
        if len(part) >= 4 and len(part) % 2 == 0 and part[:half] == part[half:]:
            part = part[:half]
        parts.append(part)
    whole = " ".join(parts)
    half = len(whole) // 2
    if len(whole) >= 4 and len(whole) % 2 == 0 and whole[:half] == whole[half:]:
        whole = whole[:half]
    return whole


def line_width(line: str) -> float:
    """How many Chinese characters wide a line prints (Latin and digits count half)."""
    return sum(1.0 if is_wide(c) else 0.0 if c.isspace() else 0.5 for c in line.strip())


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def is_letter_spaced(line: str) -> bool:
    """`“ 上 菜 喽 ，开 吃 喽 。”`: a caption set with a space between all its characters.

    Justified lines with numbers get spaces too (`三 等 奖 各 1名`), so digits disqualify.
    """
    chars = _squeeze(line)
    if len(chars) < 4 or re.search(r"[0-9A-Za-z]", line):
        return False
    gaps = len(re.findall(r"(?<=\S) (?=\S)", line.strip()))
    return gaps >= (len(chars) - 1) * 0.6


_HEADER_LINES = 4  # the page header's lines, at most, at the top or foot of the page


def parse_header(lines: list[str]) -> tuple[str | None, int | None, set[int]]:
    """Find the page furniture: the issue date and page number, and which lines hold them
    (with the page's staff line: `责任编辑：王五`).

    A bare date (`1998年1月7日`) is furniture only among the first few lines of the page, or
    the last few standing apart; within the text, or right under a line of it, it is the
    text's (a notice's or a letter's date under its signature). So is a staff line of one role
    (`责任编辑：王五`); one of several roles is furniture anywhere.
    """
    date: str | None = None
    page: int | None = None
    furniture: set[int] = set()
    filled = [number for number, line in enumerate(lines) if line.strip()]
    edges = set(filled[:_HEADER_LINES] + filled[-_HEADER_LINES:])
    top = set(filled[:_HEADER_LINES])
    for number, line in enumerate(lines):
        match = _DATE_HEADER.match(line)
        # At the foot, a bare date under a line of text (a signature) is that text's.
        apart = number in top or (number in edges and not (number and lines[number - 1].strip()))
        if match and (match[4] or match[5] or apart):
            try:
                found = dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
            except ValueError:
                continue
            date = date or found
            furniture.add(number)
            if match[6]:
                page = int(match[6])
            continue
        match = _PAGE_HEADER.match(line)
        if match:
            page = int(match[1])
            furniture.add(number)
        elif _STAFF_LINE.match(line) and (
            number in edges or len(re.findall(_STAFF_ROLE, line)) >= 2
        ):
            furniture.add(number)
    return date, page, furniture


def _section_label(lines: list[str], furniture: set[int]) -> set[int]:
    """The page's section name (`要闻`) standing alone right under the page header, unless the
    header names the section already (`第 3 版 要闻`): then a short line there is a title."""
    headers = [n for n in furniture if _DATE_HEADER.match(lines[n]) or _PAGE_HEADER.match(lines[n])]
    if not furniture or any(re.search(r"版\s*\S", lines[n]) for n in headers):
        return set()
    for number, line in enumerate(lines):
        if number in furniture or not line.strip():
            continue
        after = lines[number + 1] if number + 1 < len(lines) else ""
        short = re.fullmatch(r"[\u4e00-\u9fff]{1,4}", line.strip())
        return {number} if short and not after.strip() and min(furniture) < number else set()
    return set()


# --- Units: what each run of lines is ---

TEXT, TITLE, BYLINE, CREDIT = "text", "title", "byline", "credit"


@dataclass
class _Unit:
    """A run of lines of one kind, inside one blank-line-separated block of the page."""

    kind: str
    lines: list[str]
    block: int
    index: int = 0

    @property
    def text(self) -> str:
        return join_lines(self.lines)


def _blocks(lines: list[str], skip: set[int]) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for number, line in enumerate(lines):
        if number in skip or not line.strip():
            if current:
                blocks.append(current)
                current = []
            continue
        current.append(line.strip())
    if current:
        blocks.append(current)
    return [part for block in blocks for cut in _after_credits(block) for part in _unmerge(cut)]


def _after_credits(block: list[str]) -> list[list[str]]:
    """A block cut after each photo credit line that closes a caption (`…冬去春来。` /
    `记者 王平 摄` / lines of another column): the credit ends its photo item, and whatever
    pdftotext ran on after it in the block belongs to something else."""
    parts: list[list[str]] = [[]]
    for k, line in enumerate(block):
        parts[-1].append(line)
        if (
            k + 1 < len(block)
            and _CREDIT.fullmatch(line)
            and (k == 0 or ends_sentence(block[k - 1]))
        ):
            parts.append([])
    return parts


# --- Things side by side: pdftotext sets what stands on one baseline on one line ---

_GAP = re.compile(r"(?<=\S) (?=\S)")


def _halves(line: str) -> tuple[str, str] | None:
    """A line cut at its one gap between two Chinese characters (`乡村振兴 谱新篇`), if it has
    exactly one: within a column, Chinese text runs on without spaces."""
    gaps = [
        m.start()
        for m in _GAP.finditer(line)
        if is_wide(line[m.start() - 1]) and is_wide(line[m.start() + 1])
    ]
    if len(gaps) != 1 or len(_GAP.findall(line)) != 1:
        return None
    return line[: gaps[0]], line[gaps[0] + 1 :]


def _lead_gap(block: list[str], k: int, left: str) -> bool:
    """Is the gap of line `k` the one after a lead (`本报讯 县气象台…`), or after the end of one
    begun on the line before (`本报杭` / `州3月4日电 县气象台…`)? It parts no two things."""
    if _LEAD.match(_squeeze(left)):
        return True
    before = _squeeze(block[k - 1]) if k else ""
    return bool(before) and not _LEAD.match(before) and bool(_LEAD.match(before + left))


def _title_like(text: str) -> bool:
    """Short, and without the punctuation running text has: a piece of a title or a byline."""
    return line_width(text) <= 16 and not re.search(r"[，。、；：！？,;:!?]", text)


def _unmerge(block: list[str]) -> list[list[str]]:
    """Undo pdftotext's merging of things that stand side by side on the page.

    * Two titles side by side (`书法作品 乡村振兴` / `展在县城 谱新篇` / `王平` / `开幕`) become two
      blocks; a line of one part goes with the title still running (its last line as long as
      its longest), a byline with the title that has ended. (One gap alone may be where the
      print left out digits: `年全县新建道路 公里`.) Two titles over a column of text in one
      block leave it the same way, the text a block of its own.
    * Title or byline lines beside a column of text (`５Ｇ网络 山区用户最关心的是网速稳`,
      or a line of their own within it) leave it for a block of their own, before it: the
      other half is as wide as the column, or, in a block too short to show its width, the
      halves on one side all read like a title and those on the other like running text.
    """
    halves = [_halves(line) for line in block]
    halves = [None if h and _lead_gap(block, k, h[0]) else h for k, h in enumerate(halves)]
    # Side by side, each half may be as long as a title is, though the line is longer, and may
    # hold a title's colon (`春耕：农机先行`) and end with a question or an exclamation.
    heads = 0  # the title lines the block opens with
    while heads < len(block) and not _opens_lead(block, heads):
        half = halves[heads]
        line = block[heads]
        if half:
            like = all(_title_like(re.sub("[：:]", "", h).rstrip("？！?!")) for h in half)
        else:
            like = _title_like(line.replace(" ", "").rstrip("？！?!"))
        if not like:
            break
        heads += 1
    if 0 < heads < len(block) and halves[0] and _heads_over_text(block, halves, heads):
        return [*_side_by_side(block[:heads], halves[:heads]), block[heads:]]
    apart = halves[0] and (sum(1 for h in halves if h) >= 2 or _heads_apart(block, halves))
    if heads == len(block) and apart:
        return _side_by_side(block, halves)
    title = all(_title_like(line.replace(" ", "")) for line in block)
    plain = [line for line, half in zip(block, halves, strict=True) if not half]
    titled = title or _is_title_block(block)
    width = _block_width(plain) if len(plain) >= 3 and not titled else None
    title_side = None if titled else _title_side(halves)
    signed = [None if title else _signed_beside(line) for line in block]
    if width is None and title_side is None and not any(signed):
        return [block]
    side: list[str] = []
    text: list[str] = []
    for k, (line, half) in enumerate(zip(block, halves, strict=True)):
        kept = line
        if signed[k]:
            kept, byline = signed[k]
            side.append(byline)
        elif half and title_side is not None:
            side.append(half[title_side])
            kept = half[1 - title_side]
        elif half and width is not None:
            fits = [width - 3 <= line_width(h) <= width + 1 for h in half]
            if fits == [False, True] and _title_like(half[0]):
                side.append(half[0])
                kept = half[1]
            elif fits == [True, False] and _title_like(half[1]):
                side.append(half[1])
                kept = half[0]
        elif (
            width is not None
            and text
            and k + 1 < len(block)
            and _intrudes(line, text[-1], block[k + 1], width)
        ):
            side.append(line)
            continue
        text.append(kept)
    return [side, text] if side else [block]


def _side_by_side(block: list[str], halves: list[tuple[str, str] | None]) -> list[list[str]]:
    """Title lines of two titles side by side, read apart: the halves of a line cut at its gap
    go left and right; a line of one part goes with the title still running (its last line
    as long as its longest), a byline with the title that has ended."""
    left: list[str] = []
    right: list[str] = []
    for line, half in zip(block, halves, strict=True):
        if half:
            left.append(half[0])
            right.append(half[1])
            continue
        running = [c for c in (left, right) if line_width(c[-1]) >= max(map(line_width, c))]
        ended = [c for c in (left, right) if c not in running]
        column = (ended if is_byline(line) and ended else running or [left])[0]
        column.append(line)
    return [left, right]


def _heads_over_text(block: list[str], halves: list[tuple[str, str] | None], heads: int) -> bool:
    """Do the first `heads` lines of a block, the first of them cut by a gap, hold two titles
    side by side over a column of text (`县里春耕备耕 河道清淤` / `开春以来，县里…`)? Two
    phrases of a title each, neither a byline, the line wider than the text below, and not one
    half as wide as the column below while the other is not (a title beside a line of the
    column): the text runs on under one of them, and each title goes its own way."""
    first = halves[0]
    if first is None or any(len(_squeeze(h)) < 4 or _ROLE.search(h) or is_byline(h) for h in first):
        return False
    if line_width(block[0]) <= max(line_width(line) for line in block[heads:]) + 1:
        return False  # no wider than the text: a line of the column, a stray gap in it
    width = _block_width(block[heads:])
    if width is not None and sum(width - 3 <= line_width(h) <= width + 1 for h in first) == 1:
        return False  # a column's line, a title beside it
    return (
        heads == 1
        or sum(1 for h in halves[:heads] if h) >= 2
        or _heads_apart(block[:heads], halves[:heads])
    )


def _heads_apart(block: list[str], halves: list[tuple[str, str] | None]) -> bool:
    """Is a title block whose first line alone has a gap two headlines side by side, the first
    lines of each (`县里春耕备耕 河道清淤` / `开春农事忙`)? Each half is a phrase of its own,
    no names, and no line below is wider than the wider half: they are the rest of one of the
    two titles, set as narrow. (A headline in two parts keeps its parts on one line, with the
    gap between; a gap where the print left out digits parts a word or two: `年全县新建道路
    公里`.)"""
    first = halves[0]
    if first is None or len(block) < 2 or any(halves[1:]):
        return False
    if any(len(_squeeze(half)) < 4 or _ROLE.search(half) or is_byline(half) for half in first):
        return False
    widest = max(line_width(half) for half in first)
    return all(line_width(line) <= widest + 1 for line in block[1:])


_BYLINE_BESIDE = re.compile(
    r"(?P<text>.*\S)\s+(?P<byline>(?:本报|新华社|中新社)?(?:特约记者|见习记者|记者|通讯员|实习生)"
    r"\s*[\u4e00-\u9fff]{1,4}(?:\s+[\u4e00-\u9fff]{2,4})*)"
)


def _signed_beside(line: str) -> tuple[str, str] | None:
    """A line of a column with a byline beside it, to the right (`…都开了。今年 本报记者 王平`):
    (the column's text, the byline)."""
    match = _BYLINE_BESIDE.fullmatch(line.strip())
    if not match or not is_byline(match["byline"]):
        return None
    return match["text"], match["byline"]


def _title_side(halves: list[tuple[str, str] | None]) -> int | None:
    """Which half (0 left, 1 right) of a block's lines cut at a gap is a title beside the
    column: the side whose every half reads like a title while the other side has the
    punctuation of running text (`春风 清晨，村口已经聚满了人。`). None when they do not agree."""
    cut = [h for h in halves if h]
    for k in (0, 1):
        titles, texts = [h[k] for h in cut], [h[1 - k] for h in cut]
        if (
            cut
            and all(_title_like(t) and not _ROLE.search(t) and t[-1] != "摄" for t in titles)
            and any(re.search(r"[，。、；：！？,;:!?]", t) for t in texts)
        ):
            return k
    return None


def _intrudes(line: str, before: str, after: str, width: float) -> bool:
    """Is `line` a piece of something beside the column that pdftotext slipped in between two
    lines of one sentence (`…会见来访的` / `代表团` / `考察团团长时说…`)? Within a paragraph every
    line but the last fills the column; the line after may be the paragraph's last where the
    join completes a word (`…帮助农` / `——专家下田` / `户解决难题。`). A dash subtitle may end
    with a question or an exclamation (`——专家为何下田？`)."""
    return (
        (_title_like(line) or _is_dash_subtitle(line))
        and not _ENUMERATOR.fullmatch(line)
        and line_width(line) < width - 3
        and not ends_sentence(before)
        and _fills(before, width)
        and not _is_dash_subtitle(after)  # no sentence goes on in a subtitle: a title's lines
        and (_fills(after, width) or (ends_sentence(after) and joins_word(before, after)))
    )


def _is_dash_subtitle(line: str) -> bool:
    """A dash line without the punctuation of running text: a subtitle (`——记一位乡村医生`)."""
    return line.startswith(_DASHES) and not re.search(r"[。，；;,：:]", line)


def _column_widths(blocks: list[list[str]]) -> list[int]:
    """The widths of the page's text columns: line widths that many lines share."""
    counts = Counter(round(line_width(line)) for block in blocks for line in block)
    total = sum(counts.values()) or 1
    common = [w for w, n in counts.items() if w >= 6 and n >= max(4, total * 0.08)]
    if not common:
        common = [max(counts, key=lambda w: (counts[w], w))] if counts else [13]
    return sorted(common)


def _block_width(block: list[str]) -> float | None:
    """The column width of one block: the median width of its lines that run on (neither end
    a sentence nor follow one, so are neither short last lines nor indented first lines).
    None when the block is too short to tell.

    Such lines are a character wider or narrower now and then, where the typesetting squeezed
    punctuation or a font sets quotes narrow; the median holds.
    """
    running = [
        line
        for i, line in enumerate(block)
        if not ends_sentence(line)
        and not (i and ends_sentence(block[i - 1]))
        and not _is_justified(line)
    ]
    plain = [line for line in running if not re.search(r"[0-9A-Za-z]", line)]
    sample = plain if len(plain) >= 3 else running  # digits are wider than they count
    if len(sample) < 3:
        return None
    width = statistics.median(line_width(line) for line in sample)
    return width if width >= 6 else None


def _block_widths(blocks: list[list[str]], columns: list[int]) -> list[float]:
    """Every block's column width; a short block takes the width of the nearest block before
    (else after) it that its lines fit, else the narrowest page column they fit. A block with a
    line that runs on wider than the median of such lines (dragged down by title lines set
    into the block, or by a list's indented items) takes the page column its lines fill."""
    known = [_block_width(block) for block in blocks]
    main = _main_columns(blocks, columns)
    for number, block in enumerate(blocks):
        width = known[number]
        if width is not None and _overflows(block, width):
            fit = _column_fit(block, main)
            if fit is not None and fit > width:
                known[number] = fit
    widths: list[float] = []
    for number, block in enumerate(blocks):
        width = known[number]
        if width is None:
            widest = max(line_width(line) for line in block)
            order = [*range(number - 1, -1, -1), *range(number + 1, len(blocks))]
            near = [known[k] for k in order if known[k] is not None]
            fitting = [w for w in near if w >= widest - 1]
            if fitting:
                width = fitting[0]
            else:
                wide = [w for w in columns if w >= widest - 1]
                width = wide[0] if wide else columns[-1]  # wider than any column: a title
        widths.append(width)
    return widths


def _printed_width(line: str) -> float:
    """How wide a line prints, about: `line_width`, with digits and Latin letters a little wider
    than half an em and curly quotes half an em narrower than the em it gives them."""
    ascii_count = sum(1 for c in line if c.isascii() and not c.isspace())
    quotes = sum(1 for c in line if c in "“”‘’")
    return line_width(line) + _DIGIT_EXTRA * ascii_count - 0.5 * quotes


def _running_widths(block: list[str], start: int = 0) -> list[float]:
    """The printed widths of a block's lines that run on: neither end a sentence nor follow
    one (so are neither short last lines nor indented first lines), and are not spaced out."""
    return [
        _printed_width(line)
        for i, line in enumerate(block)
        if i >= start
        and not ends_sentence(line)
        and not (i and ends_sentence(block[i - 1]))
        and not _is_justified(line)
    ]


def _main_columns(blocks: list[list[str]], columns: list[int]) -> list[int]:
    """The page's column widths less those that are only a wider column's lines a character or
    two short (indented first lines, lines where punctuation was squeezed): a width that half
    as many lines that run on reach as reach one a character or two wider."""
    counts = Counter(round(w) for block in blocks for w in _running_widths(block))
    return [
        w
        for w in columns
        if not any(counts[w + k] >= 2 * counts[w] for k in (1, 2) if w + k in columns)
    ] or columns


def _overflows(block: list[str], width: float) -> bool:
    """Does a line of the block that runs on print wider than the column `width`? No line of a
    column does: the width is too narrow (a median of lines most of which are a title's, or an
    indented first line's)."""
    return any(w > width + 1.5 for w in _running_widths(block))


def _column_fit(block: list[str], columns: list[int]) -> int | None:
    """The page column a block's lines that run on fill: the one most of them reach (give or
    take a character: punctuation squeezed, digits wider), less those wider than it; of those
    equally good, the one most of them fill exactly. None when no such line fills any column
    (a title, a block of short lines)."""
    widths = _running_widths(block, 1)  # (a block's first line may begin a paragraph)
    best: tuple[int, int] | None = None
    fit = None
    for column in columns:
        votes = sum(column - 1.2 <= w <= column + 0.7 for w in widths)
        over = sum(w > column + 1.2 for w in widths)
        exact = sum(abs(w - column) <= 0.5 for w in widths)
        if votes and (best is None or (votes - over, exact) > best):
            best, fit = (votes - over, exact), column
    return fit


def _classify(
    block: list[str],
    number: int,
    width: float,
    page_text: str,
    before: str = "",
    columns: tuple[int, ...] = (),
) -> list[_Unit]:
    """Cut a block into runs of text, title, byline and credit lines. `before` is the last
    line of the block before it on the page; `columns` the widths of the page's columns."""
    if len(block) <= 3 and _CREDIT.fullmatch(" ".join(block)):
        # A photo credit under its caption, maybe wrapped (`记者 王平 李强` / `摄`).
        return [_Unit(CREDIT, block, number)]
    titled = (_is_title_block(block) or _is_narrow_title(block, width)) and not _set_full(
        block, width, columns
    )
    if titled and not _goes_on_from(before, block, width) and not _opens_paragraph(block, width):
        # Only the last line of a title group can be its byline (`依靠科技/进步调整/…/温家宝`);
        # a block of names alone is a byline too.
        last = len(block) - 1

        def signs(i: int, x: str) -> bool:
            if i == last and last and _is_pen_name(x, block[i - 1], page_text):
                return True
            return bool((i == last or "记者" in x) and _is_byline(x, page_text) and (i or not last))

        kinds_of = [BYLINE if signs(i, x) else TITLE for i, x in enumerate(block)]
        # A byline wrapped onto a second line (`…省报记者李` / `华张强`).
        if last >= 2 and _ROLE.search(block[-2]) and stacked_byline(block[-2] + block[-1]):
            kinds_of[-2:] = [BYLINE, BYLINE]
        units = [_Unit(TITLE, [], number)]
        for kind, line in zip(kinds_of, block, strict=True):
            if units[-1].kind != kind:
                units.append(_Unit(kind, [], number))
            units[-1].lines.append(line)
        return [u for u in units if u.lines]
    kinds: list[str] = []
    lines: list[str] = []
    doubled: set[int] = set()
    for i, line in enumerate(block):
        if lines and _squeeze(line) == _squeeze(lines[-1]):
            # Printed twice: headline typesetting, never running text. Both prints stay, as
            # in a title block of its own: a title printed twice is no intertitle.
            kinds[-1] = TITLE
            doubled.update((len(lines) - 1, len(lines)))
            kinds.append(TITLE)
            lines.append(line)
            continue
        w = line_width(line)
        previous_open = bool(kinds) and kinds[-1] == TEXT and not ends_sentence(lines[-1])
        if _CREDIT.fullmatch(line) and (not previous_open or i == len(block) - 1):
            kind = CREDIT
        elif not i and _closes_unopened(line):
            kind = TEXT  # it goes on with a quote opened elsewhere: `…以“迎` / `春”为主题的`
        elif (
            re.search(r"记者|通讯员", line)
            and is_byline(line)
            and not (previous_open and _fills(line, width))
        ):
            # `本报记者 孙立` on a line of its own (a full line that goes on with an open
            # sentence is that sentence's: `…记者刘强、新` / `华社记者王平、本报记者李明`).
            kind = BYLINE
        elif _opens_lead(block, i) or _ENUMERATOR.fullmatch(line.strip()) or _NUMBERED.match(line):
            # A lead, a section number (`一`, `（二）`) of running text, or a numbered heading
            # (`一、先进集体`): a section of the text, never a headline.
            kind = TEXT
        elif (
            w > width + 1.5
            and not _is_justified(line)
            and not _runs_on(line)
            and not _in_wide_paragraph(block, i)
        ):
            kind = TITLE  # wider than the column: a headline across columns
        elif re.search(r"[，；,;。]", line.rstrip("，；,;。")):
            kind = TEXT  # a comma or a full stop inside a line within a column: running text
        elif (
            previous_open
            and _fills(lines[-1], width)
            and not _fills(line, width)
            and _is_byline(line, page_text)
        ):
            # A name cutting a sentence that fills its column: the byline of the article
            # stacked below in the same column (`…加上严重的` / `王小明` / `去年冬天…`).
            kind = BYLINE
        elif previous_open or _is_running_text(line):
            kind = TEXT
        elif _is_byline(line, page_text) and not _follows_text(kinds):
            kind = BYLINE
        elif w >= width - 1.5:
            kind = TEXT
        else:
            kind = TITLE
        kinds.append(kind)
        lines.append(line)
    # A line or two just above a byline, not ending a clause, is the headline it signs
    # (as wide as the column: `王晓燕：山村“领头雁”` / `本报记者周立新`); a headline over a
    # dash subtitle, and the subtitle, may end with a question (`春耕为何提早？` / `——访…`).
    for i, kind in enumerate(kinds):
        if (
            kind == BYLINE
            and 0 < i <= 2
            and all(k == TEXT for k in kinds[:i])
            and not any(_is_running_text(x) for x in _headings(lines[:i]))
        ):
            kinds[:i] = [TITLE] * i
    # A title-like run between lines of running text, or after them at the end of a block, is
    # an intertitle of that text. At the start of a block, followed by text, it is a headline
    # that pdftotext set into the block of its article's first column, unless it is one line
    # that reads on into the next: an indented first line (`我们正处于发展的` / `关键时期…`).
    i = 0
    while i < len(kinds):
        if kinds[i] != TITLE:
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] == TITLE:
            j += 1
        text_after = j < len(kinds) and kinds[j] == TEXT and not _opens_lead(lines, j)
        # (A byline amid the text signs a section of it: the title under it heads that section.)
        signed = i > 1 and kinds[i - 1] == BYLINE and kinds[i - 2] == TEXT and text_after
        text_before = i > 0 and (kinds[i - 1] == TEXT or signed)
        if text_before and not doubled.intersection(range(i, j)):
            for k in range(i, j):
                kinds[k] = TEXT
        elif text_after and j - 1 not in doubled and _reads_on(lines[j - 1], lines[j], width):
            kinds[j - 1] = TEXT
        i = j
    # A headline as wide as the column, set into the block above its text's indented first line.
    if len(lines) >= 3 and kinds[0] == TEXT and _stops_before_indent(lines, width):
        kinds[0] = TITLE
    head = _title_head(lines, page_text)
    for i in range(head):
        kinds[i] = BYLINE if i == head - 1 and _is_byline(lines[i], page_text) else TITLE
    # Lines right above a lead, after no stop and with no punctuation, are its headline
    # (`全县农村工作会议要求` / `建设美丽宜居和谐幸福的乡` / `村` / `本报讯…`).
    for k in range(len(lines)):
        if k and _opens_lead(lines, k):
            i = k
            while (
                i > max(0, k - 4)
                and _title_like(lines[i - 1])
                and not ends_sentence(lines[i - 1])
                and kinds[i - 1] != BYLINE
                and not _opens_lead(lines, i - 1)
            ):
                i -= 1
            if i == 0 or ends_sentence(lines[i - 1]):
                kinds[i:k] = [TITLE] * (k - i)
    # Only the last line of a title group can be its byline (`依靠科技/进步调整/…/温家宝`). A
    # byline signing the headline above it closes the title, though: one title line under it,
    # right over the text, opens the text it signs (`春到山乡` / `王平` / `新村新貌` / text).
    for i in range(len(kinds) - 1):
        if kinds[i] == BYLINE and kinds[i + 1] == TITLE:
            opens = (
                i > 0
                and kinds[i - 1] == TITLE
                and i + 2 < len(kinds)
                and kinds[i + 2] == TEXT
                and not lines[i + 1].startswith(_SUBTITLE_MARK)
            )
            if opens:
                kinds[i + 1] = TEXT
            else:
                kinds[i] = TITLE
    units: list[_Unit] = []
    for kind, line in zip(kinds, lines, strict=True):
        if units and units[-1].kind == kind:
            units[-1].lines.append(line)
        else:
            units.append(_Unit(kind, [line], number))
    return units


def _closes_unopened(line: str) -> bool:
    """Does the line close a quote or a bracket before it opens one (`春”和“惠民”为主题的`)?
    It goes on with a sentence begun elsewhere: no title begins so."""
    for opener, closer in ("“”", "‘’", "『』", "「」", "《》", "（）", "()"):
        close = line.find(closer)
        if close >= 0 and not 0 <= line.find(opener) < close:
            return True
    return False


def _set_full(block: list[str], width: float, columns: tuple[int, ...]) -> bool:
    """Do four or more lines of a block without punctuation all fill one of the page's text
    columns but the last: running text (a list of names run on, `县农业局县林业局县水` /
    `利局…`), not a headline, which is set in a larger type, as wide as a column only by
    chance."""
    return (
        len(block) >= 4
        and any(abs(width - column) <= 0.5 for column in columns)
        and all(_fills(line, width) for line in block[:-1])
    )


def _in_wide_paragraph(block: list[str], i: int) -> bool:
    """Is line `i` one of two or more lines as wide as each other that run on to a stop: a
    paragraph set wider than the columns (a caption under a photo across them), not a
    headline?"""
    w = line_width(block[i])
    first = last = i
    while (
        first and not ends_sentence(block[first - 1]) and abs(line_width(block[first - 1]) - w) <= 1
    ):
        first -= 1
    while (
        last + 1 < len(block)
        and not ends_sentence(block[last])
        and abs(line_width(block[last + 1]) - w) <= 1
    ):
        last += 1
    stops = ends_sentence(block[last]) or (last + 1 < len(block) and ends_sentence(block[last + 1]))
    return last > first and stops


def _title_head(lines: list[str], page_text: str) -> int:
    """How many lines at the start of a block are a title set into it: headline lines closed by
    a byline (`山村来了新医生` / `王小明` / text…) or by a dash subtitle (`——记一位乡村医生`),
    then text. 0 when the block does not start so.

    Within a column a line stops short only where a paragraph ends, with a stop; a short line
    of names or a dash line without one, with text after it, closes a title. A dash line that
    opens the block is a subtitle under a headline set apart, unless it reads on mid-word into
    the next line (an item of a dash list in the text).
    """
    subtitle = 0
    for k, line in enumerate(lines[:5]):
        if subtitle and _opens_lead(lines, k):
            return subtitle  # the text opens with its lead right under the subtitle
        if k + 1 >= len(lines) or _opens_lead(lines, k):
            return 0
        if k and _is_byline(line, page_text):
            return k + 1
        if subtitle:
            return subtitle  # whatever line follows: a spaced-out one too (`在 1998 年`)
        if _is_justified(line):
            return 0
        if _is_dash_subtitle(line) and (k or not joins_word(line, lines[k + 1])):
            subtitle = k + 1  # a byline may still follow
            continue
        if re.search(r"[。！？!?]", line) or line[-1] in _CLAUSE_END or _opens_bracket(line):
            return 0
    return subtitle


def _stops_before_indent(lines: list[str], width: float) -> bool:
    """Does the first line stop without a stop before a paragraph's indented first line (one
    a little short of the column edge, with a full line after it)? Only a headline set into
    the block does (`山村来了新医生` / `  今年开春，县医院的` / `两名医生…`); a line of running
    text that stops short ends its sentence."""
    first, indent, full = lines[:3]
    return (
        not _is_running_text(first)
        and not indent.endswith(("：", ":"))  # a paragraph's last line, before a list
        and not _opens_lead(lines, 0)
        and not _ENUMERATOR.fullmatch(first)
        and not (_fills(first, width) and re.search(r"[，、；：,;:]", first))
        and not re.search(r"[0-9A-Za-z“”‘’]", indent)  # of uncertain width
        and not ends_sentence(indent)
        and not _is_justified(indent)
        and width - 3 <= line_width(indent)
        and not _fills(indent, width)
        and _fills(full, width)
    )


def _opens_paragraph(block: list[str], width: float) -> bool:
    """Is a block without punctuation the start of a paragraph rather than a title: its first
    line stops short of the column edge by an indent, every line after it reaches the edge
    (`清晨走进这座小山村` / `的时候天刚刚亮起来村口` / `的老槐树下已经站满了人`)? Where a blank
    line parts the paragraphs, each begins a block of its own. A title's lines are set in a
    larger type and do not fill a column of text."""
    first, rest = block[0], block[1:]
    return (
        bool(rest)
        and width - 3 <= line_width(first) + _DIGIT_EXTRA * len(re.findall(r"[0-9A-Za-z]", first))
        and not _fills(first, width)
        and all(
            _fills(line, width) and not _is_justified(line) and not line.startswith(_SUBTITLE_MARK)
            for line in rest
        )
    )


def _goes_on_from(before: str, block: list[str], width: float) -> bool:
    """Is a block without punctuation the next piece of the column before it rather than a
    title: that column stops at its edge mid-sentence, the block's first line is as wide and
    completes the word left open (`…由县书` / `法爱好者发起的`)?"""
    return (
        bool(before)
        and not ends_sentence(before)
        and _fills(before, width)
        and _fills(block[0], width)
        and joins_word(before, block[0])
    )


def _runs_on(line: str) -> bool:
    """Punctuation of running text, not of a headline: a stop, more than one comma, or more
    than two commas of any kind (a wide line may be a caption under a photo that spans
    columns)."""
    commas = len(re.findall(r"[，；,;]", line))
    return bool(re.search(r"[。！？]", line)) or commas > 1 or commas + line.count("、") > 2


def _reads_on(line: str, following: str, width: float) -> bool:
    """Is `line` the first line of a paragraph that `following` goes on with: indented, or
    running on into it mid-word?"""
    indented = width - 3 <= line_width(line) <= width - 1
    if indented and ends_sentence(following) and not _fills(following, width):
        return True  # a paragraph of two lines (`“小满”是乡里人形容` / `麦粒将熟的说法。`)
    if (
        joins_word(line, following)
        and re.search(r"[，。；、：,;:]", following)
        and not _NUMBERED.match(line)
    ):
        # A word runs on into a line of running text (`盼望已` / `久，今年秋天…`). (After a
        # numbered intertitle, `（二）深化改革` / `开放以来，…`, a word across may be chance.)
        return True
    return _fills(following, width) and (indented or joins_word(line, following))


def _follows_text(kinds: list[str]) -> bool:
    """Has running text come before, in this block? (Then a short line is an intertitle.)"""
    return bool(kinds) and kinds[-1] == TEXT


def _is_title_block(block: list[str]) -> bool:
    """A short block that never ends a clause or sentence: a headline group standing apart.

    Commas are allowed only in a subtitle (`——走访了五个村，家家有新变化`) or above a byline
    (`春到山乡，处处新景` / `钱小平`), and a question or an exclamation only at a subtitle's end
    (`——专家为何下田？`), at the end of the headline right above it (`春耕为何提早？` /
    `——访县农技站站长`), or at the end of a block of two lines or more (`县城今年的春耕` /
    `为何提早了半个月？`, or with an ellipsis): a line of text alone may end so as well.
    """
    lines = [x for i, x in enumerate(block) if not i or _squeeze(x) != _squeeze(block[i - 1])]
    if len(lines) > 8 or _opens_lead(block, 0) or block[0].startswith(("（", "(")):
        return False
    text = "".join(_headings(lines))
    if len(lines) >= 2 and not is_byline(lines[-1]):
        text = text.rstrip("？！?!…")  # a headline of two lines or more may end so
    if re.search(f"[{SENTENCE_END}]", text) or any(x[-1] in _CLAUSE_END for x in lines):
        return False
    signed = len(lines) >= 2 and is_byline(lines[-1])  # a headline with its byline
    subtitled = any(x.startswith(_SUBTITLE_MARK) for x in lines)
    if re.search("[，、,；;]", text) and not subtitled and not signed:
        return False
    if text[-1].isascii() and text[-1].isalnum():
        return False  # a number cut at the column edge: `张伟刚充分肯定了 2020`
    return not any(_is_justified(x) for x in lines)


def _headings(lines: list[str]) -> list[str]:
    """Title lines without the question or exclamation mark that may end a dash subtitle
    (`——专家为何下田？`) or the headline right above one (`春耕为何提早？` / `——访…`)."""
    return [
        x.rstrip("？！?!") if x.startswith(_DASHES) or after.startswith(_DASHES) else x
        for x, after in zip(lines, [*lines[1:], ""], strict=True)
    ]


def _is_narrow_title(block: list[str], width: float) -> bool:
    """A block of lines all at most half as wide as the column, none ending a sentence: a
    headline set narrow, whose lines may end at an enumeration comma (`全县植树、` / `护林先进`)
    or hold a comma inside (`说不完，道不尽`). Running text stops short of the column edge only
    at a paragraph's end, with a stop."""
    return (
        len(block) >= 2
        and not _opens_lead(block, 0)
        and not re.search(f"[{SENTENCE_END}]", "".join(block))
        and not any(x[-1] in "，；：,;:" or _is_justified(x) for x in block)
        and all(line_width(x) <= width / 2 for x in block)
    )


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
    """Two or three characters that hold no dictionary word and that the page prints nowhere
    else (`晓岚`): a name, though its surname need not be a common one."""
    name = _squeeze(line)
    return (
        bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name))
        and _unbroken(page_text).count(name) == 1
        and all(len(word) == 1 for word in _dictionary_cut()(name))
    )


@functools.lru_cache(maxsize=2)
def _unbroken(page_text: str) -> str:
    """The page text without its line breaks (a name may run over two lines), made once a page
    for all the lines that ask."""
    return page_text.replace("\n", "")


def _is_running_text(line: str) -> bool:
    """A line that only running text ends this way: at a stop, a clause, an open bracket."""
    return (
        ends_sentence(line)
        or line[-1] in _CLAUSE_END
        or _opens_bracket(line)
        or _is_justified(line)
        or (line[-1].isascii() and line[-1].isalnum())  # a number cut at the column edge
    )


def _is_justified(line: str) -> bool:
    """Spaces between most characters: a justified body line (`三 等 奖 各 1名`) or caption."""
    chars = _squeeze(line)
    gaps = len(re.findall(r"(?<=\S) (?=\S)", line.strip()))
    return len(chars) >= 6 and gaps >= 3


def _opens_bracket(line: str) -> bool:
    """A bracket or quote opened and not closed: the sentence goes on (`（王晓东李思远张`,
    `他说这里就是“小`)."""
    pairs = ("（）", "()", "“”", "《》")
    return any(line.count(a) > line.count(b) for a, b in pairs)


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


def _units(blocks: list[list[str]], widths: list[float]) -> list[_Unit]:
    page_text = "\n" + "\n\n".join(_squeeze(line) for block in blocks for line in block) + "\n"
    columns = tuple(_column_widths(blocks))
    units = [
        unit
        for number, block in enumerate(blocks)
        for unit in _classify(
            block,
            number,
            widths[number],
            page_text,
            blocks[number - 1][-1] if number else "",
            columns,
        )
    ]
    # A line on its own that ends with a question or an exclamation, right over a dash
    # subtitle set apart (`春耕为何提早？` / `——访县农技站站长`): the headline it subtitles.
    for unit, after in itertools.pairwise(units):
        if (
            unit.kind == TEXT
            and len(unit.lines) == 1
            and len(blocks[unit.block]) == 1
            and after.kind == TITLE
            and after.block == unit.block + 1
            and _is_dash_subtitle(after.lines[0])
            and _title_like(unit.lines[0].rstrip("？！?!"))
        ):
            unit.kind = TITLE
    # A bare name over a byline that names a role (`高原卫士` / `本报通讯员 王平`): a title
    # that only looks like a name, as its article is signed right below it.
    for unit, after in itertools.pairwise(units):
        named = _ROLE.search(unit.text)
        if unit.kind == BYLINE == after.kind and not named and _ROLE.search(after.text):
            unit.kind = TITLE
    # A short name on a line of its own that holds no dictionary word and that the page prints
    # nowhere else (`晓岚`): a pen name signing the text, not a headline.
    for unit in units:
        if unit.kind == TITLE and len(unit.lines) == 1 and _reads_as_pen_name(unit.text, page_text):
            unit.kind = BYLINE
    for index, unit in enumerate(units):
        unit.index = index
    return units


# --- Pieces: the runs of body text of each block ---


@dataclass
class _Piece:
    """A run of body lines of one block: a piece of one column of one article. (What it
    shows is worked out once, on first use, when its lines and credit are settled.)"""

    lines: list[str]
    width: float
    unit: int  # the index of its unit
    block: int
    after_title: float = 0.0  # how surely a headline stands right before it (0 to 1)
    offset: int = 0  # the line of its unit it begins at
    bylines: list[str] = field(default_factory=list)  # bylines set right above it
    credit: list[str] = field(default_factory=list)  # the photo credit that ends it
    credit_unit: int | None = None  # the unit of that credit, when it stands on its own

    @functools.cached_property
    def text(self) -> str:
        return join_lines(self.lines)

    @functools.cached_property
    def lead(self) -> bool:
        return _opens_lead(self.lines, 0)

    @functools.cached_property
    def widest(self) -> float:
        """The width of its widest line."""
        return max(line_width(line) for line in self.lines)

    @functools.cached_property
    def dated(self) -> bool:
        """Does it open with a lead that gives a place and a date (`新华社杭州3月5日电`)?"""
        head = "".join(_squeeze(line) for line in self.lines[:2])
        return self.lead and bool(_DATED_LEAD.match(head))

    @functools.cached_property
    def brief(self) -> bool:
        """Does it open with `本报讯`, the lead of a local news item (no place, no date)?"""
        return self.lead and _squeeze(self.lines[0]).startswith("本报讯")

    @property
    def signs_section(self) -> bool:
        """Do its bylines sign a section of an article (set amid a block's text, no title
        before them), as in a symposium of several writers?"""
        return bool(self.bylines) and not self.after_title

    @functools.cached_property
    def ends_open(self) -> bool:
        """Does its last sentence go on elsewhere?

        So it does when the last line reaches the column edge without a stop, ends in a number
        or a clause mark (`…统筹`, `…张伟刚充分肯定了 2020`, `…，`), or is running text at most
        a few characters short of the edge. A short line without any punctuation ends its
        paragraph (an intertitle), unless it goes on from a full line of an open sentence.
        """
        last = self.lines[-1]
        if self.credit or ends_sentence(last) or _SIGNED_END.search(_squeeze(last)):
            return False
        if _fills(last, self.width) or last[-1] in _CLAUSE_END or _opens_bracket(last):
            return True
        if last[-1].isascii() and last[-1].isalnum():
            return True
        # A short line of running text with no stop: cut at the column's end after all
        # (a line holds fewer characters where digits or punctuation take more room than
        # they count, or stops short where the word after it did not fit: `…处理软件` /
        # `Photoshop的…`), or an indented first line that stops short by its indent only.
        running = bool(re.search(r"[，、：；,]", last)) or (
            len(self.lines) >= 2
            and _fills(self.lines[-2], self.width)
            and not ends_sentence(self.lines[-2])
        )
        return running and line_width(last) >= self.width - 3.5

    @functools.cached_property
    def ends_paragraph(self) -> bool:
        """Does its last line end a paragraph (short of the column edge, or a photo credit)?"""
        return not self.ends_open and (bool(self.credit) or not _fills(self.lines[-1], self.width))

    @functools.cached_property
    def begins_paragraph(self) -> bool:
        """May its first line begin a paragraph (a lead, an indented line)?

        A line pdftotext spaced out (`1997 年 12 月 18 日，湖南`) may or may not be indented.
        """
        first = self.lines[0]
        return self.lead or _is_justified(first) or not _fills(first, self.width)

    @functools.cached_property
    def begins_mid(self) -> bool:
        """May its first line go on with a paragraph begun elsewhere (a full line, or the one
        line of a piece that ends a sentence: a paragraph's last)?"""
        first = self.lines[0]
        last_only = len(self.lines) == 1 and ends_sentence(first)
        return not self.lead and (_is_justified(first) or _fills(first, self.width) or last_only)

    @functools.cached_property
    def left_open(self) -> frozenset[str]:
        """The quotes and brackets its last sentence leaves open (`…。他说：“今年`)."""
        text = _squeeze(self.text)
        last = max(text.rfind(stop) for stop in SENTENCE_END)
        return _left_open(text[last + 1 :].lstrip(_CLOSERS))

    @functools.cached_property
    def closes_first(self) -> frozenset[str]:
        """The quotes and brackets its first sentence closes before it opens any (`好。”`)."""
        text = _squeeze(self.text)
        ends = [k for stop in SENTENCE_END if (k := text.find(stop)) >= 0]
        first = min(ends, default=len(text)) + 1
        return _closes_first(text[:first] + re.match(f"[{_CLOSERS}]*", text[first:])[0])


_QUOTES = (("“", "”"), ("（", "）"), ("(", ")"), ("《", "》"))
# A sentence's stop, then a signature in brackets (`…自首。（王五 李四）`): an article's end.
_SIGNED_END = re.compile(r"[。！？!?][”’』」]?[（(][^（()）。]{1,30}[）)]$")


def _left_open(text: str) -> frozenset[str]:
    """The openers of `text` whose closers do not follow them."""
    found = set()
    for opener, closer in _QUOTES:
        depth = 0
        for char in text:
            if char == opener:
                depth += 1
            elif char == closer:
                depth = max(0, depth - 1)
        if depth:
            found.add(opener)
    return frozenset(found)


def _closes_first(text: str) -> frozenset[str]:
    """The openers whose closer comes in `text` before any of them."""
    found = set()
    for opener, closer in _QUOTES:
        close = text.find(closer)
        if close >= 0 and not 0 <= text.find(opener) < close:
            found.add(opener)
    return frozenset(found)


_DIGIT_EXTRA = 0.05  # how much wider than half an em a digit or Latin letter is, about


def _fills(line: str, width: float) -> bool:
    """Does the line reach the edge of its column (justified lines always do)?

    Digits and Latin letters are a little wider than the half an em `line_width` gives them;
    curly quotes may be narrower than the em it gives them.
    """
    ascii_count = sum(1 for c in line if c.isascii() and not c.isspace())
    quotes = sum(1 for c in line if c in "“”‘’")  # half an em wide in many fonts
    taken = line_width(line) + _DIGIT_EXTRA * ascii_count - 0.5 * quotes
    return taken >= width - 1.2 or _is_justified(line)


def _pieces(units: list[_Unit], widths: list[float]) -> list[_Piece]:
    """The text units cut into pieces: a lead inside a block opens a new piece, a photo credit
    closes one. Bylines standing alone go with the piece after them, credits with the one before.
    """
    pieces: list[_Piece] = []
    pending: list[str] = []  # bylines waiting for their text
    for unit in units:
        before = units[unit.index - 1] if unit.index else None
        if unit.kind == CREDIT:
            # A credit in a block of its own closes the caption just before it, if that ends.
            # One right under a title is left for the article that takes the title.
            last = pieces[-1] if pieces else None
            under_title = before is not None and before.kind == TITLE
            if (
                last
                and not last.credit
                and (last.block == unit.block or (not last.ends_open and not under_title))
            ):
                last.credit, last.credit_unit = unit.lines, unit.index
            continue
        if unit.kind == BYLINE and not (before and before.kind == TITLE):
            pending.append(unit.text)
            continue
        if unit.kind != TEXT:
            continue
        width = widths[unit.block]
        start = 0
        for i in range(len(unit.lines) + 1):
            cut = i == len(unit.lines) or (
                i > start and _opens_lead(unit.lines, i) and ends_sentence(unit.lines[i - 1])
            )
            if not cut:
                continue
            piece = _Piece(unit.lines[start:i], width, unit.index, unit.block, offset=start)
            _take_credit(piece)
            if start == 0:
                piece.after_title = _title_before(units, unit.index)
                piece.bylines, pending = pending, []
            pieces.append(piece)
            start = i
    return pieces


def _title_before(units: list[_Unit], index: int) -> float:
    """How surely a headline stands right before unit `index`: 1 for a title group, 0.5 for
    a short line on its own, which may as well be an intertitle of the text around it. (A
    photo credit set under a title stands between them now and then.)"""
    if index >= 2 and units[index - 1].kind == CREDIT and units[index - 2].kind == TITLE:
        index -= 1
    if not index or units[index - 1].kind not in (TITLE, BYLINE):
        return 0.0
    unit = units[index - 1]
    if _is_lead_in(unit.text, units[index].text):
        return 0.0
    inner = units[index - 2] if index >= 2 else None
    if unit.kind == BYLINE and inner and inner.kind == TEXT and inner.block == unit.block:
        return 0.0  # a byline amid one block's text: a section's, within its article
    alone = (
        unit.kind == TITLE
        and len(unit.lines) == 1
        and line_width(unit.lines[0]) <= 14
        and not unit.lines[0].startswith(_SUBTITLE_MARK)
        and (index < 2 or units[index - 2].block != unit.block)
        and (index < 2 or units[index - 2].kind == TEXT)
    )
    return 0.5 if alone else 1.0


def _is_lead_in(title: str, text: str) -> bool:
    """Is a title line the first words of the text right after it, up to a clause mark or a
    sentence's end (`选举结束后` / `选举结束后，代表们听取了…`, `春光正好` / `春光正好。市民…`)?
    A paragraph's opening words set apart in heavier type: an intertitle of the text around
    it, never a headline."""
    words, text = _squeeze(title), _squeeze(text)
    after = text[len(words) : len(words) + 1]
    stop = _CLAUSE_END + SENTENCE_END
    return len(words) >= 2 and text.startswith(words) and bool(after) and after in stop


def _take_credit(piece: _Piece) -> None:
    """A photo credit at the end of a piece's last line (`…第三届。 记者 姚雪 刘王超 摄`)."""
    last = piece.lines[-1]
    found = _CREDIT.search(last)
    before = last[: found.start()].rstrip() if found else ""
    if found and before and (ends_sentence(before) or before.endswith(("）", ")"))):
        piece.lines[-1] = last[: found.start()].rstrip()
        piece.credit = [found.group(1)]


def _page_indents(pieces: list[_Piece]) -> bool:
    """Are paragraphs set with an indented first line? (Then a piece's first line tells
    whether it begins a paragraph.) Judged from the lines that follow a line clearly short of
    the column edge with a stop: a paragraph's last line."""
    indented = flush = 0
    for piece in pieces:
        for previous, line in itertools.pairwise(piece.lines):
            if not ends_sentence(previous) or line_width(previous) > piece.width - 3:
                continue
            if _fills(line, piece.width + 0.7):
                flush += 1
            elif not _fills(line, piece.width - 0.3):
                indented += 1
    return indented >= flush


# --- Links: which piece goes on in which ---

# Weights of the signals that a piece goes on in another (log-odds, roughly), measured on
# generated pages (bench/make_pages.py): a dictionary word spans a true column break about half
# the time and a false one about one time in thirty; the column after a title begins an article.
_OPEN_END = 2.0  # a sentence left open must go on somewhere
_FULL_STOP_END = -1.0  # a stop at the column edge: the article may as well end there
_JOIN_WORD = 2.5
_NO_JOIN_WORD = -0.5
_NEXT_IN_TEXT = 1.5
_LATER_IN_TEXT = 0.3
_EARLIER_IN_TEXT = -0.3
_TITLE_BETWEEN = -2.5
_JOINED_WIDTHS = 2.5  # how much wider or narrower a column may be where a word runs on
# The quote or bracket A's last sentence leaves open closes first in B (`…说：“今年的` /
# `收成好。”`). (A quote left open that B does not close says less: quoted speech runs on over
# sentences, and print leaves quotes unclosed now and then.)
_QUOTES_CLOSE = 1.0
_OWN_TITLE = -2.0  # A's and B's words match different titles
_SAME_TITLE = 1.0
_CAPTION = -2.0  # B begins letter-spaced, as photo captions do
_SAME_LENGTH = 0.3
# B a character or more wider or narrower than A, where B begins a paragraph: most often
# another article's column, set in a box of its own width.
_OTHER_WIDTH = -1.5
_LEAD_AFTER_TEXT = -2.5  # a lead with no title before it: a report within a round-up?
_REPORT_IN_ROUNDUP = 1.0  # a dated lead right after a report's end, in one run of a column
_MISFIT = -1.5  # a paragraph's end followed by a paragraph's middle, or the reverse
_EITHER_START = -1.5  # an open sentence, and a first line that may as well begin a paragraph
_SHARED_WORDS = 15.0
_CHANCE_SHARE = 0.06  # the similarity of two unrelated texts of one page, about
_TITLE_MATCH = 0.3  # the share of a title's bigrams an article's text must hold to claim it
# Columns read across a few lines at a time (`_add_strides`): the most columns, the most lines
# of a piece read in one turn, the fewest neighbouring word joins that confirm the stride, and
# the weight of each (up to the cap).
_STRIDE = 5
_SHORT_TURN = 16
_STRIDE_SUPPORT = 2
_STRIDE_CAP = 3
_KEEPS_STRIDE = 0.75
# Where no dictionary word runs across a join, the two characters that meet stand side by side
# at least this often elsewhere in the page's text: a word of the page's own (a name, a term),
# cut by the column's end.
_PAGE_WORD = 1.5
_PAGE_WORD_SEEN = 2
_LINK_WEIGHTS = {  # each signal's weight, by the name `_link_features` gives it
    "open_end": _OPEN_END,
    "full_stop_end": _FULL_STOP_END,
    "join_word": _JOIN_WORD,
    "no_join_word": _NO_JOIN_WORD,
    "next_in_text": _NEXT_IN_TEXT,
    "later_in_text": _LATER_IN_TEXT,
    "earlier_in_text": _EARLIER_IN_TEXT,
    "title_between": _TITLE_BETWEEN,
    "quotes_close": _QUOTES_CLOSE,
    "own_title": _OWN_TITLE,
    "same_title": _SAME_TITLE,
    "caption": _CAPTION,
    "same_length": _SAME_LENGTH,
    "other_width": _OTHER_WIDTH,
    "lead_after_text": _LEAD_AFTER_TEXT,
    "report_in_roundup": _REPORT_IN_ROUNDUP,
    "misfit": _MISFIT,
    "either_start": _EITHER_START,
    "shared_words": _SHARED_WORDS,
    "keeps_stride": _KEEPS_STRIDE,
    "page_word": _PAGE_WORD,
}


@functools.cache
def _dictionary_cut() -> Callable[[str], list[str]]:
    """jieba's dictionary segmentation (no guessing of unknown words), rjieba when installed."""
    try:
        import rjieba
    except ImportError:  # pragma: no cover - rjieba ships with the project
        import jieba

        jieba.setLogLevel(60)
        tokenizer = jieba.Tokenizer()
        return lambda text: tokenizer.lcut(text, HMM=False)
    engine = rjieba.Jieba()
    return lambda text: engine.cut(text, False)


def joins_word(before: str, after: str) -> bool:
    """Does a dictionary word run across the join of `before` and `after`?

    `joins_word("县委书记带队检", "查防汛工作")` is True (`检查`): a column that ends mid-sentence
    most often ends mid-word, and the column that goes on with it completes the word.
    """
    tail = _squeeze(before)[-6:]
    head = _squeeze(after)[:6]
    if not tail or not head:
        return False
    position = 0
    for word in _dictionary_cut()(tail + head):
        if position < len(tail) < position + len(word):
            return True
        position += len(word)
    return False


def _weights(texts: list[str]) -> list[dict[str, float]]:
    """Each text's bigrams weighted by how few of the texts share them (tf-idf)."""
    counts = [Counter(_bigram_list(text)) for text in texts]
    df: Counter[str] = Counter(g for c in counts for g in c)
    n = len(texts)
    return [{g: tf * math.log((n + 1) / df[g]) for g, tf in c.items()} for c in counts]


def _dot_products(weights: list[dict[str, float]]) -> list[list[float]]:
    """All pairs' dot products of the pieces' weighted bigrams (through an inverted index)."""
    n = len(weights)
    dots = [[0.0] * n for _ in range(n)]
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, vector in enumerate(weights):
        for gram, weight in vector.items():
            if weight > 0:
                postings.setdefault(gram, []).append((i, weight))
    for posting in postings.values():
        for a, wa in posting:
            row = dots[a]
            for b, wb in posting:
                row[b] += wa * wb
    return dots


class _Chains:
    """Pieces chained into text flows, each chain known by its first piece, with the dot
    products of the chains' weighted bigrams kept up to date as chains are joined."""

    def __init__(self, pieces: list[_Piece]) -> None:
        self.pieces = pieces
        dots = _dot_products(_weights([p.text for p in pieces]))
        self.chain_of = list(range(len(pieces)))
        self.members = {i: [i] for i in range(len(pieces))}
        self.shared = {i: dict(enumerate(dots[i])) for i in range(len(pieces))}

    def similarity(self, x: int, y: int) -> float:
        norm = math.sqrt(self.shared[x][x] * self.shared[y][y])
        return self.shared[x][y] / norm if norm else 0.0

    def text(self, x: int) -> str:
        return "".join(self.pieces[k].text for k in self.members[x])

    def overflows_caption(self, x: int, y: int, alone: bool = False) -> bool:
        """Would chain x before chain y, a photo caption (it ends with a credit), make the
        caption longer than any caption runs? With `alone`: is chain x alone longer?"""
        if not self.pieces[self.members[y][-1]].credit:
            return False
        text = self.text(x) if alone else self.text(x) + self.text(y)
        return len(_squeeze(text)) > _CAPTION_CHARS

    def join(self, x: int, y: int) -> None:
        """Chain y goes on after chain x."""
        self.members[x].extend(self.members.pop(y))
        for k in self.members[x]:
            self.chain_of[k] = x
        row = self.shared.pop(y)
        own = self.shared[x][x] + row[y] + 2 * row[x]
        for z, other in self.shared.items():
            if z != x:
                self.shared[x][z] = other[x] = self.shared[x][z] + row[z]
            other.pop(y, None)
        self.shared[x][x] = own


def _link(pieces: list[_Piece], titles: list[set[str]]) -> list[list[int]]:
    """Chain the pieces into articles' text flows.

    A link A→B (B goes on where A stops) must be possible: the same column width, nothing
    after a photo credit or before a lead set right under a title. First the columns that
    stop mid-sentence are joined to those that begin mid-paragraph (by a word running across
    the join, the words both texts share, their order in the page text), unless A's text is
    already longer than a caption and B's ends with a photo credit; then the rest, mostly
    paragraphs that end a column and those that begin one: unless a title stands
    before B, or B's words match another title than A's, or B ends with a photo credit and
    the join would make its caption longer than captions run. Each time the links are taken
    as a whole, the set whose scores add up to the most (a link taken by one article would
    otherwise leave the pieces it skipped to the next best bidder). `titles` are the bigrams
    of the page's titles.
    """
    indents = _page_indents(pieces)
    chains = _Chains(pieces)
    bases = {
        (i, j): f
        for i in range(len(pieces))
        for j in range(len(pieces))
        if (f := _link_features(pieces, i, j, indents)) is not None
    }
    _add_strides(pieces, bases)
    _add_grids(pieces, bases)
    _add_page_words(pieces, bases)
    running = {
        (i, j): f
        for (i, j), f in bases.items()
        if pieces[i].ends_open
        or (
            indents
            and not pieces[i].ends_paragraph
            and pieces[j].begins_mid
            and not pieces[j].begins_paragraph
        )
    }
    first = {
        link: total
        for link, features in running.items()
        if (total := _score({**features, "shared_words": chains.similarity(*link)})) > 0
    }
    for i, j in sorted(_best_matching(first).items(), key=lambda pair: -first[pair]):
        x, y = chains.chain_of[i], chains.chain_of[j]
        if (
            x != y
            and chains.members[x][-1] == i
            and chains.members[y][0] == j
            and not chains.overflows_caption(x, y, alone=True)
        ):
            chains.join(x, y)
    claims = {x: _claimed(chains.text(x), titles) for x in chains.members}

    def link(x: int, y: int) -> float | None:
        features = bases.get((chains.members[x][-1], y))
        if features is None or x == y or chains.overflows_caption(x, y):
            return None
        return _score(_chain_features(features, chains, claims, x, y))

    scores = {
        (x, y): score
        for x in chains.members
        for y in chains.members
        if (score := link(x, y)) is not None
    }
    matched = _best_matching({link: s for link, s in scores.items() if s > 0})
    for x, y in sorted(matched.items(), key=lambda pair: -scores[pair]):
        x, y = chains.chain_of[x], chains.chain_of[y]
        if x != y:  # (a link that would close a circle is dropped)
            chains.join(x, y)
    return sorted(chains.members.values(), key=lambda m: m[0])


def _link_features(pieces: list[_Piece], i: int, j: int, indents: bool) -> dict[str, float] | None:
    """The signals that piece j goes on where piece i stops, from what the two pieces show: each
    signal's value, to be weighed by `_LINK_WEIGHTS`; None if the link is impossible."""
    a, b = pieces[i], pieces[j]
    if i == j or a.credit or (b.lead and b.after_title) or not _same_column(a, b):
        return None
    order = "next_in_text" if j == i + 1 else "later_in_text" if j > i else "earlier_in_text"
    features = {order: 1.0}
    if a.ends_open and a.left_open and a.left_open == b.closes_first:
        features["quotes_close"] = 1.0
    if b.lead:
        # A lead opens an article, or one report of several in a round-up
        # (`…危机。` / `据新华社杭州3月12日电…`): so does a dated lead right after a
        # report's end in one run of a column, where no headline stands between them; a
        # `本报讯` there opens the next item of a column of briefs.
        if j == i + 1 and a.unit == b.unit and b.dated and not (a.lead and a.brief):
            features["report_in_roundup"] = 1.0
        else:
            features["lead_after_text"] = 1.0
        return features
    if abs(len(a.lines) - len(b.lines)) <= 2:
        features["same_length"] = 1.0
    if a.ends_open and (b.begins_mid or not indents):
        if indents and b.begins_paragraph:
            features["either_start"] = 1.0  # spaced out by pdftotext: its indent cannot be seen
        features["open_end"] = 1.0
        features["join_word" if joins_word(a.text, b.text) else "no_join_word"] = 1.0
        return features
    if indents and b.begins_mid and not b.begins_paragraph:
        # Mid-paragraph after a stop at the column edge; or, a piece that lost its
        # sentence's start, after any end.
        features["title_between"] = b.after_title
        features["full_stop_end" if not a.ends_paragraph else "misfit"] = 1.0
        return features
    if _other_width(a, b):
        features["other_width"] = 1.0
    if indents and a.ends_open:
        features["misfit"] = 1.0  # a sentence left open, and a paragraph that begins
        return features
    features["title_between"] = b.after_title
    return features


def _add_strides(pieces: list[_Piece], bases: dict[tuple[int, int], dict[str, float]]) -> None:
    """Mark the links that keep the stride of columns pdftotext read across.

    Where several columns stand side by side in short blocks, pdftotext may read them across,
    a few lines of each in turn: the text then goes on not in the next piece but k pieces on
    (k the number of columns). A link i→i+k keeps such a stride when the links of its
    neighbours (i+m→i+m+k, for m up to k either way) are confirmed by words running across
    their joins, more of them than for the next piece in the text; its signal is how many
    (up to `_STRIDE_CAP`). The piece that opens such a link no longer gains from the next
    piece following it in the text.
    """

    def short(i: int, j: int) -> bool:
        return max(len(pieces[i].lines), len(pieces[j].lines)) <= _SHORT_TURN

    joined = {
        (i, j)
        for (i, j), features in bases.items()
        if 0 < j - i <= _STRIDE and "join_word" in features and short(i, j)
    }

    def support(i: int, k: int) -> int:
        return sum((i + m, i + m + k) in joined for m in range(-k, k + 1) if m)

    across = set()
    for (i, j), features in bases.items():
        k = j - i
        if not (2 <= k <= _STRIDE and short(i, j)):
            continue
        found = support(i, k)
        if found >= _STRIDE_SUPPORT and found > support(i, 1):
            features["keeps_stride"] = min(found, _STRIDE_CAP)
            across.add(i)
    for i in across:
        features = bases.get((i, i + 1))
        if features is not None:
            features.pop("next_in_text", None)


def _add_grids(pieces: list[_Piece], bases: dict[tuple[int, int], dict[str, float]]) -> None:
    """Mark the links of an article's columns that pdftotext read band by band.

    Where something stands beside a part of an article's height, pdftotext may read the
    article's columns across a band at a time: the top lines of each column, then the next
    lines of each. The pieces s + band·k + col (c columns, each cut into b bands, k pieces
    from one band to the next) then read on down a column band by band, and from its last band
    to the next column's first. Such a grid holds when its joins read on better than those
    of the same pieces in text order (words running across them, less misfits: a paragraph's
    end before a paragraph's middle or the reverse), with at least two words running across;
    of grids that overlap, the one that reads on best for its size. Its links keep the
    stride; its pieces no longer gain from the next piece in the text. Only its first piece
    may stand under a title or open with a lead.
    """
    n = len(pieces)

    def fits(p: int, first: bool) -> bool:
        piece = pieces[p]
        return len(piece.lines) <= _SHORT_TURN and (first or not (piece.after_title or piece.lead))

    def reads_on(links: list[tuple[int, int]]) -> tuple[int, int]:
        """How many of the links join a word, and how many are misfits."""
        found = [bases.get(link, {}) for link in links]
        return sum("join_word" in f for f in found), sum("misfit" in f for f in found)

    grids = []
    for s in range(n):
        if not fits(s, True):
            continue
        for k in range(2, _STRIDE + 1):
            for c in range(2, k + 1):
                for b in range(2, n):
                    cells = [s + band * k + col for col in range(c) for band in range(b)]
                    if cells[-1] >= n or not all(fits(p, p == s) for p in cells[1:]):
                        break
                    flow = list(itertools.pairwise(cells))
                    if any(link not in bases for link in flow):
                        break
                    words, misfits = reads_on(flow)
                    text_words, text_misfits = reads_on(list(itertools.pairwise(sorted(cells))))
                    margin = words - misfits - (text_words - text_misfits)
                    if words >= _STRIDE_SUPPORT and margin > 0:
                        grids.append((margin / len(cells), len(cells), cells))
    taken: set[int] = set()
    for _, _, cells in sorted(grids, key=lambda grid: (-grid[0], -grid[1])):
        if taken.intersection(cells):
            continue
        taken.update(cells)
        flow = set(itertools.pairwise(cells))
        for link in flow:
            bases[link]["keeps_stride"] = _STRIDE_CAP
        for p in cells:
            features = bases.get((p, p + 1))
            if features is not None and (p, p + 1) not in flow:
                features.pop("next_in_text", None)


def _add_page_words(pieces: list[_Piece], bases: dict[tuple[int, int], dict[str, float]]) -> None:
    """Mark the links of a sentence left open where no dictionary word runs across the join,
    but the two Chinese characters that meet there stand side by side elsewhere in the page's
    text, twice at least: most often a word of the page's own (a name, a term the article
    uses again) that the column's end cut."""
    pairs: Counter[str] = Counter()
    for piece in pieces:
        text = _squeeze(piece.text)
        pairs.update(text[k : k + 2] for k in range(len(text) - 1))
    for (i, j), features in bases.items():
        if "no_join_word" not in features:
            continue
        pair = _squeeze(pieces[i].text)[-1:] + _squeeze(pieces[j].text)[:1]
        if re.fullmatch(r"[\u4e00-\u9fff]{2}", pair) and pairs[pair] >= _PAGE_WORD_SEEN:
            features["page_word"] = 1.0


def _chain_features(
    base: dict[str, float],
    chains: _Chains,
    claims: dict[int, int | None],
    x: int,
    y: int,
) -> dict[str, float]:
    """The signals of a link of chain x to chain y: those of the pieces that meet, the words
    the chains share (beyond chance), a caption's first line, and the titles they match."""
    features = {**base, "shared_words": chains.similarity(x, y) - _CHANCE_SHARE}
    if is_letter_spaced(chains.pieces[y].lines[0]):
        features["caption"] = 1.0  # a photo caption's first line, set letter-spaced
    own, other = claims[x], claims[y]
    if own is not None and other is not None:
        features["same_title" if own == other else "own_title"] = 1.0
    return features


def _score(features: dict[str, float]) -> float:
    """A link's score: its signals' values times their weights, added up."""
    return sum(_LINK_WEIGHTS[name] * value for name, value in features.items())


def _same_column(a: _Piece, b: _Piece) -> bool:
    """May `b` go on from `a` in a column of the same width? Give or take a character and a
    half; or a character more where a word runs across the join, as a short block's width is
    only guessed from the blocks near it."""
    gap = abs(a.width - b.width)
    return gap <= 1.5 or (gap <= _JOINED_WIDTHS and a.ends_open and joins_word(a.text, b.text))


def _other_width(a: _Piece, b: _Piece) -> bool:
    """Are `a` and `b` set in columns of different widths? So they are when their widths differ
    by a character or more and no line of the narrower reaches the wider's width (a short
    block's width, a median of few lines, may come out a character short)."""
    narrow, wide = (a, b) if a.width <= b.width else (b, a)
    return wide.width - narrow.width >= 1 and narrow.widest < wide.width - 0.5


def _claimed(text: str, titles: list[set[str]]) -> int | None:
    """The title a text's words match best, if they match one well: in two of its bigrams at
    least (one word of a short title, `无聊` of `拒绝无聊`, turns up in any text by chance)."""
    grams = _bigrams(text)

    def share(title: set[str]) -> float:
        shared = len(title & grams)
        return shared / len(title) if title and shared >= min(2, len(title)) else 0.0

    shares = sorted((share(t), i) for i, t in enumerate(titles))
    if not shares or shares[-1][0] < _TITLE_MATCH:
        return None
    if len(shares) > 1 and shares[-2][0] == shares[-1][0]:
        return None  # two titles match as well: neither is claimed
    return shares[-1][1]


def _best_matching(scores: dict[tuple[int, int], float]) -> dict[int, int]:
    """The links x→y (each x and each y at most once) whose scores add up to the most.

    The assignment problem, solved by the Hungarian method on a square matrix where every x
    and every y may also stay unlinked at no cost.
    """
    rows = sorted({x for x, _ in scores})
    cols = sorted({y for _, y in scores})
    n = len(rows) + len(cols)
    if not scores:
        return {}
    forbidden = 1e9
    cost = [[forbidden] * (n + 1) for _ in range(n + 1)]
    for r, x in enumerate(rows, 1):
        for c, y in enumerate(cols, 1):
            if (x, y) in scores:
                cost[r][c] = -scores[x, y]
        cost[r][len(cols) + r] = 0.0  # x stays unlinked
    for c in range(1, len(cols) + 1):
        cost[len(rows) + c][c] = 0.0  # y stays unlinked
        for k in range(len(cols) + 1, n + 1):
            cost[len(rows) + c][k] = 0.0
    # e-maxx's O(n³) Hungarian algorithm, 1-based.
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    owner = [0] * (n + 1)
    way = [0] * (n + 1)
    for r in range(1, n + 1):
        owner[0] = r
        j0 = 0
        least = [math.inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            row = cost[i0]
            delta = math.inf
            j1 = 0
            for j in range(1, n + 1):
                if not used[j]:
                    here = row[j] - u[i0] - v[j]
                    if here < least[j]:
                        least[j] = here
                        way[j] = j0
                    if least[j] < delta:
                        delta = least[j]
                        j1 = j
            for j in range(n + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    matched: dict[int, int] = {}
    for c, y in enumerate(cols, 1):
        r = owner[c]
        if 1 <= r <= len(rows) and cost[r][c] < forbidden:
            matched[rows[r - 1]] = y
    return matched


# --- Drafts: an article's text from its chain of pieces ---


@dataclass
class _Draft:
    """An article assembled from a chain of pieces."""

    pieces: list[_Piece]
    paragraphs: list[str] = field(default_factory=list)
    photo: bool = False
    credit: str = ""

    @property
    def bylines(self) -> list[str]:
        return [b for p in self.pieces for b in p.bylines]


def _paragraphs(lines: list[str], width: float) -> list[str]:
    """Split a run of text lines into paragraphs: a short line ending a sentence ends one."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        paragraphs[-1].append(line)
        # A letter-spaced line fills its column however few characters it has.
        if ends_sentence(line) and not _fills(line, width):
            paragraphs.append([])
    return [join_lines(p, clean=False) for p in paragraphs if p]


def _draft(pieces: list[_Piece], intertitles: dict[int, str] | None = None) -> _Draft:
    """The paragraphs of a chain of pieces; a credit (its own line, or ending the last line:
    `…第三届。 记者 姚雪 刘王超 摄`) makes it a photo item. `intertitles` are paragraphs of
    their own to set before the pieces of those units."""
    draft = _Draft(pieces)
    open_sentence = False
    for number, piece in enumerate(pieces):
        if intertitles and piece.unit in intertitles:
            draft.paragraphs.append(intertitles[piece.unit])
            open_sentence = False  # an intertitle is a paragraph of its own
        if number and piece.signs_section and not pieces[number - 1].ends_open:
            # A section's signature stays where it is printed, a paragraph of its own. (One
            # that cuts a sentence at the column edge signs no section: pdftotext slipped it
            # in from beside.)
            draft.paragraphs.extend(join_lines([b]) for b in piece.bylines)
            open_sentence = False
        for paragraph in _paragraphs(piece.lines, piece.width):
            if open_sentence:
                draft.paragraphs[-1] = join_lines([draft.paragraphs[-1], paragraph], clean=False)
            else:
                draft.paragraphs.append(paragraph)
            open_sentence = not ends_sentence(draft.paragraphs[-1])
    credit = pieces[-1].credit
    found = _CREDIT.search(draft.paragraphs[-1])
    if credit or (found and found.start() > 0):
        _close_photo(draft, credit)
    return draft


def _close_photo(draft: _Draft, credit_lines: list[str]) -> None:
    """Make the draft a photo item; its credit ends its last paragraph or follows on its own.

    The credit may begin on the text's last line (`…检查。 记者 廖` / `洋杰 摄`).
    """
    last = draft.paragraphs[-1] if draft.paragraphs else ""
    joined = join_lines([last, *credit_lines], clean=False)
    found = _CREDIT.search(joined)
    start = found.start() if found else len(last)
    if draft.paragraphs:
        draft.paragraphs[-1] = joined[:start].rstrip()
        if not draft.paragraphs[-1]:
            draft.paragraphs.pop()
    draft.photo = True
    draft.credit = re.sub(r"\s+", " ", joined[start:]).strip()


# --- Headlines: matching title groups to articles ---


def _bigram_list(text: str) -> list[str]:
    chars = [c for c in text if "\u4e00" <= c <= "\u9fff" or c.isalnum()]
    return [chars[i] + chars[i + 1] for i in range(len(chars) - 1)]


def _bigrams(text: str) -> set[str]:
    return set(_bigram_list(text))


@dataclass
class _TitleGroup:
    """Title lines printed together (one block): kicker, headline, subtitle, bylines."""

    units: list[_Unit]
    block: int
    opener: str = ""  # an opening quote broken off into a block of its own
    last_char: str = ""  # its last characters, broken off into a block of their own
    lead_in: int = 0  # how many of its last lines are the first words of the text under it
    under: bool = False  # set between a shorter title and a text, no byline between: a subtitle?
    subtitle: bool = False  # taken by the matcher as the subtitle under an article's headline

    @property
    def lines(self) -> list[str]:
        lines = [line for u in self.units if u.kind == TITLE for line in u.lines]
        if self.opener and lines:
            lines[0] = self.opener + lines[0].lstrip()
        if self.last_char and lines:
            lines.append(self.last_char)  # a line of its own, as printed
        return lines

    @property
    def bylines(self) -> list[str]:
        return [u.text for u in self.units if u.kind == BYLINE]

    @functools.cached_property
    def words(self) -> set[str]:
        """The bigrams of its title lines, a second print removed (worked out once its lines
        are settled)."""
        return _bigrams("".join(_dedupe_lines(self.lines)))

    @property
    def first(self) -> int:
        return self.units[0].index

    @property
    def last(self) -> int:
        return self.units[-1].index


_OPENERS = {"“": "”", "‘": "’", "『": "』", "「": "」", "《": "》", "（": "）"}


def _title_groups(units: list[_Unit]) -> list[_TitleGroup]:
    groups: list[_TitleGroup] = []
    for unit in units:
        if unit.kind == TITLE:
            if groups and groups[-1].block == unit.block:
                groups[-1].units.append(unit)
            else:
                groups.append(_TitleGroup([unit], unit.block))
        elif unit.kind == BYLINE and groups and groups[-1].last == unit.index - 1:
            groups[-1].units.append(unit)  # a byline right under its title, or in a block below
    groups = [g for g in groups if _dedupe_lines(g.lines)]
    # A lone character in a block of its own, next to a title whose last word it ends
    # (`县里为受灾群众捐` / `款`), is that title's last character; an opening quote next to a
    # title that closes it first (`“` / `春风”行动启动`), its first. The extraction broke them
    # off, and may have set them before or after the title.
    # So are the last two or three characters of a title wrapped over full lines, that complete
    # the word its last line breaks (`新建的县图` / `书馆今天开` … `门迎客`).
    broken: set[int] = set()
    for k, group in enumerate(groups):
        char = _squeeze("".join(group.lines))
        if not 1 <= len(char) <= 3 or not all(map(is_wide, char)):
            continue
        for j in (k - 1, k + 1):
            # (A byline under the character signs the title above it.)
            if not 0 <= j < len(groups) or j in broken or (group.bylines and j != k - 1):
                continue
            other = groups[j]
            touching = other.last + 1 == group.first or group.last + 1 == other.first
            if not touching or other.bylines:
                continue
            text = _squeeze("".join(other.lines))
            if char in _OPENERS and not other.opener and _OPENERS[char] in text.split(char)[0]:
                other.opener = char
            elif (
                char[0] not in _OPENERS
                and not other.last_char
                and joins_word(text, char)
                and (len(char) == 1 or _wrapped_over(other.lines, char))
            ):
                other.last_char = char
            else:
                continue
            other.units.extend(u for u in group.units if u.kind == BYLINE)
            broken.add(k)
            break
    groups = [g for k, g in enumerate(groups) if k not in broken]
    # The first words of the text right under a title, printed as the title's last line, lead
    # into it (`县里召开表彰大会` / `今年全县涌现先进集体` / `今年全县涌现先进集体，…`): a kicker
    # the extraction set after the headline. So does a whole title that they are.
    for group in groups:
        lines = _dedupe_lines(group.lines)
        after = units[group.last + 1] if group.last + 1 < len(units) else None
        if not lines or after is None or after.kind != TEXT:
            continue
        if not lines[0].startswith(_SUBTITLE_MARK) and _is_lead_in("".join(lines), after.text):
            group.lead_in = len(lines)
        elif (
            len(lines) >= 2
            and not lines[-1].startswith(_SUBTITLE_MARK)
            and _is_lead_in(lines[-1], after.text)
        ):
            group.lead_in = 1
    # The same title printed again in a block of its own (maybe without its digits) is a copy.
    kept: list[_TitleGroup] = []
    for group in groups:
        if kept and _letters(kept[-1].lines) == _letters(group.lines) and not group.bylines:
            if len("".join(group.lines)) > len("".join(kept[-1].lines)):
                kept[-1] = group
            continue
        kept.append(group)
    # A title line longer than the title right above it, set between it and a text with no
    # byline between, is its subtitle if they go together: the headline is set in the largest
    # type, and a line that long under it is set smaller.
    for above, group in itertools.pairwise(kept):
        lines = _dedupe_lines(group.lines)
        after = units[group.last + 1] if group.last + 1 < len(units) else None
        group.under = (
            not above.bylines
            and all(u.kind == TITLE for u in units[above.last + 1 : group.first])
            and after is not None
            and after.kind == TEXT
            and not group.lead_in
            and not lines[0].startswith(_SUBTITLE_MARK)
            and len(_letters(group.lines)) > len(_letters(above.lines))
        )
    return kept


def _wrapped_over(lines: list[str], rest: str) -> bool:
    """Do a title's lines wrap over full lines, all as wide, and is `rest` no wider: the end
    of the title, broken off?"""
    widths = [line_width(line) for line in _dedupe_lines(lines)]
    return len(widths) >= 2 and max(widths) - min(widths) <= 0.5 and line_width(rest) <= widths[-1]


def _letters(lines: list[str]) -> str:
    """A title's text without spaces, digits and Latin letters: what every print of it shares."""
    return re.sub(r"[0-9A-Za-z.%\s]", "", "".join(_dedupe_lines(lines)))


def _dedupe_lines(lines: list[str]) -> list[str]:
    """A title's lines with the typesetting's second (or digit-less) print removed.

    `A A B B` → `A B`; `X′ X X` where X′ is X without its digits → `X`.
    """
    out: list[str] = []
    for line in lines:
        if not out or _squeeze(line) != _squeeze(out[-1]):
            out.append(line)
    whole = "".join(_squeeze(line) for line in out)
    letters = re.sub(r"[0-9A-Za-z.%]", "", whole)
    for copies in (3, 2):
        if letters and len(letters) % copies == 0:
            unit = letters[: len(letters) // copies]
            if unit * copies == letters:
                return _richest_copy(out, unit)
    return out


def _richest_copy(lines: list[str], unit: str) -> list[str]:
    """Of repeated copies of a title, the one printed with most characters (digits kept)."""
    copies: list[list[str]] = [[]]
    for line in lines:
        copies[-1].append(line)
        done = re.sub(r"[0-9A-Za-z.%]", "", "".join(_squeeze(x) for x in copies[-1]))
        if done == unit:
            copies.append([])
    complete = [c for c in copies if c]
    return max(complete, key=lambda c: (len("".join(c)), -len(c)))


def title_text(lines: list[str]) -> str:
    """A title's text from its printed lines, doubled print undone.

    Lines that wrap one phrase join without a space. A line clearly longer than the line before
    shows that the line before was not full: the break was the editor's, between two phrases,
    and stays as a space (`坚持集成化精细化/特色化实体化改革/力争试出更多“开化经验”`).
    """
    out = ""
    previous = 0.0
    for line in lines:
        line = undouble(re.sub(r"\s+", " ", line.strip()))
        width = line_width(line)
        if out:
            deliberate = width > previous + 1.5
            if deliberate or (not is_wide(out[-1]) and not is_wide(line[0])):
                out += " "
        out += line
        previous = width
    return out


def _smaller_type(lines: list[str]) -> int:
    """Where a title's lines go on in a smaller type: the first line, after the first, that
    holds half as many letters again as the widest line above it, and four more. The
    headline is set in the largest type; a line under it that holds so many more characters
    is set smaller, a subtitle (`山村通了公交车` / `全县最后一个行政村结束了不通客车的历史`),
    though it has no dash. (A headline's own lines are about as long as each other; a break
    the editor chose leaves a line only a little longer than the line before.) The number of
    lines when there is none."""
    widest = 0.0
    for k, line in enumerate(lines):
        if " " in line.strip():
            break  # a gap: things side by side, or names, not one headline's type
        width = line_width(re.sub(r"[^\w]", "", line))  # quotes and stops may be set narrow
        if k and width >= 1.5 * widest and width >= widest + 4:
            return k
        widest = max(widest, width)
    return len(lines)


def _title_parts(groups: list[_TitleGroup]) -> tuple[str, str, str]:
    """(kicker, headline, subtitle) from one article's title groups, in print order."""
    mains: list[list[str]] = []
    subtitles: list[str] = []
    kicker = ""
    for number, group in enumerate(groups):
        lines = _dedupe_lines(group.lines)
        if group.lead_in and not kicker:
            kicker = title_text(lines[-group.lead_in :])
            lines = lines[: -group.lead_in]
        if group.subtitle and mains and not subtitles:
            subtitles.append(title_text(lines))
            continue
        cut = next((i for i, x in enumerate(lines) if x.startswith(_SUBTITLE_MARK)), None)
        cut = _smaller_type(lines) if cut is None else cut
        above = number + 1 < len(groups) and groups[number + 1].first == group.last + 1
        if not cut and not mains and not kicker and len(groups) > 1 and above:
            kicker = title_text(lines)  # a dash line right above the headline leads into it
            continue
        if cut:
            mains.append(lines[:cut])
        if cut < len(lines):
            subtitles.append(title_text(lines[cut:]))
    if len(mains) >= 2 and not kicker:
        # The kicker stands first, unless another title ends with a dash that leads into the
        # headline (`乡村书屋开张` / `孩子们放学有了新去处———`).
        leading = next((m for m in mains if m[-1].rstrip().endswith(_DASHES)), mains[0])
        kicker = title_text(leading)
        mains = [m for m in mains if m is not leading]
    headline = " ".join(title_text(m) for m in mains)
    return kicker, headline, " ".join(subtitles)


# How much a title's place counts beside the words it shares with an article: a title that
# stands right before an article's first piece is its headline unless the words say otherwise.
_STANDS_BEFORE = 0.35
_SHARES_WORDS = 0.15  # the least share of a title's weighted bigrams that counts as a match
_NEAR_UNITS = 3  # how far (in units of the page text) a title may stand from its article
_PHOTO_LABEL = 10  # the most characters of a photo item's title set apart from its caption


def _match_titles(
    groups: list[_TitleGroup], drafts: list[_Draft], units: list[_Unit]
) -> dict[int, list[int]]:
    """Give title groups to articles: each article one headline group (the one sharing most
    words with it, else the one standing right before its first piece), then a group printed
    right before that (a kicker) or after it (a subtitle) when it shares words with it too.

    Returns article index → indexes of its title groups, in print order.
    """
    bodies = [_bigrams("".join(d.paragraphs)) for d in drafts]
    df: Counter[str] = Counter(g for body in bodies for g in body)

    def shares(group: _TitleGroup, body: set[str], least: int = 1) -> float:
        """The weighted share of the group's bigrams the body holds, if it holds `least`
        of them at least (or all, when the group has fewer)."""
        grams = group.words
        common = grams & body
        if not grams or len(common) < min(least, len(grams)):
            return 0.0
        # Shared bigrams, each worth less the more articles of the page have it.
        return math.fsum(1 / df[g] for g in common) / len(grams)

    indents = _page_indents([p for d in drafts for p in d.pieces])

    def stands_before(group: _TitleGroup, draft: _Draft) -> bool:
        first = draft.pieces[0].unit
        between = units[group.last + 1 : first]
        # An article's text begins a paragraph: a piece that goes on mid-paragraph, on a page
        # that indents, is no article's first, whatever stands above it.
        start = draft.pieces[0]
        if indents and start.begins_mid and not start.begins_paragraph and not start.lead:
            return False
        if _sentence_end_only(draft):
            return False
        return (
            group.last < first
            and not start.offset
            and all(u.kind in (TITLE, BYLINE, CREDIT) for u in between)
        )

    def inside(group: _TitleGroup, draft: _Draft) -> bool:
        """Does the group stand between two pieces of the draft that follow each other in the
        page text too, the first ending its paragraph? Then it is one of its intertitles (no
        intertitle cuts a sentence)."""
        return any(
            not a.ends_open
            and a.unit < group.first
            and group.last < b.unit
            and all(u.kind in (TITLE, BYLINE) for u in units[a.unit + 1 : b.unit])
            for a, b in itertools.pairwise(draft.pieces)
        )

    overlap = [[shares(g, body) for body in bodies] for g in groups]
    # One bigram a title shares with a text may be chance: it takes two to call a title
    # matched by no article's words.
    words = [[shares(g, body, least=2) for body in bodies] for g in groups]
    # A title set between two pieces of an article whose words match it best is that
    # article's intertitle, no other article's headline.
    between = {
        t
        for t, group in enumerate(groups)
        for a, draft in enumerate(drafts)
        if inside(group, draft) and max(overlap[t]) == overlap[t][a] >= _SHARES_WORDS
    }
    # A lone character is a piece of a title the extraction broke off, no headline of its own;
    # nor is a paragraph's first words set apart above it (an intertitle, or a kicker where a
    # headline stands between).
    lone = {t for t, group in enumerate(groups) if not _bigrams("".join(group.lines))}
    lone |= _lead_ins(groups, units, past_titles=True)
    # Nor are lines that close a bracket or quote they never opened (`200项）` / `心”工程`):
    # running text the extraction broke off and set apart.
    broken = {t for t, g in enumerate(groups) if _closes_first("".join(_dedupe_lines(g.lines)))}
    lone |= broken
    # Nor is a photographer's signature (`王平摄影`): a credit set like a title.
    lone |= {t for t, g in enumerate(groups) if _is_photo_credit(g.lines)}
    # Nor are lines that leave a bracket or quote open, or close one more than they open
    # (`…编辑的《县志文`): a headline's marks pair up; these are a cut line of text, or a
    # piece of a title the extraction mixed with another.
    lone |= {t for t, g in enumerate(groups) if _unpaired("".join(_dedupe_lines(g.lines)))}
    # Nor is a title that is the first words of an article's text, wherever it stands: a
    # paragraph's opening set apart (an intertitle, a kicker), not the article's headline.
    openings = [d.pieces[0].text for d in drafts]
    lone |= {
        t
        for t, g in enumerate(groups)
        if any(_is_lead_in("".join(_dedupe_lines(g.lines)), text) for text in openings)
    }
    lead_ins = _lead_ins(groups, units)
    # The units whose text's last sentence goes on elsewhere.
    pieces = sorted((p for d in drafts for p in d.pieces), key=lambda p: (p.unit, p.offset))
    last_piece = {p.unit: p for p in pieces}
    open_at = {u for u, p in last_piece.items() if p.ends_open}
    scores: list[tuple[float, int, int]] = []
    for t, group in enumerate(groups):
        if t in between or t in lone:
            continue
        for a, draft in enumerate(drafts):
            before = stands_before(group, draft)
            if inside(group, draft):
                continue
            # One bigram shared with a text far from the title may be chance: there it takes
            # two, as for a title matched by no article's words.
            first, last = draft.pieces[0].unit, max(p.unit for p in draft.pieces)
            gap = first - group.last if group.last < first else group.first - last
            matches = overlap[t][a] >= _SHARES_WORDS
            if gap > _NEAR_UNITS and words[t][a] < _SHARES_WORDS:
                matches = False
            if before and not matches and not draft.pieces[0].lead and group.first - 1 in open_at:
                # A sentence runs on across the title from the text right above it: a title
                # that shares no words with the text under it, and stands where another text
                # goes on, is no headline of it by its place alone.
                before = False
            if matches or before:
                score = overlap[t][a] * matches
                # A title with its byline or subtitle is more surely a headline than a bare
                # line (which may be an intertitle): enough to settle a tie.
                full = bool(group.bylines) or any(x.startswith("——") for x in group.lines)
                scores.append((score + _STANDS_BEFORE * before + 0.05 * full, t, a))
    # The set of headlines whose scores add up to the most: a title that stands right before
    # a photo item, say, is not its headline when it is the only one another article's words
    # match.
    matched = _best_matching({(t, a): score for score, t, a in scores if score > 0})
    owner: dict[int, int] = dict(matched)
    headline: dict[int, int] = {a: t for t, a in matched.items()}
    # The subtitle under a headline, right above its article's text.
    stacked: dict[int, int] = {}
    for group in groups:
        group.subtitle = False
    for a, t in headline.items():
        s, start = t + 1, drafts[a].pieces[0]
        if (
            s < len(groups)
            and groups[s].under
            and s not in owner
            and s not in lone
            and groups[s].last + 1 == start.unit
            and not start.offset
        ):
            owner[s] = a
            stacked[a] = s
            groups[s].subtitle = True
    # An article still without a headline takes the nearest untaken title that shares no
    # words with any article, just before its text or just after it: a few units away at most,
    # or anywhere on the page for a photo item, whose title shares no words with its caption
    # and is often set apart from it (above the picture, or after the caption).
    near: list[tuple[int, int, int]] = []
    for t, group in enumerate(groups):
        if t in owner or t in lone or any(o >= _SHARES_WORDS for o in words[t]):
            continue
        for a, draft in enumerate(drafts):
            if a in headline or inside(group, draft) or _sentence_end_only(draft):
                continue
            first, last = draft.pieces[0].unit, max(p.unit for p in draft.pieces)
            gap = first - group.last if group.last < first else group.first - last
            # Set apart from its caption, a photo item's title is a short label (`春色`): a long
            # line there is more likely a line of some text the extraction set apart.
            label = len(_letters(group.lines)) <= _PHOTO_LABEL
            if gap > 0 and (gap <= _NEAR_UNITS or (draft.photo and label)):
                near.append((gap, t, a))
    for _, t, a in sorted(near):
        if t not in owner and a not in headline:
            owner[t] = a
            headline[a] = t
    titles = {a: [t] for a, t in headline.items()}
    for a, s in stacked.items():
        titles[a].append(s)
    # Kickers and subtitles: an unclaimed neighbour of a headline group that shares its words.
    for a, t in headline.items():
        for neighbour in (t - 1, t + 1):
            if not 0 <= neighbour < len(groups) or neighbour in owner or neighbour in lead_ins:
                continue
            near, far = sorted((groups[t], groups[neighbour]), key=lambda g: g.first)
            adjacent = all(u.kind in (TITLE, BYLINE) for u in units[near.last + 1 : far.first])
            dash = groups[neighbour].lines[0].startswith(_SUBTITLE_MARK)
            # A title's byline closes it: a line after the byline is no subtitle of it, and a
            # title with a byline is no kicker.
            closed = bool(groups[min(t, neighbour)].bylines)
            # A marked line whose words are another article's is that article's.
            others = max((o for b, o in enumerate(words[neighbour]) if b != a), default=0.0)
            elsewhere = others >= _SHARES_WORDS and others > overlap[neighbour][a]
            if (
                adjacent
                and not closed
                and neighbour not in broken
                and (overlap[neighbour][a] >= _SHARES_WORDS or (dash and not elsewhere))
            ):
                owner[neighbour] = a
                titles[a].append(neighbour)
    # The first words of an article's text printed above it, right before it, lead into it:
    # its kicker, wherever its headline stands.
    for t, group in enumerate(groups):
        if t in owner or group.lead_in != len(_dedupe_lines(group.lines)):
            continue
        for a, draft in enumerate(drafts):
            if (
                draft.pieces[0].unit == group.last + 1
                and not draft.pieces[0].offset
                and any(not _is_subtitle(groups[h]) for h in titles.get(a, []))
            ):
                owner[t] = a
                titles[a].append(t)
                break

    def claimed(t: int, a: int) -> bool:
        """Do the words of an article other than `a` match title `t`? Then `a` takes it by
        its words only, never by its place alone."""
        return any(o >= _SHARES_WORDS for b, o in enumerate(words[t]) if b != a)

    for a, ts in titles.items():
        head = _paired_headline(groups, units, ts)
        if head in lone:
            head = None
        if head is not None and head in owner:
            b = owner[head]
            if b == a or overlap[head][b] >= _SHARES_WORDS or groups[head].bylines:
                head = None  # the words of another article claim it
            else:
                titles[b].remove(head)  # it took that title by its place only
        if head is None:
            head = _headline_above(groups, units, ts, owner)
            if head is not None and overlap[head][a] < _SHARES_WORDS and claimed(head, a):
                head = None
        if head is None and all(_is_subtitle(groups[t]) for t in ts):
            # Else the free title that shares most words with it, wherever it stands, or
            # that stands right before its text.
            free = []
            for t, group in enumerate(groups):
                if t in owner or t in lone or t in between or _is_subtitle(group):
                    continue
                before = stands_before(group, drafts[a]) and not claimed(t, a)
                if overlap[t][a] >= _SHARES_WORDS or before:
                    free.append((overlap[t][a] + _STANDS_BEFORE * before, t))
            head = max(free)[1] if free else None
        if head is not None:
            owner[head] = a
            ts.append(head)
    return {a: sorted(ts) for a, ts in titles.items() if ts}


_PHOTO_CREDIT = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}\s*摄影?$")


def _is_photo_credit(lines: list[str]) -> bool:
    """Is a title's text a photographer's name and `摄影` (`王平摄影`, `王平 李明 摄`)?"""
    text = re.sub(_ROLE_PREFIX, "", " ".join(_dedupe_lines(lines)).strip())
    return bool(_PHOTO_CREDIT.match(text)) and (
        text[0] in _SURNAMES or text.startswith(_COMPOUND_SURNAMES)
    )


def _unpaired(text: str) -> bool:
    """Does the text hold an opening mark and its closing mark a different number of times?"""
    pairs = ("“”", "《》", "『』", "「」", "（）", "()")
    return any(text.count(a) != text.count(b) for a, b in pairs)


def _sentence_end_only(draft: _Draft) -> bool:
    """Is the draft's whole text one short line that ends a sentence (`的。`), set solid (a
    caption is often letter-spaced)? The end of a sentence begun elsewhere, which the
    extraction set apart: no article of its own, and no title's by its place."""
    if len(draft.pieces) != 1 or len(draft.pieces[0].lines) != 1:
        return False
    piece = draft.pieces[0]
    line = piece.lines[0]
    return (
        not piece.lead
        and ends_sentence(line)
        and not is_letter_spaced(line)
        and line_width(line) < piece.width / 2
    )


def _lead_ins(groups: list[_TitleGroup], units: list[_Unit], past_titles: bool = False) -> set[int]:
    """The title groups that are the first words of a text right after them, or a few units
    on where only text stands between (a column the extraction read in between): intertitles.
    With `past_titles`, also those with a title between: above a headline, such a line is
    its kicker; either way it is no headline."""
    found = set()
    for t, group in enumerate(groups):
        words = "".join(_dedupe_lines(group.lines))
        for unit in units[group.last + 1 : group.last + 1 + _NEAR_UNITS]:
            if unit.kind != TEXT and not past_titles:
                break
            if unit.kind == TEXT and _is_lead_in(words, unit.text):
                found.add(t)
                break
    return found


def _is_subtitle(group: _TitleGroup) -> bool:
    lines = _dedupe_lines(group.lines)
    return bool(lines) and lines[0].startswith(_SUBTITLE_MARK)


def _paired_headline(groups: list[_TitleGroup], units: list[_Unit], taken: list[int]) -> int | None:
    """The headline of an article that took only its subtitle, in a run of titles set side by
    side: the extraction reads them row by row, the headlines first, then as many subtitles in
    the same order (`甲` `乙` / `——甲的副题` `——乙的副题`). The subtitle's place among the
    subtitles is its headline's among the headlines."""
    if len(taken) != 1 or not _is_subtitle(groups[taken[0]]):
        return None

    def touching(x: int, y: int) -> bool:
        return all(u.kind in (TITLE, BYLINE) for u in units[groups[x].last + 1 : groups[y].first])

    low = high = taken[0]
    while low > 0 and touching(low - 1, low):
        low -= 1
    while high + 1 < len(groups) and touching(high, high + 1):
        high += 1
    run = range(low, high + 1)
    heads = [t for t in run if not _is_subtitle(groups[t])]
    subtitles = [t for t in run if _is_subtitle(groups[t])]
    if len(subtitles) < 2 or len(heads) != len(subtitles) or max(heads) > min(subtitles):
        return None
    return heads[subtitles.index(taken[0])]


def _headline_above(
    groups: list[_TitleGroup], units: list[_Unit], taken: list[int], owner: dict[int, int]
) -> int | None:
    """An article that took only a subtitle (`——记一位乡村医生`) takes as its headline the
    nearest free title above it, among title lines only: another title may stand between when
    headlines are set side by side, but not one its byline has closed."""
    if not taken or not all(_is_subtitle(groups[t]) for t in taken):
        return None
    first = min(taken)
    for t in range(first - 1, -1, -1):
        between = units[groups[t].last + 1 : groups[first].first]
        if any(u.kind not in (TITLE, BYLINE) for u in between):
            return None
        if t not in owner and not groups[t].bylines and not _is_subtitle(groups[t]):
            return t
    return None


# --- The page ---


@dataclass
class _Reading:
    """How the splitter read a page: its units, pieces, title groups, chains of pieces, the
    drafts made of them, and which title groups each draft took."""

    units: list[_Unit] = field(default_factory=list)
    pieces: list[_Piece] = field(default_factory=list)
    groups: list[_TitleGroup] = field(default_factory=list)
    chains: list[list[int]] = field(default_factory=list)
    drafts: list[_Draft] = field(default_factory=list)
    titles: dict[int, list[int]] = field(default_factory=dict)


def _read(lines: list[str], furniture: set[int]) -> _Reading:
    blocks = _blocks(lines, furniture | _section_label(lines, furniture))
    if not blocks:
        return _Reading()
    widths = _block_widths(blocks, _column_widths(blocks))
    units = _units(blocks, widths)
    pieces = _pieces(units, widths)
    groups = _title_groups(units)
    lead_ins = _lead_ins(groups, units)
    words = [set() if t in lead_ins else g.words for t, g in enumerate(groups)]
    chains = [c for c in _link(pieces, words) if any(pieces[i].text for i in c)]

    def redraft() -> tuple[list[_Draft], dict[int, list[int]]]:
        drafts = [_draft([pieces[i] for i in chain]) for chain in chains]
        return drafts, _match_titles(groups, drafts, units)

    drafts, titles = redraft()
    joined = _rejoin_at_intertitles(chains, drafts, titles, groups, units)
    if joined != chains:
        chains = joined
        drafts, titles = redraft()
    attached = _attach_fragments(pieces, chains, drafts, titles, groups)
    if attached != chains:
        chains = attached
        drafts, titles = redraft()
    between = _intertitles(groups, titles, chains, pieces, units)
    if between:
        drafts = [_draft([pieces[i] for i in chain], between) for chain in chains]
    _credit_under_titles(units, pieces, groups, drafts, titles)
    return _Reading(units, pieces, groups, chains, drafts, titles)


# The least similarity of two texts taken for parts of one article: beyond chance.
_SAME_ARTICLE = _CHANCE_SHARE


def _rejoin_at_intertitles(
    chains: list[list[int]],
    drafts: list[_Draft],
    titles: dict[int, list[int]],
    groups: list[_TitleGroup],
    units: list[_Unit],
) -> list[list[int]]:
    """Chains read apart at an intertitle, joined again.

    A bare title line (no byline, kicker or subtitle) that stands right after where one article
    ends a paragraph, and right before another that it heads, without a lead or a credit, is
    that article's intertitle when the two texts share words beyond what two unrelated texts
    of a page share by chance.
    """
    pairs: list[tuple[int, int]] = []
    for after, taken in titles.items():
        group = groups[taken[0]]
        draft = drafts[after]
        start = draft.pieces[0]
        if len(taken) != 1 or group.bylines or len(_dedupe_lines(group.lines)) != 1:
            continue
        if start.lead or draft.photo or start.unit <= group.last:
            continue
        if any(u.kind not in (TITLE, BYLINE) for u in units[group.last + 1 : start.unit]):
            continue
        for before, other in enumerate(drafts):
            end = other.pieces[-1]
            if before == after or other.photo or end.ends_open or end.unit >= group.first:
                continue
            if all(u.kind == TITLE for u in units[end.unit + 1 : group.first]):
                pairs.append((before, after))
    if not pairs:
        return chains
    similarity = _similarities(["".join(d.paragraphs) for d in drafts])
    joins = [(similarity[before][after], before, after) for before, after in pairs]
    members = {k: list(chain) for k, chain in enumerate(chains)}
    home = list(range(len(chains)))  # the chain each one's pieces are in now
    for score, before, after in sorted(joins, reverse=True):
        into = home[before]
        if score < _SAME_ARTICLE or home[after] != after or into == after:
            continue
        if members[into][-1] != chains[before][-1]:
            continue  # its end goes on in another chain already
        members[into].extend(members.pop(after))
        home = [into if h == after else h for h in home]
    return sorted(members.values(), key=lambda chain: chain[0])


_FRAGMENT_GAIN = 0.5  # how much better a fragment must read on in a place than on its own
_FRAGMENT_MARGIN = 0.5  # … and than in the next best place
# How much more a fragment's words must share with one chain than with any other for it to
# go there whatever the links it makes: its words tell its article, its links only the place.
_CLEARLY_SHARED = 0.03


def _attach_fragments(
    pieces: list[_Piece],
    chains: list[list[int]],
    drafts: list[_Draft],
    titles: dict[int, list[int]],
    groups: list[_TitleGroup],
) -> list[list[int]]:
    """Headless fragments put back into the chains they go on in.

    A chain that took no title (or a subtitle only: a dash line under a headline, which heads no
    article by itself), is no photo item and does not open with a lead is most often a
    part of an article its links missed (on a page that indents paragraphs; where none are
    indented, it may as well be an article of its own). It goes where it reads on best: after
    another chain's free end, or between two of its pieces, each link it makes a fit by itself.
    A place is worth the links it makes, less the one it breaks, the words the fragment shares
    with that chain beyond chance, and whether its words match that chain's title (or one
    another article took). It goes only to a chain whose words it shares beyond chance, and
    only when the place is clearly better than none and than any other. Where the fragment shares
    clearly more words with one chain than with any other, the words tell its article: it goes
    into that chain at the place that reads on best of those its links allow, even where no
    link there is a fit by itself (a paragraph's end before the paragraph it begins, read in
    another order).
    """
    indents = _page_indents(pieces)
    if not indents:
        return chains
    scores: dict[tuple[int, int], float | None] = {}

    def link(i: int, j: int) -> float | None:
        if (i, j) not in scores:
            features = _link_features(pieces, i, j, indents)
            scores[i, j] = None if features is None else _score(features)
        return scores[i, j]

    def fits(i: int | None, j: int | None, fit: bool = True) -> float | None:
        """The score of a link from piece i to piece j, if it is possible (and, with `fit`, a
        fit); 0 for no link."""
        if i is None or j is None:
            return 0.0
        score = link(i, j)
        return None if score is None or (fit and score < 0) else score

    members = [list(chain) for chain in chains]
    words = [g.words for g in groups]
    taken = {t for ts in titles.values() for t in ts}
    headless = {
        x
        for x, chain in enumerate(members)
        if all(_is_subtitle(groups[t]) for t in titles.get(x, []))  # no title, or a subtitle only
        and not pieces[chain[0]].lead
        and not drafts[x].photo
    }
    while headless:
        texts = ["".join(pieces[k].text for k in chain) for chain in members]
        similarity = _similarities(texts)
        best: tuple[float, int, int, int] | None = None
        for x in headless:
            fragment = members[x]
            claim = _claimed(texts[x], words)
            places = []
            possible = []  # the places its links allow, fit or not
            for y, chain in enumerate(members):
                if y == x or not chain or similarity[x][y] < _SAME_ARTICLE:
                    continue
                shared = _SHARED_WORDS * (similarity[x][y] - _CHANCE_SHARE)
                if claim is not None and claim in titles.get(y, []):
                    shared += _SAME_TITLE
                elif claim in taken:
                    shared += _OWN_TITLE
                # Before a chain's first piece only when that chain is headless too.
                for k in range(0 if y in headless else 1, len(chain) + 1):
                    before = chain[k - 1] if k else None
                    after = chain[k] if k < len(chain) else None
                    into = fits(before, fragment[0], fit=False)
                    out = fits(fragment[-1], after, fit=False)
                    if into is None or out is None:
                        continue
                    broken = (
                        link(before, after) if before is not None and after is not None else 0.0
                    )
                    place = (shared + into + out - (broken or 0.0), y, k)
                    possible.append(place)
                    if into >= 0 and out >= 0:
                        places.append(place)
            shares = sorted({y: similarity[x][y] for _, y, _ in possible}.values(), reverse=True)
            if shares and (len(shares) == 1 or shares[0] - shares[1] >= _CLEARLY_SHARED):
                # Its words tell its article: the best place in that chain.
                places = sorted(p for p in possible if similarity[x][p[1]] == shares[0])
                place = places[-1]
                if best is None or place[0] > best[0]:
                    best = (place[0], x, place[1], place[2])
                continue
            places.sort(reverse=True)
            if not places or places[0][0] < _FRAGMENT_GAIN:
                continue
            if len(places) > 1 and places[0][0] - places[1][0] < _FRAGMENT_MARGIN:
                continue
            if best is None or places[0][0] > best[0]:
                best = (places[0][0], x, places[0][1], places[0][2])
        if best is None:
            break
        _, x, y, k = best
        members[y][k:k] = members[x]
        members[x] = []
        headless.discard(x)
    return sorted((chain for chain in members if chain), key=lambda chain: chain[0])


def _similarities(texts: list[str]) -> list[list[float]]:
    """The cosine similarities of texts' weighted bigrams."""
    dots = _dot_products(_weights(texts))
    return [
        [
            dot / math.sqrt(row[a] * dots[b][b]) if row[a] and dots[b][b] else 0.0
            for b, dot in enumerate(row)
        ]
        for a, row in enumerate(dots)
    ]


def _credit_under_titles(
    units: list[_Unit],
    pieces: list[_Piece],
    groups: list[_TitleGroup],
    drafts: list[_Draft],
    titles: dict[int, list[int]],
) -> None:
    """A photo credit on its own that no caption took, right under a title (`工地新貌` /
    `记者 王平 摄`): the credit of the article that took that title, a photo item, unless its
    text is too long for a caption."""
    taken = {p.credit_unit for p in pieces}
    draft_of = {t: a for a, ts in titles.items() for t in ts}
    last_of = {g.last: t for t, g in enumerate(groups)}
    ending = {(d.pieces[-1].unit, d.pieces[-1].offset): a for a, d in enumerate(drafts)}
    for unit in units:
        if unit.kind != CREDIT or unit.index in taken or unit.index - 1 not in last_of:
            continue
        a = draft_of.get(last_of[unit.index - 1])
        if a is not None and _too_long_for_caption(drafts[a]):
            a = None  # the title of an article that a photo stands by, not of a photo item
        if a is None:
            # No article took the title: the caption that ends right before it, as ever.
            before = [p for p in pieces if p.unit < unit.index]
            if before and not before[-1].ends_open and not before[-1].credit:
                a = ending.get((before[-1].unit, before[-1].offset))
        if a is not None and not drafts[a].photo:
            _close_photo(drafts[a], unit.lines)


_CAPTION_CHARS = 400  # a photo caption runs a few sentences, never this long


def _too_long_for_caption(draft: _Draft) -> bool:
    """Is the draft's text longer than any photo caption (an article, not a photo item)?"""
    return sum(len(_squeeze(p)) for p in draft.paragraphs) > _CAPTION_CHARS


def _intertitles(
    groups: list[_TitleGroup],
    titles: dict[int, list[int]],
    chains: list[list[int]],
    pieces: list[_Piece],
    units: list[_Unit],
) -> dict[int, str]:
    """A title line no article took, set between two pieces that follow each other in one
    article and in the page text, or between its headline and its first piece: an intertitle
    of that article (`一项长期的民生工程`). Between a lone title and the first piece, a line
    shorter than that title is its headline, set in larger type, and the title its kicker
    (`田野里的希望` under `县里春耕备耕工作全面展开`): the article takes it, in `titles`.

    Returns the unit of the piece after → the intertitle's text.
    """
    taken = {t for ts in titles.values() for t in ts}
    group_at = {u.index: t for t, g in enumerate(groups) for u in g.units}
    found: dict[int, str] = {}
    for number, chain in enumerate(chains):
        # Between two pieces, or between the headline and the first piece.
        headline = max((groups[t].last for t in titles.get(number, [])), default=None)
        starts = [] if headline is None else [(headline, pieces[chain[0]].unit)]
        spans = starts + [
            (pieces[a].unit, pieces[b].unit)
            for a, b in itertools.pairwise(chain)
            if not pieces[a].ends_open  # no intertitle cuts a sentence
        ]
        for after, before in spans:
            between = range(after + 1, before)
            if not between or any(units[u].kind != TITLE for u in between):
                continue
            owners = {group_at.get(u) for u in between}
            if None in owners or owners & taken or len(owners) != 1:
                continue
            t = owners.pop()
            group = groups[t]
            if after == headline and _is_subtitle(group):
                continue  # a marked line under a headline is a subtitle, whoever's it is
            lines = _dedupe_lines(group.lines)
            if len(lines) != 1 or not _title_like(lines[0]):
                continue
            mine = titles.get(number, [])
            if (
                after == headline
                and len(mine) == 1
                and not groups[mine[0]].bylines
                and len(_letters(group.lines)) < len(_letters(groups[mine[0]].lines))
            ):
                # A shorter line under a lone title that no byline closes, right above the text,
                # is the headline, set in larger type: the title above it is its kicker.
                titles[number] = [mine[0], t]
                taken.add(t)
                continue
            found[before] = title_text(lines)
    return found


def split_page(
    text: str,
    date: str | None = None,
    page: int | None = None,
    paper: str = "",
) -> list[Article]:
    """Split one page's text into articles, in page order.

    `date` is the issue date (else the page header's, else each article's dateline, else
    empty); `page` the page number (else the page header's, else 1).
    """
    lines = _page_lines(text)
    header_date, header_page, furniture = parse_header(lines)
    number = page if page is not None else (header_page or 1)
    return _articles(lines, furniture, date or header_date, number, paper)


def _articles(
    lines: list[str], furniture: set[int], issue_date: str | None, page: int, paper: str
) -> list[Article]:
    """The articles of one page's lines, with its furniture lines known."""
    reading = _read(lines, furniture)
    groups, drafts, titles = reading.groups, reading.drafts, reading.titles
    articles: list[Article] = []
    for seq, draft in enumerate(drafts, 1):
        mine = [groups[t] for t in titles.get(seq - 1, [])]
        kicker, headline, subtitle = _title_parts(mine)
        bylines = [b for g in mine for b in g.bylines] + draft.bylines
        raw = "\n\n".join(p for p in draft.paragraphs if p)
        body = "\n\n".join(clean_paragraph(p) for p in draft.paragraphs if p)
        dateline = _dateline(body, issue_date, draft.photo)
        article_date = issue_date or dateline
        articles.append(
            Article(
                id=make_id(paper, article_date, page, seq),
                paper=paper,
                date=article_date,
                page=page,
                seq=seq,
                headline=headline,
                kicker=kicker,
                subtitle=subtitle,
                reporters=_reporters(raw, bylines, draft.credit),
                dateline=dateline,
                photo=draft.photo,
                body=body,
            )
        )
    return articles


def _page_lines(text: str) -> list[str]:
    """A page's lines, whatever ends them (a form feed, where pdftotext ends the page, too)."""
    return re.split(r"\r\n|[\r\n\f]", text)


def split_pages(
    text: str,
    date: str | None = None,
    page: int | None = None,
    paper: str = "",
) -> list[Article]:
    """Split the text of one page or of several into articles, page by page.

    pdftotext ends each page of a PDF with a form feed: the text of a whole issue holds its
    pages one after another (a blank one for a page without text). The first page is numbered
    `page`, else by its header, else 1; each later page by its header, else (or when another
    page has that number) with the number after the highest so far. `date` is the issue date
    of them all, else the first a page header gives.
    """
    texts = text.split("\f")
    if len(texts) > 1 and not texts[-1].strip():
        texts.pop()  # the form feed that ends the last page
    if len(texts) <= 1:
        return split_page(texts[0] if texts else "", date=date, page=page, paper=paper)
    articles: list[Article] = []
    taken: set[int] = set()
    number = 0
    for k, chunk in enumerate(texts):
        lines = _page_lines(chunk)
        header_date, header_page, furniture = parse_header(lines)
        date = date or header_date
        given = page if k == 0 and page is not None else header_page
        number = given if given and given not in taken else max(taken, default=0) + 1
        taken.add(number)
        if chunk.strip():
            articles.extend(_articles(lines, furniture, date, number, paper))
    return articles


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


def _names(text: str) -> list[str]:
    stacked = stacked_byline(text)
    if stacked:
        return stacked
    inner = _REPORTER_ROLE.sub(" ", text)
    names: list[str] = []
    for token in re.split(r"[\s、，,]+", inner):
        if _NAME.fullmatch(token):
            names.extend(split_names(token) or [token])
    return names


def split_names(text: str) -> list[str] | None:
    """`王晓东李思远` → `['王晓东', '李思远']`: the text read as one to three personal names.

    Each name is a common surname and one or two given characters (names of three preferred).
    Returns None when the text cannot be read so (`到五千万`, `力度`).
    """
    text = re.sub(r"\s+", "", text)

    def read(rest: str, left: int) -> list[str] | None:
        if not rest:
            return []
        if not left:
            return None
        surname = 2 if rest.startswith(_COMPOUND_SURNAMES) else 1
        if surname == 1 and rest[0] not in _SURNAMES:
            return None
        for given in (2, 1):
            size = surname + given
            if len(rest) >= size and all("\u4e00" <= c <= "\u9fff" for c in rest[:size]):
                tail = read(rest[size:], left - 1)
                if tail is not None:
                    return [rest[:size], *tail]
        return None

    return read(text, 3) if 2 <= len(text) <= 12 else None


_ROLE = re.compile(r"特约记者|见习记者|记者|通讯员|实习生")
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


def is_byline(line: str) -> bool:
    """A line that is only names, with or without a role: `本报记者 周立新`, `王晓东李思远`,
    `县报记者王小明省报记者李华张强`."""
    line = line.strip()
    if stacked_byline(line):
        return True
    rest = _ROLE_PREFIX.sub("", line)
    tokens = rest.split()
    if not tokens or re.search(r"[^\u4e00-\u9fff\s]", rest):
        return False
    return all(split_names(token) for token in tokens) or (
        rest != line and all(_NAME.fullmatch(t) for t in tokens)
    )


def _reporters(body: str, bylines: list[str], credit: str) -> tuple[str, ...]:
    """Names in the byline (`本报讯（记者 姜玲 徐文杰）`, `新华社杭州3月8日电（记者王小明）`,
    `本报记者 周立新`), lead and credit."""
    names: list[str] = []
    match = _BYLINE.match(body) or _WIRE_BYLINE.match(body)
    if match:
        names.extend(_names(match.group(1)))
    else:
        # `本报北京1月1日讯记者刘强、新华社记者王平报道：` names each reporter after a role.
        reported = _REPORTED_BY.search(body[:100])
        if reported:
            others = [m.group(1) for m in _ROLE_NAME.finditer(body[: reported.start()])]
            names.extend(n for n in others if split_names(n))  # (`记者昨天获悉，…` names none)
            names.append(reported.group(1))
    for byline in bylines:
        names.extend(_names(byline))
    if credit:
        names.extend(_names(credit.removesuffix("摄")))
    return tuple(dict.fromkeys(names))
