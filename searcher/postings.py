"""Reading a term's postings in one segment, a block at a time.

Whoosh's matchers hand out one posting per call; reading whole blocks (the arrays its posting
format keeps anyway) is what makes set-at-a-time query evaluation (`matching`) fast.
"""

from __future__ import annotations

from itertools import accumulate
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import ListMatcher


def postings(reader: Any, field: str, text: str) -> tuple[list[int], list[float]]:
    """Document numbers and weights of a term in one segment (deleted documents included)."""
    if (field, text) not in reader:
        return [], []
    m = reader.postings(field, text)
    if isinstance(m, ListMatcher):
        ids = list(m._ids)
        weights = list(m._weights) if m._weights else [m._all_weights or 1.0] * len(ids)
        return ids, weights
    if not isinstance(m, W3LeafMatcher):  # pragma: no cover - every stored term is one of these
        ids = list(m.all_ids())
        return ids, [1.0] * len(ids)
    ids: list[int] = []
    weights: list[float] = []
    while not m._atend:
        m._read_data()
        deltas, block_weights = m._data[0], m._data[1]
        # Whoosh decodes ids with a Python generator; `accumulate` does it in C.
        ids.extend(accumulate(deltas))
        if block_weights is None:
            weights.extend([1.0] * len(deltas))
        elif isinstance(block_weights, float):
            weights.extend([block_weights] * len(deltas))
        else:
            weights.extend(block_weights)
        m._next_block()
    return ids, weights


def term_docs(reader: Any, field: str, text: str) -> set[int]:
    """The documents of one segment holding a term."""
    return set(postings(reader, field, text)[0])


def weights_of(
    reader: Any, field: str, text: str, docs: list[int]
) -> tuple[list[int], list[float]]:
    """The postings of a term for the (sorted) documents `docs` only.

    Skips from one to the next, so blocks with none of them are never decoded: the way to
    score a few matches against a word that thousands of documents hold.
    """
    m = reader.postings(field, text)
    ids: list[int] = []
    weights: list[float] = []
    for doc in docs:
        if not m.is_active():
            break
        if m.id() < doc:
            m.skip_to(doc)
            if not m.is_active():
                break
        if m.id() == doc:
            ids.append(doc)
            weights.append(m.weight())
    return ids, weights
