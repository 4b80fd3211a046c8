"""Page furniture: the header (date, page number, section) and the staff line."""

from __future__ import annotations

import datetime as dt
import itertools
import re

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
_PAGE_LINES = 10  # a page's header and the next page's stand at least this many lines apart


def parse_header(lines: list[str]) -> tuple[str | None, int | None, set[int]]:
    """Find the page furniture: the issue date and page number, and which lines hold them
    (with the page's staff line: `责任编辑：王五`). The first page number is the page's: more
    below it are a front page's list of contents.

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
                page = page or int(match[6])
            continue
        match = _PAGE_HEADER.match(line)
        if match:
            page = page or int(match[1])  # (more page numbers under it: a list of contents)
            furniture.add(number)
        elif _STAFF_LINE.match(line) and (
            number in edges or len(re.findall(_STAFF_ROLE, line)) >= 2
        ):
            furniture.add(number)
    return date, page, furniture


def page_breaks(lines: list[str]) -> list[int]:
    """Where a text of several pages printed without form feeds (`pdftotext -nopgbrk`, text
    copied out of a reader) goes on to the next page: the first line of each page after the
    first, or none if the text shows one page.

    Each page's header numbers it (`第 3 版`). The headers stand at the top of their pages when
    the first one is among the text's first lines, and a page then begins with its header
    (with a date line right above it); they stand at the foot when the last one is among the
    text's last lines, and a page then ends with its header (with a date line right under it).
    A number printed again at once (the top and the foot of one page) is one page.
    """
    filled = [number for number, line in enumerate(lines) if line.strip()]
    headers: list[int] = []  # each page's first header, by its place among the filled lines
    last = None
    for k, number in enumerate(filled):
        page = _page_number(lines[number])
        if page is not None and page != last:
            headers.append(k)
            last = page

    def bare_date(k: int) -> bool:  # a header's date line with no page number
        line = lines[filled[k]] if 0 <= k < len(filled) else ""
        return bool(_DATE_HEADER.match(line)) and _page_number(line) is None

    if len(headers) < 2 or any(b - a < _PAGE_LINES for a, b in itertools.pairwise(headers)):
        return []  # (page numbers a few lines apart: a front page's list of contents)
    if headers[0] < _HEADER_LINES:
        return [filled[k - 1] if bare_date(k - 1) else filled[k] for k in headers[1:]]
    if headers[-1] >= len(filled) - _HEADER_LINES:
        return [(filled[k + 1] if bare_date(k + 1) else filled[k]) + 1 for k in headers[:-1]]
    return []


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
