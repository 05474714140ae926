"""Scoring issue detection and stance against a gold set of sentences (JSON lines)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from parley.errors import EvalError
from parley.extract.issues import IssueTaxonomy, load_issues
from parley.extract.stance import IssueStance, detect_stances

STANCES = ("support", "oppose", "conditional", "neutral")
Split = Literal["all", "tuning", "held-out"]
# The shipped gold set; tuning used the even ids only, the odd ids are held out for the final figure.
DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "tests" / "data" / "stance_gold.jsonl"
_HINT = 'each line must be {"id": ..., "text": "...", "issues": [{"issue": "...", "stance": "..."}]}'


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: int | str
    text: str
    issues: dict[str, str]  # issue id -> stance


@dataclass
class IssueCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    stance_right: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def stance_accuracy(self) -> float:
        return self.stance_right / self.tp if self.tp else 0.0


@dataclass
class StanceReport:
    """Issue detection P/R/F1 (micro), stance accuracy on correctly found issues, and per issue."""

    sentences: int = 0
    total: IssueCounts = field(default_factory=IssueCounts)
    per_issue: dict[str, IssueCounts] = field(default_factory=dict)
    errors: list[dict[str, object]] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        def row(c: IssueCounts) -> dict[str, object]:
            return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 3),
                    "recall": round(c.recall, 3), "f1": round(c.f1, 3),
                    "stance_accuracy": round(c.stance_accuracy, 3)}

        return {"sentences": self.sentences, **row(self.total),
                "per_issue": {k: row(v) for k, v in sorted(self.per_issue.items())}}


def parse_id_parity(value: int | str) -> int | None:
    """The parity of an id's trailing number (odd ids are held out), or None for ids without one."""
    digits = "".join(ch for ch in str(value) if ch.isdigit())
    return int(digits) % 2 if digits else None


def load_gold(path: str | Path) -> list[GoldSentence]:
    """Read a stance gold file; raise EvalError naming the line and what is wrong."""
    file = Path(path)
    if not file.is_file():
        raise EvalError(f"no gold file at {file}", hint="give a JSON-lines file such as tests/data/stance_gold.jsonl")
    out: list[GoldSentence] = []
    for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            issues = {str(i["issue"]): str(i["stance"]) for i in raw["issues"]}
            item = GoldSentence(raw["id"], str(raw["text"]), issues)
        except (ValueError, KeyError, TypeError) as exc:
            raise EvalError(f"line {n} is not a gold record ({exc.__class__.__name__}: {exc})", where=str(file),
                            hint=_HINT) from None
        bad = [s for s in issues.values() if s not in STANCES]
        if bad:
            raise EvalError(f"line {n} has unknown stance {bad[0]!r}; use one of {', '.join(STANCES)}",
                            where=str(file), hint=_HINT)
        out.append(item)
    if not out:
        raise EvalError("the gold file holds no records", where=str(file), hint=_HINT)
    return out


def select_split(items: Iterable[GoldSentence], split: Split) -> list[GoldSentence]:
    if split == "all":
        return list(items)
    want = 0 if split == "tuning" else 1
    return [i for i in items if parse_id_parity(i.id) == want]


def score_stances(
    items: Iterable[GoldSentence],
    taxonomy: IssueTaxonomy | None = None,
    detect: Callable[[str, IssueTaxonomy], list[IssueStance]] | None = None,
) -> StanceReport:
    """Run stance detection over the gold sentences and count hits, misses and stance errors."""
    taxonomy = taxonomy or load_issues()
    run = detect or (lambda text, tax: detect_stances(text, tax))
    report = StanceReport()
    for item in items:
        report.sentences += 1
        predicted = {s.issue: s for s in run(item.text, taxonomy)}
        for issue in set(predicted) | set(item.issues):
            counts = report.per_issue.setdefault(issue, IssueCounts())
            got, want = predicted.get(issue), item.issues.get(issue)
            if got and want:
                for c in (counts, report.total):
                    c.tp += 1
                    c.stance_right += got.stance == want
                if got.stance != want:
                    report.errors.append({"id": item.id, "issue": issue, "gold": want, "got": got.stance,
                                          "rule": got.rule, "text": item.text})
            elif got:
                counts.fp += 1
                report.total.fp += 1
                report.errors.append({"id": item.id, "issue": issue, "gold": None, "got": got.stance,
                                      "rule": got.rule, "term": got.term, "text": item.text})
            else:
                counts.fn += 1
                report.total.fn += 1
                report.errors.append({"id": item.id, "issue": issue, "gold": want, "got": None, "text": item.text})
    return report
