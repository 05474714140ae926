"""The event-type classifier on sentences written for these tests: cues, negation, promises, roles."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.errors import DataFileError
from parley.extract.event_index import default_cue_index
from parley.extract.event_types import classify_event, compile_cue, inflect_verb, load_cues


@pytest.mark.parametrize(
    ("text", "source", "target", "expected"),
    [
        ("Lithuania condemned Belarus over the border incidents.", "Lithuania", "Belarus", "ACCUSE"),
        ("Oslo has agreed to host a new round of talks with Moscow.", "Oslo", "Moscow", "AGREE"),
        ("The Swiss foreign minister held talks with his Kazakh counterpart in Bern.", "The Swiss foreign minister",
         "his Kazakh counterpart", "CONSULT"),
        ("Denmark welcomed the Finnish proposal for a maritime corridor.", "Denmark", "Finnish", "SUPPORT"),
        ("Norway is sending medical supplies to Moldova.", "Norway", "Moldova", "AID"),
        ("Lisbon and Madrid began joint naval exercises off the coast.", "Lisbon", "Madrid", "COOPERATE"),
        ("The rebels released twelve hostages to Red Cross officials.", "The rebels", "twelve hostages", "RETREAT"),
        ("Tokyo lifted its ban on beef imports from Canada.", "Tokyo", "Canada", "CONCEDE"),
        ("The opposition urged the electoral commission to recount the ballots.", "The opposition",
         "the electoral commission", "REQUEST"),
        ("Hungary vetoed the new package for Kyiv.", "Hungary", "Kyiv", "REJECT"),
        ("The militia threatened to shell the port if the convoy entered.", "The militia", "the port", "THREATEN"),
        ("Dock workers went on strike against the port authority.", "Dock workers", "the port authority", "PROTEST"),
        ("Ottawa expelled two diplomats from the embassy of Ruritania.", "Ottawa", "two diplomats", "SANCTION"),
        ("The army deployed extra troops along the border with Freedonia.", "The army", "Freedonia", "MOBILIZE"),
        ("Police detained three activists outside the ministry.", "Police", "three activists", "COERCE"),
        ("Drones struck a fuel depot near the frontier city.", "Drones", "a fuel depot", "ASSAULT"),
    ],
)
def test_each_type_has_a_working_cue(text: str, source: str, target: str, expected: str) -> None:
    found = classify_event(text, source, target)
    assert found is not None and found.event_type == expected, found


def test_negated_cooperation_is_a_rejection() -> None:
    found = classify_event("Caracas refused to meet the envoy from Bogota.", "Caracas", "the envoy from Bogota")
    assert found is not None and found.event_type == "REJECT"
    assert found.rule.startswith(("negated:", "cue:"))


def test_promised_material_cooperation_is_an_agreement() -> None:
    found = classify_event("The rebels said they would free the captured pilots.", "The rebels", "the captured pilots")
    assert found is not None and found.event_type == "AGREE" and found.rule.startswith("future:")


def test_promised_attack_is_a_threat() -> None:
    found = classify_event("Valdonia will bomb the bridges unless the siege ends.", "Valdonia", "the bridges")
    assert found is not None and found.event_type == "THREATEN"


def test_head_verb_beats_a_later_noun() -> None:
    # The head verb after the source ("demanded") governs; "withdrawal" is what was demanded.
    found = classify_event("Athens demanded the withdrawal of the patrol boats.", "Athens", "the patrol boats")
    assert found is not None and found.event_type == "REQUEST"


def test_cue_inside_an_actor_name_is_not_the_predicate() -> None:
    found = classify_event("The attack committee met the governor on Monday.", "The attack committee", "the governor")
    assert found is not None and found.event_type == "CONSULT"


def test_no_cue_means_no_event() -> None:
    assert classify_event("The weather in the capital was mild.", None, None) is None


def test_event_type_carries_mode_rule_and_confidence() -> None:
    found = classify_event("Police arrested the mayor of the town.", "Police", "the mayor of the town")
    assert found is not None
    assert (found.event_type, found.mode) == ("COERCE", "arrest")
    assert found.rule == "cue:arrest~" and 0 < found.confidence <= 1
    assert "Police arrested the mayor"[found.cue_start : found.cue_end] == "arrested"


def test_inflect_verb_forms() -> None:
    assert set(inflect_verb("meet")) == {"meet", "meets", "met", "meeting"}
    assert {"bans", "banned", "banning"} <= set(inflect_verb("ban"))
    assert {"denies", "denied"} <= set(inflect_verb("deny"))
    assert {"seizes", "seized", "seizing"} <= set(inflect_verb("seize"))


def test_compile_cue_gap_and_inflection() -> None:
    pattern = compile_cue("impose~ … sanctions")
    assert pattern.search("They imposed fresh targeted sanctions on the bank")
    assert not pattern.search("They imposed a curfew and later discussed sanctions on the bank")


def test_bad_lexicon_names_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("- type: HUG\n  cues: [embrace~]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="entry 1"):
        load_cues(path)


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia's co-operation with Sylvania ended when it imposed fresh targeted sanctions on the bank.",
        "The rebels said they would not release the hostages, and Oslo called for an immediate ceasefire.",
        "Troops shot down two drones near the border; officials won't say who launched the air strikes.",
        "He phoned the envoy to congratulate him, then flew to Riyadh for talks on a prisoner exchange.",
    ],
)
def test_the_word_index_finds_what_every_pattern_finds(text: str) -> None:
    """The fast path (candidate cues by their words, matched where their first word stands) loses nothing."""
    index = default_cue_index()
    brute = {(c.source, m.start(), m.end()) for c in index.cues for m in c.pattern.finditer(text)}
    fast = {(c.source, s, e) for c, s, e in index.matches(text)}
    assert fast == brute


def test_trigger_words_mark_sentences_that_may_hold_an_event() -> None:
    index = default_cue_index()
    text = "The delegations met in Geneva. The weather was mild. They must decide."
    hits = [text[p : p + len(w)] for p, w in index.trigger_words(text)]
    assert hits == ["met"]  # "must" only helps classify an event found otherwise
    assert index.confirm_trigger(text, text.index("met"), "met", 0, text.index(".") + 1)


def test_fallback_needs_a_source_and_target_linked_by_a_verb() -> None:
    found = classify_event("Freedonia has staged drills with Sylvania.", "Freedonia", "Sylvania")
    assert found is not None and found.rule.startswith("fallback:")
    assert classify_event("Freedonia, Sylvania and the weather.", "Freedonia", "Sylvania") is None
    assert classify_event("Freedonia is bigger than Sylvania.", "Freedonia", "Sylvania") is None  # a copula
    assert classify_event("Freedonia has staged drills.", "Freedonia", None) is None


def test_fallback_reads_a_known_stem_between_the_actors() -> None:
    # "condemnatory" is no cue, but "condemn~" shares its stem.
    found = classify_event("Freedonia issued condemnatory remarks about Sylvania.", "Freedonia", "Sylvania")
    assert found is not None and found.event_type == "ACCUSE" and found.rule.startswith("fallback:stem")


def test_purpose_of_a_call_is_the_act() -> None:
    found = classify_event("Oslo called Bern on Monday to congratulate its new president.", "Oslo", "Bern")
    assert found is not None and found.event_type == "SUPPORT"
