"""`parley positions`: the actor × issue matrix as of a date, with shifts and their evidence."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from parley.interfaces.cli import render
from parley.interfaces.cli.apps import app
from parley.interfaces.cli.commands import DbOption, FormatOption, open_store
from parley.store import queries
from parley.store.matrix import position_matrix

_MARK = {"support": "✔ support", "oppose": "✘ oppose", "conditional": "~ conditional", "neutral": "· neutral"}


@app.command()
def positions(
    db: DbOption = None,
    issue: Annotated[str | None, typer.Option(help="only this issue id (e.g. foreign-troops)")] = None,
    actor: Annotated[str | None, typer.Option(help="actor id, or name contains")] = None,
    at: Annotated[str | None, typer.Option("--at", help="as of this date (YYYY-MM-DD) [default: everything]")] = None,
    records: Annotated[bool, typer.Option("--records", help="list the position records instead of the matrix")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", help="how many records with --records", min=1)] = 50,
    fmt: FormatOption = render.Format.table,
) -> None:
    """Where each side stands: the actor × issue matrix as of a date, and the shifts that led there.

    Each cell shows the latest stance (support / oppose / conditional / neutral), how many records back
    it out of all, and first/last seen. Shifts list an actor whose stance on an issue changed, with the
    earlier and later evidence side by side.

    [bold]Examples[/]
      parley positions
      parley positions --issue foreign-troops --at 2025-06-01
      parley positions --actor russia --format jsonl
    """
    store = open_store(db)
    if records:
        page = queries.list_positions(store, issue=issue, actor=actor, until=at, limit=limit)
        if fmt is render.Format.jsonl:
            render.print_jsonl(page.items)
        else:
            render.console.print(render.positions_table(page.items))
        return
    matrix = position_matrix(store, at=at, issue=issue, actor=actor)
    if fmt is render.Format.jsonl:
        print(json.dumps(matrix.to_json(), ensure_ascii=False))
        return
    if not matrix.cells:
        render.console.print("No positions stored for these filters.")
        return
    table = Table(title=f"Positions as of {matrix.at or 'the latest record'}", show_lines=True)
    table.add_column("actor", style="bold")
    for name in matrix.issues:
        table.add_column(name, overflow="fold")
    for key in matrix.actors:
        row_cells = [matrix.cell(key, i) for i in matrix.issues]
        name = next(c.actor_name for c in row_cells if c is not None)
        row = [name]
        for cell in row_cells:
            if cell is None:
                row.append("")
                continue
            style = render.STANCE_STYLE.get(cell.stance, "white")
            seen = f"{cell.first_seen or '?'}…{cell.last_seen or '?'}" if cell.first_seen != cell.last_seen else f"{cell.last_seen or ''}"
            row.append(f"[{style}]{_MARK[cell.stance]}[/] {cell.backing}/{cell.total}\n[dim]{seen}[/]")
        table.add_row(*row)
    render.console.print(table)
    if matrix.shifts:
        shifts = Table(title="Shifts", show_lines=True, expand=True)
        for col in ("actor", "issue", "before", "after"):
            shifts.add_column(col, ratio=1 if col in ("actor", "issue") else 4)
        for s in matrix.shifts:
            shifts.add_row(
                s.actor_name, s.issue,
                f"{render.stance_markup(s.before.stance)} {s.before.date or ''}\n{render.clip(s.before.evidence, 200)}",
                f"{render.stance_markup(s.after.stance)} {s.after.date or ''}\n{render.clip(s.after.evidence, 200)}",
            )
        render.console.print(shifts)
