"""Every actor mention in the sentences of one text: the text made bytes once, an automaton of key words."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parley.actors.match import ActorMatch, Matcher

# What the key automaton reads (see ``TextScanner``): ASCII letters lower-cased and digits kept, every other
# character a space (a non-ASCII one is first encoded as "?"), one byte per character.
_KEY_BYTES = bytes(b + 32 if 65 <= b <= 90 else b if 48 <= b <= 57 or 97 <= b <= 122 else 32 for b in range(128))
_KEY_BYTES += b" " * 128
# Where the automaton's reading may differ from the two candidate regexes': a dotted acronym ("U.S."),
# which the capitalised pattern reads as one word, and a non-ASCII letter or digit, which it reads as a
# letter (and folds) where the automaton sees a space.
# (Searched as ".X." from its first dot: a pattern opening with a literal runs ten times faster.)
_DOTTED = re.compile(r"\.[A-Z]\.")
_WIDE_WORD = re.compile(r"[^\W\x00-\x7f]")


class TextScanner:
    """``Matcher.scan`` over stretches of one text (a document's sentences), with the same results.

    ``scan`` finds where a mention may open with two regexes (capitalised words, lower-case trigger words)
    and a lookup per capitalised word. Here the text is made bytes once (ASCII letters and digits, the
    rest spaces) and an automaton of every key's first word, as whole words, gives just the words that
    open a key; only they are checked. Where that reading may differ from the regexes' (a dotted acronym
    or a non-ASCII letter near the stretch, a stretch that ends inside a word), ``scan`` itself runs.
    """

    __slots__ = ("_data", "_unsure", "day", "matcher", "text")

    def __init__(self, matcher: Matcher, text: str, day: date | None) -> None:
        self.matcher, self.text, self.day = matcher, text, day
        self._data: bytes | None = None  # made at the first stretch
        self._unsure: list[int] = []  # where dotted acronyms may stand

    def scan(self, start: int = 0, end: int | None = None) -> list[ActorMatch]:
        """What ``Matcher.scan(text, start, end, day)`` gives."""
        text, matcher, day = self.text, self.matcher, self.day
        stop = len(text) if end is None else min(end, len(text))
        automaton, key_longest, trigger_longest = matcher.key_words()
        if automaton is None:
            return matcher.scan(text, start, stop, day)
        data = self._data
        if data is None:
            data = self._data = b" " + text.encode("ascii", "replace").translate(_KEY_BYTES) + b" "
            self._unsure = [m.start() - 1 for m in _DOTTED.finditer(text)]
        unsure = self._unsure
        at = bisect_left(unsure, start - 4)
        if (at < len(unsure) and unsure[at] <= stop) or (
            0 < stop < len(text) and text[stop - 1].isalnum() and text[stop].isalnum()
        ):
            return matcher.scan(text, start, stop, day)
        edges = text[max(0, start - 1) : stop + 1]
        if not edges.isascii() and _WIDE_WORD.search(edges):
            return matcher.scan(text, start, stop, day)
        # data[k + 1] is the byte of text[k]: this slice runs from the character before the stretch to
        # the one after it, so a word at either edge has its spaces.
        hits = automaton.find(memoryview(data)[start : stop + 2])
        if not hits:
            return []
        words = automaton.words
        out: list[ActorMatch] = []
        done = start
        for index, space, _ in hits:
            pos = start + space
            if pos < done:
                continue
            head = text[pos]
            if "A" <= head <= "Z":
                longest = key_longest[index]
            else:
                # A trigger word as the pattern finds it: in lower case, with no "_" on either side.
                longest = trigger_longest[index]
                if not longest:
                    continue
                word = words[index]
                after = pos + len(word)
                if (not text.startswith(word, pos) or (pos and text[pos - 1] == "_")
                        or (after < stop and text[after] == "_")):
                    continue
            done = matcher.scan_at(text, pos, longest, stop, day, out, done)
        return out
