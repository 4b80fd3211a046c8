"""Parts of one article that the links left apart, joined again."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable

from .drafts import _Draft
from .lines import ends_sentence, is_letter_spaced, line_width
from .links import (
    _CHANCE_SHARE,
    _OWN_TITLE,
    _SAME_TITLE,
    _SHARED_WORDS,
    _claimed,
    _link_features,
    _score,
)
from .pieces import _Piece
from .titles import (
    _dedupe_lines,
    _is_subtitle,
    _numbered_sections,
    _section_number,
    _TitleGroup,
)
from .units import BYLINE, TITLE, _Unit
from .words import (
    _bigram_counts,
    _chance_levels,
    _chance_similarities,
    _idf,
    _similarities,
    _similarities_to,
)

# The least similarity of two texts taken for parts of one article: beyond chance.
_SAME_ARTICLE = _CHANCE_SHARE
# How many times what two texts of their lengths share by chance on the page (as in
# `_chance_similarities`) the two parts of an article share, at least, where the heading
# between them is signed by its writer: set as a headline with its byline is, it may as well
# head the next article, whose words its neighbour shares a little beyond chance too.
_SECTION_CHANCE = 3.0


def _rejoin_at_intertitles(
    chains: list[list[int]],
    drafts: list[_Draft],
    titles: dict[int, list[int]],
    groups: list[_TitleGroup],
    units: list[_Unit],
) -> list[list[int]]:
    """Chains read apart at an intertitle, joined again.

    A title line (no kicker or subtitle) that stands right after where one article ends a
    paragraph, and right before another that it heads, without a lead or a credit, is that
    article's intertitle when the two texts share words beyond what two unrelated texts of a
    page share by chance. A section's heading may carry its writer's name (pieces by several
    writers under one headline): with a byline, the title heads a section only where the two
    texts share several times what texts of their lengths share by chance on the page.
    """
    pairs: list[tuple[int, int, bool]] = []  # before, after, and is the title a bare line?
    for after, taken in titles.items():
        group = groups[taken[0]]
        draft = drafts[after]
        start = draft.pieces[0]
        if len(taken) != 1 or len(_dedupe_lines(group.lines)) != 1:
            continue
        if start.lead or draft.photo or start.unit <= group.last:
            continue
        if any(u.kind not in (TITLE, BYLINE) for u in units[group.last + 1 : start.unit]):
            continue
        for before, other in enumerate(drafts):
            end = other.pieces[-1]
            if before == after or other.photo or end.ends_open or end.unit >= group.first:
                continue
            if all(u.kind == TITLE for u in units[end.unit + 1 : group.first]):
                pairs.append((before, after, not group.bylines))
    sections = _numbered_joins(drafts, groups, units)
    if not pairs and not sections:
        return chains
    texts = ["".join(d.paragraphs) for d in drafts]
    similarity = _similarities(texts)
    # (what texts share by chance, only where a heading is signed)
    chance = _chance_similarities(texts) if not all(plain for *_, plain in pairs) else None
    joins = sections + [
        (similarity[before][after], before, after)
        for before, after, plain in pairs
        if plain
        or (
            chance is not None
            and similarity[before][after] >= _SECTION_CHANCE * chance[before][after]
        )
    ]
    members = {k: list(chain) for k, chain in enumerate(chains)}
    home = list(range(len(chains)))  # the chain each one's pieces are in now
    for score, before, after in sorted(joins, reverse=True):
        into = home[before]
        if score < _SAME_ARTICLE or home[after] != after or into == after:
            continue
        if members[into][-1] != chains[before][-1]:
            continue  # its end goes on in another chain already
        members[into].extend(members.pop(after))
        home = [into if h == after else h for h in home]
    return sorted(members.values(), key=lambda chain: chain[0])


def _numbered_joins(
    drafts: list[_Draft], groups: list[_TitleGroup], units: list[_Unit]
) -> list[tuple[float, int, int]]:
    """The texts read apart at the headings of a run of numbered sections (`1.…` / text /
    `2.…`, `_numbered_sections`), to be joined whatever words they share: the article that
    ends a paragraph right above a heading goes on in the one that begins right under it (the
    first heading's, under the text that introduces the sections); and at a numbered heading
    read as a line of text (`二、…`) in a block of its own, which ends no article. As (score,
    before, after), ranked before any join by words."""
    joins = []
    for t in sorted(_numbered_sections(groups, units)):
        group = groups[t]
        before = next(
            (
                b
                for b, draft in enumerate(drafts)
                if draft.pieces[-1].unit == group.first - 1
                and not draft.pieces[-1].ends_open
                and not draft.photo
            ),
            None,
        )
        after = next(
            (
                a
                for a, draft in enumerate(drafts)
                if draft.pieces[0].unit == group.last + 1
                and not draft.pieces[0].offset
                and not draft.pieces[0].lead
                and not draft.photo
            ),
            None,
        )
        if before is not None and after is not None and before != after:
            joins.append((math.inf, before, after))
    # A numbered heading read as a line of text in a block of its own (`二、…`) ends no article:
    # its section goes on in the text that begins right under it.
    for before, draft in enumerate(drafts):
        end = draft.pieces[-1]
        if len(end.lines) != 1 or end.offset or not _section_number(end.lines):
            continue
        if ends_sentence(end.lines[0]) or len(units[end.unit].lines) != 1 or draft.photo:
            continue
        for after, other in enumerate(drafts):
            start = other.pieces[0]
            if (
                start.unit == end.unit + 1
                and not start.offset
                and not start.lead
                and after != before
            ):
                joins.append((math.inf, before, after))
    return joins


# The least similarity of a text under a bare title line to an article that took a headline for
# the line to be taken for that article's intertitle, whatever text stands above the line (a
# column's head: the text above is another article's end): twice what two texts of a page share
# by chance.
_SECTION_SHARE = 2 * _CHANCE_SHARE
# The least similarity of a text under a bare title line, set in its column, to an article that
# took a headline for the line to be taken for that article's intertitle wherever it stands
# (`_sections_by_words`): three times what two texts of a page share by chance.
_INTERTITLE_SHARE = 3 * _CHANCE_SHARE
_FRAGMENT_GAIN = 0.5  # how much better a fragment must read on in a place than on its own
_FRAGMENT_MARGIN = 0.5  # … and than in the next best place
# How much more a fragment's words must share with one chain than with any other for it to
# go there whatever the links it makes: its words tell its article, its links only the place.
_CLEARLY_SHARED = 0.03
# A fragment shares words with a chain beyond chance when their similarity is this many times
# what texts of their lengths share by chance on the page (`_chance_similarities`), or passes
# the page-wide level: a short part of an article shares few words with the rest by any count.
_BEYOND_CHANCE = 3.0


def _attach_fragments(
    pieces: list[_Piece],
    chains: list[list[int]],
    drafts: list[_Draft],
    titles: dict[int, list[int]],
    groups: list[_TitleGroup],
    indents: bool,
) -> list[list[int]]:
    """Headless fragments put back into the chains they go on in.

    A chain that took no title (or a subtitle only: a dash line under a headline, which heads no
    article by itself), is no photo item and does not open with a lead is most often a part of
    an article its links missed. It goes where it reads on best: after another chain's free
    end, or between two of its pieces, each link it makes a fit by itself; before its first
    piece only when that chain is headless too, or when the fragment stands right under the
    chain's title and the chain's first piece does not (`_opens_under`). So does a chain
    under an intertitle it took for its headline (`_intertitled`).
    A place is worth the links it makes, less the one it breaks, the words the fragment shares
    with that chain beyond chance (beyond what texts of their lengths share by chance on the
    page: a short fragment shares few words even with its own article), and whether its words
    match that chain's title (or one another article took). It goes only to a chain whose words
    it shares beyond chance, and only when the place is clearly better than none and than any
    other. Where the fragment shares clearly more words with one chain than with any other, the
    words tell its article: it goes into that chain at the place that reads on best of those its
    links allow, even where no link there is a fit by itself (a paragraph's end before the
    paragraph it begins, read in another order). Where no link allows it any place (set in a
    box of another width, no column goes on into it), its words alone tell its article: it
    goes where the text gives it among that chain's pieces, never into a photo item. On a page
    that indents no paragraph, its links cannot tell a paragraph's start from a column's next
    line, and a headless text may as well be an article of its own: there it goes only where
    its words tell its article. (`indents`: does the page indent its paragraphs,
    `_page_indents`?)
    """
    scores: dict[tuple[int, int], float | None] = {}

    def link(i: int, j: int) -> float | None:
        if (i, j) not in scores:
            features = _link_features(pieces, i, j, indents)
            scores[i, j] = None if features is None else _score(features)
        return scores[i, j]

    def fits(i: int | None, j: int | None, fit: bool = True) -> float | None:
        """The score of a link from piece i to piece j, if it is possible (and, with `fit`, a
        fit); 0 for no link."""
        if i is None or j is None:
            return 0.0
        score = link(i, j)
        return None if score is None or (fit and score < 0) else score

    members = [list(chain) for chain in chains]
    words = [g.words for g in groups]
    taken = {t for ts in titles.values() for t in ts}
    headless = {
        x
        for x, chain in enumerate(members)
        if not _headlined(x, titles, groups) and not pieces[chain[0]].lead and not drafts[x].photo
    }
    headless |= _intertitled(pieces, members, titles, groups, drafts)
    headless |= _sections_by_words(pieces, members, titles, groups, drafts)
    _join_tables(pieces, members, headless, link)
    while headless:
        texts = [_text(pieces, chain) for chain in members]
        similarity = _similarities(texts)
        level = [
            [min(_SAME_ARTICLE, _BEYOND_CHANCE * chance) for chance in row]
            for row in _chance_similarities(texts)
        ]
        best: tuple[float, int, int, int] | None = None
        for x in headless:
            fragment = members[x]
            claim = _claimed(texts[x], words)
            places = []
            possible = []  # the places its links allow, fit or not
            for y, chain in enumerate(members):
                if y == x or not chain or similarity[x][y] <= level[x][y]:
                    continue
                shared = _SHARED_WORDS * (similarity[x][y] - level[x][y])
                if claim is not None and claim in titles.get(y, []):
                    shared += _SAME_TITLE
                elif claim in taken:
                    shared += _OWN_TITLE
                # Before a chain's first piece only when that chain is headless too, or when
                # the fragment's text begins right under that chain's title.
                opens = y in headless or _opens_under(
                    pieces, fragment, chain, titles.get(y, []), groups
                )
                for k in range(0 if opens else 1, len(chain) + 1):
                    before = chain[k - 1] if k else None
                    after = chain[k] if k < len(chain) else None
                    into = fits(before, fragment[0], fit=False)
                    out = fits(fragment[-1], after, fit=False)
                    if into is None or out is None:
                        continue
                    broken = (
                        link(before, after) if before is not None and after is not None else 0.0
                    )
                    place = (shared + into + out - (broken or 0.0), y, k)
                    possible.append(place)
                    if into >= 0 and out >= 0:
                        places.append(place)
            if not possible:  # no link allows a place: its words alone tell its article
                possible = [
                    (
                        _SHARED_WORDS * (similarity[x][y] - level[x][y]),
                        y,
                        _in_text_order(fragment, members[y], y in headless),
                    )
                    for y in range(len(members))
                    if y != x
                    and members[y]
                    and similarity[x][y] > level[x][y]
                    and not drafts[y].photo
                ]
            shares = sorted({y: similarity[x][y] for _, y, _ in possible}.values(), reverse=True)
            if shares and (len(shares) == 1 or shares[0] - shares[1] >= _CLEARLY_SHARED):
                # Its words tell its article: the best place in that chain.
                places = sorted(p for p in possible if similarity[x][p[1]] == shares[0])
                place = places[-1]
                if best is None or place[0] > best[0]:
                    best = (place[0], x, place[1], place[2])
                continue
            if not indents:
                continue  # (its links tell no paragraph's start: no place by them alone)
            places.sort(reverse=True)
            if not places or places[0][0] < _FRAGMENT_GAIN:
                continue
            if len(places) > 1 and places[0][0] - places[1][0] < _FRAGMENT_MARGIN:
                continue
            if best is None or places[0][0] > best[0]:
                best = (places[0][0], x, places[0][1], places[0][2])
        if best is None:
            break
        _, x, y, k = best
        members[y][k:k] = members[x]
        members[x] = []
        headless.discard(x)
    return sorted((chain for chain in members if chain), key=lambda chain: chain[0])


def _intertitled(
    pieces: list[_Piece],
    chains: list[list[int]],
    titles: dict[int, list[int]],
    groups: list[_TitleGroup],
    drafts: list[_Draft],
) -> set[int]:
    """The chains that open right under an intertitle the links read as a headline: the one
    title a chain took is a bare line (no byline, no lead under it) set between a paragraph's
    end and the chain's text, and the chain's words are those of the article the text above
    the line is a part of (the links read that text into another chain, not always as its
    end), or, whatever text stands above the line (another article's end at a column's head),
    those of an article that took a headline, by twice what texts of a page share by chance.
    Such a chain is placed as a headless one is."""
    above = {}  # a chain → the piece that ends a paragraph right over its title
    for x, chain in enumerate(chains):
        group = _bare_title(x, titles, groups, drafts)
        if group is None:
            continue
        start = pieces[chain[0]]
        if start.unit != group.last + 1 or start.offset or start.lead:
            continue
        over = [k for k, piece in enumerate(pieces) if piece.unit == group.first - 1]
        if over and not pieces[over[-1]].ends_open and over[-1] not in chain:
            above[x] = over[-1]
    home = {k: y for y, chain in enumerate(chains) for k in chain}
    above = {x: k for x, k in above.items() if k in home}
    if not above:
        return set()
    texts = [_text(pieces, chain) for chain in chains]
    similarity = _similarities(texts)

    def article(x: int) -> int:
        """The chain x shares most words with: itself, or the article it is a part of."""
        y = max((y for y in range(len(chains)) if y != x), key=lambda y: similarity[x][y])
        return y if similarity[x][y] >= _SAME_ARTICLE else x

    joined = set()
    for x, k in above.items():
        y = article(x)
        if y == x:
            continue
        if y in (home[k], article(home[k])) or (
            _headlined(y, titles, groups) and similarity[x][y] >= _SECTION_SHARE
        ):
            joined.add(x)
    return joined


def _sections_by_words(
    pieces: list[_Piece],
    chains: list[list[int]],
    titles: dict[int, list[int]],
    groups: list[_TitleGroup],
    drafts: list[_Draft],
) -> set[int]:
    """The chains under a bare title line (no byline, no subtitle, no lead under it), set within
    their column, whose words are another article's, wherever the line stands: they share that
    article's words by three times what texts of a page share by chance (`_INTERTITLE_SHARE`),
    and clearly more than any other chain's, and the piece right under the line shares them
    beyond chance too (`_opens_with_its_words`). The line is that article's intertitle, and the
    chain one of its sections, placed as a headless one is. (A headline is most often wider
    than one column.)"""
    texts = [_text(pieces, chain) for chain in chains]
    similarity: list[list[float]] | None = None
    sections = set()
    for x, chain in enumerate(chains):
        group = _bare_title(x, titles, groups, drafts)
        if group is None or pieces[chain[0]].lead:
            continue
        if line_width(_dedupe_lines(group.lines)[0]) > pieces[chain[0]].width:
            continue  # (wider than the column under it: a headline)
        similarity = similarity or _similarities(texts)
        shares = sorted(
            ((similarity[x][y], y) for y in range(len(chains)) if y != x and not drafts[y].photo),
            reverse=True,
        )
        if not shares or shares[0][0] < _INTERTITLE_SHARE:
            continue
        if len(shares) > 1 and shares[0][0] - shares[1][0] < _CLEARLY_SHARED:
            continue
        y = shares[0][1]
        if _headlined(y, titles, groups) and _opens_with_its_words(pieces, chain, texts, y):
            sections.add(x)
    return sections


def _opens_with_its_words(pieces: list[_Piece], chain: list[int], texts: list[str], y: int) -> bool:
    """Does the piece right under the title line share the words of chain `y` (of `texts`)
    beyond chance, as its chain does? A headline's own article, read on into a piece of
    another article's text, may share that article's words through that piece alone."""
    counts = [_bigram_counts(text) for text in [*texts, pieces[chain[0]].text]]
    return _similarities_to(counts, _idf(counts), len(texts))[y] > _CHANCE_SHARE


def _bare_title(
    x: int, titles: dict[int, list[int]], groups: list[_TitleGroup], drafts: list[_Draft]
) -> _TitleGroup | None:
    """The one title chain `x` took, where it is a bare line: no byline, no subtitle, not over
    a photo item (an intertitle's shape)."""
    taken = titles.get(x, [])
    if len(taken) != 1 or drafts[x].photo:
        return None
    group = groups[taken[0]]
    if len(_dedupe_lines(group.lines)) != 1 or group.bylines or _is_subtitle(group):
        return None
    return group


def _join_tables(
    pieces: list[_Piece],
    members: list[list[int]],
    headless: set[int],
    link: Callable[[int, int], float | None],
) -> None:
    """Headless chains of a table's rows joined to the chain that ends with the table block
    right before them in the text, where a link allows it: one table set in blocks (a heading
    over each part's rows), whatever words its parts share with the texts around them (their
    rows name what those texts name, the words alone tell no article). `members` and
    `headless` are updated in place."""
    for x in sorted(headless):
        fragment = members[x]
        before = fragment[0] - 1
        if not all(pieces[k].table for k in fragment) or before < 0:
            continue
        if not pieces[before].table or link(before, fragment[0]) is None:
            continue
        home = next((chain for chain in members if chain and chain[-1] == before), None)
        if home is not None:
            home.extend(fragment)
            members[x] = []
            headless.discard(x)


def _headlined(x: int, titles: dict[int, list[int]], groups: list[_TitleGroup]) -> bool:
    """Did chain `x` take a title that heads an article (not a subtitle alone: a dash line
    under a headline heads no article by itself)?"""
    return any(not _is_subtitle(groups[t]) for t in titles.get(x, []))


def _join_leads(
    pieces: list[_Piece],
    chains: list[list[int]],
    drafts: list[_Draft],
    titles: dict[int, list[int]],
    groups: list[_TitleGroup],
    indents: bool,
) -> list[list[int]]:
    """Reports whose lead the links left apart from the rest of their text, joined again.

    A chain that opens with a lead but took no title (the title stands over a later column of
    its report, read elsewhere) is that report's opening, where a chain that took a title
    shares its words beyond chance and clearly more than any other chain does, and, opening
    with no lead, may go on from it: that chain is the rest of the report, read after the lead.
    Where that chain opens with a lead too, the two are reports of one round-up under its
    headline, read in the order of the text.
    (`indents`: does the page indent its paragraphs, `_page_indents`?)
    """
    leads = [
        x
        for x, chain in enumerate(chains)
        if not _headlined(x, titles, groups) and pieces[chain[0]].lead and not drafts[x].photo
    ]
    if not leads or len(chains) < 2:
        return chains  # (the texts are compared only where a lead may be joined)
    texts = [_text(pieces, chain) for chain in chains]
    similarity = _similarities(texts)
    chance = _chance_similarities(texts)
    members = [list(chain) for chain in chains]
    for x in leads:
        chain = chains[x]
        if not members[x]:
            continue
        shares = sorted(((similarity[x][y], y) for y in range(len(chains)) if y != x), reverse=True)
        top, y = shares[0]
        if len(shares) > 1 and top - shares[1][0] < _CLEARLY_SHARED:
            continue
        rest = chains[y]
        if (
            top <= min(_SAME_ARTICLE, _BEYOND_CHANCE * chance[x][y])
            or not _headlined(y, titles, groups)
            or drafts[y].photo
            or not members[y]
        ):
            continue
        if pieces[rest[0]].lead:
            # Both open with a lead: two reports of a round-up under one headline, read in
            # the order of the text.
            first, then = (x, y) if chain[0] < rest[0] else (y, x)
            members[first].extend(members[then])
            members[then] = []
            continue
        if _link_features(pieces, chain[-1], rest[0], indents) is None:
            continue
        members[x].extend(members[y])
        members[y] = []
    return sorted((chain for chain in members if chain), key=lambda chain: chain[0])


def _in_text_order(fragment: list[int], chain: list[int], opens: bool) -> int:
    """Where a fragment goes among a chain's pieces by the order of the text alone: after those
    the text gives before its first piece (pieces are numbered in the order of the text); before
    the chain's first piece only where it `opens` the chain (a chain without a title of its
    own), never before a titled article's opening."""
    return max(sum(1 for i in chain if i < fragment[0]), 0 if opens else 1)


def _opens_under(
    pieces: list[_Piece],
    fragment: list[int],
    chain: list[int],
    taken: list[int],
    groups: list[_TitleGroup],
) -> bool:
    """Does the fragment's text begin right under a title its chain took, where the chain's
    own first piece does not? An article's text begins under its headline: its first column,
    left headless, goes before the columns set elsewhere (the title was matched to them by
    their words)."""

    def under(group: _TitleGroup, k: int) -> bool:
        start = pieces[k].unit
        return (
            pieces[k].after_title > 0
            and group.last < start
            and not any(group.last < p.unit < start for p in pieces)
        )

    heads = [groups[t] for t in taken if not _is_subtitle(groups[t])]
    return any(under(g, fragment[0]) and not under(g, chain[0]) for g in heads)


def _detach_tails(
    pieces: list[_Piece], chains: list[list[int]], drafts: list[_Draft]
) -> tuple[list[list[int]], list[tuple[list[int], int]]]:
    """Another article's text that the links ran a chain on into, read apart again.

    Where a piece of a chain ends a sentence, the links went on by little more than the order
    of the text: the pieces after it may be another article's. They are when they share the
    words of the pieces before them no more than by chance (as `_attach_fragments` counts it),
    and those of another chain beyond chance, clearly more: another chain of text, not a table
    alone (its rows name the places and people the texts around it name, as any text on them
    does). The tail leaves its chain (at the one place where its words tell so most clearly) to
    go where it reads on best as a fragment. The chains are returned with each tail read apart
    and the piece it followed.
    """
    counts = [_bigram_counts(_text(pieces, chain)) for chain in chains]
    tables = [all(pieces[k].table for k in chain) for chain in chains]
    out: list[list[int]] = []
    tails: list[tuple[list[int], int]] = []
    for c, chain in enumerate(chains):
        margins = (
            []
            if drafts[c].photo
            else _tail_margins(
                pieces, chain, [n for o, n in enumerate(counts) if o != c and not tables[o]]
            )
        )
        if not margins:
            out.append(list(chain))
            continue
        _, cut = max(margins)
        out.append(chain[:cut])
        out.append(chain[cut:])
        tails.append((chain[cut:], chain[cut - 1]))
    return sorted(out, key=lambda chain: chain[0]), tails


def _tail_margins(
    pieces: list[_Piece], chain: list[int], others: list[Counter[str]]
) -> list[tuple[float, int]]:
    """For each place a chain may be cut (after a piece that ends its sentence, before one
    that opens no lead) where the tail is another article's text: how much more of its words
    the tail shares with another chain (`others`: their bigram counts) than with the head, and
    the place."""
    margins = []
    for cut in range(1, len(chain)):
        if pieces[chain[cut - 1]].ends_open or pieces[chain[cut]].lead:
            continue
        head = _bigram_counts(_text(pieces, chain[:cut]))
        tail = _bigram_counts(_text(pieces, chain[cut:]))
        counts = [tail, head, *others]
        idf = _idf(counts)
        similarity = _similarities_to(counts, idf, 0)
        if max(similarity[2:], default=0.0) - similarity[1] < _CLEARLY_SHARED:
            continue  # (no other chain can share its words clearly more than the head)
        chance = _chance_levels(counts, idf, [0])[0]
        level = [min(_SAME_ARTICLE, _BEYOND_CHANCE * x) for x in chance]
        if similarity[1] > level[1]:
            continue  # the tail shares the head's words: one article
        shared = [similarity[y] for y in range(2, len(counts)) if similarity[y] > level[y]]
        if shared and max(shared) - similarity[1] >= _CLEARLY_SHARED:
            margins.append((max(shared) - similarity[1], cut))
    return margins


def _restore_tails(
    pieces: list[_Piece],
    chains: list[list[int]],
    tails: list[tuple[list[int], int]],
    groups: list[_TitleGroup],
) -> list[list[int]]:
    """Tails read apart that no chain took, back after the piece they followed, where their
    words match a title: alone, such a tail would be taken for an article of its own under
    that title, which as often as not heads other text (no headline is better than a wrong
    one), while the text the links read it in loses nothing it had."""
    members = [list(chain) for chain in chains]
    words = [g.words for g in groups]
    for tail, after in tails:
        if tail not in members or _claimed(_text(pieces, tail), words) is None:
            continue
        members.remove(tail)
        home = next(chain for chain in members if after in chain)
        place = home.index(after) + 1
        home[place:place] = tail
    return sorted(members, key=lambda chain: chain[0])


def _text(pieces: list[_Piece], chain: list[int]) -> str:
    """The text of a chain of pieces, read on from piece to piece."""
    return "".join(pieces[k].text for k in chain)


def _headings_between(
    pieces: list[_Piece], chains: list[list[int]], units: list[_Unit]
) -> list[list[int]]:
    """A section's heading read as a text of its own put back between the two pieces of the
    chain it stands between.

    A heading set solid in its column (`二、…`, with no blank line around it) is a unit of one
    line that the links pass over: the text above it runs on into the text below it, one piece
    after the other in one chain. Standing right between those two pieces, after a sentence's
    end and over a unit's first line, it heads the section that goes on under it: alone, it
    would be an article of one line. The links, not its place alone, tell that the text around
    it is one article's."""
    members = [list(chain) for chain in chains]
    for lone in [chain for chain in members if len(chain) == 1]:
        heading = pieces[lone[0]]
        for home in members:
            place = next(
                (
                    k + 1
                    for k, (above, below) in enumerate(itertools.pairwise(home))
                    if pieces[above].unit == heading.unit - 1
                    and pieces[below].unit == heading.unit + 1
                    and not pieces[above].ends_open
                    and not pieces[below].offset
                    and _heading_line(heading, units, pieces[above].width)
                ),
                None,
            )
            if place is not None:
                home[place:place] = lone
                members.remove(lone)
                break
    return sorted(members, key=lambda chain: chain[0])


# A heading stops short of its column by a paragraph's indent at least: a line as wide as the
# column is the column's own, or a caption's.
_HEADING_SHORT = 2.0
# A section's bare number on a line of its own (`3`): a figure of more digits is a year's, a
# chart's.
_BARE_SECTION_NUMBER = re.compile(r"[0-9０-９]{1,2}")
# What ends a label over a picture or a chart rather than a heading (`图片新闻：`).
_LABEL_END = ("：", ":")
_HAS_CJK = re.compile(r"[\u4e00-\u9fff]")


def _heading_line(piece: _Piece, units: list[_Unit], column: float) -> bool:
    """Is `piece` a heading's line alone in its unit: one line short of the `column` it stands
    in, numbered (`二、…`, a bare `3`) or words without a sentence's end? Not one spaced out
    between its characters, as a photo's caption is set."""
    line = piece.lines[0]
    if piece.offset or len(piece.lines) != 1 or len(units[piece.unit].lines) != 1:
        return False
    if is_letter_spaced(line) or line_width(line) > column - _HEADING_SHORT:
        return False
    words = line.strip()
    if _section_number(piece.lines) is not None or _BARE_SECTION_NUMBER.fullmatch(words):
        return True
    # Unnumbered, it says something in words, and does not end as a label over what it names
    # (`图片新闻：`, `资料图片：`): a figure or a letter alone (`2025`, `A`) marks a chart's.
    return (
        not ends_sentence(words) and not words.endswith(_LABEL_END) and bool(_HAS_CJK.search(words))
    )
