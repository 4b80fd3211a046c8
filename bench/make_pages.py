"""Make newspaper pages to measure the page splitter on: articles laid out as a page in HTML,
printed to PDF by headless Chromium and extracted by `pdftotext -enc UTF-8`, the tool chain that
makes an archive's page text. Each page is written as `NNN.txt` (the extracted text), `NNN.pdf`
and `NNN.gold.json` (what the page holds, in the shape of the development pages' gold files).

    python bench/make_pages.py ARTICLES.jsonl OUT_DIR --seeds 100-129

Every page is drawn from its seed: the articles on it, the number of columns (4–8) and their
width, fonts and sizes, where each headline stands (above its article, or beside it on the left
or right), kickers, subtitles and bylines, photo items with captions and credits, boxed
articles, the page header line, paragraph spacing and indentation. Articles come from a JSONL
file of `{"date", "headline", "body"}` records; `--part even|odd` keeps two sets of pages from
sharing articles. Names in bylines and credits and the titles of photo items are made up here.

The pages hold other people's text: they are for measuring only and never go into the
repository (`bench/out/` is ignored by git).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
)
# TrueType CJK fonts (Debian: fonts-arphic-ukai fonts-arphic-uming fonts-arphic-gkai00mp
# fonts-arphic-gbsn00lp fonts-droid-fallback fonts-wqy-microhei fonts-wqy-zenhei). Chromium embeds
# OpenType/CFF fonts such as Noto CJK as Type 3 fonts, whose metrics pdftotext misreads (it runs
# neighbouring columns together), which no real page's PDF does.
BODY_FONTS = (
    "AR PL UKai CN",
    "AR PL KaitiM GB",
    "Droid Sans Fallback",
    "AR PL UMing CN",
    "AR PL SungtiL GB",
)
HEAD_FONTS = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UKai CN")
DIGIT_FONTS = ("", "", "DejaVu Serif", "Liberation Serif", "DejaVu Sans", "Liberation Sans")
PT_MM = 25.4 / 72
SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’」』）)]*|[^。！？]+$")

# Made up for these pages: surnames and given-name characters for bylines and credits, and the
# kind of short titles photo items carry, which share no words with their captions.
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
GIVEN = "晓明华建国伟芳丽军平勇杰涛斌磊静敏燕红霞峰宁鹏飞超亮云海波志强文辉春秋雪梅兰松柏"
PHOTO_TITLES = (
    "图片新闻",
    "新春新景",
    "瞬间",
    "光影记录",
    "一线风采",
    "冬日暖阳",
    "镜头",
    "看点",
    "喜迎新年",
    "岁末掠影",
)
ROLES = ("本报记者", "记者", "新华社记者", "本报通讯员", "", "", "")
SECTIONS = ("要闻", "经济", "国际", "文化", "综合", "社会", "体育", "副刊", "地方新闻", "理论")
WEEKDAYS = "一二三四五六日"


@dataclass
class Story:
    """One item of the page: an article or a photo item, as it will be printed."""

    headline: str
    paragraphs: list[str]
    kicker: str = ""
    subtitle: str = ""
    byline: str = ""
    credit: str = ""
    photo: bool = False
    intertitles: set[int] = field(default_factory=set)

    def gold(self) -> dict:
        text = "".join(self.paragraphs)
        sentences = [s for s in SENTENCE.findall(text) if s.strip()]
        return {
            "headline": self.headline,
            "kicker": self.kicker or None,
            "subtitle": self.subtitle or None,
            "byline": self.byline or None,
            "credit": self.credit or None,
            "photo": self.photo,
            "first_sentence": sentences[0] if sentences else "",
            "last_sentence": sentences[-1] if sentences else "",
            "paragraphs": self.paragraphs,
        }


# --- Articles ---


def halfwidth(text: str) -> str:
    """Full-width digits and Latin letters as most pages print them (１９９８ → 1998)."""
    return re.sub(r"[０-９Ａ-Ｚａ-ｚ．％]", lambda m: chr(ord(m[0]) - 0xFEE0), text)


def load_records(path: Path, part: str) -> list[dict]:
    """The usable records of a JSONL file: a headline and a body of running text.

    `part` keeps the records whose id hashes even or odd (or all of them).
    """
    records = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            key = zlib.crc32(str(record.get("id", line)).encode())
            if part != "all" and key % 2 != (part == "odd"):
                continue
            body = record.get("body", "")
            if not record.get("headline") or len(body) < 60 or "。" not in body:
                continue
            records.append(record)
    return records


def unpictured(text: str) -> str:
    """The text without the corpus' notes on pictures (`（附图片１张）`, `（图片）`)."""
    return re.sub(r"（(附)?图片.*?）|（图）", "", text).strip()


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def make_story(record: dict, rng: random.Random, digits_half: bool) -> Story:
    """Turn a record into a printable story: title parts, byline and paragraphs."""
    clean = halfwidth if digits_half else (lambda s: s)
    headline = clean(unpictured(record["headline"]))
    paragraphs = [clean(unpictured(p)) for p in record["body"].split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    story = Story(headline=headline, paragraphs=paragraphs)
    if "——" in headline.strip("—"):
        main, _, rest = headline.partition("——")
        if main and rest:
            story.headline, story.subtitle = main, "——" + rest
    # A first paragraph without sentence punctuation is a title line or a byline in print.
    while story.paragraphs and not re.search("[。！？：]", story.paragraphs[0]):
        first = story.paragraphs.pop(0)
        if len(first) <= 4 and not story.byline:
            story.byline = first
        elif len(first) <= 12 and re.fullmatch(r"[\u4e00-\u9fff]+", first):
            continue  # names or a label: which it is cannot be told, so it is not printed
        elif not story.kicker and not story.subtitle and len(first) <= 40:
            if rng.random() < 0.5:
                story.kicker = first
            else:
                dash = rng.random() < 0.5 and not first.startswith(("（", "—"))
                story.subtitle = ("——" if dash else "") + first
        elif not story.paragraphs:
            story.paragraphs = [first]
    if not story.kicker and rng.random() < 0.12:
        # A kicker drawn from the lead: the first clause of the first sentence.
        clause = re.split("[，。：；]", story.paragraphs[0])[0]
        if 6 <= len(clause) <= 20 and not re.match(r"(本报|新华社|据|中新社)", clause):
            story.kicker = clause
    lead = re.match(r"(本报|新华社|据|中新社)", story.paragraphs[0])
    if not story.byline and not lead and rng.random() < 0.6:
        role = rng.choice(ROLES)
        names = " ".join(name(rng) for _ in range(rng.choice((1, 1, 2))))
        story.byline = f"{role} {names}".strip() if role else names
    return story


def trim(story: Story, chars: int) -> Story:
    """The story cut to about `chars` characters, at a sentence end."""
    out: list[str] = []
    used = 0
    for paragraph in story.paragraphs:
        if used >= chars:
            break
        if used + len(paragraph) <= chars * 1.1:
            out.append(paragraph)
            used += len(paragraph)
            continue
        kept = ""
        for sentence in SENTENCE.findall(paragraph):
            if used + len(kept) + len(sentence) > chars and kept:
                break
            kept += sentence
        if re.search("[。！？][”’」』）)]*$", kept):
            out.append(kept)
        break
    if not out:
        out = [SENTENCE.findall(story.paragraphs[0])[0]]
    story.paragraphs = out
    return story


def add_intertitle(story: Story, rng: random.Random) -> None:
    """Set a short clause of a later paragraph as an intertitle before it (bold, own line)."""
    if len(story.paragraphs) < 4:
        return
    at = rng.randrange(2, len(story.paragraphs))
    clause = re.split("[，。；：！？、]", story.paragraphs[at])[0]
    if 4 <= len(clause) <= 14 and not re.search(r"[“”《》（）0-9]", clause):
        story.paragraphs.insert(at, clause)
        story.intertitles.add(at)


# --- Layout ---


@dataclass
class Style:
    """Everything about a page's look that its seed draws."""

    columns: int
    chars: int  # characters per body line
    body_pt: float
    line_height: float
    gap_em: float
    body_font: str
    head_font: str
    digit_font: str
    indent: bool
    para_space: bool
    header: str
    shadow_titles: bool
    rules: bool

    @property
    def column_mm(self) -> float:
        return (self.chars + 0.35) * self.body_pt * PT_MM

    @property
    def gap_mm(self) -> float:
        return self.gap_em * self.body_pt * PT_MM

    @property
    def width_mm(self) -> float:
        return self.columns * self.column_mm + (self.columns - 1) * self.gap_mm

    @property
    def line_mm(self) -> float:
        return self.body_pt * self.line_height * PT_MM


def draw_style(rng: random.Random) -> Style:
    return Style(
        columns=rng.randint(4, 8),
        chars=rng.randint(9, 17),
        body_pt=round(rng.uniform(7.0, 10.5), 2),
        line_height=round(rng.uniform(1.22, 1.45), 2),
        gap_em=round(rng.uniform(1.7, 3.0), 2),
        body_font=rng.choice(BODY_FONTS),
        head_font=rng.choice(HEAD_FONTS),
        digit_font=rng.choice(DIGIT_FONTS),
        indent=rng.random() < 0.9,
        para_space=rng.random() < 0.25,
        header=rng.choice(("line", "split", "two-lines", "paper-first")),
        shadow_titles=rng.random() < 0.3,
        rules=rng.random() < 0.6,
    )


def lines_of(story: Story, chars: int, indent: bool) -> int:
    """How many body lines a story takes in a column `chars` wide (an estimate)."""
    total = 0
    for paragraph in story.paragraphs:
        width = sum(1 if ord(c) > 0x2E80 else 0.55 for c in paragraph) + (2 if indent else 0)
        total += math.ceil(width / chars)
    return total


def e(text: str) -> str:
    return html.escape(text, quote=True)


def title_html(story: Story, style: Style, size: float, beside: bool) -> str:
    shadow = " shadow" if style.shadow_titles and not beside else ""
    parts = []
    if story.kicker:
        parts.append(f'<div class="kicker">{e(story.kicker)}</div>')
    # Fake bold: the headline drawn a second time a hair to the right, as some page-making
    # software does; the extraction then holds its text twice.
    ghost = f'<span class="ghost" aria-hidden="true">{e(story.headline)}</span>' if shadow else ""
    parts.append(
        f'<div class="headline{shadow}" style="font-size:{size:.1f}pt">'
        f"{e(story.headline)}{ghost}</div>"
    )
    if story.subtitle:
        parts.append(f'<div class="subtitle">{e(story.subtitle)}</div>')
    return "".join(parts)


def body_html(story: Story, rng: random.Random, byline_in_body: bool, spread: bool) -> str:
    out = []
    if byline_in_body and story.byline:
        out.append(f'<p class="byline-in">{e(story.byline)}</p>')
    for i, paragraph in enumerate(story.paragraphs):
        cls = ' class="inter"' if i in story.intertitles else ""
        if spread:
            cls = ' class="spread"'
        out.append(f"<p{cls}>{e(paragraph)}</p>")
    if story.credit:
        out.append(f'<p class="credit">{e(story.credit)}</p>')
    return "".join(out)


def article_html(story: Story, style: Style, span: int, rng: random.Random) -> str:
    """One article cell: title above or beside, body in `span` columns."""
    beside = span >= 2 and not story.photo and rng.random() < 0.3
    box = " box" if rng.random() < 0.15 else ""
    head_size = style.body_pt * rng.uniform(1.6, 2.8)
    late = rng.random() < 0.4  # the title comes after the body in the document
    byline_in_body = bool(story.byline) and not story.photo and rng.random() < 0.2
    byline = (
        f'<div class="byline">{e(story.byline)}</div>'
        if story.byline and not byline_in_body
        else ""
    )
    head = title_html(story, style, head_size, beside) + byline
    spread = story.photo and len("".join(story.paragraphs)) < 20
    if story.photo:
        photo_lines = rng.randint(6, 14)
        pic = f'<div class="pic" style="height:{photo_lines * style.line_mm:.1f}mm"></div>'
        body_cols = span if rng.random() < 0.7 else 1
        body = (
            f'<div class="body" style="column-count:{body_cols}">'
            f"{body_html(story, rng, False, spread)}</div>"
        )
        inner = (
            f'<div class="head">{head}</div>{pic}{body}'
            if not late
            else f'<div class="flip"><div class="cap">{pic}{body}</div>'
            f'<div class="head">{head}</div></div>'
        )
        return f'<div class="art{box}" style="grid-column: span {span}">{inner}</div>'
    body = (
        f'<div class="body" style="column-count:{span - 1 if beside else span}">'
        f"{body_html(story, rng, byline_in_body, False)}</div>"
    )
    if beside:
        side = rng.choice(("left", "right"))
        head_w = style.column_mm * rng.uniform(0.75, 1.0)
        order = "row" if side == "left" else "row-reverse"
        if late:
            order = "row-reverse" if side == "left" else "row"
            inner = f'{body}<div class="head beside" style="width:{head_w:.1f}mm">{head}</div>'
        else:
            inner = f'<div class="head beside" style="width:{head_w:.1f}mm">{head}</div>{body}'
        return (
            f'<div class="art{box}" style="grid-column: span {span}">'
            f'<div class="row" style="flex-direction:{order}">{inner}</div></div>'
        )
    if late:
        inner = (
            f'<div class="flip"><div class="main">{body}</div><div class="head">{head}</div></div>'
        )
    else:
        inner = f'<div class="head">{head}</div>{body}'
    return f'<div class="art{box}" style="grid-column: span {span}">{inner}</div>'


def header_html(style: Style, date: dt.date, page: int, paper: str, section: str) -> str:
    day = f"{date.year}年{date.month}月{date.day}日"
    week = f"星期{WEEKDAYS[date.weekday()]}"
    edition = f"第 {page} 版"
    if style.header == "line":
        return f'<div class="masthead">{day} {week} {edition} {section}</div>'
    if style.header == "paper-first":
        return f'<div class="masthead">{paper} {day} {week} {edition}</div>'
    if style.header == "two-lines":
        return (
            f'<div class="masthead">{day} {week}</div>'
            f'<div class="masthead">{edition} {section}</div>'
        )
    return (
        f'<div class="masthead split"><span>{edition} {section}</span>'
        f"<span>{paper} {day} {week}</span></div>"
    )


def css(style: Style) -> str:
    digit = f"'{style.digit_font}', " if style.digit_font else ""
    fallback = "'DejaVu Sans', 'AR PL UMing CN'"  # never a Type 3 font (see BODY_FONTS)
    indent = "2em" if style.indent else "0"
    space = f"{style.line_height * 0.6:.2f}em" if style.para_space else "0"
    return f"""
@page {{ size: {style.width_mm + 24:.1f}mm 1200mm; margin: 12mm; }}
body {{ margin: 0; width: {style.width_mm:.1f}mm;
  font-family: {digit}'{style.body_font}', {fallback};
  font-size: {style.body_pt}pt; line-height: {style.line_height}; }}
.masthead {{ font-size: {style.body_pt * 1.1:.1f}pt; border-bottom: 1px solid #000;
  margin-bottom: 3mm; }}
.masthead.split {{ display: flex; justify-content: space-between; }}
.band {{ display: grid; grid-template-columns: repeat({style.columns}, {style.column_mm:.2f}mm);
  column-gap: {style.gap_mm:.2f}mm; row-gap: 3mm; align-items: start; margin-bottom: 4mm;
  {"border-bottom: 1px solid #444; padding-bottom: 3mm;" if style.rules else ""} }}
.stack {{ display: flex; flex-direction: column; gap: 4mm; }}
.art.box {{ outline: 1px solid #000; outline-offset: 1mm; }}
.head {{ font-family: '{style.head_font}', {fallback}; margin-bottom: 2mm; }}
.head.beside {{ flex: none; margin: 0 2mm; }}
.row {{ display: flex; align-items: flex-start; }}
.row .body {{ flex: 1; }}
.flip {{ display: flex; flex-direction: column-reverse; }}
.kicker {{ font-size: {style.body_pt * 1.2:.1f}pt; }}
.headline {{ font-weight: bold; line-height: 1.25; }}
.headline.shadow {{ position: relative; }}
.headline .ghost {{ position: absolute; left: 0.14em; top: 0.02em; width: 100%; }}
.subtitle {{ font-size: {style.body_pt * 1.15:.1f}pt; margin-top: 1mm; }}
.byline {{ font-size: {style.body_pt}pt; margin-top: 1.5mm; }}
.body {{ column-gap: {style.gap_mm:.2f}mm; column-fill: balance; text-align: justify; }}
.body p {{ margin: 0 0 {space} 0; text-indent: {indent}; }}
.body p.inter {{ font-weight: bold; text-indent: 0; }}
.body p.byline-in {{ text-indent: 0; font-family: '{style.head_font}', {fallback}; }}
.body p.credit {{ text-align: right; text-indent: 0; }}
.body p.spread {{ text-indent: 0; text-align: justify; text-align-last: justify; }}
.pic {{ background: repeating-linear-gradient(45deg, #bbb, #bbb 2px, #ddd 2px, #ddd 6px);
  margin-bottom: 1.5mm; }}
"""


@dataclass
class Page:
    style: Style
    date: dt.date
    number: int
    stories: list[Story]
    html: str


def make_page(records: list[dict], seed: int) -> Page:
    """Draw one page from its seed: style, stories, and the HTML that lays them out."""
    rng = random.Random(seed)
    style = draw_style(rng)
    digits_half = rng.random() < 0.85
    page_lines = rng.randint(90, 150)
    pool = rng.sample(records, min(len(records), 160))
    date = dt.date.fromisoformat(pool[0]["date"])
    number = rng.randint(1, 16)
    paper = rng.choice(("人民日报", "本报", "晨报", "日报"))
    bands: list[str] = []
    stories: list[Story] = []
    used = 0
    photos = 0
    while used < page_lines - 12 and pool:
        band_lines = min(rng.randint(14, 42), page_lines - used)
        spans = split_columns(style.columns, rng)
        cells = []
        for span in spans:
            count = 2 if span <= 3 and band_lines >= 30 and rng.random() < 0.3 else 1
            items = []
            for _ in range(count):
                photo = photos < 2 and rng.random() < 0.18
                title_lines = 4
                lines = max(4, band_lines // count - title_lines)
                capacity = int(lines * span * style.chars * 0.92)
                record = pick(pool, 0 if photo else capacity)
                if record is None:
                    break
                story = make_story(record, rng, digits_half)
                if photo:
                    photos += 1
                    story = photo_story(story, rng)
                    trim(story, rng.choice((15, 60, 120)))
                else:
                    trim(story, capacity - 2 * span * style.chars * bool(story.kicker))
                    if rng.random() < 0.2:
                        add_intertitle(story, rng)
                stories.append(story)
                items.append(article_html(story, style, span, rng))
            if len(items) == 1:
                cells.append(items[0])
            elif items:
                cells.append(
                    f'<div class="stack" style="grid-column: span {span}">'
                    + "".join(i.replace(f'style="grid-column: span {span}"', "") for i in items)
                    + "</div>"
                )
        bands.append(f'<div class="band">{"".join(cells)}</div>')
        used += band_lines + 4
    section = rng.choice(SECTIONS)
    body = header_html(style, date, number, paper, section) + "".join(bands)
    # The page is as tall as what is on it: measured once laid out, before printing.
    fit = (
        "<script>const s = document.createElement('style');"
        f"s.textContent = '@page {{ size: {style.width_mm + 24:.1f}mm ' +"
        " Math.ceil(document.body.scrollHeight * 25.4 / 96 + 30) + 'mm; }';"
        "document.head.appendChild(s);</script>"
    )
    doc = (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<style>{css(style)}</style></head><body>{body}{fit}</body></html>"
    )
    return Page(style, date, number, stories, doc)


def pick(pool: list[dict], chars: int) -> dict | None:
    """Take from the pool an article long enough to fill `chars`, else the longest in view."""
    view = pool[:40]
    if not view:
        return None
    fitting = [r for r in view if len(r["body"]) >= chars * 0.9]
    record = fitting[0] if fitting else max(view, key=lambda r: len(r["body"]))
    pool.remove(record)
    return record


def split_columns(columns: int, rng: random.Random) -> list[int]:
    """Cut the page's columns into the spans of the articles side by side in one band."""
    spans: list[int] = []
    left = columns
    while left:
        if left <= 2 or rng.random() < 0.25:
            spans.append(left)
            break
        span = rng.randint(2, min(left, max(2, columns - 1)))
        if left - span == 1:
            span = left
        spans.append(span)
        left -= span
    rng.shuffle(spans)
    return spans


def photo_story(story: Story, rng: random.Random) -> Story:
    """A photo item: a caption under a picture, a credit, often a title of its own."""
    story.photo = True
    story.kicker = ""
    story.subtitle = ""
    if rng.random() < 0.5:
        story.headline = rng.choice(PHOTO_TITLES)
    names = " ".join(name(rng) for _ in range(rng.choice((1, 2))))
    story.credit = f"{rng.choice(('记者', '本报记者', '通讯员', ''))} {names} 摄".strip()
    if rng.random() < 0.5:
        story.byline = ""
    return story


# --- Printing and extracting ---


def render(page: Page, pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "page.html"
        source.write_text(page.html, encoding="utf-8")
        subprocess.run(
            [
                CHROMIUM,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={tmp}/profile",
                f"--print-to-pdf={pdf}",
                source.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def extract(pdf: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8").replace("\f", "")


def write_page(records: list[dict], seed: int, out: Path) -> Path:
    """Make the page of `seed` in `out`: NNN.pdf, NNN.txt, NNN.gold.json."""
    page = make_page(records, seed)
    stem = out / f"{seed:04d}"
    render(page, stem.with_suffix(".pdf"))
    stem.with_suffix(".txt").write_text(extract(stem.with_suffix(".pdf")), encoding="utf-8")
    gold = {
        "date": page.date.isoformat(),
        "page": page.number,
        "seed": seed,
        "style": page.style.__dict__,
        "articles": [s.gold() for s in page.stories],
    }
    stem.with_suffix(".gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return stem.with_suffix(".txt")


def parse_seeds(text: str) -> list[int]:
    seeds: list[int] = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        seeds.extend(range(int(first), int(last or first) + 1))
    return seeds


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seeds", default="100-109")
    parser.add_argument("--part", choices=("even", "odd", "all"), default="all")
    parser.add_argument("--html", action="store_true", help="also keep the page's HTML")
    parser.add_argument("--jobs", type=int, default=3, help="pages made at once")
    args = parser.parse_args(argv)
    if not shutil.which("pdftotext") or not Path(CHROMIUM).exists():
        print("make_pages needs chromium and pdftotext", file=sys.stderr)
        return 1
    missing = [f for f in {*BODY_FONTS, *HEAD_FONTS} if not font_installed(f)]
    if missing:
        print(f"make_pages: fonts not installed: {', '.join(missing)}", file=sys.stderr)
        return 1
    records = load_records(args.articles, args.part)
    args.out.mkdir(parents=True, exist_ok=True)

    def one(seed: int) -> None:
        path = write_page(records, seed, args.out)
        if args.html:
            path.with_suffix(".html").write_text(make_page(records, seed).html, "utf-8")

    seeds = parse_seeds(args.seeds)
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        list(pool.map(one, seeds))  # each page is its own Chromium process
    print(f"{len(seeds)} pages in {args.out}", file=sys.stderr)
    return 0


def font_installed(family: str) -> bool:
    found = subprocess.run(["fc-list", family], capture_output=True, text=True, check=False)
    return bool(found.stdout.strip())


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
