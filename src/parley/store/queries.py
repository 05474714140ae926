"""The read queries every interface shares (CLI, HTTP API, dashboard), with keyset pagination."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row

from parley.errors import QueryError
from parley.store import schema as t
from parley.store.database import Store

MAX_LIMIT = 1000
_NO_DATE = date(1, 1, 1)


@dataclass
class Page:
    """One page of records and the cursor for the next (None on the last page)."""

    items: list[dict[str, Any]]
    next_cursor: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def parse_date(value: str | date | None, name: str = "date") -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{name} {value!r} is not a date", hint="write dates as YYYY-MM-DD") from None


def _cursor_bounds(cursor: str | None) -> tuple[date, int] | None:
    if not cursor:
        return None
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)~(\d+)", cursor)
    if not m:
        raise QueryError(f"cursor {cursor!r} is not one Parley gave out", hint="use next_cursor from the previous page")
    return date.fromisoformat(m.group(1)), int(m.group(2))


def _page(rows: list[Row], limit: int, to_record: Any, date_col: str = "date") -> Page:
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = None
    if more and rows:
        last = rows[-1]
        day = getattr(last, date_col) or _NO_DATE
        cursor = f"{day.isoformat()}~{last.id}"
    return Page([to_record(r) for r in rows], cursor)


def _keyset(query: sa.Select, date_col: sa.ColumnElement, id_col: sa.ColumnElement, cursor: str | None, limit: int) -> sa.Select:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit {limit} is out of range", hint=f"use a limit between 1 and {MAX_LIMIT}")
    day = sa.func.coalesce(date_col, _NO_DATE)
    bounds = _cursor_bounds(cursor)
    if bounds:
        query = query.where(sa.or_(day < bounds[0], sa.and_(day == bounds[0], id_col < bounds[1])))
    return query.order_by(day.desc(), id_col.desc()).limit(limit + 1)


def _date_range(query: sa.Select, col: sa.ColumnElement, since: str | date | None, until: str | date | None) -> sa.Select:
    s, u = parse_date(since, "since"), parse_date(until, "until")
    if s and u and s > u:
        raise QueryError(f"since {s} is after until {u}", hint="swap the two dates")
    if s:
        query = query.where(col >= s)
    if u:
        query = query.where(col <= u)
    return query


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word quoted (so user punctuation is never syntax), all required."""
    words = re.findall(r"[\w'’-]+\*?", text)
    if not words:
        raise QueryError(f"search {text!r} has no words to look for")
    return " ".join(f'"{w.rstrip("*")}"' + ("*" if w.endswith("*") else "") for w in words)


def _originals(query: sa.Select, table: sa.Table) -> sa.Select:
    """Count each story once: leave out articles stored as copies of another.

    A NOT IN over the (few, indexed) copies rather than a join: the join reads every fact's article row,
    text and all, which made the aggregates several times slower on a large store.
    """
    a = t.articles
    copies = sa.select(a.c.id).where(a.c.duplicate_of.is_not(None))
    return query.where(table.c.article_id.not_in(copies))


def _run_list(
    store: Store, q: sa.Select, table: sa.Table, to_record: Callable[[Row], dict[str, Any]], article_id: int | None,
    duplicates: bool, since: str | date | None, until: str | date | None, limit: int, cursor: str | None,
) -> Page:
    """The shared end of every fact list: one article's facts in text order, or a dated page of originals."""
    if article_id is not None:
        q = q.where(table.c.article_id == article_id).order_by(table.c.seq)
        with store.connect() as conn:
            return Page([to_record(r) for r in conn.execute(q)])
    if not duplicates:
        q = q.where(t.articles.c.duplicate_of.is_(None))
    q = _date_range(q, table.c.date, since, until)
    q = _keyset(q, table.c.date, table.c.id, cursor, limit)
    with store.connect() as conn:
        return _page(list(conn.execute(q)), limit, to_record)


# --- articles ---------------------------------------------------------------------------------------------


def article_record(r: Row) -> dict[str, Any]:
    return {
        "type": "article",
        "id": r.id,
        "doc": r.doc,
        "title": r.title,
        "url": r.url,
        "outlet": r.outlet,
        "published": r.published.isoformat() if r.published else None,
        "source_format": r.source_format,
        "duplicate_of": r.duplicate_of,
        "duplicate_kind": r.duplicate_kind,
        "statements": r.n_statements,
        "events": r.n_events,
        "positions": r.n_positions,
    }


def _count(table: sa.Table) -> sa.ScalarSelect:
    return (
        sa.select(sa.func.count()).select_from(table).where(table.c.article_id == t.articles.c.id).scalar_subquery()
    )


def list_articles(
    store: Store,
    *,
    since: str | date | None = None,
    until: str | date | None = None,
    outlet: str | None = None,
    search: str | None = None,
    duplicates: bool = True,
    limit: int = 50,
    cursor: str | None = None,
) -> Page:
    a = t.articles
    q = sa.select(
        a.c.id, a.c.doc, a.c.title, a.c.url, a.c.outlet, a.c.published, a.c.source_format,
        a.c.duplicate_of, a.c.duplicate_kind,
        _count(t.statements).label("n_statements"), _count(t.events).label("n_events"),
        _count(t.positions).label("n_positions"),
    )
    q = _date_range(q, a.c.published, since, until)
    if outlet:
        q = q.where(a.c.outlet.ilike(_like(outlet), escape="\\"))
    if search:
        q = q.where(sa.or_(a.c.title.ilike(_like(search), escape="\\"), a.c.doc.ilike(_like(search), escape="\\")))
    if not duplicates:
        q = q.where(a.c.duplicate_of.is_(None))
    q = _keyset(q, a.c.published, a.c.id, cursor, limit)
    with store.connect() as conn:
        return _page(list(conn.execute(q)), limit, article_record, "published")


def get_article(store: Store, article_id: int) -> dict[str, Any] | None:
    """One article with its text and everything found in it."""
    a = t.articles
    with store.connect() as conn:
        row = conn.execute(sa.select(a).where(a.c.id == article_id)).first()
    if row is None:
        return None
    record = {
        "type": "article",
        "id": row.id,
        "doc": row.doc,
        "title": row.title,
        "url": row.url,
        "outlet": row.outlet,
        "published": row.published.isoformat() if row.published else None,
        "source_format": row.source_format,
        "duplicate_of": row.duplicate_of,
        "duplicate_kind": row.duplicate_kind,
        "similarity": row.similarity,
        "stages": row.stages.split(",") if row.stages else [],
        "text": row.text,
    }
    record["statements"] = list_statements(store, article_id=article_id, limit=MAX_LIMIT).items
    record["events"] = list_events(store, article_id=article_id, limit=MAX_LIMIT).items
    record["positions"] = list_positions(store, article_id=article_id, limit=MAX_LIMIT).items
    return record


# --- statements -------------------------------------------------------------------------------------------


def statement_record(r: Row) -> dict[str, Any]:
    return {
        "type": "statement",
        "id": r.id,
        "doc": r.doc,
        "article_id": r.article_id,
        "date": r.date.isoformat() if r.date else None,
        "outlet": r.outlet,
        "title": r.title,
        "kind": r.kind,
        "speaker": {
            "text": r.speaker_text,
            "spans": r.speaker_spans or [],
            "actor_id": r.actor_id,
            "name": r.speaker_name,
            "country": r.speaker_country,
            "sector": r.speaker_sector,
            "resolved_by": r.resolved_by,
        },
        "cue": {"text": r.cue_text, "spans": r.cue_spans or []},
        "content": {"text": r.content_text, "spans": r.content_spans or []},
        "rule": r.rule,
        "confidence": r.confidence,
    }


def _actor_filter(cols: list[sa.ColumnElement], value: str) -> sa.ColumnElement:
    """A known actor id matches that actor exactly (an indexed look-up); anything else matches an id,
    or a name or mention containing the value (case-insensitive)."""
    from parley.actors import default_actor_base

    id_col, *text_cols = cols
    if default_actor_base().get(value) is not None:
        return id_col == value
    return sa.or_(id_col == value, *(c.ilike(_like(value), escape="\\") for c in text_cols))


def list_statements(
    store: Store,
    *,
    speaker: str | None = None,
    search: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    kind: str | None = None,
    country: str | None = None,
    article_id: int | None = None,
    duplicates: bool = False,
    limit: int = 50,
    cursor: str | None = None,
) -> Page:
    s, a = t.statements, t.articles
    q = sa.select(s, a.c.doc, a.c.outlet, a.c.title).join(a, a.c.id == s.c.article_id)
    if speaker:
        q = q.where(_actor_filter([s.c.actor_id, s.c.speaker_name, s.c.speaker_text], speaker))
    if kind:
        q = q.where(s.c.kind == kind)
    if country:
        q = q.where(s.c.speaker_country == country.upper())
    if search:
        if store.dialect == "sqlite":
            fts = sa.text("SELECT rowid FROM statements_fts WHERE statements_fts MATCH :q").bindparams(
                q=fts_query(search)
            )
            q = q.where(s.c.id.in_(fts.columns(sa.column("rowid"))))
        else:
            q = q.where(
                sa.func.to_tsvector("english", sa.func.coalesce(s.c.content_text, "") + " " + sa.func.coalesce(s.c.speaker_text, ""))
                .op("@@")(sa.func.plainto_tsquery("english", search))
            )
    return _run_list(store, q, s, statement_record, article_id, duplicates, since, until, limit, cursor)


def top_speakers(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    s, a = t.statements, t.articles
    name = sa.func.coalesce(s.c.speaker_name, s.c.speaker_text)
    q = (
        sa.select(s.c.actor_id, sa.func.max(name).label("name"), sa.func.max(s.c.speaker_country).label("country"),
                  sa.func.count().label("n"))
        .join(a, a.c.id == s.c.article_id)
        .where(a.c.duplicate_of.is_(None), s.c.actor_id.is_not(None))
        .group_by(s.c.actor_id)
        .order_by(sa.desc("n"), s.c.actor_id)
        .limit(limit)
    )
    with store.connect() as conn:
        return [{"actor_id": r.actor_id, "name": r.name, "country": r.country, "statements": r.n} for r in conn.execute(q)]


# --- events -----------------------------------------------------------------------------------------------


def event_record(r: Row) -> dict[str, Any]:
    def actor(prefix: str) -> dict[str, Any] | None:
        text = getattr(r, f"{prefix}_text")
        if text is None:
            return None
        return {
            "text": text,
            "actor_id": getattr(r, f"{prefix}_actor_id"),
            "name": getattr(r, f"{prefix}_name"),
            "country": getattr(r, f"{prefix}_country"),
        }

    return {
        "type": "event",
        "id": r.id,
        "doc": r.doc,
        "article_id": r.article_id,
        "event_type": r.event_type,
        "mode": r.mode,
        "source": actor("source"),
        "target": actor("target"),
        "evidence": {"text": r.evidence_text, "spans": r.evidence_spans or []},
        "date": r.date.isoformat() if r.date else None,
        "location": {"name": r.location_name, "country": r.location_country} if r.location_name else None,
        "rule": r.rule,
        "confidence": r.confidence,
    }


def list_events(
    store: Store,
    *,
    actor: str | None = None,
    event_type: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    article_id: int | None = None,
    duplicates: bool = False,
    limit: int = 50,
    cursor: str | None = None,
) -> Page:
    e, a = t.events, t.articles
    q = sa.select(e, a.c.doc).join(a, a.c.id == e.c.article_id)
    if actor:
        q = q.where(
            sa.or_(
                _actor_filter([e.c.source_actor_id, e.c.source_name, e.c.source_text], actor),
                _actor_filter([e.c.target_actor_id, e.c.target_name, e.c.target_text], actor),
            )
        )
    if event_type:
        types = [x.strip().upper() for x in event_type.split(",") if x.strip()]
        q = q.where(e.c.event_type.in_(types))
    return _run_list(store, q, e, event_record, article_id, duplicates, since, until, limit, cursor)


# --- positions --------------------------------------------------------------------------------------------


def position_record(r: Row) -> dict[str, Any]:
    return {
        "type": "position",
        "id": r.id,
        "doc": r.doc,
        "article_id": r.article_id,
        "actor": {"text": r.actor_text, "actor_id": r.actor_id, "name": r.actor_name, "country": r.actor_country},
        "issue": r.issue,
        "stance": r.stance,
        "evidence": {"text": r.evidence_text, "spans": r.evidence_spans or []},
        "date": r.date.isoformat() if r.date else None,
        "rule": r.rule,
        "confidence": r.confidence,
    }


def list_positions(
    store: Store,
    *,
    issue: str | None = None,
    actor: str | None = None,
    stance: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    article_id: int | None = None,
    duplicates: bool = False,
    limit: int = 50,
    cursor: str | None = None,
) -> Page:
    p, a = t.positions, t.articles
    q = sa.select(p, a.c.doc).join(a, a.c.id == p.c.article_id)
    if issue:
        q = q.where(p.c.issue == issue)
    if actor:
        q = q.where(_actor_filter([p.c.actor_id, p.c.actor_name, p.c.actor_text], actor))
    if stance:
        q = q.where(p.c.stance == stance)
    return _run_list(store, q, p, position_record, article_id, duplicates, since, until, limit, cursor)


# --- summary ----------------------------------------------------------------------------------------------


def counts(store: Store) -> dict[str, int]:
    a = t.articles
    with store.connect() as conn:
        return {
            "articles": conn.execute(sa.select(sa.func.count()).select_from(a)).scalar() or 0,
            "duplicates": conn.execute(
                sa.select(sa.func.count()).select_from(a).where(a.c.duplicate_of.is_not(None))
            ).scalar()
            or 0,
            "statements": conn.execute(sa.select(sa.func.count()).select_from(t.statements)).scalar() or 0,
            "events": conn.execute(sa.select(sa.func.count()).select_from(t.events)).scalar() or 0,
            "positions": conn.execute(sa.select(sa.func.count()).select_from(t.positions)).scalar() or 0,
        }
