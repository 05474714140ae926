"""The actor x issue matrix of positions as of a date, and the shifts of stance over time.

Rules (documented in docs/positions.md):
- An actor is its ``actor_id``, or its name when the mention was not resolved.
- The stance of a cell is the latest *non-neutral* stance as of ``at``: a later neutral mention
  ("the issue was discussed") does not erase a side taken before. A cell is neutral only when
  every record in it is neutral. When records on the latest day disagree, the most frequent
  stance that day wins, and on a tie the one read last.
- ``at`` keeps records dated on or before it; undated records count only when ``at`` is None and
  sort before every dated one.
- A shift is a change between two consecutive non-neutral stances of the same actor on the same
  issue, on different days. Neutral records are ignored (neutral <-> x is noise, not a change of
  mind), and so are disagreements within one day (two readings of the same day's news).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from parley.model import Stance


@dataclass(frozen=True, slots=True)
class PositionRecord:
    """One stored position, as the store hands it over."""

    actor_id: str | None
    actor_name: str
    issue: str
    stance: Stance
    date: date | None
    evidence: str
    doc: str
    statement_id: int | str | None = None
    article_id: int | None = None  # the stored article, so a cell can link to its evidence

    @property
    def actor_key(self) -> str:
        return self.actor_id or self.actor_name


@dataclass(frozen=True, slots=True)
class MatrixCell:
    """Where one actor stands on one issue as of the matrix date, and how well that is backed."""

    actor_id: str | None
    actor_name: str
    issue: str
    stance: Stance
    backing: int  # records with this stance
    total: int  # all records of this actor on this issue
    first_seen: date | None
    last_seen: date | None
    latest: PositionRecord  # the record that gave the stance

    def to_json(self) -> dict[str, Any]:
        return {
            "actor_id": self.actor_id, "actor_name": self.actor_name, "issue": self.issue,
            "stance": self.stance, "backing": self.backing, "total": self.total,
            "first_seen": _iso(self.first_seen), "last_seen": _iso(self.last_seen),
            "evidence": self.latest.evidence, "doc": self.latest.doc,
        }


@dataclass(frozen=True, slots=True)
class Shift:
    """An actor changing stance on an issue: the earlier and later evidence side by side."""

    actor_id: str | None
    actor_name: str
    issue: str
    before: PositionRecord
    after: PositionRecord

    @property
    def change(self) -> str:
        return f"{self.before.stance} -> {self.after.stance}"

    def to_json(self) -> dict[str, Any]:
        def side(r: PositionRecord) -> dict[str, Any]:
            return {"stance": r.stance, "date": _iso(r.date), "evidence": r.evidence, "doc": r.doc,
                    "statement_id": r.statement_id}

        return {"actor_id": self.actor_id, "actor_name": self.actor_name, "issue": self.issue,
                "before": side(self.before), "after": side(self.after)}


@dataclass
class PositionMatrix:
    """Cells keyed by (actor, issue), the actors and issues in view, and the shifts found."""

    at: date | None
    cells: dict[tuple[str, str], MatrixCell] = field(default_factory=dict)
    shifts: list[Shift] = field(default_factory=list)

    @property
    def actors(self) -> list[str]:
        return sorted({a for a, _ in self.cells})

    @property
    def issues(self) -> list[str]:
        return sorted({i for _, i in self.cells})

    def cell(self, actor: str, issue: str) -> MatrixCell | None:
        return self.cells.get((actor, issue))

    def to_json(self) -> dict[str, Any]:
        return {"at": _iso(self.at), "cells": [c.to_json() for c in self.cells.values()],
                "shifts": [s.to_json() for s in self.shifts]}


def build_matrix(records: Iterable[PositionRecord], at: date | None = None) -> PositionMatrix:
    """The matrix as of ``at`` (None: everything) with the shifts up to then."""
    groups: dict[tuple[str, str], list[PositionRecord]] = {}
    for record in records:
        if at is not None and (record.date is None or record.date > at):
            continue
        groups.setdefault((record.actor_id or record.actor_name, record.issue), []).append(record)
    matrix = PositionMatrix(at=at)
    for key, group in sorted(groups.items()):
        ordered = sorted(group, key=_day)  # stable: records of one day keep the order they came in
        matrix.cells[key] = summarise_cell(ordered)
        matrix.shifts.extend(find_shifts(ordered))
    matrix.shifts.sort(key=lambda s: (_day(s.after), s.actor_name, s.issue))
    return matrix


def summarise_cell(ordered: list[PositionRecord]) -> MatrixCell:
    """One cell from its records in date order (see the module rules)."""
    sided = [r for r in ordered if r.stance != "neutral"] or ordered
    last_day = _day(sided[-1])
    that_day = [r for r in sided if _day(r) == last_day]
    counts = Counter(r.stance for r in that_day)
    top = max(counts.values())
    latest = next(r for r in reversed(that_day) if counts[r.stance] == top)
    dated = [r.date for r in ordered if r.date is not None]
    first = ordered[0]
    return MatrixCell(
        actor_id=first.actor_id, actor_name=_best_name(ordered), issue=first.issue, stance=latest.stance,
        backing=sum(r.stance == latest.stance for r in ordered), total=len(ordered),
        first_seen=min(dated) if dated else None, last_seen=max(dated) if dated else None, latest=latest,
    )


def find_shifts(ordered: list[PositionRecord]) -> list[Shift]:
    """Changes between consecutive non-neutral stances on different days (see the module rules)."""
    shifts: list[Shift] = []
    previous: PositionRecord | None = None
    name = _best_name(ordered) if ordered else ""  # once per cell: it counts every record
    for record in ordered:
        if record.stance == "neutral":
            continue
        if previous is not None and record.stance != previous.stance and _day(record) != _day(previous):
            shifts.append(Shift(record.actor_id, name, record.issue, previous, record))
        previous = record
    return shifts


def _best_name(records: list[PositionRecord]) -> str:
    # The most frequent name an actor went by in these records; mentions vary ("Putin", "Vladimir Putin").
    return Counter(r.actor_name for r in records).most_common(1)[0][0]


def _day(record: PositionRecord) -> date:
    return record.date or date.min


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
