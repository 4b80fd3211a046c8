"""Page furniture: the header (date, page number, section) and the staff line."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from .lines import _CLAUSE, _END_MARK, _number

_DATE_HEADER = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{1,8}\s+)?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(星期[一二三四五六日天])?"
    r"(\s*第\s*(\d+)\s*版.*)?\s*$"
)
_PAGE_HEADER = re.compile(r"^\s*第\s*(\d+)\s*版(\s*\S{0,8})?\s*$")
# The page's staff line (`责任编辑：王五  校对：李四`, `本版编辑 王五 美编 赵六`).
_STAFF_ROLE = (
    r"(?:本版|责任)?编辑|责编|校对|美编|组版|排版|版式(?:设计)?|审读|值班(?:主任|编委)?|制图"
)
# The staff line, maybe set in brackets (`（本版编辑：王五 校对：李四）`).
_STAFF_LINE = re.compile(
    r"^\s*(?P<open>[（(])?\s*(?:(?:" + _STAFF_ROLE + r")(?:\s*[：:]\s*|\s+)[\u4e00-\u9fff·]{2,4}"
    r"(?:\s*[、,，]\s*[\u4e00-\u9fff·]{2,4})*\s*)+(?(open)[）)])\s*$"
)

# An article's end mark on a line of its own (`lines._END_MARK`): it belongs to no article.
_END_MARK_LINE = re.compile(rf"^\s*{_END_MARK}\s*$")

# A special page's sponsors, under its header or at its foot (`主办：县司法局`, `协办：县融媒体
# 中心`, several on one line): bodies named after their part in the page, no article's words.
_SPONSOR_LINE = re.compile(
    r"^\s*(?:(?:主办|协办|承办|联办|支持)(?:单位)?\s*[：:]\s*[\u4e00-\u9fff、]{2,30}\s*)+$"
)

_HEADER_LINES = 4  # the page header's lines, at most, at the top or foot of the page
# A page header's line as papers print it in parts, in any order around its date: the date (in
# digits, in Chinese, or with dots: `2021年1月1日`, `二〇二一年一月一日`, `2021.1.1`), the weekday
# (`星期五`, `周五`), the lunar date (`农历庚子年十一月十八`), the page (`第2版`, `A2`, `2`), the
# issue (`总第1234期`, and on a front page how many pages it has: `今日8版`), the staff
# (`责任编辑：王五`), the section or the paper's name (`要闻`). The lunar date may be given by
# the year's cyclic name alone (`癸卯年二月十七`).
_C_NUMBER = r"[0-9０-９〇零○一二三四五六七八九十]"
_HEADER_DATE = re.compile(
    rf"(?P<y>{_C_NUMBER}{{4}})\s*年\s*(?P<m>{_C_NUMBER}{{1,3}})\s*月\s*(?P<d>{_C_NUMBER}{{1,3}})\s*日"
    r"|(?<!\d)(?P<y2>\d{4})\s*[.．/]\s*(?P<m2>\d{1,2})\s*[.．/]\s*(?P<d2>\d{1,2})(?!\d)"
)
# The parts that date and count the issue (no staff's names, which may open a title as well:
# `编辑部的来信`).
_CALENDAR = (
    r"(?:星期|礼拜|周)[一二三四五六日天]|农历[\u4e00-\u9fff]{2,12}|总?第\s*\d+\s*期"
    r"|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[\u4e00-\u9fff]{2,8}"
    r"|(?:今日|本期)\s*\d{1,3}\s*版"
)
_CALENDAR_PARTS = re.compile(_CALENDAR)
_HEADER_PARTS = re.compile(
    _CALENDAR
    + rf"|(?:{_STAFF_ROLE})\s*[：:]?\s*[\u4e00-\u9fff·]{{2,4}}"
    + r"(?:\s*[、,，]\s*[\u4e00-\u9fff·]{2,4})*"
)
_HEADER_PAGE = re.compile(r"第\s*[A-Za-z]?\s*(\d{1,3})\s*版|(?<![\w])[A-Za-z]?(\d{1,2})(?![\w])")
# A section's or the paper's name, maybe of two parts with a middle dot (`教育·民生`).
_HEADER_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}(?:[·・][\u4e00-\u9fff]{2,6})?")
_HEADER_NAMES = 2  # such names in one header line, at most
_STOOD = "\0"  # marks where a header's date or part stood in the line (`_header_line`)
# A front page's masthead: the paper's registration and postal numbers, the body it is the organ
# of, its issue number, its name in pinyin (`KAIHUA BAO`).
_MASTHEAD = re.compile(
    r"国内统一(?:连续出版物)?刊?号|邮发代号|CN\s*\d{2}\s*[-－—]\s*\d{4}|机关报"
    r"|^\s*(?:总\s*)?第\s*\d+\s*期\s*$|\b[A-Z]+(?:\s+[A-Z]+)*\s*(?:RI\s*)?BAO\b"
)
# The paper's name: a place and `报` (`县报`, `青山日报`).
_PAPER_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:日报|晚报|报)")
_MASTHEAD_LINES = 8  # the masthead stands among the front page's first lines
_PAGE_LINES = 10  # a page's header and the next page's stand at least this many lines apart
_SHORT_PAGE_LINES = 3  # a short page (between long ones) holds its header and two lines at least


class _Run(NamedTuple):
    """A run of page headers, each one page on from the one before."""

    length: int  # how many headers
    span: int  # the filled lines from its first header to its last
    before: tuple[int, bool] | None  # the header before its last, and if its page was short


def parse_header(lines: list[str]) -> tuple[str | None, int | None, set[int]]:
    """Find the page furniture: the issue date and page number, and which lines hold them
    (with the page's staff line: `责任编辑：王五`, and a special page's sponsors among its
    first or last lines: `主办：县司法局`). Of several page numbers, the page's is the
    least: the others are a front page's list of the pages after it (`第 2 版 要闻`).

    A bare date (`1998年1月7日`) is furniture only among the first few lines of the page, or
    the last few standing apart; within the text, or right under a line of it, it is the
    text's (a notice's or a letter's date under its signature). So is a staff line of one role
    (`责任编辑：王五`); one of several roles is furniture anywhere. A header printed in parts
    around its date (`_header_line`) is furniture among the first or last lines, where the
    page's headers agree on the date (else they are a list of dates: a schedule). At the top, a
    bare date right under a line that is no header is the text's as well (a title's date:
    `新馆落成` / `2020年10月1日`), where a header with a weekday or a page number dates the
    page. A front page's masthead among its first lines is furniture too (`_masthead`), as are
    parts of a dated header that stand on lines of their own at the top (`农历癸卯年二月十七`,
    `第1523期 今日8版`), and the paper's name right over the header's first line (`县报`).
    """
    date: str | None = None
    numbers: list[int] = []  # the page numbers printed
    furniture: set[int] = set()
    under_titles: dict[int, str] = {}  # bare dates at the top right under a line of text
    parted: dict[int, _Header] = {}  # headers printed in parts (`_header_line`)
    filled = [number for number, line in enumerate(lines) if line.strip()]
    edges = set(filled[:_HEADER_LINES] + filled[-_HEADER_LINES:])
    top = set(filled[:_HEADER_LINES])
    for number, line in enumerate(lines):
        match = _DATE_HEADER.match(line)
        under_text = bool(number and lines[number - 1].strip())
        # At the foot, a bare date under a line of text (a signature) is that text's.
        apart = number in top or (number in edges and not under_text)
        if match and (match[4] or match[5] or apart):
            try:
                found = dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
            except ValueError:
                continue
            if not (match[4] or match[5]) and under_text and number - 1 not in furniture:
                under_titles[number] = found
                continue
            date = date or found
            furniture.add(number)
            if match[6]:
                numbers.append(int(match[6]))
            continue
        match = _PAGE_HEADER.match(line)
        header = None if match or number not in edges else _header_line(line, number in top)
        if match:
            numbers.append(int(match[1]))
            furniture.add(number)
        elif header:
            parted[number] = header
            furniture.add(number)
        elif (
            _staff_line(line, number in edges)
            or _END_MARK_LINE.match(line)
            or (_SPONSOR_LINE.match(line) and number in edges)
        ):
            furniture.add(number)
    # A page's headers give one date: lines in parts that give others are a list of dates (a
    # schedule at the page's foot: `2021年3月8日 星期一 开幕式` / `2021年3月9日 星期二 …`).
    dates = {header.date for header in parted.values()}
    if len(dates) > 1 or (date is not None and dates - {date}):
        furniture -= set(parted)
        parted = {}
    date = date or next((header.date for header in parted.values()), None)
    numbers.extend(header.page for header in parted.values() if header.page)
    # With no header to date the page, a bare date at its top under a line is the page's after all.
    if under_titles and date is None:
        date = next(iter(under_titles.values()))
        furniture.update(under_titles)
    # Parts of a dated header may stand on lines of their own at the top (`农历癸卯年二月十七`,
    # `第1523期 今日8版`), and the paper's name right over the header's line (`县报`).
    if date is not None:
        furniture.update(n for n in sorted(top) if _header_parts_alone(lines[n]))
        furniture.update(
            n
            for n in sorted(top)
            if n + 1 in furniture
            and n + 1 not in under_titles  # (a bare date under a line: that line's or the page's)
            and _PAPER_NAME.fullmatch(lines[n].strip())
        )
    return date, min(numbers, default=None), furniture | _masthead(lines, filled)


def _staff_line(line: str, edge: bool) -> bool:
    """Is the line the staff line (`责任编辑：王五`)? Among the page's first or last lines (at
    its `edge`) it is; within the text, one role on a line of its own may be the text's
    (a letter's `编辑：王五`), but not several roles, nor one in brackets: `（责任编辑：王五）`
    closes an article as the page's staff line does, and says nothing of it."""
    match = _STAFF_LINE.match(line)
    return bool(match) and (edge or bool(match["open"]) or len(re.findall(_STAFF_ROLE, line)) >= 2)


def _header_parts_alone(line: str) -> bool:
    """Is the line parts of a page header that date or count the issue and nothing else
    (`农历癸卯年二月十七`, `星期三`, `第1523期 今日8版`)? Without the header's date, they are
    furniture only near it."""
    return bool(_CALENDAR_PARTS.search(line)) and not _CALENDAR_PARTS.sub(" ", line).strip()


class _Header(NamedTuple):
    """A page header line read in parts."""

    date: str
    page: int | None
    named: bool  # it names the page's section, after the page's number (`2 要闻`)


def _header_line(line: str, top: bool) -> _Header | None:
    """The date and page number of a page header printed in parts (`_HEADER_DATE`,
    `_HEADER_PARTS`, `_HEADER_PAGE`, `_HEADER_NAME`): a date with its day and one part more
    at least, and nothing else but a name or two set apart from them by spaces, and one page
    number at most; None for any other line (running text's punctuation is in none; a headline
    runs its words on into the date: `新条例2022年1月1日起施行`; a table's row gives numbers
    beside it: `2021年3月6日 12 35`). A date with names alone, or with a bare number alone, is
    a header only at the `top` of the page: at its foot it is as likely a signature's (`县长
    王建国 2021年3月1日`) or a count's."""
    date = _HEADER_DATE.search(line)
    if not date or re.search(r"[。！？；，,;!?]", line):
        return None
    # The date and the parts leave a mark where they stood: a name run on into one of them is
    # a sentence's or a headline's words (`新条例2022年1月1日起施行`), no header's.
    rest = line[: date.start()] + _STOOD + line[date.end() :]
    parts = len(_HEADER_PARTS.findall(rest))
    rest = _HEADER_PARTS.sub(_STOOD, rest)
    pages = list(_HEADER_PAGE.finditer(rest))
    if len(pages) > 1:
        return None  # (a table's row: `2021年3月6日 12 35`)
    page = pages[0] if pages else None
    named = bool(page) and bool(_HEADER_NAME.match(rest[page.end() :].lstrip(_STOOD + " ")))
    rest = _HEADER_PAGE.sub(" ", rest)
    names = [x for x in rest.split() if x.strip(_STOOD)]
    if len(names) > _HEADER_NAMES or not all(_HEADER_NAME.fullmatch(x) for x in names):
        return None
    if page and not page[1] and page[0].isdigit() and not (parts or names or top):
        return None  # (at the foot, a bare number by a date alone is as likely a count's)
    if not (parts or page or (names and top)):
        return None  # (a bare date: whose it is depends on where it stands)
    year, month, day = (date["y"], date["m"], date["d"]) if date["y"] else date.group(4, 5, 6)
    try:
        found = dt.date(_number(year), _number(month), _number(day)).isoformat()
    except ValueError:
        return None
    return _Header(found, int(page[1] or page[2]) if page else None, named)


def _masthead(lines: list[str], filled: list[int]) -> set[int]:
    """The lines of a front page's masthead: a block among the page's first lines that gives
    the paper's registration or postal number, the body it is the organ of, its issue number or
    its name in pinyin (`县报` / `XIAN BAO` / `中共某县委机关报` / `国内统一刊号 CN…`), and no
    punctuation of running text."""
    found: set[int] = set()
    for number in filled[:_MASTHEAD_LINES]:
        if number not in found and _MASTHEAD.search(lines[number]):
            first = last = number
            while first and lines[first - 1].strip():
                first -= 1
            while last + 1 < len(lines) and lines[last + 1].strip():
                last += 1
            block = range(first, last + 1)
            if not any(_CLAUSE.search(lines[k]) for k in block):  # (no running text)
                found.update(block)
    return found


def page_breaks(lines: list[str]) -> list[int]:
    """Where a text of several pages printed without form feeds (`pdftotext -nopgbrk`, text
    copied out of a reader) goes on to the next page: the first line of each page after the
    first, or none if the text shows one page.

    Each page's header numbers it (`第 3 版`), one more than the page before, a page's text
    further on. Other page numbers are no headers: a list of contents (`第 2 版 要闻` under the
    front page's header) or a page's header printed again at its foot. Of the runs of such
    headers, the one of the most pages is the issue's (the longest on the page where two are
    as long). The headers stand at the top of their pages when the first stands nearer the
    text's start than the last its end: a page then begins with its header (with the dated
    line right above it, `1998年1月5日 星期一`); else at the foot, and a page ends with it
    (with the dated line right under it). A page may be short (`_PAGE_LINES`, a page of
    advertisements) between long ones.
    """
    filled = [number for number, line in enumerate(lines) if line.strip()]
    numbered = [(k, page) for k, n in enumerate(filled) if (page := _page_number(lines[n]))]

    def long(start: int, end: int) -> bool:  # filled lines start..end make a page
        return end - start >= _PAGE_LINES

    # run[i][short]: the longest run of headers ending with numbered[i] whose last page is
    # short or not. A short page (an advertisement's: a header and two lines at least, no entry
    # of a list of contents) is neither an issue's first page nor its last, unless the text
    # before the first header or after the last makes a page.
    run: list[dict[bool, _Run]] = []
    for i, (k, page) in enumerate(numbered):
        ends: dict[bool, _Run] = {False: _Run(1, 0, None)}
        for j, (before, number) in enumerate(numbered[:i]):
            if number + 1 != page or k - before < _SHORT_PAGE_LINES:
                continue
            short = not long(before, k)
            for was_short, (length, span, _) in run[j].items():
                if short and length == 1 and not long(0, before):
                    continue
                step = _Run(length + 1, span + k - before, (j, was_short))
                ends[short] = max(ends.get(short, step), step)
        run.append(ends)
    ends_at = [k for k, _ in numbered[1:]] + [len(filled)]  # the next number printed, or the end
    finals = [
        (i, short)
        for i, (k, _) in enumerate(numbered)
        for short in run[i]
        if not short or long(k, ends_at[i])
    ]
    end: tuple[int, bool] | None = max(finals, key=lambda e: run[e[0]][e[1]][:2], default=None)
    if end is None or run[end[0]][end[1]].length < 2:
        return []
    headers: list[int] = []
    while end is not None:
        headers.insert(0, numbered[end[0]][0])
        end = run[end[0]][end[1]].before

    def dated(k: int) -> bool:  # a header's date line (it gives the weekday)
        match = _DATE_HEADER.match(lines[filled[k]]) if 0 <= k < len(filled) else None
        return bool(match and match[4]) and _page_number(lines[filled[k]]) is None

    if headers[0] <= len(filled) - 1 - headers[-1]:
        return [filled[k - 1] if dated(k - 1) else filled[k] for k in headers[1:]]
    return [(filled[k + 1] if dated(k + 1) else filled[k]) + 1 for k in headers[:-1]]


def _page_number(line: str) -> int | None:
    """The page number a header line gives (`第 3 版 要闻`, `1998年1月1日 星期四 第3版`)."""
    match = _PAGE_HEADER.match(line)
    if match:
        return int(match[1])
    match = _DATE_HEADER.match(line)
    if match and match[6]:
        return int(match[6])
    header = _header_line(line, top=False)  # (`2 要闻 2021年1月1日 星期五`)
    return header.page if header else None


def _section_label(lines: list[str], furniture: set[int]) -> set[int]:
    """The page's section name (`要闻`) standing alone right under the page header (or between
    its lines), unless the header names the section already (`第 3 版 要闻`): then a short line
    there is a title."""
    headers = [n for n in furniture if _DATE_HEADER.match(lines[n]) or _PAGE_HEADER.match(lines[n])]
    if not furniture or any(re.search(r"版\s*\S", lines[n]) for n in headers):
        return set()
    if any((h := _header_line(lines[n], top=True)) and h.named for n in furniture):
        return set()  # (`2 要闻 2021年1月1日 星期五`)
    for number, line in enumerate(lines):
        if number in furniture or not line.strip():
            continue
        after = lines[number + 1] if number + 1 < len(lines) else ""
        short = re.fullmatch(r"[\u4e00-\u9fff]{1,4}", line.strip())
        # (It stands apart from what follows, or between two lines of the header: `第2版` /
        # `综合新闻` / `2021年3月6日 星期六`.)
        apart = not after.strip() or number + 1 in furniture
        return {number} if short and apart and min(furniture) < number else set()
    return set()
