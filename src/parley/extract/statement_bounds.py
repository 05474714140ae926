"""Where an indirect content starts and ends: "that" and adverbials after the cue, addressees, tails."""

from __future__ import annotations

import re
from bisect import bisect_left

from parley.extract.cues import ADDRESSEE_VERBS
from parley.extract.statement_context import (
    ADVERBIAL_AFTER,
    QUOTE_CHARS,
    Context,
    says_preposition,
    trim_span,
)
from parley.extract.statement_subjects import find_sentence_subject
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
_DASH_GOES_ON = re.compile(r"(?:[\u2014\u2013]|--)[\s\u00a0]*(?:including|if|like|not|or|especially|particularly|from|at|such\s+as)\b")
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
    if text.find("\u2014", start, end) < 0 and text.find("\u2013", start, end) < 0 and text.find("--", start, end) < 0:
        return end  # (three plain scans cost less than the pattern over a content with no dash)
    dashes = [d.start() for d in _DASH.finditer(text, start, end)
              if text[d.end() : d.end() + 2].lstrip(" \u00a0")[:1].isalnum()]
    if len(dashes) == 1 and dashes[0] > start + 10 and not _DASH_GOES_ON.match(text, dashes[0]) \
            and not _in_open_quote(text, start, dashes[0]):
        end = dashes[0]
    return end


# A prepositional adverbial between the cue and "that" ("said after a meeting in Paris on Thursday that …"):
# it belongs to neither the cue nor the content.
_ADVERBIAL_THAT = re.compile(
    r"\s+(?:after|before|following|during|at|in|on|with|from|since|over|via|through|by)\s+"
    # commas only when one also closes the phrase ("in Columbus, Ohio, that …")
    r"(?:[^,;:\"\u201c\u201d.!?]{2,90}?|[^;:\"\u201c\u201d.!?]{2,90}?,)\s(?P<that>that)(?:\s+|,\s*)(?=[\w\"\u201c])"
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
    if polnear and text[start : start + 1] in _TIME_INITIALS:
        time = _TIME_LEAD.match(text, start, limit)
        if time is not None:
            start = time.end()  # "said Thursday night they …", "announced on Friday the arrest …": in neither
    return cue_end, start, False


# A time phrase opening what follows the cue; a content starts after it.
_TIME_LEAD = re.compile(
    r"(?:(?:on|last|this|late|early|earlier)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|"
    r"weekend|month|year|morning|afternoon|evening|night)(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=\w)"
)
_TIME_INITIALS = frozenset("olteMTWFSwymand")


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
            or _ADDRESSEE_STOP.search(prefix) or " to " in prefix:
        return content  # ("told aides to find out how …": the object and its infinitive are the content)
    start = m.start(1) if polnear or m.group(1) != "that" else m.end()
    return trim_span(text, start, content.end) or content


# Words opening a fronted subordinate clause ("While X said …, Y did …"): the main clause after it is the writer's.
_SUBORDINATE_OPEN = re.compile(
    r"[\s\"\u201c]*(?:(?:And|But|So|Yet)\s+(?=[a-z]))?(?:While|Although|Though|When|After|Before|If|Since|Because|"
    r"Whereas|Once|Until|Unless|Even|Despite|As|while|although|though|when|after|before|if|since|because|whereas|"
    r"once|until|unless|even|despite|as)\b"
)


_SUBORDINATE_BEFORE = re.compile(r"\b(?:while|although|though|when|once|because|whereas|unless|until)\s+$")


def end_fronted_clause(text: str, sent_start: int, content: Span, speaker_start: int = -1) -> Span:
    """A cue inside a subordinate clause that opens the sentence ("Although X said …, Y did …") or opens
    right before its speaker ("… and once he has said his piece, he is ready …"): the content ends at the
    comma before the main clause's subject and verb."""
    pos = text.find(", ", content.start, content.end)
    if pos < 0:
        return content  # (no comma, no main clause after one: spare the patterns)
    if _SUBORDINATE_OPEN.match(text, sent_start) is None and (
            speaker_start < 0 or _SUBORDINATE_BEFORE.search(text, max(sent_start, speaker_start - 10),
                                                              speaker_start) is None):
        return content
    while pos >= 0:
        if not _in_open_quote(text, content.start, pos):
            subject = find_sentence_subject(text, pos + 2, content.end)
            if subject is not None and subject.start == pos + 2:
                return trim_span(text, content.start, pos) or content
        pos = text.find(", ", pos + 2, content.end)
    return content


# A quotation closing on a comma inside a content, and a subordinator opening a clause before it.
_COMMA_CLOSE = re.compile(r",(?:\u201d|\"|'')\s+(?=\S)")
_SUBORDINATE = re.compile(r"\b(?:when|because|although|though|if|while|since|as|after|before|until|unless|once)\b")
_RELATIVES = frozenset({"who", "which", "that", "Who", "Which", "That"})


def end_after_quote_clause(text: str, content: Span) -> Span:
    """A content whose quotation closes on a comma before a main clause of the writer's ('called the plan
    “a mess,” Clinton seized on it'): the content ends with the quotation. Not when the content holds a
    subordinate clause of its own ('that because the tests were “clean,” the drug is safe')."""
    for m in _COMMA_CLOSE.finditer(text, content.start + 3, content.end):
        if _SUBORDINATE.search(text, content.start, m.start()):
            return content
        subject = find_sentence_subject(text, m.end(), content.end)
        if subject is not None and subject.start == m.end() and text[subject.start : subject.end] not in _RELATIVES:
            return trim_span(text, content.start, m.start()) or content
    return content


# A linking adverb opening a content before its speaker ("Still, the plan …, X said"; "But the plan, X said,
# …"): PolNeAR leaves it out, the comma after it too.
LINKING_COMMA = re.compile(r"(?:Still|In fact|In contrast|Instead|However|Meanwhile|Indeed|Moreover|Of course|Even so|"
                            r"Nevertheless|Nonetheless),\s+")
LINKING_WORD = re.compile(r"(?:But|And|So|Yet)\s+(?=\w)")


def skip_linking(text: str, span: Span, pattern: re.Pattern[str]) -> Span:
    """The span without the linking word ``pattern`` finds at its start (when words remain after it)."""
    m = pattern.match(text, span.start, span.end)
    return Span(m.end(), span.end) if m is not None and m.end() < span.end else span


def through_quote(ctx: Context, content: Span) -> Span:
    """A content holding a quotation of several sentences ('X declared “A. B.”', 'X said it was “a mess. We
    …”'): it runs to the close of the quotation in its paragraph, not to the end of the first sentence."""
    i = bisect_left(ctx.quote_starts, content.start)
    if i == len(ctx.quotes) or ctx.quote_starts[i] >= content.end:
        return content
    j = bisect_left(ctx.quote_starts, content.end, i) - 1  # the last quotation opening inside the content
    piece = ctx.quotes[j].pieces[0]
    if piece.end <= content.end or not ctx.text[content.end : piece.end].strip(_QUOTE_TAIL):
        return content  # (the content already ends at the closing mark: '“a disaster,” adding …')
    return Span(content.start, piece.end)


_QUOTE_TAIL = " ,.;:!?\"'\u201d\u2019"


_COLON_BREAK = re.compile(r":[ \t\u00a0]*\n\s*")


def paragraph_after_colon(ctx: Context, cue_end: int) -> Span | None:
    """The paragraph after a cue whose colon ends its own paragraph, when it holds no quotation (a quoted one
    is the direct rules' business)."""
    m = _COLON_BREAK.match(ctx.text, cue_end)
    if m is None or ctx.text[m.end() : m.end() + 1] in QUOTE_CHARS:
        return None
    end = ctx.text.find("\n", m.end())
    block = trim_span(ctx.text, m.end(), end if end >= 0 else len(ctx.text))
    if block is None or any(c in ctx.text[block.start : block.end] for c in QUOTE_CHARS[:3]):
        return None
    return block
