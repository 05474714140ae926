"""The events stage: who did what to whom, as PLOVER events read from narrative sentences and statements."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar, Protocol

from parley.extract.event_types import EventType, classify_event, default_cue_index
from parley.extract.pipeline import register_stage
from parley.extract.places import default_gazetteer, find_location
from parley.model import Doc, Event, Mention, Part, Span, Statement
from parley.text.dates import find_dates

# Types a speaker performs by speaking ("X called it unacceptable" is X rejecting). A material event named
# inside a statement's content is a claim about someone else, not the speaker's act, so it is not coded.
VERBAL_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"})
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|had\s+been|has\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\s+by\s*$", re.I)
_LOCATIVE = re.compile(r"\b(?:in|at|near|inside|outside)\s+(?:the\s+)?$", re.I)
_NP_STOP = re.compile(
    r"[,.;:!?\"“”()]|\b(?:of|to|in|on|at|for|with|from|that|which|who|and|as|after|before|because|unacceptable|"
    r"said|says|saying|would|will|was|were|is|are)\b", re.I
)
_LEAD_PREPOSITION = re.compile(r"^(?:on|against|to|with|into|at|over|toward|towards)\s+", re.I)
_DETERMINER = re.compile(r"^(?:the|a|an|any|its|their|his|her|new|further|more)\s+", re.I)


class ActorMatchLike(Protocol):
    """What the events stage needs from an actor match (parley.actors.ActorMatch fits)."""

    actor: Any
    resolved_by: Any
    start: int
    end: int


class ActorBaseLike(Protocol):
    """What the events stage needs from the actor base (parley.actors.ActorBase fits)."""

    def find_all(self, text: str, start: int = 0, end: int | None = None,
                 day: date | None = None) -> Sequence[ActorMatchLike]: ...


def has_trigger(text: str, start: int, end: int) -> bool:
    """Whether any cue matches in text[start:end]: the cheap check before actors are looked up."""
    return default_cue_index().has_trigger(text, start, end)


def mention_from_match(text: str, match: ActorMatchLike) -> Mention:
    actor = match.actor
    return Mention(
        text=text[match.start : match.end],
        spans=(Span(match.start, match.end),),
        actor_id=actor.id,
        name=actor.name,
        country=actor.country,
        sector=actor.sector,
        resolved_by=match.resolved_by,
    )


def noun_phrase_after(text: str, start: int, end: int) -> Mention | None:
    """A short unresolved noun phrase starting at ``start`` (the thing acted on when it is no known actor)."""
    segment = text[start:end]
    lead = len(segment) - len(segment.lstrip())
    segment = segment.lstrip()
    prep = _LEAD_PREPOSITION.match(segment)
    if prep:  # "sanctions on Rosneft": the thing acted on is the preposition's object
        lead += prep.end()
        segment = segment[prep.end() :]
    stop = _NP_STOP.search(segment)
    phrase = segment[: stop.start()] if stop else segment
    phrase = phrase.rstrip()
    det = _DETERMINER.match(phrase)
    skip = det.end() if det else 0
    if stop and stop.group(0).lower() == "of" and skip:
        # "the deployment of European troops": the thing acted on follows "of".
        return noun_phrase_after(text, start + lead + stop.end(), end)
    words = phrase[skip:].split()
    if not words or len(words) > 5:
        return None
    s = start + lead + skip
    e = s + len(" ".join(words)) if len(words) == 1 else start + lead + len(phrase)
    return Mention(text=text[s:e], spans=(Span(s, e),))


@dataclass(frozen=True, slots=True)
class _Roles:
    source: Mention | None
    target: Mention | None


def actors_in(text: str, kb: ActorBaseLike, start: int, end: int, day: date | None) -> list[Mention]:
    """Known actors mentioned in text[start:end], in text order, without places used as places ("in Riyadh")."""
    places = default_gazetteer().places
    found: list[Mention] = []
    for match in sorted(kb.find_all(text, start, end, day), key=lambda m: m.start):
        if any(m.spans[0].overlaps(Span(match.start, match.end)) for m in found):
            continue
        phrase = text[match.start : match.end].lower().removeprefix("the ")
        if phrase in places and _LOCATIVE.search(text[max(start, match.start - 12) : match.start]):
            continue
        found.append(mention_from_match(text, match))
    return found


def pick_roles(text: str, mentions: list[Mention], sentence: Span) -> _Roles:
    """Source: the first actor named; target: the next different actor (swapped for "was X-ed by")."""
    if not mentions:
        return _Roles(None, None)
    source = mentions[0]
    target = next((m for m in mentions[1:] if m.actor_id != source.actor_id or m.actor_id is None), None)
    if target is not None and _PASSIVE.search(text[source.spans[-1].end : target.spans[0].start]):
        source, target = target, source
    return _Roles(source, target)


def make_event(
    doc: Doc, sentence: Span, roles: _Roles, found: EventType, rule: str, statement_index: int | None = None
) -> Event:
    text = doc.text
    target = roles.target
    if target is None and found.cue_end >= 0:
        # The thing acted on follows the cue ("sanctions on Rosneft"), or sits inside a cue with a gap
        # ("called the deployment of European troops unacceptable").
        target = noun_phrase_after(text, found.cue_end, sentence.end)
        if target is None:
            first_word = re.match(r"\S+", text[found.cue_start : found.cue_end])
            if first_word:
                target = noun_phrase_after(text, found.cue_start + first_word.end(), found.cue_end)
    anchor = doc.article.published
    dates = find_dates(text, anchor, sentence.start, sentence.end) if anchor else []
    return Event(
        event_type=found.event_type,
        source=roles.source,
        target=target,
        evidence=Part.from_spans(text, [sentence]),
        rule=rule,
        mode=found.mode,
        date=dates[0].day if dates else anchor,
        location=find_location(text, sentence.start, sentence.end, destinations=found.mode == "visit"),
        confidence=found.confidence,
        statement_index=statement_index,
    )


def _classify_in(text: str, sentence: Span, roles: _Roles) -> EventType | None:
    """classify_event on one sentence, with cue offsets made absolute."""
    piece = text[sentence.start : sentence.end]
    found = classify_event(
        piece,
        roles.source.text if roles.source else None,
        roles.target.text if roles.target else None,
    )
    if found is None:
        return None
    return EventType(found.event_type, found.mode, found.rule, found.confidence,
                     found.cue_start + sentence.start, found.cue_end + sentence.start)


def events_from_statement(doc: Doc, index: int, statement: Statement, kb: ActorBaseLike) -> list[Event]:
    """The speech act of one statement ("X urged Y to …" is a REQUEST by X), if it is an event."""
    text = doc.text
    cue_start = statement.cue.start
    sentence = next((s for s in doc.sentences if s.start <= cue_start < s.end), None)
    if sentence is None or not has_trigger(text, sentence.start, sentence.end):
        return []
    others = [m for m in actors_in(text, kb, sentence.start, sentence.end, doc.article.published)
              if not any(m.spans[0].overlaps(s) for s in statement.speaker.spans)
              and (m.actor_id is None or m.actor_id != statement.speaker.actor_id)]
    after = [m for m in others if m.spans[0].start >= statement.speaker.spans[0].start] or others
    roles = _Roles(statement.speaker, after[0] if after else None)
    # Classify with the speaker in place when the speaker is named in this sentence (not a pronoun elsewhere).
    inside = sentence.contains(statement.speaker.spans[0])
    found = _classify_in(text, sentence, roles if inside else _Roles(None, roles.target))
    if found is None or found.event_type not in VERBAL_TYPES:
        return []
    return [make_event(doc, sentence, roles, found, f"statement:{found.rule}", statement_index=index)]


def events_from_sentence(doc: Doc, sentence: Span, kb: ActorBaseLike) -> list[Event]:
    """A narrative event between the actors a sentence names ("Washington imposed sanctions on Rosneft")."""
    mentions = actors_in(doc.text, kb, sentence.start, sentence.end, doc.article.published)
    if not mentions:
        return []
    roles = pick_roles(doc.text, mentions, sentence)
    found = _classify_in(doc.text, sentence, roles)
    if found is None:
        return []
    return [make_event(doc, sentence, roles, found, f"narrative:{found.rule}")]


def sentences_overlapping(sentences: tuple[Span, ...], starts: list[int], part: Span) -> list[Span]:
    """The sentences (sorted, with their starts) that overlap a span, by binary search."""
    i = max(bisect_right(starts, part.start) - 1, 0)
    out: list[Span] = []
    while i < len(sentences) and sentences[i].start < max(part.end, part.start + 1):
        if sentences[i].overlaps(part) or sentences[i].start <= part.start < sentences[i].end:
            out.append(sentences[i])
        i += 1
    return out


def extract_events(doc: Doc, kb: ActorBaseLike) -> list[Event]:
    """All events of a document: from statements first, then from sentences that hold no statement."""
    events: list[Event] = []
    spoken: set[Span] = set()
    starts = [s.start for s in doc.sentences]
    for index, statement in enumerate(doc.statements):
        events.extend(events_from_statement(doc, index, statement, kb))
        # A sentence that carries a statement is coded once, as that statement's speech act.
        for part in (*statement.cue.spans, *statement.content.spans):
            spoken.update(sentences_overlapping(doc.sentences, starts, part))
    for sentence in doc.sentences:
        if sentence in spoken or not has_trigger(doc.text, sentence.start, sentence.end):
            continue
        events.extend(events_from_sentence(doc, sentence, kb))
    return dedupe_events(events)


def dedupe_events(events: list[Event]) -> list[Event]:
    """One event per sentence, type and source actor (two statements in one sentence name one act)."""
    seen: set[tuple[Any, ...]] = set()
    kept: list[Event] = []
    for event in events:
        who = (event.source.actor_id or event.source.text) if event.source else None
        key = (event.evidence.spans, event.event_type, who)
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


class EventStage:
    """Codes PLOVER events; needs sentences and statements, adds the ``events`` layer."""

    name: ClassVar[str] = "events"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "statements")
    produces: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, actor_base: ActorBaseLike | None = None) -> None:
        if actor_base is None:
            from parley.actors import default_actor_base

            self.kb: ActorBaseLike = default_actor_base()  # type: ignore[assignment]
        else:
            self.kb = actor_base
        default_cue_index()  # compile the lexicon once, up front, not inside the first document

    def __call__(self, doc: Doc) -> Doc:
        return doc.with_layer(f"{self.name}@{self.version}", events=tuple(extract_events(doc, self.kb)))


@register_stage("parley.events.v1")
def make_event_stage(actor_base: ActorBaseLike | None = None, **_: object) -> EventStage:
    return EventStage(actor_base=actor_base)
