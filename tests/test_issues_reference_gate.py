"""The reference gate on lower-cased text says what the case-blind gate says, on any text."""

from __future__ import annotations

import pytest

from parley.extract.caseless import lowering_is_caseless
from parley.extract.issues import load_issues

TEXTS = [
    "The plant was shelled again; the Troops stayed.",
    "“These FORCES will not leave,” he said of the contingent.",
    "Nothing here refers back to anything at all.",
    "xtroops and under_forces are no words of their own",
    "The ſwap and the commİtments, measured in K units, reached Ĳsselmuiden.",
    "Über die Truppen: the troops’ reserves.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_may_refer_agrees_with_the_case_blind_gate(text: str) -> None:
    taxonomy = load_issues()
    assert taxonomy.reference_gate is not None
    assert taxonomy.may_refer(text) == (taxonomy.reference_gate.search(text) is not None)


def test_lowering_stands_in_for_case_blindness_only_without_special_letters() -> None:
    assert lowering_is_caseless("plain ASCII text")
    assert lowering_is_caseless("curly “quotes” and accents: café")
    assert not lowering_is_caseless("the long s in ſwap")
    assert not lowering_is_caseless("İstanbul")
