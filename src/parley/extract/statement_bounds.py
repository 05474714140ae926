"""Where an indirect content starts and ends: "that" and adverbials after the cue, addressees, tails."""

from __future__ import annotations

import re

from parley.extract.cues import ADDRESSEE_VERBS
from parley.extract.statement_context import (
    ADVERBIAL_AFTER,
    QUOTE_CHARS,
    Context,
    says_preposition,
    trim_span,
)
from parley.model import Span

_THAT_AFTER = re.compile(
    r"(?P<adv>\s*(?:,\s*)?(?:(?:on|in|at|during|last|this|late|early|earlier|also|repeatedly|publicly|again|"
    r"yesterday|today|tonight|recently|privately|separately|later|then|previously|in\s+a|at\s+a|"
    r"[A-Z]\w+day)\b[^,;:\"\u201c.]{0,50}?)?)\s*,?\s*(?P<that>that\b|:)\s*",
)


_LEAD_PUNCT = re.compile(r"[\s,:]*")


# A semicolon closes an indirect content: what follows is a clause of its own.
_SEMICOLON = re.compile(r";")


# A single dash closes an indirect content ("… the deal was dead — a view few share"); a pair of dashes
# sets off an aside inside it and stays. (A spaced hyphen is left alone: it joins ranges and datelines
# as often as it breaks a sentence.)
# After a lone dash these words carry the content on ("… two candidates will quit — including Bush").
_DASH_GOES_ON = re.compile(r"(?:[\u2014\u2013]|--)[\s\u00a0]*(?:including|if|like|not|or)\b")
_DASH = re.compile(r"[\u2014\u2013]|--")  # opens with the dash itself: the engine skips ahead in C


# ", and has pledged …", ", and more than half said …": after a comma, "and" with a finite verb of its own
# (the subject's next action) or a fresh subject opens a clause the content does not hold.
_AND_CLAUSE = re.compile(
    r",\s+and\s+(?:(?:has|have|had|is|was|were|will|would)\s+[a-z]+(?:ed|en)\b|"
    r"(?:more|most|many|some|several|three-quarters|half|both|at\s+one\s+point|then)\b)"
)


# ", and" before a clause this long opens a sentence of the writer's (PolNeAR ends the content there).
_COMMA_AND = re.compile(r",\s+and\s")


_LONG_TAIL_WORDS = 25


def _in_open_quote(text: str, start: int, pos: int) -> bool:
    """Whether a quotation opened between ``start`` and ``pos`` is still open at ``pos``."""
    piece = text[start:pos]
    return piece.count("\u201c") > piece.count("\u201d") or piece.count('"') % 2 == 1


def cut_content_tail(text: str, start: int, end: int) -> int:
    """Where an indirect content ends: before a semicolon or a lone dash that comes after its first words."""
    m = _SEMICOLON.search(text, start, end)
    if m and m.start() > start + 10:
        end = m.start()
    m = _AND_CLAUSE.search(text, start, end)
    if m and m.start() > start + 10 and not _in_open_quote(text, start, m.start()):
        end = m.start()
    for m in _COMMA_AND.finditer(text, start + 1, end) if text.find(", and", start, end) >= 0 else ():
        if len(text[m.end() : end].split()) < _LONG_TAIL_WORDS:
            break  # (a later ", and" has a shorter tail still)
        if not _in_open_quote(text, start, m.start()):
            end = m.start()  # a long clause after ", and" is the writer's own, not the speaker's
            break
    dashes = [d.start() for d in _DASH.finditer(text, start, end)
              if text[d.end() : d.end() + 2].lstrip(" \u00a0")[:1].isalnum()]
    if len(dashes) == 1 and dashes[0] > start + 10 and not _DASH_GOES_ON.match(text, dashes[0]):
        end = dashes[0]
    return end


# A prepositional adverbial between the cue and "that" ("said after a meeting in Paris on Thursday that …"):
# it belongs to neither the cue nor the content.
_ADVERBIAL_THAT = re.compile(
    r"\s+(?:after|before|following|during|at|in|on|with|from|since|over)\s+"
    # commas only when one also closes the phrase ("in Columbus, Ohio, that …")
    r"(?:[^,;:\"\u201c\u201d.!?]{2,90}?|[^;:\"\u201c\u201d.!?]{2,90}?,)\s(?P<that>that)\s+(?=\w)"
)


# A verb or a subject pronoun in the adverbial makes it a clause of its own ("after he met the envoys").
_VERB_HINT = re.compile(
    r"\s(?:is|are|was|were|will|would|had|has|have|could|should|said|says|he|she|they|we|I|it|which|who)[\s,]"
)


def locate_content(ctx: Context, cue_end: int, after: int, limit: int) -> tuple[int, int, bool]:
    """Where the cue ends and the content starts after it; whether a that-clause (or colon) follows."""
    text, polnear = ctx.text, ctx.profile == "polnear"
    m = _THAT_AFTER.match(text, after, limit)
    if m is None:
        far = _ADVERBIAL_THAT.match(text, after, limit)
        if far is not None and _VERB_HINT.search(text, after, far.start("that")) is None:
            return cue_end, far.start("that") if polnear else far.end(), True
    if m:
        adv = m.group("adv").strip(" ,")
        if polnear and adv and " " not in adv and adv[:1].islower():
            # "said repeatedly that": a lone adverb is part of the cue; a time or place phrase
            # ("said on Tuesday that", "said in a statement that") belongs to neither cue nor content
            cue_end = m.start("adv") + len(m.group("adv").rstrip(" ,"))
        start = m.start("that") if polnear and m.group("that") == "that" else m.end()
        return cue_end, start, True
    if polnear:
        adv = ADVERBIAL_AFTER.match(text, after, limit)
        if adv and not says_preposition(text, after, adv):
            # "complained about", "vowed Tuesday" join the cue; "said in a statement" is in neither part
            if len(adv.group().split()) < 3:
                cue_end = adv.end()
            verb_end, after = after, adv.end()
            if adv.group().strip()[:1].isupper() and text[max(0, verb_end - 5) : verb_end].split()[-1:] != ["said"]:
                # "spoke out Tuesday about …": the preposition joins the cue too (not after "said": "on Twitter")
                prep = _PREPOSITION_NEXT.match(text, after, limit)
                if prep is not None:
                    cue_end = after = prep.end()
    start = _LEAD_PUNCT.match(text, after, limit).end()  # type: ignore[union-attr]
    return cue_end, start, False


_PREPOSITION_NEXT = re.compile(r"\s+(?:about|against|with|of|for|on)(?=\s)")


# The comma and opening mark of a quotation inside an indirect content.
_COMMA_QUOTE = re.compile(r",\s*(?:[\"\u201c]|'')")


_PREFIX_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|can|could|did|do|does)\b")


_QUOTE_PREFIX_OPENERS = frozenset("with about of at in on during for before after".split())


_NOT_ADDRESSEES = frozenset("that if whether".split())


def start_at_quote(text: str, content: Span, verb: str) -> Span:
    """ "told supporters, “…”", "said of the senator, “…”": an addressee or a prepositional phrase set off
    by a comma before a quotation is in neither cue nor content; the content is the quotation."""
    hi = min(content.end, content.start + 120)
    if text.find(",", content.start, hi) < 0:
        return content  # (no comma, no quotation set off by one: spare the pattern)
    m = _COMMA_QUOTE.search(text, content.start, hi)
    if m is None:
        return content
    prefix = text[content.start : m.start()]
    words = prefix.split()
    if not words or len(words) > 12 or any(c in prefix for c in QUOTE_CHARS[:3]) or "''" in prefix \
            or _PREFIX_VERB.search(prefix):
        return content
    if words[0] not in _QUOTE_PREFIX_OPENERS and (verb not in ADDRESSEE_VERBS or words[0].lower() in _NOT_ADDRESSEES):
        return content
    return trim_span(text, m.start() + 1, content.end) or content


# What opens the content after a longer addressee ("told a rally in Salem, New Hampshire on Monday that …").
_CLAUSE_LINK = re.compile(r"\s(that|how|whether|why|what|if)\s")


_ADDRESSEE_STOP = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|said|says|can|could|did|do|does|he|she|they|it|I|we|you)\b"
)


_CONTENT_OPENERS = frozenset("that to whether if how why what who".split())


def start_after_addressee(text: str, content: Span, polnear: bool) -> Span:
    """After "told"/"asked", an addressee with commas or place and time phrases the addressee pattern did not
    take: the content opens at the first "that" or question word, when the words before it hold no verb or
    pronoun (which would make them a clause of the content)."""
    words = text[content.start : content.end].split(None, 1)
    if not words or words[0].lower() in _CONTENT_OPENERS:
        return content
    m = _CLAUSE_LINK.search(text, content.start, min(content.end, content.start + 160))
    if m is None:
        return content
    prefix = text[content.start : m.start()]
    if len(prefix.split()) > 20 or any(c in prefix for c in QUOTE_CHARS[:3] + ";:") or "''" in prefix \
            or _ADDRESSEE_STOP.search(prefix):
        return content
    start = m.start(1) if polnear or m.group(1) != "that" else m.end()
    return trim_span(text, start, content.end) or content
