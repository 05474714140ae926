"""PLOVER event types from a sentence with a marked source and target, by a hand-written cue lexicon."""

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
_COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
_MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})

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
    "set": ("set",), "put": ("put",), "quit": ("quit",), "seize": ("seized",), "build": ("built",),
}
_DOUBLING = frozenset(
    "ban bar stop plan drop ship commit admit submit permit rob slam snub stab expel shun sit hit cut put "
    "shut set let quit begin overrun kidnap control rebut".split()
)
_L_DOUBLING = frozenset("cancel travel signal label model fuel total quarrel".split())

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
# "threatened to withdraw", "warned it would respond": whatever conflict follows is only threatened.
_THREAT = re.compile(r"\b(?:threaten\w*\s+to|warn\w*\s+(?:it|they|that|he|she)\s+(?:would|will|could))\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|after|before|as|saying|which|who)\b")
_TARGET_GAP = re.compile(r"^[\s\w'’$%.,-]{0,30}$")  # what may stand between a cue and the target it governs


@dataclass(frozen=True, slots=True)
class EventType:
    """A classified event: the PLOVER type, its mode where the cue tells one, the cue that fired."""

    event_type: str
    mode: str | None
    rule: str
    confidence: float
    cue_start: int = -1  # where the deciding cue stands in the text (character offsets)
    cue_end: int = -1


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
    double = base in _DOUBLING
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


_VERB_MARK = re.compile(r"([A-Za-z][A-Za-z-]*)~")
_GAP = r"\s+(?:(?!(?:and|but|while|after|before|because)\b)[^\s.;:,]+\s+){0,6}?"  # a gap stays in its clause


def compile_cue(cue: str) -> re.Pattern[str]:
    """Compile a lexicon cue ("impose~ … sanctions") into a case-insensitive regular expression."""
    body = ""
    need_space = False
    for token in cue.split():
        if token in ("…", "..."):
            body += _GAP
            need_space = False
            continue
        piece = _VERB_MARK.sub(lambda m: "(?:" + "|".join(map(re.escape, inflect_verb(m.group(1)))) + ")", token)
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
        default_future = "AGREE" if etype in _COOPERATIVE else "THREATEN" if etype in _MATERIAL_CONFLICT else None
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
                )
            )
    return tuple(cues)


@lru_cache(maxsize=1)
def default_cues() -> tuple[Cue, ...]:
    return load_cues()


_TEXT_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_WORD_PART = re.compile(r"[^-']+")
# Words too common to key a cue on: a cue is looked up by a token made of rarer words when it has one.
_COMMON = frozenset(
    "a an the to of in on at for with by from and or but not no is are was were be been being has have had "
    "will would could might should may can do does did new more most it its this that these those they he she "
    "we his her their our as than up out over into about also said says say after before there here all any "
    "otherwise zero let set went go goes gone came come comes".split()
)


def split_tokens(cue: str) -> list[str]:
    """The cue's tokens, split at spaces outside parentheses ("(?:will not|never) accept" -> 2 tokens)."""
    tokens: list[str] = []
    depth, begin = 0, 0
    for i, ch in enumerate(cue):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch.isspace() and depth == 0:
            if i > begin:
                tokens.append(cue[begin:i])
            begin = i + 1
    if begin < len(cue):
        tokens.append(cue[begin:])
    return [t for t in tokens if t not in ("…", "...")]


def token_words(token: str) -> frozenset[str] | None:
    """Lower-cased words, one of which every match of this token contains whole; None when unsure."""
    bare = re.sub(r"\(\?<?[!=][^()]*\)", "", token)  # lookarounds match no words: drop them
    token = bare
    bare = re.sub(r"\(\?:", "(", bare)
    if re.search(r"\\[$dsw]|[$€£\d\[?*+.]|[A-Za-z]\(|\)[A-Za-z]", bare):
        return None  # a symbol, a digit, an optional letter or a word split by a group: cannot tell
    words: set[str] = set()
    for verb in _VERB_MARK.findall(token):
        words.update(f.lower() for f in inflect_verb(verb))
    words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", token.replace("~", "")))
    return frozenset(words) or None


def anchor_words(cue: str) -> frozenset[str] | None:
    """The words to look a cue up by: its first token made only of uncommon words, else its first token."""
    options = [w for w in (token_words(t) for t in split_tokens(cue)) if w is not None]
    for words in options:
        if not words & _COMMON:
            return words
    return options[0] if options else None


@dataclass(frozen=True, slots=True)
class CueIndex:
    """Cues by words they need, so a sentence only runs the few cues its words allow."""

    by_word: dict[str, tuple[int, ...]]
    always: tuple[int, ...]
    strong: frozenset[str]  # words that key a cue by an uncommon word: a sentence without any has no event

    def has_trigger(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether text[start:end] holds a word that keys a real event cue (dict lookups only)."""
        strong = self.strong
        for m in _TEXT_WORD.finditer(text, start, len(text) if end is None else end):
            word = m.group(0).lower()
            if word in strong or (("-" in word or "'" in word) and any(p.group(0) in strong for p in _WORD_PART.finditer(word))):
                return True
        return False

    def candidates(self, text: str) -> list[Cue]:
        """The cues that could match in text (their anchor words occur in it)."""
        chosen = set(self.always)
        for m in _TEXT_WORD.finditer(text):
            word = m.group(0).lower()
            hit = self.by_word.get(word)
            if hit:
                chosen.update(hit)
            if "-" in word or "'" in word:
                # "free-trade" holds "free", "Russia's" holds "Russia": a cue may match part of a word.
                for part in _WORD_PART.finditer(word):
                    chosen.update(self.by_word.get(part.group(0), ()))
        cues = default_cues()
        return [cues[i] for i in sorted(chosen)]

    def matches(self, text: str) -> list[tuple[Cue, int, int]]:
        """Every match of every candidate cue in text."""
        return [(cue, m.start(), m.end()) for cue in self.candidates(text) for m in cue.pattern.finditer(text)]


@lru_cache(maxsize=1)
def default_cue_index() -> CueIndex:
    by_word: dict[str, list[int]] = {}
    always: list[int] = []
    strong: set[str] = set()
    for i, cue in enumerate(default_cues()):
        words = anchor_words(cue.source)
        if words is None:
            always.append(i)
            continue
        if not words & _COMMON:
            strong.update(words)
        for word in words:
            by_word.setdefault(word, []).append(i)
    return CueIndex({w: tuple(ix) for w, ix in by_word.items()}, tuple(always), frozenset(strong))


@dataclass(frozen=True, slots=True)
class _Actors:
    """Where source and target stand in the sentence (-1 when absent)."""

    source: tuple[int, int]
    target: tuple[int, int]

    def spans(self) -> list[tuple[int, int]]:
        return [s for s in (self.source, self.target) if s[0] >= 0]


def locate_actors(text: str, source: str | None, target: str | None) -> _Actors:
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
            if start >= 0:
                return (start, start + len(needle))
        return (-1, -1)

    src = find(source)
    return _Actors(src, find(target, src))


def _score_match(
    text: str, cue: Cue, start: int, end: int, actors: _Actors, inside_ok: bool = False
) -> float | None:
    """How plausible it is that this cue match names the event between source and target (None: not at all)."""
    spans = actors.spans()
    if not inside_ok and any(s <= start < e for s, e in spans):
        return None  # a cue inside an actor's name ("car bomb" in "a Taliban car bomb") is not the predicate
    tgt = actors.target
    if cue.before_target and (tgt[0] < 0 or tgt[0] < end or not _TARGET_GAP.match(text[end : tgt[0]])):
        return None
    if cue.after_target and (tgt[0] < 0 or start < tgt[1] or text[tgt[1] : start].strip(" ,")):
        return None
    score = cue.weight + 0.03 * min(end - start, 30)
    if len(spans) == 2:
        lo = min(actors.source[1], tgt[1])
        hi = max(actors.source[0], tgt[0])
        if lo <= start and end <= hi:
            # Between the two actors: the verb phrase that links them; its head (nearest the first
            # actor) governs what follows ("demanded the withdrawal of", "accused Y of attacking").
            score += 1.5 - 0.008 * (start - lo)
        elif start >= hi:
            gap = start - max(actors.source[1], tgt[1])
            score += 0.5 - 0.01 * max(gap, 0) if gap < 60 else -0.5
        else:
            gap = min(actors.source[0], tgt[0]) - end
            score += 0.3 - 0.01 * gap if gap < 40 else -0.6
    elif spans:
        s, e = spans[0]
        gap = start - e if start >= e else s - end
        score += 0.6 - 0.005 * gap
    if cue.before_target or cue.after_target:
        score += 0.2
    return score


def _subject_boundary(text: str, actors: _Actors, cue_start: int) -> int:
    """Where the clause that carries the cue begins: after the nearest actor or clause break before it."""
    ends = [e for _, e in actors.spans() if e <= cue_start]
    begin = max(ends) if ends else max(0, cue_start - 40)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, begin, cue_start)]
    return max([begin, *breaks])


def _best_cue(
    text: str, actors: _Actors, inside_ok: bool, found: list[tuple[Cue, int, int]]
) -> tuple[float, Cue, int, int] | None:
    best: tuple[float, Cue, int, int] | None = None
    for cue, start, end in found:
        score = _score_match(text, cue, start, end, actors, inside_ok)
        if score is not None and (best is None or score > best[0]):
            best = (score, cue, start, end)
    return best


def classify_event(text: str, source: str | None, target: str | None) -> EventType | None:
    """The PLOVER event type of what the source does to the target in this sentence, or None."""
    actors = locate_actors(text, source, target)
    found = default_cue_index().matches(text)
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
    etype, rule = cue.event_type, f"{prefix}:{cue.source}"
    window = text[_subject_boundary(text, actors, start) : start]
    refusable = cue.event_type in _COOPERATIVE or cue.event_type == "REQUEST"
    if cue.negated and (_NEGATION.search(window) or (refusable and _REFUSAL.search(window))):
        etype, rule = cue.negated, f"negated:{cue.source}"
    elif etype not in _COOPERATIVE and etype != "THREATEN" and _THREAT.search(window):
        etype, rule = "THREATEN", f"threat:{cue.source}"
    elif cue.future and etype != cue.future and _FUTURE.search(window):
        etype, rule = cue.future, f"future:{cue.source}"
    mode = cue.mode if etype == cue.event_type else None
    confidence = max(0.3, min(0.95, 0.35 + 0.2 * score))
    return EventType(etype, mode, rule, round(confidence, 3), start, end)
