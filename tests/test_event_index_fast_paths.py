"""The cue index's fast paths find exactly what the plain patterns find (trigger words, stage cues)."""

from __future__ import annotations

import pytest

from parley.extract.event_index import default_cue_index, is_stage_cue

SENTENCES = [
    "Russia attacked Kharkiv overnight, and Ukraine's army counter-attacked near the border.",
    "attacked at the very start of the text, then the talks-format was agreed by both sides.",
    "The ministers met in Istanbul; they signed a memorandum and agreed to exchange prisoners.",
    "Officials rejected the “ceasefire” plan — then re-imposed sanctions on the bank’s chairman.",
    "No event word stands in this plain sentence about the weather.",
    "He said 'meet' and 'met' and x-met and met-up, then 123met and met_up.",
]


def plain_trigger_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    index = default_cue_index()
    low = text.lower()
    end = len(text) if end is None else end
    return [(m.start(), m.group(0)) for m in index.triggers.finditer(low, start, end)]


@pytest.mark.parametrize("text", SENTENCES)
def test_trigger_words_match_the_plain_pattern(text: str) -> None:
    assert default_cue_index().trigger_words(text) == plain_trigger_words(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_trigger_words_in_a_range_see_the_character_before_it(text: str) -> None:
    index = default_cue_index()
    for start in range(0, len(text), 7):  # starts inside words too: the word's tail is no event word
        assert index.trigger_words(text, start, len(text) - 3) == plain_trigger_words(text, start, len(text) - 3)


def test_trigger_words_find_the_event_words() -> None:
    words = [w for _, w in default_cue_index().trigger_words(SENTENCES[0])]
    assert "attacked" in words


@pytest.mark.parametrize("text", SENTENCES)
def test_stage_matches_are_the_stage_cues_of_all_matches(text: str) -> None:
    index = default_cue_index()
    every = [(c.source, s, e) for c, s, e in index.matches(text) if is_stage_cue(c)]
    assert [(c.source, s, e) for c, s, e in index.matches(text, triggers_only=True)] == every
