"""In-document speaker resolution: names, titles, surnames, pronouns, role nouns, joint speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Protocol

from parley.model import Actor, Mention, Span


class ActorMatchLike(Protocol):
    actor: Actor
    resolved_by: str
    start: int
    end: int


class ActorBaseLike(Protocol):
    """The part of ``parley.actors.ActorBase`` that speaker resolution uses."""

    def __hash__(self) -> int: ...  # look-ups are cached per actor base
    def match(self, phrase: str, day: date | None = None) -> Any: ...
    def find_all(self, text: str, start: int = 0, end: int | None = None, day: date | None = None) -> Any: ...
    def role_holders(self, noun: str, day: date | None) -> Any: ...


def load_actor_base() -> ActorBaseLike | None:
    """The packaged actor base, or None while it is not installed (speakers then stay unresolved)."""
    try:
        from parley.actors import default_actor_base  # type: ignore[attr-defined]
    except ImportError:
        return None
    return default_actor_base()  # type: ignore[no-any-return]


@lru_cache(maxsize=65536)
def match_phrase(kb: ActorBaseLike, phrase: str, day: date | None) -> Any:
    """The actor base's match for a phrase, cached: the same speakers recur across a corpus."""
    return kb.match(phrase, day)


_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f", "they": "p", "we": "p", "i": "s",
                   "it": "n", "you": "s"}
_ROLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson president minister envoy ambassador chancellor premier "
    "secretary leader adviser advisor aide official diplomat negotiator commander general chief "
    "governor senator prime foreign head director mayor".split()
)
_COUNTRY_WORDS = {
    "us": "USA", "u.s.": "USA", "american": "USA", "america": "USA", "washington": "USA",
    "russian": "RUS", "russia": "RUS", "kremlin": "RUS", "ukrainian": "UKR", "ukraine": "UKR",
    "european": "EUR", "eu": "EUR", "british": "GBR", "uk": "GBR", "french": "FRA", "german": "DEU",
    "chinese": "CHN", "turkish": "TUR", "saudi": "SAU", "polish": "POL", "western": None,
}
_ANONYMOUS = re.compile(
    r"\b(?:sources?|officials?|diplomats?|insiders?|people\s+familiar|person\s+familiar|aides?|"
    r"analysts?|experts?|observers?)\b",
    re.IGNORECASE,
)
_PRONOUN_REACH = 160
_CLOSING_MARKS = frozenset("\u201d\"'\u2019\u00bb")  # characters before a pronoun searched for a person the actor base knows
_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom)\b")
_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_CAP_NAME = re.compile(r"(?:[A-Z][\w'\u2019.-]+\s+)*[A-Z][\w'\u2019.-]+$")


@dataclass(slots=True)
class SpeakerResolver:
    """Resolves speaker spans in text order, remembering who has been mentioned so far."""

    text: str
    day: date | None = None
    kb: ActorBaseLike | None = None
    history: list[tuple[int, Mention, str | None]] = field(default_factory=list)
    match_cache: dict[str, Any] = field(default_factory=dict)

    def known_between(self, lo: int, hi: int) -> list[Any]:
        """Actor-base mentions in ``text[lo:hi]`` in text order (scanned only where a pronoun needs them)."""
        if self.kb is None or hi <= lo:
            return []
        return sorted(self.kb.find_all(self.text, lo, hi, day=self.day), key=lambda m: m.start)

    def resolve(self, span: Span) -> list[Mention]:
        """One mention per speaker named in the span (joint speakers give several)."""
        mentions = [self._resolve_one(part) for part in split_joint(self.text, span)]
        for m in mentions:
            gender = self._gender_of(m)
            self.history.append((m.spans[0].start, m, gender))
        return mentions

    def _gender_of(self, mention: Mention) -> str | None:
        if self.kb is not None and mention.actor_id:
            actor = getattr(self.kb, "get", lambda _id: None)(mention.actor_id)
            if actor is not None:
                if actor.kind != "person":
                    return "p"
                return actor.gender
        if mention.resolved_by == "pronoun":
            return _PRONOUN_GENDER.get(mention.text.lower())
        words = mention.text.split()
        if words and (words[-1].endswith("s") and words[-1][:1].islower() or mention.resolved_by == "organisation"):
            return "p"
        return None

    def _resolve_one(self, span: Span) -> Mention:
        phrase = self.text[span.start : span.end]
        low = phrase.lower()
        if low in _PRONOUN_GENDER:
            return self._resolve_pronoun(span, low)
        # A relative clause kept in the span ("X, who ran in 2008") says nothing about who X is.
        rel = _RELATIVE.search(phrase)
        core = phrase[: rel.start()] if rel else phrase
        match = self._match(core)
        if match is not None:
            return _from_actor(phrase, span, match.actor, match.resolved_by)
        earlier = self._earlier_by_surname(core)
        if earlier is not None:
            return Mention(phrase, (span,), earlier.actor_id, earlier.name, earlier.country, earlier.sector,
                           earlier.resolved_by if earlier.actor_id else "unresolved")
        role = self._resolve_role(span, low)
        if role is not None:
            return role
        return Mention(phrase, (span,), None, _name_of(core), _country_of(core.lower()), None, "unresolved")

    def _match(self, phrase: str) -> Any:
        if self.kb is None:
            return None
        # Speakers repeat within a document ("Trump said" ten times): look each phrase up once.
        if phrase in self.match_cache:
            return self.match_cache[phrase]
        match = match_phrase(self.kb, phrase, self.day)
        if match is None:
            name = _CAP_NAME.search(phrase)
            if name and name.start() > 0:
                match = match_phrase(self.kb, name.group(), self.day)
        self.match_cache[phrase] = match
        return match

    def _earlier_by_surname(self, phrase: str) -> Mention | None:
        if " " in phrase.strip() or not phrase[:1].isupper():
            return None
        for _, m, _g in reversed(self.history):
            if m.name and m.name.split()[-1] == phrase and m.name != phrase:
                return m
        return None

    def _resolve_role(self, span: Span, low: str) -> Mention | None:
        words = low.split()
        if not (2 <= len(words) <= 3 and words[0] in ("the", "this") and words[-1] in _ROLE_NOUNS):
            return None
        noun = words[-1]
        phrase = self.text[span.start : span.end]
        if self.kb is not None:
            holders = {a.id for a in self.kb.role_holders(noun, self.day)}
            for _, m, _g in reversed(self.history):
                if m.actor_id in holders:
                    return _copy(m, phrase, span, "role")
        for _, m, _g in reversed(self.history):
            if noun in m.text.lower() and m.name:
                return _copy(m, phrase, span, "role")
        return None

    def _resolve_pronoun(self, span: Span, low: str) -> Mention:
        want = _PRONOUN_GENDER[low]
        phrase = self.text[span.start : span.end]
        best: Mention | None = None
        best_pos = -1
        for pos, m, gender in reversed(self.history):
            if pos >= span.start or m.resolved_by == "pronoun" and not m.name:
                continue
            if _gender_fits(want, gender, m):
                best, best_pos = m, pos
                break
        # A person the actor base knows, mentioned later than the last speaker, may be meant instead.
        # Only the recent text is scanned: a pronoun points back a paragraph or two, not further.
        lo = max(best_pos + 1, span.start - _PRONOUN_REACH, 0)
        if best is not None and self.text[max(0, span.start - 3) : span.start].rstrip()[-1:] in _CLOSING_MARKS:
            lo = span.start  # '"…," he said': right after a quote, "he" is its speaker, not a name inside it
        for known in reversed(self.known_between(lo, span.start)):
            actor = known.actor
            gender = "p" if actor.kind != "person" else actor.gender
            if _gender_fits(want, gender, None):
                return _from_actor(phrase, span, actor, "pronoun")
        if best is None:
            return Mention(phrase, (span,), resolved_by="unresolved")
        return _copy(best, phrase, span, "pronoun")


def _gender_fits(want: str, gender: str | None, mention: Mention | None) -> bool:
    if want in ("m", "f"):
        return gender == want or (gender is None and mention is not None and mention.name is not None)
    if want == "p":
        return gender == "p"
    return want == "s"


def _copy(m: Mention, phrase: str, span: Span, how: str) -> Mention:
    return Mention(phrase, (span,), m.actor_id, m.name, m.country, m.sector, how)  # type: ignore[arg-type]


def _from_actor(phrase: str, span: Span, actor: Actor, how: str) -> Mention:
    role = actor.role_on(None)
    sector = actor.sector or (role.organisation if role else None)
    return Mention(phrase, (span,), actor.id, actor.name, actor.country, sector, how)  # type: ignore[arg-type]


def _name_of(phrase: str) -> str | None:
    """A person-like capitalised name at the end of the phrase ("spokeswoman Haley Morris" → "Haley Morris")."""
    m = _CAP_NAME.search(phrase)
    if not m or (len(m.group().split()) < 2 and _ANONYMOUS.search(phrase)):
        return None
    return m.group()


def _country_of(low: str) -> str | None:
    for word in re.findall(r"[a-z.]+", low):
        if word in _COUNTRY_WORDS:
            return _COUNTRY_WORDS[word]
    return None


def split_joint(text: str, span: Span) -> list[Span]:
    """Joint speakers ("Peskov and Zakharova") as one span each; anything else as itself."""
    phrase = text[span.start : span.end]
    if " and " not in phrase:
        return [span]
    parts: list[Span] = []
    pos = 0
    for m in _JOINT.finditer(phrase):
        parts.append(Span(span.start + pos, span.start + m.start()))
        pos = m.end()
    parts.append(Span(span.start + pos, span.end))
    names = [text[p.start : p.end] for p in parts]
    if len(parts) < 2 or not all(n[:1].isupper() and len(n.split()) <= 4 for n in names):
        return [span]
    if any(_ANONYMOUS.search(n) for n in names):
        return [span]
    last = names[-1].split()
    if all(len(n.split()) == 1 for n in names[:-1]) and len(last) > 1 and all(w.islower() for w in last[1:]):
        return [span]  # "Russian and Ukrainian delegations": modifiers sharing one head noun, one group
    return parts
