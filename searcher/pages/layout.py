"""Page text kept in its layout (`pdftotext -layout`) → the blocks pdftotext reads by default.

With `-layout`, pdftotext prints a page as it stands: a line is a row across the whole page,
its columns side by side with runs of spaces between them (`…回首去        则是长篇…`). Read
by rows, every line would mix the texts of several columns. The page is read again in the
order of its columns, cut the way a page is cut (an XY cut): at a row left empty across the
part of the page being cut, into the bands above and below it; else at a gap of spaces down
the whole part, into the columns left and right of it; each part cut again until none can be.
A part that a few rows alone keep from a gap of spaces down it (a title or a caption set over
two columns with no empty row around it) is cut into bands at those rows; the row right under
such a title that holds its short rest alone (a run of a title's words where the title's line
begins, no wider, that no line under it goes on as a column) goes in the title's band, as does
the row under it that repeats it (a title printed twice over itself, as a bold face); so do the
rows right over a dash subtitle set over two columns (`——…`) that hold a title narrower than the
columns, its words alone on each row. A title in big type at the left of a part, a single space
from the column beside it (pdftotext sets big type's characters closer than they stand), is cut
from that column at the space, where its lines have no punctuation and the column stands on more
rows than they do; so is such a title whose lines each end a single space before the text's line
on their row (or alone), the text's rows set in further. Two columns a single space apart (a gutter
narrower than a character) are cut at the space, where most lines of the left one end there and
most of the right one begin after it. Two titles side by side atop a part, a single space apart
(big type again), are parted there, the right one read after the left one's block, where each
repeats words of the text under it that the text under the other does not hold and the text under
the right one opens an article (a lead, a byline), or where the left one wraps its rest alone
under itself, a run that completes the left one's last word and not the right one's, and no
name (`县里举办冬季农民运动 城东小学新建图书室` / `会`); a title's two phrases a space apart
(`城东大桥建成通车 车程缩短到十分钟`) head one text, which goes on from column to column. A
title of a few lines right of a column's first rows, whose first line opens a paragraph
(indented), heads that text: it is read before it. Characters spaced out along their lines (a
title letter-spaced, a table's labels) stand a character a column: such columns side by side are
one. A gap of empty rows under a big title's line is no cut: pdftotext leaves rows empty across
the page between a big title's lines. The row under the gap goes on the title where a run of
characters on it, without a space or punctuation, is no wider than the run that begins where it
does on the nearest row over it with ink there (the columns beside a title may have rows of
their own between its lines; a column's line that ends a sentence over an empty row is another
text's last), a run as plain, with text beside it and no column of lines (nor a paragraph's
first line) over it; so does a title's line a single space left of its text, as wide as the one
over it and where it begins. A big title's first line printed on the row over the page header
(it stands higher than the header beside it) is read right over the text under the header, where
that text repeats two of its words or more (the paper's name, a slogan or a label over the
header shares a common word at most). A part that cannot be cut is a block: its rows, stripped
of the spaces around them (the indent of a paragraph's first line too, as pdftotext drops it
when it reads by default), become its lines, with a blank line between blocks; a title printed
twice over itself (a bold face: each of its lines comes on two rows) under a line printed once,
a kicker or a column's last line with no empty row between, begins a block of its own (pdftotext
parts lines of different sizes when it reads by default), and a title's lines at the block's
left edge, with no stop, over an indented line (a paragraph's first) are a block of their own.
(`lines.laid_out` tells such a page: default-mode text holds no runs of spaces inside its
lines but a table's.)

The columns of such a page do not always stand level: pdftotext then sets their lines on rows
of their own, so that a row empty in one column holds another column's line. Only a row empty
across the whole page is room on the page (pdftotext leaves one where the next line stands a
line or more lower than any line between); the gap between two lines of a part is the number
of such rows between them. A part of the page is cut into bands only at its widest gaps, and
only where they are wider than those between its lines most often (on a page set with room
between all its lines, an empty row between every two); its narrower gaps are cut in turn,
inside each band.
"""

from __future__ import annotations

import itertools
from collections import Counter

from .bylines import _LEAD, is_byline
from .furniture import _header_line
from .lines import _DASHES, ends_sentence
from .words import _bigrams, joins_word

# Columns are cut at a gap of spaces at least this wide, down the whole part being cut.
_COLUMN_GAP = 2
# The fewest of a title's bigrams that the text under it alone repeats, for it to head a text of
# its own beside another title (one bigram a text may hold by chance, across two words).
_OWN_WORDS = 2
# The most rows under a title's row that hold its wrapped rest (each line printed twice, in a bold
# face, rows empty between a big title's lines), over the text it heads.
_TITLE_ROWS = 8
# Columns this narrow (a character), two or more side by side, are the characters of lines
# spaced out (a title letter-spaced, `春  雨  将  至`; a table's labels, `东   部   地   区`):
# one column, no columns of text.
_LETTER_WIDTH = 1
# Rows that cross a gap of spaces down the rest of a part are cut off as bands of their own
# where they are at most this share of the part's rows.
_BRIDGE_SHARE = 1 / 4
# Marks that end a phrase or a sentence: a line that ends with one is no big title's line that
# runs on.
_PHRASE_END = "，。！？；：、,.!?;:"
# A paragraph's first line begins up to this many places right of its column's edge.
_INDENT = 4
# Rows empty across the page, this many or more over a run, part it from the column above.
_TITLE_GAP = 2
# A big title's first line printed over the page header takes at most this many rows.
_OVER_HEADER = 1
# A title's line a single space left of its text has this many characters or more (a character
# alone is a word spaced out).
_STACKED_CHARS = 2
# A title beside its text, one space from it, has this many lines or more (a line alone is a
# name, a date, a word spaced out more often).
_TITLE_BESIDE_LINES = 2
# A title beside the top of its text, right of it, has at most this many lines.
_TITLE_RIGHT_LINES = 4
# ... and this many characters or more (a character or two alone is a word spaced out).
_TITLE_RIGHT_CHARS = 4
# A title right over its text's indented first line, in one block with it, has at most this
# many lines.
_TITLE_OVER_LINES = 4
# A run with this many lines or more over it in a column is a column's text, not a title's line.
_TITLE_LINES = 3


def read_layout(lines: list[str]) -> list[str]:
    """A page kept in its layout, read again column by column into blocks of lines with a blank
    line between them, as pdftotext reads a page by default."""
    rows = [line.expandtabs().rstrip() for line in lines]
    width = max((len(row) for row in rows), default=0)
    rows = _under_header([row.ljust(width) for row in rows])
    room = [not row.strip() for row in rows]
    blocks: list[list[str]] = []
    _cut(rows, room, 0, len(rows), 0, width, blocks)
    out: list[str] = []
    for block in blocks:
        if out:
            out.append("")
        out.extend(block)
    return out


def _under_header(rows: list[str]) -> list[str]:
    """The page's rows with a big title's first line printed over the page header set right over
    the first row under the header instead: the page's first inked row (`_OVER_HEADER`) over a
    header's row (`_header_line`: a date, a page), each of its runs a title's line
    (`_title_line`) that shares `_OWN_WORDS` words (bigrams) or more with the runs under the
    header (`_repeated_under`). A big type's line stands higher than the header beside it, so
    pdftotext prints it first; read with the header, the title loses its first line. A title's
    words come again in its rest or its article; the paper's name, a slogan, a section's or a
    column's name, printed over the header too, share a common word with the page at most, and
    stay with the header."""
    inked = [r for r, row in enumerate(rows) if row.strip()]
    header = next(
        (k for k, r in enumerate(inked[: _OVER_HEADER + 1]) if _header_line(rows[r], top=True)),
        None,
    )
    if not header or len(inked) <= header + 1:
        return rows  # (no header, or the header first: nothing printed over it)
    over, under = inked[:header], inked[header + 1]
    if not all(_repeated_under(rows, r, under) for r in over):
        return rows
    moved = [rows[r] for r in over]
    return [*rows[: over[0]], *rows[over[-1] + 1 : under], *moved, *rows[under:]]


def _repeated_under(rows: list[str], r: int, under: int) -> bool:
    """Is each run of row `r` a title's line whose words (bigrams) the runs of the rows from
    `under` on repeat, `_OWN_WORDS` of them or more (one a text may hold by chance)?"""
    text: set[str] = set()
    for q in range(under, len(rows)):
        for start, end in _row_runs(rows[q]):
            text |= _bigrams(rows[q][start:end])
    return all(
        _title_line(rows[r][start:end]) and len(_bigrams(rows[r][start:end]) & text) >= _OWN_WORDS
        for start, end in _row_runs(rows[r])
    )


def _cut(
    rows: list[str],
    room: list[bool],
    top: int,
    bottom: int,
    left: int,
    right: int,
    blocks: list[list[str]],
) -> None:
    """Cut the part of the page between rows `top`–`bottom` and columns `left`–`right` into blocks
    (appended to `blocks` in reading order): at its widest gaps of rows empty across the page
    (`room`) into bands, where they are wider than its line spacing; else at the single space
    between two titles on its first row (`_titles_abreast`); else at its gaps of spaces into
    columns (a title right of its text's top first, `_title_right`); else at the single space after
    a big title at its left (`_title_beside`) into the title and its text; else at a gutter of a
    single space (`_narrow_gutter`) into columns; else into a big title and its text where each of
    its lines ends where the text's on its row begins (`_title_ragged`); else at the few rows that
    alone bridge a gap of spaces (`_bridges`, with a title's rest under them, `_tails`, and a title
    over a dash subtitle, `_heads`) into bands, where some rows bridge none (where all do, the
    bands would be the part itself, cut again without end); else it is one block, but for a title
    over its text's indented first line (`_title_over_indent`) and a title printed twice under a
    line printed once (`_by_type`)."""
    inked = [r for r in range(top, bottom) if rows[r][left:right].strip()]
    if not inked:
        return
    top, bottom = inked[0], inked[-1] + 1
    gaps = [sum(room[a + 1 : b]) for a, b in itertools.pairwise(inked)]
    widest = max(gaps, default=0)
    if widest > _line_spacing(gaps):
        cuts = []
        for (a, b), gap in zip(itertools.pairwise(inked), gaps, strict=True):
            if gap != widest:
                continue
            if _title_goes_on(rows, top, a, b, left, right) or _stacked_goes_on(
                rows, top, a, b, left, right
            ):
                room = room[: a + 1] + [False] * (b - a - 1) + room[b:]
            else:
                cuts.append(b)
        for start, end in itertools.pairwise([top, *cuts, bottom]):
            _cut(rows, room, start, end, left, right, blocks)
        return
    abreast = _titles_abreast(rows, inked, left, right)
    if abreast is not None:
        space, title = abreast
        alone = [*rows[:top], rows[top][:space].ljust(len(rows[top])), *rows[top + 1 :]]
        part: list[list[str]] = []
        _cut(alone, room, top, bottom, left, right, part)
        blocks.extend([*part[:1], [title], *part[1:]])
        return
    ink = [any(rows[r][x] != " " for r in range(top, bottom)) for x in range(left, right)]
    columns = _spaced_out(
        _runs([left + x for x, inked_x in enumerate(ink) if inked_x], _COLUMN_GAP)
    )
    if len(columns) > 1:
        if _title_right(rows, inked, columns):
            columns = columns[::-1]
        for start, end in columns:
            _cut(rows, room, top, bottom, start, end, blocks)
        return
    beside = _title_beside(rows, inked, left, right, ink)
    if beside is not None:
        _cut(rows, room, top, bottom, left, beside, blocks)
        _cut(rows, room, top, bottom, beside, right, blocks)
        return
    gutter = _narrow_gutter(rows, inked, left, right, ink)
    if gutter is not None:
        _cut(rows, room, top, bottom, left, gutter, blocks)
        _cut(rows, room, top, bottom, gutter, right, blocks)
        return
    ragged = _title_ragged(rows, inked, left, right)
    if ragged is not None:
        blocks.extend(ragged)
        return
    bridges = _bridges(rows, inked, left, right)
    if bridges:
        bridges |= _tails(rows, room, inked, bridges, left, right)
        bridges |= _heads(rows, room, inked, bridges, left, right)
        bands = [list(band) for _, band in itertools.groupby(inked, key=lambda r: r in bridges)]
        if len(bands) > 1:
            for band in bands:
                _cut(rows, room, band[0], band[-1] + 1, left, right, blocks)
            return
    head = _title_over_indent(rows, inked, left, right)
    if head:
        blocks.extend(_by_type([rows[r][left:right].strip() for r in inked[:head]]))
    blocks.extend(_by_type([rows[r][left:right].strip() for r in inked[head:]]))


def _title_right(rows: list[str], inked: list[int], columns: list[tuple[int, int]]) -> bool:
    """Is the right of two columns a title set beside the top of the left one's text: a few
    lines (`_TITLE_RIGHT_LINES`, `_TITLE_RIGHT_CHARS` characters or more), each one run of a
    title's words (`_title_words`), the first beside one of the text's first lines, narrower
    than the text, which stands on more rows and opens a paragraph (its first line indented;
    not a column that goes on from another). Such a title heads the text beside it, and is read
    before it, as pdftotext reads it by default."""
    if len(columns) != 2:
        return False
    (l_start, l_end), (r_start, r_end) = columns
    text = [r for r in inked if rows[r][l_start:l_end].strip()]
    title = [r for r in inked if rows[r][r_start:r_end].strip()]
    if not title or len(title) > _TITLE_RIGHT_LINES or len(text) <= max(len(title), _TITLE_LINES):
        return False
    if (
        not text[0] <= title[0] <= text[_TITLE_RIGHT_LINES - 1]
        or r_end - r_start >= l_end - l_start
    ):
        return False
    indent = _indent(rows[text[0]][l_start:l_end]) - _indent(rows[text[1]][l_start:l_end])
    if not 0 < indent <= _INDENT:
        return False
    lines = [rows[r][r_start:r_end].strip() for r in title]
    return sum(map(len, lines)) >= _TITLE_RIGHT_CHARS and all(
        len(_row_runs(line)) == 1 and _title_words(line) for line in lines
    )


def _indent(row: str) -> int:
    """How many spaces a row of a part begins with."""
    return len(row) - len(row.lstrip(" "))


def _title_over_indent(rows: list[str], inked: list[int], left: int, right: int) -> int:
    """How many of a block's first rows are a title over its text: rows each one run of a
    title's words (`_title_words`) at the block's left edge, at most `_TITLE_OVER_LINES`,
    right over a row indented from that edge (a paragraph's first line). A paragraph ends
    with a stop, so no line without one stands over a paragraph's first line but a title's;
    pdftotext parts a title from its text when it reads by default (and drops the indent
    that tells it). None (0) where the block opens with no such rows."""
    edge = min(_indent(rows[r][left:right]) for r in inked)
    for k, r in enumerate(inked[: _TITLE_OVER_LINES + 1]):
        row = rows[r][left:right]
        indent = _indent(row) - edge
        if k and 0 < indent <= _INDENT:
            return k
        if indent or len(_row_runs(row)) != 1 or not _title_words(row.strip()):
            return 0
    return 0


def _titles_abreast(
    rows: list[str], inked: list[int], left: int, right: int
) -> tuple[int, str] | None:
    """Where a part's first row holds two titles side by side, a single space apart: the
    space's place and the right title. Two runs of a title's words (`_title_words`),
    `_STACKED_CHARS` characters or more each, neither a lead's opening (`本报讯`), the row no
    byline (`记者 王平`) nor a page header's (`2021年3月6日 星期六`); the row under it no
    column's: no run on it beginning where the right one begins (two columns a single space
    apart), nor where the row begins (up to a paragraph's indent left of it) and as wide (a
    paragraph's first line goes on so); each run heading a text of its own under it
    (`_own_texts`). pdftotext sets a big type's characters closer than they stand, so the
    titles of two articles set abreast keep no gap of `_COLUMN_GAP` between them; read by
    default, the right one is a block of its own, after the left one's."""
    row = rows[inked[0]][left:right]
    runs = row.strip().split(" ")
    if len(runs) != 2 or is_byline(row.strip()) or _header_line(row, top=True):
        return None
    if not all(len(run) >= _STACKED_CHARS and _title_words(run) for run in runs):
        return None
    if any(_LEAD.match(run) for run in runs):
        return None  # (a text's first line, `本报讯 县里…`)
    start, space, end = _indent(row), row.index(" ", _indent(row)), len(row.rstrip())
    below = rows[inked[1]][left:right] if len(inked) > 1 else ""
    if any(below[x - 1 : x] == " " and below[x : x + 1].strip() for x in range(space, space + 3)):
        return None
    if any(
        -_INDENT <= b_start - start <= 1 and b_end - b_start >= end - start - 1
        for b_start, b_end in _row_runs(below)
    ):
        return None
    if not _left_rest(below, start, runs) and not _own_texts(
        rows, inked[0], left, right, space, runs
    ):
        return None  # (one title's two phrases over its text's columns)
    return left + space, runs[1]


def _left_rest(below: str, start: int, runs: list[str]) -> bool:
    """Does the row under two titles abreast (`runs`, from `start`) hold the left one's wrapped
    rest alone: one run where the left title begins (±1), narrower than it, that could be a
    title's line (`_title_line`) and completes the word the left title ends in
    (`words.joins_word`), but none the right one ends in? One title's two phrases a space apart
    wrap at the right one's end, not under the left one. A name under the left phrase is a
    byline under the whole title, however its surname runs on from the phrase (`心系家国` /
    `王平`: `国王`)."""
    under = _row_runs(below)
    if len(under) != 1 or abs(under[0][0] - start) > 1:
        return False
    rest = below[under[0][0] : under[0][1]]
    return (
        len(rest) < len(runs[0])
        and _title_line(rest)
        and not is_byline(rest)
        and joins_word(runs[0], rest)
        and not joins_word(runs[1], rest)
    )


def _own_texts(rows: list[str], r: int, left: int, right: int, space: int, runs: list[str]) -> bool:
    """Does each of two runs of row `r`, parted at `space`, share more words (bigrams) with the
    text under its own side of the row than with the text under the other's (`_text_under`:
    the columns beginning left of the space under the left run, the rest under the right one),
    the words both sides hold aside? Two titles abreast each head a text of their own, which
    repeats the title's words; a title's two phrases head one text, its words strewn over its
    columns (or over one of them), as likely under the one phrase as under the other. And only
    where the text under the right run opens an article (a lead, a byline): one text's opening
    paragraph often repeats a title's first phrase and a later one, atop the next column, its
    second."""
    sides = ["", ""]
    first = ""  # (the first line of the text under the right run)
    for q in _text_under(rows, r, left, right):
        line = rows[q][left:right]
        for start, end in _row_runs(line):
            sides[start >= space] += line[start:end]
            if start >= space and not first:
                first = line[start:end]
    if not (_LEAD.match(first) or is_byline(first)):
        return False
    grams = [_bigrams(side) for side in sides]
    only = [grams[0] - grams[1], grams[1] - grams[0]]
    shares = [
        (len(_bigrams(run) & only[k]), len(_bigrams(run) & only[1 - k]))
        for k, run in enumerate(runs)
    ]
    return all(own >= _OWN_WORDS and own > other for own, other in shares)


def _text_under(rows: list[str], r: int, left: int, right: int) -> list[int]:
    """The rows of the text under row `r` between columns `left`–`right`: past the rows under it
    that hold one run of a title's words (its wrapped rest, a dash subtitle under it) and the
    empty rows between, `_TITLE_ROWS` at most, the rows with ink there down to the next empty
    one."""
    start = r + 1
    while start < len(rows) and start - r <= _TITLE_ROWS:
        line = rows[start][left:right]
        runs = _row_runs(line)
        if len(runs) > 1 or (runs and not _title_words(line.strip())):
            break
        start += 1
    else:
        return []
    end = next((x for x in range(start, len(rows)) if not rows[x][left:right].strip()), len(rows))
    return list(range(start, end))


def _by_type(lines: list[str]) -> list[list[str]]:
    """The lines of a part that cannot be cut, parted into blocks before each run of lines
    printed twice (`_printed_twice`) under a line printed once: a title in a bold printed twice
    over itself, under a line set in another type (a kicker, a column's last line). pdftotext
    parts lines of different sizes when it reads by default; kept in its layout, the rows of a
    title and the line over it may stand with no empty row between."""
    parted: list[list[str]] = [[]]
    for i, line in enumerate(lines):
        if i and _printed_twice(lines, i) and not _printed_twice(lines, i - 1):
            parted.append([])
        parted[-1].append(line)
    return parted


def _printed_twice(lines: list[str], i: int) -> bool:
    """Is line `i` of a block printed twice, the same as the line over or under it?"""
    return any(0 <= j < len(lines) and lines[j] == lines[i] for j in (i - 1, i + 1))


def _title_goes_on(rows: list[str], top: int, a: int, b: int, left: int, right: int) -> bool:
    """Is row `b`, the first after a gap of empty rows over row `a`, a big title's next line, set
    a line of its big type lower than the title's line over it: a run of characters of row `b`
    in the part (`top`, `left`–`right`) that could be a title's line (`_title_line`), no wider
    than a run that begins where it begins (±1) on the nearest row over it with ink there
    (`_line_over`; it may stand higher than row `a`, a column's lines between), that could be
    one too (but for an enumeration comma it ends with, `、`, where a title breaks between the
    things it lists) and is no column's last line (`_lines_over`) nor a paragraph's second
    (`_under_indent`), with text beside it on its row or on the rows down to row `a` (a title
    beside its columns; a line alone over it is a kicker more often). pdftotext leaves rows
    empty across the page between a big title's lines; they are no gap between two blocks."""
    below = rows[b][left:right]
    for start, end in _row_runs(below):
        if not _title_line(below[start:end]):
            continue
        p = _line_over(rows, top, a, left + start, left + end)
        if p is None:
            continue
        above = rows[p][left:right]
        for a_start, a_end in _row_runs(above):
            if abs(a_start - start) > 1 or a_end - a_start < end - start:
                continue
            if not _title_line(above[a_start:a_end].removesuffix("、")):
                continue
            beside = any(
                (rows[r][left : left + a_start] + rows[r][left + a_end : right]).strip()
                for r in range(p, a + 1)
            )
            return (
                beside
                and _lines_over(rows, p, left + a_start, left + a_end) < _TITLE_LINES
                and not _under_indent(rows, p, left + a_start, left + a_end)
            )
    return False


def _under_indent(rows: list[str], p: int, start: int, end: int) -> bool:
    """Does row `p`'s run `start`–`end` go on from a paragraph's first line: is the nearest row
    over it with ink there, fewer than `_TITLE_GAP` empty rows higher, set in from `start` by a
    paragraph's indent (`_INDENT`)? Such a run is a column's second line, no big title's."""
    over = _line_over(rows, 0, p - 1, start, end)
    if over is None or sum(not rows[x].strip() for x in range(over + 1, p)) >= _TITLE_GAP:
        return False
    return any(1 <= s - start <= _INDENT for s, _ in _row_runs(rows[over][: end + 1]))


def _stacked_goes_on(rows: list[str], top: int, a: int, b: int, left: int, right: int) -> bool:
    """Is row `b`, the first after a gap of empty rows under row `a`, a big title's next line
    where the title stands beside its text, a single space from it (`_stacked_line`): a line as
    wide as the title's line over it, where that begins, on the nearest row over it with ink
    there (`_line_over`; the text's lines beside the title may stand on rows of their own)?"""
    below = _stacked_line(rows[b][left:right])
    if below is None:
        return False
    p = _line_over(rows, top, a, left + below[0], left + below[1])
    return p is not None and _stacked_line(rows[p][left:right]) == below


def _stacked_line(row: str) -> tuple[int, int] | None:
    """Where a row's first run is a big title's line a single space from the text beside it:
    a title's line (`_title_line`) of `_STACKED_CHARS` characters or more, then one space, then
    text. None where the row opens otherwise."""
    start = _indent(row)
    end = row.find(" ", start)
    if end < 0 or end - start < _STACKED_CHARS or not row[end + 1 : end + 2].strip():
        return None
    return (start, end) if _title_line(row[start:end]) else None


def _line_over(rows: list[str], top: int, a: int, start: int, end: int) -> int | None:
    """The row at or over row `a` (down to `top`) nearest it with ink over the run
    `start`–`end` (from a character before it): the title's line over that run, where the
    columns beside it have lines on rows of their own between the title's. None if none."""
    return next(
        (r for r in range(a, top - 1, -1) if rows[r][max(start - 1, 0) : end].strip()), None
    )


def _title_line(run: str) -> bool:
    """Could a run of characters be a line of a big title: solid (no space inside, as a page's
    header has between its date and its page) and no punctuation in it (a column's lines of
    that length most often hold a comma)."""
    return " " not in run and not any(ch in _PHRASE_END for ch in run)


def _lines_over(rows: list[str], a: int, start: int, end: int) -> int:
    """How many lines stand over row `a`'s run `start`–`end` in a column with it: the rows above
    it, up to the first with ink there that begins no run at `start` (one character before it,
    or up to a paragraph's indent after it) or stands `_TITLE_GAP` empty rows higher, or stands
    over a row empty across the page and ends a sentence (`_run_ends_sentence`: another text's
    last line, which no line under it goes on). A line printed twice over itself (a title in a
    bold face) counts once: no column's lines repeat."""
    count = 0
    last = a
    for r in range(a - 1, -1, -1):
        span = rows[r][max(start - 1, 0) : end]
        if not span.strip():
            continue
        room = sum(not rows[x].strip() for x in range(r + 1, last))
        if room >= _TITLE_GAP or (room and _run_ends_sentence(rows[r], start, end)):
            break
        twice = span == rows[last][max(start - 1, 0) : end]
        last = r
        runs = _row_runs(rows[r][: end + 1])
        if not any(-1 <= s - start <= _INDENT for s, _ in runs):
            break
        count += not twice
    return count


def _run_ends_sentence(row: str, start: int, end: int) -> bool:
    """Does the first run of a row over `start`–`end` end a sentence (`lines.ends_sentence`)?"""
    run = next((row[s:e] for s, e in _row_runs(row) if s < end and e > start - 1), "")
    return ends_sentence(run)


def _row_runs(row: str) -> list[tuple[int, int]]:
    """The runs of characters of a row, apart where a gap of spaces parts columns."""
    return _runs([x for x, ch in enumerate(row) if ch != " "], _COLUMN_GAP)


def _bridges(rows: list[str], inked: list[int], left: int, right: int) -> set[int]:
    """The few rows (a title, a caption set over two columns) that alone keep a part of the page
    from a gap of spaces down it: the rows inked in the gap that the fewest rows ink, where
    the other rows have ink on both sides of it. Empty where there is no such gap."""
    ink = [[rows[r][x] != " " for x in range(left, right)] for r in inked]
    best: set[int] = set()
    for x in range(1, right - left - _COLUMN_GAP):
        crossing = {i for i, row in enumerate(ink) if any(row[x : x + _COLUMN_GAP])}
        if not crossing or (best and len(crossing) >= len(best)):
            continue
        if len(crossing) > _BRIDGE_SHARE * len(inked):
            continue
        rest = [row for i, row in enumerate(ink) if i not in crossing]
        if any(any(row[:x]) for row in rest) and any(any(row[x + _COLUMN_GAP :]) for row in rest):
            best = crossing
    return {inked[i] for i in best}


def _title_beside(
    rows: list[str], inked: list[int], left: int, right: int, ink: list[bool]
) -> int | None:
    """Where the text beside a title in big type at the left of a part begins, one space from
    it: after the part's first gap of a single space down it (`ink`, from `left`), where the
    runs left of it are each a title's line (`_title_line`), on `_TITLE_BESIDE_LINES` rows or
    more, and the text right of it stands on more rows than the title and `_TITLE_LINES` or
    more (a column, not a byline or a second title), within the part (up to `right`, not in a
    column beside it). pdftotext sets a big type's characters closer than they stand, so no
    gap of `_COLUMN_GAP` parts such a title from its text. The spaces of a title letter-spaced
    are no such gap (`_spaced_on`): the title reads without them. None where there is no such
    gap."""
    first = ink.index(True)
    gap = next(
        (
            x
            for x in range(first, len(ink))
            if not ink[x] and not _spaced_on(rows, inked, left, left + x)
        ),
        None,
    )
    if gap is None or gap + 1 >= len(ink) or not ink[gap + 1]:
        return None
    title = [line for line in (rows[r][left : left + gap].strip() for r in inked) if line]
    if len(title) < _TITLE_BESIDE_LINES or not all(_title_line(_unspaced(t)) for t in title):
        return None
    text = [r for r in inked if rows[r][left + gap + 1 : right].strip()]
    if len(text) <= max(len(title), _TITLE_LINES):
        return None
    return left + gap + 1


def _narrow_gutter(
    rows: list[str], inked: list[int], left: int, right: int, ink: list[bool]
) -> int | None:
    """Where the right of two columns set a single space apart begins: after a gap of one space
    down the part (`ink`, from `left`), where most of the lines left of it end right at the
    space (the left column's edge) and most of those right of it begin right after it, each side
    on more than `_TITLE_LINES` rows, the left one a text (with punctuation, no table's labels),
    and no line left of it on a row with text on both sides spaced out (a line letter-spaced
    leaves spaces of its own, a character alone between them: no gutter). pdftotext sets a
    gutter narrower than a character's width as a single space. None where there is no such
    gap."""
    for x in range(1, len(ink) - 1):
        if ink[x] or not ink[x - 1] or not ink[x + 1]:
            continue
        beside = [r for r in inked if rows[r][left + x + 1 : right].strip()]
        column = [r for r in inked if rows[r][left : left + x].strip()]
        if len(column) <= _TITLE_LINES or len(beside) <= _TITLE_LINES:
            continue
        edge = [r for r in column if rows[r][left + x - 1] != " "]
        opens = [r for r in beside if rows[r][left + x + 1] != " "]
        if 2 * len(edge) <= len(column) or 2 * len(opens) <= len(beside):
            continue
        on_both = set(column)
        lines = [rows[r][left : left + x].strip() for r in beside if r in on_both]
        solid = all(" " not in line and len(line) > _LETTER_WIDTH for line in lines)
        text = any(ch in _PHRASE_END for r in column for ch in rows[r][left : left + x])
        if solid and text:
            return left + x + 1
    return None


def _title_ragged(
    rows: list[str], inked: list[int], left: int, right: int
) -> list[list[str]] | None:
    """A title in big type at the left of its text, each of its lines a single space from the
    text's line on its row: the title's lines (`_title_line`; `_TITLE_BESIDE_LINES` or more,
    each alone at the part's left edge or one space from the text), and the text's (the rest of
    each title row, and the rows set in more than a paragraph's indent, `_INDENT`, from that
    edge), on more rows than the title and more than `_TITLE_LINES`, with no gutter of two
    spaces or more in them (no other column beside). pdftotext sets a big type's
    characters closer than they stand, and each line of the text beside it where the title's
    line on its row ends: no gap of spaces down the part parts the two. None where the part is
    set otherwise."""
    edge = min(_indent(rows[r][left:right]) for r in inked)
    title: list[str] = []
    text: list[str] = []
    for r in inked:
        row = rows[r][left:right].rstrip()
        start = _indent(row)
        if start - edge > _INDENT:
            text.append(row.strip())
            continue
        if start != edge:
            return None
        end = row.find(" ", start)
        if end < 0:
            end = len(row)
        elif row[end + 1 : end + 2] == " ":
            return None
        if not _title_line(row[start:end]):
            return None
        title.append(row[start:end])
        if row[end:].strip():
            text.append(row[end:].strip())
    if len(title) < _TITLE_BESIDE_LINES or len(text) <= max(len(title), _TITLE_LINES):
        return None
    if any(len(_row_runs(line)) > 1 for line in text):
        return None  # (another column beside the text: the part is cut at its gutter first)
    return [title, text]


def _unspaced(line: str) -> str:
    """A line letter-spaced, a character alone between spaces (`春 雨 将 至`), without its
    spaces; any other line as it is."""
    return line.replace(" ", "") if all(len(run) == 1 for run in line.split()) else line


def _spaced_on(rows: list[str], inked: list[int], left: int, space: int) -> bool:
    """Is the space at column `space` one of a title letter-spaced (`春 雨 将 至`): on each row
    inked left of it (from `left`), one character alone right after it, then a space?"""
    title = [r for r in inked if rows[r][left:space].strip()]
    return bool(title) and all(
        rows[r][space + 1 : space + 2].strip() and not rows[r][space + 2 : space + 3].strip()
        for r in title
    )


def _tails(
    rows: list[str], room: list[bool], inked: list[int], bridges: set[int], left: int, right: int
) -> set[int]:
    """The rows right under a title set over columns (`bridges`) that carry its last words: a
    row with no empty row over it whose ink in the part (`left`–`right`) is one run of a title's
    words (`_title_words`), beginning where a run of the row over it begins (±1) that is a
    title's words too, no narrower, and no column's last line (`_lines_over`); not where the
    row under it goes on as a column (`_column_goes_on`); and the row right under such a row
    that repeats it (a title printed twice over itself, as a bold face). A title wrapped over two
    lines has a short rest that crosses no gap of spaces; it goes with the title's band, not with
    the columns' text under it."""
    tails: set[int] = set()
    for p, r, q in zip(inked[:-1], inked[1:], [*inked[2:], None], strict=True):
        if p in tails and rows[r][left:right] == rows[p][left:right]:
            tails.add(r)
            continue
        if p not in bridges or any(room[p + 1 : r]):
            continue
        runs = _row_runs(rows[r][left:right])
        if len(runs) != 1 or not _title_words(rows[r][left:right].strip()):
            continue
        if q is not None and not any(room[r + 1 : q]) and _column_goes_on(rows, r, q, left, right):
            continue
        (start, end), over = runs[0], rows[p][left:right]
        if any(
            abs(a_start - start) <= 1
            and a_end - a_start >= end - start
            and _title_words(over[a_start:a_end])
            and _lines_over(rows, p, left + a_start, left + a_end) < _TITLE_LINES
            for a_start, a_end in _row_runs(over)
        ):
            tails.add(r)
    return tails


def _heads(
    rows: list[str], room: list[bool], inked: list[int], bridges: set[int], left: int, right: int
) -> set[int]:
    """The rows right over a dash subtitle set over columns (the first of `bridges`, `——…`)
    that carry the title it comes under: the part's first rows, with no row empty across the
    page between them and the subtitle, each one run of a title's line (`_title_line`; the first
    one of a title's words, `_title_words`, as its short rest may read as a name), the first no
    column's last line (`_lines_over`). A title narrower than the columns under it crosses no
    gap of spaces where its subtitle does; pdftotext reads the two as one block."""
    first = next((i for i, r in enumerate(inked) if r in bridges), 0)
    heads = inked[:first]
    if not heads or any(room[heads[0] : inked[first]]):
        return set()
    if not rows[inked[first]][left:right].replace(" ", "").startswith(_DASHES):
        return set()
    for r in heads:
        runs = _row_runs(rows[r][left:right])
        line = rows[r][left:right].strip()
        if len(runs) != 1 or not (_title_words if r == heads[0] else _title_line)(line):
            return set()
    start, end = _row_runs(rows[heads[0]][left:right])[0]
    if _lines_over(rows, heads[0], left + start, left + end) >= _TITLE_LINES:
        return set()
    return set(heads)


def _title_words(run: str) -> bool:
    """Could a run be a line of a title's words: a title's line (`_title_line`) that is no
    byline (a name over a title, or under it, is no word of it)."""
    return _title_line(run) and not is_byline(run)


def _column_goes_on(rows: list[str], r: int, q: int, left: int, right: int) -> bool:
    """Does row `q`, right under row `r`, go on with a column that row `r`'s run opens: a run of
    other characters that begins where it begins (±1) and is as wide (±1), and no byline? A
    column's lines share their width; a title's short rest over a column is narrower than the
    column's lines (a title printed twice over itself, as a bold face, repeats its line, and a
    name under a short rest signs the title: neither goes on a column)."""
    (start, end), below = _row_runs(rows[r][left:right])[0], rows[q][left:right]
    return any(
        abs(b_start - start) <= 1
        and abs((b_end - b_start) - (end - start)) <= 1
        and below[b_start:b_end] != rows[r][left + start : left + end]
        and not is_byline(below[b_start:b_end])
        for b_start, b_end in _row_runs(below)
    )


def _spaced_out(columns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The columns of a part of the page, those a character wide side by side
    (`_LETTER_WIDTH`) made one: characters spaced out along their lines, not columns."""
    merged: list[tuple[int, int]] = []
    letters: list[bool] = []
    for start, end in columns:
        letter = end - start <= _LETTER_WIDTH
        if merged and letter and letters[-1]:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
            letters.append(letter)
    return merged


def _line_spacing(gaps: list[int]) -> int:
    """How many rows empty across the page most often stand between two lines of a part of
    the page: none, or one on a page set with room between all its lines. Only a wider gap
    parts two blocks."""
    counts = Counter(gaps)
    return min(counts, key=lambda gap: (-counts[gap], gap)) if counts else 0


def _runs(indices: list[int], gap: int = 1) -> list[tuple[int, int]]:
    """The runs of `indices` (sorted), as (first, last + 1): a run ends where the next index
    is `gap` or more beyond the one after the last."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and i - runs[-1][1] < gap:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs
