"""CLI: `parley eval polnear DIR` and `parley bench statements [PATHS]`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from parley.interfaces.cli.apps import bench_app, eval_app

_ROOT = Path(__file__).resolve().parents[4]


@eval_app.command("polnear")
def eval_polnear(
    folder: Annotated[Path, typer.Argument(help="a PolNeAR split folder holding text/ and attributions/")],
    profile: Annotated[str, typer.Option(help="statement profile: polnear (corpus conventions) or product")] = "polnear",
    limit: Annotated[int, typer.Option(help="score only the first N documents (0: all)")] = 0,
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Score statement extraction on PolNeAR gold: source, cue and content spans, exact and overlap F1.

    Example: parley eval polnear ../shared/data/polnear/dev --profile polnear
    """
    from parley.evaluation.polnear import evaluate_polnear
    from parley.extract.statements import StatementStage, extract_statements

    stage = StatementStage(profile=profile)
    report = evaluate_polnear(
        folder,
        lambda a: extract_statements(a.text, day=a.published, kb=stage.kb, profile=profile),  # type: ignore[arg-type]
        limit=limit or None,
    )
    if fmt == "json":
        typer.echo(json.dumps({"profile": profile, **report.as_dict()}))
        return
    table = Table(title=f"PolNeAR {folder.name} ({report.docs} docs, profile {profile})")
    for col in ("role", "exact P", "exact R", "exact F1", "overlap P", "overlap R", "overlap F1", "gold"):
        table.add_column(col, justify="right" if col != "role" else "left")
    for role in ("source", "cue", "content"):
        e, o = report.exact[role], report.overlap[role]
        table.add_row(role, f"{e.precision:.3f}", f"{e.recall:.3f}", f"{e.f1:.3f}",
                      f"{o.precision:.3f}", f"{o.recall:.3f}", f"{o.f1:.3f}", str(e.n_gold))
    console = Console()
    console.print(table)
    q = report.quotes
    console.print(f"direct quotes: recall {q.recall:.3f} of {q.gold}, speaker accuracy {q.speaker_accuracy:.3f}")


@bench_app.command("statements")
def bench_statements_cmd(
    paths: Annotated[list[Path] | None, typer.Argument(help="text files or folders (default: PolNeAR train)")] = None,
    repeats: Annotated[int, typer.Option(help="repeats; the best of each is kept")] = 3,
    actors: Annotated[bool, typer.Option(help="resolve speakers with the packaged actor base")] = True,
    mode: Annotated[str, typer.Option(
        help="whole-process (one core, imports and start-up included), in-process, or both")] = "both",
) -> None:
    """Throughput of statement extraction against spaCy's blank tokenizer + sentencizer, same texts.

    Example: parley bench statements examples/ --repeats 5 --mode whole-process
    """
    from parley.evaluation.bench_statements import default_bench_paths, run_benchmarks

    results = run_benchmarks(list(paths) if paths else default_bench_paths(_ROOT), mode, repeats, actors)
    console = Console()
    for result in results:
        table = Table(title=f"{result.mode}: statements on {result.articles} articles, {result.words} words "
                            f"(best of {repeats})")
        for col in ("pipeline", "seconds", "articles/s", "words/s", "found"):
            table.add_column(col, justify="right" if col != "pipeline" else "left")
        rows = (("parley segment+statements", result.parley_s, f"{result.parley_count} statements"),
                ("spaCy blank+sentencizer", result.spacy_s, f"{result.spacy_count} sentences"))
        for name, secs, found in rows:
            arts, words = result.rate(secs)
            table.add_row(name, f"{secs:.3f}", f"{arts:,.0f}", f"{words:,.0f}", found)
        console.print(table)
        console.print(f"{result.mode} ratio parley/spaCy: {result.ratio:.3f} (target ≤ 0.4)")
