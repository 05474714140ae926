"""Quotation spans: curly, straight, guillemet and single marks, across sentences and paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.model import Span

# Double marks first; single marks are only quote marks where they cannot be apostrophes.
_MARKS = re.compile(
    # One mark of any kind first, then lookbehinds to judge it: a pattern that opens with a plain character
    # class lets the engine jump from mark to mark (about three times faster than testing alternatives).
    r"[\u201c\u201d\u201e\u00ab\u00bb\"\u2018\u2019']"
    r"(?:(?<=')'(?!')"  # two apostrophes: the double mark of some newspapers' copy (of three, the last two)
    r"|(?<=[\u201c\u201d\u201e\u00ab\u00bb\"])"  # a double mark
    r"|(?<![\w\u2019'].)(?<=[\u2018'])(?=[\w\u201c])"  # opening single: not after a letter, before a letter
    r"|(?<=[\w.,!?;:\u2014-].)(?<=[\u2019'])(?!\w))"  # closing single: after a word or punctuation, not before one
)
_OPENERS = "\u201c\u201e\u00ab\u2018"
_AFTER_CLOSE = frozenset(" \n\t\u00a0.,;:!?)") | {""}
_CLOSERS = "\u201d\u00bb\u2019"
OPENING_MARKS = frozenset("\u201c\u201e\u00ab\u2018\"'")
_LEADING_MARKS = OPENING_MARKS | {"\u00bb", "\u201d"}  # marks that may open a quote ("»…«" and "”…”" styles)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: its marks included, one piece per paragraph it runs through."""

    pieces: tuple[Span, ...]
    closed: bool = True

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end


def _is_single(mark: str) -> bool:
    return mark in "\u2018\u2019'"


def _classify(text: str, pos: int, width: int = 1) -> str:
    """'open' or 'close' for a straight mark, judged by the characters around it."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + width] if pos + width < len(text) else " "
    if before.isspace() or before in "([\u2014-:" and not after.isspace():
        return "open"
    if after.isspace() or after in ".,;:!?)\u2014-" or pos + width >= len(text):
        return "close"
    return "open" if not before.isalnum() else "close"


def find_paragraph_quotes(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(open, close, closed) triples inside one paragraph; an unclosed quote runs to the paragraph end."""
    return pair_marks(text, [(m.start(), m.group()) for m in _MARKS.finditer(text, start, end)], end)


def pair_marks(text: str, marks: list[tuple[int, str]], end: int) -> list[tuple[int, int, bool]]:
    """Pair one paragraph's quote marks (position, mark) into (open, close, closed) triples."""
    out: list[tuple[int, int, bool]] = []
    open_at = -1
    open_single = False
    for pos, mark in marks:
        width = len(mark)
        if width == 2:
            mark = '"'  # '' behaves as a straight double mark
        single = _is_single(mark)
        if open_at >= 0 and single != open_single:
            continue  # a nested quote of the other kind: part of the outer quote
        if mark == "\u201c" and open_at >= 0 and not open_single and pos > 0 and not text[pos - 1].isspace() \
                and text[pos + 1 : pos + 2] in _AFTER_CLOSE:
            kind = "close"  # "“It's unusual,“ said X": an opening mark typed for the closing one, after the words
        elif mark in _OPENERS:
            kind = "open"
        elif mark == "\u201d" and open_at < 0 and (pos == 0 or text[pos - 1] == "\n") \
                and text[pos + 1 : pos + 2].isalpha():
            kind = "open"  # "”…”": some sites open a quote with the closing mark (only at a line start)
        elif mark in _CLOSERS:
            kind = "close"
        else:
            kind = _classify(text, pos, width)
            if open_at >= 0 and kind == "open" and mark == '"':
                kind = "close"  # straight marks alternate while a quote is open
        if kind == "open":
            if open_at >= 0:  # an opening mark inside an open quote: the first was never closed
                if single:
                    continue
                out.append((open_at, pos, False))
            open_at, open_single = pos, single
        elif open_at >= 0:
            out.append((open_at, pos + width, True))
            open_at = -1
    if open_at >= 0:
        if open_single:
            return out  # an unmatched single mark is most likely an apostrophe after all
        out.append((open_at, end, False))
    return out


def find_quotes(text: str, paragraphs: tuple[Span, ...]) -> list[Quote]:
    """All quotations, joining an unclosed paragraph-final quote to a next paragraph that opens with one."""
    quotes: list[Quote] = []
    carry: list[Span] | None = None
    # One scan of the whole text; the marks are then dealt out to their paragraphs in order.
    marks = [(m.start(), m.group()) for m in _MARKS.finditer(text)]
    k = 0
    for para in paragraphs:
        while k < len(marks) and marks[k][0] < para.start:
            k += 1
        j = k
        while j < len(marks) and marks[j][0] < para.end:
            j += 1
        if j == k and carry is None:
            continue  # no quote mark in this paragraph
        found = pair_marks(text, marks[k:j], para.end)
        k = j
        opens_with_quote = bool(found) and found[0][0] == para.start
        if carry is not None:
            if opens_with_quote:
                s, e, closed = found.pop(0)
                carry.append(Span(s, e))
                if not closed and e == para.end:
                    continue  # still open: runs on into the next paragraph
                quotes.append(Quote(tuple(carry), closed=closed))
            else:
                quotes.append(Quote(tuple(carry), closed=False))
            carry = None
        for i, (s, e, closed) in enumerate(found):
            if not closed and i == len(found) - 1 and e == para.end:
                carry = [Span(s, e)]
            else:
                quotes.append(Quote((Span(s, e),), closed=closed))
    if carry is not None:
        quotes.append(Quote(tuple(carry), closed=False))
    return quotes


def quote_inner(text: str, span: Span) -> Span:
    """The span without its quote marks and the comma or period just inside the closing mark."""
    start, end = span.start, span.end
    if start < end and text[start] in _LEADING_MARKS:
        start += 2 if text.startswith("''", start) else 1
    if end > start and text[end - 1] in "\u201d\u00bb\u2019\"'\u00ab":
        end -= 2 if text.startswith("''", end - 2) and end - 2 >= start else 1
    while end > start and text[end - 1] in ", \n":
        end -= 1
    return Span(start, end)
