"""The issue taxonomy: loading, validating and compiling the issues and the words that signal them."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from parley.errors import DataFileError
from parley.extract.caseless import lowering_is_caseless
from parley.extract.issue_scan import (
    KeyGate,
    StemScan,
    build_gate,
    build_stem_scan,
    is_anchored,
    key_stems,
    pattern_needs,
)
from parley.extract.issue_terms import compile_term

PACKAGED_ISSUES = "issues.yaml"
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KEYS = frozenset({"id", "label", "support", "terms", "opposite", "claims", "opposite_claims", "references"})
# Pattern kinds, in the order they are tried at one position: claims and opposites before plain
# terms, so that "sanctions relief" is read as relief (opposite) rather than as "sanctions".
TERM_KINDS: tuple[str, ...] = ("opposite_claims", "claims", "opposite", "terms")
DIRECTION: dict[str, int] = {"terms": 1, "claims": 1, "opposite": -1, "opposite_claims": -1, "references": 1}
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
    # Compiled patterns (indexes) that can only match where one of their key stems begins a word, and per
    # compiled pattern the strings its other words need (see issue_scan.is_anchored and pattern_needs).
    anchored: frozenset[int] = frozenset()
    needs: tuple[tuple[tuple[str, ...], ...], ...] = ()

    def find_references(self, text: str) -> list[TermMatch]:
        """Places where ``text`` refers back to this issue ("the plant"), for an article that named it."""
        if self.reference_pattern is None:
            return []
        return [TermMatch(self.id, "references", 1, m.group(), m.start(), m.end())
                for m in self.reference_pattern.finditer(text)]

    def find_terms(self, text: str, only: AbstractSet[int] | None = None, low: str | None = None,
                   starts: Mapping[int, list[int]] | None = None) -> list[TermMatch]:
        """Every place in ``text`` that names this issue, with the kind of pattern that fired.

        ``only`` restricts the search to those patterns (indexes into ``compiled``), as routed by the
        key gate; the result is the same as the whole-issue regex would give on those patterns.
        ``low``: ``text.lower()`` when lower-casing is caseless (see caseless.py), to skip the patterns
        whose words are missing; ``starts``: per anchored pattern, the word starts where its key stems
        begin (in text order), the only places it is tried.
        """
        if only is None:
            if self.pattern is None:
                return []
            return [TermMatch(self.id, m.lastgroup or "terms", DIRECTION[m.lastgroup or "terms"], m.group(),
                              m.start(), m.end()) for m in self.pattern.finditer(text)]
        # Scan like the issue regex would: from the end of the last match, the leftmost match wins,
        # and at one place the kind and the longer pattern that the alternation tries first.
        if low is not None and self.needs:
            needs = self.needs
            only = frozenset(n for n in only if all(any(piece in low for piece in alts) for alts in needs[n]))
            if not only:
                return []
        ranks = self.ranks or tuple(_rank(self, n) for n in range(len(self.compiled)))
        order = sorted(only, key=ranks.__getitem__)
        ranked = [self.compiled[n] for n in order]
        places = [None if starts is None else starts.get(n) for n in order]
        # Each pattern's next match from ``pos`` on: a match found from an earlier place that starts at or
        # after ``pos`` is the one a search from ``pos`` would find (lookbehinds see the whole text either
        # way), and a pattern that found nothing finds nothing later: only stale ones are searched again.
        ahead: list[re.Match[str] | None] = [
            regex.search(text) if at is None else _match_at(regex, text, at, 0)
            for (_, regex), at in zip(ranked, places, strict=True)]
        out: list[TermMatch] = []
        pos = 0
        while True:
            best: re.Match[str] | None = None
            kind = ""
            for i, m in enumerate(ahead):
                if m is not None and m.start() < pos:
                    at = places[i]
                    m = ahead[i] = ranked[i][1].search(text, pos) if at is None else _match_at(ranked[i][1], text, at, pos)
                if m is not None and (best is None or m.start() < best.start()):
                    best, kind = m, ranked[i][0]
            if best is None:
                return out
            out.append(TermMatch(self.id, kind, DIRECTION[kind], best.group(), best.start(), best.end()))
            pos = max(best.end(), pos + 1)


def _match_at(regex: re.Pattern[str], text: str, starts: list[int], pos: int) -> re.Match[str] | None:
    """``regex.search(text, pos)`` for a pattern whose matches can only begin at ``starts`` (sorted)."""
    for start in starts[bisect_left(starts, pos):]:
        m = regex.match(text, start)
        if m is not None:
            return m
    return None


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

    def read_gate(self, text: str) -> tuple[list[tuple[Issue, AbstractSet[int]]], frozenset[str]]:
        """``route(text)``, and the issues ``text`` may refer back to (a reference stem of theirs begins a
        word; none when ``may_refer(text)`` is false), from one scan of the lower-cased text."""
        read = self._scan(text)
        if read is None:
            routed: list[tuple[Issue, AbstractSet[int]]] = [*self.route(text)]
            return routed, frozenset(self.ids) if self.may_refer(text) else frozenset()
        hit, _, refers, _ = read
        issues = self.issues
        return [(issues[n], hit[n]) for n in sorted(hit)] if hit else [], refers

    def find_named(self, text: str) -> tuple[list[tuple[Issue, list[TermMatch]]], frozenset[str]]:
        """Each issue ``text`` names with its term matches (``find_terms`` on what ``read_gate`` routes),
        and the issues ``text`` may refer back to; the scan also tells where anchored patterns may start."""
        read = self._scan(text)
        if read is None:
            routed, refers = self.read_gate(text)
            return [(issue, found) for issue, patterns in routed if (found := issue.find_terms(text, patterns))], refers
        hit, places, refers, low = read
        pairs = self.stem_scan.patterns if self.stem_scan is not None else ()
        out: list[tuple[Issue, list[TermMatch]]] = []
        for n in sorted(hit):
            issue, patterns = self.issues[n], hit[n]
            anchored = issue.anchored & patterns
            starts = {k: [start for word, start in places if (n, k) in pairs[word]] for k in anchored}
            found = issue.find_terms(text, patterns, low, starts)
            if found:
                out.append((issue, found))
        return out, refers

    def _scan(self, text: str) -> tuple[dict[int, AbstractSet[int]], list[tuple[int, int]], frozenset[str], str] | None:
        """One automaton pass over the lower-cased text: issue -> patterns worth running, (string, start) of
        each word start with gate stems, the issues referable, and the lower-cased text; None when the
        scan cannot stand in for the case-blind regexes (no scan, or a text with "İ", "ı", "ſ", "K")."""
        scan = self.stem_scan
        if scan is None or not (text.isascii() or lowering_is_caseless(text)):
            return None
        low = text.lower()
        hit: dict[int, AbstractSet[int]] = {}
        places: list[tuple[int, int]] = []
        refers: frozenset[str] = frozenset()
        raw_found: frozenset[int] = frozenset()
        routes, refs, raw_starts = scan.routes, scan.refers, scan.raw_starts
        for word, start, _ in scan.words.find(low):
            # Only strings that begin a word count (see keywords.word_start_indexes; inlined: it runs per text).
            if start and ((before := low[start - 1]).isalnum() or before == "_"):
                continue
            if routes[word]:
                places.append((word, start))
                for issue, patterns in routes[word]:
                    known = hit.get(issue)
                    hit[issue] = patterns if known is None else known | patterns
            if refs[word]:
                refers = refers | refs[word]
            if raw_starts[word]:
                raw_found = raw_found | raw_starts[word]
        # A raw pattern runs only when its word-start literal begins a word, or (for the others) when the
        # literal every match of it holds occurs at all.
        raw, raw_low = self.gate.raw, scan.raw_low
        for n in raw_found:
            regex, issue, pattern = raw[n]
            if regex.search(text) if raw_low[n] is None else raw_low[n].search(low):  # type: ignore[union-attr]
                hit[issue] = hit.get(issue, frozenset()) | {pattern}
        for regex, issue, pattern, literal, on_low in scan.unscanned_raw:
            if (literal is None or literal in low) and regex.search(low if on_low else text):
                hit[issue] = hit.get(issue, frozenset()) | {pattern}
        return hit, places, refers, low

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
        """Every issue term in ``text``, issue by issue, through ``find_named`` (the stance reader's path)."""
        named, _ = self.find_named(text)
        return [m for _, found in named for m in found]

    def names_any(self, text: str) -> bool:
        return bool(self.find_terms(text))

    def get(self, issue_id: str) -> Issue | None:
        return next((i for i in self.issues if i.id == issue_id), None)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.issues)


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
    every = [p for kind in TERM_KINDS for p in lists[kind]]  # in the order of ``compiled``
    return replace(issue, ranks=tuple(_rank(issue, n) for n in range(len(compiled))),
                   anchored=frozenset(n for n, p in enumerate(every) if is_anchored(p)),
                   needs=tuple(pattern_needs(p) for p in every))


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
    gate = build_gate([[p for kind in TERM_KINDS for p in getattr(i, kind)] for i in issues])
    return IssueTaxonomy(tuple(issues), source, gate, reference_gate, lower_gate,
                         build_stem_scan(gate, {i.id: i.references for i in issues}))


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
