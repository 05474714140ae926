"""The gate's raw ("re:") patterns joined into one pre-check: same routing, never a wrong join."""

from __future__ import annotations

import re

from parley.extract.issue_scan import join_patterns
from parley.extract.issues import load_issues


def test_joined_patterns_match_where_any_of_them_does() -> None:
    joined = join_patterns([re.compile(r"(?<!\w)a\s+vote\b"), re.compile(r"\bmembership(?!\s+of)")])
    assert joined is not None
    assert joined.search("They want A vote soon")
    assert joined.search("NATO membership is off the table")
    assert not joined.search("membership of the club; no ballot")


def test_back_references_are_never_joined() -> None:
    assert join_patterns([re.compile(r"(\w)\1"), re.compile("b")]) is None
    assert join_patterns([re.compile(r"(?P<x>a)(?P=x)"), re.compile("b")]) is None
    assert join_patterns([re.compile("only one")]) is None


def test_routing_is_the_same_with_and_without_the_pre_check() -> None:
    taxonomy = load_issues()
    gate = taxonomy.gate
    texts = ["Kyiv wants a vote on the deal.", "The 1,000-for-1,000 swap went ahead.",
             "Ukraine's membership in NATO was ruled out.", "Nothing to see here at all."]
    for text in texts:
        slow = {n: set(p) for n, p in gate.patterns_in(text).items()}
        for regex, issue, pattern in gate.raw:  # what the loop finds with no pre-check at all
            if regex.search(text):
                assert pattern in slow.get(issue, set())
