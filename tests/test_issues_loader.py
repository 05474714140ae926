"""The issue taxonomy: the packaged file, the pattern language, and clear errors for bad user files."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.errors import DataFileError
from parley.extract.issue_terms import compile_term, inflect_lemma
from parley.extract.issues import load_issues

REQUIRED = {
    "territorial-concessions", "nato-membership", "foreign-troops", "ceasefire", "security-guarantees",
    "sanctions", "elections-legitimacy", "prisoner-exchange", "talks-venue", "frozen-assets", "nuclear-plant",
    "military-limits",
}


def kinds(text: str, issue: str) -> list[tuple[str, str]]:
    found = load_issues().get(issue)
    assert found is not None
    return [(m.kind, m.text) for m in found.find_terms(text)]


def test_packaged_taxonomy_has_every_required_issue_with_a_support_statement() -> None:
    taxonomy = load_issues()
    assert REQUIRED <= set(taxonomy.ids)
    for issue in taxonomy.issues:
        assert issue.label and issue.support and issue.terms


def test_lemma_inflections_cover_regular_forms() -> None:
    assert {"cede", "cedes", "ceded", "ceding"} <= set(inflect_lemma("cede"))
    assert {"ban", "banned", "banning"} <= set(inflect_lemma("ban"))
    assert {"rely", "relies", "relied"} <= set(inflect_lemma("rely"))


@pytest.mark.parametrize("text", ["a ceasefire", "a cease-fire", "a cease fire", "two ceasefires"])
def test_hyphenated_term_matches_its_spellings(text: str) -> None:
    assert kinds(text, "ceasefire")


def test_gap_and_multiword_alternatives() -> None:
    assert kinds("limits on the size of Ukraine's armed forces", "military-limits")
    assert kinds("Kyiv would never cede the four regions", "territorial-concessions")
    assert kinds("talks in Saudi Arabia", "talks-venue")


def test_opposite_terms_win_over_plain_terms_at_the_same_place() -> None:
    assert kinds("calls for sanctions relief", "sanctions") == [("opposite", "sanctions relief")]
    assert kinds("the lifting of sanctions", "sanctions") == [("opposite", "lifting of sanctions")]


def test_words_inside_other_words_do_not_fire() -> None:
    assert not kinds("the truces-style arrangement of capital markets", "military-limits")
    assert not load_issues().names_any("The two presidents spoke by phone for two hours.")


def test_raw_regex_patterns_are_allowed() -> None:
    assert compile_term("re:gas\\s+transit").startswith("(?:")


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "issues.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_user_taxonomy_replaces_the_packaged_one(tmp_path: Path) -> None:
    path = write(tmp_path, """
issues:
  - id: water-rights
    label: Water rights
    support: The upstream state shares the river's water.
    terms: [water share~, river flow*]
    opposite: [dam~ ..2 river]
""")
    taxonomy = load_issues(path)
    assert taxonomy.ids == ("water-rights",)
    assert taxonomy.issues[0].find_terms("the water shares were agreed")


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("issues: []", "non-empty list"),
        ("issues:\n  - id: Bad Id\n    label: x\n    support: y\n    terms: [a]", "lowercase"),
        ("issues:\n  - id: a\n    label: x\n    support: y\n    terms: []", "no terms"),
        ("issues:\n  - id: a\n    label: x\n    terms: [a]", "'support'"),
        ("issues:\n  - id: a\n    label: x\n    support: y\n    terms: [a]\n    colour: red", "unknown key"),
        ("issues:\n  - id: a\n    label: x\n    support: y\n    terms: ['re:(unclosed']", "bad pattern"),
        ("issues:\n  - {id: a, label: x, support: y, terms: [a]}\n  - {id: a, label: x, support: y, terms: [b]}",
         "duplicate"),
        ("issues: [unclosed", "not valid YAML"),
    ],
)
def test_bad_user_files_raise_a_data_file_error_naming_the_place(tmp_path: Path, body: str, says: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(DataFileError) as caught:
        load_issues(path)
    assert says in str(caught.value)
    assert str(path) in str(caught.value)


def test_bad_entry_is_named_by_number_and_id(tmp_path: Path) -> None:
    path = write(tmp_path, "issues:\n  - {id: ok, label: x, support: y, terms: [a]}\n  - {id: broken, label: x}")
    with pytest.raises(DataFileError, match=r"issue #2 \(broken\)"):
        load_issues(path)


def test_missing_file_says_what_to_check(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        load_issues(tmp_path / "nope.yaml")


def test_gated_fast_path_finds_exactly_what_the_issue_regexes_find() -> None:
    from parley.evaluation.stance import DEFAULT_GOLD, load_gold

    taxonomy = load_issues()
    for item in load_gold(DEFAULT_GOLD):
        fast = [(m.issue, m.kind, m.start, m.end) for m in taxonomy.find_terms(item.text)]
        slow = [(m.issue, m.kind, m.start, m.end) for i in taxonomy.issues for m in i.find_terms(item.text)]
        assert fast == slow, item.text
