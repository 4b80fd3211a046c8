"""Words: whether two line ends join a word, and the words two texts share (bigram tf-idf)."""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Callable

from .lines import _squeeze


@functools.cache
def _dictionary_cut() -> Callable[[str], list[str]]:
    """jieba's dictionary segmentation (no guessing of unknown words), rjieba when installed."""
    try:
        import rjieba
    except ImportError:  # pragma: no cover - rjieba ships with the project
        import jieba

        jieba.setLogLevel(60)
        tokenizer = jieba.Tokenizer()
        return lambda text: tokenizer.lcut(text, HMM=False)
    engine = rjieba.Jieba()
    return lambda text: engine.cut(text, False)


def joins_word(before: str, after: str) -> bool:
    """Does a dictionary word run across the join of `before` and `after`?

    `joins_word("县委书记带队检", "查防汛工作")` is True (`检查`): a column that ends mid-sentence
    most often ends mid-word, and the column that goes on with it completes the word.
    """
    tail = _squeeze(before)[-6:]
    head = _squeeze(after)[:6]
    if not tail or not head:
        return False
    position = 0
    for word in _dictionary_cut()(tail + head):
        if position < len(tail) < position + len(word):
            return True
        position += len(word)
    return False


def _counts(texts: list[str]) -> tuple[list[Counter[str]], dict[str, float]]:
    """Each text's bigram counts, and each bigram's weight by how few of the texts hold it."""
    counts = [Counter(_bigram_list(text)) for text in texts]
    df: Counter[str] = Counter(g for c in counts for g in c)
    idf = {g: math.log((len(texts) + 1) / d) for g, d in df.items()}
    return counts, idf


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
    chars = [c for c in text if "\u4e00" <= c <= "\u9fff" or c.isalnum()]
    return [chars[i] + chars[i + 1] for i in range(len(chars) - 1)]


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


def _chance_similarities(texts: list[str]) -> list[list[float]]:
    """The similarity each pair of texts would have by chance, their lengths and the page's
    words given: as if each bigram of the one were drawn at random from the bigrams of the
    rest of the page (weighted as in `_similarities`). Long texts share more of a page's common
    words by chance than short ones do."""
    counts, idf = _counts(texts)
    total: Counter[str] = Counter()
    for c in counts:
        total.update(c)
    lengths = [sum(c.values()) for c in counts]
    size = sum(lengths)
    norms = [math.sqrt(sum((tf * idf[g]) ** 2 for g, tf in c.items())) for c in counts]
    # What one bigram drawn from the rest of the page adds to a text's dot product, on average.
    per_gram = [
        sum(tf * idf[g] ** 2 * (total[g] - tf) for g, tf in c.items()) / (size - length)
        if size > length
        else 0.0
        for c, length in zip(counts, lengths, strict=True)
    ]
    return [
        [
            (lengths[b] * per_gram[a] + lengths[a] * per_gram[b]) / (2 * norms[a] * norms[b])
            if norms[a] and norms[b]
            else 0.0
            for b in range(len(texts))
        ]
        for a in range(len(texts))
    ]
