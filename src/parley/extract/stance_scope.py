"""What a stance reading reaches: conditions, requirements, second predicates, meetings that only date a clause."""

from __future__ import annotations

import re

# Clauses end at these; a cue in one clause does not decide a term in another.
_CLAUSE_BREAK = re.compile(
    # "while" without a comma is usually temporal ("holding a vote while missiles fall"), not a contrast.
    r";|:|\s[-\u2013\u2014]\s|,?\s+(?:but|whereas|although|though)\s+|,\s+while\s+|,\s+(?:adding|saying)\s+"
    r"|[.!?]\s+"
    # What goes on "despite" a thing is no judgement of it.
    r"|\s+(?:despite|in\s+spite\s+of|regardless\s+of)\s+"
)
# Words that open a condition; what follows them is what the speaker asks for.
CONDITION = re.compile(
    r"(?<![\w-])(?:only\s+if|only\s+when|only\s+after|only(?:\s+be\s+\w+)?\s+(?:by|through|via)"
    r"|on\s+(?:the\s+)?condition(?!\s+of\s+anonymity)(?:\s+that|\s+of)?|provided(?:\s+that)?"
    r"|providing\s+that|as\s+long\s+as|so\s+long\s+as|unless|in\s+exchange\s+for|in\s+return\s+for|subject\s+to"
    r"|conditional\s+on|depend\w*\s+on|once(?!\s+(?:again|more|and))|until"
    r"|after\s+(?:the\s+)?(?:war|fighting|hostilities|martial\s+law)\s+(?:ends?|is\s+over|stops?|is\s+lifted)"
    # "if need be", "if necessary" hedge; they set no price.
    r"|if(?!\s+(?:need\s+be|needed|necessary|required|possible|at\s+all))|nuances)(?![\w-])",
    re.IGNORECASE,
)
# A second predicate joined by "and" ("refused to hold elections and was running …") has cues of its own.
NEW_PREDICATE = re.compile(
    r"\s+and\s+(?:then\s+|also\s+)?(?=(?:was|were|is|are|has|have|had|would|will|could|did)(?![\w-])"
    r"|[a-z]+ed\s+(?:to|on|with|that|a|an|the|its|their|his|her)(?![\w-]))",
    re.IGNORECASE,
)
# Demands whose condition is a trigger, not a price: "called for sanctions if Moscow kept blocking".
DEMAND = re.compile(r"call|urg|demand|press|push|threat", re.IGNORECASE)
# Verbs of lasting: "the assets would stay frozen until Russia pays" keeps the term, not a bargain.
PERSIST = re.compile(r"(?<![\w-])(?:stay\w*|remain\w*|keep\w*|kept|continu\w*|maintain\w*|in\s+place)(?![\w-])",
                      re.IGNORECASE)
# "X cannot be worked out without Y": X is accepted only with Y.
NOT_WITHOUT = re.compile(r"(?<![\w-])(?:not|n't|cannot|never|no)(?![\w-])[^.;:]{0,60}?(?<![\w-])without(?![\w-])",
                          re.IGNORECASE)

# "any ceasefire must address …", "any halt in the fighting must deal with …": whatever form the thing
# takes, it must meet the speaker's terms; that is a condition set on it, not a call for it.
_ANY_BEFORE = re.compile(r"(?<![\w-])any\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_MUST_AFTER = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:must|should|ha(?:s|ve)\s+to|(?:will|would)\s+(?:have|need)\s+to|needs?\s+to)"
    r"(?!\s+(?:not|never)\b)(?![\w'’-])",
    re.IGNORECASE,
)
# A meeting named with its place ("talks in Jeddah", "a summit in Budapest") ...
_MEETING_TERM = re.compile(
    r"(?:talks|negotiations?|meetings?|summits?|rounds?|meet\w*|conference)\b.*\b(?:in|at)\s", re.IGNORECASE
)
# ... inside a time adjunct ("after eight hours of talks in Jeddah") only dates what the clause tells.
_TIME_ADJUNCT = re.compile(
    r"(?<![\w-])(?:after|before|during|following|since|amid|ahead\s+of|at\s+the\s+end\s+of)(?![\w-])", re.IGNORECASE
)
ADJUNCT_REACH = 60  # characters from a time word to the meeting it governs ("after more than eight hours of")
# "a possible ceasefire", "a potential truce": an attributive hedge names the thing, it does not back it.
_HEDGE = re.compile(r"(?:possible|potential)\s*$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:a|an|any|the|its|their|his|her|some)\s+$", re.IGNORECASE)

# "should not be read as a concession": a modal about how a thing is to be understood takes no side on it.
_READ_AS = re.compile(
    r"\s+(?:not\s+|never\s+)?be\s+(?:read|seen|regarded|taken|interpreted|viewed|considered|understood|construed"
    r"|treated|described)\s+as(?![\w-])",
    re.IGNORECASE,
)
_THAN = re.compile(r"(?<![\w-])than(?![\w-])", re.IGNORECASE)
# "a far better guarantee than promises of foreign troops": what comes after "than" is the alternative
# the speaker puts below the other.
_BETTER_THAN = re.compile(
    r"(?<![\w-])(?:better|worse|preferable|superior|safer|stronger|cheaper|more)\s+(?:[\w'’-]+\s+){0,3}?"
    # not a quantity: "more than 200 drones", "more than a thousand prisoners"
    r"than(?![\w-])(?!\s+(?:\d|a\s+(?:dozen|hundred|thousand|million|year|month|week|day)|half|twice|once))",
    re.IGNORECASE,
)

__all__ = ["ADJUNCT_REACH", "CONDITION", "find_clause", "DEMAND", "NEW_PREDICATE", "NOT_WITHOUT", "PERSIST", "is_attributive_hedge", "is_interpretive", "meeting_adjunct", "required_of",
           "than_before", "than_after"]


def is_interpretive(text: str, modal_end: int) -> bool:
    """Whether a modal cue only says how something is to be understood ("should not be read as …")."""
    return _READ_AS.match(text, modal_end) is not None


def than_before(text: str, clause_start: int, term_start: int) -> int:
    """Where "than" ends when the term is the alternative a comparison puts below ("better … than X"), else -1."""
    if text.find("than", clause_start, term_start) < 0:
        return -1
    found = [m.end() for m in _BETTER_THAN.finditer(text, clause_start, term_start)]
    return found[-1] if found else -1


def than_after(text: str, term_end: int, clause_end: int) -> int:
    """Where a comparison's "than" starts after the term ("X was a better guarantee than …"), else clause_end."""
    if text.find("than", term_end, clause_end) < 0:
        return clause_end
    m = _THAN.search(text, term_end, clause_end)
    return m.start() if m and _BETTER_THAN.search(text, max(0, term_end - 60), m.end()) else clause_end


def required_of(text: str, start: int, end: int, clause_end: int) -> str | None:
    """The modal that sets terms on ``text[start:end]`` ("any ceasefire must …"), or None."""
    lo = max(0, start - 24)
    if text.find("any", lo, start) < 0 or _ANY_BEFORE.search(text, lo, start) is None:
        return None  # (a plain search first: most terms have no "any" before them)
    m = _MUST_AFTER.match(text, end, clause_end)
    return m.group().split()[-1].lower() if m else None


def meeting_adjunct(text: str, term: str, start: int, clause_start: int) -> int:
    """Where the time word stands when a term naming a meeting and its place only dates the clause, else -1.

    "Ukraine agreed to a ceasefire after eight hours of talks in Jeddah" takes no side on Jeddah as a
    venue. (The caller checks that no cue stands between the time word and the term.)
    """
    if _MEETING_TERM.match(term) is None:
        return -1
    lo = max(clause_start, start - ADJUNCT_REACH)
    found = [m.start() for m in _TIME_ADJUNCT.finditer(text, lo, start)]
    return found[-1] if found else -1


def is_attributive_hedge(text: str, cue_start: int, cue_end: int, term_start: int) -> bool:
    """Whether a cue is an adjective hedging the term right after it ("a possible ceasefire")."""
    if text[cue_end:term_start].strip() or _HEDGE.match(text, cue_start, cue_end) is None:
        return False
    return _DETERMINER_BEFORE.search(text, max(0, cue_start - 8), cue_start) is not None


def find_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``[start, end)``: from the last clause break before to the first after."""
    cs, ce = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= start:
            cs = m.end()
        elif m.start() >= end:
            ce = m.start()
            break
    return cs, ce
