"""The team's own PLOVER sentences (tests/data/plover_team.tsv), pinned a little below what the coder reached.

The 338 sentences were written by the team from the PLOVER definitions alone, without looking at the lexicon
or at PLV, 22 per type (30 for YIELD). The fifth lexicon pass read the errors on even rows only; odd rows
are held out. Floors only go up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.evaluation.plv import read_plv, score_plv

TEAM_SET = Path(__file__).parent / "data" / "plover_team.tsv"
# Reached (docs/events.md, fifth pass), accuracy / macro-F1 / quad / coop-vs-conflict:
# even 0.899 / 0.898 / 0.935 / 0.982; odd (held out) 0.769 / 0.761 / 0.852 / 0.905; all 0.834 / 0.831 / 0.894 / 0.944.
# Before the pass: even 0.681 / 0.674, odd 0.681 / 0.672.
FLOORS = {
    "all": {"accuracy": 0.828, "macro_f1": 0.825, "quad_accuracy": 0.888, "coop_conflict_accuracy": 0.938},
    "even": {"accuracy": 0.893, "macro_f1": 0.892, "quad_accuracy": 0.929, "coop_conflict_accuracy": 0.976},
    "odd": {"accuracy": 0.763, "macro_f1": 0.755, "quad_accuracy": 0.846, "coop_conflict_accuracy": 0.899},
}


def test_the_team_set_covers_every_plv_type() -> None:
    rows = read_plv(TEAM_SET)
    assert len(rows) == 338
    assert {r.gold_root for r in rows} == {
        "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONSULT", "COOPERATE", "MOBILIZE", "PROTEST", "REJECT",
        "REQUEST", "SANCTION", "SUPPORT", "THREATEN", "YIELD",
    }


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_team_set_scores_stay_above_floors(split: str) -> None:
    report = score_plv(read_plv(TEAM_SET), split)  # type: ignore[arg-type]
    for metric, floor in FLOORS[split].items():
        assert getattr(report, metric) >= floor, f"{split} {metric} {getattr(report, metric):.3f} < {floor}"
