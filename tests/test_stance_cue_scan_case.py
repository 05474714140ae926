"""Cue words are found alike in any case, and keep the text's own spelling."""

from __future__ import annotations

from parley.extract.stance import find_cues


def test_upper_case_cues_are_found_with_their_own_spelling() -> None:
    text = "Moscow REJECTED the plan but Welcomed the talks."
    cues = find_cues(text, 0, len(text))
    assert [(c.text, c.polarity) for c in cues] == [("REJECTED", -1), ("Welcomed", 1)]
    assert all(text[c.start : c.end] == c.text for c in cues)


def test_a_text_that_lower_casing_lengthens_is_read_case_blind() -> None:
    text = "İstanbul talks: Kyiv rejected the offer."
    cues = find_cues(text, 0, len(text))
    assert [c.text for c in cues] == ["rejected", "offer"]
    assert text[cues[0].start : cues[0].end] == "rejected"
