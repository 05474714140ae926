"""The JSON API under /api/: thin views over the shared store queries, with CSV twins of every list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse

from parley.errors import QueryError
from parley.interfaces.web import actor_info
from parley.interfaces.web.export import iter_csv, iter_pages
from parley.store import queries, views
from parley.store.database import Store

router = APIRouter(prefix="/api")

KINDS = ("direct", "indirect", "mixed")


def get_store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(get_store)]
Since = Annotated[str | None, Query(description="only on or after this date (YYYY-MM-DD)")]
Until = Annotated[str | None, Query(description="only on or before this date (YYYY-MM-DD)")]
Limit = Annotated[int | None, Query(ge=1, le=queries.MAX_LIMIT, description="records per page (JSON default 50; CSV: all)")]
Cursor = Annotated[str | None, Query(description="next_cursor from the previous page")]
Format = Annotated[str, Query(pattern="^(json|csv)$", description="json (default) or csv")]


def respond(table: str, fmt: str, fetch: Callable[..., queries.Page], limit: int | None, cursor: str | None,
            /, **filters: Any) -> Any:
    """A page as JSON, or the whole filtered list (from ``cursor``, up to ``limit``) as streamed CSV."""
    if fmt == "csv":
        # Run the first page now so a bad filter is a 400, not a broken stream.
        first = fetch(limit=1, cursor=cursor, **filters)
        records = iter_pages(fetch, cursor, limit, **filters) if first.items else iter([])
        return StreamingResponse(iter_csv(table, records), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="parley-{table}.csv"'})
    page = fetch(limit=limit or 50, cursor=cursor, **filters)
    return {"items": page.items, "next_cursor": page.next_cursor}


def csv_twin(path: str) -> list[str]:
    """The JSON path and its ``.csv`` twin, so ``/api/statements.csv`` is ``/api/statements?format=csv``."""
    return [path, f"{path}.csv"]


def pick_format(request: Request, fmt: str) -> str:
    return "csv" if request.url.path.endswith(".csv") else fmt


def _check_kind(kind: str | None) -> None:
    if kind is not None and kind not in KINDS:
        raise QueryError(f"kind {kind!r} is not one Parley knows", hint=f"use one of {', '.join(KINDS)}")


# --- summary --------------------------------------------------------------------------------------------


@router.get("/summary")
def summary(store: StoreDep) -> dict[str, Any]:
    """Counts of everything stored, the top speakers, and the span of position dates."""
    return {"counts": queries.counts(store), "top_speakers": queries.top_speakers(store),
            "position_dates": views.position_dates(store)}


# --- articles -------------------------------------------------------------------------------------------


def _articles(request: Request, store: StoreDep, since: Since = None, until: Until = None,
              outlet: str | None = None, q: Annotated[str | None, Query(description="words in title or doc")] = None,
              limit: Limit = None, cursor: Cursor = None, format: Format = "json") -> Any:
    """Articles, newest first; filter by dates, outlet and title words."""
    return respond("articles", pick_format(request, format),
                   lambda **kw: queries.list_articles(store, **kw), limit, cursor,
                   since=since, until=until, outlet=outlet, search=q)


for _path in csv_twin("/articles"):
    router.add_api_route(_path, _articles, methods=["GET"], name=f"articles{'.csv' if _path.endswith('.csv') else ''}")


@router.get("/articles/{article_id}")
def article(article_id: int, store: StoreDep) -> dict[str, Any]:
    """One article: its text (offsets are Python code points) with its statements, events and positions."""
    record = queries.get_article(store, article_id)
    if record is None:
        raise HTTPException(404, f"no article with id {article_id}")
    return record


# --- statements, events, positions ----------------------------------------------------------------------


def _statements(request: Request, store: StoreDep,
                speaker: Annotated[str | None, Query(description="actor id, or part of the speaker's name")] = None,
                q: Annotated[str | None, Query(description="full-text search in quotes and speakers")] = None,
                since: Since = None, until: Until = None,
                kind: Annotated[str | None, Query(description="direct, indirect or mixed")] = None,
                country: Annotated[str | None, Query(description="speaker's country (ISO alpha-3)")] = None,
                limit: Limit = None, cursor: Cursor = None, format: Format = "json") -> Any:
    """Statements (who said what), newest first."""
    _check_kind(kind)
    def fetch(**kw: Any) -> queries.Page:
        page = queries.list_statements(store, **kw)
        actor_info.add_roles(page.items)
        return page

    return respond("statements", pick_format(request, format), fetch, limit, cursor,
                   speaker=speaker, search=q, since=since, until=until, kind=kind, country=country)


def _events(request: Request, store: StoreDep,
            actor: Annotated[str | None, Query(description="actor id or name, as source or target")] = None,
            type: Annotated[str | None, Query(description="PLOVER type(s), comma-separated")] = None,
            since: Since = None, until: Until = None, limit: Limit = None, cursor: Cursor = None,
            format: Format = "json") -> Any:
    """Events (who did what to whom), newest first."""
    return respond("events", pick_format(request, format), lambda **kw: queries.list_events(store, **kw),
                   limit, cursor, actor=actor, event_type=type, since=since, until=until)


def _positions(request: Request, store: StoreDep,
               issue: str | None = None,
               actor: Annotated[str | None, Query(description="actor id or name")] = None,
               stance: Annotated[str | None, Query(description="support, oppose, conditional or neutral")] = None,
               since: Since = None, until: Until = None, limit: Limit = None, cursor: Cursor = None,
               format: Format = "json") -> Any:
    """Positions (actor × issue stances), newest first."""
    views.check_stance(stance)
    return respond("positions", pick_format(request, format), lambda **kw: queries.list_positions(store, **kw),
                   limit, cursor, issue=issue, actor=actor, stance=stance, since=since, until=until)


for _name, _view in (("statements", _statements), ("events", _events), ("positions", _positions)):
    for _path in csv_twin(f"/{_name}"):
        router.add_api_route(_path, _view, methods=["GET"], name=_path.removeprefix("/"))


@router.get("/events/timeline")
def events_timeline(store: StoreDep, since: Since = None, until: Until = None,
                    bucket: Annotated[str, Query(description="day, week or month")] = "day",
                    type: Annotated[str | None, Query(description="PLOVER type(s), comma-separated")] = None,
                    ) -> dict[str, Any]:
    """Event counts per date bucket and PLOVER type."""
    return views.event_timeline(store, since=since, until=until, bucket=bucket, event_type=type)


@router.get("/events/network")
def events_network(store: StoreDep, since: Since = None, until: Until = None,
                   type: Annotated[str | None, Query(description="PLOVER type(s), comma-separated")] = None,
                   min_count: Annotated[int, Query(ge=1)] = 1,
                   limit: Annotated[int, Query(ge=1, le=5000, description="the heaviest edges to keep")] = 300,
                   ) -> dict[str, Any]:
    """Actors as nodes, events between them as typed, counted edges (the heaviest ``limit`` of them)."""
    return views.actor_network(store, since=since, until=until, event_type=type, min_count=min_count, limit=limit)


def _matrix(request: Request, store: StoreDep,
            at: Annotated[str | None, Query(description="as-of date (YYYY-MM-DD); default: everything")] = None,
            since: Since = None, issue: str | None = None, actor: str | None = None,
            unresolved: Annotated[bool, Query(description="also rows for actors the actor base did not resolve")] = False,
            format: Format = "json") -> Any:
    """Actors × issues: the latest stance as of a date, with counts and shifts."""
    matrix = views.positions_matrix(store, at=at, since=since, issue=issue, actor=actor, resolved=not unresolved)
    if pick_format(request, format) == "csv":
        return StreamingResponse(iter_csv("matrix", matrix["cells"]), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="parley-matrix.csv"'})
    return matrix


for _path in csv_twin("/positions/matrix"):
    router.add_api_route(_path, _matrix, methods=["GET"], name=_path.removeprefix("/"))


# --- actors ---------------------------------------------------------------------------------------------


def _actors(request: Request, store: StoreDep,
            q: Annotated[str | None, Query(description="part of the name or id")] = None,
            country: str | None = None, format: Format = "json") -> Any:
    """Actors seen in the store with their statement, event and position counts, most active first."""
    items = views.list_actors(store, search=q, country=country)
    if pick_format(request, format) == "csv":
        return StreamingResponse(iter_csv("actors", items), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="parley-actors.csv"'})
    return {"items": items, "next_cursor": None}


for _path in csv_twin("/actors"):
    router.add_api_route(_path, _actors, methods=["GET"], name=_path.removeprefix("/"))


@router.get("/actors/{actor_id}")
def actor(actor_id: str, store: StoreDep,
          limit: Annotated[int, Query(ge=1, le=200, description="statements and events to include")] = 20
          ) -> dict[str, Any]:
    """One actor: roles over time, counts, latest statements and events, positions by issue over time."""
    tally = views.actor_tally(store, actor_id)
    known = actor_info.describe(actor_id)
    if tally is None and known is None:
        raise HTTPException(404, f"no actor with id {actor_id!r} in the store or the actor base")
    record: dict[str, Any] = {"type": "actor", "actor_id": actor_id, "statements": 0, "events": 0, "positions": 0}
    record.update(tally or {})
    record.update({k: v for k, v in (known or {}).items() if v not in (None, [], ())})
    record.setdefault("roles", [])
    record["in_actor_base"] = known is not None
    statements = queries.list_statements(store, speaker=actor_id, limit=limit)
    events = queries.list_events(store, actor=actor_id, limit=limit)
    record["latest_statements"] = {"items": actor_info.add_roles(statements.items), "next_cursor": statements.next_cursor}
    record["latest_events"] = {"items": events.items, "next_cursor": events.next_cursor}
    record["positions_by_issue"] = views.actor_positions_over_time(store, actor_id)
    return record
