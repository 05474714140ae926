"""Who did what to whom: picking an event's source and target among the actors of its sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from parley.extract.places import default_gazetteer
from parley.model import Mention, Span

_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|had\s+been|has\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\s+by\s*$", re.I)
_BY_AFTER_CUE = re.compile(r"^\s*by\s+(?:the\s+)?$", re.I)
# A wire dateline ("RIYADH (Reuters) —", "Washington (AFP) –", "KYIV, Ukraine —"): where the story was filed.
_DATELINE = re.compile(r"\s*(?:\(|—|–|-\s|,\s+[A-Z][A-Za-z.]+\s*(?:\(|—|–))")
# An actor right after a preposition is an object or an adjunct ("troops to Ukraine"), never the subject.
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|for|in|on|at|against|with|from|of|by|into|over|toward|towards|about|"
                                 r"than|between|among|without|under)\s+(?:the\s+)?$", re.I)
# "a US proposal": an actor after an indefinite article modifies a noun; it is not the subject.
_MODIFIER_OF_NOUN = re.compile(r"\b(?:a|an)\s+$", re.I)
# A determiner or a genitive right before an event noun ("the talks", "a new offensive", "Friday's attack").
_NOMINAL_BEFORE = re.compile(
    r"(?:\b(?:of|from|in|on|at|with|after|before|during|about|over|against|for|to|by|under|amid|into|"
    r"despite|since|toward|towards|through|without|within)\s+(?:the|a|an|this|that|these|those|any|another|its|his|her|their)"
    r"|['’]s)\s+(?:[\w“”\"'-]+\s+){0,2}$",
    re.I,
)
_POSSESSIVE = re.compile(r"['’]s?\b")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}")
_PLACE_MODIFIER = re.compile(
    r"\s+(?:meeting|meetings|talks|summit|negotiations|conference|round|process|format|agreement|deal|accord|"
    r"declaration|communique|statement|ceasefire|truce|peace|framework|memorandum|protocol)\b"
)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_LOCATIVE = re.compile(r"\b(?:in|at|near|inside|outside)\s+(?:the\s+)?$", re.I)
# What may join coordinated actors ("Russia and Ukraine", "Russian and American officials").
_COORDINATION = re.compile(r"^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?$|^\s*,\s*(?:the\s+)?$", re.I)
# What may link an event noun to the actor that follows it ("talks between X and Y", "an attack by X").
_NOUN_LINK = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?P<link>between|with|by|of|from|among)\s+(?:the\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|after|before|as|saying|which|who|when)\b")
# Where the object of a predicate can no longer be: a new clause ("… since Russia launched", "…, but").
# (", was expected to …" closes a relative clause: "Umerov, who took over after Yermak resigned, was …")
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:but|and|while|whereas|although|saying|which|who|[a-z]+ing"
                         r"|was|were|is|are|has|have|had|will|would)\b|"
                         r"\b(?:since|before|when|while|because|although|whereas|whether|if|unless|until)\b")
_SHARED_HEAD = re.compile(r"\b([A-Z][a-z]+)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$")
_NP_STOP = re.compile(
    r"[,.;:!?\"“”()]|\b(?:of|to|in|on|at|for|with|from|that|which|who|and|as|after|before|because|unacceptable|"
    r"said|says|saying|would|will|was|were|is|are)\b", re.I
)
_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday tomorrow tonight week month year".split()
)
_LEAD_PREPOSITION = re.compile(r"^(?:on|against|with|into|over|toward|towards)\s+", re.I)
_DETERMINER = re.compile(r"^(?:the|a|an|any|its|their|his|her|new|further|more)\s+", re.I)


class ActorMatchLike(Protocol):
    """What the events stage needs from an actor match (parley.actors.ActorMatch fits)."""

    actor: Any
    resolved_by: Any
    start: int
    end: int


class StretchScanner(Protocol):
    """``find_all`` over stretches of one text fixed in advance (``ActorBase.scanner`` makes one)."""

    def scan(self, start: int = 0, end: int | None = None) -> Sequence[ActorMatchLike]: ...


class ActorBaseLike(Protocol):
    """What the events stage needs from the actor base (parley.actors.ActorBase fits)."""

    def find_all(self, text: str, start: int = 0, end: int | None = None,
                 day: date | None = None) -> Sequence[ActorMatchLike]: ...


@dataclass(frozen=True, slots=True)
class Roles:
    """An event's source and target mentions (either may be missing)."""

    source: Mention | None
    target: Mention | None


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


def actors_in(text: str, kb: ActorBaseLike, start: int, end: int, day: date | None,
              scanner: StretchScanner | None = None) -> list[Mention]:
    """Known actors mentioned in text[start:end], in text order, without places used as places ("in Riyadh").

    ``scanner``: the actor base's scanner over ``text`` (for ``day``), when the caller keeps one per document.
    """
    matches = scanner.scan(start, end) if scanner is not None else kb.find_all(text, start, end, day)
    if not matches:
        return []
    places = default_gazetteer().places
    found: list[Mention] = []
    reach = -1  # where the mentions kept so far end, at the furthest: a match from there on overlaps none
    for match in sorted(matches, key=lambda m: m.start):
        if match.start < reach and any(m.spans[0].start < match.end and match.start < m.spans[0].end for m in found):
            continue
        phrase = text[match.start : match.end].lower().removeprefix("the ")
        if phrase in places and _LOCATIVE.search(text[max(start, match.start - 12) : match.start]):
            continue
        if _DATELINE.match(text, match.end) and not _LOWER_WORD.search(text, text.rfind("\n", 0, match.start) + 1, match.start):
            continue  # "RIYADH (Reuters) —", "JEDDAH, Saudi Arabia (AFP) –": where the story was filed, not who acted
        if phrase in places and _PLACE_MODIFIER.match(text, match.end) and _THE_BEFORE.search(text, max(start, match.start - 4), match.start):
            continue  # "the Riyadh meeting": a place naming an event, not an actor
        found.append(mention_from_match(text, match))
        reach = max(reach, match.end)
    return coordinated_mentions(text, kb, found, start, day)


def first_roles(mentions: list[Mention]) -> Roles:
    """Before the predicate is known: the first actor named, and the next different one."""
    if not mentions:
        return Roles(None, None)
    source = mentions[0]
    return Roles(source, next((m for m in mentions[1:] if not same_actor(m, source)), None))


def same_actor(a: Mention, b: Mention) -> bool:
    return a.actor_id is not None and a.actor_id == b.actor_id


def roles_around(
    text: str, mentions: list[Mention], cue_start: int, cue_end: int, lo: int, hi: int
) -> Roles | None:
    """Source and target around the predicate: the subject before it, the object after it.

    The subject is the first actor before the cue in its clause (the first of coordinated actors:
    "Russia and Ukraine exchanged prisoners" makes Ukraine the target when nothing follows the cue).
    "X was attacked by Y" swaps them. An event noun may name its actors after it ("talks between X and
    Y"). None: no actor can be the subject of this predicate.
    """
    clause = max([lo, *(b.end() for b in _CLAUSE_BREAK.finditer(text, lo, cue_start))])
    stop = _CLAUSE_END.search(text, cue_end, hi)
    end = stop.start() if stop else hi
    before = [m for m in mentions if clause <= m.spans[0].start and m.spans[-1].end <= cue_start]
    # The object may stand inside a cue with a gap ("pressing Moscow to"): anything after the head word.
    after = [m for m in mentions if cue_start < m.spans[0].start < end and m.spans[0].start >= clause]
    nominal = _NOMINAL_BEFORE.search(text, max(lo, cue_start - 40), cue_start)
    if nominal is not None:
        # "Friday's attack", "benefited from the long battle with Clinton": an event noun owned by
        # something else, or inside a prepositional phrase, is no predicate of the clause's subject; only
        # its owner ("Russia's attack") or an actor it names after it ("talks between X and Y") takes part.
        # ("Zelensky postponed a visit": the verb governs the noun, and its subject is the source.)
        owner = next((m for m in before if _POSSESSIVE.match(text, m.spans[-1].end)
                      and m.spans[-1].end <= nominal.start() + 2 < m.spans[-1].end + 4), None)
        before = [owner] if owner is not None else []
    if not before:
        if not after or not _NOUN_LINK.match(text[min(cue_end, after[0].spans[0].start) : after[0].spans[0].start]):
            return None
        source, rest = after[0], after[1:]
        partner = next((m for m in rest if not same_actor(m, source)
                        and _COORDINATION.match(text[source.spans[-1].end : m.spans[0].start])), None)
        link = _NOUN_LINK.match(text[min(cue_end, source.spans[0].start) : source.spans[0].start])
        if partner is None and link is not None and link.group("link").lower() in ("with", "of", "from"):
            return None  # "the meeting with Kellogg": a partner is named, not who acted
        return Roles(source, partner)
    # A possessor is the subject only of the event noun it owns ("Russia's attack"), not of another
    # noun's verb ("Ukraine's constitution bars …").
    before = [m for m in before if may_be_subject(text, m, lo)]
    before = [m for m in before if not _owns_other_subject(text, m, cue_start)]
    if not before:
        return None
    source = before[0]
    partner = next((m for m in before[1:2] if not same_actor(m, source)
                    and _COORDINATION.match(text[source.spans[-1].end : m.spans[0].start])), None)
    target = next((m for m in after if not same_actor(m, source)), None)
    if target is not None and _BY_AFTER_CUE.match(text[cue_end : target.spans[0].start]) and _PASSIVE.search(
        text[source.spans[-1].end : target.spans[0].start]
    ):
        source, target = target, source  # "Kyiv was attacked by Russia"
    if target is None and partner is not None and partner.country and partner.country == source.country:
        # "Witkoff and Kushner spent five hours with Zelensky … and met them again": a co-subject of the
        # same side is no counterpart; one named after "with" before the cue is.
        target = next((m for m in mentions if partner.spans[-1].end < m.spans[0].start < cue_start
                       and m.country != source.country and _WITH_BEFORE.search(
                           text, max(lo, m.spans[0].start - 8), m.spans[0].start)), None)
    return Roles(source, target or partner)


def may_be_subject(text: str, mention: Mention, lo: int) -> bool:
    """Whether ``roles_around`` (called with this ``lo``) may keep an actor before a cue as its subject:
    not after a preposition ("troops to Ukraine") nor after "a"/"an" ("a US proposal"), whatever the cue."""
    at = mention.spans[0].start
    return (not _PREPOSITION_BEFORE.search(text, max(lo, at - 8), at)
            and not _MODIFIER_OF_NOUN.search(text, max(lo, at - 4), at))


# ``_NOUN_LINK``'s tail, searched for in text running up to a mention: it can only match a stretch that
# ends this way, so where no mention has it, no event noun links to any of them.
_LINK_BEFORE = re.compile(r"(?:between|with|by|of|from|among)\s+(?:the\s+)?$", re.I)


def may_have_subject(text: str, mentions: list[Mention], subjects: list[Mention], lo: int) -> bool:
    """A cheap necessary test, before any cue is known, that ``roles_around`` (with this ``lo``) may find
    a source for some cue: an actor that may be a subject (``subjects``: those ``may_be_subject`` keeps),
    or one that a link word stands right before ("talks between X and Y", "an attack by X")."""
    return bool(subjects) or any(_LINK_BEFORE.search(text, lo, m.spans[0].start) for m in mentions)


def may_take_roles(text: str, mentions: list[Mention], cue_start: int, cue_end: int,
                   subjects: list[Mention] | None = None) -> bool:
    """A cheap necessary test for ``roles_around``: False only when it would surely find no source.

    A source is an actor before the cue or, for an event noun, one it links to right after it ("talks
    between X and Y"). ``mentions`` are in text order. ``subjects``: the mentions ``may_be_subject``
    keeps (with the ``lo`` ``roles_around`` will get), when known: then an actor before the cue counts
    only if it is one of them and ends before the cue, as ``roles_around`` requires of its source.
    """
    if subjects is not None:
        if any(m.spans[-1].end <= cue_start for m in subjects):
            return True
    elif mentions and mentions[0].spans[0].start < cue_start:
        return True
    following = next((m for m in mentions if m.spans[0].start > cue_start), None)
    if following is None:
        return False
    at = following.spans[0].start
    return _NOUN_LINK.match(text[min(cue_end, at) : at]) is not None


# Nouns for people or bodies that act for whoever owns them ("Ukraine's parliament condemned …").
_AGENT_NOUNS = frozenset(
    "parliament government army military forces troops navy president prime minister ministry foreign defence "
    "defense officials official leader leaders envoy envoys negotiators delegation spokesman spokeswoman "
    "spokesperson embassy ambassador diplomats authorities police security intelligence service services "
    "cabinet administration lawmakers senate congress court judges prosecutors regime allies".split()
)


def _owns_other_subject(text: str, mention: Mention, cue_start: int) -> bool:
    """Whether a possessor owns a thing that is the real subject ("Ukraine's constitution bars …")."""
    owner = _POSSESSIVE.match(text, mention.spans[-1].end)
    if owner is None:
        return False
    owned = text[owner.end() : cue_start].split()
    return bool(owned) and not any(w.lower().strip(",") in _AGENT_NOUNS for w in owned)


def coordinated_mentions(text: str, kb: ActorBaseLike, found: list[Mention], lo: int, day: date | None) -> list[Mention]:
    """Adjectives sharing a group noun with a mention ("Russian and American officials": Russian officials)."""
    extra: list[Mention] = []
    for m in found:
        words = m.text.split()
        if len(words) < 2 or not words[0][:1].isupper():
            continue
        before = _SHARED_HEAD.search(text, max(lo, m.spans[0].start - 40), m.spans[0].start)
        if before is None or any(f.spans[0].overlaps(Span(before.start(1), before.end(1))) for f in found):
            continue
        phrase = f"{before.group(1)} {' '.join(words[1:])}"
        hit = next(iter(kb.find_all(phrase, 0, len(phrase), day)), None)
        if hit is not None and hit.start == 0 and hit.actor.id != m.actor_id:
            span = Span(before.start(1), before.end(1))
            extra.append(Mention(text[span.start : span.end], (span,), hit.actor.id, hit.actor.name,
                                 hit.actor.country, hit.actor.sector, hit.resolved_by))
    return sorted([*found, *extra], key=lambda x: x.spans[0].start) if extra else found


def noun_phrase_after(text: str, start: int, end: int, *, governed: bool = False) -> Mention | None:
    """A short unresolved noun phrase starting at ``start`` (the thing acted on when it is no known actor)."""
    segment = text[start:end]
    lead = len(segment) - len(segment.lstrip())
    segment = segment.lstrip()
    prep = _LEAD_PREPOSITION.match(segment)
    if prep:  # "sanctions on Rosneft": the thing acted on is the preposition's object
        lead += prep.end()
        segment = segment[prep.end() :]
    elif not (governed or _DETERMINER.match(segment) or segment[:1].isupper()):
        return None  # "meeting gives a good idea": a verb follows, not the thing acted on
    stop = _NP_STOP.search(segment)
    phrase = segment[: stop.start()] if stop else segment
    phrase = phrase.rstrip()
    det = _DETERMINER.match(phrase)
    skip = det.end() if det else 0
    if stop and stop.group(0).lower() == "of" and skip:
        # "the deployment of European troops": the thing acted on follows "of".
        return noun_phrase_after(text, start + lead + stop.end(), end, governed=True)
    words = phrase[skip:].split()
    if not words or len(words) > 5 or words[0].lower().strip(",.") in _DATE_WORDS:
        return None  # "sanctions on Thursday": when, not on whom
    s = start + lead + skip
    e = s + len(" ".join(words)) if len(words) == 1 else start + lead + len(phrase)
    return Mention(text=text[s:e], spans=(Span(s, e),))


# ---- statements: is the speaker a party, and is the act the speaker's own? ----

# Head nouns of speaker phrases that name a text or a thing, not someone who can act ("the report said").
_NOT_ACTOR_HEADS = frozenset(
    "report reports statement statements study survey poll polls document documents letter draft text plan "
    "proposal data figures analysis article memo website post tweet video footage agreement deal resolution "
    "declaration communique law bill order decree note map time interview book column editorial story form "
    "truce ceasefire".split()
)
# Words a speaker phrase may open with in lower case ("the spokesman", "two officials"); any other
# lower-case opening ("long", "who", "according") is a stretch of text the statement rules caught, not a party.
_PHRASE_OPENERS = frozenset(
    "the a an his her its their our my your this that these those some many several two three four five "
    "both all other another one senior top former local western".split()
)
_CLAUSE_WORD = re.compile(r"\b(?:whenever|when|if|because|while|although|whether|unless)\b", re.I)
_PERSON_SUFFIX = re.compile(r"(?:er|or|ist|ian|man|woman|person|ee|ary|ant|ent)$")
_BARE_PRONOUNS = frozenset("he she they it we i you who whom which that this there one".split())
# Subjects that speak for the speaker inside the speaker's own content ("we will never accept").
_SPEAKER_SUBJECTS = frozenset("i we he she they it our my his her their".split())
_AUXILIARIES = re.compile(
    r"\b(?:has|have|had|is|are|was|were|be|been|will|would|shall|could|can|may|might|must|should|not|never|"
    r"also|already|now|still|only|just|then|no\s+longer|ready\s+to|willing\s+to|prepared\s+to|n't)\b|[,\"“”'’]",
    re.I,
)


def is_actor_like(speaker: Mention) -> bool:
    """Whether a statement's speaker can be an event's source: a known actor, or a person or group phrase."""
    if speaker.actor_id:
        return True
    words = speaker.text.split()
    if not words or len(words) > 8 or speaker.text.lower() in _BARE_PRONOUNS or _CLAUSE_WORD.search(speaker.text):
        return False  # an unresolved pronoun, or a clause the speaker span swallowed
    if speaker.name:
        return True  # a proper name the actor base does not know
    head = words[-1].lower().removesuffix("'s").removesuffix("’s").strip(".,;:")
    opener = words[0]
    if head in _NOT_ACTOR_HEADS or (head.endswith("ed") and len(words) > 1):
        return False  # a thing, or a verb the span ran into ("Ukrainian negotiators exchanged")
    if not (opener[:1].isupper() or opener.lower() in _PHRASE_OPENERS):
        return False
    # A nameless phrase must end in a person or group: "the two sides", "officials", "the ministry".
    return any(w[:1].isupper() for w in words[1:]) or head.endswith("s") or head in _AGENT_NOUNS or _PERSON_SUFFIX.search(head) is not None


def reported_subject(text: str, content: Span, cue_start: int) -> str | None:
    """The subject of a verb inside a statement's content, when it is not the speaker's own voice.

    "He said the two sides had agreed" → "the two sides"; "we will never accept" → None (the speaker).
    """
    if not content.start <= cue_start < content.end:
        return None  # the cue is the reporting verb or stands outside the content: the speaker acts
    clause = max([content.start, *(b.end() for b in _CLAUSE_BREAK.finditer(text, content.start, cue_start))])
    words = _AUXILIARIES.sub(" ", text[clause:cue_start]).split()
    if not words or all(w.lower() in _SPEAKER_SUBJECTS for w in words):
        return None
    return " ".join(words)
