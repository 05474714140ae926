"""The stage looks cues up by sharper words, and still finds every match of every stage cue."""

from __future__ import annotations

import pytest

from parley.extract.event_index import default_cue_index, is_stage_cue
from parley.extract.event_words import needed_words, opening_words

SENTENCES = [
    "Moscow said Kyiv was responsible for the strike, and the army was put on high alert.",
    "The two leaders shook hands with reporters watching; Putin greeted Trump at the airport.",
    "Zelensky called Putin a war criminal and said Russia is a terrorist state and the aggressor.",
    "Officials have to decide whether the troops are to blame, and whether aid is sent in time.",
    "He said nothing about the weather, the markets or the match on Sunday.",
]


def test_alternatives_are_looked_up_by_their_uncommon_words() -> None:
    assert needed_words("(?:responsible|to blame|behind|guilty)") == {"responsible", "blame", "behind", "guilty"}
    assert needed_words("(?:war criminal|terrorist state|aggressor)") == {"criminal", "terrorist", "aggressor"}
    assert "shook" in (needed_words("(?:greet~|shook hands with)") or set())
    assert "with" not in (needed_words("(?:greet~|shook hands with)") or set())


def test_an_optional_group_of_words_is_not_needed() -> None:
    assert needed_words("(?:high |full |combat )?alert") == {"alert"}
    assert needed_words("foo(?:s)?") is None  # a glued optional part changes the word itself: unsure


def test_opening_words_are_the_first_word_of_each_alternative() -> None:
    assert opening_words("(?:responsible|to blame)") == {"responsible", "to"}
    assert opening_words("(?:high |full )?alert") is None  # may open with the optional words: unsure


@pytest.mark.parametrize("text", SENTENCES)
def test_stage_matches_are_every_match_of_every_stage_cue(text: str) -> None:
    index = default_cue_index()
    every = [(cue.source, m.start(), m.end()) for cue in index.cues if is_stage_cue(cue)
             for m in cue.pattern.finditer(text)]
    found = [(cue.source, s, e) for cue, s, e in index.matches(text, triggers_only=True)]
    assert found == every
    assert [(c.source, s, e) for c, s, e in index.matches(text) if is_stage_cue(c)] == every
