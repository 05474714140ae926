"""Stance detection: which issues a text speaks to and which side it takes, with the rule that decided."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from parley.extract.issues import IssueTaxonomy, TermMatch, load_issues
from parley.extract.stance_scope import (
    CONDITION as _CONDITION,
)
from parley.extract.stance_scope import (
    DEMAND as _DEMAND,
)
from parley.extract.stance_scope import (
    NEW_PREDICATE as _NEW_PREDICATE,
)
from parley.extract.stance_scope import (
    NOT_WITHOUT as _NOT_WITHOUT,
)
from parley.extract.stance_scope import (
    PERSIST as _PERSIST,
)
from parley.extract.stance_scope import (
    find_clause,
    is_attributive_hedge,
    is_interpretive,
    meeting_adjunct,
    required_of,
    than_after,
    than_before,
)
from parley.model import Stance

# Cue words. Polarity +1 takes the side of what follows ("we insist on X"), -1 the other side
# ("X is unacceptable"), 0 speaks of it without a side ("X was discussed"). Written as regexes on
# whole words; inflections are spelt out so that the lexicon stays readable.
_SUPPORT = (
    r"welcom\w*|support(?:s|ed|ing)?|back(?:s|ed|ing)|endors\w*|call(?:s|ed|ing)?\s+(?:for|on)"
    r"|urg(?:e|es|ed|ing)|demand\w*|insist\w*|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for"
    r"|advocat\w*|favou?r(?:s|ed|ing)?|in\s+favou?r\s+of|ready|willing|prepared\s+to|agree(?:s|d|ing)?"
    r"|accept(?:s|ed|ing)?|propos\w*|offer\w*|seek\w*|sought|want\w*|wish(?:es|ed)?|would\s+like"
    r"|need(?:s|ed)?\s+to|needs?|must|should|ought\s+to|ha(?:ve|s|d)\s+to|essential|crucial|vital"
    r"|necessary|imperative|priority|goals?|aims?|committed\s+to|determined\s+to|hop(?:e|es|ed|ing)\s+for"
    r"|open\s+to|plan(?:s|ned|ning)?\s+to|pledg\w*|promis\w*|vow\w*|approv\w*|allow\w*|fight(?:s|ing)?\s+for"
    r"|keep(?:s|ing)?|kept|maintain\w*|continu\w*|honou?red|irreversible|suitable|appropriate"
    r"|the\s+only\s+way|first\s+step|open\s+the\s+door|pave\s+the\s+way|on\s+the\s+table|(?:be\s+)?possible"
    r"|deterrent|use(?:d)?\s+(?:for|to)|invit\w*|reasonable|justified|backers?|champion\w*"
    r"|(?:act|serve)(?:s|d|ed|ing)?\s+as|provid(?:e|es|ed|ing)"
)
_OPPOSE = (
    r"unacceptable|inacceptable|reject\w*|rul(?:e|es|ed|ing)\s+out|out\s+of\s+the\s+question"
    r"|no\s+question\s+of|red\s+lines?|oppos\w*|refus\w*|against|dismiss\w*|impossible|non-starter"
    r"|off\s+the\s+table|condemn\w*|denounc\w*|criticis\w*|criticiz\w*|warn\w*\s+against|block\w*|veto\w*"
    r"|theft|steal\w*|robbery|illegal|unlawful|absurd|nonsense|unrealistic|provocat\w*|dangerous|reckless"
    r"|mistake|counterproductive|premature|objection\w*|object(?:s|ed)?\s+to|resist\w*|retaliat\w*"
    r"|inappropriate|unsuitable|suicidal|rewarding\s+aggression|reward\s+for\s+aggression|regroup|rearm|breather"
    r"|sue|occupation|legitimate\s+targets?|not\s+up\s+for\s+negotiation|never|irresponsible"
    r"|unfriendly(?:\s+act)?|hostile\s+act|prevail\w*\s+over"
)
# Judgements that only count after the term, as what is said of it: "X would be a direct threat",
# "X is the best guarantee"; before a term they describe rather than judge ("the threat of sanctions").
_POST_OPPOSE = (r"(?:direct\s+)?threat|(?:uncontrollable\s+)?escalation"
                r"|(?:meet|be\s+met\s+with)\s+an?\s+(?:\w+\s+)?response")
_POST_SUPPORT = r"(?:the\s+)?(?:best|most\s+(?:dependable|reliable|effective)|only\s+real|surest)\s+guarantee"
_NEUTRAL = (
    r"discuss\w*|talk(?:s|ed|ing)?\s+about|rais(?:e|es|ed|ing)|asked\s+about|under\s+discussion"
    r"|on\s+the\s+agenda|expected\s+to|too\s+early|not\s+(?:yet\s+)?(?:been\s+)?decided|declined\s+to\s+comment"
    r"|consult\w*|stud(?:y|ies|ying)|no\s+consensus|not\s+reached\s+a\s+consensus"
    # "had not yet found wording on territory": nothing settled yet, no side taken
    r"|(?:not|n't)\s+yet"

)
_CONSIDER = r"(?:would|could|might|will|to)\s+consider|considering"
_CUES = re.compile(
    rf"(?<![\w-])(?:(?P<neutral>{_NEUTRAL})|(?P<consider>{_CONSIDER})|(?P<post_support>{_POST_SUPPORT})"
    rf"|(?P<post_oppose>{_POST_OPPOSE})|(?P<oppose>{_OPPOSE})|(?P<support>{_SUPPORT}))(?![\w-])",
    re.IGNORECASE,
)
# The same pattern, case-sensitive, for lower-cased text: a case-blind search of this alternation costs
# about twice a plain one. Used only while the pattern has no upper-case letter (no \\W, \\S, ...).
_CUES_LOW = re.compile(_CUES.pattern) if not re.search(r"[A-Z]", _CUES.pattern.replace("(?P<", "")) else None


@lru_cache(maxsize=16)
def lower_same_length(text: str) -> str | None:
    """``text.lower()``, or None when lower-casing changes its length ("İ"), so offsets would shift."""
    low = text.lower()
    return low if len(low) == len(text) else None


_NEGATOR = re.compile(
    r"(?<![\w-])(?:not|n't|never|no|nor|neither|nothing|without|hardly|cannot|lack\w*|rather\s+than|instead\s+of)(?![\w-])"
    r"|n't(?![\w-])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'\u2019-]+")
CUE_WINDOW = 3  # words before a cue that may negate it
ADJUNCT_RULE = "adjunct"  # rule of a term that only dates its clause; such readings are dropped
# Cues that are prepositions after a term describe it rather than judge it: "sanctions against Russia".
_PREPOSITIONS = frozenset({"against"})
TERM_WINDOW = 6  # words before a term that may negate it
AFTER_WINDOW = 7  # words after a term within which an evaluating cue ("... is unacceptable") counts
# The term's own predicate may come later: "Any troops from NATO countries, whatever flag they fly, are
# unacceptable". After a verb of being or a modal, a cue up to this many words after the term counts,
# and it outranks a nearer participle ("a truce in the form agreed in Jeddah would only let ... regroup").
PREDICATE_WINDOW = 14
_PREDICATE = re.compile(
    r"(?<![\w-])(?:is|are|was|were|be|been|would|will|could|can|should|must|may|might|remain(?:s|ed)?"
    r"|amounts?\s+to|amounted\s+to)(?![\w-])",
    re.IGNORECASE,
)
# Only quote marks and spaces before a condition that opens its clause ("If X, Y").
_FRONTED = re.compile(r"(?:.*(?:\bthat|,))?[\s\"'\u201c\u201d\u00ab\u00bb]*", re.DOTALL)
_PLAN = re.compile(r"plans?\s+to")
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|any|such|these|those|their|its|his|her|our|your|new)|\b[A-Z]\w*(?:an|ish|ese|ch|ern))\s+$")
_ASIDE = re.compile(r"\s+[\w'-]+,")
_CAUSATIVE = re.compile(r"allow\w*|let", re.IGNORECASE)
# Modal cues negated by the word after them: "must not", "should not".
_MODAL_NOT = re.compile(r"\s+(?:not|never)\b|n't\b", re.IGNORECASE)
_MODALS = frozenset({"must", "should", "ought to", "need to", "needs to"})

CONFIDENCE: dict[str, float] = {
    "condition": 0.75, "condition-content": 0.7, "cue": 0.8, "statement-cue": 0.65, "claim": 0.7,
    "negation": 0.7, "neutral": 0.5,
}


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word found in a clause: its polarity (+1, -1, 0, or None for 'would consider')."""

    text: str
    start: int
    end: int
    polarity: int | None
    negated: bool = False
    negator_span: tuple[int, int] | None = None
    after_only: bool = False  # a judgement that counts only after the term ("... a direct threat")

    @property
    def effective(self) -> int | None:
        if self.polarity is None:
            return None
        return -self.polarity if self.negated else self.polarity


@dataclass(frozen=True, slots=True)
class IssueStance:
    """One issue a text speaks to, the stance taken, and why (rule, deciding cue, the term that fired)."""

    issue: str
    stance: Stance
    rule: str
    cue: str | None
    term: str
    term_kind: str
    start: int
    end: int
    confidence: float


_POLARITY: dict[str, int | None] = {"support": 1, "oppose": -1, "neutral": 0, "consider": None,
                                    "post_support": 1, "post_oppose": -1}


def find_cues(text: str, start: int, end: int, skip: tuple[int, int] | None = None) -> list[Cue]:
    """Cue words in ``text[start:end]`` (outside the span ``skip``), each marked negated or not."""
    cues: list[Cue] = []
    low = lower_same_length(text) if _CUES_LOW is not None else None
    # Offsets found in the lower-cased text are the text's own (same length); words are read from the text.
    pattern, haystack = (_CUES_LOW, low) if _CUES_LOW is not None and low is not None else (_CUES, text)
    for m in pattern.finditer(haystack, start, end):
        if skip and m.start() < skip[1] and skip[0] < m.end():
            continue
        kind = m.lastgroup
        polarity = _POLARITY[kind or "neutral"]
        word = m.group().lower()
        if word == "never":
            # "never" negates the cue after it; it is a cue of its own only when none follows.
            following = pattern.search(haystack, m.end(), min(end, m.end() + 40))
            if following and following.group().lower() != "never":
                continue
        if _PLAN.fullmatch(word) and _NOUN_BEFORE.search(text, max(start, m.start() - 30), m.start()):
            continue  # "European plans to seize ..." names someone's plan; it backs nothing
        negator = find_negator(text, max(start, _window_start(text, m.start(), CUE_WINDOW, start)), m.start())
        if word in {"no question of", "never"}:
            negator = None
        if word in _MODALS and is_interpretive(text, m.end()):
            continue  # "should not be read as a concession": how to understand it, no side on it
        if word in _MODALS and negator is None:
            after = _MODAL_NOT.match(text, m.end())
            if after:
                negator = (after.start(), after.end())
        cues.append(Cue(text[m.start() : m.end()], m.start(), m.end(), polarity, negator is not None, negator,
                        after_only=bool(kind and kind.startswith("post"))))
    return cues


def _window_start(text: str, pos: int, words: int, floor: int) -> int:
    """Offset where the ``words`` words before ``pos`` begin (not before ``floor``)."""
    found = list(_WORD.finditer(text, floor, pos))
    return found[-words].start() if len(found) >= words else floor


def _window_end(text: str, pos: int, words: int, ceiling: int) -> int:
    """Offset where the ``words`` words after ``pos`` end (not after ``ceiling``)."""
    found = list(_WORD.finditer(text, pos, ceiling))
    return found[words - 1].end() if len(found) >= words else ceiling


def find_negator(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The last negating word in ``text[start:end]``, if any."""
    last = None
    for m in _NEGATOR.finditer(text, start, end):
        last = (m.start(), m.end())
    return last


def count_negators(text: str, start: int, end: int, consumed: list[tuple[int, int]]) -> list[str]:
    """Negating words in a window that no cue has already used up."""
    out = []
    for m in _NEGATOR.finditer(text, start, end):
        if any(m.start() < c[1] and c[0] < m.end() for c in consumed):
            continue
        if _ASIDE.match(text, m.end()) and text[max(0, m.start() - 2) : m.start()] == ", ":
            continue  # a correction set off by commas ("increased, not reduced, with ...") negates its word only
        out.append(m.group().lower())
    return out


def read_stance(text: str, match: TermMatch, statement_cue: str | None = None) -> IssueStance:
    """The stance ``text`` takes on the issue named at ``match``, by the first rule that applies."""
    cs, ce = find_clause(text, match.start, match.end)
    span = (match.start, match.end)

    def made(stance: Stance, rule: str, cue: str | None, kind: str) -> IssueStance:
        return IssueStance(match.issue, stance, rule, cue, match.text, match.kind, match.start, match.end,
                           CONFIDENCE[kind])

    # 1. Conditions: a term inside "only if ..." is what the speaker asks for; a term in the clause
    #    the condition governs is accepted only on that condition.
    for cond in _CONDITION.finditer(text, cs, ce):
        if cond.end() <= match.start:
            if _FRONTED.fullmatch(text, cs, cond.start()) and "," in text[cond.end() : match.start]:
                # "If a peace is reached, there is no need for troops": the term is in the main
                # clause, which holds only on that condition.
                return made("conditional", f"condition:{cond.group().lower()}", cond.group(), "condition")
            return made(to_stance(match.direction), f"condition-content:{cond.group().lower()}", cond.group(),
                        "condition-content")
    cond_after = _CONDITION.search(text, match.end, ce)
    cues = [c for c in find_cues(text, cs, ce, skip=span)
            if not (c.end <= match.start and is_attributive_hedge(text, c.start, c.end, match.start))]
    # "after eight hours of talks in Jeddah": a meeting that only dates the clause is no reading at all.
    when = meeting_adjunct(text, match.text, match.start, cs)
    if when >= 0 and not any(when < c.start < match.start for c in cues):
        return made("neutral", f"{ADJUNCT_RULE}:{text[when:when + 6].split()[0].lower()}", None, "neutral")
    # "any ceasefire must address …": whatever comes must meet the speaker's terms.
    modal = None if cond_after else required_of(text, match.start, match.end, ce)
    if modal is not None:
        return made("conditional", f"condition:any-{modal}", modal, "condition")
    consider = next((c for c in cues if c.polarity is None and not c.negated), None)
    if cond_after and cond_after.group().lower() == "until" and (
        _PERSIST.search(text, cs, cond_after.start()) and not find_negator(text, cs, cond_after.start())
    ):
        return made(to_stance(match.direction), "condition-until:lasting", cond_after.group(), "cue")
    if cond_after and not consider:
        demand = next((c for c in cues if c.end <= match.start and c.effective == 1 and _DEMAND.match(c.text)), None)
        if demand is None and statement_cue and _DEMAND.match(statement_cue) and not any(
            c.end <= match.start and c.effective for c in cues
        ):
            said = find_cues(statement_cue, 0, len(statement_cue))
            demand = next((c for c in said if c.effective == 1), None)
        if demand:
            return made(to_stance(match.direction), f"cue:{demand.text.lower()}+trigger:{cond_after.group().lower()}",
                        demand.text, "cue")
    without = None if cond_after or consider else _NOT_WITHOUT.search(text, match.end, ce)
    if cond_after or consider or without:
        marker = cond_after.group() if cond_after else consider.text if consider else "not without"
        return made("conditional", f"condition:{marker.lower()}", marker, "condition")

    # 2. Negation right before the term: "no ceasefire", "without guarantees"; two cancel out.
    consumed = [c.negator_span for c in cues if c.negated and c.negator_span]
    consumed += [(c.start, c.end) for c in cues]
    window = _window_start(text, match.start, TERM_WINDOW, cs)
    negators = count_negators(text, window, match.start, consumed)
    term_sign = -1 if len(negators) % 2 else 1
    neg_rule = ""
    if negators:
        neg_rule = "+double-negation" if term_sign == 1 else f"+negated-term:{negators[-1]}"
        if term_sign == -1 and negators[-1] == "not" and re.match(r"[^.;]{0,60}\bbut\b", text[match.end :]):
            neg_rule = "+contrast:not-x-but-y"

    # 3. Cues before the term compose ("rejected calls for" = -1 x +1); if none, an evaluating cue
    #    after it ("... would be unacceptable") decides.
    # A cue that only speaks of the issue ("discuss") governs the cues between it and the term:
    # "to discuss a possible force" is neutral, "ready to discuss a swap" is not.
    last_neutral = max((c.end for c in cues if c.polarity == 0 and c.end <= match.start), default=cs)
    # A second predicate joined by "and" has cues of its own: "refused to hold elections and was running
    # a country without a mandate" does not refuse the mandate.
    joint = max((m.end() for m in _NEW_PREDICATE.finditer(text, cs, match.start)), default=cs)
    # "a better guarantee than promises of foreign troops": the term after "than" is the lesser choice.
    than = than_before(text, cs, match.start)
    if than >= 0:
        joint = max(joint, than)
        term_sign = -term_sign
        neg_rule += "+contrast:than"
    before = [c for c in cues if c.end <= match.start and c.effective and not c.after_only
              and not (c.start >= last_neutral > cs) and c.start >= joint]
    after = find_after_cues(text, match.end, than_after(text, match.end, ce), cues)
    if not before and any(c.polarity == 0 and c.end <= match.start for c in cues):
        after = []
    deciding = before or after[:1]
    if deciding:
        polarity = 1
        for c in deciding:
            polarity *= c.effective or 1
        words = "+".join(("not " if c.negated else "") + c.text.lower() for c in deciding)
        stance = to_stance(polarity * term_sign * match.direction)
        return made(stance, f"cue:{words}{neg_rule}", deciding[-1].text, "cue")
    if negators:
        stance = to_stance(term_sign * match.direction)
        return made(stance, neg_rule.lstrip("+"), negators[-1], "negation")
    if match.kind.endswith("claims"):
        return made(to_stance(match.direction), f"claim:{match.kind}", None, "claim")
    if statement_cue and not any(c.polarity == 0 for c in cues):
        said = [c for c in find_cues(statement_cue, 0, len(statement_cue)) if c.effective]
        if said:
            polarity = said[-1].effective or 1
            return made(to_stance(polarity * match.direction), f"statement-cue:{said[-1].text.lower()}",
                        said[-1].text, "statement-cue")
    neutral_cue = next((c.text for c in cues if c.polarity == 0), None)
    return made("neutral", f"neutral:{neutral_cue.lower()}" if neutral_cue else "neutral:no-cue", neutral_cue,
                "neutral")


def find_after_cues(text: str, term_end: int, clause_end: int, cues: list[Cue]) -> list[Cue]:
    """Evaluating cues after the term, the term's predicate first ("X ... would be unacceptable")."""
    near = _window_end(text, term_end, AFTER_WINDOW, clause_end)
    far = _window_end(text, term_end, PREDICATE_WINDOW, clause_end)
    usable = [c for c in cues if term_end <= c.start < far and c.effective and c.text.lower() not in _PREPOSITIONS]
    verb = _PREDICATE.search(text, term_end, far)
    if verb:
        first = next((c for c in cues if c.start >= verb.start() and c.start < far and c.polarity is not None), None)
        if first is not None and first.polarity == 0:
            return []  # "the limits proposed ... were still under discussion"
        predicate = [c for c in usable if c.start >= verb.start()]
        # "would only allow Ukraine to regroup": what is allowed is the judgement.
        if len(predicate) > 1 and _CAUSATIVE.fullmatch(predicate[0].text):
            predicate = predicate[1:]
        if predicate:
            return predicate
    return [c for c in usable if c.start < near]


def to_stance(polarity: int) -> Stance:
    return "support" if polarity > 0 else "oppose" if polarity < 0 else "neutral"


def detect_stances(
    text: str, taxonomy: IssueTaxonomy | None = None, cue: str | None = None,
    context: Collection[str] = (), every: dict[str, list[IssueStance]] | None = None,
) -> list[IssueStance]:
    """Every issue ``text`` speaks to, one stance each (see ``pick_reading``).

    ``context`` holds the issues the article has already named: for those, a short reference
    ("the plant", "these forces") names the issue too. ``every``, when given, receives every reading
    of each issue found (the one picked and the others), for callers that weigh whose each one is.
    """
    taxonomy = taxonomy or load_issues()
    # Cheap gate: most sentences name no issue at all, and then no stance logic runs; the others
    # run only the full patterns of the issues whose key word occurs.
    found: list[IssueStance] = []
    named_issues, referred = taxonomy.find_named(text)  # one scan: the issues named, and those referred to
    for issue, matches in named_issues:
        readings = [r for r in (read_stance(text, m, cue) for m in matches) if not r.rule.startswith(ADJUNCT_RULE)]
        if readings:
            found.append(pick_reading(readings))
            if every is not None:
                every[issue.id] = readings
    named = {f.issue for f in found}
    if not context or not referred:
        return found
    for issue_id in context:
        if issue_id not in referred:
            continue  # none of the issue's reference stems begins a word: its references cannot match
        known = taxonomy.get(issue_id)
        if known is None or issue_id in named:
            continue
        issue = known
        matches = issue.find_references(text)
        readings = [r for r in (read_stance(text, m, cue) for m in matches)
                    if not r.rule.startswith(ADJUNCT_RULE)] if matches else []
        if readings:
            found.append(pick_reading(readings))
    return found


def pick_reading(readings: list[IssueStance]) -> IssueStance:
    """One stance from the readings of every term of an issue: the first that takes a side."""
    return next((r for r in readings if r.stance != "neutral"), readings[0])
