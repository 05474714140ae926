"""Regular expressions built from word lists: one alternation factored by shared prefixes."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching exactly the given words, factored by common prefixes.

    Python's ``re`` tries alternatives one by one, so a word list written as a trie runs much faster than
    a flat alternation; a longer word is preferred to its prefix ("pointed out" to "pointed").
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict[str, dict]) -> str:
    # A chain of single-child nodes (the tail of a word) is written out in one go, without recursing.
    chain: list[str] = []
    while len(node) == 1 and "" not in node:
        (ch, node), = node.items()
        chain.append(_escape_char(ch))
    if chain:
        return "".join(chain) + _node_pattern(node)
    ends = "" in node
    branches = [_escape_char(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    # Longer continuations first: the regex must prefer "pointed out" to "pointed".
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def _escape_char(ch: str) -> str:
    """One character of a word as a pattern: a space stands for any run of whitespace."""
    if ch == " ":
        return r"\s+"
    return ch if ch.isalnum() and ch.isascii() else re.escape(ch)
