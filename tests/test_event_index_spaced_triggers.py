"""Texts with their separators made spaces read what the plain patterns read: trigger words, a stretch's words."""

from __future__ import annotations

import pytest

from parley.extract.event_index import default_cue_index
from parley.extract.event_words import spaced_bytes, split_words, words_in, words_only

TEXTS = [
    "attacked at the very start, then “talks” (on Monday) and a cease-fire-monitoring team.",
    "The naïve envoy attackedé nothing; the cease-fireé held, and Kyiv’s army attacked again.",
    "Café talks: éattacked, attackedé, and déjà met — then they met in Genève and signed.",
    "Tabs\tattacked\nand newlines\nmet, under_scores met_up, digits 12met, x-met and met-up.",
    "İstanbul talks: the İ lengthens when lower-cased, so the offsets need the slow path.",
]


def plain(text: str) -> list[tuple[int, str]]:
    index = default_cue_index()
    low = text.lower()
    if len(low) != len(text):
        return [(m.start(), m.group(0).lower()) for m in index.triggers_any_case.finditer(text)]
    return [(m.start(), m.group(0)) for m in index.triggers.finditer(low)]


@pytest.mark.parametrize("text", TEXTS)
def test_spaced_trigger_words_match_the_plain_pattern(text: str) -> None:
    index = default_cue_index()
    assert index.trigger_words(text) == plain(text)
    assert index.trigger_words(text, low=text.lower()) == plain(text)


def test_spaced_bytes_keep_one_byte_per_character() -> None:
    text = "Kyiv’s “talks” — naïve, cease-fire_1"
    data = spaced_bytes(text.lower())
    assert len(data) == len(text)
    assert data.split() == [b"kyiv", b"s", b"talks", b"na", b"ve", b"cease-fire_1"]


def test_a_word_next_to_a_non_ascii_letter_is_no_trigger() -> None:
    words = [w for _, w in default_cue_index().trigger_words("éattacked attackedé attacked")]
    assert words == ["attacked"]


@pytest.mark.parametrize(
    "text",
    [
        "Naïve 123met met_up x-met met- -met 'tis don't --- ' - a-b-c, Kyiv’s “talks” in Straße.",
        "Russia's free-trade talks: the U.S.-led bloc re-imposed sanctions (again) on 2 banks.",
    ],
)
def test_words_read_from_the_word_text_are_the_words_of_the_stretch(text: str) -> None:
    low = text.lower()
    word_text = words_only(low)
    assert len(word_text) == len(low)
    for start in range(0, len(text), 5):
        for end in (len(text), len(text) - 7, start + 12):
            if start <= end <= len(text):
                assert split_words(word_text, start, end) == words_in(low, start, end)
