"""`parley bench pipeline`: the cost of events and positions on top of statement extraction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from parley.errors import InputError
from parley.interfaces.cli import render
from parley.interfaces.cli.apps import bench_app

DEFAULT_CORPUS = Path(__file__).resolve().parents[4].parent / "shared" / "data" / "polnear" / "train" / "text"
EXAMPLES = Path(__file__).resolve().parents[4] / "examples"


@bench_app.command("pipeline")
def bench_pipeline_cmd(
    paths: Annotated[list[Path] | None, typer.Argument(help="text files or folders [default: PolNeAR train texts if present, else examples/]")] = None,
    repeats: Annotated[int, typer.Option(help="timed rounds; the best is kept", min=1)] = 3,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as JSON")] = False,
) -> None:
    """Time the whole pipeline against statement extraction alone (target: ratio ≤ 1.5).

    [bold]Example[/]  parley bench pipeline ../shared/data/polnear/train/text
    """
    from parley.evaluation.bench_pipeline import bench_pipeline, load_texts

    chosen = paths or [DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else EXAMPLES]
    texts = load_texts(chosen)
    if not texts:
        raise InputError(f"no .txt articles under {', '.join(map(str, chosen))}")
    result = bench_pipeline(texts, repeats=repeats)
    figures = result.as_dict()
    if as_json:
        print(json.dumps(figures))
        return
    render.console.print(
        f"{result.articles} articles, {result.words} words: statements only {result.statements_only_s:.3f} s, "
        f"full pipeline {result.full_s:.3f} s ({figures['full_articles_per_s']} articles/s) → "
        f"[bold]ratio {result.ratio:.2f}[/] (target ≤ 1.5)",
        highlight=False,
    )
    if result.stage_s:
        stages = ", ".join(f"{name} {seconds:.3f} s" for name, seconds in result.stage_s)
        render.console.print(f"per stage (a separate pass, best of {repeats}): {stages}", highlight=False)
