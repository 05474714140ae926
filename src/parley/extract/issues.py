"""The issue taxonomy: loading, validating and compiling the issues and the words that signal them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from parley.errors import DataFileError
from parley.extract.caseless import lowering_is_caseless
from parley.text.keywords import WordStarts, word_start_indexes

PACKAGED_ISSUES = "issues.yaml"
_WORDS = re.compile(r"[^\W_]+")  # words without the underscore that joins multiword alternatives
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KEYS = frozenset({"id", "label", "support", "terms", "opposite", "claims", "opposite_claims", "references"})
# Pattern kinds, in the order they are tried at one position: claims and opposites before plain
# terms, so that "sanctions relief" is read as relief (opposite) rather than as "sanctions".
TERM_KINDS: tuple[str, ...] = ("opposite_claims", "claims", "opposite", "terms")
DIRECTION: dict[str, int] = {"terms": 1, "claims": 1, "opposite": -1, "opposite_claims": -1, "references": 1}
_SEP = r"[\s\-\u2013\u2014,\"'\u201c\u201d]+"
_GAP_WORD = r"(?:[\w'\u2019.,$-]+" + _SEP + r")"
# Words too frequent in negotiation news to be a good gate key when a pattern has a rarer one.
_COMMON = frozenset("russia russian ukraine ukrainian back up new right open place meeting military talks us "
                    "of in to the a for with at from on".split())
_HINT = "fix the entry named; each issue needs id, label, support and a list of terms (see docs/positions.md)"


@dataclass(frozen=True, slots=True)
class Issue:
    """One question on the table, with the patterns that signal it, compiled into one regex."""

    id: str
    label: str
    support: str
    terms: tuple[str, ...]
    opposite: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    opposite_claims: tuple[str, ...] = ()
    # Short definite references ("the plant", "the assets") that name the issue only in an article
    # that has already named it with a term; they are not in the gate and run only in that context.
    references: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None  # all patterns in one regex, one named group per kind
    compiled: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (kind, regex) per pattern, in pattern order
    reference_pattern: re.Pattern[str] | None = None
    # Per compiled pattern, its place in the issue regex's alternation: (kind's rank, longer first, index).
    ranks: tuple[tuple[int, int, int], ...] = ()

    def find_references(self, text: str) -> list[TermMatch]:
        """Places where ``text`` refers back to this issue ("the plant"), for an article that named it."""
        if self.reference_pattern is None:
            return []
        return [TermMatch(self.id, "references", 1, m.group(), m.start(), m.end())
                for m in self.reference_pattern.finditer(text)]

    def find_terms(self, text: str, only: set[int] | None = None) -> list[TermMatch]:
        """Every place in ``text`` that names this issue, with the kind of pattern that fired.

        ``only`` restricts the search to those patterns (indexes into ``compiled``), as routed by the
        key gate; the result is the same as the whole-issue regex would give on those patterns.
        """
        if only is None:
            if self.pattern is None:
                return []
            return [TermMatch(self.id, m.lastgroup or "terms", DIRECTION[m.lastgroup or "terms"], m.group(),
                              m.start(), m.end()) for m in self.pattern.finditer(text)]
        # Scan like the issue regex would: from the end of the last match, the leftmost match wins,
        # and at one place the kind and the longer pattern that the alternation tries first.
        ranks = self.ranks or tuple(_rank(self, n) for n in range(len(self.compiled)))
        ranked = [self.compiled[n] for n in sorted(only, key=ranks.__getitem__)]
        # Each pattern's next match from ``pos`` on: a match found from an earlier place that starts at or
        # after ``pos`` is the one a search from ``pos`` would find (lookbehinds see the whole text either
        # way), and a pattern that found nothing finds nothing later: only stale ones are searched again.
        ahead: list[re.Match[str] | None] = [regex.search(text) for _, regex in ranked]
        out: list[TermMatch] = []
        pos = 0
        while True:
            best: re.Match[str] | None = None
            kind = ""
            for i, m in enumerate(ahead):
                if m is not None and m.start() < pos:
                    m = ahead[i] = ranked[i][1].search(text, pos)
                if m is not None and (best is None or m.start() < best.start()):
                    best, kind = m, ranked[i][0]
            if best is None:
                return out
            out.append(TermMatch(self.id, kind, DIRECTION[kind], best.group(), best.start(), best.end()))
            pos = max(best.end(), pos + 1)


def _rank(issue: Issue, n: int) -> tuple[int, int, int]:
    """Where compiled pattern ``n`` stands in the issue regex: kinds in TERM_KINDS order, longer first."""
    kind = issue.compiled[n][0]
    return TERM_KINDS.index(kind), -len(getattr(issue, kind)[_kind_index(issue, n)]), n


def _kind_index(issue: Issue, n: int) -> int:
    """Position of compiled pattern ``n`` within its kind's list."""
    kind = issue.compiled[n][0]
    return n - next(i for i, (k, _) in enumerate(issue.compiled) if k == kind)


@dataclass(frozen=True, slots=True)
class TermMatch:
    """Where an issue pattern fired: the kind of pattern (terms, opposite, claims...) and its offsets."""

    issue: str
    kind: str
    direction: int  # +1: naming the issue itself; -1: naming its opposite
    text: str
    start: int
    end: int


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
    # (see word_start_literal) begins it; ``scanned_raw``: the patterns that have such a literal.
    raw_starts: tuple[frozenset[int], ...] = ()
    scanned_raw: frozenset[int] = frozenset()
    # The other "re:" patterns, with the literal every match holds somewhere (None: always searched).
    unscanned_raw: tuple[tuple[re.Pattern[str], int, int, str | None], ...] = ()


def build_stem_scan(gate: KeyGate, issues: list[Issue]) -> StemScan | None:
    """The one-pass scan of ``gate``'s stems and the issues' reference stems, or None when a reference
    stem is not plain ASCII (the case-blind reference regex then has no lower-case stand-in)."""
    referring: dict[str, set[str]] = {}
    for issue in issues:
        for stem in (s for p in issue.references for s in key_stems(p)):
            referring.setdefault(stem.lower(), set()).add(issue.id)
    if not gate.patterns_of or not all(s.isascii() for s in referring):
        return None
    gate_stems = sorted(gate.patterns_of, key=len, reverse=True)
    raw_literals = {n: lit for n, (regex, _, _) in enumerate(gate.raw)
                    if (lit := word_start_literal(regex.pattern)) is not None}
    words = WordStarts([*gate_stems, *referring, *raw_literals.values()])
    patterns = []
    for word in words.words:
        # The longest gate stem that begins the word already stands for the shorter ones (see build_gate).
        longest = next((stem for stem in gate_stems if word.startswith(stem)), None)
        patterns.append(gate.patterns_of[longest] if longest is not None else frozenset())
    refers = tuple(frozenset().union(*(ids for stem, ids in referring.items() if word.startswith(stem)))
                   for word in words.words)
    raw_starts = tuple(frozenset(n for n, lit in raw_literals.items() if word.startswith(lit)) for word in words.words)
    unscanned = tuple((regex, issue, pattern, gate.raw_literals[n] if gate.raw_literals else None)
                      for n, (regex, issue, pattern) in enumerate(gate.raw) if n not in raw_literals)
    return StemScan(words, tuple(patterns), refers, raw_starts, frozenset(raw_literals), unscanned)


def _fold_stem(word: str) -> str:
    """A stem as the case-blind regex matched it, in the lower case the gate keys it by.

    "İstanbul" lower-cases to nine characters ("i" plus a combining dot) while the regex matched it
    as "istanbul": each character's first lower-case character is the one the regex compared.
    """
    low = word.lower()
    return low if len(low) == len(word) else "".join(ch.lower()[:1] for ch in word)


@dataclass(frozen=True, slots=True)
class IssueTaxonomy:
    """The issues in force, plus the key-word gate that tells cheaply which issues a text may name."""

    issues: tuple[Issue, ...]
    source: str
    gate: KeyGate
    # The key stems of every reference pattern: a text without one refers back to no issue.
    reference_gate: re.Pattern[str] | None = None
    # The same without IGNORECASE, for lower-cased text (a case-blind search costs about twice a plain one).
    reference_gate_lower: re.Pattern[str] | None = None

    # The gate's stems and the reference stems in one automaton (None when a reference stem is not ASCII).
    stem_scan: StemScan | None = None

    def read_gate(self, text: str) -> tuple[list[tuple[Issue, set[int]]], frozenset[str]]:
        """``route(text)``, and the issues ``text`` may refer back to (a reference stem of theirs begins a
        word; none when ``may_refer(text)`` is false), from one scan of the lower-cased text."""
        scan = self.stem_scan
        if scan is None or not (text.isascii() or lowering_is_caseless(text)):
            return self.route(text), frozenset(self.ids) if self.may_refer(text) else frozenset()
        low = text.lower()
        hit: dict[int, set[int]] = {}
        refers: frozenset[str] = frozenset()
        raw_found: frozenset[int] = frozenset()
        patterns, refs, raw_starts = scan.patterns, scan.refers, scan.raw_starts
        for word in word_start_indexes(scan.words, low):
            for issue, pattern in patterns[word]:
                if issue in hit:
                    hit[issue].add(pattern)
                else:
                    hit[issue] = {pattern}
            if refs[word]:
                refers = refers | refs[word]
            if raw_starts[word]:
                raw_found = raw_found | raw_starts[word]
        # A raw pattern runs only when its word-start literal begins a word, or (for the others) when the
        # literal every match of it holds occurs at all.
        raw = self.gate.raw
        for n in raw_found:
            regex, issue, pattern = raw[n]
            if regex.search(text):
                hit.setdefault(issue, set()).add(pattern)
        for regex, issue, pattern, literal in scan.unscanned_raw:
            if (literal is None or literal in low) and regex.search(text):
                hit.setdefault(issue, set()).add(pattern)
        issues = self.issues
        return [(issues[n], hit[n]) for n in sorted(hit)] if hit else [], refers

    def may_refer(self, text: str) -> bool:
        """Whether a reference stem begins a word of ``text`` (a text without one refers to no issue)."""
        if self.reference_gate is None:
            return False
        if self.reference_gate_lower is not None and lowering_is_caseless(text):
            return self.reference_gate_lower.search(text.lower()) is not None
        return self.reference_gate.search(text) is not None

    def route(self, text: str) -> list[tuple[Issue, set[int]]]:
        """The issues whose key words occur in ``text``, each with the patterns worth running."""
        return [(self.issues[n], patterns) for n, patterns in sorted(self.gate.patterns_in(text).items())]

    def find_terms(self, text: str) -> list[TermMatch]:
        """Every issue term in ``text``, through the gate (the fast path the stance reader uses)."""
        return [m for issue, patterns in self.route(text) for m in issue.find_terms(text, patterns)]

    def names_any(self, text: str) -> bool:
        return bool(self.find_terms(text))

    def get(self, issue_id: str) -> Issue | None:
        return next((i for i in self.issues if i.id == issue_id), None)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.issues)


def inflect_lemma(word: str) -> list[str]:
    """Regular English inflections of a verb or noun lemma: cede -> cedes, ceded, ceding."""
    forms = {word, word + "s", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
        forms.discard(word + "ed")
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    # Short consonant-vowel-consonant words double their last letter: ban -> banned, banning.
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", word) and len(word) <= 4:
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return sorted(forms, key=len, reverse=True)


def compile_alternative(alt: str) -> str:
    """One alternative of a token (``cede~``, ``sanction*``, ``cease-fire``) as a regex fragment."""
    if alt.endswith("~"):
        return "(?:" + "|".join(_escape_word(f) for f in inflect_lemma(alt[:-1])) + ")"
    if alt.endswith("*"):
        return _escape_word(alt[:-1]) + r"[\w'\u2019-]*"
    return _escape_word(alt)


def _escape_word(word: str) -> str:
    # An underscore joins the words of a multiword alternative ("armed_forces"); a hyphen matches a
    # hyphen, a space or nothing: cease-fire, cease fire, ceasefire.
    words = [r"[-\s]?".join(re.escape(p) for p in w.split("-")) for w in word.split("_")]
    return r"\s+".join(words)


def compile_term(pattern: str) -> str:
    """A taxonomy pattern (see the header of issues.yaml) as a regex fragment."""
    pattern = pattern.strip()
    if pattern.startswith("re:"):
        re.compile(pattern[3:])  # raises re.error on a bad regex, reported by the loader
        return "(?:" + pattern[3:] + ")"
    pieces: list[str] = []
    pending_sep = False
    for token in pattern.split():
        gap = re.fullmatch(r"\.\.(\d*)", token)
        if gap:
            n = int(gap.group(1) or 3)
            pieces.append(_SEP + _GAP_WORD + "{0," + str(n) + "}?")
            pending_sep = False
            continue
        optional = token.endswith("?") and len(token) > 1
        body = token[:-1] if optional else token
        alts = "(?:" + "|".join(compile_alternative(a) for a in body.split("|") if a) + ")"
        if pieces and pending_sep:
            pieces.append("(?:" + _SEP + alts + ")?" if optional else _SEP + alts)
            pending_sep = True
        elif optional:
            # A leading optional word carries its own separator, so the next word needs none.
            pieces.append("(?:" + alts + _SEP + ")?")
            pending_sep = False
        else:
            pieces.append(alts)
            pending_sep = True
    if not pieces:
        raise ValueError("empty pattern")
    # Whole words only; a hyphen may follow ("Article 5-style") but not precede ("pro-NATO" is fine too).
    return r"(?<!\w)" + "".join(pieces) + r"(?!\w)"


def compile_issue_pattern(issue: Issue) -> re.Pattern[str]:
    """One regex per issue, one named group per kind of pattern (longest patterns first)."""
    groups = []
    for kind in TERM_KINDS:
        patterns = sorted(getattr(issue, kind), key=len, reverse=True)
        if patterns:
            groups.append(f"(?P<{kind}>" + "|".join(compile_term(p) for p in patterns) + ")")
    return re.compile("|".join(groups), re.IGNORECASE)


def parse_issue(raw: Any, where: str) -> Issue:
    """Validate one entry of a taxonomy file and compile it; raise DataFileError saying what to fix."""
    if not isinstance(raw, dict):
        raise DataFileError("an issue must be a mapping with id, label, support, terms", where=where, hint=_HINT)
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise DataFileError(f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_KEYS))}",
                            where=where, hint=_HINT)
    for key in ("id", "label", "support"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise DataFileError(f"'{key}' is missing or not a text", where=where, hint=_HINT)
    if not _ID.match(raw["id"]):
        raise DataFileError(f"id {raw['id']!r} must be lowercase words joined by hyphens", where=where, hint=_HINT)
    lists: dict[str, tuple[str, ...]] = {}
    for kind in TERM_KINDS:
        value = raw.get(kind) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise DataFileError(f"'{kind}' must be a list of non-empty patterns", where=where, hint=_HINT)
        lists[kind] = tuple(value)
    references = raw.get("references") or []
    if not isinstance(references, list) or not all(isinstance(v, str) and v.strip() for v in references):
        raise DataFileError("'references' must be a list of non-empty patterns", where=where, hint=_HINT)
    if not lists["terms"] and not lists["claims"]:
        raise DataFileError("the issue has no terms: add at least one pattern under 'terms'", where=where,
                            hint=_HINT)
    for kind, patterns in [*lists.items(), ("references", tuple(references))]:
        for p in patterns:
            try:
                re.compile(compile_term(p))
            except (re.error, ValueError) as exc:
                raise DataFileError(f"bad pattern {p!r} under '{kind}': {exc}", where=where, hint=_HINT) from None
    issue = Issue(raw["id"], raw["label"].strip(), raw["support"].strip(), **lists)  # type: ignore[arg-type]
    compiled = tuple((kind, re.compile(compile_term(p), re.IGNORECASE)) for kind in TERM_KINDS for p in lists[kind])
    reference_pattern = (re.compile("|".join(compile_term(p) for p in references), re.IGNORECASE)
                         if references else None)
    issue = Issue(issue.id, issue.label, issue.support, **lists, references=tuple(references),  # type: ignore[arg-type]
                  pattern=compile_issue_pattern(issue), compiled=compiled, reference_pattern=reference_pattern)
    return replace(issue, ranks=tuple(_rank(issue, n) for n in range(len(compiled))))


def parse_taxonomy(data: Any, source: str) -> IssueTaxonomy:
    """Validate a whole taxonomy document (already read from YAML)."""
    if not isinstance(data, dict) or not isinstance(data.get("issues"), list) or not data["issues"]:
        raise DataFileError("the file must be a mapping with a non-empty list under 'issues'", where=source,
                            hint=_HINT)
    issues: list[Issue] = []
    seen: set[str] = set()
    for n, raw in enumerate(data["issues"], 1):
        label = raw.get("id") if isinstance(raw, dict) else None
        issue = parse_issue(raw, f"{source}: issue #{n}" + (f" ({label})" if label else ""))
        if issue.id in seen:
            raise DataFileError(f"duplicate issue id {issue.id!r}", where=f"{source}: issue #{n}", hint=_HINT)
        seen.add(issue.id)
        issues.append(issue)
    stems = sorted({stem for i in issues for p in i.references for stem in key_stems(p)}, key=len, reverse=True)
    reference_gate = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, stems)) + ")", re.IGNORECASE) if stems else None
    lower_gate = (re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s.lower()) for s in stems) + ")")
                  if stems and all(s.isascii() for s in stems) else None)
    gate = build_gate(issues)
    return IssueTaxonomy(tuple(issues), source, gate, reference_gate, lower_gate,
                         build_stem_scan(gate, issues))




def build_gate(issues: list[Issue]) -> KeyGate:
    """The key-stem gate for these issues (see KeyGate)."""
    owners: dict[str, set[tuple[int, int]]] = {}
    raw: list[tuple[re.Pattern[str], int, int]] = []
    for n, issue in enumerate(issues):
        for k, pattern in enumerate(p for kind in TERM_KINDS for p in getattr(issue, kind)):
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
    try:
        from re import _parser  # type: ignore[attr-defined]  # re's own parser; if absent, no pre-check

        parsed = _parser.parse(pattern, re.IGNORECASE)
        literal_op = _parser.LITERAL
    except Exception:  # noqa: BLE001  (any failure just means no pre-check)
        return None
    best, run = "", ""
    for op, value in parsed:
        char = chr(value) if op is literal_op and isinstance(value, int) else ""
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
    try:
        from re import _parser  # type: ignore[attr-defined]  # re's own parser; if absent, no pre-check

        parsed = list(_parser.parse(pattern, re.IGNORECASE))
        ops = _parser
    except Exception:  # noqa: BLE001  (any failure just means no pre-check)
        return None

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
    tokens = [t for t in pattern.split() if not t.startswith("..") and not t.endswith("?")]
    if not tokens:
        return []
    # Not a common word of this news if avoidable, then the token whose shortest alternative is longest.
    best = max(tokens, key=lambda t: (not set(t.lower().split("|")) & _COMMON,
                                      min(len(a.rstrip("~*")) for a in t.split("|") if a)))
    out: list[str] = []
    for alt in best.lower().split("|"):
        words = _WORDS.findall(alt.rstrip("~*"))
        if not words:
            continue
        # Of a multiword alternative ("the_gulf") the longest word is the most telling key.
        word = max(words, key=len)
        if alt.endswith("~") and word == alt[:-1] and word.endswith(("e", "y")):
            word = word[:-1]  # cede~ also gives "ceding", rely~ gives "relied"
        out.append(word)
    return out


def load_issues(path: str | Path | None = None) -> IssueTaxonomy:
    """The packaged taxonomy, or a user's taxonomy file that replaces it."""
    if path is None:
        return _load_packaged()
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"cannot read the issue file: {exc.strerror}", where=str(file),
                            hint="check the path given with --issues or PARLEY_ISSUES") from None
    return _parse_yaml(text, str(file))


@lru_cache(maxsize=1)
def _load_packaged() -> IssueTaxonomy:
    text = resources.files("parley.extract").joinpath("data", PACKAGED_ISSUES).read_text(encoding="utf-8")
    return _parse_yaml(text, f"parley/extract/data/{PACKAGED_ISSUES}")


def _parse_yaml(text: str, source: str) -> IssueTaxonomy:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise DataFileError(f"not valid YAML{at}", where=source, hint=_HINT) from None
    return parse_taxonomy(data, source)
