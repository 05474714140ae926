"""A text scanner (the text read once, candidates from a word automaton) finds what ``find_all`` finds."""

from __future__ import annotations

import pickle
import random
from datetime import date

import pytest

from parley.actors import ActorBase, default_actor_base

TEXTS = [
    "Kremlin spokesman Dmitry Peskov told reporters in Moscow that Russian officials would meet the "
    "Ukrainian delegation. U.S. Secretary of State Marco Rubio said Washington wanted a ceasefire.",
    "The president met the pope; the foreign minister of Russia and President Trump's envoy talked.",
    "Erdoğan spoke to Zelensky in Kyiv’s centre; _Russia and president_ and NATO-led xU.S. and AU.S.A forces.",
    "RUSSIA and UKRAINE: Moscow2 Kyiv Russia_Ukraine us US Us the Pentagon, the White House, Kiev and Spokesman.",
    "İstanbul talks: ıRussia, ſupreme Kremlin and \u212ayiv with NATO Secretary-General Mark Rutte.",
]


@pytest.fixture(scope="module")
def kb() -> ActorBase:
    return default_actor_base()


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("day", [None, date(2025, 5, 20)])
def test_every_stretch_gives_what_find_all_gives(kb: ActorBase, text: str, day: date | None) -> None:
    scanner = kb.scanner(text, day)
    for start in range(0, len(text), 7):
        for end in (len(text), start + 1, start + 23, start + 60):
            end = min(end, len(text))
            assert scanner.scan(start, end) == kb.find_all(text, start, end, day), (start, end)


def test_random_stretches_of_a_long_text(kb: ActorBase) -> None:
    text = " ".join(TEXTS) * 3
    scanner = kb.scanner(text)
    rnd = random.Random(7)
    for _ in range(300):
        start = rnd.randrange(len(text))
        end = min(len(text), start + rnd.randint(0, 200))
        assert scanner.scan(start, end) == kb.find_all(text, start, end)


def test_the_whole_text_by_default(kb: ActorBase) -> None:
    text = TEXTS[0]
    assert kb.scanner(text).scan() == kb.find_all(text)
    assert [text[m.start : m.end] for m in kb.scanner(text).scan(0, 40)] == ["Kremlin spokesman Dmitry Peskov"]


def test_the_matcher_pickles_without_its_automaton(kb: ActorBase) -> None:
    matcher = kb._matcher  # the actor base cache pickles the matcher, automaton made or not
    matcher.key_words()
    again = pickle.loads(pickle.dumps(matcher))
    assert again._key_words is None
    assert again.scanner(TEXTS[1]).scan() == matcher.scan(TEXTS[1])
