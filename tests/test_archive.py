"""The library API over a real index: adding, replacing, searching, removing."""

import json
import pickle
import threading
from pathlib import Path

import pytest

from searcher import Archive, Hit, Results
from searcher.errors import ArticleNotFoundError, IndexNotFoundError, InputError, QueryError
from tests.conftest import CORPUS


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


RECORDS = [
    {
        "id": "a1",
        "paper": "日报",
        "date": "2021-02-01",
        "page": 1,
        "headline": "马克思主义研究",
        "body": "学者研究马克思的著作。",
    },
    {
        "id": "a2",
        "paper": "日报",
        "date": "2021-02-01",
        "page": 2,
        "headline": "足球比赛",
        "body": "马克在比赛中进球。",
        "people": ["马克"],
    },
    {
        "id": "a3",
        "paper": "日报",
        "date": "2021-03-05",
        "page": 1,
        "headline": "开化经验",
        "body": "１９９８年，開化縣總結經驗。",
    },
]


@pytest.fixture
def small(tmp_path):
    with Archive.create(tmp_path / "ix") as archive:
        archive.add([write_jsonl(tmp_path / "r.jsonl", RECORDS)])
        yield archive


def test_meeting_article_ranks_first_with_marks_on_the_phrase(archive):
    results = archive.search("疫情防控")
    first = results.hits[0]
    assert first.headline == "全县新冠肺炎疫情防控暨全民健康补充医疗保险推进会召开"
    assert first.marks and all(first.snippet[a:b] == "疫情防控" for a, b in first.marks)


def test_literal_substrings_find_every_article_containing_them(archive):
    every = list(archive.articles())
    for text in ("黎云", "补充医疗保险", "惠衢保", "百叟宴", "条抓块统"):
        expected = {a.id for a in every if text in (a.title_text + a.body).replace(" ", "")}
        found = {h.id for h in archive.search(text, limit=50).hits}
        quoted = {h.id for h in archive.search(f'"{text}"', limit=50).hits}
        assert found == quoted == expected and expected, text


def test_traditional_and_full_width_queries(small):
    assert [h.id for h in small.search("開化").hits] == ["a3"]
    assert [h.id for h in small.search("1998年").hits] == ["a3"]
    assert [h.id for h in small.search('"开化县总结"').hits] == ["a3"]


def test_whole_word_ranks_above_accidental_substring(small):
    results = small.search("马克")
    assert [h.id for h in results.hits] == ["a2", "a1"]
    assert results.hits[1].snippet[results.hits[1].marks[0][0] :][:3] == "马克思"


def test_filters_sorting_paging_and_facets(small):
    results = small.search("", sort="date", limit=2)
    assert results.total == 3 and [h.date for h in results.hits] == ["2021-02-01", "2021-02-01"]
    assert small.search("", sort="-date").hits[0].id == "a3"
    assert {h.score for h in small.search("马克", sort="date").hits} == {0.0}
    assert [h.id for h in small.search("", sort="date", limit=2, page=2).hits] == ["a3"]
    assert small.search("date:2021-03").total == 1
    assert small.search("", date_from="2021-02-02").total == 1
    assert [h.id for h in small.search("", person="马克").hits] == ["a2"]
    assert small.search("page:2").total == 1
    facets = small.search("").facets
    assert facets["year"] == {"2021": 3}
    assert facets["month"] == {"2021-02": 2, "2021-03": 1}
    assert facets["page"] == {"1": 2, "2": 1}
    assert facets["people"]["马克"] == 1


def test_exclusion_and_or(small):
    assert {h.id for h in small.search("马克 -足球").hits} == {"a1"}
    assert {h.id for h in small.search("足球 OR 开化").hits} == {"a2", "a3"}


def test_reindexing_is_idempotent_and_replaces_pages(tmp_path, small):
    path = write_jsonl(tmp_path / "r.jsonl", RECORDS)
    small.add([path])
    small.add([path])
    assert len(small) == 3
    changed = [dict(RECORDS[0], body="改过的正文。")]
    small.add([write_jsonl(tmp_path / "fix.jsonl", changed)])
    assert len(small) == 3 and small.get("a1").body == "改过的正文。"
    assert small.search("著作").total == 0


def test_bad_input_leaves_the_index_as_it_was(tmp_path, small):
    good = write_jsonl(tmp_path / "good.jsonl", [dict(RECORDS[0], id="new", page=9)])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "z", "date": "2021-02-30", "body": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:1: invalid date"):
        small.add([good, bad])
    assert len(small) == 3
    with pytest.raises(ArticleNotFoundError):
        small.get("new")


def test_remove_and_rebuild(tmp_path, small):
    assert small.remove("2021-02-01") == 2
    assert [a.id for a in small.articles()] == ["a3"]
    small.add([write_jsonl(tmp_path / "one.jsonl", RECORDS[:1])], rebuild=True)
    assert [a.id for a in small.articles()] == ["a1"]


def test_issue_directory_replaces_the_whole_issue(tmp_path):
    issue = tmp_path / "2021-01-01"
    issue.mkdir()
    page = (CORPUS / "2021-01-01" / "01.txt").read_text(encoding="utf-8")
    (issue / "01.txt").write_text(page, encoding="utf-8")
    (issue / "02.txt").write_text(page, encoding="utf-8")
    with Archive.create(tmp_path / "ix") as archive:
        archive.add([issue])
        assert archive.stats().pages == 2
        (issue / "02.txt").unlink()
        archive.add([issue])
        assert archive.stats().pages == 1 and len(archive) == 5


def test_results_are_frozen_and_pickle(small):
    results = small.search("马克")
    assert isinstance(results, Results) and isinstance(results.hits[0], Hit)
    assert pickle.loads(pickle.dumps(results)) == results
    with pytest.raises(AttributeError):
        results.hits[0].score = 1.0  # type: ignore[misc]


def test_concurrent_searches_from_threads(archive):
    expected = archive.search("汪黎云").to_dict()
    errors: list[BaseException] = []

    def worker():
        try:
            for _ in range(20):
                assert archive.search("汪黎云").to_dict() == expected
        except BaseException as e:  # collected and re-raised in the main thread
            errors.append(e)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


def test_errors_are_typed(tmp_path, archive):
    with pytest.raises(IndexNotFoundError, match="no index at"):
        Archive.open(tmp_path / "none")
    with pytest.raises(QueryError, match="unbalanced"):
        archive.search('"疫情')
    assert archive.search('"疫情', lenient=True).problems
    with pytest.raises(QueryError, match="unknown sort"):
        archive.search("x", sort="size")


def test_short_lived_threads_do_not_pile_up_searchers(archive):
    for _ in range(30):
        thread = threading.Thread(target=archive.search, args=("汪黎云",))
        thread.start()
        thread.join()
    assert len(archive._idle) == 1


def test_a_search_sees_the_latest_commit(tmp_path, small):
    assert small.search("改过").total == 0
    small.add([write_jsonl(tmp_path / "fix.jsonl", [dict(RECORDS[0], body="改过的正文。")])])
    assert small.search("改过").total == 1


def test_words_standing_together_rank_first(tmp_path):
    records = [
        {"id": "apart", "date": "2021-01-01", "body": "疫情严重，防控要加强，疫情与防控并重。"},
        {"id": "together", "date": "2021-01-01", "body": "全县部署疫情防控工作。"},
    ]
    with Archive.create(tmp_path / "ix") as archive:
        archive.add([write_jsonl(tmp_path / "a.jsonl", records)])
        assert [h.id for h in archive.search("疫情 防控").hits] == ["together", "apart"]
        assert [h.id for h in archive.search("疫情 防控", sort="date").hits] == [
            "apart",
            "together",
        ]


def test_replaced_issues_leave_no_dead_segments(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", RECORDS)
    with Archive.create(tmp_path / "ix") as archive:
        for _ in range(6):
            report = archive.add([path])
        assert report.replaced == 3 and archive.stats().segments == 1
        archive.remove("2021-02-01")
        archive.remove("2021-03-05")
        stats = archive.stats()
        assert (stats.articles, stats.segments, stats.pages) == (0, 0, 0)
        assert archive.search("马克").total == 0 and archive.search("").facets["year"] == {}


def test_totals_and_facets_count_every_match_of_a_broad_query(tmp_path):
    records = [
        {
            "id": f"d{n}",
            "date": f"2021-0{n % 3 + 1}-01",
            "page": n % 4 + 1,
            "headline": "经济新闻" if n % 5 == 0 else "新闻",
            "body": ("发展经济。" * (n % 7 + 1)) + ("社会文化。" if n % 2 else "体育。"),
        }
        for n in range(60)
    ]
    expected = [r for r in records if "经济" in r["headline"] + r["body"] and "文化" in r["body"]]
    with Archive.create(tmp_path / "ix") as archive:
        archive.add([write_jsonl(tmp_path / "a.jsonl", records)])
        results = archive.search("经济 文化", limit=5)
        assert results.total == len(expected) == 30
        assert sum(results.facets["month"].values()) == 30
        assert sum(results.facets["page"].values()) == 30
        scores = [h.score for h in results.hits]
        assert scores == sorted(scores, reverse=True) and len(scores) == 5


def test_records_stored_compressed_by_earlier_versions_still_read():
    import json
    import zlib

    from searcher.articles import Article
    from searcher.schema import pack_record, unpack_record

    article = Article(id="a1", date="2021-01-01", headline="标题", people=("汪黎云",), body="文。")
    assert pack_record(article).startswith(b'{"id":"a1"')
    assert "标题".encode("gb18030") in pack_record(article)
    earlier = zlib.compress(
        json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":")).encode(), 6
    )
    assert unpack_record(earlier) == unpack_record(pack_record(article)) == article


def test_texts_stored_by_earlier_versions_still_read():
    import zlib

    from searcher.literal import pack_text, unpack_texts

    assert unpack_texts(pack_text("标题", "正文。𠀀")) == ("标题", "正文。𠀀")
    assert pack_text("标题", "正文。")[:1] == b"G"
    earlier = zlib.compress("标题\x00正文。".encode(), 1)
    assert unpack_texts(earlier) == ("标题", "正文。")
