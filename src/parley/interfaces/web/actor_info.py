"""What the actor base knows about an actor (name, country, roles over time), for the actor page."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _actor_base() -> Any:
    """The packaged actor base, or None while it is absent (the page then shows what the store knows)."""
    try:
        from parley.actors import default_actor_base  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        return default_actor_base()
    except Exception:  # noqa: BLE001  (a broken data file must not take the dashboard down)
        return None


def describe(actor_id: str) -> dict[str, Any] | None:
    """The actor's name, kind, country, sector, aliases and roles, or None when the base lacks the id."""
    kb = _actor_base()
    if kb is None:
        return None
    try:
        actor = kb.get(actor_id)
    except (KeyError, LookupError):
        return None
    if actor is None:
        return None
    return {
        "name": actor.name,
        "kind": getattr(actor, "kind", None),
        "country": actor.country,
        "sector": actor.sector,
        "aliases": list(getattr(actor, "aliases", ()) or ()),
        "roles": [
            {
                "title": role.title,
                "organisation": role.organisation,
                "country": getattr(role, "country", None),
                "start": role.start.isoformat() if role.start else None,
                "end": role.end.isoformat() if role.end else None,
            }
            for role in sorted(actor.roles, key=lambda r: r.start or date.min, reverse=True)
        ],
    }


def role_label(actor_id: str | None, day: str | None) -> str | None:
    """"Title, Organisation" of the post the actor held on ``day`` (YYYY-MM-DD), per the actor base."""
    kb = _actor_base()
    if kb is None or not actor_id:
        return None
    try:
        actor = kb.get(actor_id)
        role = actor.role_on(date.fromisoformat(day) if day else None) if actor else None
    except (KeyError, LookupError, ValueError):
        return None
    if role is None:
        return None
    return f"{role.title}, {role.organisation}" if role.organisation else role.title


def add_roles(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each statement's speaker the role they held on the statement's date."""
    for record in records:
        record["speaker"]["role"] = role_label(record["speaker"].get("actor_id"), record.get("date"))
    return records
