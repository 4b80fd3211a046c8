"""Page furniture: the header (date, page number, section) and the staff line."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

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


_HEADER_LINES = 4  # the page header's lines, at most, at the top or foot of the page
# A front page's masthead: the paper's registration and postal numbers, the body it is the organ
# of, its issue number, its name in pinyin (`KAIHUA BAO`).
_MASTHEAD = re.compile(
    r"国内统一(?:连续出版物)?刊?号|邮发代号|CN\s*\d{2}\s*[-－—]\s*\d{4}|机关报"
    r"|^\s*(?:总\s*)?第\s*\d+\s*期\s*$|\b[A-Z]+(?:\s+[A-Z]+)*\s*(?:RI\s*)?BAO\b"
)
_MASTHEAD_LINES = 8  # the masthead stands among the front page's first lines
_CLAUSE = re.compile(r"[，。；：！？、,;:!?]")  # running text's punctuation, no masthead's
_PAGE_LINES = 10  # a page's header and the next page's stand at least this many lines apart
_SHORT_PAGE_LINES = 3  # a short page (between long ones) holds its header and two lines at least


class _Run(NamedTuple):
    """A run of page headers, each one page on from the one before."""

    length: int  # how many headers
    span: int  # the filled lines from its first header to its last
    before: tuple[int, bool] | None  # the header before its last, and if its page was short


def parse_header(lines: list[str]) -> tuple[str | None, int | None, set[int]]:
    """Find the page furniture: the issue date and page number, and which lines hold them
    (with the page's staff line: `责任编辑：王五`). Of several page numbers, the page's is the
    least: the others are a front page's list of the pages after it (`第 2 版 要闻`).

    A bare date (`1998年1月7日`) is furniture only among the first few lines of the page, or
    the last few standing apart; within the text, or right under a line of it, it is the
    text's (a notice's or a letter's date under its signature). So is a staff line of one role
    (`责任编辑：王五`); one of several roles is furniture anywhere. At the top, a bare date right
    under a line that is no header is the text's as well (a title's date: `新馆落成` /
    `2020年10月1日`), where a header with a weekday or a page number dates the page. A front
    page's masthead among its first lines is furniture too (`_masthead`).
    """
    date: str | None = None
    numbers: list[int] = []  # the page numbers printed
    furniture: set[int] = set()
    under_titles: dict[int, str] = {}  # bare dates at the top right under a line of text
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
        if match:
            numbers.append(int(match[1]))
            furniture.add(number)
        elif _STAFF_LINE.match(line) and (
            number in edges or len(re.findall(_STAFF_ROLE, line)) >= 2
        ):
            furniture.add(number)
    # With no header to date the page, a bare date at its top under a line is the page's after all.
    if under_titles and date is None:
        date = next(iter(under_titles.values()))
        furniture.update(under_titles)
    return date, min(numbers, default=None), furniture | _masthead(lines, filled)


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
    return int(match[6]) if match and match[6] else None


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
