"""Blocks of lines and what each line is: text, title, byline or credit."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..normalize import is_wide
from .bylines import (
    _COMMENTATOR,
    _DATED_LEAD,
    _DOTTED_NAME,
    _LEAD,
    _ORNAMENTS,
    _REPORTER_ROLE,
    _ROLE,
    _SHOT,
    _WRITER_LINE,
    _byline_wraps,
    _credit_start,
    _is_byline,
    _is_credit,
    _is_pen_name,
    _known_name,
    _lead_head,
    _opens_lead,
    _reads_as_pen_name,
    is_byline,
    split_names,
    stacked_byline,
)
from .columns import _DIGIT_EXTRA, _EDGE, _block_width, _fills, _printed_width
from .jumps import jump_from, jump_to
from .lines import (
    _CLAUSE,
    _CLAUSE_END,
    _CLOSERS,
    _DASHES,
    _ENUMERATOR,
    _NUMBERED,
    _SUBTITLE_MARK,
    SENTENCE_END,
    _is_justified,
    _squeeze,
    ends_sentence,
    join_lines,
    line_width,
    number_printed_twice,
)
from .words import _bigram_list, _dictionary_cut, joins_word

TEXT, TITLE, BYLINE, CREDIT = "text", "title", "byline", "credit"


@dataclass
class _Unit:
    """A run of lines of one kind, inside one blank-line-separated block of the page."""

    kind: str
    lines: list[str]
    block: int
    index: int = 0
    verse: bool = False  # a stanza of a poem: its lines are phrases, the block one paragraph

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
    blocks = [_set_upright(block) for block in blocks]
    page_text = _page_text(blocks)
    return [
        part
        for block in blocks
        for cut in _after_credits(block)
        for part in _unmerge(cut, page_text)
    ]


_UPRIGHT_FEWEST = 3  # lines of one character each in a row that are a title set upright


def _set_upright(block: list[str]) -> list[str]:
    """The block with the run of lines of one Chinese character each that opens it (`春` /
    `雨` / `将` / `至`) read as the one line it is: a title set upright, which pdftotext gives a
    character a line. Column text never holds three such lines in a row. (Further down a block
    such a run is rather a table's cell too narrow for a second character, between its rows.)"""
    end = 0
    while end < len(block) and re.fullmatch(r"[\u4e00-\u9fff]", block[end].strip()):
        end += 1
    if end < _UPRIGHT_FEWEST:
        return block
    return ["".join(line.strip() for line in block[:end]), *block[end:]]


def _page_text(blocks: list[list[str]]) -> str:
    """The page's lines without their spaces, each between line breaks of its own: what a name
    is looked up in (a name printed on a line of its own only is a byline)."""
    return "\n" + "\n\n".join(_squeeze(line) for block in blocks for line in block) + "\n"


def _after_credits(block: list[str]) -> list[list[str]]:
    """A block cut after each photo credit line that closes a caption (`…冬去春来。` /
    `记者 王平 摄` / lines of another column): the credit ends its photo item, and whatever
    pdftotext ran on after it in the block belongs to something else. So does a jump line
    (`（下转第2版）`) end its article's part on the page, and a continuation's (`（上接第1版）`)
    open the text under it, after the title it may be set under."""
    parts: list[list[str]] = [[]]
    for k, line in enumerate(block):
        if k and parts[-1] and jump_from(_squeeze(line)) is not None:
            parts.append([])
        parts[-1].append(line)
        if k + 1 < len(block) and (
            (
                _is_credit(line)
                and (k == 0 or ends_sentence(block[k - 1]))
                and not _heads_text(block, k)
            )
            or jump_to(_squeeze(line)) is not None
        ):
            parts.append([])
    return parts


def _heads_text(block: list[str], k: int) -> bool:
    """Is line `k` a photographer's name over the text under it in its block (`王平 摄影` /
    `…`), not a credit? So it may be: a photo story is signed at its head with `摄影`, while a
    credit that closed a caption above, run on into the next column's text by the extraction,
    ends with a bare `摄`."""
    return k == 0 and len(block) > 1 and block[0].rstrip().endswith(("摄影", "摄影报道"))


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


# What a photographer did, wrapped onto a line of its own (`摄`, `/摄`, `摄影`).
_SHOT_ALONE = re.compile(rf"\s*{_SHOT}\s*")


def _with_shot(block: list[str], k: int) -> str:
    """Line `k` of a block, with the `摄` of its credit where that wrapped onto the next line
    (`…忙碌。记者 王平` / `摄`)."""
    wrapped = k + 1 < len(block) and _SHOT_ALONE.fullmatch(block[k + 1])
    return f"{block[k]} {block[k + 1].strip()}" if wrapped else block[k]


def _credit_gap(line: str, left: str) -> bool:
    """Is the gap after `left` within the photo credit that ends a caption's line (`…不亦乐乎。
    （王平 摄）`, `…不亦乐乎。王平 摄`)? A credit sets its names apart from what they did: the
    gap parts nothing set side by side. (A credit after the gap, `…既有西昌 王平摄影`, stands
    beside the column; a line that is all title and credit, `乡村振兴 王平摄影`, may be a title
    beside one.)"""
    starts = [_credit_start(line), _credit_start(line, bracketed=True)]
    return any(start and start < len(left) for start in starts)


def _bracketed_gap(left: str, right: str) -> bool:
    """Is the gap within the brackets that end the line, opened before it (`…出行注意安全。
    （王平 李红）`)? What they hold is one thing: nothing stands beside it. (A quote may be
    opened beside the gap and another closed after it: things side by side hold quotes too.)"""
    right = right.rstrip()
    return (
        any(left.count(a) > left.count(b) for a, b in ("（）", "()"))
        and right.endswith(("）", ")"))
        and not re.search(r"[（(]", right)
    )


def _gap_in_open_bracket(block: list[str], k: int, left: str, right: str) -> bool:
    """Is the gap of line `k` within a byline's brackets, opened on the line before and closed
    after the gap (`本报讯（记者 王平 通讯` / `员 李红）3月5日…`)? The brackets wrap across the
    column's lines as its text does, and what they hold across the wrap reads as names after
    their roles: it is one thing, and nothing stands beside it."""
    before = block[k - 1] if k else ""
    opened = re.search(r"[（(]([^（()）]*)$", before)
    closed = re.match(r"([^（()）]*)[）)]", right)
    return bool(opened and closed) and is_byline(f"{opened.group(1)}{left} {closed.group(1)}")


_NOTE_WORDS = ("编者按", "编者的话")  # an editor's note's mark, set apart from its text


def _lead_gap(block: list[str], k: int, left: str) -> bool:
    """Is the gap of line `k` the one after a lead (`本报讯 县气象台…`), or after the end of one
    begun on the line before (`本报杭` / `州3月4日电 县气象台…`)? It parts no two things."""
    if _LEAD.match(_squeeze(left)) or _squeeze(left) in _NOTE_WORDS:
        return True  # (a lead, or an editor's note's mark set apart by a space: `编者按 …`)
    before = _squeeze(block[k - 1]) if k else ""
    return bool(before) and not _LEAD.match(before) and bool(_LEAD.match(before + left))


# How wide a line of a title or a byline is at most, in characters: a column's title, not a line
# of running text set across the page.
_TITLE_WIDTH = 16
# How wide a title's line may be where it may be a headline set over several columns, which runs
# longer than one over a column or two: a half of a line cut at its gap with a title beside it,
# or a line right over a lead.
_SIDE_TITLE_WIDTH = 24


def _title_like(text: str, width: float = _TITLE_WIDTH) -> bool:
    """Short, and without the punctuation running text has: a piece of a title or a byline."""
    return line_width(text) <= width and not _CLAUSE.search(text)


# The fewest rows of a table (lines of cells set apart by gaps) in a block: two titles side by
# side run over two lines, three at most.
_TABLE_ROWS = 3
# The rows of a table that show it however its cells read: no two titles side by side run on
# over so many lines.
_TABLE_LONG = 4
# A gap between two cells of a table's row.
_CELL_GAP = re.compile(r"\S\s+\S")


def _is_table(block: list[str]) -> bool:
    """Is the block a table: rows of short cells set apart by gaps (`城关镇 268分`, `青菜 2.5
    白菜 1.8`), three or more and half its lines at least, the rest a heading or a note on the
    units (`（单位：元/斤）`), with none of running text's punctuation, nor a byline, and no list of
    contents (`…落幕 6版`)? Two titles
    side by side are cut at a gap in each of their lines too, but run over three lines at most;
    so a block of three rows is a table where each row holds a number (a score, a price) or
    its first cells are all as wide (`第一名 陈浩`: a column's cells). A line of characters
    each alone is a title letter-spaced (`春 雨 将 至`), no row of cells."""
    rows = [
        line
        for line in block
        if _CELL_GAP.search(line.strip()) and any(len(cell) > 1 for cell in line.split())
    ]
    if len(rows) < _TABLE_ROWS or 2 * len(rows) < len(block):
        return False
    if sum(bool(_PAGE_REFERENCE.search(line)) for line in block) * 2 >= len(block):
        return False  # a list of contents, a page's number after each title
    bare = [re.sub(r"[（(][^（()）]*[）)]", "", line) for line in block]
    if any(re.search(r"[，。、；！？,;!?]", line) or is_byline(line) for line in bare):
        return False
    if not all(_title_like(re.sub(r"[：:]", "", line), _SIDE_TITLE_WIDTH) for line in bare):
        return False
    firsts = {line_width(row.split()[0]) for row in rows}
    return (
        len(rows) >= _TABLE_LONG or all(re.search(r"\d", row) for row in rows) or len(firsts) == 1
    )


def _unmerge(block: list[str], page_text: str) -> list[list[str]]:
    """Undo pdftotext's merging of things that stand side by side on the page.

    * Two titles side by side (`书法作品 乡村振兴` / `展在县城 谱新篇` / `王平` / `开幕`) become two
      blocks; a line of one part goes with the title still running (its last line as long as
      its longest), a byline with the title that has ended. (One gap alone may be where the
      print left out digits: `年全县新建道路 公里`.) Two titles over a column of text in one
      block leave it the same way, the text a block of its own. One of the two may start a
      line higher, a line of its own above the first line cut at a gap.
    * Title or byline lines beside a column of text (`５Ｇ网络 山区用户最关心的是网速稳`,
      or a line of their own within it) leave it for a block of their own, before it: the
      other half is as wide as the column, or, in a block too short to show its width, the
      halves on one side all read like a title and those on the other like running text.
      A short line over a lead was slipped in from nowhere: no sentence goes on into a lead,
      so it stays, the rest of the title over it; so does a byline over a line that goes on
      from nothing above it (`_heads_next_text`): it heads another text.
    * A byline beside a column's line (`…今年 本报记者 王平`), or without a role beside a
      letter-spaced line (`村 里 修 好 了 新 路 王平`, `_spaced_beside`), leaves it for a block
      of its own, with its last character wrapped to the end of the letter-spaced line under it,
      or the rest of its last name wrapped onto a line of its own (`_signed_over_wrap`).
    """
    if _is_table(block):
        return [block]  # a table's rows: its cells stand side by side, one thing
    halves = [_halves(line) for line in block]
    halves = [None if h and _lead_gap(block, k, h[0]) else h for k, h in enumerate(halves)]
    halves = [
        None if h and _credit_gap(_with_shot(block, k), h[0]) else h for k, h in enumerate(halves)
    ]
    halves = [None if h and _bracketed_gap(*h) else h for h in halves]
    halves = [None if h and _gap_in_open_bracket(block, k, *h) else h for k, h in enumerate(halves)]
    higher = _starts_higher(block, halves, page_text)
    if higher:
        return higher
    # Side by side, each half may be as long as a title is, though the line is longer, and may
    # hold a title's colon (`春耕：农机先行`) and end with a question or an exclamation; as long
    # as a title over several columns where the line next to it is cut at a gap too (two
    # titles wrapped side by side; one such line alone may be a line of text beside a title).
    # (So may the halves of a title block's first line over the short rest of one of the two
    # titles, `…县里全力推进乡村 在新起点上奋力谱写新篇` / `振兴`: titles wrapped side by side.)
    wrapped = all(_title_like(line) for line in block[1:]) and _heads_apart(block, halves)
    heads = 0  # the title lines the block opens with
    while heads < len(block) and not _opens_lead(block, heads):
        half = halves[heads]
        line = block[heads]
        if half:
            paired = any(halves[k] for k in (heads - 1, heads + 1) if 0 <= k < len(block))
            paired = paired or (heads == 0 and wrapped)
            widest = _SIDE_TITLE_WIDTH if paired else _TITLE_WIDTH
            like = all(_title_like(re.sub("[：:]", "", h).rstrip("？！?!"), widest) for h in half)
        else:
            like = _title_like(line.replace(" ", "").rstrip("？！?!"))
        if not like:
            break
        heads += 1
    if 0 < heads < len(block) and halves[0] and _heads_over_text(block, halves, heads):
        return [*_side_by_side(block[:heads], halves[:heads], page_text), block[heads:]]
    apart = halves[0] and (sum(1 for h in halves if h) >= 2 or _heads_apart(block, halves))
    if heads == len(block) and apart:
        return _side_by_side(block, halves, page_text)
    title = all(_title_like(line.replace(" ", "")) for line in block)
    plain = [line for line, half in zip(block, halves, strict=True) if not half]
    titled = title or _is_title_block(block)
    width = _block_width(plain) if len(plain) >= 3 and not titled else None
    title_side = None if titled else _title_side(halves)
    signed = [_signed_beside(line) or _spaced_beside(line, page_text) for line in block]
    if title and any(signed):
        # A headline with its byline beside it on one line (`春雨将至 本报记者 王平`): the
        # byline closes the headline, as one under it does.
        return [[part for line, by in zip(block, signed, strict=True) for part in (by or [line])]]
    name_rest = [False] * len(block)  # a line that is the rest of a byline's last name
    for k in range(len(block) - 1):
        whole = None if signed[k] or name_rest[k] else _signed_over_wrap(block[k], block[k + 1])
        if whole:
            signed[k], name_rest[k + 1] = whole, True
    if width is None and title_side is None and not any(signed):
        return [block]
    # A dash line between two paragraphs is a subtitle slipped in only where it is the block's one
    # such line: two or more are the text's own list (`——抓水利建设` … `——抓良种推广`).
    dashed = [
        k
        for k in range(1, len(block) - 1)
        if width is not None
        and _subtitle_between_paragraphs(block[k], block[k - 1], block[k + 1], width)
    ]
    side: list[str] = []
    text: list[str] = []
    wrapped_past: set[int] = set()  # the rest of a dash subtitle, under a line between
    beside_at, taken = None, 0  # the last line a piece beside the block was taken from
    for k, (line, half) in enumerate(zip(block, halves, strict=True)):
        if len(side) != taken:
            beside_at, taken = k - 1, len(side)
        kept = line
        if name_rest[k]:
            continue  # (its byline, whole, left with the line above)
        if k in wrapped_past:
            side.append(line)
            continue
        if width is not None and text and _wraps_past(block, k, text[-1], width):
            side.append(line)
            wrapped_past.add(k + 2)
            continue
        if k and signed[k - 1] and _spaced_wrap(side[-1], line):
            kept, rest = line.rsplit(maxsplit=1)
            side[-1] += rest
        if text and _signs_subtitle_beside(side, line, text[-1], page_text):
            side.append(line)
            continue
        if text and _closes_title_beside(side, block[k:], text[-1], page_text):
            side.extend(block[k:])
            break
        # (A title's piece beside a letter-spaced line goes on with a dash subtitle taken from
        # beside the lines above, or is the first thing beside the block; after another title's
        # piece it may be a word of a title set a few characters a line, which stays.)
        rest = _spaced_title_rest(line, width) if not side or _is_dash_subtitle(side[-1]) else None
        before = None if rest else _spaced_subtitle_before(line)
        if before and not _in_dashed_list(block, k) and not _first_run_goes_on(block, k):
            rest = before
        if signed[k]:
            kept, byline = signed[k]
            side.append(byline)
        elif rest:
            kept, piece = rest
            side.append(piece)
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
            and (
                _intrudes(line, text[-1], block[k + 1], width)
                or _bridged_dash(line, text[-1], block[k + 1], width)
                or dashed == [k]
            )
            and not _signs_first_line(block, k, page_text)
            and not _opens_lead(block, k + 1)
            and not _heads_next_text(block, k, page_text)
            # (Near a piece taken from beside the block, a short line is that title's rest.)
            and (_near_beside(k, beside_at) or not _wraps_intertitle(block, k, text))
        ):
            side.append(line)
            continue
        text.append(kept)
    return [side, text] if side else [block]


def _wraps_past(block: list[str], k: int, before: str, width: float) -> bool:
    """Is line `k` a dash subtitle slipped in after a paragraph's end, its last word cut and
    completed two lines below, past a line between (`…的好评。` / `——记县医院的乡村医` /
    `“一心为民”` / `疗队`)? No line of a column cuts a word to go on past another; the rest,
    short too, is the subtitle's, and the line between stays in the text."""
    if k + 2 >= len(block):
        return False
    line, rest = block[k], block[k + 2]
    return (
        _is_dash_subtitle(line)
        and ends_sentence(before)
        and not _fills(line, width)
        and _title_like(rest)
        and not _fills(rest, width)
        and not _fills(block[k + 1], width)
        and joins_word(line, rest)
        and not joins_word(line, block[k + 1])
    )


def _closes_title_beside(side: list[str], rest: list[str], before: str, page_text: str) -> bool:
    """Are the block's last lines `rest` a dash subtitle, wrapped, after a sentence's end
    (`…忙开了。` / `——记一位乡` / `村医生`), under the lines a title was taken from beside
    (`山村来了 清晨，…` / `好医生 村口…`)? The subtitle closes that title: pdftotext ran it
    on under the column's lines it stood beside, and no paragraph ends in a dash line. Only
    its first line is one: dash lines one after another are the text's own list
    (`——抓水利建设` / `——抓良种推广`)."""
    return (
        bool(side)
        and _is_dash_subtitle(rest[0])
        and not any(line.startswith(_DASHES) for line in rest[1:])
        and ends_sentence(before)
        and all(_title_like(line, _SIDE_TITLE_WIDTH) for line in rest)
        and not any(_is_byline(piece, page_text) for piece in side)
    )


def _signs_subtitle_beside(side: list[str], line: str, before: str, page_text: str) -> bool:
    """Is `line` a byline between two paragraphs of a column (`…的好评。` / `王平` / `清晨，…`)
    that signs the dash subtitle taken from beside the column's lines above it, not yet signed
    (`…都开了 ——记一位乡村` / `…今年 医生`)? pdftotext set the title's lines beside the
    column's and its byline, on a line of its own, between them: it goes with the subtitle."""
    return (
        bool(side)
        and _is_dash_subtitle(side[0])
        and ends_sentence(before)
        and _is_byline(line, page_text)
        and not any(_is_byline(piece, page_text) for piece in side)
    )


def _starts_higher(
    block: list[str], halves: list[tuple[str, str] | None], page_text: str
) -> list[list[str]] | None:
    """Two titles side by side, one of them a line higher (`县城老街` / `春耕备耕 茶馆`): the
    parts read apart as from their first shared line, the line above with the title whose first
    shared line is no wider than it (a wrapped title fills every line but its last; the other's
    line under it is wider). None when the block opens otherwise."""
    if len(block) < 2 or halves[0] or not halves[1] or not _title_like(block[0]):
        return None
    sides = [s for s in (0, 1) if line_width(halves[1][s]) <= line_width(block[0])]
    if len(sides) != 1 or _opens_lead(block, 0):
        return None
    parts = _unmerge(block[1:], page_text)
    if len(parts) < 2 or [parts[0][0], parts[1][0]] != list(halves[1]):
        return None
    if not all(_title_like(line, _SIDE_TITLE_WIDTH) for line in parts[0] + parts[1]):
        return None  # a title beside a column of text, not two titles
    parts[sides[0]].insert(0, block[0])
    return parts


def _side_by_side(
    block: list[str], halves: list[tuple[str, str] | None], page_text: str
) -> list[list[str]]:
    """Title lines of two titles side by side, read apart: the halves of a line cut at its gap
    go left and right; a line of one part goes with the title still running (its last line
    as long as its longest; where both run, the one it goes on from), a byline (a name the
    text does not print) with the title that has ended."""
    left: list[str] = []
    right: list[str] = []
    for line, half in zip(block, halves, strict=True):
        if half:
            left.append(half[0])
            right.append(half[1])
            continue
        running = [c for c in (left, right) if line_width(c[-1]) >= max(map(line_width, c))]
        ended = [c for c in (left, right) if c not in running]
        if len(running) == 2:
            running = [c for c in running if _goes_on(c[-1], line)] or running
        column = (ended if _is_byline(line, page_text) and ended else running or [left])[0]
        column.append(line)
    return [left, right]


def _goes_on(before: str, line: str) -> bool:
    """Does `line` go on from the title line `before`, completing the word it cut (`…茶馆翻` /
    `新装修`) or closing the quote it left open (`…“日子越过` / `越红火”`)? Where both titles
    side by side still run, a line under them is the one's it goes on from."""
    return _closes_left_open(before, line) or joins_word(before, line)


def _heads_over_text(block: list[str], halves: list[tuple[str, str] | None], heads: int) -> bool:
    """Do the first `heads` lines of a block, the first of them cut by a gap, hold two titles
    side by side over a column of text (`县里春耕备耕 河道清淤` / `开春以来，县里…`)? Two
    phrases of a title each, neither a byline, the line wider than the text below, and not one
    half as wide as the column below while the other is not (a title beside a line of the
    column), unless the text opens with a lead, which no line of a column runs on into: the
    text runs on under one of them, and each title goes its own way."""
    first = halves[0]
    if first is None or any(len(_squeeze(h)) < 4 or _ROLE.search(h) or is_byline(h) for h in first):
        return False
    if line_width(block[0]) <= max(line_width(line) for line in block[heads:]) + 1:
        return False  # no wider than the text: a line of the column, a stray gap in it
    width = _block_width(block[heads:])
    fits = width is not None and sum(width - 3 <= line_width(h) <= width + 1 for h in first) == 1
    if fits and not _opens_lead(block, heads):
        return False  # a column's line, a title beside it (no column's line runs on into a lead)
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


# A byline beside a line: a role and names (written in parts with a middle dot, `阿依古丽·买买提`,
# or two to four characters, the first may be one spaced out: `王 平`), or the paper's
# commentator alone (`本报评论员`).
_BYLINE_BESIDE = re.compile(
    rf"(?P<text>.*\S)\s+(?P<byline>{_REPORTER_ROLE.pattern}"
    rf"\s*(?:{_DOTTED_NAME}|[\u4e00-\u9fff]{{1,4}})(?:\s+(?:{_DOTTED_NAME}|[\u4e00-\u9fff]{{2,4}}))*"
    rf"|{_COMMENTATOR.pattern})"
)


def _signed_beside(line: str) -> tuple[str, str] | None:
    """A line of a column with a byline beside it, to the right (`…都开了。今年 本报记者 王平`):
    (the column's text, the byline). A byline of several roles (`记者 王平 通讯员 李红`) is one
    line of names, not one beside another."""
    match = _BYLINE_BESIDE.fullmatch(line.strip())
    if not match or not is_byline(match["byline"]) or is_byline(line):
        return None
    return match["text"], match["byline"]


# The most characters of a byline's last name wrapped onto a line of their own.
_NAME_REST = 2


def _signed_over_wrap(line: str, following: str) -> tuple[str, str] | None:
    """A line of a column with a byline beside it whose last name wraps onto the next line, a
    line of its own (`…建成了 本报记者 王平 李` / `晓东` / `的新校舍。`): (the column's text,
    the byline, whole). The line cuts the name after a character or so, and the wrapped rest
    is a character or two, no more: a name's length."""
    rest = following.strip()
    tokens = line.split()
    if len(tokens) < 3 or len(tokens[-1]) != 1 or not re.fullmatch(r"[\u4e00-\u9fff]+", rest):
        return None
    if len(rest) > _NAME_REST:
        return None
    signed = _signed_beside(line.rstrip() + rest)
    if not signed or signed[1].split()[-1] != tokens[-1] + rest:
        return None
    return signed


# The fewest characters set apart one by one before a byline that show a line letter-spaced: a
# caption or a text spaced out to its column's edge (`村 里 修 好 了 新 路 王平`).
_SPACED_FEWEST = 4


def _spaced_beside(line: str, page_text: str) -> tuple[str, str] | None:
    """A letter-spaced line of a column with a byline beside it, to the right (`村 里 修 好 了
    新 路 王平`): (the column's text, the byline). Its every gap is a space, the byline's among
    them, but the spaced-out text comes a character at a time and the names do not: where the
    runs of one character end and runs of several begin that read as a byline, a name the page
    prints nowhere else (`_is_byline`), the byline begins."""
    runs = line.split()
    k = 0
    while k < len(runs) and len(runs[k]) == 1:
        k += 1
    if k < _SPACED_FEWEST or k == len(runs) or any(len(run) == 1 for run in runs[k:]):
        return None
    byline = " ".join(runs[k:])
    if not _is_byline(byline, page_text):
        return None
    return " ".join(runs[:k]), byline


# A title's piece set beside a letter-spaced line: Chinese characters alone, no digit or mark.
_TITLE_PIECE = re.compile(r"[\u4e00-\u9fff]{2,}")


def _spaced_title_rest(line: str, width: float | None) -> tuple[str, str] | None:
    """A letter-spaced line of a column with a piece of a title beside it, to the right (`业 绩
    显 著 ， 受 到 乡村`): (the column's text, the piece). The spaced-out text comes a character
    at a time; a run of several characters after it, no byline, stands beside the column on
    the same baseline: a title, or the rest of a dash subtitle slipped in above. Where the
    column's `width` is known, the line holds more characters than it: a line of the column
    whose last characters the extraction left unspaced (`村 里 修 好 了 ， 大 家 出行`) holds
    no more."""
    runs = line.split()
    if len(runs) <= _SPACED_FEWEST or any(len(run) != 1 for run in runs[:-1]):
        return None
    if width is not None and line_width(line) <= width:
        return None
    if not _TITLE_PIECE.fullmatch(runs[-1]):
        return None
    return " ".join(runs[:-1]), runs[-1]


def _spaced_subtitle_before(line: str) -> tuple[str, str] | None:
    """A letter-spaced line of a column with a piece of a dash subtitle before it, to the left
    (`——记县医院的乡村医 清 晨 ， 村 口 已 经`): (the column's text, the piece). The spaced-out
    text comes a character at a time; a dash and a run of characters after it, set solid,
    stand beside the column on the same baseline."""
    runs = line.split()
    if len(runs) <= _SPACED_FEWEST or any(len(run) != 1 for run in runs[1:]):
        return None
    piece = runs[0]
    if not _is_dash_subtitle(piece) or not _TITLE_PIECE.search(piece):
        return None
    return " ".join(runs[1:]), piece


# How far up or down a block the next item of a dashed list may stand from a line that opens
# with a dash: the next line, or the one past it where an item wrapped onto a second line.
_LIST_ITEM_REACH = 2


def _in_dashed_list(block: list[str], k: int) -> bool:
    """Is line `k` of the block, opening with a dash, an item of the text's own dashed list
    (`——新建通村水泥路三十公 图 为 村 民 …` / `里；` / `——新建村卫生室五个；`)? A subtitle
    stands alone; the items of a list follow one another, one of the two lines above or below
    it (past an item's wrapped rest) opening with a dash too."""
    near = block[max(k - _LIST_ITEM_REACH, 0) : k] + block[k + 1 : k + 1 + _LIST_ITEM_REACH]
    return block[k].startswith(_DASHES) and any(line.startswith(_DASHES) for line in near)


def _first_run_goes_on(block: list[str], k: int) -> bool:
    """Does the next line of the block, running text, complete the last word of line `k`'s first
    run (`——让乡亲们过上好日 图 为 老 支 书 …` / `子。为了这个心愿，…`)? The dash line is then the
    column's own sentence, gone on below past a letter-spaced caption beside it; a subtitle's
    piece goes on, if at all, in its own short rest (`疗队`), no line of a column."""
    if k + 1 >= len(block) or _title_like(block[k + 1]):
        return False
    return joins_word(block[k].split()[0], block[k + 1])


def _spaced_wrap(byline: str, line: str) -> bool:
    """Does the byline beside a column's line wrap its last name's last character to the end of
    the letter-spaced line under it (`记者 王平 李晓` / `… 上 午 东`)? The line ends with two
    characters set apart one by one, and the last completes the byline's last name
    (`_byline_wraps`): names do not part within one where the line has room."""
    runs = line.split()
    return (
        len(runs) >= 2
        and len(runs[-1]) == len(runs[-2]) == 1
        and is_wide(runs[-1])
        and _byline_wraps(byline, runs[-1])
    )


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
            and any(_CLAUSE.search(t) for t in texts)
        ):
            return k
    return None


# The most characters a sign-off after a dash holds (`——编者`, `——作者`): a writer's name or role,
# which ends a text and stays in it.
_SIGN_OFF_CHARS = 4
# Closing quotation marks: a dash line after a quotation that ends with one names its source
# (`“国破山河在，城春草木深。”` / `——杜甫《春望》`), a line of the text.
_QUOTE_CLOSERS = "”’』」"


def _subtitle_between_paragraphs(line: str, before: str, after: str, width: float) -> bool:
    """Is `line` a dash subtitle that pdftotext slipped in between two paragraphs of a column
    (`…的技术要点。` / `——记农技站专家` / `专家们还发放…`)? An intertitle is set without a
    dash, and a paragraph of the text has its stops: a short dash line without them, longer
    than a sign-off, after a sentence's end and over a line that fills the column, or the next
    paragraph's first line indented from its edge, is the subtitle of the title above the
    column; one after a quotation names its source and stays in the text (`_QUOTE_CLOSERS`)."""
    return (
        _is_dash_subtitle(line)
        and len(_squeeze(line).lstrip("".join(_DASHES))) > _SIGN_OFF_CHARS
        and line_width(line) < width - 3
        and ends_sentence(before)
        and before.rstrip()[-1] not in _QUOTE_CLOSERS
        and not _is_dash_subtitle(after)
        and line_width(after) >= width - 3
    )


def _intrudes(line: str, before: str, after: str, width: float) -> bool:
    """Is `line` a piece of something beside the column that pdftotext slipped in between two
    lines of one sentence (`…会见来访的` / `代表团` / `考察团团长时说…`)? Within a paragraph every
    line but the last fills the column; the line after may be the paragraph's last where the
    join completes a word (`…帮助农` / `——专家下田` / `户解决难题。`), or after a dash
    subtitle (`_ends_with_line`). A dash subtitle may end with a question or an exclamation
    (`——专家为何下田？`). A line that goes on with the line above it, completing the word that
    line cut or closing the quote or bracket it left open, is that line's: the short last line
    of an item in a list set without punctuation (`…县人民医院县第一中` / `学` / `县文化馆…`).
    A line under a dash subtitle is the title's byline or the text's first line, whatever the
    subtitle's width (`——记一位乡村医生` / `王平`). A line justified with spaces between its
    characters (`3000 亩 左 右`) is as wide as the column, however few characters it counts: a
    line of it. A title line wider than the column (`_wider_than_column`) is none of its lines:
    a line under it goes on with the title. The line `before` may reach the column's edge with
    its quotes printed an em wide (`_reaches_edge`)."""
    return (
        (_title_like(line) or _is_dash_subtitle(line))
        and not _ENUMERATOR.fullmatch(line)
        and not _is_justified(line)  # spaced out to the column's width, a number in it
        and line_width(line) < width - 3
        and not ends_sentence(before)
        and _reaches_edge(before, width)
        and not _wider_than_column(before, width)
        and not _is_dash_subtitle(before)  # no sentence goes on from or in a subtitle either:
        and not _is_dash_subtitle(after)  # a title's lines
        and (
            _fills(after, width) or (ends_sentence(after) and _ends_with_line(before, line, after))
        )
        and not _closes_left_open(before, line)
        and not joins_word(before, line)
        and not _byline_wraps(before, line)
    )


# A title set beside a column spans a few of its lines: a short line within this many lines
# under one a piece of the title was taken from is the title's rest, no intertitle's.
_TITLE_BESIDE_LINES = 3


def _near_beside(k: int, beside_at: int | None) -> bool:
    """Is line `k` within `_TITLE_BESIDE_LINES` under the line `beside_at` that a piece of a
    title beside the block was taken from (None: none was)?"""
    return beside_at is not None and k - beside_at <= _TITLE_BESIDE_LINES


def _wraps_intertitle(block: list[str], k: int, text: list[str]) -> bool:
    """Is line `k`, short, the rest of an intertitle wrapped over two lines (`…已全面完成。` /
    `合作社为农民增收提供技术` / `支撑` / `今年开春，…`), not a line slipped in from beside the
    column? The heading opens after a sentence's end, holds no mark of a clause (but a comma
    at its line's end), and the line under the short one goes on from the heading's first line
    in no way: no word runs across, no quote or bracket left open is closed. Not where one of
    the two lines above was cut at a gap (a title beside the column), or the short line is a
    dash subtitle: those are things beside it."""
    if text[-2:] != block[k - 2 : k] or _is_dash_subtitle(block[k]):
        return False
    above, before, after = block[k - 2], block[k - 1], block[k + 1]
    heading = before.rstrip().rstrip("，,")
    return (
        ends_sentence(above)
        and not _CLAUSE.search(heading)
        and not joins_word(before, after)
        and not _closes_left_open(before, after)
    )


def _reaches_edge(line: str, width: float) -> bool:
    """Does the line reach its column's edge (`_fills`), or would it with its quotes printed an
    em wide, as many fonts print them (`…医”中，一种“流动诊所”的`)?"""
    return _fills(line, width) or line_width(line) >= width - _EDGE


def _ends_with_line(before: str, line: str, after: str) -> bool:
    """Is `after`, a paragraph's short last line, the end of the sentence `before` leaves open,
    with `line` slipped in between? So it is where the join completes a word; and where `line`
    is a dash subtitle, which no paragraph holds as its last line but one (`…一种“流动诊所”的`
    / `——记一位乡村医生` / `服务受到欢迎。`), unless `before` opens a list with a colon."""
    if joins_word(before, after):
        return True
    return _is_dash_subtitle(line) and not before.rstrip().endswith(("：", ":"))


def _bridged_dash(line: str, before: str, after: str, width: float) -> bool:
    """Is `line` a dash subtitle short of a narrow column's edge, between a line that leaves a
    quote or a bracket open and the line that closes it (`…县里“春` / `——记一位乡村医生` /
    `风行动”…`), both as wide as the column (an opening quote printed an em wide)? In a column
    a few characters wide a subtitle's line may be nearly as wide as the column's, too wide for
    `_intrudes`, but no line of the column stops short in the middle of a quote."""
    return (
        _is_dash_subtitle(line)
        and not _fills(line, width)
        and not ends_sentence(before)
        and _reaches_edge(before, width)
        and _fills(after, width)
        and _closes_left_open(before, after)
        and not _closes_left_open(before, line)
    )


# How much wider than its column a line prints, at least, to be no line of it: a headline set
# across columns (a squeezed mark or a digit makes up half a character either way).
_WIDER = 1.5


def _wider_than_column(line: str, width: float) -> bool:
    """Does a line that reads like a title (`_title_like`, as wide as one over several columns),
    or a dash line without a full stop (a subtitle, its commas and all), print wider than the
    column? No column's line does: it is a title across columns, and what goes on under it is
    no part of one sentence with it (nothing was slipped in between)."""
    subtitle = line.startswith(_DASHES) and not re.search("[。；;]", line)
    return line_width(line) > width + _WIDER and (subtitle or _title_like(line, _SIDE_TITLE_WIDTH))


def _signs_first_line(block: list[str], k: int, page_text: str) -> bool:
    """Is line `k` a name right under the block's first line that signs it as its headline
    (`山村来了新医生` / `王平` / `今年开春，县医院…`), however wide that line, not a name set
    beside the column between two lines of one sentence? The first line has no punctuation,
    ends no sentence, and the line under the name does not go on from it (no word across, no
    quote it closes, no `的` tying them): a headline of the column's width stops at its end."""
    if k != 1 or k + 1 >= len(block) or not _is_byline(block[k], page_text):
        return False
    first, after = block[0], block[k + 1]
    return (
        not _CLAUSE.search(first)
        and not _is_running_text(first)
        and not _ends_with_de(first)
        and not joins_word(first, after)
        and not _closes_left_open(first, after)
    )


def _heads_next_text(block: list[str], k: int, page_text: str) -> bool:
    """Is line `k` a byline heading the text under it, where a column's text above ran out
    mid-sentence (`…县里今年又新修了` / `王平` / `清晨，…`)? The line under it goes on from nothing
    above: no word runs across, no quote or bracket left open is closed."""
    before, after = block[k - 1], block[k + 1]
    return (
        _is_byline(block[k], page_text)
        and not joins_word(before, after)
        and not _closes_left_open(before, after)
    )


def _closes_left_open(before: str, line: str) -> bool:
    """Does `line` close a quote or a bracket that `before` leaves open (`…县“春风送` /
    `暖”服务队`)? It goes on with that text: nothing set beside a column closes what the
    column opened."""
    return any(
        before.rfind(opener) > before.rfind(closer) for opener, closer in _closed_first(line)
    )


# A work's title in book-title marks (`《县志：山川卷》`): the marks it holds are the work's.
_WORK_TITLE = re.compile(r"《[^《》]*》")


def _is_dash_subtitle(line: str) -> bool:
    """A dash line without the punctuation of running text: a subtitle (`——记一位乡村医生`).
    A mark inside the title of a work it names (`——读《县志：山川卷》`) is that title's, not
    a clause's of the line: a review's subtitle names the book it reads so."""
    return line.startswith(_DASHES) and not re.search(r"[。，；;,：:]", _WORK_TITLE.sub("", line))


def _classify(
    block: list[str],
    number: int,
    width: float,
    page_text: str,
    before: str = "",
    columns: tuple[int, ...] = (),
    after: list[str] | None = None,
) -> list[_Unit]:
    """Cut a block into runs of text, title, byline and credit lines. `before` is the last
    line of the block before it on the page, `after` the block after it; `columns` the widths
    of the page's columns.

    A title block is title lines, maybe closed by a byline. Any other block is read line by
    line, then each line's kind is set right by the lines around it, a rule at a time."""
    if _is_credit_block(block):
        # A photo credit under its caption, maybe wrapped (`记者 王平 李强` / `摄`).
        return [_Unit(CREDIT, block, number)]
    if _signs_notice(block, before, after or []):
        return [_Unit(TEXT, block, number)]
    lead = _brief_lead(block, width)
    if lead:
        # A brief's lead phrase over its text: its headline, without the bullet.
        rest = _classify(block[1:], number, width, page_text, "", columns, after)
        return [_Unit(TITLE, [lead], number), *rest]
    titled = (_is_title_block(block) or _is_narrow_title(block, width)) and not _set_full(
        block, width, columns
    )
    # (A title block may end with lines of a column's text that goes on elsewhere: read as text.)
    column_text = _column_text_at_end(block, columns) if titled else len(block)
    titled = titled and column_text > 0
    if titled and not _goes_on_from(before, block, width) and not _opens_paragraph(block, width):
        head = block[:column_text]
        kinds = _title_block_kinds(head, page_text) + [TEXT] * (len(block) - column_text)
        return _kind_runs(kinds, block, number)
    kinds, doubled = _line_kinds(block, width, page_text)
    _headlines_over_bylines(kinds, block, before)
    _title_runs_amid_text(kinds, block, doubled, width)
    _headline_over_indent(kinds, block, width)
    _title_at_head(kinds, block, page_text)
    _dash_subtitles_under_titles(kinds, block, width)
    _headlines_over_leads(kinds, block)
    _bylines_close_titles(kinds, block)
    return _kind_runs(kinds, block, number)


def _brief_lead(block: list[str], width: float) -> str | None:
    """The lead phrase of a brief, without its bullet, where the block opens with one over the
    brief's text (`■县图书馆新增图书` / `近日，县图书馆…`): a bullet, then a phrase without
    punctuation and no byline (`■本报记者 王平` signs), over the indented first line of a
    paragraph of running text (a bulleted paragraph runs on from its first line into a full
    one: `●全县各村已落实的` / `惠民资金…`), no word running on across, nor a list's next item
    bulleted too (`■加强组织领导` / `■落实工作责任，…`: a list, no brief). A round-up of
    briefs sets each one's headline so, solid over its text, however wide; None for any other
    block."""
    bullets = tuple(_ORNAMENTS)
    if len(block) < 2 or not block[0].startswith(bullets) or block[1].startswith(bullets):
        return None
    phrase = block[0].lstrip(_ORNAMENTS).strip()
    if not phrase or not _title_like(phrase) or is_byline(block[0]) or is_byline(phrase):
        return None
    if _fills(block[1], width) or joins_word(phrase, block[1]) or _ends_with_de(phrase):
        return None
    return phrase if any(_CLAUSE.search(line) for line in block[1:]) else None


# A full date alone on a line (`2024年5月19日`): the day a notice or a letter was signed.
_SIGNED_ON = re.compile(r"\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*")


# A notice's line of contact, a label and what it gives (`联系电话：0570-1234567`, `地址：县府路
# 8号`): it ends the notice's text as a sentence's end does, without a stop. The label names a
# way to reach someone (a paragraph that opens with what someone said, `村民张三说：我们的土鸡蛋`,
# runs on).
_CONTACT_LINE = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:电话|热线|手机|传真|联系人|地址|邮编|邮箱|网址)[：:]\s*"
    r"[^\s，。；！？,;!?]+"
)


def _ends_text(paragraph: str) -> bool:
    """Does the paragraph end where the text under it does not go on: at a sentence's end, or
    as a line of contact that closes a notice, a paragraph of its own (`联系电话：0570-1234567`:
    its last digit cuts no number)?"""
    return ends_sentence(paragraph) or bool(_CONTACT_LINE.fullmatch(paragraph.strip()))


def _signs_notice(block: list[str], before: str, after: list[str]) -> bool:
    """Is the block the signature that closes a notice or a letter above it, who signs it over
    the full date it was signed on (`县某某委员会` / `2024年5月19日`), right under a text that
    ends a sentence, or a line of contact (`_CONTACT_LINE`)? It is that text's last paragraph,
    not a headline with its date: a headline stands over its text, a signature under it. Over
    a lead (`after`, the block under it: `本报讯…`) it is the headline of the report the lead
    opens, dated, under another report's end."""
    return (
        len(block) == 2
        and bool(before)
        and _ends_text(before)
        and not (after and _opens_lead(after, 0))
        and not _CLAUSE.search(block[0])
        and bool(_SIGNED_ON.fullmatch(block[1]))
    )


def _is_credit_block(block: list[str]) -> bool:
    """Is a block of up to three lines one photo credit, maybe wrapped (`记者 王平 李强` /
    `摄`)? Above a line that is a credit by itself, the lines must be names too (`记者 王平` /
    `李明 摄`): a headline over its credit (`瑞雪兆丰年` / `王平 摄影`) is no part of it."""
    if len(block) > 3 or not _is_credit(" ".join(block)):
        return False
    return not _is_credit(block[-1]) or all(is_byline(line) for line in block[:-1])


def _wrapped_credit(block: list[str], i: int) -> bool:
    """Do line `i` and the line under it, the block's last, read as one photo credit wrapped
    over them, at a space (`记者 王平 李强` / `摄`) or within a name (`记者 王平 李` / `强 摄`),
    line `i` being none by itself? Set under its caption in the caption's block, it closes the
    caption as a credit on one line does; read apart, its lines are neither title nor byline.
    Line `i` names a role or reads as names: a caption's last words or a photo's title over a
    credit (`春到山村` / `王平 摄`) are neither."""
    if i + 2 != len(block) or _is_credit(block[i]):
        return False
    if not (_ROLE.search(block[i]) or all(split_names(run) for run in block[i].split())):
        return False
    return _is_credit(" ".join(block[i:])) or _is_credit(join_lines(block[i:], clean=False))


def _kind_runs(kinds: list[str], lines: list[str], number: int) -> list[_Unit]:
    """The units of block `number`: its runs of lines of one kind."""
    units: list[_Unit] = []
    for kind, line in zip(kinds, lines, strict=True):
        if units and units[-1].kind == kind:
            units[-1].lines.append(line)
        else:
            units.append(_Unit(kind, [line], number))
    return units


def _title_block_kinds(block: list[str], page_text: str) -> list[str]:
    """The kinds of a title block's lines: title lines, the last of them (or the last two) a
    byline when it signs them."""
    # Only the last line of a title group can be its byline (`依靠科技/进步调整/…/温家宝`);
    # a block of names alone is a byline too.
    kinds = [BYLINE if _signs_block(block, i, page_text) else TITLE for i in range(len(block))]
    # A byline wrapped onto a second line (`…省报记者李` / `华张强`, `记者 王平` / `李晓东`).
    if len(block) >= 3 and _ROLE.search(block[-2]) and stacked_byline(block[-2] + block[-1]):
        kinds[-2:] = [BYLINE, BYLINE]
    if len(block) >= 2 and _byline_wraps(block[-2], block[-1]):
        kinds[-2:] = [BYLINE, BYLINE]
    # A name under a headline wrapped over the lines above it, though no wider than them.
    if _signs_wrapped_title(block, page_text):
        kinds[-1] = BYLINE
    # Names set solid under a dash subtitle, longer than one name, no role and no gap between
    # them, are the rest of the subtitle wrapped (`——青溪县城关老街修缮` / `和养护纪实`).
    if len(block) >= 2 and kinds[-1] == BYLINE and _wraps_subtitle(block[-2], block[-1], page_text):
        kinds[-1] = TITLE
    # A role alone under a title (`记者`): a byline's first word, its names set beside it (the
    # extraction parted them at the gap between), no word of the title; unless the line above
    # runs on into it (`节日里坚守岗位的` / `记者`: no title ends with that `的`), or a word runs
    # across them (`我们都是战地` / `记者`).
    if (
        len(block) >= 2
        and _REPORTER_ROLE.fullmatch(_squeeze(block[-1]))
        and not _ends_with_de(block[-2])
        and not joins_word(block[-2], block[-1])
    ):
        kinds[-1] = BYLINE
    return kinds


# The most characters one name holds set solid (a compound surname and a given name of two).
_LONGEST_NAME = 4


def _wraps_subtitle(above: str, line: str, page_text: str) -> bool:
    """Is `line`, read as names, the rest of the dash subtitle `above` wrapped: more characters
    than one name holds (or any, where `above` ends with a conjunction the text's own words run
    on from: `——青溪县山塘修缮和` / `管理纪实`), Chinese characters set solid (no gap, no
    dot of a name transcribed, `阿依古丽·买买提`), with no role?"""
    text = line.strip()
    return (
        above.lstrip().startswith(_SUBTITLE_MARK)
        and bool(re.fullmatch(r"[\u4e00-\u9fff]+", text))
        and (
            len(text) > _LONGEST_NAME
            or (_ends_with_conjunction(above) and _repeated_across(above, text, page_text))
        )
        and not _ROLE.search(text)
    )


# How many characters on each side of the break between a title's line and the line under it a
# line of the text must repeat, set solid: the conjunction and the character before it, and the
# first word of the line under it.
_ACROSS_BREAK = 2


def _repeated_across(above: str, line: str, page_text: str) -> bool:
    """Does a line of the page repeat the words on both sides of the break between the title's
    line `above` and `line`, run together (`…山塘修缮和` / `管理纪实`, and in the text `…山塘修缮和
    管理要两手抓`)? The text tells what its title names, in the title's words: the two lines
    are one phrase. A name under a subtitle that ends in a name with a conjunction's character
    (`——访农技员张保和` / `马力`: a byline) runs on from it nowhere in the text, though the
    text names the man."""
    return _squeeze(above)[-_ACROSS_BREAK:] + _squeeze(line)[:_ACROSS_BREAK] in page_text


# Conjunctions that join what follows them to what goes before: no phrase ends with one.
_CONJUNCTIONS = ("和", "与", "及")


def _ends_with_conjunction(text: str) -> bool:
    """Is the text's last word, as the dictionary cuts it, a conjunction (`和`, `与`, `及`)? A
    title line that ends so goes on with the line under it."""
    return _last_word(text) in _CONJUNCTIONS


# How many of a text's last characters the dictionary cuts to find its last word: enough for
# the longest word to stand whole.
_LAST_WORD_SPAN = 6


def _last_word(text: str) -> str:
    """The text's last word, as the dictionary cuts its last characters (`_LAST_WORD_SPAN`)."""
    text = _squeeze(text)
    return _dictionary_cut()(text[-_LAST_WORD_SPAN:])[-1] if text else ""


def _signs_wrapped_title(block: list[str], page_text: str) -> bool:
    """Is the last line of a title block a name under a headline wrapped over the lines above
    it (`县图书馆新馆今天开门迎` / `客` / `晓岚`)? The headline's last line completes the word
    its line above broke and holds at most half as much: the wrap ends there. A short line
    wider than that end goes on from nothing: no wrap fills a line and then goes on. The line
    must read as a name all the same (`_is_byline`, `_reads_as_pen_name`): a short title
    under the headline (`喜迎新春`) is no byline. Where no word runs across the wrap (`…十二` /
    `座`), the name must be one the dictionary knows (`_known_name`)."""
    if len(block) < 3:
        return False
    *_, above, end, last = (_squeeze(x) for x in block)
    return (
        line_width(end) <= line_width(above) / 2
        and line_width(last) > line_width(end)
        and (_is_byline(last, page_text) or _reads_as_pen_name(last, page_text))
        and (joins_word(above, end) or _known_name(last))
    )


def _signs_block(block: list[str], i: int, page_text: str) -> bool:
    """Is line `i` of a title block its byline: its last line, a name (or a pen name under the
    line above it), or a line that names a reporter (`记者`) after the first; or the block's
    only line, a name?"""
    last = len(block) - 1
    x = block[i]
    if i == last and last and _is_pen_name(x, block[i - 1], page_text):
        return True
    return bool((i == last or "记者" in x) and _is_byline(x, page_text) and (i or not last))


def _line_kinds(block: list[str], width: float, page_text: str) -> tuple[list[str], set[int]]:
    """The kind of each line of a block that is no title block, read down from its first line
    (`_line_kind`); and the lines printed twice, headline typesetting: so are a block's first
    two lines, the first short of the column's edge, where a number closes the first and opens
    the second whole (`number_printed_twice`), a headline's wrap. (Running text cut inside a
    number fills its line: `…从去年1` / `1月开工…`.)"""
    kinds: list[str] = []
    doubled: set[int] = set()
    for i, line in enumerate(block):
        if i and (
            _squeeze(line) == _squeeze(block[i - 1])
            or (
                i == 1
                and not _fills(block[i - 1], width)
                and number_printed_twice(block[i - 1], line)
            )
        ):
            # Printed twice (or a headline's number the wrap parts on both lines): headline
            # typesetting, never running text. Both lines stay, as in a title block of its
            # own: a title printed twice is no intertitle.
            kinds[-1] = TITLE
            doubled.update((i - 1, i))
            kinds.append(TITLE)
        else:
            kinds.append(_line_kind(block, i, kinds, width, page_text))
    return kinds, doubled


def _line_kind(block: list[str], i: int, kinds: list[str], width: float, page_text: str) -> str:
    """What line `i` of a block is, by itself and by the kinds of the lines above it
    (`kinds`): a full line, or one that goes on with an open sentence, is text; a short line
    without punctuation is a title, a byline where it names someone."""
    line = block[i]
    w = line_width(line)
    previous_open = bool(kinds) and kinds[-1] == TEXT and not ends_sentence(block[i - 1])
    at_end = not previous_open or i == len(block) - 1
    if _is_credit(line) and at_end and not _heads_text(block, i):
        return CREDIT
    if (_wrapped_credit(block, i) and at_end) or (
        i and kinds[-1] == CREDIT and _wrapped_credit(block, i - 1)
    ):
        return CREDIT  # a credit wrapped over the block's last two lines
    if not i and _closes_unopened(line):
        return TEXT  # it goes on with a quote opened elsewhere: `…以“迎` / `春”为主题的`
    wraps = i + 1 < len(block) and _byline_wraps(line, block[i + 1])
    if i and kinds[-1] == BYLINE and _byline_wraps(block[i - 1], line):
        return BYLINE  # the rest of the byline above (`本报记者 王平 李` / `晓东`)
    if (
        (re.search(r"记者|通讯员", line) or _WRITER_LINE.match(line.strip()))
        and (is_byline(line) or wraps)
        and not (previous_open and _fills(line, width))
    ):
        # `本报记者 孙立` on a line of its own, or a writer's tag and names (`口述 王平 整理
        # 李红`), however many spaces set them apart (a full line that goes on with an open
        # sentence is that sentence's: `…记者刘强、新` / `华社记者王平、本报记者李明`).
        return BYLINE
    if _opens_lead(block, i) or _ENUMERATOR.fullmatch(line.strip()) or _NUMBERED.match(line):
        # A lead, a section number (`一`, `（二）`) of running text, or a numbered heading
        # (`一、先进集体`): a section of the text, never a headline.
        return TEXT
    if (
        w > width + 1.5
        and not _is_justified(line)
        and not _runs_on(line)
        and not _in_wide_paragraph(block, i)
    ):
        return TITLE  # wider than the column: a headline across columns
    if re.search(r"[，；,;。]", line.rstrip("，；,;。")):
        return TEXT  # a comma or a full stop inside a line within a column: running text
    if (
        previous_open
        and (_fills(block[i - 1], width) or _indented_first_line(block, i - 1, width))
        and not _fills(line, width)
        and _is_byline(line, page_text)
    ):
        # A name cutting a sentence that fills its column (or its paragraph's first line, set
        # in): the byline of the article stacked below in the same column (`…加上严重的` /
        # `王小明` / `去年冬天…`), or of one set beside the column, slipped in between.
        return BYLINE
    if _signs_title_above(block, i, kinds, page_text):
        return BYLINE
    if previous_open or _is_running_text(line):
        return TEXT
    if _is_byline(line, page_text) and not _follows_text(kinds):
        return BYLINE
    if w >= width - 1.5:
        return TEXT
    return TITLE


# How far short of its column's edge a paragraph's first line stops by its indent, at most (two
# characters, and a half for a digit or a mark printed narrower than it counts).
_INDENT_SHORT = 3.5


def _indented_first_line(block: list[str], k: int, width: float) -> bool:
    """Is line `k` of the block a paragraph's first line of running text, set in from the
    column's edge by its indent only: it opens the block or follows a sentence's end, holds a
    clause's mark, and stops short of the edge by an indent at most, yet further than a full
    line does (`_EDGE`, its quotes counted an em) (`　　说起这件事，还得从去年底讲起，` over
    `…`)? Set in, it fills its column as a full line does."""
    line = block[k]
    return (
        (k == 0 or ends_sentence(block[k - 1]))
        and any(mark in line for mark in _CLAUSE_END)
        and width - _INDENT_SHORT <= line_width(line) < width - _EDGE
    )


def _signs_title_above(block: list[str], i: int, kinds: list[str], page_text: str) -> bool:
    """Is line `i` a pen name under the title set over the block's text (`——记一位乡村医生` /
    `晓岚`)? The line above is a title line, or a dash subtitle, though it is as wide as the
    column: no sentence runs on from a subtitle."""
    if not i or not (kinds[-1] == TITLE or _is_dash_subtitle(block[i - 1])):
        return False
    return _is_pen_name(block[i], block[i - 1], page_text)


def _headlines_over_bylines(kinds: list[str], lines: list[str], before: str) -> None:
    """Text lines right above a byline near a block's top that read as a headline: the
    headline it signs (`before`: the last line of the block above)."""
    # A line or two just above a byline, not ending a clause, is the headline it signs
    # (as wide as the column: `王晓燕：山村“领头雁”` / `本报记者周立新`); a headline over a
    # dash subtitle, and the subtitle, may end with a question (`春耕为何提早？` / `——访…`).
    for i, kind in enumerate(kinds):
        if (
            kind == BYLINE
            and 0 < i <= 2
            and all(k == TEXT for k in kinds[:i])
            and (
                not any(_is_running_text(x) for x in _headings(lines[:i]))
                or (_ends_a_sentence_above(before) and _exclaims_over_reporter(lines, i))
            )
        ):
            kinds[:i] = [TITLE] * i


# The most commas a headline that ends with a question or an exclamation holds (`春耕来了，
# 你准备好了吗？`): a line of text with more is a sentence's run of clauses.
_EXCLAIMED_COMMAS = 1
# The fewest lines under such a byline that show the text it signs goes on there: one line
# alone may be the next headline, or a letter's date under its signature.
_SIGNED_TEXT_LINES = 2


def _ends_a_sentence_above(before: str) -> bool:
    """Does the block above end a sentence (or is there none)? Else a line at the top of this
    block that ends with a question (`老人怎么过冬呢？`) is that sentence's last words,
    carried over the column's break, not a headline."""
    return not before.strip() or ends_sentence(before)


def _exclaims_over_reporter(lines: list[str], i: int) -> bool:
    """Is the block's first line, right above a reporter's byline (`记者 王平`) at line `i`, a
    headline that ends with a question or an exclamation (`春耕来了，你准备好了吗？` / `记者 王平` /
    text…)? One phrase that ends so and nowhere else, a comma at most: a reporter's byline
    signs an article under its headline, never a paragraph of text above it (a letter's
    closing is signed by a name, not by a reporter), and the text goes on under it, two lines
    or more (`_SIGNED_TEXT_LINES`)."""
    line = lines[0].strip()
    body = line.rstrip("？！?!")
    return (
        i == 1
        and i + _SIGNED_TEXT_LINES < len(lines)
        and bool(_REPORTER_ROLE.search(lines[i]))
        and body != line
        and bool(body)
        and not re.search(f"[{SENTENCE_END}：:；;、]", body)
        and len(re.findall("[，,]", body)) <= _EXCLAIMED_COMMAS
        and not _opens_bracket(body)
    )


def _title_runs_amid_text(
    kinds: list[str], lines: list[str], doubled: set[int], width: float
) -> None:
    """Runs of title lines within a block of text: intertitles of that text, which stays
    text, unless printed twice; or a headline set into the block over its text."""
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


def _headline_over_indent(kinds: list[str], lines: list[str], width: float) -> None:
    """A first line read as text that stops short, without a stop, over an indented line
    (`_stops_before_indent`): a headline."""
    # A headline as wide as the column, set into the block above its text's indented first line.
    if len(lines) >= 3 and kinds[0] == TEXT and _stops_before_indent(lines, width):
        kinds[0] = TITLE


def _title_at_head(kinds: list[str], lines: list[str], page_text: str) -> None:
    """The title set into the top of a block, closed by a byline or a dash subtitle
    (`_title_head`): its lines are title lines, the byline that closes it a byline."""
    head = _title_head(lines, page_text)
    for i in range(head):
        kinds[i] = BYLINE if i == head - 1 and _is_byline(lines[i], page_text) else TITLE


def _dash_subtitles_under_titles(kinds: list[str], lines: list[str], width: float) -> None:
    """A dash line right under a title line of its block, over more lines, is the title's
    subtitle, though it holds a comma or a colon
    (`压岁钱该给多少` / `——一百，还是一千？` / text…), where no sentence runs on from it: it
    stops short of the column's edge, ends a question or closes a quote, or is wider than the
    column (a title across it), and the line under it completes no word it cuts. A line of
    running text that opens with a dash (an item of a list, a reply) holds a full stop, ends a
    clause, leaves a bracket open, or runs on to the column's edge and into the next line; one
    over another dash line is a question in a dialogue, the reply under it
    (`——老乡，今年收成怎么样？` / `——还不错，…`)."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if kinds[i - 1] != TITLE or kinds[i] != TEXT or not line.startswith(_DASHES):
            continue
        if lines[i + 1].lstrip().startswith(_DASHES):
            continue
        if "。" in line or line[-1] in _CLAUSE_END or _opens_bracket(line) or _is_justified(line):
            continue
        closed = line[-1] in SENTENCE_END + _CLOSERS
        ends = closed or not _fills(line, width) or line_width(line) > width + 1.5
        if ends and not joins_word(line, lines[i + 1]):
            kinds[i] = TITLE


def _headlines_over_leads(kinds: list[str], lines: list[str]) -> None:
    """Title-like lines right above a lead, after a stop or at the block's top: the lead's
    headline."""
    # Lines right above a lead, after no stop and with no punctuation, are its headline
    # (`全县农村工作会议要求` / `建设美丽宜居和谐幸福的乡` / `村` / `本报讯…`), as wide as a
    # headline over several columns runs: no sentence goes on into a lead.
    for k in range(len(lines)):
        if k and _opens_lead(lines, k):
            i = k
            while (
                i > max(0, k - 4)
                and _title_like(lines[i - 1], _SIDE_TITLE_WIDTH)
                and not ends_sentence(lines[i - 1])
                and kinds[i - 1] != BYLINE
                and not _opens_lead(lines, i - 1)
            ):
                i -= 1
            if i == 0 or ends_sentence(lines[i - 1]):
                kinds[i:k] = [TITLE] * (k - i)


def _bylines_close_titles(kinds: list[str], lines: list[str]) -> None:
    """A byline with a title line under it: a title line itself, unless it signs the headline
    above it and the line under it opens the text."""
    # Only the last line of a title group can be its byline (`依靠科技/进步调整/…/温家宝`). A
    # byline signing the headline above it closes the title, though: one title line under it,
    # right over the text, opens the text it signs (`春到山乡` / `王平` / `新村新貌` / text).
    # Nor is a byline over the first words of the text under it, set apart (`王平` / `春光正好`
    # / `春光正好，…`): it closes the title above it, the line under it leads into the text.
    for i in range(len(kinds) - 1):
        if kinds[i] == BYLINE and kinds[i + 1] == TITLE:
            if (
                i + 2 < len(kinds)
                and kinds[i + 2] == TEXT
                and _is_lead_in(lines[i + 1], lines[i + 2])
            ):
                continue
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


def _closes_unopened(line: str) -> bool:
    """Does the line close a quote or a bracket before it opens one (`春”和“惠民”为主题的`)?
    It goes on with a sentence begun elsewhere: no title begins so."""
    return bool(_closed_first(line))


# The quote and bracket pairs a line may close before it opens them.
_MARK_PAIRS = ("“”", "‘’", "『』", "「」", "《》", "（）", "()")


def _closed_first(line: str) -> list[str]:
    """The quote and bracket pairs whose closer comes in `line` before any opener of theirs."""
    return [
        pair
        for pair in _MARK_PAIRS
        if (close := line.find(pair[1])) >= 0 and not 0 <= line.find(pair[0]) < close
    ]


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


# How far a line of a column's running text prints from the column's width, at most: a digit
# or a squeezed mark makes up a half character.
_COLUMN_SLACK = 0.6


def _column_text_at_end(block: list[str], columns: tuple[int, ...]) -> int:
    """Where the lines of a column's running text begin at the end of a block without
    punctuation that reads like a title (all of it: `len(block)` where it ends otherwise): two
    lines or more, each as wide as one of the page's columns, each completing the word the
    line above it cut (`…面积将要扩` / `大到三千亩…`). A headline is set in a larger type, as wide
    as a column only by chance, and wrapped where its phrases part; a column's lines run on
    across words up to its edge, and on into the next piece of the column."""
    start = len(block)
    for column in columns:
        k = len(block)
        while k and abs(_printed_width(block[k - 1]) - column) <= _COLUMN_SLACK:
            if k < len(block) and not joins_word(block[k - 1], block[k]):
                break
            k -= 1
        if len(block) - k >= 2:
            start = min(start, k)
    return start


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
    text that stops short ends its sentence, and one that holds a sentence's end is running
    text, whatever the line under it (`大。今年春天县里又投资修路` / `一条，方便…`)."""
    first, indent, full = lines[:3]
    return (
        not _is_running_text(first)
        and "。" not in first  # a sentence's end within it: no headline holds one
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
    larger type and do not fill a column of text; nor is a byline that names a role running
    text."""
    first, rest = block[0], block[1:]
    return (
        bool(rest)
        and width - 3 <= line_width(first) + _DIGIT_EXTRA * len(re.findall(r"[0-9A-Za-z]", first))
        and not _fills(first, width)
        and all(
            _fills(line, width)
            and not _is_justified(line)
            and not line.startswith(_SUBTITLE_MARK)
            and not (_ROLE.search(line) and is_byline(line))
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


def _ends_with_de(text: str) -> bool:
    """Is the text's last word, as the dictionary cuts it, the particle `的` that ties what
    goes before it to a noun after it (not a word that ends with it, `目的`, nor the `的` that
    closes a clause with `是` in it: `办法是多样的`)? No title ends so: the text runs on into
    what follows."""
    text = _squeeze(text)
    if not text.endswith("的") or "是" in text[:-1]:
        return False
    return _last_word(text) == "的"


def _reads_on(line: str, following: str, width: float) -> bool:
    """Is `line` the first line of a paragraph that `following` goes on with: indented, or
    running on into it mid-word, or tying what it says to the words there with `的`?"""
    if _ends_with_de(line) and re.search(r"[，。；、：,;:]", following):
        return True  # (`…游乐设施的` / `建设工作，已经…`)
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


# A speaker's label opening a paragraph of an interview: the reporter's role or `问`, and a colon
# (`记者：…？`, `问：…？`).
_SPEAKER = re.compile(rf"^\s*(?:{_REPORTER_ROLE.pattern}|问)\s*[：:]")


def _is_title_block(block: list[str]) -> bool:
    """A short block that never ends a clause or sentence: a headline group standing apart.

    Commas are allowed only in a subtitle (`——走访了五个村，家家有新变化`) or above a byline
    (`春到山乡，处处新景` / `钱小平`), and a question or an exclamation only at a subtitle's end
    (`——专家为何下田？`), at the end of the headline right above it (`春耕为何提早？` /
    `——访县农技站站长`), or at the end of a block of two lines or more (`县城今年的春耕` /
    `为何提早了半个月？`, or with an ellipsis): a line of text alone may end so as well. Above
    a byline, a line may end with a topic's colon where the title wraps after it
    (`_topics_wrapped`).
    """
    lines = [x for i, x in enumerate(block) if not i or _squeeze(x) != _squeeze(block[i - 1])]
    if len(lines) > 8 or _opens_lead(block, 0) or block[0].startswith(("（", "(")):
        return False
    if any(_DATED_LEAD.match(_lead_head(block, k)) for k in range(1, len(block))):
        return False  # a dated lead under its headline (`…展示会` / `新华社杭州3月` / `4日电…`)
    if _SPEAKER.match(block[0]):
        return False  # an interview's question (`记者：春耕有何新变化？`), not a headline
    text = "".join(_headings(lines))
    if len(lines) >= 2 and not is_byline(lines[-1]):
        text = text.rstrip("？！?!…")  # a headline of two lines or more may end so
    if not text:
        return False  # marks alone: no headline
    signed = len(lines) >= 2 and is_byline(lines[-1])  # a headline with its byline
    topics = _topics_wrapped(lines) if signed else set()
    if re.search(f"[{SENTENCE_END}]", text) or any(
        x[-1] in _CLAUSE_END for k, x in enumerate(lines) if k not in topics
    ):
        return False
    subtitled = any(x.startswith(_SUBTITLE_MARK) for x in lines)
    if re.search("[，、,；;]", text) and not subtitled and not signed:
        return False
    if any(re.search("[，、,；;]", x) for x in _after_subtitle(lines)):
        return False  # a paragraph under a saying set off by a dash, not a subtitle's rest
    if text[-1].isascii() and text[-1].isalnum():
        return False  # a number cut at the column edge: `张伟刚充分肯定了 2020`
    return not any(_is_justified(x) for x in lines)


# How much wider or narrower than the line under it a title's line that ends with a colon may
# print and still be a wrap of one headline, not a label set over something else (`图片：`).
_WRAP_WIDTH = 1.0


def _topics_wrapped(lines: list[str]) -> set[int]:
    """The lines of a signed title block that end with a colon where the title says what
    of its topic (`城区：` / `新添公园` / `三座` / `王平`): as wide as the title line under it,
    a headline set narrow and wrapped, its topic's colon at a line's end. (A label alone
    over a caption, `图片：`, is as wide as none of the lines under it.) A headline has one
    topic and says each word once: labels over their values (`主办：` / `县文联` / `承办：` /
    `县图书馆`), or one label over options that repeat a word (`报名方式：` / `电话报名` /
    `现场报名`), are a box, no title."""
    colons = [k for k, x in enumerate(lines[:-1]) if x.rstrip()[-1:] in "：:"]
    if len(colons) != 1 or _repeats_a_word(lines[colons[0] : -1]):
        return set()
    [k] = colons
    if k + 2 >= len(lines):
        return set()  # a colon right over the byline wraps no title: nothing of it under it
    under = lines[k + 1]
    wraps = not is_byline(under) and abs(line_width(lines[k]) - line_width(under)) <= _WRAP_WIDTH
    return {k} if wraps else set()


def _repeats_a_word(lines: list[str]) -> bool:
    """Do two of these lines share a word (two characters in a row)? The lines of one phrase
    wrapped run on without saying a word twice; items listed one a line repeat what they
    share."""
    seen: set[str] = set()
    for line in lines:
        words = set(_bigram_list(line.strip()))
        if words & seen:
            return True
        seen |= words
    return False


def _after_subtitle(lines: list[str]) -> list[str]:
    """The lines of a block under a subtitle (a line opened by a dash or a bullet) that ends with
    a question or an exclamation (`——好日子是干出来的！` / `这话一点不假，…`): no wrapped rest
    of it, so text. A subtitle of its own under it (`——记…`) is no such line."""
    for k, x in enumerate(lines):
        if x.startswith(_SUBTITLE_MARK) and x.rstrip()[-1:] in "？！?!":
            return [y for y in lines[k + 1 :] if not y.startswith(_SUBTITLE_MARK)]
    return []


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


def _is_running_text(line: str) -> bool:
    """A line that only running text ends this way: at a stop, a clause, an open bracket."""
    return (
        ends_sentence(line)
        or line[-1] in _CLAUSE_END
        or _opens_bracket(line)
        or _is_justified(line)
        or (line[-1].isascii() and line[-1].isalnum())  # a number cut at the column edge
    )


def _opens_bracket(line: str) -> bool:
    """A bracket or quote opened and not closed: the sentence goes on (`（王晓东李思远张`,
    `他说这里就是“小`)."""
    pairs = ("（）", "()", "“”", "《》")
    return any(line.count(a) > line.count(b) for a, b in pairs)


def _is_lead_in(title: str, text: str) -> bool:
    """Is a title line the first words of the text right after it, up to a clause mark or a
    sentence's end (`选举结束后` / `选举结束后，代表们听取了…`, `春光正好` / `春光正好。市民…`)?
    A paragraph's opening words set apart in heavier type: an intertitle of the text around
    it, never a headline."""
    words, text = _squeeze(title), _squeeze(text)
    after = text[len(words) : len(words) + 1]
    stop = _CLAUSE_END + SENTENCE_END
    return len(words) >= 2 and text.startswith(words) and bool(after) and after in stop


_LEAD_IN_REACH = 3  # how many units on from a line set apart the text it leads into may begin


def _leads_into_text(above: _Unit | None, unit: _Unit, after: list[_Unit]) -> bool:
    """Is a text unit one line that ends no clause, the last of its block, alone there or
    under its title, whose words open the first text after it (only bylines and titles
    between, a few units on at most)? The text repeats them: they are no line of it but its
    first words set apart, a kicker or an intertitle."""
    line = unit.lines[0]
    if unit.kind != TEXT or len(unit.lines) != 1 or line[-1] in _CLAUSE_END or ends_sentence(line):
        return False
    if after and after[0].block == unit.block:
        return False  # not its block's last line
    if above is not None and above.block == unit.block and above.kind != TITLE:
        return False
    reach = after[:_LEAD_IN_REACH]
    following = next((u for u in reach if u.kind not in (BYLINE, TITLE)), None)
    return following is not None and following.kind == TEXT and _is_lead_in(line, following.text)


# How much wider or narrower than a line the lines around it may print and be of columns as wide
# (a squeezed mark, a digit).
_BAND_SLACK = 1.2


def _in_band(blocks: list[list[str]], number: int, columns: list[int]) -> bool:
    """Is block `number` one line as wide as a page column (`…春耕备耕的各项准`), between two
    blocks of one line as wide that are no titles? pdftotext read the columns there a band at a
    time, a line of each in turn: a headline, set in a larger type, spans the bands of several
    lines, and is seldom as wide as a column of text."""
    if not 0 < number < len(blocks) - 1 or len(blocks[number]) != 1:
        return False
    w = _printed_width(blocks[number][0])
    if not any(abs(w - column) <= _COLUMN_SLACK for column in columns):
        return False
    return all(
        len(x) == 1 and not _is_title_block(x) and abs(_printed_width(x[0]) - w) <= _BAND_SLACK
        for x in (blocks[number - 1], blocks[number + 1])
    )


# The fewest lines of a stanza: a title set over two lines is common, over three of phrases set
# line by line (a kicker, the headline, a subtitle, or a long headline) less so.
_STANZA_LINES = 3
# The fewest lines of one stanza at least of a run: two titles of three phrase lines each may
# stand one above the other, a title of four such lines hardly.
_STANZA_LONG = 4
# The fewest blocks in a row that are verse however short: a page sets no three titles of three
# phrase lines each one under the other.
_STANZA_RUN = 3
# The fewest lines of a stanza that is verse alone, the poem's only block (or its stanzas read as
# one block): no title group holds so many lines of phrases, none a byline or a subtitle.
_STANZA_ALONE = 6
# How much the full lines of a title wrapped over them differ in width at most (a squeezed mark).
_WRAP_SLACK = 0.5


# A page's number ending a line of a list of contents (`…落幕（6版）`, `…落幕 6版`, `…落幕……6`).
_PAGE_REFERENCE = re.compile(r"(?:第?\s*\d{1,3}\s*版|[…·.．]{2,}\s*\d{1,3})\s*[）)]?\s*$")


def _is_stanza(block: list[str]) -> bool:
    """Could the block be a stanza of a poem: three lines or more, each a phrase of its own
    without punctuation but a stop, a question, an exclamation or an ellipsis that ends it (no
    word runs on from one line into the next), of ragged widths (a poem's lines are as long as
    their phrases; a title wrapped fills every line but its last, which is no wider), none a
    byline, a dash subtitle, things set side by side or a line printed twice, and no list of
    contents (half its lines or more end with a page's number: `…落幕（6版）`)? Alone, such a
    block may as well be a title set a phrase a line (`_stanzas` asks for more)."""
    if len(block) < _STANZA_LINES:
        return False
    if sum(bool(_PAGE_REFERENCE.search(line)) for line in block) * 2 >= len(block):
        return False  # a list of contents, a page's number after each title
    if not all(_title_like(line.rstrip(SENTENCE_END)) for line in block):
        return False
    if any(
        line.startswith(_SUBTITLE_MARK) or " " in line.strip() or is_byline(line) for line in block
    ):
        return False
    if any(joins_word(a, b) or _squeeze(a) == _squeeze(b) for a, b in itertools.pairwise(block)):
        return False  # (a line printed twice is headline typesetting)
    *lines, last = [line_width(line) for line in block]
    return max(lines) - min(lines) > _WRAP_SLACK or last > max(lines) + _WRAP_SLACK


# The share of a block's words (bigrams within its lines) the page's other text holds, at least,
# where the block repeats that text: a title's lines say in short what its article says at length;
# a poem's are words of their own.
_ECHO_SHARE = 0.5


def _echoes(block: list[str], rest: set[str]) -> bool:
    """Does the text of the page outside the block (its bigrams, `rest`) hold most of the
    block's words (`_ECHO_SHARE`)?"""
    grams = [g for line in block for g in _bigram_list(line)]
    return bool(grams) and sum(g in rest for g in grams) >= _ECHO_SHARE * len(grams)


def _stanzas(blocks: list[list[str]]) -> set[int]:
    """The blocks that are a poem's stanzas: two blocks or more in a row that each could be one
    (`_is_stanza`), one of them of four lines or more (`_STANZA_LONG`) or the two right under
    a name alone (`_signs_verse`), three or more in a row
    (`_STANZA_RUN`), or one such block alone of six lines or more (`_STANZA_ALONE`). A title
    group is one block, or two side by side or one above the other, of a few lines; a run of
    blocks of lines that each end a phrase, ragged, and more of them than a title has, is
    verse: its lines are text, each block a paragraph. A block whose words the page's other
    text mostly repeats (`_echoes`) is no stanza: a title set a phrase a line, its article's
    text under it tells what it says (`县里召开春耕` / … over `县里近日召开春耕…`)."""
    could = [_is_stanza(block) for block in blocks]
    page_text = _page_text(blocks)
    rest = {
        g
        for block, c in zip(blocks, could, strict=True)
        if not c
        for g in _bigram_list("".join(block))
    }
    could = [c and not _echoes(block, rest) for block, c in zip(blocks, could, strict=True)]
    verse: set[int] = set()
    k = 0
    while k < len(blocks):
        end = k
        while end < len(blocks) and could[end]:
            end += 1
        run = blocks[k:end]
        long = any(len(block) >= _STANZA_LONG for block in run)
        signed = k > 0 and _signs_verse(blocks[k - 1], page_text)
        if (
            len(run) >= _STANZA_RUN
            or (len(run) >= 2 and (long or signed))
            or (len(run) == 1 and len(run[0]) >= _STANZA_ALONE)
        ):
            verse.update(range(k, end))
        k = max(end, k + 1)
    return verse


def _signs_verse(block: list[str], page_text: str) -> bool:
    """Is the block a name alone (`□ 王平`, `王平`), the poet's under the poem's title, so that
    the blocks under it are text, however short: two stanzas of three lines each are verse after
    it (two titles of three lines each, one above the other, stand under no name)."""
    return len(block) == 1 and (
        _is_byline(block[0], page_text) or _reads_as_pen_name(block[0], page_text)
    )


def _units(blocks: list[list[str]], widths: list[float], columns: list[int]) -> list[_Unit]:
    """Every block's units, its lines read with the block's width and the page's columns."""
    page_text = _page_text(blocks)
    # A table is text, its rows phrases as a poem's lines are (`_is_table`).
    verse = _stanzas(blocks) | {n for n, block in enumerate(blocks) if _is_table(block)}
    units = [
        unit
        for number, block in enumerate(blocks)
        for unit in (
            [_Unit(TEXT, block, number, verse=True)]
            if number in verse
            else _classify(
                block,
                number,
                widths[number],
                page_text,
                blocks[number - 1][-1] if number else "",
                tuple(columns),
                blocks[number + 1] if number + 1 < len(blocks) else [],
            )
        )
    ]
    # A full line of a column between two lines of columns as wide, each a block of its own: a
    # line of a column read a band at a time, not a headline.
    for unit in units:
        if unit.kind == TITLE and _in_band(blocks, unit.block, columns):
            unit.kind = TEXT
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
    # A line on its own whose words open a text a few units on, only bylines and titles
    # between (`春光、花香、鸟语` / `王平` / `春光、花香、鸟语，…`): those words set apart to
    # lead into the text, a title line, though an enumeration comma is in it.
    for k, unit in enumerate(units):
        if _leads_into_text(units[k - 1] if k else None, unit, units[k + 1 :]):
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
    units = [part for k, unit in enumerate(units) for part in _byline_off_a_title(units, k)]
    for index, unit in enumerate(units):
        unit.index = index
    return units


def _byline_off_a_title(units: list[_Unit], k: int) -> list[_Unit]:
    """Unit `k`, and the byline that opens it where it is a title's block that a reporter's
    byline opens (`记者 王平` / `县城新貌`) right under a title in the block before: the byline
    signs that title, read into the next title's block (a column's titles stacked, no blank
    line between), where the title under it is signed too, by a byline of its own or its
    text's lead: a title has one byline. Under text or a credit, or over a title that nothing
    else signs (a feature's byline printed over its title, under a kicker or a label), the
    byline heads the title under it."""
    unit = units[k]
    before = units[k - 1] if k else None
    if not (
        unit.kind == TITLE
        and len(unit.lines) > 1
        and before is not None
        and before.kind == TITLE
        and before.block == unit.block - 1
        and _ROLE.search(unit.lines[0])
        and is_byline(unit.lines[0])
        and _signed_under(units, k)
    ):
        return [unit]
    return [_Unit(BYLINE, unit.lines[:1], unit.block), _Unit(TITLE, unit.lines[1:], unit.block)]


def _signed_under(units: list[_Unit], k: int) -> bool:
    """Is the title of unit `k` signed under it: a byline next, or a text opening on a lead?"""
    after = units[k + 1] if k + 1 < len(units) else None
    return after is not None and (
        after.kind == BYLINE or (after.kind == TEXT and _opens_lead(after.lines, 0))
    )
