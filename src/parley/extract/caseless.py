"""When a plain search of lower-cased text finds what a case-blind search of the text finds."""

from __future__ import annotations

# The non-ASCII characters a case-blind pattern matches as ASCII letters, or whose lower case is longer
# (found by trying every code point against "(?i)[a-z]" and str.lower): "İ", "ı", "ſ", the Kelvin sign.
CASE_SPECIAL = ("\u0130", "\u0131", "\u017f", "\u212a")


def lowering_is_caseless(text: str) -> bool:
    """Whether a plain search of ``text.lower()`` finds exactly what a case-blind search of ``text`` finds,
    for a pattern of lower-case ASCII words (so no character but those above can tell them apart)."""
    return text.isascii() or not any(c in text for c in CASE_SPECIAL)
