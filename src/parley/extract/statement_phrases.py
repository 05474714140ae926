"""The speaker phrase before a cue: the noun phrase ending at it, and the subject of the sentence it is in."""

from __future__ import annotations

import re

from parley.extract.cues import cue_lexicon, find_cues
from parley.extract.statement_words import (
    DETERMINERS,
    NUMBER_WORDS,
    PARTICIPLE_PREPOSITIONS,
    PRONOUN_QUANTIFIERS,
    PRONOUNS,
    STOP_LEFT,
    after_participle,
    counts,
    inside_quantity,
    is_degree_word,
    is_group_head,
    is_noun_like,
    is_ratio,
    is_sentence_adverb,
    is_verb_like,
    links_phrase,
    postmodified_group,
)
from parley.model import Span

_WORD = re.compile(r"[^\s,;:()\"\u201c\u201d\u2018\u00ab\u00bb\u2014]+|[,;:()\"\u201c\u201d\u2018\u00ab\u00bb\u2014]")
# Words allowed inside a speaker phrase even though they are in the stop list above.
_NAME_LINKERS = frozenset({"of", "for", "and", "de", "von", "van", "al", "bin", "la", "le"})
# Leading words trimmed off a speaker phrase ("But Peskov said").
_LEADING_JUNK = frozenset(
    "but and so yet however meanwhile now then also still instead indeed moreover later earlier "
    "separately finally again thus hence even similarly too".split()
)
_RELATIVE_HEADS = frozenset({"who", "which", "that"})
_MAX_WORDS = 12
_DASHES = frozenset({"\u2014", "--", "\u2013", "\u2015", "-"})  # a lone "-" token is a spaced hyphen


def _looks_like_head(word: str) -> bool:
    low = word.lower()
    if low in PRONOUNS or low in PRONOUN_QUANTIFIERS:
        return True
    if low in STOP_LEFT or low in DETERMINERS:
        return False
    return word[:1].isalpha() or word[:1].isdigit()


class _Edge:
    """Returned when the walk reached the left end of a narrow window: look again with a wider one."""


_EDGE = _Edge()
_NARROW = 80  # characters tokenised first; most speaker phrases are a few words long
_WIDE = 200


_TIME_BEFORE_VERB = re.compile(
    r"\s+(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|week|month|year|morning|afternoon|evening|night)\s*){1,2}$"
    r"|\s+(?:in|on|at|during)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|speech|briefing|tweet|letter|email|conference|call)\s*$"
)


_PARTICIPLE_END = re.compile(r"\b(?:released|conducted|published|issued|completed)$")
_TIME_START_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday last this earlier".split())
_TIME_END_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday week month year morning afternoon evening night "
    "statement interview speech briefing tweet letter email conference call".split()
)


_PLACE_ADVERBS = frozenset({"here", "there"})
_SENTENCE_ADVERBS = frozenset("however though meanwhile nonetheless nevertheless therefore instead".split())


# Words that never end a speaker phrase (stop words and determiners that are neither pronouns nor counts).
_NO_HEADS = (STOP_LEFT | DETERMINERS) - PRONOUNS - PRONOUN_QUANTIFIERS - NUMBER_WORDS - {"whom", "which"}
_NO_HEADS |= {w.capitalize() for w in _NO_HEADS}  # (looked up as written: no lower-casing per call)


def find_subject(text: str, lo: int, hi: int, keep_relative: bool = False) -> Span | None:
    """The noun phrase that ends at ``hi`` (a cue's start), not reaching left of ``lo``; ``keep_relative``
    keeps a relative clause set off by commas ("X, who ran in 2008, said")."""
    # "Spicer on Thursday evening said": the time phrase between subject and verb is in neither.
    # (The pattern runs only when the word before the cue can end one: most cues skip it.)
    end = hi
    while end > lo and text[end - 1] == " ":
        end -= 1
    last = text[text.rfind(" ", max(lo, end - 14), end) + 1 : end]
    if last in _SENTENCE_ADVERBS:
        # "Carter however said": a linking adverb between subject and verb is in neither
        hi = end - len(last)
        end = hi
        while end > lo and text[end - 1] == " ":
            end -= 1
        last = text[text.rfind(" ", max(lo, end - 14), end) + 1 : end]
    if last in _PLACE_ADVERBS:
        # "Officials there said", "Polls here show": the place adverb belongs to the phrase before it
        head = find_subject(text, lo, end - len(last), keep_relative)
        return Span(head.start, end) if head is not None and not text[head.end : end - len(last)].strip() else None
    found: Span | None | _Edge = _EDGE
    if last in _TIME_END_WORDS:
        m = _TIME_BEFORE_VERB.search(text, max(lo, hi - 60), hi)
        if m and m.start() > lo and not _PARTICIPLE_END.search(text, max(lo, m.start() - 20), m.start()):
            hi = m.start()  # (after a participle the time is its own: "a poll released last week")
    elif last in _NO_HEADS:
        found = None  # "… that said", "… the said": no phrase can end in this word (spares the walk)
    if found is _EDGE and hi - lo > _NARROW:
        found = _walk_subject(text, lo, hi, hi - _NARROW, keep_relative)
    if found is _EDGE:
        found = _walk_subject(text, lo, hi, max(lo, hi - _WIDE), keep_relative)
    if found is None or found is _EDGE or (text.endswith(" who ", max(lo, found.start - 5), found.start)  # type: ignore[union-attr]
                                            and _opens_clause(text, found)):  # type: ignore[arg-type]
        # ("Growers who lost their crops said": "lost their crops" is the clause, not the speaker)
        return _subject_with_bare_relative(text, lo, hi, keep_relative)
    return found  # type: ignore[return-value]


def _opens_clause(text: str, span: Span) -> bool:
    """Whether a phrase starts with a lowercase word that cannot open a noun phrase (a verb, most likely)."""
    first = text[span.start : span.end].split(None, 1)[0]
    low = first.lower()
    return first.islower() and low not in PRONOUNS and low not in DETERMINERS and low not in PRONOUN_QUANTIFIERS


_TAIL_ADVERBS = frozenset("long ever never just almost often already still even".split())
_CLAUSE_TAIL_STOPS = frozenset("and but or to that which who is are was were have has had will would".split())


def _subject_with_bare_relative(text: str, lo: int, hi: int, keep_relative: bool) -> Span | None:
    """ "Democrats in Iowa who watched the debate said": a relative clause not set off by commas; the
    speaker is the phrase before "who" (with the clause when ``keep_relative``)."""
    who = text.rfind(" who ", max(lo, hi - 100), hi)
    if who < 0:
        return None
    clause = text[who + 5 : hi]
    words = clause.split()
    if not words or len(words) > 12 or any(c in clause for c in ",;:()\"\u201c\u201d") \
            or words[-1].lower() in _CLAUSE_TAIL_STOPS or words[-1].endswith("ly") or len(words) < 2 \
            or words[-1].lower() in PRONOUNS or not is_noun_like(words[-1]) or words[-1].lower() in _TAIL_ADVERBS:
        return None  # ("who refused to endorse": the cue is the relative clause's own verb)
    head = find_subject(text, lo, who)
    if head is None or head.end != who:
        return None
    end = hi
    while end > who and text[end - 1] in " \n":
        end -= 1
    return Span(head.start, end) if keep_relative else head


def _walk_subject(text: str, lo: int, hi: int, window_lo: int, keep_relative: bool) -> Span | None | _Edge:
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, window_lo, hi)]
    if len(tokens) > 2 and tokens[-1][2] == ",":
        found = _subject_with_insertion(text, lo, tokens, keep_relative)
        return _EDGE if found is None and window_lo > lo else found
    if len(tokens) > 2 and tokens[-1][2] in _DASHES:
        # "Many speakers — including Muslims and Jews — said": a dashed insertion, like one in commas
        opening = next((k for k in range(len(tokens) - 2, -1, -1) if tokens[k][2] in _DASHES), None)
        if opening is None:
            return _EDGE if window_lo > lo else None
        head_span = find_subject(text, lo, tokens[opening][0])
        if head_span is None:
            return None
        if keep_relative:
            return Span(head_span.start, tokens[-1][1])
        if not any(c.isupper() for c in text[head_span.start + 1 : head_span.end]):  # no name in the head
            # "A former candidate -- John McCain, who lost in 2008 -- said": the name inside is the speaker
            end = next((k for k in range(opening + 1, len(tokens)) if tokens[k][2] in _DASHES or tokens[k][2] == ","),
                       len(tokens) - 1)
            if end > opening + 1 and tokens[opening + 1][2][:1].isupper():
                return Span(tokens[opening + 1][0], tokens[end - 1][1])
        return head_span
    head = len(tokens) - 1
    if tokens and tokens[-1][2] == ")":
        # A parenthesis closing the phrase ("Rep. Earl Blumenauer (D-Ore.) said") belongs to it.
        head = next((k for k in range(head - 1, max(-1, head - 8), -1) if tokens[k][2] == "("), 0) - 1
        if head < 0:
            return None
    if head >= 2 and tokens[head - 1][2] == "of" and tokens[head][2] in ("whom", "which") \
            and counts(tokens[head - 2][2].lower()):
        return Span(tokens[head - 2][0], tokens[head][1])  # "…, many of whom say …"
    if not tokens or not (_looks_like_head(tokens[head][2]) or is_ratio(tokens, head)):
        return None
    if tokens[head][2].lower() in _RELATIVE_HEADS and head == len(tokens) - 1:
        # "a gunman who said …": PolNeAR makes the relative pronoun the speaker of its own clause; the
        # product names the person it stands for ("Dmitriev, the envoy who has argued …").
        if keep_relative:
            return Span(tokens[head][0], tokens[head][1])
        before = tokens[head - 1][0] if head > 0 and tokens[head - 1][2] == "," else tokens[head][0]
        antecedent = find_subject(text, lo, before)
        if antecedent is None:
            return Span(tokens[head][0], tokens[head][1])
        return _with_leading_name(text, lo, antecedent)
    start_index = head
    i = head - 1
    words = 1
    fallback = -1  # where the phrase started before a participle phrase was taken in
    while i >= 0:
        word = tokens[i][2]
        low = word.lower()
        if word == ",":
            # "In October, Trump said": a comma before the phrase ends it (appositives set off by two
            # commas, "Peskov, the Kremlin spokesman, said", are handled by _subject_with_insertion).
            break
        if low in STOP_LEFT and not (low in _NAME_LINKERS and tokens[i + 1][2][:1].isupper()
                                      and i > 0 and tokens[i - 1][2][:1].isupper()):
            if not (i > 0 and links_phrase(low, tokens[i - 1][2])) and not (
                    low in _QUANTITY_STOPS and inside_quantity(tokens, i)):
                if not (low in PARTICIPLE_PREPOSITIONS and after_participle(tokens, i)):
                    break
                fallback = start_index if fallback < 0 else fallback
        if is_verb_like(word) and not after_participle(tokens, i + 1) and not (
                _PARTICIPLE_END.search(word) and i > 0 and is_noun_like(tokens[i - 1][2])
                and tokens[i + 1][2] in _TIME_START_WORDS):
            break  # ("a poll released Friday": a participle with its time phrase post-modifies the noun)
        if word in ";:()\"\u201c\u201d\u2018\u00ab\u00bb\u2014" or not word.strip("'\u2019") or word in _DASHES:
            break  # (a spaced dash ends the phrase: "WASHINGTON -- President Obama said")
        start_index = i
        words += 1
        if words > _MAX_WORDS:
            if fallback < 0:
                return None
            start_index = fallback  # too long with the participle phrase: the noun after it
            break
        i -= 1
    if i < 0 and window_lo > lo:
        return _EDGE
    if head == len(tokens) - 1 and start_index < head and tokens[head][2] in _SUBJECT_PRONOUNS \
            and tokens[head - 1][2].lower() not in ("and", "or", "nor"):
        # "the increase he sought", "Tuesday night he said": a subject pronoun is a phrase of its own;
        # after a verb of saying ("voters say they want") it opens a clause inside that statement's content
        if tokens[head - 1][2].lower() in _SAYING_BEFORE:
            return None
        start_index = head
    while start_index < len(tokens) and (tokens[start_index][2].lower() in _LEADING_JUNK or (
            start_index < head and is_sentence_adverb(tokens[start_index][2])
            and tokens[start_index + 1][2][:1].isupper())):
        start_index += 1
    if start_index >= len(tokens):
        return None
    first = tokens[start_index][2]
    low = first.lower()
    if first[:1].islower() and low not in DETERMINERS and low not in PRONOUNS and not counts(low) \
            and not _approximates(tokens, start_index) and not _has_capital(tokens[start_index:]) and not postmodified_group(tokens, start_index) and (
                len(tokens) - start_index > 3 or not is_group_head(tokens[-1][2].lower())):
        # "offer guarantees", "help provide security guarantees": a bare lowercase phrase names a group
        # only with a plural head ("officials said") or a collective one ("police said").
        return None
    if start_index == len(tokens) - 1 and first[:1].islower() and is_degree_word(low) and (
            start_index > 0 and tokens[start_index - 1][2][:1].isalpha()):
        # "they were very worried": an adverb or adjective left of the verb is no speaker ("; most said" is one)
        return None
    return Span(tokens[start_index][0], tokens[-1][1])


# Words that open a ratio ("more than 4 in 10", "nearly three in five").
_APPROXIMATORS = frozenset("more less fewer nearly roughly almost approximately only just over under".split())


def _approximates(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word at ``i`` opens a ratio: an approximator, then (after "than") its first number."""
    if tokens[i][2].lower() not in _APPROXIMATORS or i + 1 >= len(tokens) or not is_ratio(tokens, len(tokens) - 1):
        return False
    nxt = tokens[i + 1][2].lower()
    if nxt == "than" and i + 2 < len(tokens):
        nxt = tokens[i + 2][2].lower()
    return counts(nxt)


_QUANTITY_STOPS = frozenset({"at", "than", "about"})  # stop words that may sit inside a count
_SAYING_BEFORE = frozenset("say says said saying think thinks thought believe believes believed know knows knew "
                           "feel feels felt assures assured told tells".split())
_SUBJECT_PRONOUNS = frozenset("he she they we I you it He She They We You It".split())


# Words opening an inserted adverbial rather than an appositive ("X, however, said").
_ADVERBIAL_INSERTS = frozenset("on in for however meanwhile though too also instead of at by as like unlike "
                               "after before during in fact moreover furthermore then now still".split())


def _subject_with_insertion(text: str, lo: int, tokens: list[tuple[int, int, str]], keep_relative: bool
                            ) -> Span | None:
    """ "X, the spokesman, said" keeps the appositive; "X, who …, said" keeps X, and with ``keep_relative``
    the relative clause too (PolNeAR's convention). Commas inside the insertion are stepped over."""
    for k in range(len(tokens) - 2, max(-1, len(tokens) - 45), -1):
        word = tokens[k][2]
        if word in ";:":
            return None
        if word != ",":
            continue
        inserted = tokens[k + 1][2].lower()
        head = find_subject(text, lo, tokens[k][0])
        if head is None or _after_preposition(text, lo, head.start):
            continue  # "X, who lives near the capital, Sacramento, said": the head is further left
        head = _with_leading_name(text, lo, head)
        whole = Span(head.start, tokens[-2][1])
        place = inserted in ("of", "from") and tokens[k + 2][2][:1].isupper()  # "X, 50, of Houston, said"
        if inserted == "including" and keep_relative:
            return whole  # "Several Republicans, including Sen. X, said": PolNeAR keeps the list's examples
        if (inserted in _ADVERBIAL_INSERTS and not place) or inserted == "which" or (
                inserted.endswith(("ing", "ed")) and inserted.islower() and len(inserted) > 4):
            return head  # "X, on the other hand, said", "X, speaking in Ankara, said"
        if inserted in ("who", "whose", "whom"):
            # "X, who said Y, argued …": a relative clause reporting speech of its own is a statement of
            # its own (its source is "who"), not part of the main speaker
            return whole if keep_relative and not _reports_speech(text, tokens[k][1], tokens[-1][0]) else head
        if any(t[2] in ";:" or is_verb_like(t[2]) for t in tokens[k + 1 : -1]):
            # "X, a strategist who ran two campaigns, said"
            return whole if keep_relative else head
        return whole
    return None


def _reports_speech(text: str, start: int, end: int) -> bool:
    """Whether a cue of the polnear lexicon occurs between ``start`` and ``end``."""
    return bool(find_cues(cue_lexicon("polnear"), text[start:end]))


def _with_leading_name(text: str, lo: int, head: Span) -> Span:
    """ "Tom Fitton, the president of Judicial Watch, …": a name set before a description joins it."""
    before = text[max(lo, head.start - 3) : head.start]
    if not head.start > lo or before.rstrip()[-1:] != ",":
        return head
    comma = lo + len(text[lo : head.start].rstrip()) - 1
    if text[head.start].isupper():
        return _with_leading_title(text, lo, head, comma)
    name = find_subject(text, lo, comma)
    if name is None or len(text[name.start : name.end].split()) > 5 or not text[name.start].isupper() \
            or _after_preposition(text, lo, name.start):
        return head
    return Span(name.start, head.end)


_POSSESSIVE = re.compile(r"\w['\u2019]s?\s")


def _with_leading_title(text: str, lo: int, head: Span, comma: int) -> Span:
    """ "Nevada's governor, Brian Sandoval, …": a possessive title opening the sentence before a name joins it."""
    if "'s " not in text[lo:comma] and "\u2019s " not in text[lo:comma]:
        return head  # (no possessive before the comma: spare the walk)
    title = find_subject(text, lo, comma)
    if title is None or _POSSESSIVE.search(text, title.start, title.end) is None \
            or len(text[title.start : title.end].split()) > 6 or text[lo : title.start].strip(" \n\"\u201c"):
        return head
    return Span(title.start, head.end)


_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|of|from|for|with|to|on|by|near|about)\s+$")


def _after_preposition(text: str, lo: int, pos: int) -> bool:
    """Whether the phrase at ``pos`` is the object of a preposition ("worked in Brussels, Kyiv …")."""
    return _PREPOSITION_BEFORE.search(text, max(lo, pos - 8), pos) is not None


def _has_capital(tokens: list[tuple[int, int, str]]) -> bool:
    return any(t[2][:1].isupper() for t in tokens)


