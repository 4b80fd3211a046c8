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
from collections.abc import Iterable
from typing import Any

from whoosh import columns, fields
from whoosh.analysis import IDAnalyzer
from whoosh.formats import Existence, Format

from .analysis import CharTokenizer, GramTokenizer, Segmenter, WordTokenizer, analyze
from .articles import Article
from .literal import pack_text
from .normalize import normalize

# Bump when the schema or the analysis changes in a way that needs a rebuild.
SCHEMA_VERSION = 3
Postings = list[tuple[bytes, int, float, bytes]]


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


class Analyzed(fields.FieldType):
    """A text field that takes plain text or its pre-analysed terms.

    Pre-analysed values are what `analysis.analyze` returns for the field's view: a dict of
    term → count (WordCounts), or a set of terms (Existence).
    """

    def __init__(self, analyzer: Any, fmt: Format, scorable: bool) -> None:
        super().__init__(fmt, analyzer=analyzer, scorable=scorable, stored=False)

    def index(self, value: Any, **kwargs: Any):  # type: ignore[no-untyped-def]
        if isinstance(value, str):
            return super().index(value, **kwargs)
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
        headline_grams=Analyzed(grams, Existence(), scorable=False),
        body_grams=Analyzed(grams, Existence(), scorable=False),
        headline_chars=Analyzed(chars, Existence(), scorable=False),
        body_chars=Analyzed(chars, Existence(), scorable=False),
        people=Keywords(scorable=True),
        reporters=Keywords(),
        people_list=fields.COLUMN(columns.VarBytesColumn()),
        text=fields.COLUMN(columns.VarBytesColumn()),
        photo=fields.BOOLEAN(),
        record=fields.STORED(),
    )


def pack_record(article: Article) -> bytes:
    """The stored form of an article: its record as JSON, encoded in GB18030.

    GB18030 encodes any Unicode text, a common Chinese character in two bytes where UTF-8
    takes three; Whoosh compresses every document's stored fields (zlib), and compressed the
    record is 15% smaller than in UTF-8. Compressing it here too would only cost time.
    """
    data = json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))
    return data.encode("gb18030")


def unpack_record(blob: bytes) -> Article:
    """Inverse of `pack_record` (also reads the zlib-compressed UTF-8 of earlier versions)."""
    if blob.startswith(b"{"):
        text = blob.decode("gb18030")
    else:
        text = zlib.decompress(blob).decode("utf-8")
    data = json.loads(text)
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
        "text": pack_text(title.normalized, body.normalized),
        "photo": article.photo,
        "record": pack_record(article),
    }
