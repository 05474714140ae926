"""The PLOVER cue lexicon: loading and compiling plover.yaml, with English verb inflection."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from parley.errors import DataFileError

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# A promise of cooperation is an AGREE; a promise of material conflict is a THREATEN (PLOVER's reading).
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})

# Verbs whose past forms are not "-ed" (only those the lexicon uses; add more as cues need them).
_IRREGULAR_PAST: dict[str, tuple[str, ...]] = {
    "meet": ("met",), "hold": ("held",), "send": ("sent",), "give": ("gave", "given"), "take": ("took", "taken"),
    "seek": ("sought",), "fight": ("fought",), "shoot": ("shot",), "strike": ("struck",), "hit": ("hit",),
    "lay": ("laid",), "go": ("went", "gone"), "bring": ("brought",), "lend": ("lent",), "leave": ("left",),
    "withdraw": ("withdrew", "withdrawn"), "begin": ("began", "begun"), "break": ("broke", "broken"),
    "freeze": ("froze", "frozen"), "overrun": ("overran", "overrun"), "speak": ("spoke", "spoken"),
    "pay": ("paid",), "shut": ("shut",), "cut": ("cut",), "let": ("let",), "beat": ("beat", "beaten"),
    "fly": ("flew", "flown"), "sit": ("sat",), "shake": ("shook", "shaken"), "blow": ("blew", "blown"),
    "stand": ("stood",), "undertake": ("undertook", "undertaken"), "ring": ("rang", "rung"),
    "set": ("set",), "put": ("put",), "quit": ("quit",), "build": ("built",), "come": ("came",),
    "tell": ("told",), "throw": ("threw", "thrown"), "forgive": ("forgave", "forgiven"), "write": ("wrote", "written"),
    "sell": ("sold",), "buy": ("bought",), "lead": ("led",), "keep": ("kept",), "sink": ("sank", "sunk"),
    "spend": ("spent",), "win": ("won",), "lose": ("lost",), "bid": ("bid",), "dig": ("dug",), "wage": ("waged",),
    "swear": ("swore", "sworn"), "withhold": ("withheld",), "uphold": ("upheld",), "forbid": ("forbade", "forbidden"), "draw": ("drew", "drawn"), "fall": ("fell", "fallen"),
}
# Every irregular form above ("met", "held", "taken"): a word that is surely a verb.
IRREGULAR_FORMS = frozenset(form for forms in _IRREGULAR_PAST.values() for form in forms)
# Verbs of more than one syllable stressed on the last one double their final consonant (commit ->
# committed); one-syllable verbs ending consonant-vowel-consonant do so too (prod -> prodded, see below).
_DOUBLING = frozenset(
    "ban bar stop plan drop ship commit admit submit permit rob slam snub stab expel shun sit hit cut put "
    "shut set let quit begin overrun kidnap control rebut chat gun step strip dig top grab jam "
    "confer concur regret acquit equip compel annul repel propel dispel patrol deter transfer refer prefer "
    "omit abet incur occur rebel enrol extol outwit debar embed allot forbid upset airdrop".split()
)
_ONE_SYLLABLE_CVC = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
_L_DOUBLING = frozenset("cancel travel signal label model fuel total quarrel".split())


@dataclass(frozen=True, slots=True)
class Cue:
    """One compiled lexicon cue."""

    event_type: str
    mode: str | None
    source: str  # the cue as written in the lexicon, for the rule name
    pattern: re.Pattern[str]
    weight: float
    future: str | None
    negated: str | None
    before_target: bool
    after_target: bool
    trigger: bool = True  # False: it only helps classify a sentence already known to hold an event
    speech_act: bool = False  # a hint that may still name what a speaker does ("must", "ready to")


def inflect_verb(base: str) -> list[str]:
    """The base, third-person, past and -ing forms of an English verb ("meet" -> meet, meets, met, meeting)."""
    forms = {base}
    vowel_y = len(base) > 1 and base[-1] == "y" and base[-2] not in "aeiou"
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(base + "es")
    elif vowel_y:
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    double = base in _DOUBLING or (_ONE_SYLLABLE_CVC.fullmatch(base) is not None and not vowel_y)
    if base in _IRREGULAR_PAST:
        forms.update(_IRREGULAR_PAST[base])
    elif base.endswith("e"):
        forms.add(base + "d")
    elif vowel_y:
        forms.add(base[:-1] + "ied")
    else:
        forms.add(base + (base[-1] if double else "") + "ed")
    if base.endswith("ie"):
        forms.add(base[:-2] + "ying")
    elif base.endswith("e") and not base.endswith("ee"):
        forms.add(base[:-1] + "ing")
    else:
        forms.add(base + (base[-1] if double else "") + "ing")
    if base in _L_DOUBLING:
        forms.update({base + "led", base + "ling"})
    return sorted(forms, key=len, reverse=True)


VERB_MARK = re.compile(r"([A-Za-z][A-Za-z-]*)~")  # "meet~": a verb to inflect
# A gap stays in its clause; a number may hold a point or comma ("$1.7 billion", "16,000 migrants").
_GAP = r"\s+(?:(?!(?:and|but|while|after|before|because)\b)(?:[^\s.;:,]+|[$€£]?\d[\d.,]*\d%?)\s+){0,6}?"


def compile_cue(cue: str) -> re.Pattern[str]:
    """Compile a lexicon cue ("impose~ … sanctions") into a case-insensitive regular expression."""
    body = ""
    need_space = False
    for token in cue.split():
        if token in ("…", "..."):
            body += _GAP
            need_space = False
            continue
        piece = VERB_MARK.sub(lambda m: "(?:" + "|".join(map(re.escape, inflect_verb(m.group(1)))) + ")", token)
        body += (r"\s+" if need_space else "") + piece
        need_space = True
    return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w])", re.IGNORECASE)


def _check_entry(entry: Any, where: str) -> dict[str, Any]:
    if not isinstance(entry, dict) or "type" not in entry or "cues" not in entry:
        raise DataFileError(f"{where}: each entry needs 'type' and 'cues'")
    if entry["type"] not in PLOVER_TYPES:
        raise DataFileError(f"{where}: unknown PLOVER type {entry['type']!r}", hint=f"use one of {', '.join(PLOVER_TYPES)}")
    return entry


def load_cues(path: Path | None = None) -> tuple[Cue, ...]:
    """Read and compile the cue lexicon (the packaged plover.yaml unless a path is given)."""
    if path is None:
        text = resources.files("parley.extract").joinpath("data/plover.yaml").read_text(encoding="utf-8")
        name = "plover.yaml"
    else:
        text, name = path.read_text(encoding="utf-8"), str(path)
    try:
        entries = yaml.safe_load(text) or []
    except yaml.YAMLError as exc:
        raise DataFileError(f"{name} is not valid YAML: {exc}") from exc
    cues: list[Cue] = []
    for number, raw in enumerate(entries, 1):
        entry = _check_entry(raw, f"{name} entry {number}")
        etype = entry["type"]
        default_future = "AGREE" if etype in COOPERATIVE else "THREATEN" if etype in MATERIAL_CONFLICT else None
        negated = entry.get("negated", "REJECT")
        for cue in entry["cues"]:
            try:
                pattern = compile_cue(str(cue))
            except re.error as exc:
                raise DataFileError(f"{name} entry {number}: cue {cue!r} is not a valid pattern ({exc})") from exc
            cues.append(
                Cue(
                    event_type=etype,
                    mode=entry.get("mode"),
                    source=str(cue),
                    pattern=pattern,
                    weight=float(entry.get("weight", 1.0)),
                    future=entry.get("future", default_future),
                    negated=None if negated == "none" else negated,
                    before_target=bool(entry.get("before_target", False)),
                    after_target=bool(entry.get("after_target", False)),
                    # A cue that needs its target next to it cannot tell an event before actors are known.
                    trigger=bool(entry.get("trigger", True))
                    and not entry.get("before_target") and not entry.get("after_target"),
                    speech_act=bool(entry.get("speech_act", False)),
                )
            )
    return tuple(cues)


@lru_cache(maxsize=1)
def default_cues() -> tuple[Cue, ...]:
    return load_cues()
