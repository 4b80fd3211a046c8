"""How an article is stored in the Whoosh index: fields, posting formats, the stored record.

Text fields come in three views (see `analysis`): `headline`/`body` hold jieba words and rank;
`*_grams` hold character bigrams with positions and make any string findable, exactly;
`*_chars` hold single characters. `headline` covers kicker, headline and subtitle.

Documents are built from pre-analysed terms (one normalisation and segmentation per text,
possibly in a worker process) and handed to Whoosh ready to write; the fields keep working
analyzers for anything that passes plain text.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from array import array
from collections.abc import Iterable
from typing import Any

from whoosh import columns, fields
from whoosh.analysis import IDAnalyzer
from whoosh.formats import Existence, Format

from .analysis import (
    CharTokenizer,
    GramTokenizer,
    Segmenter,
    WordTokenizer,
    analyze,
    positions_of,
)
from .articles import Article
from .normalize import normalize

# Bump when the schema or the analysis changes in a way that needs a rebuild.
SCHEMA_VERSION = 1
Postings = list[tuple[bytes, int, float, bytes]]


class GramPositions(Format):
    """Positions stored as a machine array (2 or 4 bytes each) instead of a pickled list.

    Decoding is one C call, which matters because phrase queries decode positions for every
    candidate document.
    """

    def __init__(self, field_boost: float = 1.0, **options: object) -> None:
        self.field_boost = field_boost
        self.options = options

    @staticmethod
    def encode(positions: list[int]) -> bytes:
        code = "H" if positions[-1] < 0x10000 else "I"
        return code.encode() + array(code, positions).tobytes()

    def word_values(self, value, analyzer, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["positions"] = True
        found: dict[str, list[int]] = {}
        for token in analyzer(value, **kwargs):
            found.setdefault(token.text, []).append(token.pos)
        return position_postings(found)

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return array(chr(valuestring[0]), valuestring[1:]).tolist()

    def decode_frequency(self, valuestring: bytes) -> int:
        return (len(valuestring) - 1) // (2 if valuestring[0] == 72 else 4)

    def decode_weight(self, valuestring: bytes) -> float:
        return self.decode_frequency(valuestring) * self.field_boost

    def decode_position_boosts(self, valuestring: bytes) -> list[tuple[int, float]]:
        return [(pos, 1.0) for pos in self.decode_positions(valuestring)]

    def combine(self, vs: Iterable[bytes]) -> bytes:
        merged: set[int] = set()
        for v in vs:
            merged.update(self.decode_positions(v))
        return self.encode(sorted(merged))


class WordCounts(Format):
    """A word's frequency kept only as the posting weight, which is all BM25F reads.

    Whoosh's Frequency format stores the same number twice (weight and value bytes).
    """

    posting_size = 0

    def __init__(self, field_boost: float = 1.0, **options: object) -> None:
        self.field_boost = field_boost
        self.options = options

    def word_values(self, value, analyzer, **kwargs):  # type: ignore[no-untyped-def]
        counts: dict[str, int] = {}
        for token in analyzer(value, **kwargs):
            counts[token.text] = counts.get(token.text, 0) + 1
        return ((t, n, float(n), b"") for t, n in counts.items())

    def decode_weight(self, valuestring: bytes) -> float:  # pragma: no cover - weights are stored
        return self.field_boost


def word_postings(counts: dict[str, int]) -> Postings:
    """Whoosh (term, freq, weight, value) tuples for a WordCounts field: weight = frequency."""
    return [(t.encode("utf-8"), n, float(n), b"") for t, n in counts.items()]


def existence_postings(terms: Iterable[str]) -> Postings:
    """Whoosh (term, freq, weight, value) tuples for an Existence field."""
    return [(t.encode("utf-8"), 1, 1.0, b"") for t in terms]


def position_postings(found: dict[str, Any]) -> Postings:
    """Whoosh tuples for a GramPositions field; weight 1 (grams match, words score).

    `found` maps a term to its positions (a list, or one int: see `analysis.TextViews`).
    """
    out = []
    for term, positions in found.items():
        listed = positions_of(positions)
        out.append((term.encode("utf-8"), len(listed), 1.0, GramPositions.encode(listed)))
    return out


class Analyzed(fields.FieldType):
    """A text field that takes plain text or its pre-analysed terms.

    Pre-analysed values are what `analysis.analyze` returns for the field's view: a dict of
    term → positions (GramPositions), term → count (WordCounts), or terms (Existence).
    """

    def __init__(self, analyzer: Any, fmt: Format, scorable: bool) -> None:
        super().__init__(fmt, analyzer=analyzer, scorable=scorable, stored=False)

    def index(self, value: Any, **kwargs: Any):  # type: ignore[no-untyped-def]
        if isinstance(value, str):
            return super().index(value, **kwargs)
        if isinstance(self.format, GramPositions):
            return position_postings(value)
        if isinstance(self.format, WordCounts):
            return word_postings(value)
        return existence_postings(value)


class Keywords(fields.FieldType):
    """Exact values (names, keys) normalised for matching; several per document."""

    def __init__(self, scorable: bool = False) -> None:
        super().__init__(Existence(), IDAnalyzer(), scorable=scorable, stored=False)

    def index(self, value: Any, **kwargs: Any):  # type: ignore[no-untyped-def]
        values = [value] if isinstance(value, str) else list(value)
        return existence_postings({normalize(v) for v in values} - {""})

    def process_text(self, qstring: str, mode: str = "", **kwargs: Any):  # type: ignore[no-untyped-def]
        yield normalize(qstring)


def build_schema() -> fields.Schema:
    """The index schema (field names are also the query language's, where public)."""
    words, grams, chars = WordTokenizer(), GramTokenizer(), CharTokenizer()
    return fields.Schema(
        id=fields.ID(unique=True),
        issue=fields.ID(),
        pagekey=fields.ID(sortable=True),
        paper=Keywords(),
        date=fields.DATETIME(sortable=True),
        year=fields.ID(sortable=True),
        month=fields.ID(sortable=True),
        page=fields.NUMERIC(int, bits=32, signed=False, sortable=True),
        headline=Analyzed(words, WordCounts(), scorable=True),
        body=Analyzed(words, WordCounts(), scorable=True),
        headline_grams=Analyzed(grams, GramPositions(), scorable=False),
        body_grams=Analyzed(grams, GramPositions(), scorable=False),
        headline_chars=Analyzed(chars, Existence(), scorable=False),
        body_chars=Analyzed(chars, Existence(), scorable=False),
        people=Keywords(scorable=True),
        reporters=Keywords(),
        people_list=fields.COLUMN(columns.VarBytesColumn()),
        photo=fields.BOOLEAN(),
        record=fields.STORED(),
    )


def pack_record(article: Article) -> bytes:
    """The stored form of an article: its record as compressed JSON."""
    data = json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(data.encode("utf-8"), 6)


def unpack_record(blob: bytes) -> Article:
    """Inverse of `pack_record`."""
    data = json.loads(zlib.decompress(blob).decode("utf-8"))
    data["reporters"] = tuple(data["reporters"])
    data["people"] = tuple(data["people"])
    return Article(**data)


def document(article: Article, seg: Segmenter | None = None) -> dict[str, Any]:
    """The Whoosh document of one article, with every text field pre-analysed."""
    title = analyze(article.title_text, seg)
    body = analyze(article.body, seg)
    day = dt.date.fromisoformat(article.date)
    return {
        "id": article.id,
        "issue": article.issue_key,
        "pagekey": article.page_key,
        "paper": [article.paper] if article.paper else [],
        "date": dt.datetime(day.year, day.month, day.day),
        "year": article.date[:4],
        "month": article.date[:7],
        "page": article.page,
        "headline": title.words,
        "body": body.words,
        "headline_grams": title.grams,
        "body_grams": body.grams,
        "headline_chars": title.chars,
        "body_chars": body.chars,
        "people": list(article.people),
        "reporters": list(article.reporters),
        "people_list": "\t".join(article.people).encode("utf-8"),
        "photo": article.photo,
        "record": pack_record(article),
    }
