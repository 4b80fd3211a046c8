"""Analysis: text → the terms the index stores, in two views.

* **words** — jieba segmentation (default mode, HMM on) of the normalised text, with true word
  positions (0, 1, 2, … counting words, not characters) and character offsets into the original
  text. This view ranks (BM25F).
* **grams** — every character bigram of letters, digits and ideographs in the normalised text,
  and the characters that start none of them (`char_view`). This view finds any string whatever
  jieba made of the sentence around it: the articles holding all its bigrams are checked
  against their text (`literal`).

Both views start from `normalize`, so the same folding applies to index and query.

    >>> [t.text for t in WordTokenizer()("疫情防控")]
    ['疫情', '防控']
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import add, itemgetter

from whoosh.analysis import Token, Tokenizer

from .normalize import Normalized, normalize_with_origin

# Runs handed to jieba: CJK ideographs (basic, extension A, compatibility, supplementary planes).
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
# Other words: runs of letters and digits of any script (Han excluded by construction).
_OTHER_WORD = re.compile(r"[^\W_]+")


class Segmenter:
    """jieba word segmentation, through rjieba (the Rust port, ~10× faster) when installed.

    Only runs of Chinese characters reach the engine; Latin words and numbers are split by a
    regular expression. On that input both engines give the same words (tested), so an index
    written with one can be searched with the other. User words (`add_word`) go to the engine
    in use.
    """

    def __init__(self, engine: str = "auto", shared: bool = False) -> None:
        """`shared`: use rjieba's module-level instance, which importing rjieba builds anyway
        (~0.2 s saved at start-up); only the process-wide `segmenter()` does."""
        self.engine = engine
        self._lock = threading.Lock()
        if engine in ("auto", "rjieba"):
            try:
                import rjieba
            except ImportError:
                if engine == "rjieba":
                    raise
            else:
                self.engine = "rjieba"
                self._impl = rjieba._DEFAULT_JIEBA if shared else rjieba.Jieba()
                self._cut = self._impl.cut
                return
        import jieba

        jieba.setLogLevel(60)
        self.engine = "jieba"
        self._impl = jieba.Tokenizer()
        self._cut = self._impl.lcut

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        """Make `word` one word for the segmenter (and give it a part-of-speech tag)."""
        with self._lock:
            self._impl.add_word(word, freq, tag)

    def cut_han(self, run: str) -> list[str]:
        """Segment a run of Chinese characters into words (default mode, HMM on)."""
        return self._cut(run)

    def tag(self, text: str) -> list[tuple[str, str]]:
        """Words of `text` with jieba part-of-speech tags (`nr` person, `ns` place, …)."""
        if self.engine == "rjieba":
            return self._impl.tag(text)  # already a list of (word, flag) tuples
        import jieba.posseg

        tagger = jieba.posseg.POSTokenizer(self._impl)
        return [(pair.word, pair.flag) for pair in tagger.cut(text)]


_segmenter: Segmenter | None = None
_segmenter_lock = threading.Lock()


def segmenter() -> Segmenter:
    """The process-wide segmenter (created on first use: loading the dictionary takes ~0.2 s)."""
    global _segmenter
    if _segmenter is None:
        with _segmenter_lock:
            if _segmenter is None:
                _segmenter = Segmenter(shared=True)
    return _segmenter


def word_spans(text: str, seg: Segmenter | None = None) -> Iterator[tuple[str, int, int]]:
    """Words of already-normalised `text` as (word, start, end) character offsets, in order.

    Punctuation and whitespace produce no words.
    """
    cut = (seg or segmenter()).cut_han
    last = 0
    for run in HAN_RUN.finditer(text):
        start = run.start()
        for match in _OTHER_WORD.finditer(text, last, start):
            yield match.group(), match.start(), match.end()
        for word in cut(run.group()):
            end = start + len(word)
            yield word, start, end
            start = end
        last = run.end()
    for match in _OTHER_WORD.finditer(text, last):
        yield match.group(), match.start(), match.end()


def words(text: str) -> list[str]:
    """The words of `text` (normalised first), as the word view indexes and searches them."""
    return [word for word, _, _ in word_spans(normalize_with_origin(text).text)]


def gram_spans(text: str) -> Iterator[tuple[str, int]]:
    """Indexed character bigrams of normalised `text` with their start offsets.

    Only bigrams of two letters, digits or ideographs are indexed (`is_indexed_gram`).
    """
    for i in range(len(text) - 1):
        gram = text[i : i + 2]
        if gram.isalnum():
            yield gram, i


def is_indexed_gram(gram: str) -> bool:
    """Whether the bigram view holds `gram`: both characters are letters, digits or ideographs.

    Bigrams with punctuation or spaces (`书记，`, `。县`) were a fifth of all bigrams and find
    nothing the others do not: a string holding them is found from its other bigrams or its
    characters, and checked against the text (`literal`).
    """
    return gram.isalnum()


# The 50 characters most frequent in jieba's dictionary (its word frequencies summed over each
# word's characters; a test recomputes them). They start bigrams by the thousand, so the
# character view holds them wherever they stand: one term each, where reading all the bigrams
# they start would take most of a second in a large archive.
FREQUENT_CHARS = frozenset(
    "一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于后就发自之对得主长可"
)


def char_view(text: str, grams: Iterable[str]) -> set[str]:
    """The characters the character view holds for normalised `text` with indexed `grams`.

    Every character but whitespace and those that start an indexed bigram (found through it,
    see `literal.char_docs`), except the `FREQUENT_CHARS`, which it always holds.
    """
    chars = set(text)
    chars.difference_update([c for c in chars if c.isspace()])
    chars.difference_update(set(map(itemgetter(0), grams)) - FREQUENT_CHARS)
    return chars


def query_grams(text: str) -> list[str]:
    """The bigrams that spell normalised `text`, in order (indexed or not)."""
    return [text[i : i + 2] for i in range(len(text) - 1)]


# --- Whoosh tokenizers: the same views, as token streams that honour the standard flags ---


class _ViewTokenizer(Tokenizer):
    """Normalises the value, then yields the view's tokens with original-text offsets."""

    def spans(self, norm: Normalized) -> Iterable[tuple[str, int, int]]:
        raise NotImplementedError

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        norm = normalize_with_origin(value)
        if not tokenize:
            token.original = token.text = norm.text
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        for text, pos, end in self.spans(norm):
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = text
            if positions:
                token.pos = start_pos + pos
            if chars:
                a, b = norm.span_in_original(end - len(text), end)
                token.startchar, token.endchar = start_char + a, start_char + b
            yield token


class WordTokenizer(_ViewTokenizer):
    """jieba words with true word positions (0, 1, 2, …) and original character offsets."""

    def spans(self, norm: Normalized) -> Iterator[tuple[str, int, int]]:
        for pos, (word, _, end) in enumerate(word_spans(norm.text)):
            yield word, pos, end


class GramTokenizer(_ViewTokenizer):
    """Character bigrams; a bigram's position is its character offset in the normalised text."""

    def spans(self, norm: Normalized) -> Iterator[tuple[str, int, int]]:
        for gram, start in gram_spans(norm.text):
            yield gram, start, start + 2


class CharTokenizer(_ViewTokenizer):
    """Single characters at their normalised offsets: those of `char_view`."""

    def spans(self, norm: Normalized) -> Iterator[tuple[str, int, int]]:
        text = norm.text
        held = char_view(text, (gram for gram, _ in gram_spans(text)))
        for i, char in enumerate(text):
            if char in held:
                yield char, i, i + 1


# --- Pre-analysed text: one normalisation and one segmentation per field value ---


@dataclass(frozen=True)
class TextViews:
    """The terms of one text field in each view, ready for the writer."""

    normalized: str
    words: dict[str, int]
    grams: set[str]
    chars: set[str]


def analyze(text: str, seg: Segmenter | None = None) -> TextViews:
    """All views of `text` at once (what indexing uses; the tokenizers give the same terms).

    Written for speed, since this runs for every article: counting and set building run in
    C (Counter, set comprehension) wherever possible.
    """
    norm = normalize_with_origin(text).text
    cut = (seg or segmenter()).cut_han
    words = _OTHER_WORD.findall(HAN_RUN.sub(" ", norm))
    # One call for all Chinese runs: jieba cuts at the line breaks between them anyway, so the
    # words are those of each run cut alone (tested), for one crossing into the engine.
    words.extend(w for w in cut("\n".join(HAN_RUN.findall(norm))) if w != "\n")
    # Every bigram (each character joined to the next), the indexed ones kept: all in C, since
    # `is_indexed_gram` is `str.isalnum`, given directly.
    grams = set(filter(str.isalnum, map(add, norm, norm[1:])))
    return TextViews(norm, Counter(words), grams, char_view(norm, grams))
