"""Event typing, fourth lexicon pass: numbers in gaps, scene-setting meetings, recipients, security build-ups."""

from __future__ import annotations

import pytest

from parley.extract.event_index import default_cue_index
from parley.extract.event_types import classify_event, default_cues


def kind(text: str, source: str = "Freedonia", target: str = "Sylvania") -> str | None:
    found = classify_event(text, source, target)
    return found.event_type if found else None


def test_a_gap_may_span_a_number_with_a_point_or_comma() -> None:
    # "$2.5" and "12,000" used to end the gap of "provide~ … assistance", so "support" won
    assert kind("Freedonia provided $2.5 billion in humanitarian assistance to support Sylvania.") == "AID"
    assert kind("Freedonia provided 12,000 tonnes of food to Sylvania.") == "AID"


def test_calling_for_an_investigation_is_an_accusation() -> None:
    assert kind("Freedonia called for an independent investigation into Sylvania's conduct.") == "ACCUSE"
    assert kind("Freedonia called for the withdrawal of Sylvania's troops.") == "REQUEST"


def test_a_single_war_game_is_cooperation() -> None:
    assert kind("The war game was staged by Freedonia and Sylvania.") == "COOPERATE"


def test_forces_as_a_noun_is_no_coercion() -> None:
    coerce = [c for c in default_cues() if c.event_type == "COERCE" and "forc" in c.source]
    assert coerce
    assert not any(c.pattern.search("Freedonia moved its forces in the region to stop them.") for c in coerce)
    assert kind("Freedonia forced Sylvania to leave the port.") == "COERCE"


def test_a_meeting_in_an_adverbial_phrase_is_the_scene_not_the_act() -> None:
    assert kind("Freedonia, in a meeting with Sylvania last week, agreed to reopen the border.") == "AGREE"
    assert kind("Freedonia during a press briefing on Monday welcomed Sylvania's offer.") == "SUPPORT"
    assert kind("Freedonia held a meeting with Sylvania.") == "CONSULT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Freedonia insisted on the withdrawal of Sylvania's troops.", "REQUEST"),
        ("Freedonia insists it is fully respecting the treaty with Sylvania.", "SUPPORT"),
    ],
)
def test_insisting_on_something_demands_it_insisting_alone_asserts(text: str, expected: str) -> None:
    assert kind(text) == expected


def test_assurance_is_support() -> None:
    assert kind("Freedonia phoned Sylvania's president to assure him of its friendship.") == "SUPPORT"


def test_agreeing_on_the_text_of_a_deal_concludes_it() -> None:
    assert kind("Freedonia and Sylvania agreed on the final text of a trade deal.") == "SUPPORT"
    assert kind("Freedonia agreed to reopen its border with Sylvania.") == "AGREE"


def test_to_before_the_target_names_a_recipient_not_a_promise() -> None:
    assert kind("Freedonia offered to Sylvania two field hospitals and a fleet of trucks.") == "AID"
    assert kind("Freedonia offered to host talks with Sylvania.") == "AGREE"


def test_raising_security_or_presence_is_mobilisation() -> None:
    assert kind("Freedonia beefed up security along its border with Sylvania.") == "MOBILIZE"
    assert kind("Freedonia increased its military presence near Sylvania.") == "MOBILIZE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Fund approved a $300 million loan for Sylvania.", "AID"),
        ("Freedonia granted $40 million to Sylvania for its schools.", "AID"),
        ("Freedonia distributed food parcels to families in Sylvania.", "AID"),
        ("Freedonia gave its blessing to Sylvania's plan.", "SUPPORT"),
        ("Freedonia threw its weight behind Sylvania's candidate.", "SUPPORT"),
        ("Freedonia expressed confidence in Sylvania's leadership.", "SUPPORT"),
        ("Freedonia extradited the suspect from Sylvania.", "COERCE"),
        ("Freedonia raided the offices of a Sylvania charity.", "COERCE"),
        ("A Freedonia court sentenced Sylvania's envoy to life in prison.", "COERCE"),
    ],
)
def test_fourth_pass_vocabulary(text: str, expected: str) -> None:
    source = "The Fund" if text.startswith("The Fund") else "Freedonia"
    assert kind(text, source) == expected


def test_a_request_to_extradite_stays_a_request() -> None:
    assert kind("Freedonia repeated its request that Sylvania extradite the cleric.") == "REQUEST"


def test_handing_out_needs_something_handed() -> None:
    text = "Freedonia distributed a white paper to Sylvania."
    assert not [c for c, _, _ in default_cue_index().matches(text) if c.event_type == "AID"]
