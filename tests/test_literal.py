"""Exact string matching: bigram candidates checked against the normalised text."""

import json

import pytest

from searcher import Archive
from searcher.literal import literal_docs
from searcher.postings import term_docs

RECORDS = [
    # Holds both bigrams of 汪黎云, but apart: a candidate, not a match.
    {"id": "apart", "date": "2021-01-01", "headline": "山水", "body": "汪黎在此，黎云山下。"},
    {
        "id": "whole",
        "date": "2021-01-02",
        "headline": "汪黎云强调",
        "body": "县委副书记汪黎云出席。",
    },
    {"id": "other", "date": "2021-01-03", "headline": "会议", "body": "乡镇干部参加會議。"},
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("literal")
    path = folder / "in.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), "utf-8")
    with Archive.create(folder / "ix") as opened:
        opened.add([path])
        yield opened


def ids(archive, query):
    return sorted(h.id for h in archive.search(query, limit=50).hits)


def test_candidates_that_hold_the_bigrams_apart_are_dropped(archive):
    with archive._searcher() as searcher:
        reader = searcher.reader()
        candidates = term_docs(reader, "body_grams", "汪黎") & term_docs(
            reader, "body_grams", "黎云"
        )
        assert len(candidates) == 2
        assert len(literal_docs(reader, "汪黎云", "body")) == 1
    assert ids(archive, "汪黎云") == ids(archive, '"汪黎云"') == ["whole"]


def test_a_string_that_is_no_word_is_checked_against_the_text(archive):
    with archive._searcher() as searcher:
        reader = searcher.reader()
        assert not term_docs(reader, "body", "黎云山")  # not a word of the word view
        assert len(literal_docs(reader, "黎云山", "body")) == 1


def test_one_and_two_characters_need_no_check(archive):
    assert ids(archive, "黎") == ["apart", "whole"]
    assert ids(archive, "黎云") == ["apart", "whole"]
    assert ids(archive, "会议") == ["other"]  # 會議 in the text, folded to 会议


def test_field_negation_and_alternatives_stay_exact(archive):
    assert ids(archive, "headline:汪黎云") == ["whole"]
    assert ids(archive, "body:强调") == []
    assert ids(archive, "-汪黎云") == ["apart", "other"]
    assert ids(archive, "汪黎云 OR 乡镇干部") == ["other", "whole"]
    assert ids(archive, '"黎云山下"') == ["apart"]


def test_strings_with_punctuation_are_found_exactly(archive):
    # Bigrams holding punctuation are not indexed: found from the others, then checked.
    assert ids(archive, '"在此，黎云"') == ["apart"]
    assert ids(archive, '"此，"') == ids(archive, '"，黎"') == ["apart"]
    assert ids(archive, '"。汪"') == []
    assert ids(archive, '"席。"') == ["whole"]
    with archive._searcher() as searcher:
        reader = searcher.reader()
        assert not term_docs(reader, "body_grams", "此,")
        assert len(literal_docs(reader, ",黎", "body")) == 1  # normalised: NFKC comma


def test_a_character_is_found_where_it_starts_a_bigram_and_where_it_starts_none(archive):
    # 山 starts 山下 (bigram view); 下 and 席 stand before 。 and 此 before ， (character view).
    assert ids(archive, "山") == ids(archive, "下") == ids(archive, "此") == ["apart"]
    assert ids(archive, "席") == ["whole"]
    assert ids(archive, "。") == ["apart", "other", "whole"]
    assert ids(archive, "headline:强") == ["whole"]
    assert ids(archive, "headline:调") == ["whole"]
    with archive._searcher() as searcher:
        reader = searcher.reader()
        assert not term_docs(reader, "body_chars", "山")  # found through its bigram alone
        assert len(term_docs(reader, "body_chars", "下")) == 1
        assert len(term_docs(reader, "body_chars", "会")) == 1  # frequent: held wherever it is
    assert ids(archive, "会") == ["other"]
