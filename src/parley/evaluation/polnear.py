"""Score statement extraction against PolNeAR-format gold (BRAT standoff): source, cue, content spans."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from parley.errors import EvalError
from parley.model import Article, Statement

ROLES = ("source", "cue", "content")
_ROLE_NAMES = {"Source": "source", "Cue": "cue", "Content": "content"}
# What "trimming" removes at both ends before exact comparison: whitespace, punctuation, quote marks.
_TRIM = set(" \t\r\n\u00a0.,;:!?\"'()[]{}-\u2013\u2014\u2018\u2019\u201c\u201d\u00ab\u00bb\u2026*")
_QUOTE_START = set("\"'\u201c\u2018\u00ab")

Spans = dict[str, set[tuple[int, int]]]


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One PolNeAR article with its gold spans per role (discontinuous spans taken as their hull)."""

    name: str
    text: str
    spans: dict[str, frozenset[tuple[int, int]]]
    quoted_contents: frozenset[tuple[int, int]]  # gold contents that start with a quote mark
    content_sources: dict[tuple[int, int], frozenset[tuple[int, int]]]  # content -> its sources


@dataclass(slots=True)
class RoleScore:
    """Counts for one role and one matching mode; precision, recall and F1 derive from them."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class QuoteScore:
    """Direct quotes alone: recall of quoted gold contents and speaker accuracy on those found."""

    gold: int = 0
    found: int = 0
    speaker_right: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.found if self.found else 0.0


@dataclass(slots=True)
class PolnearReport:
    """Scores for a whole split: per role, exact and overlap."""

    docs: int = 0
    exact: dict[str, RoleScore] = field(default_factory=lambda: {r: RoleScore() for r in ROLES})
    overlap: dict[str, RoleScore] = field(default_factory=lambda: {r: RoleScore() for r in ROLES})
    quotes: QuoteScore = field(default_factory=QuoteScore)

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"docs": self.docs}
        for mode, table in (("exact", self.exact), ("overlap", self.overlap)):
            for role, s in table.items():
                out[f"{role}_{mode}"] = {
                    "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "tp": s.tp, "pred": s.n_pred, "gold": s.n_gold,
                }
        out["quotes"] = {"gold": self.quotes.gold, "recall": round(self.quotes.recall, 4),
                         "speaker_accuracy": round(self.quotes.speaker_accuracy, 4)}
        return out


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip outer whitespace, punctuation and quote marks from a span (how exact matches compare)."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _parse_offsets(field_text: str) -> tuple[int, int]:
    numbers = [int(n) for n in re.findall(r"\d+", field_text)]
    return min(numbers), max(numbers)


def read_gold_doc(text_path: Path, ann_path: Path) -> GoldDoc:
    """Read one article and its first annotator's attribution file."""
    text = text_path.read_text(encoding="utf-8")
    spans: dict[str, set[tuple[int, int]]] = {r: set() for r in ROLES}
    by_id: dict[str, tuple[str, int, int]] = {}
    relations: list[dict[str, str]] = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            head = parts[1].split(" ", 1)
            role = _ROLE_NAMES.get(head[0])
            if role is None or len(head) < 2:
                continue
            start, end = _parse_offsets(head[1])
            by_id[parts[0]] = (role, start, end)
            spans[role].add((start, end))
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(p.split(":", 1) for p in parts[1].split() if ":" in p))
    quoted = set()
    content_sources: dict[tuple[int, int], set[tuple[int, int]]] = {}
    for rel in relations:
        content = by_id.get(rel.get("Content", ""))
        source = by_id.get(rel.get("Source", ""))
        if content is None:
            continue
        key = (content[1], content[2])
        if text[content[1] : content[2]].lstrip()[:1] in _QUOTE_START:
            quoted.add(key)
        if source is not None:
            content_sources.setdefault(key, set()).add((source[1], source[2]))
    return GoldDoc(
        name=text_path.stem,
        text=text,
        spans={r: frozenset(s) for r, s in spans.items()},
        quoted_contents=frozenset(quoted),
        content_sources={k: frozenset(v) for k, v in content_sources.items()},
    )


def read_gold_split(folder: Path) -> list[GoldDoc]:
    """All documents of a PolNeAR split folder (``text/`` and ``attributions/``)."""
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvalError(f"{folder} has no text/ and attributions/ folders",
                        hint="point the command at a PolNeAR split such as ../shared/data/polnear/dev")
    anns: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, ann)  # several annotators: keep the first
    docs = [read_gold_doc(t, anns[t.stem]) for t in sorted(text_dir.glob("*.txt")) if t.stem in anns]
    if not docs:
        raise EvalError(f"{folder} holds no article with an attribution file")
    return docs


def statement_spans(text: str, statements: Iterable[Statement]) -> Spans:
    """Predicted spans per role; joint speakers of one cue and content count as one source hull."""
    out: Spans = {r: set() for r in ROLES}
    grouped: dict[tuple[int, int, int, int], list[tuple[int, int]]] = {}
    for st in statements:
        cue = (st.cue.start, st.cue.end)
        content = (st.content.start, st.content.end)
        if st.cue.spans:
            out["cue"].add(cue)
        if st.content.spans:
            out["content"].add(content)
        if st.speaker.spans:
            grouped.setdefault((*cue, *content), []).append((st.speaker.spans[0].start, st.speaker.spans[-1].end))
    for speakers in grouped.values():
        out["source"].add((min(s for s, _ in speakers), max(e for _, e in speakers)))
    return out


def match_overlap(pred: set[tuple[int, int]], gold: set[tuple[int, int]]) -> int:
    """One-to-one matches between overlapping spans, larger overlaps first."""
    pairs = []
    for p in pred:
        for g in gold:
            ov = min(p[1], g[1]) - max(p[0], g[0])
            if ov > 0:
                pairs.append((ov, p, g))
    pairs.sort(reverse=True)
    used_p: set[tuple[int, int]] = set()
    used_g: set[tuple[int, int]] = set()
    for _, p, g in pairs:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
    return len(used_p)


def _trimmed(text: str, spans: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    return {t for t in (trim_span(text, s, e) for s, e in spans) if t[1] > t[0]}


def score_doc(report: PolnearReport, gold: GoldDoc, statements: list[Statement]) -> None:
    """Add one document's counts to the report."""
    pred = statement_spans(gold.text, statements)
    report.docs += 1
    for role in ROLES:
        g = _trimmed(gold.text, gold.spans[role])
        p = _trimmed(gold.text, pred[role])
        report.exact[role].tp += len(g & p)
        report.overlap[role].tp += match_overlap(p, g)
        for table in (report.exact, report.overlap):
            table[role].n_gold += len(g)
            table[role].n_pred += len(p)
    score_quotes(report.quotes, gold, statements)


def score_quotes(score: QuoteScore, gold: GoldDoc, statements: list[Statement]) -> None:
    """Direct quotes: a quoted gold content is found when a prediction overlaps most of it."""
    for content in gold.quoted_contents:
        score.gold += 1
        length = content[1] - content[0]
        best: Statement | None = None
        for st in statements:
            ov = min(st.content.end, content[1]) - max(st.content.start, content[0])
            if ov > 0.5 * length:
                best = st
                break
        if best is None:
            continue
        score.found += 1
        sources = gold.content_sources.get(content, frozenset())
        spans = [(s.start, s.end) for st in statements if (st.content.start, st.content.end)
                 == (best.content.start, best.content.end) for s in st.speaker.spans]
        if any(min(e, ge) > max(s, gs) for s, e in spans for gs, ge in sources):
            score.speaker_right += 1


Extractor = Callable[[Article], list[Statement]]


def evaluate_polnear(folder: Path, extract: Extractor, limit: int | None = None) -> PolnearReport:
    """Run an extractor over a PolNeAR split and score it."""
    report = PolnearReport()
    for gold in read_gold_split(folder)[:limit]:
        statements = extract(Article(text=gold.text, doc=gold.name))
        score_doc(report, gold, statements)
    return report
