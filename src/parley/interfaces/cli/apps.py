"""The Typer application objects; command modules attach their commands to these."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import typer

from parley.errors import ParleyError


def _one_line_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """A user error prints one line with its code and hint and exits 2: never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ParleyError as exc:
            from rich.console import Console

            Console(stderr=True, width=200).print(f"[bold red]error:[/] {exc}", highlight=False)
            raise typer.Exit(2) from None

    return wrapper


class ParleyTyper(typer.Typer):
    """A Typer app whose commands all report ParleyError as one clear line."""

    def command(self, *args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:  # type: ignore[override]
        register = super().command(*args, **kwargs)
        return lambda func: register(_one_line_errors(func))

    def callback(self, *args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:  # type: ignore[override]
        register = super().callback(*args, **kwargs)
        return lambda func: register(_one_line_errors(func))


app = ParleyTyper(
    name="parley",
    help="Parley reads news about a negotiation and records who said what, who did what to whom, "
    "and where each side stands — every fact pointing back to its sentence.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
eval_app = ParleyTyper(
    help="Score Parley against gold sets (PolNeAR statements, PLV event types, the stance set).",
    no_args_is_help=True,
)
bench_app = ParleyTyper(
    help="Measure speed, as a ratio against a baseline run in the same process.", no_args_is_help=True
)
events_app = ParleyTyper(
    help="List stored events, or classify the event types of given sentences.", invoke_without_command=True
)
app.add_typer(eval_app, name="eval")
app.add_typer(bench_app, name="bench")
app.add_typer(events_app, name="events")
