"""The one-pass stem scan routes texts as the stem regexes do, and tells which issues may be referred to."""

from __future__ import annotations

import pytest

from parley.extract.issue_scan import word_start_literal
from parley.extract.issues import load_issues
from parley.text.keywords import WordStarts, word_start_indexes

TEXTS = [
    "Kyiv wants A VOTE on the deal before any Ceasefire.",
    "The 1,000-for-1,000 prisoner swap went ahead; calls for a truce followed.",
    "Ukraine's NATO Membership was ruled out; EU membership was not.",
    "Nothing to see here at all.",
    "İstanbul hosted talks on sanctions relief.",
    "The ſwap of the plant, measured in \u212a units: the troops stayed.",
    "“These FORCES will not leave,” he said of the contingent and the frozen assets.",
    "xtroops and under_forces are no words of their own; nor is exchanged-for-nothing",
    "The 500-for-500 exchange and the all-for-all swap",
]


@pytest.mark.parametrize("text", TEXTS)
def test_read_gate_routes_like_the_regex_gate(text: str) -> None:
    taxonomy = load_issues()
    routed, referred = taxonomy.read_gate(text)
    assert [(i.id, p) for i, p in routed] == [(i.id, p) for i, p in taxonomy.route(text)]
    assert bool(referred) == taxonomy.may_refer(text)


@pytest.mark.parametrize("text", TEXTS)
def test_an_issue_left_out_of_the_referred_ones_has_no_reference_in_the_text(text: str) -> None:
    taxonomy = load_issues()
    _, referred = taxonomy.read_gate(text)
    for issue in taxonomy.issues:
        if issue.id not in referred:
            assert issue.find_references(text) == []


def test_the_scan_is_built_for_the_packaged_taxonomy() -> None:
    scan = load_issues().stem_scan
    assert scan is not None
    assert len(scan.patterns) == len(scan.refers) == len(scan.raw_starts) == len(scan.words.words)


def test_word_start_literal_needs_a_non_word_character_or_boundary_before_it() -> None:
    assert word_start_literal(r"\d+[-\s]for[-\s]\d+") == "for"
    assert word_start_literal(r"(?<!\w)a\s+VOTE\b") == "vote"
    assert word_start_literal(r"\bpeace") == "peace"
    assert word_start_literal(r"(?<!eu )membership") is None  # may sit inside a word ("nonmembership")
    assert word_start_literal(r"\s*for") is None  # zero spaces allowed: "for" may follow a letter
    assert word_start_literal(r"[a-]for") is None


def test_word_start_indexes_keeps_only_occurrences_at_word_starts() -> None:
    words = WordStarts(["aid", "said", "for"])
    found = [words.words[i] for i in word_start_indexes(words, "he said aid for_for x_aid forfeit")]
    assert found == ["said", "aid", "for", "for"]
