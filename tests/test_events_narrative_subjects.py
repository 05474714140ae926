"""A narrative event needs a subject: the cheap test that lets a sentence go before any classification."""

from __future__ import annotations

import pytest

from parley.extract.event_roles import may_take_roles, roles_around
from parley.extract.pipeline import build_pipeline
from parley.model import Article, Mention, Span


def mention(text: str, phrase: str, actor_id: str) -> Mention:
    start = text.index(phrase)
    return Mention(text=phrase, spans=(Span(start, start + len(phrase)),), actor_id=actor_id)


def cue_at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word", "actors", "expected"),
    [
        ("Russia attacked Kharkiv overnight.", "attacked", ["Russia", "Kharkiv"], True),
        ("The attack on the convoy was condemned across Europe.", "condemned", ["Europe"], False),
        ("Talks between Russia and Ukraine opened in Istanbul.", "Talks", ["Russia", "Ukraine"], True),
        ("The meeting was held in a hotel near Ukraine.", "meeting", ["Ukraine"], False),
    ],
)
def test_may_take_roles_is_false_only_where_roles_around_finds_nobody(
    text: str, word: str, actors: list[str], expected: bool
) -> None:
    mentions = [mention(text, a, a.lower()) for a in actors]
    start, end = cue_at(text, word)
    assert may_take_roles(text, mentions, start, end) is expected
    if not expected:
        assert roles_around(text, mentions, start, end, 0, len(text)) is None


def test_no_mentions_take_no_roles() -> None:
    assert may_take_roles("Talks opened.", [], 0, 5) is False


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("The attack on the convoy was condemned across Europe, but not by Russia.", []),
        ("Talks between Russia and Ukraine opened in Istanbul on Friday.", [("CONSULT", "Russia", "Ukraine")]),
        ("An official said the two sides had agreed to exchange prisoners.", []),
        ("Zelensky said the two sides had agreed to exchange prisoners.", []),
    ],
)
def test_stage_codes_only_acts_with_a_subject(text: str, events: list[tuple[str, str, str]]) -> None:
    doc = build_pipeline()(Article(text=text))
    found = [(e.event_type, e.source.text if e.source else None, e.target.text if e.target else None) for e in doc.events]
    assert found == events
