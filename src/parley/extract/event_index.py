"""The cue index: which lexicon cues a text's words allow, and a trigger pattern that finds event words fast."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from parley.extract.event_lexicon import VERB_MARK, Cue, default_cues, inflect_verb

_TEXT_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_WORD_PART = re.compile(r"[^-']+")
# Words too common to key a cue on, or to tell that a sentence may hold an event: a cue is looked up by
# its first token made only of rarer words ("state visit" by "visit", "house arrest" by "arrest").
_COMMON = frozenset(
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


def anchor_words(cue: str) -> frozenset[str] | None:
    """The words to look a cue up by: its first token made only of uncommon words, else its first token."""
    options = [w for w in (token_words(t) for t in split_tokens(cue)) if w is not None]
    for words in options:
        if not words & _COMMON:
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
            for part in _WORD_PART.finditer(word):
                found.setdefault(part.group(0), []).append(m.start() + part.start())
    return found


def _trie_pattern(words: frozenset[str]) -> str:
    """One regular expression for a set of words, factored by shared prefixes so it runs fast."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return build(trie)


@dataclass(frozen=True, slots=True)
class CueIndex:
    """Cues by the words they need, so a sentence only runs the few cues its words allow."""

    cues: tuple[Cue, ...]
    by_word: dict[str, tuple[int, ...]]
    always: tuple[int, ...]
    needs: tuple[tuple[frozenset[str], ...], ...]  # per cue: for each of its tokens, the words it may be
    leading: tuple[frozenset[str] | None, ...]  # per cue: the words its match starts with, when known
    keys: frozenset[str]  # the words cues are looked up by
    by_trigger: dict[str, tuple[int, ...]]  # trigger cues by their uncommon anchor words
    whole_words: frozenset[str]  # words that are a whole trigger cue ("attacked" for "attack~")
    triggers: re.Pattern[str]  # uncommon words of trigger cues, in lower-cased text
    triggers_any_case: re.Pattern[str]  # the same, case-insensitive (slower), for the rare text lower() lengthens
    # The cues the events stage looks at in running text (see ``is_stage_cue``), by their anchor words, and
    # per cue the tokens its anchor does not already vouch for: most cues need no further check at all.
    stage_by_word: dict[str, tuple[int, ...]] = field(default_factory=dict)
    stage_always: tuple[int, ...] = ()
    other_needs: tuple[tuple[frozenset[str], ...], ...] = ()
    triggers_after: re.Pattern[str] | None = None  # ``triggers`` with the character before the word consumed

    def trigger_words(self, text: str, start: int = 0, end: int | None = None, low: str | None = None
                      ) -> list[tuple[int, str]]:
        """Where words that may start an event stand in text[start:end], and which (one regex pass).

        ``low``: ``text.lower()`` when the caller has it already (one per document, shared with ``matches``).
        """
        end = len(text) if end is None else end
        low = text.lower() if low is None else low
        if len(low) != len(text):  # "İ" lower-cases to two characters: offsets would shift
            return [(m.start(), m.group(0).lower()) for m in self.triggers_any_case.finditer(text, start, end)]
        if self.triggers_after is None:
            return [(m.start(), m.group(0)) for m in self.triggers.finditer(low, start, end)]
        # The same matches as ``triggers``, found faster: the pattern opens with the character before the
        # word, so the engine only tries the word list after a space or a punctuation mark.
        found: list[tuple[int, str]] = []
        first = self.triggers.match(low, start, end)
        if first is not None:
            found.append((start, first.group(0)))
            start = first.end()
        found.extend((m.start(1), m.group(1)) for m in self.triggers_after.finditer(low, start, end))
        return found

    def confirm_trigger(self, text: str, position: int, word: str, start: int, end: int) -> bool:
        """Whether a trigger cue keyed by ``word`` (found at ``position``) matches in text[start:end]."""
        if word in self.whole_words:
            return True  # the word is a one-word trigger cue all by itself: the trigger pattern checked it
        for i in self.by_trigger.get(word, ()):
            cue, leading = self.cues[i], self.leading[i]
            if leading is not None and word in leading:
                if cue.pattern.match(text, position, end):
                    return True
            elif cue.pattern.search(text, start, end):
                return True
        return False

    def has_trigger(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether text[start:end] holds a word that keys an event cue."""
        end = len(text) if end is None else end
        return self.triggers_any_case.search(text, start, end) is not None

    def stage_candidates(self, words: set[str]) -> list[int]:
        """Like ``candidates``, restricted to the cues that may decide an event in running text."""
        chosen = set(self.stage_always)
        by_word = self.stage_by_word
        for word in by_word.keys() & words:
            chosen.update(by_word[word])
        other_needs = self.other_needs
        return [i for i in sorted(chosen)
                if not other_needs[i] or all(not need.isdisjoint(words) for need in other_needs[i])]

    def candidates(self, words: set[str] | dict[str, list[int]]) -> list[int]:
        """The indices of the cues whose every token finds one of its words among these."""
        chosen = set(self.always)
        by_word = self.by_word
        for word in self.keys.intersection(words):
            chosen.update(by_word[word])
        needs = self.needs
        return [i for i in sorted(chosen) if all(not need.isdisjoint(words) for need in needs[i])]

    def matches(
        self, text: str, start: int = 0, end: int | None = None, *, triggers_only: bool = False,
        low: str | None = None,
    ) -> list[tuple[Cue, int, int]]:
        """Every match of every cue in text[start:end], with absolute offsets.

        ``triggers_only``: only the cues that may decide an event in running text (trigger cues, speech
        acts, cues checked against a known target), which is all the events stage looks at.
        ``low``: the whole ``text.lower()``, when the caller keeps one per document (saves a copy per call).
        """
        end = len(text) if end is None else end
        if low is None or len(low) != len(text):
            low = text[start:end].lower()
            if len(low) != end - start:  # "İ" lower-cases to two characters: find words the slow way
                return self._matches_slowly(text, start, end, triggers_only)
            offset = start
        else:
            offset = 0
        words = set(_LOW_WORD.findall(low, start - offset, end - offset))
        for word in [w for w in words if "-" in w or "'" in w]:
            words.update(_WORD_PART.findall(word))
        out: list[tuple[Cue, int, int]] = []
        places: dict[str, list[int]] = {}
        for i in self.stage_candidates(words) if triggers_only else self.candidates(words):
            cue = self.cues[i]
            leading = self.leading[i]
            if leading is None:
                out.extend((cue, m.start(), m.end()) for m in cue.pattern.finditer(text, start, end))
                continue
            # The match can only begin where one of its first words does: try just those places.
            at: set[int] = set()
            for word in leading.intersection(words):
                found = places.get(word)
                if found is None:
                    found = places[word] = _occurrences(low, word, start - offset, end - offset, offset)
                at.update(found)
            taken = start
            for pos in sorted(at):
                if pos < taken:
                    continue  # inside the previous match: finditer would not have looked here either
                m = cue.pattern.match(text, pos, end)
                if m:
                    out.append((cue, m.start(), m.end()))
                    taken = m.end()
        return out

    def _matches_slowly(self, text: str, start: int, end: int, triggers_only: bool) -> list[tuple[Cue, int, int]]:
        return [(cue, m.start(), m.end()) for cue in (self.cues[i] for i in self.candidates(words_in(text, start, end)))
                if not triggers_only or is_stage_cue(cue) for m in cue.pattern.finditer(text, start, end)]


_LOW_WORD = re.compile(r"[a-z][a-z'-]*")


def _occurrences(low: str, word: str, start: int, end: int, offset: int) -> list[int]:
    """Every place ``word`` occurs in ``low[start:end]`` (also inside longer words: the cue pattern
    checks), plus offset."""
    found: list[int] = []
    at = low.find(word, start, end)
    while at >= 0:
        found.append(at + offset)
        at = low.find(word, at + 1, end)
    return found


# A cue that is one word or one verb and nothing else ("attack~", "talks", "(?:supports|supported)").
_PLAIN_WORDS = re.compile(r"[A-Za-z-]+~?|\(\?:[A-Za-z|-]+\)")


def is_stage_cue(cue: Cue) -> bool:
    """Whether a cue may decide an event in running text: an event predicate, a speech act, or a cue
    checked against a known target."""
    return cue.trigger or cue.speech_act or cue.before_target or cue.after_target


def build_cue_index(cues: tuple[Cue, ...]) -> CueIndex:
    by_word: dict[str, list[int]] = {}
    stage_by_word: dict[str, list[int]] = {}
    stage_always: list[int] = []
    other_needs: list[tuple[frozenset[str], ...]] = []
    always: list[int] = []
    needs: list[tuple[frozenset[str], ...]] = []
    leading: list[frozenset[str] | None] = []
    strong: set[str] = set()
    by_trigger: dict[str, list[int]] = {}
    whole: set[str] = set()
    for i, cue in enumerate(cues):
        tokens = [token_words(t) for t in split_tokens(cue.source)]
        needs.append(tuple(w for w in tokens if w is not None))
        # A lookbehind-free first token tells where a match starts ("(?<!the\s)call~" starts at "call" too).
        leading.append(tokens[0] if tokens and not cue.source.startswith(("…", "...")) else None)
        words = anchor_words(cue.source)
        rest = list(needs[-1])
        if words is not None and words in rest:
            rest.remove(words)  # a cue found by one of its anchor words has that token's word already
        other_needs.append(tuple(rest))
        if words is None:
            always.append(i)
            if is_stage_cue(cue):
                stage_always.append(i)
            continue
        if is_stage_cue(cue):
            for word in words:
                stage_by_word.setdefault(word, []).append(i)
        if cue.trigger and not words & _COMMON:
            strong.update(words)
            for word in words:
                by_trigger.setdefault(word, []).append(i)
            if _PLAIN_WORDS.fullmatch(cue.source):
                whole.update(words)
        for word in words:
            by_word.setdefault(word, []).append(i)
    trie = _trie_pattern(frozenset(strong))
    words_pattern = r"(?<![\w-])" + trie + r"(?![\w])"
    return CueIndex(cues, {w: tuple(ix) for w, ix in by_word.items()}, tuple(always), tuple(needs), tuple(leading),
                    frozenset(by_word), {w: tuple(ix) for w, ix in by_trigger.items()}, frozenset(whole),
                    re.compile(words_pattern), re.compile(words_pattern, re.IGNORECASE),
                    {w: tuple(ix) for w, ix in stage_by_word.items()}, tuple(stage_always), tuple(other_needs),
                    re.compile(r"[^\w-](" + trie + r")(?![\w])"))


@lru_cache(maxsize=1)
def default_cue_index() -> CueIndex:
    return build_cue_index(default_cues())


@lru_cache(maxsize=1)
def stem_types() -> dict[str, tuple[str, str | None]]:
    """Event type and mode by the first five letters of the lexicon's uncommon cue words ("sanct" → SANCTION).

    The last resort for a verb the lexicon lacks in this form ("staged" → nothing; "penalised" → "penal").
    A stem shared by cues of different types is left out: it tells nothing.
    """
    found: dict[str, set[tuple[str, str | None]]] = {}
    index = default_cue_index()
    for word, ids in index.by_word.items():
        if len(word) < 5 or word in _COMMON or not word.isalpha():
            continue
        for i in ids:
            cue = index.cues[i]
            if cue.trigger:
                found.setdefault(word[:5], set()).add((cue.event_type, cue.mode))
    return {stem: next(iter(kinds)) for stem, kinds in found.items() if len({t for t, _ in kinds}) == 1}
