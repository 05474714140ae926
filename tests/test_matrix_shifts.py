"""The actor x issue matrix as of a date, and shifts of stance with their evidence side by side."""

from __future__ import annotations

from datetime import date

from parley.extract.matrix import PositionRecord, build_matrix


def rec(actor: str, issue: str, stance: str, day: date | None, evidence: str = "", name: str | None = None
        ) -> PositionRecord:
    return PositionRecord(actor, name or actor.title(), issue, stance, day, evidence or f"{actor} {stance}",  # type: ignore[arg-type]
                          "doc.txt", None)


RECORDS = [
    rec("russia", "ceasefire", "oppose", date(2025, 2, 1), "no truce"),
    rec("russia", "ceasefire", "oppose", date(2025, 2, 10)),
    rec("russia", "ceasefire", "neutral", date(2025, 3, 1)),
    rec("russia", "ceasefire", "conditional", date(2025, 3, 18), "truce, but with nuances"),
    rec("ukraine", "nato-membership", "support", date(2025, 1, 5)),
]


def test_latest_side_as_of_a_date_with_its_backing() -> None:
    cell = build_matrix(RECORDS, at=date(2025, 3, 10)).cell("russia", "ceasefire")
    assert cell is not None
    assert (cell.stance, cell.backing, cell.total) == ("oppose", 2, 3)
    assert (cell.first_seen, cell.last_seen) == (date(2025, 2, 1), date(2025, 3, 1))


def test_without_a_date_everything_counts() -> None:
    matrix = build_matrix(RECORDS)
    cell = matrix.cell("russia", "ceasefire")
    assert cell is not None and cell.stance == "conditional" and cell.latest.evidence == "truce, but with nuances"
    assert matrix.actors == ["russia", "ukraine"]
    assert matrix.issues == ["ceasefire", "nato-membership"]


def test_a_later_neutral_mention_does_not_erase_a_side() -> None:
    cell = build_matrix(RECORDS[:3]).cell("russia", "ceasefire")
    assert cell is not None and cell.stance == "oppose"


def test_only_neutral_records_give_a_neutral_cell() -> None:
    cell = build_matrix([rec("un", "talks-venue", "neutral", date(2025, 5, 1))]).cell("un", "talks-venue")
    assert cell is not None and cell.stance == "neutral"


def test_shift_shows_earlier_and_later_evidence() -> None:
    (shift,) = build_matrix(RECORDS).shifts
    assert (shift.actor_id, shift.issue, shift.change) == ("russia", "ceasefire", "oppose -> conditional")
    assert shift.before.date == date(2025, 2, 10) and shift.after.evidence == "truce, but with nuances"
    assert shift.to_json()["before"]["stance"] == "oppose"


def test_neutral_noise_and_same_day_disagreement_are_not_shifts() -> None:
    records = [
        rec("usa", "sanctions", "support", date(2025, 4, 1)),
        rec("usa", "sanctions", "neutral", date(2025, 4, 2)),
        rec("usa", "sanctions", "support", date(2025, 4, 3)),
        rec("usa", "sanctions", "oppose", date(2025, 4, 3)),
        rec("usa", "sanctions", "support", date(2025, 4, 3)),
    ]
    matrix = build_matrix(records)
    assert matrix.shifts == []
    cell = matrix.cell("usa", "sanctions")
    assert cell is not None and cell.stance == "support"  # the majority on the latest day


def test_unresolved_actors_are_keyed_by_name_and_undated_records_need_no_date_filter() -> None:
    records = [PositionRecord(None, "a senior official", "ceasefire", "support", None, "e", "d.txt")]
    assert build_matrix(records).cell("a senior official", "ceasefire") is not None
    assert build_matrix(records, at=date(2025, 1, 1)).cells == {}


def test_matrix_serialises() -> None:
    out = build_matrix(RECORDS).to_json()
    assert out["at"] is None and len(out["cells"]) == 2 and len(out["shifts"]) == 1
