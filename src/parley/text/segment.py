"""Paragraph and sentence boundaries as character spans, by fast regular expressions."""

from __future__ import annotations

import re

from parley.model import Span

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+|\r\n[ \t]*\r\n")
# A sentence ends at . ! ? (possibly followed by closing quotes/brackets) before whitespace and a
# capital, a digit or an opening quote. Abbreviations are checked separately.
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019\u00bb)\]]*(?=\s+[\"'\u201c\u2018\u00ab(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt sen rep gov pres st jr sr co corp inc ltd no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m".split()
)


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Spans of the non-blank paragraphs, separated by blank lines (or single newlines in wire copy)."""
    spans: list[Span] = []
    for block in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*", text):
        start, end = block.start(), block.end()
        # Trim surrounding whitespace so spans point at the words.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(Span(start, end))
    return tuple(spans)


def split_sentences(text: str, paragraphs: tuple[Span, ...] | None = None) -> tuple[Span, ...]:
    """Sentence spans; sentences never cross paragraph boundaries."""
    spans: list[Span] = []
    for para in paragraphs if paragraphs is not None else split_paragraphs(text):
        start = para.start
        for m in _SENTENCE_END.finditer(text, para.start, para.end):
            word = re.search(r"([A-Za-z.]+)\.$", text[max(start, m.start() - 12) : m.start() + 1])
            if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if word and len(word.group(1)) == 1 and word.group(1).isupper():  # an initial: "J. Smith"
                continue
            spans.append(Span(start, m.end()))
            start = m.end()
            while start < para.end and text[start].isspace():
                start += 1
        if start < para.end:
            spans.append(Span(start, para.end))
    return tuple(spans)
