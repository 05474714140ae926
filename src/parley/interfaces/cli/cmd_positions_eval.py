"""CLI: `parley eval stance [FILE]`, scoring issue detection and stance on a gold set of sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from parley.interfaces.cli.apps import eval_app


@eval_app.command("stance")
def eval_stance(
    file: Annotated[Path | None, typer.Argument(help="gold JSON lines (default: tests/data/stance_gold.jsonl)")] = None,
    split: str = typer.Option("all", help="all, tuning (even ids) or held-out (odd ids) for the per-issue table"),
    issues: Annotated[Path | None, typer.Option(help="a user issue taxonomy (YAML) instead of the packaged one")] = None,
    errors: bool = typer.Option(False, "--errors", help="also list every miss, false alarm and wrong stance"),
    fmt: str = typer.Option("table", "--format", help="table or json"),
) -> None:
    """Issue detection P/R/F1 and stance accuracy on correctly found issues, overall and per issue.

    Example: parley eval stance tests/data/stance_gold.jsonl --split held-out
    """
    from parley.evaluation.stance import DEFAULT_GOLD, load_gold, score_stances, select_split
    from parley.extract.issues import load_issues

    if split not in ("all", "tuning", "held-out"):
        raise typer.BadParameter("use all, tuning or held-out", param_hint="--split")
    taxonomy = load_issues(issues)
    gold = load_gold(file or DEFAULT_GOLD)
    halves = {name: score_stances(select_split(gold, name), taxonomy)  # type: ignore[arg-type]
              for name in ("all", "tuning", "held-out")}
    chosen = halves[split]
    if fmt == "json":
        out = {name: r.to_json() for name, r in halves.items()}
        if errors:
            out["errors"] = chosen.errors  # type: ignore[assignment]
        typer.echo(json.dumps(out))
        return
    console = Console()
    summary = Table(title=f"stance gold {Path(file or DEFAULT_GOLD).name}")
    for col in ("split", "sentences", "P", "R", "F1", "stance acc", "tp", "fp", "fn"):
        summary.add_column(col, justify="left" if col == "split" else "right")
    for name, r in halves.items():
        t = r.total
        summary.add_row(name, str(r.sentences), f"{t.precision:.3f}", f"{t.recall:.3f}", f"{t.f1:.3f}",
                        f"{t.stance_accuracy:.3f}", str(t.tp), str(t.fp), str(t.fn))
    console.print(summary)
    table = Table(title=f"per issue ({split})")
    for col in ("issue", "P", "R", "F1", "stance acc", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "issue" else "right")
    for issue, c in sorted(chosen.per_issue.items()):
        table.add_row(issue, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", f"{c.stance_accuracy:.3f}",
                      str(c.tp), str(c.fp), str(c.fn))
    console.print(table)
    if errors:
        for e in chosen.errors:
            console.print(f"[{e['id']}] {e['issue']}: gold {e['gold']} got {e['got']} "
                          f"({e.get('rule', '-')}) — {e['text']}", highlight=False)
