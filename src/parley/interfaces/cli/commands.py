"""Core commands: ingest, extract, articles, statements, events, positions, export, summary."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from parley.config import load_settings
from parley.errors import InputError, QueryError
from parley.interfaces.cli import render
from parley.interfaces.cli.apps import app, events_app
from parley.store import queries
from parley.store.database import Store

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite file or database URL [default: $PARLEY_DB or ./parley.db]", show_default=False),
]
FormatOption = Annotated[render.Format, typer.Option("--format", "-f", help="table for people, jsonl for machines")]
SinceOption = Annotated[str | None, typer.Option("--since", help="only on or after this date (YYYY-MM-DD)")]
UntilOption = Annotated[str | None, typer.Option("--until", help="only on or before this date (YYYY-MM-DD)")]
LimitOption = Annotated[int, typer.Option("--limit", "-n", help="how many records to show", min=1, max=queries.MAX_LIMIT)]
CursorOption = Annotated[str | None, typer.Option("--cursor", help="continue after the page that gave this cursor")]


def open_store(db: str | None, *, create: bool = False) -> Store:
    settings = load_settings(db=db)
    return Store.open(settings.db, create=create)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[current]}", style="dim"), TimeElapsedColumn(),
        console=render.err_console, transient=True, disable=not render.err_console.is_terminal,
    )


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="files, folders (walked recursively), feeds or URLs")],
    db: DbOption = None,
    workers: Annotated[int | None, typer.Option("--workers", "-w", help="processes for analysis", min=1)] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="extra actor file(s) (YAML)")] = None,
    issues: Annotated[Path | None, typer.Option("--issues", help="your own issue taxonomy (YAML) instead of the packaged one")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="print only the summary line")] = False,
) -> None:
    """Read news into the store: analyse each new article and keep its statements, events and positions.

    Running it again on the same inputs adds nothing; copies are stored linked to their original.
    Exit code 0 when every input was read, 1 when some were skipped (each is named with its reason).

    [bold]Examples[/]
      parley ingest examples/
      parley ingest news/ feeds/talks.rss https://example.org/story.html --db talks.db
    """
    from parley.engine.runner import ingest as run_ingest

    settings = load_settings(
        db=db, workers=workers, actors=tuple(str(a) for a in actors or ()), issues=str(issues) if issues else None
    )
    if settings.actors:
        from parley.actors import set_default_actor_files

        set_default_actor_files(settings.actors)
    store = Store.open(settings.db)
    with _progress() as progress:
        task = progress.add_task("ingesting", total=None, current="")

        def on_item(name: str) -> None:
            progress.update(task, advance=1, current=render.clip(name, 50))

        report = run_ingest(sources, store, settings=settings, on_item=on_item)
    for warning in report.warnings:
        render.err_console.print(f"[yellow]warning:[/] {warning}", highlight=False)
    for skip in report.skipped:
        render.err_console.print(f"[red]skipped[/] {skip.input}: {skip.reason} [{skip.code}]", highlight=False)
    line = (
        f"[bold]{report.stored}[/] stored, {report.duplicates} duplicates linked, {report.unchanged} already "
        f"stored, [{'red' if report.skipped else 'green'}]{len(report.skipped)} skipped[/] — "
        f"{report.statements} statements, {report.events} events, {report.positions} positions → {settings.db}"
    )
    render.console.print(line, highlight=False)
    if report.skipped and not quiet:
        render.err_console.print("Skipped inputs are listed above; fix them and run the same command again.")
    raise typer.Exit(1 if report.skipped else 0)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="files, folders, feeds or URLs to analyse")],
    published: Annotated[str | None, typer.Option("--published", help="article date (YYYY-MM-DD) when the input has none")] = None,
    fmt: FormatOption = render.Format.table,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="extra actor file(s) (YAML)")] = None,
    issues: Annotated[Path | None, typer.Option("--issues", help="your own issue taxonomy (YAML) instead of the packaged one")] = None,
) -> None:
    """Analyse without storing: print statements, events and positions (JSON lines with --format jsonl).

    [bold]Examples[/]
      parley extract examples/kremlin-troops.txt
      parley extract story.txt --published 2025-02-18 --format jsonl > out.jsonl
    """
    import dataclasses

    from parley.engine.runner import SkippedInput, analyse, stage_options
    from parley.extract.pipeline import build_pipeline
    from parley.ingest import Skipped, read_inputs

    day = queries.parse_date(published, "--published")
    if actors:
        from parley.actors import set_default_actor_files

        set_default_actor_files(tuple(str(a) for a in actors))
    settings = load_settings(issues=str(issues) if issues else None)
    pipeline = build_pipeline(**stage_options(settings))
    skipped = 0
    for result in read_inputs(paths, timeout=settings.timeout):
        if isinstance(result, Skipped):
            render.err_console.print(f"[red]skipped[/] {result.input}: {result.error}", highlight=False)
            skipped += 1
            continue
        article = result if result.published or day is None else dataclasses.replace(result, published=day)
        doc = analyse(pipeline, article)
        if isinstance(doc, SkippedInput):
            render.err_console.print(f"[red]skipped[/] {doc.input}: {doc.reason}", highlight=False)
            skipped += 1
            continue
        if fmt is render.Format.jsonl:
            render.print_jsonl(doc.records())
        else:
            _print_doc(doc)
    raise typer.Exit(1 if skipped else 0)


def _print_doc(doc: Any) -> None:
    art = doc.article
    head = f"[bold]{art.title or art.doc}[/]  [dim]{art.doc} · {art.published or 'no date'} · {art.outlet or ''}[/]"
    render.console.print(head, highlight=False)
    stmts = [s.to_json(art.doc) for s in doc.statements]
    for s in stmts:
        s["date"] = art.published.isoformat() if art.published else None
    render.console.print(render.statements_table(stmts))
    if doc.events:
        render.console.print(render.events_table([e.to_json(art.doc) for e in doc.events]))
    if doc.positions:
        render.console.print(render.positions_table([p.to_json(art.doc) for p in doc.positions]))


def _emit(page: queries.Page, fmt: render.Format, table: Callable[[list[dict[str, Any]]], Any]) -> None:
    if fmt is render.Format.jsonl:
        render.print_jsonl(page.items)
        return
    render.console.print(table(page.items))
    if page.next_cursor:
        render.console.print(f"[dim]more: add --cursor {page.next_cursor}[/]")


@app.command()
def articles(
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: Annotated[str | None, typer.Option(help="outlet name contains")] = None,
    search: Annotated[str | None, typer.Option(help="title or input name contains")] = None,
    limit: LimitOption = 50,
    cursor: CursorOption = None,
    fmt: FormatOption = render.Format.table,
) -> None:
    """List stored articles, newest first, with counts of what was found and copies marked.

    [bold]Example[/]  parley articles --since 2025-03-01 --format jsonl
    """
    page = queries.list_articles(
        open_store(db), since=since, until=until, outlet=outlet, search=search, limit=limit, cursor=cursor
    )
    _emit(page, fmt, render.articles_table)


@app.command()
def statements(
    db: DbOption = None,
    speaker: Annotated[str | None, typer.Option(help="actor id, or name/mention contains (e.g. peskov)")] = None,
    search: Annotated[str | None, typer.Option(help="full-text search in what was said and who said it")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    kind: Annotated[str | None, typer.Option(help="direct, indirect or mixed")] = None,
    country: Annotated[str | None, typer.Option(help="speaker's country (ISO alpha-3, e.g. RUS)")] = None,
    limit: LimitOption = 50,
    cursor: CursorOption = None,
    fmt: FormatOption = render.Format.table,
) -> None:
    """Who said what: stored statements, newest first.

    [bold]Examples[/]
      parley statements --speaker peskov --since 2025-02-01
      parley statements --search "european troops" --format jsonl
    """
    if kind and kind not in ("direct", "indirect", "mixed"):
        raise QueryError(f"--kind {kind!r} is not one of direct, indirect, mixed")
    page = queries.list_statements(
        open_store(db), speaker=speaker, search=search, since=since, until=until, kind=kind, country=country,
        limit=limit, cursor=cursor,
    )
    _emit(page, fmt, render.statements_table)


@events_app.callback(invoke_without_command=True)
def events(
    ctx: typer.Context,
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option(help="source or target: actor id or name contains")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type(s), comma-separated")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 50,
    cursor: CursorOption = None,
    fmt: FormatOption = render.Format.table,
) -> None:
    """Who did what to whom: stored PLOVER events, newest first (or a subcommand below).

    [bold]Examples[/]
      parley events --actor russia --type REJECT,ACCUSE
      parley events classify --input sentences.jsonl
    """
    if ctx.invoked_subcommand is not None:
        return
    page = queries.list_events(
        open_store(db), actor=actor, event_type=event_type, since=since, until=until, limit=limit, cursor=cursor
    )
    _emit(page, fmt, render.events_table)


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class ExportWhat(StrEnum):
    statements = "statements"
    events = "events"
    positions = "positions"
    articles = "articles"


def iter_all(fetch: Callable[..., queries.Page], **filters: Any) -> Iterator[dict[str, Any]]:
    """Every record a list query gives, page after page."""
    cursor = None
    while True:
        page = fetch(limit=queries.MAX_LIMIT, cursor=cursor, **filters)
        yield from page.items
        if not page.next_cursor:
            return
        cursor = page.next_cursor


@app.command()
def export(
    what: Annotated[ExportWhat, typer.Argument(help="which records")] = ExportWhat.statements,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, jsonl or parquet")] = ExportFormat.jsonl,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="file to write [default: stdout; required for parquet]")] = None,
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Export stored records for other tools (nested fields flattened for CSV and Parquet).

    [bold]Examples[/]
      parley export statements --format csv -o statements.csv
      parley export events --format parquet -o events.parquet
    """
    store = open_store(db)
    fetches: dict[ExportWhat, Callable[..., queries.Page]] = {
        ExportWhat.statements: queries.list_statements,
        ExportWhat.events: queries.list_events,
        ExportWhat.positions: queries.list_positions,
        ExportWhat.articles: queries.list_articles,
    }
    fetch = fetches[what]
    records = iter_all(lambda **kw: fetch(store, **kw), since=since, until=until)
    if fmt is ExportFormat.parquet:
        if output is None:
            raise InputError("Parquet is binary: give a file with --output", hint="e.g. -o statements.parquet")
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [render.flatten(r) for r in records]
        pq.write_table(pa.Table.from_pylist(rows), output)
        n = len(rows)
    else:
        out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            n = _write_text(records, fmt, out)
        finally:
            if output:
                out.close()
    if output:
        render.err_console.print(f"{n} {what.value} written to {output}")


def _write_text(records: Iterator[dict[str, Any]], fmt: ExportFormat, out: Any) -> int:
    import json

    n = 0
    writer: csv.DictWriter[str] | None = None
    for record in records:
        if fmt is ExportFormat.jsonl:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            flat = render.flatten(record)
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(flat), extrasaction="ignore")
                writer.writeheader()
            writer.writerow(flat)
        n += 1
    return n


@app.command()
def summary(db: DbOption = None, latest: Annotated[int, typer.Option(help="how many latest statements")] = 8) -> None:
    """A readable overview of the store: articles, top speakers, latest statements."""
    from rich.table import Table

    store = open_store(db)
    c = queries.counts(store)
    render.console.print(
        f"[bold]{c['articles']}[/] articles ({c['duplicates']} copies linked), [bold]{c['statements']}[/] statements, "
        f"[bold]{c['events']}[/] events, [bold]{c['positions']}[/] positions",
        highlight=False,
    )
    speakers = Table(title="Top speakers")
    for col in ("speaker", "country", "statements"):
        speakers.add_column(col)
    for s in queries.top_speakers(store):
        speakers.add_row(s["name"] or s["actor_id"], s["country"] or "", str(s["statements"]))
    render.console.print(speakers)
    page = queries.list_statements(store, limit=latest)
    render.console.print(render.statements_table(page.items, title="Latest statements"))

