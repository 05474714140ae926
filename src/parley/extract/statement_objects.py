"""Phrases after a cue: the speaker named after it ("…, said X") and the addressee ("told X that …")."""

from __future__ import annotations

import re

from parley.extract.statement_words import DETERMINERS, names_group
from parley.model import Span

_NAME_SOON = re.compile(r"(?:\s+[a-z]+){0,2}\s+[A-Z][a-z]")
_TIME_TAIL = re.compile(
    r"\s+(?:on|in|at|during|last|this|late|early|earlier|later)\s+(?:\w+\s+){0,2}?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|"
    r"afternoon|evening|day|statement|interview|speech|briefing)\b.*$",
    re.IGNORECASE | re.DOTALL,
)


# A place phrase after a name ("Putin at the Eastern Economic Forum", "Lavrov during a visit to Ankara").
_PLACE_TAIL = re.compile(r"\s+(?:at|during|on)\s+(?:the|a|an|his|her|their)\s")


_DASH_BREAK = re.compile(r"\s+(?:-|--|\u2014|\u2013)\s+|\u2014")


# A speaker after its cue keeps relative clauses ("said X, who ran in 2008"), within this many words.
_MAX_OBJECT_WORDS = 40


_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom)\b")


def find_object_speaker(text: str, lo: int, hi: int, lenient: bool = False, cut_place: bool = False
                        ) -> Span | None:
    """The speaker named after a cue ("…, said Dmitry Peskov, the Kremlin spokesman.") up to ``hi``.

    ``lenient`` accepts a bare plural or a lowercase title first ("according to officials", "according to
    spokesperson Monica Klein"), which only a frame like "according to" makes safe. ``cut_place`` drops a
    place phrase after a name ("stated by Putin at the Eastern Economic Forum"), which PolNeAR keeps after
    an ordinary cue.
    """
    segment = text[lo:hi]
    stripped = segment.rstrip(" .,;:!?\"\u201d\u2019\n")
    lead = len(segment) - len(segment.lstrip())
    stripped = stripped[lead:]
    if not stripped:
        return None
    first = stripped.split(None, 1)[0]
    if not (first[:1].isupper() or first.lower() in DETERMINERS or (lenient and first[:1].isalpha())
            or names_group(first) or (first[:1].isdigit() and _NAME_SOON.match(stripped, len(first)))):
        return None  # ("said 9/11 widow Terry Strada": a number, then a name)
    if first.lower() in {"that", "this"}:
        return None
    cut = _TIME_TAIL.search(stripped)
    if cut:
        stripped = stripped[: cut.start()]
    cut = _PLACE_TAIL.search(stripped)
    if cut_place and cut and stripped[: cut.start()].rsplit(None, 1)[-1][:1].isupper():
        # "Vladimir Putin at the Eastern Economic Forum": where the named speaker spoke is no part of the name
        stripped = stripped[: cut.start()]
    dash = _DASH_BREAK.search(stripped)
    if dash:  # "according to the Tax Policy Center - half a point of GDP": an aside follows the speaker
        stripped = stripped[: dash.start()]
    if len(stripped.split()) > _MAX_OBJECT_WORDS:
        # A very long phrase after the cue: keep the name and its appositive, up to a relative clause.
        rel = _RELATIVE.search(stripped)
        stripped = stripped[: rel.start()] if rel else ""
        if len(stripped.split()) > _MAX_OBJECT_WORDS:
            return None
    if not stripped:
        return None
    return Span(lo + lead, lo + lead + len(stripped))


_ADDRESSEE = re.compile(
    r"\s*(?:(?:the\s+|a\s+)?(?:[A-Z][\w'\u2019.&-]*\s+){0,3}(?:reporters|journalists|lawmakers|officials|"
    r"diplomats|senators|supporters|voters|students|donors|delegates|members|leaders|listeners|viewers|"
    r"readers|audiences?|crowds?)\b|(?:the\s+)?(?:[A-Z][\w'\u2019.&-]*\s*){1,5}|the\s+press|"
    r"(?:a|the)\s+(?:\w+\s+){0,3}(?:audience|crowd|conference|briefing|newspaper|channel|broadcaster|"
    r"outlet|committee|gathering|interviewer|reporters?|journalists?|lawmakers|parliament|supporters|"
    r"summit|rally|forum)|him|her|them|us|me|(?:his|her|their)\s+\w+)"
)


# An addressee of up to eight words with no punctuation, then "that", "to" or a question word opening the
# content ("asked the governor whether …", "told donors how …").
_OBJECT_THEN_CLAUSE = re.compile(
    r"\s+(?:(?!that\b|to\b|whether\b|how\b|if\b|why\b|what\b)[\w'\u2019.&-]+\s+){1,8}?(?P<link>that|to|whether|how|if|why|what)\s+(?=\w)"
)


def skip_addressee(text: str, pos: int, hi: int, object_control: bool = False) -> int:
    """After "told"/"warned": the position past the addressee ("told Fox News that …" → before "that")."""
    m = _OBJECT_THEN_CLAUSE.match(text, pos, min(hi, pos + 120))
    if m:  # "told delegates at the convention that …"
        # ("urged Congress to act": the object and its infinitive together are PolNeAR's content)
        return pos if object_control and m.group("link") == "to" else m.start("link")
    m = _ADDRESSEE.match(text, pos, hi)
    if not m:
        return pos
    return m.end()
