"""Finding actor mentions: whole speaker phrases (match) and every mention in a text (scan)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from parley.actors.index import GROUP_NOUNS, MILITARY_NOUNS, ActorIndex, Entry, Holder, compile_candidates
from parley.actors.normalize import (
    CANONICAL,
    POSSESSIVE,
    SKIPPED,
    WORD_RE,
    Token,
    fold_phrase,
    fold_word,
    read_run,
    tokenize,
)
from parley.actors.scanner import TextScanner
from parley.model import Actor
from parley.text.keywords import SpacedWords

ResolvedBy = Literal["name", "title", "organisation"]

# Acronyms that are also English words: in a phrase given to match(), "us" is a pronoun unless "US".
_CASE_KEPT = frozenset({"us", "it", "who", "am", "an", "as", "at", "be", "do", "go", "he", "if", "in",
                        "is", "me", "my", "no", "of", "on", "or", "so", "to", "up", "we"})
# Words that may stand before or around the head of a speaker phrase without changing who it is.
_MODIFIERS = frozenset(
    """a an this that these those his her its their our your mr mrs ms miss dr gen general lt col maj
    sir dame lord lady prof professor rev father cardinal sheikh prince president king queen emir
    former then new acting deputy senior top chief incoming outgoing longtime current ex interim
    veteran influential powerful hawkish hardline outspoken leading lead key special
    aide aides adviser envoy official spokesperson minister secretary""".split()
)
# Capitalised words that follow a place name without extending it ("talks in Moscow Tuesday").
_CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split()
)
_GROUP_WORDS = frozenset(w for k in GROUP_NOUNS | MILITARY_NOUNS for w in k)
_SEGMENT_SPLIT = re.compile(r"[,;:()\[\]–—]|\s-\s|\bwho\b|\bwhich\b")
_GROUP_LEN = max(len(k) for k in GROUP_NOUNS | MILITARY_NOUNS)
_RANK = {"name": 0, "title": 1, "organisation": 2}  # which head wins when segments name several actors
# A possessive clitic right after a word: the tokenizer makes it "'s", never the word "s", so the quick
# check drops it (case-sensitive, as the tokenizer is: "'S" is a word).
_CLITIC_AFTER_WORD = re.compile(r"(?<=[^\W_])['’‘`´]s(?![^\W_])")


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """A known actor found in a phrase or text, how it was recognised, and the matched words' offsets."""

    actor: Actor
    resolved_by: ResolvedBy
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Hit:
    """A key found at a token position: its length in tokens and what it resolves to."""

    length: int
    kind: str  # name, title, org
    actor_id: str | None  # None: an office phrase with no holder on that day


class Matcher:
    """Matching over one ActorIndex; holds the compiled candidate regex."""

    def __init__(self, index: ActorIndex) -> None:
        self.index = index
        self.candidates = compile_candidates(index)
        self.max_len = max(index.first_len.values(), default=1)
        title_words: set[str] = set()
        for key, entries in index.keys.items():  # plain loops: ~7,600 keys, built once per process
            for entry in entries:
                if entry.kind == "title":
                    title_words.update(key)
                    break
        self.title_vocab = frozenset(title_words) | _MODIFIERS | {POSSESSIVE} | {w for k in GROUP_NOUNS for w in k}
        # Coordination joins two heads ("Putin and Trump"): no single actor, so never a mere modifier.
        self.title_vocab -= {"and", "or", "nor", "but", "with", "plus", "versus", "vs"}
        # Every key and each of its beginnings: the scanner stops reading a run once it leaves them.
        self.prefixes = frozenset(key[:n] for key in index.keys for n in range(1, len(key) + 1))
        # Most speaker phrases name nobody we know. A segment is dismissed with one regex pass and set
        # tests, before it is tokenised, when none of its words opens a key or when one of its words can
        # be neither part of a mention nor a modifier (_segment_head would then return None).
        self.first_words = frozenset(index.first_len)
        usable = set(self.title_vocab) | {w for key in index.keys for w in key} | _GROUP_WORDS | SKIPPED
        usable |= {raw for raw, canon in CANONICAL.items() if canon in usable}  # the quick check skips these
        self.usable_words = frozenset(usable | {"s", POSSESSIVE})  # "s": a clitic the check leaves as a word
        self._key_words: tuple[SpacedWords | None, list[int], list[int]] | None = None  # made when first used

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state["_key_words"] = None  # a compiled automaton does not pickle (the actor base cache pickles this)
        return state

    def key_words(self) -> tuple[SpacedWords | None, list[int], list[int]]:
        """An automaton of every key's first word made of ASCII letters and digits, as whole words (see
        ``TextScanner``), and per word what ``scan`` looks up for it written capitalised, and written as a
        lower-case trigger word (0: it is none)."""
        if self._key_words is None:
            plain = [w for w in self.index.first_len if w.isascii() and w.isalnum()]
            automaton = SpacedWords(plain, whole=True) if plain else None
            words = automaton.words if automaton else ()
            first_len, triggers = self.index.first_len, self.candidates.triggers
            self._key_words = (automaton, [first_len[w] for w in words],
                               [first_len.get(fold_word(w), 0) if triggers.fullmatch(w) else 0 for w in words])
        return self._key_words

    def scanner(self, text: str, day: date | None = None) -> TextScanner:
        """``scan`` for many stretches of one text, with the text read once (see ``TextScanner``)."""
        return TextScanner(self, text, day)

    # -- running text -------------------------------------------------------------------------------
    def scan(self, text: str, start: int = 0, end: int | None = None, day: date | None = None) -> list[ActorMatch]:
        """Every mention in ``text[start:end]``: leftmost, longest, non-overlapping, absolute offsets."""
        stop = len(text) if end is None else min(end, len(text))
        first_len = self.index.first_len
        out: list[ActorMatch] = []
        done = start
        # Candidates are capitalised words and a few lower-case trigger words, from two small regexes;
        # most are dismissed by one dict lookup of their lower-cased form, so few runs are tokenised.
        triggers = [(m.start(), first_len.get(fold_word(m.group()), 0))
                    for m in self.candidates.triggers.finditer(text, start, stop)]
        triggers.append((stop, 0))
        next_trigger = 0
        for cand in self.candidates.capitalised.finditer(text, start, stop):
            pos = cand.start()
            while triggers[next_trigger][0] < pos:  # lower-case triggers before this word come first
                at, longest = triggers[next_trigger]
                next_trigger += 1
                if at >= done and longest:
                    done = self.scan_at(text, at, longest, stop, day, out, done)
            if pos < done:
                continue
            word = cand.group()
            key = word.lower() if word.isascii() else fold_word(word)
            if "." in key:
                key = key.replace(".", "")
            longest = first_len.get(key, 0)
            if not longest or (pos > 0 and text[pos - 1].isalnum()):
                continue
            done = self.scan_at(text, pos, longest, stop, day, out, done)
        for at, longest in triggers[next_trigger:-1]:
            if at >= done and longest:
                done = self.scan_at(text, at, longest, stop, day, out, done)
        return out

    def scan_at(self, text: str, pos: int, longest: int, stop: int, day: date | None,
                out: list[ActorMatch], done: int) -> int:
        """Resolve the mention opening at ``pos`` (if any) into ``out``; the new scan position."""
        tokens = read_run(text, pos, stop, longest + _GROUP_LEN, self.prefixes)
        found = self._resolve_run_at(text, tokens, [t.norm for t in tokens], 0, stop, day, strict=True)
        if found is None:
            return done
        out.append(found)
        return found.end

    # -- whole phrases -----------------------------------------------------------------------------
    def match_phrase(self, phrase: str, day: date | None = None) -> ActorMatch | None:
        """The actor a whole speaker phrase denotes (name before title before collective), or None."""
        if _SEGMENT_SPLIT.search(phrase) is None:  # one segment, as most phrases are: no split needed
            if not self._may_name_actor(phrase):
                return None
            return self._segment_head(phrase, 0, len(phrase), day)
        best: ActorMatch | None = None
        rank = _RANK
        pos = 0
        for piece in _SEGMENT_SPLIT.split(phrase):
            offset = phrase.find(piece, pos) if piece else pos
            pos = offset + len(piece)
            if not self._may_name_actor(piece):
                continue
            head = self._segment_head(phrase, offset, offset + len(piece), day)
            if head is not None and (best is None or rank[head.resolved_by] < rank[best.resolved_by]):
                best = head
        return best

    def _may_name_actor(self, piece: str) -> bool:
        """Whether a segment may name an actor: some word opens a key, and every word is usable.

        Never says no wrongly. The words found here are the segment's tokens (folded without the spelling
        variants, which the two sets also hold) plus, at most, "the" and a clitic read as "s", which both
        sets allow; the clitic "'s" itself is dropped, as it opens no key and is always usable.
        """
        if "'" in piece or "’" in piece or "‘" in piece or "`" in piece or "´" in piece:
            piece = _CLITIC_AFTER_WORD.sub(" ", piece)
        words = _words_of(piece)
        return self.usable_words.issuperset(words) and not self.first_words.isdisjoint(words)

    def _segment_head(self, phrase: str, start: int, end: int, day: date | None) -> ActorMatch | None:
        """The head mention of one comma-free segment, when every other word is a mere modifier."""
        runs = tokenize(phrase, start, end)
        tokens = [t for run in runs for t in run]
        if not tokens:
            return None
        matches: list[tuple[ActorMatch, int]] = []  # (match, index of its last token)
        covered: set[int] = set()
        flat_index = {id(t): n for n, t in enumerate(tokens)}
        first_len = self.index.first_len
        for run in runs:
            norms = [t.norm for t in run]
            i = 0
            while i < len(run):
                if norms[i] not in first_len:  # no key starts here: neither lookup below could hit
                    i += 1
                    continue
                found = self._resolve_run_at(phrase, run, norms, i, end, day, strict=False)
                if found is None:
                    hit = self._hit_at(run, norms, i, day, False)
                    if hit is not None and hit.kind == "title" and i + hit.length == len(run):
                        return None  # an office nobody held that day: a person, but not one we know
                    i += 1
                    continue
                j = i
                while j < len(run) and run[j].start < found.end:
                    covered.add(flat_index[id(run[j])])
                    j += 1
                matches.append((found, flat_index[id(run[j - 1])]))
                i = j
        if not matches:
            return None
        last = len(tokens) - 1
        if any(n not in covered and tokens[n].norm not in self.title_vocab for n in range(len(tokens))):
            return None
        heads = [(m, n) for m, n in matches if not (n + 1 <= last and tokens[n + 1].norm == POSSESSIVE)]
        if not heads or heads[-1][1] != last:
            return None
        return heads[-1][0]

    # -- shared core ---------------------------------------------------------------------------------
    def _resolve_run_at(self, text: str, run: list[Token], norms: list[str], i: int, stop: int,
                        day: date | None, *, strict: bool) -> ActorMatch | None:
        """The longest resolvable mention starting at token ``i`` of a run, merging title + name."""
        hit = self._hit_at(run, norms, i, day, strict)
        if hit is None:
            return None
        begin = run[i].start
        after = i + hit.length
        if hit.kind == "title":
            # "Kremlin spokesman Dmitry Peskov": the name that follows an office phrase decides.
            more = read_run(text, begin, stop, hit.length + self.max_len)
            follow = (self._hit_at(more, [t.norm for t in more], hit.length, day, strict)
                      if hit.length < len(more) else None)
            if follow is not None and follow.kind == "name" and follow.actor_id:
                return self._make(follow.actor_id, "name", begin, more[hit.length + follow.length - 1].end)
            if hit.actor_id is None:
                return None
        if strict and hit.kind == "org" and after < len(run) and self._continues_name(run[after]):
            return None  # "West Virginia", "Washington Post": part of a longer proper name we do not know
        kind: ResolvedBy = {"name": "name", "title": "title", "org": "organisation"}[hit.kind]  # type: ignore[assignment]
        assert hit.actor_id is not None
        return self._make(hit.actor_id, kind, begin, run[after - 1].end)

    def _continues_name(self, token: Token) -> bool:
        """Whether a capitalised word after a collective's name makes it part of an unknown name."""
        norm = token.norm
        return (token.raw[:1].isupper() and norm not in _GROUP_WORDS and norm not in _CALENDAR_WORDS
                and norm not in self.index.first_len and norm != POSSESSIVE)

    def _hit_at(self, run: list[Token], norms: list[str], i: int, day: date | None,
                strict: bool) -> _Hit | None:
        """The longest key at token ``i`` whose case fits; ``norms`` are the run's folded words."""
        first = norms[i] if i < len(norms) else ""
        longest = min(self.index.first_len.get(first, 0), len(run) - i)
        keys = self.index.keys
        for length in range(longest, 0, -1):
            entries = keys.get(tuple(norms[i : i + length]))
            if not entries:
                continue
            for entry in entries:
                if not _case_fits(entry, run, i, strict):
                    continue
                if entry.kind == "title":
                    return _Hit(length, "title", self._holder_on(entry.holders, day))
                if entry.kind == "name":
                    return _Hit(length, "name", entry.actor_id)
                group = _group_noun_at(norms, i + length)
                if group:
                    actor_id = entry.actor_id
                    if group in MILITARY_NOUNS and actor_id in self.index.military:
                        actor_id = self.index.military[actor_id]
                    return _Hit(length + len(group), "org", actor_id)
                if entry.kind == "org":
                    return _Hit(length, "org", entry.actor_id)
        return None

    def _holder_on(self, holders: list[Holder], day: date | None) -> str | None:
        active = [h for h in holders if h.role.active_on(day)]
        if not active:
            return None
        return max(active, key=lambda h: (h.prominence, -h.order)).actor_id

    def _make(self, actor_id: str, kind: ResolvedBy, start: int, end: int) -> ActorMatch:
        return ActorMatch(self.index.actors[actor_id], kind, start, end)

    # -- role nouns ----------------------------------------------------------------------------------
    def role_holders(self, noun: str, day: date | None) -> list[Actor]:
        """Actors whose role on ``day`` is denoted by a bare role noun, most prominent first."""
        holders = self.index.suffixes.get(fold_phrase(noun), [])
        active = sorted((h for h in holders if h.role.active_on(day)), key=lambda h: (-h.prominence, h.order))
        seen: dict[str, Actor] = {}
        for h in active:
            seen.setdefault(h.actor_id, self.index.actors[h.actor_id])
        return list(seen.values())


def _words_of(text: str) -> list[str]:
    """Every word of ``text`` folded as the tokenizer folds it, bar spelling variants; "the" kept."""
    if text.isascii():
        words = WORD_RE.findall(text.lower())
        if "." in text:
            words = [w.replace(".", "") for w in words]
        return words
    return [fold_word(w) for w in WORD_RE.findall(text)]


def _group_noun_at(norms: list[str], i: int) -> tuple[str, ...] | None:
    for length in (2, 1):
        key = tuple(norms[i : i + length])
        if len(key) == length and (key in GROUP_NOUNS or key in MILITARY_NOUNS):
            return key
    return None


def _case_fits(entry: Entry, run: list[Token], i: int, strict: bool) -> bool:
    """Whether the written case fits the key: "Tusk" not "tusk", "US" not "us" in running text."""
    for need, token in zip(entry.mask, run[i : i + len(entry.mask)], strict=False):
        if need == 2:
            if (strict or token.norm in _CASE_KEPT) and not token.raw.replace(".", "").isupper():
                return False
        elif need == 1 and strict and not token.raw[:1].isupper():
            return False
    return True
