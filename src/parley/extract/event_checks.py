"""Whether a classified cue tells an act that happened (counterfactuals, descriptions, conditions), and where."""

from __future__ import annotations

import re
from functools import lru_cache

from parley.extract.event_lexicon import MATERIAL_CONFLICT
from parley.extract.event_roles import reported_subject, same_actor
from parley.extract.event_types import EventType
from parley.extract.places import find_location
from parley.model import Location, Mention, Part, Span

# "The first draft would have required Kyiv to pull out": what a text would have done did not happen.
# ("would have to" is an obligation, not a counterfactual.)
_MODAL_BEFORE = re.compile(r"\b(?:would|could|might|should)(?:n['’]t|\s+not|\s+never)?\s+$", re.I)
# Where the clause of a cue begins, for the counterfactual test: a new clause has a mood of its own.
_CLAUSE_START = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|saying|which|who|when|an?\s+idea)\b|\s[—–]\s")
# A noun phrase head: a determiner and at most two modifiers before the cue ("an ultimatum", "the
# Thanksgiving deadline", "no serious commitment to").
_NOUN_HEAD = re.compile(r"\b(?:a|an|the|no|any|its|their|his|her|this|that|such)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# Types a speaker's own judgement performs even when the sentence's subject is a thing ("X is a red line",
# "the plan is a provocation"); other noun cues only describe ("the memorandum read like an ultimatum").
_JUDGEMENT_TYPES = frozenset({"REJECT", "ACCUSE"})
_FIRST_WORD = re.compile(r"[\w'’-]+")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|these|those|our|your)\s+(?:\w+ly\s+)?$", re.I)
_VERB_FORMS = re.compile(r"[a-z](?:ed|ing)\b")
_OWN_VOICE = frozenset("i we he she they our my his her their".split())
# Event nouns that name an occasion, not a party acted on ("attended the Paris meeting").
OCCASION_NOUNS = frozenset(
    "meeting meetings talks summit summits conference conferences session sessions ceremony negotiations round "
    "rounds gathering forum briefing dinner lunch breakfast".split()
)

# Where the clause an event is told in ends, for its place: "imposed sanctions on Rosneft …, a day after
# plans for a summit in Budapest were shelved" did not happen in Budapest.
_PLACE_CLAUSE_END = re.compile(
    r";|,\s+(?:(?:a|one|two|three|several|some)\s+(?:day|days|week|weeks|month|months)\s+)?"
    r"(?:after|before|since|when|while|whereas|although|but)(?![\w-])"
    r"|,\s+(?:was|were|is|are|has|have|had|will|would)(?![\w-])"  # the end of a relative clause
)
# Heads of unnamed noun phrases that can be a party acted on ("European troops", "the rebels").
_PARTY_HEADS = re.compile(
    r"(?:troops|forces|soldiers|officials|government|governments|leaders|leader|companies|banks|firms|militants"
    r"|rebels|fighters|protesters|civilians|prisoners|diplomats|envoys|negotiators|delegation|delegations|allies"
    r"|countries|states|nations|authorities|regime|ministry|army|navy|police|citizens|nationals|people|members"
    r"|contingents?|units|personnel|journalists?|activists?|hostages|detainees|refugees|migrants|children"
    r"|opponents?|rivals?|candidates?|audience|court|courts|campaign|administration|party|parties|groups?"
    r"|committee|council|agency|union|company|bank|side|sides"
    # plural nouns for people: peacekeepers, monitors, activists, civilians, migrants, residents
    r"|[a-z]+(?:ers|ors|ists|ians|ants|ents))$",
    re.IGNORECASE,
)

__all__ = [
    "OCCASION_NOUNS", "describes_thing", "is_attributive", "is_counterfactual", "is_party_phrase", "may_describe",
    "names_act", "place_bounds",
]


def names_act(found: EventType) -> bool:
    """Whether a classified event names an act that took place.

    Negated conflict ("did not rule out", "did not attack": something that did not happen) and a
    postponed cooperation ("postponed a visit": a delay, neither a refusal nor a visit) name none; a
    negated cooperative cue is a refusal (REJECT) and does.
    """
    head = found.rule[:8]
    if head == "delayed:":
        return False
    return not (head == "negated:" and (found.event_type == found.cue_type or found.cue_type in MATERIAL_CONFLICT))


def is_attributive(text: str, cue_source: str, start: int) -> bool:
    """Whether a verb cue stands as a participle before a noun ("a demilitarised zone", "the agreed text")."""
    if not _opens_with_verb(cue_source):
        return False
    word = _FIRST_WORD.match(text, start)
    return (word is not None and word.group().lower().endswith(("ed", "en"))
            and _DETERMINER_BEFORE.search(text, max(0, start - 24), start) is not None)


@lru_cache(maxsize=4096)
def _opens_with_verb(cue_source: str) -> bool:
    return cue_source.split()[0].endswith("~")


@lru_cache(maxsize=4096)
def _spelt_verb(rule: str) -> bool:
    """Whether a rule's cue is a verb spelt out as a pattern ("(?:supports|supported|supporting)")."""
    return _VERB_FORMS.search(rule.partition(":")[2]) is not None


def is_counterfactual(text: str, lo: int, cue_start: int) -> bool:
    """Whether the clause holding the cue is a counterfactual ("… would have required Kyiv to pull out")."""
    at = text.find("have ", lo, cue_start)  # most sentences end here, after one plain search
    while at >= 0:
        if not text.startswith("have to ", at) and _MODAL_BEFORE.search(text, max(lo, at - 16), at):
            start = max([lo, *(m.end() for m in _CLAUSE_START.finditer(text, lo, cue_start))])
            if at >= start:
                return True
        at = text.find("have ", at + 5, cue_start)
    return False


def may_describe(text: str, found: EventType) -> bool:
    """The checks of ``describes_thing`` that need no subject: a noun cue after a determiner."""
    if "~" in found.rule or found.cue_type in _JUDGEMENT_TYPES or found.cue_start < 0 or found.mode == "obligation":
        return False
    if _spelt_verb(found.rule):
        return False
    return _NOUN_HEAD.search(text, max(0, found.cue_start - 40), found.cue_start) is not None


def describes_thing(text: str, found: EventType, verb: bool, subject: str) -> bool:
    """Whether a statement's cue is a noun describing something ("the memorandum read like an ultimatum").

    Such a noun with a subject of its own is the speaker's account of another's act or thing, not the
    speaker's act; an evaluation ("X is a red line") stays the speaker's own judgement, and so does a
    noun in the speaker's own clause ("he will make an endorsement").
    """
    if verb or found.cue_type in _JUDGEMENT_TYPES or found.cue_start < 0 or found.mode == "obligation":
        return False  # a verb, a judgement, or a modal ("the Senate should …" asks the Senate)
    if _spelt_verb(found.rule):
        return False  # a verb spelt out as a pattern ("(?:supports|supported|supporting)")
    words = subject.split()
    if not words or words[0].lower() in _OWN_VOICE:
        return False
    return _NOUN_HEAD.search(text, max(0, found.cue_start - 40), found.cue_start) is not None


def is_party_phrase(phrase: str, event_type: str = "") -> bool:
    """Whether an unresolved noun phrase can be an event's target: a name or a group of people.

    "sanctions on Rosneft" (a name) and "the deployment of European troops" (a group) name parties;
    "agreed on the energy pause", "attended the Paris meeting" name the matter or the occasion. What
    material conflict strikes may be a thing ("attacked the border posts").
    """
    words = phrase.split()
    if not words or words[-1].lower() in OCCASION_NOUNS:
        return False
    if event_type in MATERIAL_CONFLICT:
        return True
    return words[0][:1].isupper() or _PARTY_HEADS.search(words[-1]) is not None


def place_bounds(text: str, start: int, end: int, cue_end: int, actor_start: int | None) -> tuple[int, int]:
    """The stretch of a sentence where an event's place may be named.

    It ends where a new clause with its own time opens after the cue (", a day after …"); for a speech
    act it begins at such a clause when the speaker stands in one ("X met Y in Kyiv, a day after Z
    accused …").
    """
    stop = _PLACE_CLAUSE_END.search(text, max(start, cue_end), end) if cue_end >= 0 else None
    hi = stop.start() if stop else end
    lo = start
    if actor_start is not None and start < actor_start < hi:
        lo = max([start, *(m.start() for m in _PLACE_CLAUSE_END.finditer(text, start, actor_start))])
    return lo, hi


# ---- speech acts: whose act, and on what condition ----

ONLY_IF = re.compile(r"\bonly\s+(?:if|when|once|after)\b", re.I)
WHERE_BEFORE = re.compile(r"\b(?:to|in|into|inside|on|onto|at|across|within)\s+(?:the\s+)?$", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|provided|providing|as\s+long\s+as|on\s+condition)\b", re.I)


def conditional_before(text: str, content: Part, cue_start: int) -> bool:
    """Whether the part of the content that holds the cue opens a condition before it ("if …, we would …")."""
    return any(p.start <= cue_start < p.end and _CONDITION.search(text, p.start, cue_start) is not None
               for p in content.spans)


def describes_other(text: str, part: Span, found: EventType, speaker: Mention, mentions: list[Mention]) -> bool:
    """Whether the act's cue is a noun, in the content ``part``, in a clause whose subject is not the
    speaker's side."""
    if not may_describe(text, found):
        return False
    subject = reported_subject(text, part, found.cue_start)
    if subject is None or not describes_thing(text, found, False, subject):
        return False
    return not (speaker.actor_id or speaker.country) or not speaks_for(speaker, subject, mentions)


def speaks_for(speaker: Mention, subject: str, mentions: list[Mention]) -> bool:
    """Whether a content's subject is the speaker's own side ("Zelensky said Kyiv would not …")."""
    low = subject.lower()
    for m in mentions:
        if m.text.lower() in low or low in m.text.lower():
            return same_actor(m, speaker) or bool(speaker.country and m.country == speaker.country)
    return False


# ---- where ----

def place_of(text: str, sentence: Span, found: EventType, quoted: tuple[Span, ...], actor_start: int | None
             ) -> Location | None:
    """Where the event happened, looked for only in the stretch of the sentence that tells it."""
    visit, meeting = found.mode == "visit", found.event_type == "CONSULT"
    place = locate_event(text, sentence, quoted, visit, meeting)
    if place is None:
        return None  # most sentences name no place at all: no need to find the event's clause
    lo, hi = place_bounds(text, sentence.start, sentence.end, found.cue_end, actor_start)
    if lo == sentence.start and hi == sentence.end:
        return place
    return locate_event(text, Span(lo, hi), quoted, visit, meeting)


def locate_event(
    text: str, sentence: Span, quoted: tuple[Span, ...], destinations: bool, occasions: bool = False
) -> Location | None:
    """Where the event happened: the sentence's place outside any quoted content."""
    start = sentence.start
    for part in sorted(q for q in quoted if q.overlaps(sentence)):
        if part.start > start and (found := find_location(text, start, part.start, destinations=destinations,
                                                          occasions=occasions)):
            return found
        start = max(start, part.end)
    return (find_location(text, start, sentence.end, destinations=destinations, occasions=occasions)
            if start < sentence.end else None)
