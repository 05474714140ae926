"""The actor base: packaged YAML files plus user files, validated, indexed and cached."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from parley.actors.cache import cache_key, load_or_build
from parley.actors.index import build_index
from parley.actors.loader import ActorRecord, load_yaml, parse_actor_document, read_actor_file
from parley.actors.match import ActorMatch, Matcher
from parley.actors.scanner import TextScanner
from parley.errors import DataFileError
from parley.model import Actor

DATA_PACKAGE = "parley.actors"


class ActorBase:
    """Known actors and the lookups over them: by id, by phrase, in running text, by role noun."""

    def __init__(self, records: Iterable[ActorRecord]) -> None:
        self._records = tuple(records)
        _check_references(self._records)
        self._index = build_index(list(self._records))
        self._matcher = Matcher(self._index)
        self._by_id = self._index.actors  # actors as indexed: "{c}" in descriptions spelled out
        self._actors = tuple(self._by_id.values())

    @property
    def actors(self) -> tuple[Actor, ...]:
        return self._actors

    @property
    def records(self) -> tuple[ActorRecord, ...]:
        """The validated entries, with demonyms, prominence and the file each came from."""
        return self._records

    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._by_id

    def get(self, actor_id: str) -> Actor | None:
        return self._by_id.get(actor_id)

    def match(self, phrase: str, day: date | None = None) -> ActorMatch | None:
        """The actor a whole speaker/agent phrase denotes on ``day``, or None (offsets within phrase)."""
        return self._matcher.match_phrase(phrase, day)

    def find_all(self, text: str, start: int = 0, end: int | None = None,
                 day: date | None = None) -> list[ActorMatch]:
        """Every known-actor mention in ``text[start:end]``, longest first, with absolute offsets."""
        return self._matcher.scan(text, start, end, day)

    def scanner(self, text: str, day: date | None = None) -> TextScanner:
        """``find_all`` for many stretches of one text (its sentences), with the text read once."""
        return self._matcher.scanner(text, day)

    def role_holders(self, noun: str, day: date | None) -> list[Actor]:
        """Actors whose role on ``day`` fits a bare role noun ("spokesman", "foreign minister")."""
        return self._matcher.role_holders(noun, day)

    def ambiguous_keys(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """Name keys several equally prominent actors claim; none of them is matched by it."""
        return dict(self._index.ambiguous)


def packaged_files() -> list[Path]:
    """The packaged data files, in name order."""
    folder = Path(__file__).with_name("data")
    if not folder.is_dir():  # not installed as plain files (a zip, say): ask importlib where they are
        from importlib import resources  # ~10 ms to import, so only when needed

        folder = Path(str(resources.files(DATA_PACKAGE) / "data"))
    return sorted(p for p in folder.iterdir() if p.name.endswith(".yaml"))


def read_packaged_records() -> list[ActorRecord]:
    """All packaged records; an id used twice across the packaged files is an error."""
    records: list[ActorRecord] = []
    origin: dict[str, str] = {}
    for path in packaged_files():
        for record in read_actor_file(path, label=f"packaged {path.name}"):
            if record.actor.id in origin:
                raise DataFileError(
                    f"packaged {path.name}: id {record.actor.id!r} is also in {origin[record.actor.id]}",
                    hint="keep one entry per id across the packaged files")
            origin[record.actor.id] = f"packaged {path.name}"
            records.append(record)
    return records


def merge_records(base: list[ActorRecord], extra: Iterable[ActorRecord]) -> list[ActorRecord]:
    """``base`` with each extra record replacing the one with its id, or added at the end."""
    merged = {r.actor.id: r for r in base}
    for record in extra:
        merged[record.actor.id] = record
    return list(merged.values())


def load_actor_base(extra_files: Iterable[str | Path] = (), *, packaged: bool = True) -> ActorBase:
    """Packaged actors (unless ``packaged=False``) plus user files; a user id replaces, a new id adds.

    The built base is cached per user (see ``parley.actors.cache``), keyed by the content of every file
    read, so later processes load it in a fifth of the time; a missing or malformed user file is
    reported as when nothing is cached.
    """
    extra = [Path(p) for p in extra_files]
    for path in extra:
        if not path.exists():
            raise DataFileError(f"actor file {path} does not exist", hint="check the path given")
        if not path.is_file():
            raise DataFileError(f"actor file {path} is a folder", hint="give the YAML file inside it")
    inputs = [*(packaged_files() if packaged else []), *extra]
    with _collector_paused():
        try:
            key = cache_key(inputs, packaged=packaged)
        except OSError:  # an unreadable file: building reports it with its name
            return _build_base(extra, packaged)
        return load_or_build(key, lambda: _build_base(extra, packaged))


def _build_base(extra_files: list[Path], packaged: bool) -> ActorBase:
    records = read_packaged_records() if packaged else []
    for path in extra_files:
        records = merge_records(records, read_actor_file(path))
    return ActorBase(records)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the base is built.

    Loading allocates ~100,000 small objects that all live on, so the collector's passes during it find
    nothing to free yet cost ~20% of the load. Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def actor_base_from_yaml(text: str, *, label: str = "<yaml>", packaged: bool = True) -> ActorBase:
    """Packaged actors plus entries given as YAML text (handy in tests and notebooks)."""
    import yaml

    records = read_packaged_records() if packaged else []
    try:
        raw = load_yaml(text)
    except yaml.YAMLError as exc:
        raise DataFileError(f"{label} is not valid YAML: {exc}".replace("\n", " ")) from None
    return ActorBase(merge_records(records, parse_actor_document(raw, label)))


_default: ActorBase | None = None
_lock = threading.Lock()


def default_actor_base() -> ActorBase:
    """The packaged actor base, loaded on first use and shared afterwards."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = load_actor_base()
    return _default


def set_default_actor_files(extra_files: Iterable[str | Path]) -> ActorBase:
    """Make the default actor base the packaged one plus the user's files (``--actors FILE``).

    Every stage that asks for ``default_actor_base()`` afterwards sees the user's actors; a malformed
    file raises DataFileError here, before any article is read.
    """
    global _default
    base = load_actor_base(list(extra_files))
    with _lock:
        _default = base
    return base


def _check_references(records: tuple[ActorRecord, ...]) -> None:
    """References between entries (military: an actor id) must point at an entry that exists."""
    ids = {r.actor.id for r in records}
    for record in records:
        if record.military and record.military not in ids:
            raise DataFileError(
                f"{record.source}: entry {record.actor.id!r}: military {record.military!r} is no actor id",
                hint="add that actor or remove the 'military' key")
