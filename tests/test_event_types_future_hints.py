"""The promise pattern runs only where one of its hint words stands: the hints must cover every alternative."""

from __future__ import annotations

import re

import pytest

from parley.extract.event_types import _FUTURE, _FUTURE_HINTS, classify_event


def test_every_alternative_of_the_promise_pattern_holds_a_hint() -> None:
    body = _FUTURE.pattern.removeprefix(r"\b(?:").removesuffix(r")\b")
    alternatives = re.split(r"\|(?![^()]*\))", body)  # top-level alternatives only
    assert len(alternatives) > 10
    for alternative in alternatives:
        literal = re.sub(r"\\s\+|\(\?:|\)|\?|[|]", " ", alternative).lower()
        assert any(hint in literal for hint in _FUTURE_HINTS), alternative


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia will release the prisoners held by Ukraine.", "AGREE"),
        ("Russia pledged to release the prisoners held by Ukraine.", "AGREE"),
        ("Russia released the prisoners held by Ukraine.", "RETREAT"),
    ],
)
def test_promises_are_still_read(text: str, expected: str) -> None:
    found = classify_event(text, "Russia", "Ukraine")
    assert found is not None and found.event_type == expected
