"""`parley serve` (the HTTP API and dashboard) and `parley bench api` (its latency on a large store)."""

from __future__ import annotations

from typing import Annotated

import typer

from parley.config import load_settings
from parley.interfaces.cli.apps import app, bench_app


@app.command()
def serve(
    db: Annotated[str | None, typer.Option("--db", help="SQLite file or database URL [default: $PARLEY_DB or ./parley.db]",
                                           show_default=False)] = None,
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="port to listen on", min=0, max=65535)] = 8765,
) -> None:
    """Serve the JSON API under /api/, the dashboard and the API docs at /docs.

    [bold]Examples[/]
      parley ingest examples/ --db talks.db && parley serve --db talks.db
      parley serve --db talks.db --host 0.0.0.0 --port 9000
    """
    import uvicorn

    from parley.interfaces.web.app import create_app

    settings = load_settings(db=db)
    web = create_app(settings.db)
    typer.echo(f"Parley dashboard on http://{host}:{port}/ (API docs at /docs) over {settings.db}; Ctrl-C stops it.")
    uvicorn.run(web, host=host, port=port, log_level="warning")


@bench_app.command("api")
def bench_api(
    statements: Annotated[int, typer.Option("--statements", "-n", help="statements to generate", min=1000)] = 100_000,
    repeats: Annotated[int, typer.Option("--repeats", "-r", help="timed requests per endpoint", min=5)] = 40,
    seed: Annotated[int, typer.Option("--seed", help="random seed for the generated store")] = 7,
) -> None:
    """Time the API on a generated store: statements feed (first and deep page), search, matrix, actor page.

    Reports p50/p95 per endpoint against the 200 ms target.

    [bold]Examples[/]
      parley bench api
      parley bench api --statements 20000 --repeats 20
    """
    from rich.table import Table

    from parley.interfaces.cli import render
    from parley.interfaces.web.bench import TARGET_P95_MS, run_bench

    report = run_bench(statements=statements, repeats=repeats, seed=seed,
                       on_progress=lambda msg: render.err_console.print(f"[dim]{msg}[/]"))
    table = Table(title=f"API latency over {report.statements:,} statements, {report.events:,} events, "
                        f"{report.positions:,} positions ({report.repeats} requests each)")
    for col in ("endpoint", "p50 ms", "p95 ms", "max ms", "target"):
        table.add_column(col, justify="left" if col == "endpoint" else "right")
    for t in report.timings:
        ok = t.p95_ms < TARGET_P95_MS
        table.add_row(t.name, f"{t.p50_ms:.1f}", f"{t.p95_ms:.1f}", f"{t.max_ms:.1f}",
                      "[green]ok[/]" if ok else f"[red]> {TARGET_P95_MS:.0f}[/]")
    render.console.print(table)
    render.console.print(f"store built in {report.build_s:.1f} s", highlight=False)
    raise typer.Exit(0 if report.all_within_target else 1)
