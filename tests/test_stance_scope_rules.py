"""What a stance cue reaches: requirements on "any X", meetings that only date a clause, hedges, comparisons."""

from __future__ import annotations

import pytest

from parley.extract.stance import IssueStance, detect_stances


def stances(text: str, context: tuple[str, ...] = ()) -> dict[str, tuple[str, str]]:
    return {s.issue: (s.stance, s.rule) for s in detect_stances(text, context=context)}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said any truce would have to address NATO's expansion first.",
        "The Kremlin said any halt to the fighting must also cover the Kursk front.",
    ],
)
def test_terms_set_on_any_form_of_the_thing_are_conditional(text: str) -> None:
    assert stances(text)["ceasefire"][0] == "conditional"


def test_a_plain_demand_for_the_thing_is_still_support() -> None:
    assert stances("Kyiv said a truce must come before any summit.")["ceasefire"][0] == "support"


def test_a_meeting_that_only_dates_the_clause_names_no_venue_position() -> None:
    found = stances("Kyiv accepted the truce plan after two days of talks in Riyadh.")
    assert "talks-venue" not in found
    assert found["ceasefire"][0] == "support"
    # Offering the venue itself is a position.
    assert stances("Riyadh offered to host talks in Riyadh next month.")["talks-venue"][0] == "support"


def test_an_attributive_hedge_backs_nothing() -> None:
    assert stances("The envoys sketched a possible truce for the Black Sea.")["ceasefire"][0] == "neutral"
    assert stances("Peskov said a truce was possible.")["ceasefire"][0] == "support"


def test_a_modal_about_how_to_read_a_thing_takes_no_side() -> None:
    found = stances("Peskov said the moratorium should not be seen as weakness.", context=("ceasefire",))
    assert found["ceasefire"][0] == "neutral"


def test_the_lesser_side_of_a_comparison_is_opposed() -> None:
    found = stances("Vance said trade deals were a better shield than pledges of foreign troops.")
    assert found["foreign-troops"] == ("oppose", "cue:pledges+contrast:than")


def test_not_yet_is_pending_not_opposed() -> None:
    assert stances("Ushakov said the sides had not yet agreed on territory.")["territorial-concessions"][0] == "neutral"


def test_cues_of_one_predicate_do_not_reach_the_next() -> None:
    # "refused" governs the elections, not the mandate of the second predicate.
    text = "Trump said Zelensky had refused to hold elections and was ruling without a mandate."
    every: dict[str, list[IssueStance]] = {}
    found = detect_stances(text, every=every)
    assert found[0].stance == "oppose"
    assert [r.stance for r in every["elections-legitimacy"]] == ["oppose", "support"]


def test_doubting_legitimacy_questions_it() -> None:
    found = stances("Lavrov said Moscow's doubts about the Kyiv government's legitimacy had only grown.")
    assert found["elections-legitimacy"] == ("support", "claim:claims")
