"""`searcher serve`: the JSON API and the pages, from a real server on a loopback port."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from http.client import HTTPResponse
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import quote, urlencode
from urllib.request import Request, urlopen

import pytest
from click.testing import CliRunner

from searcher import Archive
from searcher.cli import cli
from searcher.web import SearchRequest, field_term, make_server

TIMEOUT = 20  # seconds; a request to the loopback server that takes longer has hung


@contextmanager
def serving(index: Path) -> Iterator[str]:
    """A server over `index` on a free loopback port, in a thread; yields its base URL."""
    with Archive.open(index) as archive:
        server = make_server(archive, "127.0.0.1", 0, quiet=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield server.url.rstrip("/")
        finally:
            server.shutdown()
            server.server_close()
            thread.join(TIMEOUT)


@pytest.fixture(scope="module")
def base(corpus_index: Path) -> Iterator[str]:
    with serving(corpus_index) as url:
        yield url


def fetch(url: str, method: str = "GET") -> tuple[int, dict[str, str], str]:
    """Status, headers and decoded body, whatever the status."""
    try:
        response: HTTPResponse = urlopen(Request(url, method=method), timeout=TIMEOUT)
    except HTTPError as error:
        response = error  # type: ignore[assignment]
    with response:
        body = response.read().decode("utf-8")
        return response.status, dict(response.headers), body


def api(base: str, path: str, **params: object) -> tuple[int, dict]:
    status, headers, body = fetch(f"{base}{path}?{urlencode(params)}")
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    return status, json.loads(body)


def cli_json(index: Path, *args: str) -> dict:
    result = CliRunner().invoke(cli, ["--index", str(index), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


# --- JSON API ---


def test_api_search_is_the_cli_json(base, corpus_index):
    status, headers, body = fetch(f"{base}/api/search?{urlencode({'q': '疫情防控'})}")
    assert status == 200 and headers["Content-Type"] == "application/json; charset=utf-8"
    assert "\\u" not in body  # ensure_ascii=False
    assert json.loads(body) == cli_json(corpus_index, "search", "疫情防控", "--json")


def test_api_search_options_are_the_cli_options(base, corpus_index):
    status, data = api(
        base, "/api/search", q="汪黎云", limit=1, page=2, sort="-date", person="汪黎云"
    )
    assert status == 200
    assert data == cli_json(
        corpus_index,
        "search",
        "汪黎云",
        "--json",
        "--limit=1",
        "--page=2",
        "--sort=-date",
        "--person=汪黎云",
    )
    assert (data["total"], data["page"], data["limit"], len(data["hits"])) == (3, 2, 1, 1)


def test_api_search_filters_by_date_range_and_paper(base):
    _, data = api(base, "/api/search", q="汪黎云", **{"from": "2020-12-31", "to": "2021-01-31"})
    assert data["total"] == 3  # the date, 2021-01-01, is inside
    _, data = api(base, "/api/search", q="汪黎云", to="2020-12-31")
    assert data["total"] == 0 and data["hits"] == []
    _, data = api(base, "/api/search", q="汪黎云", paper="人民日报")
    assert data["total"] == 0
    _, data = api(base, "/api/search", paper="开化报")
    assert data["total"] == 5


def test_api_article_is_the_cli_show_json(base, corpus_index):
    article_id = "开化报-20210101-01-04"
    status, data = api(base, f"/api/article/{quote(article_id)}")
    assert status == 200
    assert data == cli_json(corpus_index, "show", article_id, "--json")
    assert data["headline"] == "三年百叟宴 浓浓敬老情" and data["photo"] is True


def test_api_lenient_query_lists_problems(base):
    status, data = api(base, "/api/search", q='"疫情防控')
    assert status == 200 and data["total"] == 2
    assert data["problems"] == ['unbalanced quote: " is never closed']


@pytest.mark.parametrize(
    ("params", "error"),
    [
        ({"limit": "0"}, "limit must be from 1 to 1000, not 0"),
        ({"limit": "1001"}, "limit must be from 1 to 1000, not 1001"),
        ({"limit": "ten"}, "limit must be a whole number, not 'ten'"),
        ({"page": "0"}, "page must be at least 1, not 0"),
        ({"sort": "newest"}, "unknown sort 'newest' (use one of: relevance, date, -date)"),
        ({"from": "yesterday"}, "invalid date 'yesterday': expected YYYY-MM-DD"),
        ({"to": "2021-13-01"}, "invalid date '2021-13-01': expected YYYY-MM-DD"),
    ],
)
def test_api_bad_parameters_are_400_with_a_json_error(base, params, error):
    assert api(base, "/api/search", q="汪黎云", **params) == (400, {"error": error})


def test_api_unknown_article_and_endpoint_are_404(base):
    assert api(base, "/api/article/nope") == (404, {"error": "no article with id 'nope'"})
    status, data = api(base, "/api/articles")
    assert status == 404 and data["error"].startswith("no such endpoint '/api/articles'")


def test_head_sends_the_headers_only(base):
    status, headers, body = fetch(f"{base}/api/search?q=x", method="HEAD")
    assert status == 200 and body == "" and int(headers["Content-Length"]) > 0


def test_concurrent_requests_share_one_archive(base):
    queries = ["疫情防控", "汪黎云", "惠衢保", "百叟宴", '"补充医疗保险"', "开化", "people:姜玲"]
    expected = {q: api(base, "/api/search", q=q)[1] for q in queries}
    jobs = [queries[i % len(queries)] for i in range(56)]
    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(lambda q: api(base, "/api/search", q=q), jobs))
    assert all(status == 200 for status, _ in answers)
    assert [data for _, data in answers] == [expected[q] for q in jobs]


# --- Pages ---


def page(base: str, path: str = "/", **params: object) -> tuple[int, str]:
    status, headers, body = fetch(f"{base}{path}?{urlencode(params)}")
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "script-src" not in headers["Content-Security-Policy"]  # default-src 'none'
    return status, body


def test_landing_page_says_what_the_archive_holds(base):
    status, html = page(base)
    assert status == 200
    assert "<strong>5</strong> 篇文章" in html and "2021年1月1日 至 2021年1月1日" in html
    assert 'href="/?q=paper%3A%E5%BC%80%E5%8C%96%E6%8A%A5">开化报</a> 1 期' in html
    assert "<code>people:汪黎云</code>" in html  # an example built from the archive


def test_results_page_marks_hits_and_links_facets(base):
    status, html = page(base, q="汪黎云")
    assert status == 200
    assert '<strong class="total">3</strong>' in html
    assert html.count("<mark>汪黎云</mark>") >= 3
    # A facet link adds the condition to the query; the active one removes it again.
    refine = "/?" + urlencode({"q": "汪黎云 people:齐正兰"})
    assert f'href="{refine.replace("&", "&amp;")}"' in html
    _, refined = page(base, q="汪黎云 people:齐正兰")
    assert '<strong class="total">1</strong>' in refined
    assert 'class="active" href="/?q=%E6%B1%AA%E9%BB%8E%E4%BA%91"' in refined


def test_results_page_paginates_and_sorts(base):
    _, html = page(base, q="汪黎云", limit=2)
    assert (
        "第 1/2 页" in html
        and 'rel="next" href="/?q=%E6%B1%AA%E9%BB%8E%E4%BA%91&amp;limit=2&amp;page=2"' in html
    )
    _, html = page(base, q="汪黎云", limit=2, page=2, sort="date")
    assert "第 2/2 页" in html and '<strong aria-current="true">最早在前</strong>' in html
    _, html = page(base, q="汪黎云", page=9)
    assert "第 9 页没有结果了" in html


def test_no_results_page_suggests_what_to_try(base):
    status, html = page(base, q='"汪黎云 惠衢保" 火星', to="2020-01-01")
    assert status == 200 and "没有找到与“&quot;汪黎云 惠衢保&quot; 火星”相符的文章" in html
    assert "少用几个词" in html and "去掉引号" in html and "不限日期" in html


def test_query_problems_are_shown_politely(base):
    _, html = page(base, q="疫情防控 date:yesterday")
    assert "检索式有一部分没能理解" in html
    assert "<li>date:yesterday is not a date (use 2020, 2020-12, 2020-12-01 or A..B)</li>" in html
    assert '<strong class="total">2</strong>' in html


def test_bad_parameters_get_a_friendly_400_page(base):
    status, html = page(base, q="汪黎云", page="two")
    assert status == 400 and "检索条件有误" in html and "page must be a whole number" in html
    status, html = page(base, q="汪黎云", **{"from": "2020-02-30"})
    assert status == 400 and "invalid date" in html and 'value="汪黎云"' in html


def test_article_page_marks_the_query_and_links_people(base):
    path = "/article/" + quote("开化报-20210101-01-01", safe="")
    status, html = page(base, path, q="惠衢保")
    assert status == 200
    assert "<h1>全县新冠肺炎疫情防控暨全民健康补充医疗保险推进会召开</h1>" in html
    assert html.count("<mark>惠衢保</mark>") == 6  # every occurrence in the body
    assert '<a href="/?q=people%3A%E6%B1%AA%E9%BB%8E%E4%BA%91">汪黎云</a>' in html
    assert "<dt>电头日期</dt><dd>2020年12月30日</dd>" in html
    assert "返回“惠衢保”的检索结果" in html


def test_unknown_article_and_page_are_404(base):
    status, html = page(base, "/article/nope")
    assert status == 404 and "找不到这篇文章" in html
    assert page(base, "/nowhere")[0] == 404


def test_stylesheet_is_served_and_cached(base):
    _, html = page(base)
    href = re.search(r'<link rel="stylesheet" href="([^"]+)">', html)[1]
    status, headers, css = fetch(base + href)
    assert status == 200 and headers["Content-Type"] == "text/css; charset=utf-8"
    assert "immutable" in headers["Cache-Control"] and "--serif" in css


# --- Escaping ---

HOSTILE = {
    "id": "x-1",
    "paper": "<i>晚报</i>",
    "date": "2021-02-03",
    "page": 2,
    "headline": "<script>alert(1)</script>标题",
    "kicker": '"><img src=x onerror=alert(2)>',
    "reporters": ["<b>记者</b>"],
    "people": ["<u>某人</u>"],
    "body": "正文提到alert(1)和<b>粗体</b>。\n\n第二段。",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("hostile")
    records = folder / "hostile.jsonl"
    records.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
    with Archive.create(folder / "index") as archive:
        archive.add([records])
    with serving(folder / "index") as url:
        yield url


def test_markup_in_articles_is_shown_as_text(hostile):
    _, results = page(hostile, q="alert")
    _, article = page(hostile, "/article/x-1", q="alert")
    for html in (results, article):
        assert "<script>" not in html and "<img" not in html and "<b>" not in html
        assert "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;标题" in html
    assert "&lt;b&gt;粗体&lt;/b&gt;" in article and "&quot;&gt;&lt;img" in article


def test_markup_in_the_query_is_shown_as_text(hostile):
    status, html = page(hostile, q='<script>x</script>"', person="<b>")
    assert status == 200 and "<script>x" not in html and "<b>" not in html
    assert 'value="&lt;script&gt;x&lt;/script&gt;&quot;"' in html


def test_api_returns_markup_as_json_strings(hostile):
    status, data = api(hostile, "/api/search", q="alert")
    assert status == 200 and data["hits"][0]["headline"] == HOSTILE["headline"]


# --- Building URLs ---


def test_search_request_urls_keep_only_what_differs_from_the_defaults():
    search = SearchRequest(q="汪黎云", page=3, sort="-date", date_from="2021-01-01")
    assert search.url() == "/?q=%E6%B1%AA%E9%BB%8E%E4%BA%91&from=2021-01-01&sort=-date"
    assert search.url(page=3).endswith("&sort=-date&page=3")
    assert SearchRequest().url() == "/"
    assert search.article_url("开化报/1") == (
        "/article/%E5%BC%80%E5%8C%96%E6%8A%A5%2F1"
        "?q=%E6%B1%AA%E9%BB%8E%E4%BA%91&from=2021-01-01&sort=-date&page=3"
    )


def test_refine_adds_a_condition_or_removes_it():
    search = SearchRequest(q="疫情")
    assert search.refine("page", "1") == "/?q=%E7%96%AB%E6%83%85+page%3A1"
    assert SearchRequest(q="疫情 page:1").refine("page", "1") == "/?q=%E7%96%AB%E6%83%85"
    assert field_term("people", "汪黎云") == "people:汪黎云"
    assert field_term("people", "Li Wei") == "people:“Li Wei”"


# --- The command ---


def test_serve_command_announces_its_address_and_serves(corpus_index):
    command = [sys.executable, "-m", "searcher", "--index", str(corpus_index), "serve"]
    process = subprocess.Popen(
        [*command, "--port", "0", "--quiet"], stderr=subprocess.PIPE, text=True
    )
    try:
        line = process.stderr.readline()
        match = re.fullmatch(r"serving (http://127\.0\.0\.1:(\d+)/) \(Ctrl-C to stop\)\n", line)
        assert match, line
        status, data = api(match[1].rstrip("/"), "/api/search", q="百叟宴")
        assert status == 200 and data["total"] == 1
        # The port is taken now: a second server says so in one line.
        second = subprocess.run(
            [*command, "--port", match[2]], capture_output=True, text=True, timeout=TIMEOUT
        )
        assert second.returncode == 1
        assert second.stderr.startswith(f"Error: cannot listen on 127.0.0.1:{match[2]}: ")
    finally:
        process.terminate()
        process.wait(TIMEOUT)
