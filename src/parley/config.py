"""One settings object: defaults, then a TOML file, then PARLEY_* environment variables, then flags."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from parley.errors import ConfigError

DEFAULT_DB = "parley.db"
CONFIG_ENV = "PARLEY_CONFIG"


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told; each field can come from file, environment or flag."""

    db: str = DEFAULT_DB  # a path (SQLite) or an SQLAlchemy URL (postgresql+psycopg://...)
    actors: tuple[str, ...] = ()  # extra actor files supplied by the user
    issues: str | None = None  # a user issue taxonomy replacing the packaged one
    workers: int = 1
    timeout: float = 20.0  # seconds, for fetching URLs
    near_duplicate_threshold: float = 0.8  # share of the shorter text's shingles found in the other (MinHash)
    host: str = "127.0.0.1"
    port: int = 8765

    def merged(self, **overrides: Any) -> Settings:
        """A copy with the given values (None means "not given") taking precedence."""
        given = {k: v for k, v in overrides.items() if v is not None and v != ()}
        unknown = set(given) - {f.name for f in fields(self)}
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return replace(self, **{k: _coerce(k, v) for k, v in given.items()})


def _coerce(name: str, value: Any) -> Any:
    kinds = {f.name: f.type for f in fields(Settings)}
    kind = str(kinds[name])
    try:
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind.startswith("tuple"):
            if isinstance(value, str):
                return tuple(v for v in value.split(os.pathsep) if v)
            return tuple(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r} cannot be {value!r}: {exc}") from None
    return value


def load_settings(config_file: str | Path | None = None, **flags: Any) -> Settings:
    """Build the settings: defaults → TOML file ([parley] table) → PARLEY_* environment → flags."""
    settings = Settings()
    path = config_file or os.environ.get(CONFIG_ENV)
    if path:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"settings file {p} does not exist") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"settings file {p} is not valid TOML: {exc}") from None
        settings = settings.merged(**data.get("parley", data))
    env = {}
    for f in fields(Settings):
        value = os.environ.get(f"PARLEY_{f.name.upper()}")
        if value is not None:
            env[f.name] = value
    settings = settings.merged(**env)
    return settings.merged(**flags)
