"""The statement rules for indirect and mixed speech ("X said (that) …"), and all candidates of a text."""

from __future__ import annotations

import re

from parley.extract.cues import ADDRESSEE_VERBS, THAT_CLAUSE_TOO, WEAK_CUES
from parley.extract.statement_bounds import (
    LINKING_COMMA,
    LINKING_WORD,
    _in_open_quote,
    cut_content_tail,
    end_after_quote_clause,
    end_fronted_clause,
    locate_content,
    paragraph_after_colon,
    skip_linking,
    start_after_addressee,
    start_at_quote,
    through_quote,
)
from parley.extract.statement_context import (
    QUOTE_CHARS,
    Candidate,
    Context,
    clause_end,
    content_kind,
    extend_cue_left,
    trim_span,
)
from parley.extract.statement_cue_uses import says_nothing
from parley.extract.statement_direct import find_direct
from parley.extract.statement_frames import find_according_to, find_passive, find_questions
from parley.extract.statement_objects import find_object_speaker, skip_addressee
from parley.extract.statement_phrases import find_subject
from parley.extract.statement_subjects import find_sentence_subject
from parley.extract.statement_words import is_group_head
from parley.model import Span

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
_AGREE_FORMS = frozenset({"agree", "agrees", "agreed", "agreeing"})
# Forms that are only past participles: a cue only after an auxiliary ("has written", "was known").
_PARTICIPLE_ONLY = frozenset("written sworn shown spoken known gone".split())
_PARTICIPLE_ENDINGS = ("ed", "told", "said", "known", "shown", "written", "found", "sought", "thought")

# Cue forms that are more often nouns; they need a that-clause in every profile.
_NOUN_LIKE = frozenset("report reports post posts order orders question questions answer answers charge charges "
                       "brief comment comments state states estimate estimates signal signals".split())


# A relative clause set off by commas whose own cue this is ("X, many of whom say Y, met …").
_RELATIVE_SPEAKER = re.compile(r",\s+(?:who|which|(?:\w+\s+of\s+)?(?:whom|which))\s+(?:\w+\s+){0,2}$")
_RESUMING_VERB = re.compile(r",\s+(?:(?:is|was|were|are|has|have|had|will|would|could|should|can|may|might|must|"
                            r"did|does|do)\b|[a-z]{3,}ed\b|[a-z]{2,}[^su\W]s\b)")
_TO_ADDRESSEE = re.compile(r"to\s+(?:[A-Z]|(?:the|a|an|his|her|their|its|reporters|supporters|voters|donors)\s)")
# Verbs whose addressee does not carry out the infinitive after it ("promised voters to …"); with the others
# ("urged voters to …") the addressee and the infinitive together are PolNeAR's content.
_SUBJECT_CONTROL = frozenset("promise promised promises assure assured assures assuring reassure reassured".split())
_CLAUSE_OPENS = re.compile(r"(?:that|he|she|they|it|we|I|you|there)\s")
_AS_BEFORE = re.compile(r",\s+as\s+$")
_THAT_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?that\s")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_LOWER_BEFORE = re.compile(r"\b[a-z]+\s+$")  # (a headline in title case has no lowercase word there)


def find_indirect(ctx: Context, taken: set[int], direct: list[Candidate]) -> list[Candidate]:
    """Cue verbs outside quotes: "X said (that) …", "…, X said.", "…, said X.", "X told Y that …"."""
    text = ctx.text
    out: list[Candidate] = []
    for cs, ce in ctx.cues:
        if cs in taken:
            continue
        verb = text[cs:ce].lower()
        if verb in ctx.lexicon.quote_only and not (
                ctx.profile == "polnear" and verb in THAT_CLAUSE_TOO and _THAT_NEXT.match(text, ce)):
            continue  # "responded", "continued", "barked": a cue only right next to a quote (or "that")
        sent = ctx.sentence_at(cs)
        lo = sent.start
        if text[cs].isupper() and _LOWER_BEFORE.search(text, max(lo, cs - 20), cs) and _NAME_AFTER.match(text, ce):
            continue  # "his spokeswoman Hope Hicks": a capitalised cue word inside a sentence, before a name
        cue_start = extend_cue_left(text, cs, lo)
        if verb in _PARTICIPLE_ONLY and cue_start == cs:
            continue  # "exchanged written proposals": a participle with no auxiliary is an adjective
        if says_nothing(text, verb, cs, ce, lo):
            continue  # "pledged delegates", "adding to her lead", "showed up", "a talk show"
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
        if verb.endswith("ed") and cue_start == cs and _inside_next_speaker(ctx, lo, cs, ce, sent.end):
            continue  # "People briefed on the talks said …": a participle inside the next cue's speaker
        if text[ce : ce + 1] == "-" and text[ce + 1 : ce + 2].isalpha():
            continue  # "a counter-proposal": the first half of a compound noun
        speaker = find_subject(text, lo, cue_start, ctx.profile == "polnear")
        if speaker is not None and verb.endswith("ing") and _comma_before(text, lo, cs):
            # '“…,” he said, adding that …': a participle after a statement continues it; what the walk
            # found left of the comma is the end of that statement, not a speaker.
            if _previous_in_sentence(direct + out, lo, cs) is not None or (
                    not _is_inserted_subject(text, lo, speaker) and find_sentence_subject(text, lo, cs) is not None):
                speaker = None  # ("X spoke at a rally, blasting …": the rally is no speaker; the sentence subject is)
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
        if ctx.profile != "polnear" and verb in _AGREE_FORMS and _TO_VERB.match(text, ce, sent.end):
            continue  # "met … and agreed to exchange prisoners": an act (the events stage codes it), not speech
        after = skip_addressee(text, ce, sent.end, verb not in _SUBJECT_CONTROL) if verb in ADDRESSEE_VERBS else ce
        cue_end, content_start, has_that = locate_content(ctx, ce, after, sent.end)
        content_end = cut_content_tail(text, content_start, clause_end(ctx, content_start, sent.end))
        content = trim_span(text, content_start, content_end)
        if content is not None and _ONLY_CIRCUMSTANCE.fullmatch(text, content.start, content.end):
            content = None  # "…, he said in an interview on Saturday.": what follows is no content
        elif content is not None:
            content = through_quote(ctx, content)
        if speaker is not None:
            inserted = _inserted_speech(text, lo, speaker, ce, content)
            if inserted is not None:  # "The deal, Rubio said, was never on the table."
                out.append(Candidate(speaker, Span(cue_start, cue_end), inserted,
                                     content_kind(text, Span(inserted[0].start, inserted[-1].end)),
                                     "inserted-speaker-cue", 0.75))
                continue
            if content is not None and (len(text[content.start : content.end].split()) >= 2
                                        or (ctx.profile == "polnear" and _lone_object(text, content))) and (
                has_that or verb not in WEAK_CUES or (ctx.profile == "polnear" and verb not in _NOUN_LIKE)
            ):
                if ctx.profile != "polnear" and not has_that and verb in _OBJECT_ONLY and not _is_clause(
                    text, content
                ):
                    continue
                content = start_at_quote(text, content, verb)
                content = end_after_quote_clause(text, end_fronted_clause(text, lo, content, speaker.start))
                if text.find(" wh", max(lo, cue_start - 40), cue_start) >= 0 and _RELATIVE_SPEAKER.search(
                        text, max(lo, cue_start - 40), cue_start):
                    content = _end_of_insertion(text, content)
                if verb in ADDRESSEE_VERBS and not has_that:
                    content = start_after_addressee(text, content, ctx.profile == "polnear")
                elif not has_that and text.startswith("to ", content.start) and _TO_ADDRESSEE.match(text, content.start):
                    # "complained to CBS News' Charlie Rose that …": an addressee after "to"
                    moved = start_after_addressee(text, Span(content.start + 3, content.end),
                                                  ctx.profile == "polnear")
                    content = moved if moved.start > content.start + 3 else content
                if ctx.profile == "polnear":
                    wh = _WH_BEFORE.search(text, max(lo, speaker.start - 8), speaker.start)
                    if wh is not None and not _CLAUSE_OPENS.match(text, content.start):
                        # "what Sanders wanted to hear": the wh-word stands for the content (not when a clause
                        # of its own follows the cue: "which he said he would veto", "which he predicted that …")
                        content = Span(wh.start(1), content.end)
                out.append(Candidate(speaker, Span(cue_start, cue_end), (content,), content_kind(text, content),
                                     "speaker-cue-content", 0.75))
                continue
            before = _content_before(text, lo, speaker.start)
            if before is None and text.find(" as ", max(lo, speaker.start - 6), speaker.start) >= 0:
                as_before = _AS_BEFORE.search(text, max(lo, speaker.start - 6), speaker.start)
                if as_before is not None:
                    before = _content_before(text, lo, as_before.start() + 1)  # "…, as police have said."
            if before is not None and content is None:
                before = skip_linking(text, before, LINKING_COMMA)
                out.append(Candidate(speaker, Span(cue_start, ce), (before,), content_kind(text, before),
                                     "content-speaker-cue", 0.75))
            elif content is None and (block := paragraph_after_colon(ctx, ce)) is not None:
                # "Limbaugh added:" closing its paragraph: the next paragraph (no quotation) is what he said
                out.append(Candidate(speaker, Span(cue_start, ce), (block,), "indirect", "speaker-cue-content", 0.7))
            elif ctx.profile == "polnear" and content is None and (
                    wh := _WH_BEFORE.search(text, max(lo, speaker.start - 8), speaker.start)) is not None:
                # "…, which Trump denied.": the relative pronoun is the content
                out.append(Candidate(speaker, Span(cue_start, ce), (Span(wh.start(1), wh.end(1)),), "indirect",
                                     "relative-content", 0.6))
            continue
        # No subject: "…, said X." or a participle continuing an earlier statement.
        prefix = text[lo:cs].rstrip()
        if not prefix.strip(" \n\"\u201c") and verb.endswith("ing"):
            # "Noting that the court had ruled, Schlafly said …": the main clause's subject speaks
            fronted = _fronted_participle(ctx, cs, cue_end, content_start, sent)
            if fronted is not None:
                out.append(fronted)
            continue
        if not prefix.endswith(",") and not (verb.endswith("ing") and prefix.endswith(_ING_LINKS)):
            continue  # ("X distanced himself by saying …" is a participle clause too)
        if verb.endswith("ing"):
            prior = _previous_in_sentence(direct + out, lo, cs)
            # "X took a swipe at Y, saying that …": with no statement before, the sentence subject speaks.
            who = prior.speaker if prior is not None else find_sentence_subject(text, lo, cs)
            if who is not None and content is not None:
                content = end_after_quote_clause(text, through_quote(ctx, end_fronted_clause(text, lo, content)))
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
    if content is None or not before.endswith(","):
        return None
    if text[cue_end : content.start].strip() != ",":
        # "The difference, he told me on Friday, is …": a short time or place phrase before the second comma
        tail = _INSERTED_TAIL.match(text, cue_end, content.end)
        if tail is None or tail.end() < content.start:
            return None
        content = trim_span(text, tail.end(), content.end)
        if content is None:
            return None
    first = trim_span(text, lo, lo + len(before) - 1)
    if first is None:
        return None
    words = text[first.start : first.end].split()
    if len(words) < 2 and not (words[0][:1].isupper() and words[0].isalpha() and words[0] not in _LONE_OPENERS
                               and not words[0].endswith("ly")):
        return None  # ("Voters, he said, …" is a content; "Now, he said, …" is not)
    return skip_linking(text, first, LINKING_WORD), content


# A phrase between an inserted cue and its closing comma ("he told me on Friday,", "the agency said in a report,").
_INSERTED_TAIL = re.compile(
    r"\s+(?:(?:me|him|her|us|them|reporters)\s+)?(?:on|in|at|during|last|this|earlier)\s+[^,.;:\"\u201c\u201d]{1,40}?,\s*"
)
_LONE_OPENERS = frozenset("Now Still But And So Yet Yes No Well Indeed Instead However Meanwhile Then Today Later "
                          "Also Again Finally Ultimately Sometimes Often Here There Thus Hence Besides".split())


_NOUN_BEFORE = re.compile(r"\b(?!(?i:he|she|they|it|we|you|who|that|which)\b)[A-Za-z]{3,}\s+$")
_BY_PREPOSITION = re.compile(r"\s+(?:by|on|in|with|at|from|for|about)\s")


def _inside_next_speaker(ctx: Context, lo: int, cs: int, ce: int, hi: int) -> bool:
    """Whether the speaker phrase of the next cue in the sentence takes in the cue at ``cs``-``ce``."""
    if _BY_PREPOSITION.match(ctx.text, ce) is None or not _NOUN_BEFORE.search(ctx.text, max(lo, cs - 24), cs):
        return False  # only a participle after a common noun, with a preposition after it, post-modifies it
    nxt = ctx.first_cue(ce + 1, hi)
    if nxt is None or "," in ctx.text[ce : nxt[0]] or ctx.text[nxt[0] : nxt[1]].endswith("ing"):
        return False
    speaker = find_subject(ctx.text, lo, extend_cue_left(ctx.text, nxt[0], lo), ctx.profile == "polnear")
    return speaker is not None and speaker.start < cs and speaker.end > ce


_OBJECT_WORDS = frozenset("him her them".split())


def _lone_object(text: str, content: Span) -> bool:
    """ "X endorsed her", "X backed Clinton": a one-word object of a verb of stance is PolNeAR's content."""
    word = text[content.start : content.end]
    return word.lower() in _OBJECT_WORDS or (word[:1].isupper() and word[1:].islower() and word.isalpha())


def _fronted_participle(ctx: Context, cs: int, cue_end: int, content_start: int, sent: Span) -> Candidate | None:
    """A participle opening the sentence, its content up to the comma, then the main clause and its subject."""
    text = ctx.text
    comma = text.find(", ", content_start, sent.end)  # (not the comma inside "108,000")
    if comma < 0 or _in_open_quote(text, content_start, comma):
        return None
    content = trim_span(text, content_start, comma)
    who = find_sentence_subject(text, comma + 1, sent.end)
    if content is None or who is None:
        return None
    return Candidate(who, Span(cs, cue_end), (content,), content_kind(text, content), "fronted-participle", 0.65)


def _end_of_insertion(text: str, content: Span) -> Span:
    """A relative clause's content ends where the main clause resumes after its closing comma (", met …")."""
    m = _RESUMING_VERB.search(text, content.start, content.end)
    return Span(content.start, m.start()) if m is not None else content


def _comma_before(text: str, lo: int, pos: int) -> bool:
    """Whether a comma (then spaces) comes right before ``pos``."""
    while pos > lo and text[pos - 1] == " ":
        pos -= 1
    return text[pos - 1 : pos] == ","


def _is_inserted_subject(text: str, lo: int, speaker: Span) -> bool:
    """Whether the phrase before ", <participle>" opens the sentence (so is the subject: "Trump, saying …")."""
    return not text[lo : speaker.start].strip(" \n\"\u201c")


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
    while end > lo and text[end - 1] in " \t\n\u00a0":
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
