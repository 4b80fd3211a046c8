"""Page text with no blank line between its blocks (`pdftotext -raw`, the PDF's own order):
blocks told again by the widths of the lines, where a column starts and stops."""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable

from .bylines import _DATED_LEAD, _LEAD, _lead_head, _opens_lead, is_byline
from .lines import _CLAUSE, _CLAUSE_END, _DASHES, _is_justified, ends_sentence
from .titles import _CHINESE_PAIR
from .units import _closes_left_open, _is_dash_subtitle
from .words import _bigrams, joins_word

# A page of this many lines or more, with fewer blank lines among them than one in
# `_UNBROKEN_SPAN`, was read without the breaks pdftotext's reading order puts between blocks.
_UNBROKEN_LINES = 30
_UNBROKEN_SPAN = 40
# Lines of one column differ in width by a character at most (a digit or a Latin letter is half
# one; punctuation may hang past the edge); a column stands on three such lines at least.
_SAME_WIDTH = 1.0
_COLUMN_LINES = 3
# A line spaced out to its column's edge is as wide as the commonest of this many lines each way.
_AROUND = 4
# A title printed twice over itself (a bold face) runs over this many lines at most.
_TWICE_LINES = 6
# A line this much wider than the column it was read into (more than a digit's half) is no line
# of it: a paragraph's first line is set in.
_WIDER = 0.5
# A paragraph's first line is set in by about two characters: a line set in by less than this
# opens no paragraph of its column (a line that goes on in it, or one with a mark hanging at its
# end, is as wide as the column within a mark).
_OWN_INDENT = 1.5
_SIGN_OFF_END = ("电）", "电)")  # a report's sign-off ends so: `（新华社北京1月6日电）`
# A quote or a bracket left open is looked for this many lines up, back to a text's end.
_OPEN_LINES = 3
# A caption ends with its photo's credit after the stop: `…在田间劳作。（王平摄）`.
_CREDITED = re.compile(r"[。！？!?][”’]*[（(][^（()）]{1,20}摄[）)]$")
_LEADS_ON = ("：", ":")  # a paragraph's last sentence may lead into the next: `…如下：`
_NAME = 3.0  # a byline's name alone is this wide at most: no title
# A deck's upper title (a kicker over its headline, a headline over its subtitle) names what its
# text tells in the text's first lines, this many at most.
_DECK_TEXT = 16
_SLACK = 2.0  # a line between two of one column may be set this much tighter or looser
# A paragraph's first line is set in by about two characters (pdftotext drops the indent), and
# the column's other lines may hang a mark past its edge.
_INDENT = (1.0, 3.5)


def unbroken(lines: list[str]) -> bool:
    """Is this a page read with no blank line between its blocks: many lines, next to no
    blank one among them?"""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    if len(filled) < _UNBROKEN_LINES:
        return False
    blanks = filled[-1] - filled[0] + 1 - len(filled)
    return blanks * _UNBROKEN_SPAN < len(filled)


def broken_into_blocks(lines: list[str]) -> list[str]:
    """The page's lines with a blank line wherever a column starts or stops: between lines of
    columns of different widths (before a paragraph's first line set in from the wider column it
    opens, `_opens_wider_column`), around lines that stand in no column (titles, bylines,
    captions set apart), which stay together but for a title under a sentence's end, and
    around each title printed twice; never between a lead's head and the line that completes
    it (`_lead_wraps`), nor between the lines of a title printed twice (`_one_title`), nor
    before a last character wrapped alone (`_last_character`, after which another column's
    lines part); after a signature's short rest (`_signature_wraps`), the text ends; a title
    under a byline, over its lead, parts from the byline (`_title_under_byline`)."""
    kept = [k for k, line in enumerate(lines) if line.strip()]
    apart = {n for n, k in enumerate(kept) if n and k > kept[n - 1] + 1}  # the page's own breaks
    filled, titles, origins = _drawn_once([lines[k] for k in kept])
    widths = _widths(filled)
    columns = _columns(widths, filled)
    opening = [_opens_wider_column(filled, k, widths, columns) for k in range(len(filled))]
    for k, opens in enumerate(opening):
        if opens:
            columns[k] = columns[k + 1]
    titled = [_title_after_text(filled, k, widths, columns) for k in range(len(filled))]
    wrapped = [k > 0 and _last_character(filled, k, columns) for k in range(len(filled))]
    out: list[str] = []
    for k, line in enumerate(filled):
        if k and (
            _lead_wraps(filled, k)
            or _one_title(titles, k)
            or (wrapped[k] and origins[k] not in apart)
        ):
            out.append(line)
            continue
        if k and (
            (origins[k] in apart and origins[k] != origins[k - 1])
            or (
                k > 1
                and wrapped[k - 1]
                and (columns[k] is None or not _same_column(columns[k - 2], columns[k]))
            )
            or (k > 1 and _signature_wraps(filled, k - 1))
            or titles[k - 1] != titles[k]
            or not _same_column(columns[k - 1], columns[k])
            or (ends_sentence(filled[k - 1]) and _opens_lead(filled, k))
            or titled[k]
            or (
                _heads_text(filled, k - 1, titled)
                and _opens_text(filled, k, widths, columns, titled[k - 1])
            )
            or _title_under_byline(filled, k, columns)
            or _another_title(filled, k, columns)
            or _title_over_title(filled, k, widths, titled, columns)
            or _under_a_title_of_the_text_above(filled, k, titled, columns)
            or opening[k]
        ):
            out.append("")
        out.append(line)
    return out


def _one_title(titles: list[int | None], k: int) -> bool:
    """Is line `k` a later line of the title drawn twice that the line above belongs to? A
    title's lines stay together, however wide each is."""
    return titles[k] is not None and titles[k] == titles[k - 1]


def _signature_wraps(lines: list[str], k: int) -> bool:
    """Does line `k` close the signature in brackets that the line above opens after a text's
    end (`…修好了三座桥。（王平 李` / `红）`, or a line of its own: `（青溪县人民法` / `院 王平）`)?
    The text ends with it (it stays with its head as a line closing the bracket the line above
    left open does: `_goes_on_above`)."""
    above, here = lines[k - 1].strip(), lines[k].strip()
    opened = max(above.rfind("（"), above.rfind("("))
    if opened < 0 or opened < max(above.rfind("）"), above.rfind(")")):
        return False
    after_end = _text_ends(above[:opened]) if opened else k > 1 and _text_ends(lines[k - 2])
    return after_end and here.endswith(("）", ")")) and not re.search(r"[（(，。；：！？]", here)


def _last_character(lines: list[str], k: int, columns: list[float | None]) -> bool:
    """Is line `k` a single Chinese character that the line above, a column's line
    or a byline that ends no text, wrapped onto a line of its own (`…住院医师王` / `平`)? It
    ends that line's text, or its byline's last name: what follows in another column is another
    block. Not a character of a run set upright, one a line (`春` / `到` / `山`): a title."""
    if not _one_character(lines[k]):
        return False  # (a digit alone numbers a section)
    above = lines[k - 1]
    if _one_character(above) or (k + 1 < len(lines) and _one_character(lines[k + 1])):
        return False
    return not _text_ends(above) and (columns[k - 1] is not None or is_byline(above))


def _one_character(line: str) -> bool:
    """Is the line a single Chinese character?"""
    return re.fullmatch(r"[\u4e00-\u9fff]", line.strip()) is not None


def _lead_wraps(lines: list[str], k: int) -> bool:
    """Does line `k` complete a lead that the line above opens (`据新华社北京1月6` / `日电…`)?
    A lead's head reads on into its rest, whatever column its short first line seems to stand
    in. Not where line `k` opens a lead on its own (`公路修通` / `青溪讯（记者…`): the line above,
    read on into it as a newsroom's name, is a title over the lead."""
    head = lines[k - 1].replace(" ", "")
    # A dated lead (`据新华社北京1月6日电`) is whole with its `电` only, whatever opens it.
    whole = _DATED_LEAD if _DATED_LEAD.match(_lead_head(lines, k - 1)) else _LEAD
    return (
        _opens_lead(lines, k - 1)
        and not whole.match(head)
        and not _LEAD.match(lines[k].replace(" ", ""))
    )


def _heads_text(lines: list[str], k: int, titled: list[bool]) -> bool:
    """Does line `k` head a text: a title begun under a text's end, or a dash subtitle
    (`——记…`)?"""
    return titled[k] or lines[k].strip().startswith(_DASHES)


def _opens_text(
    lines: list[str], k: int, widths: list[float], columns: list[float | None], titled: bool
) -> bool:
    """Does line `k`, under a title (`titled`: one begun under a text's end), open its text: a
    lead, or a paragraph's first line set in from its column, running text (punctuated within
    its first two lines; a title's wrapped rest, set in from a title's short lines, holds
    none)? Under a title, the column may be one a line or two further down: the first lines,
    one of them run on from another column in the PDF's order, may stand in none."""
    if _opens_lead(lines, k):
        return True
    around = columns[k : k + 3] if titled else columns[k : k + 1]
    return any(column is not None and _set_in(widths[k], column) for column in around) and bool(
        _CLAUSE.search("".join(lines[k : k + 2]))
    )


def _opens_wider_column(
    lines: list[str], k: int, widths: list[float], columns: list[float | None]
) -> bool:
    """Does line `k`, under a paragraph's short last line (a sentence's end, a character or more
    narrower than its column: a full line is justified to the edge), open a paragraph of the
    column under it, a character wider or more than the one it was read into: set in from the
    wider column, and too wide for a paragraph's first line of its own (`_OWN_INDENT`)? Two
    columns that differ by a character read as one by their widths, and the first line at the
    change as one of the narrower column's."""
    if not 0 < k < len(lines) - 1 or not ends_sentence(lines[k - 1]):
        return False
    column, below = columns[k], columns[k + 1]
    if column is None or below is None or columns[k - 1] != column:
        return False
    return (
        below - column >= _SAME_WIDTH
        and _set_in(widths[k], below)
        and column - widths[k] < _OWN_INDENT
        and widths[k - 1] <= column - _SAME_WIDTH
    )


def _drawn_once(lines: list[str]) -> tuple[list[str], list[int | None], list[int]]:
    """The lines with each title drawn twice (a bold face printed over itself, which the PDF's
    order gives as a run of lines and the same run again) kept once, for each line the title
    it belongs to (its first line's place), None for a line drawn once, and where in `lines`
    each comes from. The second copy's last line may share its row with what follows, set
    apart by a gap (`题目 下一题目`): that rest stays."""
    lines = list(lines)
    out: list[str] = []
    titles: list[int | None] = []
    origins: list[int] = []
    k = 0
    while k < len(lines):
        size = _twice(lines, k)
        if not size:
            out.append(lines[k])
            titles.append(None)
            origins.append(k)
            k += 1
            continue
        start = len(out)
        out.extend(lines[k : k + size])
        titles.extend([start] * size)
        origins.extend(range(k, k + size))
        last = lines[k + 2 * size - 1].strip()
        rest = last[len(lines[k + size - 1].strip()) :].strip()
        k += 2 * size
        if rest:
            k -= 1
            lines[k] = rest
    return out, titles, origins


def _twice(lines: list[str], k: int) -> int:
    """How many lines the run that starts at line `k` and is printed again right after it
    holds (0 for none): the copy's last line may go on past a gap."""
    for size in range(1, _TWICE_LINES + 1):
        if k + 2 * size > len(lines):
            break
        first = [line.strip() for line in lines[k : k + size]]
        again = [line.strip() for line in lines[k + size : k + 2 * size]]
        if again[:-1] == first[:-1] and (
            again[-1] == first[-1] or again[-1].startswith(first[-1] + " ")
        ):
            return size
    return 0


def _inked_width(line: str) -> float:
    """How many Chinese characters wide a line prints, its spaces left out: an ASCII letter,
    digit or mark half one, all else a whole one (Chinese quotes and marks too, which
    `lines.line_width` counts half: it measures titles, where they are few; in a column's
    lines they are many, and set as wide as the characters)."""
    return sum(0.5 if c.isascii() else 1.0 for c in line if not c.isspace())


# A font may set a quote mark half a character wide (another font in one page, a whole one).
_QUOTES = ("“", "”", "‘", "’")


def _widths(lines: list[str]) -> list[float]:
    """How wide each line prints: its ink (`_inked_width`), but a line spaced out between its
    characters (`_is_justified`: justified to its column's edge, a space a part of a character
    the extraction cannot tell) as wide as the commonest width of the lines around it
    (`_AROUND` each way, themselves not spaced out) that it may stretch to: no narrower than its
    ink, no wider than a character a space more (the wider of two as common); and a line with
    quote marks as its column's, where its own is out of it (`_quotes_set_half`)."""
    inked = [_inked_width(line) for line in lines]
    spaced = [_is_justified(line) for line in lines]
    widths = list(inked)
    for k, line in enumerate(lines):
        if not spaced[k]:
            widths[k] = _quotes_set_half(lines, k, inked, spaced)
            continue
        stretch = inked[k] + line.strip().count(" ")
        common = _commonest_around(
            inked,
            k,
            lambda j, low=inked[k], high=stretch: not spaced[j] and low <= inked[j] <= high,
        )
        if common is not None:
            widths[k] = common
    return widths


def _commonest_around(inked: list[float], k: int, counts: Callable[[int], bool]) -> float | None:
    """The commonest width among the lines `_AROUND` each way of line `k` that `counts` admits,
    the wider of two as common; None where it admits none."""
    near = [
        inked[j] for j in range(max(0, k - _AROUND), min(len(inked), k + _AROUND + 1)) if counts(j)
    ]
    return max(near, key=lambda width: (near.count(width), width)) if near else None


def _quotes_set_half(lines: list[str], k: int, inked: list[float], spaced: list[bool]) -> float:
    """How wide line `k` prints where it has quote marks: the commonest width of the lines
    around it (`_AROUND` each way, neither spaced out nor quoting, the wider of two as common)
    where its ink is wider than that by more than a mark (`_SAME_WIDTH`: out of the column)
    and its quotes set half a character wide each make up the difference, else its ink. A
    font may set quotes so, and a line of its column then inks wider than its neighbours."""
    quotes = sum(lines[k].count(quote) for quote in _QUOTES)
    if not quotes:
        return inked[k]
    common = _commonest_around(
        inked,
        k,
        lambda j: j != k and not spaced[j] and not any(quote in lines[j] for quote in _QUOTES),
    )
    if common is None:
        return inked[k]
    if inked[k] - quotes / 2 <= common < inked[k] - _SAME_WIDTH:
        return common
    return inked[k]


def _same_column(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= _SAME_WIDTH


def _columns(widths: list[float], lines: list[str]) -> list[float | None]:
    """The width of the column each line stands in, None for a line in none: runs of
    `_COLUMN_LINES` lines or more as wide as each other (but a run's first line that ends the
    paragraph of the column above, `_ends_paragraph_above`, goes in that column, and the run's
    other lines in theirs however few), then the lines that open a paragraph (set in, over the
    column) and end one (no wider, ending a sentence) around them."""
    columns: list[float | None] = [None] * len(widths)
    for start, end in _runs(widths):
        if end - start < _COLUMN_LINES:
            continue
        if _ends_paragraph_above(start, widths, lines, columns):
            columns[start] = columns[start - 1]
            start += 1
        columns[start:end] = [statistics.median(widths[start:end])] * (end - start)
    changed = True
    while changed:
        changed = False
        for k in range(len(widths)):
            if columns[k] is None:
                columns[k] = _column_around(k, widths, lines, columns)
                changed = changed or columns[k] is not None
    return columns


def _runs(widths: list[float]) -> list[tuple[int, int]]:
    """The runs of lines as wide as each other (within `_SAME_WIDTH`), as (start, end)."""
    runs = []
    start = 0
    low = high = widths[0] if widths else 0.0
    for end in range(1, len(widths) + 1):
        if end < len(widths):
            low, high = min(low, widths[end]), max(high, widths[end])
            if high - low <= _SAME_WIDTH:
                continue
        runs.append((start, end))
        start = end
        if end < len(widths):
            low = high = widths[end]
    return runs


def _ends_paragraph_above(
    k: int, widths: list[float], lines: list[str], columns: list[float | None]
) -> bool:
    """Does line `k`, the first of a run of lines as wide as each other, end the paragraph of
    the column above it: under a line of that column that leaves its sentence open, no wider
    than the column, ending a text (`_text_ends`)? A paragraph's short last line may be as
    wide as a title and the lines under it (another column's, or a title's), but it goes on
    from the line above."""
    above = columns[k - 1] if k else None
    return (
        above is not None
        and not _text_ends(lines[k - 1])
        and widths[k] <= above + _SAME_WIDTH
        and _text_ends(lines[k])
    )


def _column_around(
    k: int, widths: list[float], lines: list[str], columns: list[float | None]
) -> float | None:
    """The column line `k` goes on, its neighbours' columns known so far: one it is as wide as,
    give or take a mark (`_SAME_WIDTH`; `_SLACK` between two lines of one column), one whose
    paragraph it ends (no wider, ending a sentence or a report: `_text_ends`; under its line,
    or over the next paragraph's first line, set in from it), or one whose paragraph it opens
    (set in `_INDENT` under a paragraph's end, or over the column's next line)."""
    width = widths[k]
    before = columns[k - 1] if k else None
    after = columns[k + 1] if k + 1 < len(widths) else None
    for column in (before, after):
        if column is not None and abs(width - column) <= _SAME_WIDTH:
            return column
    if before is not None and _same_column(before, after) and abs(width - before) <= _SLACK:
        return before  # a line in a column, set tighter or looser
    if before is not None and width <= before + _SAME_WIDTH and _paragraph_ends(lines, k):
        return before  # a paragraph's last line
    if before is not None and width <= before + _SAME_WIDTH and _goes_on_above(lines, k):
        return before  # a paragraph's last line, going on with the sentence above
    if before is not None and ends_sentence(lines[k - 1]) and _set_in(width, before):
        return before  # a paragraph's first line, under the last one's end
    if after is not None and _set_in(width, after):
        return after  # a paragraph's first line, over the column
    if (
        after is not None
        and width <= after + _SAME_WIDTH
        and _paragraph_ends(lines, k)
        and _set_in(widths[k + 1], after)
    ):
        return after  # a paragraph's last line, over the column's next paragraph
    return None


def _goes_on_above(lines: list[str], k: int) -> bool:
    """Does line `k` go on with the sentence the lines above left open: closing a quote or a
    bracket they opened (`…人称“故事` / `屋”`, `…（王平李` / `红）`), or completing the word the
    line above cut (`…方便读者学` / `习`)? It is their paragraph's last line, though it has no
    stop of its own: nothing set apart closes what a column opened, or ends its word."""
    above = []
    for line in reversed(lines[max(k - _OPEN_LINES, 0) : k]):
        if _text_ends(line):
            break
        above.insert(0, line)
    if not above:
        return False
    line = lines[k].strip()
    return _closes_left_open("".join(above), line) or joins_word(above[-1].strip(), line)


def _paragraph_ends(lines: list[str], k: int) -> bool:
    """Does a paragraph end with line `k`: a text's end (`_text_ends`), or a colon that leads
    into the next paragraph (`…公布如下：`) on a line that goes on from the line above (a line
    alone ending with one, under a sentence's end, is a label: `图片：`)?"""
    if _text_ends(lines[k]):
        return True
    return lines[k].rstrip().endswith(_LEADS_ON) and k > 0 and not _text_ends(lines[k - 1])


def _set_in(width: float, column: float) -> bool:
    """Is a line this wide a paragraph's first line in the column, set in by its indent?"""
    return _INDENT[0] <= column - width <= _INDENT[1]


def _text_ends(line: str) -> bool:
    """Does a text end with this line: a sentence's end, a report's sign-off (`…电）`, its
    bracket opened on a line above), or a caption's photo credit after its stop
    (`…。（王平摄）`)?"""
    return (
        ends_sentence(line)
        or line.rstrip().endswith(_SIGN_OFF_END)
        or bool(_CREDITED.search(line.rstrip()))
    )


def _title_after_text(
    lines: list[str], k: int, widths: list[float], columns: list[float | None]
) -> bool:
    """Does line `k`, under a text's end (`_text_ends`), begin a title: without punctuation,
    and in no column but no paragraph's first line set in over the line under it, or wider
    than the column it was read into, or over a lead, a byline or a subtitle (`_over_lead_or_name`),
    or as wide as the column over a paragraph's first line (`_over_paragraphs_opening`); with
    marks of its own (`_marked_title`), wider than its column or over a lead, a byline or a
    subtitle?
    Outside the columns a caption or a brief runs into the next title with no change of width
    to part them; a title has no punctuation, a text's line under a sentence's end most often
    has, and a paragraph's first line is set in, never wider than its column (a title may be as
    wide as the column within a mark, `_SAME_WIDTH`), and runs on into its text."""
    if k < 1 or not _text_ends(lines[k - 1]):
        return False
    if _asks_over_subtitle(lines, k, columns):
        return True
    wider = columns[k] is not None and _inked_width(lines[k]) > columns[k] + _WIDER
    if _CLAUSE.search(lines[k]):
        return _marked_title(lines, k) and (wider or _over_lead_or_name(lines, k, widths))
    if columns[k] is not None:
        return (
            wider
            or _over_lead_or_name(lines, k, widths)
            or _over_paragraphs_opening(lines, k, widths, columns)
        )
    last = k + 1 == len(lines)
    return last or not _set_in(_inked_width(lines[k]), _inked_width(lines[k + 1]))


def _asks_over_subtitle(lines: list[str], k: int, columns: list[float | None]) -> bool:
    """Is line `k` a headline that asks or exclaims (`春耕为何提早？`), one phrase, right over a
    dash subtitle that stands in no column (`——访县农技站站长`)? A text's one-line question may
    end so, but no line of a column goes on with a dash line wider than the column or set
    apart from it: a subtitle, under its headline."""
    line = lines[k].rstrip()
    if k + 1 == len(lines) or not line.endswith(("？", "！", "?", "!")):
        return False
    if _CLAUSE.search(line.rstrip("？！?!")) or not _is_dash_subtitle(lines[k + 1].strip()):
        return False
    return columns[k + 1] is None and _opens_text_under_subtitle(lines, k + 2)


def _opens_text_under_subtitle(lines: list[str], k: int) -> bool:
    """Does line `k`, under a dash line, open a text: a lead, a byline, or a line of text with
    its marks? A subtitle goes on into its report; a source or a signature under a text's last
    line (`——摘自《青溪文艺》`, `——一位老读者`) is followed by the next item's title, a
    line without punctuation."""
    if k >= len(lines):
        return False
    return _opens_lead(lines, k) or is_byline(lines[k]) or bool(_CLAUSE.search(lines[k]))


def _marked_title(lines: list[str], k: int) -> bool:
    """May line `k`, under a text's end, be a title with marks of its own (`县城：新添三座公园`,
    `路修好了，菜好卖了`): a line that leaves no clause open nor ends a sentence, with a line
    under it, and opening no lead itself? Such a line is a title where it stands over a lead,
    a byline or a subtitle, or prints wider than its column: a text's line over a lead goes on
    from the line above, no byline goes on from a paragraph's first line, and that line is set
    in."""
    if k + 1 == len(lines) or _text_ends(lines[k]) or _opens_lead(lines, k):
        return False
    return not lines[k].rstrip().endswith(tuple(_CLAUSE_END))


def _over_paragraphs_opening(
    lines: list[str], k: int, widths: list[float], columns: list[float | None]
) -> bool:
    """Does line `k` (without punctuation, under a text's end) fill its column over a
    paragraph's first line, set in, that goes on below: a title as wide as the column over the
    text it heads? A paragraph's own first line would be the one set in; no word runs on from
    the title into it."""
    below = k + 1
    column, under = columns[k], columns[below] if below < len(lines) else None
    if column is None or under is None:
        return False
    return (
        widths[k] > column - _INDENT[0]
        and _set_in(widths[below], under)
        and not _text_ends(lines[below])
        and not joins_word(lines[k], lines[below])
    )


def _over_lead_or_name(lines: list[str], k: int, widths: list[float]) -> bool:
    """Does line `k` (under a text's end) stand over a lead, a byline (a name alone, `_NAME`,
    or names after a role) or a dash subtitle, as a title does, however far it is set in? A
    paragraph's first line runs on into a line of its text; no byline goes on from one, nor a
    lead or a subtitle."""
    below = k + 1
    if below == len(lines) or _text_ends(lines[k]):
        return False
    name = widths[below] <= _NAME and not _CLAUSE.search(lines[below])
    if _opens_lead(lines, below) or lines[below].strip().startswith(_DASHES):
        return True
    return (name or is_byline(lines[below])) and not joins_word(lines[k], lines[below])


def _title_under_byline(lines: list[str], k: int, columns: list[float | None]) -> bool:
    """Does line `k` begin a title under a byline: without punctuation, in no column, over a
    lead? A byline goes on into its text, never into a title: a title under it heads another
    text, and the byline closes the title over it, drawn apart from its own text."""
    if k + 1 >= len(lines) or columns[k] is not None or _CLAUSE.search(lines[k]):
        return False
    return _opens_lead(lines, k + 1) and is_byline(lines[k - 1]) and not is_byline(lines[k])


def _another_title(lines: list[str], k: int, columns: list[float | None]) -> bool:
    """Does line `k` begin another title than the one that ends on the line above: the lines
    outside the columns and without punctuation, the two above it the last of a title wrapped
    over lines (the later no wider), and line `k` wider than the line above? A title wrapped
    over lines is no wider in its later lines than in its first."""
    if k < 2 or k + 1 == len(lines) or columns[k + 1] is not None:
        return False
    if not _wider_title_line(lines, k, columns, (k - 2, k - 1, k, k + 1)):
        return False
    if _inked_width(lines[k - 1]) > _inked_width(lines[k - 2]):
        return False
    return not _one_deck(lines, k, columns)


def _wider_title_line(
    lines: list[str], k: int, columns: list[float | None], around: tuple[int, ...]
) -> bool:
    """Is line `k` a title's line wider than the line above it, among the title lines
    `around` it: they all stand outside the columns, without punctuation, and line `k`, no dash
    subtitle, prints wider than the line above (by more than `_SAME_WIDTH`) and than a name?"""
    if any(columns[j] is not None or _CLAUSE.search(lines[j]) for j in around):
        return False
    if lines[k].strip().startswith(_DASHES):
        return False
    return _inked_width(lines[k]) > max(_inked_width(lines[k - 1]) + _SAME_WIDTH, _NAME)


def _title_over_title(
    lines: list[str], k: int, widths: list[float], titled: list[bool], columns: list[float | None]
) -> bool:
    """Does line `k` begin another title than the one line above it, begun under a text's end:
    both outside the columns, without punctuation and no byline, line `k` the wider and over a
    lead, a byline or a subtitle (`_over_lead_or_name`), and the line above no title of one
    deck with it (`_one_deck`)? The PDF's order may set a title after its own text, right over
    the next item's title; a headline over its subtitle names what the text under them tells."""
    if k + 1 == len(lines) or _title_begun_above(lines, k, titled, columns, 1) is None:
        return False
    if lines[k - 1].strip().startswith(_DASHES):
        return False
    return _over_lead_or_name(lines, k, widths) and not _one_deck(lines, k, columns, above=1)


def _title_begun_above(
    lines: list[str], k: int, titled: list[bool], columns: list[float | None], reach: int
) -> int | None:
    """The first line of the title over line `k` where `k` may begin another: the title begun
    under a text's end (`_title_after_text`) at most `reach` lines up, its lines and line `k`
    outside the columns, without punctuation and no byline, and line `k` wider than the line
    above it (`_wider_title_line`), as no later line of a title wrapped over lines is. None
    where there is no such title. A title signed under it heads the text that follows."""
    start = next((j for j in range(k - 1, max(k - 1 - reach, -1), -1) if titled[j]), None)
    if start is None or not _wider_title_line(lines, k, columns, tuple(range(start, k + 1))):
        return None
    return None if any(is_byline(lines[j]) for j in range(start, k + 1)) else start


# A title the PDF's order sets after its own text runs over this many lines at most.
_TITLE_AFTER_TEXT_LINES = 3
# How many word pairs of such a title its text above must hold (one may be chance), and what
# share of them at least: a title names what its text tells.
_OWN_TEXT_WORDS = 2
_OWN_TEXT_SHARE = 0.5


def _under_a_title_of_the_text_above(
    lines: list[str], k: int, titled: list[bool], columns: list[float | None]
) -> bool:
    """Does line `k` begin another title than the one over it, begun under a text's end,
    whose words that text holds (`_OWN_TEXT_WORDS`), and the text under them none
    (`_one_deck`)? The PDF's order may set a headline after its own text, right over the next
    item's title (`…新馆昨天正式开放。` / `新馆开` / `放` / `十二条乡村公路修通` / `县交通局…`):
    both outside the columns and without punctuation, line `k` the wider, as no later line of
    a title wrapped over lines is. A kicker or a headline over its subtitle names what the text
    under them tells, not the text above."""
    start = _title_begun_above(lines, k, titled, columns, _TITLE_AFTER_TEXT_LINES)
    if start is None or not _CHINESE_PAIR.search(lines[k]):
        return False  # a row of numbers is a table's
    above = "".join(lines[max(start - _DECK_TEXT, 0) : start])
    title = _bigrams("".join(lines[start:k]))
    own = title & _bigrams(above)
    if len(own) < max(_OWN_TEXT_WORDS, _OWN_TEXT_SHARE * len(title)):
        return False
    headline = _bigrams(_headline_over_text(lines, start, titled, columns))
    return not _one_deck(lines, k, columns, above=k - start) and (
        len(title & headline) < _OWN_TEXT_WORDS
    )


def _headline_over_text(
    lines: list[str], end: int, titled: list[bool], columns: list[float | None]
) -> str:
    """The title over the start of the text that ends over line `end`: the title begun after an
    earlier text's end that the text runs on from, or the title over its lead (or none), looked
    for no further up than a deck's text runs (`_DECK_TEXT`), so that no title of an item
    further up, over a text of its own, is taken for it. A text has one headline: where the one
    over its start names the words of a title set after the text (`_OWN_TEXT_WORDS`, as many
    as make a title that text's own), that title is no headline of its own but the next item's
    kicker, on the same topic (`县图书馆新馆开放` / `…` / `新馆开放以后` / `周末的孩子们…`)."""
    for j in range(end - 1, max(end - 1 - _DECK_TEXT, -1), -1):
        if titled[j]:
            return "".join(_title_lines(lines, j, columns, 1))
        if _opens_lead(lines, j):
            return "".join(_title_lines(lines, j - 1, columns, -1))
    return ""


def _title_lines(lines: list[str], j: int, columns: list[float | None], step: int) -> list[str]:
    """The lines of the title wrapped from line `j` on, down (`step` 1) or up (-1): lines out of
    the columns, without punctuation, `_TITLE_AFTER_TEXT_LINES` at most. A title wrapped over
    lines names its topic in all of them."""
    out: list[str] = []
    while 0 <= j < len(lines) and len(out) < _TITLE_AFTER_TEXT_LINES:
        if columns[j] is not None or _CLAUSE.search(lines[j]):
            break
        out.append(lines[j])
        j += step
    return out if step > 0 else out[::-1]


def _one_deck(lines: list[str], k: int, columns: list[float | None], above: int = 2) -> bool:
    """Do the title that ends on the line above line `k` (its last `above` lines) and the
    title that begins at `k` stand in one deck over the text that follows them: do the upper
    title's words come back in the first lines (`_DECK_TEXT`) of the next column? A kicker or
    a headline over a subtitle names what its text tells; another item's title, set over the
    next one's, shares none of that text's words."""
    start = next((j for j in range(k + 1, len(lines)) if columns[j] is not None), None)
    if start is None:
        return False
    text = "".join(lines[start : start + _DECK_TEXT])
    return bool(_bigrams("".join(lines[k - above : k])) & _bigrams(text))
