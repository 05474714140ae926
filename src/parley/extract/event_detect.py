"""Detection: the sentences that may hold an event (trigger words, by sentence), and sentences by offset."""

from __future__ import annotations

from bisect import bisect_right

from parley.extract.caseless import lowering_is_caseless
from parley.extract.event_index import default_cue_index
from parley.model import Doc, Span


def sentences_overlapping(sentences: tuple[Span, ...], starts: list[int], part: Span) -> list[Span]:
    """The sentences (sorted, with their starts) that overlap a span, by binary search."""
    return [sentences[i] for i in indices_overlapping(sentences, starts, part.start, part.end)]


def indices_overlapping(sentences: tuple[Span, ...], starts: list[int], start: int, end: int) -> list[int]:
    """The indices of the sentences that overlap ``[start, end)`` (or hold ``start``), by binary search."""
    i = max(bisect_right(starts, start) - 1, 0)
    out: list[int] = []
    stop = max(end, start + 1)
    while i < len(sentences):
        sentence = sentences[i]
        if sentence.start >= stop:
            break
        if (sentence.start < end and start < sentence.end) or sentence.start <= start < sentence.end:
            out.append(i)
        i += 1
    return out


def overlaps_any(sentences: tuple[Span, ...], starts: list[int], start: int, end: int) -> bool:
    """Whether ``indices_overlapping`` would find any sentence, by one binary search."""
    i = bisect_right(starts, start) - 1
    if i >= 0 and start < sentences[i].end:
        return True  # the sentence that holds ``start``
    return i + 1 < len(starts) and starts[i + 1] < end  # the next one begins inside the span


def event_sentences(doc: Doc) -> dict[Span, list[int]]:
    """Sentences where a trigger cue matches, with where: one regex pass over the text, a check at each hit."""
    return {doc.sentences[i]: hits for i, hits in event_sentence_hits(doc).items()}


def event_sentence_hits(doc: Doc, low: str | None = None, starts: list[int] | None = None) -> dict[int, list[int]]:
    """By sentence index, where the event words of each sentence with a confirmed trigger cue stand.

    ``low``: the document's text lower-cased, when the caller has it; ``starts``: where its sentences start.
    """
    index = default_cue_index()
    sentences, text = doc.sentences, doc.text
    if starts is None:
        starts = [s.start for s in sentences]
    found: dict[int, list[int]] = {}
    confirm = index.confirm_trigger
    # Lower-cased text lets a cue be ruled out by a plain search for its opening words, where that is exact.
    plain = low if low is not None and len(low) == len(text) and lowering_is_caseless(text) else None
    for position, word in index.trigger_words(text, low=low):
        at = bisect_right(starts, position) - 1
        if at < 0 or position >= sentences[at].end:
            continue  # before the first sentence, or between two
        hits = found.get(at)
        if hits is not None:
            hits.append(position)  # the sentence is in already; where its event words stand is enough
        elif confirm(text, position, word, sentences[at].start, sentences[at].end, plain):
            found[at] = [position]
    return found
