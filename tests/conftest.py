"""Shared fixtures: paths to the examples and to the third-party gold sets (skipped when absent)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"


def require_shared(*parts: str) -> Path:
    """The path under ../shared/data, or skip the test with the reason when it is not there."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"gold data {path} is absent (../shared/data ships only beside the team's checkout)")
    return path


@pytest.fixture(scope="session", autouse=True)
def _private_actor_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point the per-user actor-base cache at a folder of this test run, never the user's own."""
    folder = tmp_path_factory.mktemp("parley-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARLEY_CACHE_DIR", str(folder))
        yield folder


@pytest.fixture
def polnear_dev() -> Path:
    return require_shared("polnear", "dev")


@pytest.fixture
def polnear_train() -> Path:
    return require_shared("polnear", "train")


@pytest.fixture
def plv_train() -> Path:
    return require_shared("plv", "train.tsv")


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES
