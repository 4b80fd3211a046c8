"""Snippets: sentence-bounded fragments of an article around its matches, as text + spans.

Matches are found in the normalised text (so `開化` marks `开化`, `１９９８` marks `1998`) and
mapped back to the original characters; a mark always covers the whole matched string, and
overlapping matches (`马克` and `马克思`) merge into one mark. Rendering (ANSI colour, 【】,
HTML `<mark>`) is separate from finding.

    >>> s = make_snippet("县委书记鲁霞光出席会议并讲话。", "", ["鲁霞光"])
    >>> s.text, s.marks
    ('县委书记鲁霞光出席会议并讲话。', ((4, 7),))
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .normalize import normalize_with_origin

SNIPPET_CHARS = 160
MAX_FRAGMENTS = 3
ELLIPSIS = "…"
_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*|\n|$)")
_CLAUSE_BREAK = re.compile(r"[，、,：:]")


@dataclass(frozen=True)
class Snippet:
    """Snippet text and the [start, end) character spans of the matches inside it."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()

    def highlighted(self, before: str = "【", after: str = "】") -> str:
        """The text with each mark wrapped (default 【…】, for plain terminals and pipes)."""
        out: list[str] = []
        last = 0
        for start, end in self.marks:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)

    def to_ansi(self) -> str:
        """The text with marks in bold red, for a colour terminal."""
        return self.highlighted("\x1b[1;31m", "\x1b[0m")

    def to_html(self) -> str:
        """Escaped HTML with marks as <mark> elements."""
        out: list[str] = []
        last = 0
        for start, end in self.marks:
            out.append(html.escape(self.text[last:start]))
            out.append(f"<mark>{html.escape(self.text[start:end])}</mark>")
            last = end
        out.append(html.escape(self.text[last:]))
        return "".join(out)


def find_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of `text` (original characters) where any normalised term occurs, merged."""
    norm = normalize_with_origin(text)
    hay = norm.text
    spans: list[tuple[int, int]] = []
    for term in terms:
        if not term:
            continue
        start = hay.find(term)
        while start >= 0:
            spans.append(norm.span_in_original(start, start + len(term)))
            start = hay.find(term, start + 1)
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _join_crossed(
    sentences: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Join neighbouring sentences that a match runs across (a query like `。中`)."""
    joined: list[tuple[int, int]] = []
    for start, end in sentences:
        if joined and any(a < joined[-1][1] and b > start for a, b in spans):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def make_snippet(
    body: str,
    title: str,
    terms: Sequence[str],
    max_chars: int = SNIPPET_CHARS,
    max_fragments: int = MAX_FRAGMENTS,
) -> Snippet:
    """The best sentences of `body` for `terms` (normalised strings), within `max_chars`.

    Sentences are chosen by how many different terms they hold, then how many matches, and
    shown in text order joined by `…`. With no match in the body the headline is shown
    (marked) before the opening; with no terms at all, the opening of the body.
    """
    spans = find_spans(body, terms)
    if not spans:
        opening = _fit(body, _sentences(body)[:1], [], max_chars) if body else Snippet("")
        title_spans = find_spans(title, terms) if title else []
        if title_spans:
            head = Snippet(
                title.replace("\n\n", " "), tuple(find_spans(title.replace("\n\n", " "), terms))
            )
            return _join([head, opening]) if opening.text else head
        return opening
    sentences = _join_crossed(_sentences(body), spans)
    scored = []
    for index, (start, end) in enumerate(sentences):
        inside = [s for s in spans if s[0] < end and s[1] > start]
        if not inside:
            continue
        distinct = len({_norm_key(body[a:b]) for a, b in inside})
        scored.append((-distinct, -len(inside), index))
    scored.sort()
    chosen: list[int] = []
    used = 0
    for _, _, index in scored:
        if len(chosen) == max_fragments:
            break
        start, end = sentences[index]
        length = min(end - start, max_chars)
        if chosen and used + length > max_chars:
            continue
        chosen.append(index)
        used += length
    fragments = [_fit(body, [sentences[i]], spans, max_chars) for i in sorted(chosen)]
    return _join(fragments)


def _norm_key(text: str) -> str:
    return normalize_with_origin(text).text


def _fit(
    text: str, sentences: list[tuple[int, int]], spans: list[tuple[int, int]], limit: int
) -> Snippet:
    """One fragment: the sentence, cut at clause breaks around its matches to fit `limit`."""
    if not sentences:
        return Snippet("")
    start, end = sentences[0]
    inside = [(a, b) for a, b in spans if a < end and b > start]
    if end - start > limit:
        first, first_end = inside[0] if inside else (start, start)
        # Start at a clause break shortly before the first match, else a little before it.
        cut = max(start, first - limit // 4)
        for match in _CLAUSE_BREAK.finditer(text, max(start, first - limit // 2), first):
            cut = match.end()
        new_end = max(min(end, cut + limit), first_end)
        # Never cut a match in half.
        for a, b in inside:
            if a < new_end < b:
                new_end = b
        start, end = cut, new_end
    prefix = ELLIPSIS if start > sentences[0][0] else ""
    suffix = ELLIPSIS if end < sentences[0][1] else ""
    fragment = prefix + text[start:end] + suffix
    marks = tuple(
        (max(a, start) - start + len(prefix), min(b, end) - start + len(prefix))
        for a, b in inside
        if a >= start and b <= end
    )
    return Snippet(fragment, marks)


def _join(fragments: list[Snippet]) -> Snippet:
    text = ""
    marks: list[tuple[int, int]] = []
    for fragment in fragments:
        if not fragment.text:
            continue
        if text and not text.endswith(ELLIPSIS) and not fragment.text.startswith(ELLIPSIS):
            text += ELLIPSIS
        offset = len(text)
        text += fragment.text
        marks.extend((a + offset, b + offset) for a, b in fragment.marks)
    return Snippet(text, tuple(marks))
