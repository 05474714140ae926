"""`parley eval examples`: the whole pipeline on the bundled examples against hand-made expectations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from parley.interfaces.cli import render
from parley.interfaces.cli.apps import eval_app

ROOT = Path(__file__).resolve().parents[4]


@eval_app.command("examples")
def eval_examples(
    folder: Annotated[Path, typer.Argument(help="the example articles")] = ROOT / "examples",
    gold: Annotated[Path, typer.Option(help="expectations, one JSON object a line")] = ROOT / "tests" / "data" / "examples_gold.jsonl",
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as JSON")] = False,
    show_misses: Annotated[bool, typer.Option("--misses", help="list every unmet expectation")] = False,
) -> None:
    """Score statements, speakers and positions on the examples (our own domain, written by the team).

    [bold]Example[/]  parley eval examples --misses
    """
    from parley.evaluation.examples_gold import score_examples

    score = score_examples(folder, gold)
    figures = score.figures()
    if as_json:
        print(json.dumps(figures))
    else:
        table = Table(title=f"Examples ({score.statements} statements, {score.non_statements} non-statements, {score.positions} positions expected)")
        table.add_column("measure")
        table.add_column("value", justify="right")
        for name, value in figures.items():
            table.add_row(name.replace("_", " "), f"{value:.3f}")
        render.console.print(table)
    if show_misses:
        for miss in score.misses:
            render.console.print(f"  · {miss}", highlight=False)
