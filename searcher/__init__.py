"""searcher: full-text search for Chinese newspaper archives.

from searcher import Archive
with Archive.create("index/") as archive:
    archive.add(["corpus/"])
    for hit in archive.search("疫情防控").hits:
        print(hit.headline, hit.snippet)
"""

from .archive import Archive, Stats
from .articles import Article
from .errors import (
    ArticleNotFoundError,
    IndexDamagedError,
    IndexFormatError,
    IndexLockedError,
    IndexNotFoundError,
    IndexWriteError,
    InputError,
    QueryError,
    SearcherError,
)
from .pages import split_page, split_pages
from .query import parse, parse_lenient
from .search import Hit, Results
from .snippets import Snippet, make_snippet
from .store import AddReport

__version__ = "0.1.0"

__all__ = [
    "AddReport",
    "Archive",
    "Article",
    "ArticleNotFoundError",
    "Hit",
    "IndexDamagedError",
    "IndexFormatError",
    "IndexLockedError",
    "IndexNotFoundError",
    "IndexWriteError",
    "InputError",
    "QueryError",
    "Results",
    "SearcherError",
    "Snippet",
    "Stats",
    "__version__",
    "make_snippet",
    "parse",
    "parse_lenient",
    "split_page",
    "split_pages",
]
