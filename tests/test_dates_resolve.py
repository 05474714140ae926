"""Date expressions resolved against the article date (Thursday 13 March 2025 here)."""

from __future__ import annotations

from datetime import date

import pytest

from parley.text.dates import find_dates, resolve_date

ANCHOR = date(2025, 3, 13)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks resumed yesterday.", date(2025, 3, 12)),
        ("They met on Tuesday.", date(2025, 3, 11)),
        ("They met on Thursday.", date(2025, 3, 13)),  # wire style: on or before the article date
        ("The envoy flew in last Thursday.", date(2025, 3, 6)),
        ("They will meet next Monday.", date(2025, 3, 17)),
        ("The call took place on March 11.", date(2025, 3, 11)),
        ("The call took place on 11 March 2025.", date(2025, 3, 11)),
        ("Signed on 2025-03-11 in Jeddah.", date(2025, 3, 11)),
        ("Back on December 30, the lines were quiet.", date(2024, 12, 30)),
        ("It happened two days ago.", date(2025, 3, 11)),
        ("Officials met last week.", date(2025, 3, 3)),
        ("Nothing dated here.", ANCHOR),
    ],
)
def test_resolve_date(text: str, expected: date) -> None:
    assert resolve_date(text, ANCHOR) == expected


def test_find_dates_keeps_offsets_and_prefers_the_full_expression() -> None:
    text = "On March 11, 2025, and again on Friday."
    found = find_dates(text, ANCHOR)
    assert [(d.text, d.day) for d in found] == [("March 11, 2025", date(2025, 3, 11)), ("Friday", date(2025, 3, 7))]
    assert text[found[0].start : found[0].end] == "March 11, 2025"


def test_impossible_day_is_skipped() -> None:
    assert find_dates("on 31 February", ANCHOR) == []


def test_no_anchor_no_date() -> None:
    assert resolve_date("yesterday", None) is None
