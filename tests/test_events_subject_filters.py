"""The narrative path's early exits: no actor that may be a subject, no event, before cues are matched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from parley.actors import default_actor_base
from parley.extract.event_roles import (
    actors_in,
    may_be_subject,
    may_have_subject,
    may_take_roles,
    roles_around,
)
from parley.extract.pipeline import Pipeline, build_pipeline
from parley.extract.segment import Segmenter
from parley.model import Article, Mention, Span

# Sentences written for these tests: actors before and after prepositions, "a"/"an", event nouns with
# links, possessors, clause breaks and coordination.
SENTENCES = [
    "Russia attacked Kharkiv overnight.",
    "The attack on the convoy was condemned across Europe, but not by Russia.",
    "Talks between Russia and Ukraine opened in Istanbul on Friday.",
    "The meeting with Zelensky was held in a hotel near Kyiv.",
    "Aid to Ukraine was discussed at length, and sanctions against Russia were extended.",
    "A US proposal was rejected on Tuesday after weeks of talks.",
    "Ukraine's constitution bars any handover of territory to Russia.",
    "Russian and American officials met in Riyadh and agreed to restore embassies.",
    "Troops from Russia crossed into Ukraine, officials in Kyiv said.",
    "An attack by Russia on Odesa killed three people, according to officials in Kyiv.",
    "The strikes on Kyiv drew a sharp rebuke from the European Union.",
    "In a call with Trump, Putin agreed to halt strikes on energy sites.",
]


def mention(text: str, phrase: str) -> Mention:
    start = text.index(phrase)
    return Mention(text=phrase, spans=(Span(start, start + len(phrase)),), actor_id=phrase.lower())


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Russia attacked Kharkiv overnight.", "Russia", True),
        ("Aid to Ukraine was discussed.", "Ukraine", False),  # after a preposition
        ("A US proposal was rejected.", "US", False),  # after "a": it modifies a noun
        ("Talks between Russia and Ukraine opened.", "Russia", False),  # after "between", yet a link (below)
    ],
)
def test_may_be_subject_mirrors_the_filter_of_roles_around(text: str, phrase: str, expected: bool) -> None:
    assert may_be_subject(text, mention(text, phrase), 0) is expected


def test_a_link_word_keeps_an_actor_after_a_preposition() -> None:
    text = "Talks with Russia opened."
    mentions = [mention(text, "Russia")]
    subjects = [m for m in mentions if may_be_subject(text, m, 0)]
    assert subjects == []
    assert may_have_subject(text, mentions, subjects, 0)  # "with Russia": an event noun may name it
    text = "Aid to Ukraine was discussed."
    mentions = [mention(text, "Ukraine")]
    assert not may_have_subject(text, mentions, [], 0)


def _word_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]


def test_the_early_exits_never_rule_out_roles_around() -> None:
    """For every word of every sentence taken as a cue: an exit says no only where roles_around finds nobody."""
    kb = default_actor_base()
    checked = 0
    for text in SENTENCES:
        mentions = actors_in(text, kb, 0, len(text), None)
        assert mentions, text
        subjects = [m for m in mentions if may_be_subject(text, m, 0)]
        possible = may_have_subject(text, mentions, subjects, 0)
        for start, end in _word_spans(text):
            roles = roles_around(text, mentions, start, end, 0, len(text))
            if roles is not None:
                assert possible, (text, text[start:end])
                assert may_take_roles(text, mentions, start, end, subjects), (text, text[start:end])
                assert may_take_roles(text, mentions, start, end), (text, text[start:end])
            checked += 1
    assert checked > 100


def test_sharper_test_rules_out_actors_ending_after_the_cue() -> None:
    text = "The attack on the convoy was condemned across Europe, but not by Russia."
    mentions = [mention(text, "Europe"), mention(text, "Russia")]
    subjects = [m for m in mentions if may_be_subject(text, m, 0)]
    start = text.index("condemned")
    assert not may_take_roles(text, mentions, start, start + 9, subjects)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Aid to Ukraine was discussed at length in the attack's aftermath.", []),
        ("Talks between Russia and Ukraine opened in Istanbul on Friday.", [("CONSULT", "Russia", "Ukraine")]),
        ("Russia attacked Ukraine on Sunday.", [("ASSAULT", "Russia", "Ukraine")]),
    ],
)
def test_stage_events_with_and_without_a_possible_subject(text: str, events: list[tuple[str, str, str]]) -> None:
    doc = build_pipeline()(Article(text=text))
    found = [(e.event_type, e.source.text if e.source else None, e.target.text if e.target else None) for e in doc.events]
    assert found == events


def test_the_early_exits_hold_on_news_text(polnear_dev: Path) -> None:
    """The same check over sentences of real news (the first PolNeAR dev texts), every word as a cue."""
    kb = default_actor_base()
    segment = Pipeline((Segmenter(),))
    files = sorted((polnear_dev / "text").glob("*"))[:12]
    checked = 0
    for path in files:
        doc = segment(Article(text=path.read_text()))
        text = doc.text
        for sentence in doc.sentences:
            lo, hi = sentence.start, sentence.end
            mentions = actors_in(text, kb, lo, hi, None)
            if not mentions:
                continue
            subjects = [m for m in mentions if may_be_subject(text, m, lo)]
            possible = may_have_subject(text, mentions, subjects, lo)
            for m in re.finditer(r"\w+", text[lo:hi]):
                start, end = lo + m.start(), lo + m.end()
                if roles_around(text, mentions, start, end, lo, hi) is not None:
                    assert possible and may_take_roles(text, mentions, start, end, subjects), text[lo:hi]
                    checked += 1
    assert checked > 500
