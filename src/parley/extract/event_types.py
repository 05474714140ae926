"""PLOVER event types from a sentence with a marked source and target, by a hand-written cue lexicon."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from parley.extract.event_index import default_cue_index, stem_types
from parley.extract.event_lexicon import (
    COOPERATIVE,
    PLOVER_TYPES,
    Cue,
    compile_cue,
    default_cues,
    inflect_verb,
    load_cues,
)

__all__ = ["PLOVER_TYPES", "EventType", "classify_event", "compile_cue", "default_cues", "inflect_verb", "load_cues"]
_COOPERATIVE = COOPERATIVE

_FUTURE = re.compile(
    r"\b(?:will|would|shall|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intended\s+to|"
    r"(?:willing|ready|prepared|set|expected|due|going|poised|about)\s+to|pledged?\s+to|promised?\s+to|"
    r"vowed?\s+to|offered\s+to|agreed\s+to|agrees\s+to|threaten(?:s|ed|ing)?\s+to)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"(?:\b(?:not|never|no\s+longer|cannot|refus\w*\s+to|declin\w*\s+to|fail\w*\s+to|unwilling\s+to)\b|n't\b)",
    re.IGNORECASE,
)
# Verbs that turn a cooperative or requesting cue after them into a rejection ("rejected a call from",
# "refused a request", "cancelled a planned visit"); they do not flip accusations or attacks.
_REFUSAL = re.compile(
    r"\b(?:refus\w*|declin\w*|reject\w*|den(?:y|ies|ied|ying)|turn\w*\s+down|veto\w*|dismiss\w*|cancel\w*|"
    r"rebuff\w*|spurn\w*|ruled?\s+out|scrap\w*|call\w*\s+off|postpon\w*|suspend\w*|walk\w*\s+out\s+of|quit)\b",
    re.IGNORECASE,
)
# A delay is no refusal and no visit either: "postponed a visit".
_DELAY = re.compile(r"\bpostpon\w*", re.IGNORECASE)
# "no commitment", "no serious commitment": the thing the cue names is denied.
_NO_BEFORE = re.compile(r"\b(?:no|without)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
# "threatened to withdraw", "warned it would respond": whatever conflict follows is only threatened.
_THREAT = re.compile(r"\b(?:threaten\w*\s+to|warn\w*\s+(?:it|they|that|he|she)\s+(?:would|will|could))\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|after|before|as|saying|which|who)\b")
# What each of those patterns cannot match without (lower case): a window of ASCII text holding none of
# them is ruled out by a few plain searches, where the pattern would be tried at every character.
_NEGATION_HINTS = ("not", "never", "longer", "refus", "declin", "fail", "unwilling", "n't")
_REFUSAL_HINTS = ("refus", "declin", "reject", "den", "turn", "veto", "dismiss", "cancel", "rebuff", "spurn",
                  "rule", "scrap", "call", "postpon", "suspend", "walk", "quit")
_THREAT_HINTS = ("threaten", "warn")
_FUTURE_HINTS = ("to", "will", "would", "shall")  # every alternative of _FUTURE holds one of these
# A preposition and a determiner right before a cue: the cue is a noun inside an adverbial phrase.
_CIRCUMSTANCE = re.compile(
    r"\b(?:in|at|during|after|before|following|since|ahead\s+of)\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_TARGET_GAP = re.compile(r"^[\s\w'’$%.,-]{0,30}$")  # what may stand between a cue and the target it governs
_PUBLISHED = re.compile(r"\b(?:report|statement|video|footage|study|paper|document|letter|book|album|data|figures)s?\b",
                        re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+by\s+")  # between a passive verb and its agent
# "could launch", "might strike": a hostile act held out as possible is a threat (PLOVER THREATEN).
_MAYBE = re.compile(r"\b(?:could|might|may)\s+(?:(?!have\b|had\b|been\b)[a-z]+\s+){0,3}$")
# A determiner before a request cue: "a request to open …" names a request, nobody makes one.
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+$", re.IGNORECASE)
# A command to the speaker's own forces or officials ("ordered its troops to …", "told his ministers to …").
_OWN_SIDE = re.compile(r"\w+\s+(?:its|their|his|her|our)\b", re.IGNORECASE)
# A cue opening a phrase right after a comma: ", demanding …" (what the clause before it was done for).
_AFTER_COMMA = re.compile(r",\s?\w")
# What may stand between a request's verb and the act it asks for: "urged Kyiv to", "called on X to quickly".
_TO_ACT = re.compile(r"\bto\s+(?:\w+ly\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class EventType:
    """A classified event: the PLOVER type, its mode where the cue tells one, the cue that fired."""

    event_type: str
    mode: str | None
    rule: str
    confidence: float
    cue_start: int = -1  # where the deciding cue stands in the text (character offsets)
    cue_end: int = -1
    cue_type: str = ""  # the cue's own type, before negation or a promise changed it


@dataclass(frozen=True, slots=True)
class ActorSpans:
    """Where source and target stand in the sentence (-1 when absent)."""

    source: tuple[int, int]
    target: tuple[int, int]

    def spans(self) -> list[tuple[int, int]]:
        return [s for s in (self.source, self.target) if s[0] >= 0]


def locate_actors(text: str, source: str | None, target: str | None) -> ActorSpans:
    """Find the source and target in the text (first occurrence; the target not inside the source)."""
    def find(phrase: str | None, avoid: tuple[int, int] = (-1, -1)) -> tuple[int, int]:
        if not phrase or not phrase.strip():
            return (-1, -1)
        phrase = phrase.strip()
        for haystack in (text, text.lower()):
            needle = phrase if haystack is text else phrase.lower()
            start = haystack.find(needle)
            while start >= 0 and avoid[0] <= start < avoid[1]:
                start = haystack.find(needle, start + 1)
            if start >= 0 and 0 <= avoid[0] - (start + len(needle)) <= 3:
                # "Indonesia's donors … Indonesia must": an occurrence that merely owns or names the
                # source is part of the source's phrase; a later one stands on its own.
                later = haystack.find(needle, avoid[1])
                start = later if later >= 0 else start
            if start >= 0:
                return (start, start + len(needle))
        return (-1, -1)

    src = find(source)
    return ActorSpans(src, find(target, src))


def _score_match(
    text: str, cue: Cue, start: int, end: int, actors: ActorSpans, inside_ok: bool = False,
    spans: list[tuple[int, int]] | None = None,
) -> float | None:
    """How plausible it is that this cue match names the event between source and target (None: not at all).

    ``spans``: ``actors.spans()``, when the caller scores many matches against the same actors.
    """
    if spans is None:
        spans = actors.spans()
    if not inside_ok and any(s <= start < e for s, e in spans):
        return None  # a cue inside an actor's name ("car bomb" in "a Taliban car bomb") is not the predicate
    tgt = actors.target
    if cue.before_target and (tgt[0] < 0 or tgt[0] < end or not _TARGET_GAP.match(text[end : tgt[0]])):
        return None
    if cue.before_target and cue.event_type == "RETREAT" and _PUBLISHED.search(text, end, tgt[0]):
        return None  # "released a scathing report faulting X": something published, no one let go
    if cue.after_target and (tgt[0] < 0 or start < tgt[1] or text[tgt[1] : start].strip(" ,")):
        return None
    if cue.event_type == "AGREE" and cue.source.endswith(" to") and 0 <= tgt[0] - end <= 1:
        return None  # "offered to Kyiv an armoured regiment": "to" names whom, no promise to do something
    score = cue.weight + 0.03 * min(end - start, 30)
    if len(spans) == 2:
        lo = min(actors.source[1], tgt[1])
        hi = max(actors.source[0], tgt[0])
        if lo <= start and end <= hi:
            # Between the two actors: the verb phrase that links them; its head (nearest the first
            # actor) governs what follows ("demanded the withdrawal of", "accused Y of attacking").
            score += 1.5 - 0.008 * (start - lo)
        elif start >= hi:
            last = max(actors.source[1], tgt[1])
            gap = start - last
            score += 0.5 - 0.01 * max(gap, 0) if gap < 60 else -0.5
            if gap > 0 and _CLAUSE_BREAK.search(text, last, start):
                score -= 0.8  # "X airdropped meals to Y, as agencies warned": another clause's verb
        elif actors.source[0] >= end and _BY_AGENT.fullmatch(text, end, actors.source[0]):
            score += 1.5  # "<target> was cautioned by <source>": a passive verb links them as an active one would
        else:
            gap = min(actors.source[0], tgt[0]) - end
            score += 0.3 - 0.01 * gap if gap < 40 else -0.6
    elif spans:
        s, e = spans[0]
        gap = start - e if start >= e else s - end
        score += 0.6 - 0.005 * gap
    if cue.before_target or cue.after_target:
        score += 0.2
    if cue.event_type == "CONSULT" and _CIRCUMSTANCE.search(text, max(0, start - 40), start):
        # "in a meeting with X, Y agreed", "during a briefing … welcomed": a meeting named in an
        # adverbial phrase sets the scene; the clause's own verb is the act
        score -= 1.0
    return score


def _subject_boundary(text: str, actors: ActorSpans, cue_start: int, lo: int = 0) -> int:
    """Where the clause that carries the cue begins: after the nearest actor or clause break before it."""
    ends = [e for _, e in actors.spans() if lo <= e <= cue_start]
    begin = max(ends) if ends else max(lo, cue_start - 40)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, begin, cue_start)]
    return max([begin, *breaks])


def _best_cue(
    text: str, actors: ActorSpans, inside_ok: bool, found: list[tuple[Cue, int, int]]
) -> tuple[float, Cue, int, int] | None:
    best: tuple[float, Cue, int, int] | None = None
    spans = actors.spans()
    for cue, start, end in found:
        score = _score_match(text, cue, start, end, actors, inside_ok, spans)
        if score is not None and (best is None or score > best[0]):
            best = (score, cue, start, end)
    return best


def classify_event(text: str, source: str | None, target: str | None) -> EventType | None:
    """The PLOVER event type of what the source does to the target in this sentence, or None.

    With no cue at all, a sentence whose source and target are linked by a verb still gets the most
    common kind of event (a CONSULT, rule ``fallback:``, low confidence); anything else is no event.
    """
    actors = locate_actors(text, source, target)
    found = default_cue_index().matches(text)
    return classify_spans(text, actors, found) or fallback_event(text, actors)


def classify_spans(
    text: str, actors: ActorSpans, found: list[tuple[Cue, int, int]], lo: int = 0
) -> EventType | None:
    """The event type given where the actors stand and the cue matches found in text (from ``lo`` on)."""
    if not found:
        return None
    best = _best_cue(text, actors, False, found)
    prefix = "cue"
    if best is None:
        # Last resort: the event may be named by an actor phrase itself ("Protesters", "the hunger strikers").
        best = _best_cue(text, actors, True, found)
        prefix = "actor-cue"
        if best is None:
            return None
        best = (best[0] - 1.0, *best[1:])
    score, cue, start, end = best
    purpose = _purpose_cue(text, cue, end, found)
    if purpose is not None:  # "called X to congratulate him": the call's purpose is the act
        cue, start, end = purpose
    asking = _request_over(text, actors, cue, start, found)
    if asking is not None:  # "called on X to free Y": what is asked for is not done yet; the asking is the act
        cue, start, end = asking
    protest = _protest_before(text, actors, cue, start, found)
    if protest is not None:  # "staged a sit-in to demand …": the protest is the act, the demand its purpose
        cue, start, end = protest
    etype, rule = cue.event_type, f"{prefix}:{cue.source}"
    window = text[_subject_boundary(text, actors, start, lo) : start]
    # (Only ASCII lower-cases exactly as the case-blind patterns read it: "ſ" matches "s", say.)
    low = window.lower() if window.isascii() else None
    refusable = cue.event_type in _COOPERATIVE or cue.event_type == "REQUEST"
    if cue.negated and (_may_hold(low, _NEGATION_HINTS) and _NEGATION.search(window) or _NO_BEFORE.search(window)
                        or (refusable and _may_hold(low, _REFUSAL_HINTS) and _REFUSAL.search(window))):
        etype, rule = cue.negated, f"negated:{cue.source}"
        if refusable and _DELAY.search(window) and not _NEGATION.search(window):
            # "postponed a visit": coded as a refusal, marked so the events stage can tell it is a delay
            rule = f"delayed:{cue.source}"
    elif cue.negated is None and _NEGATION.search(" ".join(window.split()[-3:])):
        # "did not rule out", "has not threatened": the type stays, marked negated (no act took place);
        # only a negator right before the cue counts ("BuzzFeed, which does not disclose …, denied")
        rule = f"negated:{cue.source}"
    elif (etype not in _COOPERATIVE and etype != "THREATEN" and _may_hold(low, _THREAT_HINTS)
          and _THREAT.search(window)):
        etype, rule = "THREATEN", f"threat:{cue.source}"
    elif cue.future and etype != cue.future and _may_hold(low, _FUTURE_HINTS) and _FUTURE.search(window):
        etype, rule = cue.future, f"future:{cue.source}"
    elif cue.future == "THREATEN" and etype != "THREATEN" and _MAYBE.search(window):
        etype, rule = "THREATEN", f"maybe:{cue.source}"
    mode = cue.mode if etype == cue.event_type else None
    confidence = max(0.3, min(0.95, 0.35 + 0.2 * score))
    return EventType(etype, mode, rule, round(confidence, 3), start, end, cue.event_type)


def _request_over(
    text: str, actors: ActorSpans, cue: Cue, start: int, found: list[tuple[Cue, int, int]]
) -> tuple[Cue, int, int] | None:
    """The request whose infinitive holds the cue ("urged Kyiv to sign", "called on X to free Y"), if any.

    The request must follow the source and stand in the cue's clause, at most 80 characters before it.
    """
    if cue.event_type == "REQUEST" or not any(f[0].event_type == "REQUEST" for f in found):
        return None
    if not _TO_ACT.search(text, max(0, start - 16), start):
        return None
    return next((
        (other, s, e) for other, s, e in _earlier_in_clause(text, actors, "REQUEST", start, 80, found)
        if other.mode != "obligation"
        and not _DETERMINER_BEFORE.search(text, max(0, s - 6), s)  # "a request to open …" is a noun
        # "called on X to discuss …" is a visit with a purpose, not a request
        and not (cue.event_type == "CONSULT" and other.source.startswith("call~"))
        # "ordered its units to raise readiness": a command to one's own side is the act itself
        and not _OWN_SIDE.match(text, s, start)
    ), None)


def _protest_before(
    text: str, actors: ActorSpans, cue: Cue, start: int, found: list[tuple[Cue, int, int]]
) -> tuple[Cue, int, int] | None:
    """The protest whose purpose the cue states ("staged a sit-in to demand …", "marched, demanding …")."""
    if cue.event_type not in ("REQUEST", "REJECT") or not any(f[0].event_type == "PROTEST" for f in found) or not (
        _TO_ACT.search(text, max(0, start - 16), start) or _AFTER_COMMA.search(text, max(0, start - 3), start + 1)
    ):
        return None
    return next(_earlier_in_clause(text, actors, "PROTEST", start, 120, found), None)


def _earlier_in_clause(
    text: str, actors: ActorSpans, event_type: str, start: int, reach: int, found: list[tuple[Cue, int, int]]
) -> Iterator[tuple[Cue, int, int]]:
    """Cue matches of ``event_type`` after the source that end at most ``reach`` characters before ``start``,
    with no clause break between them and it, in the order found."""
    src_end = actors.source[1]
    for other, s, e in found:
        if (other.event_type == event_type and s >= src_end >= 0 and e <= start <= e + reach
                and not _CLAUSE_BREAK.search(text, s, start)):
            yield other, s, e


def _may_hold(low: str | None, hints: tuple[str, ...]) -> bool:
    """Whether lower-cased ASCII text holds one of ``hints`` (always True when there is no such text)."""
    return low is None or any(hint in low for hint in hints)


_PURPOSE = re.compile(r"\bto\s+$", re.I)


def _purpose_cue(text: str, cue: Cue, end: int, found: list[tuple[Cue, int, int]]) -> tuple[Cue, int, int] | None:
    """The cue of a purpose clause right after a call or visit ("phoned X to congratulate him"), if any."""
    if cue.event_type != "CONSULT" or cue.mode not in ("phone", "visit", "host"):
        return None
    for other, s, e in sorted(found, key=lambda f: f[1]):
        if end < s <= end + 80 and other.event_type != "CONSULT" and _PURPOSE.search(text, max(end, s - 4), s):
            if not _CLAUSE_BREAK.search(text, end, s):
                return other, s, e
    return None


# A finite verb between source and target: an auxiliary, a modal, or a word with a verb ending.
# A verb with content between source and target ("has staged drills with"), not a copula ("is bigger than").
_LINKING_VERB = re.compile(
    r"\b(?!(?:this|thus|plus|less|unless|news|series|always|perhaps|whereas|besides|towards|afterwards|"
    r"across|during|according|including|regarding|concerning|following|nothing|something|anything|"
    r"everything|being|bed|red|need|speed|seed|feed|shed|hundred|united|limited|interested)\b)"
    r"(?:[a-z]{2,}(?:ed|ing)|[a-z]{3,}[^s\W]s)\b"
)


def fallback_event(text: str, actors: ActorSpans) -> EventType | None:
    """The best guess when no cue fired, only when a verb links a given source and target.

    A word between them whose stem a lexicon cue shares decides ("penalised" → SANCTION, as "penalise~"
    would); otherwise the most common kind of event in news, a CONSULT.
    """
    src, tgt = actors.source, actors.target
    if src[0] < 0 or tgt[0] < 0:
        return None
    lo, hi = (src[1], tgt[0]) if src[0] <= tgt[0] else (tgt[1], src[0])
    between = text[lo:hi]
    if len(between) > 120 or not _LINKING_VERB.search(between):
        return None
    stems = stem_types()
    for word in reversed(_WORD.findall(between.lower())):  # the word nearest the target governs it
        kind = stems.get(word[:5]) if len(word) >= 5 else None
        if kind is not None:
            return EventType(kind[0], kind[1], f"fallback:stem:{word[:5]}", 0.3, -1, -1)
    return EventType("CONSULT", None, "fallback:verb-between-actors", 0.3, -1, -1)


_WORD = re.compile(r"[a-z]+")
