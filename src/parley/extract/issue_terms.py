"""The taxonomy's pattern language: the words and phrases of an issue (``cede~``, ``troops ..2 deploy~``) as regexes."""

from __future__ import annotations

import re

_SEP = r"[\s\-\u2013\u2014,\"'\u201c\u201d]+"
_GAP_WORD = r"(?:[\w'\u2019.,$-]+" + _SEP + r")"


def inflect_lemma(word: str) -> list[str]:
    """Regular English inflections of a verb or noun lemma: cede -> cedes, ceded, ceding."""
    forms = {word, word + "s", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
        forms.discard(word + "ed")
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    # Short consonant-vowel-consonant words double their last letter: ban -> banned, banning.
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", word) and len(word) <= 4:
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return sorted(forms, key=len, reverse=True)


def compile_alternative(alt: str) -> str:
    """One alternative of a token (``cede~``, ``sanction*``, ``cease-fire``) as a regex fragment."""
    if alt.endswith("~"):
        return "(?:" + "|".join(_escape_word(f) for f in inflect_lemma(alt[:-1])) + ")"
    if alt.endswith("*"):
        return _escape_word(alt[:-1]) + r"[\w'\u2019-]*"
    return _escape_word(alt)


def _escape_word(word: str) -> str:
    # An underscore joins the words of a multiword alternative ("armed_forces"); a hyphen matches a
    # hyphen, a space or nothing: cease-fire, cease fire, ceasefire.
    words = [r"[-\s]?".join(re.escape(p) for p in w.split("-")) for w in word.split("_")]
    return r"\s+".join(words)


def compile_term(pattern: str) -> str:
    """A taxonomy pattern (see the header of issues.yaml) as a regex fragment."""
    pattern = pattern.strip()
    if pattern.startswith("re:"):
        re.compile(pattern[3:])  # raises re.error on a bad regex, reported by the loader
        return "(?:" + pattern[3:] + ")"
    pieces: list[str] = []
    pending_sep = False
    for token in pattern.split():
        gap = re.fullmatch(r"\.\.(\d*)", token)
        if gap:
            n = int(gap.group(1) or 3)
            pieces.append(_SEP + _GAP_WORD + "{0," + str(n) + "}?")
            pending_sep = False
            continue
        optional = token.endswith("?") and len(token) > 1
        body = token[:-1] if optional else token
        alts = "(?:" + "|".join(compile_alternative(a) for a in body.split("|") if a) + ")"
        if pieces and pending_sep:
            pieces.append("(?:" + _SEP + alts + ")?" if optional else _SEP + alts)
            pending_sep = True
        elif optional:
            # A leading optional word carries its own separator, so the next word needs none.
            pieces.append("(?:" + alts + _SEP + ")?")
            pending_sep = False
        else:
            pieces.append(alts)
            pending_sep = True
    if not pieces:
        raise ValueError("empty pattern")
    # Whole words only; a hyphen may follow ("Article 5-style") but not precede ("pro-NATO" is fine too).
    return r"(?<!\w)" + "".join(pieces) + r"(?!\w)"
