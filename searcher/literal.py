"""Finding every article that contains a string: bigram candidates, checked against the text.

The character view indexes every bigram of letters, digits and ideographs of an article's
normalised text, and the characters that start none of them. An article containing the string
`汪黎云` contains its bigrams `汪黎` and `黎云`, so the articles holding all of them are the
candidates; a string that is one indexed bigram is one term, so its candidates are exactly its
matches, and a character is found exactly through the bigrams it starts and the character
view, which holds the rest (`char_docs`, `analysis.char_view`). A string whose every bigram
holds punctuation or a space (`，。`) is looked for by its characters. Other strings are
checked against the article's normalised text, stored compressed for this (the `text`
column): candidates that hold the bigrams apart (`汪黎` here, `黎云` there) are dropped —
unless the string is a word of the article's word view, which proves it is there. No token
positions are involved, so the result does not depend on how anything was segmented.
"""

from __future__ import annotations

import zlib
from typing import Any

from .analysis import FREQUENT_CHARS, is_indexed_gram, query_grams
from .postings import PostingsCache, prefix_docs, term_docs

TEXT_COLUMN = "text"
_SEPARATOR = "\x00"
_GB18030 = b"G"
FIELDS = ("headline", "body")


def pack_text(title: str, body: str) -> bytes:
    """The `text` column value: normalised headline and body, compressed.

    Encoded in GB18030 (any Unicode text, two bytes for a common Chinese character where UTF-8
    takes three): compressed, it is a fifth smaller. A leading `G` tells it from the
    compressed UTF-8 of earlier versions (a zlib stream starts with 0x78).
    """
    return _GB18030 + zlib.compress((title + _SEPARATOR + body).encode("gb18030"), 1)


def unpack_texts(blob: bytes) -> tuple[str, str]:
    """The normalised (headline, body) from a `text` column value."""
    if blob.startswith(_GB18030):
        text = zlib.decompress(blob[1:]).decode("gb18030")
    else:
        text = zlib.decompress(blob).decode("utf-8")
    title, _, body = text.partition(_SEPARATOR)
    return title, body


def unpack_text(blob: bytes, field: str) -> str:
    """One field's normalised text from a `text` column value."""
    return unpack_texts(blob)[0 if field == "headline" else 1]


def text_column(reader: Any) -> Any:
    """A segment reader's `text` column, opened once per reader.

    Opening a column reads its whole offset table; a searcher's readers live for many
    searches, so the column is kept on the reader.
    """
    column = getattr(reader, "_searcher_text_column", None)
    if column is None:
        column = reader._searcher_text_column = reader.column_reader(TEXT_COLUMN)
    return column


def char_docs(reader: Any, char: str, view: str, cache: PostingsCache | None = None) -> set[int]:
    """Documents of a segment whose normalised `view` text holds the character `char`.

    Where `char` starts an indexed bigram, the bigram view holds the document (one of the
    bigrams `char…`, next to each other in the term table); elsewhere the character view does.
    """
    found = term_docs(reader, f"{view}_chars", char, cache)
    # A letter, digit or ideograph may start an indexed bigram (`is_indexed_gram`); the
    # character view holds the frequent ones wherever they stand.
    if char.isalnum() and char not in FREQUENT_CHARS:
        found |= prefix_docs(reader, f"{view}_grams", char, cache)
    return found


def literal_docs(reader: Any, text: str, view: str, cache: PostingsCache | None = None) -> set[int]:
    """Documents of a segment whose normalised `view` text contains normalised `text`.

    Deleted documents may be among them: the caller keeps the live ones.
    """
    if len(text) == 1:
        return char_docs(reader, text, view, cache)
    grams = [g for g in dict.fromkeys(query_grams(text)) if is_indexed_gram(g)]
    if grams:
        sets = [term_docs(reader, f"{view}_grams", g, cache) for g in grams]
    else:  # punctuation and spaces only between its characters: find the characters
        sets = [char_docs(reader, c, view, cache) for c in set(text) if not c.isspace()]
    sets.sort(key=len)
    found = sets[0].intersection(*sets[1:]) if sets and sets[0] else set()
    if (len(text) == 2 and grams) or not found:
        return found  # the string is its one bigram: every candidate holds it
    unproven = found - term_docs(reader, view, text, cache)
    if unproven:
        column = text_column(reader)
        found -= {d for d in unproven if text not in unpack_text(column[d], view)}
    return found
