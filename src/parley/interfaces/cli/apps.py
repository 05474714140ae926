"""The Typer application objects; command modules attach their commands to these."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="parley",
    help="Parley reads news about a negotiation and records who said what, who did what to whom, "
    "and where each side stands — every fact pointing back to its sentence.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score Parley against gold sets (PolNeAR statements, PLV event types).",
                       no_args_is_help=True)
bench_app = typer.Typer(help="Measure speed, as a ratio against a baseline run in the same process.",
                        no_args_is_help=True)
events_app = typer.Typer(help="List stored events, or classify event types of given sentences.",
                         invoke_without_command=True)
app.add_typer(eval_app, name="eval")
app.add_typer(bench_app, name="bench")
app.add_typer(events_app, name="events")
