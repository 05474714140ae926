"""Trigger words read off the word automaton are what the trigger pattern finds, word for word."""

from __future__ import annotations

import random

import pytest

from parley.extract.event_index import default_cue_index
from parley.text.keywords import SpacedWords

TEXTS = [
    "The cease-fires held; a cease-fire was agreed, then cease-fire-monitoring and ceasefire talks.",
    "attacked at the start: “talks” (sanctions) and self-immolated protesters, sit-ins and sit-in.",
    "Naïve talksé ébombed, attacked_up 12met x-met met- -met 'met met's don't; Genève talks.",
    "Mixed Case TALKS Attacked SANCTIONS, re-appointed and co-operation with the go-between.",
]


def plain(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in default_cue_index().triggers.finditer(text.lower())]


@pytest.mark.parametrize("text", TEXTS)
def test_automaton_hits_equal_the_pattern(text: str) -> None:
    assert default_cue_index().trigger_words(text) == plain(text)


def test_mutated_texts_equal_the_pattern() -> None:
    rnd = random.Random(11)
    pieces = [*" .,;-_'’“é3", "cease", "fire", "talks", "attack", "sit-in", "ed", "s", "ñ"]
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40)))
        if len(text.lower()) == len(text):
            assert default_cue_index().trigger_words(text) == plain(text), text


def test_spaced_words_report_word_starts() -> None:
    longest = SpacedWords(["cease", "cease-fire", "talk"])
    data = b" cease-fires talks cease"
    assert [(longest.words[i], s, e) for i, s, e in longest.find(data)] == [
        ("cease-fire", 0, 11), ("talk", 12, 17), ("cease", 18, 24)
    ]
    whole = SpacedWords(["us", "russia", "russian"], whole=True)
    found = whole.find(b" us russia russians russian ")
    assert [whole.words[i] for i, _, _ in found] == ["us", "russia", "russian"]
    with pytest.raises(ValueError):
        SpacedWords(["two words"])
