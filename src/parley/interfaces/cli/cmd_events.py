"""CLI: `parley events classify` (event types of given sentences) and `parley eval plv` (PLV scores)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from parley.errors import MalformedRecord
from parley.evaluation.plv import PlvReport, read_plv, score_plv
from parley.extract.event_types import classify_event
from parley.interfaces.cli.apps import eval_app, events_app


class SplitChoice(StrEnum):
    even = "even"
    odd = "odd"
    all = "all"


class ReportFormat(StrEnum):
    table = "table"
    json = "json"


def parse_classify_line(line: str, number: int) -> dict[str, Any]:
    """One input record {"id", "text", "source", "target"}; raises MalformedRecord naming the line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedRecord(f"line {number} is not JSON ({exc.msg})") from exc
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise MalformedRecord(f"line {number} needs an object with a string \"text\"")
    for key in ("source", "target"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise MalformedRecord(f"line {number}: \"{key}\" must be a string or null")
    return record


@events_app.command("classify")
def classify_command(
    input: Annotated[Path, typer.Option("--input", "-i", help="JSON lines: {\"id\", \"text\", \"source\", \"target\"}.")],
    explain: Annotated[bool, typer.Option(help="Also print mode, rule and confidence.")] = False,
) -> None:
    """Print the PLOVER event type of each line's source→target, as JSON lines ({"id", "event_type"}).

    Example: parley events classify --input sentences.jsonl
    """
    err = Console(stderr=True)
    bad = 0
    with input.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = parse_classify_line(line, number)
            except MalformedRecord as exc:
                err.print(f"[bold red]skipped:[/] {exc}", highlight=False)
                bad += 1
                continue
            event = classify_event(record["text"], record.get("source"), record.get("target"))
            out: dict[str, Any] = {"id": record.get("id"), "event_type": event.event_type if event else None}
            if explain and event is not None:
                out.update(mode=event.mode, rule=event.rule, confidence=event.confidence)
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    if bad:
        err.print(f"{bad} line(s) skipped", highlight=False)


def render_plv(report: PlvReport, console: Console) -> None:
    summary = Table(title=f"PLV event types — {report.split} rows ({report.rows})")
    for name in ("accuracy", "macro-F1 (15 types)", "quad accuracy", "coop vs conflict", "no event"):
        summary.add_column(name, justify="right")
    summary.add_row(f"{report.accuracy:.3f}", f"{report.macro_f1:.3f}", f"{report.quad_accuracy:.3f}",
                    f"{report.coop_conflict_accuracy:.3f}", str(report.no_event))
    console.print(summary)
    table = Table(title="per type")
    for name in ("type", "precision", "recall", "F1", "support"):
        table.add_column(name, justify="left" if name == "type" else "right")
    for etype, s in report.per_type.items():
        table.add_row(etype, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.support))
    console.print(table)


@eval_app.command("plv")
def eval_plv_command(
    path: Annotated[Path, typer.Argument(help="A PLV-format TSV, e.g. ../shared/data/plv/train.tsv.")],
    split: Annotated[SplitChoice, typer.Option(help="Row parity: tune on even rows, report odd ones as held out.")] = SplitChoice.all,
    format: Annotated[ReportFormat, typer.Option("--format", help="table or json.")] = ReportFormat.table,
) -> None:
    """Score the event-type classifier on PLV: accuracy, macro-F1, quad and cooperation-vs-conflict.

    Example: parley eval plv ../shared/data/plv/train.tsv --split odd --format json
    """
    report = score_plv(read_plv(path), split.value)  # type: ignore[arg-type]
    if format is ReportFormat.json:
        sys.stdout.write(json.dumps(report.to_json(), indent=2) + "\n")
    else:
        render_plv(report, Console())
