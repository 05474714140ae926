"""Term search through the scan (anchored patterns, word pre-checks, lower-case raw regexes) finds what the
whole-issue regexes find."""

from __future__ import annotations

import re

import pytest

from parley.extract.issue_scan import is_anchored, lower_case_regex, pattern_needs
from parley.extract.issues import load_issues

TEXTS = [
    "Kyiv refuses to cede territory, and will not give up land in Donetsk or hand over Crimea.",
    "Moscow wants the regions to stay with Russia; Kyiv wants them to remain part of Ukraine.",
    "The 1,000-for-1,000 prisoner swap went ahead, then an all-for-all exchange of POWs.",
    "Both sides agreed to a pause in strikes on energy sites and a ceasefire at sea.",
    "Talks will take place in Istanbul; a new vote could follow, and A VOTE on membership.",
    "Cuts to the army, a cap on troops, and limits on missiles were all on the table.",
    "Nothing here names an issue at all, though it is open, cut and part of a longer text.",
    "İstanbul hosted talks on sanctions relief and a Ceasefire.",
    "The ſwap of the plant, measured in \u212a units: the troops stayed with Russia.",
    "xcede territory_x and under_forces are no words of their own; CEDING LAND is",
]


def _slow(text: str) -> list[tuple[str, list[tuple[str, int, int]]]]:
    """Each issue's matches by its whole-issue regex, for issues it matches at all."""
    out = []
    for issue in load_issues().issues:
        found = [(m.kind, m.start, m.end) for m in issue.find_terms(text)]
        if found:
            out.append((issue.id, found))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_find_named_finds_what_the_issue_regexes_find(text: str) -> None:
    named, _ = load_issues().find_named(text)
    assert [(i.id, [(m.kind, m.start, m.end) for m in found]) for i, found in named] == _slow(text)


def test_a_pattern_is_anchored_only_when_its_key_word_opens_every_match() -> None:
    assert is_anchored("cede~|ceding|give_up ..4 territor*|land")
    assert is_anchored("all-for-all")
    assert not is_anchored("presidential|new vote")  # "new" is too common to key it: "vote" does
    assert not is_anchored("pause on|in ..2 strikes|attacks")  # the longer word keys it, not the first
    assert not is_anchored("full? ceasefire")  # an optional word may open the match
    assert not is_anchored("re:a\\s+vote")


def test_pattern_needs_lists_the_other_required_words() -> None:
    assert pattern_needs("stay~|remain~ with russia") == (("with",), ("russia",))
    # The key word ("part") is the gate's; an inflected lemma may lose its last letter; a gap and an
    # optional word need nothing.
    assert pattern_needs("part of ..2 cede~ full? land") == (("of",), ("ced",), ("land",))
    assert pattern_needs("re:a\\s+vote") == ()


def test_a_raw_regex_runs_on_lower_cased_text_only_when_that_is_the_same() -> None:
    low = lower_case_regex(re.compile(r"(?<!\w)a\s+vote\b", re.IGNORECASE))
    assert low is not None and low.search("held a vote") and not low.flags & re.IGNORECASE
    assert lower_case_regex(re.compile(r"\Wvote", re.IGNORECASE)) is None  # \W: case matters in the escape
    assert lower_case_regex(re.compile(r"vot[eé]", re.IGNORECASE)) is None  # non-ASCII: case folds differ
