"""The stage's cue lookup by words: split by what an anchor word settles, the same cues as the plain reading."""

from __future__ import annotations

import random

from parley.extract.event_index import default_cue_index
from parley.extract.event_words import split_words, words_only


def plain_reading(words: set[str]) -> list[int]:
    """Every cue keyed by a word present, kept when each of its other tokens has a word present."""
    index = default_cue_index()
    chosen = set(index.stage_always)
    for word in index.stage_by_word.keys() & words:
        chosen.update(index.stage_by_word[word])
    return [i for i in sorted(chosen)
            if all(not need.isdisjoint(words) for need in index.other_needs[i])]


def test_random_word_sets_give_the_plain_reading() -> None:
    index = default_cue_index()
    vocabulary = sorted({w for needs in index.other_needs for need in needs for w in need} | set(index.stage_by_word))
    rng = random.Random(7)
    for _ in range(3000):
        words = set(rng.sample(vocabulary, rng.randint(1, 12))) | {"the", "said", "and"}
        assert index.stage_candidates(words) == plain_reading(words)


def test_sentences_give_the_plain_reading() -> None:
    sentences = [
        "Russia voted against the resolution and imposed sanctions on the bank.",
        "The ministry suspended military aid and closed the border with Belarus.",
        "Officials said they would not rule out new talks with Kyiv.",
        "He called for a ceasefire, and the rebels pulled out of the deal.",
    ]
    index = default_cue_index()
    for text in sentences:
        low = text.lower()
        words = split_words(words_only(low), 0, len(low))
        found = index.stage_candidates(words)
        assert found == plain_reading(words)
        assert found, text
