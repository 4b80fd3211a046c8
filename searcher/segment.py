"""Writing Whoosh segments fast: postings grouped by term as they arrive, written in bulk.

Whoosh's own writer handles every posting several times in Python (a tuple into a sorting
pool, an external sort, a per-posting codec call that looks up the document's field length
on disk). An article has ~900 postings (words, bigrams with positions, characters), so that
per-posting cost is what limits indexing speed. `FastSegmentWriter` keeps Whoosh's on-disk
format (the stock reader reads its segments) and its per-document writer, but:

* postings go straight into per-term arrays (`TermPool`), no tuples, no sort of postings;
* at flush, each term's postings are written as W3 blocks in one pass, with field lengths
  read once per field, and rare terms are inlined into the term table (Whoosh supports
  reading inlined postings, but its writer cannot produce them);
* when the pool reaches its memory limit the segment is finished and a new one started, so
  memory stays bounded on any input size; all segments land in one commit;
* writers without the lock ("helpers") build segments in other processes for the writer
  that holds the lock to commit (see `store`).

Merges of small segments at commit go through the same pool, so they are fast too.
"""

from __future__ import annotations

import zlib
from array import array
from collections import deque
from datetime import datetime
from functools import partial
from itertools import accumulate, chain, starmap
from operator import itemgetter, methodcaller, sub
from pickle import dumps
from typing import Any
from zlib import crc32

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, W3TermInfo, _lenfield
from whoosh.filedb.filetables import _hash_functions, crc_hash
from whoosh.filedb.filetables import _lengths as _LENGTHS
from whoosh.filedb.filetables import _pointer as _POINTER
from whoosh.formats import Existence
from whoosh.system import emptybytes, pack_int, pack_long, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from .schema import Analyzed, WordCounts

BLOCK = 128  # postings per block, as Whoosh's reader expects at most
INLINE = 16  # postings lists shorter than this live in the term table (measured: 20% less
# flush time than 4, for 5% more space)
COMPRESS_OVER = 64  # bytes; smaller blocks are not worth compressing
COMPRESSION = 1  # zlib level: level 3 (Whoosh's) costs twice the time for ~5% less space
_TERMINFO = W3TermInfo._struct
POOL_LIMIT = 40_000_000  # postings per segment before a new segment starts
_CRC32 = _hash_functions.index(crc_hash)  # Whoosh's number for the CRC-32 key hash
_EMPTY_SLOT = (0, 0)  # a free slot of a term-table hash table (no key sits at position 0)
_POSITION_TYPES = (("H", 2**16), ("i", 2**31), ("I", 2**32), ("q", 2**63))
_POSITION_ORDER = "HiIq"


class _Postings:
    """One term's postings in one segment: document numbers, weights and values.

    The general form, for fields that `_Ids` and `_Counts` do not cover.
    """

    __slots__ = ("ids", "values", "weights")

    def __init__(self) -> None:
        self.ids = array("I")
        self.weights: array | None = None  # None while every weight is 1.0
        self.values: list[bytes] | None = None  # None for formats without values

    def add(self, docnum: int, weight: float, value: bytes) -> None:
        if weight != 1.0 and self.weights is None:
            self.weights = array("f", [1.0]) * len(self.ids)
        self.ids.append(docnum)
        if self.weights is not None:
            self.weights.append(weight)
        if value:
            if self.values is None:
                self.values = []
            self.values.append(value)


class _Ids(dict):
    """Term → its documents, for postings that only record presence (weight 1, no value).

    A posting is one number in an array, added by C code (see `_add_terms`).
    """

    __slots__ = ()

    def __missing__(self, term: Any) -> array:
        ids = self[term] = array("I")
        return ids


class _Counts(dict):
    """Term → `docnum << 32 | count` per document, for word counts (the count is the weight)."""

    __slots__ = ()

    def __missing__(self, term: Any) -> array:
        postings = self[term] = array("Q")
        return postings


_COUNT_BITS = 32
_COUNT_MASK = (1 << _COUNT_BITS) - 1
_append = array.append
_REPEATING = frozenset({str, int, bool, datetime})  # field values `_made_of` remembers


def _components(p: Any) -> tuple[Any, array | None, list[bytes] | None]:
    """A term's postings as (document numbers, weights or None, values or None)."""
    if type(p) is _Postings:
        return p.ids, p.weights, p.values
    if p.typecode == "I":
        return p, None, None
    counts = [x & _COUNT_MASK for x in p]
    ids = array("I", [x >> _COUNT_BITS for x in p])
    return ids, (None if counts.count(1) == len(counts) else array("f", counts)), None


class TermPool:
    """Postings grouped by field and term as documents arrive.

    Terms of `text_fields` are kept as str (encoded once, at flush), others as bytes. Each
    field's terms are a `_Counts` (fields in `count_fields`), an `_Ids` (`presence_fields`) or
    a dict of `_Postings`.
    """

    def __init__(
        self,
        text_fields: frozenset[str] = frozenset(),
        count_fields: frozenset[str] = frozenset(),
        presence_fields: frozenset[str] = frozenset(),
    ) -> None:
        self.fields: dict[str, dict[Any, Any]] = {}
        self.text_fields = text_fields
        self.count_fields = count_fields
        self.presence_fields = presence_fields
        self.count = 0

    def terms(self, fieldname: str) -> dict[Any, Any]:
        """The terms of `fieldname` so far (an empty table of the field's kind at first)."""
        terms = self.fields.get(fieldname)
        if terms is None:
            if fieldname in self.count_fields:
                terms = _Counts()
            elif fieldname in self.presence_fields:
                terms = _Ids()
            else:
                terms = {}
            self.fields[fieldname] = terms
        return terms

    def add(self, item: tuple[str, bytes, int, float, bytes]) -> None:
        """Whoosh's pool interface (used when merging segments)."""
        self.add_posting(*item)
        self.count += 1

    def add_posting(
        self, fieldname: str, tbytes: bytes, docnum: int, weight: float, value: bytes
    ) -> None:
        """Add one posting, without counting it (see `count`)."""
        term: Any = tbytes.decode("utf-8") if fieldname in self.text_fields else tbytes
        terms = self.terms(fieldname)
        if type(terms) is _Counts:
            terms[term].append(docnum << _COUNT_BITS | round(weight))
        elif type(terms) is _Ids:
            terms[term].append(docnum)
        else:
            postings = terms.get(term)
            if postings is None:
                postings = terms[term] = _Postings()
            postings.add(docnum, weight, value or emptybytes)

    def iter_postings(self):  # type: ignore[no-untyped-def]
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname]
            for term in sorted(terms):
                ids, weights, values = _components(terms[term])
                tbytes = term.encode("utf-8") if type(term) is str else term
                weights = weights if weights is not None else [1.0] * len(ids)
                values = values or [emptybytes] * len(ids)
                for docnum, weight, value in zip(ids, weights, values, strict=True):
                    yield fieldname, tbytes, docnum, weight, value

    def cleanup(self) -> None:
        self.fields.clear()
        self.count = 0


def _mini_weights(weights: array | None, start: int, end: int) -> Any:
    if weights is None:
        return None
    chunk = weights[start:end]
    first = chunk[0]
    if all(w == first for w in chunk):
        return None if first == 1.0 else first
    return tuple(chunk)


def write_postings(fieldwriter: Any, schema: Any, pool: TermPool, lengths: Any) -> None:
    """Write every term of `pool` into the segment's term table and postings file."""
    postfile = fieldwriter._postfile
    fieldmap = fieldwriter._fieldmap
    postings = _PostingsBuffer(postfile)
    keys: list[bytes] = []
    records: list[bytes] = []
    for fieldname in sorted(pool.fields):
        fieldobj = schema[fieldname]
        fixed = fieldobj.format.fixed_value_size()
        fieldid = fieldmap.setdefault(fieldname, len(fieldmap))
        prefix = pack_ushort(fieldid)
        doclens = _field_lengths(lengths, fieldname) if fieldobj.scorable else None
        terms = pool.fields[fieldname]
        # Text terms are kept as str: sorting str sorts its UTF-8 bytes the same way.
        ordered = sorted(terms)
        if fieldname in pool.text_fields:
            keys.extend([prefix + term.encode("utf-8") for term in ordered])
        else:
            keys.extend([prefix + term for term in ordered])
        if type(terms) is _Ids and doclens is None:
            records.extend([_presence_record(postings, terms[term], fixed) for term in ordered])
        else:
            records.extend([_write_term(postings, terms[term], fixed, doclens) for term in ordered])
    postings.flush()
    write_term_table(fieldwriter._tindex, keys, records)


class _PostingsBuffer:
    """The postings file, written in large pieces (a write per block costs more than the block)."""

    FLUSH_AT = 1 << 22

    def __init__(self, postfile: Any) -> None:
        self.file = postfile
        self.base = postfile.tell()
        self.data = bytearray()

    def tell(self) -> int:
        return self.base + len(self.data)

    def write(self, data: bytes) -> None:
        self.data += data
        if len(self.data) >= self.FLUSH_AT:
            self.flush()

    def flush(self) -> None:
        self.file.write(bytes(self.data))
        self.base += len(self.data)
        self.data.clear()


def write_term_table(table: Any, keys: list[bytes], values: list[bytes]) -> None:
    """Add sorted `keys` with `values` to a Whoosh `OrderedHashWriter`, all at once.

    The bytes are those of `table.add(key, value)` for each pair in turn (tested): a record of
    lengths, key and value per pair, the key positions for the ordered index, and each key's
    hash in its bucket. Whoosh's per-key `add` makes four calls into the file per term.
    """
    if not keys:
        return
    if keys[0] <= table.lastkey:
        raise ValueError(f"Keys must increase: {table.lastkey!r}..{keys[0]!r}")
    dbfile = table.dbfile
    sizes = [8 + len(k) + len(v) for k, v in zip(keys, values, strict=True)]
    positions = list(accumulate(sizes, initial=dbfile.tell()))
    del positions[-1]
    heads = map(_LENGTHS.pack, map(len, keys), map(len, values))
    dbfile.write(emptybytes.join(chain.from_iterable(zip(heads, keys, values, strict=True))))
    index = table.index
    index.array = array(_position_type(positions[-1], index.typecode), index.array)
    index.array.extend(positions)
    buckets = table.buckets
    hashes = map(crc32 if table.hashtype == _CRC32 else table.hashfn, keys)
    for h, position in zip(hashes, positions, strict=True):
        buckets[h & 255].append((h, position))
    table.lastkey = keys[-1]
    table._write_hashes = partial(_write_hash_tables, table)


def _position_type(largest: int, current: str) -> str:
    """The typecode Whoosh's `GrowableArray` of type `current` has once it holds `largest`.

    It only ever widens, to the first of H, i, I, q that holds the number that overflowed.
    """
    fits = next(code for code, limit in _POSITION_TYPES if largest < limit)
    return max(current, fits, key=_POSITION_ORDER.index)


def hash_keys_with_crc(table: Any) -> None:
    """Make a new term table hash its keys with CRC-32 (Whoosh's hash type 1), not MD5.

    A Whoosh hash file names its hash function in its header, and the reader uses the one
    named; CRC-32 runs in C at a fraction of the cost of MD5 through hashlib, once per term.
    Only the header has been written yet: its hash-type byte is written again.
    """
    dbfile = table.dbfile
    end = dbfile.tell()
    dbfile.seek(table.startoffset + len(b"HSH3"))  # the byte after the magic
    dbfile.write_byte(_CRC32)
    dbfile.seek(end)
    table.hashtype = _CRC32
    table.hashfn = crc_hash


def _write_hash_tables(table: Any) -> None:
    """Whoosh's `HashWriter._write_hashes`, with each table written in one piece."""
    dbfile = table.dbfile
    for entries in table.buckets:
        numslots = 2 * len(entries)
        table.directory.append((dbfile.tell(), numslots))
        slots: list[tuple[int, int]] = [_EMPTY_SLOT] * numslots
        for entry in entries:
            slot = (entry[0] >> 8) % numslots
            while slots[slot] is not _EMPTY_SLOT:
                slot = (slot + 1) % numslots
            slots[slot] = entry
        dbfile.write(emptybytes.join(starmap(_POINTER.pack, slots)))


def _field_lengths(lengths: Any, fieldname: str) -> list[int] | None:
    """Every document's length in `fieldname`, read once (Whoosh reads it per posting)."""
    if lengths is None or not lengths.has_column(_lenfield(fieldname)):
        return None
    column = lengths.column_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    return [byte_to_length(b) for b in column]


def _lengths_of(doclens: list[int], ids: Any) -> tuple[int, ...]:
    """The field lengths of documents `ids` (looked up in C by `itemgetter`)."""
    if len(ids) == 1:
        return (doclens[ids[0]],)
    return itemgetter(*ids)(doclens)


def _presence_record(postfile: Any, ids: array, fixed: int | None) -> bytes:
    """`_write_term` for a presence-only term (most terms), short lists without its branches.

    An inlined list keeps its document numbers only: Whoosh's reader takes absent weights as
    1.0 and absent values as empty, which is what these postings hold (a tenth less space).
    """
    n = len(ids)
    if n >= INLINE:
        return _write_term(postfile, ids, fixed, None)
    head = _TERMINFO.pack(1, float(n), n, 0, 0, 1.0, ids[0], ids[-1])
    return head + dumps((tuple(ids), None, None), 2)


def _write_term(postfile: Any, p: Any, fixed: int | None, doclens: list[int] | None) -> bytes:
    """Write one term's postings; return its term-table record (W3TermInfo's byte layout)."""
    ids, weights, values = _components(p)
    n = len(ids)
    if weights is None:
        total, maxweight = float(n), 1.0
    else:
        total, maxweight = float(sum(weights)), float(max(weights))
    if doclens is not None:
        lens = _lengths_of(doclens, ids)
        minbyte, maxbyte = length_to_byte(min(lens)), length_to_byte(max(lens))
    else:
        minbyte, maxbyte = 0, 0
    if n < INLINE:
        w = tuple(weights) if weights is not None else (1.0,) * n
        inlined = tuple(values) if values is not None else (None,) * n
        head = _TERMINFO.pack(1, total, n, minbyte, maxbyte, maxweight, ids[0], ids[-1])
        return head + dumps((tuple(ids), w, inlined), 2)
    start_offset = postfile.tell()
    postfile.write(WHOOSH3_HEADER_MAGIC)
    for start in range(0, n, BLOCK):
        end = min(start + BLOCK, n)
        chunk = ids[start:end]
        # Each block's ids are deltas from 0 (Whoosh's block format); `map` subtracts in C.
        deltas = (chunk[0], *map(sub, chunk[1:], chunk))
        if fixed is None or fixed < 0:
            block_values: Any = tuple(values[start:end])  # type: ignore[index]
        elif fixed == 0:
            block_values = None
        else:
            block_values = emptybytes.join(values[start:end])  # type: ignore[index]
        data = dumps((deltas, _mini_weights(weights, start, end), block_values), 2)
        compression = COMPRESSION if len(data) > COMPRESS_OVER else 0
        if compression:
            data = zlib.compress(data, compression)
        if doclens is not None:
            lens = _lengths_of(doclens, chunk)
            minlen, maxlen = length_to_byte(min(lens)), length_to_byte(max(lens))
        else:
            minlen, maxlen = 0, 0
        blockmax = 1.0 if weights is None else float(max(weights[start:end]))
        header = dumps((end - start, chunk[-1], blockmax, compression, minlen, maxlen), 2)
        size = len(header) + len(data)
        postfile.write(pack_int(-size if end == n else size) + header + data)
    head = _TERMINFO.pack(0, total, n, minbyte, maxbyte, maxweight, ids[0], ids[-1])
    return head + pack_long(start_offset) + pack_int(postfile.tell() - start_offset)


def _add_counts(terms: _Counts, docnum: int, counts: dict[str, int]) -> tuple[int, int]:
    """Add a document's word counts (the count is the posting weight).

    The loop runs in C: `map` looks each term up (`_Counts` makes missing ones) and appends
    the packed posting; `deque(..., 0)` drives it and keeps nothing.
    """
    doc = docnum << _COUNT_BITS
    deque(map(_append, map(terms.__getitem__, counts), map(doc.__or__, counts.values())), 0)
    return sum(counts.values()), len(counts)


def _add_terms(terms: _Ids, docnum: int, found: Any) -> tuple[int, int]:
    """Add terms that only record presence (weight 1, no value), in C as `_add_counts` does."""
    deque(map(methodcaller("append", docnum), map(terms.__getitem__, found)), 0)
    return len(found), len(found)


def _add_items(pool: TermPool, fieldname: str, docnum: int, items: Any) -> tuple[int, int]:
    """Add Whoosh (term bytes, frequency, weight, value) tuples (fields of any kind)."""
    add = pool.add_posting
    length = count = 0
    for tbytes, freq, weight, vbytes in items:
        add(fieldname, tbytes, docnum, weight, vbytes)
        length += freq
        count += 1
    return length, count


class FastSegmentWriter(SegmentWriter):
    """A Whoosh SegmentWriter with `TermPool` postings, bulk writing and segment rollover.

    With `lock=False` it is a helper that only builds segments (`finish_segments`), for the
    locked writer to commit with `commit(..., extra_segments=...)`.
    """

    def __init__(
        self, ix: Any, *, lock: bool = True, pool_limit: int = POOL_LIMIT, **kwargs: Any
    ) -> None:
        super().__init__(ix, _lk=lock, **kwargs)
        self.text_fields = frozenset(
            name for name, field in self.schema.items() if isinstance(field, Analyzed)
        )
        self.count_fields = frozenset(
            name for name, field in self.schema.items() if isinstance(field.format, WordCounts)
        )
        self.presence_fields = frozenset(
            name for name in self.text_fields if isinstance(self.schema[name].format, Existence)
        )
        self.pool = self._new_pool()
        hash_keys_with_crc(self.fieldwriter._tindex)
        self.pool_limit = pool_limit
        self.built: list[Any] = []  # finished segments of this writer, not yet committed
        self._made: dict[tuple[str, Any], tuple[list[Any], Any]] = {}
        self._ix = ix

    def _new_pool(self) -> TermPool:
        return TermPool(self.text_fields, self.count_fields, self.presence_fields)

    def add_document(self, **fields: Any) -> None:
        self._check_state()
        perdoc = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        pool = self.pool
        added = 0
        perdoc.start_doc(docnum)
        for fieldname in sorted(fields):
            value = fields[fieldname]
            if value is None or fieldname.startswith("_"):
                continue
            field = schema[fieldname]
            length = 0
            if field.indexed:
                terms = pool.terms(fieldname)
                if type(terms) is _Counts and isinstance(value, dict):
                    length, count = _add_counts(terms, docnum, value)
                elif type(terms) is _Ids and isinstance(value, (set, frozenset)):
                    length, count = _add_terms(terms, docnum, value)
                elif type(value) in _REPEATING:
                    items, _ = self._made_of(fieldname, field, value)
                    length, count = _add_items(pool, fieldname, docnum, items)
                else:
                    length, count = _add_items(pool, fieldname, docnum, field.index(value))
                added += count
                if not field.scorable:
                    length = 0
            perdoc.add_field(fieldname, field, value if field.stored else None, length)
            column = field.column_type
            if column is not None:
                if type(value) in _REPEATING:
                    column_value = self._made_of(fieldname, field, value)[1]
                else:
                    column_value = field.to_column_value(value)
                perdoc.add_column_value(fieldname, column, column_value)
        perdoc.finish_doc()
        self.pool.count += added
        self._added = True
        self.docnum += 1
        if self.pool.count >= self.pool_limit:
            self._roll_over()

    def _made_of(self, fieldname: str, field: Any, value: Any) -> tuple[list[Any], Any]:
        """A field's postings and column value for `value`, remembered for values that come
        again and again (an issue's date, its pages): a date alone takes Whoosh 25 µs."""
        key = (fieldname, value)
        made = self._made.get(key)
        if made is None:
            items = list(field.index(value)) if field.indexed else []
            column = field.to_column_value(value) if field.column_type is not None else None
            if len(self._made) >= 4096:  # ids never come again: keep the memory bounded
                self._made.clear()
            made = self._made[key] = (items, column)
        return made

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = self.per_document_reader()
        write_postings(self.fieldwriter, self.schema, self.pool, lengths)
        self.fieldwriter.close()
        lengths.close()

    def _roll_over(self) -> None:
        """Finish the segment being written and start another (memory stays bounded)."""
        self.built.append(self._finalize_segment())
        self.pool = self._new_pool()
        self.newsegment = self.codec.new_segment(self.storage, self.indexname)
        self.perdocwriter = self.codec.per_document_writer(self.storage, self.newsegment)
        self.fieldwriter = self.codec.field_writer(self.storage, self.newsegment)
        hash_keys_with_crc(self.fieldwriter._tindex)
        self.docnum = self.docbase = 0
        self._added = False

    def finish_segments(self) -> list[Any]:
        """For a helper writer: finish and return its segments (nothing is committed)."""
        if self._added:
            self.built.append(self._finalize_segment())
        else:
            self._close_segment()
        self.is_closed = True
        return self.built

    def commit(
        self,
        mergetype: Any = None,
        optimize: Any = None,
        merge: Any = None,
        extra_segments: list[Any] | None = None,
    ) -> None:  # type: ignore[override]
        """Commit this writer's segments and `extra_segments` (built by helpers) in one TOC.

        Segments whose every document was deleted (an issue indexed again) are dropped:
        Whoosh's merge policy would keep them until enough small segments pile up.
        """
        self._check_state()
        final = [s for s in self._merge_segments(mergetype, optimize, merge) if s.doc_count()]
        if self._added:
            final.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc(final + self.built + list(extra_segments or ()))
        self._finish()
