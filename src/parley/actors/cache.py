"""A per-user cache of the built actor base, so a new process skips the YAML parse and index build.

Building the base (reading ~100 KB of YAML, validating it, generating office phrases and the lookup
index) takes about a tenth of a second; reading the finished base back with pickle takes a fifth of
that. The cache is keyed by the content of every input: the actor files themselves and the source of
the modules that turn them into an index, plus the Python version. Editing an actor file, passing a
different ``--actors`` file or changing the indexing code therefore builds (and stores) a fresh entry;
a stale entry can never be read.

Where: ``$PARLEY_CACHE_DIR`` when set (an empty value, ``0`` or ``off`` turns caching off), else
``$XDG_CACHE_HOME/parley``, else ``~/.cache/parley``. A cache that cannot be written (read-only home,
full disk) or read (a truncated file) is skipped silently: the base is built as without a cache.
The folder is as trusted as the user's own files: entries are pickles, so keep it private to the user.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

CACHE_ENV = "PARLEY_CACHE_DIR"
_OFF = frozenset({"", "0", "off", "no", "false"})
_PREFIX = "actors-"
_SUFFIX = ".pickle"
KEEP = 8  # entries kept per folder: one per set of actor files a user switches between
# Modules whose code decides what the built base holds; their source is part of the key.
_CODE_MODULES = ("codes", "index", "kb", "loader", "match", "normalize")

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The folder cache entries go in, or None when caching is turned off."""
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        return None if value.strip().lower() in _OFF else Path(value).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "parley"


def cache_key(inputs: Iterable[Path], *, packaged: bool) -> str:
    """A digest of everything the built base depends on: input files, indexing code, Python version."""
    digest = hashlib.sha256()
    digest.update(f"{sys.version_info[:2]}|packaged={packaged}".encode())
    here = Path(__file__).parent
    model = here.parent / "model.py"
    for path in [*(here / f"{name}.py" for name in _CODE_MODULES), model, *inputs]:
        digest.update(b"\0" + str(path.name).encode() + b"\0")
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:32]


def load_or_build(key: str, build: Callable[[], T]) -> T:
    """The object cached under ``key``, or ``build()``'s result, stored for the next process."""
    folder = cache_dir()
    if folder is None:
        return build()
    entry = folder / f"{_PREFIX}{key}{_SUFFIX}"
    try:
        with entry.open("rb") as handle:
            return pickle.load(handle)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - none yet, or a truncated or foreign entry: build and (over)write it
        pass
    value = build()
    _store(folder, entry, value)
    return value


def _store(folder: Path, entry: Path, value: object) -> None:
    """Write ``value`` to ``entry`` atomically (temporary file, then rename); prune old entries."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=folder, prefix=".tmp-", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            temporary = Path(handle.name)
        os.replace(temporary, entry)
    except (OSError, pickle.PicklingError):
        return
    _prune(folder, entry)


def _prune(folder: Path, keep: Path) -> None:
    """Remove all but the ``KEEP`` most recently written entries (the new one always stays)."""
    try:
        entries = sorted((p for p in folder.glob(f"{_PREFIX}*{_SUFFIX}") if p != keep),
                         key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP - 1:]:
            old.unlink(missing_ok=True)
    except OSError:
        return
