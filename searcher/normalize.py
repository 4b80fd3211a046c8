"""Text normalisation for matching.

The index and the query go through the same function, so that `１９９８` finds `1998`, `開化` finds
`开化`, `ＷＴＯ` finds `wto`, and `2020年 12月` (a space left by PDF extraction) finds `2020年12月`.

Every character maps to exactly one character (full-width → ASCII by NFKC, upper → lower case,
traditional → simplified by OpenCC's character table); only whitespace is dropped or collapsed.
So a match found in the normalised text maps back to the original text exactly
(`Normalized.span_in_original`), which is what snippets and token offsets need.

    >>> normalize("開化縣 ２０２０年 12月")
    '开化县2020年12月'
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Punctuation below U+2E80 that belongs to Chinese typesetting: a space next to it is layout.
_WIDE_PUNCTUATION = frozenset("“”‘’—…·–")
_WHITESPACE = re.compile(r"\s+")
# Ranges whose characters OpenCC may convert (CJK unified ideographs A + basic, compatibility).
_T2S_RANGES = ((0x3400, 0xA000), (0xF900, 0xFB00))


def is_wide(char: str) -> bool:
    """True for CJK characters and Chinese punctuation: spaces beside them carry no meaning."""
    return ord(char) >= 0x2E80 or char in _WIDE_PUNCTUATION


def _traditional_to_simplified() -> dict[str, str]:
    """OpenCC's t2s conversion applied to single characters (one character in, one out)."""
    import opencc

    chars = [chr(c) for start, end in _T2S_RANGES for c in range(start, end)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # pragma: no cover - a broken OpenCC build
        return {}
    return {a: b for a, b in zip(chars, converted, strict=True) if a != b and len(b) == 1}


@lru_cache(maxsize=1)
def translation_table() -> dict[int, str]:
    """The one-character-to-one-character map behind `normalize` (built once, ~50 ms)."""
    t2s = _traditional_to_simplified()
    table: dict[int, str] = {}
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        if len(folded) != 1:
            folded = char
        lowered = folded.lower()
        if len(lowered) == 1:
            folded = lowered
        folded = t2s.get(folded, folded)
        if code < 0x20 or code == 0x7F:
            folded = "\n" if char == "\n" else " "
        elif unicodedata.category(char) == "Cf":
            folded = " "  # invisible (zero-width space, direction marks, soft hyphen): spacing
        if folded != char:
            table[code] = folded
    return table


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus what is needed to map its offsets back to the original."""

    text: str
    # Piecewise-linear offset map: the normalised text is made of pieces; piece k starts at
    # normalised offset _starts[k] and original offset _origins[k] and runs 1:1 from there.
    _starts: tuple[int, ...] = (0,)
    _origins: tuple[int, ...] = (0,)

    def origin(self, index: int) -> int:
        """Offset in the original text of the character at `index` in the normalised text."""
        k = bisect.bisect_right(self._starts, index) - 1
        return self._origins[k] + index - self._starts[k]

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty span [start, end) of the normalised text to the original text."""
        return self.origin(start), self.origin(end - 1) + 1


def normalize(text: str) -> str:
    """Normalise `text` for matching (see the module docstring)."""
    return normalize_with_origin(text).text


@lru_cache(maxsize=16)
def normalize_with_origin(text: str) -> Normalized:
    """Normalise `text`, remembering where each character came from.

    Remembered for the last few texts: indexing normalises an article's headline and body
    for its people, then again for its terms.
    """
    folded = text.translate(translation_table())
    pieces: list[str] = []
    starts: list[int] = [0]
    origins: list[int] = [0]
    length = 0  # of the normalised text built so far
    last = 0  # end of the last whitespace run in `folded`
    changed = False
    for match in _WHITESPACE.finditer(folded):
        a, b = match.span()
        run = match.group()
        if "\n" in run and run.count("\n") >= 2:
            replacement = "\n"  # a paragraph break: phrases never run across it
        elif a == 0 or b == len(folded) or is_wide(folded[a - 1]) or is_wide(folded[b]):
            replacement = ""  # layout space inside Chinese text, or at either end
        else:
            replacement = " "
        if replacement == run:
            continue
        changed = True
        pieces.append(folded[last:a])
        length += a - last
        if replacement:
            pieces.append(replacement)
            starts.append(length)
            origins.append(a)
            length += 1
        starts.append(length)
        origins.append(b)
        last = b
    if not changed:
        return Normalized(folded)
    pieces.append(folded[last:])
    return Normalized("".join(pieces), tuple(starts), tuple(origins))
