"""Who holds a stance read from a statement or an event, and which readings say too little to count."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from parley.extract.event_lexicon import IRREGULAR_FORMS
from parley.extract.event_roles import ActorBaseLike, mention_from_match, reported_subject
from parley.extract.stance import IssueStance
from parley.model import Event, Mention, Span, Statement

# Cues that tell what their subject wants or does ("the Russian side had made demands", "Moscow rejected",
# "Kyiv was ready to"): the stance is that subject's. Judgements ("must", "unacceptable") stay the speaker's.
_AGENT_CUE = re.compile(
    r"(?:demand|insist|call|urg|press|push|reject|refus|oppos|propos|offer|agree|accept|welcom|support|back"
    r"|seek|sought|want|wish|rul|dismiss|block|veto|endors|favou?r|advocat|pledg|promis|vow|object|resist"
    r"|condemn|denounc|criticis|criticiz|ready|willing|prepared)",
    re.IGNORECASE,
)
# A finite verb or an auxiliary: a content with none ("after a meeting of the coalition in Paris", "his
# legitimacy") is a fragment the statement caught, and naming an issue there says nothing about it.
_VERB = re.compile(
    r"(?<![\w'’-])(?:is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|shall|should|can|could"
    r"|may|might|must|says?|said|wants?|needs?|means?|remains?|seems?|goes|comes|gives|takes|makes|shows"
    r"|[a-z]{3,}ed)(?:n['’]t)?(?![\w'’-])"
    # a word after a subject pronoun, or a contracted auxiliary: "we lose", "we're"
    r"|(?<![\w'’-])(?:i|we|you|they|he|she|it)\s+[a-z]{2,}|['’](?:re|ve|ll|d|s)(?![\w'’-])",
    re.IGNORECASE,
)
# "… but said the details would depend on …": a stance the speaker goes on to make conditional.
_BUT_CONDITION = re.compile(
    r"[\s,\"'”’»]*\bbut\b[^.;:]{0,60}?(?<![\w-])(?:depend\w*\s+on|only\s+if|provided|on\s+condition|as\s+long\s+as"
    r"|subject\s+to|conditional\s+on)(?![\w-])",
    re.IGNORECASE,
)
# Where a narrative event's own clause ends: "X met Y in Kyiv, a day after Z questioned …" tells nothing
# about X's stance on what Z did.
_EVENT_CLAUSE_END = re.compile(
    r";|\s[—–]\s|,\s+(?:(?:a|one|two|three|several)\s+(?:day|days|week|weeks|hour|hours)\s+)?"
    r"(?:after|before|since|when|while|as|whereas|although|though|but|days?\s+after)(?![\w-])",
    re.IGNORECASE,
)

# What joins coordinated actors ("Russian and Ukrainian negotiators", "Russia and Ukraine").
_AND = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?")

__all__ = ["conditional_after", "coordinated_partner", "event_clause", "is_fragment", "reported_holder"]


def is_fragment(content: str) -> bool:
    """Whether a statement's content has no verb at all (a phrase the statement stage caught)."""
    if _VERB.search(content) is not None:
        return False
    return not any(w in IRREGULAR_FORMS for w in content.lower().split())  # "met", "held", "took"


def conditional_after(text: str, end: int, sentence_end: int) -> bool:
    """Whether the speaker's sentence goes on, after the content, to set a condition ("but said … depend on")."""
    return _BUT_CONDITION.match(text, end, sentence_end) is not None


def coordinated_partner(text: str, event: Event) -> bool:
    """Whether an event's target is coordinated with its source before the predicate ("X and Y met …")."""
    source, target = event.source, event.target
    if source is None or target is None or not target.actor_id or not source.spans or not target.spans:
        return False
    gap_start, gap_end = source.spans[-1].end, target.spans[0].start
    return gap_end > gap_start and _AND.fullmatch(text, gap_start, gap_end) is not None


def event_clause(text: str) -> str:
    """The clause a narrative event's reading may use: up to where another clause with its own subject opens."""
    m = _EVENT_CLAUSE_END.search(text)
    return text[: m.start()] if m else text


def reported_holder(
    statement: Statement, stance: IssueStance, kb: ActorBaseLike, day: date | None
) -> Mention | None:
    """Who holds a stance a statement reports, when that is not its speaker.

    "Ukrainian officials said the Russian side had made demands, including the withdrawal of …": the
    demand is Russia's, and so is "Belgium's objections to …". Returns the speaker when the cue has no
    subject or owner of its own, or when that is the speaker's side; the other party when it is a known
    actor; None when it is a party the text does not let us name ("the other side had demanded …");
    a nameless subject with no mark of otherness ("his government") is the speaker's side.
    """
    speaker = statement.speaker
    text = statement.content.text
    if not stance.cue or not _AGENT_CUE.match(stance.cue):
        return speaker
    at = text.rfind(stance.cue, 0, stance.start)
    if at < 0:
        return speaker  # the deciding cue follows the term ("… is unacceptable"): a judgement
    owner = _OWNER.search(text, max(0, at - 40), at)
    if owner is not None:
        lo, hi, named = owner.start(), owner.end(1), True
    else:
        subject = reported_subject(text, Span(0, len(text)), at)
        words = subject.split() if subject else []
        if words and words[-1].lower() in _LIGHT_VERBS:
            words = words[:-1]  # "the Russian side had made demands": the subject of the light verb
        if not words or len(words) > 4 or words[0].lower() in _PREPOSITIONS:
            return speaker  # the speaker's own voice, or no plain subject before the cue ("a far better … than")
        if any(w.lower() in _COLLECTIVE for w in words):
            return speaker  # "the two leaders had agreed": a group the speaker is part of
        lo = text.rfind(words[0], 0, at)
        hi, named = at, _names_someone(words)
    matches = kb.find_all(text, max(0, lo), hi, day) if lo >= 0 else []
    if not matches:
        return None if named and owner is None else speaker
    match = min(matches, key=lambda m: m.start)
    holder = _in_document(mention_from_match(text, match), statement.content.spans)
    if holder.actor_id == speaker.actor_id or (speaker.country and holder.country == speaker.country):
        return speaker  # "Zelensky said Kyiv would never accept …": the speaker's own side
    return holder


# "Belgium's objections to", "Russia's new demands": the owner of a stance noun holds the stance.
_OWNER = re.compile(r"(?<![\w-])([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+(?:[a-z-]+\s+)?$")
_COLLECTIVE = frozenset("both two all together jointly".split())
_LIGHT_VERBS = frozenset("made make makes put set laid issued voiced expressed repeated renewed stated".split())
_PREPOSITIONS = frozenset("to for of in on at with from by about after before than as into over under".split())
_JOIN = " … "  # how Part.text joins the spans of a discontinuous part
# Words that mark a nameless subject as someone else ("the other side", "their opponents"); any other
# nameless subject ("his government", "the delegation") is taken to be the speaker's own side.
_OTHER = frozenset("other opposing rival rivals enemy opponent opponents adversary adversaries".split())


def _names_someone(words: list[str]) -> bool:
    """Whether a subject no actor resolves names a party other than the speaker ("the other side")."""
    return any(w.lower() in _OTHER for w in words)


def _in_document(mention: Mention, spans: Sequence[Span]) -> Mention:
    """A mention found in a content's text, moved to the document's offsets (contents may be in parts)."""
    local = mention.spans[0]
    seen = 0
    for span in spans:
        width = span.end - span.start
        if local.start < seen + width:
            start = span.start + local.start - seen
            moved = Span(start, start + (local.end - local.start))
            return Mention(mention.text, (moved,), mention.actor_id, mention.name, mention.country,
                           mention.sector, mention.resolved_by)
        seen += width + len(_JOIN)
    return mention
