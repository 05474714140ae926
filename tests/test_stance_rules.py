"""Stance rules on sentences written for these tests: polarity cues, negation, conditions, aboutness."""

from __future__ import annotations

import pytest

from parley.extract.stance import detect_stances


def stance_of(text: str, issue: str, cue: str | None = None) -> tuple[str, str]:
    found = {s.issue: s for s in detect_stances(text, cue=cue)}
    assert issue in found, f"{issue} not detected in {text!r}: {list(found)}"
    return found[issue].stance, found[issue].rule


@pytest.mark.parametrize(
    ("text", "issue", "stance"),
    [
        ("Moscow said British soldiers in Ukraine would be unacceptable.", "foreign-troops", "oppose"),
        ("The minister said Kyiv will never hand over Crimea.", "territorial-concessions", "oppose"),
        ("Helsinki rules out any truce with the aggressor.", "ceasefire", "oppose"),
        ("Officials called a Ukrainian NATO bid a red line.", "nato-membership", "oppose"),
        ("An envoy said US management of the Zaporizhzhia plant was out of the question.", "nuclear-plant",
         "oppose"),
        ("Berlin welcomed the latest prisoner swap.", "prisoner-exchange", "support"),
        ("We insist on a cap on Kyiv's army.", "military-limits", "support"),
        ("Ankara is ready to host the next round of negotiations.", "talks-venue", "support"),
    ],
)
def test_polarity_cues(text: str, issue: str, stance: str) -> None:
    assert stance_of(text, issue)[0] == stance


def test_negated_cue_verb_turns_around() -> None:
    stance, rule = stance_of("Washington did not rule out a truce in the Black Sea.", "ceasefire")
    assert stance == "support"
    assert "not rule" in rule


def test_double_negation_cancels() -> None:
    assert stance_of("Warsaw said it had no objection to a prisoner exchange.", "prisoner-exchange")[0] == "support"
    assert stance_of("There can be no settlement without security guarantees.", "security-guarantees")[0] == "support"


def test_not_x_but_y_is_opposition_to_x() -> None:
    stance, rule = stance_of("He wants not a truce but a final settlement.", "ceasefire")
    assert stance == "oppose"
    assert "contrast" in rule


def test_conditions_make_the_main_clause_conditional_and_the_condition_supported() -> None:
    text = "Kyiv would accept a truce only if security guarantees were signed first."
    assert stance_of(text, "ceasefire")[0] == "conditional"
    assert stance_of(text, "security-guarantees") == ("support", "condition-content:only if")
    assert stance_of("Rome would send troops on condition that the UN approves.", "foreign-troops")[0] == "conditional"


def test_stance_is_about_the_issue_not_the_words() -> None:
    assert stance_of("Moscow called for sanctions relief.", "sanctions")[0] == "oppose"
    assert stance_of("Lithuania warned against easing sanctions.", "sanctions")[0] == "support"
    assert stance_of("Moscow insisted on Ukraine's neutrality.", "nato-membership")[0] == "oppose"


def test_claims_take_a_side_on_their_own() -> None:
    assert stance_of("He called the Kyiv government illegitimate.", "elections-legitimacy")[0] == "support"


def test_mention_without_a_side_is_neutral() -> None:
    assert stance_of("Delegates discussed the frozen Russian assets.", "frozen-assets")[0] == "neutral"


def test_statement_cue_decides_when_the_content_is_silent() -> None:
    assert stance_of("a truce along the front", "ceasefire", cue="rejected") == ("oppose", "statement-cue:rejected")


def test_text_about_no_issue_yields_nothing() -> None:
    assert detect_stances("Drones struck a refinery overnight, the governor said.") == []


def test_every_reading_explains_itself_and_points_at_its_term() -> None:
    text = "Paris said a ceasefire was essential."
    (found,) = detect_stances(text)
    assert text[found.start : found.end] == found.term == "ceasefire"
    assert found.rule == "cue:essential" and found.cue == "essential"
    assert 0 < found.confidence <= 1


@pytest.mark.parametrize(
    ("text", "issue", "stance"),
    [
        # The term's own predicate, past a long subject and a participle.
        ("Any deployment of NATO soldiers in Ukraine, under any flag at all, is unacceptable.", "foreign-troops",
         "oppose"),
        ("A truce of the kind signed in Minsk would only let the enemy regroup.", "ceasefire", "oppose"),
        ("A pause in the fighting as sketched by Paris would only allow Kyiv to rearm.", "ceasefire", "oppose"),
        # "while" with no comma is temporal, so the clause runs on to its judgement.
        ("Holding an election while shells fall would be irresponsible.", "elections-legitimacy", "oppose"),
        # Judgements that count only after the term.
        ("French peacekeepers would be regarded as a direct threat.", "foreign-troops", "oppose"),
        ("Joining NATO is the surest guarantee of peace, the minister said.", "nato-membership", "support"),
        ("Kyiv has nothing against a new prisoner swap.", "prisoner-exchange", "support"),
        # Hedges and anonymity are no conditions; lasting and demands are not bargains.
        ("Officials, speaking on condition of anonymity, backed new sanctions.", "sanctions", "support"),
        ("Ukraine is ready for a truce today, tomorrow if needed.", "ceasefire", "support"),
        ("The sanctions will stay in place until Russia withdraws.", "sanctions", "support"),
        ("Warsaw urged tighter sanctions if Moscow kept stalling.", "sanctions", "support"),
        ("Security guarantees for Kyiv cannot be agreed without Moscow.", "security-guarantees", "conditional"),
        ("Any change to the borders can only be approved by referendum.", "territorial-concessions", "conditional"),
        ("If peace is signed, there will be no need for peacekeepers.", "foreign-troops", "conditional"),
        ("Trade will continue despite the sanctions.", "sanctions", "neutral"),
        ("The caps on the army proposed by Washington are still under discussion.", "military-limits", "neutral"),
        ("Pressure must be increased, not reduced, with more sanctions.", "sanctions", "support"),
        ("Budapest will keep buying Russian oil.", "sanctions", "oppose"),
        ("Any use of the frozen reserves would amount to theft.", "frozen-assets", "oppose"),
        ("Western plans to seize Russian assets will meet a firm response.", "frozen-assets", "oppose"),
    ],
)
def test_wire_style_phrasings(text: str, issue: str, stance: str) -> None:
    assert stance_of(text, issue)[0] == stance
