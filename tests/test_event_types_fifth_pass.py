"""Event typing, fifth pass: requests over the acts they ask for, passive agents, threats held out, verb forms."""

from __future__ import annotations

import pytest

from parley.extract.event_lexicon import inflect_verb
from parley.extract.event_types import classify_event


def kind(text: str, source: str = "Freedonia", target: str = "Sylvania") -> str | None:
    found = classify_event(text, source, target)
    return found.event_type if found else None


@pytest.mark.parametrize("verb, forms", [
    ("prod", {"prodded", "prodding"}),   # one syllable, consonant-vowel-consonant: doubled
    ("slap", {"slapped", "slapping"}),
    ("regret", {"regretted", "regretting"}),  # stressed on the last syllable
    ("swear", {"swore", "sworn"}),
    ("withhold", {"withheld"}),
])
def test_verb_forms_the_inflector_used_to_miss(verb: str, forms: set[str]) -> None:
    assert forms <= set(inflect_verb(verb))


@pytest.mark.parametrize("verb, wrong", [("meet", "meetting"), ("bomb", "bombbed"), ("spy", "spyying"), ("row", "rowwed")])
def test_no_doubling_where_english_has_none(verb: str, wrong: str) -> None:
    assert wrong not in inflect_verb(verb)


def test_a_request_governs_the_act_it_asks_for() -> None:
    assert kind("Freedonia called on Sylvania to free the detained reporters.") == "REQUEST"
    assert kind("Freedonia urged Sylvania to withdraw its troops from the valley.") == "REQUEST"
    # a call whose purpose is itself a meeting stays a meeting
    assert kind("Freedonia called on Sylvania's president to discuss the border.", "Freedonia",
                "Sylvania's president") == "CONSULT"
    # "a request to …" is a noun: the source does not ask for what follows
    assert kind("Freedonia weighed a request to free Sylvania's fishermen.") != "REQUEST"
    assert kind("Freedonia requested Sylvania to free the fishermen.") == "REQUEST"


def test_a_passive_verb_links_its_agent_and_its_subject() -> None:
    assert kind("Sylvania was warned by Freedonia that it would pay a heavy price.") == "THREATEN"
    assert kind("Hundreds of riot police were mobilised by Freedonia ahead of rallies by Sylvania's supporters.",
                "Freedonia", "Sylvania's supporters") == "MOBILIZE"


def test_harm_promised_or_held_out_is_a_threat() -> None:
    assert kind("Freedonia vowed revenge against Sylvania after the shelling.") == "THREATEN"
    assert kind("Freedonia pledged to escalate attacks on Sylvania's shipping.") == "THREATEN"
    assert kind("Freedonia said it could launch a ground operation against Sylvania.") == "THREATEN"
    assert kind("Freedonia would not rule out military options against Sylvania.") == "THREATEN"
    # what may have happened already is no threat
    assert kind("Freedonia may have launched cyber attacks on Sylvania's grid.") == "ASSAULT"
    # a promise to cooperate stays a promise
    assert kind("Freedonia pledged to reopen talks with Sylvania.") != "THREATEN"


def test_cutting_aid_is_a_sanction_and_giving_it_is_aid() -> None:
    assert kind("Freedonia withheld $90 million in military assistance to Sylvania.") == "SANCTION"
    assert kind("Freedonia dispatched a team of doctors and field hospitals to Sylvania.") == "AID"


def test_crowds_stopping_roads_or_work_protest() -> None:
    assert kind("Farmers from Freedonia blockaded motorways to Sylvania's capital.", "Farmers from Freedonia",
                "Sylvania") == "PROTEST"
    assert kind("A 24-hour strike by dockers in Freedonia halted traffic to Sylvania.", "dockers in Freedonia",
                "Sylvania") == "PROTEST"


def test_giving_in_and_giving_ground() -> None:
    assert kind("Freedonia backed down in the face of Sylvania's protests.") == "CONCEDE"
    assert kind("Freedonia complied with the ruling of Sylvania's court.", "Freedonia", "Sylvania's court") == "CONCEDE"
    assert kind("Freedonia's troops fell back from the town under fire from Sylvania.", "Freedonia's troops") == "RETREAT"


def test_a_verb_in_another_clause_after_both_actors_does_not_decide() -> None:
    assert kind("Freedonia airdropped food to Sylvania, as aid agencies warned of famine.") == "AID"
