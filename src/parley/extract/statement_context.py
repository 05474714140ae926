"""What the statement rules share: the per-document context, candidates, cue and span helpers."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from parley.extract.cues import AUX_WORDS, CueLexicon, find_cues
from parley.model import Span
from parley.text.quotes import Quote

QUOTE_CHARS = "\"\u201c\u201d\u2018\u2019\u00ab\u00bb'"
_END_PUNCT = " \t\n.,;:!?"
_PARTICIPLE_CUT = re.compile(
    r",(?:[\u201d\"]|'')?\s+(?:(?!including\b|during\b|according\b|bringing\b|depending\b|leaving\b)[a-z]+ing|despite|"
    r"according\s+to|he\s+said|she\s+said|they\s+said|he\s+added|she\s+added)\b"
)


@dataclass(slots=True)
class Candidate:
    """A statement before speaker resolution: spans only, plus the rule that found it."""

    speaker: Span | None
    cue: Span
    content: tuple[Span, ...]
    kind: str
    rule: str
    confidence: float
    used_quotes: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Context:
    """Per-document state the rules share: text, sentence starts, quotes and cue matches."""

    text: str
    sentences: tuple[Span, ...]
    quotes: list[Quote]
    lexicon: CueLexicon
    profile: str
    sentence_starts: list[int] = field(default_factory=list)
    quote_starts: list[int] = field(default_factory=list)
    cues: list[tuple[int, int]] = field(default_factory=list)
    cue_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentence_starts = [s.start for s in self.sentences]
        self.quote_starts = [q.start for q in self.quotes]
        self.cues = self._usable_cues(find_cues(self.lexicon, self.text))
        self.cue_starts = [c[0] for c in self.cues]

    def _usable_cues(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The cue matches outside quotes and not in a noun position, in order."""
        # Cues and quotes are both in text order: one walk instead of a binary search per cue.
        text, quotes, starts = self.text, self.quotes, self.quote_starts
        out: list[tuple[int, int]] = []
        k, last = -1, len(quotes) - 1
        for cue in found:
            pos = cue[0]
            while k < last and starts[k + 1] <= pos:
                k += 1
            if k >= 0 and _inside(quotes[k], pos):
                continue
            if text[pos - 1 : pos] == " " and _noun_position(text, pos):
                continue
            out.append(cue)
        return out

    def sentence_at(self, pos: int) -> Span:
        i = bisect_right(self.sentence_starts, pos) - 1
        return self.sentences[max(i, 0)] if self.sentences else Span(0, len(self.text))

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and _inside(self.quotes[i], pos)

    def first_cue(self, lo: int, hi: int) -> tuple[int, int] | None:
        i = bisect_right(self.cue_starts, lo - 1)
        if i < len(self.cues) and self.cues[i][0] < hi:
            return self.cues[i]
        return None

    def last_cue(self, lo: int, hi: int) -> tuple[int, int] | None:
        i = bisect_right(self.cue_starts, hi - 1) - 1
        if i >= 0 and self.cues[i][0] >= lo:
            return self.cues[i]
        return None


def _inside(quote: Quote, pos: int) -> bool:
    """Whether ``pos`` lies strictly inside one of the quote's pieces (not on its marks)."""
    pieces = quote.pieces
    if len(pieces) == 1:
        return pieces[0].start < pos < pieces[0].end - 1
    return any(p.start < pos < p.end - 1 for p in pieces)


_NOUN_BEFORE = frozenset("the a an his her its their our my your this these those any no of for".split())
_PRONOUN_S = frozenset("he she it that who what there here".split())


def _noun_position(text: str, start: int) -> bool:
    """A cue word after a determiner or a possessive is a noun ("his remarks", "Trump's support")."""
    end = start - 1
    if end <= 0 or text[end] != " ":
        return False
    begin = text.rfind(" ", max(0, end - 24), end) + 1
    word = text[begin:end].lower()
    if word in _NOUN_BEFORE:
        return True
    if len(word) > 2 and word[-2] in "'\u2019" and word[-1] == "s":
        return word[:-2] not in _PRONOUN_S
    return False


_WORD_BEFORE = re.compile(r"[^\s'\u2019]*\Z")


def extend_cue_left(text: str, start: int, lo: int) -> int:
    """Fold auxiliaries and adverbs to the left of a cue verb into the cue ("has repeatedly said")."""
    # Walk back word by word, each found by an anchored search over a short window (most cues stop at one).
    pos = start
    while pos > lo:
        end = pos
        while end > lo and text[end - 1] == " ":
            end -= 1
        if end == pos:
            return pos
        # The run of word characters before ``end``: a regex within a short window, by hand beyond it.
        window = max(lo, end - 32)
        begin = _WORD_BEFORE.search(text, window, end).start()  # type: ignore[union-attr]
        while begin == window and begin > lo and not text[begin - 1].isspace() and text[begin - 1] not in "'\u2019":
            begin -= 1
            window = begin
        if begin > lo and text[begin - 1] in "'\u2019" and text[begin:end].lower() in ("s", "ve", "d", "ll", "re", "m"):
            begin -= 1  # a contraction: "’ve", "’s"
        elif begin > lo and text[begin - 1] in "'\u2019":  # "don’t": take the whole word
            while begin > lo and not text[begin - 1].isspace():
                begin -= 1
        word = text[begin:end]
        if word.lower() not in AUX_WORDS and not _is_manner_adverb(word):
            return pos
        pos = begin
    return pos


# Words in -ly that are not adverbs, so never folded into a cue ("the rally said").
_LY_NOUNS = frozenset("rally ally family supply reply assembly italy july anomaly monopoly homily belly "
                      "bully jelly lily folly tally holly fly ply".split())


def _is_manner_adverb(word: str) -> bool:
    """A lowercase -ly adverb ("repeatedly", "sharply"), which PolNeAR folds into the cue after it."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in _LY_NOUNS


def trim_span(text: str, start: int, end: int) -> Span | None:
    """Strip whitespace and edge punctuation, keeping closing quote marks and brackets."""
    while start < end and text[start] in " \t\n,;:":
        start += 1
    while end > start and text[end - 1] in _END_PUNCT:
        end -= 1
    return Span(start, end) if end > start else None


def content_kind(text: str, span: Span) -> str:
    piece = text[span.start : span.end]
    if not any(c in piece for c in QUOTE_CHARS[:3] + "\u00ab"):
        return "indirect"
    return "direct" if piece[:1] in QUOTE_CHARS and piece.rstrip(".,")[-1:] in QUOTE_CHARS else "mixed"


# ", but he …", ", yet the party …": a contrasting clause with a subject of its own ends the content (", while …"
# is left alone: PolNeAR train keeps it in the content about as often as not).
_NEW_CLAUSE = re.compile(r",(?:[\u201d\"]|'')?\s+(?:but|whereas|yet)\s+(?:he|she|they|it|we|I|the|a|an|[A-Z]\w*)\b")
_COORDINATED = re.compile(
    r"(?:,\s*)?\s(?:and|but)\s+(?:(?:has|have|had|also|since|then|later|now|never|not|would|will)\s+){0,2}$"
)


# ", and <a short phrase with no verb> <cue>": a coordinated clause with its own speaker.
_JOINED_SPEAKER = re.compile(
    r",\s+(?:(?:and|but)\s+|(?=[A-Z]))(?!(?:that|then|also|later|so|That|Then|So)\s)"
    r"(?:(?!(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|not|that|which|who|when|as|if|with|without|"
    r"[a-z]+ly|\w+n[\u2019']t)\s)[\w'\u2019.-]+\s+){1,6}$"
)


_DASH_BEFORE = re.compile(r"\s(?:-|--|\u2014|\u2013)\s$|\u2014$")


def clause_end(ctx: Context, pos: int, limit: int) -> int:
    """Where a content starting at ``pos`` ends: before a participle clause, or before a coordinated cue
    ("… that the plan was dead and noted that …"), which starts a statement of its own."""
    m = _PARTICIPLE_CUT.search(ctx.text, pos, limit)
    end = m.start() if m else limit
    m = _NEW_CLAUSE.search(ctx.text, pos, end)
    if m:
        end = m.start()
    cue = ctx.first_cue(pos + 1, end)
    while cue is not None:
        joint = _COORDINATED.search(ctx.text, max(pos, cue[0] - 20), cue[0])
        if joint is not None and (ctx.text[cue[0] - 4 : cue[0]] in (" and", "and ", " but", "but ")
                                  or ctx.text.find(" who ", pos, cue[0]) < 0):
            # ("but has since said"; not inside a relative clause: "X, who ran in 2008 and has backed Y")
            return joint.start()
        if ctx.text[max(pos, cue[0] - 2) : cue[0]] == ", ":
            return cue[0] - 2  # "X, who argued for Y, said …": the main verb after the insertion
        dash = _DASH_BEFORE.search(ctx.text, max(pos, cue[0] - 4), cue[0])
        if dash is not None:
            return dash.start()  # "X - who said Y - said …": the same, with dashes
        joint = _JOINED_SPEAKER.search(ctx.text, max(pos, cue[0] - 60), cue[0])
        if joint is not None and ctx.text[cue[1] : end].strip(_END_PUNCT):
            # "…, and more than half said …": a second speaker and cue of their own (", and the council
            # agreed." with nothing after the cue stays in the content)
            return joint.start()
        cue = ctx.first_cue(cue[1], end)
    return end


# Adverbials PolNeAR folds into the cue when no that-clause follows ("said in a statement", "vowed Tuesday").
ADVERBIAL_AFTER = re.compile(
    r"\s+(?:(?:in|on|at|during)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|speech|briefing|post|tweet|letter|video|email|op-ed|conference|call)"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|year)"
    # A preposition taking the content as object ("complained about …"), but not a date ("on Monday").
    r"|(?:about|against|with|of|for|on)(?=\s)(?!\s+(?:a|an|the)?\s*(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)))"
)

_SAY_FORMS = frozenset({"say", "says", "said", "saying"})
_PREPOSITIONS = frozenset({"about", "against", "with", "of", "for", "on"})


def says_preposition(text: str, pos: int, adv: re.Match[str]) -> bool:
    """ "said of Y" / "said on TV": after "say", PolNeAR leaves the preposition out of the cue."""
    before = text[max(0, pos - 8) : pos].split()
    return bool(before) and before[-1].lower() in _SAY_FORMS and adv.group().split()[0] in _PREPOSITIONS
