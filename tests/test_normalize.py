import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from searcher.normalize import normalize, normalize_with_origin


def test_width_case_and_traditional_folding():
    assert normalize("１９９８年ＷＴＯ") == "1998年wto"
    assert normalize("開化縣發展") == "开化县发展"
    assert normalize("主任（扩大）会议") == "主任(扩大)会议"


def test_layout_spaces_inside_chinese_are_dropped_but_word_spaces_kept():
    assert normalize("2020年 12月 30日下午") == "2020年12月30日下午"
    assert normalize("“ 上 菜 喽 ，开 吃 喽 。”") == "“上菜喽,开吃喽。”"
    assert normalize("Bill   Clinton 访华") == "bill clinton访华"
    assert normalize("  前后空白  ") == "前后空白"


def test_invisible_characters_are_spacing():
    assert normalize("汪\u200b黎\u00ad云\u202e") == "汪黎云"
    assert normalize("bill\u200bclinton") == "bill clinton"


def test_paragraph_break_survives_as_one_newline():
    assert normalize("第一段。\n\n第二段。") == "第一段。\n第二段。"
    assert normalize("一行\n接一行") == "一行接一行"


def test_offsets_map_back_to_the_original():
    original = "关于 2020年 財政"
    norm = normalize_with_origin(original)
    assert norm.text == "关于2020年财政"
    start = norm.text.index("2020年")
    assert norm.span_in_original(start, start + 5) == (3, 8)
    assert original[3:8] == "2020年"
    start = norm.text.index("财政")
    a, b = norm.span_in_original(start, start + 2)
    assert original[a:b] == "財政"


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60))
def test_every_normalised_character_maps_to_its_source(text: str):
    norm = normalize_with_origin(text)
    for i, char in enumerate(norm.text):
        origin = norm.origin(i)
        if char in " \n":
            assert text[origin].isspace() or unicodedata.category(text[origin]) in ("Cc", "Cf")
        else:
            assert normalize(text[origin]) == char
