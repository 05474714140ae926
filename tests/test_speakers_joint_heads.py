"""Joint speakers split into one speaker each, unless the names are modifiers sharing one head noun."""

from __future__ import annotations

from parley.extract.speakers import split_joint
from parley.model import Span


def parts(text: str) -> list[str]:
    return [text[p.start : p.end] for p in split_joint(text, Span(0, len(text)))]


def test_two_names_are_two_speakers() -> None:
    assert parts("Peskov and Zakharova") == ["Peskov", "Zakharova"]


def test_modifiers_of_one_head_noun_stay_one_group() -> None:
    assert parts("Russian and Ukrainian delegations") == ["Russian and Ukrainian delegations"]
    assert parts("Putin and Trump aides") == ["Putin and Trump aides"]


def test_full_names_with_titles_still_split() -> None:
    assert parts("President Putin and President Trump") == ["President Putin", "President Trump"]
