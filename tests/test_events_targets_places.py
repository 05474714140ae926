"""Targets are parties, not occasions or the country where a thing happens; places are where the act was."""

from __future__ import annotations

from datetime import date

from parley.extract.event_checks import is_party_phrase, place_bounds
from parley.extract.pipeline import build_pipeline
from parley.extract.places import find_location
from parley.model import Article, Event


def events_of(text: str) -> list[Event]:
    return list(build_pipeline()(Article(text=text, published=date(2025, 3, 1))).events)


def test_a_meeting_named_after_its_city_is_where_not_whom() -> None:
    (event,) = events_of("Rubio attended the Geneva meeting on Monday.")
    assert event.event_type == "CONSULT"
    assert event.target is None
    assert event.location is not None and event.location.name == "Geneva"


def test_only_a_meeting_happens_in_the_city_that_names_it() -> None:
    text = "Moscow dismissed the Vienna summit."
    assert find_location(text, occasions=True) is not None
    assert find_location(text) is None  # a rejection of the summit did not take place in Vienna


def test_the_country_where_a_rejected_thing_happens_is_not_the_target() -> None:
    (event,) = events_of("Lavrov said the deployment of Western troops to Ukraine was unacceptable to Russia.")
    assert event.event_type == "REJECT"
    assert event.target is not None and event.target.actor_id != "ukraine"
    (event,) = events_of("Lavrov said a deployment to Ukraine was unacceptable.")
    assert event.target is None


def test_unnamed_things_are_no_targets_but_groups_are() -> None:
    assert not is_party_phrase("energy pause")
    assert not is_party_phrase("Geneva meeting")
    assert is_party_phrase("Rosneft")
    assert is_party_phrase("European troops")


def test_a_place_in_a_later_time_clause_is_not_where_the_act_was() -> None:
    text = "Britain imposed sanctions on Lukoil, a day after talks in Vienna collapsed."
    cue_end = text.index("sanctions") + len("sanctions")
    lo, hi = place_bounds(text, 0, len(text), cue_end, None)
    assert (lo, hi) == (0, text.index(", a day after"))
    (event,) = events_of(text)
    assert event.location is None or event.location.name != "Vienna"


def test_a_speech_act_in_a_time_clause_is_placed_from_there() -> None:
    text = "Zelensky met Kellogg in Kyiv on Friday, a day after Trump accused him of stalling."
    speaker = text.index("Trump")
    lo, _ = place_bounds(text, 0, len(text), text.index("accused") + 7, speaker)
    assert lo == text.index(", a day after")


def test_a_same_side_co_subject_is_no_counterpart() -> None:
    (event,) = events_of("Rubio and Vance spent the morning with Zelensky and met him again at noon.")
    assert event.event_type == "CONSULT"
    assert event.target is not None and event.target.actor_id == "volodymyr-zelensky"
