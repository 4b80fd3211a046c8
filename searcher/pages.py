"""Page text (pdftotext output of a newspaper page) → articles.

The signals used hold for any page of this kind, not for one layout:

* column lines are joined without a space between Chinese characters (a space stays between
  Latin words or numbers), and a blank line inside a sentence (a column or box break) is no
  paragraph break;
* an article opens with a lead (`本报讯（记者 …）`, `新华社北京1月1日电`, `本报记者 …`);
* a photo item ends with a credit (`记者 姚雪 刘王超 摄`);
* headlines are short line groups without sentence punctuation, wherever the extraction put
  them; each is given to the article whose text shares most with it (never by order), and an
  article whose headline cannot be found keeps an empty one;
* page furniture (`1998年1月1日 星期四`, `第3版`) belongs to no article.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .articles import Article, make_id
from .normalize import is_wide

SENTENCE_END = "。！？!?…"
_CLOSERS = "”’』」）)》"
_TITLE_BREAKERS = re.compile(r"[。！？；;!?]")
_DATE_HEADER = re.compile(
    r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(星期[一二三四五六日天])?"
    r"(\s*第\s*(\d+)\s*版.*)?\s*$"
)
_PAGE_HEADER = re.compile(r"^\s*第\s*(\d+)\s*版(\s*\S{0,8})?\s*$")
_LEAD = re.compile(
    r"^(本报讯|本报[^\s，。：:]{0,10}?(\d{1,2}月\d{1,2}日)?电|本报记者|新华社[^\s，。]{0,10}?\d{1,2}月\d{1,2}日"
    r"电|据新华社|中新社[^\s，。]{0,10}?\d{1,2}月\d{1,2}日电|（?记者|通讯员)"
)
_BYLINE = re.compile(r"^本报讯\s*[（(]([^）)]{1,60})[）)]")
_REPORTER_ROLE = re.compile(r"(?:本报)?(?:记者|通讯员|实习生|特约记者|见习记者)")
_CREDIT = re.compile(
    r"\s*((?:(?:本报)?(?:记者|通讯员|摄影|摄))?\s*(?:[\u4e00-\u9fff]{2,4}\s*){1,4}摄)\s*$"
)
_DATELINE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}")
_CLAUSE = re.compile(r"[，、：,:]")


@dataclass
class _Block:
    """Consecutive non-blank lines of the page."""

    lines: list[str]
    index: int

    @property
    def text(self) -> str:
        return join_lines(self.lines)


@dataclass
class _Draft:
    """An article being assembled from the text flow."""

    paragraphs: list[str] = field(default_factory=list)
    photo: bool = False
    credit: str = ""
    blocks: list[int] = field(default_factory=list)


def clean_spaces(text: str) -> str:
    """Drop spaces that are layout (next to a Chinese character), keep one between words."""
    out = re.sub(r"[ \t\u3000\xa0]+", " ", text).strip()

    def keep(match: re.Match[str]) -> str:
        a, b = match.string[match.start() - 1], match.string[match.end()]
        return "" if is_wide(a) or is_wide(b) else " "

    return re.sub(r"(?<=\S) (?=\S)", keep, out)


def join_lines(lines: list[str], clean: bool = True) -> str:
    """Join column lines: no space between Chinese characters, one between Latin words.

    With `clean=False` the spaces inside lines stay (collapsed to one), for bylines.
    """
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out and not is_wide(out[-1]) and not is_wide(line[0]):
            out += " "
        out += line
    return clean_spaces(out) if clean else re.sub(r"[ \t\u3000\xa0]+", " ", out)


def clean_paragraph(text: str) -> str:
    """Clean a paragraph's spaces, keeping those that separate names in a byline."""
    match = _BYLINE.match(text)
    if not match:
        return clean_spaces(text)
    inner = re.sub(r"\s+", " ", match.group(1)).strip()
    byline = text[: match.start(1)].replace(" ", "") + inner + text[match.end(1) : match.end()]
    return byline + clean_spaces(text[match.end() :])


def ends_sentence(text: str) -> bool:
    """Does `text` end a sentence (allowing closing quotes and brackets after the stop)?"""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def undouble(text: str) -> str:
    """`三年百叟宴三年百叟宴 浓浓敬老情浓浓敬老情` → `三年百叟宴 浓浓敬老情` (typeset twice)."""
    parts = []
    for part in text.split(" "):
        half = len(part) // 2
        if len(part) >= 4 and len(part) % 2 == 0 and part[:half] == part[half:]:
            part = part[:half]
        parts.append(part)
    whole = " ".join(parts)
    half = len(whole) // 2
    if len(whole) >= 4 and len(whole) % 2 == 0 and whole[:half] == whole[half:]:
        whole = whole[:half]
    return whole


def _is_title_block(block: _Block, width: int) -> bool:
    text = block.text
    if not text or len(block.lines) > 4 or len(text) > 64 or len(text) < 2:
        return False
    if _TITLE_BREAKERS.search(text) or text[-1] in "，、：:,":
        return False
    if _LEAD.match(text) or _CREDIT.search(text):
        return False
    if "，" in text and _width(block.lines[-1]) >= width - 1:
        return False  # a sentence cut at the column edge, not a headline
    return not text[-1].isdigit() and not text[-1].isascii()


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if "\u4e00" <= c <= "\u9fff" or c.isalnum()]
    return {chars[i] + chars[i + 1] for i in range(len(chars) - 1)}


def parse_header(lines: list[str]) -> tuple[str | None, int | None, set[int]]:
    """Find the page furniture: the issue date and page number, and which lines hold them."""
    date: str | None = None
    page: int | None = None
    furniture: set[int] = set()
    for number, line in enumerate(lines):
        match = _DATE_HEADER.match(line)
        if match:
            try:
                date = dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
            except ValueError:
                continue
            furniture.add(number)
            if match[6]:
                page = int(match[6])
            continue
        match = _PAGE_HEADER.match(line)
        if match:
            page = int(match[1])
            furniture.add(number)
    return date, page, furniture


def _blocks(lines: list[str], skip: set[int]) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[str] = []
    for number, line in enumerate(lines):
        if number in skip or not line.strip():
            if current:
                blocks.append(_Block(current, len(blocks)))
                current = []
            continue
        current.append(line)
    if current:
        blocks.append(_Block(current, len(blocks)))
    return blocks


def _paragraphs(block: _Block, width: int) -> list[str]:
    """Split a block into paragraphs: a short line that ends a sentence ends its paragraph."""
    paragraphs: list[list[str]] = [[]]
    for line in block.lines:
        paragraphs[-1].append(line)
        if ends_sentence(line) and _width(line) < width - 1:
            paragraphs.append([])
    return [join_lines(p, clean=False) for p in paragraphs if p]


def _width(line: str) -> float:
    return sum(1.0 if is_wide(c) else 0.5 for c in line.strip())


def _column_width(blocks: list[_Block]) -> int:
    widths: dict[int, int] = {}
    for block in blocks:
        for line in block.lines:
            w = round(_width(line))
            if w >= 6:
                widths[w] = widths.get(w, 0) + 1
    return max(widths, key=lambda w: (widths[w], w)) if widths else 13


def split_page(
    text: str,
    date: str | None = None,
    page: int | None = None,
    paper: str = "",
) -> list[Article]:
    """Split one page's text into articles, in page order.

    `date` is the issue date (else the page header's, else each article's dateline, else
    empty); `page` the page number (else the page header's, else 1).
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header_date, header_page, furniture = parse_header(lines)
    issue_date = date or header_date
    page = page if page is not None else (header_page or 1)
    blocks = _blocks(lines, furniture)
    width = _column_width(blocks)

    candidates = [b for b in blocks if _is_title_block(b, width)]
    drafts = _flow(blocks, {b.index for b in candidates}, width)
    # Title candidates no article claims go back into the text flow where they were printed.
    assigned = _match_titles(candidates, drafts)
    claimed = {b.index for b in candidates if b.index in assigned}
    titles = [b for b in candidates if b.index in claimed]
    # A title-like block no article claims is either running text (it has clause punctuation:
    # back into the flow) or a headline we cannot place (left out, not given to a wrong article).
    leftover = {
        b.index for b in candidates if b.index not in claimed and not _CLAUSE.search(b.text)
    }
    if len(titles) < len(candidates):
        drafts = _flow(blocks, claimed | leftover, width)
    owners = _match_titles(titles, drafts)
    parts = _title_parts_by_article(titles, owners)
    articles: list[Article] = []
    for seq, draft in enumerate(drafts, 1):
        raw = "\n\n".join(p for p in draft.paragraphs if p)
        body = "\n\n".join(clean_paragraph(p) for p in draft.paragraphs if p)
        kicker, headline, subtitle = parts.get(seq - 1, ("", "", ""))
        dateline = _dateline(body, issue_date)
        article_date = issue_date or dateline
        articles.append(
            Article(
                id=make_id(paper, article_date, page, seq),
                paper=paper,
                date=article_date,
                page=page,
                seq=seq,
                headline=headline,
                kicker=kicker,
                subtitle=subtitle,
                reporters=_reporters(raw, draft.credit),
                dateline=dateline,
                photo=draft.photo,
                body=body,
            )
        )
    return articles


def _flow(blocks: list[_Block], titles: set[int], width: int) -> list[_Draft]:
    """Assemble the text flow (every block that is not a title) into article drafts."""
    drafts: list[_Draft] = []
    current: _Draft | None = None
    for block in blocks:
        if block.index in titles:
            continue
        credit = _CREDIT.search(block.text)
        starts_photo = credit is not None and (current is None or _flow_ended(current))
        for paragraph in _paragraphs(block, width):
            lead = _LEAD.match(paragraph)
            if current is None or starts_photo or (lead and _flow_ended(current)):
                current = _Draft()
                drafts.append(current)
                starts_photo = False
            elif current.paragraphs and not ends_sentence(current.paragraphs[-1]):
                current.paragraphs[-1] = join_lines(
                    [current.paragraphs[-1], paragraph], clean=False
                )
                current.blocks.append(block.index)
                continue
            current.paragraphs.append(paragraph)
            current.blocks.append(block.index)
        if credit is not None and current is not None and not current.photo:
            last = current.paragraphs[-1]
            found = _CREDIT.search(last)
            if found:
                current.photo = True
                current.credit = re.sub(r"\s+", " ", found.group(1)).strip()
                current.paragraphs[-1] = last[: found.start()].rstrip()
                current = None  # a credit closes the photo item
    return [d for d in drafts if any(p.strip() for p in d.paragraphs)]


def _flow_ended(draft: _Draft) -> bool:
    return not draft.paragraphs or ends_sentence(draft.paragraphs[-1])


def _match_titles(titles: list[_Block], drafts: list[_Draft]) -> dict[int, int]:
    """Give title blocks to the articles sharing most bigrams with them (greedy, best first).

    Returns block index → article index. An article takes one headline plus the title blocks
    printed right next to it (kicker, subtitle).
    """
    bodies = [_bigrams("".join(d.paragraphs)) for d in drafts]
    df: dict[str, int] = {}
    for body in bodies:
        for gram in body:
            df[gram] = df.get(gram, 0) + 1
    scores: list[tuple[float, int, int]] = []
    for block in titles:
        grams = _bigrams(title_text(block))
        if not grams:
            continue
        for a, body in enumerate(bodies):
            # Shared bigrams, each worth less the more articles of the page have it.
            overlap = sum(1 / df[g] for g in grams & body) / len(grams)
            if overlap >= 0.2:
                scores.append((overlap, block.index, a))
    scores.sort(key=lambda s: (-s[0], s[1], s[2]))
    owner: dict[int, int] = {}
    groups: dict[int, list[int]] = {}
    for _, b, a in scores:
        if b in owner:
            continue
        group = groups.get(a, [])
        if group and (len(group) >= 3 or not any(abs(b - g) == 1 for g in group)):
            continue
        owner[b] = a
        groups.setdefault(a, []).append(b)
    return owner


def _title_parts_by_article(
    titles: list[_Block], owners: dict[int, int]
) -> dict[int, tuple[str, str, str]]:
    by_article: dict[int, list[_Block]] = {}
    for block in titles:
        if block.index in owners:
            by_article.setdefault(owners[block.index], []).append(block)
    return {
        a: _title_parts([title_text(b) for b in sorted(group, key=lambda b: b.index)])
        for a, group in by_article.items()
    }


def title_text(block: _Block) -> str:
    """A title block's text: lines joined, spaces inside lines kept, doubled print undone."""
    return undouble(join_lines(block.lines, clean=False).strip())


def _title_parts(texts: list[str]) -> tuple[str, str, str]:
    """(kicker, headline, subtitle) from the title blocks of one article, in print order."""
    if len(texts) == 1:
        return "", texts[0], ""
    if len(texts) >= 3:
        return texts[0], texts[1], " ".join(texts[2:])
    first, second = texts
    if second.startswith(("—", "-", "●")):
        return "", first, second
    return first, second, ""


def _dateline(body: str, issue_date: str | None) -> str:
    """The date in the lead (`2020年 12月 30日下午`, `1月11日电`) as YYYY-MM-DD, or ''."""
    match = _DATELINE.search(body[:80])
    if not match:
        return ""
    month, day = int(match[2]), int(match[3])
    if match[1]:
        year = int(match[1])
    elif issue_date:
        year = int(issue_date[:4])
        if month > int(issue_date[5:7]):
            year -= 1
    else:
        return ""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def _reporters(body: str, credit: str) -> tuple[str, ...]:
    """Names in the byline `本报讯（记者 姜玲 徐文杰）` and in a photo credit."""
    names: list[str] = []
    match = _BYLINE.match(body)
    if match:
        inner = _REPORTER_ROLE.sub(" ", match.group(1))
        names.extend(n for n in re.split(r"[\s、，,]+", inner) if _NAME.fullmatch(n))
    if credit:
        inner = _REPORTER_ROLE.sub(" ", credit.removesuffix("摄"))
        names.extend(n for n in re.split(r"[\s、，,]+", inner) if _NAME.fullmatch(n))
    return tuple(dict.fromkeys(names))
