"""Scoring the whole pipeline on the bundled examples against the team's hand-written expectations."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parley.errors import EvalError
from parley.extract.pipeline import Pipeline, build_pipeline
from parley.ingest import Skipped, read_inputs
from parley.model import Doc, Span


@dataclass
class ExamplesScore:
    """Recall-style figures: each expectation is met or not (the gold lists what was put in on purpose)."""

    statements: int = 0
    content_found: int = 0
    speaker_right: int = 0
    kind_right: int = 0
    non_statements: int = 0
    non_statements_left_alone: int = 0
    positions: int = 0
    position_found: int = 0
    stance_right: int = 0
    misses: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0

        return {
            "statement_recall": ratio(self.content_found, self.statements),
            "speaker_accuracy": ratio(self.speaker_right, self.content_found),
            "speaker_recall": ratio(self.speaker_right, self.statements),
            "kind_accuracy": ratio(self.kind_right, self.content_found),
            "non_statements_left_alone": ratio(self.non_statements_left_alone, self.non_statements),
            "position_recall": ratio(self.position_found, self.positions),
            "stance_accuracy": ratio(self.stance_right, self.position_found),
            "stance_recall": ratio(self.stance_right, self.positions),
        }


def load_gold(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalError(f"cannot read gold file {path}: {exc.strerror}") from None
    gold = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            gold.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
    return gold


def analyse_examples(root: Path, pipeline: Pipeline | None = None) -> dict[str, Doc]:
    """Every example article analysed, keyed by its path relative to the repo and by its URL."""
    pipe = pipeline or build_pipeline()
    docs: dict[str, Doc] = {}
    for result in read_inputs([str(root)], timeout=5.0):
        if isinstance(result, Skipped):
            continue
        doc = pipe(result)
        docs[_relative(result.doc, root)] = doc
        if result.url:
            docs[result.url] = doc
    return docs


def _relative(doc: str, root: Path) -> str:
    path = Path(doc.split(":")[0].split("#")[0])
    try:
        return str(Path(root.name) / path.resolve().relative_to(root.resolve()))
    except ValueError:
        return doc


def _find(text: str, needle: str) -> Span | None:
    at = text.find(needle)
    return Span(at, at + len(needle)) if at >= 0 else None


def _covers(spans: tuple[Span, ...], target: Span) -> bool:
    """The predicted spans overlap most of the expected substring."""
    covered = sum(max(0, min(s.end, target.end) - max(s.start, target.start)) for s in spans)
    return covered >= 0.6 * len(target)


def score_examples(root: Path, gold_path: Path, pipeline: Pipeline | None = None) -> ExamplesScore:
    gold = load_gold(gold_path)
    docs = analyse_examples(root, pipeline)
    score = ExamplesScore()
    for item in gold:
        doc = docs.get(item.get("url", "")) or docs.get(item.get("file", ""))
        if "near_duplicate_of" in item:
            continue
        if doc is None:
            raise EvalError(f"gold names {item.get('file')} but no such example article was read")
        if "not_statement" in item:
            score.non_statements += 1
            target = _find(doc.text, item["not_statement"])
            if target is None:
                raise EvalError(f"not_statement text not found in {item['file']}")
            if not any(_covers(s.content.spans, target) for s in doc.statements):
                score.non_statements_left_alone += 1
            else:
                score.misses.append(f"non-statement taken as statement: {item['not_statement'][:70]}")
        elif "position" in item:
            _score_position(doc, item, score)
        elif "content_contains" in item:
            _score_statement(doc, item, score)
    return score


def _score_statement(doc: Doc, item: dict[str, Any], score: ExamplesScore) -> None:
    score.statements += 1
    target = _find(doc.text, item["content_contains"])
    if target is None:
        raise EvalError(f"content_contains text not found in {item['file']}: {item['content_contains'][:60]}")
    found = [s for s in doc.statements if _covers(s.content.spans, target)]
    if not found:
        score.misses.append(f"statement missed: {item['speaker_text']}: {item['content_contains'][:70]}")
        return
    score.content_found += 1
    wanted = set(item.get("speaker_actors") or [item.get("speaker_actor")])
    got = {s.speaker.actor_id for s in found}
    if wanted <= got or (wanted == {None} and any(
        item["speaker_text"].lower() in s.speaker.text.lower() for s in found
    )):
        score.speaker_right += 1
    else:
        score.misses.append(f"speaker {sorted(map(str, got))} for {sorted(map(str, wanted))}: {item['content_contains'][:50]}")
    if any(s.kind == item.get("kind") for s in found):
        score.kind_right += 1


def _score_position(doc: Doc, item: dict[str, Any], score: ExamplesScore) -> None:
    score.positions += 1
    want = item["position"]
    target = _find(doc.text, item.get("evidence_contains", "")) if item.get("evidence_contains") else None
    candidates = [
        p for p in doc.positions
        if p.issue == want["issue"] and p.actor.actor_id == want["actor"]
        and (target is None or _covers(p.evidence.spans, target) or any(
            s.overlaps(target) for s in p.evidence.spans))
    ]
    if not candidates:
        score.misses.append(f"position missed: {want['actor']} {want['issue']} {want['stance']}")
        return
    score.position_found += 1
    stances = Counter(p.stance for p in candidates)
    if want["stance"] in stances:
        score.stance_right += 1
    else:
        score.misses.append(f"stance {dict(stances)} for {want['actor']} {want['issue']} {want['stance']}")
