"""Rendering records for the terminal: rich tables for people, JSON lines for machines."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.table import Table

# Piped output gets a generous fixed width rather than rich's 80 columns; a terminal uses its own.
console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, width=None if sys.stderr.isatty() else 160)


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"


def print_jsonl(records: Iterable[dict[str, Any]]) -> int:
    n = 0
    out = sys.stdout
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    out.flush()
    return n


def clip(text: str | None, width: int = 110) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def who(speaker: dict[str, Any] | None) -> str:
    if not speaker:
        return "—"
    name = speaker.get("name") or speaker.get("text") or "—"
    extra = speaker.get("country")
    shown = f"{name} ({extra})" if extra else name
    mention = speaker.get("text")
    if mention and speaker.get("name") and mention.lower() != str(speaker["name"]).lower():
        shown += f' [dim]as "{clip(mention, 40)}"[/]'
    return shown


def statements_table(records: list[dict[str, Any]], title: str = "Statements") -> Table:
    table = Table(title=title, show_lines=False, expand=True)
    table.add_column("date", no_wrap=True, style="cyan")
    table.add_column("speaker", ratio=2)
    table.add_column("cue", ratio=1, style="magenta")
    table.add_column("content", ratio=5)
    table.add_column("kind", no_wrap=True, style="dim")
    for r in records:
        table.add_row(
            r.get("date") or "", who(r["speaker"]), clip(r["cue"]["text"], 30),
            clip(r["content"]["text"], 220), r["kind"],
        )
    return table


def articles_table(records: list[dict[str, Any]]) -> Table:
    table = Table(title="Articles", expand=True)
    for col in ("id", "published", "outlet", "title", "stmts", "events", "pos.", "copy of"):
        table.add_column(col, no_wrap=col not in ("title",))
    for r in records:
        copy = f"#{r['duplicate_of']} ({r['duplicate_kind']})" if r.get("duplicate_of") else ""
        table.add_row(
            str(r["id"]), r.get("published") or "", clip(r.get("outlet"), 24), clip(r.get("title") or r["doc"], 70),
            str(r["statements"]), str(r["events"]), str(r["positions"]), copy,
        )
    return table


def events_table(records: list[dict[str, Any]]) -> Table:
    table = Table(title="Events", expand=True)
    for col in ("date", "type", "source", "target", "where", "evidence"):
        table.add_column(col, no_wrap=col in ("date", "type"))
    for r in records:
        loc = r.get("location") or {}
        table.add_row(
            r.get("date") or "", r["event_type"] + (f"/{r['mode']}" if r.get("mode") else ""), who(r.get("source")),
            who(r.get("target")), loc.get("name") or "", clip(r["evidence"]["text"], 120),
        )
    return table


def positions_table(records: list[dict[str, Any]]) -> Table:
    table = Table(title="Positions", expand=True)
    for col in ("date", "actor", "issue", "stance", "evidence"):
        table.add_column(col, no_wrap=col in ("date", "issue", "stance"))
    for r in records:
        table.add_row(
            r.get("date") or "", who(r["actor"]), r["issue"], stance_markup(r["stance"]),
            clip(r["evidence"]["text"], 140),
        )
    return table


STANCE_STYLE = {"support": "green", "oppose": "red", "conditional": "yellow", "neutral": "dim"}


def stance_markup(stance: str | None) -> str:
    if not stance:
        return ""
    return f"[{STANCE_STYLE.get(stance, 'white')}]{stance}[/]"


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested records as flat columns (speaker.name → speaker_name) for CSV and Parquet."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "_"))
        elif isinstance(value, list):
            flat[name] = json.dumps(value)
        else:
            flat[name] = value
    return flat
