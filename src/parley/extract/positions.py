"""The positions stage: where each speaker stands on each issue, read from statements and events."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from parley.extract.issues import IssueTaxonomy, load_issues
from parley.extract.pipeline import register_stage
from parley.extract.stance import IssueStance, detect_stances
from parley.model import Doc, Event, Mention, Part, Position, Statement


class PositionReader:
    """Reads a Position for every issue a statement's content (or an event's evidence) speaks to."""

    name: ClassVar[str] = "positions"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("statements",)
    produces: ClassVar[tuple[str, ...]] = ("positions",)

    def __init__(self, taxonomy: IssueTaxonomy | None = None) -> None:
        self.taxonomy = taxonomy or load_issues()

    def __call__(self, doc: Doc) -> Doc:
        positions = read_positions(doc, self.taxonomy)
        return doc.with_layer(f"{self.name}@{self.version}", positions=tuple(positions))


def read_positions(doc: Doc, taxonomy: IssueTaxonomy) -> list[Position]:
    """Positions from the statements, then from events not already covered by their statement."""
    day = doc.article.published
    out: list[Position] = []
    seen: set[tuple[int, str]] = set()  # (statement index, issue) already read from a statement
    for index, statement in enumerate(doc.statements):
        for found in read_statement(statement, taxonomy):
            out.append(make_position(statement.speaker, found, statement.content, day, index,
                                     statement.confidence))
            seen.add((index, found.issue))
    for event in doc.events:
        if event.source is None:
            continue
        for found in read_event(event, taxonomy):
            if event.statement_index is not None and (event.statement_index, found.issue) in seen:
                continue  # the statement this event came from already gave this position
            out.append(make_position(event.source, found, event.evidence, event.date or day,
                                     event.statement_index, event.confidence, via="event"))
    return out


def read_statement(statement: Statement, taxonomy: IssueTaxonomy) -> list[IssueStance]:
    """Stances in a statement's content; the cue verb ("rejected", "welcomed") decides when the content is silent."""
    return detect_stances(statement.content.text, taxonomy, cue=statement.cue.text or None)


def read_event(event: Event, taxonomy: IssueTaxonomy) -> list[IssueStance]:
    return detect_stances(event.evidence.text, taxonomy)


def make_position(
    actor: Mention,
    found: IssueStance,
    evidence: Part,
    day: object,
    index: int | None,
    source_confidence: float,
    via: str = "statement",
) -> Position:
    """A Position whose confidence combines the stance rule's and the statement's (or event's)."""
    from datetime import date

    return Position(
        actor=actor,
        issue=found.issue,
        stance=found.stance,
        evidence=evidence,
        rule=f"{via}:{found.rule}",
        date=day if isinstance(day, date) else None,
        confidence=round(found.confidence * source_confidence, 3),
        statement_index=index,
    )


@register_stage("parley.positions.v1")
def make_position_reader(issues: str | Path | None = None, **_: object) -> PositionReader:
    """The positions stage; ``issues`` names a user taxonomy file replacing the packaged one."""
    return PositionReader(load_issues(issues) if issues else None)
