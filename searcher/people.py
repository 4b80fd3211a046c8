"""The people an article mentions (first version: bylines, credits and jieba's person tags)."""

from __future__ import annotations

import re

from .analysis import HAN_RUN, segmenter
from .articles import Article

_NOT_A_NAME = re.compile(r"^(记者|通讯员|同志|先生|女士|主任|书记|县长|市长)")


def extract_people(article: Article) -> list[str]:
    """Distinct names in order of first mention: reporters first, then the text's people."""
    found: dict[str, None] = dict.fromkeys(article.reporters)
    for run in HAN_RUN.findall(article.full_text):
        for word, flag in segmenter().tag(run):
            if flag == "nr" and 2 <= len(word) <= 4 and not _NOT_A_NAME.match(word):
                found.setdefault(word)
    return list(found)
