"""The stance gold set: its shape, and pinned score floors (never lowered quietly; see docs/positions.md)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from parley.errors import EvalError
from parley.evaluation.stance import DEFAULT_GOLD, load_gold, score_stances, select_split
from parley.extract.issues import load_issues

# Floors a little under the figures in docs/positions.md, so that noise does not fail the build
# but a real regression does.
FLOORS = {"all": (0.96, 0.88), "tuning": (0.97, 0.93), "held-out": (0.96, 0.83)}


def test_gold_set_covers_every_issue_and_stance() -> None:
    gold = load_gold(DEFAULT_GOLD)
    assert len(gold) >= 150
    issues = Counter(i for g in gold for i in g.issues)
    stances = Counter(s for g in gold for s in g.issues.values())
    assert set(issues) == set(load_issues().ids)
    assert set(stances) == {"support", "oppose", "conditional", "neutral"}
    assert sum(not g.issues for g in gold) >= 10  # sentences about no issue
    assert len(select_split(gold, "tuning")) == len(select_split(gold, "held-out"))


@pytest.mark.parametrize("split", ["all", "tuning", "held-out"])
def test_scores_stay_above_the_floor(split: str) -> None:
    report = score_stances(select_split(load_gold(DEFAULT_GOLD), split))  # type: ignore[arg-type]
    f1_floor, stance_floor = FLOORS[split]
    assert report.total.f1 >= f1_floor
    assert report.total.stance_accuracy >= stance_floor


def test_bad_gold_lines_are_reported_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"id": 1, "text": "x", "issues": []}) + "\n{broken\n", encoding="utf-8")
    with pytest.raises(EvalError, match="line 2"):
        load_gold(path)
    path.write_text(json.dumps({"id": 1, "text": "x", "issues": [{"issue": "a", "stance": "maybe"}]}))
    with pytest.raises(EvalError, match="unknown stance"):
        load_gold(path)
