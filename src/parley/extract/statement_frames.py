"""Statement frames around fixed phrases: "according to X", "X was quoted as saying", "This was stated by X"."""

from __future__ import annotations

import re

from parley.extract.statement_bounds import through_quote
from parley.extract.statement_context import (
    Candidate,
    Context,
    clause_end,
    content_kind,
    extend_cue_left,
    trim_span,
)
from parley.extract.statement_objects import find_object_speaker
from parley.extract.statement_phrases import find_subject
from parley.model import Span

# The frame, opening with the character before it.
_ACCORDING_TO = re.compile(
    r"[\s\"(\u201c\u2014,]((?:[Aa]ccording|ACCORDING)\s+(?:to|TO)|[Ii]n\s+the\s+words\s+of|as\s+quoted\s+by)\s+"
)
_ACCORDING_AT_START = re.compile(r"((?:[Aa]ccording|ACCORDING)\s+(?:to|TO)|[Ii]n\s+the\s+words\s+of)\s+")
_CATAPHORIC = re.compile(
    r"[.!?\"\u201d]\s+((?:This|That|It|These\s+remarks|The\s+statement)\s+(?:was|were|has\s+been)\s+"
    r"(?:stated|said|announced|reported|confirmed|noted|claimed|written|declared)\s+by)\s+"
)
_CATAPHORIC_VERBS = ("stated", "said", "announced", "reported", "confirmed", "noted", "claimed", "written", "declared")


def _cataphoric_matches(text: str) -> list[re.Match[str]]:
    """The cataphoric frames of a text, looked for only before each " by " (a plain scan is cheaper than running
    the pattern, which may open at any full stop)."""
    out = []
    i = text.find(" by ")
    while i >= 0:
        if text.endswith(_CATAPHORIC_VERBS, max(0, i - 10), i):
            m = _CATAPHORIC.search(text, max(0, i - 48), i + 5)
            if m is not None:
                out.append(m)
        i = text.find(" by ", i + 4)
    return out


_OPENING_LINKS = frozenset({"", "But", "And", "Yet", "So", "Still", "Now", "Instead"})
_QUOTED_AS = re.compile(r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\s+as\s+saying\b")


def _according_matches(text: str) -> list[re.Match[str]]:
    """Matches of the frame pattern, tried only where its rare words occur (a plain substring search is far
    cheaper than running the pattern from every space)."""
    if " words of " in text or "quoted by" in text:
        return list(_ACCORDING_TO.finditer(text))
    out = []
    pos = text.find("ccording", 2)
    while pos >= 0:
        m = _ACCORDING_TO.match(text, pos - 2)
        if m is not None:
            out.append(m)
        pos = text.find("ccording", pos + 8)
    return out


# Words opening a sentence that PolNeAR leaves out of a content before its cue: a dateline and linking
# adverbs ("However, …", "In fact, …"). (A fronted adverbial such as "On May 18, …" is left out only
# sometimes: cutting it lost on train.)
_LINK_WORDS = re.compile(
    r"(?:And|But|So|Yet|However|Still|Indeed|Also|Meanwhile|Instead|In\s+fact|Moreover|Even\s+so|Nevertheless|"
    r"Nonetheless|In\s+contrast|Of\s+course)\b,?\s+"
)
_DATELINE = re.compile(r"[A-Z][A-Z .,'-]{2,40}(?:\([\w ]+\))?\s+(?:-|\u2014|\u2013|--)\s+")


def strip_fronted(text: str, span: Span) -> Span:
    """A content before its cue without the linking word or fronted adverbial that opens the sentence."""
    pos = span.start
    for _ in range(3):
        m = _DATELINE.match(text, pos, span.end) or _LINK_WORDS.match(text, pos, span.end)
        if m is None or len(text[m.end() : span.end].split()) < 3:
            break
        pos = m.end()
    return Span(pos, span.end)


def find_according_to(ctx: Context) -> list[Candidate]:
    """ "According to X, …" and "…, according to X." """
    text = ctx.text
    out: list[Candidate] = []
    if "ccording to" not in text and " words of " not in text and "quoted by" not in text:
        return out
    matches = _according_matches(text)
    first = _ACCORDING_AT_START.match(text)
    for m in [first, *matches] if first is not None else matches:
        if ctx.in_quote(m.start(1)):
            continue
        sent = ctx.sentence_at(m.start(1))
        comma = text.find(",", m.end(), sent.end)
        cue = Span(m.start(1), m.end() - 1 if text[m.end() - 1] == " " else m.end())
        cue = Span(cue.start, len(text[: cue.end].rstrip()))
        opening = text[sent.start : m.start(1)].strip(" \"\u201c(")
        if opening in _OPENING_LINKS and comma > 0:  # "(But) according to X, content."
            speaker = find_object_speaker(text, m.end(), comma, lenient=True)
            content = trim_span(text, comma + 1, sent.end)
            if content is not None:
                content = through_quote(ctx, content)
        else:  # "content, according to X."
            speaker = find_object_speaker(text, m.end(), comma if comma > 0 else sent.end, lenient=True)
            content = trim_span(text, sent.start, m.start(1))
            if content is not None:
                content = strip_fronted(text, content)
        if speaker is not None and content is not None and len(text[content.start : content.end].split()) >= 2:
            out.append(Candidate(speaker, cue, (content,), content_kind(text, content), "according-to", 0.8))
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
        content = trim_span(text, m.end(), clause_end(ctx, m.end(), sent.end))
        if speaker is not None and content is not None:
            out.append(Candidate(speaker, Span(m.start(), m.end()), (content,), content_kind(text, content),
                                 "quoted-as-saying", 0.8))
    for m in _cataphoric_matches(text):
        sent = ctx.sentence_at(m.start(1))
        if m.start(1) - sent.start > 2 or sent.start == 0:
            continue
        prev = ctx.sentence_at(sent.start - 1)
        speaker = find_object_speaker(text, m.end(), sent.end, cut_place=True)
        content = trim_span(text, prev.start, prev.end)
        if speaker is not None and content is not None:
            cue_start = text.find(" ", m.start(1)) + 1
            out.append(Candidate(speaker, Span(cue_start, m.end() - 1), (content,),
                                 content_kind(text, content), "cataphoric-stated-by", 0.75))
    return out


# "Asked whether …, X said": PolNeAR records the question as an attribution of its own, often with no source.
_ASKED_BODY = (
    r"((?:[Ww]hen\s+|[Ii]f\s+)?(?:[Ww]as\s+|[Ww]ere\s+)?[Aa]sked)"
    r"(?:\s+by\s+(?P<asker>[^,]{2,80}?))?"
    r"(?:\s+(?:on|in|at|during)\s+[^,]{2,40}?)?"
    r"\s+(?P<wh>if|whether|about|what|who|whom|how|why|when|where|which)\b"
)
_ASKED = re.compile(r"[\s\"(\u201c,.]" + _ASKED_BODY)
_ASKED_AT_START = re.compile(_ASKED_BODY)
# "X is expected to …": an expectation with no one named as holding it.
_EXPECTED = re.compile(r"\s((?:is|are|was|were)\s+(?:not\s+)?(?:widely\s+|also\s+|generally\s+|still\s+)?expected)\s+to\s")


def find_questions(ctx: Context) -> list[Candidate]:
    """Source-less frames of the polnear profile: "Asked whether …", "X was asked if …", "X is expected to …",
    "X seems to …"."""
    text = ctx.text
    out: list[Candidate] = []
    if "sked" in text:
        first = _ASKED_AT_START.match(text)
        for m in [first, *_ASKED.finditer(text)] if first is not None else _ASKED.finditer(text):
            if ctx.in_quote(m.start(1)):
                continue
            sent = ctx.sentence_at(m.start(1))
            comma = text.find(",", m.end(), sent.end)
            content = trim_span(text, m.start("wh"), comma if comma > 0 else sent.end)
            if content is None:
                continue
            asker = Span(m.start("asker"), m.end("asker")) if m.group("asker") else None
            cue = Span(m.start(1), m.end(1))
            if text[cue.start : cue.end].lower().startswith(("when ", "if ")):
                cue = Span(text.index("sked", cue.start) - 1, cue.end)
            out.append(Candidate(asker, cue, (content,), "indirect", "asked-question", 0.6))
    if "seem" in text or "appear" in text:
        out.extend(_find_subject_clauses(ctx, _APPEARS, "seems-to"))
    if "expected to" in text:
        out.extend(_find_subject_clauses(ctx, _EXPECTED, "expected-to"))
    if "reportedly" in text:
        out.extend(_find_reportedly(ctx))
    return out


_REPORTEDLY = re.compile(r"\s(reportedly)\s")


def _find_reportedly(ctx: Context) -> list[Candidate]:
    """ "The FBI is reportedly planning …": an unnamed source's report; the sentence up to the clause end is
    the content (polnear profile). When a cue follows ("reportedly told"), that cue's statement stands instead."""
    text = ctx.text
    out: list[Candidate] = []
    for m in _REPORTEDLY.finditer(text):
        if ctx.in_quote(m.start(1)) or ctx.first_cue(m.end(), m.end() + 24) is not None:
            continue
        sent = ctx.sentence_at(m.start(1))
        end = clause_end(ctx, m.end(), sent.end)
        # The clause's subject, before its auxiliaries ("The FBI is reportedly …"), opens the content.
        subject = find_subject(text, sent.start, extend_cue_left(text, m.start(1), sent.start))
        content = trim_span(text, subject.start if subject is not None else sent.start, end)
        if content is not None and content.start < m.start(1):
            content = strip_fronted(text, content)
            out.append(Candidate(None, Span(m.start(1), m.end(1)), (content,), content_kind(text, content),
                                 "reportedly", 0.5))
    return out


# "X seems to …", "X appeared to …": an impression with no one named as holding it (polnear profile).
# ("appeared to the crowd" is a place to appear, not an impression.)
_APPEARS = re.compile(
    r"\s((?:seems|seemed|seem|appears|appeared|appear))\s+to\s+(?!(?:the|a|an|his|her|me|us|him|them)\b)"
)


def _find_subject_clauses(ctx: Context, pattern: re.Pattern[str], rule: str) -> list[Candidate]:
    """Source-less frames ("The plan seems to be working", "X is expected to …"): the cue is group 1 and
    PolNeAR's content is the whole clause, its subject included."""
    text = ctx.text
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        if ctx.in_quote(m.start(1)):
            continue
        sent = ctx.sentence_at(m.start(1))
        subject = find_subject(text, sent.start, m.start(1))
        end = clause_end(ctx, m.end(), sent.end)
        if subject is None or end <= m.end():
            continue
        content = trim_span(text, subject.start, end)
        if content is not None:
            out.append(Candidate(None, Span(m.start(1), m.end(1)), (content,), "indirect", rule, 0.5))
    return out
