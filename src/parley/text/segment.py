"""Paragraph and sentence boundaries as character spans, by fast regular expressions."""

from __future__ import annotations

import re

from parley.model import Span

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+|\r\n[ \t]*\r\n")
# A sentence ends at . ! ? (possibly followed by closing quotes/brackets) before whitespace and a
# capital, a digit or an opening quote. Abbreviations are checked separately.
# (One mark first, then the rest: a pattern that opens with a plain character class is scanned fastest.)
# Group 1 is set only for a period that may end an abbreviation: one after a letter, unless five lowercase
# letters precede it (no abbreviation is that long), so most ends skip the Python-level check.
_SENTENCE_END = re.compile(
    r"[.!?](?:(?<=[a-z]{5}.)|(?<![^\W\d_].)|(?<=[!?])|())"
    r"[.!?]*[\"'\u201d\u2019\u00bb)\]]*(?=\s+(?:''|[\"'\u201c\u2018\u00ab(\[])?[A-Z0-9])"
)
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
    # One scan of the whole text; sentence ends are then dealt out to their paragraphs in order.
    ends = [m.end() for m in _SENTENCE_END.finditer(text)
            if m.lastindex is None or not _is_abbreviation(text, m.start())]
    k = 0
    for para in paragraphs if paragraphs is not None else split_paragraphs(text):
        start = para.start
        while k < len(ends) and ends[k] <= start:
            k += 1
        while k < len(ends) and ends[k] < para.end:
            spans.append(Span(start, ends[k]))
            start = ends[k]
            while start < para.end and text[start].isspace():
                start += 1
            k += 1
        if start < para.end:
            spans.append(Span(start, para.end))
    return tuple(spans)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the mark at ``dot`` ends an abbreviation ("Mr.", "U.S.") or an initial ("J. Smith")."""
    if text[dot] != "." or dot == 0 or not text[dot - 1].isalpha():
        return False
    begin = max(text.rfind(" ", max(0, dot - 12), dot), text.rfind("\n", max(0, dot - 12), dot)) + 1
    word = text[begin:dot].lstrip("(\"'\u201c\u2018")
    if len(word) == 1:
        return word.isupper()  # an initial: "J. Smith"
    if len(word) > 5 and "." not in word:
        return False  # an ordinary word: the common case, decided without a lookup
    # Initials run together ("J.M. Berger", "D.C.") count as one abbreviation.
    low = word.lower()
    if low in _ABBREVIATIONS or (len(word) <= 4 and "." in word and all(len(w) == 1 for w in word.split("."))):
        # "… entering the U.S. While …": an abbreviation that can close a sentence does so before a word
        # that opens one.
        return not (low in _CAN_CLOSE and _next_word(text, dot) in _SENTENCE_OPENERS)
    return False


# Abbreviations that often end a sentence, and capitalised words that nearly always start one after them.
_CAN_CLOSE = frozenset("u.s u.k u.n e.u d.c a.m p.m etc inc co corp ltd jr sr".split())
_SENTENCE_OPENERS = frozenset(
    "The But And He She It They We I While When If This That These Those There In On At As After Before "
    "Since Although Though However Yet So Still Meanwhile His Her Their Its Our A An".split()
)
_NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018]?([A-Za-z]+)")


def _next_word(text: str, dot: int) -> str:
    m = _NEXT_WORD.match(text, dot + 1)
    return m.group(1) if m else ""
