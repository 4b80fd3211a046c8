"""The fast segment writer writes what Whoosh's own writer writes, readably by the stock reader."""

import random

import pytest
from whoosh import index as whoosh_index
from whoosh.writing import MERGE_SMALL

from searcher import Archive
from searcher.articles import Article
from searcher.schema import build_schema, document
from searcher.segment import BLOCK, INLINE, FastSegmentWriter

WORDS = ["疫情", "防控", "会议", "县委", "书记", "汪黎云", "惠衢保", "工作", "推进", "召开"]


def articles(count: int, seed: int = 3) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for n in range(count):
        body = "。".join("".join(rng.choices(WORDS, k=rng.randint(2, 9))) for _ in range(3)) + "。"
        out.append(
            Article(
                id=f"a{n}",
                paper="测试报",
                date=f"2021-01-{n % 28 + 1:02d}",
                page=n % 4 + 1,
                seq=n,
                headline="".join(rng.choices(WORDS, k=3)),
                people=("汪黎云",) if n % 3 == 0 else (),
                body=body,
            )
        )
    return out


def postings(ix):
    with ix.reader() as reader:
        out = {}
        for fieldname, tbytes in reader.all_terms():
            info = reader.term_info(fieldname, tbytes)
            m = reader.postings(fieldname, tbytes)
            items = []
            while m.is_active():
                # "No value" reads as None from a block, as "" from a list inlined without values.
                items.append((m.id(), m.weight(), m.value() or None))
                m.next()
            out[fieldname, tbytes] = (
                info.doc_frequency(),
                info.weight(),
                info.min_length(),
                info.max_length(),
                items,
            )
        stored = [reader.stored_fields(n) for n in range(reader.doc_count_all())]
        lengths = [reader.doc_field_length(n, "body") for n in range(reader.doc_count_all())]
    return out, stored, lengths


def test_fast_writer_output_equals_whoosh_writer_output(tmp_path):
    docs = [document(a) for a in articles(BLOCK + 40)]
    (tmp_path / "stock").mkdir()
    (tmp_path / "fast").mkdir()
    stock = whoosh_index.create_in(str(tmp_path / "stock"), build_schema())
    fast = whoosh_index.create_in(str(tmp_path / "fast"), build_schema())
    with stock.writer() as w:
        for doc in docs:
            w.add_document(**doc)
    w = FastSegmentWriter(fast)
    for doc in docs:
        w.add_document(**doc)
    w.commit()
    expected, fast_result = postings(stock), postings(fast)
    assert fast_result == expected
    # The test exercises both storage paths: inlined short lists and multi-block lists.
    dfs = [v[0] for v in expected[0].values()]
    assert min(dfs) < INLINE and max(dfs) > BLOCK


def test_segments_roll_over_and_merge_through_the_pool(tmp_path):
    with Archive.create(tmp_path / "ix") as archive:
        ix = archive._ix
        w = FastSegmentWriter(ix, pool_limit=2_000)
        for article in articles(60):
            w.add_document(**document(article))
        w.commit()
        assert len(ix._segments()) > 1
        first = archive.search("汪黎云", limit=100)
        for start in range(60, 90, 10):  # small commits that the merge policy folds together
            w = FastSegmentWriter(ix)
            for article in articles(90)[start : start + 10]:
                w.add_document(**document(article))
            w.commit(mergetype=MERGE_SMALL)
        assert len(archive) == 90
        merged = {h.id for h in archive.search("汪黎云", limit=100).hits}
        assert {h.id for h in first.hits} <= merged
        assert len(merged) == sum(1 for a in articles(90) if "汪黎云" in a.body + a.headline)


@pytest.mark.parametrize("processes", [1, 2])
def test_helper_processes_build_the_same_index(tmp_path, processes):
    import json

    from searcher import store

    path = tmp_path / "in.jsonl"
    path.write_text(
        "".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in articles(80)),
        encoding="utf-8",
    )
    with Archive.create(tmp_path / f"ix{processes}") as archive:
        store.add(archive._ix, [path], processes=processes)
        assert len(archive) == 80
        assert archive.search('"汪黎云"', limit=100).total == sum(
            1 for a in articles(80) if "汪黎云" in a.body + a.headline
        )


@pytest.mark.parametrize("crc", [False, True])
@pytest.mark.parametrize("count", [3, 40, 1500])
def test_term_table_written_at_once_is_byte_for_byte_whooshs(count, crc):
    from io import BytesIO

    from whoosh.filedb.filetables import OrderedHashWriter
    from whoosh.filedb.structfile import StructFile

    from searcher.segment import hash_keys_with_crc, write_term_table

    rng = random.Random(count)
    keys = sorted({bytes(rng.choices(range(256), k=rng.randint(1, 12))) for _ in range(count)})
    values = [bytes(rng.choices(range(256), k=rng.randint(0, 90))) for _ in keys]

    def written(fill) -> bytes:
        out = BytesIO()
        table = OrderedHashWriter(StructFile(out))
        if crc:
            hash_keys_with_crc(table)
        table.extras["fieldmap"] = {"body": 0}
        fill(table)
        out.close = lambda: None  # keep the bytes readable after the table closes its file
        table.close()
        return out.getvalue()

    def one_by_one(table) -> None:
        for key, value in zip(keys, values, strict=True):
            table.add(key, value)

    expected = written(one_by_one)
    assert written(lambda table: write_term_table(table, keys, values)) == expected
    assert expected[4] == (1 if crc else 0)  # the hash type the reader will use
    # The largest case holds positions past 65,535, where the position index widens.
    assert count < 1500 or len(expected) > 2**16
