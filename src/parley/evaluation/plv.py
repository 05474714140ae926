"""Scoring the event-type classifier on PLV-format gold data (sentence, source, target, PLOVER root type)."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from parley.errors import EvalError
from parley.extract.event_types import EventType, classify_event

Split = Literal["even", "odd", "all"]

# PLV's 15 root types: PLOVER v1 had one YIELD where v2 has CONCEDE and RETREAT.
PLV_TYPES: tuple[str, ...] = (
    "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONSULT", "COOPERATE", "MOBILIZE", "PROTEST",
    "REJECT", "REQUEST", "SANCTION", "SUPPORT", "THREATEN", "YIELD",
)
# PLV's quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
QUAD_OF_TYPE: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "AID": 2, "COOPERATE": 2, "YIELD": 2,
    "ACCUSE": 3, "REJECT": 3, "REQUEST": 3, "THREATEN": 3,
    "ASSAULT": 4, "COERCE": 4, "MOBILIZE": 4, "PROTEST": 4, "SANCTION": 4,
}
_COLUMNS = ("sentence", "source", "target", "gold_root", "gold_penta")
NO_EVENT = "NONE"


@dataclass(frozen=True, slots=True)
class PlvRow:
    index: int  # 0-based data row (the header is not counted)
    sentence: str
    source: str
    target: str
    gold_root: str
    gold_quad: int


@dataclass(frozen=True, slots=True)
class TypeScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(slots=True)
class PlvReport:
    split: str
    rows: int
    accuracy: float
    macro_f1: float
    quad_accuracy: float
    coop_conflict_accuracy: float
    no_event: int
    per_type: dict[str, TypeScore] = field(default_factory=dict)
    confusions: list[tuple[str, str, int]] = field(default_factory=list)  # (gold, predicted, count)

    def to_json(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "rows": self.rows,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "quad_accuracy": round(self.quad_accuracy, 4),
            "coop_conflict_accuracy": round(self.coop_conflict_accuracy, 4),
            "no_event": self.no_event,
            "per_type": {
                t: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "support": s.support}
                for t, s in self.per_type.items()
            },
            "confusions": [{"gold": g, "predicted": p, "count": n} for g, p, n in self.confusions],
        }


def read_plv(path: Path) -> list[PlvRow]:
    """Read a PLV TSV file (columns sentence, source, target, gold_root, gold_penta, with a header)."""
    if not path.is_file():
        raise EvalError(f"no PLV file at {path}", hint="pass the path of a PLV-format TSV such as plv/train.tsv")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [c for c in _COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise EvalError(f"{path} lacks PLV column(s) {', '.join(missing)}",
                            hint="a PLV TSV has a header: sentence, marked_sentence, source, target, gold_root, gold_penta")
        rows: list[PlvRow] = []
        for index, raw in enumerate(reader):
            try:
                quad = int(raw["gold_penta"])
            except (TypeError, ValueError) as exc:
                raise EvalError(f"{path} data row {index + 1}: gold_penta {raw['gold_penta']!r} is not 1-4") from exc
            rows.append(PlvRow(index, raw["sentence"], raw["source"], raw["target"], raw["gold_root"].strip(), quad))
    return rows


def select_split(rows: Iterable[PlvRow], split: Split) -> list[PlvRow]:
    """Even or odd data rows (the file is sorted by label, so both halves hold every type), or all."""
    if split == "all":
        return list(rows)
    parity = 0 if split == "even" else 1
    return [r for r in rows if r.index % 2 == parity]


def plv_type(event: EventType | None) -> str:
    """Our PLOVER v2 type in PLV's vocabulary (CONCEDE and RETREAT are PLV's YIELD)."""
    if event is None:
        return NO_EVENT
    return "YIELD" if event.event_type in ("CONCEDE", "RETREAT") else event.event_type


def _f1(tp: int, fp: int, fn: int) -> TypeScore:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return TypeScore(precision, recall, f1, tp + fn)


def score_plv(
    rows: list[PlvRow],
    split: Split = "all",
    classify: Callable[[str, str | None, str | None], EventType | None] = classify_event,
) -> PlvReport:
    """Accuracy, macro-F1 over PLV's 15 types, quad and cooperation-vs-conflict accuracy on one split."""
    chosen = select_split(rows, split)
    if not chosen:
        raise EvalError(f"the {split} split holds no rows", hint="check the file, or use --split all")
    pairs = [(r, plv_type(classify(r.sentence, r.source, r.target))) for r in chosen]
    correct = sum(r.gold_root == p for r, p in pairs)
    quad = sum(QUAD_OF_TYPE.get(p, 0) == r.gold_quad for r, p in pairs)
    coop = sum(p != NO_EVENT and (QUAD_OF_TYPE[p] <= 2) == (r.gold_quad <= 2) for r, p in pairs)
    per_type = {}
    for t in PLV_TYPES:
        tp = sum(r.gold_root == t and p == t for r, p in pairs)
        fp = sum(r.gold_root != t and p == t for r, p in pairs)
        fn = sum(r.gold_root == t and p != t for r, p in pairs)
        per_type[t] = _f1(tp, fp, fn)
    confusions = Counter((r.gold_root, p) for r, p in pairs if r.gold_root != p)
    n = len(pairs)
    return PlvReport(
        split=split,
        rows=n,
        accuracy=correct / n,
        macro_f1=sum(s.f1 for s in per_type.values()) / len(per_type),
        quad_accuracy=quad / n,
        coop_conflict_accuracy=coop / n,
        no_event=sum(p == NO_EVENT for _, p in pairs),
        per_type=per_type,
        confusions=[(g, p, c) for (g, p), c in confusions.most_common(15)],
    )
