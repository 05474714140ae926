"""Cue words: which words a lexicon cue needs, starts with and is looked up by, and the words of a text."""

from __future__ import annotations

import re

from parley.extract.event_lexicon import VERB_MARK, inflect_verb

_TEXT_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
WORD_PART = re.compile(r"[^-']+")
# Words too common to key a cue on, or to tell that a sentence may hold an event: a cue is looked up by
# its first token made only of rarer words ("state visit" by "visit", "house arrest" by "arrest").
COMMON_WORDS = frozenset(
    "a an the to of in on at for with by from and or but not no is are was were be been being has have had "
    "will would could might should may can do does did new more most it its this that these those they he she "
    "we his her their our as than up out over into about also said says say after before there here all any "
    "otherwise zero let set went go goes gone came come comes "
    "state like make take takes took taken taking house back down off work works worked working show good under "
    "put use used left end close closed give gave given gives giving found turn turned move side face open "
    "order force forces need needs needed want wants told tell call called calls calling general million "
    "billion question questions clear keep run hold held holds holding help start started stop think know "
    "see look get got way year years day days time people world public free war military security economic "
    "political human water car red double important together air power trade energy national major large "
    "high full long short first last next other others same such only just very much many well still even "
    "now then again against while since until because if so what which who whom whose when where why how".split()
)


def split_tokens(cue: str) -> list[str]:
    """The cue's tokens, split at spaces outside parentheses ("(?:will not|never) accept" -> 2 tokens)."""
    tokens: list[str] = []
    depth, begin = 0, 0
    for i, ch in enumerate(cue):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch.isspace() and depth == 0:
            if i > begin:
                tokens.append(cue[begin:i])
            begin = i + 1
    if begin < len(cue):
        tokens.append(cue[begin:])
    return [t for t in tokens if t not in ("…", "...")]


def token_words(token: str) -> frozenset[str] | None:
    """Lower-cased words, one of which every match of this token contains whole; None when unsure."""
    bare = re.sub(r"\(\?<?[!=][^()]*\)", "", token)  # lookarounds match no words: drop them
    token = bare
    bare = re.sub(r"\(\?:", "(", bare)
    if re.search(r"\\[$dsw]|[$€£\d\[?*+.]|[A-Za-z]\(|\)[A-Za-z]", bare):
        return None  # a symbol, a digit, an optional letter or a word split by a group: cannot tell
    words: set[str] = set()
    for verb in VERB_MARK.findall(token):
        words.update(f.lower() for f in inflect_verb(verb))
    words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", token.replace("~", "")))
    return frozenset(words) or None


# An optional group of whole words ("(?:high |full )?alert"): a match may lack every word in it.
_OPTIONAL_GROUP = re.compile(r"(?<!\S)\(\?:(?:[A-Za-z'-]+ )+(?:\|(?:[A-Za-z'-]+ )+)*\)\?")
_ALTERNATIVES = re.compile(r"\(\?:([^()]*)\)")
# A plain word, or a verb to inflect spelled as ``VERB_MARK`` reads it (no apostrophe).
_PLAIN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|[A-Za-z][A-Za-z-]*~")


def _word_forms(word: str) -> frozenset[str]:
    return frozenset(f.lower() for f in inflect_verb(word[:-1])) if word.endswith("~") else frozenset({word.lower()})


def _plain_alternatives(token: str) -> list[list[frozenset[str]]] | None:
    """A token made of plain words, or of one group of plain-word alternatives: per alternative, the
    forms of each of its words ("(?:greet~|shook hands with)" → [[greet, greets, …]], [[shook], [hands], [with]]).

    None for anything else (symbols, nested groups, a word glued to a group).
    """
    group = _ALTERNATIVES.fullmatch(token)
    if group is None and ("(" in token or "|" in token):
        return None
    alternatives = group.group(1).split("|") if group else [token]
    out: list[list[frozenset[str]]] = []
    for alternative in alternatives:
        words = alternative.split()
        if not words or not all(_PLAIN_WORD.fullmatch(w) for w in words):
            return None
        out.append([_word_forms(w) for w in words])
    return out


def needed_words(token: str) -> frozenset[str] | None:
    """Lower-cased words, one of which every match of this token contains whole; None when unsure.

    Sharper than ``token_words`` for alternatives and optional parts: each alternative is represented by
    its first uncommon word only ("(?:war criminal|aggressor)" → criminal, aggressor, not "war"), and an
    optional group is left out ("(?:high |full )?alert" → alert).
    """
    bare = _OPTIONAL_GROUP.sub("", re.sub(r"\(\?<?[!=][^()]*\)", "", token)).strip()
    alternatives = _plain_alternatives(bare) if bare else None
    if alternatives is None:
        return token_words(token)
    words: set[str] = set()
    for forms in alternatives:
        words |= next((f for f in forms if not f & COMMON_WORDS), forms[0])
    return frozenset(words)


def opening_words(token: str) -> frozenset[str] | None:
    """Lower-cased words, one of which every match of this token starts with; None when unsure."""
    bare = re.sub(r"\(\?<?[!=][^()]*\)", "", token)
    alternatives = _plain_alternatives(bare) if bare and "?" not in bare.removeprefix("(?:") else None
    if alternatives is None:
        return token_words(token)
    return frozenset(w for forms in alternatives for w in forms[0])


def anchor_words(cue: str, sharp: bool = False) -> frozenset[str] | None:
    """The words to look a cue up by: its first token made only of uncommon words, else its first token.

    ``sharp``: read tokens with ``needed_words``, which finds an uncommon anchor for more cues. The
    trigger vocabulary (and so which sentences are looked at) keeps the plain reading.
    """
    read = needed_words if sharp else token_words
    options = [w for w in (read(t) for t in split_tokens(cue)) if w is not None]
    for words in options:
        if not words & COMMON_WORDS:
            return words
    return options[0] if options else None


def words_in(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """The lower-cased words of text[start:end], with the parts of "free-trade" and "Russia's" too."""
    return set(word_starts(text, start, end))


def word_starts(text: str, start: int = 0, end: int | None = None) -> dict[str, list[int]]:
    """Where each lower-cased word of text[start:end] begins (parts of "free-trade" and "Russia's" too)."""
    found: dict[str, list[int]] = {}
    for m in _TEXT_WORD.finditer(text, start, len(text) if end is None else end):
        word = m.group(0).lower()
        found.setdefault(word, []).append(m.start())
        if "-" in word or "'" in word:
            for part in WORD_PART.finditer(word):
                found.setdefault(part.group(0), []).append(m.start() + part.start())
    return found


LOW_WORD = re.compile(r"[a-z][a-z'-]*")  # a word of lower-cased text, as the cue lookup reads it
# Letters, digits, "_" and "-" stay; every other byte (spaces, marks, "?" from a non-ASCII character)
# becomes a space: a trigger word then stands after a space exactly where it stands after a non-word.
_SPACED = bytes(b if chr(b).isalnum() or chr(b) in "_-" else 32 for b in range(128)) + b" " * 128
# Only what ``LOW_WORD`` reads as word characters stays (a-z, "'", "-"); all else becomes a space.
_WORD_BYTES = bytes(b if chr(b) in "abcdefghijklmnopqrstuvwxyz'-" else 32 for b in range(128)) + b" " * 128


def words_only(low: str) -> str:
    """A lower-cased text with every character ``LOW_WORD`` does not read as part of a word made a space
    (one character for one: offsets stay), so the words of any stretch are one ``split()`` away."""
    return low.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii")


def split_words(word_text: str, start: int, end: int) -> set[str]:
    """What ``words_in`` gives for ``[start, end)``, read from ``words_only`` text: the words, and the
    parts of those joined by "-" or "'" ("free-trade" → free, trade; "russia's" → russia, s)."""
    tokens = word_text[start:end].split()
    words = set(tokens)
    if word_text.find("-", start, end) >= 0 or word_text.find("'", start, end) >= 0:
        for token in [t for t in words if "-" in t or "'" in t]:
            word = token.lstrip("-'")  # a word starts with a letter: "-met" is "met", "'tis" is "tis"
            if word != token:
                words.discard(token)
                if word:
                    words.add(word)
            words.update(WORD_PART.findall(word))
    return words


def spaced_bytes(low: str) -> bytes:
    """The text as ASCII bytes, one per character (non-ASCII ones as "?"), with separators made spaces."""
    return low.encode("ascii", "replace").translate(_SPACED)
