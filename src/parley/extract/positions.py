"""The positions stage: where each speaker stands on each issue, read from statements and events."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import ClassVar

from parley.extract.event_roles import ActorBaseLike
from parley.extract.issues import DIRECTION, IssueTaxonomy, TermMatch, load_issues
from parley.extract.pipeline import register_stage
from parley.extract.position_holders import (
    conditional_after,
    coordinated_partner,
    event_clause,
    is_fragment,
    reported_holder,
)
from parley.extract.stance import IssueStance, detect_stances, read_stance
from parley.model import Doc, Event, Mention, Part, Position, Span, Statement

# An unresolved speaker holds a position only when it names people or a body ("Western officials",
# "a source familiar with the talks"); a bare pronoun the statement stage could not resolve ("She")
# or a phrase that is no speaker at all ("Neither side's proposals") holds none.
_PRONOUNS = frozenset("he she they it we i you him her them his its their this that who".split())
_SPEAKER_WORDS = frozenset(
    "official officials spokesman spokesmen spokeswoman spokeswomen spokesperson spokespeople minister"
    " ministers ministry ministries leader leaders diplomat diplomats source sources negotiator negotiators"
    " president chancellor premier adviser advisers advisor advisors aide aides envoy envoys government"
    " governments delegation delegations analyst analysts ambassador ambassadors secretary commission"
    " parliament pollster pollsters lawmaker lawmakers senator senators general generals commander"
    " commanders expert experts observer observers governor governors mayor mayors authorities".split()
)
# The same words as a case-blind regex, for the rare speaker text that is not plain ASCII (where a
# case-blind match may pair letters that lower-casing does not, like the Kelvin sign and "k").
_SPEAKER_HEAD = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_SPEAKER_WORDS)) + r")(?![\w-])", re.IGNORECASE)
# For ASCII speaker text, as bytes: capitals to lower case, and every character that cannot be part of a
# head word's run (no letter, digit, "_" or "-") to a space; bytes.translate is a plain table lookup.
_TO_WORDS = bytes(c + 32 if 65 <= c <= 90 else c if chr(c).isalnum() or chr(c) in "_-" else 32 for c in range(256))
_SPEAKER_BYTES = frozenset(w.encode() for w in _SPEAKER_WORDS)
_START_END = attrgetter("start", "end")  # a span's sort key, read in C (a lambda per span costs more)
FRAME_RULE = "frame"  # rule prefix of positions read from the words around a statement's content
# A pronoun that may stand for the issue the speaker has just spoken of ("does not allow it").
_ANAPHOR = re.compile(r"(?<![\w-])(?:it|this)(?![\w'-])", re.IGNORECASE)
ANAPHOR_GAP = 12  # characters between the deciding cue and the pronoun it governs
ANAPHORA_REACH = 400  # characters from the end of the speaker's last content to the start of this one


class PositionReader:
    """Reads a Position for every issue a statement's content (or an event's evidence) speaks to."""

    name: ClassVar[str] = "positions"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("statements",)
    produces: ClassVar[tuple[str, ...]] = ("positions",)

    def __init__(self, taxonomy: IssueTaxonomy | None = None, actor_base: ActorBaseLike | None = None) -> None:
        self.taxonomy = taxonomy or load_issues()
        self.kb = actor_base

    def __call__(self, doc: Doc) -> Doc:
        positions = read_positions(doc, self.taxonomy, self.kb)
        return doc.with_layer(f"{self.name}@{self.version}", positions=tuple(positions))


@dataclass(frozen=True, slots=True)
class _Found:
    """A stance read from some text of the article, with the actor it belongs to and where it was read."""

    actor: Mention
    stance: IssueStance
    evidence: Part
    index: int | None
    confidence: float
    via: str
    when: date | None = None  # an event's own date, when it has one


def read_positions(doc: Doc, taxonomy: IssueTaxonomy, kb: ActorBaseLike | None = None) -> list[Position]:
    """Positions from statements (content, then the words around it), then from narrative events.

    ``kb``: the actor base that names the holder of a stance a statement reports ("officials said the
    Russian side had demanded …"); the packaged one when None, loaded only when such a stance occurs.
    """
    day = doc.article.published
    named = FirstMentions(doc.text, taxonomy)
    frames = FrameFinder(doc)
    found: list[_Found] = []
    seen: set[tuple[str, str, str, int]] = set()  # (actor, issue, stance, sentence) already given
    previous: tuple[str, int, list[IssueStance]] | None = None  # last speaker, where they ended, their sides
    for index, statement in enumerate(doc.statements):
        if not holds_positions(statement.speaker):
            continue
        start = statement.content.spans[0].start if statement.content.spans else 0
        # References ("the plant") are tried on every content (short texts, cheap); a reading from
        # one stands only if the article named its issue before this statement.
        context = named.referable
        read = [r for r in read_statement(statement, taxonomy, context)
                if r.term_kind != "references" or named.before(r.issue, start)]
        actor = statement.speaker.actor_id or statement.speaker.text.lower()
        if not read and previous and previous[0] == actor and start - previous[1] <= ANAPHORA_REACH:
            read = read_anaphora(statement.content.text, previous[2])
        # The words around the content can take a side too: "Erdogan offered Turkey as a venue,
        # saying ...", "Merz, one of the strongest backers of using the assets, said ...". A side
        # taken there outranks a content that only names the issue.
        where = frames.frame_span(statement)
        frame_text = "" if where is None else doc.text[where[0] : where[1]]
        framed = [] if where is None else [
            f for f in detect_stances(frame_text, taxonomy, context=context)
            if f.stance != "neutral"
            and (f.term_kind != "references" or named.before(f.issue, start))
            and not any(r.issue == f.issue and r.stance != "neutral" for r in read)]
        framed_issues = {f.issue for f in framed}
        # A content with no verb ("after a meeting of the coalition in Paris") that merely names an issue
        # says nothing about it.
        if read and is_fragment(statement.content.text):
            read = [r for r in read if r.rule != "neutral:no-cue"]
        if read and statement.content.spans and conditional_after(
            doc.text, statement.content.end, frames.sentence_end(statement.content.end - 1)
        ):
            # "He did not rule out a role for American forces but said the details would depend on …"
            read = [replace(r, stance="conditional", rule=f"{r.rule}+but-condition") if r.stance != "neutral" else r
                    for r in read]
        for stance in read:
            if stance.issue in framed_issues and stance.stance == "neutral":
                continue
            holder = reported_holder(statement, stance, kb or _default_kb(), day) if _reports(stance) else statement.speaker
            if holder is not None:
                found.append(_Found(holder, stance, statement.content, index, statement.confidence, "statement"))
            if holder is statement.speaker:
                continue
            # The stance was someone else's ("Zelenskiy had refused to hold elections"); another reading
            # of the issue may still be the speaker's own ("… and was running a country without a mandate").
            # (Rare: the content is read again for every reading of each issue.)
            every: dict[str, list[IssueStance]] = {}
            read_statement(statement, taxonomy, context, every)
            own = next((r for r in every.get(stance.issue, ()) if r.start != stance.start and r.stance != "neutral"
                        and (not _reports(r) or reported_holder(statement, r, kb or _default_kb(), day)
                             is statement.speaker)), None)
            if own is not None:
                found.append(_Found(statement.speaker, own, statement.content, index, statement.confidence,
                                    "statement"))
        if framed and where is not None:
            frame = Part(frame_text, (Span(*where),))
            for stance in framed:
                found.append(_Found(statement.speaker, stance, frame, index, statement.confidence, FRAME_RULE))
        polar = [r for r in read if r.stance != "neutral"]
        if polar or previous is None or previous[0] != actor:
            previous = (actor, statement.content.spans[-1].end if statement.content.spans else start, polar)
    for event in doc.events:
        # An event read from a statement repeats that statement, and its evidence (the whole
        # sentence) mixes the speaker's words with the reporter's: the statement already spoke.
        if event.statement_index is not None or event.source is None or not event.source.actor_id:
            continue
        stances = read_event(event, taxonomy)
        # "Russian and Ukrainian negotiators … agreed to free prisoners": a partner coordinated with the
        # source before the predicate did the same, so it takes the same side.
        partner = event.target if stances and coordinated_partner(doc.text, event) else None
        for stance in stances:
            # A narrative sentence is no speech: only a cue or a claim tells a side ("made no
            # progress towards a ceasefire" does not oppose one).
            if not stance.rule.startswith(("cue:", "claim:", "condition")):
                continue
            for holder in (event.source, partner):
                if holder is not None:
                    found.append(_Found(holder, stance, event.evidence, None, event.confidence, "event", event.date))
    out: list[Position] = []
    for f in found:
        key = (f.actor.actor_id or f.actor.text.lower(), f.stance.issue, f.stance.stance,
               frames.sentence_start(f.evidence.spans[0].start if f.evidence.spans else 0))
        if key in seen:
            continue  # one sentence gives one position per actor, issue and stance
        seen.add(key)
        out.append(make_position(f.actor, f.stance, f.evidence, day, f.index, f.confidence, via=f.via,
                                 when=f.when))
    return out


def _reports(stance: IssueStance) -> bool:
    """Whether a reading's deciding cue stands before its term, where it may have a subject of its own."""
    return stance.rule.startswith("cue:") and stance.cue is not None


def _default_kb() -> ActorBaseLike:
    from parley.actors import default_actor_base

    return default_actor_base()  # type: ignore[return-value]


def read_anaphora(content: str, earlier: list[IssueStance]) -> list[IssueStance]:
    """A content naming no issue that points back with "it"/"this" to the one issue the same speaker
    has just taken a side on: "... ruled out giving up territory. 'Our constitution does not allow it'".
    """
    issues = {e.issue for e in earlier}
    if len(issues) != 1:
        return []
    before = earlier[0]
    for m in _ANAPHOR.finditer(content):
        term = TermMatch(before.issue, "references", DIRECTION.get(before.term_kind, 1), m.group(), m.start(),
                         m.end())
        stance = read_stance(content, term)
        # Only a cue that governs the pronoun itself ("does not allow it", "we reject this").
        if stance.rule.startswith("cue:") and stance.cue and 0 <= m.start() - content.rfind(
            stance.cue, 0, m.start()
        ) - len(stance.cue) <= ANAPHOR_GAP:
            return [replace(stance, rule=f"anaphora:{stance.rule}", confidence=round(stance.confidence * 0.8, 3))]
    return []


def holds_positions(speaker: Mention) -> bool:
    """Whether a speaker can hold a position: resolved, or a phrase that names people or a body."""
    if speaker.actor_id:
        return True
    text = speaker.text
    if text.isascii():
        # The head words are whole runs of word characters and hyphens: split at every other character and
        # look them up (a case-blind alternation tried at every place costs several times more). A lone
        # pronoun is no head word, so it holds none.
        return not _SPEAKER_BYTES.isdisjoint(text.encode().translate(_TO_WORDS).split())
    words = text.lower().split()
    if not words or (len(words) == 1 and words[0] in _PRONOUNS):
        return False
    return _SPEAKER_HEAD.search(text) is not None


class FirstMentions:
    """Where the article first names each issue with a term, looked up only when a reference needs it."""

    def __init__(self, text: str, taxonomy: IssueTaxonomy) -> None:
        self.text = text
        self.taxonomy = taxonomy
        self.referable = tuple(i.id for i in taxonomy.issues if i.reference_pattern is not None)
        self.first: dict[str, int | None] = {}

    def before(self, issue_id: str, offset: int) -> bool:
        """Whether the article names ``issue_id`` with a term before ``offset``."""
        if issue_id not in self.first:
            issue = self.taxonomy.get(issue_id)
            m = issue.pattern.search(self.text) if issue and issue.pattern else None
            self.first[issue_id] = m.start() if m else None
        at = self.first[issue_id]
        return at is not None and at < offset


class FrameFinder:
    """The words of a statement's sentence outside any statement's content: who said it, and how."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.sentences = doc.sentences
        self.used: set[tuple[str, int, int]] = set()

    # Built on first use: an article whose speakers hold no position never needs them.
    @cached_property
    def starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def contents(self) -> list[Span]:
        # Sorted by a plain tuple key: the same order as Span's own, without its slower generated comparisons.
        return sorted(chain.from_iterable([s.content.spans for s in self.doc.statements]), key=_START_END)

    @cached_property
    def content_starts(self) -> list[int]:
        return [s.start for s in self.contents]

    def sentence_of(self, offset: int) -> Span | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_start(self, offset: int) -> int:
        sentence = self.sentence_of(offset)
        return sentence.start if sentence else offset

    def sentence_end(self, offset: int) -> int:
        sentence = self.sentence_of(offset)
        return sentence.end if sentence else len(self.text)

    def frame_span(self, statement: Statement) -> tuple[int, int] | None:
        """Where the stretch of the speaker's sentence between the contents around the speaker lies (once per
        speaker); offsets only, as most frames take no side and need no Part."""
        if not statement.speaker.spans:
            return None
        speaker = statement.speaker.spans[0]
        sentence = self.sentence_of(speaker.start)
        if sentence is None:
            return None
        # From the speaker on: words before the speaker are often another actor's deed
        # ("Ukraine has agreed to a US proposal ..., and Washington said").
        start, end = speaker.start, sentence.end
        i = bisect_right(self.content_starts, speaker.start)
        for span in self.contents[max(0, i - 8) : i]:
            if span.start <= speaker.start < span.end:
                return None  # a speaker inside another content is reported speech, framed there
        for span in self.contents[i:]:
            if span.start >= sentence.end:
                break
            if span.start >= speaker.end:
                end = min(end, span.start)
                break
        key = (statement.speaker.actor_id or statement.speaker.text.lower(), start, end)
        if end <= start or key in self.used:
            return None
        self.used.add(key)
        return start, end


def read_statement(
    statement: Statement, taxonomy: IssueTaxonomy, context: Collection[str] = (),
    every: dict[str, list[IssueStance]] | None = None,
) -> list[IssueStance]:
    """Stances in a statement's content; the cue verb ("rejected", "welcomed") decides when the content is silent."""
    return detect_stances(statement.content.text, taxonomy, cue=statement.cue.text or None, context=context,
                          every=every)


def read_event(event: Event, taxonomy: IssueTaxonomy) -> list[IssueStance]:
    """Stances in a narrative event's sentence, read from its source onwards ("..., Russia rejected X")."""
    text = event.evidence.text
    if event.source and event.source.spans and event.evidence.spans:
        offset = event.source.spans[0].start - event.evidence.spans[0].start
        if 0 < offset < len(text):
            text = text[offset:]
    found = detect_stances(text, taxonomy)  # most events' sentences name no issue: one gate pass says so
    if not found:
        return found
    clause = event_clause(text)
    return found if clause is text else detect_stances(clause, taxonomy)


def make_position(
    actor: Mention,
    found: IssueStance,
    evidence: Part,
    day: object,
    index: int | None,
    source_confidence: float,
    via: str = "statement",
    when: date | None = None,
) -> Position:
    """A Position whose confidence combines the stance rule's and the statement's (or event's)."""
    dated = when or (day if isinstance(day, date) else None)
    return Position(
        actor=actor,
        issue=found.issue,
        stance=found.stance,
        evidence=evidence,
        rule=f"{via}:{found.rule}",
        date=dated,
        confidence=round(found.confidence * source_confidence, 3),
        statement_index=index,
    )


@register_stage("parley.positions.v1")
def make_position_reader(
    issues: str | Path | None = None, actor_base: ActorBaseLike | None = None, **_: object
) -> PositionReader:
    """The positions stage; ``issues`` names a user taxonomy file replacing the packaged one."""
    return PositionReader(load_issues(issues) if issues else None, actor_base)
