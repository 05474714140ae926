"""Shared fixtures: paths to the examples and to the third-party gold sets (skipped when absent)."""

from __future__ import annotations

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
