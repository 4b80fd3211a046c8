"""Words: whether two line ends join a word, and the words two texts share (bigram tf-idf)."""

from __future__ import annotations

import functools
import importlib.util
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from .lines import _squeeze

# How sure a dictionary word across a join is, as a share of the links' weight of such a word:
# by how much likelier jieba's dictionary finds the word than its two halves side by side by
# chance (their pointwise mutual information, the log10 of the word's frequency times the
# dictionary's total over the product of its halves' frequencies). A column that cuts a word
# leaves a half that is seldom a word alone (`检|查`); two common words that meet by chance
# (`总|和`, `有|售`) make a word the dictionary knows, but seldom uses.
_TYPICAL_PMI = 2.3  # a word this much likelier than its halves together weighs a full share
_PMI_STEP = 0.45  # each tenfold more (or less) adds (or takes away) this much of a share
_LEAST_JOIN = 0.2
_MOST_JOIN = 2.0
# A word of this many characters or more weighs a full share at least: two words that meet
# by chance seldom form one this long (`国有|企业` is most often a compound the column cut).
_LONG_WORD = 3


# Anything but letters (Chinese characters among them) and digits: what bigrams skip, as
# `str.isalnum` tells (marks, punctuation, spaces, symbols, the middle dot, `_`).
_NOT_ALNUM = re.compile(r"[\W_]+")


@functools.cache
def _dictionary_cut() -> Callable[[str], list[str]]:
    """jieba's dictionary segmentation (no guessing of unknown words), rjieba when installed.
    The words' frequencies and the names (`_dictionary`) are read along with it, once."""
    _dictionary()
    try:
        import rjieba
    except ImportError:  # pragma: no cover - rjieba ships with the project
        import jieba

        jieba.setLogLevel(60)
        tokenizer = jieba.Tokenizer()
        return lambda text: tokenizer.lcut(text, HMM=False)
    engine = rjieba.Jieba()
    return lambda text: engine.cut(text, False)


# A line of jieba's dictionary file: a word, its frequency, (its part of speech).
_DICTIONARY_LINE = re.compile(r"^(\S+) (\d+)", re.MULTILINE)


# A word of one to three characters in jieba's dictionary that it tags as a person's name.
_PERSON_NAME_LINE = re.compile(r"^(\S{1,3}) \d+ nr$", re.MULTILINE)


class _Dictionary(NamedTuple):
    """jieba's dictionary as the splitter reads it: each word's frequency in general text (its
    digits, made a number only for the words looked up), their total, the words of one to
    three characters it tags as a person's name (`nr`): names (`萧乾`) and characters that begin
    names, surnames among them (`萧`), and the file's lines, a line break before and after each
    (a word's part of speech is looked up in them, for the few words that need one)."""

    frequencies: dict[str, str]
    total: int
    person_names: frozenset[str]
    lines: str


@functools.cache
def _dictionary() -> _Dictionary:
    """jieba's dictionary (`_Dictionary`), read once, straight from jieba's file, without the
    prefix table jieba builds for its own cutting, in well under half the time."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:  # pragma: no cover - jieba ships with the project
        raise RuntimeError("jieba is not installed: its dictionary is needed to read pages")
    text = (Path(spec.origin).parent / "dict.txt").read_text("utf-8")
    entries = _DICTIONARY_LINE.findall(text)
    names = frozenset(_PERSON_NAME_LINE.findall(text))
    total = sum(int(count) for _, count in entries)
    return _Dictionary(dict(entries), total, names, f"\n{text.strip()}\n")


def _person_names() -> frozenset[str]:
    """The words of one to three characters jieba's dictionary tags as a person's name."""
    return _dictionary().person_names


@functools.cache
def _part_of_speech(word: str) -> str:
    """The part of speech jieba's dictionary tags `word` with (`n` a noun, `nr` a person's name,
    `v` a verb, …); empty for no word of it."""
    dictionary = _dictionary()
    if word not in dictionary.frequencies:
        return ""  # (no search through the whole file for a word it does not hold)
    text = dictionary.lines
    start = text.find(f"\n{word} ") + 1  # (far quicker than a regular expression)
    if not start:
        return ""
    fields = text[start : text.index("\n", start)].split(" ")
    return fields[2] if len(fields) == 3 else ""


def _frequency(word: str) -> int:
    """How often jieba's dictionary finds `word` in general text; 0 for no word of it."""
    return int(_dictionary().frequencies.get(word, 0))


def joins_word(before: str, after: str) -> bool:
    """Does a dictionary word run across the join of `before` and `after`?

    `joins_word("县委书记带队检", "查防汛工作")` is True (`检查`): a column that ends mid-sentence
    most often ends mid-word, and the column that goes on with it completes the word.
    """
    return _word_across(before, after) is not None


def _word_across(before: str, after: str) -> tuple[str, int] | None:
    """The word that jieba's dictionary cut of the join (`before`'s last 6 characters and
    `after`'s first 6) puts across it, and how many of its characters stand before the join;
    None if the cut puts none across."""
    tail = _squeeze(before)[-6:]
    head = _squeeze(after)[:6]
    if not tail or not head:
        return None
    position = 0
    for word in _dictionary_cut()(tail + head):
        if position < len(tail) < position + len(word):
            return word, len(tail) - position
        position += len(word)
    return None


def _join_evidence(before: str, after: str) -> float:
    """How sure the word across the join of `before` and `after` is (as a share of the weight
    of such a word, see `_TYPICAL_PMI`); 0 where no word runs across, nor where what the cut
    keeps whole is no dictionary word (digits, `3|5`, which any two numbers make)."""
    across = _word_across(before, after)
    if across is None:
        return 0.0
    word, cut = across
    frequency = _frequency(word)
    if not frequency:
        return 0.0
    total = _dictionary().total
    halves = max(_frequency(word[:cut]), 1) * max(_frequency(word[cut:]), 1)
    evidence = 1 + _PMI_STEP * (math.log10(frequency * total / halves) - _TYPICAL_PMI)
    least = 1.0 if len(word) >= _LONG_WORD else _LEAST_JOIN
    return min(max(evidence, least), _MOST_JOIN)


def _counts(texts: list[str]) -> tuple[list[Counter[str]], dict[str, float]]:
    """Each text's bigram counts, and each bigram's weight by how few of the texts hold it."""
    counts = [_bigram_counts(text) for text in texts]
    return counts, _idf(counts)


def _bigram_counts(text: str) -> Counter[str]:
    return Counter(_bigram_list(text))


def _idf(counts: list[Counter[str]]) -> dict[str, float]:
    """Each bigram's weight by how few of the texts (given by their bigram counts) hold it."""
    df: Counter[str] = Counter(g for c in counts for g in c)
    weight = {d: math.log((len(counts) + 1) / d) for d in set(df.values())}
    return {g: weight[d] for g, d in df.items()}


def _weights(texts: list[str]) -> list[dict[str, float]]:
    """Each text's bigrams weighted by how few of the texts share them (tf-idf)."""
    counts, idf = _counts(texts)
    return [{g: tf * idf[g] for g, tf in c.items()} for c in counts]


def _dot_products(weights: list[dict[str, float]]) -> list[list[float]]:
    """All pairs' dot products of the pieces' weighted bigrams (through an inverted index)."""
    n = len(weights)
    dots = [[0.0] * n for _ in range(n)]
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, vector in enumerate(weights):
        for gram, weight in vector.items():
            if weight > 0:
                postings.setdefault(gram, []).append((i, weight))
    for posting in postings.values():
        for a, wa in posting:
            row = dots[a]
            for b, wb in posting:
                row[b] += wa * wb
    return dots


def _bigram_list(text: str) -> list[str]:
    """The bigrams of a text's letters and digits, read on across anything else."""
    chars = _NOT_ALNUM.sub("", text)
    return [chars[i : i + 2] for i in range(len(chars) - 1)]


def _bigrams(text: str) -> set[str]:
    return set(_bigram_list(text))


def _similarities(texts: list[str]) -> list[list[float]]:
    """The cosine similarities of texts' weighted bigrams."""
    dots = _dot_products(_weights(texts))
    return [
        [
            dot / math.sqrt(row[a] * dots[b][b]) if row[a] and dots[b][b] else 0.0
            for b, dot in enumerate(row)
        ]
        for a, row in enumerate(dots)
    ]


def _similarities_to(counts: list[Counter[str]], idf: dict[str, float], index: int) -> list[float]:
    """The cosine similarities of one text's weighted bigrams with each text's (the texts given
    by their bigram counts and `_idf`): a row of `_similarities`, at a fraction of its cost
    where only one text's are needed."""
    weights = [{g: tf * idf[g] for g, tf in c.items()} for c in counts]
    norms = [math.sqrt(sum(w * w for w in vector.values())) for vector in weights]
    mine = weights[index]
    return [
        sum(w * vector.get(g, 0.0) for g, w in mine.items()) / (norms[index] * norms[b])
        if norms[index] and norms[b]
        else 0.0
        for b, vector in enumerate(weights)
    ]


def _chance_similarities(texts: list[str]) -> list[list[float]]:
    """The similarity each pair of texts would have by chance, their lengths and the page's
    words given: as if each bigram of the one were drawn at random from the bigrams of the
    rest of the page (weighted as in `_similarities`). Long texts share more of a page's common
    words by chance than short ones do."""
    counts, idf = _counts(texts)
    return _chance_levels(counts, idf, range(len(texts)))


def _chance_levels(
    counts: list[Counter[str]], idf: dict[str, float], rows: Iterable[int]
) -> list[list[float]]:
    """The rows of `_chance_similarities` for the texts `rows` index, the texts given by their
    bigram counts and `_idf`."""
    total: Counter[str] = Counter()
    for c in counts:
        total.update(c)
    size = sum(total.values())
    drawn = [_drawn(c, total, size, idf) for c in counts]
    return [[_by_chance(drawn[a], drawn[b]) for b in range(len(counts))] for a in rows]


class _Drawn(NamedTuple):
    """What a text weighs against bigrams drawn at random from the rest of its page: its bigram
    count, its vector's norm, and what one such bigram adds to its dot product, on average."""

    length: int
    norm: float
    per_gram: float


def _drawn(counts: Counter[str], total: Counter[str], size: int, idf: dict[str, float]) -> _Drawn:
    """A text's `_Drawn`, the text given by its bigram counts, its page by its bigram counts
    `total` (the text's among them), how many they are (`size`), and `_idf`."""
    length = sum(counts.values())
    norm = math.sqrt(sum((tf * idf[g]) ** 2 for g, tf in counts.items()))
    shared = sum(tf * idf[g] ** 2 * (total[g] - tf) for g, tf in counts.items())
    return _Drawn(length, norm, shared / (size - length) if size > length else 0.0)


def _by_chance(a: _Drawn, b: _Drawn) -> float:
    """The similarity two texts of a page (their `_drawn`) would have by chance."""
    if not a.norm or not b.norm:
        return 0.0
    return (b.length * a.per_gram + a.length * b.per_gram) / (2 * a.norm * b.norm)


def _chance_between(
    a: Counter[str], b: Counter[str], total: Counter[str], size: int, idf: dict[str, float]
) -> float:
    """The similarity two texts of a page (their bigram counts `a` and `b`; the page's, `total`,
    `size` of them, and `_idf`) would have by chance, as `_chance_similarities` counts it: worked
    out from the two texts alone, where the rest of the page is not cut into texts."""
    return _by_chance(_drawn(a, total, size, idf), _drawn(b, total, size, idf))
