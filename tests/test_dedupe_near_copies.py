"""Near-duplicate detection: a lightly edited syndicated copy is found; a different report is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.ingest import Deduper, read_inputs
from parley.model import Article

ORIGINAL = """Negotiators from both delegations met for five hours in the Saudi capital on Tuesday, the first \
face-to-face session since the winter, officials familiar with the schedule said.

The lead envoy told reporters that technical teams would keep working through the night on the maritime \
text, and that a further meeting had been pencilled in for the following week in the same hotel.

"We are not here to sign anything today," he said as he left the building. "We are here to find out \
whether the other side is serious about shipping lanes, and so far the signs are mixed."

The other delegation said it wanted guarantees on grain shipments before any wider ceasefire could be \
discussed. Its spokeswoman added that prisoner exchanges should continue whatever the outcome of the talks.

Diplomats from three mediating countries attended as observers. One of them described the mood in the \
room as businesslike but cold, with neither side willing to move on the question of territory.

Markets reacted calmly. Wheat futures edged lower in early trading in Chicago after the first reports \
of the meeting, while the currency of the host country was unchanged against the dollar."""

# Syndicated: the last sentence trimmed, a few words changed, and (in the test) another title and URL.
SYNDICATED = """Negotiators from both delegations met for five hours in the Saudi capital on Tuesday, the first \
face-to-face session since the winter, officials familiar with the schedule told the agency.

The lead envoy told journalists that technical teams would keep working through the night on the maritime \
text, and that a further meeting had been pencilled in for next week in the same hotel.

"We are not here to sign anything today," he said as he left the building. "We are here to find out \
whether the other side is serious about shipping lanes, and so far the signs are mixed."

The other delegation said it wanted guarantees on grain shipments before any wider ceasefire could be \
discussed. Its spokeswoman added that prisoner exchanges should continue whatever the outcome of the talks.

Diplomats from three mediating countries attended as observers. One of them described the mood in the \
room as businesslike but cold, with neither side willing to move on the question of territory.

Markets reacted calmly."""

# The same meeting in another newsroom's own words.
OTHER_REPORT = """Talks in the Saudi capital ended on Tuesday evening without agreement, after negotiators spent \
five hours behind closed doors in a hotel conference room guarded by police.

Shipping in the Black Sea dominated the session, according to two people who were present. One delegation \
pressed for written guarantees covering grain exports; the other insisted that any maritime arrangement \
had to come with a broader ceasefire timetable.

Neither side would discuss territory, the people said, and observers from mediating countries left \
before the final hour. A second meeting is expected next week, though no date has been announced.

The head of one delegation declined to comment on arrival. His counterpart said only that the \
atmosphere had been "professional" and that more work was needed before leaders could meet."""


def article(text: str, doc: str, url: str | None = None, title: str | None = None) -> Article:
    return Article(text=text, doc=doc, url=url, title=title)


def test_syndicated_copy_is_found() -> None:
    deduper = Deduper()
    deduper.add("orig", article(ORIGINAL, "orig.txt", "https://wire.example/riyadh", "Riyadh talks end"))
    found = deduper.find(article(SYNDICATED, "copy.txt", "https://agency.example/x", "Five hours in Riyadh"))
    assert found is not None
    assert found.key == "orig" and found.kind == "near"
    assert 0.8 <= found.similarity < 1.0


def test_different_report_of_same_story_is_not_a_duplicate() -> None:
    deduper = Deduper()
    deduper.add("orig", article(ORIGINAL, "orig.txt"))
    deduper.add("copy", article(SYNDICATED, "copy.txt"))
    assert deduper.find(article(OTHER_REPORT, "other.txt")) is None


def test_best_match_is_reported() -> None:
    deduper = Deduper()
    deduper.add("other", article(OTHER_REPORT, "other.txt"))
    deduper.add("orig", article(ORIGINAL, "orig.txt"))
    found = deduper.find(article(ORIGINAL + "\n\nUpdated at 18:00.", "updated.txt"))
    assert found is not None and found.key == "orig" and found.similarity > 0.9


def test_empty_deduper_finds_nothing() -> None:
    assert Deduper().find(article(ORIGINAL, "a")) is None


def test_bundled_syndicated_example(examples_dir: Path) -> None:
    original = examples_dir / "2025-11-25-geneva-peace-plan.txt"
    copy = examples_dir / "syndicated" / "2025-11-25-geneva-peace-plan-cpa.txt"
    if not (original.exists() and copy.exists()):
        pytest.skip("the bundled Geneva examples are not in examples/")
    articles = [r for r in read_inputs([str(examples_dir)], timeout=1.0) if isinstance(r, Article)]
    deduper = Deduper()
    found: dict[str, str] = {}
    for item in articles:
        match = deduper.find(item)
        if match is None:
            deduper.add(item.doc, item)
        else:
            found[item.doc] = match.key
    # The walk reads the original first (it sorts before the syndicated/ folder); no other pair matches.
    assert found == {str(copy): str(original)}
