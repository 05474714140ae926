"""The cue scan tried only where a cue's first word starts finds exactly what the full regex scan finds."""

from __future__ import annotations

import pytest

from parley.extract.cues import cue_lexicon, find_cues

TEXTS = [
    "Said Peskov: the talks are over.",
    'He said, "we will not." She says otherwise, and they told reporters so.',
    "The envoy pointed out that nothing was agreed; according to  officials,\nthe talks stalled.",
    "Nobody saidx anything; the unsaid part stayed unsaid. (said he)",
    "Zelenskyy said on Tuesday — said again — that Kyiv insisted on guarantees.",
    "“We reject it,” said the minister. ‘No,’ said another.",
    "said",
    "",
    "The naïve analyst said Ünal told Çelik that Peskov denied it.",
    "He said said said, then noted: nothing.",
    "Officials,said sources,told us/said they would.",
]


@pytest.mark.parametrize("profile", ["product", "polnear"])
@pytest.mark.parametrize("text", TEXTS)
def test_candidate_scan_matches_full_scan(profile: str, text: str) -> None:
    lexicon = cue_lexicon(profile)
    expected = [(m.start(1), m.end(1)) for m in lexicon.scan.finditer(text)]
    if text[:1].isalpha() and (first := lexicon.scan.match(" " + text)) is not None:
        expected.insert(0, (0, first.end(1) - 1))
    assert find_cues(lexicon, text) == expected


def test_cues_found_in_running_text() -> None:
    text = "Peskov said the plan was premature, and Rubio told reporters the talks were over."
    found = [text[s:e] for s, e in find_cues(cue_lexicon("product"), text)]
    assert found == ["said", "told"]
