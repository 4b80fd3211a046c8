"""Column widths: the page's columns, each block's width, and whether a line fills it."""

from __future__ import annotations

import re
import statistics
from collections import Counter

from .lines import _CLAUSE_END, _CLOSERS, SENTENCE_END, _is_justified, ends_sentence, line_width


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
    running = _running_lines(block)
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


def _running_lines(block: list[str], start: int = 0) -> list[str]:
    """A block's lines (from `start`) that run on: neither end a sentence nor follow one (so
    are neither short last lines nor indented first lines), and are not spaced out."""
    return [
        line
        for i, line in enumerate(block)
        if i >= start
        and not ends_sentence(line)
        and not (i and ends_sentence(block[i - 1]))
        and not _is_justified(line)
    ]


def _running_widths(block: list[str], start: int = 0) -> list[float]:
    """The printed widths of a block's lines that run on (`_running_lines`)."""
    return [_printed_width(line) for line in _running_lines(block, start)]


def _main_columns(blocks: list[list[str]], columns: list[int]) -> list[int]:
    """The page's column widths less those that are only a wider column's lines a character or
    two short (indented first lines, lines where punctuation was squeezed): a width that half
    as many lines that run on reach as reach one a character or two wider."""
    counts = Counter(round(w) for block in blocks for w in _running_widths(block))
    return [
        w
        for w in columns
        if not any(0 < counts[w + k] >= 2 * counts[w] for k in (1, 2) if w + k in columns)
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


_DIGIT_EXTRA = 0.05  # how much wider than half an em a digit or Latin letter is, about
# How far short of its column's edge a full line may stop: a mark squeezed to half an em, a
# measure that is only about right; an indented first line stops two short or more.
_EDGE = 1.2


def _fills(line: str, width: float) -> bool:
    """Does the line reach the edge of its column, as `_printed_width` measures it (justified
    lines always do)?"""
    return _printed_width(line) >= width - _EDGE or _is_justified(line)


# Marks no line may begin with (closing quotes and brackets, stops, clause marks): the character
# before one goes down to the next line with it.
_NO_LINE_START = _CLOSERS + SENTENCE_END + _CLAUSE_END
# How much further short of its column's edge than `_fills` allows a line may stop where its
# last character went down with a mark: a character, by count a character and a half where the
# line holds a quote (`_printed_width` takes half a character off it, yet many fonts print it
# an em); an indented first line stops two short or more.
_CARRIED = 0.35


def _carried_down(line: str, after: str, width: float) -> bool:
    """Did the character after the line go down to the line `after` it with the mark that
    follows it, as no line may begin with a closing mark (`…一国两` / `制”的…`)? So it did only
    where the line with that character and its marks would have printed wider than the column;
    where they would have fit, the line stops short for another reason (an indent). A width
    half-way between two (the median of a block's lines of two widths, one of them an indented
    first line's) is not known to the half character this needs."""
    after = after.strip()
    if len(after) < 2 or after[1] not in _NO_LINE_START or width != round(width):
        return False
    end = 1
    while end < len(after) and after[end] in _NO_LINE_START:
        end += 1
    return _printed_width(line.strip() + after[:end]) > width


def _fills_before(line: str, after: str, width: float) -> bool:
    """Does the line reach the edge of its column (`_fills`), allowing for a character carried
    down to the line `after` it with a mark (`_carried_down`)?"""
    return _fills(line, width - _CARRIED if _carried_down(line, after, width) else width)
