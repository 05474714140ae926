"""What a quote's cue holds after its verb, and word forms the polnear profile does not read as cues."""

from __future__ import annotations

from statement_spans import statement_spans


def _cues(text: str, profile: str = "polnear") -> list[str]:
    return [cue for _, cue, _, _ in statement_spans(text, profile)]


def test_the_medium_after_a_quote_joins_its_cue() -> None:
    text = "\u201cThe bridge stays shut until May,\u201d the mayor said in a statement."
    assert _cues(text) == ["said in a statement"]


def test_an_event_after_a_quote_stays_out_of_its_cue() -> None:
    text = "\u201cThe bridge stays shut until May,\u201d the mayor said at a news conference."
    assert _cues(text) == ["said"]
    text = "\u201cWe expect a quiet winter,\u201d the chief executive said on a conference call."
    assert _cues(text) == ["said"]


def test_rare_forms_are_no_cues_in_the_polnear_profile() -> None:
    assert _cues("The growers wanted a higher price for the grain.") == []
    assert _cues("The mayor fears the river will flood.") == []
    assert _cues("The council will welcome the new plan.") == []
    assert _cues("Ortiz has written a book about the mill.") == []


def test_the_product_profile_keeps_its_cues() -> None:
    text = "\u201cThe bridge stays shut until May,\u201d the mayor said at a news conference."
    assert _cues(text, "product") == ["said"]
