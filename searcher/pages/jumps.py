"""Jumps: an article continued on a later page of its issue.

A front page's article often runs out of room and goes on inside the paper. Its text ends with
a jump line that names the page (`（下转第2版）`, `（转3版）`), and the continuation opens with
one naming the page it came from (`（上接第1版）`, `（紧接第一版）`), under no headline or a
short one of its own. The continuation is the same article's: it takes the article's headline
(and kicker, subtitle and reporters) where it prints none, so that a search for words of either
part finds the article by its name. The jump lines stay in the text, as printed: they tell the
reader where the article goes on.
"""

from __future__ import annotations

import dataclasses
import re

from ..articles import Article
from .lines import _number
from .words import _bigrams

_PAGE = r"(?:第\s*)?[A-Za-zＡ-Ｚ]?\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版"
# The jump line that ends an article's part: `（下转第2版）`, `（转3版）`, `(下转A2版)`,
# `（紧转第3版）`.
_JUMP_TO = re.compile(rf"[（(]\s*(?:下|续|紧)?\s*转\s*{_PAGE}\s*[）)]\s*$")
# The jump line that opens its continuation: `（上接第1版）`, `（紧接第一版）`, `（接1版）`.
_JUMP_FROM = re.compile(rf"^\s*[（(]\s*(?:上|紧|续)?\s*接\s*{_PAGE}\s*[）)]\s*")
# How much of a continuation's character pairs its part before must share, where a page holds
# more than one of either and the jump lines do not tell them apart.
_SHARED_PAIRS = 0.05


def jump_to(body: str) -> int | None:
    """The page an article's part goes on to, by the jump line that ends it, or None."""
    match = _JUMP_TO.search(body)
    return _number(match[1]) if match else None


def jump_from(body: str) -> int | None:
    """The page a continuation came from, by the jump line that opens it, or None."""
    match = _JUMP_FROM.match(body)
    return _number(match[1]) if match else None


def continue_jumps(articles: list[Article]) -> list[Article]:
    """The articles of pages of one issue, each continuation that names the page its article
    came from, where an article of that page names the continuation's page, with the headline,
    kicker, subtitle and reporters of that article where it prints none. Of several articles a
    page sends on to one page, a continuation goes with the one whose text shares most of its
    character pairs (a share of `_SHARED_PAIRS` at least, where there is a choice). Read again,
    the articles stay as they are."""
    heads = [(k, a.page, jump_to(a.body)) for k, a in enumerate(articles)]
    heads = [(k, page, to) for k, page, to in heads if to is not None]
    taken: set[int] = set()
    out = list(articles)
    for k, article in enumerate(articles):
        source = jump_from(article.body)
        if source is None:
            continue
        candidates = [h for h, page, to in heads if page == source and to == article.page]
        candidates = [h for h in candidates if h not in taken]
        if len(candidates) > 1:
            mine = _bigrams(article.body)
            shares = [
                (len(mine & _bigrams(articles[h].body)) / max(1, len(mine)), h) for h in candidates
            ]
            share, best = max(shares, key=lambda s: (s[0], -s[1]))
            candidates = [best] if share >= _SHARED_PAIRS else []
        if not candidates:
            continue
        head = out[candidates[0]]  # (itself a continuation given its article's headline)
        taken.add(candidates[0])
        changes: dict[str, object] = {}
        if not article.headline:
            changes.update(headline=head.headline, kicker=head.kicker, subtitle=head.subtitle)
        if not article.reporters:
            changes["reporters"] = head.reporters
        out[k] = dataclasses.replace(article, **changes)
    return out
