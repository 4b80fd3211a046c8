"""The web layer: a search page, article pages and a JSON API over one shared `Archive`.

    GET /                    search page (q, page, limit, sort, from, to, person, paper)
    GET /article/ID?q=…      one article, the query's matches marked
    GET /api/search?q=…      the JSON of `searcher search --json`
    GET /api/article/ID      the JSON of `searcher show --json`

Translation only: request parameters → `Archive.search` / `Archive.get` → HTML or JSON. The
standard library's HTTP server is enough for an archive's readers; everything is escaped, and
the pages carry no script at all.

    with Archive.open("index") as archive:
        server = make_server(archive, "127.0.0.1", 8000)
        server.serve_forever()
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import threading
import time
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer
from importlib.resources import files
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from .archive import Archive, Stats
from .articles import Article
from .errors import ArticleNotFoundError, QueryError, SearcherError
from .normalize import normalize
from .query import parse_lenient
from .search import MAX_LIMIT, SORTS, Hit, Results
from .snippets import Snippet, find_spans

DEFAULT_LIMIT = 10
WORKERS = 8
REQUEST_TIMEOUT = 30  # seconds a client may take to send its request
STATS_SECONDS = 60  # how long the landing page reuses the archive's counts
STYLESHEET = files("searcher").joinpath("static/style.css").read_bytes()
STYLESHEET_URL = f"/static/style.css?v={hashlib.sha256(STYLESHEET).hexdigest()[:10]}"
SORT_LABELS = {"relevance": "相关度", "-date": "最新在前", "date": "最早在前"}
# Pages carry no script; forms and styles come from this server only.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
_NEEDS_QUOTES = re.compile(r"[\s()（）\"“”「」『』＂]")


class BadRequest(ValueError):
    """A request parameter is malformed (answered with 400)."""


# --- What a request asks for ---


@dataclass(frozen=True)
class SearchRequest:
    """The search a page or API request asks for, as given in its URL parameters."""

    q: str = ""
    page: int = 1
    limit: int = DEFAULT_LIMIT
    sort: str = "relevance"
    date_from: str = ""
    date_to: str = ""
    person: str = ""
    paper: str = ""

    @classmethod
    def from_params(cls, params: Mapping[str, list[str]]) -> SearchRequest:
        """Read `q, page, limit, sort, from, to, person, paper`; raises `BadRequest`.

        Dates and the sort order are checked by `Archive.search` (a `QueryError`).
        """

        return cls(
            q=_param(params, "q"),
            page=_number(_param(params, "page"), "page", 1, low=1),
            limit=_number(_param(params, "limit"), "limit", DEFAULT_LIMIT, low=1, high=MAX_LIMIT),
            sort=_param(params, "sort") or "relevance",
            date_from=_param(params, "from"),
            date_to=_param(params, "to"),
            person=_param(params, "person"),
            paper=_param(params, "paper"),
        )

    @property
    def is_empty(self) -> bool:
        """Nothing asked yet: the landing page."""
        return not (self.q or self.date_from or self.date_to or self.person or self.paper)

    def run(self, archive: Archive) -> Results:
        """This search on `archive`; lenient, so typed query text never fails."""
        return archive.search(
            self.q,
            limit=self.limit,
            page=self.page,
            sort=self.sort,
            date_from=self.date_from or None,
            date_to=self.date_to or None,
            person=self.person or None,
            paper=self.paper or None,
            lenient=True,
        )

    def params(self) -> list[tuple[str, str]]:
        """The URL parameters that differ from the defaults, in a stable order."""
        pairs = [
            ("q", self.q),
            ("from", self.date_from),
            ("to", self.date_to),
            ("person", self.person),
            ("paper", self.paper),
            ("sort", "" if self.sort == "relevance" else self.sort),
            ("limit", "" if self.limit == DEFAULT_LIMIT else str(self.limit)),
            ("page", "" if self.page == 1 else str(self.page)),
        ]
        return [(name, value) for name, value in pairs if value]

    def url(self, **changes: Any) -> str:
        """The search page URL for this request with `changes` (a new search starts at page 1)."""
        if "page" not in changes:
            changes["page"] = 1
        params = replace(self, **changes).params()
        return "/?" + urlencode(params) if params else "/"

    def article_url(self, article_id: str) -> str:
        """An article's page, carrying this search along (for its marks and the way back)."""
        params = self.params()
        path = "/article/" + quote(article_id, safe="")
        return path + ("?" + urlencode(params) if params else "")

    def refine(self, field: str, value: str) -> str:
        """The URL that adds `field:value` to the query, or removes it when already there."""
        term = field_term(field, value)
        words = self.q.split()
        if term in words:
            return self.url(q=" ".join(w for w in words if w != term))
        return self.url(q=f"{self.q} {term}".strip())

    def has_term(self, field: str, value: str) -> bool:
        return field_term(field, value) in self.q.split()

    def marks(self) -> tuple[str, ...]:
        """The normalised strings to mark for this search (as its hits' snippets do)."""
        terms = parse_lenient(self.q).marks
        return terms + ((normalize(self.person),) if self.person else ())


def _param(params: Mapping[str, list[str]], name: str) -> str:
    """The parameter's value (the last one when repeated), stripped; "" when absent."""
    return params.get(name, [""])[-1].strip()


def _number(value: str, name: str, default: int, low: int, high: int | None = None) -> int:
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number, not {value!r}") from None
    if number < low or (high is not None and number > high):
        bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise BadRequest(f"{name} must be {bounds}, not {number}")
    return number


def field_term(field: str, value: str) -> str:
    """`people:汪黎云`, quoted when the value would not survive as one query word."""
    if _NEEDS_QUOTES.search(value):
        return f"{field}:“{value}”"
    return f"{field}:{value}"


# --- Server ---


class ArchiveServer(HTTPServer):
    """An HTTP server answering from one shared `Archive` with a fixed pool of worker threads.

    A fixed pool rather than a thread per connection: the archive keeps one Whoosh searcher
    per thread, and opening one costs about as much as a search (27 ms against 23 ms for a
    1,500-article archive), so long-lived workers reuse theirs; threads that come and go
    would each leave one open.
    """

    request_queue_size = 64

    def __init__(
        self,
        address: tuple[str, int],
        archive: Archive,
        *,
        workers: int = WORKERS,
        quiet: bool = False,
    ) -> None:
        self.archive = archive
        self.quiet = quiet
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="searcher-web")
        self._stats: tuple[float, Stats] | None = None
        self._stats_lock = threading.Lock()
        # Last: binding can fail, and then the base class calls `server_close` already.
        super().__init__(address, ArchiveHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def process_request(self, request: Any, client_address: Any) -> None:
        self._pool.submit(self._process, request, client_address)

    def _process(self, request: Any, client_address: Any) -> None:
        # What socketserver's ThreadingMixIn does: a failing request is logged and closed,
        # and the server goes on serving the others.
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def server_close(self) -> None:
        super().server_close()
        self._pool.shutdown(wait=True)

    def stats(self) -> Stats:
        """The archive's counts, recomputed at most once a minute (they read every article)."""
        with self._stats_lock:
            now = time.monotonic()
            if self._stats is None or now - self._stats[0] > STATS_SECONDS:
                self._stats = (now, self.archive.stats())
            return self._stats[1]


def make_server(
    archive: Archive, host: str = "127.0.0.1", port: int = 8000, *, quiet: bool = False
) -> ArchiveServer:
    """A server bound to `host:port` (port 0: any free port; see `.url`), not yet serving."""
    return ArchiveServer((host, port), archive, quiet=quiet)


class ArchiveHandler(BaseHTTPRequestHandler):
    """Routes a request to the page or API answer for it."""

    server: ArchiveServer
    server_version = "searcher"
    timeout = REQUEST_TIMEOUT

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.quiet:
            super().log_message(format, *args)

    def _answer(self, send_body: bool) -> None:
        url = urlsplit(self.path)
        path = url.path
        params = parse_qs(url.query)
        archive = self.server.archive
        if path.startswith("/api/"):
            status, data = api_answer(archive, path, params)
            body = json.dumps(data, ensure_ascii=False).encode("utf-8")
            self._send(status, body, "application/json; charset=utf-8", send_body)
        elif path == STYLESHEET_URL.split("?")[0]:
            headers = {"Cache-Control": "public, max-age=31536000, immutable"}
            self._send(HTTPStatus.OK, STYLESHEET, "text/css; charset=utf-8", send_body, headers)
        elif path == "/favicon.ico":
            self._send(HTTPStatus.NO_CONTENT, b"", "text/plain", send_body)
        else:
            status, page = page_answer(self.server, path, params)
            headers = {"Content-Security-Policy": CONTENT_SECURITY_POLICY}
            self._send(status, page.encode("utf-8"), "text/html; charset=utf-8", send_body, headers)

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        content_type: str,
        send_body: bool,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "same-origin")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


# --- JSON API ---


def api_answer(
    archive: Archive, path: str, params: Mapping[str, list[str]]
) -> tuple[HTTPStatus, dict[str, Any]]:
    """Status and JSON for an `/api/…` path: the shapes of `search --json` and `show --json`."""
    try:
        if path == "/api/search":
            return HTTPStatus.OK, SearchRequest.from_params(params).run(archive).to_dict()
        if path.startswith("/api/article/") and len(path) > len("/api/article/"):
            article_id = unquote(path[len("/api/article/") :])
            return HTTPStatus.OK, archive.get(article_id).to_dict()
    except (BadRequest, QueryError) as e:
        return HTTPStatus.BAD_REQUEST, {"error": str(e)}
    except ArticleNotFoundError as e:
        return HTTPStatus.NOT_FOUND, {"error": str(e)}
    except SearcherError as e:
        return HTTPStatus.INTERNAL_SERVER_ERROR, {"error": str(e)}
    return HTTPStatus.NOT_FOUND, {
        "error": f"no such endpoint {path!r} (use /api/search?q=… or /api/article/ID)"
    }


# --- Pages ---


def page_answer(
    server: ArchiveServer, path: str, params: Mapping[str, list[str]]
) -> tuple[HTTPStatus, str]:
    """Status and HTML for a page path (400 and 404 come as pages that say what to do)."""
    archive = server.archive
    try:
        search = SearchRequest.from_params(params)
    except BadRequest as e:
        return HTTPStatus.BAD_REQUEST, error_page(SearchRequest(q=_param(params, "q")), str(e))
    try:
        if path == "/":
            if search.is_empty:
                return HTTPStatus.OK, landing_page(server.stats())
            return HTTPStatus.OK, results_page(search, search.run(archive))
        if path.startswith("/article/") and len(path) > len("/article/"):
            article = archive.get(unquote(path[len("/article/") :]))
            return HTTPStatus.OK, article_page(article, search)
    except QueryError as e:
        return HTTPStatus.BAD_REQUEST, error_page(search, str(e))
    except ArticleNotFoundError:
        page = not_found_page(search, "找不到这篇文章", "文章编号不存在或已被删除。")
        return HTTPStatus.NOT_FOUND, page
    except SearcherError as e:
        return HTTPStatus.INTERNAL_SERVER_ERROR, error_page(search, str(e), "检索库暂时无法使用")
    return HTTPStatus.NOT_FOUND, not_found_page(search, "找不到这个页面", "地址有误。")


def esc(value: object) -> str:
    """Text for HTML content and quoted attribute values."""
    return html.escape(str(value), quote=True)


def marked(text: str, terms: Iterable[str]) -> str:
    """Escaped HTML of `text` with every occurrence of `terms` in <mark>."""
    return Snippet(text, tuple(find_spans(text, terms))).to_html()


def chinese_date(iso: str) -> str:
    """`2021-01-01` → `2021年1月1日` (left as it is when not a date)."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.year}年{day.month}月{day.day}日"


def layout(title: str, content: str, search: SearchRequest | None = None) -> str:
    """The page around `content`: masthead with the search form, then the content."""
    search = search or SearchRequest()
    return f"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="{STYLESHEET_URL}">
</head>
<body>
<header class="masthead">
<div class="masthead-inner">
<a class="brand" href="/">报刊档案<span>全文检索</span></a>
{search_form(search)}
</div>
</header>
<main>
{content}
</main>
<footer class="colophon">searcher · 报刊全文检索</footer>
</body>
</html>
"""


def search_form(search: SearchRequest) -> str:
    hidden = "".join(
        f'<input type="hidden" name="{name}" value="{esc(value)}">'
        for name, value in search.params()
        if name in ("person", "paper", "sort", "limit")
    )
    dates_open = " open" if search.date_from or search.date_to else ""
    return f"""<form class="search" action="/" method="get" role="search">
<div class="search-row">
<input type="search" name="q" value="{esc(search.q)}" aria-label="检索词" autocomplete="off"
 placeholder="输入词语、人名，或用引号检索整句">
<button type="submit">检索</button>
</div>
<details class="range"{dates_open}>
<summary>日期范围</summary>
<label>从 <input type="date" name="from" value="{esc(search.date_from)}"></label>
<label>至 <input type="date" name="to" value="{esc(search.date_to)}"></label>
</details>
{hidden}
<p class="hint">空格分隔的词须同时出现 · <code>"精确短语"</code> · <code>A OR B</code> ·
<code>-排除</code> · <code>people:人名</code> <code>date:2020-12</code> <code>page:1</code></p>
</form>"""


def landing_page(stats: Stats) -> str:
    """No query yet: what the archive holds, and queries to start from."""
    if not stats.articles:
        content = """<section class="welcome"><h1>检索库还是空的</h1>
<p>用 <code>searcher index PATH…</code> 加入报纸版面文本后再来检索。</p></section>"""
        return layout("报刊档案检索", content)
    papers = "、".join(
        f'<a href="{esc(SearchRequest().refine("paper", name))}">{esc(name)}</a> {count} 期'
        if name
        else f"（未署名）{count} 期"
        for name, count in stats.papers.items()
    )
    span = f"{chinese_date(stats.first_date or '')} 至 {chinese_date(stats.last_date or '')}"
    people = list(stats.people)
    examples: list[tuple[str, str]] = []
    if people:
        examples.append((people[0], "人名、词语：凡出现处都能找到"))
        examples.append((f"people:{people[0]}", "报道中提到此人的文章"))
    if len(people) > 1:
        examples.append((f"{people[0]} OR {people[1]}", "任一出现即可"))
        examples.append((f"{people[0]} -{people[1]}", "排除后一个"))
    if stats.last_date:
        examples.append((f"date:{stats.last_date[:7]}", "某年某月的文章"))
        examples.append((f"date:{stats.last_date} page:1", "某天头版"))
    items = "".join(
        f'<li><a href="{esc(SearchRequest(q=query).url())}"><code>{esc(query)}</code></a>'
        f"<span>{esc(note)}</span></li>"
        for query, note in examples
    )
    who = "".join(
        f'<li><a href="{esc(SearchRequest().refine("people", name))}">{esc(name)}</a>'
        f'<span class="count">{count}</span></li>'
        for name, count in stats.people.items()
    )
    content = f"""<section class="welcome">
<h1>本库收录</h1>
<p class="holdings"><strong>{stats.articles:,}</strong> 篇文章 ·
<strong>{stats.issues:,}</strong> 期 · <strong>{stats.pages:,}</strong> 个版面 · {esc(span)}</p>
<p class="papers">报纸：{papers}</p>
<div class="welcome-columns">
<div>
<h2>试试这些检索</h2>
<ul class="examples">{items}</ul>
</div>
<div>
<h2>常见人物</h2>
<ul class="facet-list">{who}</ul>
</div>
</div>
<h2>检索语法</h2>
{SYNTAX_TABLE}
</section>"""
    return layout("报刊档案检索", content)


SYNTAX_TABLE = """<table class="syntax">
<tr><td><code>疫情 防控</code></td><td>两个词都出现（相邻的排在前面）</td></tr>
<tr><td><code>"疫情防控"</code></td><td>整句精确出现</td></tr>
<tr><td><code>黎云</code></td><td>凡含此字串的文章，包括“汪黎云”</td></tr>
<tr><td><code>A OR B</code> · <code>-C</code> · <code>( … )</code></td>
<td>任一 · 排除 · 分组</td></tr>
<tr><td><code>headline:改革</code> · <code>body:…</code></td><td>只在标题或正文中找</td></tr>
<tr><td><code>people:人名</code> · <code>reporter:姜玲</code> · <code>paper:报名</code></td>
<td>人物、记者、报纸</td></tr>
<tr><td><code>date:2020-12</code> · <code>date:2020-12-01..2020-12-31</code> ·
<code>page:1</code></td>
<td>日期、版面</td></tr>
</table>
<p class="note">繁体与简体、全角与半角可以互相找到。</p>"""


def results_page(search: SearchRequest, results: Results) -> str:
    """A page of hits with sort, facets and pagination; suggestions when nothing matched."""
    title = f"{search.q or '全部文章'} · 报刊档案检索"
    notices = problems_notice(results.problems) + filters_notice(search)
    if not results.total:
        return layout(title, notices + no_results(search), search)
    terms = search.marks()
    first = (results.page - 1) * results.limit + 1
    hits = "\n".join(hit_item(hit, search, terms) for hit in results.hits)
    if not results.hits:
        first_page = f'<a href="{esc(search.url())}">回到第一页</a>'
        hits = f'<p class="beyond">第 {results.page} 页没有结果了，{first_page}。</p>'
    sorts = " ".join(
        f'<strong aria-current="true">{label}</strong>'
        if search.sort == key
        else f'<a href="{esc(search.url(sort=key))}">{label}</a>'
        for key, label in SORT_LABELS.items()
        if key in SORTS
    )
    api_url = "/api/search?" + urlencode(search.params())
    where = f" · 第 {results.page}/{results.pages} 页" if results.hits else ""
    content = f"""<div class="layout">
<section class="results" aria-label="检索结果">
<div class="summary">
<p>找到 <strong class="total">{results.total:,}</strong> 篇文章{where}</p>
<p class="sort">排序：{sorts}</p>
<p class="json"><a href="{esc(api_url)}">JSON</a></p>
</div>
{notices}
<ol class="hits" start="{first}">
{hits}
</ol>
{pager(search, results)}
</section>
{facets_aside(search, results.facets)}
</div>"""
    return layout(title, content, search)


def hit_item(hit: Hit, search: SearchRequest, terms: tuple[str, ...]) -> str:
    link = search.article_url(hit.id)
    kicker = f'<p class="kicker">{marked(hit.kicker, terms)}</p>' if hit.kicker else ""
    subtitle = f'<p class="subtitle">{marked(hit.subtitle, terms)}</p>' if hit.subtitle else ""
    headline = marked(hit.headline, terms) if hit.headline else "（无标题）"
    meta = [f'<time datetime="{esc(hit.date)}">{esc(chinese_date(hit.date))}</time>']
    if hit.paper:
        meta.append(esc(hit.paper))
    meta.append(f"第{hit.page}版")
    if hit.reporters:
        meta.append("记者 " + esc(" ".join(hit.reporters)))
    if hit.photo:
        meta.append('<span class="tag">图片新闻</span>')
    snippet = Snippet(hit.snippet, hit.marks).to_html()
    people = ""
    if hit.people:
        links = "".join(
            f'<a href="{esc(search.refine("people", name))}">{marked(name, terms)}</a>'
            for name in hit.people[:8]
        )
        people = f'<p class="people">人物 {links}</p>'
    return f"""<li class="hit">
{kicker}<h2><a href="{esc(link)}">{headline}</a></h2>{subtitle}
<p class="meta">{" · ".join(meta)}</p>
<p class="snippet">{snippet}</p>
{people}</li>"""


def problems_notice(problems: tuple[str, ...]) -> str:
    """What lenient parsing could not use, said politely."""
    if not problems:
        return ""
    items = "".join(f"<li>{esc(p)}</li>" for p in problems)
    return f"""<div class="notice" role="status"><p>检索式有一部分没能理解，已按其余部分检索：</p>
<ul>{items}</ul></div>"""


def filters_notice(search: SearchRequest) -> str:
    """The filters set outside the query text, each with a link that removes it."""
    chips = []
    if search.date_from or search.date_to:
        span = f"{search.date_from or '…'} 至 {search.date_to or '…'}"
        chips.append((f"日期 {span}", search.url(date_from="", date_to="")))
    if search.person:
        chips.append((f"人物 {search.person}", search.url(person="")))
    if search.paper:
        chips.append((f"报纸 {search.paper}", search.url(paper="")))
    if not chips:
        return ""
    links = "".join(
        f'<a class="chip" href="{esc(url)}" title="去掉这个条件">'
        f'{esc(label)} <span aria-hidden="true">×</span></a>'
        for label, url in chips
    )
    return f'<p class="filters">筛选：{links}</p>'


def no_results(search: SearchRequest) -> str:
    """Nothing matched: what to try next, as links where a change is clear."""
    tips = []
    words = search.q.split()
    if len(words) > 1:
        shorter = " ".join(words[:-1])
        link = f'<a href="{esc(search.url(q=shorter))}"><code>{esc(shorter)}</code></a>'
        tips.append(f"少用几个词，比如 {link}")
    if any(quote_mark in search.q for quote_mark in '"“”「」『』＂'):
        unquoted = re.sub(r"[\"“”「」『』＂]", " ", search.q).strip()
        link = f'<a href="{esc(search.url(q=unquoted))}"><code>{esc(unquoted)}</code></a>'
        tips.append(f"去掉引号，各词分开找：{link}")
    if search.date_from or search.date_to:
        tips.append(
            f'检查日期范围，或<a href="{esc(search.url(date_from="", date_to=""))}">不限日期</a>'
        )
    if search.person or search.paper:
        tips.append(f'<a href="{esc(search.url(person="", paper=""))}">去掉人物和报纸筛选</a>')
    if any(w.startswith(("date:", "page:", "people:", "paper:")) for w in words):
        tips.append("去掉 <code>date:</code>、<code>page:</code> 或 <code>people:</code> 条件")
    tips.append("检查有没有错别字；繁体、简体都可以")
    items = "".join(f"<li>{tip}</li>" for tip in tips)
    what = f"“{esc(search.q)}”" if search.q else "这些条件"
    return f"""<section class="no-results">
<h1>没有找到与{what}相符的文章</h1>
<p>可以试试：</p>
<ul>{items}</ul>
</section>"""


def pager(search: SearchRequest, results: Results) -> str:
    """Links to the other pages: first, last, and two either side of the current one."""
    if results.pages <= 1:
        return ""
    current, last = results.page, results.pages
    shown = sorted({1, last, *range(max(1, current - 2), min(last, current + 2) + 1)})
    parts = []
    if current > 1:
        parts.append(f'<a rel="prev" href="{esc(search.url(page=current - 1))}">‹ 上一页</a>')
    previous = 0
    for number in shown:
        if number - previous > 1:
            parts.append('<span class="gap">…</span>')
        if number == current:
            parts.append(f'<strong aria-current="page">{number}</strong>')
        else:
            parts.append(f'<a href="{esc(search.url(page=number))}">{number}</a>')
        previous = number
    if current < last:
        parts.append(f'<a rel="next" href="{esc(search.url(page=current + 1))}">下一页 ›</a>')
    return f'<nav class="pager" aria-label="翻页">{"".join(parts)}</nav>'


def facets_aside(search: SearchRequest, facets: Mapping[str, Mapping[str, int]]) -> str:
    """Counts by year and month, page and person; each link adds (or removes) the condition."""
    sections = []
    months = facets.get("month", {})
    if months:
        groups = []
        for year, count in facets.get("year", {}).items():
            inner = "".join(
                _facet_link(search, "date", month, f"{int(month[5:7])}月", n)
                for month, n in months.items()
                if month.startswith(year)
            )
            head = _facet_link(search, "date", year, f"{year}年", count, item=False)
            groups.append(f'<li class="year">{head}<ul class="months">{inner}</ul></li>')
        sections.append(("年月", "".join(groups)))
    pages = facets.get("page", {})
    if pages:
        items = (_facet_link(search, "page", p, f"第{p}版", n) for p, n in pages.items())
        sections.append(("版面", "".join(items)))
    people = facets.get("people", {})
    if people:
        items = (_facet_link(search, "people", name, name, n) for name, n in people.items())
        sections.append(("人物", "".join(items)))
    body = "".join(
        f'<h2>{title}</h2><ul class="facet-list">{items}</ul>' for title, items in sections
    )
    return f'<aside class="facets" aria-label="细分">{body}</aside>'


def _facet_link(
    search: SearchRequest, field: str, value: str, label: str, count: int, item: bool = True
) -> str:
    active = search.has_term(field, value)
    title = "去掉这个条件" if active else f"加上 {field_term(field, value)}"
    css = ' class="active"' if active else ""
    link = (
        f'<a{css} href="{esc(search.refine(field, value))}" title="{esc(title)}">{esc(label)}</a>'
        f'<span class="count">{count:,}</span>'
    )
    return f"<li>{link}</li>" if item else link


def article_page(article: Article, search: SearchRequest) -> str:
    """The whole article, the search's matches marked, with its metadata as links."""
    terms = search.marks()
    kicker = f'<p class="kicker">{marked(article.kicker, terms)}</p>' if article.kicker else ""
    subtitle = (
        f'<p class="subtitle">{marked(article.subtitle, terms)}</p>' if article.subtitle else ""
    )
    headline = marked(article.headline, terms) if article.headline else "（无标题）"
    paragraphs = "\n".join(
        f"<p>{marked(paragraph, terms)}</p>"
        for paragraph in article.body.split("\n\n")
        if paragraph.strip()
    )
    fresh = SearchRequest()
    same_page = SearchRequest(q=f"date:{article.date} page:{article.page}")
    meta = []
    if article.paper:
        paper = fresh.refine("paper", article.paper)
        meta.append(("报纸", f'<a href="{esc(paper)}">{esc(article.paper)}</a>'))
    meta.append(
        (
            "日期",
            f'<a href="{esc(fresh.refine("date", article.date))}">'
            f'<time datetime="{esc(article.date)}">{esc(chinese_date(article.date))}</time></a>',
        )
    )
    meta.append(("版面", f'<a href="{esc(same_page.url())}">第{article.page}版</a>'))
    if article.reporters:
        names = "".join(
            f'<a href="{esc(fresh.refine("reporter", name))}">{marked(name, terms)}</a>'
            for name in article.reporters
        )
        meta.append(("记者", names))
    if article.dateline:
        meta.append(("电头日期", esc(chinese_date(article.dateline))))
    if article.photo:
        meta.append(("类别", '<span class="tag">图片新闻</span>'))
    people = "".join(
        f'<a href="{esc(fresh.refine("people", name))}">{esc(name)}</a>' for name in article.people
    )
    if people:
        meta.append(("人物", people))
    details = "".join(f"<div><dt>{label}</dt><dd>{value}</dd></div>" for label, value in meta)
    back = (
        f'<a href="{esc(search.url(page=search.page))}">‹ 返回“{esc(search.q)}”的检索结果</a>'
        if not search.is_empty
        else '<a href="/">‹ 检索首页</a>'
    )
    content = f"""<article class="story">
<nav class="crumbs">{back}</nav>
<header>
{kicker}<h1>{headline}</h1>{subtitle}
</header>
<dl class="details">{details}</dl>
<div class="body">
{paragraphs}
</div>
<footer class="story-foot">编号 <code>{esc(article.id)}</code> ·
<a href="/api/article/{esc(quote(article.id, safe=""))}">JSON</a></footer>
</article>"""
    return layout(f"{article.headline or article.id} · 报刊档案检索", content, search)


def error_page(search: SearchRequest, message: str, title: str = "检索条件有误") -> str:
    content = f"""<section class="no-results">
<h1>{esc(title)}</h1>
<p class="error">{esc(message)}</p>
<p>请修改后重新检索，或<a href="/">回到检索首页</a>。</p>
</section>"""
    return layout(f"{title} · 报刊档案检索", content, search)


def not_found_page(search: SearchRequest, title: str, message: str) -> str:
    content = f"""<section class="no-results">
<h1>{esc(title)}</h1>
<p>{esc(message)}<a href="/">回到检索首页</a>。</p>
</section>"""
    return layout(f"{title} · 报刊档案检索", content, search)
