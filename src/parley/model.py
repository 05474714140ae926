"""The data types that flow through Parley: articles, spans, actors, statements, events, positions."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

StatementKind = Literal["direct", "indirect", "mixed"]
Stance = Literal["support", "oppose", "conditional", "neutral"]
ResolvedBy = Literal["name", "title", "role", "pronoun", "organisation", "unresolved"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` into an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of text made of one or more spans (discontinuous when a quote is split by its cue)."""

    text: str
    spans: tuple[Span, ...]

    @classmethod
    def from_spans(cls, source: str, spans: tuple[Span, ...] | list[Span]) -> Part:
        ordered = tuple(sorted(spans))
        return cls(" … ".join(source[s.start : s.end] for s in ordered), ordered)

    @property
    def start(self) -> int:
        return self.spans[0].start if self.spans else 0

    @property
    def end(self) -> int:
        return self.spans[-1].end if self.spans else 0

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "spans": [s.as_list() for s in self.spans]}


@dataclass(frozen=True, slots=True)
class Role:
    """A post an actor held: "spokesman" of the Kremlin from 2012 on, say."""

    title: str
    organisation: str | None = None
    country: str | None = None
    start: date | None = None
    end: date | None = None
    descriptions: tuple[str, ...] = ()  # role phrases that denote the holder, e.g. "the us president"

    def active_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    """A person or collective (country, government, institution) known to the actor base."""

    id: str
    name: str
    kind: Literal["person", "country", "organisation", "group"] = "person"
    country: str | None = None  # ISO 3166 alpha-3, or a code such as "EUR"/"NATO"-style "IGO"
    sector: str | None = None  # GOV, MIL, DIP, LEG, MED, IGO, OPP, BUS, CVL, ...
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    gender: Literal["m", "f", "n"] | None = None

    def role_on(self, day: date | None) -> Role | None:
        for role in self.roles:
            if role.active_on(day):
                return role
        return None


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of an actor in the text, with the actor it resolves to (if any) and how."""

    text: str
    spans: tuple[Span, ...]
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    resolved_by: ResolvedBy = "unresolved"

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "spans": [s.as_list() for s in self.spans],
            "actor_id": self.actor_id,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "resolved_by": self.resolved_by,
        }


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country}


@dataclass(frozen=True, slots=True)
class Statement:
    """Who said what: speaker, cue and content, each pointing into the text."""

    kind: StatementKind
    speaker: Mention
    cue: Part
    content: Part
    rule: str
    confidence: float = 0.8
    stage: str = "statements"

    def to_json(self, doc: str) -> dict[str, Any]:
        return {
            "type": "statement",
            "doc": doc,
            "kind": self.kind,
            "speaker": self.speaker.to_json(),
            "cue": self.cue.to_json(),
            "content": self.content.to_json(),
            "rule": self.rule,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom: a PLOVER event with its evidence."""

    event_type: str
    source: Mention | None
    target: Mention | None
    evidence: Part
    rule: str
    mode: str | None = None
    date: date | None = None
    location: Location | None = None
    confidence: float = 0.7
    stage: str = "events"
    statement_index: int | None = None  # the statement this event was read from, if any

    def to_json(self, doc: str) -> dict[str, Any]:
        return {
            "type": "event",
            "doc": doc,
            "event_type": self.event_type,
            "mode": self.mode,
            "source": _actor_ref(self.source),
            "target": _actor_ref(self.target),
            "evidence": self.evidence.to_json(),
            "date": self.date.isoformat() if self.date else None,
            "location": self.location.to_json() if self.location else None,
            "rule": self.rule,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True, slots=True)
class Position:
    """Where an actor stands on an issue, as read from one statement or event."""

    actor: Mention
    issue: str
    stance: Stance
    evidence: Part
    rule: str
    date: date | None = None
    confidence: float = 0.7
    stage: str = "positions"
    statement_index: int | None = None

    def to_json(self, doc: str) -> dict[str, Any]:
        return {
            "type": "position",
            "doc": doc,
            "actor": _actor_ref(self.actor),
            "issue": self.issue,
            "stance": self.stance,
            "evidence": self.evidence.to_json(),
            "date": self.date.isoformat() if self.date else None,
            "rule": self.rule,
            "confidence": round(self.confidence, 3),
        }


def _actor_ref(mention: Mention | None) -> dict[str, Any] | None:
    if mention is None:
        return None
    return {
        "text": mention.text,
        "actor_id": mention.actor_id,
        "name": mention.name or mention.text,
        "country": mention.country,
    }


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read: the text exactly as in the source, plus what is known about it."""

    text: str
    doc: str = "<text>"  # where it came from: path as given, URL, or "<text>"
    title: str | None = None
    url: str | None = None
    published: date | None = None
    outlet: str | None = None
    source_format: str = "text"  # text, html, jsonl, feed, warc, url
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Doc:
    """The one document type that flows through the pipeline; each stage adds its own layer.

    Layers are tuples (immutable). A stage returns ``doc.with_layer(...)``; it never edits another's.
    """

    article: Article
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    positions: tuple[Position, ...] = ()
    stages: tuple[str, ...] = ()  # "name@version" of each stage that ran, in order

    @property
    def text(self) -> str:
        return self.article.text

    def with_layer(self, stage: str, **layers: Any) -> Doc:
        return replace(self, stages=(*self.stages, stage), **layers)

    def records(self) -> list[dict[str, Any]]:
        """The JSON-lines records of the output contract, statements first, then events, positions."""
        doc = self.article.doc
        out: list[dict[str, Any]] = [s.to_json(doc) for s in self.statements]
        out.extend(e.to_json(doc) for e in self.events)
        out.extend(p.to_json(doc) for p in self.positions)
        return out


Analysis = Doc
"""What ``parley.extract`` returns: the analysed document."""
