"""The key-word gate over issue patterns: which stems a text must hold to match, found in one scan."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from parley.text.keywords import WordStarts

_WORDS = re.compile(r"[^\W_]+")  # words without the underscore that joins multiword alternatives
# Words too frequent in negotiation news to be a good gate key when a pattern has a rarer one.
_COMMON = frozenset("russia russian ukraine ukrainian back up new right open place meeting military talks us "
                    "of in to the a for with at from on".split())


@dataclass(frozen=True, slots=True)
class KeyGate:
    """Cheap routing: the key word of every pattern, mapped to the issues whose patterns need it.

    A text can match an issue's full pattern only if one of the issue's key stems begins a word of
    the text, so one scan with a regex of plain stems rules out most texts and most issues before
    any of the slower full patterns (with their gaps and inflections) run.
    """

    regex: re.Pattern[str]
    patterns_of: dict[str, frozenset[tuple[int, int]]]  # stem -> (issue, pattern) pairs it can start
    raw: tuple[tuple[re.Pattern[str], int, int], ...]  # "re:" patterns, always tried
    # All "re:" patterns in one alternation: a text it does not match matches none of them, so one
    # search usually settles all of them (None when they cannot be joined, e.g. global inline flags).
    raw_any: re.Pattern[str] | None = None
    # ``regex`` without IGNORECASE, for lower-cased text: the stems are lower case, and a case-blind
    # search costs about twice a plain one.
    lower_regex: re.Pattern[str] | None = None
    # Per raw pattern, a lower-case stretch of text every match of it holds ("membership"), or None.
    raw_literals: tuple[str | None, ...] = ()

    def patterns_in(self, text: str) -> dict[int, set[int]]:
        """Issue index -> indexes of the patterns worth running on ``text``."""
        hit: dict[int, set[int]] = {}
        low = text.lower()
        patterns_of = self.patterns_of
        if self.lower_regex is not None and len(low) == len(text):  # "İ" lengthens: offsets would shift
            for stem in self.lower_regex.findall(low):
                for issue, pattern in patterns_of[stem]:
                    hit.setdefault(issue, set()).add(pattern)
        else:
            for m in self.regex.finditer(text):
                for issue, pattern in patterns_of.get(_fold_stem(m.group()), ()):
                    hit.setdefault(issue, set()).add(pattern)
        self.add_raw(text, low, hit)
        return hit

    def add_raw(self, text: str, low: str, hit: dict[int, set[int]]) -> None:
        """Add to ``hit`` the "re:" patterns that match ``text`` (``low`` is ``text.lower()``)."""
        if self.raw_literals and len(low) == len(text):
            # Each raw pattern runs only where the literal every match of it holds occurs at all.
            for (regex, issue, pattern), literal in zip(self.raw, self.raw_literals, strict=True):
                if (literal is None or literal in low) and regex.search(text):
                    hit.setdefault(issue, set()).add(pattern)
        elif self.raw and (self.raw_any is None or self.raw_any.search(text)):
            for regex, issue, pattern in self.raw:
                if regex.search(text):
                    hit.setdefault(issue, set()).add(pattern)


@dataclass(frozen=True, slots=True)
class StemScan:
    """The gate's stems and the reference stems as one automaton over lower-cased text.

    At a word start the automaton reports the longest string of either kind that begins there; every
    other stem found there is a prefix of it. So each string carries the (issue, pattern) pairs of the
    gate stems that are its prefixes, and the issues whose reference stems are: what the stem regexes
    would have found at that place.
    """

    words: WordStarts
    patterns: tuple[frozenset[tuple[int, int]], ...]  # per string of ``words``: the gate's pairs
    refers: tuple[frozenset[str], ...]  # per string of ``words``: issues a reference stem of which begins it
    # Per string of ``words``: the "re:" patterns (indexes into the gate's ``raw``) whose word-start literal
    # (see word_start_literal) begins it.
    raw_starts: tuple[frozenset[int], ...] = ()
    # The other "re:" patterns, with the literal every match holds somewhere (None: always searched) and
    # whether the regex is one for lower-cased text (see lower_case_regex).
    unscanned_raw: tuple[tuple[re.Pattern[str], int, int, str | None, bool], ...] = ()
    # Per string of ``words``: its gate pairs grouped by issue, (issue, its patterns), so a text's hits
    # merge an issue at a time rather than a pair at a time.
    routes: tuple[tuple[tuple[int, frozenset[int]], ...], ...] = ()
    # Per "re:" pattern of the gate, its regex for lower-cased text, or None (see lower_case_regex).
    raw_low: tuple[re.Pattern[str] | None, ...] = ()


def build_stem_scan(gate: KeyGate, references: Mapping[str, Sequence[str]]) -> StemScan | None:
    """The one-pass scan of ``gate``'s stems and the reference stems (issue id -> its reference patterns),
    or None when a reference stem is not plain ASCII (the case-blind reference regex then has no
    lower-case stand-in)."""
    referring: dict[str, set[str]] = {}
    for issue_id, patterns in references.items():
        for stem in (s for p in patterns for s in key_stems(p)):
            referring.setdefault(stem.lower(), set()).add(issue_id)
    if not gate.patterns_of or not all(s.isascii() for s in referring):
        return None
    gate_stems = sorted(gate.patterns_of, key=len, reverse=True)
    raw_literals = {n: lit for n, (regex, _, _) in enumerate(gate.raw)
                    if (lit := word_start_literal(regex.pattern)) is not None}
    words = WordStarts([*gate_stems, *referring, *raw_literals.values()])
    word_pairs: list[frozenset[tuple[int, int]]] = []
    for word in words.words:
        # The longest gate stem that begins the word already stands for the shorter ones (see build_gate).
        longest = next((stem for stem in gate_stems if word.startswith(stem)), None)
        word_pairs.append(gate.patterns_of[longest] if longest is not None else frozenset())
    refers = tuple(frozenset().union(*(ids for stem, ids in referring.items() if word.startswith(stem)))
                   for word in words.words)
    raw_starts = tuple(frozenset(n for n, lit in raw_literals.items() if word.startswith(lit)) for word in words.words)
    raw_low = tuple(lower_case_regex(regex) for regex, _, _ in gate.raw)
    unscanned = tuple((raw_low[n] or regex, issue, pattern, gate.raw_literals[n] if gate.raw_literals else None,
                       raw_low[n] is not None)
                      for n, (regex, issue, pattern) in enumerate(gate.raw) if n not in raw_literals)
    routes: list[tuple[tuple[int, frozenset[int]], ...]] = []
    for pairs in word_pairs:
        grouped: dict[int, set[int]] = {}
        for issue, pattern in pairs:
            grouped.setdefault(issue, set()).add(pattern)
        routes.append(tuple((issue, frozenset(grouped[issue])) for issue in sorted(grouped)))
    return StemScan(words, tuple(word_pairs), refers, raw_starts, unscanned, tuple(routes), raw_low)


def lower_case_regex(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """``regex`` without IGNORECASE, to search lower-cased text instead (about twice as fast), or None.

    Equivalent on a text whose lower-casing is caseless (see caseless.py) when the pattern is ASCII with
    no upper-case letter: its letters then meet only ASCII letters, which lower-casing folds as the case-blind
    search would, and no escape whose meaning depends on case (``\\W``, ``\\S``, ``\\B``...) is in it.
    """
    pattern = regex.pattern
    if not pattern.isascii() or re.search(r"[A-Z]", pattern):
        return None
    try:
        return re.compile(pattern, regex.flags & ~re.IGNORECASE)
    except re.error:
        return None


def _fold_stem(word: str) -> str:
    """A stem as the case-blind regex matched it, in the lower case the gate keys it by.

    "İstanbul" lower-cases to nine characters ("i" plus a combining dot) while the regex matched it
    as "istanbul": each character's first lower-case character is the one the regex compared.
    """
    low = word.lower()
    return low if len(low) == len(word) else "".join(ch.lower()[:1] for ch in word)


def build_gate(patterns_by_issue: Sequence[Sequence[str]]) -> KeyGate:
    """The key-stem gate for the issues whose patterns (in each issue's compiled order) are given (see KeyGate)."""
    owners: dict[str, set[tuple[int, int]]] = {}
    raw: list[tuple[re.Pattern[str], int, int]] = []
    for n, issue_patterns in enumerate(patterns_by_issue):
        for k, pattern in enumerate(issue_patterns):
            if pattern.strip().startswith("re:"):
                raw.append((re.compile(pattern.strip()[3:], re.IGNORECASE), n, k))
                continue
            for stem in key_stems(pattern):
                owners.setdefault(stem, set()).add((n, k))
    # The regex takes the longest stem at a place; a shorter stem there ("exchang" inside
    # "exchange") would have matched too, so the longer one also stands for the shorter's patterns.
    stems = sorted(owners, key=lambda w: (-len(w), w))
    patterns_of = {w: frozenset().union(*(owners[v] for v in stems if w.startswith(v))) for w in stems}
    # Grouped by first letter (a shallow trie): the engine then tries a handful of stems per place.
    by_first: dict[str, list[str]] = {}
    for w in stems:
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    body = "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in sorted(by_first.items()))
    regex = re.compile(r"(?<!\w)(?:" + body + ")", re.IGNORECASE)
    return KeyGate(regex, patterns_of, tuple(raw), join_patterns([r for r, _, _ in raw]),
                   re.compile(regex.pattern), tuple(required_literal(r.pattern) for r, _, _ in raw))


def required_literal(pattern: str) -> str | None:
    """The longest run of plain characters at the top level of a regex, which every match holds
    (lower-cased; "membership" for ``(?<!eu )membership(?!…)``), or None when there is none to rely on.

    Only plain ASCII letters, digits and spaces count: their lower case is what a case-blind match
    of them finds in lower-cased text.
    """
    read = _parse(pattern)
    if read is None:
        return None
    parsed, ops = read
    best, run = "", ""
    for op, value in parsed:
        char = chr(value) if op is ops.LITERAL and isinstance(value, int) else ""
        if char and char.isascii() and (char.isalnum() or char == " "):
            run += char.lower()
            continue
        best, run = max(best, run, key=len), ""
    best = max(best, run, key=len)
    return best or None


def word_start_literal(pattern: str) -> str | None:
    """The longest run of ASCII letters and digits at the top level of a regex that every match holds at
    the start of a word (lower-cased; "for" for ``\\d+[-\\s]for[-\\s]\\d+``), or None when there is none.

    A run begins a word when the regex puts a non-word character before it (``[-\\s]``, ``\\s+``) or
    asserts there is none (``\b``, ``(?<!\\w)``): then the stem scan, which finds word starts only, can
    stand in for a search of the whole text.
    """
    read = _parse(pattern)
    if read is None:
        return None
    parsed, ops = read

    def non_word_class(items: Any) -> bool:
        return all((op is ops.CATEGORY and value in (ops.CATEGORY_SPACE, ops.CATEGORY_NOT_WORD))
                   or (op is ops.LITERAL and not (chr(value).isalnum() or chr(value) == "_"))
                   for op, value in items)

    def starts_word(op: Any, value: Any) -> bool:
        if op is ops.IN:
            return non_word_class(value)
        if op is ops.MAX_REPEAT or op is ops.MIN_REPEAT:
            low, _, body = value
            return low >= 1 and len(body) == 1 and body[0][0] is ops.IN and non_word_class(body[0][1])
        if op is ops.AT:
            return value is ops.AT_BOUNDARY
        if op is ops.ASSERT_NOT:
            direction, body = value
            return direction == -1 and list(body) == [(ops.IN, [(ops.CATEGORY, ops.CATEGORY_WORD)])]
        return False

    best, run, open_ = "", "", False
    for op, value in parsed:
        char = chr(value) if op is ops.LITERAL and isinstance(value, int) else ""
        if open_ and char and char.isascii() and char.isalnum():
            run += char.lower()
            continue
        best, run = max(best, run, key=len), ""
        # A boundary before a literal word character, or a non-word character: the next run begins a word.
        open_ = starts_word(op, value)
    best = max(best, run, key=len)
    return best or None


def _parse(pattern: str) -> tuple[list[Any], Any] | None:
    """The top-level items of a case-blind regex as ``re``'s own parser reads them, with the module that
    names their opcodes; None when that private parser is missing or fails (callers then skip their
    pre-check, which only ever saves work)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        return list(_parser.parse(pattern, re.IGNORECASE)), _parser
    except Exception:  # noqa: BLE001  (any failure just means no pre-check)
        return None


def join_patterns(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One case-insensitive alternation of the patterns, or None when they cannot be joined."""
    if len(patterns) < 2 or any(re.search(r"\\[1-9]|\(\?P=", p.pattern) for p in patterns):
        return None  # a back-reference would point at another pattern's group once joined
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)
    except re.error:
        return None


def key_stems(pattern: str) -> list[str]:
    """The stems of the most specific word of ``pattern``, one per alternative.

    Any match of the pattern has one of these stems at a word start, so a text without any of them
    cannot match: a cheap necessary condition.
    """
    best = key_token(pattern)
    if best is None:
        return []
    out: list[str] = []
    for alt in best.lower().split("|"):
        words = _WORDS.findall(alt.rstrip("~*"))
        if not words:
            continue
        # Of a multiword alternative ("the_gulf") the longest word is the most telling key.
        word = max(words, key=len)
        if alt.endswith("~") and word == alt[:-1]:
            word = _lemma_stem(word)
        out.append(word)
    return out


def key_token(pattern: str) -> str | None:
    """The token of ``pattern`` whose stems key it in the gate (see key_stems), or None when it has none."""
    tokens = [t for t in pattern.split() if not t.startswith("..") and not t.endswith("?")]
    if not tokens:
        return None
    # Not a common word of this news if avoidable, then the token whose shortest alternative is longest.
    return max(tokens, key=lambda t: (not set(t.lower().split("|")) & _COMMON,
                                      min(len(a.rstrip("~*")) for a in t.split("|") if a)))


def _fixed_start(alt: str) -> str:
    """What every match of one alternative begins with, lower-cased: an inflected lemma (``cede~``) may
    lose its last letter ("ceding", "relied"; see issue_terms.inflect_lemma), a ``*`` word only grows."""
    word = alt.lower()
    if word.endswith("~"):
        return _lemma_stem(word[:-1])
    return word.rstrip("*")


def _lemma_stem(lemma: str) -> str:
    """What every inflected form of a lemma begins with: "cede" gives "ceding", "rely" gives "relied"."""
    return lemma[:-1] if lemma.endswith(("e", "y")) else lemma


def is_anchored(pattern: str) -> bool:
    """Whether every match of a (non-"re:") pattern begins where one of its key stems begins a word.

    So it is when the key token is the pattern's first, required token and each of its alternatives
    begins with its own key stem: the stem scan's word starts are then the only places a match can
    start, and the pattern need only be tried there instead of searched for in the whole text.
    """
    tokens = pattern.split()
    if not tokens or pattern.strip().startswith("re:") or key_token(pattern) != tokens[0]:
        return False
    alts = [a for a in tokens[0].split("|") if a]
    stems = key_stems(pattern)
    return len(stems) == len(alts) and all(
        _fixed_start(alt).startswith(stem) for alt, stem in zip(alts, stems, strict=True))


def pattern_needs(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Per required token of a (non-"re:") pattern, the lower-case ASCII strings of which a match holds
    at least one (one per alternative): a cheap test on lower-cased text before the regex runs.

    A token with an alternative that offers no such string (no ASCII letters or digits) is left out.
    The key token is left out too: the gate has already found it.
    """
    if pattern.strip().startswith("re:"):
        return ()
    key = key_token(pattern)
    out: list[tuple[str, ...]] = []
    for token in pattern.split():
        if token.startswith("..") or (token.endswith("?") and len(token) > 1) or token == key:
            continue
        pieces = []
        for alt in (a for a in token.split("|") if a):
            # A run of letters and digits in a word is matched as written (hyphens and underscores
            # become optional or other separators, so runs never span them).
            runs = [r for r in _WORDS.findall(_fixed_start(alt)) if r.isascii()]
            if not runs:
                break
            pieces.append(max(runs, key=len))
        else:
            out.append(tuple(dict.fromkeys(pieces)))
    return tuple(out)
