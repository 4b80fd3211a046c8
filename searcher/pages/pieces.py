"""Pieces: the runs of body lines of a block, and what their ends and starts show."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import statistics
from dataclasses import dataclass, field

from .bylines import (
    _DATED_LEAD,
    _NUMBER,
    _ROLE,
    _credit_start,
    _lead_head,
    _opens_lead,
    _pictures_first,
    _reader_names,
    _tagged_credit,
    is_byline,
    split_names,
)
from .columns import _fills, _fills_before, _printed_width
from .jumps import _JUMP_FROM, jump_from, jump_to
from .lines import (
    _CLAUSE_END,
    _CLOSERS,
    _SUBTITLE_MARK,
    SENTENCE_END,
    _is_justified,
    _squeeze,
    ends_sentence,
    join_lines,
    line_width,
)
from .units import (
    _SPEAKER,
    BYLINE,
    CREDIT,
    TEXT,
    TITLE,
    _is_lead_in,
    _is_table,
    _opens_bracket,
    _Unit,
)
from .words import joins_word


@dataclass
class _Piece:
    """A run of body lines of one block: a piece of one column of one article. (What it
    shows is worked out once, on first use, when its lines and credit are settled.)"""

    lines: list[str]
    width: float
    unit: int  # the index of its unit
    block: int
    after_title: float = 0.0  # how surely a headline stands right before it (0 to 1)
    title_beside: bool = False  # is that headline set beside the text (`_title_beside`)?
    offset: int = 0  # the line of its unit it begins at
    bylines: list[str] = field(default_factory=list)  # bylines set right above it
    signed: list[str] = field(default_factory=list)  # bylines under it, the page's last units
    credit: list[str] = field(default_factory=list)  # the photo credit that ends it
    credit_unit: int | None = None  # the unit of that credit, when it stands on its own
    verse: bool = False  # a stanza of a poem, one paragraph however its lines end

    @functools.cached_property
    def text(self) -> str:
        return join_lines(self.lines)

    @functools.cached_property
    def lead(self) -> bool:
        """Does it open with a lead, or with a jump line (`（上接第1版）`): an article's opening
        either way, no text goes on into it? A dated lead's head cut short at its block's end
        (`lead_head`) is one too."""
        return (
            _opens_lead(self.lines, 0)
            or self.lead_head
            or jump_from(_lead_head(self.lines, 0)) is not None
        )

    @functools.cached_property
    def lead_head(self) -> bool:
        """Is it a dated lead's head alone (`本报东京3月4`), cut short at its block's end, the
        lead going on in another block?"""
        return len(self.lines) == 1 and bool(_LEAD_HEAD.fullmatch(_squeeze(self.lines[0])))

    @functools.cached_property
    def note(self) -> bool:
        """Does it open with an editor's note (`编者按：`), which opens its article?"""
        return _opens_note(self.lines[0])

    @functools.cached_property
    def widest(self) -> float:
        """The width of its widest line."""
        return max(line_width(line) for line in self.lines)

    @functools.cached_property
    def table(self) -> bool:
        """Is it a table's rows (`城关镇 268分`), a row a paragraph?"""
        return self.verse and _is_table(self.lines)

    @functools.cached_property
    def dated(self) -> bool:
        """Does it open with a lead that gives a place and a date (`新华社杭州3月5日电`)?"""
        return self.lead and bool(_DATED_LEAD.match(_lead_head(self.lines, 0)))

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
        if self.verse:
            return False  # a stanza ends with its block, however its last line ends
        if self.lead_head:
            return True  # its lead goes on
        if _JUMP_FROM.fullmatch(_squeeze(self.text)):
            return True  # a jump line alone (`（上接第1版）`): its article goes on below it
        if self.credit or ends_sentence(last) or _SIGNED_END.search(_squeeze(last)):
            return False
        if jump_to(_squeeze(last)) is not None:
            return False  # it goes on on another page (`…安全，（下转第2版）`)
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
        """May its first line begin a paragraph (a lead, an indented line, an interview's turn
        of one line: `问：…？`)?

        A line pdftotext spaced out (`1997 年 12 月 18 日，湖南`) may or may not be indented; a
        turn of one line may fill the column but for its indent, its mark hanging at the edge
        (`问：下一步有什么打算？`), and so may a quoted sentence of one line (`“…。”`).
        """
        first = self.lines[0]
        return (
            self.verse
            or self.lead
            or _is_justified(first)
            or not self.first_fills
            or (len(self.lines) == 1 and ends_sentence(first) and bool(_TURN.match(first)))
            or _quoted_sentence(first)
        )

    @functools.cached_property
    def begins_mid(self) -> bool:
        """May its first line go on with a paragraph begun elsewhere (a full line, or the one
        line of a piece that ends a sentence: a paragraph's last)?"""
        first = self.lines[0]
        last_only = len(self.lines) == 1 and ends_sentence(first)
        if self.verse or self.lead:
            return False  # a stanza begins with its block
        return _is_justified(first) or self.first_fills or last_only

    @functools.cached_property
    def first_fills(self) -> bool:
        """Does its first line reach the column's edge (`_fills_before` the line after it)?"""
        after = self.lines[1] if len(self.lines) > 1 else ""
        return _fills_before(self.lines[0], after, self.width)

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


# An interview's turn: a question (`问：`, `记者：`) or its answer (`答：`).
_TURN = re.compile(rf"{_SPEAKER.pattern}|^\s*答\s*[：:]")
# An editor's note's mark at the head of a line (`编者按：`, `编者按 `, `【编者按】`, `编者的话：`):
# the note stands under or beside its headline, before the article's text, and opens the
# article. (An afterword, `编后`, ends its article instead.)
_NOTE_MARK = re.compile(r"(?:编者(?:按|的话)(?:[：:]|\s)|[【〔\[（(]编者(?:按|的话)[】〕\]）)])")


def _quoted_sentence(line: str) -> bool:
    """Is the line a quoted sentence of its own (`“大家天天盼着书车来。”`), which may begin a
    paragraph however wide: its opening quote set in half an em, its stop and closing quote
    hanging at the column's edge?"""
    line = line.strip()
    return (
        line.startswith("“") and line.endswith("”") and ends_sentence(line) and not _left_open(line)
    )


def _opens_note(line: str) -> bool:
    """Does the line open with an editor's note's mark?"""
    return bool(_NOTE_MARK.match(line.strip()))


# A dated lead's head without the `电` or `讯` that ends it (`本报东京3月4`, `新华社北京1月`).
_LEAD_HEAD = re.compile(
    r"(?:据?新华社|本报|中新社)[^\s，。：:（(]{0,10}?" + _NUMBER + r"月(?:" + _NUMBER + r"日?)?"
)
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


def _pieces(units: list[_Unit], widths: list[float], printed: bool) -> list[_Piece]:
    """The text units cut into pieces: a lead inside a block opens a new piece (after a line
    that ends a sentence, or a dated one after a full line: `_report_runs_in`), so does an
    editor's note after a line that ends a sentence (`_note_runs_in`), and a dated lead's head
    that ends the block (`_lead_head_ends`), and a byline read into the block's text after a
    sentence's end (`_byline_amid`: the piece it opens takes it); a photo credit closes one,
    and so does a column run on into a narrower or wider one below it (`_column_change`).
    Bylines standing alone go with the piece after them, credits with the one before (but a
    tagged credit over a caption on a page that prints such tags over captions: `_credit_over`);
    bylines no text follows sign the text above them, where its last sentence goes on nowhere
    else and no credit closes it (a photo item is signed by its credit).
    """
    pieces: list[_Piece] = []
    pending: list[str] = []  # bylines waiting for their text
    over: list[str] = []  # a credit printed over the caption under it
    credits_over = False  # does the page print the photographer's tag over a caption?
    for unit in units:
        before = units[unit.index - 1] if unit.index else None
        if unit.kind == CREDIT and credits_over and _credit_over(units, unit):
            over = unit.lines
            continue
        if unit.kind == CREDIT:
            # A credit in a block of its own closes the caption just before it, if that ends
            # and, in a block pdftotext parted (`printed`), runs no longer than a caption does
            # (`_CAPTION_LINES`: a longer one is an article's column, its photo printed amid
            # it; blocks told again from line widths hold a photo report's text whole). One
            # right under a title is left for the article that takes the title.
            last = pieces[-1] if pieces else None
            under_title = before is not None and before.kind == TITLE
            if (
                last
                and not last.credit
                and (
                    last.block == unit.block
                    or (
                        not last.ends_open
                        and not under_title
                        and (len(last.lines) < _CAPTION_LINES or not printed)
                    )
                )
            ):
                last.credit, last.credit_unit = unit.lines, unit.index
            continue
        if unit.kind == BYLINE and _signs_text_above(units, unit.index, pieces):
            pieces[-1].signed.append(unit.text)
            continue
        if unit.kind == BYLINE and not _signs_title(units, unit.index):
            if not _over_signed_title(units, unit.index):  # (else another article's)
                pending.append(unit.text)
            continue
        if unit.kind != TEXT:
            continue
        width = _verse_width(units, unit.index, widths) if unit.verse else widths[unit.block]
        change = _column_change(unit.lines)
        start = 0
        amid: list[str] = []  # a byline set amid the block's text, over the piece it opens
        for i in range(len(unit.lines) + 1):
            signs_below = start < i and _byline_amid(unit.lines, i, width)
            cut = i == len(unit.lines) or (
                i > start
                and _opens_lead(unit.lines, i)
                and (
                    ends_sentence(unit.lines[i - 1])
                    or _report_runs_in(unit.lines, i, widths[unit.block])
                )
            )
            if start < i < len(unit.lines) and (
                _note_runs_in(unit.lines, i) or jump_from(_squeeze(unit.lines[i])) is not None
            ):
                cut = True  # an editor's note, or a continuation's jump line (`（上接第1版）`)
            if start < i and _lead_head_ends(unit.lines, i):
                cut = True
            if change and i == change[0]:
                cut = True
            if signs_below:
                cut = True
            if not cut:
                continue
            if change:
                width = change[1] if start < change[0] else change[2]
            piece = _Piece(
                unit.lines[start:i], width, unit.index, unit.block, offset=start, verse=unit.verse
            )
            _take_credit(piece)
            if start == 0:
                piece.after_title = _title_before(units, unit.index)
                piece.title_beside = _title_beside(units, unit.index)
                credits_over = credits_over or any(_pictures_first(b) for b in pending)
                piece.bylines, pending = pending, []
                if over and not piece.credit:  # it heads its item, as a byline does
                    piece.credit, piece.credit_unit = over, unit.index - 1
                    piece.after_title = 1.0
                over = []
            elif amid:
                piece.bylines = amid
            pieces.append(piece)
            start, amid = i, []
            if signs_below:
                start, amid = i + 1, [unit.lines[i]]
    if pending and pieces and not pieces[-1].ends_open and not pieces[-1].credit:
        # Bylines no text follows sign the text above them; a photo item is signed by its credit.
        pieces[-1].signed = pending
    return pieces


def _byline_amid(lines: list[str], k: int, width: float) -> bool:
    """Is line `k` of a block a byline set amid its text (`…很好走。` / `王平 李红` / `山村的…`):
    a short line that reads as a byline, right after a sentence's end, with text under it in the
    block? pdftotext read a column's byline into the text over it: the byline opens the text
    under it (another article's, or a section of the same one, as the links tell). Not names
    set solid (`王平李红张强`): those sign a letter over them, as its writers do."""
    if not 0 < k < len(lines) - 1:
        return False
    line = lines[k].strip()
    return (
        ends_sentence(lines[k - 1])
        and not _fills(line, width)
        and is_byline(line)
        and not (" " not in line and len(split_names(line) or []) > 1)
    )


def _credit_over(units: list[_Unit], unit: _Unit) -> bool:
    """Does the credit `unit` stand over the caption under it (`图｜王平` in a block of its own,
    between two texts)? So it does on a page that prints the photographer's tag over its
    captions, as a byline (`图｜李红 文｜王平`): a credit of that form goes with the text under it,
    not the one above."""
    after = units[unit.index + 1] if unit.index + 1 < len(units) else None
    before = units[unit.index - 1] if unit.index else None
    return (
        _tagged_credit(unit.text)
        and after is not None
        and after.kind == TEXT
        and after.block != unit.block
        and (before is None or before.block != unit.block)
    )


def _report_runs_in(lines: list[str], k: int, width: float) -> bool:
    """Does a report's dated lead (`新华社马尼拉1月4日电`) open line `k` right after a full line
    of running text that ends no sentence? pdftotext ran one article's column on into the next
    column below it, where another report begins: no sentence runs on into a lead. A sentence
    that quotes a report does (`…据` / `新华社北京3月4日电，今年…`): its lead is read on with a
    comma, as no report's own lead is."""
    head = _lead_head(lines, k)
    lead = _DATED_LEAD.match(head)
    if not lead:
        return False
    after = head[lead.end() : lead.end() + 1]  # (nothing where the block ends with the lead)
    if after and after in _QUOTED_LEAD:
        return False
    return _fills(lines[k - 1], width) and not _squeeze(lines[k - 1]).endswith("据")


_QUOTED_LEAD = "，,、"  # a lead read on with one of these is a sentence's, quoting a report


def _lead_head_ends(lines: list[str], k: int) -> bool:
    """Is line `k` a dated lead's head that ends the block (`…农资供应` / `本报东京3月4`), its lead
    going on elsewhere (`日电…`)? pdftotext ran one article's column on into the first line of
    another's column, whose next line it read in a block of its own. (Not after `据`: a sentence
    that quotes a report runs on into its lead.)"""
    return (
        k == len(lines) - 1
        and bool(_LEAD_HEAD.fullmatch(_squeeze(lines[k])))
        and not (k and _squeeze(lines[k - 1]).endswith("据"))
    )


def _note_runs_in(lines: list[str], k: int) -> bool:
    """Does an editor's note (`编者按：`) open line `k` right after a sentence's end? pdftotext ran
    one article's column on into the next article's note: a note opens its article."""
    return _opens_note(lines[k]) and ends_sentence(lines[k - 1])


def _verse_width(units: list[_Unit], index: int, widths: list[float]) -> float:
    """The column a stanza (unit `index`) is set in: the widest of its poem's stanzas, the run of
    verse units it stands in. A stanza's lines are as long as their phrases, none need fill the
    column: one stanza of short lines is no narrower column than the next."""
    start = end = index
    while start > 0 and units[start - 1].verse:
        start -= 1
    while end + 1 < len(units) and units[end + 1].verse:
        end += 1
    return max(widths[units[k].block] for k in range(start, end + 1))


def _signs_text_above(units: list[_Unit], index: int, pieces: list[_Piece]) -> bool:
    """Does byline unit `index`, a reader's signature (`城关镇 读者 刘桂兰`), sign the text right
    above it: a block of its own between a text whose last sentence ends and the next title?
    A reader signs a letter at its end; a reporter's byline in that place may as well be read
    before the title it stands under or beside."""
    k = index + 1
    while k < len(units) and units[k].kind == BYLINE:
        k += 1
    before = units[index - 1] if index else None
    last = pieces[-1] if pieces else None
    return (
        _reader_names(units[index].text, apart=False) is not None
        and k < len(units)
        and units[k].kind == TITLE
        and before is not None
        and before.kind == TEXT
        and before.block != units[index].block
        and units[k].block != units[index].block
        and last is not None
        and last.unit == before.index
        and not last.ends_open
        and not last.credit
    )


def _signs_title(units: list[_Unit], index: int) -> bool:
    """Is byline unit `index` a byline of the title above it: right under the title, or under
    another of its bylines? Not when that one is set in the title's block and this one is not:
    a title's bylines are printed with it, and a name a block further on (`县城新貌` / `王平` /
    blank / `李明`) signs the text under it."""
    k = index - 1
    while k >= 0 and units[k].kind == BYLINE:
        k -= 1
    if k < 0 or units[k].kind != TITLE:
        return False
    block = units[k].block
    closed = any(units[j].block == block for j in range(k + 1, index))
    return not closed or units[index].block == block


def _over_signed_title(units: list[_Unit], index: int) -> bool:
    """Is byline unit `index`, after some other unit, set right over a title that a byline of
    its own signs (`王平` / `县城新貌` / `李明` / `今年以来…`)? A title is signed once, by the
    byline under it: the byline over it is another article's, whose headline was read
    elsewhere. Not when both name their writers' roles (`新华社记者 王平` over `本报记者 李明`):
    reporters of several papers signing one report together, one byline read over the title.
    Nor at the top of the page, where no other article stands before it: a writer named over
    the headline, another under it."""
    if index == 0 or index + 1 >= len(units) or units[index + 1].kind != TITLE:
        return False
    own = [
        u
        for u in itertools.takewhile(lambda u: u.kind in (TITLE, BYLINE), units[index + 1 :])
        if u.kind == BYLINE and _signs_title(units, u.index)
    ]
    if not own:
        return False
    return not (_ROLE.search(units[index].text) and any(_ROLE.search(u.text) for u in own))


# A column run on into a narrower (or wider) one set below it, read as one block: the lines that
# run on fill the wider to within a character (where punctuation was squeezed), and never reach
# its edge in the narrower.
_CHANGE_SAMPLE = 6  # lines that run on, on each side of a change, to tell it
_CHANGE_MOST = 0.6  # the share of a column's lines that reach its edge
_CHANGE_NARROWEST = 6  # no column of text is narrower
_WIDENING_MOST = 0.8  # the share of a wider column's lines below a narrower that reach its edge
_PARAGRAPH_MAY_END = "：；:;"  # a list's lead-in and items end so
_EDGE_SLACK = 0.25  # a line that reaches its column's edge prints at most this much short
# Characters a font sets wider or narrower than they count: digits and Latin letters (of full
# width too), quotes, a middle dot.
_UNSURE_WIDTH = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ“”‘’·]")


def _column_change(lines: list[str]) -> tuple[int, float, float] | None:
    """Where the lines of a block change from one column's width to another's a character
    narrower, or else wider (`_widening`), or two wider under a paragraph's end
    (`_wider_paragraph`): (the first line of the lower column, the upper's width, the lower's).
    None when they keep one width.

    pdftotext runs a column on into the one set below it where no blank line parts them: the
    end of one article, then another's text, often mid-sentence on both sides. The lines that
    run on (`_runs_on`) of the upper column mostly reach its edge; those of the lower column
    mostly reach theirs, and never the wider edge. The narrower column begins right after the
    wider one's last full line (or after the short last line of its paragraph below that).
    """
    runs = [k for k in range(1, len(lines)) if _runs_on(lines[k - 1], lines[k])]
    widths = [_printed_width(lines[k]) for k in runs]
    best: tuple[float, int, int] | None = None
    for edge in sorted({round(w) for w in widths if w >= _CHANGE_NARROWEST}):
        for j in range(_CHANGE_SAMPLE, len(runs) - _CHANGE_SAMPLE + 1):
            wide, narrow = widths[:j], widths[j:]
            if (
                _share(narrow, edge) == 0
                and _share(narrow, edge - 1) >= _CHANGE_MOST
                and _share(wide, edge) >= _CHANGE_MOST
                and (best is None or _share(wide, edge) > best[0])
            ):
                best = (_share(wide, edge), edge, j)
    if best is None:
        return _widening(lines, runs, widths) or _wider_paragraph(lines, runs, widths)
    _, edge, j = best
    first = runs[j]
    full = next((k for k in range(first - 1, -1, -1) if _reaches(lines[k], edge)), first - 1)
    start = full + 1
    short = start + 1 < len(lines) and _printed_width(lines[start]) < edge - 2.5
    if short and ends_sentence(lines[start]):
        start += 1  # the wider column's paragraph ends there
    return start, edge, edge - 1


def _widening(
    lines: list[str], runs: list[int], widths: list[float]
) -> tuple[int, float, float] | None:
    """Where the lines of a block change from one column's width to another's a character
    wider (`_column_change`, the other way round). The lines that run on of the upper column
    never reach the wider edge and mostly reach theirs; from the first that reaches it, those
    of the lower column mostly do. The wider column begins at that line, or above it at the
    lines that may reach the wider edge as far as their widths tell (`_may_reach`: digits and
    quotes print wider or narrower), or at the line before where that one is an indented first
    line (short of both edges, ending no sentence). Where a word runs on across into that line,
    the wider column begins near it after all (`_wider_start`), or the lines are one column's."""
    best: tuple[float, int, int] | None = None
    for edge in sorted({round(w) for w in widths if w >= _CHANGE_NARROWEST + 1}):
        j = next((k for k, w in enumerate(widths) if w >= edge - _EDGE_SLACK), len(widths))
        if not _CHANGE_SAMPLE <= j <= len(runs) - _CHANGE_SAMPLE:
            continue
        narrow, wide = widths[:j], widths[j:]
        if (
            _share(narrow, edge - 1) >= _CHANGE_MOST
            and _share(wide, edge) >= _WIDENING_MOST
            and (best is None or _share(wide, edge) > best[0])
        ):
            best = (_share(wide, edge), edge, j)
    if best is None:
        return None
    _, edge, j = best
    start = runs[j]
    while start - 1 > runs[j - 1] and _may_reach(lines[start - 1], edge):
        start -= 1
    before = lines[start - 1]
    if start > 1 and _indented(before, edge) and not ends_sentence(before):
        start -= 1  # the wider column's indented first line
    if joins_word(lines[start - 1], lines[start]):
        moved = _wider_start(lines, start, edge)
        if moved is None:
            return None  # a word runs on across: one column's lines after all
        start = moved
    return start, edge - 1, edge


def _wider_paragraph(
    lines: list[str], runs: list[int], widths: list[float]
) -> tuple[int, float, float] | None:
    """Where a paragraph of one column ends and a column two characters wider begins under it
    with an indented first line (`_widening` looks for one a character wider). The paragraph's
    end and the indent for the wider edge tell the change from fewer lines: those that run on
    above it mostly reach the narrower edge (none a character past it), those below mostly the wider
    one. Of such ends, the last: a full line of the narrower column is as wide as the wider
    one's indented first line, and one ending a sentence can stand further up."""
    for k in range(len(lines) - 2, 0, -1):
        if not ends_sentence(lines[k - 1]):
            continue
        above = widths[: bisect.bisect_left(runs, k)]
        below = widths[bisect.bisect_right(runs, k) :]
        if min(len(above), len(below)) < _PARAGRAPH_SAMPLE:
            continue
        narrow = round(statistics.median(above))
        wide = narrow + 2
        if (
            narrow >= _CHANGE_NARROWEST
            and _share(above, narrow) >= _CHANGE_MOST
            and _share(above, wide - 1) == 0
            and _share(below, wide) >= _WIDENING_MOST
            and _indented(lines[k], wide)
        ):
            return k, narrow, wide
    return None


_PARAGRAPH_SAMPLE = 3  # lines that run on, on each side of a paragraph's end, to tell a change


def _indented(line: str, edge: int) -> bool:
    """Is the line a paragraph's indented first line in a column `edge` wide (two characters
    short of its edge)?"""
    return edge - 2 - _INDENT_SLACK <= _printed_width(line) <= edge - 2 + _INDENT_SLACK


def _wider_start(lines: list[str], start: int, edge: int) -> int | None:
    """Where the wider column begins after all, when a word runs on across the line it
    seemed to begin at: at an indented first line of the wider column right after a sentence's
    end, a line or two above (the line between stops a character short of the wider edge, where
    a word did not fit whole: `…周边地` / `区，…`); else at the line below, where it reaches the
    wider edge and no word runs on into it (the line above only seemed to reach that edge, its
    width unsure). None if neither."""
    for k in (start - 1, start - 2):
        if k > 0 and ends_sentence(lines[k - 1]) and _indented(lines[k], edge):
            return k
    below = start + 1
    if (
        below < len(lines)
        and _reaches(lines[below], edge)
        and not joins_word(lines[start], lines[below])
    ):
        return below
    return None


_INDENT_SLACK = 0.25  # how far from two characters short an indented first line may print
_UNSURE_SLACK = 1.25  # how far short of an edge a line of `_UNSURE_WIDTH` may still reach it


def _may_reach(line: str, edge: int) -> bool:
    """May the line reach a column edge `edge` wide, as far as its width can be told?"""
    slack = _UNSURE_SLACK if _UNSURE_WIDTH.search(line) else _EDGE_SLACK
    return _printed_width(line) >= edge - slack


def _runs_on(before: str, line: str) -> bool:
    """Is `line` one that runs on, as wide as its column: after a line that ends no paragraph
    (no stop, no colon or semicolon that may end a list's item), ending none, not spaced out,
    and with no character of unsure width?"""
    return not any(
        ends_sentence(x) or x[-1] in _PARAGRAPH_MAY_END for x in (before, line)
    ) and not (_is_justified(line) or _UNSURE_WIDTH.search(line))


def _share(widths: list[float], edge: int) -> float:
    """The share of `widths` that reach a column edge `edge` wide."""
    return sum(w >= edge - _EDGE_SLACK for w in widths) / len(widths)


def _reaches(line: str, edge: int) -> bool:
    """Does the line reach a column edge `edge` wide?"""
    return _printed_width(line) >= edge - _EDGE_SLACK


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


# The most characters a line of a headline set beside its text holds: broken into short lines,
# it stands in a narrow column of its own (`山村来` / `了好医` / `生`, `巧手绣新颜` / `添光彩`).
_BESIDE_LINE = 5


def _title_beside(units: list[_Unit], index: int) -> bool:
    """Is the headline right before unit `index` (past its subtitle and bylines) set beside
    its text: its first two lines at least hold `_BESIDE_LINE` characters or fewer each? A
    headline over its text's columns runs across them in one line or two long ones; one broken
    into short lines stands in a column of its own, beside the columns of its text (to their
    right, or in a box amid them), and pdftotext reads it after those it stands beside."""
    k = index - 1
    while k >= 0 and (
        units[k].kind == BYLINE
        or (units[k].kind == TITLE and units[k].lines[0].startswith(_SUBTITLE_MARK))
    ):
        k -= 1
    if k < 0 or units[k].kind != TITLE:
        return False
    short = itertools.takewhile(lambda line: line_width(line) <= _BESIDE_LINE, units[k].lines)
    return len(list(short)) >= 2


def _take_credit(piece: _Piece) -> None:
    """A photo credit at the end of a piece's last line (`…第三届。 记者 姚雪 刘王超 摄`).

    Set solid after the stop at the end of a full line, it may as well be the first words of
    the next sentence, run on at the next column (`…。新华社发` / `布的数据…`, `…。记者王平摄` /
    `下了这一幕`): a credit is set apart by a space or ends the line short of the edge."""
    last = piece.lines[-1]
    start = _credit_start(last)
    before = last[:start].rstrip() if start else ""
    if start and not last[start - 1].isspace() and _fills(last, piece.width):
        return
    if start and before and (ends_sentence(before) or before.endswith(("）", ")"))):
        piece.lines[-1] = before
        piece.credit = [last[start:].strip()]


def _page_indents(pieces: list[_Piece]) -> bool:
    """Are paragraphs set with an indented first line? (Then a piece's first line tells
    whether it begins a paragraph.) Judged from the lines that follow a line clearly short of
    the column edge with a stop: a paragraph's last line. A page whose texts are each one line
    (its paragraphs not broken into column lines) shows no indent."""
    if all(len(piece.lines) <= 1 for piece in pieces):
        return False
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


_CAPTION_LINES = 12  # a caption runs a few lines under its photo; a column this long is text
_CAPTION_CHARS = 400  # a photo caption runs a few sentences, never this long
