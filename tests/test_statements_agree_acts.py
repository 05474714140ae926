"""In the product profile "agreed to + verb" is an act the events stage codes, not a statement."""

from __future__ import annotations

from parley.extract.statements import extract_statements

LEDE = ("Russian and Ukrainian delegations met face to face in Istanbul on Friday and agreed to exchange "
        "1,000 prisoners of war each.")


def test_agreed_to_verb_is_no_statement_in_the_product_profile() -> None:
    assert extract_statements(LEDE, profile="product") == []


def test_agreed_that_is_still_a_statement() -> None:
    found = extract_statements("The two delegations agreed that the talks would resume in June.", profile="product")
    assert [s.cue.text for s in found] == ["agreed"]


def test_polnear_profile_keeps_its_broader_notion() -> None:
    assert [s.cue.text for s in extract_statements(LEDE, profile="polnear")]
