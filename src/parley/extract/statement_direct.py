"""Direct-speech rules: quotes with their cue after ("…," X said) or before (X said: "…"), chained quotes."""

from __future__ import annotations

import re

from parley.extract.cues import ADDRESSEE_VERBS
from parley.extract.statement_context import (
    ADVERBIAL_AFTER,
    QUOTE_CHARS,
    Candidate,
    Context,
    clause_end,
    extend_cue_left,
    says_preposition,
)
from parley.extract.statement_objects import find_object_speaker, skip_addressee
from parley.extract.statement_phrases import find_subject
from parley.extract.statement_subjects import find_sentence_subject
from parley.model import Span
from parley.text.quotes import Quote, quote_inner

_CONNECT_BEFORE_QUOTE = re.compile(r"[\s,:]*$")
# Words between a cue and the colon that opens its quote ("wrote back:", "responded pointedly, with a smile:").
_COLON_TAIL = re.compile(r"[^.!?;:\"\u201c\u201d\n]{1,80}:\s*")


# PolNeAR leaves an event the words were said at out of a quote's cue ("said at a news conference",
# "said on a conference call") but keeps the medium ("said in a statement", "said in an interview").
_EVENT_SETTING = re.compile(r"(?:conference|call)$")


def _colon_tail(tail: str) -> bool:
    """A short stretch with no sentence break that ends in the colon before the quote."""
    return _COLON_TAIL.fullmatch(tail) is not None and len(tail.split()) <= 8


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
        cand = (_quote_dash_name(ctx, qi, inner) or _cue_after_quote(ctx, qi, inner)
                or _cue_before_quote(ctx, qi, inner) or _name_colon_quote(ctx, qi, inner))
        if cand is None:
            continue
        consumed.update(cand.used_quotes)
        out.append(cand)
    return out


def _ends_utterance(text: str, quote: Quote) -> bool:
    """A short quote that closes on its own punctuation ("They sue," he said) is speech, not a scare quote."""
    end = quote.end
    while end > quote.start and text[end - 1] in QUOTE_CHARS:
        end -= 1
    return end > quote.start and text[end - 1] in ",.?!"


def _cue_after_quote(ctx: Context, qi: int, inner: tuple[Span, ...]) -> Candidate | None:
    text, quote = ctx.text, ctx.quotes[qi]
    sent = ctx.sentence_at(quote.end - 1)
    limit = sent.end
    if quote.end >= sent.end - 1:  # the quote closes its sentence ("…?" he asked): the cue opens the next
        nxt = ctx.sentence_at(sent.end + 1)
        if nxt.start <= sent.end:
            return None
        if len(text[nxt.start : nxt.end].split()) > 8 and not _cue_then_aside(ctx, nxt):
            return None
        limit = nxt.end
    nxt_q = qi + 1 < len(ctx.quotes) and ctx.quotes[qi + 1].start < limit
    if nxt_q and limit > sent.end:
        # '“….” He adds, “…”': a cue in the next sentence introduces the quote after it, not this one.
        return None
    if nxt_q:
        limit = ctx.quotes[qi + 1].start
    cue = ctx.first_cue(quote.end, min(limit, quote.end + 120))
    if cue is None:
        return None
    if _RELATIVE_OPEN.search(text, quote.end, cue[0]):
        # '“…,” Cruz, who has proposed repeal, said': the cue in the relative clause is not the quote's
        close = text.find(",", cue[1], limit)
        main_cue = ctx.first_cue(close, min(limit, close + 40)) if close > 0 else None
        if main_cue is not None and not text[close + 1 : extend_cue_left(text, main_cue[0], close + 1)].strip():
            cue = main_cue
    between = text[quote.end : cue[0]]
    cue_start = extend_cue_left(text, cue[0], quote.end)
    if not between.strip(" ,\n"):
        speaker = find_object_speaker(text, cue[1], clause_end(ctx, cue[1], limit), lenient=True)
        rule = "quote-cue-speaker"
    else:
        speaker = find_subject(text, quote.end, cue_start, ctx.profile == "polnear")
        if speaker is None or text[quote.end : speaker.start].strip(" ,\n"):
            # '"…," the bespectacled, 71-year-old diplomat said': what fills the gap is the speaker
            speaker = _gap_speaker(text, quote.end, cue_start)
            if speaker is None:
                return None
        rule = "quote-speaker-cue"
    if speaker is None:
        return None
    cue_end = cue[1]
    if ctx.profile == "polnear":
        adv = ADVERBIAL_AFTER.match(text, cue_end, limit)
        if adv and rule == "quote-speaker-cue" and not says_preposition(text, cue_end, adv):
            if not _EVENT_SETTING.search(adv.group()):
                cue_end = adv.end()
    pieces = list(inner)
    if ctx.profile == "polnear":
        pieces[0] = _from_sentence_start(ctx, quote.start, pieces[0])
    used = [qi]
    # A quote split around its cue: "…," he said, "…" continues the same content.
    after = max(cue[1], speaker.end)
    if nxt_q and _resumes(ctx, after, ctx.quotes[qi + 1].start):
        follow = ctx.quotes[qi + 1]
        pieces.extend(quote_inner(text, p) for p in follow.pieces)
        used.append(qi + 1)
        rule += "-split"
    pos = max(after, ctx.quotes[used[-1]].end)
    if len(used) == 1:
        # "…," X said at a rally in Ohio. "…": the next quote continues once the cue's sentence ends.
        tail = ctx.sentence_at(pos).end
        gap = text[pos:tail]
        if tail - pos < 250 and _only_titles(ctx, gap):
            pos = tail
    _chain_quotes(ctx, used, pieces, pos)
    return Candidate(speaker, Span(cue_start, cue_end), tuple(pieces), "direct", rule, 0.9, used_quotes=used)


def _from_sentence_start(ctx: Context, quote_start: int, first: Span) -> Span:
    """A quote opening mid-sentence ('Guns are "a crisis," she said'): PolNeAR's content starts with the
    sentence, as long as the words before the quote hold no cue and no quote of their own."""
    text = ctx.text
    sent = ctx.sentence_at(quote_start)
    lo = sent.start
    while lo < quote_start and text[lo] in " \t\n":
        lo += 1
    prefix = text[lo:quote_start]
    if not prefix.strip() or prefix.rstrip()[-1:] == ":" or any(c in prefix for c in QUOTE_CHARS[:3] + "\u00ab") \
            or "''" in prefix or ctx.first_cue(lo, quote_start) is not None:
        return first
    return Span(lo, first.end)


def _cue_then_aside(ctx: Context, sent: Span) -> bool:
    """ "beamed Donald Hartley of Madison, who snuck onto the floor": a sentence that opens with a cue and a
    speaker, then only an aside after a comma, still names the quote's speaker."""
    text = ctx.text
    first = ctx.first_cue(sent.start, sent.end)
    if first is None or len(text[sent.start : first[0]].split()) > 3:
        return False
    comma = text.find(",", first[1], sent.end)
    return comma > 0 and len(text[first[1] : comma].split()) <= 8


# A name, then a relative clause opening before the first cue after a quote.
_RELATIVE_OPEN = re.compile(r"\w,\s+(?:who|whose|which)\s[^,.;:]*$")
_GAP_STOP = re.compile(r"[.;:!?\"\u201c\u201d()]|''")


def _gap_speaker(text: str, lo: int, hi: int) -> Span | None:
    """The whole stretch between a quote and its cue, when it reads like a noun phrase."""
    while lo < hi and text[lo] in " ,\n":
        lo += 1
    while hi > lo and text[hi - 1] in " ,\n":
        hi -= 1
    words = text[lo:hi].split()
    if not words or len(words) > 15 or _GAP_STOP.search(text, lo, hi) or not (
            words[0][:1].isupper() or words[0].lower() in ("the", "a", "an", "one", "another")):
        return None
    return Span(lo, hi)


def _resumes(ctx: Context, pos: int, quote_start: int) -> bool:
    """Whether the quote at ``quote_start`` resumes the one before: only the cue's own words and a comma
    stand between them ('"…," he said after the vote, "…"'; not '"…," he said, adding, "…"', where the
    participle starts a statement of its own)."""
    gap = ctx.text[pos:quote_start]
    if not gap.strip(" ,\n"):
        return True
    return (gap.rstrip().endswith(",") and len(gap) < 120 and not any(c in gap for c in ".!?;:\n")
            and ctx.first_cue(pos, quote_start) is None)


def _only_titles(ctx: Context, gap: str) -> bool:
    """No quotation in the gap but short titles ("on NBC's ''Meet the Press''")."""
    if not any(c in gap for c in QUOTE_CHARS[:3]) and "''" not in gap:
        return True
    marks = sum(gap.count(c) for c in QUOTE_CHARS[:3]) + gap.count("''")
    return marks == 2 and len(gap.split()) <= 12


_CHAIN_GAP = re.compile(r"[\s.,]*")  # \s: also the no-break spaces some sites put after a full stop


def _chain_quotes(ctx: Context, used: list[int], pieces: list[Span], pos: int) -> None:
    """Quote sentences that follow (in the paragraph or the next ones), with no cue of their own, continue it."""
    text = ctx.text
    j = used[-1] + 1
    while j < len(ctx.quotes) and ctx.quotes[j].start < pos:
        j += 1  # a title quoted inside the cue's own sentence ("said on ''Meet the Press.''")
    while j < len(ctx.quotes):
        q = ctx.quotes[j]
        lead = None
        if _CHAIN_GAP.fullmatch(text, pos, q.start) is None:
            lead = _sentence_lead(ctx, pos, q.start)
            if lead is None:
                return
        sent = ctx.sentence_at(q.end - 1)
        if ctx.first_cue(q.end, sent.end) is not None or (len(q.pieces) > 1 and not _paragraph_run(text, q)) \
                or _is_heading(text, q):
            return
        first = len(pieces)
        pieces.extend(quote_inner(text, p) for p in q.pieces)
        if lead is not None:
            pieces[first] = Span(lead, pieces[first].end)
        used.append(j)
        pos = q.end
        j += 1


def _is_heading(text: str, quote: Quote) -> bool:
    """A short quoted line in title case that is a paragraph of its own ('All Bets Are Off.'): a heading."""
    if text[quote.start - 1 : quote.start] != "\n" or len(quote.pieces) > 1 or quote.end - quote.start > 80:
        return False  # (most quotes open inside a paragraph: spare the rest)
    inner = quote_inner(text, quote.pieces[0])
    words = text[inner.start : inner.end].rstrip(".").split()
    if not words or len(words) > 8 or words[-1][-1:] in "?!,":
        return False
    # (title case: every word but short function words capitalised, "Legend in the Coal Fields")
    return (all(w[:1].isupper() for w in words if len(w) > 3) and words[0][:1].isupper()
            and text[quote.end : quote.end + 1] in "\n")


def _sentence_lead(ctx: Context, pos: int, quote_start: int) -> int | None:
    """Where the next sentence starts, when it goes on into a quote with no cue before it ('… for this
    country,” Trump said. Instead, “he just acts …”'): PolNeAR's chained content takes the sentence in."""
    if ctx.profile != "polnear" or quote_start - pos > 160:
        return None  # (a lead of twelve words at most)
    text = ctx.text
    sent = ctx.sentence_at(quote_start)
    start = sent.start
    while start < quote_start and text[start] in " \t\n":
        start += 1
    if start <= pos or _CHAIN_GAP.fullmatch(text, pos, start) is None or "\n" in text[pos:start] \
            or ")" in text[pos:start]:
        return None
    lead = text[start:quote_start]
    if len(lead.split()) > 12 or any(c in lead for c in ":()") or ctx.first_cue(start, quote_start) is not None:
        return None
    return start


def _paragraph_run(text: str, quote: Quote) -> bool:
    """A quote whose pieces are consecutive paragraphs (no words of the narrator between them)."""
    pairs = zip(quote.pieces, quote.pieces[1:], strict=False)
    return all(not text[a.end : b.start].strip(" \t\n" + QUOTE_CHARS) for a, b in pairs)


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
    if not text[lo : cue[0]].strip() and text[quote.start - 2 : quote.start].strip() in (",", ":"):
        # Inverted: 'Said Dorothy Poynter, a neighbour, "We were proud of him."'
        speaker = find_object_speaker(text, cue[1], quote.start)
        if speaker is None or len(text[speaker.start : speaker.end].split()) > 25:
            return None
        pieces, used = list(inner), [qi]
        _chain_quotes(ctx, used, pieces, quote.end)
        return Candidate(speaker, Span(cue[0], cue[1]), tuple(pieces), "direct", "cue-speaker-quote", 0.85,
                         used_quotes=used)
    if not _CONNECT_BEFORE_QUOTE.fullmatch(tail) or ("," not in tail and ":" not in tail):
        if not _colon_tail(tail):
            return None
    cue_start = extend_cue_left(text, cue[0], lo)
    speaker = find_subject(text, lo, cue_start, ctx.profile == "polnear")
    rule = "speaker-cue-quote"
    if speaker is None and (verb.endswith("ing") or text[max(lo, cue_start - 4) : cue_start] in (" to ", "and ")):
        # "X endorsed Clinton, saying, “…”", "X was prompted to say, “…”", "X leaned in and said: “…”": the
        # sentence subject speaks.
        speaker = find_sentence_subject(text, lo, cue_start)
    if speaker is None:
        return None
    pieces, used = list(inner), [qi]
    if ctx.profile == "polnear" and text[inner[0].start : inner[0].start + 1].islower() \
            and not verb.endswith("ing"):
        pieces[0] = _with_inserted_speaker(text, lo, speaker, pieces[0])
    _chain_quotes(ctx, used, pieces, quote.end)  # X said: "…" "…": the quotes after continue it
    return Candidate(speaker, Span(cue_start, cue[1]), tuple(pieces), "direct", rule, 0.9, used_quotes=used)


def _with_inserted_speaker(text: str, lo: int, speaker: Span, first: Span) -> Span:
    """ "The streets were empty, he said, “but people need to connect”": a quote that goes on with the
    sentence around an inserted speaker and cue; PolNeAR's content starts with the sentence."""
    before = text[lo : speaker.start].rstrip()
    if not before.endswith(",") or len(before.split()) < 2:
        return first
    start = lo
    while start < speaker.start and text[start] in " \t\n":
        start += 1
    return Span(start, first.end)


# "Bush: “…”" (headlines and side-by-side quotes): a name, a colon, then the quote; the colon is the cue.
_NAME_COLON = re.compile(r"(?:^|(?<=[.!?\"\u201d\u2019\n]\s)|(?<=\n))((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*"
                         r"(?:\s+\([A-Z][\w.-]{0,12}\))?)\s*(:)\s*$")


def _name_colon_quote(ctx: Context, qi: int, inner: tuple[Span, ...]) -> Candidate | None:
    text, quote = ctx.text, ctx.quotes[qi]
    m = _NAME_COLON.search(text, max(0, quote.start - 60), quote.start)
    if m is None:
        return _subject_phrase_colon_quote(ctx, qi, inner)
    pieces, used = list(inner), [qi]
    _chain_quotes(ctx, used, pieces, quote.end)
    return Candidate(Span(m.start(1), m.end(1)), Span(m.start(2), m.end(2)), tuple(pieces), "direct",
                     "name-colon-quote", 0.8, used_quotes=used)


def _subject_phrase_colon_quote(ctx: Context, qi: int, inner: tuple[Span, ...]) -> Candidate | None:
    """ "Hoff's letter makes a plain case: “…”": the subject speaks; its verb phrase up to the colon is the cue."""
    text, quote = ctx.text, ctx.quotes[qi]
    head = text[: quote.start].rstrip()
    if not head.endswith(":"):
        return None
    colon = len(head) - 1
    sent = ctx.sentence_at(colon)
    subject = find_sentence_subject(text, sent.start, colon)
    if subject is None:
        return None
    verb_start = subject.end
    while verb_start < colon and text[verb_start] == " ":
        verb_start += 1
    phrase = text[verb_start:colon]
    if not phrase or len(phrase.split()) > 6 or any(c in phrase for c in ',;"\u201c\u201d'):
        return None
    pieces, used = list(inner), [qi]
    _chain_quotes(ctx, used, pieces, quote.end)
    return Candidate(subject, Span(verb_start, colon + 1), tuple(pieces), "direct", "speaker-phrase-colon-quote",
                     0.6, used_quotes=used)


# '“…” ― Jane Doe' closing its line: an attribution line (readers' voices, epigraphs); the dash is the cue.
_DASH_NAME = re.compile(
    r"[ \t\u00a0]*([\u2015\u2014\u2013]|--)[ \t\u00a0]*"
    r"((?:[A-Z][\w.'\u2019-]*|de|del|la|van|von)(?:[ \u00a0](?:[A-Z][\w.'\u2019-]*|de|del|la|van|von)){0,5})"
    r"[ \t\u00a0.]*(?=\n|$)"
)


def _quote_dash_name(ctx: Context, qi: int, inner: tuple[Span, ...]) -> Candidate | None:
    text, quote = ctx.text, ctx.quotes[qi]
    m = _DASH_NAME.match(text, quote.end)
    if m is None:
        return None
    name = Span(m.start(2), m.start(2) + len(m.group(2).rstrip(".")))
    return Candidate(name, Span(m.start(1), m.end(1)), inner, "direct", "quote-dash-name", 0.8, used_quotes=[qi])
