"""The lexicon: local names and terms the segmenter must keep whole.

A county paper writes about people, places and programmes no general dictionary knows
(`汪黎云`, `芹阳办事处`, `惠衢保`). A lexicon file lists them:

    people: [汪黎云, 齐正兰]
    places: [芹阳办事处, 高坑坞村]
    terms: [惠衢保]

Installing a lexicon adds its words to the process-wide segmenter (people tagged `nr`, places
`ns`, terms `nz`), so they are indexed and searched as one word, and tells `searcher.people`
who is a person and what is not. An index keeps the lexicon it was built with in
`INDEX/names.yaml`; opening the index installs it again, so queries are segmented like the
articles were. Because the segmenter is shared by the whole process, installed words stay for
the life of the process.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path
from typing import Any

from .errors import InputError

LEXICON_FILE = "names.yaml"
# A user word's frequency: that of a well-known name in jieba's dictionary, so the word is cut
# whole without outweighing the everyday words around it.
WORD_FREQUENCY = 2000
TAGS = {"people": "nr", "places": "ns", "terms": "nz"}
_WORD = re.compile(r"[^\s,，、;；]{1,30}")


@dataclass(frozen=True)
class Lexicon:
    """People, places and terms, each in the order first given, without repeats."""

    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()

    @cached_property
    def _sets(self) -> dict[str, frozenset[str]]:
        from .normalize import normalize

        return {f.name: frozenset(map(normalize, getattr(self, f.name))) for f in fields(self)}

    def is_person(self, word: str) -> bool:
        """True if `word` (normalised text) is one of the lexicon's people."""
        return word in self._sets["people"]

    def is_not_person(self, word: str) -> bool:
        """True if `word` (normalised text) is one of the lexicon's places or terms."""
        return word in self._sets["places"] or word in self._sets["terms"]

    def __bool__(self) -> bool:
        return bool(self.people or self.places or self.terms)

    def words(self) -> Iterator[tuple[str, str]]:
        """Every word with its part-of-speech tag (`nr`, `ns`, `nz`)."""
        for kind, tag in TAGS.items():
            for word in getattr(self, kind):
                yield word, tag

    def merged(self, other: Lexicon) -> Lexicon:
        """This lexicon with the words of `other` added after its own."""
        return Lexicon(
            **{
                kind: tuple(dict.fromkeys(getattr(self, kind) + getattr(other, kind)))
                for kind in TAGS
            }
        )

    def to_yaml(self) -> str:
        """The lexicon as a names file (what `read_lexicon` reads back)."""
        import yaml  # here, not at module level: searching never needs it

        data = {kind: list(getattr(self, kind)) for kind in TAGS if getattr(self, kind)}
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def read_lexicon(path: str | Path) -> Lexicon:
    """Read a names file; raises `InputError` (`file:line: reason`) if it is malformed."""
    from .articles import read_yaml

    name = str(path)
    text, data = read_yaml(path)
    if data is None:
        return Lexicon()
    if not isinstance(data, dict):
        raise InputError(name, 1, "a names file is a mapping with people, places and terms lists")
    lines = _key_lines(text)
    values: dict[str, tuple[str, ...]] = {}
    for key, value in data.items():
        line = lines.get(str(key), 1)
        if key not in TAGS:
            raise InputError(name, line, f"unknown key {key!r} (known: {', '.join(TAGS)})")
        values[key] = _words(value, (name, line), key)
    return Lexicon(**values)


def _words(value: Any, where: tuple[str, int], kind: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = re.split(r"[\s,，、;；]+", value)
    if not isinstance(value, list):
        raise InputError(*where, f"{kind} must be a list of words")
    words: dict[str, None] = {}
    for item in value:
        word = str(item).strip() if isinstance(item, (str, int)) else None
        if word is None or not _WORD.fullmatch(word):
            raise InputError(*where, f"{kind}: {item!r} is not a word (1–30 characters, no spaces)")
        words[word] = None
    return tuple(words)


def _key_lines(text: str) -> dict[str, int]:
    """Line numbers of the top-level keys (for error messages)."""
    import yaml

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        return {}
    return {key.value: key.start_mark.line + 1 for key, _ in root.value}


def read_lexicons(paths: Iterable[str | Path]) -> Lexicon:
    """The lexicons of the names files `paths`, merged in order (all read before any use)."""
    merged = Lexicon()
    for path in paths:
        merged = merged.merged(read_lexicon(path))
    return merged


def find_lexicons(paths: Iterable[str | Path]) -> list[Path]:
    """The names files among `paths` and in the directory trees they name, in path order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob(LEXICON_FILE))
                if not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.name == LEXICON_FILE:
            found.append(path)
    return found


def index_lexicon(index_dir: str | Path) -> Lexicon:
    """The lexicon an index remembers (`INDEX/names.yaml`; empty if there is none)."""
    path = Path(index_dir) / LEXICON_FILE
    return read_lexicon(path) if path.is_file() else Lexicon()


def save_index_lexicon(index_dir: str | Path, lexicon: Lexicon) -> None:
    """Make the index remember `lexicon` (replacing the file atomically)."""
    path = Path(index_dir) / LEXICON_FILE
    temporary = path.with_suffix(".tmp")
    temporary.write_text(lexicon.to_yaml(), encoding="utf-8")
    temporary.replace(path)


_installed = Lexicon()
_install_lock = threading.Lock()


def install(lexicon: Lexicon) -> None:
    """Add the lexicon's words to the process-wide segmenter and to `installed()`."""
    global _installed
    from .analysis import segmenter
    from .normalize import normalize

    with _install_lock:
        known = {kind: set(getattr(_installed, kind)) for kind in TAGS}
        new = Lexicon(
            **{
                kind: tuple(w for w in getattr(lexicon, kind) if w not in known[kind])
                for kind in TAGS
            }
        )
        if not new:
            return
        seg = segmenter()
        for word, tag in new.words():
            seg.add_word(normalize(word), WORD_FREQUENCY, tag)
        _installed = _installed.merged(new)


def installed() -> Lexicon:
    """Everything installed in this process so far."""
    return _installed
