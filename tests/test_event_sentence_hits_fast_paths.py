"""The events stage's per-document shortcuts give what the plain per-sentence lookups give."""

from __future__ import annotations

from bisect import bisect_right

from parley.extract.event_index import default_cue_index
from parley.extract.events import event_sentence_hits
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
    """The sentence of each trigger word by binary search, as the stage did before the pointer walk."""
    index, text = default_cue_index(), doc.text
    starts = [s.start for s in doc.sentences]
    found: dict[int, list[int]] = {}
    for position, word in index.trigger_words(text):
        at = bisect_right(starts, position) - 1
        if at < 0 or position >= doc.sentences[at].end:
            continue
        if at in found:
            found[at].append(position)
        elif index.confirm_trigger(text, position, word, doc.sentences[at].start, doc.sentences[at].end):
            found[at] = [position]
    return found


def test_pointer_walk_finds_the_same_sentences_as_binary_search() -> None:
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
