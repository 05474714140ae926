"""Actor commands: list and look up known actors, find mentions in files, benchmark the scanner."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from parley.actors import ActorBase, ActorMatch, default_actor_base, load_actor_base
from parley.errors import ConfigError
from parley.interfaces.cli import render
from parley.interfaces.cli.apps import app, bench_app

actors_app = typer.Typer(help="The actor knowledge base: list actors, resolve a phrase, find mentions.",
                         no_args_is_help=True)
app.add_typer(actors_app, name="actors")

ActorsOption = Annotated[list[Path] | None, typer.Option("--actors", help="extra actor file(s) (YAML)")]
DateOption = Annotated[str | None, typer.Option("--date", help="resolve offices as on this day (YYYY-MM-DD)")]
FormatOption = Annotated[render.Format, typer.Option("--format", "-f", help="table for people, jsonl for machines")]


def _base(extra: list[Path] | None) -> ActorBase:
    return load_actor_base(extra_files=extra) if extra else default_actor_base()


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--date {value!r} is not a date", hint="write it as YYYY-MM-DD") from None


def _match_record(found: ActorMatch, text: str, doc: str | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {"text": text[found.start : found.end], "span": [found.start, found.end],
                              "actor_id": found.actor.id, "name": found.actor.name,
                              "country": found.actor.country, "sector": found.actor.sector,
                              "resolved_by": found.resolved_by}
    return {"doc": doc, **record} if doc is not None else record


@actors_app.command("list")
def list_actors(
    kind: Annotated[str | None, typer.Option("--kind", help="person, country, organisation or group")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO alpha-3 code, e.g. RUS")] = None,
    actors: ActorsOption = None,
    fmt: FormatOption = render.Format.table,
) -> None:
    """List known actors.

    [bold]Examples[/]
      parley actors list --kind person --country UKR
      parley actors list --format jsonl --actors my_actors.yaml
    """
    rows = [a for a in _base(actors).actors
            if (kind is None or a.kind == kind) and (country is None or a.country == country.upper())]
    if fmt is render.Format.jsonl:
        render.print_jsonl({"actor_id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
                            "sector": a.sector, "aliases": list(a.aliases),
                            "roles": [r.title for r in a.roles]} for a in rows)
        return
    table = Table("id", "name", "kind", "country", "sector", "current role")
    for a in rows:
        role = a.role_on(None)
        table.add_row(a.id, a.name, a.kind, a.country or "", a.sector or "", role.title if role else "")
    render.console.print(table)
    render.console.print(f"{len(rows)} actors")


@actors_app.command("match")
def match_phrase(
    phrases: Annotated[list[str], typer.Argument(help="speaker or agent phrases")],
    day: DateOption = None,
    actors: ActorsOption = None,
    fmt: FormatOption = render.Format.table,
) -> None:
    """Resolve whole speaker phrases to actors (by name, office on a date, or collective).

    [bold]Examples[/]
      parley actors match "the US president" --date 2025-01-19
      parley actors match "Kremlin spokesman Dmitry Peskov" "Western officials"
    """
    kb, when = _base(actors), _day(day)
    results = [(p, kb.match(p, when)) for p in phrases]
    if fmt is render.Format.jsonl:
        render.print_jsonl({"phrase": p, **(_match_record(m, p) if m else {"actor_id": None})}
                           for p, m in results)
        return
    table = Table("phrase", "actor", "name", "resolved by")
    for p, m in results:
        table.add_row(p, m.actor.id if m else "—", m.actor.name if m else "", m.resolved_by if m else "")
    render.console.print(table)


@actors_app.command("find")
def find_mentions(
    paths: Annotated[list[Path], typer.Argument(help="text files to scan", exists=True, dir_okay=False)],
    day: DateOption = None,
    actors: ActorsOption = None,
    fmt: FormatOption = render.Format.table,
) -> None:
    """Find every known-actor mention in text files, with character offsets.

    [bold]Examples[/]
      parley actors find article.txt --date 2025-03-11
      parley actors find *.txt --format jsonl
    """
    kb, when = _base(actors), _day(day)
    records: list[dict[str, Any]] = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        records.extend(_match_record(m, text, str(path)) for m in kb.find_all(text, day=when))
    if fmt is render.Format.jsonl:
        render.print_jsonl(records)
        return
    table = Table("doc", "span", "text", "actor", "resolved by")
    for r in records:
        table.add_row(r["doc"], f"{r['span'][0]}-{r['span'][1]}", render.clip(r["text"], 50), r["actor_id"],
                      r["resolved_by"])
    render.console.print(table)


@bench_app.command("actors")
def bench_actors(
    paths: Annotated[list[Path], typer.Argument(help="text files or folders (*.txt) to scan")],
    size: Annotated[int, typer.Option("--size", help="characters to scan (texts are repeated)")] = 1_000_000,
    repeat: Annotated[int, typer.Option("--repeat", help="runs; the fastest counts", min=1)] = 5,
) -> None:
    """Time find_all against a bare regex tokenizer (and spaCy's tokenizer when installed), same text.

    [bold]Examples[/]
      parley bench actors ../shared/data/polnear/train/text --size 1000000
    """
    files = [f for p in paths for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])]
    if not files:
        raise ConfigError("no text files found", hint="give .txt files or folders that hold them")
    text = "\n\n".join(f.read_text(encoding="utf-8") for f in files)
    text = (text * (size // max(len(text), 1) + 1))[:size]
    started = time.perf_counter()
    kb = load_actor_base()
    load_s = time.perf_counter() - started
    word_re = re.compile(r"\w+|[^\w\s]")
    scan_s, mentions = _fastest(repeat, lambda: len(kb.find_all(text)))
    regex_s, tokens = _fastest(repeat, lambda: len(word_re.findall(text)))
    table = Table("measure", "value")
    table.add_row("characters scanned", f"{len(text):,}")
    table.add_row("actor base load", f"{load_s:.3f} s")
    table.add_row("find_all", f"{scan_s:.3f} s ({mentions:,} mentions)")
    table.add_row("bare regex tokenizer", f"{regex_s:.3f} s ({tokens:,} tokens)")
    table.add_row("find_all / regex tokenizer", f"{scan_s / regex_s:.2f}")
    try:
        import spacy
    except ImportError:
        table.add_row("spaCy tokenizer", "not installed")
    else:
        nlp: Any = spacy.blank("en")
        chunks = [text[i : i + 100_000] for i in range(0, len(text), 100_000)]
        spacy_s, _ = _fastest(max(1, repeat // 2), lambda: sum(len(d) for d in nlp.tokenizer.pipe(chunks)))
        table.add_row("spaCy tokenizer", f"{spacy_s:.3f} s")
        table.add_row("find_all / spaCy tokenizer", f"{scan_s / spacy_s:.3f}")
    render.console.print(table)


def _fastest(repeat: int, run: Any) -> tuple[float, int]:
    best, result = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return best, result
