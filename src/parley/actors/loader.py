"""Reading and validating actor YAML files into Actor records, with errors that name the fix."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from parley.actors.codes import COUNTRY_CODES, GENDERS, KINDS, SECTORS
from parley.errors import DataFileError
from parley.model import Actor, Role

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ACTOR_KEYS = frozenset(
    {"id", "name", "kind", "country", "sector", "gender", "aliases", "roles", "demonyms", "capital",
     "military", "prominence", "surname"}
)
ROLE_KEYS = frozenset({"title", "organisation", "country", "start", "end", "descriptions", "generate"})
DEFAULT_KEYS = frozenset({"kind", "country", "sector"})



@functools.cache
def yaml_loader() -> Any:
    """PyYAML's safe loader (the C one when present: ~10x faster), leaving dates as text.

    Dates stay strings so that a bad date becomes our error naming the entry, not a YAML crash. Built on
    first use: PyYAML costs ~15 ms to import, which a process reading the cached actor base never pays.
    """
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader: Any = type("ParleyActorLoader", (base,), {})
    loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    return loader


def load_yaml(text: str) -> Any:
    """Parse YAML text with ``yaml_loader()``; yaml.YAMLError when it is malformed."""
    import yaml

    return yaml.load(text, Loader=yaml_loader())  # noqa: S506 - a SafeLoader subclass


@dataclass(frozen=True, slots=True)
class RoleSpec:
    """A role plus what the index needs to know about it: whether to generate office phrases."""

    role: Role
    generate: bool = True


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """One validated entry: the Actor and the lookup facts that the model type does not carry."""

    actor: Actor
    role_specs: tuple[RoleSpec, ...]
    demonyms: tuple[str, ...] = ()  # first: the adjective ("Russian"); others: plural nouns ("Russians")
    capital: str | None = None
    military: str | None = None  # id of the armed forces actor, for "Russian troops"
    prominence: int = 0  # breaks ties when a surname or office phrase fits several actors
    surname: str | None = None
    source: str = ""


class _EntryError(Exception):
    """Raised inside validation; turned into a DataFileError that names the file and entry."""


def read_actor_file(path: Path | str, *, label: str | None = None) -> list[ActorRecord]:
    """Validated records of one YAML file; DataFileError naming the file and entry when malformed."""
    import yaml  # here, not at the top: a process reading the cached base never needs it

    where = label or str(path)
    try:
        raw = load_yaml(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(f"actor file {where} does not exist", hint="check the path given") from None
    except yaml.YAMLError as exc:
        raise DataFileError(f"actor file {where} is not valid YAML: {exc}".replace("\n", " "),
                            hint="fix the YAML syntax at the line and column named") from None
    return parse_actor_document(raw, where)


def parse_actor_document(raw: Any, where: str) -> list[ActorRecord]:
    """Records of a parsed YAML document: a list of entries, or {defaults: {...}, actors: [...]}."""
    defaults: dict[str, Any] = {}
    if isinstance(raw, dict):
        unknown = set(raw) - {"defaults", "actors"}
        if unknown:
            raise DataFileError(f"{where}: unknown top-level keys {sorted(unknown)}",
                                hint="a file holds 'defaults' (optional) and 'actors' (a list of entries)")
        defaults = raw.get("defaults") or {}
        if not isinstance(defaults, dict) or set(defaults) - DEFAULT_KEYS:
            raise DataFileError(f"{where}: 'defaults' must map some of {sorted(DEFAULT_KEYS)} to values",
                                hint="remove other keys from 'defaults'")
        raw = raw.get("actors")
    if not isinstance(raw, list):
        raise DataFileError(f"{where}: expected a list of actor entries",
                            hint="write '- id: ...' entries, or 'actors:' followed by such a list")
    records: list[ActorRecord] = []
    seen: set[str] = set()
    for number, entry in enumerate(raw, start=1):
        label = _entry_label(entry, number)
        try:
            record = _parse_entry(entry, defaults, where)
        except _EntryError as exc:
            raise DataFileError(f"{where}: entry {label}: {exc}",
                                hint="fix this entry; see docs/actors.md for the format") from None
        if record.actor.id in seen:
            raise DataFileError(f"{where}: entry {label}: id {record.actor.id!r} appears twice in this file",
                                hint="give each entry its own id, or merge the two entries")
        seen.add(record.actor.id)
        records.append(record)
    return records


def _entry_label(entry: Any, number: int) -> str:
    if isinstance(entry, dict) and entry.get("id"):
        return f"#{number} (id {entry['id']!r})"
    if isinstance(entry, dict) and entry.get("name"):
        return f"#{number} (name {entry['name']!r})"
    return f"#{number}"


def _parse_entry(entry: Any, defaults: dict[str, Any], where: str) -> ActorRecord:
    if not isinstance(entry, dict):
        raise _EntryError("is not a mapping of keys to values")
    unknown = set(entry) - ACTOR_KEYS
    if unknown:
        raise _EntryError(f"unknown keys {sorted(unknown)}; allowed: {sorted(ACTOR_KEYS)}")
    actor_id = entry.get("id")
    if not isinstance(actor_id, str) or not actor_id:
        raise _EntryError("missing 'id' (a kebab-case slug such as dmitry-peskov)")
    if not ID_RE.match(actor_id):
        raise _EntryError(f"id {actor_id!r} is not a kebab-case slug (lower-case letters, digits, hyphens)")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _EntryError("missing 'name' (the name as most news writes it)")
    kind = entry.get("kind", defaults.get("kind", "person"))
    if kind not in KINDS:
        raise _EntryError(f"kind {kind!r} is not one of {list(KINDS)}")
    country = _check_country(entry.get("country", defaults.get("country")), "country")
    sector = entry.get("sector", defaults.get("sector"))
    if sector is not None and sector not in SECTORS:
        raise _EntryError(f"sector {sector!r} is not one of {sorted(SECTORS)}")
    gender = entry.get("gender")
    if gender is not None and gender not in GENDERS:
        raise _EntryError(f"gender {gender!r} is not one of {list(GENDERS)}")
    aliases = _str_list(entry, "aliases")
    demonyms = _str_list(entry, "demonyms")
    capital = _opt_str(entry, "capital")
    if capital:
        aliases = (*aliases, capital)
    specs = tuple(_parse_role(r, i, country) for i, r in enumerate(_list(entry, "roles"), start=1))
    prominence = entry.get("prominence", 0)
    if not isinstance(prominence, int) or isinstance(prominence, bool):
        raise _EntryError(f"prominence {prominence!r} is not a whole number")
    if "surname" in entry:
        surname = _opt_str(entry, "surname") or None
    else:
        words = name.split()
        surname = words[-1] if kind == "person" and len(words) > 1 else None
    actor = Actor(id=actor_id, name=name.strip(), kind=kind, country=country, sector=sector,
                  aliases=aliases, roles=tuple(s.role for s in specs), gender=gender)
    return ActorRecord(actor=actor, role_specs=specs, demonyms=demonyms, capital=capital,
                       military=_opt_str(entry, "military"), prominence=prominence, surname=surname,
                       source=where)


def _parse_role(raw: Any, number: int, actor_country: str | None) -> RoleSpec:
    if not isinstance(raw, dict):
        raise _EntryError(f"role #{number} is not a mapping (write title:, start:, end:, ...)")
    unknown = set(raw) - ROLE_KEYS
    if unknown:
        raise _EntryError(f"role #{number}: unknown keys {sorted(unknown)}; allowed: {sorted(ROLE_KEYS)}")
    title = raw.get("title")
    if not isinstance(title, str) or not title.strip():
        raise _EntryError(f"role #{number}: missing 'title'")
    start = _parse_date(raw.get("start"), f"role #{number} ({title}) start")
    end = _parse_date(raw.get("end"), f"role #{number} ({title}) end")
    if start and end and end < start:
        raise _EntryError(f"role #{number} ({title}): end {end} is before start {start}")
    country = _check_country(raw.get("country", actor_country), f"role #{number} country")
    organisation = raw.get("organisation")
    if organisation is not None and not isinstance(organisation, str):
        raise _EntryError(f"role #{number}: 'organisation' must be text or an actor id")
    descriptions = _str_list(raw, "descriptions", f"role #{number} ")
    generate = raw.get("generate", True)
    if not isinstance(generate, bool):
        raise _EntryError(f"role #{number}: 'generate' must be true or false")
    role = Role(title=title.strip(), organisation=organisation, country=country, start=start, end=end,
                descriptions=tuple(d.strip().lower() for d in descriptions))
    return RoleSpec(role, generate)


def _parse_date(value: Any, what: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _EntryError(f"{what} {value!r} is not a date; write YYYY-MM-DD (leave it out when unknown)")


def _check_country(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or value not in COUNTRY_CODES:
        raise _EntryError(f"{what} {value!r} is not an ISO 3166 alpha-3 code or one of EUR, IGO, XKX")
    return value


def _list(entry: dict[str, Any], key: str) -> list[Any]:
    value = entry.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _EntryError(f"'{key}' must be a list")
    return value


def _str_list(entry: dict[str, Any], key: str, prefix: str = "") -> tuple[str, ...]:
    items = _list(entry, key)
    bad = [v for v in items if not isinstance(v, str) or not v.strip()]
    if bad:
        raise _EntryError(f"{prefix}'{key}' must hold non-empty text items; bad: {bad!r}")
    return tuple(v.strip() for v in items)


def _opt_str(entry: dict[str, Any], key: str) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _EntryError(f"'{key}' must be text")
    return value.strip()
