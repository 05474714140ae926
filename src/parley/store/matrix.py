"""The positions matrix from the store: light position records, the shared matrix rules, evidence."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import sqlalchemy as sa

from parley.extract.matrix import PositionMatrix, PositionRecord, build_matrix
from parley.store import schema as t
from parley.store.database import Store
from parley.store.queries import _actor_filter, _date_range, _originals, parse_date


def position_records(
    store: Store,
    *,
    at: str | date | None = None,
    since: str | date | None = None,
    issue: str | None = None,
    actor: str | None = None,
    resolved: bool = False,
    duplicates: bool = False,
) -> list[PositionRecord]:
    """Stored positions as light ``PositionRecord``s in date order: ``statement_id`` holds the position's
    id, and evidence text and doc are left empty (``fill_evidence`` loads them for the records shown)."""
    p = t.positions
    q = sa.select(
        p.c.id, p.c.article_id, p.c.actor_id, sa.func.coalesce(p.c.actor_name, p.c.actor_text, "?"), p.c.issue,
        p.c.stance, p.c.date,
    )
    if issue:
        q = q.where(p.c.issue == issue)
    if actor:
        q = q.where(_actor_filter([p.c.actor_id, p.c.actor_name, p.c.actor_text], actor))
    if resolved:
        q = q.where(p.c.actor_id.is_not(None))
    if not duplicates:
        q = _originals(q, p)
    q = _date_range(q, p.c.date, since, at)
    with store.connect() as conn:
        return [
            PositionRecord(actor_id, name, issue_, stance, day, "", "", pid, article_id)
            for pid, article_id, actor_id, name, issue_, stance, day in conn.execute(q.order_by(p.c.date, p.c.id)).all()
        ]


def fill_evidence(store: Store, matrix: PositionMatrix, *, last_shift_only: bool = False) -> PositionMatrix:
    """The matrix with evidence text and doc loaded for the records it shows (cells' latest, shifts)."""
    shifts = matrix.shifts
    if last_shift_only:
        shifts = list({(s.actor_id or s.actor_name, s.issue): s for s in shifts}.values())
    wanted = {c.latest.statement_id for c in matrix.cells.values()}
    wanted.update(r.statement_id for s in shifts for r in (s.before, s.after))
    p, a = t.positions, t.articles
    found: dict[Any, tuple[str, str]] = {}
    ids = sorted(i for i in wanted if i is not None)
    with store.connect() as conn:
        for chunk in range(0, len(ids), 500):
            q = sa.select(p.c.id, p.c.evidence_text, a.c.doc).join(a, a.c.id == p.c.article_id)
            for pid, text, doc in conn.execute(q.where(p.c.id.in_(ids[chunk : chunk + 500]))):
                found[pid] = (text or "", doc)

    def fill(record: Any) -> Any:
        text, doc = found.get(record.statement_id, ("", ""))
        return dataclasses.replace(record, evidence=text, doc=doc)

    matrix.cells = {k: dataclasses.replace(c, latest=fill(c.latest)) for k, c in matrix.cells.items()}
    matrix.shifts = [dataclasses.replace(s, before=fill(s.before), after=fill(s.after)) for s in shifts]
    return matrix


def position_matrix(
    store: Store,
    *,
    at: str | date | None = None,
    since: str | date | None = None,
    issue: str | None = None,
    actor: str | None = None,
    resolved: bool = False,
    duplicates: bool = False,
) -> PositionMatrix:
    """Actor × issue stances as of ``at`` with the shifts up to then (rules: parley.extract.matrix)."""
    day = parse_date(at, "at")
    records = position_records(
        store, at=day, since=since, issue=issue, actor=actor, resolved=resolved, duplicates=duplicates
    )
    return fill_evidence(store, build_matrix(records, day))
