from searcher.snippets import Snippet, find_spans, make_snippet


def test_whole_match_is_marked_never_half_a_word():
    text = "马克思主义哲学。研究马克思。"
    assert find_spans(text, ["马克思"]) == [(0, 3), (10, 13)]
    snippet = make_snippet(text, "", ["马克思"])
    assert [snippet.text[a:b] for a, b in snippet.marks] == ["马克思", "马克思"]


def test_overlapping_terms_merge_into_one_mark():
    assert find_spans("马克思主义", ["马克", "马克思"]) == [(0, 3)]


def test_matches_found_through_normalisation_mark_the_original_characters():
    text = "開化縣 ２０２０年 12月工作"
    spans = find_spans(text, ["开化县", "2020年12月"])
    assert [text[a:b] for a, b in spans] == ["開化縣", "２０２０年 12月"]


def test_best_sentences_in_text_order_joined_by_ellipsis():
    body = "第一句没有。第二句有疫情。第三句也没有。第四句有防控和疫情。"
    snippet = make_snippet(body, "", ["疫情", "防控"])
    assert snippet.text == "第二句有疫情。…第四句有防控和疫情。"
    assert [snippet.text[a:b] for a, b in snippet.marks] == ["疫情", "防控", "疫情"]


def test_long_sentence_is_cut_at_a_clause_break_before_the_match():
    body = "开头" + "，很长的铺垫" * 40 + "，关键词出现在这里，然后结束。"
    snippet = make_snippet(body, "", ["关键词"], max_chars=40)
    assert snippet.text.startswith("…")
    assert "关键词" in snippet.text and len(snippet.text) <= 42
    ((a, b),) = snippet.marks
    assert snippet.text[a:b] == "关键词"


def test_headline_only_match_shows_the_headline_marked():
    snippet = make_snippet("正文第一句。正文第二句。", "惠衢保推进会召开", ["惠衢保"])
    assert snippet.text == "惠衢保推进会召开…正文第一句。"
    assert snippet.marks == ((0, 3),)


def test_rendering():
    snippet = Snippet("汪黎云要求<b>", ((0, 3),))
    assert snippet.highlighted() == "【汪黎云】要求<b>"
    assert snippet.to_html() == "<mark>汪黎云</mark>要求&lt;b&gt;"
    assert snippet.to_ansi() == "\x1b[1;31m汪黎云\x1b[0m要求<b>"


def test_a_match_across_a_sentence_end_is_marked_whole():
    body = "第一句。第二句完。中国队第三。"
    snippet = make_snippet(body, "", ["完。中"])
    assert snippet.text == "第二句完。中国队第三。"
    assert [snippet.text[a:b] for a, b in snippet.marks] == ["完。中"]
