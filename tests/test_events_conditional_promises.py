"""A promise made on a condition ("if peace were reached, we would …") is no agreement yet."""

from __future__ import annotations

from parley.extract.pipeline import build_pipeline
from parley.model import Article


def events_of(text: str) -> list[tuple[str, str]]:
    doc = build_pipeline()(Article(text=text))
    return [(e.event_type, e.rule) for e in doc.events]


def test_a_plain_promise_is_an_agreement() -> None:
    found = events_of("Vladimir Putin said on Friday that Russia would honour its commitments to the United States.")
    assert ("AGREE", "statement:future:honour~") in found


def test_a_promise_on_a_condition_is_no_event() -> None:
    assert events_of("Vladimir Putin said on Friday that if a lasting peace were reached, Russia would honour "
                     "its commitments to the United States.") == []
