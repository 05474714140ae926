"""Whether an unresolved speaker holds a position: the word lookup says what the head-word regex says."""

from __future__ import annotations

import pytest

from parley.extract.positions import _SPEAKER_HEAD, _SPEAKER_WORDS, holds_positions
from parley.model import Mention, Span

SPEAKERS = [
    "Western officials",
    "OFFICIALS",
    "a source familiar with the talks",
    "the President's aides",
    "vice-president",  # a head word joined by a hyphen is part of another word
    "officials-in-waiting",
    "Kremlin spokesman Dmitry Peskov",
    "spokes_man",
    "Neither side's proposals",
    "She",
    "  he  ",
    "",
    "Clinton",
    "U.S. senators, diplomats",
    "\u212a officials",  # the Kelvin sign: not ASCII, the case-blind regex decides
    "Über-Diplomaten und Minister",
    "ministers\u2019 aides",
]


def mention(text: str) -> Mention:
    return Mention(text, (Span(0, len(text)),))


@pytest.mark.parametrize("text", SPEAKERS)
def test_word_lookup_agrees_with_the_head_regex(text: str) -> None:
    words = text.lower().split()
    bare = not words or (len(words) == 1 and words[0] in {"he", "she"})
    expected = not bare and _SPEAKER_HEAD.search(text) is not None
    assert holds_positions(mention(text)) is expected


def test_every_head_word_is_a_plain_lower_case_word() -> None:
    assert all(w.isascii() and w.isalpha() and w.islower() for w in _SPEAKER_WORDS)


def test_named_bodies_hold_and_pronouns_do_not() -> None:
    assert holds_positions(mention("U.S. senators, diplomats"))
    assert holds_positions(mention("the President's aides"))
    assert not holds_positions(mention("vice-president"))
    assert not holds_positions(mention("She"))
