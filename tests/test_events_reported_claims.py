"""A speaker's act whose content has a subject of its own counts only when that subject is the speaker's side."""

from __future__ import annotations

import pytest

from parley.extract.pipeline import build_pipeline
from parley.model import Article


def events_of(text: str) -> list[tuple[str, str | None]]:
    doc = build_pipeline()(Article(text=text))
    return [(e.event_type, e.source.text if e.source else None) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The speaker's own side as the subject: the speaker's act.
        ("Zelensky said Kyiv would never accept the plan.", [("REJECT", "Zelensky")]),
        ("Peskov said Moscow had rejected the proposal.", [("REJECT", "Peskov")]),
        # Another side as the subject: a claim about others.
        ("Lavrov said Washington had rejected the proposal.", []),
        # A speaker placed on no side cannot speak for the subject: a claim, told before any actor lookup.
        ("A senior official said Kyiv would never accept the plan.", []),
        ("An aide said the Kremlin had rejected the proposal.", []),
    ],
)
def test_reported_subjects_decide_whose_act_it_is(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert events_of(text) == expected
