"""The `parley` command: imports every command module so that each attaches its commands."""

from __future__ import annotations

import sys

from parley.errors import ParleyError
from parley.interfaces.cli import (  # noqa: F401  (each module attaches its commands)
    cmd_actors,
    cmd_bench_pipeline,
    cmd_eval_examples,
    cmd_events,
    cmd_ingest_bench,
    cmd_positions,
    cmd_positions_eval,
    cmd_serve,
    cmd_statements_eval,
    commands,
)
from parley.interfaces.cli.apps import app


def main() -> None:
    """Entry point: user errors print one clear line and exit 2, never a traceback."""
    from rich.console import Console

    try:
        app()
    except ParleyError as exc:
        Console(stderr=True).print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
