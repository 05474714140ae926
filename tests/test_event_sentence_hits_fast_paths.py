"""Event detection's per-document shortcuts give what the plain per-sentence lookups give."""

from __future__ import annotations

from bisect import bisect_right

from parley.extract.event_detect import event_sentence_hits
from parley.extract.event_index import default_cue_index
from parley.extract.pipeline import build_pipeline
from parley.model import Article, Doc

TEXT = (
    "Russia launched a drone attack on Kyiv overnight. The weather was mild. "
    "Zelensky met Macron in Paris and agreed to a joint plan, officials said. "
    "“We reject this proposal,” Peskov told reporters. Nothing happened here."
)


def segmented(text: str) -> Doc:
    return build_pipeline(["parley.segment.v1"])(Article(text=text))


def hits_by_bisect(doc: Doc) -> dict[int, list[int]]:
    """The sentence of each trigger word (found by the plain pattern, one word at a time) by binary search."""
    index, text = default_cue_index(), doc.text
    starts = [s.start for s in doc.sentences]
    found: dict[int, list[int]] = {}
    for m in index.triggers.finditer(text.lower()):
        position, word = m.start(), m.group(0)
        at = bisect_right(starts, position) - 1
        if at < 0 or position >= doc.sentences[at].end:
            continue
        if at in found:
            found[at].append(position)
        elif index.confirm_trigger(text, position, word, doc.sentences[at].start, doc.sentences[at].end):
            found[at] = [position]
    return found


def test_stage_finds_the_same_sentences_as_the_plain_pattern() -> None:
    doc = segmented(TEXT)
    assert event_sentence_hits(doc) == hits_by_bisect(doc)
    assert event_sentence_hits(doc, doc.text.lower()) == hits_by_bisect(doc)
    assert 1 not in event_sentence_hits(doc)  # "The weather was mild." holds no event word


def test_matches_on_a_shared_lower_cased_text_equal_matches_on_the_slice() -> None:
    index = default_cue_index()
    doc = segmented(TEXT)
    low = doc.text.lower()
    for sentence in doc.sentences:
        plain = index.matches(doc.text, sentence.start, sentence.end, triggers_only=True)
        shared = index.matches(doc.text, sentence.start, sentence.end, triggers_only=True, low=low)
        assert [(c.source, s, e) for c, s, e in shared] == [(c.source, s, e) for c, s, e in plain]


def test_a_text_that_lower_casing_lengthens_still_matches() -> None:
    text = "İstanbul hosted talks. Russia attacked Kharkiv."
    index = default_cue_index()
    plain = index.matches(text, 0, len(text), triggers_only=True)
    shared = index.matches(text, 0, len(text), triggers_only=True, low=text.lower())
    assert [(c.source, s, e) for c, s, e in shared] == [(c.source, s, e) for c, s, e in plain]
    assert any(text[s:e].lower().startswith("attack") for _, s, e in plain)


def test_overlaps_any_agrees_with_the_full_search() -> None:
    import random

    from parley.extract.event_detect import indices_overlapping, overlaps_any
    from parley.model import Span

    rng = random.Random(7)
    for _ in range(500):
        at, spans = 0, []
        for _ in range(rng.randint(0, 6)):
            at += rng.randint(0, 5)
            end = at + rng.randint(1, 8)
            spans.append(Span(at, end))
            at = end
        sentences = tuple(spans)
        starts = [s.start for s in sentences]
        for _ in range(20):
            start = rng.randint(0, 60)
            end = start + rng.randint(-2, 12)
            assert overlaps_any(sentences, starts, start, end) == bool(indices_overlapping(sentences, starts, start, end))


def test_cues_ruled_out_by_their_opening_words_are_the_ones_that_do_not_match() -> None:
    text = (
        "Washington cut off military support to Kyiv last year. Voters showed support for the plan. "
        "The ministry closed its office in Moscow. The office was closed on Sunday. "
        "The ſecurity support package was signed."  # a long s: lower-casing no longer stands in for case-blindness
    )
    doc = segmented(text)
    assert event_sentence_hits(doc, doc.text.lower()) == hits_by_bisect(doc)
    assert event_sentence_hits(doc) == hits_by_bisect(doc)
