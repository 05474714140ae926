"""The per-user actor-base cache: reused when inputs match, rebuilt when any input changes, never fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.actors import cache as actor_cache
from parley.actors.kb import load_actor_base
from parley.errors import DataFileError

EXTRA = """
- id: test-envoy-lindqvist
  name: Maren Lindqvist
  kind: person
  country: SWE
  sector: GOV
"""


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("PARLEY_CACHE_DIR", str(folder))
    return folder


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("actors-*.pickle"))


def test_second_load_reads_the_stored_base(cache_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_actor_base()
    assert len(entries(cache_folder)) == 1

    def no_build(*args: object) -> None:
        raise AssertionError("the base was rebuilt although a cache entry matched")

    monkeypatch.setattr("parley.actors.kb._build_base", no_build)
    second = load_actor_base()
    assert len(second) == len(first)
    match = second.match("Kremlin spokesman Dmitry Peskov")
    assert match is not None and match.actor.id == "dmitry-peskov"


def test_user_file_gets_its_own_entry_and_edits_rebuild(cache_folder: Path, tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(EXTRA, encoding="utf-8")
    load_actor_base()
    with_user = load_actor_base([extra])
    assert "test-envoy-lindqvist" in with_user
    assert len(entries(cache_folder)) == 2

    extra.write_text(EXTRA.replace("Maren Lindqvist", "Maren Lindqvist-Berg"), encoding="utf-8")
    edited = load_actor_base([extra])
    actor = edited.get("test-envoy-lindqvist")
    assert actor is not None and actor.name == "Maren Lindqvist-Berg"  # not the stale entry
    assert len(entries(cache_folder)) == 3


def test_corrupt_entry_is_rebuilt_and_replaced(cache_folder: Path) -> None:
    load_actor_base()
    (entry,) = entries(cache_folder)
    entry.write_bytes(b"not a pickle")
    base = load_actor_base()
    assert base.get("vladimir-putin") is not None
    assert entry.read_bytes()[:1] == b"\x80"  # a pickle again


def test_unwritable_folder_still_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way", encoding="utf-8")
    monkeypatch.setenv("PARLEY_CACHE_DIR", str(blocker / "cache"))  # cannot be created under a file
    assert load_actor_base().get("vladimir-putin") is not None


@pytest.mark.parametrize("value", ["", "0", "off"])
def test_cache_can_be_turned_off(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_CACHE_DIR", value)
    assert actor_cache.cache_dir() is None


def test_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PARLEY_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert actor_cache.cache_dir() == tmp_path / "parley"


def test_old_entries_are_pruned(cache_folder: Path) -> None:
    for n in range(actor_cache.KEEP + 3):
        actor_cache.load_or_build(f"key{n}", lambda n=n: n)
    assert len(entries(cache_folder)) == actor_cache.KEEP
    assert actor_cache.load_or_build(f"key{actor_cache.KEEP + 2}", lambda: -1) == actor_cache.KEEP + 2


def test_missing_and_folder_user_files_are_named(cache_folder: Path, tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="does not exist"):
        load_actor_base([tmp_path / "nope.yaml"])
    with pytest.raises(DataFileError, match="is a folder"):
        load_actor_base([tmp_path])
