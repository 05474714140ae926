"""The statement rules for indirect and mixed speech ("X said (that) …"), and all candidates of a text."""

from __future__ import annotations

import re

from parley.extract.cues import ADDRESSEE_VERBS, WEAK_CUES
from parley.extract.statement_context import (
    ADVERBIAL_AFTER,
    QUOTE_CHARS,
    Candidate,
    Context,
    clause_end,
    content_kind,
    extend_cue_left,
    says_preposition,
    trim_span,
)
from parley.extract.statement_direct import find_direct
from parley.extract.statement_frames import find_according_to, find_passive, find_questions
from parley.extract.statement_phrases import (
    find_object_speaker,
    find_sentence_subject,
    find_subject,
    is_group_head,
    skip_addressee,
)
from parley.model import Span

_THAT_AFTER = re.compile(
    r"(?P<adv>\s*(?:,\s*)?(?:(?:on|in|at|during|last|this|late|early|earlier|also|repeatedly|publicly|again|"
    r"yesterday|today|tonight|recently|privately|separately|later|then|previously|in\s+a|at\s+a|"
    r"[A-Z]\w+day)\b[^,;:\"\u201c.]{0,50}?)?)\s*,?\s*(?P<that>that\b|:)\s*",
)
_LEAD_PUNCT = re.compile(r"[\s,:]*")
_RESUMED_CLAUSE = re.compile(
    r",\s+(?=(?:would|will|is|are|was|were|has|have|had|could|can|may|might|must|should|does|did|do)\b)"
)
_ING_LINKS = (" by", " while", " after", " before", " when", " in")
_WH_BEFORE = re.compile(r"\b(what|which|whom|who)\s+$")
_ONLY_CIRCUMSTANCE = re.compile(
    r"(?:on|in|at|last|this|earlier|later|late|early)\s+(?:[\w'\u2019-]+\s*){1,3}|(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?"
)
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\b", re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+by\s+(?=\w)")
_GO_FORMS = frozenset({"go", "goes", "went", "going", "gone"})
_TO_VERB = re.compile(r"\s+to\s+[a-z]+\b")
# Forms that are only past participles: a cue only after an auxiliary ("has written", "was known").
_PARTICIPLE_ONLY = frozenset("written sworn shown spoken known gone".split())
_PARTICIPLE_ENDINGS = ("ed", "told", "said", "known", "shown", "written", "found", "sought", "thought")

# Cue forms that are more often nouns; they need a that-clause in every profile.
_NOUN_LIKE = frozenset("report reports post posts order orders question questions answer answers charge charges "
                       "brief comment comments state states estimate estimates signal signals".split())


def find_indirect(ctx: Context, taken: set[int], direct: list[Candidate]) -> list[Candidate]:
    """Cue verbs outside quotes: "X said (that) …", "…, X said.", "…, said X.", "X told Y that …"."""
    text = ctx.text
    out: list[Candidate] = []
    for cs, ce in ctx.cues:
        if cs in taken:
            continue
        verb = text[cs:ce].lower()
        if verb in ctx.lexicon.quote_only:
            continue  # "responded", "continued", "barked": a cue only right next to a quote
        sent = ctx.sentence_at(cs)
        lo = sent.start
        cue_start = extend_cue_left(text, cs, lo)
        if verb in _PARTICIPLE_ONLY and cue_start == cs:
            continue  # "exchanged written proposals": a participle with no auxiliary is an adjective
        if verb.endswith(_PARTICIPLE_ENDINGS):
            by = _BY_AGENT.match(text, ce)
            if _BE_BEFORE.search(text, cue_start, cs):
                # "was declared the winner": the subject is not the speaker. With "by" the agent is
                # (polnear: "The move was first reported by the Herald": the Herald reported the move).
                if by is not None and ctx.profile == "polnear":
                    out.extend(_passive_by(ctx, cue_start, ce, by.end(), sent))
                continue
            if by is not None:
                continue  # "a treaty favored by the parties": a participle describing a noun
        if text[ce : ce + 1] == "-" and text[ce + 1 : ce + 2].isalpha():
            continue  # "a counter-proposal": the first half of a compound noun
        speaker = find_subject(text, lo, cue_start, ctx.profile == "polnear")
        if speaker is not None and ctx.profile != "polnear" and _noun_phrase_before(text, speaker, verb):
            continue  # "a full briefing", "the most dependable guarantee": the cue word is the noun's head
        if speaker is None and text[max(lo, cue_start - 5) : cue_start].strip(" ,") in ("and", "but"):
            prior = _previous_in_sentence(direct + out, lo, cs)  # "fear that … and warn that …"
            # "X met the families and said …": the subject of the first verb speaks.
            speaker = prior.speaker if prior is not None else find_sentence_subject(text, lo, cue_start)
        if verb.split()[0] in _GO_FORMS:
            # "went on to praise the deal": the verb after "to" is part of the cue; "went on a tour" is no cue.
            to_verb = _TO_VERB.match(text, ce, sent.end)
            if to_verb is not None:
                ce = to_verb.end()
            elif text[ce : ce + 3].strip()[:1] not in ":," + QUOTE_CHARS and not text.startswith(" about ", ce):
                continue  # "went on about …", "went on: …" still report speech
        after = skip_addressee(text, ce, sent.end) if verb in ADDRESSEE_VERBS else ce
        cue_end, content_start, has_that = locate_content(ctx, ce, after, sent.end)
        content_end = cut_content_tail(text, content_start, clause_end(ctx, content_start, sent.end))
        content = trim_span(text, content_start, content_end)
        if content is not None and _ONLY_CIRCUMSTANCE.fullmatch(text, content.start, content.end):
            content = None  # "…, he said in an interview on Saturday.": what follows is no content
        if speaker is not None:
            inserted = _inserted_speech(text, lo, speaker, ce, content)
            if inserted is not None:  # "The deal, Rubio said, was never on the table."
                out.append(Candidate(speaker, Span(cue_start, cue_end), inserted,
                                     content_kind(text, Span(inserted[0].start, inserted[-1].end)),
                                     "inserted-speaker-cue", 0.75))
                continue
            if content is not None and len(text[content.start : content.end].split()) >= 2 and (
                has_that or verb not in WEAK_CUES or (ctx.profile == "polnear" and verb not in _NOUN_LIKE)
            ):
                if ctx.profile != "polnear" and not has_that and verb in _OBJECT_ONLY and not _is_clause(
                    text, content
                ):
                    continue
                if ctx.profile == "polnear":
                    wh = _WH_BEFORE.search(text, max(lo, speaker.start - 8), speaker.start)
                    if wh is not None:  # "what Sanders wanted to hear": the wh-word stands for the content
                        content = Span(wh.start(1), content.end)
                out.append(Candidate(speaker, Span(cue_start, cue_end), (content,), content_kind(text, content),
                                     "speaker-cue-content", 0.75))
                continue
            before = _content_before(text, lo, speaker.start)
            if before is not None and content is None:
                out.append(Candidate(speaker, Span(cue_start, ce), (before,), content_kind(text, before),
                                     "content-speaker-cue", 0.75))
            elif ctx.profile == "polnear" and content is None and (
                    wh := _WH_BEFORE.search(text, max(lo, speaker.start - 8), speaker.start)) is not None:
                # "…, which Trump denied.": the relative pronoun is the content
                out.append(Candidate(speaker, Span(cue_start, ce), (Span(wh.start(1), wh.end(1)),), "indirect",
                                     "relative-content", 0.6))
            continue
        # No subject: "…, said X." or a participle continuing an earlier statement.
        prefix = text[lo:cs].rstrip()
        if not prefix.endswith(",") and not (verb.endswith("ing") and prefix.endswith(_ING_LINKS)):
            continue  # ("X distanced himself by saying …" is a participle clause too)
        if verb.endswith("ing"):
            prior = _previous_in_sentence(direct + out, lo, cs)
            # "X took a swipe at Y, saying that …": with no statement before, the sentence subject speaks.
            who = prior.speaker if prior is not None else find_sentence_subject(text, lo, cs)
            if who is not None and content is not None:
                out.append(Candidate(who, Span(cs, cue_end), (content,), content_kind(text, content),
                                     "participle-continues", 0.7))
            continue
        obj = find_object_speaker(text, ce, clause_end(ctx, ce, sent.end))
        before = _content_before(text, lo, lo + len(prefix))
        if obj is not None and before is not None:
            pieces: tuple[Span, ...] = (before,)
            resumed = _RESUMED_CLAUSE.search(text, obj.start, obj.end)
            rest = trim_span(text, resumed.end(), sent.end) if resumed else None
            if resumed is not None and rest is not None:
                # "The deal, said X, an adviser, would fail.": the content resumes after the speaker
                obj, pieces = Span(obj.start, resumed.start()), (before, rest)
            out.append(Candidate(obj, Span(cs, ce), pieces, content_kind(text, before),
                                 "content-cue-speaker", 0.7))
    return out


# A semicolon closes an indirect content: what follows is a clause of its own.
_SEMICOLON = re.compile(r";")


# A single dash closes an indirect content ("… the deal was dead — a view few share"); a pair of dashes
# sets off an aside inside it and stays. (A spaced hyphen is left alone: it joins ranges and datelines
# as often as it breaks a sentence.)
_DASH = re.compile(r"[\u2014\u2013]|--")  # opens with the dash itself: the engine skips ahead in C


# ", and has pledged …", ", and more than half said …": after a comma, "and" with a finite verb of its own
# (the subject's next action) or a fresh subject opens a clause the content does not hold.
_AND_CLAUSE = re.compile(
    r",\s+and\s+(?:(?:has|have|had|is|was|were|will|would)\s+[a-z]+(?:ed|en)\b|"
    r"(?:more|most|many|some|several|three-quarters|half|both|at\s+one\s+point|then)\b)"
)


def _in_open_quote(text: str, start: int, pos: int) -> bool:
    """Whether a quotation opened between ``start`` and ``pos`` is still open at ``pos``."""
    piece = text[start:pos]
    return piece.count("\u201c") > piece.count("\u201d") or piece.count('"') % 2 == 1


# Cue forms that read as nouns after an adjective ("a full briefing", "security guarantees").
_NOUN_SHAPED = frozenset("guarantee guarantees promise promises pledge pledges demand demands vow vows claim claims "
                         "warning warnings offer offers call calls threat threats counter".split())
_ARTICLES = frozenset("a an the such this that".split())


def _noun_phrase_before(text: str, speaker: Span, verb: str) -> bool:
    """Whether "speaker + cue" is one noun phrase: an article, then modifiers, then a noun-shaped cue."""
    if verb not in _NOUN_SHAPED and not verb.endswith("ing"):
        return False
    words = text[speaker.start : speaker.end].split()
    last = words[-1]
    return (len(words) >= 2 and words[0].lower() in _ARTICLES and last.islower()
            and not is_group_head(last.strip(",")))


def cut_content_tail(text: str, start: int, end: int) -> int:
    """Where an indirect content ends: before a semicolon or a lone dash that comes after its first words."""
    m = _SEMICOLON.search(text, start, end)
    if m and m.start() > start + 10:
        end = m.start()
    m = _AND_CLAUSE.search(text, start, end)
    if m and m.start() > start + 10 and not _in_open_quote(text, start, m.start()):
        end = m.start()
    dashes = [d.start() for d in _DASH.finditer(text, start, end)
              if text[d.end() : d.end() + 2].lstrip(" \u00a0")[:1].isalnum()]
    if len(dashes) == 1 and dashes[0] > start + 10:
        end = dashes[0]
    return end


def _passive_by(ctx: Context, cue_start: int, cue_end: int, agent_start: int, sent: Span) -> list[Candidate]:
    """ "X was criticised by Y": Y is the source and X the content (polnear profile)."""
    text = ctx.text
    agent = find_object_speaker(text, agent_start, clause_end(ctx, agent_start, sent.end))
    subject = find_subject(text, sent.start, _BE_BEFORE.search(text, cue_start, cue_end).start())  # type: ignore[union-attr]
    if agent is None or subject is None:
        return []
    return [Candidate(agent, Span(cue_start, cue_end), (subject,), "indirect", "passive-by", 0.7)]


def _inserted_speech(text: str, lo: int, speaker: Span, cue_end: int, content: Span | None
                     ) -> tuple[Span, ...] | None:
    """The two halves of a content the speaker and cue are inserted into, set off by commas."""
    before = text[lo : speaker.start].rstrip()
    if content is None or not before.endswith(",") or text[cue_end : content.start].strip() != ",":
        return None
    first = trim_span(text, lo, lo + len(before) - 1)
    if first is None or len(text[first.start : first.end].split()) < 2:
        return None
    return first, content


# A prepositional adverbial between the cue and "that" ("said after a meeting in Paris on Thursday that …"):
# it belongs to neither the cue nor the content.
_ADVERBIAL_THAT = re.compile(
    r"\s+(?:after|before|following|during|at|in|on|with|from|since)\s+[^,;:\"\u201c\u201d.!?]{2,90}?\s(?P<that>that)\s+(?=\w)"
)
# A verb or a subject pronoun in the adverbial makes it a clause of its own ("after he met the envoys").
_VERB_HINT = re.compile(r"\s(?:is|are|was|were|will|would|had|has|have|could|should|said|says|he|she|they|we|I|it)\s")


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
            after = adv.end()
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


def find_candidates(ctx: Context) -> list[Candidate]:
    """All candidates of a document, direct quotes first; one statement per cue."""
    direct = find_direct(ctx)
    special = find_according_to(ctx) + find_passive(ctx)
    if ctx.profile == "polnear":
        special += find_questions(ctx)
    taken = {c.cue.start for c in direct} | {c.cue.end for c in direct}
    taken_positions: set[int] = set()
    for c in direct + special:
        taken_positions.update(range(c.cue.start, c.cue.end))
    taken = {cs for cs, _ in ctx.cues if cs in taken_positions}
    # Cue words inside another statement's speaker phrase are not cues of their own.
    indirect = find_indirect(ctx, taken, direct)
    return sorted(direct + special + indirect, key=lambda c: c.cue.start)
