import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from searcher.analysis import (
    CharTokenizer,
    GramTokenizer,
    Segmenter,
    WordTokenizer,
    analyze,
    query_grams,
    word_spans,
)
from searcher.normalize import normalize
from tests.conftest import SEED_PAGE


def tokens(tokenizer, text, **flags):
    return [
        (t.text, t.pos if flags.get("positions") else None)
        + ((t.startchar, t.endchar) if flags.get("chars") else ())
        for t in tokenizer(text, **flags)
    ]


def test_words_have_true_positions_and_original_offsets():
    text = "全县 疫情防控，１９９８年"
    assert tokens(WordTokenizer(), text, positions=True, chars=True) == [
        ("全县", 0, 0, 2),
        ("疫情", 1, 3, 5),
        ("防控", 2, 5, 7),
        ("1998", 3, 8, 12),
        ("年", 4, 12, 13),
    ]


def test_tokenizer_honours_flags():
    plain = list(WordTokenizer()("疫情防控"))
    assert [t.text for t in WordTokenizer()("疫情防控")] == ["疫情", "防控"]
    token = plain[-1]
    assert not hasattr(token, "startchar") or token.chars is False
    assert [t.pos for t in WordTokenizer()("疫情防控", positions=True, start_pos=10)] == [10, 11]
    assert [
        (t.startchar, t.endchar) for t in WordTokenizer()("疫情防控", chars=True, start_char=5)
    ] == [
        (5, 7),
        (7, 9),
    ]


def test_traditional_and_full_width_fold_before_segmentation():
    assert [t.text for t in WordTokenizer()("開化縣 ＷＴＯ")] == ["开化县", "wto"]


def test_grams_are_bigrams_at_character_positions():
    assert tokens(GramTokenizer(), "疫情 防控", positions=True, chars=True) == [
        ("疫情", 0, 0, 2),
        ("情防", 1, 1, 4),
        ("防控", 2, 3, 5),
    ]
    assert query_grams("疫情防控") == ["疫情", "情防", "防控"]


def test_chars_view_skips_whitespace():
    assert [t.text for t in CharTokenizer()("a b")] == ["a", "b"]


def test_chars_view_holds_the_characters_no_indexed_bigram_starts():
    # 云 starts 云山 (found through it); 山 ends a run, ， is punctuation, 好 ends the text.
    assert [t.text for t in CharTokenizer()("云山，好")] == ["山", ",", "好"]  # NFKC comma
    assert analyze("云山，好").chars == {"山", ",", "好"}
    assert analyze("云山，云").chars == {"山", ","}  # the second 云 is found as the first is


def test_no_gram_crosses_a_paragraph():
    views = analyze("云山\n\n水")
    assert views.grams == {"云山"}
    assert views.chars == {"山", "水"}
    assert views.normalized == "云山\n水"


def test_grams_with_punctuation_or_spaces_are_not_indexed():
    views = analyze("县委书记，副县长 and 10%。")
    assert views.normalized == "县委书记,副县长and 10%。"  # NFKC; the space after 长 dropped
    assert views.grams == {"县委", "委书", "书记", "副县", "县长", "长a", "an", "nd", "10"}
    assert "," in views.chars and "%" in views.chars
    assert [t.text for t in GramTokenizer()("书记，副x 1")] == ["书记", "副x"]


def test_analyze_agrees_with_the_tokenizers():
    text = SEED_PAGE.read_text(encoding="utf-8")[:400]
    views = analyze(text)
    words = [t.text for t in WordTokenizer()(text)]
    assert sum(views.words.values()) == len(words)
    assert set(views.words) == set(words)
    grams = {}
    for t in GramTokenizer()(text, positions=True):
        grams.setdefault(t.text, []).append(t.pos)
    assert views.grams == set(grams)


@pytest.mark.parametrize("engine", ["jieba"])
def test_fast_and_reference_segmenters_give_identical_words(engine):
    reference = Segmenter(engine)
    fast = Segmenter()
    text = normalize(SEED_PAGE.read_text(encoding="utf-8"))
    assert fast.engine == "rjieba"
    assert list(word_spans(text, fast)) == list(word_spans(text, reference))
    for seg in (fast, reference):
        seg.add_word("惠衢保", 2000, "nz")
    assert [w for w, _, _ in word_spans("惠衢保参保工作", fast)] == ["惠衢保", "参保", "工作"]
    assert list(word_spans(text, fast)) == list(word_spans(text, reference))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80))
def test_any_text_gives_offsets_that_slice_back_and_increasing_positions(text):
    previous = -1
    for token in WordTokenizer()(text, positions=True, chars=True):
        assert normalize(text[token.startchar : token.endchar]) == token.text
        assert token.pos > previous
        previous = token.pos
    previous = -1
    for token in GramTokenizer()(text, positions=True, chars=True):
        # A bigram may hold one (collapsed) space, which normalize drops at a slice's edge.
        assert normalize(text[token.startchar : token.endchar]) == token.text.strip()
        assert token.pos > previous
        previous = token.pos


def test_frequent_characters_are_the_most_frequent_of_jiebas_dictionary():
    from collections import Counter
    from importlib import resources

    from searcher.analysis import FREQUENT_CHARS

    counts: Counter[str] = Counter()
    dictionary = (resources.files("jieba") / "dict.txt").read_text(encoding="utf-8")
    for line in dictionary.splitlines():
        word, freq, *_ = line.split()
        for char in word:
            counts[char] += int(freq)
    assert {char for char, _ in counts.most_common(len(FREQUENT_CHARS))} == FREQUENT_CHARS
    assert len(FREQUENT_CHARS) == 50


def test_the_character_view_holds_frequent_characters_wherever_they_stand():
    assert analyze("中国人").chars == {"中", "国", "人"}  # each starts a bigram, but is frequent
    assert analyze("汪黎云").chars == {"云"}
