"""The statement rules: direct quotes around their cue, indirect and mixed speech, "according to"."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from parley.extract.cues import ADDRESSEE_VERBS, AUX_WORDS, WEAK_CUES, CueLexicon
from parley.extract.statement_phrases import (
    find_object_speaker,
    find_sentence_subject,
    find_subject,
    skip_addressee,
)
from parley.model import Span
from parley.text.quotes import Quote, quote_inner

_QUOTE_CHARS = "\"\u201c\u201d\u2018\u2019\u00ab\u00bb'"
_CONNECT_BEFORE_QUOTE = re.compile(r"[\s,:]*$")
_THAT_AFTER = re.compile(
    r"(?P<adv>\s*(?:,\s*)?(?:(?:on|in|at|during|last|this|late|early|earlier|also|repeatedly|publicly|again|"
    r"yesterday|today|tonight|recently|privately|separately|later|then|previously|in\s+a|at\s+a|"
    r"[A-Z]\w+day)\b[^,;:\"\u201c.]{0,50}?)?)\s*,?\s*(?P<that>that\b|:)\s*",
)
# Adverbials PolNeAR folds into the cue when no that-clause follows ("said in a statement", "vowed Tuesday").
_ADVERBIAL_AFTER = re.compile(
    r"\s+(?:(?:in|on|at|during)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|speech|briefing|post|tweet|letter|video|email|op-ed|conference|call)"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|year))"
)
_LEAD_PUNCT = re.compile(r"[\s,:]*")
_PARTICIPLE_CUT = re.compile(
    r",\s+(?:adding|noting|saying|stressing|insisting|warning|arguing|explaining|claiming|suggesting|"
    r"according\s+to|he\s+said|she\s+said|they\s+said|he\s+added|she\s+added)\b"
)
_ACCORDING_TO = re.compile(r"\b(?:according\s+to|in\s+the\s+words\s+of|as\s+quoted\s+by)\s+", re.IGNORECASE)
_CATAPHORIC = re.compile(
    r"(?<![\w])(?:This|That|It|These\s+remarks|The\s+statement)\s+(?:was|were|has\s+been)\s+"
    r"(?:stated|said|announced|reported|confirmed|noted|claimed|written|declared)\s+by\s+"
)
_QUOTED_AS = re.compile(r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\s+as\s+saying\b")
_END_PUNCT = " \t\n.,;:!?"
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$", re.IGNORECASE)
# Cue forms that are more often nouns; they need a that-clause in every profile.
_NOUN_LIKE = frozenset("report reports post posts order orders question questions answer answers charge charges "
                       "brief comment comments state states estimate estimates signal signals".split())


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
        self.cues = [(m.start(), m.end()) for m in self.lexicon.pattern.finditer(self.text)
                     if not self.in_quote(m.start()) and not _noun_position(self.text, m.start())]
        self.cue_starts = [c[0] for c in self.cues]

    def sentence_at(self, pos: int) -> Span:
        i = bisect_right(self.sentence_starts, pos) - 1
        return self.sentences[max(i, 0)] if self.sentences else Span(0, len(self.text))

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        if i < 0:
            return False
        q = self.quotes[i]
        return any(p.start < pos < p.end - 1 for p in q.pieces)

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


_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|these|those|any|no|of|for)|\w[\w.]*['\u2019]s)\s+$",
    re.IGNORECASE,
)
_PRONOUN_S = re.compile(r"\b(?:he|she|it|that|who|what|there|here)['\u2019]s\s+$", re.IGNORECASE)


def _noun_position(text: str, start: int) -> bool:
    """A cue word after a determiner or a possessive is a noun ("his remarks", "Trump's support")."""
    window = text[max(0, start - 24) : start]
    return _NOUN_BEFORE.search(window) is not None and _PRONOUN_S.search(window) is None


def extend_cue_left(text: str, start: int, lo: int) -> int:
    """Fold auxiliaries and adverbs to the left of a cue verb into the cue ("has repeatedly said")."""
    # Walk back word by word (cheaper than a right-anchored regex over the window).
    pos = start
    while pos > lo:
        end = pos
        while end > lo and text[end - 1] == " ":
            end -= 1
        if end == pos:
            return pos
        begin = end
        while begin > lo and not text[begin - 1].isspace() and text[begin - 1] not in "'\u2019":
            begin -= 1
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


def _content_kind(text: str, span: Span) -> str:
    piece = text[span.start : span.end]
    if not any(c in piece for c in _QUOTE_CHARS[:3] + "\u00ab"):
        return "indirect"
    return "direct" if piece[:1] in _QUOTE_CHARS and piece.rstrip(".,")[-1:] in _QUOTE_CHARS else "mixed"


def find_direct(ctx: Context) -> list[Candidate]:
    """Quotes with their cue after ("…," X said / said X) or before (X said: "…")."""
    text = ctx.text
    out: list[Candidate] = []
    consumed: set[int] = set()
    for qi, quote in enumerate(ctx.quotes):
        if qi in consumed:
            continue
        inner = tuple(quote_inner(text, p) for p in quote.pieces)
        if sum(len(p) for p in inner) < 2 or (len(text[inner[0].start : inner[-1].end].split()) < 3
                                              and not _ends_utterance(text, quote)):
            continue  # a scare quote or a title, not a statement
        cand = _cue_after_quote(ctx, qi, inner) or _cue_before_quote(ctx, qi, inner)
        if cand is None:
            continue
        consumed.update(cand.used_quotes)
        out.append(cand)
    return out


def _ends_utterance(text: str, quote: Quote) -> bool:
    """A short quote that closes on its own punctuation ("They sue," he said) is speech, not a scare quote."""
    end = quote.end
    while end > quote.start and text[end - 1] in _QUOTE_CHARS:
        end -= 1
    return end > quote.start and text[end - 1] in ",.?!"


def _cue_after_quote(ctx: Context, qi: int, inner: tuple[Span, ...]) -> Candidate | None:
    text, quote = ctx.text, ctx.quotes[qi]
    sent = ctx.sentence_at(quote.end - 1)
    limit = sent.end
    if quote.end >= sent.end - 1:  # the quote closes its sentence: look at a short next sentence
        nxt = ctx.sentence_at(sent.end + 1)
        if nxt.start <= sent.end or len(text[nxt.start : nxt.end].split()) > 8:
            return None
        limit = nxt.end
    nxt_q = qi + 1 < len(ctx.quotes) and ctx.quotes[qi + 1].start < limit
    if nxt_q:
        limit = ctx.quotes[qi + 1].start
    cue = ctx.first_cue(quote.end, min(limit, quote.end + 120))
    if cue is None:
        return None
    between = text[quote.end : cue[0]]
    cue_start = extend_cue_left(text, cue[0], quote.end)
    if not between.strip(" ,\n"):
        clause_end = _clause_end(ctx, cue[1], limit)
        speaker = find_object_speaker(text, cue[1], clause_end)
        rule = "quote-cue-speaker"
    else:
        speaker = find_subject(text, quote.end, cue_start)
        if speaker is None or text[quote.end : speaker.start].strip(" ,\n"):
            return None
        rule = "quote-speaker-cue"
    if speaker is None:
        return None
    cue_end = cue[1]
    if ctx.profile == "polnear":
        adv = _ADVERBIAL_AFTER.match(text, cue_end, limit)
        if adv and rule == "quote-speaker-cue":
            cue_end = adv.end()
    pieces = list(inner)
    used = [qi]
    # A quote split around its cue: "…," he said, "…" continues the same content.
    after = max(cue[1], speaker.end)
    if nxt_q and not text[after : ctx.quotes[qi + 1].start].strip(" ,\n"):
        follow = ctx.quotes[qi + 1]
        pieces.extend(quote_inner(text, p) for p in follow.pieces)
        used.append(qi + 1)
        rule += "-split"
    _chain_quotes(ctx, used, pieces, max(after, ctx.quotes[used[-1]].end))
    return Candidate(speaker, Span(cue_start, cue_end), tuple(pieces), "direct", rule, 0.9, used_quotes=used)


_CHAIN_GAP = re.compile(r"[ \t\n.,]*")


def _chain_quotes(ctx: Context, used: list[int], pieces: list[Span], pos: int) -> None:
    """Quote sentences that follow in the same paragraph, with no cue of their own, continue the content."""
    text = ctx.text
    j = used[-1] + 1
    while j < len(ctx.quotes):
        q = ctx.quotes[j]
        if _CHAIN_GAP.fullmatch(text, pos, q.start) is None:
            return
        sent = ctx.sentence_at(q.end - 1)
        if ctx.first_cue(q.end, sent.end) is not None or len(q.pieces) > 1:
            return
        pieces.append(quote_inner(text, q.pieces[0]))
        used.append(j)
        pos = q.end
        j += 1


def _clause_end(ctx: Context, pos: int, limit: int) -> int:
    m = _PARTICIPLE_CUT.search(ctx.text, pos, limit)
    return m.start() if m else limit


def _cue_before_quote(ctx: Context, qi: int, inner: tuple[Span, ...]) -> Candidate | None:
    text, quote = ctx.text, ctx.quotes[qi]
    sent = ctx.sentence_at(quote.start)
    lo = sent.start
    head = text[: quote.start].rstrip()
    if sent.start == quote.start and head.endswith(":"):  # "He said:" closing the paragraph before
        lo = ctx.sentence_at(len(head) - 1).start
    if qi > 0 and ctx.quotes[qi - 1].end > lo:
        lo = ctx.quotes[qi - 1].end
    cue = ctx.last_cue(lo, quote.start)
    if cue is None:
        return None
    tail_start = cue[1]
    verb = text[cue[0] : cue[1]].lower()
    if verb in ADDRESSEE_VERBS:
        tail_start = skip_addressee(text, cue[1], quote.start)
    tail = text[tail_start : quote.start]
    if not _CONNECT_BEFORE_QUOTE.fullmatch(tail) or ("," not in tail and ":" not in tail):
        return None
    cue_start = extend_cue_left(text, cue[0], lo)
    speaker = find_subject(text, lo, cue_start)
    rule = "speaker-cue-quote"
    if speaker is None:
        return None
    return Candidate(speaker, Span(cue_start, cue[1]), inner, "direct", rule, 0.9, used_quotes=[qi])


def find_indirect(ctx: Context, taken: set[int], direct: list[Candidate]) -> list[Candidate]:
    """Cue verbs outside quotes: "X said (that) …", "…, X said.", "…, said X.", "X told Y that …"."""
    text = ctx.text
    out: list[Candidate] = []
    for cs, ce in ctx.cues:
        if cs in taken:
            continue
        sent = ctx.sentence_at(cs)
        verb = text[cs:ce].lower()
        lo = sent.start
        cue_start = extend_cue_left(text, cs, lo)
        if _PASSIVE.search(text, cue_start, cs) and verb.endswith(("ed", "told", "said")):
            continue  # "was declared the winner": the subject is not the speaker
        speaker = find_subject(text, lo, cue_start)
        if speaker is None and text[max(lo, cue_start - 5) : cue_start].strip(" ,") in ("and", "but"):
            prior = _previous_in_sentence(direct + out, lo, cs)  # "fear that … and warn that …"
            # "X met the families and said …": the subject of the first verb speaks.
            speaker = prior.speaker if prior is not None else find_sentence_subject(text, lo, cue_start)
        after = skip_addressee(text, ce, sent.end) if verb in ADDRESSEE_VERBS else ce
        cue_end, content_start, has_that = locate_content(ctx, ce, after, sent.end)
        content_end = _clause_end(ctx, content_start, sent.end)
        content = trim_span(text, content_start, content_end)
        if speaker is not None:
            if content is not None and len(text[content.start : content.end].split()) >= 2 and (
                has_that or verb not in WEAK_CUES or (ctx.profile == "polnear" and verb not in _NOUN_LIKE)
            ):
                if ctx.profile != "polnear" and not has_that and verb in _OBJECT_ONLY and not _is_clause(
                    text, content
                ):
                    continue
                out.append(Candidate(speaker, Span(cue_start, cue_end), (content,), _content_kind(text, content),
                                     "speaker-cue-content", 0.75))
                continue
            before = _content_before(text, lo, speaker.start)
            if before is not None and content is None:
                out.append(Candidate(speaker, Span(cue_start, ce), (before,), _content_kind(text, before),
                                     "content-speaker-cue", 0.75))
            continue
        # No subject: "…, said X." or a participle continuing an earlier statement.
        prefix = text[lo:cs].rstrip()
        if not prefix.endswith(","):
            continue
        if verb.endswith("ing"):
            prior = _previous_in_sentence(direct + out, lo, cs)
            # "X took a swipe at Y, saying that …": with no statement before, the sentence subject speaks.
            who = prior.speaker if prior is not None else find_sentence_subject(text, lo, cs)
            if who is not None and content is not None:
                out.append(Candidate(who, Span(cs, cue_end), (content,), _content_kind(text, content),
                                     "participle-continues", 0.7))
            continue
        obj = find_object_speaker(text, ce, _clause_end(ctx, ce, sent.end))
        before = _content_before(text, lo, lo + len(prefix))
        if obj is not None and before is not None:
            out.append(Candidate(obj, Span(cs, ce), (before,), _content_kind(text, before),
                                 "content-cue-speaker", 0.7))
    return out


def locate_content(ctx: Context, cue_end: int, after: int, limit: int) -> tuple[int, int, bool]:
    """Where the cue ends and the content starts after it; whether a that-clause (or colon) follows."""
    text, polnear = ctx.text, ctx.profile == "polnear"
    m = _THAT_AFTER.match(text, after, limit)
    if m:
        if polnear and m.group("adv").strip(" ,"):
            cue_end = m.start("adv") + len(m.group("adv").rstrip(" ,"))
        start = m.start("that") if polnear and m.group("that") == "that" else m.end()
        return cue_end, start, True
    if polnear:
        adv = _ADVERBIAL_AFTER.match(text, after, limit)
        if adv:
            cue_end = after = adv.end()
    start = _LEAD_PUNCT.match(text, after, limit).end()  # type: ignore[union-attr]
    return cue_end, start, False


def _previous_in_sentence(cands: list[Candidate], lo: int, pos: int) -> Candidate | None:
    best = None
    for c in cands:
        if lo <= c.cue.start < pos and c.speaker is not None and (best is None or c.cue.start > best.cue.start):
            best = c
    return best


# Verbs whose bare object is not a statement in the product profile ("he denied the report" is one,
# "she described the meeting" is not); with a that-clause they always are.
_OBJECT_ONLY = frozenset(
    "describe describes described describing mention mentions mentioned mentioning recall recalls recalled "
    "praise praised praises hail hailed welcome welcomed welcomes reject rejected rejects dismiss dismissed "
    "condemn condemned condemns slam slammed blast blasted thank thanked mock mocked cite cited".split()
)
_CLAUSE_HINT = re.compile(
    r"\b(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do)\b"
)


def _is_clause(text: str, span: Span) -> bool:
    return _CLAUSE_HINT.search(text, span.start, span.end) is not None


def _content_before(text: str, lo: int, hi: int) -> Span | None:
    """The content before ", X said": from the sentence start to the comma."""
    end = hi
    while end > lo and text[end - 1] in " \t\n":
        end -= 1
    if end <= lo or text[end - 1] != ",":
        return None
    span = trim_span(text, lo, end - 1)
    if span is None or len(text[span.start : span.end].split()) < 3:
        return None
    return span


def find_according_to(ctx: Context) -> list[Candidate]:
    """ "According to X, …" and "…, according to X." """
    text = ctx.text
    out: list[Candidate] = []
    if "ccording to" not in text and " words of " not in text and "quoted by" not in text:
        return out
    for m in _ACCORDING_TO.finditer(text):
        if ctx.in_quote(m.start()):
            continue
        sent = ctx.sentence_at(m.start())
        comma = text.find(",", m.end(), sent.end)
        cue = Span(m.start(), m.end() - 1 if text[m.end() - 1] == " " else m.end())
        cue = Span(cue.start, len(text[: cue.end].rstrip()))
        if m.start() - sent.start <= 2 and comma > 0:  # "According to X, content."
            speaker = find_object_speaker(text, m.end(), comma)
            content = trim_span(text, comma + 1, sent.end)
        else:  # "content, according to X."
            speaker = find_object_speaker(text, m.end(), comma if comma > 0 else sent.end)
            content = trim_span(text, sent.start, m.start())
        if speaker is not None and content is not None and len(text[content.start : content.end].split()) >= 2:
            out.append(Candidate(speaker, cue, (content,), _content_kind(text, content), "according-to", 0.8))
    return out


def find_passive(ctx: Context) -> list[Candidate]:
    """Passive and cataphoric frames: "X was quoted as saying …", "… . This was stated by X." """
    text = ctx.text
    out: list[Candidate] = []
    if "quoted as" not in text and " by " not in text:
        return out
    for m in _QUOTED_AS.finditer(text) if "quoted as" in text else ():
        sent = ctx.sentence_at(m.start())
        speaker = find_subject(text, sent.start, m.start())
        content = trim_span(text, m.end(), _clause_end(ctx, m.end(), sent.end))
        if speaker is not None and content is not None:
            out.append(Candidate(speaker, Span(m.start(), m.end()), (content,), _content_kind(text, content),
                                 "quoted-as-saying", 0.8))
    for m in _CATAPHORIC.finditer(text):
        sent = ctx.sentence_at(m.start())
        if m.start() - sent.start > 2 or sent.start == 0:
            continue
        prev = ctx.sentence_at(sent.start - 1)
        speaker = find_object_speaker(text, m.end(), sent.end)
        content = trim_span(text, prev.start, prev.end)
        if speaker is not None and content is not None:
            cue_start = text.find(" ", m.start()) + 1
            out.append(Candidate(speaker, Span(cue_start, m.end() - 1), (content,),
                                 _content_kind(text, content), "cataphoric-stated-by", 0.75))
    return out


def find_candidates(ctx: Context) -> list[Candidate]:
    """All candidates of a document, direct quotes first; one statement per cue."""
    direct = find_direct(ctx)
    special = find_according_to(ctx) + find_passive(ctx)
    taken = {c.cue.start for c in direct} | {c.cue.end for c in direct}
    taken_positions = set()
    for c in direct + special:
        taken_positions.update(range(c.cue.start, c.cue.end))
    taken = {cs for cs, _ in ctx.cues if cs in taken_positions}
    # Cue words inside another statement's speaker phrase are not cues of their own.
    indirect = find_indirect(ctx, taken, direct)
    return sorted(direct + special + indirect, key=lambda c: c.cue.start)
