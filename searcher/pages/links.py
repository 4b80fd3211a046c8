"""Links between pieces: which piece goes on from which, chained into articles' texts."""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter

from .assignment import _best_matching
from .bylines import _PLACE_DATE, _REPORTER_ROLE, _opens_lead
from .lines import _squeeze, is_letter_spaced, line_width
from .pieces import _CAPTION_CHARS, _CHANGE_NARROWEST, _Piece
from .units import _SPEAKER
from .words import (
    _bigram_counts,
    _bigrams,
    _chance_between,
    _dictionary_cut,
    _dot_products,
    _idf,
    _join_evidence,
    _part_of_speech,
    _weights,
    joins_word,
)

# Weights of the signals that a piece goes on in another (log-odds, roughly), measured on
# generated pages (bench/make_pages.py): a dictionary word spans a true column break about half
# the time and a false one about one time in thirty (weighed by how sure the word is,
# `words._join_evidence`); the column after a title begins an article.
_OPEN_END = 2.0  # a sentence left open must go on somewhere
_FULL_STOP_END = -1.0  # a stop at the column edge: the article may as well end there
_JOIN_WORD = 2.5
_NO_JOIN_WORD = -0.5
_NEXT_IN_TEXT = 1.5
_LATER_IN_TEXT = 0.3
_EARLIER_IN_TEXT = -0.3
_TITLE_BETWEEN = -2.5
_JOINED_WIDTHS = 2.5  # how much wider or narrower a column may be where a word runs on
# The quote or bracket A's last sentence leaves open closes first in B (`…说：“今年的` /
# `收成好。”`). (A quote left open that B does not close says less: quoted speech runs on over
# sentences, and print leaves quotes unclosed now and then.)
_QUOTES_CLOSE = 1.0
_OWN_TITLE = -2.0  # A's and B's words match different titles
_SAME_TITLE = 1.0
_CAPTION = -2.0  # B begins letter-spaced, as photo captions do
_SAME_LENGTH = 0.3
# B a character or more wider or narrower than A, where B begins a paragraph or goes on with a
# sentence A left open: most often another article's column, set in a box of its own width.
_OTHER_WIDTH = -1.5
_LEAD_AFTER_TEXT = -2.5  # a lead with no title before it: a report within a round-up?
_LEAD_GOES_ON = _JOIN_WORD  # a lead's head and the rest of its lead: its words run across
_NOTE_AFTER_TEXT = -2.5  # an editor's note (`编者按：`) opens its article: no text goes on into it
_REPORT_IN_ROUNDUP = 1.0  # a dated lead right after a report's end, in one run of a column
_MISFIT = -1.5  # a paragraph's end followed by a paragraph's middle, or the reverse
_EITHER_START = -1.5  # an open sentence, and a first line that may as well begin a paragraph
_SHARED_WORDS = 15.0
_CHANCE_SHARE = 0.06  # the similarity of two unrelated texts of one page, about
# Two texts of `_APART_CHARS` characters or more each that share next to none of their words
# (a similarity below `_APART_SHARE`) are most often two articles' texts: parts of one this
# long share a few of its words at least. The longer two parts of one article, the more words
# they share: of `_APART_LONG_CHARS` or more each, a share below `_APART_LONG_SHARE` tells two
# articles' texts already. A shorter text may share next to none by chance, but hardly none at
# all (a similarity below `_NONE_SHARE`) with a text of `_APART_CHARS` or more, when it has
# `_NONE_CHARS` characters or more itself. Once a chain is formed, two parts of it of
# `_APART_LONG_CHARS` or more each that share fewer of their words than two texts as long share
# by chance on their page (`words._chance_between`) are two articles' texts too.
_APART = -1.0
_APART_SHARE = 0.01
_APART_CHARS = 100
_APART_LONG_SHARE = 0.02
_APART_LONG_CHARS = 300
# Where a paragraph ends and the next begins, a text after whose words match a title the text
# before holds next to none of (`_titles_apart`) is another article's when the two share fewer
# words than `_TITLED_APART_CHANCE` times what texts as long share by chance on their page.
_TITLED_APART_CHANCE = 2.0
# Where a paragraph ends and the next begins (no sentence runs across), two texts of
# `_PARAGRAPHS_APART_CHARS` or more each are two articles' when they share fewer words than
# `_PARAGRAPHS_APART_CHANCE` times what texts as long share by chance on their page: two parts
# of one article this long mostly share more, though not always (a feature's two scenes, each
# under an intertitle, may share less and be read apart).
_PARAGRAPHS_APART_CHANCE = 1.5
_PARAGRAPHS_APART_CHARS = 600
_NONE_SHARE = 0.005
_NONE_CHARS = 20
# The most rounds of chaining the pieces again without the links where chains fell apart:
# real pages settle in four or fewer; a page of pieces that all read alike would go on for as
# many rounds as it has links, each round as slow as the matching of all pieces.
_RECHAINS = 8
# A report signed off at its end with where and when it was filed (`…。（新华社北京1月6日电）`,
# `（本报东京1月6日电）`, `（据新华社电）`): the report ends there, and no text goes on from it.
_SIGNED_OFF = -2.5
# A caption cut into blocks of a few lines each (`_add_caption_runs`): how many lines such a
# block holds at most, and the weight of a link from one to the next.
_CAPTION_BLOCK_LINES = 3
_CAPTION_RUN = 2.0
_SIGN_OFF = re.compile(r"[（(](?:据?新华社|本报|中新社)(?:" + _PLACE_DATE + r")?\s*电[）)]$")
_TITLE_MATCH = 0.3  # the share of a title's bigrams an article's text must hold to claim it
# Columns read across a few lines at a time (`_add_strides`): the most columns, the most lines
# of a piece read in one turn, the fewest neighbouring word joins that confirm the stride, and
# the weight of each (up to the cap).
_STRIDE = 5
_SHORT_TURN = 16
_STRIDE_SUPPORT = 2
_STRIDE_CAP = 3
_KEEPS_STRIDE = 0.75
# Where no dictionary word runs across a join, the two characters that meet stand side by side
# at least this often elsewhere in the page's text: a word of the page's own (a name, a term),
# cut by the column's end.
_PAGE_WORD = 1.5
_PAGE_WORD_SEEN = 2
# An article's pieces, once known, are read in the order whose joins read on best (the links'
# scores added up, and `_OPENS_TEXT` for a first piece set under a title or opening with a lead):
# the order the links were found in is kept unless another reads on better by `_REORDER_MARGIN`
# (a misfit's weight) at least. Orders are tried for chains of `_ORDER_PIECES` pieces at most.
_OPENS_TEXT = 1.0
_REORDER_MARGIN = -_MISFIT
_ORDER_PIECES = 10
_ROUNDING = 1e-9  # what sums of the same scores added in another order may differ by
_LINK_WEIGHTS = {  # each signal's weight, by the name `_link_features` gives it
    "open_end": _OPEN_END,
    "full_stop_end": _FULL_STOP_END,
    "join_word": _JOIN_WORD,
    "no_join_word": _NO_JOIN_WORD,
    "next_in_text": _NEXT_IN_TEXT,
    "later_in_text": _LATER_IN_TEXT,
    "earlier_in_text": _EARLIER_IN_TEXT,
    "title_between": _TITLE_BETWEEN,
    "quotes_close": _QUOTES_CLOSE,
    "own_title": _OWN_TITLE,
    "same_title": _SAME_TITLE,
    "caption": _CAPTION,
    "same_length": _SAME_LENGTH,
    "other_width": _OTHER_WIDTH,
    "lead_after_text": _LEAD_AFTER_TEXT,
    "lead_goes_on": _LEAD_GOES_ON,
    "report_in_roundup": _REPORT_IN_ROUNDUP,
    "note_after_text": _NOTE_AFTER_TEXT,
    "misfit": _MISFIT,
    "either_start": _EITHER_START,
    "shared_words": _SHARED_WORDS,
    "words_apart": _APART,
    "keeps_stride": _KEEPS_STRIDE,
    "page_word": _PAGE_WORD,
    "signed_off": _SIGNED_OFF,
    "caption_run": _CAPTION_RUN,
}


class _Chains:
    """Pieces chained into text flows, each chain known by its first piece, with the dot
    products of the chains' weighted bigrams kept up to date as chains are joined."""

    def __init__(
        self, pieces: list[_Piece], dots: list[list[float]], titles: list[set[str]]
    ) -> None:
        self.pieces = pieces
        self.dots = dots  # of the pieces' weighted bigrams, two by two (`_piece_dots`)
        self.titles = titles  # the bigrams of the page's titles
        self.chain_of = list(range(len(pieces)))
        self.members = {i: [i] for i in range(len(pieces))}
        self.shared = {i: dict(enumerate(dots[i])) for i in range(len(pieces))}

    def similarity(self, x: int, y: int) -> float:
        norm = math.sqrt(self.shared[x][x] * self.shared[y][y])
        return self.shared[x][y] / norm if norm else 0.0

    def parts_apart(self, members: list[int]) -> int | None:
        """Where a chain's text (its pieces `members`) falls apart into two articles' texts:
        the place whose text before and text after, `_APART_CHARS` characters or more each,
        share least of their words, when they share next to none (`_APART_SHARE`), or, of
        `_APART_LONG_CHARS` or more each, fewer than texts as long share by chance on the page
        (`chance`; where a paragraph ends and the next begins, of `_PARAGRAPHS_APART_CHARS` or
        more each, fewer than `_PARAGRAPHS_APART_CHANCE` times that), or, where a paragraph
        ends and the next begins, fewer than twice that and the text after matches a title the
        text before holds next to none of (`titled_apart`);
        None if it holds together. (Links are weighed chain to chain as chains form: one to a
        short chain may join texts that, once whole, plainly share nothing.)
        Not where the text after opens a paragraph that names its subject as the text before
        did (`_refers_back`): a report's paragraphs may share little more than that; nor where
        a word runs across the join of a sentence left open (`_reads_across`)."""
        lengths = [len(_squeeze(self.pieces[k].text)) for k in members]
        best: tuple[float, int] | None = None
        for cut in range(1, len(members)):
            shorter = min(sum(lengths[:cut]), sum(lengths[cut:]))
            if shorter < _APART_CHARS:
                continue
            before, after = members[:cut], members[cut:]
            if _refers_back("".join(self.pieces[k].text for k in before), self.pieces[after[0]]):
                continue
            if _reads_across(self.pieces[before[-1]], self.pieces[after[0]]):
                continue
            shared = sum(self.dots[a][b] for a in before for b in after)
            own = [sum(self.dots[a][b] for a in part for b in part) for part in (before, after)]
            similarity = shared / math.sqrt(own[0] * own[1]) if own[0] and own[1] else 0.0
            chance = self.chance(before, after) if shorter >= _APART_LONG_CHARS else 0.0
            if shorter >= _PARAGRAPHS_APART_CHARS and self.paragraphs_meet(before, after):
                chance *= _PARAGRAPHS_APART_CHANCE
            apart = (
                similarity < _APART_SHARE
                or similarity < chance
                or self.titled_apart(before, after, similarity)
            )
            if apart and (best is None or similarity < best[0]):
                best = (similarity, cut)
        return None if best is None else best[1]

    def titled_apart(self, before: list[int], after: list[int], similarity: float) -> bool:
        """Do the texts of the pieces `before` and `after`, met where a paragraph ends and the
        next begins, fall apart by a title (`_titles_apart`), sharing fewer of their words
        than `_TITLED_APART_CHANCE` times what texts as long share by chance on the page?"""
        return (
            self.paragraphs_meet(before, after)
            and _titles_apart(self.text_of(before), self.text_of(after), self.titles)
            and similarity < _TITLED_APART_CHANCE * self.chance(before, after)
        )

    def paragraphs_meet(self, before: list[int], after: list[int]) -> bool:
        """Does the text of the pieces `before` end a paragraph where the text of the pieces
        `after` begins one?"""
        return self.pieces[before[-1]].ends_paragraph and self.pieces[after[0]].begins_paragraph

    def chance(self, before: list[int], after: list[int]) -> float:
        """The similarity the texts of the pieces `before` and of the pieces `after` would have
        by chance, their lengths and the page's words given (`words._chance_between`): long
        texts share more of a page's common words by chance than short ones do."""
        counts, idf, total, size = self.bigram_counts
        parts: list[Counter[str]] = [Counter(), Counter()]
        for part, members in zip(parts, (before, after), strict=True):
            for k in members:
                part.update(counts[k])
        return _chance_between(*parts, total, size, idf)

    @functools.cached_property
    def bigram_counts(self) -> tuple[list[Counter[str]], dict[str, float], Counter[str], int]:
        """Each piece's bigram counts, their weights (as in `dots`), the page's counts and how
        many they are: worked out once, where a chain's parts are long enough to be weighed by
        chance."""
        counts = [_bigram_counts(p.text) for p in self.pieces]
        total: Counter[str] = Counter()
        for piece in counts:
            total.update(piece)
        return counts, _idf(counts), total, sum(total.values())

    def text(self, x: int) -> str:
        return self.text_of(self.members[x])

    def text_of(self, members: list[int]) -> str:
        return "".join(self.pieces[k].text for k in members)

    def length(self, x: int) -> int:
        """How many characters chain x's text holds (spaces aside)."""
        return sum(len(_squeeze(self.pieces[k].text)) for k in self.members[x])

    def overflows_caption(self, x: int, y: int, alone: bool = False) -> bool:
        """Would chain x before chain y, a photo caption (it ends with a credit), make the
        caption longer than any caption runs? With `alone`: is chain x alone longer?"""
        if not self.pieces[self.members[y][-1]].credit:
            return False
        text = self.text(x) if alone else self.text(x) + self.text(y)
        return len(_squeeze(text)) > _CAPTION_CHARS

    def join(self, x: int, y: int) -> None:
        """Chain y goes on after chain x."""
        self.members[x].extend(self.members.pop(y))
        for k in self.members[x]:
            self.chain_of[k] = x
        row = self.shared.pop(y)
        own = self.shared[x][x] + row[y] + 2 * row[x]
        for z, other in self.shared.items():
            if z != x:
                self.shared[x][z] = other[x] = self.shared[x][z] + row[z]
            other.pop(y, None)
        self.shared[x][x] = own


def _link_bases(pieces: list[_Piece], indents: bool) -> dict[tuple[int, int], dict[str, float]]:
    """The signals of every possible link between two pieces (`_link_features`), with the
    strides and grids of columns read across, and the words of the page's own, marked.
    `indents`: does the page indent its paragraphs (`_page_indents`)?"""
    bases = {
        (i, j): f
        for i in range(len(pieces))
        for j in range(len(pieces))
        if (f := _link_features(pieces, i, j, indents)) is not None
    }
    _add_strides(pieces, bases)
    _add_grids(pieces, bases)
    _add_page_words(pieces, bases)
    _add_caption_runs(pieces, bases)
    return bases


def _link(
    pieces: list[_Piece],
    titles: list[set[str]],
    bases: dict[tuple[int, int], dict[str, float]],
    indents: bool,
) -> list[list[int]]:
    """Chain the pieces into articles' text flows.

    A link A→B (B goes on where A stops) must be possible: the same column width, nothing
    after a photo credit or before a lead set right under a title; hardly anything after a
    report's sign-off (`（新华社北京1月6日电）`). First the columns that stop mid-sentence are
    joined to those that begin mid-paragraph (by a word running across the join, the words
    both texts share, their order in the page text; not a caption that ends with a credit
    after a stop at the column's edge: a caption is often set without an indent, its first
    line no sign that it goes on a paragraph), unless A's text is
    already longer than a caption and B's ends with a photo credit; then the rest, mostly
    paragraphs that end a column and those that begin one: unless a title stands
    before B, or B's words match another title than A's, or the two texts share fewer of
    their words than parts of one article as long do (`_words_apart`), or B ends with a photo
    credit and the join would make its caption longer than captions run. Each time the links
    are taken as a whole, the set whose scores add up to the most (a link taken by one article
    would otherwise leave the pieces it skipped to the next best bidder). A chain whose text falls
    apart where two pieces meet, into two long texts that share next to none of their words
    (`_Chains.parts_apart`), loses that link, and the pieces are chained again without it
    (for `_RECHAINS` rounds at most; a chain that still falls apart then is cut there).
    `titles` are the bigrams of the page's titles; `bases` the possible links (`_link_bases`);
    `indents` whether the page indents its paragraphs (`_page_indents`).
    """
    bases = dict(bases)  # (the links where chains fall apart are dropped from a copy)
    dots = _piece_dots(pieces)
    for _ in range(_RECHAINS):
        chains = _chain_up(pieces, dots, titles, indents, bases)
        apart = [
            (members[cut - 1], members[cut])
            for members in chains.members.values()
            if (cut := chains.parts_apart(members)) is not None
        ]
        # The links where chains fall apart are dropped and the pieces chained again, until
        # no chain falls apart (or no such link is left to drop).
        if not [link for link in apart if bases.pop(link, None) is not None]:
            return sorted(chains.members.values(), key=lambda m: m[0])
    # Text whose pieces all read alike (a page of one repeated word) can fall apart anew
    # each round: the chains left are cut where they fall apart instead.
    cut = [part for members in chains.members.values() for part in _cut_apart(chains, members)]
    return sorted(cut, key=lambda m: m[0])


def _cut_apart(chains: _Chains, members: list[int]) -> list[list[int]]:
    """A chain's pieces `members` cut where their text falls apart (`_Chains.parts_apart`),
    and each part again, until no part falls apart."""
    cut = chains.parts_apart(members)
    if cut is None:
        return [members]
    return _cut_apart(chains, members[:cut]) + _cut_apart(chains, members[cut:])


def _piece_dots(pieces: list[_Piece]) -> list[list[float]]:
    """The dot products of the pieces' weighted bigrams, two by two."""
    return _dot_products(_weights([p.text for p in pieces]))


def _reading_order(
    chain: list[int],
    pieces: list[_Piece],
    bases: dict[tuple[int, int], dict[str, float]],
    indents: bool = False,
) -> list[int]:
    """The order to read an article's pieces in: the one whose joins read on best.

    The links chain pieces one join at a time, in the order the page text gives them; where
    pdftotext read an article's columns out of order (a column under the headline read after
    the columns beside it, a box read in bands), a chain may begin mid-article and run on
    from its last column into its first. Once the pieces are known, each order is worth the
    scores of its joins (a sentence left open read on by a piece that begins mid-sentence, a
    paragraph's end by a paragraph's start), and `_OPENS_TEXT` where it begins with a piece
    set under a title (as surely as a title stands there) or opening with a lead; not one set
    under a headline beside the text that the chain's own text runs up to (`_titled_beside`):
    that title parts no join, and opens nothing. A join no link allows rules an order out;
    so does, on a page that indents its paragraphs (`indents`), a first piece that goes on
    with a paragraph (`_may_open`), where another of the chain's pieces may open its text: an
    article's text opens with a paragraph. The order found is kept unless another is worth
    `_REORDER_MARGIN` more (or it holds a join no link allows, or opens so). Chains of more
    than `_ORDER_PIECES` pieces keep their order.
    """
    if not 2 <= len(chain) <= _ORDER_PIECES:
        return chain
    beside = _titled_beside(chain, pieces)
    weights = [[_join_score(bases, a, b, b in beside) for b in chain] for a in chain]
    opens = [
        _OPENS_TEXT * (1.0 if pieces[k].lead else 0.0 if k in beside else pieces[k].after_title)
        for k in chain
    ]
    if indents and any(_may_open(pieces[k]) for k in chain):
        opens = [
            o if _may_open(pieces[k]) else -math.inf for o, k in zip(opens, chain, strict=True)
        ]
    top, path = _best_path(weights, opens)
    found = opens[0] + sum(weights[k][k + 1] for k in range(len(chain) - 1))
    # (Both sums add the same constants in another order: a worth exactly the margin more
    # must not be decided by rounding.)
    if top == -math.inf or top - found < _REORDER_MARGIN - _ROUNDING:
        return chain
    return [chain[k] for k in path]


def _may_open(piece: _Piece) -> bool:
    """May an article's text open with `piece`, on a page that indents its paragraphs? Not
    where its first line runs to the column's edge, going on with a paragraph begun elsewhere:
    unless it opens with an editor's note (set flush, as often as not), a title or a byline
    stands right above it (the paragraph under them may be set flush), it is one line alone
    (with no line after it, its width says less), or it stands narrower than any column of
    text (`_CHANGE_NARROWEST`): no indent shows there."""
    return (
        piece.begins_paragraph
        or piece.note
        or piece.after_title > 0
        or bool(piece.bylines)
        or len(piece.lines) == 1
        or piece.width < _CHANGE_NARROWEST
    )


def _best_path(weights: list[list[float]], opens: list[float]) -> tuple[float, list[int]]:
    """The order of n items (0 to n-1) worth the most, and what it is worth: `opens[k]` for
    beginning with item k, `weights[j][k]` for item k right after item j (minus infinity where
    k may not follow j); minus infinity and no full order where none is possible. By dynamic
    programming over the sets of items read so far; for n ≥ 1."""
    n = len(opens)
    # best[read][last]: the most that reading the items of the set `read` is worth, when it
    # ends with item `last`; before[read][last]: the item read before that one.
    best = [[-math.inf] * n for _ in range(1 << n)]
    before = [[-1] * n for _ in range(1 << n)]
    for k in range(n):
        best[1 << k][k] = opens[k]
    for read in range(1, 1 << n):
        for last in range(n):
            if best[read][last] == -math.inf:
                continue  # (no order reads these items ending with that one)
            for k in range(n):
                score = best[read][last] + weights[last][k]
                if not read >> k & 1 and score > best[read | 1 << k][k]:
                    best[read | 1 << k][k] = score
                    before[read | 1 << k][k] = last
    read = (1 << n) - 1
    top, last = max((score, k) for k, score in enumerate(best[read]))
    path = []
    while last >= 0:
        path.append(last)
        read, last = read & ~(1 << last), before[read][last]
    return top, path[::-1]


def _titled_beside(chain: list[int], pieces: list[_Piece]) -> set[int]:
    """The pieces of a chain set under a headline that stands beside its text
    (`pieces._title_beside`), where the piece right before the headline in the page text is
    the chain's too: pdftotext read the headline after the columns it stands beside, so the
    piece after it opens nothing, and the text before it goes on into it."""
    return {k for k in chain if pieces[k].title_beside and k - 1 in chain}


def _join_score(
    bases: dict[tuple[int, int], dict[str, float]], a: int, b: int, beside: bool = False
) -> float:
    """The score of piece b read on after piece a; minus infinity where no link allows it.
    With `beside`, the title before b stands beside the text (`_titled_beside`): it parts
    nothing."""
    features = bases.get((a, b)) if a != b else None
    if features is None:
        return -math.inf
    if beside:
        features = {name: v for name, v in features.items() if name != "title_between"}
    return _score(features)


def _chain_up(
    pieces: list[_Piece],
    dots: list[list[float]],
    titles: list[set[str]],
    indents: bool,
    bases: dict[tuple[int, int], dict[str, float]],
) -> _Chains:
    """The pieces chained by the possible links `bases` (`dots`: the pieces' `_piece_dots`):
    first the sentences left open, then the rest (see `_link`)."""
    chains = _Chains(pieces, dots, titles)
    running = {
        (i, j): f
        for (i, j), f in bases.items()
        if pieces[i].ends_open
        or (
            indents
            and not pieces[i].ends_paragraph
            and pieces[j].begins_mid
            and not pieces[j].begins_paragraph
            and not pieces[j].credit  # a caption, often set without an indent
        )
    }
    first = {
        link: total
        for link, features in running.items()
        if (total := _score(_running_features(features, chains, *link))) > 0
    }
    for i, j in sorted(_best_matching(first).items(), key=lambda pair: -first[pair]):
        x, y = chains.chain_of[i], chains.chain_of[j]
        if (
            x != y
            and chains.members[x][-1] == i
            and chains.members[y][0] == j
            and not chains.overflows_caption(x, y, alone=True)
        ):
            chains.join(x, y)
    claims = {x: _claimed(chains.text(x), titles) for x in chains.members}

    def link(x: int, y: int) -> float | None:
        features = bases.get((chains.members[x][-1], y))
        if features is None or x == y or chains.overflows_caption(x, y):
            return None
        return _score(_chain_features(features, chains, claims, x, y))

    scores = {
        (x, y): score
        for x in chains.members
        for y in chains.members
        if (score := link(x, y)) is not None
    }
    matched = _best_matching({link: s for link, s in scores.items() if s > 0})
    for x, y in sorted(matched.items(), key=lambda pair: -scores[pair]):
        x, y = chains.chain_of[x], chains.chain_of[y]
        if x != y:  # (a link that would close a circle is dropped)
            chains.join(x, y)
    return chains


def _running_features(base: dict[str, float], chains: _Chains, i: int, j: int) -> dict[str, float]:
    """The signals of a link of piece i to piece j in the first round: those of the pieces that
    meet, the words they share, and whether they share next to none though both are long."""
    similarity = chains.similarity(i, j)
    features = {**base, "shared_words": similarity}
    if _words_apart(similarity, *sorted((chains.length(i), chains.length(j)))):
        features["words_apart"] = 1.0
    return features


def _link_features(pieces: list[_Piece], i: int, j: int, indents: bool) -> dict[str, float] | None:
    """The signals that piece j goes on where piece i stops, from what the two pieces show: each
    signal's value, to be weighed by `_LINK_WEIGHTS`; None if the link is impossible."""
    a, b = pieces[i], pieces[j]
    if i == j or a.credit or (b.lead and b.after_title):
        return None
    order = "next_in_text" if j == i + 1 else "later_in_text" if j > i else "earlier_in_text"
    if a.lead_head:
        # A lead's head (`本报东京3月4`), the first line of another column than the one it was
        # read with, goes on where its lead does (`日电…`), and nowhere else.
        if b.lead or not _opens_lead([a.text + b.lines[0]], 0):
            return None
        return {order: 1.0, "lead_goes_on": 1.0}
    if not _same_column(a, b):
        return None
    features = {order: 1.0}
    if _SIGN_OFF.search(_squeeze(a.text)):
        features["signed_off"] = 1.0
    if a.ends_open and a.left_open and a.left_open == b.closes_first:
        features["quotes_close"] = 1.0
    if b.note and not b.after_title:
        # An editor's note set apart from any title opens its article, as a lead does: no text
        # goes on into it. (One set right under a title is weighed as any piece there is.)
        features["note_after_text"] = 1.0
        return features
    if b.lead:
        # A lead opens an article, or one report of several in a round-up
        # (`…危机。` / `据新华社杭州3月12日电…`): so does a dated lead right after a
        # report's end in one run of a column, where no headline stands between them; a
        # `本报讯` there opens the next item of a column of briefs.
        if j == i + 1 and a.unit == b.unit and b.dated and not (a.lead and a.brief):
            features["report_in_roundup"] = 1.0
        else:
            features["lead_after_text"] = 1.0
        return features
    if abs(len(a.lines) - len(b.lines)) <= 2:
        features["same_length"] = 1.0
    if a.ends_open and (b.begins_mid or not indents):
        if indents and b.begins_paragraph:
            features["either_start"] = 1.0  # spaced out by pdftotext: its indent cannot be seen
        features["open_end"] = 1.0
        if _other_width(a, b):
            features["other_width"] = 1.0
        evidence = _join_evidence(a.text, b.text)
        if evidence:
            features["join_word"] = evidence  # how sure the word is
        else:
            features["no_join_word"] = 1.0
        return features
    if indents and b.begins_mid and not b.begins_paragraph:
        # Mid-paragraph after a stop at the column edge; or, a piece that lost its
        # sentence's start, after any end.
        features["title_between"] = b.after_title
        features["full_stop_end" if not a.ends_paragraph else "misfit"] = 1.0
        return features
    if _other_width(a, b):
        features["other_width"] = 1.0
    if indents and a.ends_open:
        features["misfit"] = 1.0  # a sentence left open, and a paragraph that begins
        return features
    features["title_between"] = b.after_title
    return features


def _add_strides(pieces: list[_Piece], bases: dict[tuple[int, int], dict[str, float]]) -> None:
    """Mark the links that keep the stride of columns pdftotext read across.

    Where several columns stand side by side in short blocks, pdftotext may read them across,
    a few lines of each in turn: the text then goes on not in the next piece but k pieces on
    (k the number of columns). A link i→i+k keeps such a stride when the links of its
    neighbours (i+m→i+m+k, for m up to k either way) are confirmed by words running across
    their joins, more of them than for the next piece in the text; its signal is how many
    (up to `_STRIDE_CAP`). The piece that opens such a link no longer gains from the next
    piece following it in the text.
    """

    def short(i: int, j: int) -> bool:
        return max(len(pieces[i].lines), len(pieces[j].lines)) <= _SHORT_TURN

    joined = {
        (i, j)
        for (i, j), features in bases.items()
        if 0 < j - i <= _STRIDE and "join_word" in features and short(i, j)
    }

    def support(i: int, k: int) -> int:
        return sum((i + m, i + m + k) in joined for m in range(-k, k + 1) if m)

    across = set()
    for (i, j), features in bases.items():
        k = j - i
        if not (2 <= k <= _STRIDE and short(i, j)):
            continue
        found = support(i, k)
        if found >= _STRIDE_SUPPORT and found > support(i, 1):
            features["keeps_stride"] = min(found, _STRIDE_CAP)
            across.add(i)
    for i in across:
        features = bases.get((i, i + 1))
        if features is not None:
            features.pop("next_in_text", None)


def _add_grids(pieces: list[_Piece], bases: dict[tuple[int, int], dict[str, float]]) -> None:
    """Mark the links of an article's columns that pdftotext read band by band.

    Where something stands beside a part of an article's height, pdftotext may read the
    article's columns across a band at a time: the top lines of each column, then the next
    lines of each. The pieces s + band·k + col (c columns, each cut into b bands, k pieces
    from one band to the next) then read on down a column band by band, and from its last band
    to the next column's first. Such a grid holds when its joins read on better than those
    of the same pieces in text order (words running across them, less misfits: a paragraph's
    end before a paragraph's middle or the reverse), with at least two words running across;
    of grids that overlap, the one that reads on best for its size. Its links keep the
    stride; its pieces no longer gain from the next piece in the text. Only its first piece
    may stand under a title or open with a lead.
    """
    n = len(pieces)

    def fits(p: int, first: bool) -> bool:
        piece = pieces[p]
        return len(piece.lines) <= _SHORT_TURN and (first or not (piece.after_title or piece.lead))

    def reads_on(links: list[tuple[int, int]]) -> tuple[int, int]:
        """How many of the links join a word, and how many are misfits."""
        found = [bases.get(link, {}) for link in links]
        return sum("join_word" in f for f in found), sum("misfit" in f for f in found)

    grids = []
    for s in range(n):
        if not fits(s, True):
            continue
        for k in range(2, _STRIDE + 1):
            for c in range(2, k + 1):
                for b in range(2, n):
                    cells = [s + band * k + col for col in range(c) for band in range(b)]
                    if cells[-1] >= n or not all(fits(p, p == s) for p in cells[1:]):
                        break
                    flow = list(itertools.pairwise(cells))
                    if any(link not in bases for link in flow):
                        break
                    words, misfits = reads_on(flow)
                    text_words, text_misfits = reads_on(list(itertools.pairwise(sorted(cells))))
                    margin = words - misfits - (text_words - text_misfits)
                    if words >= _STRIDE_SUPPORT and margin > 0:
                        grids.append((margin / len(cells), len(cells), cells))
    taken: set[int] = set()
    for _, _, cells in sorted(grids, key=lambda grid: (-grid[0], -grid[1])):
        if taken.intersection(cells):
            continue
        taken.update(cells)
        flow = set(itertools.pairwise(cells))
        for link in flow:
            bases[link]["keeps_stride"] = _STRIDE_CAP
        for p in cells:
            features = bases.get((p, p + 1))
            if features is not None and (p, p + 1) not in flow:
                features.pop("next_in_text", None)


def _add_caption_runs(pieces: list[_Piece], bases: dict[tuple[int, int], dict[str, float]]) -> None:
    """Mark the links of a caption read as a run of short blocks that ends at its credit.

    A photo's caption is set in a box of its own; pdftotext may read it as blocks of a line or
    two, one after the other, the last closed by the credit. Walking back from a piece that a
    credit closes, each piece right before it that is a block of its own of a few lines
    (`_CAPTION_BLOCK_LINES`) and leaves its sentence open goes on into the next, while the run
    is no longer than a caption. An article's column that stops mid-sentence right before a
    caption is no block of it: it is longer than a few lines, or a word it breaks goes on in
    another piece more surely than in the next block (`_reads_on_elsewhere`), its text going on
    round the photo."""
    for end, piece in enumerate(pieces):
        if not piece.credit:
            continue
        length = len(_squeeze(piece.text))
        k = end
        while (
            k > 0
            and _caption_block_before(pieces, k)
            and not _reads_on_elsewhere(bases, k - 1, k, len(pieces))
        ):
            length += len(_squeeze(pieces[k - 1].text))
            features = bases.get((k - 1, k))
            if length > _CAPTION_CHARS or features is None:
                break
            features["caption_run"] = 1.0
            k -= 1


def _reads_on_elsewhere(
    bases: dict[tuple[int, int], dict[str, float]], i: int, k: int, count: int
) -> bool:
    """Does a word run across from piece `i` into another piece than `k` (of the `count`
    pieces), surer than into `k` (an article's column cut by the photo, its text going on
    round it)?"""

    def sureness(j: int) -> float:
        return bases.get((i, j), {}).get("join_word", 0.0)

    here = sureness(k)
    return any(j != k and sureness(j) > here for j in range(count))


def _caption_block_before(pieces: list[_Piece], k: int) -> bool:
    """Is the piece before piece `k` a block of its own of a few lines, read right before k's
    unit, that leaves its sentence open (a caption's block before its next one)? Not where
    k's first line stops short of its others by more than a character: an indent, a new
    paragraph (another caption's, set next to the one cut off)."""
    before, piece = pieces[k - 1], pieces[k]
    return (
        before.offset == 0
        and piece.offset == 0
        and before.unit == piece.unit - 1
        and len(before.lines) <= _CAPTION_BLOCK_LINES
        and not before.credit
        and before.ends_open
        and line_width(piece.lines[0]) >= piece.widest - 1
    )


def _add_page_words(pieces: list[_Piece], bases: dict[tuple[int, int], dict[str, float]]) -> None:
    """Mark the links of a sentence left open where no dictionary word runs across the join,
    but the two Chinese characters that meet there stand side by side elsewhere in the page's
    text, twice at least: most often a word of the page's own (a name, a term the article
    uses again) that the column's end cut."""
    pairs: Counter[str] = Counter()
    for piece in pieces:
        text = _squeeze(piece.text)
        pairs.update(text[k : k + 2] for k in range(len(text) - 1))
    for (i, j), features in bases.items():
        if "no_join_word" not in features:
            continue
        pair = _squeeze(pieces[i].text)[-1:] + _squeeze(pieces[j].text)[:1]
        if re.fullmatch(r"[\u4e00-\u9fff]{2}", pair) and pairs[pair] >= _PAGE_WORD_SEEN:
            features["page_word"] = 1.0


def _chain_features(
    base: dict[str, float],
    chains: _Chains,
    claims: dict[int, int | None],
    x: int,
    y: int,
) -> dict[str, float]:
    """The signals of a link of chain x to chain y: those of the pieces that meet, the words
    the chains share (beyond chance, or next to none though both are long), a caption's first
    line, and the titles they match."""
    similarity = chains.similarity(x, y)
    features = {**base, "shared_words": similarity - _CHANCE_SHARE}
    if _words_apart(similarity, *sorted((chains.length(x), chains.length(y)))):
        features["words_apart"] = 1.0
    if is_letter_spaced(chains.pieces[y].lines[0]):
        features["caption"] = 1.0  # a photo caption's first line, set letter-spaced
    if 0 < base.get("title_between", 0) < 1 and _turns_begin(chains, x, y):
        features["title_between"] = 1.0  # a box of questions and answers under its title
    own, other = claims[x], claims[y]
    # An editor's note introduces its article in words of its own: a title its words match
    # (a series' label) is no sign that the text after it is another article's.
    note = chains.pieces[chains.members[x][0]].note
    if own is not None and other is not None and not (note and own != other):
        features["same_title" if own == other else "own_title"] = 1.0
    return features


def _turns_begin(chains: _Chains, x: int, y: int) -> bool:
    """Does chain y open with an interview's turn (`问：…？`) where chain x has none? A short
    line alone between them is then a box's title (a column of questions and answers set under
    a report), not an intertitle: an interview's turns run through its text."""
    turns = [
        any(_SPEAKER.match(line) for line in chains.pieces[k].lines) for k in chains.members[x]
    ]
    return bool(_SPEAKER.match(chains.pieces[y].lines[0])) and not any(turns)


def _words_apart(similarity: float, shorter: int, longer: int) -> bool:
    """Do two texts, `shorter` and `longer` characters long, share so few of their words
    (`similarity`) that they are most often two articles' texts? The longer they are, the more
    of its words two parts of one article share: next to none tells two articles' texts when
    both are `_APART_CHARS` characters long or more, less than `_APART_LONG_SHARE` when both
    are `_APART_LONG_CHARS` or more; none at all, when one is `_APART_CHARS` or more and the
    other `_NONE_CHARS` or more (a short paragraph of an article uses a few of the words its
    longer text does)."""
    if shorter >= _APART_LONG_CHARS:
        return similarity < _APART_LONG_SHARE
    if shorter >= _APART_CHARS:
        return similarity < _APART_SHARE
    return shorter >= _NONE_CHARS and longer >= _APART_CHARS and similarity < _NONE_SHARE


# A paragraph's opening clause that names its subject and what it said, did or found (a noun,
# a verb, a comma or a colon: `会议指出，…`, `慰问信说：…`) reads on from a text that named that
# subject; the parts of speech are jieba's dictionary's (`n…` a noun or a name, `v…` a verb).
_SUBJECT_TAG = "n"
_VERB_TAG = "v"
_CLAUSE_ENDS = "，：,:"
_SUBJECT_CHARS = 2  # the least characters of such a subject (one is most often a pronoun)
_OPENING_CHARS = 12  # how many of the paragraph's first characters are cut into words
# What ends the sentence a text opens with, the one that names what the text tells of.
_OPENING_END = re.compile(r"[。！？!?]")


def _refers_back(before: str, piece: _Piece) -> bool:
    """Does `piece` open a paragraph with a clause that names its subject, a noun the text
    `before` it names in the sentence it opens with, and then a verb and a comma (`会议指出，…`
    after a lead that said the meeting met; `会议强调，…`)? Such a paragraph goes on with what
    the text before it told: a report's paragraphs that open with set formulas share little
    more than the page's common words, and may fall apart by their words though they are one
    text. A noun the text names only further on (`村民说，…` after a text that met villagers
    somewhere) is no subject it told of, nor is a reporter (`记者发现，…`), whom every lead
    names."""
    if not piece.begins_paragraph:
        return False
    words = _dictionary_cut()(_squeeze(piece.text)[:_OPENING_CHARS])
    if len(words) < 3:
        return False
    subject, verb, end = words[:3]
    return (
        len(subject) >= _SUBJECT_CHARS
        and _part_of_speech(subject).startswith(_SUBJECT_TAG)
        and _part_of_speech(verb).startswith(_VERB_TAG)
        and end in _CLAUSE_ENDS
        and subject in _OPENING_END.split(_squeeze(before), maxsplit=1)[0]
        and not _REPORTER_ROLE.fullmatch(subject)
    )


def _reads_across(a: _Piece, b: _Piece) -> bool:
    """Does the sentence piece `a` leaves open go on in piece `b`, mid-paragraph, with a
    dictionary word across the join (`words._join_evidence`)? There the text itself reads on,
    not the order of the page alone: one article's parts, however few words they share (a text
    that turns from one topic to the next within a sentence, a run of quoted examples)."""
    return a.ends_open and b.begins_mid and _join_evidence(a.text, b.text) > 0


def _score(features: dict[str, float]) -> float:
    """A link's score: its signals' values times their weights, added up."""
    return sum(_LINK_WEIGHTS[name] * value for name, value in features.items())


def _same_column(a: _Piece, b: _Piece) -> bool:
    """May `b` go on from `a` in a column of the same width? Give or take a character and a
    half; or a character more where a word runs across the join, as a short block's width is
    only guessed from the blocks near it."""
    gap = abs(a.width - b.width)
    return gap <= 1.5 or (gap <= _JOINED_WIDTHS and a.ends_open and joins_word(a.text, b.text))


def _other_width(a: _Piece, b: _Piece) -> bool:
    """Are `a` and `b` set in columns of different widths? So they are when their widths differ
    by a character or more and no line of the narrower reaches the wider's width (a short
    block's width, a median of few lines, may come out a character short)."""
    narrow, wide = (a, b) if a.width <= b.width else (b, a)
    return wide.width - narrow.width >= 1 and narrow.widest < wide.width - 0.5


def _titles_apart(before: str, after: str, titles: list[set[str]]) -> bool:
    """Does the text `after` match a title (`_claimed`) of which the text `before` it, matching
    none, holds hardly any bigram (a quarter as many, at most)? An article's headline names what
    its text tells of from its opening on: a text before that holds next to none of its words
    is most often another article's. (One that matches a title of its own may be the lead set
    under a kicker, the headline under it naming what the text after the lead tells.)"""
    t = _claimed(after, titles)
    if t is None or _claimed(before, titles) is not None:
        return False
    return 4 * len(titles[t] & _bigrams(before)) <= len(titles[t] & _bigrams(after))


def _claimed(text: str, titles: list[set[str]]) -> int | None:
    """The title a text's words match best, if they match one well: in two of its bigrams at
    least (one word of a short title, `无聊` of `拒绝无聊`, turns up in any text by chance)."""
    grams = _bigrams(text)

    def share(title: set[str]) -> float:
        shared = len(title & grams)
        return shared / len(title) if title and shared >= min(2, len(title)) else 0.0

    shares = sorted((share(t), i) for i, t in enumerate(titles))
    if not shares or shares[-1][0] < _TITLE_MATCH:
        return None
    if len(shares) > 1 and shares[-2][0] == shares[-1][0]:
        return None  # two titles match as well: neither is claimed
    return shares[-1][1]
