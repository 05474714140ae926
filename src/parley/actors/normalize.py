"""Word tokens for actor lookup: case-, apostrophe- and diacritic-folded, with their offsets."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# A word is an acronym written with dots ("U.S.", "J.D.") or a run of letters/digits.
WORD_RE = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+")
# The possessive clitic, kept as its own token so "Russia's foreign minister" is a key of four tokens.
POSSESSIVE_RE = re.compile(r"['’‘`´]s(?![^\W_])")
# What may stand between two words of one name or office phrase: spaces, hyphens, inner apostrophes.
GAP_RE = re.compile(r"[\s\-‐‑'’]+")

POSSESSIVE = "'s"
# Skipped inside keys and texts alike, so "president of the United States" == "president of United States".
SKIPPED = frozenset({"the"})

# Letters that Unicode decomposition does not reduce to ASCII but transliterations drop.
_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"})

# Spelling variants folded to one form, on both sides of every lookup.
CANONICAL = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "defence": "defense",
    "advisor": "adviser",
    "organisation": "organization",
    "kiev": "kyiv",
}

_fold_cache: dict[str, str] = {}


def fold_word(word: str) -> str:
    """The lookup form of one word: lower case, no diacritics, no dots, canonical spelling."""
    if word.isascii():
        low = word.lower()
    else:
        low = _fold_cache.get(word, "")
        if not low:
            decomposed = unicodedata.normalize("NFKD", word.lower())
            low = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_FOLD)
            _fold_cache[word] = low
    if "." in low:
        low = low.replace(".", "")
    return CANONICAL.get(low, low)


class Token(NamedTuple):
    """A folded word with its offsets; ``raw`` keeps the text as written for case checks.

    A named tuple rather than a frozen dataclass: the scanner makes tens of thousands per document
    set, and a tuple is built several times faster.
    """

    norm: str
    start: int
    end: int
    raw: str


# One step of a run: a word, its possessive clitic if any, and the gap to the next word if any.
_STEP_RE = re.compile(
    r"((?:[^\W\d_]\.){2,}|[^\W_]+)(['’‘`´]s(?![^\W_]))?([\s\-‐‑'’]*)"
)


def read_run(text: str, pos: int, end: int, limit: int,
             prefixes: frozenset[tuple[str, ...]] | None = None) -> list[Token]:
    """Up to ``limit`` tokens from ``pos`` that are joined only by spaces/hyphens (one phrase run).

    ``prefixes``: the token keys a lookup may start with; once the run leaves them, one more token is read,
    not the whole ``limit``: no key holds the token that left them, so what may follow a key (a group noun
    of at most two words, a word that extends a name) ends by the token after it.
    """
    tokens: list[Token] = []
    if pos >= end or limit <= 0:
        return tokens
    key: tuple[str, ...] = ()  # the folded words read so far, while they may still open a key
    canonical = CANONICAL
    make = tuple.__new__  # Token(...) runs a Python-level __new__; this builds the same tuple directly
    # One regex walk over the stretch: each step must start where the previous one ended (else the
    # run is broken by something that is no word, and ``match`` would have failed there).
    for m in _STEP_RE.finditer(text, pos, end):
        if m.start() != pos:
            break
        raw, clitic, gap = m.groups()
        if raw.isascii() and "." not in raw:  # the common case of fold_word, inlined: this loop is hot
            norm = raw.lower()
            norm = canonical.get(norm, norm)
        else:
            norm = fold_word(raw)
        if norm not in SKIPPED:
            tokens.append(make(Token, (norm, *m.span(1), raw)))
            if prefixes is not None:
                key += (norm,)
                if key not in prefixes:
                    limit, prefixes = min(limit, len(tokens) + 1), None
        if clitic:
            tokens.append(make(Token, (POSSESSIVE, *m.span(2), clitic)))
            if prefixes is not None:
                key += (POSSESSIVE,)
                if key not in prefixes:
                    limit, prefixes = min(limit, len(tokens) + 1), None
        if not gap or len(tokens) >= limit:
            break
        pos = m.end()
    return tokens


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[list[Token]]:
    """All runs of joined tokens in ``text[start:end]`` (punctuation other than hyphens splits runs)."""
    stop = len(text) if end is None else end
    runs: list[list[Token]] = []
    pos = start
    while pos < stop:
        m = WORD_RE.search(text, pos, stop)
        if m is None:
            break
        run = read_run(text, m.start(), stop, 10_000)
        if run:
            runs.append(run)
            pos = max(run[-1].end, m.end())
        else:
            pos = m.end()
    return runs


def fold_phrase(phrase: str) -> tuple[str, ...]:
    """The token key of a whole phrase, ignoring where runs break (for data keys and role nouns)."""
    return fold_with_mask(phrase)[0]


def case_mask(phrase: str) -> tuple[int, ...]:
    """Per token of ``phrase``: 2 = written all capitals (acronym), 1 = capitalised, 0 = any case."""
    return fold_with_mask(phrase)[1]


# A word and its possessive clitic, as read_run reads them. Keys ignore where runs break, so the tokens
# of a whole phrase are just these matches in order: no runs, no gaps (the index folds ~2,500 phrases).
_WORD_CLITIC_RE = re.compile(r"((?:[^\W\d_]\.){2,}|[^\W_]+)(['’‘`´]s(?![^\W_]))?")


@lru_cache(maxsize=65_536)
def fold_with_mask(phrase: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The token key of a phrase and, per token, the case running text must show (see case_mask)."""
    key: list[str] = []
    mask: list[int] = []
    for m in _WORD_CLITIC_RE.finditer(phrase):
        raw, clitic = m.group(1, 2)
        norm = fold_word(raw)
        if norm not in SKIPPED:
            key.append(norm)
            mask.append(_case_of(raw))
        if clitic:
            key.append(POSSESSIVE)
            mask.append(0)  # the clitic is a lower-case "s" by its pattern
    return tuple(key), tuple(mask)


def _case_of(raw: str) -> int:
    """2 = at least two letters, all capitals; 1 = the first letter a capital; 0 = otherwise."""
    if raw.isascii() and raw.isalpha():  # the common case: every character a cased letter
        if len(raw) >= 2 and raw.isupper():
            return 2
        return 1 if raw[0].isupper() else 0
    letters = [c for c in raw if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return 2
    if letters and letters[0].isupper():
        return 1
    return 0
