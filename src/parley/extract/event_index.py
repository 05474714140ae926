"""The cue index: which lexicon cues a text's words allow, and a trigger pattern that finds event words fast."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from parley.extract.event_lexicon import Cue, default_cues
from parley.extract.event_words import (
    COMMON_WORDS,
    LOW_WORD,
    WORD_PART,
    anchor_words,
    needed_words,
    opening_words,
    spaced_bytes,
    split_tokens,
    split_words,
    token_words,
    words_in,
)
from parley.text.keywords import SpacedWords
from parley.text.patterns import trie_pattern


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
    # Per cue, all the words of its first token: a trigger word among them confirms the cue only where a
    # match starts at it; any other keyed word confirms it when the cue matches anywhere in the sentence.
    opening: tuple[frozenset[str] | None, ...] = ()
    # For the trigger cues a keyed word may confirm wherever they match in the sentence: a plain pattern
    # of the words their matches start with. In lower-cased text it must find one of them first, and a
    # search for it costs a fraction of a search for the whole cue.
    openers: dict[int, re.Pattern[str]] = field(default_factory=dict)
    # The words of ``triggers`` as an automaton over the text as spaced bytes (see ``spaced_bytes``): it
    # reads a whole text once, where a trie pattern is tried after every space (about five times slower).
    trigger_automaton: SpacedWords | None = None
    # ``stage_by_word`` split by whether a cue needs anything beyond its anchor word (``other_needs``).
    stage_plain: dict[str, tuple[int, ...]] = field(default_factory=dict)
    stage_needy: dict[str, tuple[int, ...]] = field(default_factory=dict)

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
        if self.trigger_automaton is not None and start == 0 and end == len(text):
            return self._trigger_words_spaced(low, self.trigger_automaton)
        # The same matches as ``triggers``, found faster: the pattern opens with the character before the
        # word, so the engine only tries the word list after a space or a punctuation mark.
        found: list[tuple[int, str]] = []
        first = self.triggers.match(low, start, end)
        if first is not None:
            found.append((start, first.group(0)))
            start = first.end()
        found.extend((m.start(1), m.group(1)) for m in self.triggers_after.finditer(low, start, end))
        return found

    def _trigger_words_spaced(self, low: str, automaton: SpacedWords) -> list[tuple[int, str]]:
        """``trigger_words`` over a whole lower-cased text: the word at its start, then what ``triggers``
        finds after a separator, read off the automaton's word starts in the text's spaced bytes.

        The automaton gives the longest trigger word at each word start. When a word character follows
        it ("cease-fire" in "cease-fires"), the pattern itself decides there (it may settle for a shorter
        word: "cease"); so it does next to a non-ASCII character, a space in ``data`` but maybe a letter.
        """
        words, match = automaton.words, self.triggers.match
        found: list[tuple[int, str]] = []
        first = match(low)
        if first is not None:
            found.append((0, first.group(0)))
        data = spaced_bytes(low)
        size = len(data)
        plain = low.isascii()
        for index, space, end in automaton.find(data):
            position = space + 1
            # After the word: the end, a space (a separator) or "-", which the pattern's (?![\w]) allows.
            if (end == size or data[end] == 32 or data[end] == 45) and (
                plain or (low[space].isascii() and (end == size or low[end].isascii()))
            ):
                found.append((position, words[index]))
            elif (again := match(low, position)) is not None:
                found.append((position, again.group(0)))
        return found

    def confirm_trigger(self, text: str, position: int, word: str, start: int, end: int,
                        low: str | None = None) -> bool:
        """Whether a trigger cue keyed by ``word`` (found at ``position``) matches in text[start:end].

        ``low``: ``text.lower()``, when lower-casing stands in for case-blindness (``lowering_is_caseless``):
        then a cue is searched for only where a word its matches start with occurs.
        """
        if word in self.whole_words:
            return True  # the word is a one-word trigger cue all by itself: the trigger pattern checked it
        openings = self.opening or self.leading  # an index built without ``opening``: its first tokens' words
        for i in self.by_trigger.get(word, ()):
            cue, opening = self.cues[i], openings[i]
            if opening is not None and word in opening:
                if cue.pattern.match(text, position, end):
                    return True
                continue
            opener = self.openers.get(i) if low is not None else None
            if opener is not None and opener.search(low or "", start, end) is None:
                continue  # no word a match could start with: no match
            if cue.pattern.search(text, start, end):
                return True
        return False

    def has_trigger(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether text[start:end] holds a word that keys an event cue."""
        end = len(text) if end is None else end
        return self.triggers_any_case.search(text, start, end) is not None

    def stage_candidates(self, words: set[str]) -> list[int]:
        """Like ``candidates``, restricted to the cues that may decide an event in running text."""
        other_needs = self.other_needs
        chosen = {i for i in self.stage_always
                  if not other_needs[i] or all(not need.isdisjoint(words) for need in other_needs[i])}
        plain, needy = self.stage_plain, self.stage_needy
        # Per anchor word, the cues its presence settles are taken at once; only the others (a few) have
        # their remaining tokens checked, each against the words once.
        for word in self.stage_by_word.keys() & words:
            chosen.update(plain[word])
            for i in needy[word]:
                for need in other_needs[i]:
                    if need.isdisjoint(words):
                        break
                else:
                    chosen.add(i)
        return sorted(chosen)

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
        low: str | None = None, word_text: str | None = None,
    ) -> list[tuple[Cue, int, int]]:
        """Every match of every cue in text[start:end], with absolute offsets.

        ``triggers_only``: only the cues that may decide an event in running text (trigger cues, speech
        acts, cues checked against a known target), which is all the events stage looks at.
        ``low``: the whole ``text.lower()``, when the caller keeps one per document (saves a copy per call);
        ``word_text``: ``words_only(low)``, with it (the words of a stretch are then one split away).
        """
        end = len(text) if end is None else end
        if low is None or len(low) != len(text):
            low = text[start:end].lower()
            if len(low) != end - start:  # "İ" lower-cases to two characters: find words the slow way
                return self._matches_slowly(text, start, end, triggers_only)
            offset = start
        else:
            offset = 0
        if word_text is not None and offset == 0 and len(word_text) == len(low):
            words = split_words(word_text, start, end)
        else:
            words = set(LOW_WORD.findall(low, start - offset, end - offset))
            if low.find("-", start - offset, end - offset) >= 0 or low.find("'", start - offset, end - offset) >= 0:
                for word in [w for w in words if "-" in w or "'" in w]:
                    words.update(WORD_PART.findall(word))
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
    opening: list[frozenset[str] | None] = []
    strong: set[str] = set()
    by_trigger: dict[str, list[int]] = {}
    whole: set[str] = set()
    for i, cue in enumerate(cues):
        parts = split_tokens(cue.source)
        # Where a trigger word must stand for its cue to confirm it: the words of the cue's first token.
        opening.append(token_words(parts[0]) if parts and not cue.source.startswith(("…", "...")) else None)
        tokens = [needed_words(t) for t in parts]
        needs.append(tuple(w for w in tokens if w is not None))
        # A lookbehind-free first token tells where a match starts ("(?<!the\s)call~" starts at "call" too).
        leading.append(opening_words(parts[0]) if parts and not cue.source.startswith(("…", "...")) else None)
        words = anchor_words(cue.source)
        # The stage's own lookup uses the sharper anchor: "(?:is|was) (?:responsible|to blame)" is looked
        # up by "responsible" or "blame", not by "is" or "was" in every sentence.
        sharp = anchor_words(cue.source, sharp=True)
        rest = list(needs[-1])
        if sharp is not None and sharp in rest:
            rest.remove(sharp)  # a cue found by one of its anchor words has that token's word already
        other_needs.append(tuple(rest))
        if is_stage_cue(cue):
            if sharp is None:
                stage_always.append(i)
            for word in sharp or ():
                stage_by_word.setdefault(word, []).append(i)
        if words is None:
            always.append(i)
            continue
        if cue.trigger and not words & COMMON_WORDS:
            strong.update(words)
            for word in words:
                by_trigger.setdefault(word, []).append(i)
            if _PLAIN_WORDS.fullmatch(cue.source):
                whole.update(words)
        for word in words:
            by_word.setdefault(word, []).append(i)
    # Cues a keyed word confirms wherever they match: their opening words, as a plain pattern (few: ~70).
    openers = {i: re.compile(trie_pattern(lead)) for word, ids in by_trigger.items() for i in ids
               if word not in (opening[i] or ()) and (lead := leading[i])}
    trie = trie_pattern(strong)
    words_pattern = r"(?<![\w-])" + trie + r"(?![\w])"
    return CueIndex(cues, {w: tuple(ix) for w, ix in by_word.items()}, tuple(always), tuple(needs), tuple(leading),
                    frozenset(by_word), {w: tuple(ix) for w, ix in by_trigger.items()}, frozenset(whole),
                    re.compile(words_pattern), re.compile(words_pattern, re.IGNORECASE),
                    {w: tuple(ix) for w, ix in stage_by_word.items()}, tuple(stage_always), tuple(other_needs),
                    re.compile(r"[^\w-](" + trie + r")(?![\w])"), tuple(opening), openers, SpacedWords(strong),
                    {w: tuple(i for i in ix if not other_needs[i]) for w, ix in stage_by_word.items()},
                    {w: tuple(i for i in ix if other_needs[i]) for w, ix in stage_by_word.items()})


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
        if len(word) < 5 or word in COMMON_WORDS or not word.isalpha():
            continue
        for i in ids:
            cue = index.cues[i]
            if cue.trigger:
                found.setdefault(word[:5], set()).add((cue.event_type, cue.mode))
    return {stem: next(iter(kinds)) for stem, kinds in found.items() if len({t for t, _ in kinds}) == 1}
