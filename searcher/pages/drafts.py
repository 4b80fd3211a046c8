"""Drafts: a chain of pieces read as an article's paragraphs, lead and photo items."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .bylines import _credit_start, _pictures_first
from .columns import _fills
from .lines import (
    _CLAUSE,
    _CLAUSE_END,
    _DASHES,
    _END_MARK,
    _NUMBERED,
    SENTENCE_END,
    _squeeze,
    ends_sentence,
    join_lines,
    line_width,
)
from .pieces import _CAPTION_CHARS, _Piece
from .units import _SIGNED_ON, _ends_text
from .words import joins_word

# A decimal number that opens a line (`3.5万亩茶园…`) numbers no section.
_DECIMAL = re.compile(r"\d+[.．]\d")
# An article's end mark right after its last sentence (`…制茶。（完）`, `lines._END_MARK`).
_END_MARK_AFTER = re.compile(rf"(?<=[。！？!?”’』」])\s*{_END_MARK}\s*$")


class _Intertitle(NamedTuple):
    """A heading set between two pieces of an article, with its writer's bylines where it
    heads a section by another writer."""

    title: str
    bylines: tuple[str, ...] = ()


@dataclass
class _Draft:
    """An article assembled from a chain of pieces."""

    pieces: list[_Piece]
    paragraphs: list[str] = field(default_factory=list)
    photo: bool = False
    credit: str = ""
    section_bylines: list[str] = field(default_factory=list)  # under its sections' headings
    rows: set[int] = field(default_factory=set)  # the paragraphs that are a table's rows
    sections: set[int] = field(default_factory=set)  # the pieces a signature of its own opens

    @property
    def bylines(self) -> list[str]:
        """The bylines over its pieces, under its sections' headings and under its text: all
        its writers."""
        return [b for p in self.pieces for b in (*p.bylines, *p.signed)] + self.section_bylines

    @property
    def signers(self) -> list[str]:
        """The bylines that sign the whole article, over its text and under it: not those that
        sign one of its sections (a symposium's writers, `本报记者 王平` over a report's second
        part), kept in its text where they are printed, as its paragraphs."""
        return [
            b
            for n, p in enumerate(self.pieces)
            for b in (*(() if n in self.sections else p.bylines), *p.signed)
        ]


def _paragraphs(lines: list[str], width: float) -> list[str]:
    """Split a run of text lines into paragraphs: a short line ending a sentence ends one, and
    a heading set in the text is one of its own (`送药上门` over an indented first line: a line
    that opens a paragraph, of two thirds of the column at most, with no punctuation, and no
    word running on from it into the next line; a numbered one, `_numbered_heading`, however
    wide), as is who signs a notice over the date it was signed on (`_signs_over_date`)."""
    paragraphs: list[list[str]] = [[]]
    for k, line in enumerate(lines):
        heading = (
            k + 1 < len(lines)
            and not paragraphs[-1]
            and not any(c in SENTENCE_END or c in _CLAUSE_END for c in line)
            and not joins_word(line, lines[k + 1])  # no word runs on into it
            and (
                # (the paragraph under it opens indented)
                (line_width(line) <= width * 2 / 3 and not _fills(lines[k + 1], width))
                or _numbered_heading(line, lines[k + 1], width)
            )
        )
        paragraphs[-1].append(line)
        # A letter-spaced line fills its column however few characters it has.
        if (
            heading
            or _signs_over_date(lines, k)
            or (ends_sentence(line) and not _fills(line, width))
        ):
            paragraphs.append([])
    return [join_lines(p, clean=False) for p in paragraphs if p]


def _numbered_heading(line: str, following: str, width: float) -> bool:
    """Is `line`, opening a paragraph without punctuation, a section's numbered heading set
    solid over its text (`（一）合理安排作息时间` / `夏季昼长夜短，…`)? So it is where it stops
    short of the column's edge (a paragraph that ends on its first line without a stop: the
    text under it may open with a mark hanging at the edge, as wide as a full line), or fills
    its line over an indented one (a heading as wide as the column); a numbered paragraph whose
    text runs on fills its line over a full one. A decimal number (`3.5万亩`) is no number of a
    section."""
    numbered = _NUMBERED.match(line.strip()) and not _DECIMAL.match(line.strip())
    return bool(numbered) and not (_fills(line, width) and _fills(following, width))


def _signs_over_date(lines: list[str], k: int) -> bool:
    """Is line `k` who signs a notice or a letter, over the full date it was signed on that ends
    the run (`县某某委员会` / `2024年5月19日`)? A line of its own, without punctuation, that
    opens the run or follows a sentence's end: the signer and the date are two lines, as
    printed, not one sentence."""
    return (
        k + 2 == len(lines)
        and bool(_SIGNED_ON.fullmatch(lines[k + 1]))
        and not _CLAUSE.search(lines[k])
        and (k == 0 or ends_sentence(lines[k - 1]))
    )


# What ends an introduction that leads into the report under it (`…都来找他看病———`).
_LEADING_DASH = re.compile(f"(?:{'|'.join(map(re.escape, _DASHES))})[—－-]*$")


def _section_signed_after(before: _Piece, piece: _Piece) -> bool:
    """Does the signature over `piece` sign a section of the text, after the piece `before` it,
    rather than cut a sentence at the column's edge (pdftotext slipped it in from beside)? So it
    does where the text before it ends, or ends with a dash that leads into what follows, over a
    piece that opens a paragraph of its own (`…都来找他看病———` / `本报记者 王平` / `清晨六
    点，…`, set in): no sentence runs on across it."""
    if not before.ends_open:
        return True
    return bool(_LEADING_DASH.search(before.lines[-1].rstrip())) and piece.begins_paragraph


def _draft(pieces: list[_Piece], intertitles: dict[int, _Intertitle] | None = None) -> _Draft:
    """The paragraphs of a chain of pieces; a credit (its own line, or ending the last line:
    `…第三届。 记者 姚雪 刘王超 摄`) makes it a photo item, unless a credit on its own line
    follows a text too long for a caption (the extraction read it on from a photo item set
    beside the text). `intertitles` are paragraphs of their own to set before the pieces of
    those units."""
    draft = _Draft(pieces)
    open_sentence = False
    headed: set[int] = set()  # a unit's intertitle is set once, before its first piece read
    for number, piece in enumerate(pieces):
        if intertitles and piece.unit in intertitles and piece.unit not in headed:
            headed.add(piece.unit)
            heading = intertitles[piece.unit]
            draft.paragraphs.append(heading.title)
            draft.paragraphs.extend(join_lines([b]) for b in heading.bylines)
            draft.section_bylines.extend(heading.bylines)
            open_sentence = False  # an intertitle is a paragraph of its own
        if number and piece.signs_section and _section_signed_after(pieces[number - 1], piece):
            # A section's signature stays where it is printed, a paragraph of its own. (One
            # that cuts a sentence at the column edge signs no section: pdftotext slipped it
            # in from beside.)
            draft.paragraphs.extend(join_lines([b]) for b in piece.bylines)
            draft.sections.add(number)
            open_sentence = False
        if piece.table:  # a table: a row a paragraph, its cells a space apart
            for row in piece.lines:
                draft.rows.add(len(draft.paragraphs))
                draft.paragraphs.append(" ".join(row.split()))
            open_sentence = False
            continue
        if piece.verse:  # a stanza: a paragraph of its own, its lines phrases
            draft.paragraphs.append(join_lines(piece.lines, clean=False))
            open_sentence = False
            continue
        for k, paragraph in enumerate(_paragraphs(piece.lines, piece.width)):
            if open_sentence and not k:  # a sentence left open goes on from the piece before
                draft.paragraphs[-1] = join_lines([draft.paragraphs[-1], paragraph], clean=False)
            else:
                draft.paragraphs.append(paragraph)
            open_sentence = not _ends_text(draft.paragraphs[-1])
    if draft.paragraphs:
        # An end mark after the last sentence (`…制茶。（完）`) closes the text, no text of it.
        draft.paragraphs[-1] = _END_MARK_AFTER.sub("", draft.paragraphs[-1])
    credit = pieces[-1].credit
    found = _credit_start(draft.paragraphs[-1])
    if credit and _too_long_for_caption(draft):
        credit = []  # another item's credit: no caption runs this long
    if credit or found or _ends_with_bracketed_credit(draft):
        _close_photo(draft, credit)
    elif _captioned_under_tag(draft):
        draft.photo = True
    return draft


def _captioned_under_tag(draft: _Draft) -> bool:
    """Is the draft a caption under a byline that names the photographer first (`图｜李红
    文｜王平`)? A page that prints the pictures' tag over its captions signs its photo items so,
    credit and byline in one: a text no longer than a caption under it is a photo item. (A
    report under such a byline runs longer: its photos are printed with it.)"""
    first = draft.pieces[0].bylines if draft.pieces else []
    return any(_pictures_first(b) for b in first) and not _too_long_for_caption(draft)


def _ends_with_bracketed_credit(draft: _Draft) -> bool:
    """Does a credit in brackets close the draft's caption (`…不亦乐乎。（本报记者 王平摄）`)?

    So it does at the end of a caption of one paragraph, no longer than a caption, that it
    ends or stands under on a line of its own. After a longer text it is the credit of a photo
    printed with a report (its caption a paragraph of the report, `图为…。（王平摄）`), and
    stays in the report's text; nor is one that follows no sentence's end a credit
    (`…的老照片（县档案馆供图）`).
    """
    paragraphs = [p for p in draft.paragraphs if p]
    start = _credit_start(paragraphs[-1], bracketed=True) if paragraphs else None
    if start is None:
        return False
    caption = paragraphs[:-1] if start == 0 else paragraphs
    return len(caption) == 1 and not _too_long_for_caption(draft)


def _close_photo(draft: _Draft, credit_lines: list[str]) -> None:
    """Make the draft a photo item; its credit ends its last paragraph or follows on its own.

    The credit may begin on the text's last line (`…检查。 记者 廖` / `洋杰 摄`). A credit on
    its own line after a text too long for a caption is another item's: the draft stays as it is.
    """
    if credit_lines and _too_long_for_caption(draft):
        return
    last = draft.paragraphs[-1] if draft.paragraphs else ""
    joined = join_lines([last, *credit_lines], clean=False)
    found = _credit_start(joined)
    if found is None:
        found = _credit_start(joined, bracketed=True)
    start = len(last) if found is None else found
    if draft.paragraphs:
        draft.paragraphs[-1] = joined[:start].rstrip()
        if not draft.paragraphs[-1]:
            draft.paragraphs.pop()
    draft.photo = True
    draft.credit = re.sub(r"\s+", " ", joined[start:]).strip()


def _too_long_for_caption(draft: _Draft) -> bool:
    """Is the draft's text longer than any photo caption (an article, not a photo item)?"""
    return sum(len(_squeeze(p)) for p in draft.paragraphs) > _CAPTION_CHARS
