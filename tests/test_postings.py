"""Reading postings a block at a time, and keeping the long lists decoded."""

import json
from array import array

from searcher import Archive
from searcher.postings import PostingsCache, postings, term_docs, weights_of


def test_block_reading_agrees_with_whoosh_and_the_cache(tmp_path):
    records = [
        {
            "id": f"d{n}",
            "date": "2021-01-01",
            "body": "经济" * (n % 3 + 1) + ("文化。" if n % 2 else "。"),
        }
        for n in range(300)
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    with Archive.create(tmp_path / "ix") as archive:
        archive.add([path])
        with archive._searcher() as searcher:
            reader = searcher.reader()
            m = reader.postings("body", "经济")
            expected_ids, expected_weights = [], []
            while m.is_active():
                expected_ids.append(m.id())
                expected_weights.append(m.weight())
                m.next()
            ids, weights = postings(reader, "body", "经济")
            assert (ids, weights) == (expected_ids, expected_weights)
            assert len(ids) == 300 and set(weights) == {1.0, 2.0, 3.0}
            cache = PostingsCache(budget=1000, shortest=100)
            first = postings(reader, "body", "经济", cache)
            assert list(first[0]) == ids and list(first[1]) == weights
            assert postings(reader, "body", "经济", cache)[0] is first[0]  # the second read is kept
            assert term_docs(reader, "body", "文化", cache) == set(ids[1::2])
            assert weights_of(reader, "body", "经济", [3, 4, 299]) == ([3, 4, 299], [1.0, 2.0, 3.0])
            assert postings(reader, "body", "没有") == ([], [])


def test_the_cache_forgets_the_least_recently_used_lists():
    cache = PostingsCache(budget=5)
    cache.put(("s", "f", "a"), array("I", [1, 2, 3]), array("f", [1, 1, 1]))
    cache.put(("s", "f", "b"), array("I", [4, 5]), array("f", [1, 1]))
    assert cache.get(("s", "f", "a")) is not None  # now the most recent
    cache.put(("s", "f", "c"), array("I", [6]), array("f", [1]))
    assert cache.get(("s", "f", "b")) is None
    assert cache.get(("s", "f", "a")) is not None and cache.get(("s", "f", "c")) is not None
