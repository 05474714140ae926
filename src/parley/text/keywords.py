"""Many fixed strings found in one pass: an Aho-Corasick automaton (ahocorasick_rs, compiled) over a text.

Python's ``re`` tries a word list at every position of the text, one character at a time, even when it is
written as a trie (``parley.text.patterns``); an automaton reads the text once, whatever the number of
words. The scans here find *candidates* fast; the callers' own patterns still decide what is a match, so
results stay exactly what the patterns alone would give.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick_rs

__all__ = ["WordStarts"]


class WordStarts:
    """Where any of a set of strings occurs in a text: leftmost-longest, non-overlapping occurrences.

    The guarantee callers rely on: when none of the strings holds a character of some set B (say,
    whitespace and punctuation), every place right after a B character (or the text's start) where one
    of the strings begins is the start of a reported occurrence. No occurrence can run across a B
    character, so none reported earlier can hide it.
    """

    __slots__ = ("_automaton", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words: tuple[str, ...] = tuple(sorted({w for w in words if w}))
        if not self.words:
            raise ValueError("WordStarts needs at least one non-empty string")
        self._automaton = ahocorasick_rs.AhoCorasick(
            list(self.words),
            matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST,
            # A DFA costs more memory to build (a few MB for a few thousand words) and reads a text
            # about twice as fast as the default NFA.
            implementation=ahocorasick_rs.Implementation.DFA,
        )

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """(string index in ``words``, start, end) of each occurrence, in text order (character offsets)."""
        return self._automaton.find_matches_as_indexes(text)

    def starts(self, text: str) -> list[int]:
        """Where each occurrence starts, in text order."""
        return [start for _, start, _ in self._automaton.find_matches_as_indexes(text)]
