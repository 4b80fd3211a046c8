"""Reading a page, or an issue of pages, into articles."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from ..articles import Article, make_id
from .bylines import _commentator, _dateline, _reporters, clean_paragraph
from .columns import _block_widths, _column_widths
from .drafts import _Draft, _draft
from .furniture import _section_label, page_breaks, parse_header
from .jumps import continue_jumps
from .layout import read_layout
from .lines import _LINE_BREAK, _PARAGRAPH_BREAK, join_lines, laid_out, unwrapped
from .links import _link, _link_bases, _reading_order
from .pieces import _page_indents, _Piece, _pieces
from .rejoin import (
    _attach_fragments,
    _detach_tails,
    _headings_between,
    _join_leads,
    _rejoin_at_intertitles,
    _restore_tails,
)
from .titles import (
    _bylines_over_next_titles,
    _bylines_over_texts,
    _bylines_read_into_a_sentence,
    _bylines_under_photo_labels,
    _bylines_under_subtitles_beside,
    _bylines_under_the_row_signing_the_first,
    _credit_under_titles,
    _credits_left_to_the_caption,
    _intertitles,
    _lead_ins,
    _match_titles,
    _text_under_no_headline,
    _title_groups,
    _title_parts,
    _TitleGroup,
)
from .unbroken import broken_into_blocks, unbroken
from .units import _blocks, _Unit, _units


@dataclass
class _Reading:
    """How the splitter read a page: its units, pieces, title groups, chains of pieces, the
    drafts made of them, and which title groups each draft took."""

    units: list[_Unit] = field(default_factory=list)
    pieces: list[_Piece] = field(default_factory=list)
    groups: list[_TitleGroup] = field(default_factory=list)
    chains: list[list[int]] = field(default_factory=list)
    drafts: list[_Draft] = field(default_factory=list)
    titles: dict[int, list[int]] = field(default_factory=dict)
    stacked: dict[int, int] = field(default_factory=dict)  # a draft → its undashed subtitle
    kickers: dict[int, int] = field(default_factory=dict)  # a draft → the kicker over its headline


def _read(lines: list[str], furniture: set[int], printed: bool) -> _Reading:
    """The page's lines read: units, pieces, title groups, chains and drafts, and the titles
    matched to them. `printed`: the blocks are those pdftotext parts (not told again from the
    widths of lines read with no blank line between them: `broken_into_blocks`)."""
    blocks = _blocks(lines, furniture | _section_label(lines, furniture))
    if not blocks:
        return _Reading()
    columns = _column_widths(blocks)
    widths = _block_widths(blocks, columns)
    units = _units(blocks, widths, columns)
    pieces = _pieces(units, widths, printed)
    groups = _title_groups(units)
    lead_ins = _lead_ins(groups, units)
    words = [set() if t in lead_ins else g.words for t, g in enumerate(groups)]
    indents = _page_indents(pieces)  # one page's paragraphs are set one way
    bases = _link_bases(pieces, indents)
    chains = [c for c in _link(pieces, words, bases, indents) if any(pieces[i].text for i in c)]

    def redraft() -> tuple[list[_Draft], dict[int, list[int]], dict[int, int]]:
        drafts = [_draft([pieces[i] for i in chain]) for chain in chains]
        titles, stacked, _ = _match_titles(groups, drafts, units)
        return drafts, titles, stacked

    drafts, titles, stacked = redraft()
    joined = _rejoin_at_intertitles(chains, drafts, titles, groups, units)
    if joined != chains:
        chains = joined
        drafts, titles, stacked = redraft()
    detached, tails = _detach_tails(pieces, chains, drafts)
    if tails:
        chains = detached
        drafts, titles, stacked = redraft()
    led = _join_leads(pieces, chains, drafts, titles, groups, indents)
    if led != chains:
        chains = led
        drafts, titles, stacked = redraft()
    attached = _attach_fragments(pieces, chains, drafts, titles, groups, indents)
    attached = _restore_tails(pieces, attached, tails, groups)
    attached = [_reading_order(chain, pieces, bases, indents) for chain in attached]
    attached = _headings_between(pieces, attached, units)
    if attached != chains:
        chains = attached
        drafts = [_draft([pieces[i] for i in chain]) for chain in chains]
    titles, stacked, kickers = _match_titles(groups, drafts, units, final=True)  # those given
    between, titles = _intertitles(groups, titles, chains, pieces, units)
    # Title lines no article took, set solid over a piece of text, open that piece: text kept.
    taken = {t for ts in titles.values() for t in ts} | {*stacked.values(), *kickers.values()}
    over = _text_under_no_headline(groups, taken, chains, pieces, between)
    for i, lines in over.items():
        pieces[i] = replace(pieces[i], lines=[*lines, *pieces[i].lines])
    if between or over:
        drafts = [_draft([pieces[i] for i in chain], between) for chain in chains]
    _credit_under_titles(units, pieces, groups, drafts, titles)
    _credits_left_to_the_caption(units, pieces, groups, drafts, titles)
    _bylines_over_texts(units, pieces, groups, drafts, titles)
    _bylines_under_photo_labels(groups, drafts, titles)
    _bylines_over_next_titles(groups, drafts, titles)
    _bylines_under_subtitles_beside(groups, drafts, titles)
    _bylines_under_the_row_signing_the_first(groups, drafts, titles)
    _bylines_read_into_a_sentence(groups, drafts, titles)
    return _Reading(units, pieces, groups, chains, drafts, titles, stacked, kickers)


def split_page(
    text: str,
    date: str | None = None,
    page: int | None = None,
    paper: str = "",
) -> list[Article]:
    """Split one page's text into articles, in page order.

    `date` is the issue date (else the page header's, else each article's dateline, else
    empty); `page` the page number (else the page header's, else 1).
    """
    return _page_articles(*_page_lines(text), date, page, paper)


def _page_articles(
    lines: list[str], printed: bool, date: str | None, page: int | None, paper: str
) -> list[Article]:
    """The articles of one page's lines (`_page_lines`), as `split_page` gives them."""
    header_date, header_page, furniture = parse_header(lines)
    number = page if page is not None else (header_page or 1)
    return _articles(lines, furniture, date or header_date, number, paper, printed)


def _articles(
    lines: list[str],
    furniture: set[int],
    issue_date: str | None,
    page: int,
    paper: str,
    printed: bool,
) -> list[Article]:
    """The articles of one page's lines, with its furniture lines known (`printed`: `_read`)."""
    reading = _read(lines, furniture, printed)
    groups, drafts, titles = reading.groups, reading.drafts, reading.titles
    articles: list[Article] = []
    for seq, draft in enumerate(drafts, 1):
        mine = [groups[t] for t in titles.get(seq - 1, [])]
        stacked = reading.stacked.get(seq - 1)
        over = reading.kickers.get(seq - 1)
        kicker, headline, subtitle = _title_parts(
            mine,
            None if stacked is None else groups[stacked],
            draft.pieces[0].text,
            None if over is None else groups[over],
        )
        bylines = [b for g in mine for b in g.reporters] + draft.signers
        # The paper's commentator (`本报评论员`) names no one: the signature stays in the text,
        # where it is printed (over the text, or under it).
        signed = [b for piece in draft.pieces for b in piece.signed]
        over = [join_lines([b]) for b in bylines if _commentator(b) and b not in signed]
        under = [join_lines([b]) for b in signed if _commentator(b)]
        paragraphs = [*over, *draft.paragraphs, *under]
        raw = _PARAGRAPH_BREAK.join(p for p in paragraphs if p)
        # A table's row keeps a space between its cells (`城关镇 268分`): they are no words
        # the column's edge cut.
        rows = {len(over) + k for k in draft.rows}
        body = _PARAGRAPH_BREAK.join(
            p if k in rows else clean_paragraph(p) for k, p in enumerate(paragraphs) if p
        )
        dateline = _dateline(body, issue_date, draft.photo)
        article_date = issue_date or dateline
        articles.append(
            Article(
                id=make_id(paper, article_date, page, seq),
                paper=paper,
                date=article_date,
                page=page,
                seq=seq,
                headline=headline,
                kicker=kicker,
                subtitle=subtitle,
                reporters=_reporters(raw, bylines, draft.credit),
                dateline=dateline,
                photo=draft.photo,
                body=body,
            )
        )
    return articles


# Spaces other tools than pdftotext write (a no-break space, the ideographic space, the
# typographic widths) are a space, as pdftotext writes it; a zero-width space or joiner, or a
# byte-order mark, is none.
_SPACES = str.maketrans(
    dict.fromkeys(["\xa0", "\u3000", "\u202f", "\u205f", *map(chr, range(0x2000, 0x200B))], " ")
    | dict.fromkeys(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
)


# What ends a line of a page: what ends a line of a text file, or a form feed (where pdftotext
# ends the page).
_PAGE_LINE_BREAK = re.compile(rf"{_LINE_BREAK.pattern}|\f")


def _page_lines(text: str) -> tuple[list[str], bool]:
    """A page's lines, whatever ends them (a form feed, where pdftotext ends the page, too),
    with its spaces as pdftotext writes them (`_SPACES`); a page kept in its layout
    (`pdftotext -layout`) read again column by column (`read_layout`); in a text not set in
    columns (`unwrapped`), each line a block of its own, as a paragraph or a title is there.
    With them, whether its blocks are the ones pdftotext parts (not told again from the widths
    of lines read with no blank line between them: `broken_into_blocks`)."""
    text = text.translate(_SPACES)
    lines = _PAGE_LINE_BREAK.split(text)
    if laid_out(text) is not None:
        return read_layout(lines), True
    if unwrapped(lines):
        return [part for line in lines if line.strip() for part in (line, "")], True
    if unbroken(lines):
        return broken_into_blocks(lines), False
    return lines, True


def split_pages(
    text: str,
    date: str | None = None,
    page: int | None = None,
    paper: str = "",
) -> list[Article]:
    """Split the text of one page or of several into articles, page by page.

    pdftotext ends each page of a PDF with a form feed: the text of a whole issue holds its
    pages one after another (a blank one for a page without text). The first page is numbered
    `page`, else by its header, else 1; each later page by its header, else (or when another
    page has that number) with the number after the highest so far. `date` is the issue date
    of them all, else the first a page header gives. A text without any form feed is one page,
    unless the page headers in it show where pages begin (`page_breaks`). An article continued
    on another of the pages (`（下转第2版）` / `（上接第1版）`) is read across them
    (`continue_jumps`).
    """
    if "\f" in text:
        texts = text.split("\f")
        if not texts[-1].strip():
            texts.pop()  # the form feed that ends the last page
        pages = [_page_lines(chunk) for chunk in texts]
    else:  # no form feed: the page headers may still show where pages begin
        lines, printed = _page_lines(text)
        bounds = [0, *page_breaks(lines), len(lines)]
        pages = [(lines[a:b], printed) for a, b in itertools.pairwise(bounds)]
    if len(pages) <= 1:
        return _page_articles(*(pages[0] if pages else ([""], True)), date, page, paper)
    articles: list[Article] = []
    taken: set[int] = set()
    number = 0
    for k, (lines, printed) in enumerate(pages):
        header_date, header_page, furniture = parse_header(lines)
        date = date or header_date
        given = page if k == 0 and page is not None else header_page
        number = given if given and given not in taken else max(taken, default=0) + 1
        taken.add(number)
        if any(line.strip() for line in lines):
            articles.extend(_articles(lines, furniture, date, number, paper, printed))
    return continue_jumps(articles)
