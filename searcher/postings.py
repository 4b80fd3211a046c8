"""Reading a term's postings in one segment, a block at a time.

Whoosh's matchers hand out one posting per call; reading whole blocks (the arrays its posting
format keeps anyway) is what makes set-at-a-time query evaluation (`matching`) fast.
"""

from __future__ import annotations

import threading
from array import array
from collections import OrderedDict
from itertools import accumulate
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import ListMatcher

CACHE_FROM = 2_000  # postings; shorter lists are quick to read again
CACHE_BUDGET = 8_000_000  # postings kept in all (8 bytes each)


class PostingsCache:
    """The long posting lists read recently, decoded (segments never change once written).

    Common terms (`新华`, `北京`) come back in query after query; decoding their blocks again
    was most of the time of broad queries.
    """

    def __init__(self, budget: int = CACHE_BUDGET, shortest: int = CACHE_FROM) -> None:
        self.budget = budget
        self.shortest = shortest  # shorter lists are not kept
        self._lists: OrderedDict[tuple[str, str, str], tuple[array, array]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str, str]) -> tuple[array, array] | None:
        with self._lock:
            found = self._lists.get(key)
            if found is not None:
                self._lists.move_to_end(key)
            return found

    def put(self, key: tuple[str, str, str], ids: array, weights: array) -> None:
        with self._lock:
            if key in self._lists:
                return
            self._lists[key] = (ids, weights)
            self._size += len(ids)
            while self._size > self.budget and self._lists:
                _, (old, _) = self._lists.popitem(last=False)
                self._size -= len(old)


def postings(
    reader: Any, field: str, text: str, cache: PostingsCache | None = None
) -> tuple[Any, Any]:
    """Document numbers and weights of a term in one segment (deleted documents included)."""
    if (field, text) not in reader:
        return [], []
    if cache is None:
        return _read(reader, field, text)
    key = (reader.segment().segment_id(), field, text)
    found = cache.get(key)
    if found is not None:
        return found
    ids, weights = _read(reader, field, text)
    if len(ids) >= cache.shortest:
        packed = array("I", ids), array("f", weights)
        cache.put(key, *packed)
        return packed
    return ids, weights


def _read(reader: Any, field: str, text: str) -> tuple[list[int], list[float]]:
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


def term_docs(reader: Any, field: str, text: str, cache: PostingsCache | None = None) -> set[int]:
    """The documents of one segment holding a term."""
    return set(postings(reader, field, text, cache)[0])


def prefix_docs(
    reader: Any, field: str, prefix: str, cache: PostingsCache | None = None
) -> set[int]:
    """The documents of one segment holding any term of `field` that starts with `prefix`.

    The terms are next to each other in the term table. A long result is kept in `cache`,
    under the field's name with a `*`: a common prefix spans thousands of terms.
    """
    key = (reader.segment().segment_id(), field + "*", prefix)
    if cache is not None:
        found = cache.get(key)
        if found is not None:
            return set(found[0])
    docs: set[int] = set()
    for term in reader.expand_prefix(field, prefix):  # as bytes
        docs.update(postings(reader, field, term.decode("utf-8"), cache)[0])
    if cache is not None and len(docs) >= cache.shortest:
        cache.put(key, array("I", sorted(docs)), array("f"))
    return docs


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
