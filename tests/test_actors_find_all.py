"""Scanning running text: every mention, longest first, non-overlapping, with absolute offsets."""

from __future__ import annotations

from datetime import date

import pytest

from parley.actors import ActorBase, default_actor_base

PARAGRAPH = (
    "Kremlin spokesman Dmitry Peskov told reporters in Moscow that Russian officials would meet the "
    "Ukrainian delegation. U.S. Secretary of State Marco Rubio said Washington wanted a ceasefire, while "
    "European leaders gathered in Kyiv. NATO Secretary-General Mark Rutte said Russian troops were massing, "
    "and the pope urged peace. The foreign minister of Russia rejected the plan; Erdoğan spoke to Trump's "
    "Ukraine envoy Keith Kellogg and Western officials. They told us nothing; a tusk was found."
)


@pytest.fixture(scope="module")
def kb() -> ActorBase:
    return default_actor_base()


def test_paragraph_mentions_and_offsets(kb: ActorBase) -> None:
    found = kb.find_all(PARAGRAPH, day=date(2025, 5, 20))
    got = [(PARAGRAPH[m.start : m.end], m.actor.id, m.resolved_by) for m in found]
    assert got == [
        ("Kremlin spokesman Dmitry Peskov", "dmitry-peskov", "name"),
        ("Moscow", "russia", "organisation"),
        ("Russian officials", "russia", "organisation"),
        ("Ukrainian delegation", "ukraine", "organisation"),
        ("U.S. Secretary of State Marco Rubio", "marco-rubio", "name"),
        ("Washington", "united-states", "organisation"),
        ("European leaders", "europe", "organisation"),
        ("Kyiv", "ukraine", "organisation"),
        ("NATO Secretary-General Mark Rutte", "mark-rutte", "name"),
        ("Russian troops", "russian-armed-forces", "organisation"),
        ("pope", "pope-leo-xiv", "title"),
        ("foreign minister of Russia", "sergey-lavrov", "title"),
        ("Erdoğan", "recep-tayyip-erdogan", "name"),
        ("Trump's Ukraine envoy Keith Kellogg", "keith-kellogg", "name"),
        ("Western officials", "the-west", "organisation"),
    ]


def test_matches_are_sorted_and_do_not_overlap(kb: ActorBase) -> None:
    found = kb.find_all(PARAGRAPH)
    for before, after in zip(found, found[1:], strict=False):
        assert before.end <= after.start


def test_range_limits_and_offsets_stay_absolute(kb: ActorBase) -> None:
    start = PARAGRAPH.index("U.S.")
    end = PARAGRAPH.index("NATO")
    found = kb.find_all(PARAGRAPH, start, end)
    assert [PARAGRAPH[m.start : m.end] for m in found] == [
        "U.S. Secretary of State Marco Rubio", "Washington", "European leaders", "Kyiv"]
    assert all(start <= m.start and m.end <= end for m in found)


def test_case_matters_in_running_text(kb: ActorBase) -> None:
    # "us" the pronoun and "tusk" the noun are no actors; "US" and "Tusk" are.
    assert kb.find_all("They told us and a tusk.") == []
    assert [m.actor.id for m in kb.find_all("The US and Tusk agreed.")] == ["united-states", "donald-tusk"]


def test_possessive_and_bare_adjective(kb: ActorBase) -> None:
    text = "Russia's position on Russian oil was clear."
    assert [(text[m.start : m.end], m.actor.id) for m in kb.find_all(text)] == [("Russia", "russia")]


def test_office_without_holder_is_skipped_unless_named(kb: ActorBase) -> None:
    text = "German Chancellor Olaf Scholz met the German chancellor."
    found = kb.find_all(text, day=date(2025, 6, 1))
    assert [(text[m.start : m.end], m.actor.id) for m in found] == [
        ("German Chancellor Olaf Scholz", "olaf-scholz"), ("German chancellor", "friedrich-merz")]


def test_empty_and_actorless_text(kb: ActorBase) -> None:
    assert kb.find_all("") == []
    assert kb.find_all("It rained all day in the valley.") == []


def test_longer_unknown_proper_names_are_not_mentions(kb: ActorBase) -> None:
    text = "The Washington Post said voters in West Virginia and Moscow Tuesday agreed; Russia-Ukraine talks."
    found = [(text[m.start : m.end], m.actor.id) for m in kb.find_all(text)]
    assert found == [("Moscow", "russia"), ("Russia", "russia"), ("Ukraine", "ukraine")]
