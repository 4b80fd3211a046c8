"""Made-up issues for the reliability tests: small, deterministic, and known article by article.

Issue YAML files and JSONL bulk records (not page text, so that what is indexed does not depend
on the page splitter): the tests know exactly which ids and headlines each input holds.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import yaml

from searcher import Archive

PAPER = "示例报"
WORDS = [  # made-up news, word by word
    "县里",
    "召开",
    "会议",
    "乡镇",
    "干部",
    "群众",
    "农村",
    "道路",
    "修建",
    "完成",
    "学校",
    "开学",
    "医院",
    "义诊",
    "茶叶",
    "丰收",
    "旅游",
    "游客",
    "增加",
    "环境",
    "整治",
    "河道",
    "清理",
    "村民",
    "参加",
    "活动",
    "文化",
    "礼堂",
    "演出",
    "企业",
    "投产",
    "项目",
    "签约",
    "消防",
    "演练",
    "安全",
    "检查",
    "志愿者",
    "服务",
    "老人",
    "慰问",
    "冬季",
    "供电",
    "保障",
    "公路",
    "通车",
    "春耕",
    "备耕",
]


def sentence(rng: random.Random, words: int) -> str:
    return "".join(rng.choice(WORDS) for _ in range(words)) + "。"


def records(date: str, count: int, seed: int, prefix: str, paragraphs: int = 3) -> list[dict]:
    """`count` article records of one issue, two pages, ids `prefix-date-N`."""
    rng = random.Random(seed)
    return [
        {
            "id": f"{prefix}-{date}-{n:02d}",
            "paper": PAPER,
            "date": date,
            "page": 1 + n % 2,
            "seq": n,
            "headline": f"{prefix}第{n}条" + sentence(rng, 3).rstrip("。"),
            "body": "\n\n".join(sentence(rng, 12) for _ in range(paragraphs)),
        }
        for n in range(1, count + 1)
    ]


def write_issue(path: Path, date: str, articles: list[dict]) -> Path:
    """An issue file `{paper, date, articles}`."""
    body = [{k: v for k, v in a.items() if k not in ("paper", "date")} for a in articles]
    data = {"paper": PAPER, "date": date, "articles": body}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def write_jsonl(path: Path, articles: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    path.write_text(lines, encoding="utf-8")
    return path


def state(index: Path) -> frozenset[tuple[str, str]]:
    """What an index holds, article by article: (id, headline)."""
    with Archive.open(index) as archive:
        return frozenset((a.id, a.headline) for a in archive.articles())


def expected(articles: list[dict]) -> frozenset[tuple[str, str]]:
    return frozenset((a["id"], a["headline"]) for a in articles)


def fingerprint(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file of a directory tree: size, modification time and bytes."""
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
