"""Finding every article that contains a string: bigram candidates, checked against the text.

The character view indexes every bigram (and every character) of an article's normalised
text. An article containing the string `汪黎云` contains its bigrams `汪黎` and `黎云`, so the
articles holding all of them are the candidates; a string of one or two characters is one term,
so its candidates are exactly its matches. Longer strings are checked against the article's
normalised text, stored compressed for this (the `text` column): candidates that hold the
bigrams apart (`汪黎` here, `黎云` there) are dropped. No token positions are involved, so
the result does not depend on how anything was segmented.

`Literal` is a Whoosh query, so it composes with everything else (AND, OR, NOT, filters,
sorting); it gives each match a constant score, since containing a string says little about
relevance (the word view ranks).
"""

from __future__ import annotations

import zlib
from array import array
from typing import Any

from whoosh import matching
from whoosh import query as wq

from .analysis import query_grams

TEXT_COLUMN = "text"
_SEPARATOR = "\x00"
FIELDS = ("headline", "body")


def pack_text(title: str, body: str) -> bytes:
    """The `text` column value: normalised headline and body, compressed."""
    return zlib.compress((title + _SEPARATOR + body).encode("utf-8"), 1)


def unpack_texts(blob: bytes) -> tuple[str, str]:
    """The normalised (headline, body) from a `text` column value."""
    title, _, body = zlib.decompress(blob).decode("utf-8").partition(_SEPARATOR)
    return title, body


def unpack_text(blob: bytes, field: str) -> str:
    """One field's normalised text from a `text` column value."""
    return unpack_texts(blob)[0 if field == "headline" else 1]


class Literal(wq.Query):
    """Articles whose normalised `field` text contains normalised `text`; constant score."""

    def __init__(self, text: str, field: str, score: float = 1.0) -> None:
        if field not in FIELDS:
            raise ValueError(f"no text field {field!r}")
        self.text = text
        self.fieldname = field
        self.score = score
        self.boost = 1.0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Literal) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash((Literal, *self._key()))

    def _key(self) -> tuple[str, str, float]:
        return self.text, self.fieldname, self.score

    def __repr__(self) -> str:
        return f"Literal({self.text!r}, {self.fieldname!r}, {self.score})"

    def is_leaf(self) -> bool:
        return True

    def field(self) -> str:
        return self.fieldname

    def _terms(self) -> list[wq.Term]:
        if len(self.text) == 1:
            return [wq.Term(f"{self.fieldname}_chars", self.text)]
        grams = dict.fromkeys(query_grams(self.text))
        return [wq.Term(f"{self.fieldname}_grams", g) for g in grams]

    def estimate_size(self, ixreader: Any) -> int:
        return min(t.estimate_size(ixreader) for t in self._terms())

    def estimate_min_size(self, ixreader: Any) -> int:
        return 0 if len(self.text) > 2 else self.estimate_size(ixreader)

    def matcher(self, searcher: Any, context: Any = None) -> matching.Matcher:
        terms = self._terms()
        candidates = (terms[0] if len(terms) == 1 else wq.And(terms)).matcher(searcher, None)
        if not candidates.is_active():
            return matching.NullMatcher()
        ids = candidates.all_ids()
        if len(self.text) > 2:
            ids = self._verified(searcher, ids)
        found = array("I", ids)
        if not found:
            return matching.NullMatcher()
        return matching.ListMatcher(found, all_weights=self.score * self.boost)

    def _verified(self, searcher: Any, ids: Any) -> Any:
        """The candidates whose text really contains the string.

        An article where the string is a word of the word view contains it: no need to read
        its text. That is most of them for names and common words.
        """
        word = wq.Term(self.fieldname, self.text).matcher(searcher, None)
        proven = set(word.all_ids()) if word.is_active() else set()
        column = searcher.reader().column_reader(TEXT_COLUMN)
        needle, field = self.text, self.fieldname
        return (d for d in ids if d in proven or needle in unpack_text(column[d], field))
