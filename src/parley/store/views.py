"""Aggregate read queries behind the dashboard: actors, event timeline and network, the positions matrix."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from parley.errors import QueryError
from parley.store import schema as t
from parley.store.database import Store
from parley.store.queries import _date_range, _originals, parse_date

STANCES = ("support", "oppose", "conditional", "neutral")
BUCKETS = ("day", "week", "month")


def check_stance(stance: str | None) -> str | None:
    if stance is not None and stance not in STANCES:
        raise QueryError(f"stance {stance!r} is not one Parley knows", hint=f"use one of {', '.join(STANCES)}")
    return stance


# --- actors -----------------------------------------------------------------------------------------------


@dataclass
class ActorTally:
    """What the store holds about one actor id, gathered from every table."""

    actor_id: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    statements: int = 0
    events: int = 0
    positions: int = 0
    first_seen: date | None = None
    last_seen: date | None = None

    def see(self, name: str | None, country: str | None, first: date | None, last: date | None) -> None:
        self.name = self.name or name
        self.country = self.country or country
        if first and (self.first_seen is None or first < self.first_seen):
            self.first_seen = first
        if last and (self.last_seen is None or last > self.last_seen):
            self.last_seen = last

    def to_json(self) -> dict[str, Any]:
        return {
            "type": "actor",
            "actor_id": self.actor_id,
            "name": self.name or self.actor_id,
            "country": self.country,
            "sector": self.sector,
            "statements": self.statements,
            "events": self.events,
            "positions": self.positions,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
        }


def _tally_rows(store: Store, table: sa.Table, id_col: str, name_col: str, country_col: str) -> list[Any]:
    c = table.c
    q = sa.select(
        c[id_col].label("actor_id"), sa.func.max(c[name_col]).label("name"), sa.func.max(c[country_col]).label("country"),
        sa.func.count().label("n"), sa.func.min(c.date).label("first"), sa.func.max(c.date).label("last"),
    ).where(c[id_col].is_not(None)).group_by(c[id_col])
    with store.connect() as conn:
        return list(conn.execute(_originals(q, table)))


def tally_actors(store: Store) -> dict[str, ActorTally]:
    """Every resolved actor id in the store with its statement, event and position counts."""
    tallies: dict[str, ActorTally] = {}

    def add(rows: list[Any], field: str) -> None:
        for r in rows:
            tally = tallies.setdefault(r.actor_id, ActorTally(r.actor_id))
            setattr(tally, field, getattr(tally, field) + r.n)
            tally.see(r.name, r.country, r.first, r.last)

    add(_tally_rows(store, t.statements, "actor_id", "speaker_name", "speaker_country"), "statements")
    add(_tally_rows(store, t.events, "source_actor_id", "source_name", "source_country"), "events")
    add(_tally_rows(store, t.events, "target_actor_id", "target_name", "target_country"), "events")
    add(_tally_rows(store, t.positions, "actor_id", "actor_name", "actor_country"), "positions")
    s = t.statements
    with store.connect() as conn:
        sectors = conn.execute(
            sa.select(s.c.actor_id, sa.func.max(s.c.speaker_sector)).where(s.c.actor_id.is_not(None)).group_by(s.c.actor_id)
        )
        for actor_id, sector in sectors:
            if actor_id in tallies:
                tallies[actor_id].sector = sector
    return tallies


def list_actors(store: Store, *, search: str | None = None, country: str | None = None) -> list[dict[str, Any]]:
    """Actors seen in the store, most active first."""
    rows = [x.to_json() for x in tally_actors(store).values()]
    if search:
        needle = search.casefold()
        rows = [r for r in rows if needle in r["name"].casefold() or needle in r["actor_id"]]
    if country:
        rows = [r for r in rows if (r["country"] or "").upper() == country.upper()]
    rows.sort(key=lambda r: (-(r["statements"] + r["events"] + r["positions"]), r["actor_id"]))
    return rows


def actor_tally(store: Store, actor_id: str) -> dict[str, Any] | None:
    """One actor's counts and first/last dates, or None when the store never saw the id."""
    tally = ActorTally(actor_id)
    found = False
    for table, id_col, name_col, country_col, field in (
        (t.statements, "actor_id", "speaker_name", "speaker_country", "statements"),
        (t.events, "source_actor_id", "source_name", "source_country", "events"),
        (t.events, "target_actor_id", "target_name", "target_country", "events"),
        (t.positions, "actor_id", "actor_name", "actor_country", "positions"),
    ):
        c = table.c
        q = sa.select(
            sa.func.max(c[name_col]).label("name"), sa.func.max(c[country_col]).label("country"),
            sa.func.count().label("n"), sa.func.min(c.date).label("first"), sa.func.max(c.date).label("last"),
        ).where(c[id_col] == actor_id)
        with store.connect() as conn:
            r = conn.execute(_originals(q, table)).one()
        if r.n:
            found = True
            setattr(tally, field, getattr(tally, field) + r.n)
            tally.see(r.name, r.country, r.first, r.last)
    if not found:
        return None
    s = t.statements
    with store.connect() as conn:
        tally.sector = conn.execute(sa.select(sa.func.max(s.c.speaker_sector)).where(s.c.actor_id == actor_id)).scalar()
    return tally.to_json()


def actor_positions_over_time(store: Store, actor_id: str) -> list[dict[str, Any]]:
    """An actor's stances, issue by issue, in date order: [{issue, points: [{date, stance, id, ...}]}]."""
    p = t.positions
    q = _originals(
        sa.select(p.c.id, p.c.article_id, p.c.issue, p.c.stance, p.c.date, p.c.evidence_text).where(p.c.actor_id == actor_id),
        p,
    ).order_by(p.c.issue, p.c.date, p.c.id)
    issues: dict[str, list[dict[str, Any]]] = {}
    with store.connect() as conn:
        for r in conn.execute(q):
            issues.setdefault(r.issue, []).append({
                "id": r.id, "article_id": r.article_id, "stance": r.stance,
                "date": r.date.isoformat() if r.date else None, "evidence": r.evidence_text,
            })
    return [{"issue": issue, "points": points} for issue, points in issues.items()]


# --- events: timeline and network -------------------------------------------------------------------------


def _bucket_start(day: date, bucket: str) -> date:
    if bucket == "month":
        return day.replace(day=1)
    if bucket == "week":
        return date.fromordinal(day.toordinal() - day.weekday())
    return day


def event_timeline(
    store: Store, *, since: str | date | None = None, until: str | date | None = None, bucket: str = "day",
    event_type: str | None = None,
) -> dict[str, Any]:
    """Event counts per date bucket and PLOVER type, for a stacked timeline."""
    if bucket not in BUCKETS:
        raise QueryError(f"bucket {bucket!r} is not one of {', '.join(BUCKETS)}", hint="use bucket=day, week or month")
    e = t.events
    q = sa.select(e.c.date, e.c.event_type, sa.func.count().label("n")).where(e.c.date.is_not(None))
    q = _date_range(_originals(q, e), e.c.date, since, until)
    if event_type:
        q = q.where(e.c.event_type.in_([x.strip().upper() for x in event_type.split(",") if x.strip()]))
    q = q.group_by(e.c.date, e.c.event_type)
    cells: dict[tuple[date, str], int] = {}
    with store.connect() as conn:
        for r in conn.execute(q):
            key = (_bucket_start(r.date, bucket), r.event_type)
            cells[key] = cells.get(key, 0) + r.n
    types = sorted({k[1] for k in cells})
    buckets = sorted({k[0] for k in cells})
    return {
        "bucket": bucket,
        "types": types,
        "items": [
            {"date": b.isoformat(), "counts": {ty: cells.get((b, ty), 0) for ty in types if cells.get((b, ty))}}
            for b in buckets
        ],
    }


def actor_network(
    store: Store, *, since: str | date | None = None, until: str | date | None = None, event_type: str | None = None,
    min_count: int = 1, limit: int = 300,
) -> dict[str, Any]:
    """Who did what to whom: nodes are actors, edges count events by type from source to target.

    Only the ``limit`` heaviest edges (and the actors they join) are kept, so a large store stays drawable.
    """
    e = t.events
    src = sa.func.coalesce(e.c.source_actor_id, e.c.source_name)
    tgt = sa.func.coalesce(e.c.target_actor_id, e.c.target_name)
    q = sa.select(
        src.label("source"), tgt.label("target"), e.c.event_type, sa.func.count().label("n"),
        sa.func.max(e.c.source_name).label("source_name"), sa.func.max(e.c.target_name).label("target_name"),
        sa.func.max(e.c.source_country).label("source_country"), sa.func.max(e.c.target_country).label("target_country"),
        sa.func.max(e.c.id).label("example_id"), sa.func.max(e.c.source_actor_id).label("source_id"),
        sa.func.max(e.c.target_actor_id).label("target_id"),
    ).where(src.is_not(None), tgt.is_not(None))
    q = _date_range(_originals(q, e), e.c.date, since, until)
    if event_type:
        q = q.where(e.c.event_type.in_([x.strip().upper() for x in event_type.split(",") if x.strip()]))
    # The heaviest edges first, cut in SQL: a large store has thousands of pairs nobody can draw.
    q = (q.group_by(src, tgt, e.c.event_type).having(sa.func.count() >= min_count)
         .order_by(sa.desc("n"), src, tgt, e.c.event_type).limit(limit + 1))
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []
    with store.connect() as conn:
        for r in conn.execute(q):
            for key, name, country, actor_id in ((r.source, r.source_name, r.source_country, r.source_id),
                                                 (r.target, r.target_name, r.target_country, r.target_id)):
                node = nodes.setdefault(key, {"id": key, "name": name or key, "country": country, "events": 0,
                                              "resolved": actor_id is not None})
                node["events"] += r.n
            edges.append({"source": r.source, "target": r.target, "event_type": r.event_type, "count": r.n,
                          "example_id": r.example_id})
    truncated = len(edges) > limit
    edges = edges[:limit]
    kept = {x["source"] for x in edges} | {x["target"] for x in edges}
    return {"nodes": sorted((n for n in nodes.values() if n["id"] in kept), key=lambda n: (-n["events"], n["id"])),
            "edges": edges, "truncated": truncated}


# --- the positions matrix ---------------------------------------------------------------------------------


def positions_matrix(
    store: Store, *, at: str | date | None = None, since: str | date | None = None, issue: str | None = None,
    actor: str | None = None, resolved: bool = True,
) -> dict[str, Any]:
    """Actors × issues as of a date for the dashboard: the shared matrix (parley.extract.matrix rules,
    the same the CLI shows) with stance counts per cell, the latest evidence and the latest shift.

    ``resolved`` keeps only actors the actor base resolved (mentions it could not resolve are left out).
    """
    from parley.extract.matrix import PositionRecord, build_matrix
    from parley.store.matrix import fill_evidence, position_records

    as_of = parse_date(at, "at")
    records = position_records(store, at=as_of, since=since, issue=issue, actor=actor, resolved=resolved)
    matrix = fill_evidence(store, build_matrix(records, as_of), last_shift_only=True)
    counts: dict[tuple[str, str], dict[str, int]] = {}
    for r in records:
        cell_counts = counts.setdefault((r.actor_key, r.issue), {})
        cell_counts[r.stance] = cell_counts.get(r.stance, 0) + 1
    last_shift = {(s.actor_id or s.actor_name, s.issue): s for s in matrix.shifts}  # shifts are date-ordered

    def evidence(r: PositionRecord) -> dict[str, Any]:
        return {"position_id": r.statement_id, "article_id": r.article_id,
                "date": r.date.isoformat() if r.date else None, "stance": r.stance, "text": r.evidence}

    actors: dict[str, dict[str, Any]] = {}
    cells: list[dict[str, Any]] = []
    for (actor_key, issue_name), cell in matrix.cells.items():
        entry = actors.setdefault(actor_key, {"id": actor_key, "name": cell.actor_name,
                                              "country": _country_of(cell.actor_id), "positions": 0})
        entry["positions"] += cell.total
        shift = last_shift.get((actor_key, issue_name))
        cells.append({
            "actor": actor_key,
            "issue": issue_name,
            "stance": cell.stance,
            "count": cell.total,
            "counts": counts[(actor_key, issue_name)],
            "first_seen": cell.first_seen.isoformat() if cell.first_seen else None,
            "last_seen": cell.last_seen.isoformat() if cell.last_seen else None,
            "latest": evidence(cell.latest),
            "shift": {"from": shift.before.stance, "to": shift.after.stance, "earlier": evidence(shift.before),
                      "later": evidence(shift.after)} if shift else None,
        })
    cells.sort(key=lambda c: (c["actor"], c["issue"]))
    return {
        "at": as_of.isoformat() if as_of else None,
        "actors": sorted(actors.values(), key=lambda a: (-a["positions"], a["id"])),
        "issues": sorted({c["issue"] for c in cells}),
        "labels": _issue_labels(),
        "cells": cells,
    }


def _issue_labels() -> dict[str, str]:
    """Readable names of the packaged issues (an issue from a user taxonomy shows its id)."""
    from parley.extract.issues import load_issues

    return {issue.id: issue.label for issue in load_issues().issues}


def _country_of(actor_id: str | None) -> str | None:
    if not actor_id:
        return None
    from parley.actors import default_actor_base

    known = default_actor_base().get(actor_id)
    return known.country if known else None


def position_dates(store: Store) -> dict[str, str | None]:
    """The earliest and latest position dates, to bound the dashboard's as-of control."""
    p = t.positions
    with store.connect() as conn:
        first, last = conn.execute(sa.select(sa.func.min(p.c.date), sa.func.max(p.c.date))).one()
    return {"first": first.isoformat() if first else None, "last": last.isoformat() if last else None}
