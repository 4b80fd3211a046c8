"""The query language: user text → a query tree, plus the strings to mark in snippets.

    疫情 防控                 both must occur (adjacent ranks higher)
    "疫情防控"  “疫情防控”     the exact string (after normalisation)
    汪黎云  黎云              any run of text is found wherever it occurs literally;
                              articles where jieba found it as a word rank higher
    A OR B   -C   NOT C   ( )
    headline:改革  body:…  people:汪黎云  reporter:姜玲  paper:开化报
    date:2020  date:2020-12  date:2020-12-01..2020-12-31  page:1  page:1..4

`parse` is strict (a `QueryError` says what is wrong); `parse_lenient` never raises and
returns what it could not use as messages, for text typed into a web page.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Union

from .errors import QueryError
from .normalize import normalize, normalize_with_origin

MAX_QUERY_CHARS = 2000
MAX_CLAUSES = 64
MAX_DEPTH = 16  # levels of parentheses; deeper nesting is refused before it exhausts the stack
MAX_PAGE = 9999

FIELD_ALIASES = {
    "headline": "headline",
    "title": "headline",
    "标题": "headline",
    "body": "body",
    "text": "body",
    "正文": "body",
    "people": "people",
    "person": "people",
    "人物": "people",
    "reporter": "reporters",
    "reporters": "reporters",
    "记者": "reporters",
    "date": "date",
    "日期": "date",
    "page": "page",
    "版": "page",
    "版面": "page",
    "paper": "paper",
    "报纸": "paper",
}
FIELDS = ("headline", "body", "people", "reporter", "date", "page", "paper")
_OPEN_QUOTES = {'"': '"', "＂": "＂", "“": "”", "「": "」", "『": "』"}
_LPAREN, _RPAREN = "(（", ")）"
_MINUS = "-－"
_PAREN_OR_QUOTE = frozenset(_LPAREN + _RPAREN + "".join(_OPEN_QUOTES))
_COLONS = ":："
_OPERATORS = {
    "OR": "OR",
    "ＯＲ": "OR",
    "AND": "AND",
    "ＡＮＤ": "AND",
    "NOT": "NOT",
    "ＮＯＴ": "NOT",
}
_FIELD_NAME = re.compile(r"^([A-Za-z]+|[\u4e00-\u9fff]{1,3})$")


# --- Syntax tree ---


@dataclass(frozen=True)
class Text:
    """A string to find in the text (any field, or `headline`/`body`)."""

    text: str  # normalised
    field: str | None = None
    quoted: bool = False


@dataclass(frozen=True)
class Value:
    """An exact-value condition: people, reporters, paper, date range, page range."""

    field: str
    low: object
    high: object = None


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class All:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Any_:
    children: tuple[Node, ...]


Node = Union[Text, Value, Not, All, Any_]  # noqa: UP007 - a runtime alias on 3.10


@dataclass(frozen=True)
class ParsedQuery:
    """A parsed query: its tree (None for an empty query) and what to mark in snippets."""

    text: str
    tree: Node | None
    marks: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    adjacent: tuple[str, ...] = ()


# --- Lexer ---


@dataclass
class _Token:
    kind: str  # WORD PHRASE FIELD LPAREN RPAREN OR AND NOT NEG
    text: str = ""
    name: str = ""
    quoted: bool = False


@dataclass
class _Lexer:
    source: str
    lenient: bool
    problems: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        if not self.lenient:
            raise QueryError(message)
        self.problems.append(message)

    def tokens(self) -> list[_Token]:
        s = self.source
        out: list[_Token] = []
        i = 0
        while i < len(s):
            c = s[i]
            if c.isspace():
                i += 1
            elif c in _LPAREN:
                out.append(_Token("LPAREN"))
                i += 1
            elif c in _RPAREN:
                out.append(_Token("RPAREN"))
                i += 1
            elif c in _OPEN_QUOTES:
                text, i = self._quoted(i)
                out.append(_Token("PHRASE", text, quoted=True))
            elif c in _MINUS and i + 1 < len(s) and not s[i + 1].isspace():
                out.append(_Token("NEG"))
                i += 1
            else:
                word, i = self._word(i)
                if word in _OPERATORS:
                    out.append(_Token(_OPERATORS[word]))
                    continue
                token = self._field(word, s, i)
                if token is not None:
                    token, i = token
                    out.append(token)
                elif c in _MINUS:
                    self.fail("'-' needs a term right after it, like -体育")
                else:
                    out.append(_Token("WORD", word))
        return out

    def _quoted(self, i: int) -> tuple[str, int]:
        s = self.source
        close = _OPEN_QUOTES[s[i]]
        end = s.find(close, i + 1)
        if s[i] == "“" and end < 0:
            end = s.find('"', i + 1)
        if end < 0:
            self.fail(f"unbalanced quote: {s[i]} is never closed")
            return s[i + 1 :], len(s)
        return s[i + 1 : end], end + 1

    def _word(self, i: int) -> tuple[str, int]:
        """A run of text up to a space, a parenthesis or an opening quote."""
        s = self.source
        j = i + 1
        while j < len(s) and not (s[j].isspace() or s[j] in _PAREN_OR_QUOTE):
            j += 1
        return s[i:j], j

    def _field(self, word: str, s: str, i: int) -> tuple[_Token, int] | None:
        k = next((k for k, ch in enumerate(word) if ch in _COLONS), -1)
        if k < 0:
            return None
        name, value = word[:k], word[k + 1 :]
        if not _FIELD_NAME.match(name):
            return None
        canonical = FIELD_ALIASES.get(name.lower())
        if canonical is None:
            if name.isascii():
                self.fail(f"unknown field {name!r} (fields: {', '.join(FIELDS)})")
            return None
        if not value and i < len(s) and s[i] in _OPEN_QUOTES:
            value, i = self._quoted(i)
            return _Token("FIELD", value, name=canonical, quoted=True), i
        if not value:
            self.fail(f"{name}: needs a value, like {name}:{_EXAMPLES.get(canonical, '…')}")
            return _Token("WORD", ""), i
        return _Token("FIELD", value, name=canonical), i


_EXAMPLES = {
    "headline": "改革",
    "body": "改革",
    "people": "汪黎云",
    "reporters": "姜玲",
    "date": "2020-12",
    "page": "1",
    "paper": "开化报",
}


# --- Parser ---


class _Parser:
    def __init__(self, tokens: list[_Token], lexer: _Lexer) -> None:
        self.tokens = tokens
        self.at = 0
        self.lexer = lexer
        self.clauses = 0
        self.depth = 0

    def peek(self) -> str:
        return self.tokens[self.at].kind if self.at < len(self.tokens) else "EOF"

    def take(self) -> _Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def parse(self) -> Node | None:
        parts = [self.any_()]
        while self.peek() != "EOF":  # a stray ')'
            self.take()
            self.lexer.fail("unbalanced parenthesis: ')' without '('")
            parts.append(self.any_())
        return _join_all(parts)

    def any_(self) -> Node | None:
        parts = [self.all_()]
        while self.peek() == "OR":
            self.take()
            if parts[-1] is None:
                self.lexer.fail("OR needs a term on its left")
            parts.append(self.all_())
            if parts[-1] is None:
                self.lexer.fail("OR needs a term on its right")
        kept = [p for p in parts if p is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Any_(tuple(kept))

    def all_(self) -> Node | None:
        parts: list[Node | None] = []
        while self.peek() not in ("EOF", "OR", "RPAREN"):
            if self.peek() == "AND":
                self.take()
                if not parts or self.peek() in ("EOF", "OR", "RPAREN"):
                    self.lexer.fail("AND needs a term on both sides")
                continue
            parts.append(self.unary())
        return _join_all(parts)

    def unary(self) -> Node | None:
        # A loop, not recursion: `-` repeated a thousand times must not exhaust the stack.
        negations = 0
        while self.peek() in ("NEG", "NOT"):
            op = self.take()
            if self.peek() in ("EOF", "OR", "RPAREN", "AND"):
                self.lexer.fail(f"{'-' if op.kind == 'NEG' else 'NOT'} needs a term after it")
                return None
            negations += 1
        child = self.primary()
        if child is None or negations % 2 == 0:
            return child
        return Not(child)

    def primary(self) -> Node | None:
        token = self.take()
        if token.kind == "LPAREN":
            if self.depth >= MAX_DEPTH:
                # Lenient parsing reads on as if this '(' were not there.
                self.lexer.fail(f"parentheses nested too deeply (at most {MAX_DEPTH} levels)")
                return None
            self.depth += 1
            node = self.any_()
            self.depth -= 1
            if self.peek() == "RPAREN":
                self.take()
            else:
                self.lexer.fail("unbalanced parenthesis: '(' is never closed")
            return node
        self.clauses += 1
        if self.clauses > MAX_CLAUSES:
            if self.clauses == MAX_CLAUSES + 1:
                self.lexer.fail(f"too many terms: only the first {MAX_CLAUSES} are used")
            return None
        if token.kind in ("WORD", "PHRASE"):
            return _text(token.text, None, token.quoted)
        if token.kind == "FIELD":
            return _field_node(token, self.lexer)
        return None  # pragma: no cover - every token kind is handled above


def _join_all(parts: list[Node | None]) -> Node | None:
    kept = [p for p in parts if p is not None]
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else All(tuple(kept))


def _text(raw: str, field_name: str | None, quoted: bool) -> Text | None:
    norm = normalize(raw).strip()
    if not norm:
        return None
    return Text(norm, field_name, quoted)


def _field_node(token: _Token, lexer: _Lexer) -> Node | None:
    name, value = token.name, token.text
    if name in ("headline", "body"):
        return _text(value, name, token.quoted)
    if name in ("people", "reporters", "paper"):
        norm = normalize(value).strip()
        return Value(name, norm) if norm else None
    if name == "date":
        try:
            low, high = parse_date_range(value)
        except ValueError as e:
            lexer.fail(str(e))
            return None
        return Value("date", low, high)
    if name == "page":
        match = re.fullmatch(r"(\d+)(?:\.\.(\d+))?", normalize(value))
        if not match:
            lexer.fail(f"page:{value} is not a page number (use page:1 or page:1..4)")
            return None
        low = int(match[1])
        high = int(match[2]) if match[2] else low
        if high > MAX_PAGE:
            lexer.fail(f"page:{value} is past the last page there can be ({MAX_PAGE})")
            return None
        return Value("page", low, high)
    return None  # pragma: no cover - FIELD_ALIASES only maps to the names above


# --- Dates ---

_DATE_PART = re.compile(r"^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?年?$")


def parse_date_range(value: str) -> tuple[dt.date | None, dt.date | None]:
    """`2020`, `2020-12`, `2020-12-01`, `2020年12月`, and ranges `A..B` (either side open)."""
    text = normalize(value).strip()
    if ".." in text:
        left, right = text.split("..", 1)
        low = _date_bounds(left, value)[0] if left else None
        high = _date_bounds(right, value)[1] if right else None
        if low is None and high is None:
            raise ValueError(f"date:{value} has no date on either side of '..'")
        if low and high and low > high:
            raise ValueError(f"date:{value} ends before it starts")
        return low, high
    return _date_bounds(text, value)


def _date_bounds(text: str, original: str) -> tuple[dt.date, dt.date]:
    match = _DATE_PART.match(text)
    problem = f"date:{original} is not a date (use 2020, 2020-12, 2020-12-01 or A..B)"
    if not match:
        raise ValueError(problem)
    year = int(match[1])
    try:
        if match[3]:
            day = dt.date(year, int(match[2]), int(match[3]))
            return day, day
        if match[2]:
            month = int(match[2])
            first = dt.date(year, month, 1)
            following = dt.date(year + (month == 12), month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        raise ValueError(problem) from None


def adjacent_runs(node: Node | None) -> list[str]:
    """`疫情 防控` → `疫情防控`: consecutive plain words of an AND, joined.

    An article where they stand together ranks higher (see `search.rerank_adjacent`).
    """
    if node is None or isinstance(node, (Text, Value)):
        return []
    if isinstance(node, Not):
        return []
    runs: list[str] = []
    if isinstance(node, All):
        run: list[Text] = []
        for child in (*node.children, None):
            if isinstance(child, Text) and child.field is None and not child.quoted:
                run.append(child)
                continue
            if len(run) > 1:
                runs.append(normalize_with_origin("".join(t.text for t in run)).text)
            run = []
    for child in node.children:
        runs.extend(adjacent_runs(child))
    return runs


# --- Entry points ---


def _marks(node: Node | None, negated: bool = False) -> list[str]:
    if node is None:
        return []
    if isinstance(node, Text):
        return [] if negated or node.field == "people" else [node.text]
    if isinstance(node, Value):
        return [str(node.low)] if node.field in ("people", "reporters") and not negated else []
    if isinstance(node, Not):
        return _marks(node.child, not negated)
    out: list[str] = []
    for child in node.children:
        out.extend(_marks(child, negated))
    return out


def _parse(text: str, lenient: bool) -> ParsedQuery:
    lexer = _Lexer(text, lenient)
    if len(text) > MAX_QUERY_CHARS:
        lexer.fail(f"query too long ({len(text):,} characters; at most {MAX_QUERY_CHARS:,})")
        text = text[:MAX_QUERY_CHARS]
        lexer.source = text
    parser = _Parser(lexer.tokens(), lexer)
    tree = parser.parse()
    marks = tuple(dict.fromkeys(_marks(tree)))
    adjacent = tuple(dict.fromkeys(adjacent_runs(tree)))
    return ParsedQuery(text, tree, marks, tuple(dict.fromkeys(lexer.problems)), adjacent)


def parse(text: str) -> ParsedQuery:
    """Parse user query text; raises QueryError with a one-line explanation."""
    return _parse(text, lenient=False)


def parse_lenient(text: str) -> ParsedQuery:
    """Parse user query text, never raising: problems are returned in `.problems`."""
    return _parse(text, lenient=True)
