"""The command line: parse arguments, call the library, print. No search logic lives here."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .archive import Archive, default_index_path
from .articles import INPUT_NOTICE, Article, dump_issue_yaml, read_page_text, read_text
from .errors import SearcherError
from .search import SORTS, Hit, Results
from .snippets import Snippet

F = TypeVar("F", bound=Callable[..., Any])


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def translate_errors(command: F) -> F:
    """Turn library errors into one line on stderr and exit status 1."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except SearcherError as e:
            raise click.ClickException(str(e)) from None

    return wrapper  # type: ignore[return-value]


def _colour() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--index",
    "index_path",
    type=click.Path(file_okay=False),
    default=None,
    help="Index directory (default: $SEARCHER_INDEX or ./index).",
)
@click.version_option(__version__, prog_name="searcher")
@click.pass_context
def cli(ctx: click.Context, index_path: str | None) -> None:
    """Full-text search for Chinese newspaper archives.

    Example:

    \b
        searcher index corpus/
        searcher search 疫情防控
    """
    ctx.obj = index_path or default_index_path()


@contextmanager
def _archive(ctx: click.Context, create: bool = False) -> Iterator[Archive]:
    archive = Archive.create(ctx.obj) if create else Archive.open(ctx.obj)
    try:
        yield archive
    finally:
        archive.close()


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--rebuild", is_flag=True, help="Empty the index first (in the same commit).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@click.option(
    "--names",
    "names",
    multiple=True,
    type=click.Path(dir_okay=False, exists=True),
    metavar="FILE",
    help="A lexicon of local people, places and terms (YAML); names.yaml under PATH is read too.",
)
@click.pass_context
@translate_errors
def index(
    ctx: click.Context, paths: tuple[str, ...], rebuild: bool, quiet: bool, names: tuple[str, ...]
) -> None:
    """Add page files (text, or PDF read with pdftotext), issue directories, issue YAML and
    JSONL files to the index.

    Re-indexing an input replaces what it holds, so running twice changes nothing. Every
    input is checked before anything is written: a bad file leaves the index as it was.
    The index keeps the lexicons it was given (--names, names.yaml) for later searches.

    Example:

    \b
        searcher index corpus/2021-01-01/ issue.yaml bulk.jsonl
        searcher index --names names.yaml archive/
    """
    from tqdm import tqdm

    bar = tqdm(total=0, unit=" articles", file=sys.stderr, disable=True if quiet else None)

    def on_total(total: int) -> None:
        bar.total = total
        bar.refresh()

    with _archive(ctx, create=True) as archive, bar:
        report = archive.add(
            paths, rebuild=rebuild, names=names, progress=bar.update, on_total=on_total
        )
    if not quiet:
        click.echo(
            f"indexed {report.articles} articles from {report.sources} input(s) into "
            f"{ctx.obj} (replaced {report.replaced})",
            err=True,
        )


@cli.command()
@click.argument("query", required=False, default="")
@click.option("--limit", "-n", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--page", "page_number", default=1, show_default=True, type=click.IntRange(1))
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True)
@click.option("--from", "date_from", metavar="DATE", help="Only articles on or after DATE.")
@click.option("--to", "date_to", metavar="DATE", help="Only articles on or before DATE.")
@click.option("--person", metavar="NAME", help="Only articles mentioning NAME.")
@click.option("--paper", metavar="NAME", help="Only articles of this paper.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object).")
@click.option(
    "--queries",
    type=click.Path(dir_okay=False, exists=True),
    help="Run every line of FILE as a query; prints one JSON object per line.",
)
@click.pass_context
@translate_errors
def search(
    ctx: click.Context,
    query: str,
    limit: int,
    page_number: int,
    sort: str,
    date_from: str | None,
    date_to: str | None,
    person: str | None,
    paper: str | None,
    as_json: bool,
    queries: str | None,
) -> None:
    """Search the archive.

    Words must all occur; "quoted text" is the exact string; A OR B, -exclude, (groups);
    fields headline: body: people: reporter: paper: date:2020-12 page:1.

    Example:

    \b
        searcher search 疫情防控
        searcher search '"补充医疗保险"' --json
        searcher search 'people:汪黎云 date:2020-12' --sort -date
    """
    options = dict(
        limit=limit,
        page=page_number,
        sort=sort,
        date_from=date_from,
        date_to=date_to,
        person=person,
        paper=paper,
    )
    with _archive(ctx) as archive:
        if queries:
            for line in read_text(queries).splitlines():
                if not line.strip():
                    continue
                try:
                    data = archive.search(line.strip(), **options).to_dict()
                except SearcherError as e:
                    data = {"query": line.strip(), "error": str(e)}
                click.echo(_dumps(data))
            return
        results = archive.search(query, facets=as_json, **options)
    if as_json:
        click.echo(_dumps(results.to_dict()))
    else:
        click.echo(render_results(results, colour=_colour()), nl=False)


def render_results(results: Results, colour: bool) -> str:
    """Ranked hits as terminal text: marks in colour, or in 【】 when not a terminal."""
    heading = results.query or "(all)"
    lines = [f"{heading}: {results.total} articles (page {results.page} of {results.pages})"]
    for rank, hit in enumerate(results.hits, (results.page - 1) * results.limit + 1):
        lines.append("")
        lines.append(f"{rank}. {_title(hit, colour)}")
        where = f"{hit.date} {hit.paper} 第{hit.page}版".replace("  ", " ")
        photo = " · 图片新闻" if hit.photo else ""
        score = f" · score {hit.score:.2f}" if hit.score else ""  # none when sorted by date
        lines.append(f"   {where}{photo} · {hit.id}{score}")
        snippet = Snippet(hit.snippet, hit.marks)
        lines.append("   " + (snippet.to_ansi() if colour else snippet.highlighted()))
        if hit.people:
            lines.append("   人物: " + "、".join(hit.people[:8]))
    return "\n".join(lines) + "\n"


def _title(hit: Hit, colour: bool) -> str:
    title = hit.headline or "（无标题）"
    if hit.kicker:
        title = f"{hit.kicker} ▸ {title}"
    if hit.subtitle:
        title = f"{title} ▸ {hit.subtitle}"
    return f"\x1b[1m{title}\x1b[0m" if colour else title


def render_article(article: Article) -> str:
    """An article as terminal text."""
    lines = []
    if article.kicker:
        lines.append(article.kicker)
    lines.append(article.headline or "（无标题）")
    if article.subtitle:
        lines.append(article.subtitle)
    meta = [f"{article.date} {article.paper} 第{article.page}版 #{article.seq}".replace("  ", " ")]
    if article.reporters:
        meta.append("记者: " + " ".join(article.reporters))
    if article.dateline:
        meta.append("dateline: " + article.dateline)
    if article.photo:
        meta.append("图片新闻")
    lines.append(" · ".join(meta))
    if article.people:
        lines.append("人物: " + "、".join(article.people))
    lines.append("")
    lines.append(article.body)
    return "\n".join(lines) + "\n"


@cli.command()
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print the article record as JSON.")
@click.pass_context
@translate_errors
def show(ctx: click.Context, article_id: str, as_json: bool) -> None:
    """Show one stored article.

    Example:

    \b
        searcher show 开化报-20210101-01-01 --json
    """
    with _archive(ctx) as archive:
        article = archive.get(article_id)
    click.echo(_dumps(article.to_dict()) if as_json else render_article(article), nl=as_json)


@cli.command()
@click.pass_context
@translate_errors
def export(ctx: click.Context) -> None:
    """Print every stored article as JSON Lines (re-indexable with `searcher index`).

    Example:

    \b
        searcher export > archive.jsonl
    """
    with _archive(ctx) as archive:
        for article in archive.articles():
            click.echo(_dumps(article.to_dict()))


@cli.command()
@click.argument("date")
@click.option("--paper", metavar="NAME", help="Only this paper's issue of DATE.")
@click.pass_context
@translate_errors
def remove(ctx: click.Context, date: str, paper: str | None) -> None:
    """Remove the issue of DATE (YYYY-MM-DD) from the index.

    Example:

    \b
        searcher remove 2021-01-01 --paper 开化报
    """
    import datetime as dt

    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise click.BadParameter(
            f"{date!r} is not a date (YYYY-MM-DD)", param_hint="DATE"
        ) from None
    with _archive(ctx) as archive:
        count = archive.remove(date, paper)
    click.echo(f"removed {count} articles of {date}" + (f" ({paper})" if paper else ""), err=True)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
@translate_errors
def stats(ctx: click.Context, as_json: bool) -> None:
    """What the archive holds: articles, issues, pages, dates, most mentioned people.

    Example:

    \b
        searcher stats --json
    """
    with _archive(ctx) as archive:
        info = archive.stats()
    if as_json:
        click.echo(_dumps(info.to_dict()))
        return
    click.echo(f"index:    {info.path} ({info.size_bytes / 1e6:.1f} MB, {info.segments} segments)")
    click.echo(f"articles: {info.articles}")
    click.echo(f"issues:   {info.issues} ({info.pages} pages)")
    click.echo(f"dates:    {info.first_date or '-'} … {info.last_date or '-'}")
    for paper, count in info.papers.items():
        click.echo(f"paper:    {paper or '(unnamed)'}: {count} issues")
    if info.people:
        click.echo("people:   " + "、".join(f"{name} {n}" for name, n in info.people.items()))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
@translate_errors
def check(ctx: click.Context, as_json: bool) -> None:
    """Verify the index: every segment reads, every record decodes, the counts agree.

    Exit status 1 with the reason when something is wrong. Files left by a writer that was
    killed are listed; they are harmless, and the next write clears them.

    Example:

    \b
        searcher check
        searcher --index /srv/archive check --json
    """
    from .maintenance import check as check_index

    report = check_index(ctx.obj)
    if as_json:
        click.echo(_dumps(report.to_dict()))
        return
    click.echo(
        f"ok: {report.path}: {report.articles} articles in {report.issues} issues, "
        f"{report.segments} segments, generation {report.generation}"
    )
    if report.writer:
        click.echo(f"being written by {report.writer}", err=True)
    if report.leftovers:
        click.echo(
            f"{len(report.leftovers)} files left by an interrupted write (the next write "
            f"clears them): {' '.join(report.leftovers)}",
            err=True,
        )


@cli.command()
@click.argument("destination", type=click.Path(file_okay=False))
@click.pass_context
@translate_errors
def backup(ctx: click.Context, destination: str) -> None:
    """Copy the index's last commit to DESTINATION, a new directory, and verify the copy.

    Safe while other processes index or search: the copy is the archive as of one commit.

    Example:

    \b
        searcher backup /backups/archive-2021-01-04
        searcher --index /backups/archive-2021-01-04 search 惠衢保
    """
    from .maintenance import backup as backup_index

    report = backup_index(ctx.obj, destination)
    click.echo(
        f"backed up {report.articles} articles (generation {report.generation}, "
        f"{report.size_bytes / 1e6:.1f} MB) to {report.destination}",
        err=True,
    )


@cli.command()
@click.argument("source", type=click.Path(file_okay=False, exists=True))
@click.pass_context
@translate_errors
def restore(ctx: click.Context, source: str) -> None:
    """Replace the index's content with the backup in SOURCE, in one commit.

    The backup is verified first; writers wait; readers see the old archive, then the
    restored one. The index may be missing or damaged.

    Example:

    \b
        searcher restore /backups/archive-2021-01-04
        searcher check
    """
    from .maintenance import restore as restore_index

    report = restore_index(source, ctx.obj)
    click.echo(
        f"restored {report.articles} articles from {report.source} into {report.destination}",
        err=True,
    )


@cli.command()
@click.argument("page_file", type=click.Path(dir_okay=False, exists=True))
@click.option("--date", metavar="DATE", help="Issue date (default: the page header's).")
@click.option("--paper", metavar="NAME", default="", help="Paper name for the records.")
@click.option(
    "--page",
    "page_number",
    type=int,
    help="Page number (default: from the file name); of a whole issue's text, the first page's.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "yaml", "json"]),
    default="text",
    show_default=True,
    help="yaml: an issue file to correct and index; json: one record per line.",
)
@translate_errors
def split(page_file: str, date: str | None, paper: str, page_number: int | None, fmt: str) -> None:
    """Split a page's text into articles (headline, kicker, reporters, dateline, body).

    The text of a whole issue (`pdftotext issue.pdf`, a form feed after each page) is split
    page by page, each page numbered by its header; without form feeds, pages are told apart
    by their headers (`第 3 版`). A PDF (a page's or an issue's) is read with pdftotext.

    Example:

    \b
        searcher split corpus/2021-01-01/01.txt --format yaml > 01.yaml
        searcher index 01.yaml
    """
    from .articles import page_number as number_from_name
    from .articles import parse_date
    from .pages import split_pages

    if date:
        date = parse_date(date, ("--date", None))
    path = Path(page_file)
    text = read_page_text(path)
    page = page_number if page_number is not None else number_from_name(path, 1)
    articles = split_pages(text, date=date, page=page, paper=paper)
    if fmt == "json":
        for article in articles:
            click.echo(_dumps(article.to_dict()))
    elif fmt == "yaml":
        issue_date = date or (articles[0].date if articles else "")
        click.echo(dump_issue_yaml(articles, paper=paper, date=issue_date), nl=False)
    else:
        for article in articles:
            click.echo(f"── {article.seq} " + "─" * 40)
            click.echo(render_article(article))


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0: any free port).",
)
@click.option("--quiet", "-q", is_flag=True, help="No request log on stderr.")
@click.pass_context
@translate_errors
def serve(ctx: click.Context, host: str, port: int, quiet: bool) -> None:
    """Serve the search page and a JSON API over HTTP until Ctrl-C.

    Pages: / (search), /article/ID. API: /api/search?q=… (the JSON of search --json)
    and /api/article/ID (the JSON of show --json). 127.0.0.1 serves this machine only.

    Example:

    \b
        searcher serve --port 8000
        curl -G http://127.0.0.1:8000/api/search --data-urlencode q=惠衢保
    """
    from .web import make_server

    with _archive(ctx) as archive:
        try:
            server = make_server(archive, host, port, quiet=quiet)
        except OSError as e:
            raise click.ClickException(f"cannot listen on {host}:{port}: {e.strerror}") from None
        click.echo(f"serving {server.url} (Ctrl-C to stop)", err=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()


def main() -> None:
    """Console entry point."""
    _show_notices()
    cli(prog_name="searcher")


def _show_notices() -> None:
    """The library's notices (a writer waiting for another, a page read column by column) as
    plain lines on stderr, a notice about an input once (`_Once`)."""
    logger = logging.getLogger("searcher")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        handler.addFilter(_Once())
        logger.addHandler(handler)
        logger.propagate = False


class _Once(logging.Filter):
    """Lets each distinct notice about an input's text (`INPUT_NOTICE`) through once, as an
    input is read once to check it and again to index it; every other notice (a writer
    waiting for another, each time it waits) goes through as it comes."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, INPUT_NOTICE, False):
            return True
        message = record.getMessage()
        if message in self.shown:
            return False
        self.shown.add(message)
        return True
