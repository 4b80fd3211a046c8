"""Typed errors raised by the library; the CLI and the web layer turn each into one line."""

from __future__ import annotations


class SearcherError(Exception):
    """Base class of every error searcher raises on purpose."""


class InputError(SearcherError):
    """An input file is unreadable or malformed; nothing from it was indexed."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class QueryError(SearcherError):
    """The query text cannot be understood (strict mode only; lenient parsing never raises)."""


class IndexNotFoundError(SearcherError):
    """There is no index at the given path."""


class IndexFormatError(SearcherError):
    """The index exists but was written by an incompatible version or is damaged."""


class IndexDamagedError(IndexFormatError):
    """The index opens, but a part of it cannot be read or its counts disagree."""


class IndexWriteError(SearcherError):
    """The system refused a write to the index (disk full, no permission); nothing changed."""


class IndexLockedError(SearcherError):
    """Another process is writing the index and did not finish in time."""


class ArticleNotFoundError(SearcherError):
    """No stored article has the given id."""
