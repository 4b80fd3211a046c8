"""Title groups: headlines, kickers, subtitles and intertitles, and the articles they go to."""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..normalize import is_wide
from .assignment import _best_matching
from .bylines import (
    _COMPOUND_SURNAMES,
    _ROLE_PREFIX,
    _SURNAMES,
    _is_credit,
    _lead_names,
    _names,
    _opens_lead,
    _signed_in_brackets,
)
from .drafts import _LEADING_DASH, _close_photo, _Draft, _Intertitle, _too_long_for_caption
from .jumps import jump_from
from .lines import (
    _DASHES,
    _NUMBERED,
    _SUBTITLE_MARK,
    _number,
    _squeeze,
    ends_sentence,
    is_letter_spaced,
    line_width,
    number_printed_twice,
    undouble,
)
from .pieces import _closes_first, _page_indents, _Piece, _signs_title
from .units import (
    BYLINE,
    CREDIT,
    TEXT,
    TITLE,
    _closed_first,
    _ends_with_de,
    _is_lead_in,
    _title_like,
    _Unit,
)
from .words import _bigrams, joins_word


@dataclass
class _TitleGroup:
    """Title lines printed together (one block): kicker, headline, subtitle, bylines."""

    units: list[_Unit]
    block: int
    opener: str = ""  # an opening quote broken off into a block of its own
    last_char: str = ""  # its last characters, broken off into a block of their own
    lead_in: int = 0  # how many of its last lines are the first words of the text under it
    under: bool = False  # set between a shorter title and a text, no byline between: a subtitle?
    signers: list[str] | None = None  # the bylines that sign it, when not those under it

    @property
    def reporters(self) -> list[str]:
        """The bylines that sign it: those under it, unless they were read apart from it."""
        return self.bylines if self.signers is None else self.signers

    @property
    def lines(self) -> list[str]:
        lines = _opener_moved_first(
            [line for u in self.units if u.kind == TITLE for line in u.lines]
        )
        if self.opener and lines:
            lines[0] = self.opener + lines[0].lstrip()
        if self.last_char and lines:
            lines.append(self.last_char)  # a line of its own, as printed
        return lines

    @property
    def bylines(self) -> list[str]:
        return [u.text for u in self.units if u.kind == BYLINE]

    @functools.cached_property
    def words(self) -> set[str]:
        """The bigrams of its title lines, a second print removed (worked out once its lines
        are settled)."""
        return _bigrams("".join(_dedupe_lines(self.lines)))

    @property
    def first(self) -> int:
        return self.units[0].index

    @property
    def last(self) -> int:
        return self.units[-1].index


_OPENERS = {"“": "”", "‘": "’", "『": "』", "「": "」", "《": "》", "（": "）"}


def _opener_moved_first(lines: list[str]) -> list[str]:
    """A title's lines with a last line that is an opening quote alone, which the lines above
    close first (`春风”行动` / `今天启动` / `“`), moved to open the first: the extraction set
    the quote it broke off after the lines it opens."""
    if len(lines) < 2 or not lines[0].strip():
        return lines
    char = _squeeze(lines[-1])
    if not _opened_by(char, lines[:-1]):
        return lines
    return [char + lines[0].lstrip(), *lines[1:-1]]


def _title_groups(units: list[_Unit]) -> list[_TitleGroup]:
    groups: list[_TitleGroup] = []
    for unit in units:
        if unit.kind == TITLE:
            if groups and groups[-1].block == unit.block:
                groups[-1].units.append(unit)
            else:
                groups.append(_TitleGroup([unit], unit.block))
        elif (
            unit.kind == BYLINE
            and groups
            and groups[-1].last == unit.index - 1
            and _signs_title(units, unit.index)
        ):
            groups[-1].units.append(unit)  # a byline right under its title, or in a block below
    _pair_bylines(groups)
    groups = [g for g in groups if _dedupe_lines(g.lines)]
    # A lone character in a block of its own, next to a title whose last word it ends
    # (`县里为受灾群众捐` / `款`), is that title's last character; an opening quote next to a
    # title that closes it first (`“` / `春风”行动启动`), its first. The extraction broke them
    # off, and may have set them before or after the title.
    # So are the last two or three characters of a title wrapped over full lines, that complete
    # the word its last line breaks (`新建的县图` / `书馆今天开` … `门迎客`).
    # Read right after a title wrapped in a narrow column, and right over a text, they need
    # complete no word: there a line breaks wherever it fills, as a word broken across the
    # title's own lines shows (`_ends_narrow_wrap`).
    broken: set[int] = set()
    for k, group in enumerate(groups):
        char = _squeeze("".join(group.lines))
        if not 1 <= len(char) <= 3 or not all(map(is_wide, char)):
            continue
        for j in (k - 1, k + 1):
            # (A byline under the character signs the title above it.)
            if not 0 <= j < len(groups) or j in broken or (group.bylines and j != k - 1):
                continue
            other = groups[j]
            touching = other.last + 1 == group.first or group.last + 1 == other.first
            if not touching or other.bylines:
                continue
            text = _squeeze("".join(other.lines))
            if char in _OPENERS and not other.opener and _OPENERS[char] in text.split(char)[0]:
                other.opener = char
            elif (
                char[0] not in _OPENERS
                and not other.last_char
                and (
                    (
                        joins_word(text, char)
                        and (len(char) == 1 or _wrapped_over(other.lines, char))
                    )
                    or (_over_text(units, group) and _ends_narrow_wrap(other.lines, char))
                )
            ):
                other.last_char = char
            else:
                continue
            other.units.extend(u for u in group.units if u.kind == BYLINE)
            broken.add(k)
            break
    broken |= _far_openers(groups, broken)
    groups = [g for k, g in enumerate(groups) if k not in broken]
    # The first words of the text right under a title, printed as the title's last line, lead
    # into it (`县里召开表彰大会` / `今年全县涌现先进集体` / `今年全县涌现先进集体，…`): a kicker
    # the extraction set after the headline. So does a whole title that they are.
    # Past a dash subtitle, a whole title is one only under another title (its headline).
    for g, group in enumerate(groups):
        lines = _dedupe_lines(group.lines)
        after = _text_past_subtitles(units, group.last + 1)
        if not lines or after is None or after.kind != TEXT:
            continue
        headed = g > 0 and groups[g - 1].last + 1 == group.first
        if (
            not lines[0].startswith(_SUBTITLE_MARK)
            and _is_lead_in("".join(lines), after.text)
            and (after.index == group.last + 1 or headed)
        ):
            group.lead_in = len(lines)
        elif (
            len(lines) >= 2
            and not lines[-1].startswith(_SUBTITLE_MARK)
            and _is_lead_in(lines[-1], after.text)
        ):
            group.lead_in = 1
    # The same title printed again in a block of its own (maybe without its digits) is a copy.
    kept: list[_TitleGroup] = []
    for group in groups:
        if kept and _letters(kept[-1].lines) == _letters(group.lines) and not group.bylines:
            if len("".join(group.lines)) > len("".join(kept[-1].lines)):
                kept[-1] = group
            continue
        kept.append(group)
    # A title line longer than the title right above it, set between it and a text with no
    # byline between, is its subtitle if they go together: the headline is set in the largest
    # type, and a line that long under it is set smaller.
    for above, group in itertools.pairwise(kept):
        lines = _dedupe_lines(group.lines)
        after = units[group.last + 1] if group.last + 1 < len(units) else None
        group.under = (
            not above.bylines
            and all(u.kind == TITLE for u in units[above.last + 1 : group.first])
            and after is not None
            and after.kind == TEXT
            and not group.lead_in
            and not lines[0].startswith(_SUBTITLE_MARK)
            and len(_letters(group.lines)) > len(_letters(above.lines))
        )
    return kept


def _opened_by(opener: str, lines: list[str]) -> bool:
    """Does `opener`, a quote or a bracket, open the title's lines: they close it before they
    open one (`units._closed_first`)? The extraction broke it off their start."""
    return opener in _OPENERS and opener + _OPENERS[opener] in _closed_first(
        _squeeze("".join(lines))
    )


def _far_openers(groups: list[_TitleGroup], broken: set[int]) -> set[int]:
    """The groups that are an opening quote alone, set apart from any title, that go to the one
    title of the page that closes that quote first (`“` … `春风”行动启动`): no title opens
    with a closing mark, and the extraction may set the opener it broke off anywhere. Where
    several titles close it first, which one it opens cannot be told."""
    found: set[int] = set()
    for k, group in enumerate(groups):
        char = _squeeze("".join(group.lines))
        if k in broken or char not in _OPENERS or group.bylines:
            continue
        opened = [
            other
            for j, other in enumerate(groups)
            if j != k and j not in broken and not other.opener and _opened_by(char, other.lines)
        ]
        if len(opened) == 1:
            opened[0].opener = char
            found.add(k)
    return found


def _text_past_subtitles(units: list[_Unit], k: int) -> _Unit | None:
    """The unit at `k`, or the first after it past dash subtitles and bylines: the text
    under a title. The extraction may set a title's kicker after its headline, right over its
    subtitle (`县里召开表彰大会` / `今年全县涌现先进集体` / `——记…` / `今年全县涌现先进集体，…`)."""
    while k < len(units) and (
        units[k].kind == BYLINE
        or (units[k].kind == TITLE and units[k].lines[0].startswith(_SUBTITLE_MARK))
    ):
        k += 1
    return units[k] if k < len(units) else None


def _pair_bylines(groups: list[_TitleGroup]) -> None:
    """Headlines of one line each set side by side, with a byline under each, are read row by
    row: the headlines, then as many bylines, each in a block of its own, in the same order
    (`县城新貌` `山村春早` / `王平` / `李明`). The bylines all follow the last headline: each
    goes back to its own. (A headline the typesetting printed twice is one line still; a dash
    subtitle under one is read with it, before the bylines.) The row is the headlines right
    before the bylines, as many as they: a title right over it (a kicker, a date) is no
    headline of the row, nor is one right after the bylines, which end it."""
    k = 0
    while k < len(groups):
        run = [groups[k]]
        while (
            k + len(run) < len(groups)
            and groups[k + len(run)].first == run[-1].last + 1
            and not run[-1].bylines
        ):
            run.append(groups[k + len(run)])  # (the bylines end the row)
        k += len(run)
        bylines = [u for u in run[-1].units if u.kind == BYLINE]
        if 2 <= len(bylines) < len(run):
            run = run[-len(bylines) :]  # (a title before the row: a kicker, a date over one)
        *heads, last = run
        titles = [u for u in last.units if u.kind == TITLE]
        blocks = {u.block for u in bylines} | {last.block}
        if (
            not heads
            or any(g.bylines or len(g.units) != 1 for g in heads)
            or not all(map(_headline_of_one_line, run))
            or len(titles) != 1
            or len(bylines) != len(run)
            or len(blocks) != len(bylines) + 1
        ):
            continue
        for group, byline in zip(run, bylines, strict=True):
            group.signers = [byline.text]


def _headline_of_one_line(group: _TitleGroup) -> bool:
    """Is the title group a headline of one line, maybe with a dash subtitle under it (`山村春早`
    / `——青溪乡春耕见闻`)? Set side by side with others, its byline is read after theirs."""
    lines = _dedupe_lines(group.lines)
    return len(lines) == 1 or (len(lines) > 1 and lines[1].startswith(_DASHES))


def _wrapped_over(lines: list[str], rest: str) -> bool:
    """Do a title's lines wrap over full lines, all as wide, and is `rest` no wider: the end
    of the title, broken off?"""
    widths = [line_width(line) for line in _dedupe_lines(lines)]
    return len(widths) >= 2 and max(widths) - min(widths) <= 0.5 and line_width(rest) <= widths[-1]


# The most characters a line of a headline set in a narrow column holds (`城关镇新建的` /
# `文化广场昨天`): a title wrapped over lines this short is one broken wherever a line fills.
_NARROW_COLUMN = 6


def _ends_narrow_wrap(lines: list[str], rest: str) -> bool:
    """Is `rest`, read right after a title wrapped over full lines of a narrow column (all as
    wide, `_NARROW_COLUMN` characters at most), narrower than those lines: the title's last
    line, broken off into a block of its own (`县城新建的体` / `育馆昨天开放` … `迎客`)?
    A narrow column breaks a headline wherever a line fills, between two words as often as
    inside one, so no word need run across the break (`joins_word`). One must run across a
    break of the title's own lines: that shows them broken where they filled. A kicker of
    phrases set one to a line (`风和日丽` / `游人如织`) breaks none, and the short title
    under it is its headline (`赏花`)."""
    lines = _dedupe_lines(lines)
    widths = [line_width(line) for line in lines]
    return (
        _wrapped_over(lines, rest)
        and widths[-1] <= _NARROW_COLUMN
        and line_width(rest) < widths[-1]
        and any(joins_word(above, below) for above, below in itertools.pairwise(lines))
    )


def _over_text(units: list[_Unit], group: _TitleGroup) -> bool:
    """Does a text come right after the title group (past the bylines it holds)? A title of a
    few characters right over a text is no headline of its own where a title it may end stands
    right before it: nothing stands between them. (Over the next title it is a label over
    that: `聚焦`.)"""
    after = group.last + 1
    return after < len(units) and units[after].kind == TEXT


def _letters(lines: list[str]) -> str:
    """A title's text without spaces, digits and Latin letters: what every print of it shares."""
    return re.sub(r"[0-9A-Za-z.%\s]", "", "".join(_dedupe_lines(lines)))


def _dedupe_lines(lines: list[str]) -> list[str]:
    """A title's lines with the typesetting's second (or digit-less) print removed.

    `A A B B` → `A B`; `X′ X X` where X′ is X without its digits → `X`; then two lines a
    number closes and opens one, the number printed once (`_number_printed_twice`).
    """
    out: list[str] = []
    for line in lines:
        if not out or _squeeze(line) != _squeeze(out[-1]):
            out.append(line)
    out = _number_printed_twice(out)
    whole = "".join(_squeeze(line) for line in out)
    letters = re.sub(r"[0-9A-Za-z.%]", "", whole)
    for copies in (3, 2):
        if letters and len(letters) % copies == 0:
            unit = letters[: len(letters) // copies]
            if unit * copies == letters:
                return _richest_copy(out, unit)
    return out


def _number_printed_twice(lines: list[str]) -> list[str]:
    """A title's lines with a number that closes one line and opens the next (`全年节支2.6` /
    `2.6亿元`) printed once, the two lines one (`lines.number_printed_twice`): the wrap parted
    one phrase in one type (`全年节支2.6亿元`), no headline from its subtitle."""
    out: list[str] = []
    for line in lines:
        number = number_printed_twice(out[-1], line) if out else ""
        if number:
            out[-1] = out[-1].rstrip() + line.strip()[len(number) :]
        else:
            out.append(line)
    return out


def _richest_copy(lines: list[str], unit: str) -> list[str]:
    """Of repeated copies of a title, the one printed with most characters (digits kept)."""
    copies: list[list[str]] = [[]]
    for line in lines:
        copies[-1].append(line)
        done = re.sub(r"[0-9A-Za-z.%]", "", "".join(_squeeze(x) for x in copies[-1]))
        if done == unit:
            copies.append([])
    complete = [c for c in copies if c]
    return max(complete, key=lambda c: (len("".join(c)), -len(c)))


def title_text(lines: list[str]) -> str:
    """A title's text from its printed lines, doubled print undone.

    Lines that wrap one phrase join without a space. A line clearly longer than the line before
    shows that the line before was not full: the break was the editor's, between two phrases,
    and stays as a space (`坚持集成化精细化/特色化实体化改革/力争试出更多“开化经验”`). A line
    letter-spaced a character at a time (`春 雨 将 至`) is one phrase.
    """
    out = ""
    previous = 0.0
    for line in lines:
        line = undouble(re.sub(r"\s+", " ", line.strip()))
        if len(line.split()) >= 2 and all(len(c) == 1 and is_wide(c) for c in line.split()):
            line = line.replace(" ", "")  # letter-spaced
        width = line_width(line)
        if out:
            deliberate = width > previous + 1.5
            if deliberate or (not is_wide(out[-1]) and not is_wide(line[0])):
                out += " "
        out += line
        previous = width
    return out


# How many characters more than every line above them two lines in a row must each hold to be
# set in a smaller type: one such line may be the editor's break, two in a row are a wrap. (Under
# the one line of a title of two, one such line is a subtitle: `_deck_under_headline`.)
_WRAPPED_WIDER = 2
# The most characters a headline's line above holds where lines growing under it are the
# headline's own, a narrow headline broken by the editor (`我省` / `粮食产量` / `创历史新高`),
# not a subtitle wrapped under it.
_NARROW_HEADLINE_LINE = 4


def _smaller_type(lines: list[str]) -> int:
    """Where a title's lines go on in a smaller type: the first line, after the first, that
    holds half as many letters again as the widest line above it, and four more, or that
    holds two more (`_WRAPPED_WIDER`), as does the line under it. The headline is set in the
    largest type; a line under it that holds so many more characters is set smaller, a
    subtitle (`山村通了公交车` / `全县最后一个行政村结束了不通客车的历史`), though it has no
    dash; so are two lines that each hold a little more, a subtitle wrapped (`城关老街修缮一新`
    / `沿街的老字号商铺陆续` / `重新开张迎来八方游客`), under a headline line wider than a
    narrow headline's (`_NARROW_HEADLINE_LINE`). (A headline's own lines are about as
    long as each other; a break the editor chose leaves one line only a little longer than the
    line before.) The number of lines when there is none."""
    if _deck_under_headline(lines):
        return 1
    widest = 0.0
    widths = _type_widths(lines)
    for k, line in enumerate(lines):
        if " " in line.strip():
            break  # a gap: things side by side, or names, not one headline's type
        width = widths[k]
        if k and width >= 1.5 * widest and width >= widest + 4:
            return k
        wrapped = k + 1 < len(lines) and min(widths[k : k + 2]) >= widest + _WRAPPED_WIDER
        if k and wrapped and widest > _NARROW_HEADLINE_LINE:
            return k
        widest = max(widest, width)
    return len(lines)


def _deck_under_headline(lines: list[str]) -> bool:
    """Is a title of two lines a headline over a longer subtitle (`县里新建三所乡村小学` /
    `秋季开学后孩子们就近上学了`), though no dash marks it nor is it much longer? A
    headline wrapped over two lines fills its first line and carries what is left onto the
    second; a second line two characters or more wider (`_WRAPPED_WIDER`) shows the first
    was not full, so the two are two decks. A centred headline's lines differ by a
    character; a narrow headline's first line (`_NARROW_HEADLINE_LINE`) may be the editor's
    break before the longer rest. A line printed twice over is measured once. A word run on
    across the break (`…齐心协力做` / `好冬春…`) shows one headline wrapped, however centred;
    so may a first line holding half-width digits or letters, narrower than its characters
    (`今年1至11月全县`)."""
    if len(lines) != 2 or any(" " in line.strip() for line in lines):
        return False  # (a gap: titles side by side, or names, not two decks)
    top, under = (undouble(line.strip()) for line in lines)
    if re.search(r"[0-9A-Za-z]", top) or joins_word(top, under):
        return False
    first, second = _type_widths([top, under])
    return first > _NARROW_HEADLINE_LINE and second >= first + _WRAPPED_WIDER


def _subtitle_cut(lines: list[str]) -> int:
    """Where a title's headline lines end and its subtitle begins: at the first line marked as
    a subtitle (`——…`), else at a last line that is a date alone, else where the type gets
    smaller (`_smaller_type`). A date alone is no headline's words (`_no_headline_text`): set
    under a headline (`县城建设大事记` / `1990年7月`), it dates what follows, a subtitle. A year
    alone is what a headline names (`告别` / `1997年`), as is a date after a line that runs on
    into it (`难忘的` / `1976年7月`): those stay in the headline."""
    cut = next((i for i, x in enumerate(lines) if x.startswith(_SUBTITLE_MARK)), None)
    if cut is not None:
        return cut
    date = _squeeze(lines[-1]) if len(lines) > 1 else ""
    if _DATE_ONLY.fullmatch(date) and "月" in date and not lines[-2].rstrip().endswith("的"):
        return len(lines) - 1
    return _smaller_type(lines)


def _type_widths(lines: list[str]) -> list[float]:
    """How many characters each of a title's lines holds, a digit or Latin letter half of one,
    quotes and stops none (they are set narrow): the smaller its type, the more."""
    return [line_width(re.sub(r"[^\w]", "", line)) for line in lines]


def _widest(lines: list[str]) -> float:
    """The most characters one of a title's lines holds (`_type_widths`): a line of a kicker
    holds more than a line of the headline in the larger type under it."""
    return max(_type_widths(lines), default=0.0)


def _title_parts(
    groups: list[_TitleGroup],
    stacked: _TitleGroup | None = None,
    opening: str = "",
    over: _TitleGroup | None = None,
) -> tuple[str, str, str]:
    """(kicker, headline, subtitle) from one article's title groups, in print order;
    `stacked` is the one the matcher took as the subtitle set right under the headline,
    `over` the one it took as the kicker over it, `opening` the article's first text."""
    mains: list[list[str]] = []
    subtitles: list[str] = []
    kicker = title_text(_dedupe_lines(over.lines)) if over is not None else ""
    for number, group in enumerate(groups):
        if group is over:
            continue
        lines = _dedupe_lines(group.lines)
        headed = any(g is not group and not _is_subtitle(g) for g in groups)
        lead_in = group.lead_in or _opening_lines(lines, opening, whole=headed)
        if lead_in == len(lines) and not headed:
            lead_in = 0  # alone, the text's first words are its headline (`lead_in_headlines`)
        if lead_in and not kicker:
            kicker = title_text(lines[-lead_in:])
            lines = lines[:-lead_in]
            if not lines:
                continue
        if group is stacked and mains and not subtitles:
            subtitles.append(title_text(lines))
            continue
        cut = _subtitle_cut(lines)
        above = number + 1 < len(groups) and groups[number + 1].first == group.last + 1
        if not cut and not mains and not kicker and len(groups) > 1 and above:
            kicker = title_text(lines)  # a dash line right above the headline leads into it
            continue
        if cut:
            mains.append(lines[:cut])
        if cut < len(lines):
            subtitles.append(title_text(lines[cut:]))
    if len(mains) >= 2 and not kicker:
        # The kicker stands first, unless another title ends with a dash that leads into the
        # headline (`乡村书屋开张` / `孩子们放学有了新去处———`).
        leading = next((m for m in mains if m[-1].rstrip().endswith(_DASHES)), mains[0])
        kicker = title_text(leading)
        mains = [m for m in mains if m is not leading]
    lines = [line for m in mains for line in m]
    if len(lines) > 1 and any(map(_gap_between_words, lines)):
        # A gap between two characters of one line is the editor's break between two phrases
        # of a headline set on that line; in a headline wrapped over lines, it parts the
        # headline from something set beside it (another headline, a byline) that the
        # extraction read into it. Which words are the headline's cannot be told: no
        # headline is given rather than a wrong one.
        mains = []
    headline = " ".join(title_text(m) for m in mains)
    return kicker, headline, " ".join(subtitles)


def _marks_subtitle(lines: list[str]) -> bool:
    """Does a title hold a line marked as a subtitle (`——…`, `●…`)?"""
    return any(line.startswith(_SUBTITLE_MARK) for line in lines)


def _opening_lines(lines: list[str], opening: str, whole: bool = True) -> int:
    """How many of a title's last lines are the first words of its article's text, wherever
    that text stands (a column or a title read between): all of them (where the article has
    another title, `whole`: a kicker stands with a headline), or the last of two or more; they
    lead into the text, its kicker (`县里召开表彰大会` / `今年全县涌现先进集体` …
    `今年全县涌现先进集体，…`)."""
    if not lines or not opening or _marks_subtitle(lines):
        return 0  # (a subtitle's last line, a name, may be the text's first words too)
    if _is_lead_in("".join(lines), opening):
        return len(lines) if whole else 0
    return int(len(lines) >= 2 and _is_lead_in(lines[-1], opening))


def _gap_between_words(line: str) -> bool:
    """Does a line hold a space between two Chinese characters (or quotes, brackets)?"""
    line = line.strip()
    return any(
        is_wide(line[m.start() - 1]) and is_wide(line[m.end()])
        for m in re.finditer(r" +", line)
        if m.start() and m.end() < len(line)
    )


# How much a title's place counts beside the words it shares with an article: a title that
# stands right before an article's first piece is its headline unless the words say otherwise.
_STANDS_BEFORE = 0.35
_SHARES_WORDS = 0.15  # the least share of a title's weighted bigrams that counts as a match
# Two Chinese characters: a word a title shares with a text, where digits or Latin letters
# shared (`10`, `8年`) may be chance.
_CHINESE_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_NEAR_UNITS = 3  # how far (in units of the page text) a title may stand from its article
# The least share of a dash line's weighted bigrams an article's text must hold for the line to
# be its subtitle wherever it stands: set apart from the headline, its place says nothing.
_SUBTITLE_APART_SHARES = 0.3
# How many times the share of the next best article's the best's must be to take such a line
# by less (`_SHARES_WORDS` at least): the words of one article alone match it.
_SUBTITLE_APART_LEAD = 2
_PHOTO_LABEL = 10  # the most characters of a photo item's title set apart from its caption


def _match_titles(
    groups: list[_TitleGroup], drafts: list[_Draft], units: list[_Unit], final: bool = False
) -> tuple[dict[int, list[int]], dict[int, int]]:
    """Give title groups to articles: each article one headline group (the one sharing most
    words with it, else the one standing right before its first piece), then a group printed
    right before that (a kicker) or after it (a subtitle) when it shares words with it too.

    While the pieces are still being chained, a title taken shows where an article begins;
    once they are `final`, it is the headline given, and one taken on weak evidence is
    withheld: no headline rather than a wrong one.

    Returns article index → indexes of its title groups, in print order; article index →
    the group set right under its headline that is its subtitle, dash or none; and article
    index → the group that is the kicker over its headline, wherever it stands.
    """
    match = _TitleMatch(groups, drafts, units, final)
    match.headlines_by_words_and_place()
    match.headlines_under_kickers()
    match.signed_headlines()
    match.stacked_subtitles()
    match.nearest_untaken_titles()
    match.gather_titles()
    match.kickers_and_subtitles()
    match.kickers_over_subtitled_headlines()
    match.installment_kickers()
    match.lead_in_kickers()
    match.headlines_of_subtitles()
    match.headlines_over_subtitles()
    match.headlines_over_other_texts()
    match.subtitles_set_apart()
    match.headlines_inside()
    match.leftover_headlines()
    match.lead_in_headlines()
    titles = {a: sorted(ts) for a, ts in match.titles.items() if ts}
    return titles, match.stacked, match.kicker


class _TitleMatch:
    """The page's title groups and drafts as `_match_titles` weighs them, and the titles it
    has given so far: one method per pass, each giving titles the passes before left free."""

    def __init__(
        self, groups: list[_TitleGroup], drafts: list[_Draft], units: list[_Unit], final: bool
    ) -> None:
        self.groups = groups
        self.drafts = drafts
        self.units = units
        self.final = final
        bodies = [_bigrams("".join(d.paragraphs)) for d in drafts]
        self.bodies = bodies  # each draft's text's bigrams
        self.df: Counter[str] = Counter(g for body in bodies for g in body)
        self.indents = _page_indents([p for d in drafts for p in d.pieces])
        # Group → draft → the weighted share of the group's bigrams the draft's text holds.
        self.overlap = [[self.shares(g, body) for body in bodies] for g in groups]
        # One bigram a title shares with a text may be chance: it takes two to call a title
        # matched by no article's words.
        self.words = [[self.shares(g, body, least=2) for body in bodies] for g in groups]
        self.between = self.intertitles_inside()
        # Lines that close a bracket or quote they never opened (see `no_headlines`).
        self.broken = {
            t for t, g in enumerate(groups) if _closes_first("".join(_dedupe_lines(g.lines)))
        }
        self.lone = self.no_headlines()
        self.lead_ins = _lead_ins(groups, units)
        # The units whose text's last sentence goes on elsewhere.
        pieces = sorted((p for d in drafts for p in d.pieces), key=lambda p: (p.unit, p.offset))
        last_piece = {p.unit: p for p in pieces}
        self.open_at = {u for u, p in last_piece.items() if p.ends_open}
        self.owner: dict[int, int] = {}  # title group → the article that took it
        self.headline: dict[int, int] = {}  # article → its headline group
        self.stacked: dict[int, int] = {}  # article → the subtitle set right under its headline
        self.kicker: dict[int, int] = {}  # article → the kicker its headline was taken for
        self.titles: dict[int, list[int]] = {}  # article → all its title groups

    def free(self, t: int) -> bool:
        """Is title group `t` still free: taken by no article, and neither a group that is no
        article's headline (`lone`) nor one set between an article's pieces (`between`)?"""
        return t not in self.owner and t not in self.lone and t not in self.between

    def shares(self, group: _TitleGroup, body: set[str], least: int = 1) -> float:
        """The weighted share of the group's bigrams the body holds, if it holds `least`
        of them at least (or all, when the group has fewer)."""
        return self.grams_share(group.words, body, least)

    def grams_share(self, grams: set[str], body: set[str], least: int = 1) -> float:
        """The weighted share of `grams` the body holds (`shares`)."""
        common = grams & body
        if not grams or len(common) < min(least, len(grams)):
            return 0.0
        # Shared bigrams, each worth less the more articles of the page have it.
        return math.fsum(1 / self.df[g] for g in common) / len(grams)

    def stands_before(self, group: _TitleGroup, draft: _Draft) -> bool:
        """Does the group stand right before the draft's text, where an article begins, with
        only titles, bylines and credits between? Or right before a later piece of it, as a
        headline set beside its text does (`pieces._title_beside`), read after the pieces
        it stands beside: the draft's text runs up to it from before."""
        if not self.begins_paragraph(draft):
            return False
        if _sentence_end_only(draft):
            return False
        beside = [
            b
            for a, b in itertools.pairwise(draft.pieces)
            if b.title_beside
            and a.unit < group.first
            and all(u.kind != TEXT for u in self.units[a.unit + 1 : group.first])
        ]
        return any(
            group.last < start.unit
            and not start.offset
            and all(
                u.kind in (TITLE, BYLINE, CREDIT) for u in self.units[group.last + 1 : start.unit]
            )
            for start in [draft.pieces[0], *beside]
        )

    def begins_paragraph(self, draft: _Draft) -> bool:
        """Does the draft's text begin a paragraph, as an article's does? A piece that goes on
        mid-paragraph, on a page that indents, is no article's first, whatever stands above
        it."""
        start = draft.pieces[0]
        return not (
            self.indents and start.begins_mid and not start.begins_paragraph and not start.lead
        )

    def inside(self, group: _TitleGroup, draft: _Draft) -> bool:
        """Does the group, one line, stand between two pieces of the draft that follow each
        other in the page text too, the first ending its paragraph? Then it is one of its
        intertitles (no intertitle cuts a sentence). An intertitle is one short line: a title
        wrapped over lines there is a headline set in a narrow column, beside a later column of
        its text."""
        if len(_dedupe_lines(group.lines)) != 1:
            return False
        return any(
            not a.ends_open
            and a.unit < group.first
            and group.last < b.unit
            and all(u.kind in (TITLE, BYLINE) for u in self.units[a.unit + 1 : b.unit])
            for a, b in itertools.pairwise(draft.pieces)
        )

    def tag_of(self, t: int, a: int) -> bool:
        """Is title `t` a tag set over article `a` (a place's name, `安徽`), no headline of it?
        A title of one word pair that the article's text holds names what the text is about,
        as a series' tag does over each of its reports; when another title's words match the
        article, and match no other article better, that one is its headline; not one that
        stands right over another article's text whose words it shares (that article's own)."""
        if len(self.groups[t].words) != 1 or not self.overlap[t][a]:
            return False
        return any(
            o != t
            and o not in self.lone
            and o not in self.between
            and len(group.words) > 1
            and max(self.words[o]) == self.words[o][a] >= _SHARES_WORDS
            and not self.heads_other(o, a)
            for o, group in enumerate(self.groups)
        )

    def heads_other(self, t: int, a: int) -> bool:
        """Does title `t` stand right over the text of an article other than `a` whose words it
        shares?"""
        return any(
            b != a and self.overlap[t][b] and _gap(self.groups[t], draft) == 1
            for b, draft in enumerate(self.drafts)
        )

    def claimed(self, t: int, a: int) -> bool:
        """Do the words of an article other than `a` match title `t`? Then `a` takes it by
        its words only, never by its place alone."""
        return any(o >= _SHARES_WORDS for b, o in enumerate(self.words[t]) if b != a)

    def intertitles_inside(self) -> set[int]:
        """The groups set between two pieces of the article whose words match them best."""
        # A title set between two pieces of an article whose words match it best is that
        # article's intertitle, no other article's headline.
        overlap = self.overlap
        return {
            t
            for t, group in enumerate(self.groups)
            for a, draft in enumerate(self.drafts)
            if self.inside(group, draft) and max(overlap[t]) == overlap[t][a] >= _SHARES_WORDS
        }

    def over_lead(self, group: _TitleGroup) -> bool:
        """Does a text that opens with a lead (`本报讯…`) come right after the group?"""
        return _over_lead(self.units, group)

    def no_headlines(self) -> set[int]:
        """The groups that are no article's headline, whatever their words or place: pieces
        of titles or of text the extraction set apart, and signatures set like titles."""
        groups = self.groups
        # A lone character is a piece of a title the extraction broke off, no headline of its
        # own; nor is a paragraph's first words set apart above it (an intertitle, or a kicker
        # where a headline stands between).
        lone = {t for t, group in enumerate(groups) if not _bigrams("".join(group.lines))}
        lone |= _lead_ins(groups, self.units, past_titles=True)
        # Nor are lines that close a bracket or quote they never opened (`200项）` / `心”工程`):
        # running text the extraction broke off and set apart.
        lone |= self.broken
        # Nor is a photographer's signature (`王平摄影`): a credit set like a title.
        lone |= {t for t, g in enumerate(groups) if _is_photo_credit(g.lines)}
        # Nor is a title whose last word is `的` (`…游乐设施的`): a phrase that runs on into
        # what follows, a line of text or a headline's first line the extraction cut off.
        lone |= {t for t, g in enumerate(groups) if _ends_with_de("".join(_dedupe_lines(g.lines)))}
        # Nor are lines that leave a bracket or quote open, or close one more than they open
        # (`…编辑的《县志文`): a headline's marks pair up; these are a cut line of text, or a
        # piece of a title the extraction mixed with another.
        lone |= {t for t, g in enumerate(groups) if _unpaired("".join(_dedupe_lines(g.lines)))}
        # Nor is a heading numbered after the first (`二、…`, `（三）…`): a later section's
        # heading of a text begun above it, set apart. (Over a lead it heads a report of its
        # own: a numbered brief's headline, `2.全县植树造林全面展开` / `本报讯…`.)
        lone |= {
            t
            for t, g in enumerate(groups)
            if _later_section(_dedupe_lines(g.lines)) and not self.over_lead(g)
        }
        # Nor is the first heading of a run of numbered ones (`1.…` / text / `2.…`): the
        # first section's intertitle of the text the run goes on in.
        lone |= _numbered_sections(groups, self.units)
        # Nor is a label in lenticular brackets (`【青溪时评】`): a column's or a section's name,
        # over the headline of a piece or over its text when the piece prints none.
        lone |= {t for t, g in enumerate(groups) if _LABEL.fullmatch(_squeeze("".join(g.lines)))}
        # Nor is a date alone (`1990年7月`): a line of a chronology, or a text's date, set apart.
        lone |= {
            t for t, g in enumerate(groups) if _DATE_ONLY.fullmatch(_squeeze("".join(g.lines)))
        }
        # Nor is a title that is the first words of an article's text, wherever it stands: a
        # paragraph's opening set apart (an intertitle, a kicker), not the article's headline.
        openings = [d.pieces[0].text for d in self.drafts]
        lone |= {
            t
            for t, g in enumerate(groups)
            if any(_is_lead_in("".join(_dedupe_lines(g.lines)), text) for text in openings)
        }
        return lone

    def headline_score(self, t: int, a: int) -> float | None:
        """How surely group `t` is the headline of article `a`, by the words they share and
        by the title's place right before the article's text; None when neither counts."""
        group, draft = self.groups[t], self.drafts[a]
        before = self.stands_before(group, draft)
        # One bigram shared with a text far from the title may be chance: there it takes
        # two, as for a title matched by no article's words.
        gap = _gap(group, draft)
        matches = self.overlap[t][a] >= _SHARES_WORDS
        if gap > _NEAR_UNITS and self.words[t][a] < _SHARES_WORDS:
            matches = False
        if before and not matches and not draft.pieces[0].lead and group.first - 1 in self.open_at:
            # A sentence runs on across the title from the text right above it: a title
            # that shares no words with the text under it, and stands where another text
            # goes on, is no headline of it by its place alone.
            before = False
        if self.final and before and not self.words[t][a] and self.claimed(t, a):
            # A title whose words another article's text holds, and the text under it at
            # most one of them (which may be chance), is more likely that article's.
            before = False
        if not matches and not before:
            return None
        score = self.overlap[t][a] * matches
        # A title with its byline or subtitle is more surely a headline than a bare
        # line (which may be an intertitle): enough to settle a tie.
        full = bool(group.bylines) or any(x.startswith("——") for x in group.lines)
        return score + _STANDS_BEFORE * before + 0.05 * full

    def headlines_by_words_and_place(self) -> None:
        """Each article's headline by the words it shares with a title and by the title's
        place (`headline_score`), the scores of all the headlines given weighed together."""
        scores: list[tuple[float, int, int]] = []
        for t, group in enumerate(self.groups):
            if t in self.between or t in self.lone:
                continue
            for a, draft in enumerate(self.drafts):
                if self.inside(group, draft):
                    continue
                if self.tag_of(t, a):
                    continue
                score = self.headline_score(t, a)
                if score is not None:
                    scores.append((score, t, a))
        # The set of headlines whose scores add up to the most: a title that stands right
        # before a photo item, say, is not its headline when it is the only one another
        # article's words match.
        matched = _best_matching({(t, a): score for score, t, a in scores if score > 0})
        self.owner = dict(matched)
        self.headline = {a: t for t, a in matched.items()}

    def headlines_under_kickers(self) -> None:
        """A headline taken that is a kicker: a free title in a larger type above the text
        (`heads_kicker`) is the article's headline, and the line taken its kicker, printed over
        it. A kicker is a clause in a smaller type (who spoke where, what was decided), so it
        may share more of the text's words than the short headline in large type; the
        extraction may set either first, or the two apart, so their order says nothing. (A dash
        line is a subtitle, and a title with a byline is no kicker.) Of several such titles,
        the one the text's words match best."""
        for a, t in sorted(self.headline.items()):
            if self.marks_subtitle(t) or self.groups[t].bylines:
                continue
            free = [
                (self.words[f][a], f) for f in range(len(self.groups)) if self.heads_kicker(f, t, a)
            ]
            if free:
                f = max(free)[1]
                self.owner[f] = a
                self.headline[a] = f
                self.kicker[a] = t

    def signed_headlines(self) -> None:
        """A section's heading (`_section_heading`) taken as a headline, set right before its
        article's text with no byline, gives way to a free title printed with its byline whose
        words match that article best, and no other's as well: a title signed by its writer is
        the article's headline (`房价怎么走` / `王平`), set apart from the text (above it, or
        beside it and read after it), and the line right over the text the heading of its first
        section (`房价：有升有降`), which shares more of the words of the paragraphs it heads."""
        for a, t in sorted(self.headline.items()):
            group, draft = self.groups[t], self.drafts[a]
            if (
                group.bylines
                or self.marks_subtitle(t)
                or not _section_heading(_dedupe_lines(group.lines))
                or not self.stands_before(group, draft)
            ):
                continue
            signed = [
                (self.overlap[f][a], f)
                for f, other in enumerate(self.groups)
                if self.free(f)
                and other.bylines
                and not self.marks_subtitle(f)
                and max(self.overlap[f]) == self.overlap[f][a] >= _SHARES_WORDS
                and sum(o == self.overlap[f][a] for o in self.overlap[f]) == 1
            ]
            if signed:
                f = max(signed)[1]
                del self.owner[t]
                self.owner[f] = a
                self.headline[a] = f

    def heads_kicker(self, f: int, t: int, a: int) -> bool:
        """Is free title `f` the headline over article `a`'s headline taken, `t`, a kicker?
        Its headline (its lines above any in a smaller type, `_subtitle_cut`) shorter than `t`
        and set in a larger type (its lines hold fewer characters), above `a`'s text and right
        over no other text; no tag (`tag_of`); that headline a title of the text's subject, as
        its first paragraph gives it (a title the words of a later part match may
        be another article's the text ran on into); and no other article's words match it as
        well."""
        group, words = self.groups[f], self.words[f]
        lines, taken = _dedupe_lines(group.lines), _dedupe_lines(self.groups[t].lines)
        # Its headline: the lines above any in a smaller type (two titles side by side read into
        # one may put another article's headline over a line of this one's).
        head = lines[: _subtitle_cut(lines)]
        draft = self.drafts[a]
        first = next((p for p in draft.paragraphs if p), "")
        return (
            self.free(f)
            and not self.tag_of(f, a)
            and not _marks_subtitle(lines)
            and not any(map(_gap_between_words, lines))
            and len(_letters(head)) < len(_letters(taken))
            and _widest(head) < _widest(taken)
            and max(words) == words[a] >= _SHARES_WORDS
            and sum(o == words[a] for o in words) == 1
            and self.grams_share(_bigrams("".join(head)), _bigrams(first), 2) >= _SHARES_WORDS
            and group.last < draft.pieces[0].unit
            and not any(self.stands_before(group, d) for b, d in enumerate(self.drafts) if b != a)
        )

    def stacked_subtitles(self) -> None:
        """The subtitle under a headline, right above its article's text: a title line longer
        than the headline, set between it and the text (`_TitleGroup.under`)."""
        groups = self.groups
        for a, t in self.headline.items():
            s, start = t + 1, self.drafts[a].pieces[0]
            if (
                s < len(groups)
                and groups[s].under
                and s not in self.owner
                and s not in self.lone
                and groups[s].last + 1 == start.unit
                and not start.offset
            ):
                self.owner[s] = a
                self.stacked[a] = s

    def nearest_untaken_titles(self) -> None:
        """A headline for each article still without one: the nearest title no article's
        words match, nearest first. Once the headlines are final, words of a title that an
        article headed by a title its words match better shares count as chance
        (`words_claim`): such a title heads by its place only the long report it stands right
        over, alone (the `chance` test below)."""
        # An article still without a headline takes the nearest untaken title that shares no
        # words with any article, just before its text or just after it: a few units away at
        # most, or anywhere on the page for a photo item, whose title shares no words with its
        # caption and is often set apart from it (above the picture, or after the caption).
        near: list[tuple[int, int, int]] = []
        for t, group in enumerate(self.groups):
            if t in self.owner or t in self.lone or self.words_claim(t):
                continue
            # A title whose words only articles headed already share, by chance, heads by its
            # place only the text it stands right before, a report longer than a caption (a
            # short text there may be a box or a piece of another article, set apart); not a
            # dash line (a subtitle, which the words give), nor one that leads on with a dash
            # into what follows (`…都来找他看病———`: a text's line), nor a label of a few
            # characters (`致富路上`), more likely a column's or a photo's name than a report's.
            chance = any(o >= _SHARES_WORDS for o in self.words[t])
            short = len(_letters(group.lines)) <= _PHOTO_LABEL_SHORT
            if chance and (_is_subtitle(group) or _leads_on(group) or short):
                continue
            if self.final and (self.over_taken_subtitle(t) or self.under_taken_headline(t)):
                continue  # (while the pieces are chained, a title's place says where one begins)
            for a, draft in enumerate(self.drafts):
                if a in self.headline or self.inside(group, draft) or _sentence_end_only(draft):
                    continue
                gap = _gap(group, draft)
                # Set apart from its caption, a photo item's title is a short label (`春色`): a
                # long line there is more likely a line of some text the extraction set apart,
                # and a title wrapped over lines a headline set in a narrow column.
                label = (
                    len(_letters(group.lines)) <= _PHOTO_LABEL
                    and len(_dedupe_lines(group.lines)) == 1
                )
                # (While the pieces are still being chained, a title's place says where an
                # article begins: the headlines given are weighed so only once they are final.)
                over = self.final and self.over_other_column(t, a)
                near_by = gap <= _NEAR_UNITS and not over
                if chance and not (
                    self.stands_before(group, draft)
                    and _too_long_for_caption(draft)
                    and not self.in_a_run_of_titles(t, a)
                ):
                    continue
                if gap > 0 and (near_by or (draft.photo and label)):
                    near.append((gap, t, a))
        for _, t, a in sorted(near):
            if t not in self.owner and a not in self.headline:
                self.owner[t] = a
                self.headline[a] = t

    def words_claim(self, t: int) -> bool:
        """Do the words of an article claim title `t`: match it, where that article has no
        headline its words match better? Once the headlines are final, an article with such a
        headline has its title: a few of its words in another line are chance (`春风` in
        `春风十里`), and leave that line to the text it stands over."""
        return any(
            o >= _SHARES_WORDS
            and not (self.final and a in self.headline and self.words[self.headline[a]][a] > o)
            for a, o in enumerate(self.words[t])
        )

    def in_a_run_of_titles(self, t: int, a: int) -> bool:
        """Is title `t` one of a run of titles over article `a`'s text rather than the title
        right over it? So it is when another title stands between it and the text (a dash
        subtitle aside), or, no byline under it, when it stands under another title that the
        words of an article other than `a` match, with no text between (a block of headlines
        set apart from their texts, or a headline read before its kicker). Then its place says
        nothing of what it heads: the text under the run may be any of theirs. A photo item's
        title over it (which its caption's words match) or a kicker naming an installment of a
        series (`…系列报道之三`) leaves it the title over its text; so does its own byline,
        which signs the text under it."""
        group, start = self.groups[t], self.drafts[a].pieces[0].unit
        if any(
            group.last < other.first
            and other.last < start
            and k not in self.lone
            and not _is_subtitle(other)
            for k, other in enumerate(self.groups)
        ):
            return True
        if group.bylines:
            return False
        for k in range(t - 1, -1, -1):
            above = self.groups[k]
            if any(u.kind == TEXT for u in self.units[above.last + 1 : group.first]):
                return False
            if _INSTALLMENT.search(_squeeze("".join(_dedupe_lines(above.lines)))):
                continue
            if any(
                o >= _SHARES_WORDS and b != a and not self.drafts[b].photo
                for b, o in enumerate(self.words[k])
            ):
                return True
        return False

    def over_taken_subtitle(self, t: int) -> bool:
        """Does title `t`, no byline under it, stand right over a dash subtitle an article took
        for its headline, and share some of that article's words? Then it is that article's
        headline (`headlines_of_subtitles`), not another's by nearness."""
        group, below = self.groups[t], t + 1
        return (
            not group.bylines
            and below < len(self.groups)
            and below in self.owner
            and _is_subtitle(self.groups[below])
            and group.last + 1 == self.groups[below].first
            and self.overlap[t][self.owner[below]] > 0
        )

    def under_taken_headline(self, t: int) -> bool:
        """Is title `t` a marked subtitle (`——…`) set right under a headline an article took,
        nothing but titles and bylines between, or right before the text of an article with a
        headline? Then it is that article's subtitle (`kickers_and_subtitles`,
        `subtitles_set_apart`), not another's headline by nearness: a text near it may be
        another article's, read between."""
        group = self.groups[t]
        if not _is_subtitle(group):
            return False
        above = t - 1
        if above in self.owner and all(
            u.kind in (TITLE, BYLINE) for u in self.units[self.groups[above].last + 1 : group.first]
        ):
            return True
        return any(
            a in self.headline and self.stands_before(group, draft)
            for a, draft in enumerate(self.drafts)
        )

    def over_other_column(self, t: int, a: int) -> bool:
        """Is title `t` no headline of article `a` by nearness, as it stands right over a
        column of another article, one that goes on mid-paragraph from an earlier column?

        Set after `a`'s text, the title stands over that other text, not under its own (a
        headline stands over its text). Set before `a`'s text, it is the other article's
        title set over a later column of it when a title of its run (the titles and bylines
        set together there) shares a word with that article; else it may as well head `a`,
        read after the column set beside it.
        """
        group, titled = self.groups[t], (TITLE, BYLINE)
        start, under = group.first, group.last + 1
        while start > 0 and self.units[start - 1].kind in titled:
            start -= 1
        while under < len(self.units) and self.units[under].kind in titled:
            under += 1
        run = [r for r, g in enumerate(self.groups) if start <= g.first and g.last < under]
        after_text = self.drafts[a].pieces[0].unit < group.first
        return any(
            p.unit == under and not p.offset and p.begins_mid and not p.begins_paragraph
            for b, draft in enumerate(self.drafts)
            if b != a and (after_text or any(self.overlap[r][b] > 0 for r in run))
            for p in draft.pieces[1:]
        )

    def gather_titles(self) -> None:
        """Each article with a headline takes it, then the subtitle stacked under it."""
        self.titles = {a: [t] for a, t in self.headline.items()}
        for a, k in self.kicker.items():
            self.titles[a].append(k)
        for a, s in self.stacked.items():
            self.titles[a].append(s)

    def kickers_and_subtitles(self) -> None:
        """Kickers and subtitles: an unclaimed neighbour of a headline group that shares its
        words, or a dash line whose words are no other article's, set next to it among titles."""
        for a, t in self.headline.items():
            for neighbour in (t - 1, t + 1):
                if (
                    0 <= neighbour < len(self.groups)
                    and neighbour not in self.owner
                    and neighbour not in self.lead_ins
                    and self.goes_with(neighbour, t, a)
                ):
                    self.owner[neighbour] = a
                    self.titles[a].append(neighbour)

    def kickers_over_subtitled_headlines(self) -> None:
        """A title left unclaimed right over a headline with a dash subtitle under it, nothing
        but titles between (`春耕备耕正当时` / `早稻育秧基地开工` / `——新建秧田八百亩`): the
        kicker of a headline set in three decks, though its words are not the text's (a kicker
        sets the scene, the headline says what happened)."""
        for a, t in self.headline.items():
            kicker, subtitle = t - 1, t + 1
            if (
                kicker >= 0
                and subtitle < len(self.groups)
                and subtitle in self.titles[a]
                and self.groups[subtitle].lines[0].startswith(_SUBTITLE_MARK)
                and kicker not in self.owner
                and kicker not in self.lead_ins
                and kicker not in self.broken
                and not self.groups[kicker].lines[0].startswith(_SUBTITLE_MARK)
                and not self.groups[kicker].bylines
                and all(
                    u.kind == TITLE
                    for u in self.units[self.groups[kicker].last + 1 : self.groups[t].first]
                )
            ):
                self.owner[kicker] = a
                self.titles[a].append(kicker)

    def installment_kickers(self) -> None:
        """A title left unclaimed right over a headline, nothing but titles between, that names
        an installment of a series (`山乡新貌·系列报道之二`, `…（上）`): the kicker over
        that headline, though its words are not the text's (it names the series, the headline
        the piece)."""
        for a, t in self.headline.items():
            kicker = t - 1
            if (
                kicker >= 0
                and a not in self.kicker
                and kicker not in self.owner
                and kicker not in self.lead_ins
                and kicker not in self.broken
                and not self.groups[kicker].bylines
                and _INSTALLMENT.search(_squeeze("".join(_dedupe_lines(self.groups[kicker].lines))))
                and all(
                    u.kind == TITLE
                    for u in self.units[self.groups[kicker].last + 1 : self.groups[t].first]
                )
            ):
                self.owner[kicker] = a
                self.titles[a].append(kicker)
                self.kicker[a] = kicker

    def goes_with(self, neighbour: int, t: int, a: int) -> bool:
        """Is group `neighbour`, next to article `a`'s headline `t`, its kicker or subtitle?"""
        groups, overlap = self.groups, self.overlap
        near, far = sorted((groups[t], groups[neighbour]), key=lambda g: g.first)
        adjacent = all(u.kind in (TITLE, BYLINE) for u in self.units[near.last + 1 : far.first])
        dash = groups[neighbour].lines[0].startswith(_SUBTITLE_MARK)
        # A title's byline closes it: a line after the byline is no subtitle of it, and a
        # title with a byline is no kicker.
        closed = bool(groups[min(t, neighbour)].bylines)
        # A title after the headline, as large (no subtitle's longer line) and signed by a byline
        # of its own, is another headline set beside it, not read into it.
        beside = (
            neighbour > t
            and not dash
            and bool(groups[neighbour].bylines)
            and len(_letters(groups[neighbour].lines)) <= len(_letters(groups[t].lines))
        )
        # A marked line whose words are another article's is that article's.
        others = max((o for b, o in enumerate(self.words[neighbour]) if b != a), default=0.0)
        elsewhere = others >= _SHARES_WORDS and others > overlap[neighbour][a]
        return (
            adjacent
            and not closed
            and not beside
            and neighbour not in self.broken
            and (overlap[neighbour][a] >= _SHARES_WORDS or (dash and not elsewhere))
        )

    def lead_in_kickers(self) -> None:
        """A title that is the first words of an article's text, right before it or wherever
        the extraction set it (another article's text or titles between): its kicker, given
        to an article with a headline (not a subtitle alone)."""
        # The first words of an article's text printed as a title lead into it: its kicker,
        # wherever it and its headline stand.
        for t, group in enumerate(self.groups):
            lines = _dedupe_lines(group.lines)
            if t in self.owner or group.lead_in not in (0, len(lines)):
                continue
            for a, draft in enumerate(self.drafts):
                start = draft.pieces[0]
                right_before = start.unit == group.last + 1 and group.lead_in
                if (
                    not start.offset
                    and (right_before or _opening_lines(lines, start.text) == len(lines))
                    and any(not _is_subtitle(self.groups[h]) for h in self.titles.get(a, []))
                ):
                    self.owner[t] = a
                    self.titles[a].append(t)
                    break

    def headlines_of_subtitles(self) -> None:
        """A headline for each article that took only subtitles: the headline paired with its
        subtitle in a run set side by side, else the nearest free title above it (unless it
        shares none of the article's words and a free title its words match does,
        `matched_free_title`), else a free title its words or its place give it. A title it
        took that no headline is (`lone`: the text's first words, a kicker) leaves it with
        subtitles only still."""
        for a, ts in self.titles.items():
            heads = [t for t in ts if t not in self.lone]
            if not heads:
                continue  # it gave its title up to the article whose subtitle pairs with it,
                # or took only a kicker
            head = self.paired_headline(a, heads)
            if head is None:
                head = self.headline_above(a, heads)
                if head is not None and self.overlap[head][a] == 0:  # (none of its words)
                    matched = self.matched_free_title(a)
                    head = head if matched is None else matched
            if head is None and all(_is_subtitle(self.groups[t]) for t in heads):
                head = self.free_title(a)
            if head is not None:
                self.owner[head] = a
                ts.append(head)

    def headlines_over_subtitles(self) -> None:
        """Once the pieces are final, an article left with only subtitles (dash or bullet
        lines) takes the headline printed before them (past other subtitles and lone titles,
        as headlines set side by side print their subtitles after them all), free or taken by
        its place by an article none of whose words are its: a subtitle is printed under its
        own headline, and the text the headline stood over is another article's, the
        extraction read it over a column of that. The article that took it keeps its other
        titles, if any, else no headline rather than a wrong one. Not a title whose words
        another article's text matches better: an article still without a headline, or, for a
        free title, an article with one whose text holds two of its words at least (a line of
        that article's box). Nor the only headline of the article that took it over a subtitle
        of its own: a subtitle is printed under its headline."""
        if not self.final:
            return
        for b, ts in self.titles.items():
            if not ts or not all(_is_subtitle(self.groups[t]) for t in ts):
                continue
            t = min(ts) - 1
            while t >= 0 and (t in self.lone or _is_subtitle(self.groups[t])):
                t -= 1
            if t < 0 or t in self.between:
                continue
            a = self.owner.get(t)
            if a == b or (a is not None and self.overlap[t][a] > 0):
                continue
            if a is not None and any(self.owner.get(s) == a for s in range(t + 1, min(ts))):
                heads = [h for h in self.titles[a] if h not in self.lone]
                if all(h == t or _is_subtitle(self.groups[h]) for h in heads):
                    continue  # (its only headline, over its own subtitle)
            rivals = [
                self.overlap[t][c] if c not in self.headline else self.words[t][c]
                for c in range(len(self.drafts))
                if c != b and (c not in self.headline or a is None)
            ]
            if self.overlap[t][b] < max(rivals, default=0.0):
                continue
            self.move_headline(t, b)

    def move_headline(self, t: int, b: int) -> None:
        """Title `t` becomes article `b`'s headline, taken from the article that took it, if
        any, which keeps its other titles."""
        a = self.owner.get(t)
        if a is not None:
            self.titles[a].remove(t)
            for taken in (self.headline, self.kicker, self.stacked):
                if taken.get(a) == t:
                    del taken[a]
        self.owner[t] = b
        self.headline[b] = t
        self.titles.setdefault(b, []).append(t)

    def headlines_over_other_texts(self) -> None:
        """Once the pieces are final, a title taken by its place by an article none of whose
        words are its goes to an article still without any title, whose text begins a
        paragraph and holds its words (a pair of Chinese characters, not digits), as much as
        any other article's: the text it stood over is another article's column. Not a photo
        item's title (which shares no words with its caption), nor to a text far from it by
        one bigram only (which may be chance)."""
        if not self.final:
            return
        for t in range(len(self.groups)):
            a = self.owner.get(t)
            if a is None or self.overlap[t][a] > 0 or _is_subtitle(self.groups[t]):
                continue
            if self.headline.get(a) != t or self.drafts[a].photo:
                continue  # (a photo item's title shares no words with its caption)
            most = max(self.overlap[t])
            headless = [
                c
                for c, draft in enumerate(self.drafts)
                if not self.titles.get(c)
                and self.begins_paragraph(draft)
                and 0 < self.overlap[t][c] == most
                and self.shares_chinese(t, c)
                and (_gap(self.groups[t], draft) <= _NEAR_UNITS or self.words[t][c] > 0)
            ]
            if len(headless) != 1:
                continue
            self.move_headline(t, headless[0])

    def shares_chinese(self, t: int, a: int) -> bool:
        """Does article `a`'s text hold a pair of Chinese characters of title `t`? Digits shared
        (`10`, a year's) are as likely chance."""
        common = self.groups[t].words & self.bodies[a]
        return any(_CHINESE_PAIR.fullmatch(g) for g in common)

    def subtitles_set_apart(self) -> None:
        """A dash line still free, set apart from any headline (the extraction read a column
        or another title between), is the subtitle of the article whose words match it
        best, by a large share, else of the article whose text it stands right before (when no other
        article's words claim it): a dash marks a subtitle wherever it stands. (A bullet
        marks an item of a list too, in a text as well as under a headline.) Only an article
        with a headline and no subtitle yet takes one."""
        for t, group in enumerate(self.groups):
            dashed = _dedupe_lines(group.lines)[0].startswith(_DASHES)
            if not self.free(t) or not dashed:
                continue
            a = self.best_words(t)
            if a is None:
                before = [
                    b
                    for b, draft in enumerate(self.drafts)
                    if self.stands_before(group, draft)
                    and not self.claimed(t, b)
                    and all(self.groups[h].last < group.first for h in self.titles.get(b, []))
                ]  # (under the article's own titles: a dash line over them is not its subtitle)
                a = before[0] if len(before) == 1 else None
            ts = self.titles.get(a, []) if a is not None else []
            if ts and a not in self.stacked and not any(map(self.marks_subtitle, ts)):
                self.owner[t] = a
                ts.append(t)

    def marks_subtitle(self, t: int) -> bool:
        """Does title group `t` hold a line marked as a subtitle?"""
        return _marks_subtitle(_dedupe_lines(self.groups[t].lines))

    def best_words(self, t: int) -> int | None:
        """The article whose words match title `t` best, by a share of
        `_SUBTITLE_APART_SHARES` at least, when no other's match it as well; or by a smaller
        share (`_SHARES_WORDS` at least) that is `_SUBTITLE_APART_LEAD` times any other's: a
        subtitle says what the text is about in its own words, and may share few of them."""
        ranked = sorted(((o, a) for a, o in enumerate(self.overlap[t])), reverse=True)
        if not ranked or ranked[0][0] < _SHARES_WORDS:
            return None
        best, second = ranked[0][0], ranked[1][0] if len(ranked) > 1 else 0.0
        if second >= best or (
            best < _SUBTITLE_APART_SHARES and best < _SUBTITLE_APART_LEAD * second
        ):
            return None
        return ranked[0][1]

    def paired_headline(self, a: int, ts: list[int]) -> int | None:
        """The headline paired with article `a`'s only subtitle in titles set side by side
        (`_paired_headline`), taken from an article that took it by its place only."""
        head = _paired_headline(self.groups, self.units, ts)
        if head in self.lone:
            return None
        if head is not None and head in self.owner:
            b = self.owner[head]
            if b == a or self.overlap[head][b] >= _SHARES_WORDS or self.groups[head].bylines:
                return None  # the words of another article claim it
            self.titles[b].remove(head)  # it took that title by its place only
        return head

    def headline_above(self, a: int, ts: list[int]) -> int | None:
        """The nearest free title above article `a`'s subtitles (`_headline_above`), unless
        another article's words claim it and `a`'s do not."""
        # The units of columns that go on an article begun elsewhere (and begin none).
        starts = {d.pieces[0].unit for d in self.drafts}
        going_on = frozenset(p.unit for d in self.drafts for p in d.pieces[1:]) - starts
        head = _headline_above(self.groups, self.units, ts, self.owner, going_on)
        if head is not None and self.overlap[head][a] < _SHARES_WORDS and self.claimed(head, a):
            return None
        return head

    def matched_free_title(self, a: int) -> int | None:
        """The free title whose words article `a`'s match, and match best of all articles',
        when `a` took only subtitles: of several, the one they match most. It goes before the
        nearest free title above the subtitles that shares none of them (`headline_above`):
        another article's headline, set beside."""
        if not all(_is_subtitle(self.groups[t]) for t in self.titles[a] if t not in self.lone):
            return None
        matched = [
            (self.overlap[t][a], t)
            for t, group in enumerate(self.groups)
            if self.free(t)
            and not _is_subtitle(group)
            and max(self.overlap[t]) == self.overlap[t][a] >= _SHARES_WORDS
        ]
        return max(matched)[1] if matched else None

    def free_title(self, a: int) -> int | None:
        """A free title for article `a`, which has subtitles only: the best by its words and
        its place."""
        # Else the free title that shares most words with it, wherever it stands, or
        # that stands right before its text.
        free = []
        for t, group in enumerate(self.groups):
            if not self.free(t) or _is_subtitle(group):
                continue
            before = self.stands_before(group, self.drafts[a]) and not self.claimed(t, a)
            if self.overlap[t][a] >= _SHARES_WORDS or before:
                free.append((self.overlap[t][a] + _STANDS_BEFORE * before, t))
        return max(free)[1] if free else None

    def headlines_inside(self) -> None:
        """Once the pieces are final, an article that took no title at all takes the title
        that stands between two of its pieces (`between`), the one its words match best: with
        no headline above its text, that title is its headline, set after a column of it that
        the extraction read first. (An intertitle stands in an article that has a headline.)"""
        if not self.final:
            return
        for a, draft in enumerate(self.drafts):
            if self.titles.get(a):
                continue
            inside = [
                (self.overlap[t][a], t)
                for t in sorted(self.between)
                if t not in self.owner and t not in self.lone and self.inside(self.groups[t], draft)
            ]
            if inside:
                t = max(inside)[1]
                self.owner[t] = a
                self.titles[a] = [t]

    def leftover_headlines(self) -> None:
        """Once the pieces are final, the titles still free go to the articles still without
        any title whose text begins a paragraph: each to an article whose text holds some of
        its words and as many as any other's, when it stands above that text (or under it,
        sharing a match's worth of its words: `heads_from_under`), not right over another
        article's column that goes on mid-paragraph (`over_other_column`); the pairs whose
        shares add up to the most. Such a title shares too few words with its article, or
        stands too far from it, for the passes before (set apart across a picture or a
        column), but it is left over when every other title has found its article, and so is
        its article."""
        if not self.final or not self.drafts:
            return
        headless = [
            a
            for a, d in enumerate(self.drafts)
            if not self.titles.get(a) and self.begins_paragraph(d)
        ]
        shares: dict[tuple[int, int], float] = {}
        for t, group in enumerate(self.groups):
            if not self.free(t) or _is_subtitle(group):
                continue
            most = max(self.overlap[t])
            for a in headless:
                placed = group.last < self.drafts[a].pieces[0].unit or self.heads_from_under(t, a)
                if 0 < self.overlap[t][a] == most and placed and not self.over_other_column(t, a):
                    shares[t, a] = self.overlap[t][a]
        for t, a in _best_matching(shares).items():
            self.owner[t] = a
            self.titles[a] = [t]

    def heads_from_under(self, t: int, a: int) -> bool:
        """May title `t`, set after article `a`'s text, head it all the same? When it shares
        a match's worth of words with that text (`_SHARES_WORDS`): the extraction read the
        title after its text (a page's headlines gathered at its end, or one set beside its
        text), and a title left over whose words the text holds is that text's, wherever it
        stands. A title sharing fewer is the next article's, whose text went elsewhere.
        A continuation (`（上接第1版）`) is headed on the page it came from: a short title under
        it that shares a word is another's, or a column's name."""
        opening = self.drafts[a].pieces[0].text
        return self.overlap[t][a] >= _SHARES_WORDS and jump_from(opening) is None

    def lead_in_headlines(self) -> None:
        """Once the pieces are final, an article still without any title takes a free title
        that is the first words of its text (`leads_into`): its headline, as the paper printed
        it, repeating the text's first words (a kicker never stands without a headline), with
        the bylines under it. The nearest such title, when several are."""
        if not self.final:
            return
        near = [
            (_gap(self.groups[t], draft), t, a)
            for t in range(len(self.groups))
            if t not in self.owner and t not in self.broken and t not in self.between
            for a, draft in enumerate(self.drafts)
            if not self.titles.get(a) and self.leads_into(t, draft)
        ]
        for _, t, a in sorted(near):
            if t not in self.owner and not self.titles.get(a):
                self.owner[t] = a
                self.titles[a] = [t]

    def leads_into(self, t: int, draft: _Draft) -> bool:
        """Is title `t` the first words of the draft's text, right before it or wherever the
        extraction set it (`春光正好` / `春光正好，…`), a few units from it at most (farther, it
        may be anything the extraction set apart)? Not one set right over another text (a
        paragraph's opening read a column off, an intertitle), nor one no headline is
        whatever it opens (`_no_headline_text`)."""
        group, start = self.groups[t], draft.pieces[0]
        lines = _dedupe_lines(group.lines)
        if group.lead_in not in (0, len(lines)) or start.offset or _no_headline_text(lines):
            return False
        if draft.photo:
            return False  # (a photo item's title shares no words with its caption)
        under = self.units[group.last + 1] if group.last + 1 < len(self.units) else None
        if under is not None and under.kind == TEXT and under.index != start.unit:
            return False
        right_before = start.unit == group.last + 1 and group.lead_in
        opens = right_before or _opening_lines(lines, start.text) == len(lines)
        return opens and 0 < _gap(group, draft) <= _NEAR_UNITS


def _gap(group: _TitleGroup, draft: _Draft) -> int:
    """How many units a title stands from a draft's text: from the title's last unit to the
    text's first piece when it stands above, from the text's last piece to the title's first
    unit when below (0 or less when it stands within)."""
    first, last = draft.pieces[0].unit, max(p.unit for p in draft.pieces)
    return first - group.last if group.last < first else group.first - last


# A date and nothing else: a year, a month, a day, or some of them (`1990年7月`, `7月1日`).
_DATE_ONLY = re.compile(r"(?:[0-9０-９一二三四五六七八九十〇零]{1,4}[年月日]){1,3}")
_PHOTO_CREDIT = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}\s*摄影?$")


def _is_photo_credit(lines: list[str]) -> bool:
    """Is a title's text a photographer's name and `摄影` (`王平摄影`, `王平 李明 摄`)?"""
    text = re.sub(_ROLE_PREFIX, "", " ".join(_dedupe_lines(lines)).strip())
    return bool(_PHOTO_CREDIT.match(text)) and (
        text[0] in _SURNAMES or text.startswith(_COMPOUND_SURNAMES)
    )


def _no_headline_text(lines: list[str]) -> bool:
    """Is a title's text one no headline is, whatever text it opens: a date alone (a
    chronology's entry set apart, `1990年7月` / `1990年7月，…`), a photographer's signature,
    or marks left unpaired (a cut line of text)?"""
    text = "".join(_dedupe_lines(lines))
    return bool(_DATE_ONLY.fullmatch(_squeeze(text))) or _is_photo_credit(lines) or _unpaired(text)


# A column's or a section's label, set in lenticular brackets (`【青溪时评】`, `【图片新闻】`).
_LABEL = re.compile(r"【[^【】]{1,16}】")

# A title that names an installment of a series: its number at the end, after the series'
# name (`山乡新貌·系列报道之二`, `…·之一`; not `…最大的工程之一`, a clause), or a part in
# brackets (`…（上）`, `…（二）`).
_INSTALLMENT = re.compile(
    r"(?:(?:系列|[·・]).*之[一二三四五六七八九十\d]{1,3}"
    r"|[（(](?:[上中下]|[一二三四五六七八九十\d]{1,3})[）)])$"
)

# The numbers of a first section: its heading may open an article's text.
_FIRST_NUMBERS = ("一", "1", "１")


def _later_section(lines: list[str]) -> bool:
    """Does a title open with a section's number after the first (`二、…`, `（3）…`), not a
    decimal number (`2.6亿元…`)?"""
    text = _squeeze("".join(lines))
    number = _NUMBERED.match(text)
    if not number or text[number.end() : number.end() + 1].isdigit():
        return False
    return number.group().strip("（()）、.．") not in _FIRST_NUMBERS


def _section_number(lines: list[str]) -> tuple[str, int] | None:
    """A title's section number as its form and its value (`2.…` → (`#.`, 2), `（三）…` →
    (`（#）`, 3)), where it opens with one (no decimal number, `2.6亿元…`); else None."""
    text = _squeeze("".join(lines))
    number = _NUMBERED.match(text)
    if not number or text[number.end() : number.end() + 1].isdigit():
        return None
    digits = number.group().strip("（()）、.．")
    return number.group().replace(digits, "#"), _number(digits)


def _numbered_sections(groups: list[_TitleGroup], units: list[_Unit]) -> set[int]:
    """The title groups that head the numbered sections of one text (`1.…` / text / `2.…` /
    text): each a line numbered one after a heading of the same form (`1.` `2.`, `一、` `二、`,
    `（一）` `（二）`) above it, or one before the heading of that form right below it, with
    only text between the two. The first of them is an intertitle as the later ones are, no
    headline, and the texts between them one article's. (Over a lead, a numbered line heads a
    report of its own: numbered briefs, `1.…` / `本报讯…`.)"""
    numbered = [
        (t, number)
        for t, g in enumerate(groups)
        if len(_dedupe_lines(g.lines)) == 1 and (number := _section_number(g.lines))
    ]
    found: set[int] = set()
    for (s, (form, value)), (t, (next_form, next_value)) in itertools.pairwise(numbered):
        between = units[groups[s].last + 1 : groups[t].first]
        if (
            form == next_form
            and next_value == value + 1
            and between
            and all(u.kind == TEXT for u in between)
            and not any(_over_lead(units, groups[x]) for x in (s, t))
        ):
            found |= {s, t}
    return found


def _over_lead(units: list[_Unit], group: _TitleGroup) -> bool:
    """Does a text that opens with a lead (`本报讯…`) come right after the group?"""
    return _over_text(units, group) and _opens_lead(units[group.last + 1].lines, 0)


def _unpaired(text: str) -> bool:
    """Does the text hold an opening mark and its closing mark a different number of times?"""
    pairs = ("“”", "《》", "『』", "「」", "（）", "()")
    return any(text.count(a) != text.count(b) for a, b in pairs)


def _sentence_end_only(draft: _Draft) -> bool:
    """Is the draft's whole text one short line that ends a sentence (`的。`), set solid (a
    caption is often letter-spaced)? The end of a sentence begun elsewhere, which the
    extraction set apart: no article of its own, and no title's by its place."""
    if len(draft.pieces) != 1 or len(draft.pieces[0].lines) != 1:
        return False
    piece = draft.pieces[0]
    line = piece.lines[0]
    return (
        not piece.lead
        and ends_sentence(line)
        and not is_letter_spaced(line)
        and line_width(line) < piece.width / 2
    )


def _lead_ins(groups: list[_TitleGroup], units: list[_Unit], past_titles: bool = False) -> set[int]:
    """The title groups that are the first words of a text right after them, or a few units
    on where only text stands between (a column the extraction read in between): intertitles.
    With `past_titles`, also those with a title between: above a headline, such a line is
    its kicker; either way it is no headline."""
    found = set()
    for t, group in enumerate(groups):
        words = "".join(_dedupe_lines(group.lines))
        for unit in units[group.last + 1 : group.last + 1 + _NEAR_UNITS]:
            if unit.kind != TEXT and not past_titles:
                break
            if unit.kind == TEXT and _is_lead_in(words, unit.text):
                found.add(t)
                break
    return found


def _leads_on(group: _TitleGroup) -> bool:
    """Does the group's last line end with a dash that leads into what follows
    (`…都来找他看病———`)? A headline closes on its own words."""
    lines = _dedupe_lines(group.lines)
    return bool(lines) and bool(_LEADING_DASH.search(lines[-1].rstrip()))


def _is_subtitle(group: _TitleGroup) -> bool:
    lines = _dedupe_lines(group.lines)
    return bool(lines) and lines[0].startswith(_SUBTITLE_MARK)


def _paired_headline(groups: list[_TitleGroup], units: list[_Unit], taken: list[int]) -> int | None:
    """The headline of an article that took only its subtitle, in a run of titles set side by
    side: the extraction reads them row by row, the headlines first, then as many subtitles in
    the same order (`甲` `乙` / `——甲的副题` `——乙的副题`). The subtitle's place among the
    subtitles is its headline's among the headlines. A title after the subtitles (`丙`) begins
    the next row, and pairs with none of them."""
    if len(taken) != 1 or not _is_subtitle(groups[taken[0]]):
        return None

    def touching(x: int, y: int) -> bool:
        return all(u.kind in (TITLE, BYLINE) for u in units[groups[x].last + 1 : groups[y].first])

    low = high = taken[0]
    while low > 0 and touching(low - 1, low):
        low -= 1
    while high + 1 < len(groups) and touching(high, high + 1):
        high += 1
    run = range(low, high + 1)
    heads = [t for t in run if not _is_subtitle(groups[t])]
    subtitles = [t for t in run if _is_subtitle(groups[t])]
    if subtitles and heads and max(heads) > min(subtitles):
        # A title set after the subtitles begins the next row (a title, an author's name set
        # like one): the pairs are the headlines before the subtitles.
        heads = [t for t in heads if t < min(subtitles)]
        subtitles = list(itertools.takewhile(lambda t: _is_subtitle(groups[t]), run[len(heads) :]))
        if taken[0] not in subtitles:
            return None
    if len(subtitles) < 2 or len(heads) != len(subtitles) or max(heads) > min(subtitles):
        return None
    return heads[subtitles.index(taken[0])]


def _headline_above(
    groups: list[_TitleGroup],
    units: list[_Unit],
    taken: list[int],
    owner: dict[int, int],
    going_on: frozenset[int] = frozenset(),
) -> int | None:
    """An article that took only a subtitle (`——记一位乡村医生`) takes as its headline the
    nearest free title above it, among title lines only: another title may stand between when
    headlines are set side by side, but not one its byline has closed; so may the text of
    units in `going_on`, columns that go on other articles begun elsewhere, which the
    extraction read between the headline and its subtitle."""
    if not taken or not all(_is_subtitle(groups[t]) for t in taken):
        return None
    first = min(taken)
    for t in range(first - 1, -1, -1):
        between = units[groups[t].last + 1 : groups[first].first]
        if any(u.kind not in (TITLE, BYLINE) and u.index not in going_on for u in between):
            return None
        if t not in owner and not groups[t].bylines and not _is_subtitle(groups[t]):
            return t
    return None


def _credit_under_titles(
    units: list[_Unit],
    pieces: list[_Piece],
    groups: list[_TitleGroup],
    drafts: list[_Draft],
    titles: dict[int, list[int]],
) -> None:
    """A photo credit on its own that no caption took, right under a title (`工地新貌` /
    `记者 王平 摄`): the credit of the article that took that title, a photo item, unless its
    text is too long for a caption."""
    taken = {p.credit_unit for p in pieces}
    draft_of = _article_of_title(titles)
    last_of = {g.last: t for t, g in enumerate(groups)}
    ending = {(d.pieces[-1].unit, d.pieces[-1].offset): a for a, d in enumerate(drafts)}
    for unit in units:
        if unit.kind != CREDIT or unit.index in taken or unit.index - 1 not in last_of:
            continue
        a = draft_of.get(last_of[unit.index - 1])
        if a is not None and _too_long_for_caption(drafts[a]):
            a = None  # the title of an article that a photo stands by, not of a photo item
        if a is None:
            # No article took the title: the caption that ends right before it, as ever.
            before = [p for p in pieces if p.unit < unit.index]
            if before and not before[-1].ends_open and not before[-1].credit:
                a = ending.get((before[-1].unit, before[-1].offset))
        if a is not None and not drafts[a].photo:
            _close_photo(drafts[a], unit.lines)


def _credits_left_to_the_caption(
    units: list[_Unit],
    pieces: list[_Piece],
    groups: list[_TitleGroup],
    drafts: list[_Draft],
    titles: dict[int, list[int]],
) -> None:
    """A photo credit on its own that no text took (pdftotext read it amid another column's
    sentence, away from its caption): the credit of the one text on the page short enough for
    a caption, no photo item yet, whose last sentence ends, under no headline but a photo
    corner's label (`_under_a_label_at_most`: a short report under its headline is no caption).
    Where several such texts are left, none is surely the caption; a credit that closed a text
    too long for a caption may be that report's own photo's, and is left to it."""
    given = {_squeeze(d.credit) for d in drafts if d.credit}
    taken = {p.credit_unit for p in pieces}
    for unit in units:
        if unit.kind != CREDIT or unit.index in taken or _squeeze(unit.text) in given:
            continue
        captions = [
            d
            for x, d in enumerate(drafts)
            if d.pieces
            and not d.photo
            and _under_a_label_at_most(titles.get(x, []), groups)
            and not d.pieces[-1].ends_open
            and not _too_long_for_caption(d)
        ]
        if len(captions) == 1:
            _close_photo(captions[0], unit.lines)


def _under_a_label_at_most(taken: list[int], groups: list[_TitleGroup]) -> bool:
    """Do the title groups a text took hold no headline, only a photo corner's label (`看点`)
    if any (`_PHOTO_LABEL_SHORT`)?"""
    return all(len(_letters(groups[t].lines)) <= _PHOTO_LABEL_SHORT for t in taken)


# The most characters of a photo item's label (`看点`, `新春掠影`): the name of a regular photo
# corner, shorter than any headline that tells what a photo shows.
_PHOTO_LABEL_SHORT = 4


def _bylines_under_photo_labels(
    groups: list[_TitleGroup], drafts: list[_Draft], titles: dict[int, list[int]]
) -> None:
    """A byline under a photo item's short label (`看点`) that stands right under the headline
    of an article that is no photo item, signed by no byline of its own (`山村春耕早` / `看点` /
    `王平`), signs that headline, unless its text opens with a lead (which names its reporters,
    or none): the extraction read the label set beside the headline first. A photo item is
    signed by its credit, not by a byline under its label."""
    for t, article, photo in _titles_one_after_another(groups, titles):
        group, above = groups[t], groups[t - 1]
        if not group.reporters or above.reporters or above.last + 1 != group.first:
            continue
        if not drafts[photo].photo or drafts[article].photo or drafts[article].pieces[0].lead:
            continue  # (a lead names its own reporters, or none: `本报讯（记者 李红）`)
        if len(_letters(group.lines)) <= _PHOTO_LABEL_SHORT:
            above.signers, group.signers = group.reporters, []


def _bylines_over_next_titles(
    groups: list[_TitleGroup], drafts: list[_Draft], titles: dict[int, list[int]]
) -> None:
    """A byline under a title whose article's text opens with a lead that names its reporters,
    others than the byline's (`县里召开表彰会` / `王平` / `山村春早`, the first text `新华社北京
    1月1日电（记者 李红）…`), right over the next title, of another article that no byline and
    no lead signs, signs that next title: a report whose lead names its reporters prints no
    byline of its own, and the extraction read the next title, set beside it, after the byline
    printed under that title."""
    for t, article, other in _titles_one_after_another(groups, titles):
        group, below = groups[t - 1], groups[t]
        if not group.reporters or below.reporters or group.last + 1 != below.first:
            continue
        if drafts[other].bylines or _lead_names(drafts[other].pieces[0].text):
            continue
        named = _lead_names(drafts[article].pieces[0].text)
        signing = {n for b in group.reporters for n in _names(b)}
        if named and not signing & set(named):
            group.signers, below.signers = [], group.reporters


def _bylines_under_subtitles_beside(
    groups: list[_TitleGroup], drafts: list[_Draft], titles: dict[int, list[int]]
) -> None:
    """A byline under a dash subtitle set apart, right under the headline of another article
    that nothing signs (`县城新貌` / `山村春早` / `——县城新貌的由来` / `王平`), signs that
    headline: the two headlines stand side by side, and the subtitle under the one is read on
    the row of the byline under the other, which has no subtitle. So where the subtitle's own
    headline stands right before the other (`_row_beside`), or its article is signed elsewhere
    too: a second byline under the subtitle, lower, is the subtitle's own. Not a photo item's
    headline (signed by its credit), nor a report's that opens with a lead; nor where the
    byline's name signs the subtitle's article elsewhere too (the byline printed again)."""
    for t, other, article in _titles_one_after_another(groups, titles):
        group, above = groups[t], groups[t - 1]
        if not group.reporters or above.last + 1 != group.first:
            continue
        if not all(line.lstrip().startswith(_DASHES) for line in group.lines):
            continue
        if not _signed_by_nothing(drafts[other], [groups[k] for k in titles[other]]):
            continue
        signed = group.reporters[1:] or drafts[article].bylines
        signed = signed or [b for k in titles[article] if k != t for b in groups[k].reporters]
        if _names_of(group.reporters[:1]) & _names_of(signed):
            continue  # (the byline printed again where its name signs the subtitle's article)
        if signed or _row_beside(groups, t, titles[article]):
            above.signers, group.signers = group.reporters[:1], group.reporters[1:]


def _bylines_under_the_row_signing_the_first(
    groups: list[_TitleGroup], drafts: list[_Draft], titles: dict[int, list[int]]
) -> None:
    """Two headlines right after one another, the second with one byline in a block of its own
    under it (`县城新貌` / `山村春早` / `王平`), where the second's article is signed elsewhere
    too, by none of the byline's names, and nothing signs the first's: the byline is the first
    headline's, the two read as one row, then the first byline of the row's; the second's is
    read further on. (A name that signs the second further on too is the second's, printed
    again.)"""
    for t, other, article in _titles_one_after_another(groups, titles):
        group, first = groups[t], groups[t - 1]
        bylines = [u for u in group.units if u.kind == BYLINE]
        if len(bylines) != 1 or bylines[0].block == group.block or group.signers is not None:
            continue
        if first.last + 1 != group.first or first.signers is not None:
            continue
        if not _signed_by_nothing(drafts[other], [groups[k] for k in titles[other]]):
            continue
        signed = drafts[article].bylines or [
            b for k in titles[article] if k != t for b in groups[k].reporters
        ]
        if signed and not _names_of(group.reporters) & _names_of(signed):
            first.signers, group.signers = group.reporters, []


def _bylines_read_into_a_sentence(
    groups: list[_TitleGroup], drafts: list[_Draft], titles: dict[int, list[int]]
) -> None:
    """A byline over a piece of an article's text that goes on with a sentence the piece before
    it leaves open (`…村民们在` / `王平` / `田里插秧。`), the two in blocks apart, where something
    else signs the article already (a byline under its title, or its lead), signs the nearest
    article whose title stands before that article's, if nothing signs that one (`山村春早` over
    `县城新貌` / `李红`, `王平` amid the text under them): no byline opens the middle of a
    sentence; pdftotext read the byline of a title set beside the column between two of the
    column's lines. The byline stays where the title before is signed already, where the two
    lines stand in one block (a line read across the columns), where the piece under the
    byline cannot go on with a paragraph begun before it (a second writer's part: the sentence
    before may close on a colon), or where the line is a picture's credit (`李红 摄影报道`: a
    photo set in the column)."""
    draft_of = _article_of_title(titles)
    for article, own in titles.items():
        draft = drafts[article]
        if not own or not _signed_by_title_or_lead(draft, [groups[k] for k in own]):
            continue
        for n, piece in enumerate(draft.pieces):
            if not n or not piece.bylines or n in draft.sections:
                continue
            before = draft.pieces[n - 1]
            if ends_sentence(before.lines[-1]) or before.block == piece.block:
                continue  # (a sentence's lines in one block: a byline read across a column)
            if not piece.begins_mid or any(map(_is_credit, piece.bylines)):
                continue  # a second writer over a paragraph of their own; a picture's credit
            other = _nearest_article_before(draft_of, min(own), article)
            if other is None or not _signed_by_nothing(
                drafts[other], [groups[k] for k in titles[other]]
            ):
                continue
            first = min(titles[other])
            groups[first].signers, piece.bylines = piece.bylines, []


def _signed_by_title_or_lead(draft: _Draft, own: list[_TitleGroup]) -> bool:
    """Is the article signed by a byline under its title or by its text's lead?"""
    return any(g.reporters for g in own) or bool(_lead_names(draft.pieces[0].text))


def _nearest_article_before(draft_of: dict[int, int], t: int, article: int) -> int | None:
    """The article that took the nearest title group before group `t`, other than `article`."""
    for k in range(t - 1, -1, -1):
        if draft_of.get(k) not in (None, article):
            return draft_of[k]
    return None


def _article_of_title(titles: dict[int, list[int]]) -> dict[int, int]:
    """The article that took each title group taken, from the titles each article took."""
    return {t: a for a, ts in titles.items() for t in ts}


def _titles_one_after_another(
    groups: list[_TitleGroup], titles: dict[int, list[int]]
) -> Iterator[tuple[int, int, int]]:
    """Each title group `t` right after another in the page's list, the two taken by two
    articles: `t`, the article that took the one before, and the one that took `t`."""
    draft_of = _article_of_title(titles)
    for t in range(1, len(groups)):
        before, article = draft_of.get(t - 1), draft_of.get(t)
        if before is not None and article is not None and before != article:
            yield t, before, article


def _signed_by_nothing(draft: _Draft, own: list[_TitleGroup]) -> bool:
    """Does nothing sign the article: no byline over its text or under its titles, no lead,
    and no credit (a photo item is signed by its credit)?"""
    return not (
        draft.photo or draft.bylines or draft.pieces[0].lead or any(g.reporters for g in own)
    )


def _names_of(bylines: list[str]) -> set[str]:
    """The names the bylines give (each byline squeezed where it gives none)."""
    return {n for b in bylines for n in (_names(b) or [_squeeze(b)])}


def _row_beside(groups: list[_TitleGroup], t: int, own: list[int]) -> bool:
    """Does the subtitle group `t` follow two headlines read as one row, its own (among `own`)
    and then the other's, right after one another?"""
    return t >= 2 and t - 2 in own and groups[t - 2].last + 1 == groups[t - 1].first


def _titles_above(units: list[_Unit], unit: int, signed: bool = False) -> int:
    """The first of the title units that stand right above `unit` (`unit` itself if none do);
    with `signed`, of the title units over the byline units right above it."""
    first = unit
    while signed and first and units[first - 1].kind == BYLINE:
        first -= 1
    top = first
    while first and units[first - 1].kind == TITLE:
        first -= 1
    return first if first < top else unit


def _bylines_over_texts(
    units: list[_Unit],
    pieces: list[_Piece],
    groups: list[_TitleGroup],
    drafts: list[_Draft],
    titles: dict[int, list[int]],
) -> None:
    """A title's byline set solid over the first line of a text, in a block apart from the
    title (`县城新貌` / blank / `王平` / `今年以来…`), signs that text: when another article
    took the text, the byline is that article's, not the title's (a title set after its own
    text, over the next article's byline). So does one in a block of its own between the title
    and the text (`县城新貌` / blank / `王平` / blank / `今年以来…`), where the text opens that
    other article (`_signs_text_under`) and nothing signs that article yet
    (`_signed_elsewhere`); not on a page whose last title keeps its byline so set
    (`_bylines_kept_under_titles`), nor under a letter's closing formula (`_closing_formula`).
    Not bylines read row by row under headlines set side by side, which went back to their own
    headlines (`_pair_bylines`)."""
    draft_of = _article_of_title(titles)
    owner = {(p.unit, p.offset): a for a, d in enumerate(drafts) for p in d.pieces}
    starts = {(p.unit, p.offset): p for p in pieces}
    kept_under = _bylines_kept_under_titles(units, groups)
    for t, group in enumerate(groups):
        if group.signers is not None:
            continue  # bylines read row by row went back to their headlines already
        kept = []
        own = drafts[draft_of[t]].bylines if t in draft_of else []
        for unit in (u for u in group.units if u.kind == BYLINE):
            after = units[unit.index + 1] if unit.index + 1 < len(units) else None
            start = (unit.index + 1, 0)
            if (
                after is not None
                and after.kind == TEXT
                and start in owner
                and owner[start] != draft_of.get(t)
                and (
                    after.block == unit.block != group.block
                    or (
                        not kept_under
                        and not _closing_formula(groups, t)
                        and _signs_text_under(unit, after, group, drafts[owner[start]], own)
                        and _may_stand_after_its_text(
                            drafts, draft_of, groups, titles, t, owner[start]
                        )
                        and not _authored_title_block(groups, draft_of, t)
                        and _titled_apart(groups, drafts, titles, t, owner[start])
                        and not _signed_elsewhere(units, groups, drafts, titles, owner[start])
                    )
                )
            ):
                starts[start].bylines.append(unit.text)
            else:
                kept.append(unit.text)
        if len(kept) < len(group.bylines):
            group.signers = kept


def _signs_text_under(
    byline: _Unit,
    after: _Unit,
    group: _TitleGroup,
    draft: _Draft,
    signing: list[str],
) -> bool:
    """Does a byline in a block of its own, between a title and a text that another article
    took, sign that text rather than the title? So it does where the text is that article's
    first piece, the byline right over its opening (and nothing signs that article yet,
    `_signed_elsewhere`: a report whose lead names its reporters prints no byline of its own,
    so the byline is the title's). The title over it is another article's that the extraction
    read right before the byline: one set after its own text, or beside the text's own
    headline. Not where its name signs the title's article over its text too (`signing`): the
    byline printed again, under the title."""
    return (
        byline.block not in (group.block, after.block)
        and (draft.pieces[0].unit, draft.pieces[0].offset) == (after.index, 0)
        and not _names_of([byline.text]) & _names_of(signing)
    )


def _may_stand_after_its_text(
    drafts: list[_Draft],
    draft_of: dict[int, int],
    groups: list[_TitleGroup],
    titles: dict[int, list[int]],
    t: int,
    article: int,
) -> bool:
    """Could title `t` be set after its own text, over the next article's: not where its own
    article's text, none of it above the title, opens right under the title of the article
    whose text stands under the byline (`县城新貌` / `王平` / a short item / its title / the
    headline's text). That headline was set over its own text, a short item set in between
    with its title after it, and keeps its byline. A title read right after the headline of the
    article whose text follows is a row (`_titled_apart`)."""
    if t not in draft_of or _read_after_headline(groups, titles, t, article):
        return True
    pieces = drafts[draft_of[t]].pieces
    if any(p.unit < groups[t].first for p in pieces):
        return True
    return pieces[0].unit not in {groups[k].last + 1 for k in titles.get(article, [])}


def _read_after_headline(
    groups: list[_TitleGroup], titles: dict[int, list[int]], t: int, article: int
) -> bool:
    """Is title `t` read right after one of the article's own titles, the two one row?"""
    return t - 1 in titles.get(article, []) and groups[t - 1].last + 1 == groups[t].first


def _opens_with_dash(group: _TitleGroup) -> bool:
    """Does the title's first line open with a dash, as a subtitle's does (`——记…`)?"""
    return group.lines[0].lstrip().startswith(_DASHES)


def _authored_title_block(groups: list[_TitleGroup], draft_of: dict[int, int], t: int) -> bool:
    """Is title `t` a dash subtitle (`——一位老教师的自述`) read right under its own article's
    headline? A byline right under it closes that article's title block (headline, subtitle,
    author), set after its text as an essay's is: the author's, not the next text's. Not a
    dash subtitle read under another article's title, which the extraction set amid the page's
    title blocks."""
    return (
        t in draft_of
        and _opens_with_dash(groups[t])
        and draft_of.get(t - 1) == draft_of[t]
        and groups[t - 1].last + 1 == groups[t].first
    )


def _signed_elsewhere(
    units: list[_Unit],
    groups: list[_TitleGroup],
    drafts: list[_Draft],
    titles: dict[int, list[int]],
    article: int,
    seen: frozenset[int] = frozenset(),
) -> bool:
    """Is the article whose text stands under a byline in a block of its own signed already,
    so that the byline is the title's above it: by a lead that names its reporters, a byline
    over or after its text (`本报记者 李明` after its last line, before its title set after it),
    brackets holding names that close its text (`…新高。（记者 李明）`, `（李明）`), or a byline
    under a title of its own, in a block apart, that stays there (`_stays_under_title`)? A
    report is signed once. (Not by a byline that this reading moves on from under its title to
    the next article's text: that title's article is signed by the byline over it.)"""
    draft = drafts[article]
    if _lead_names(draft.pieces[0].text) or draft.signers:
        return True
    if _signed_in_brackets(draft.pieces[-1].text):
        return True
    seen = seen | {article}
    return any(
        _stays_under_title(units, groups, drafts, titles, unit, seen)
        for k in titles.get(article, [])
        for unit in groups[k].units
        if unit.kind == BYLINE and unit.block != groups[k].block
    )


def _stays_under_title(
    units: list[_Unit],
    groups: list[_TitleGroup],
    drafts: list[_Draft],
    titles: dict[int, list[int]],
    byline: _Unit,
    seen: frozenset[int],
) -> bool:
    """Does a byline in a block of its own under a title stay there: no text right under it
    that opens an article other than those `seen` (the title's own among them), or one of an
    article that something else signs (`_signed_elsewhere`)? Only onto the text of an article
    that nothing signs does such a byline move on (`_bylines_over_texts`)."""
    after = byline.index + 1
    if after >= len(units) or units[after].kind != TEXT:
        return True
    opened = [
        a for a, d in enumerate(drafts) if (d.pieces[0].unit, d.pieces[0].offset) == (after, 0)
    ]
    return (
        not opened
        or opened[0] in seen
        or _signed_elsewhere(units, groups, drafts, titles, opened[0], seen)
    )


def _bylines_kept_under_titles(units: list[_Unit], groups: list[_TitleGroup]) -> bool:
    """Does the page's last title have a byline in a block of its own under it that no text
    follows (`山村春早` / `本报记者 李红`, the page's end)? That byline is the title's, its text
    set above it: the page prints each title over its own byline, and a byline so set under an
    earlier title is that title's too, not the text's under it."""
    if not groups:
        return False
    last = groups[-1]
    return any(
        unit.kind == BYLINE
        and unit.block != last.block
        and all(u.kind != TEXT for u in units[unit.index + 1 :])
        for unit in last.units
    )


# The most characters each line of a letter's closing formula holds (`此致` / `敬礼`), read as
# a title's two lines: fewer than a headline's lines hold, but for a label's one (`瞬间`).
_CLOSING_LINE = 2


def _closing_formula(groups: list[_TitleGroup], t: int) -> bool:
    """Is title `t`, over a byline, two lines of two characters each at most (`此致` / `敬礼`),
    or one such line right under another, each a title of its own? That is a letter's closing
    formula, set after the letter's last sentence, and the byline under it is the letter's
    signature, not the next text's: a headline broken over two lines holds more (`我省` /
    `粮食产量`), and a label of two characters (`瞬间`) stands on one line alone."""
    lines = groups[t].lines
    if len(lines) == 1 and t and groups[t - 1].last + 1 == groups[t].first:
        lines = groups[t - 1].lines + lines
    return len(lines) == 2 and all(len(_squeeze(line)) <= _CLOSING_LINE for line in lines)


def _titled_apart(
    groups: list[_TitleGroup],
    drafts: list[_Draft],
    titles: dict[int, list[int]],
    t: int,
    article: int,
) -> bool:
    """Did the article whose text stands under title `t`'s byline take a title of its own, and
    is `t` no headline of a row with it? A text that took none is most often a part of the
    title's own article. Two headlines read one right after the other, the text's and then
    `t`, are a row set side by side, whose one byline stays with the headline right over it
    (`_pair_bylines`), where nothing else signs that headline's article: not where `t` is a
    dash subtitle (the text's own headline's), a title no article took (a photo's label), or
    one whose article a byline, a lead or a photo credit signs."""
    taken = titles.get(article, [])
    if not taken:
        return False
    if not _read_after_headline(groups, titles, t, article):
        return True
    if _opens_with_dash(groups[t]):
        return True
    other = next((a for a, ts in titles.items() if t in ts), None)
    if other is None:
        return True
    own = [groups[k] for k in titles[other] if k != t]
    return not _signed_by_nothing(drafts[other], own)


def _section_heading(lines: list[str]) -> bool:
    """Is a title one line with a colon within it, between a topic and what is said of it
    (`房价：有升有降`): the way a section's heading is set, rather than a headline's?"""
    return len(lines) == 1 and bool(re.search(r"[：:].", lines[0].strip()))


def _section_right_above(
    groups: list[_TitleGroup], units: list[_Unit], group_at: dict[int, int], unit: int
) -> bool:
    """Is the title right above `unit` (the first piece of an article whose headline stands
    apart, higher in the page text, other things read between) a section heading
    (`_section_heading`)? Then it heads the text's first section, an intertitle."""
    above = _titles_above(units, unit)
    t = group_at.get(above)
    return (
        above < unit
        and t is not None
        and groups[t].first == above
        and groups[t].last == unit - 1
        and _section_heading(_dedupe_lines(groups[t].lines))
    )


_WRAPPED_INTERTITLE_LINES = 2  # an intertitle's lines between two pieces: one, or one wrapped


def _intertitles(
    groups: list[_TitleGroup],
    titles: dict[int, list[int]],
    chains: list[list[int]],
    pieces: list[_Piece],
    units: list[_Unit],
) -> tuple[dict[int, _Intertitle], dict[int, list[int]]]:
    """A title line no article took, set between its headline and its first piece, or right
    above a piece that follows another in one article (there, maybe one heading wrapped onto a
    second line, no dash leading it), where that one ends a paragraph above it in the page text
    (other articles' columns may be read between the two) or anywhere after it (the extraction
    read the later column first): an intertitle of that article (`一项长期的民生工程`).
    Between two pieces, a section's heading may carry its writer's name (`中篇：新人辈出` /
    `王平`, pieces by several writers under one headline): both stay in the text, paragraphs of
    their own. Between a lone title and the first piece, a line shorter than that title is its
    headline, set in larger type, and the title its kicker (`田野里的希望` under
    `县里春耕备耕工作全面展开`): the article takes it. Right above the first piece, with other
    things read between it and the headline set apart above (or with the headline read after
    the text, set beside it), a section's heading (`房价：有升有降`, `_section_heading`) is the
    intertitle of the first section.

    Returns the unit of the piece after → the intertitle (with its writer's bylines), and
    `titles` with those headlines taken.
    """
    titles = {a: list(ts) for a, ts in titles.items()}
    taken = {t for ts in titles.values() for t in ts}
    group_at = {u.index: t for t, g in enumerate(groups) for u in g.units}
    found: dict[int, _Intertitle] = {}
    for number, chain in enumerate(chains):
        # Between two pieces, or between the headline and the first piece.
        headline = max((groups[t].last for t in titles.get(number, [])), default=None)
        starts = [] if headline is None else [(headline, pieces[chain[0]].unit)]
        spans = starts + [
            (pieces[a].unit, pieces[b].unit)
            for a, b in itertools.pairwise(chain)
            if not pieces[a].ends_open  # no intertitle cuts a sentence
        ]
        for after, before in spans:
            # Between two pieces, a section's heading may carry its writer's name.
            start = after + 1 if after == headline else _titles_above(units, before, signed=True)
            apart = (
                after == headline
                and (after + 1 < _titles_above(units, before) or after > before)
                and _section_right_above(groups, units, group_at, before)
            )
            if apart:
                start = _titles_above(units, before)  # the headline set apart, above
            between = range(start, before)
            kinds = (TITLE,) if after == headline else (TITLE, BYLINE)
            if not between or any(units[u].kind not in kinds for u in between):
                continue
            owners = {group_at.get(u) for u in between}
            if None in owners or owners & taken or len(owners) != 1:
                continue
            t = owners.pop()
            group = groups[t]
            if after == headline and _is_subtitle(group):
                continue  # a marked line under a headline is a subtitle, whoever's it is
            lines = _dedupe_lines(group.lines)
            # A colon within a heading parts its two halves (`中篇：新人辈出`); one that ends a
            # line opens what follows, as running text does. Between two pieces, a heading may
            # wrap onto a second line (`县图书馆新馆今起` / `对外开放`), no longer for that
            # than a title may be; under the headline, two lines are the title's own. A second
            # line a dash leads is a subtitle under a headline, another article's.
            heading = "".join(re.sub(r"[：:](?=.)", "", line) for line in lines)
            most = 1 if after == headline else _WRAPPED_INTERTITLE_LINES
            if len(lines) > most or not _title_like(heading) or _marks_subtitle(lines[1:]):
                continue
            mine = titles.get(number, [])
            if (
                after == headline
                and not apart
                and len(mine) == 1
                and not groups[mine[0]].bylines
                and len(_letters(group.lines)) < len(_letters(groups[mine[0]].lines))
            ):
                # A shorter line under a lone title that no byline closes, right above the text,
                # is the headline, set in larger type: the title above it is its kicker.
                titles[number] = [mine[0], t]
                taken.add(t)
                continue
            found[before] = _Intertitle(title_text(lines), tuple(group.bylines))
    return found, titles


def _text_under_no_headline(
    groups: list[_TitleGroup],
    taken: set[int],
    chains: list[list[int]],
    pieces: list[_Piece],
    between: dict[int, _Intertitle],
) -> dict[int, list[str]]:
    """Title lines no article took, set right over a piece of an article in one block with it:
    the first lines of that piece, read as a title for their widths or a dash (a heading in
    the text, a paragraph's short first line, lines of text over a dash). A title no article
    takes is dropped; text must not be. Over the piece that opens an article, they are its
    headline no match gave, unless they read as text (`_reads_as_text`); a title with bylines
    under it is signed, no text.

    Returns the piece → the lines to set before its own."""
    first = {chain[0] for chain in chains}
    chained = {i for chain in chains for i in chain}
    over: dict[int, list[str]] = {}
    for t, group in enumerate(groups):
        if t in taken or group.bylines:
            continue
        below = next((i for i, p in enumerate(pieces) if p.unit == group.last + 1), None)
        if below is None or below not in chained or pieces[below].unit in between:
            continue
        if below in first and not _reads_as_text(group.lines):
            continue
        piece = pieces[below]
        if piece.block == group.block and piece.offset == 0:
            over[below] = _dedupe_lines(group.lines)  # a bold line's second print is none
    return over


def _reads_as_text(lines: list[str]) -> bool:
    """Do title lines read as text? So they do where a mark of a clause or a sentence stands
    inside a line (`…推着轮椅；刚进…`). A headline holds one seldom (`新年，山村有了新变化`),
    and one read into its text is still found, where a line of text dropped would be lost.
    The mark after a section's number (`二、…`) is none: a numbered heading is a title."""
    return any(re.search(r"[，；、。！？]", _unnumbered(line)[:-1]) for line in lines)


def _unnumbered(line: str) -> str:
    """A line without the section's number that opens it (`二、`, `（三）`)."""
    line = line.strip()
    number = _NUMBERED.match(line)
    return line[number.end() :] if number else line
