"""Many fixed strings found in one pass: an Aho-Corasick automaton (ahocorasick_rs, compiled) over a text.

Python's ``re`` tries a word list at every position of the text, one character at a time, even when it is
written as a trie (``parley.text.patterns``); an automaton reads the text once, whatever the number of
words. The scans here find *candidates* fast; the callers' own patterns still decide what is a match, so
results stay exactly what the patterns alone would give.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick_rs

__all__ = ["SpacedWords", "WordStarts", "word_start_indexes"]


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


def word_start_indexes(words: WordStarts, text: str) -> list[int]:
    """Indexes (in ``words.words``) of the occurrences that begin a word of ``text``, in text order.

    A word begins where no word character (``\\w``: a letter, digit or underscore) comes before, as a
    regex's ``(?<!\\w)`` reads it. With strings made of word characters only, this is exactly the
    strings a regex ``(?<!\\w)(?:longest|...|shortest)`` finds, one per word start (see ``WordStarts``).
    """
    out: list[int] = []
    for index, start, _ in words.find(text):
        if start:
            before = text[start - 1]
            # str.isalnum is the test re's \w makes, plus the underscore.
            if before.isalnum() or before == "_":
                continue
        out.append(index)
    return out


class SpacedWords:
    """Where words of a list begin in a byte text whose separators are all spaces (one byte per character).

    Each word is searched with the space before it, so only word starts are reported and an occurrence
    never hides another: the one space an occurrence holds is its first byte (so, for an occurrence at
    the text's very start, callers put a space before the text). ``whole``: the space after it too, with
    overlapping occurrences reported (the space that ends one word opens the next), so only whole words
    are reported; otherwise the longest word at each word start, which may go on into a longer word.
    """

    __slots__ = ("_automaton", "_overlapping", "words")

    def __init__(self, words: Iterable[str], *, whole: bool = False) -> None:
        self.words: tuple[str, ...] = tuple(sorted({w for w in words if w}))
        if not self.words or any(" " in w or not w.isascii() for w in self.words):
            raise ValueError("SpacedWords needs at least one word, all ASCII and without spaces")
        tail = b" " if whole else b""
        self._overlapping = whole
        self._automaton = ahocorasick_rs.BytesAhoCorasick(
            [b" " + w.encode("ascii") + tail for w in self.words],
            # Overlapping occurrences need the standard match kind; for whole words it reports the same.
            matchkind=ahocorasick_rs.MATCHKIND_STANDARD if whole else ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST,
            implementation=ahocorasick_rs.Implementation.DFA,
        )

    def find(self, data: bytes | memoryview) -> list[tuple[int, int, int]]:
        """(word index in ``words``, offset of the space before the word, end of the occurrence), in text order.

        With ``whole``, an occurrence ends after the space that follows its word (the text must end in one).
        """
        return self._automaton.find_matches_as_indexes(data, overlapping=self._overlapping)
