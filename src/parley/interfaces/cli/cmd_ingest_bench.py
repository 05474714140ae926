"""`parley bench ingest`: articles/s reading text and HTML, HTML as a ratio against trafilatura alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from parley.errors import InputError
from parley.interfaces.cli import render
from parley.interfaces.cli.apps import bench_app


@bench_app.command("ingest")
def bench_ingest_cmd(
    path: Annotated[Path | None, typer.Argument(help="a folder of .txt and .html files [default: a "
                                                      "generated corpus made from examples/]")] = None,
    n: Annotated[int, typer.Option("--n", help="files of each kind to generate when no PATH is given",
                                   min=1)] = 200,
    repeats: Annotated[int, typer.Option(help="interleaved timed rounds; the best is kept", min=1)] = 3,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as one JSON object")] = False,
) -> None:
    """Time reading text files and HTML pages into articles; HTML against trafilatura.extract alone.

    [bold]Example[/]  parley bench ingest --n 300 --repeats 5
    """
    from parley.evaluation.bench_ingest import bench_ingest

    if path is not None and not path.exists():
        raise InputError(f"{path} does not exist; give a folder of .txt/.html files, or no PATH")
    result = bench_ingest(path, n=n, repeats=repeats)
    if result.text_files + result.html_files == 0:
        raise InputError(f"no .txt or .html files under {path}")
    figures = result.as_dict()
    if as_json:
        print(json.dumps(figures))
        return
    table = Table(title=f"Ingest throughput, best of {repeats} ({result.corpus})")
    for column in ("reader", "files", "articles", "best s", "articles/s"):
        table.add_column(column, justify="left" if column == "reader" else "right")
    rows = [
        ("text files", result.text_files, result.text_articles, result.text_s, result.text_per_s),
        ("HTML pages (parley)", result.html_files, result.html_articles, result.html_s, result.html_per_s),
        ("HTML (trafilatura.extract alone)", result.html_files, result.trafilatura_articles,
         result.trafilatura_s, result.trafilatura_per_s),
    ]
    for label, files, articles, seconds, rate in rows:
        table.add_row(label, str(files), str(articles), f"{seconds:.3f}",
                      "–" if rate is None else f"{rate:.1f}")
    render.console.print(table)
    if result.html_ratio is not None:
        render.console.print(f"HTML ratio parley / trafilatura alone: [bold]{result.html_ratio:.2f}[/] "
                             "(pages/s; parley also reads files and extracts metadata)", highlight=False)
