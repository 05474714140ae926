"""The issue gate's fast paths (lower-cased stems, literal pre-checks of raw patterns) route as before."""

from __future__ import annotations

import pytest

from parley.extract.issue_scan import required_literal
from parley.extract.issues import load_issues

TEXTS = [
    "Kyiv wants A VOTE on the deal before any Ceasefire.",
    "The 1,000-for-1,000 prisoner swap went ahead.",
    "Ukraine's NATO Membership was ruled out; EU membership was not.",
    "Nothing to see here at all.",
    "İstanbul hosted talks on sanctions relief.",  # lower-casing lengthens "İ": the slow path runs
]


def slow_route(text: str) -> dict[int, set[int]]:
    """What the gate gives with the case-blind stem regex and every raw pattern tried."""
    gate = load_issues().gate
    hit: dict[int, set[int]] = {}
    for m in gate.regex.finditer(text):
        stem = "".join(ch.lower()[:1] for ch in m.group())  # "İ" as the case-blind regex read it: "i"
        for issue, pattern in gate.patterns_of[stem]:
            hit.setdefault(issue, set()).add(pattern)
    for regex, issue, pattern in gate.raw:
        if regex.search(text):
            hit.setdefault(issue, set()).add(pattern)
    return hit


@pytest.mark.parametrize("text", TEXTS)
def test_fast_routing_equals_slow_routing(text: str) -> None:
    assert load_issues().gate.patterns_in(text) == slow_route(text)


def test_a_stem_with_a_dotted_capital_i_is_routed_not_a_crash() -> None:
    # "İstanbul" lower-cases to nine characters; the gate once looked it up as such and failed.
    assert load_issues().gate.patterns_in("İstanbul hosted talks on sanctions relief.")


def test_required_literal_is_a_top_level_run_of_plain_characters() -> None:
    assert required_literal(r"(?<!eu )membership(?!\s+of)") == "membership"
    assert required_literal(r"(?<!\w)a\s+VOTE\b") == "vote"
    assert required_literal(r"ceasefire|truce") is None  # alternatives: no single literal is required
    assert required_literal(r"[0-9]+") is None
