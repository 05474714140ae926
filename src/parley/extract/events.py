"""The events stage: who did what to whom, as PLOVER events read from narrative sentences and statements."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, ClassVar

from parley.extract.event_checks import (
    ONLY_IF,
    WHERE_BEFORE,
    conditional_before,
    describes_other,
    is_attributive,
    is_counterfactual,
    is_party_phrase,
    names_act,
    place_of,
    speaks_for,
)
from parley.extract.event_detect import event_sentence_hits, indices_overlapping, overlaps_any
from parley.extract.event_index import default_cue_index
from parley.extract.event_lexicon import Cue
from parley.extract.event_roles import (
    ActorBaseLike,
    Roles,
    StretchScanner,
    actors_in,
    first_roles,
    is_actor_like,
    may_be_subject,
    may_have_subject,
    may_take_roles,
    noun_phrase_after,
    reported_subject,
    roles_around,
    same_actor,
)
from parley.extract.event_types import ActorSpans, EventType, classify_spans
from parley.extract.event_words import words_only
from parley.extract.pipeline import register_stage
from parley.model import Doc, Event, Mention, Part, Span, Statement
from parley.text.dates import find_dates

# Types a speaker performs by speaking ("X called it unacceptable" is X rejecting). A material event named
# inside a statement's content is a claim about someone else, not the speaker's act, so it is not coded.
VERBAL_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"})
_PLANNED = re.compile(r"\b(?:planned|scheduled|set|due|expected|slated|penciled|pencilled)\s+(?:for|on)\s+(?:next\s+)?$", re.I)

__all__ = ["EventStage", "extract_events", "has_trigger", "noun_phrase_after"]


def has_trigger(text: str, start: int, end: int) -> bool:
    """Whether a word of a trigger cue stands in text[start:end]: the cheap check before anything else."""
    return default_cue_index().has_trigger(text, start, end)


def make_event(
    doc: Doc, sentence: Span, roles: Roles, found: EventType, rule: str, statement_index: int | None = None,
    quoted: tuple[Span, ...] = (), actor_start: int | None = None,
) -> Event:
    """The Event, with a target noun phrase when no actor is the target, its date and location.

    ``quoted``: the spans of a statement's content, where places are what the speaker talks about
    ("troops in Ukraine"), not where the speaker acted. ``actor_start``: where a speech act's speaker
    stands (see ``place_bounds``).
    """
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
    if target is not None and target.actor_id is None and not is_party_phrase(target.text, found.event_type):
        target = None  # "attended the Paris meeting", "agreed on the energy pause": no party acted on
    anchor = doc.article.published
    dates = find_dates(text, anchor, sentence.start, sentence.end) if anchor else []
    return Event(
        event_type=found.event_type,
        source=roles.source,
        target=target,
        evidence=Part.from_spans(text, [sentence]),
        rule=rule,
        mode=found.mode,
        # A date after the article's is what was promised or planned, not when the act happened.
        date=next((d.day for d in dates if (anchor is None or d.day <= anchor)
                   and not _PLANNED.search(text, max(sentence.start, d.start - 24), d.start)), anchor),
        location=place_of(text, sentence, found, quoted, actor_start),
        confidence=found.confidence,
        statement_index=statement_index,
    )


@dataclass(slots=True)
class SentenceCache:
    """Per-document lookups, each done at most once per sentence: cue matches and actor mentions."""

    doc: Doc
    kb: ActorBaseLike
    low: str = ""  # the document's text lower-cased, once, for the trigger scan and the cue matching
    word_text: str = ""  # ``words_only(low)``, made when the first sentence is matched
    # Both keyed by where the sentence starts (sentences do not overlap): a frozen Span hashes slowly.
    cues: dict[int, list[tuple[Cue, int, int]]] = field(default_factory=dict)
    actors: dict[int, list[Mention]] = field(default_factory=dict)
    scanner: StretchScanner | None = None  # the actor base's scanner over the document, made at the first scan

    def matches(self, sentence: Span) -> list[tuple[Cue, int, int]]:
        """The stage cues of a sentence that are not part of a proper name (see ``drop_names``)."""
        found = self.cues.get(sentence.start)
        if found is None:
            text = self.doc.text
            if not self.word_text and self.low and len(self.low) == len(text):
                self.word_text = words_only(self.low)
            found = self.cues[sentence.start] = drop_names(text, sentence, default_cue_index().matches(
                text, sentence.start, sentence.end, triggers_only=True, low=self.low or None,
                word_text=self.word_text or None,
            ))
        return found

    def matched(self, sentence: Span) -> list[tuple[Cue, int, int]] | None:
        """The sentence's cue matches if they were looked up already, else None (nothing is done)."""
        return self.cues.get(sentence.start)

    def mentions(self, sentence: Span) -> list[Mention]:
        found = self.actors.get(sentence.start)
        if found is None:
            day = self.doc.article.published
            if self.scanner is None and (make := getattr(self.kb, "scanner", None)) is not None:
                # An actor base that reads the text once for all sentences (``ActorBase.scanner``).
                self.scanner = make(self.doc.text, day)
            found = self.actors[sentence.start] = actors_in(
                self.doc.text, self.kb, sentence.start, sentence.end, day, self.scanner
            )
        return found


# A capitalised cue next to another capitalised word is part of a name, not a predicate.
_AFTER_NAME_WORD = re.compile(r"\s+[A-Z]")
_BEFORE_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]*\s+$")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|am|is|are|get|got)\s+(?:\w+ly\s+)?$", re.I)


def drop_names(text: str, sentence: Span, found: list[tuple[Cue, int, int]]) -> list[tuple[Cue, int, int]]:
    """Cue matches that are not part of a proper name ("Demand Progress", "the Free Syrian Army") nor
    a participle used as an adjective ("floated a demilitarised zone", "the agreed text")."""
    return [f for f in found if (f[1] <= sentence.start + 1 or not text[f[1]].isupper()
            or not _AFTER_NAME_WORD.match(text, f[2]) and not _BEFORE_NAME_WORD.search(text, max(0, f[1] - 30), f[1]))
            # (a one-character test first: most cue matches end in no participle ending)
            and not (text[f[2] - 1] in "dn" and text[f[2] - 2] == "e" and is_attributive(text, f[0].source, f[1]))]


def classify_roles(text: str, sentence: Span, roles: Roles, found: list[tuple[Cue, int, int]]) -> EventType | None:
    """The event type between the roles' mentions, from cue matches already found in the sentence."""
    def span_of(mention: Mention | None) -> tuple[int, int]:
        if mention is None or not sentence.contains(mention.spans[0]):
            return (-1, -1)
        return (mention.spans[0].start, mention.spans[-1].end)

    return classify_spans(text, ActorSpans(span_of(roles.source), span_of(roles.target)), found, sentence.start)


def events_from_statement(
    doc: Doc, index: int, statement: Statement, sentence: Span, cache: SentenceCache
) -> list[Event]:
    """The speech act of one statement ("X urged Y to …" is a REQUEST by X), if it is an event."""
    speaker, text = statement.speaker, doc.text
    if not is_actor_like(speaker):
        return []
    # Only what the speaker's own statement says counts: its speaker, cue and content, not the
    # sentence's other clauses ("Ukraine has agreed …, and Washington said it would resume …").
    lo = min(speaker.spans[0].start, statement.cue.start, statement.content.start)
    hi = max(speaker.spans[-1].end, statement.cue.end, statement.content.end)
    found = [f for f in cache.matches(sentence) if lo <= f[1] and f[2] <= hi]
    # First without a target: a sentence whose act is not verbal needs no actor lookup at all.
    first = classify_roles(text, sentence, Roles(speaker, None), found)
    if first is None or first.event_type not in VERBAL_TYPES:
        return []
    verb = "~" in first.rule  # an inflected verb cue; "unacceptable", "must" evaluate rather than report
    subject = next((reported_subject(text, Span(p.start, p.end), first.cue_start) for p in statement.content.spans
                    if p.start <= first.cue_start < p.end), None)
    claim = verb and subject is not None  # the content's verb has a subject of its own: whose act is it?
    if claim and not (speaker.actor_id or speaker.country):
        return []  # a speaker we cannot place speaks for no side: a claim about others, told before any scan
    # Who the act is aimed at stands from the cue on: the sentence's actors (scanned once per sentence,
    # shared with the narrative reading) from there.
    lo = max(sentence.start, min(statement.cue.start, statement.content.start))
    mentions = cache.mentions(sentence)
    if lo < sentence.end:
        mentions = [m for m in mentions if m.spans[0].start >= lo]
    if claim and not speaks_for(speaker, subject or "", mentions):
        return []  # "X said the two sides had agreed": a claim about others' acts, not X's own
    others = [m for m in mentions
              if not any(m.spans[0].overlaps(s) for s in speaker.spans) and not same_actor(m, speaker)
              and not (speaker.country and m.country == speaker.country)]  # the speaker's own side
    after = [m for m in others if m.spans[0].start >= first.cue_end]
    # Before the cue, an actor after a locative preposition is where, not whom ("the deployment of
    # contingents to Ukraine is unacceptable" rejects the deployment, not Ukraine).
    target = after[0] if after else None
    if target is None:
        before = [m for m in others if m.spans[0].start < first.cue_end and not WHERE_BEFORE.search(
            text, max(sentence.start, m.spans[0].start - 12), m.spans[0].start)]
        target = next(iter([m for m in before if m.spans[0].start >= speaker.spans[0].start] or before), None)
    roles = Roles(speaker, target)
    event_type = classify_roles(text, sentence, roles, found) if roles.target else first
    if event_type is None or event_type.event_type not in VERBAL_TYPES or not names_act(event_type):
        return []
    cue_at = event_type.cue_start
    if verb and _PASSIVE_BEFORE.search(text, max(sentence.start, cue_at - 24), cue_at):
        return []  # "I was asked to …": the speaker is who the act was done to
    if event_type.rule.startswith("future:") and conditional_before(text, statement.content, cue_at):
        return []  # "if peace were reached, Russia would honour …": a promise on a condition is no agreement
    # The part of the content that holds the cue, if any (the cue may be the reporting verb itself).
    part = next((p for p in statement.content.spans if p.start <= cue_at < p.end), None)
    if part is not None:
        if describes_other(text, part, event_type, speaker, mentions):
            return []  # "the memorandum read like an ultimatum": the speaker's account of a thing, not an act
        if is_counterfactual(text, part.start, cue_at):
            return []  # "the plan would have required Kyiv to …": what did not happen
        if event_type.event_type == "AGREE" and ONLY_IF.search(text, event_type.cue_end, part.end):
            return []  # "willing to consider it only if Russian forces leave": a precondition, no agreement yet
    return [make_event(doc, sentence, roles, event_type, f"statement:{event_type.rule}", statement_index=index,
                       quoted=statement.content.spans, actor_start=min(speaker.spans[0].start, statement.cue.start))]


def events_from_sentence(doc: Doc, sentence: Span, cache: SentenceCache, quoted: list[Span] | None = None) -> list[Event]:
    """A narrative event between the actors a sentence names ("Washington imposed sanctions on Rosneft").

    ``quoted``: stretches that statements cover; a predicate inside one is a speaker's claim, not coded here.
    """
    known = cache.matched(sentence)  # looked up already for a statement: no cue left, no actor lookup
    if known is not None and not [f for f in known if not any(q.start <= f[1] < q.end for q in quoted or ())]:
        return []
    mentions = cache.mentions(sentence)
    if not mentions:
        return []
    text = doc.text
    # Every event here has a source that ``roles_around`` found, and it keeps only an actor that may be a
    # subject (not "to Ukraine", not "a US proposal") or one an event noun links to ("talks between X"):
    # without either, no cue can give an event, so the sentence goes before its cues are matched.
    subjects = [m for m in mentions if may_be_subject(text, m, sentence.start)]
    if not may_have_subject(text, mentions, subjects, sentence.start):
        return []
    found = cache.matches(sentence)
    if quoted:
        found = [f for f in found if not any(q.start <= f[1] < q.end for q in quoted)]
    if not found:
        return []  # no cue outside what statements cover
    # Whichever cue wins, its subject must be such an actor ending before it (or one an event noun links
    # to): when no cue has one, no classification can give an event. Most sentences that name actors
    # only after their event words, or only after prepositions, end here.
    if not any(may_take_roles(text, mentions, f[1], f[2], subjects) for f in found):
        return []
    guess = first_roles(mentions)
    for _ in range(3):  # the best cue may have no subject among the actors; then try the next one
        first = classify_roles(text, sentence, guess, found)
        if first is None or first.cue_start < 0:
            return []
        roles = (roles_around(text, mentions, first.cue_start, first.cue_end, sentence.start, sentence.end)
                 if may_take_roles(text, mentions, first.cue_start, first.cue_end, subjects) else None)
        if roles is not None:
            break
        found = [f for f in found if f[1] != first.cue_start]
    else:
        return []  # no actor stands where the subject of any predicate would be
    # Most often the first guess was right: the same roles give the same type, so it is not classified twice.
    same = roles.source is guess.source and roles.target is guess.target
    event_type = first if same else classify_roles(text, sentence, roles, found)
    if event_type is None or not names_act(event_type):
        return []
    if is_counterfactual(text, sentence.start, event_type.cue_start):
        return []  # "The first draft would have … required Kyiv to pull out": no act took place
    events = [make_event(doc, sentence, roles, event_type, f"narrative:{event_type.rule}")]
    second = coordinated_event(text, sentence, roles, event_type, found, mentions)
    if second is not None:
        other = make_event(doc, sentence, second[0], second[1], f"narrative:and:{second[1].rule}")
        events.insert(0 if second[1].cue_start < event_type.cue_start else 1, other)
    return events


_AND = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?", re.I)


def coordinated_event(
    text: str, sentence: Span, roles: Roles, first: EventType, found: list[tuple[Cue, int, int]], mentions: list[Mention]
) -> tuple[Roles, EventType] | None:
    """A second predicate sharing the subject ("… met in Istanbul and agreed to exchange prisoners").

    The other predicate may follow the first one found or precede it; "and" must open a verb phrase,
    not a clause with a subject of its own ("and Washington said").
    """
    source = roles.source
    lo = source.spans[-1].end if source is not None and sentence.contains(source.spans[0]) else sentence.start
    joints = [j for j in _AND.finditer(text, lo, sentence.end)
              if not any(j.end() <= m.spans[0].start <= j.end() + 2 for m in mentions)]
    for joint in joints:
        if joint.start() >= first.cue_end:  # the other predicate follows: "met … and agreed to …"
            rest = [f for f in found if f[1] >= joint.end() and f[0].trigger]
            span = Span(joint.end(), sentence.end)
        elif joint.end() <= first.cue_start:  # it precedes: "met … and agreed to …", found the second
            rest = [f for f in found if lo <= f[1] and f[2] <= joint.start() and f[0].trigger]
            span = Span(lo, joint.start())
        else:
            continue
        if not rest or (span.start == joint.end() and rest[0][1] - joint.end() > 40):
            continue
        after = [m for m in mentions if m.spans[0].start > rest[0][1] and (source is None or not same_actor(m, source))]
        second_roles = Roles(source, after[0] if after and after[0].spans[0].start < span.end else roles.target)
        found_type = classify_roles(text, span, second_roles, rest)
        if found_type is not None and found_type.event_type != first.event_type:
            return second_roles, found_type
    return None


def extract_events(doc: Doc, kb: ActorBaseLike) -> list[Event]:
    """All events of a document: statements' speech acts, then narrative events outside statements."""
    if not doc.sentences:
        return []
    low = doc.text.lower()
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    candidates = event_sentence_hits(doc, low, starts)
    if not candidates:
        return []
    cache = SentenceCache(doc, kb, low)
    events: list[Event] = []
    # Only sentences with an event word need to know what statements cover, so only they are tracked.
    spoken: dict[int, list[Span]] = {}  # sentence index -> the stretches statements cover in it
    speakers: dict[int, list[Span]] = {}  # sentence index -> where its statements' speakers stand
    chosen = sorted(candidates)
    chosen_sentences = tuple(sentences[i] for i in chosen)
    chosen_starts = [s.start for s in chosen_sentences]
    for index, statement in enumerate(doc.statements):
        cue_spans = statement.cue.spans
        cue_start = cue_spans[0].start if cue_spans else 0
        at = bisect_right(starts, cue_start) - 1
        if at in candidates:
            if cue_start < sentences[at].end:
                events.extend(events_from_statement(doc, index, statement, sentences[at], cache))
            speakers.setdefault(at, []).extend(statement.speaker.spans)
        extent: Span | None = None
        parts = cue_spans + statement.content.spans
        if not parts:
            continue
        # Most statements stand in sentences with no event word: one search over their whole reach
        # (a superset of what the parts overlap) rules them out. (A plain loop: two or three parts.)
        lo, hi = parts[0].start, -1
        for p in parts:
            start, end = p.start, p.end
            if start < lo:
                lo = start
            if end <= start:
                end = start + 1
            if end > hi:
                hi = end
        if not overlaps_any(chosen_sentences, chosen_starts, lo, hi):
            continue
        for part in parts:
            # Sentences do not overlap, so searching among the chosen ones alone finds the same ones.
            for n in indices_overlapping(chosen_sentences, chosen_starts, part.start, part.end):
                covered = chosen[n]
                if extent is None:
                    every = (*statement.speaker.spans, *parts)
                    extent = Span(min(p.start for p in every), max(p.end for p in every))
                spoken.setdefault(covered, []).append(extent)
    for at in chosen:
        sentence = sentences[at]
        # What a statement says is its speaker's claim; the rest of the sentence may still tell an event
        # ("X met Y in Kyiv on Thursday, a day after Z accused …").
        extents = spoken.get(at, ())
        if extents and all(any(x.start <= hit < x.end for x in extents) for hit in candidates[at]):
            continue  # every event word of the sentence is inside what someone said
        voices = speakers.get(at, [])
        events.extend(e for e in events_from_sentence(doc, sentence, cache, spoken.get(at, []))
                      # "Rubio told reporters after the meeting": the speaker's own telling, not an event
                      if not (e.source and any(e.source.spans[0].overlaps(v) for v in voices)))
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
