"""Reading every input form, and one-line errors for bad input."""

import codecs
import json
import shutil
from pathlib import Path

import pytest

from searcher.articles import (
    Article,
    discover,
    dump_issue_yaml,
    read_issue_yaml,
    read_jsonl,
    read_text,
)
from searcher.errors import InputError


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


PAGE = (
    "本报讯（记者 张三） 2021年1月3日上午，县里召开会议。\n\n会议要求做好工作。\n\n县里召开会议\n"
)


def test_jsonl_records_and_generated_ids(tmp_path):
    path = write(
        tmp_path / "a.jsonl",
        json.dumps({"date": "2021-01-02", "page": 2, "seq": 1, "headline": "标题", "body": "正文"})
        + "\n\n"
        + json.dumps({"id": "x1", "date": "2021-01-02", "body": "正文二", "people": "张三、李四"})
        + "\n",
    )
    first, second = read_jsonl(path)
    assert first.id == "20210102-02-01" and first.headline == "标题"
    assert second.people == ("张三", "李四")


GOOD = '{"id": "a", "date": "2021-01-02", "body": "x"}\n'


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            GOOD + '{"id": "b", "date": "2021-13-01", "body": "y"}\n',
            "a.jsonl:2: invalid date '2021-13-01': expected YYYY-MM-DD",
        ),
        (
            GOOD + '{"id": "a", "date": "2021-01-02", "body": "y"}\n',
            "a.jsonl:2: duplicate id 'a' (first on line 1)",
        ),
        ('{"id": "a", "date": "2021-01-02", "body": "x"\n', "a.jsonl:1: invalid JSON"),
        (
            '{"id": "a", "date": "2021-01-02", "headlines": "x"}\n',
            "a.jsonl:1: unknown key 'headlines'",
        ),
        ('{"id": "a", "body": "x"}\n', "a.jsonl:1: article has no date"),
        ("[1, 2]\n", "a.jsonl:1: an article must be a mapping, not list"),
        (
            '{"id": "a", "date": "2021-01-02", "page": "one", "body": "x"}\n',
            "page must be a whole number",
        ),
    ],
)
def test_bad_jsonl_is_reported_with_file_and_line(tmp_path, content, message):
    path = write(tmp_path / "a.jsonl", content)
    with pytest.raises(InputError) as error:
        list(read_jsonl(path))
    assert message in str(error.value)
    assert str(error.value).startswith(str(path))


def test_binary_and_undecodable_input(tmp_path):
    binary = tmp_path / "b.jsonl"
    binary.write_bytes(b'{"id": "a", "date": "2021-01-02", "body": "x"}\n\x00\x01\x02')
    with pytest.raises(InputError, match=r"b.jsonl:2: binary file"):
        list(read_jsonl(binary))
    latin = tmp_path / "c.jsonl"
    latin.write_bytes(b'{"id": "\xff"}\n')
    with pytest.raises(InputError, match=r"c.jsonl:1: undecodable bytes"):
        list(read_jsonl(latin))


def test_gb18030_page_is_detected(tmp_path):
    page = write(tmp_path / "2021-01-03" / "01.txt", PAGE, encoding="gb18030")
    (source,) = discover([page])
    (article,) = [a for a in source.articles() if a.reporters]
    assert article.reporters == ("张三",) and article.date == "2021-01-03"


@pytest.mark.parametrize(
    ("mark", "encoding"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
    ids=["little-endian", "big-endian"],
)
def test_utf16_page_with_its_byte_order_mark_is_read(tmp_path, mark, encoding):
    page = tmp_path / "2021-01-03" / "01.txt"
    page.parent.mkdir()
    page.write_bytes(mark + PAGE.encode(encoding))
    (source,) = discover([page])
    (article,) = [a for a in source.articles() if a.reporters]
    assert article.reporters == ("张三",) and article.date == "2021-01-03"


def test_utf16_page_cut_mid_character_names_its_line(tmp_path):
    page = tmp_path / "01.txt"
    page.write_bytes("第一行\n第二行\n".encode("utf-16") + b"\x00\xd8")
    with pytest.raises(InputError, match=r"01.txt:3: undecodable bytes: not UTF-16 text"):
        read_text(page)


def test_utf32_page_is_refused_as_binary_not_read_as_utf16(tmp_path):
    # UTF-32's little-endian mark opens with UTF-16's: read as UTF-16, every other character
    # would be a NUL.
    page = tmp_path / "01.txt"
    page.write_bytes("第一行\n第二行\n".encode("utf-32"))
    with pytest.raises(InputError, match=r"01.txt:1: binary file, not text"):
        read_text(page)


def test_issue_directory_with_issue_yaml(tmp_path):
    issue = tmp_path / "kaihua" / "x"
    write(issue / "issue.yaml", "paper: 开化报\ndate: 2021-01-04\npages: {1: 要闻}\n")
    write(issue / "01.txt", PAGE)
    write(issue / "notes.yaml", "this is not an input: only pages and issue.yaml are\n")
    (source,) = discover([tmp_path])
    assert source.whole_issue
    articles = list(source.articles())
    assert {(a.paper, a.date, a.page) for a in articles} == {("开化报", "2021-01-04", 1)}


def test_an_issue_directorys_pages_read_an_article_continued_across_them(tmp_path):
    issue = tmp_path / "2021-01-05"
    write(
        issue / "01.txt", "春雨将至\n\n本报讯（记者 王平）县气象台预计明天有雨，\n（下转第2版）\n"
    )
    write(issue / "02.txt", "（上接第1版）\n请市民出行注意安全。\n")
    (source,) = discover([tmp_path])
    rain, continued = source.articles()
    assert (rain.page, rain.headline) == (1, "春雨将至")
    assert (continued.page, continued.headline, continued.reporters) == (2, "春雨将至", ("王平",))
    assert continued.body.startswith("（上接第1版）")


def test_page_without_any_date_is_refused(tmp_path):
    page = write(tmp_path / "01.txt", "县里召开会议，会议要求做好工作。\n")
    (source,) = discover([page])
    with pytest.raises(InputError, match=r"01.txt:1: no date"):
        list(source.articles())


def test_empty_page_and_unknown_suffix(tmp_path):
    empty = write(tmp_path / "2021-01-01" / "01.txt", "\n  \n")
    with pytest.raises(InputError, match="empty page"):
        list(next(iter(discover([empty]))).articles())
    with pytest.raises(InputError, match="unknown input type"):
        list(discover([write(tmp_path / "x.csv", "a,b")]))
    with pytest.raises(InputError, match="no such file"):
        list(discover([tmp_path / "missing"]))


def test_issue_yaml_round_trip(tmp_path):
    articles = [
        Article(
            id="p-1",
            paper="开化报",
            date="2021-01-04",
            page=1,
            seq=1,
            headline="标题",
            reporters=("姜玲",),
            body="第一段。\n\n第二段。",
        ),
        Article(
            id="p-2",
            paper="开化报",
            date="2021-01-04",
            page=1,
            seq=2,
            body="图片说明。",
            photo=True,
        ),
    ]
    path = write(
        tmp_path / "issue.yml", dump_issue_yaml(articles, paper="开化报", date="2021-01-04")
    )
    assert "body: |-\n" in path.read_text(encoding="utf-8")
    assert list(read_issue_yaml(path)) == articles


def test_bad_yaml_reports_the_line(tmp_path):
    path = write(
        tmp_path / "i.yaml", "date: 2021-01-04\narticles:\n- body: ok\n- body: [unclosed\n"
    )
    with pytest.raises(InputError, match=r"i.yaml:\d+: invalid YAML"):
        list(read_issue_yaml(path))
    path = write(
        tmp_path / "j.yaml",
        "date: 2021-01-04\narticles:\n- body: ok\n- headline: 1\n  photo: maybe\n",
    )
    with pytest.raises(InputError, match=r"j.yaml:4: photo must be true or false"):
        list(read_issue_yaml(path))


def pdf(lines: list[str]) -> bytes:
    """A one-page PDF that prints `lines` (ASCII) in Helvetica, one under another."""
    text = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text.encode()),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


@needs_pdftotext
def test_a_page_pdf_is_read_with_pdftotext_and_its_text_beside_it_wins(tmp_path):
    issue = tmp_path / "2021-01-05"
    issue.mkdir()
    (issue / "01.pdf").write_bytes(pdf(["Rain is expected tomorrow.", "Take an umbrella."]))
    (issue / "02.pdf").write_bytes(pdf(["This PDF is not read: its text stands beside it."]))
    write(issue / "02.txt", "本报讯 县游泳馆今天起免费开放。\n")
    (source,) = discover([tmp_path])
    front, second = source.articles()
    assert (front.page, front.body) == (1, "Rain is expected tomorrow. Take an umbrella.")
    assert (second.page, second.body) == (2, "本报讯县游泳馆今天起免费开放。")
    (lone,) = discover([issue / "01.pdf"])
    assert [a.body for a in lone.articles()] == [front.body]


@needs_pdftotext
def test_a_pdf_without_text_is_refused_as_a_scan(tmp_path):
    scan = tmp_path / "2021-01-05" / "01.pdf"
    scan.parent.mkdir()
    scan.write_bytes(pdf([]))
    (source,) = discover([scan])
    with pytest.raises(InputError, match=r"01\.pdf:1: no text in the PDF: a scan needs OCR"):
        list(source.articles())


@needs_pdftotext
def test_a_pdf_that_pdftotext_cannot_read_is_refused_in_one_line(tmp_path):
    broken = tmp_path / "2021-01-05" / "01.pdf"
    broken.parent.mkdir()
    broken.write_bytes(b"%PDF-1.4\nnothing here\n")
    (source,) = discover([broken])
    with pytest.raises(InputError, match=r"01\.pdf: pdftotext cannot read it: \S"):
        list(source.articles())


def test_a_pdf_without_pdftotext_says_what_to_install(tmp_path, monkeypatch):
    page = tmp_path / "2021-01-05" / "01.pdf"
    page.parent.mkdir()
    page.write_bytes(pdf(["Rain is expected tomorrow."]))
    monkeypatch.setattr(shutil, "which", lambda name: None)
    (source,) = discover([page])
    with pytest.raises(InputError, match=r"01\.pdf: a PDF is read with pdftotext: install poppler"):
        list(source.articles())
