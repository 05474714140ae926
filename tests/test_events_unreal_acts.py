"""Acts that did not happen are no events: negated rejections, counterfactuals, delays, descriptions."""

from __future__ import annotations

import pytest

from parley.extract.event_types import classify_event
from parley.extract.pipeline import build_pipeline
from parley.model import Article


def events_of(text: str) -> list[tuple[str, str | None]]:
    doc = build_pipeline()(Article(text=text))
    return [(e.event_type, e.source.text if e.source else None) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A negated rejection is a hedge, not a rejection.
        ("Macron said he did not rule out sending French instructors to Kyiv.", []),
        ("Erdogan said Turkey would not reject a role in monitoring the truce.", []),
        # The plain rejection is still one.
        ("Macron said he ruled out sending French instructors to Kyiv.", [("REJECT", "Macron")]),
    ],
)
def test_negated_rejections_are_no_events(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert events_of(text) == expected


def test_the_classifier_still_types_a_negated_rejection_for_pairs() -> None:
    # `events classify` (PLV style) keeps the type; only the stage drops the negated act.
    found = classify_event("Poland did not rule out sanctions against Belarus.", "Poland", "Belarus")
    assert found is not None and found.event_type == "REJECT" and found.rule.startswith("negated:")


def test_counterfactual_clauses_tell_no_event() -> None:
    text = "The earlier plan would have obliged Ukraine to withdraw its troops from Kherson."
    assert events_of(text) == []
    # "would have to" is an obligation, not a counterfactual.
    assert classify_event("Russia would have to withdraw troops from Kherson.", "Russia", None) is not None


def test_a_postponed_visit_is_neither_a_visit_nor_a_refusal() -> None:
    assert events_of("Macron postponed a visit to Poland that had been set for Friday.") == []
    assert events_of("Macron cancelled a visit to Poland that had been set for Friday.") == [("REJECT", "Macron")]


@pytest.mark.parametrize(
    "text",
    [
        # A noun naming someone else's act or a thing: the speaker describes, does not threaten or concede.
        "Sybiha said the Kremlin's latest letter sounded like an ultimatum.",
        "Trump said the Friday deadline for Moscow was flexible.",
        "Peskov said the pause on strikes should not be taken as a concession.",
        "Lavrov said the Western drills were a threat to Russia.",
    ],
)
def test_nouns_describing_other_things_are_not_the_speakers_act(text: str) -> None:
    assert events_of(text) == []


def test_asking_for_sanctions_is_a_request() -> None:
    found = classify_event("Kallas called for tougher sanctions against Russia.", "Kallas", "Russia")
    assert found is not None and found.event_type == "REQUEST" and found.mode == "sanctions"


def test_a_precondition_is_no_agreement_yet() -> None:
    assert events_of("Zelensky said Ukraine was ready to consider the idea only if Russian forces left.") == []


def test_warning_against_something_is_opposing_it_not_threatening() -> None:
    assert events_of("Tusk said he warned against any deal made behind Poland's back.") == [("REJECT", "Tusk")]
    assert events_of("Tusk warned that Poland would close the border.") == [("THREATEN", "Tusk")]


def test_a_participle_before_a_noun_is_no_act() -> None:
    assert events_of("Rubio said Washington had floated a demilitarised zone along the front.") == []
    assert events_of("Washington demilitarised the zone along the front.") == [("RETREAT", "Washington")]
