"""Lookup tables over actor records: folded token keys for names, office phrases and collectives."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Literal

from parley.actors.loader import ActorRecord
from parley.actors.normalize import CANONICAL, POSSESSIVE, fold_phrase, fold_with_mask, fold_word
from parley.model import Actor, Role

EntryKind = Literal["name", "title", "org", "adjective"]
Key = tuple[str, ...]

# Other ways news writes a title; each also gets the country/organisation prefixes ("NATO chief").
TITLE_VARIANTS: dict[str, tuple[str, ...]] = {
    "foreign minister": ("top diplomat", "chief diplomat", "foreign affairs minister",
                         "minister of foreign affairs"),
    "foreign secretary": ("foreign minister", "top diplomat"),
    "secretary of state": ("top diplomat",),
    "defense minister": ("minister of defense", "defense chief"),
    "defense secretary": ("defense minister", "defense chief", "secretary of defense"),
    "prime minister": ("premier", "pm", "head of government"),
    "secretary general": ("chief", "head", "boss"),
    "chief of general staff": ("chief of staff of armed forces", "top general", "army chief"),
    "commander in chief": ("army chief", "military chief", "top commander", "top general"),
    "national security adviser": ("security adviser",),
    "spokesperson": ("press secretary",),
    "un ambassador": ("ambassador to un", "envoy to un", "un envoy"),
}

# Nouns that turn a collective's name or adjective into a mention of it: "Russian officials".
GROUP_NOUNS: frozenset[Key] = frozenset(
    tuple(p.split())
    for p in """officials|official|negotiators|negotiator|negotiating team|delegation|delegations|delegates|
    delegate|side|diplomats|diplomat|authorities|leaders|leadership|government|administration|lawmakers|
    lawmaker|legislators|politicians|ministers|envoys|representatives|counterparts|team|allies|partners|
    camp|spokespeople|officialdom|establishment|elites|regime""".replace("\n", "").split("|")
)
# Nouns that point at the armed forces rather than the government: "Russian troops".
MILITARY_NOUNS: frozenset[Key] = frozenset(
    tuple(p.split())
    for p in "forces|troops|military|army|soldiers|commanders|command|armed forces|servicemen|units".split("|")
)


@dataclass(frozen=True, slots=True)
class Holder:
    """An actor who holds (or held) a role that an office phrase denotes."""

    actor_id: str
    role: Role
    prominence: int
    order: int


@dataclass(slots=True)
class Entry:
    """What one token key stands for; ``mask`` is the case each token must have in running text."""

    kind: EntryKind
    mask: tuple[int, ...]
    actor_id: str | None = None  # name / org / adjective
    holders: list[Holder] = field(default_factory=list)  # title


@dataclass(slots=True)
class ActorIndex:
    """All lookup tables: keys → entries, first token → longest key, role-noun suffixes → holders."""

    keys: dict[Key, list[Entry]]
    first_len: dict[str, int]
    lowercase_starts: frozenset[str]
    suffixes: dict[Key, list[Holder]]
    military: dict[str, str]
    actors: dict[str, Actor]
    prominence: dict[str, int]
    ambiguous: dict[Key, tuple[str, ...]]


_KIND_ORDER = {"name": 0, "title": 1, "org": 2, "adjective": 3}


def build_index(records: list[ActorRecord]) -> ActorIndex:
    """Build every table from validated records (later records have already replaced earlier ids)."""
    by_id = {r.actor.id: r for r in records}
    countries = {r.actor.country: r for r in records if r.actor.kind == "country" and r.actor.country}
    keys: dict[Key, list[Entry]] = defaultdict(list)
    ambiguous: dict[Key, tuple[str, ...]] = {}
    _add_names(records, keys, ambiguous)
    actors: dict[str, Actor] = {}
    suffixes: dict[Key, list[Holder]] = defaultdict(list)
    title_entries: dict[tuple[Key, tuple[int, ...]], Entry] = {}
    for order, record in enumerate(records):
        roles: list[Role] = []
        for spec in record.role_specs:
            country = countries.get(spec.role.country or "")
            role = replace(spec.role, descriptions=_spelled_descriptions(spec.role.descriptions, country))
            roles.append(role)
            holder = Holder(record.actor.id, role, record.prominence, order)
            # A holder equals another only from this record with an equal role; else it can only be on an
            # entry as the last one, put there earlier in this loop. Both tests spare ~10,000 comparisons
            # of dataclasses against each entry's whole list.
            repeated_role = role in roles[:-1]
            for key, mask in _role_keys(spec.role, spec.generate, by_id, country):
                entry = title_entries.get((key, mask))
                if entry is None:
                    entry = title_entries[(key, mask)] = Entry("title", mask)
                    keys[key].append(entry)
                holders = entry.holders
                if holders and holders[-1] is holder:
                    continue
                if not repeated_role or holder not in holders:
                    holders.append(holder)
            for noun in (role.title, *role.descriptions):
                folded = fold_phrase(noun)
                for i in range(len(folded)):
                    if POSSESSIVE not in folded[i:]:
                        suffixes[folded[i:]].append(holder)
        actors[record.actor.id] = replace(record.actor, roles=tuple(roles)) if roles else record.actor
    for record in records:
        if record.demonyms:
            key, mask = fold_with_mask(record.demonyms[0])
            keys[key].append(Entry("adjective", mask, record.actor.id))
    for entries in keys.values():
        if len(entries) > 1:  # most keys have one entry; sorting each would cost ~9,000 calls
            entries.sort(key=lambda e: _KIND_ORDER[e.kind])
    first_len: dict[str, int] = {}
    lowercase: set[str] = set()
    for key, entries in keys.items():  # plain loops: ~7,600 keys, and generator calls add up here
        first = key[0]
        if len(key) > first_len.get(first, 0):
            first_len[first] = len(key)
        for entry in entries:
            if entry.mask and entry.mask[0] == 0:
                lowercase.add(first)
                break
    for raw, canon in CANONICAL.items():  # the scanner looks words up before folding their spelling
        if canon in first_len:
            first_len[raw] = first_len[canon]
    military = {r.actor.id: r.military for r in records if r.military}
    prominence = {r.actor.id: r.prominence for r in records}
    return ActorIndex(dict(keys), first_len, frozenset(lowercase), dict(suffixes), military, actors,
                      prominence, ambiguous)


def _add_names(records: list[ActorRecord], keys: dict[Key, list[Entry]],
               ambiguous: dict[Key, tuple[str, ...]]) -> None:
    """Name and alias keys; a key several actors claim goes to the most prominent, or to none on a tie."""
    claims: dict[Key, list[tuple[int, int, str, tuple[int, ...]]]] = defaultdict(list)
    persons = {r.actor.id for r in records if r.actor.kind == "person"}
    for order, record in enumerate(records):
        actor = record.actor
        forms = [actor.name, *actor.aliases, *record.demonyms[1:]]
        if record.surname:
            forms.append(record.surname)
        seen: set[Key] = set()
        for form in forms:
            key, mask = fold_with_mask(form)
            if key and key not in seen:
                seen.add(key)
                claims[key].append((record.prominence, -order, actor.id, mask))
    for key, claimants in claims.items():
        claimants.sort(reverse=True)
        if len(claimants) > 1 and claimants[0][0] == claimants[1][0]:
            ambiguous[key] = tuple(c[2] for c in claimants)
            continue
        _, _, actor_id, mask = claimants[0]
        keys[key].append(Entry("name" if actor_id in persons else "org", mask, actor_id))


Folded = tuple[Key, tuple[int, ...]]
_POSS: Folded = ((POSSESSIVE,), (0,))
_OF: Folded = (("of",), (0,))


def _join(*parts: Folded) -> Folded:
    """Concatenate folded phrases, keys and masks alike (tuple addition: this runs ~10,000 times)."""
    key: Key = ()
    mask: tuple[int, ...] = ()
    for part_key, part_mask in parts:
        key += part_key
        mask += part_mask
    return key, mask


def _role_keys(role: Role, generate: bool, by_id: dict[str, ActorRecord],
               country: ActorRecord | None) -> list[Folded]:
    """Keys of a role's office phrases: its descriptions ({c} = each country form) and generated ones.

    Generated: for each prefix P (the organisation's names, else the country's) and each form T of the
    title: "P T", "P's T", "T of P" — "NATO secretary general", "Russia's foreign minister".
    """
    country_forms = [fold_with_mask(f) for f in _forms(country)]
    out: list[Folded] = []
    for description in role.descriptions:
        if "{c}" in description:
            before, _, after = description.partition("{c}")
            head, tail = fold_with_mask(before), fold_with_mask(after)
            for form in country_forms:
                out.append(_join(head, form, tail))
                if not before.strip():
                    out.append(_join(form, _POSS, tail))
        else:
            out.append(fold_with_mask(description))
    if generate:
        org = by_id.get(role.organisation or "")
        if org is not None:
            prefixes = [fold_with_mask(f) for f in _forms(org)]
        elif role.organisation:
            prefixes = [fold_with_mask(role.organisation)]
        else:
            prefixes = country_forms
        canon = " ".join(fold_phrase(role.title))
        titles = [fold_with_mask(t) for t in (role.title, *TITLE_VARIANTS.get(canon, ()))]
        for prefix in prefixes:
            for title in titles:
                out.extend((_join(prefix, title), _join(prefix, _POSS, title), _join(title, _OF, prefix)))
    return [k for k in out if k[0]]


def _spelled_descriptions(descriptions: tuple[str, ...], country: ActorRecord | None) -> tuple[str, ...]:
    """Descriptions as readable phrases: "{c} leader" becomes "russian leader", "russia's leader"."""
    out: list[str] = []
    for description in descriptions:
        if "{c}" not in description or country is None:
            out.append(description.replace("{c}", "").strip())
            continue
        names = [country.demonyms[0]] if country.demonyms else []
        names.append(country.actor.name)
        for name in names:
            out.append(" ".join(description.replace("{c}", name.lower()).split()))
        if description.startswith("{c} "):
            out.append(description.replace("{c}", country.actor.name.lower() + "'s", 1))
    return tuple(dict.fromkeys(out))


def _forms(record: ActorRecord | None) -> list[str]:
    """The names a collective goes by as a prefix: name, aliases but the capital, the adjective."""
    if record is None:
        return []
    forms = [record.actor.name, *(a for a in record.actor.aliases if a != record.capital)]
    if record.demonyms:
        forms.append(record.demonyms[0])
    return list(dict.fromkeys(forms))


# Lower-case words that open office phrases in running text ("the foreign minister of Russia", "the
# pope"). Other mentions start with a capital letter, so the scanner looks only at those two kinds.
TRIGGER_WORDS = (
    "president", "pope", "pontiff", "prime", "premier", "foreign", "defense", "defence", "secretary",
    "chancellor", "top", "vice", "coalition", "international", "head", "chief", "spokesman",
    "spokeswoman", "spokesperson", "supreme", "special", "national", "deputy", "commander", "ambassador",
)


@dataclass(frozen=True, slots=True)
class CandidatePatterns:
    """Two small regexes whose matches may open a mention: capitalised words, and trigger words."""

    capitalised: re.Pattern[str]
    triggers: re.Pattern[str]


def compile_candidates(index: ActorIndex) -> CandidatePatterns:
    """Compile the candidate regexes; each starts with a character class so the engine skips fast."""
    upper = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
    words = [w for w in TRIGGER_WORDS if fold_word(w) in index.lowercase_starts]
    alternation = "|".join(sorted(words, key=len, reverse=True)) or "(?!)"
    return CandidatePatterns(
        # A dotted acronym ("U.S.") or a capitalised word. Written to open with the capital's class, so the
        # regex engine skips straight to capitals instead of trying the pattern at every character.
        capitalised=re.compile(rf"[A-Z{upper}](?:(?<=[A-Z])\.(?:[A-Z]\.)+|[^\W_]*)"),
        triggers=re.compile(rf"\b(?:{alternation})\b"),
    )
