"""The lexicon: reading names files, installing their words, and the index remembering them.

Installing changes the process-wide segmenter, so each test uses words of its own.
"""

from pathlib import Path

import pytest

from searcher import Archive
from searcher.analysis import words
from searcher.articles import discover
from searcher.errors import InputError
from searcher.lexicon import (
    LEXICON_FILE,
    Lexicon,
    find_lexicons,
    index_lexicon,
    install,
    installed,
    read_lexicon,
)
from searcher.people import find_people
from tests.conftest import CORPUS, json_from_fresh_process


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def issue_tree(root: Path, body: str, lexicon: str | None = None) -> Path:
    """A tree with one issue file (and a names.yaml if given)."""
    write(
        root / "issues" / "2021-03-01.yaml",
        "paper: 山城报\ndate: 2021-03-01\narticles:\n"
        f"  - page: 1\n    headline: 简讯\n    body: {body}\n",
    )
    if lexicon is not None:
        write(root / LEXICON_FILE, lexicon)
    return root


def test_reads_people_places_and_terms_in_order_without_repeats(tmp_path):
    path = write(
        tmp_path / "names.yaml",
        "people: [甲乙丙, 丁戊己, 甲乙丙]\nplaces: 枫林坞、石门岭\nterms:\n  - 惠柯保\n",
    )
    assert read_lexicon(path) == Lexicon(
        people=("甲乙丙", "丁戊己"), places=("枫林坞", "石门岭"), terms=("惠柯保",)
    )


def test_an_empty_file_is_an_empty_lexicon(tmp_path):
    assert read_lexicon(write(tmp_path / "names.yaml", "")) == Lexicon()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("people: [甲乙丙]\nplace: [枫林坞]\n", "names.yaml:2: unknown key 'place'"),
        ("people: {甲: 乙}\n", "names.yaml:1: people must be a list of words"),
        ("terms: [惠柯保, 两个 词]\n", "names.yaml:1: terms: '两个 词' is not a word"),
        ("people: [甲乙丙\n", "names.yaml:2: invalid YAML"),
        ("- 甲乙丙\n", "names.yaml:1: a names file is a mapping"),
    ],
)
def test_a_malformed_file_is_reported_with_its_line(tmp_path, text, message):
    with pytest.raises(InputError) as error:
        read_lexicon(write(tmp_path / "names.yaml", text))
    assert str(error.value).startswith(str(tmp_path / message))


def test_merging_keeps_the_first_order_and_adds_the_new_words():
    first = Lexicon(people=("甲乙丙",), terms=("惠柯保",))
    second = Lexicon(people=("丁戊己", "甲乙丙"), places=("枫林坞",))
    assert first.merged(second) == Lexicon(
        people=("甲乙丙", "丁戊己"), places=("枫林坞",), terms=("惠柯保",)
    )


def test_yaml_round_trip(tmp_path):
    lexicon = Lexicon(people=("甲乙丙",), places=("枫林坞",), terms=("惠柯保",))
    assert lexicon.to_yaml() == "people:\n- 甲乙丙\nplaces:\n- 枫林坞\nterms:\n- 惠柯保\n"
    assert read_lexicon(write(tmp_path / "names.yaml", lexicon.to_yaml())) == lexicon


def test_installed_words_are_cut_whole_and_tagged():
    assert words("浙里办使用指南") == ["浙里", "办", "使用指南"]
    install(Lexicon(terms=("浙里办",)))
    assert words("浙里办使用指南") == ["浙里办", "使用指南"]
    assert installed().terms[-1] == "浙里办"


def test_installed_people_are_people_and_places_are_not():
    assert find_people("禤国华介绍了经验。") == []
    assert find_people("工程完工。（禤国华）") == []
    assert find_people("齐溪说变就变了。") == ["齐溪"]
    install(Lexicon(people=("禤国华",), places=("齐溪",)))
    assert find_people("禤国华介绍了经验。") == ["禤国华"]
    assert find_people("工程完工。（禤国华）") == ["禤国华"]
    assert find_people("齐溪说变就变了。") == []


def test_names_files_are_found_in_trees_but_not_in_hidden_directories(tmp_path):
    top = write(tmp_path / LEXICON_FILE, "terms: [甲]\n")
    deep = write(tmp_path / "2021" / "03" / LEXICON_FILE, "terms: [乙]\n")
    write(tmp_path / ".cache" / LEXICON_FILE, "terms: [丙]\n")
    other = write(tmp_path / "elsewhere.yaml", "terms: [丁]\n")
    assert find_lexicons([tmp_path]) == [deep, top]
    assert find_lexicons([top, other]) == [top]


def test_the_input_walker_reads_no_articles_from_names_files(tmp_path):
    root = issue_tree(tmp_path, "正文。", lexicon="terms: [惠柯保]\n")
    assert [Path(s.path).name for s in discover([root])] == ["2021-03-01.yaml"]
    assert list(discover([root / LEXICON_FILE])) == []


def test_the_bundled_corpus_ships_its_lexicon():
    lexicon = read_lexicon(CORPUS / LEXICON_FILE)
    assert "汪黎云" in lexicon.people and "芹阳办事处" in lexicon.places
    assert "惠衢保" in lexicon.terms


def test_the_index_remembers_every_lexicon_it_was_given(tmp_path):
    root = issue_tree(tmp_path / "in", "琅溪保开始参保。", lexicon="terms: [琅溪保]\n")
    extra = write(tmp_path / "more.yaml", "people: [禤明远]\nplaces: [琅溪]\n")
    index = tmp_path / "index"
    with Archive.create(index) as archive:
        archive.add([root])
        assert index_lexicon(index) == Lexicon(terms=("琅溪保",))
        archive.add([root], names=[extra])
    assert index_lexicon(index) == Lexicon(people=("禤明远",), places=("琅溪",), terms=("琅溪保",))
    with Archive.open(index) as archive:
        archive.add([root], rebuild=True)
    assert index_lexicon(index) == Lexicon(terms=("琅溪保",))


def test_a_bad_names_file_leaves_the_index_as_it_was(tmp_path):
    root = issue_tree(tmp_path / "in", "正文。", lexicon="terms: [甲]\nwords: [乙]\n")
    index = tmp_path / "index"
    with Archive.create(index) as archive, pytest.raises(InputError):
        archive.add([root])
    with Archive.open(index) as archive:
        assert len(archive) == 0
    assert not (index / LEXICON_FILE).exists()


def test_opening_an_index_installs_its_lexicon(tmp_path):
    index = tmp_path / "index"
    Archive.create(index).close()
    write(index / LEXICON_FILE, "people: [禤子衿]\n")
    assert not installed().is_person("禤子衿")
    Archive.open(index).close()
    assert installed().is_person("禤子衿")


def test_searches_in_another_process_segment_with_the_index_lexicon(tmp_path):
    root = issue_tree(tmp_path / "in", "共富工坊开工。", lexicon="terms: [共富工坊]\n")
    index = tmp_path / "index"
    with Archive.create(index) as archive:
        archive.add([root])
    script = (
        "import json, sys; from searcher import Archive; from searcher.analysis import words; "
        "before = words('共富工坊开工'); Archive.open(sys.argv[1]).close(); "
        "print(json.dumps([before, words('共富工坊开工')], ensure_ascii=False))"
    )
    before, after = json_from_fresh_process(script, index)
    assert before == ["共富", "工坊", "开工"]
    assert after == ["共富工坊", "开工"]
