"""Page text (pdftotext output of a newspaper page) → articles.

The signals used hold for any page of this kind, not for one layout:

* Column lines are joined without a space between Chinese characters (a space stays between
  Latin words or numbers). A body line fills its column; a line that does not, and does not
  end a sentence, is a headline, a byline or the end of an intertitle.
* A blank line inside a sentence (a column or box break) is no paragraph break; without blank
  lines, a line that ends a sentence short of the column edge ends its paragraph.
* An article opens with a lead (`本报讯（记者 …）`, `新华社北京1月1日电`, `本报记者 …`), right
  after a byline, or right after a headline once the text before has ended its sentence.
* A photo item ends with a credit (`记者 姚雪 刘王超 摄`); its caption is often letter-spaced.
* Headlines are short line groups without sentence punctuation, wherever the extraction put
  them; each is given to the article whose text shares most with it (never by order), and an
  article whose headline cannot be found keeps an empty one.
* Page furniture (`1998年1月1日 星期四`, `第3版`) belongs to no article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from .articles import Article, make_id
from .normalize import is_wide

SENTENCE_END = "。！？!?…"
_CLOSERS = "”’』」）)》"
_CLAUSE_END = "，、：；,:;"
_DATE_HEADER = re.compile(
    r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(星期[一二三四五六日天])?"
    r"(\s*第\s*(\d+)\s*版.*)?\s*$"
)
_PAGE_HEADER = re.compile(r"^\s*第\s*(\d+)\s*版(\s*\S{0,8})?\s*$")
_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_PLACE_DATE = r"[^\s，。：:（(]{0,10}?\s*" + _NUMBER + r"\s*月\s*" + _NUMBER + r"\s*日"
_LEAD = re.compile(
    r"^\s*(?:本报讯|本报"
    + _PLACE_DATE
    + r"\s*[电讯]|本报记者|本报通讯员|新华社"
    + _PLACE_DATE
    + r"\s*电|据新华社|中新社"
    + _PLACE_DATE
    + r"\s*电|（?(?:记者|通讯员)[\s\u4e00-\u9fff]{2,12}?报道)"
)
_BYLINE = re.compile(r"^本报讯\s*[（(]([^）)]{1,60})[）)]")
_REPORTER_ROLE = re.compile(r"(?:本报|新华社|中新社)?(?:特约记者|见习记者|记者|通讯员|实习生)")
_REPORTED_BY = re.compile(r"(?:记者|通讯员)\s*([\u4e00-\u9fff]{2,4}?)\s*(?:报道|摄影报道)")
_CREDIT = re.compile(
    r"\s*((?:本报)?(?:记者|通讯员|摄影)?\s*(?:[\u4e00-\u9fff]{2,4}\s+){0,3}[\u4e00-\u9fff]{2,4}\s*摄)"
    r"\s*$"
)
# The commonest Chinese surnames: a byline or credit is made of names that start with one.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
    "蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全"
    "佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪诸郁丰支"
)
_COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
)
_ROLE_PREFIX = re.compile(
    r"^(?:本报|新华社|中新社)?(?:特约记者|见习记者|记者|通讯员|实习生|摄影)\s*"
)
_DATELINE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}")
_SUBTITLE_MARK = ("—", "-", "●", "■", "◆")


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
    """Does `text` end a sentence (allowing closing quotes and brackets after the stop)?

    A line that is wholly in brackets (a signature, `（荣光大）`) ends its paragraph too.
    """
    text = text.strip()
    if re.fullmatch(r"[（(][^（()）]+[）)]", text):
        return True
    stripped = text.rstrip(_CLOSERS)
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


def line_width(line: str) -> float:
    """How many Chinese characters wide a line prints (Latin and digits count half)."""
    return sum(1.0 if is_wide(c) else 0.0 if c.isspace() else 0.5 for c in line.strip())


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def is_letter_spaced(line: str) -> bool:
    """`“ 上 菜 喽 ，开 吃 喽 。”`: a caption set with a space between all its characters.

    Justified lines with numbers get spaces too (`三 等 奖 各 1名`), so digits disqualify.
    """
    chars = _squeeze(line)
    if len(chars) < 4 or re.search(r"[0-9A-Za-z]", line):
        return False
    gaps = len(re.findall(r"(?<=\S) (?=\S)", line.strip()))
    return gaps >= (len(chars) - 1) * 0.6


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


# --- Units: what each run of lines is ---

TEXT, TITLE, BYLINE, CREDIT = "text", "title", "byline", "credit"


@dataclass
class _Unit:
    """A run of lines of one kind, inside one blank-line-separated block of the page."""

    kind: str
    lines: list[str]
    block: int
    index: int = 0

    @property
    def text(self) -> str:
        return join_lines(self.lines)


def _blocks(lines: list[str], skip: set[int]) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for number, line in enumerate(lines):
        if number in skip or not line.strip():
            if current:
                blocks.append(current)
                current = []
            continue
        current.append(line.strip())
    if current:
        blocks.append(current)
    return blocks


def _column_widths(blocks: list[list[str]]) -> list[int]:
    """The widths of the page's text columns: line widths that many lines share."""
    counts = Counter(round(line_width(line)) for block in blocks for line in block)
    total = sum(counts.values()) or 1
    common = [w for w, n in counts.items() if w >= 6 and n >= max(4, total * 0.08)]
    if not common:
        common = [max(counts, key=lambda w: (counts[w], w))] if counts else [13]
    return sorted(common)


def _block_width(block: list[str], columns: list[int]) -> float:
    """The column width of one block: its most common line width, else the page's nearest."""
    counts = Counter(round(line_width(line)) for line in block)
    width, n = max(counts.items(), key=lambda item: (item[1], item[0]))
    if n >= 3 and width >= 6:
        return width
    widest = max(line_width(line) for line in block)
    fitting = [w for w in columns if w >= widest - 1]
    return fitting[0] if fitting else columns[-1]


def _classify(block: list[str], number: int, columns: list[int], page_text: str) -> list[_Unit]:
    """Cut a block into runs of text, title, byline and credit lines."""
    width = _block_width(block, columns)
    if _is_title_block(block):
        # Only the last line of a title group can be its byline (`依靠科技/进步调整/…/温家宝`);
        # a block of names alone is a byline too.
        last = len(block) - 1
        kinds_of = [
            BYLINE
            if (i == last or "记者" in x) and _is_byline(x, page_text) and (i or not last)
            else TITLE
            for i, x in enumerate(block)
        ]
        units = [_Unit(TITLE, [], number)]
        for kind, line in zip(kinds_of, block, strict=True):
            if units[-1].kind != kind:
                units.append(_Unit(kind, [], number))
            units[-1].lines.append(line)
        return [u for u in units if u.lines]
    kinds: list[str] = []
    lines: list[str] = []
    doubled: set[int] = set()
    for i, line in enumerate(block):
        if lines and _squeeze(line) == _squeeze(lines[-1]):
            kinds[-1] = TITLE  # printed twice: headline typesetting, never running text
            doubled.add(len(lines) - 1)
            continue
        w = line_width(line)
        previous_open = bool(kinds) and kinds[-1] == TEXT and not ends_sentence(lines[-1])
        if _CREDIT.fullmatch(line) and (not previous_open or i == len(block) - 1):
            kind = CREDIT
        elif re.search(r"记者|通讯员", line) and is_byline(line):
            kind = BYLINE  # `本报记者 孙立` on a line of its own
        elif _LEAD.match(line):
            kind = TEXT
        elif w > width + 1.5 and not _is_justified(line):
            kind = TITLE  # wider than the column: a headline across columns
        elif previous_open or _is_running_text(line):
            kind = TEXT
        elif _is_byline(line, page_text) and not _follows_text(kinds):
            kind = BYLINE
        elif w >= width - 1.5:
            kind = TEXT
        else:
            kind = TITLE
        kinds.append(kind)
        lines.append(line)
    # A line or two just above a byline, not ending a clause, is the headline it signs
    # (as wide as the column: `王晓燕：山村“领头雁”` / `本报记者周立新`).
    for i, kind in enumerate(kinds):
        if (
            kind == BYLINE
            and 0 < i <= 2
            and all(k == TEXT for k in kinds[:i])
            and not any(_is_running_text(x) for x in lines[:i])
        ):
            kinds[:i] = [TITLE] * i
    # A title-like run set in the same block as running text, with text after it or before
    # it, is an intertitle of that text (or an indented first line): headlines stand apart
    # in blocks of their own, or lead into a byline or a lead.
    i = 0
    while i < len(kinds):
        if kinds[i] != TITLE:
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] == TITLE:
            j += 1
        text_after = j < len(kinds) and kinds[j] == TEXT and not _LEAD.match(lines[j])
        text_before = i > 0 and kinds[i - 1] == TEXT and (j == len(kinds) or text_after)
        if (text_after or text_before) and not doubled.intersection(range(i, j)):
            for k in range(i, j):
                kinds[k] = TEXT
        i = j
    # Only the last line of a title group can be its byline (`依靠科技/进步调整/…/温家宝`).
    for i in range(len(kinds) - 1):
        if kinds[i] == BYLINE and kinds[i + 1] == TITLE:
            kinds[i] = TITLE
    units: list[_Unit] = []
    for kind, line in zip(kinds, lines, strict=True):
        if units and units[-1].kind == kind:
            units[-1].lines.append(line)
        else:
            units.append(_Unit(kind, [line], number))
    return units


def _follows_text(kinds: list[str]) -> bool:
    """Has running text come before, in this block? (Then a short line is an intertitle.)"""
    return bool(kinds) and kinds[-1] == TEXT


def _is_title_block(block: list[str]) -> bool:
    """A short block that never ends a clause or sentence: a headline group standing apart.

    Commas are allowed only in a subtitle (`——走访了五个村，家家有新变化`).
    """
    lines = [x for i, x in enumerate(block) if not i or _squeeze(x) != _squeeze(block[i - 1])]
    if len(lines) > 8 or _LEAD.match(block[0]) or block[0].startswith(("（", "(")):
        return False
    text = "".join(lines)
    if re.search(f"[{SENTENCE_END}]", text) or any(x[-1] in _CLAUSE_END for x in lines):
        return False
    if re.search("[，、,；;]", text) and not any(x.startswith(_SUBTITLE_MARK) for x in lines):
        return False
    if text[-1].isascii() and text[-1].isalnum():
        return False  # a number cut at the column edge: `张伟刚充分肯定了 2020`
    return not any(_is_justified(x) for x in lines)


def _is_byline(line: str, page_text: str) -> bool:
    return is_byline(line) and _is_name(line, page_text)


def _is_running_text(line: str) -> bool:
    """A line that only running text ends this way: at a stop, a clause, an open bracket."""
    return (
        ends_sentence(line)
        or line[-1] in _CLAUSE_END
        or _opens_bracket(line)
        or _is_justified(line)
        or (line[-1].isascii() and line[-1].isalnum())  # a number cut at the column edge
    )


def _is_justified(line: str) -> bool:
    """Spaces between most characters: a justified body line (`三 等 奖 各 1名`) or caption."""
    chars = _squeeze(line)
    gaps = len(re.findall(r"(?<=\S) (?=\S)", line.strip()))
    return len(chars) >= 6 and gaps >= 3


def _opens_bracket(line: str) -> bool:
    """A bracket or quote opened and not closed: the sentence goes on (`（王晓东李思远张`)."""
    return line.count("（") + line.count("(") > line.count("）") + line.count(")")


def _is_name(line: str, page_text: str) -> bool:
    """A short line of names (`周立新`, `记者 姚雪 刘王超`) that the text never mentions."""
    if re.search(r"记者|通讯员", line):
        return True
    return page_text.count(_squeeze(line)) <= 1


def _units(blocks: list[list[str]]) -> list[_Unit]:
    columns = _column_widths(blocks)
    page_text = "".join(_squeeze(line) for block in blocks for line in block)
    units = [
        unit
        for number, block in enumerate(blocks)
        for unit in _classify(block, number, columns, page_text)
    ]
    for index, unit in enumerate(units):
        unit.index = index
    return units


# --- Articles: assembling the text flow ---


@dataclass
class _Draft:
    """An article being assembled from the text flow."""

    paragraphs: list[str] = field(default_factory=list)
    photo: bool = False
    credit: str = ""
    bylines: list[str] = field(default_factory=list)
    units: list[int] = field(default_factory=list)

    @property
    def ended(self) -> bool:
        return not self.paragraphs or ends_sentence(self.paragraphs[-1])


def _paragraphs(lines: list[str], width: float) -> list[str]:
    """Split a run of text lines into paragraphs: a short line ending a sentence ends one."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        paragraphs[-1].append(line)
        # A letter-spaced line fills its column however few characters it has.
        if ends_sentence(line) and line_width(line) < width - 1.5 and not _is_justified(line):
            paragraphs.append([])
    return [join_lines(p, clean=False) for p in paragraphs if p]


def _flow(units: list[_Unit], columns: list[int]) -> list[_Draft]:
    """Assemble the text units into article drafts, in page order."""
    drafts: list[_Draft] = []
    current: _Draft | None = None
    pending_byline: list[str] = []
    after_heading = False  # a headline or byline came since the last text
    previous: _Unit | None = None
    for unit in units:
        if unit.kind == TITLE:
            after_heading = True
        elif unit.kind == BYLINE:
            if not (previous and previous.kind == TITLE and previous.block == unit.block):
                pending_byline.append(unit.text)  # (a title's own byline goes with the title)
            after_heading = True
        elif unit.kind == CREDIT:
            if current is not None:
                _close_photo(current, unit.lines)
                current = None
        else:
            opens = bool(_LEAD.match(unit.lines[0])) or (
                current is not None
                and current.ended
                and (after_heading or is_letter_spaced(unit.lines[0]))
            )
            if current is None or opens:
                current = _Draft(bylines=pending_byline)
                drafts.append(current)
                pending_byline = []
            _add_text(current, unit, _block_width(unit.lines, columns))
            after_heading = False
            found = _CREDIT.search(current.paragraphs[-1])
            if found and found.start() > 0:
                _close_photo(current, [])
                current = None  # a credit closes the photo item
        previous = unit
    return [d for d in drafts if any(p.strip() for p in d.paragraphs)]


def _add_text(draft: _Draft, unit: _Unit, width: float) -> None:
    for paragraph in _paragraphs(unit.lines, width):
        if draft.paragraphs and not draft.ended:
            draft.paragraphs[-1] = join_lines([draft.paragraphs[-1], paragraph], clean=False)
        else:
            draft.paragraphs.append(paragraph)
    draft.units.append(unit.index)


def _close_photo(draft: _Draft, credit_lines: list[str]) -> None:
    """Make the draft a photo item; its credit ends its last paragraph or follows on its own.

    The credit may begin on the text's last line (`…检查。 记者 廖` / `洋杰 摄`).
    """
    last = draft.paragraphs[-1] if draft.paragraphs else ""
    joined = join_lines([last, *credit_lines], clean=False)
    found = _CREDIT.search(joined)
    start = found.start() if found else len(last)
    if draft.paragraphs:
        draft.paragraphs[-1] = joined[:start].rstrip()
    draft.photo = True
    draft.credit = re.sub(r"\s+", " ", joined[start:]).strip()


# --- Headlines: matching title groups to articles ---


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if "\u4e00" <= c <= "\u9fff" or c.isalnum()]
    return {chars[i] + chars[i + 1] for i in range(len(chars) - 1)}


@dataclass
class _TitleGroup:
    """Title lines printed together (one block): kicker, headline, subtitle, bylines."""

    units: list[_Unit]
    block: int

    @property
    def lines(self) -> list[str]:
        return [line for u in self.units if u.kind == TITLE for line in u.lines]

    @property
    def bylines(self) -> list[str]:
        return [u.text for u in self.units if u.kind == BYLINE]


def _title_groups(units: list[_Unit]) -> list[_TitleGroup]:
    groups: list[_TitleGroup] = []
    for unit in units:
        if unit.kind == TITLE:
            if groups and groups[-1].block == unit.block:
                groups[-1].units.append(unit)
            else:
                groups.append(_TitleGroup([unit], unit.block))
        elif unit.kind == BYLINE and groups and groups[-1].block == unit.block:
            groups[-1].units.append(unit)
    groups = [g for g in groups if _dedupe_lines(g.lines)]
    # The same title printed again in a block of its own (maybe without its digits) is a copy.
    kept: list[_TitleGroup] = []
    for group in groups:
        if kept and _letters(kept[-1].lines) == _letters(group.lines) and not group.bylines:
            if len("".join(group.lines)) > len("".join(kept[-1].lines)):
                kept[-1] = group
            continue
        kept.append(group)
    return kept


def _letters(lines: list[str]) -> str:
    """A title's text without spaces, digits and Latin letters: what every print of it shares."""
    return re.sub(r"[0-9A-Za-z.%\s]", "", "".join(_dedupe_lines(lines)))


def _dedupe_lines(lines: list[str]) -> list[str]:
    """A title's lines with the typesetting's second (or digit-less) print removed.

    `A A B B` → `A B`; `X′ X X` where X′ is X without its digits → `X`.
    """
    out: list[str] = []
    for line in lines:
        if not out or _squeeze(line) != _squeeze(out[-1]):
            out.append(line)
    whole = "".join(_squeeze(line) for line in out)
    letters = re.sub(r"[0-9A-Za-z.%]", "", whole)
    for copies in (3, 2):
        if letters and len(letters) % copies == 0:
            unit = letters[: len(letters) // copies]
            if unit * copies == letters:
                return _richest_copy(out, unit)
    return out


def _richest_copy(lines: list[str], unit: str) -> list[str]:
    """Of repeated copies of a title, the one printed with most characters (digits kept)."""
    copies: list[list[str]] = [[]]
    for line in lines:
        copies[-1].append(line)
        done = re.sub(r"[0-9A-Za-z.%]", "", "".join(_squeeze(x) for x in copies[-1]))
        if done == unit:
            copies.append([])
    complete = [c for c in copies if c]
    return max(complete, key=lambda c: (len("".join(c)), -len(c)))


def title_text(lines: list[str]) -> str:
    """A title's text from its printed lines, doubled print undone.

    Lines that wrap one phrase join without a space. A line clearly longer than the line before
    shows that the line before was not full: the break was the editor's, between two phrases,
    and stays as a space (`坚持集成化精细化/特色化实体化改革/力争试出更多“开化经验”`).
    """
    out = ""
    previous = 0.0
    for line in lines:
        line = undouble(re.sub(r"\s+", " ", line.strip()))
        width = line_width(line)
        if out:
            deliberate = width > previous + 1.5
            if deliberate or (not is_wide(out[-1]) and not is_wide(line[0])):
                out += " "
        out += line
        previous = width
    return out


def _title_parts(groups: list[_TitleGroup]) -> tuple[str, str, str]:
    """(kicker, headline, subtitle) from one article's title groups, in print order."""
    mains: list[list[str]] = []
    subtitles: list[str] = []
    for group in groups:
        lines = _dedupe_lines(group.lines)
        cut = next((i for i, x in enumerate(lines) if x.startswith(_SUBTITLE_MARK)), len(lines))
        if cut:
            mains.append(lines[:cut])
        if cut < len(lines):
            subtitles.append(title_text(lines[cut:]))
    kicker = ""
    if len(mains) >= 2:
        kicker = title_text(mains[0])
        mains = mains[1:]
    headline = " ".join(title_text(m) for m in mains)
    return kicker, headline, " ".join(subtitles)


def _match_titles(groups: list[_TitleGroup], drafts: list[_Draft]) -> dict[int, list[int]]:
    """Give title groups to the articles sharing most bigrams with them (greedy, best first).

    Returns article index → indexes of its title groups. An article takes one headline group
    plus a group printed right before it (a kicker) or after it (a subtitle).
    """
    bodies = [_bigrams("".join(d.paragraphs)) for d in drafts]
    df: Counter[str] = Counter(g for body in bodies for g in body)
    scores: list[tuple[float, int, int]] = []
    for t, group in enumerate(groups):
        grams = _bigrams("".join(_dedupe_lines(group.lines)))
        if not grams:
            continue
        for a, body in enumerate(bodies):
            # Shared bigrams, each worth less the more articles of the page have it.
            overlap = sum(1 / df[g] for g in grams & body) / len(grams)
            if overlap >= 0.15:
                scores.append((overlap, t, a))
    scores.sort(key=lambda s: (-s[0], s[1], s[2]))
    owner: dict[int, int] = {}
    by_article: dict[int, list[int]] = {}
    for _, t, a in scores:
        if t in owner:
            continue
        taken = by_article.get(a, [])
        if taken and (len(taken) >= 2 or not any(abs(t - x) == 1 for x in taken)):
            continue
        owner[t] = a
        by_article.setdefault(a, []).append(t)
    return {a: sorted(ts) for a, ts in by_article.items()}


# --- The page ---


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
    if not blocks:
        return []
    units = _units(blocks)
    drafts = _flow(units, _column_widths(blocks))
    groups = _title_groups(units)
    titles = _match_titles(groups, drafts)
    articles: list[Article] = []
    for seq, draft in enumerate(drafts, 1):
        mine = [groups[t] for t in titles.get(seq - 1, [])]
        kicker, headline, subtitle = _title_parts(mine)
        bylines = draft.bylines or [b for g in mine for b in g.bylines]
        raw = "\n\n".join(p for p in draft.paragraphs if p)
        body = "\n\n".join(clean_paragraph(p) for p in draft.paragraphs if p)
        dateline = _dateline(body, issue_date, draft.photo)
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
                reporters=_reporters(raw, bylines, draft.credit),
                dateline=dateline,
                photo=draft.photo,
                body=body,
            )
        )
    return articles


def _dateline(body: str, issue_date: str | None, photo: bool) -> str:
    """The date the lead gives (`本报讯（…）2020年 12月 30日下午`, `本报杭州3月5日电`).

    A photo caption's first sentence stands for its lead. Returns YYYY-MM-DD or ''.
    """
    lead = _LEAD.match(body)
    if lead:
        byline = _BYLINE.match(body)
        head = body[: max(lead.end(), byline.end() if byline else 0) + 16]
    elif photo:
        head = body[:40]
    else:
        return ""
    match = _DATELINE.search(head)
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


def _names(text: str) -> list[str]:
    inner = _REPORTER_ROLE.sub(" ", text)
    names: list[str] = []
    for token in re.split(r"[\s、，,]+", inner):
        if _NAME.fullmatch(token):
            names.extend(split_names(token) or [token])
    return names


def split_names(text: str) -> list[str] | None:
    """`王晓东李思远` → `['王晓东', '李思远']`: the text read as one to three personal names.

    Each name is a common surname and one or two given characters (names of three preferred).
    Returns None when the text cannot be read so (`到五千万`, `力度`).
    """
    text = re.sub(r"\s+", "", text)

    def read(rest: str, left: int) -> list[str] | None:
        if not rest:
            return []
        if not left:
            return None
        surname = 2 if rest.startswith(_COMPOUND_SURNAMES) else 1
        if surname == 1 and rest[0] not in _SURNAMES:
            return None
        for given in (2, 1):
            size = surname + given
            if len(rest) >= size and all("\u4e00" <= c <= "\u9fff" for c in rest[:size]):
                tail = read(rest[size:], left - 1)
                if tail is not None:
                    return [rest[:size], *tail]
        return None

    return read(text, 3) if 2 <= len(text) <= 12 else None


def is_byline(line: str) -> bool:
    """A line that is only names, with or without a role: `本报记者 周立新`, `王晓东李思远`."""
    line = line.strip()
    rest = _ROLE_PREFIX.sub("", line)
    tokens = rest.split()
    if not tokens or re.search(r"[^\u4e00-\u9fff\s]", rest):
        return False
    return all(split_names(token) for token in tokens) or (
        rest != line and all(_NAME.fullmatch(t) for t in tokens)
    )


def _reporters(body: str, bylines: list[str], credit: str) -> tuple[str, ...]:
    """Names in the byline (`本报讯（记者 姜玲 徐文杰）`, `本报记者 周立新`), lead and credit."""
    names: list[str] = []
    match = _BYLINE.match(body)
    if match:
        names.extend(_names(match.group(1)))
    else:
        reported = _REPORTED_BY.search(body[:60])
        if reported:
            names.append(reported.group(1))
    for byline in bylines:
        names.extend(_names(byline))
    if credit:
        names.extend(_names(credit.removesuffix("摄")))
    return tuple(dict.fromkeys(names))
