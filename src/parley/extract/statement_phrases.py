"""Noun-phrase boundaries around a cue: the speaker before or after it, the addressee after it."""

from __future__ import annotations

import re

from parley.model import Span

_WORD = re.compile(r"[^\s,;:()\"\u201c\u201d\u2018\u00ab\u00bb\u2014]+|[,;:()\"\u201c\u201d\u2018\u00ab\u00bb\u2014]")
# Words that end a speaker phrase when met going leftwards: verbs, subordinators, prepositions of frame.
_STOP_LEFT = frozenset(
    "that which who whom whose when where while because if although though since as after before than "
    "is was were are am be been being has have had will would could should can may might must did does do "
    "not and but or so yet however meanwhile also then later earlier now still nor said says told "
    "says added in on at during about to by with from into over under against between among "
    "for of what why how whether there here".split()
)
# Words allowed inside a speaker phrase even though they are in the stop list above.
_NAME_LINKERS = frozenset({"of", "for", "and", "de", "von", "van", "al", "bin", "la", "le"})
# Prepositions that may sit inside a speaker phrase ("supporters of the bill", "officials in Kyiv").
_NP_PREPOSITIONS = frozenset({"of", "in", "at", "for", "from"})
# Lowercase -ed words that are adjectives in speaker phrases rather than verbs.
_ED_ADJECTIVES = frozenset("retired unnamed unidentified elected appointed detained exiled united "
                           "embattled seasoned respected jailed ousted".split())
# Leading words trimmed off a speaker phrase ("But Peskov said").
_LEADING_JUNK = frozenset(
    "but and so yet however meanwhile now then also still instead indeed moreover later earlier "
    "separately finally again thus hence even similarly too".split()
)
_DETERMINERS = frozenset("the a an his her its their our my your this that these those one another some "
                         "several many both two three each every any".split())
PRONOUNS = frozenset("he she they it we i you who".split())
_TIME_TAIL = re.compile(
    r"\s+(?:on|in|at|during|last|this|late|early|earlier|later)\s+(?:\w+\s+){0,2}?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|"
    r"afternoon|evening|day|statement|interview|speech|briefing)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_MAX_WORDS = 12


def _looks_like_head(word: str) -> bool:
    low = word.lower()
    if low in PRONOUNS:
        return True
    if low in _STOP_LEFT or low in _DETERMINERS:
        return False
    return word[:1].isalpha() or word[:1].isdigit()


def find_subject(text: str, lo: int, hi: int) -> Span | None:
    """The noun phrase that ends at ``hi`` (a cue's start), not reaching left of ``lo``."""
    window_lo = max(lo, hi - 200)
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, window_lo, hi)]
    if len(tokens) > 2 and tokens[-1][2] == ",":
        return _subject_with_insertion(text, lo, tokens)
    head = len(tokens) - 1
    if tokens and tokens[-1][2] == ")":
        # A parenthesis closing the phrase ("Rep. Earl Blumenauer (D-Ore.) said") belongs to it.
        head = next((k for k in range(head - 1, max(-1, head - 8), -1) if tokens[k][2] == "("), 0) - 1
        if head < 0:
            return None
    if not tokens or not _looks_like_head(tokens[head][2]):
        return None
    start_index = head
    i = head - 1
    words = 1
    while i >= 0:
        word = tokens[i][2]
        low = word.lower()
        if word == ",":
            # "Peskov, the Kremlin spokesman, said": keep the appositive and the name before it.
            if tokens[-1][2] == "," or i == len(tokens) - 2:
                break
            appositive = _appositive_start(tokens, i)
            if appositive is None:
                break
            start_index = appositive
            break
        if low in _STOP_LEFT and not (low in _NAME_LINKERS and tokens[i + 1][2][:1].isupper()
                                      and i > 0 and tokens[i - 1][2][:1].isupper()):
            if not (low in _NP_PREPOSITIONS and i > 0 and _is_noun_like(tokens[i - 1][2])):
                break
        if _is_verb_like(word):
            break
        if word in ";:()\"\u201c\u201d\u2018\u00ab\u00bb\u2014":
            break
        start_index = i
        words += 1
        if words > _MAX_WORDS:
            return None
        i -= 1
    while start_index < len(tokens) and tokens[start_index][2].lower() in _LEADING_JUNK:
        start_index += 1
    if start_index >= len(tokens):
        return None
    first = tokens[start_index][2]
    if first[:1].islower() and first.lower() not in _DETERMINERS and first.lower() not in PRONOUNS \
            and not _has_capital(tokens[start_index:]) and len(tokens) - start_index > 3:
        return None
    return Span(tokens[start_index][0], tokens[-1][1])


_FRAME_OPENERS = frozenset("in on at after before when while during as since despite with without following "
                           "speaking asked earlier later".split())
_FINITE_AUX = frozenset("is was were are am has have had will would could should can may might must did does do "
                        "also then later".split())


def find_sentence_subject(text: str, lo: int, hi: int) -> Span | None:
    """The subject at the start of a sentence, before its first verb ("X met … and said": X)."""
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, min(hi, lo + 300))]
    i = 0
    while i < len(tokens) and tokens[i][2].lower() in _LEADING_JUNK:
        i += 1
    if i < len(tokens) and tokens[i][2].lower() in _FRAME_OPENERS:
        # A fronted adverbial ("On Monday, X …") is skipped up to its comma.
        comma = next((k for k in range(i, min(len(tokens), i + 12)) if tokens[k][2] == ","), None)
        if comma is None:
            return None
        i = comma + 1
    for k in range(i, min(len(tokens), i + 13)):
        word = tokens[k][2]
        low = word.lower()
        if word in ",;:()\"\u201c\u201d\u2018\u00ab\u00bb\u2014":
            return None
        if k > i and word[:1].islower() and low not in _NAME_LINKERS and all(
                t[2][:1].isupper() for t in tokens[i:k]):
            return find_subject(text, tokens[i][0], tokens[k][0])  # a name, then its verb
        if k > i and word[:1].islower() and (low in _FINITE_AUX or _is_verb_like(word)
                                            or (low.endswith("s") and not low.endswith("ss")
                                                and tokens[k - 1][2][:1].isupper())):
            return find_subject(text, tokens[i][0], tokens[k][0])
    return None


def _is_noun_like(word: str) -> bool:
    low = word.lower()
    return low not in _STOP_LEFT and low not in _DETERMINERS and not _is_verb_like(word) and word[:1].isalpha()


def _is_verb_like(word: str) -> bool:
    """A lowercase past form or a contraction with a verb ("described", "I've"), which ends a phrase."""
    if word[:1].isupper():
        return False
    low = word.lower()
    if low.endswith("ed") and len(low) > 4 and low not in _ED_ADJECTIVES:
        return True
    return any(low.endswith(c) for c in ("'re", "\u2019re", "'ve", "\u2019ve", "'ll", "\u2019ll", "'m", "\u2019m"))


def _subject_with_insertion(text: str, lo: int, tokens: list[tuple[int, int, str]]) -> Span | None:
    """ "X, the spokesman, said" keeps the appositive; "X, who …, said" keeps only X."""
    for k in range(len(tokens) - 2, max(-1, len(tokens) - 40), -1):
        if tokens[k][2] != ",":
            continue
        inserted = tokens[k + 1][2].lower()
        head = find_subject(text, lo, tokens[k][0])
        if head is None:
            return None
        if inserted in ("who", "which", "whose", "whom"):
            return head
        if any(t[2] in ";:" or _is_verb_like(t[2]) for t in tokens[k + 1 : -1]):
            return None
        return Span(head.start, tokens[-2][1])
    return None


def _has_capital(tokens: list[tuple[int, int, str]]) -> bool:
    return any(t[2][:1].isupper() for t in tokens)


def _appositive_start(tokens: list[tuple[int, int, str]], comma: int) -> int | None:
    """Where "Name, appositive" starts when tokens after ``comma`` form an appositive; else None."""
    # The phrase after the comma must itself run to the cue; the one before must be a capitalised name.
    j = comma - 1
    name_start = None
    while j >= 0 and tokens[j][2][:1].isupper() and tokens[j][2].lower() not in _LEADING_JUNK:
        name_start = j
        j -= 1
    if name_start is None or comma - name_start > 5:
        return None
    return name_start


def find_object_speaker(text: str, lo: int, hi: int) -> Span | None:
    """The speaker named after a cue ("…, said Dmitry Peskov, the Kremlin spokesman.") up to ``hi``."""
    segment = text[lo:hi]
    stripped = segment.rstrip(" .,;:!?\"\u201d\u2019\n")
    lead = len(segment) - len(segment.lstrip())
    stripped = stripped[lead:]
    if not stripped:
        return None
    first = stripped.split(None, 1)[0]
    if not (first[:1].isupper() or first.lower() in _DETERMINERS):
        return None
    if first.lower() in {"that", "this"}:
        return None
    cut = _TIME_TAIL.search(stripped)
    if cut:
        stripped = stripped[: cut.start()]
    if len(stripped.split()) > 20 or not stripped:
        return None
    return Span(lo + lead, lo + lead + len(stripped))


_ADDRESSEE = re.compile(
    r"\s*(?:(?:the\s+)?(?:[A-Z][\w'\u2019.&-]*\s*){1,5}|reporters|journalists|the\s+press|lawmakers|"
    r"(?:a|the)\s+(?:\w+\s+){0,3}(?:audience|crowd|conference|briefing|newspaper|channel|broadcaster|"
    r"outlet|committee|gathering|interviewer|reporters?|journalists?|lawmakers|parliament|supporters|"
    r"summit|rally|forum)|him|her|them|us|me|(?:his|her|their)\s+\w+)"
)


def skip_addressee(text: str, pos: int, hi: int) -> int:
    """After "told"/"warned": the position past the addressee ("told Fox News that …" → before "that")."""
    m = _ADDRESSEE.match(text, pos, hi)
    if not m:
        return pos
    return m.end()
