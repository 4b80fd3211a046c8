"""Line text: joining column lines, spaces, widths, sentence ends, text printed twice."""

from __future__ import annotations

import functools
import re

from ..normalize import is_wide

SENTENCE_END = "。！？!?…"
_CLOSERS = "”’』」）)》"
_CLAUSE_END = "，、：；,:;"
# Running text's punctuation: a line that holds none is no sentence's (a masthead, a signer).
_CLAUSE = re.compile(r"[，。；：！？、,;:!?]")
# A sentence's stop and a writer's signature in brackets after it (`。（王平）`, `。（记者 王平）`):
# Chinese characters and the spaces between names, not a photo's credit (`（王平摄）`).
_SIGNED = re.compile(r"[。！？!?…][”’』」]*[（(][\u4e00-\u9fff ]{2,16}(?<!摄)[）)]$")


# An article's end mark (`（完）`, `（全文完）`): it closes the text, and says nothing of it.
_END_MARK = r"[（(]\s*(?:全文)?完\s*[）)]"

# An end mark after a sentence's stop (`…受骗。（完）`): the sentence ends at the stop.
_MARKED_END = re.compile(rf"(?<=[。！？!?…”’』」])\s*{_END_MARK}$")

_DASHES = ("——", "--", "－－")
_SUBTITLE_MARK = ("—", "-", "●", "■", "◆")
_ENUMERATOR = re.compile(r"[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]?")
_NUMBERED = re.compile(
    r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．]"
)


# `pdftotext -layout` sets a page's columns side by side on each line, apart by runs of
# spaces; pdftotext's own reading order puts one column's lines after another's, with at most
# a single space between things read side by side.
_LAID_OUT_GAP = re.compile(r"\S {3,}\S")
# What ends a line of a text file, however it was saved (`\r\n`, a bare `\r`, …).
_LINE_BREAK = re.compile(r"\r\n|[\r\n\v\x85\u2028\u2029]")
# What parts an article's paragraphs in its body.
_PARAGRAPH_BREAK = "\n\n"
# More than this share of a page's characters stand in lines so laid out (a narrow column set
# beside the rest, a character or two a row, may fill many lines of its own without a gap)…
_LAID_OUT_SHARE = 1 / 2
_LAID_OUT_FEWEST = 6  # …and at least this many lines are


def laid_out(text: str) -> int | None:
    """The first line (counted from 1) of a text extracted with the page's layout kept
    (`pdftotext -layout`: columns side by side on one line, apart by runs of spaces), to be read
    again column by column (`layout`); None for text in reading order."""
    lines = _LINE_BREAK.split(text)  # (a form feed ends a page, not a line)
    filled = [n for n, line in enumerate(lines, 1) if line.strip()]
    gapped = [n for n in filled if _LAID_OUT_GAP.search(lines[n - 1].strip())]
    ink = sum(_ink(lines[n - 1]) for n in filled)
    if len(gapped) >= _LAID_OUT_FEWEST and sum(_ink(lines[n - 1]) for n in gapped) > (
        _LAID_OUT_SHARE * ink
    ):
        return gapped[0]
    return None


# A text not set in columns (a paragraph a line, as a word processor or a web page gives it):
# most of its characters stand in lines this wide or wider, which no newspaper column is.
_UNWRAPPED_CHARS = 40
_UNWRAPPED_SHARE = 1 / 2


def unwrapped(lines: list[str]) -> bool:
    """Is this a text not set in columns: each paragraph (and each title) a line of its own,
    most of its characters in lines wider than any column (`_UNWRAPPED_CHARS`)?"""
    inks = [_ink(line) for line in lines]
    wide = sum(ink for ink in inks if ink >= _UNWRAPPED_CHARS)
    return wide > _UNWRAPPED_SHARE * sum(inks)


def _ink(line: str) -> int:
    """How many characters a line prints, its spaces left out."""
    return len(line) - line.count(" ")


def clean_spaces(text: str) -> str:
    """Drop spaces that are layout (next to a Chinese character), keep one between words."""
    out = re.sub(r"[ \t\u3000\xa0]+", " ", text).strip()

    def keep(match: re.Match[str]) -> str:
        a, b = match.string[match.start() - 1], match.string[match.end()]
        return "" if is_wide(a) or is_wide(b) else " "

    return re.sub(r"(?<=\S) (?=\S)", keep, out)


def join_lines(lines: list[str], clean: bool = True) -> str:
    """Join column lines: no space between Chinese characters, one between Latin words, none
    after a hyphen that a Latin word or number broke at (`Photo-` / `shop`, `COVID-` / `19`:
    the hyphen stays, as it may be the word's own), nor inside a number the column's edge cut
    (`_cuts_number`), nor inside a web or mail address (`_cuts_address`), nor between a number
    and its sign (`_cuts_sign`).

    With `clean=False` the spaces inside lines stay (collapsed to one), for bylines.
    """
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        apart = out and not is_wide(out[-1]) and not is_wide(line[0])
        if apart and not _runs_on(out[-_JOIN_REACH:], line):
            out += " "
        out += line
    return clean_spaces(out) if clean else re.sub(r"[ \t\u3000\xa0]+", " ", out)


# How much of the text before a line break tells whether a Latin word, a number or an address
# runs on across it (the longest address or number in a column, about).
_JOIN_REACH = 80


def _runs_on(before: str, after: str) -> bool:
    """Does a Latin word, a number or an address run on across the line break between `before`
    and `after` with no space: broken at a hyphen (`Photo-` / `shop`), or a number, a number's
    sign or an address the column's edge cut?"""
    hyphen = before[-2:-1].isascii() and before[-2:-1].isalnum() and before.endswith("-")
    return (
        hyphen
        or _cuts_number(before, after)
        or _cuts_address(before, after)
        or _cuts_sign(before, after)
    )


def _cuts_number(before: str, after: str) -> bool:
    """Does the column's edge between `before` and `after` cut a number: digits on both sides,
    or a decimal point, a thousands comma or a clock's colon between them (`证号3308241` /
    `9800101123X`, `增长6.` / `5%`, `12,` / `500`, `下午3:` / `30`)? Chinese text sets no space
    between two numbers. A row of a table sets its numbers apart with spaces (`2019 1200` /
    `2020 1350`): the edge of a row cuts none of them."""
    if re.search(r"\d\s+[\d.,:]+$", before) or re.match(r"[\d.,:]+\s+\d", after):
        return False
    head = re.search(r"\d[.,:]?$", before)
    tail = re.match(r"[.,:]?\d", after)
    return bool(head and tail) and not (head[0][-1] in ".,:" and tail[0][0] in ".,:")


# The signs a number carries, set solid with it: after it (`12.5%`, `18℃`), or before it (`$100`).
_SIGN_AFTER = "%％‰℃℉°"
_SIGN_BEFORE = "$＄¥￥€£"


def _cuts_sign(before: str, after: str) -> bool:
    """Does the column's edge part a number from its sign (`增长12.5` / `%`, `共计$` / `100`)?
    A number's sign stands with it, never a space apart."""
    return bool(
        (re.search(r"\d$", before) and after[:1] in _SIGN_AFTER)
        or (before[-1:] in _SIGN_BEFORE and re.match(r"\d", after))
    )


# A web or mail address: its scheme, `www.`, or the `@` of a mail box.
_ADDRESS = re.compile(r"(?:https?://|www\.|@)[\w.\-/@:?=&%#~]*$", re.IGNORECASE)


def _cuts_address(before: str, after: str) -> bool:
    """Does the column's edge cut a web or mail address (`www.qx.gov.` / `cn`, `qxrb@` /
    `163.com`)? An address holds no space, and one that runs on to the line's end goes on in
    the Latin letters, digits or dots that open the next line."""
    return bool(_ADDRESS.search(before)) and bool(re.match(r"[\w.\-/@]", after, re.ASCII))


@functools.lru_cache(maxsize=1 << 16)  # asked of the same lines again and again
def ends_sentence(text: str) -> bool:
    """Does `text` end a sentence (allowing closing quotes and brackets after the stop)?

    A line that is wholly in brackets (a signature, `（荣光大）`) ends its paragraph too, as
    does a stop followed by a writer's signature (`…参加。（王平）`: a brief signed at its end;
    not a photo's credit, `…。（王平摄）`, which `drafts` reads) or by an end mark
    (`…受骗。（完）`).
    """
    text = text.strip()
    if re.fullmatch(r"[（(][^（()）]+[）)]", text) or _SIGNED.search(text):
        return True
    text = _MARKED_END.sub("", text)
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


# A number at the end of a line, or at its start: digits, maybe with a decimal point or a
# percent sign.
_LINE_NUMBER = r"[0-9][0-9.%％]*"
_LINE_END_NUMBER = re.compile(_LINE_NUMBER + "$")
_LINE_START_NUMBER = re.compile(_LINE_NUMBER)


def number_printed_twice(above: str, line: str) -> str:
    """The number that closes `above` and opens `line` whole (`全年节支2.6` / `2.6亿元`), or
    "": the extraction of a title typeset twice prints a number the wrap parts on both lines.
    (A column's edge cuts a number of running text into two others: `从去年1` / `1月开工`.)"""
    number = _LINE_END_NUMBER.search(above.rstrip())
    opening = _LINE_START_NUMBER.match(line.strip())
    return number.group() if number and opening and opening.group() == number.group() else ""


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


@functools.lru_cache(maxsize=1 << 16)
def line_width(line: str) -> float:
    """How many Chinese characters wide a line prints (Latin and digits count half)."""
    return sum(1.0 if is_wide(c) else 0.0 if c.isspace() else 0.5 for c in line.strip())


_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _number(text: str) -> int:
    """A number written in digits (`12`, `１２`), digit by digit in Chinese (`二〇二一`), or in
    Chinese with tens (`十二`, `二十`, `三十一`); 0 for anything else."""
    if text.translate(_FULL_WIDTH_DIGITS).isdigit():
        return int(text.translate(_FULL_WIDTH_DIGITS))
    tens, ten, units = text.partition("十")
    if not ten:
        if not all(c in _DIGITS for c in text):
            return 0
        return int("".join(str(_DIGITS[c]) for c in text)) if len(text) > 1 else _DIGITS[text]
    if len(tens) > 1 or len(units) > 1 or any(c not in _DIGITS for c in tens + units):
        return 0
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[units] if units else 0)


@functools.lru_cache(maxsize=1 << 16)
def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _is_justified(line: str) -> bool:
    """Spaces between most characters: a justified body line (`三 等 奖 各 1名`) or caption."""
    chars = _squeeze(line)
    gaps = len(re.findall(r"(?<=\S) (?=\S)", line.strip()))
    return len(chars) >= 6 and gaps >= 3


def is_letter_spaced(line: str) -> bool:
    """`“ 上 菜 喽 ，开 吃 喽 。”`: a caption set with a space between all its characters.

    Justified lines with numbers get spaces too (`三 等 奖 各 1名`), so digits disqualify.
    """
    chars = _squeeze(line)
    if len(chars) < 4 or re.search(r"[0-9A-Za-z]", line):
        return False
    gaps = len(re.findall(r"(?<=\S) (?=\S)", line.strip()))
    return gaps >= (len(chars) - 1) * 0.6
