"""Event typing, fifth pass: requests over the acts they ask for, passive agents, threats held out, verb forms."""

from __future__ import annotations

import pytest

from parley.extract.event_index import default_cue_index
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


# ---- sixth pass ----

def test_a_protest_is_the_act_and_its_demand_the_purpose() -> None:
    assert kind("Students from Freedonia staged a sit-in outside Sylvania's embassy to demand an apology.",
                "Students from Freedonia", "Sylvania") == "PROTEST"
    assert kind("Freedonia's dockers launched industrial action against Sylvania's shipping line, demanding higher pay.",
                "Freedonia's dockers", "Sylvania's shipping line") == "PROTEST"
    # without a protest before it, a demand stays a request
    assert kind("Freedonia wrote to Sylvania to demand an apology.") == "REQUEST"


def test_an_order_to_ones_own_forces_is_the_act_itself() -> None:
    assert kind("Freedonia ordered its border units to raise their combat readiness against Sylvania.") == "MOBILIZE"
    assert kind("Freedonia ordered Sylvania to raise the blockade.") != "MOBILIZE"


def test_what_someone_called_a_thing_is_no_phone_call() -> None:
    assert kind("Freedonia denounced what it called unprovoked shelling by Sylvania.") == "ACCUSE"
    assert kind("Freedonia called Sylvania on Monday.") == "CONSULT"


def test_a_report_released_is_no_release() -> None:
    assert kind("Freedonia released a scathing report faulting Sylvania's prison service.", "Freedonia",
                "Sylvania's prison service") == "ACCUSE"


def test_mobilising_named_by_nouns_or_in_the_passive() -> None:
    assert kind("Freedonia's call-up of 200,000 reservists for the war against Sylvania emptied the factories.") == "MOBILIZE"
    assert kind("Some 50,000 reservists were called up by Freedonia as tension with Sylvania grew.") == "MOBILIZE"


def test_locking_up_people_is_coercion_but_not_a_nomination() -> None:
    assert kind("Freedonia locked up a dozen journalists from Sylvania.") == "COERCE"
    nomination = "Freedonia locked up the nomination before Sylvania voted."
    assert not [c for c, _, _ in default_cue_index().matches(nomination) if c.event_type == "COERCE"]


def test_extradition_cooperates_with_the_receiving_state() -> None:
    text = "Freedonia extradited the suspect to Sylvania."
    assert kind(text) == "COOPERATE"
    assert kind(text, "Freedonia", "the suspect") == "COERCE"
