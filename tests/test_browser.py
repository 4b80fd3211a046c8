"""The search page in headless Chromium: type a query, refine it by a facet, read an article.

Needs Debian's `chromium` (Playwright drives it; it cannot fetch its own browser here). The
results page is saved as `tests/artifacts/results.png` to look at.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_web import serving

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Without the background-networking flags Chromium's own connections are refused here, and
# its start-up stalls on them.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "tests" / "artifacts"

if not Path(CHROMIUM).exists():
    message = "browser tests need Chromium: apt-get install -y chromium"
    if os.environ.get("CI"):  # .ci/run installs it, so CI never skips them silently
        raise RuntimeError(message)
    pytest.skip(message, allow_module_level=True)
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="browser tests need Playwright: pip install -e '.[test]'"
)


@pytest.fixture(scope="module")
def base(corpus_index: Path) -> Iterator[str]:
    with serving(corpus_index) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def tab(browser) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    yield opened
    context.close()


def test_search_refine_by_facet_and_read_the_article(tab, base):
    tab.goto(base + "/")
    assert tab.locator("h1").inner_text() == "本库收录"

    tab.get_by_label("检索词").fill("汪黎云")
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/?q=*")
    assert tab.locator(".summary .total").inner_text() == "3"
    assert tab.locator(".hit").count() == 3
    marks = tab.locator(".hit .snippet mark").all_inner_texts()
    assert marks and set(marks) == {"汪黎云"}
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "results.png"), full_page=True)

    tab.locator(".facets").get_by_role("link", name="齐正兰").click()
    tab.wait_for_url("**people%3A%E9%BD%90%E6%AD%A3%E5%85%B0*")
    assert tab.get_by_label("检索词").input_value() == "汪黎云 people:齐正兰"
    assert tab.locator(".summary .total").inner_text() == "1"
    headline = "全县新冠肺炎疫情防控暨全民健康补充医疗保险推进会召开"
    assert tab.locator(".hit h2").all_inner_texts() == [headline]

    tab.locator(".hit h2 a").click()
    tab.wait_for_url("**/article/**")
    assert tab.locator("h1").inner_text() == headline
    assert set(tab.locator(".body mark").all_inner_texts()) == {"汪黎云", "齐正兰"}
    assert "徐文杰" in tab.locator(".details").inner_text()

    tab.get_by_role("link", name="返回“汪黎云 people:齐正兰”的检索结果").click()
    tab.wait_for_url("**/?q=*")
    assert tab.locator(".summary .total").inner_text() == "1"


def test_date_range_and_sort_from_the_page(tab, base):
    tab.goto(base + "/?q=" + "汪黎云")
    tab.get_by_text("日期范围").click()
    tab.get_by_label("至").fill("2020-12-31")
    tab.get_by_label("检索词").press("Enter")
    tab.wait_for_url("**to=2020-12-31*")
    assert "没有找到与“汪黎云”相符的文章" in tab.locator("h1").inner_text()
    tab.get_by_role("link", name="不限日期").click()
    tab.wait_for_url(lambda url: "to=" not in url)
    assert tab.locator(".summary .total").inner_text() == "3"
    tab.get_by_role("link", name="最新在前").click()
    tab.wait_for_url("**sort=-date*")
    assert tab.locator(".sort strong").inner_text() == "最新在前"


def test_a_malformed_query_is_answered_politely(tab, base):
    tab.goto(base + "/")
    tab.get_by_label("检索词").fill('"疫情防控')
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/?q=*")
    assert "没能理解" in tab.locator(".notice").inner_text()
    assert tab.locator(".summary .total").inner_text() == "2"
