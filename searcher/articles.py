"""The article record, and reading it from every input form.

One record shape everywhere (issue YAML, JSONL bulk, `split --json`, `export`, `show --json`):

    id, paper, date, page, seq, headline, kicker, subtitle, reporters, dateline, people, photo, body

Inputs come as `Source`s: the articles one input contributes, and the part of the archive they
replace (whole issues, or single pages), so that indexing the same input again changes nothing.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import logging
import re
import shutil
import subprocess
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import InputError
from .lexicon import LEXICON_FILE

log = logging.getLogger("searcher")

RECORD_KEYS = (
    "id",
    "paper",
    "date",
    "page",
    "seq",
    "headline",
    "kicker",
    "subtitle",
    "reporters",
    "dateline",
    "people",
    "photo",
    "body",
)
PAGE_SUFFIXES = (".txt", ".pdf")  # page text, or the page PDF itself (read with pdftotext)
ISSUE_SUFFIXES = (".yaml", ".yml")
BULK_SUFFIXES = (".jsonl",)
MAX_LINE = 1_000_000  # characters; a longer line is not newspaper text
MAX_PAGE = 9999  # no paper has more pages (and the index keeps page numbers in 32 bits)
_DATE_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_PAGE_NAME = re.compile(r"(\d+)")


@dataclass(frozen=True)
class Article:
    """One article (or photo item) of a newspaper page."""

    id: str
    paper: str = ""
    date: str = ""
    page: int = 0
    seq: int = 0
    headline: str = ""
    kicker: str = ""
    subtitle: str = ""
    reporters: tuple[str, ...] = ()
    dateline: str = ""
    people: tuple[str, ...] = ()
    photo: bool = False
    body: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON/YAML-ready data, keys in the documented order."""
        # Every field is a str, int, bool or a tuple of str: nothing to copy deeply (`asdict`
        # would, at a tenth of a millisecond an article).
        data = {key: getattr(self, key) for key in RECORD_KEYS}
        data["reporters"] = list(self.reporters)
        data["people"] = list(self.people)
        return data

    @property
    def issue_key(self) -> str:
        """Which issue the article belongs to: `paper|date`."""
        return f"{self.paper}|{self.date}"

    @property
    def page_key(self) -> str:
        """Which page the article belongs to: `paper|date|page`."""
        return f"{self.paper}|{self.date}|{self.page}"

    @property
    def full_text(self) -> str:
        """Everything searchable as text: kicker, headline, subtitle, body."""
        return "\n\n".join(p for p in (self.title_text, self.body) if p)

    @property
    def title_text(self) -> str:
        """Kicker, headline and subtitle, one per line (what `headline:` searches)."""
        return "\n\n".join(p for p in (self.kicker, self.headline, self.subtitle) if p)


def make_id(paper: str, date: str, page: int, seq: int) -> str:
    """A stable id from the article's place in the archive: `开化报-20210101-01-03`."""
    stem = f"{date.replace('-', '') or 'undated'}-{page:02d}-{seq:02d}"
    return f"{paper}-{stem}" if paper else stem


def parse_date(value: Any, where: tuple[str, int | None]) -> str:
    """Validate a date given as text or as a YAML date; return it as YYYY-MM-DD."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise InputError(where[0], where[1], f"invalid date {value!r}: expected YYYY-MM-DD")


def article_from_dict(
    data: Any,
    where: tuple[str, int | None],
    defaults: dict[str, Any] | None = None,
) -> Article:
    """Validate one record (from YAML or JSONL) and build the Article.

    `defaults` fills `paper`, `date`, `page` when the record leaves them out (issue files).
    Unknown keys are refused so that a typo (`headlines:`) does not silently drop data.
    """
    path, line = where
    if not isinstance(data, dict):
        raise InputError(path, line, f"an article must be a mapping, not {type(data).__name__}")
    unknown = sorted(set(data) - set(RECORD_KEYS))
    if unknown:
        raise InputError(
            path, line, f"unknown key {unknown[0]!r} (known: {', '.join(RECORD_KEYS)})"
        )
    merged = {**(defaults or {}), **{k: v for k, v in data.items() if v is not None}}
    values: dict[str, Any] = {}
    for f in fields(Article):
        if f.name not in merged:
            continue
        value = merged[f.name]
        if f.name == "date":
            values["date"] = parse_date(value, where)
        elif f.name in ("page", "seq"):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InputError(path, line, f"{f.name} must be a whole number ≥ 0, not {value!r}")
            if f.name == "page" and value > MAX_PAGE:
                raise InputError(path, line, f"page {value} is past the last page ({MAX_PAGE})")
            values[f.name] = value
        elif f.name == "photo":
            if not isinstance(value, bool):
                raise InputError(path, line, f"photo must be true or false, not {value!r}")
            values["photo"] = value
        elif f.name in ("reporters", "people"):
            if isinstance(value, str):
                value = [v for v in re.split(r"[,，、\s]+", value) if v]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InputError(path, line, f"{f.name} must be a list of names")
            _check_unicode(value, f.name, where)
            values[f.name] = tuple(dict.fromkeys(v.strip() for v in value if v.strip()))
        else:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                value = str(value)
            if not isinstance(value, str):
                raise InputError(path, line, f"{f.name} must be text, not {type(value).__name__}")
            _check_unicode([value], f.name, where)
            values[f.name] = value.strip() if f.name != "body" else value.strip("\n")
    if not values.get("date"):
        raise InputError(path, line, "article has no date (give date: YYYY-MM-DD)")
    if not values.get("headline") and not values.get("body"):
        raise InputError(path, line, "article has neither headline nor body")
    if not values.get("id"):
        values["id"] = make_id(
            values.get("paper", ""), values["date"], values.get("page", 0), values.get("seq", 0)
        )
    return Article(**values)


def _check_unicode(texts: list[str], name: str, where: tuple[str, int | None]) -> None:
    """Refuse text that cannot be stored: JSON and YAML escapes can spell lone surrogates."""
    for text in texts:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as e:
            raise InputError(
                where[0],
                where[1],
                f"{name} is not valid Unicode (lone surrogate {e.object[e.start]!r})",
            ) from None


@dataclass(frozen=True)
class Source:
    """One input (a file or an issue directory): where it is and how to read its articles.

    Reading is deferred and repeatable, so a run can validate every input before it changes
    the index, then read them again to write, without holding the whole corpus in memory.
    `whole_issue` says that the source is a complete issue: indexing it replaces the issue,
    so a page dropped from the issue leaves the archive too; other sources replace the pages
    they contain.
    """

    path: str
    reader: Callable[[], Iterator[Article]]
    whole_issue: bool = False

    def articles(self) -> Iterator[Article]:
        """Read (again) the source's articles; raises InputError on bad input."""
        return self.reader()


# --- Reading text files ---


def decode_text(data: bytes, path: str) -> str:
    """Decode page or record text: UTF-8 (with or without BOM), else GB18030 (GBK's superset),
    or UTF-16 where the file opens with its byte-order mark (a Windows editor's "Unicode")."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_utf16(data, path)
    if b"\x00" in data:
        raise InputError(path, _line_of(data, data.index(b"\x00")), "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            line = _line_of(data, utf8_error.start)
            raise InputError(path, line, "undecodable bytes: not UTF-8 or GB18030 text") from None
        if _looks_like_chinese(text):
            return text
        line = _line_of(data, utf8_error.start)
        raise InputError(path, line, "undecodable bytes: not UTF-8 or GB18030 text") from None


def _decode_utf16(data: bytes, path: str) -> str:
    """Text in UTF-16 with its byte-order mark; a one-line error at the first bad unit, or at
    the first NUL character (UTF-32 text, whose mark opens with UTF-16's, or a binary file)."""
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as error:
        line = data[: error.start].decode("utf-16", errors="replace").count("\n") + 1
        raise InputError(path, line, "undecodable bytes: not UTF-16 text") from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(path, line, "binary file, not text")
    return text


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _looks_like_chinese(text: str) -> bool:
    """GB18030 decodes most byte soup; real Chinese text is mostly common ideographs."""
    letters = [c for c in text if not c.isspace()]
    if not letters:
        return True
    common = sum(
        1
        for c in letters
        if "\u4e00" <= c <= "\u9fff" or c.isascii() or c in "，。、；：？！“”（）《》"
    )
    return common / len(letters) > 0.9


def read_text(path: str | Path) -> str:
    """Read a text input file, with one-line errors for unreadable or hostile content."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise InputError(name, None, f"cannot read: {e.strerror or e}") from None
    text = decode_text(data, name)
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > MAX_LINE:
            raise InputError(name, number, f"line of {len(line):,} characters is too long")
    return text


# --- Input forms ---


def read_jsonl(path: str | Path) -> Iterator[Article]:
    """Bulk records, one JSON object per line, streamed (UTF-8, as JSON requires)."""
    name = str(path)
    seen: dict[str, int] = {}
    count = 0
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, generator-safe
    except OSError as e:
        raise InputError(name, None, f"cannot read: {e.strerror or e}") from None
    with stream:
        for number, raw in enumerate(stream, 1):
            if b"\x00" in raw:
                raise InputError(name, number, "binary file, not text")
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                raise InputError(name, number, "undecodable bytes: JSONL must be UTF-8") from None
            if len(line) > MAX_LINE:
                raise InputError(name, number, f"line of {len(line):,} characters is too long")
            if not line.strip():
                continue
            try:
                data = json.loads(line.rstrip("\r\n"))
            except json.JSONDecodeError as e:
                raise InputError(
                    name, number, f"invalid JSON: {e.msg} (column {e.colno})"
                ) from None
            article = article_from_dict(data, (name, number))
            if article.id in seen:
                raise InputError(
                    name, number, f"duplicate id {article.id!r} (first on line {seen[article.id]})"
                )
            seen[article.id] = number
            count += 1
            yield article
    if not count:
        raise InputError(name, None, "no articles in file")


def read_yaml(path: str | Path) -> tuple[str, Any]:
    """Read a YAML input file: its text and data; malformed YAML is an `InputError` naming
    the line."""
    import yaml  # here, not at module level: searching never needs it

    text = read_text(path)
    try:
        return text, yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(e, "problem", None) or str(e).split("\n")[0]
        raise InputError(str(path), line, f"invalid YAML: {problem}") from None


def read_issue_yaml(path: str | Path) -> Iterator[Article]:
    """An issue file `{paper, date, articles: [...]}` (what `split --format yaml` writes).

    The pages it holds are replaced, so a corrected page can be indexed on its own.
    """
    name = str(path)
    text, data = read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise InputError(name, 1, "an issue file needs a mapping with an 'articles' list")
    unknown = sorted(set(data) - {"paper", "date", "number", "pages", "articles"})
    if unknown:
        raise InputError(name, 1, f"unknown key {unknown[0]!r} in issue file")
    defaults: dict[str, Any] = {}
    if data.get("paper") is not None:
        defaults["paper"] = str(data["paper"])
    if data.get("date") is not None:
        defaults["date"] = parse_date(data["date"], (name, 1))
    lines = _article_lines(text)
    seen: set[str] = set()
    for index, record in enumerate(data["articles"]):
        where = (name, lines[index] if index < len(lines) else None)
        article = article_from_dict(record, where, defaults)
        if isinstance(record, dict) and "seq" not in record:
            article = replace(article, seq=index + 1)
            if "id" not in record:
                article = replace(
                    article, id=make_id(article.paper, article.date, article.page, article.seq)
                )
        if article.id in seen:
            raise InputError(name, where[1], f"duplicate id {article.id!r}")
        seen.add(article.id)
        yield article


def _article_lines(text: str) -> list[int]:
    """Line numbers of the items of the top-level `articles:` list (for error messages)."""
    import yaml

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if key.value == "articles" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


@dataclass(frozen=True)
class IssueInfo:
    """What an issue directory's `issue.yaml` (or its name) says about the issue."""

    paper: str = ""
    date: str = ""
    number: str = ""
    sections: dict[int, str] = field(default_factory=dict)


def read_issue_info(directory: Path) -> IssueInfo:
    """Read `issue.yaml` of an issue directory; the date may come from the directory name."""
    info: dict[str, Any] = {}
    path = directory / "issue.yaml"
    name = str(path)
    if path.exists():
        data = read_yaml(path)[1] or {}
        if not isinstance(data, dict):
            raise InputError(name, 1, "issue.yaml must be a mapping (paper, date, number, pages)")
        unknown = sorted(set(data) - {"paper", "date", "number", "pages"})
        if unknown:
            raise InputError(
                name, 1, f"unknown key {unknown[0]!r} (known: paper, date, number, pages)"
            )
        if data.get("paper") is not None:
            info["paper"] = str(data["paper"])
        if data.get("date") is not None:
            info["date"] = parse_date(data["date"], (name, 1))
        if data.get("number") is not None:
            info["number"] = str(data["number"])
        pages = data.get("pages") or {}
        if not isinstance(pages, dict):
            raise InputError(name, 1, "pages must map page numbers to section names")
        try:
            info["sections"] = {int(k): str(v) for k, v in pages.items()}
        except (TypeError, ValueError):
            raise InputError(name, 1, "pages must map page numbers to section names") from None
    if "date" not in info:
        match = _DATE_NAME.search(directory.name)
        if match:
            info["date"] = parse_date(match.group(0), (str(directory), None))
    return IssueInfo(**info)


def page_number(path: Path, fallback: int) -> int:
    """Page number from a page file name (`01.txt`, `page-3.txt`), else its place in the issue."""
    match = _PAGE_NAME.findall(path.stem)
    return int(match[-1]) if match else fallback


# A page extracted with its layout kept (`pdftotext -layout`) is read column by column: a
# notice says so, since the split rests on that reading.
LAID_OUT = "columns set side by side (pdftotext -layout?): read column by column"
# The mark on a notice about an input's text: reading the input again says it again.
INPUT_NOTICE = "input_notice"


def read_page_text(path: str | Path) -> str:
    """A page text file's text, or a page PDF's as pdftotext reads it (`pdf_text`). Text
    extracted with the page's layout kept (`pdftotext -layout`, columns side by side), which
    the splitter reads column by column, gets a notice (`file:line: …`, logged as a warning)."""
    from .pages import laid_out

    text = pdf_text(path) if Path(path).suffix.lower() == ".pdf" else read_text(path)
    line = laid_out(text)
    if line is not None:
        log.warning("%s:%d: %s", path, line, LAID_OUT, extra={INPUT_NOTICE: True})
    return text


# How long pdftotext may take over one PDF (an issue's pages, a few seconds at most).
PDF_SECONDS = 120


def pdf_text(path: str | Path) -> str:
    """The text of a PDF (a page, or an issue's pages, a form feed after each) in pdftotext's
    own reading order, the page text the splitter reads. pdftotext (poppler-utils) must be
    installed."""
    name = str(path)
    tool = shutil.which("pdftotext")
    if tool is None:
        raise InputError(name, None, "a PDF is read with pdftotext: install poppler-utils")
    try:
        done = subprocess.run(
            [tool, "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            timeout=PDF_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise InputError(name, None, f"pdftotext took over {PDF_SECONDS} s") from None
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(name, None, f"pdftotext cannot read it: {why[0] if why else 'failed'}")
    return decode_text(done.stdout, name)


def read_page(
    path: str | Path, *, paper: str = "", date: str = "", page: int | None = None
) -> list[Article]:
    """One page text file (or the text of several, a form feed after each), split into
    articles."""
    from .pages import split_pages

    path = Path(path)
    name = str(path)
    text = read_page_text(path)
    if not text.strip():
        scanned = path.suffix.lower() == ".pdf"  # (pictures of the pages, no text in them)
        raise InputError(
            name, 1, "no text in the PDF: a scan needs OCR" if scanned else "empty page: no text"
        )
    number = page if page is not None else page_number(path, 1)
    articles = split_pages(text, date=date or None, page=number, paper=paper)
    if not articles:
        raise InputError(name, 1, "no article found on the page")
    if any(not a.date for a in articles):
        raise InputError(
            name, 1, "no date: put the page in a YYYY-MM-DD directory or give issue.yaml a date"
        )
    return articles


def read_issue_dir(directory: str | Path) -> Iterator[Article]:
    """An issue directory: its page files (`01.txt`, …, or the page PDFs, `01.pdf`, where no
    text of theirs stands beside them) and optional `issue.yaml`. An article continued on a
    later page of the issue is read across its pages (`continue_jumps`)."""
    from .pages import continue_jumps

    directory = Path(directory)
    info = read_issue_info(directory)
    pages = sorted(_page_files(directory), key=lambda p: (page_number(p, 0), p.name))
    articles: list[Article] = []
    for index, path in enumerate(pages, 1):
        number = page_number(path, index)
        articles.extend(read_page(path, paper=info.paper, date=info.date, page=number))
    yield from continue_jumps(articles)


def _page_files(directory: Path) -> list[Path]:
    """An issue directory's page files: its page texts, and its page PDFs that have none beside
    them (`01.pdf` with no `01.txt`: the text is the PDF's, extracted)."""
    files = [p for p in directory.iterdir() if p.suffix.lower() in PAGE_SUFFIXES and p.is_file()]
    texts = {p.stem for p in files if p.suffix.lower() == ".txt"}
    return [p for p in files if p.suffix.lower() == ".txt" or p.stem not in texts]


def _is_issue_dir(directory: Path) -> bool:
    return bool(_page_files(directory))


def discover(paths: Iterable[str | Path]) -> Iterator[Source]:
    """Every input under `paths`: files by suffix, issue directories, and trees of them.

    In an issue directory only the page files and `issue.yaml` are inputs. A names file
    (`names.yaml`, see `searcher.lexicon`) holds no articles and is left to the lexicon.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(str(raw), None, "no such file or directory")
        if path.is_dir():
            found = yield from _walk(path)
            if not found:
                what = "page .txt or .pdf, issue .yaml, .jsonl records"
                raise InputError(str(raw), None, f"no inputs here ({what})")
        elif path.name != LEXICON_FILE:
            yield source_for_file(path)


def source_for_file(path: Path) -> Source:
    """The source for one input file, its reader chosen by suffix."""
    suffix = path.suffix.lower()
    name = str(path)
    if suffix in PAGE_SUFFIXES:
        return Source(name, lambda: iter(read_page(path, **_page_context(path))))
    if suffix in ISSUE_SUFFIXES:
        return Source(name, lambda: read_issue_yaml(path))
    if suffix in BULK_SUFFIXES:
        return Source(name, lambda: read_jsonl(path))
    raise InputError(
        name, None, "unknown input type (expected .txt or .pdf page, .yaml issue or .jsonl records)"
    )


def _page_context(path: Path) -> dict[str, str]:
    """A lone page file's paper and date: from `issue.yaml` or its directory's name."""
    info = read_issue_info(path.parent)
    return {"paper": info.paper, "date": info.date}


_NOT_ISSUES = ("issue.yaml", LEXICON_FILE)  # YAML files of a tree that hold no articles


def _walk(directory: Path) -> Generator[Source, None, int]:
    """Yield the sources under `directory`; return how many there were."""
    found = 0
    entries = sorted(directory.iterdir(), key=lambda p: p.name)
    if _is_issue_dir(directory):
        found += 1
        yield Source(str(directory), lambda: read_issue_dir(directory), whole_issue=True)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            found += yield from _walk(entry)
        elif not _is_issue_dir(directory) and (
            entry.suffix.lower() in BULK_SUFFIXES
            or (entry.suffix.lower() in ISSUE_SUFFIXES and entry.name not in _NOT_ISSUES)
        ):
            found += 1
            yield source_for_file(entry)
    return found


# --- Writing issue files ---


def _represent_text(dumper: Any, value: str) -> Any:
    """Multi-line text (bodies) as literal blocks, so an archivist can edit it as text."""
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def dump_issue_yaml(articles: list[Article], paper: str = "", date: str = "") -> str:
    """An issue file `{paper, date, articles}` that `searcher index` reads back unchanged."""
    records = []
    for article in articles:
        record = article.to_dict()
        if paper and record["paper"] == paper:
            del record["paper"]
        if date and record["date"] == date:
            del record["date"]
        records.append(record)
    data: dict[str, Any] = {}
    if paper:
        data["paper"] = paper
    if date:
        data["date"] = date
    data["articles"] = records
    import yaml

    class IssueDumper(yaml.SafeDumper):
        """YAML an archivist can edit: bodies as literal blocks, keys in record order."""

    IssueDumper.add_representer(str, _represent_text)
    return yaml.dump(data, Dumper=IssueDumper, allow_unicode=True, sort_keys=False, width=1000)
