"""Noun-phrase boundaries around a cue: the speaker before or after it, the addressee after it."""

from __future__ import annotations

import re

from parley.model import Span

_WORD = re.compile(r"[^\s,;:()\"\u201c\u201d\u2018\u00ab\u00bb\u2014]+|[,;:()\"\u201c\u201d\u2018\u00ab\u00bb\u2014]")
# Words that end a speaker phrase when met going leftwards: verbs, subordinators, prepositions of frame.
_STOP_LEFT = frozenset(
    "that which who whom whose when where while because if although though since as after before than "
    "is was were are am be been being has have had will would could should can may might must did does do "
    "not and but or so yet however meanwhile also then later earlier now still nor said says told "
    "says added in on at during about to by with from into over under against between among "
    "for of what why how whether there here".split()
)
# Words allowed inside a speaker phrase even though they are in the stop list above.
_NAME_LINKERS = frozenset({"of", "for", "and", "de", "von", "van", "al", "bin", "la", "le"})
# Prepositions that may sit inside a speaker phrase ("supporters of the bill", "officials in Kyiv").
_NP_PREPOSITIONS = frozenset({"of", "in", "at", "for", "from", "with"})
# Lowercase -ed words that are adjectives in speaker phrases rather than verbs.
_ED_ADJECTIVES = frozenset("retired unnamed unidentified elected appointed detained exiled united "
                           "embattled seasoned respected jailed ousted registered concerned "
                           "affiliated aligned".split())
# Leading words trimmed off a speaker phrase ("But Peskov said").
_LEADING_JUNK = frozenset(
    "but and so yet however meanwhile now then also still instead indeed moreover later earlier "
    "separately finally again thus hence even similarly too".split()
)
_DETERMINERS = frozenset("the a an his her its their our my your this that these those one another some "
                         "several many both two three each every any".split())
_RELATIVE_HEADS = frozenset({"who", "which", "that"})
# Words that head a phrase with "of" after them ("one of his aides", "most of the delegates").
_QUANTIFIERS = frozenset("one some many most all none each both several few half two three four five "
                         "majority minority share percent number plurality".split())
# Quantifiers that stand alone as a speaker ("some say", "many believe").
_PRONOUN_QUANTIFIERS = frozenset("some many most both several others few all".split())
PRONOUNS = frozenset("he she they it we i you who".split())
_TIME_TAIL = re.compile(
    r"\s+(?:on|in|at|during|last|this|late|early|earlier|later)\s+(?:\w+\s+){0,2}?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|"
    r"afternoon|evening|day|statement|interview|speech|briefing)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_MAX_WORDS = 12
# A place phrase after a name ("Putin at the Eastern Economic Forum", "Lavrov during a visit to Ankara").
_PLACE_TAIL = re.compile(r"\s+(?:at|during|on)\s+(?:the|a|an|his|her|their)\s")
_DASH_BREAK = re.compile(r"\s+(?:-|--|\u2014|\u2013)\s+|\u2014")
_DASHES = frozenset({"\u2014", "--", "\u2013", "\u2015", "-"})  # a lone "-" token is a spaced hyphen
# A speaker after its cue keeps relative clauses ("said X, who ran in 2008"), within this many words.
_MAX_OBJECT_WORDS = 40
_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom)\b")



def _looks_like_head(word: str) -> bool:
    low = word.lower()
    if low in PRONOUNS or low in _PRONOUN_QUANTIFIERS:
        return True
    if low in _STOP_LEFT or low in _DETERMINERS:
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


_TIME_END_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday week month year morning afternoon evening night "
    "statement interview speech briefing tweet letter email conference call".split()
)


def find_subject(text: str, lo: int, hi: int, keep_relative: bool = False) -> Span | None:
    """The noun phrase that ends at ``hi`` (a cue's start), not reaching left of ``lo``; ``keep_relative``
    keeps a relative clause set off by commas ("X, who ran in 2008, said")."""
    # "Spicer on Thursday evening said": the time phrase between subject and verb is in neither.
    # (The pattern runs only when the word before the cue can end one: most cues skip it.)
    end = hi
    while end > lo and text[end - 1] == " ":
        end -= 1
    if text[text.rfind(" ", max(lo, end - 14), end) + 1 : end] in _TIME_END_WORDS:
        m = _TIME_BEFORE_VERB.search(text, max(lo, hi - 60), hi)
        if m and m.start() > lo:
            hi = m.start()
    if hi - lo > _NARROW:
        found = _walk_subject(text, lo, hi, hi - _NARROW, keep_relative)
        if found is not _EDGE:
            return found  # type: ignore[return-value]
    found = _walk_subject(text, lo, hi, max(lo, hi - _WIDE), keep_relative)
    return None if found is _EDGE else found  # type: ignore[return-value]


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
    if not tokens or not (_looks_like_head(tokens[head][2]) or _is_ratio(tokens, head)):
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
    while i >= 0:
        word = tokens[i][2]
        low = word.lower()
        if word == ",":
            # "In October, Trump said": a comma before the phrase ends it (appositives set off by two
            # commas, "Peskov, the Kremlin spokesman, said", are handled by _subject_with_insertion).
            break
        if low in _STOP_LEFT and not (low in _NAME_LINKERS and tokens[i + 1][2][:1].isupper()
                                      and i > 0 and tokens[i - 1][2][:1].isupper()):
            if not (i > 0 and _links_phrase(low, tokens[i - 1][2])):
                break
        if _is_verb_like(word):
            break
        if word in ";:()\"\u201c\u201d\u2018\u00ab\u00bb\u2014" or not word.strip("'\u2019"):
            break
        start_index = i
        words += 1
        if words > _MAX_WORDS:
            return None
        i -= 1
    if i < 0 and window_lo > lo:
        return _EDGE
    while start_index < len(tokens) and tokens[start_index][2].lower() in _LEADING_JUNK:
        start_index += 1
    if start_index >= len(tokens):
        return None
    first = tokens[start_index][2]
    low = first.lower()
    if first[:1].islower() and low not in _DETERMINERS and low not in PRONOUNS and not _counts(low) \
            and not _has_capital(tokens[start_index:]) and (
                len(tokens) - start_index > 3 or not is_group_head(tokens[-1][2].lower())):
        # "offer guarantees", "help provide security guarantees": a bare lowercase phrase names a group
        # only with a plural head ("officials said") or a collective one ("police said").
        return None
    if start_index == len(tokens) - 1 and first[:1].islower() and _is_degree_word(low) and (
            start_index > 0 and tokens[start_index - 1][2][:1].isalpha()):
        # "they were very worried": an adverb or adjective left of the verb is no speaker ("; most said" is one)
        return None
    return Span(tokens[start_index][0], tokens[-1][1])


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten half a third quarter".split())
_DEGREE_WORDS = frozenset("very so too quite rather more less most least really deeply increasingly".split())


def _is_ratio(tokens: list[tuple[int, int, str]], head: int) -> bool:
    """ "One in three said", "two of five say": a count heads the phrase after "in" or "of" and a count."""
    return (head >= 2 and (tokens[head][2][:1].isdigit() or tokens[head][2].lower() in _NUMBER_WORDS)
            and tokens[head - 1][2] in ("in", "of") and _counts(tokens[head - 2][2].lower()))


def _counts(low: str) -> bool:
    """A count opening a speaker phrase ("three-quarters of the voters", "most of the delegates")."""
    return low in _QUANTIFIERS or low[:1].isdigit() or low.split("-")[0] in _NUMBER_WORDS


# Collective nouns that name speakers without a determiner or a plural ending.
_COLLECTIVE = frozenset("police staff people personnel military media congress parliament management "
                        "leadership government clergy men women children everyone everybody someone somebody "
                        "anyone nobody him her them us me husband wife star candidate nominee".split())
_PERSON_ENDINGS = ("ist", "ian", "ent", "ant", "or", "man", "woman", "person", "ee")


def is_group_head(low: str) -> bool:
    """Whether a lowercase head with no determiner can name speakers: a plural or a collective noun."""
    return (low in _COLLECTIVE or low in PRONOUNS or low.endswith(_PERSON_ENDINGS)
            or (low.endswith("s") and not low.endswith(("ss", "us", "ics"))))


def _is_degree_word(low: str) -> bool:
    return low in _DEGREE_WORDS


_FRAME_OPENERS = frozenset("in on at after before when while during as since despite with without following "
                           "speaking asked earlier later".split())
_FINITE_AUX = frozenset("is was were are am has have had will would could should can may might must did does do "
                        "also then later".split())


def find_sentence_subject(text: str, lo: int, hi: int) -> Span | None:
    """The subject at the start of a sentence, before its first verb ("X met … and said": X)."""
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, min(hi, lo + 300))]
    i = 0
    while i < len(tokens) and tokens[i][2].lower() in _LEADING_JUNK:
        i += 1
    if i < len(tokens) and tokens[i][2].lower() in _FRAME_OPENERS:
        # A fronted adverbial ("On Monday, X …") is skipped up to its comma.
        comma = next((k for k in range(i, min(len(tokens), i + 12)) if tokens[k][2] == ","), None)
        if comma is None:
            return None
        i = comma + 1
    skip_to = -1
    for k in range(i, min(len(tokens), i + 25)):
        word = tokens[k][2]
        low = word.lower()
        if k < skip_to:
            continue
        if word == "," and k > i and skip_to < 0 and all(t[2][:1].isupper() for t in tokens[i:k]):
            # "X, a former chairman, became a delegate and said …": an appositive after the name is stepped over
            close = next((j for j in range(k + 1, min(len(tokens), k + 12)) if tokens[j][2] == ","), None)
            if close is None:
                return None
            skip_to = close + 1
            continue
        if word in ",;:()\"\u201c\u201d\u2018\u00ab\u00bb\u2014" or k - i >= 13 and skip_to < 0:
            return None
        if k > i and word[:1].islower() and low not in _NAME_LINKERS and all(
                t[2][:1].isupper() for t in tokens[i:k]) and not _verb_follows(tokens, k):
            return find_subject(text, tokens[i][0], tokens[k][0])  # a name, then its verb
        if k > i and word[:1].islower() and (low in _FINITE_AUX or _is_verb_like(word)
                                            or (low.endswith("s") and not low.endswith("ss")
                                                and (tokens[k - 1][2][:1].isupper() or _verb_follows(tokens, k - 1)))):
            return find_subject(text, tokens[i][0], tokens[k][0])
    return None


def _verb_follows(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the word after ``k`` is the verb, making ``k`` a noun ("The Kremlin statement makes …")."""
    if k + 1 >= len(tokens) or tokens[k][2].lower() in _FINITE_AUX or _is_verb_like(tokens[k][2]):
        return False
    nxt = tokens[k + 1][2]
    low = nxt.lower()
    return nxt[:1].islower() and (low in _FINITE_AUX or (low.endswith("s") and not low.endswith("ss")))


def _links_phrase(low: str, before: str) -> bool:
    """Whether a preposition or "and" continues the phrase leftwards ("officials in Kyiv", "one of his aides",
    "Nine in 10 voters", "reporters and editors", "Trump and Cruz")."""
    if low == "and":
        return (before[:1].isupper() or (before.islower() and before.endswith("s") and len(before) > 3
                                                       and not before.endswith("ss")))
    if low not in _NP_PREPOSITIONS:
        return False
    return _is_noun_like(before) or before.lower() in _QUANTIFIERS or (before[:1].isdigit() and low in ("in", "of"))


def _is_noun_like(word: str) -> bool:
    low = word.lower()
    return low not in _STOP_LEFT and low not in _DETERMINERS and not _is_verb_like(word) and word[:1].isalpha()


_CONTRACTED_VERBS = ("'re", "\u2019re", "'ve", "\u2019ve", "'ll", "\u2019ll", "'m", "\u2019m")


def _is_verb_like(word: str) -> bool:
    """A lowercase past form or a contraction with a verb ("described", "I've"), which ends a phrase."""
    if word[:1].isupper():
        return False
    low = word.lower()
    if low.endswith("ed") and len(low) > 4 and low not in _ED_ADJECTIVES:
        return True
    return low.endswith(_CONTRACTED_VERBS)


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
        if inserted in _ADVERBIAL_INSERTS or inserted == "which" or (
                inserted.endswith(("ing", "ed")) and inserted.islower() and len(inserted) > 4):
            return head  # "X, on the other hand, said", "X, speaking in Ankara, said"
        if inserted in ("who", "whose", "whom"):
            return whole if keep_relative else head
        if any(t[2] in ";:" or _is_verb_like(t[2]) for t in tokens[k + 1 : -1]):
            # "X, a strategist who ran two campaigns, said"
            return whole if keep_relative else head
        return whole
    return None


def _with_leading_name(text: str, lo: int, head: Span) -> Span:
    """ "Tom Fitton, the president of Judicial Watch, …": a name set before a description joins it."""
    before = text[max(lo, head.start - 3) : head.start]
    if not head.start > lo or before.rstrip()[-1:] != "," or text[head.start].isupper():
        return head
    comma = lo + len(text[lo : head.start].rstrip()) - 1
    name = find_subject(text, lo, comma)
    if name is None or len(text[name.start : name.end].split()) > 5 or not text[name.start].isupper() \
            or _after_preposition(text, lo, name.start):
        return head
    return Span(name.start, head.end)


_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|of|from|for|with|to|on|by|near|about)\s+$")


def _after_preposition(text: str, lo: int, pos: int) -> bool:
    """Whether the phrase at ``pos`` is the object of a preposition ("worked in Brussels, Kyiv …")."""
    return _PREPOSITION_BEFORE.search(text, max(lo, pos - 8), pos) is not None


def _has_capital(tokens: list[tuple[int, int, str]]) -> bool:
    return any(t[2][:1].isupper() for t in tokens)


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
    if not (first[:1].isupper() or first.lower() in _DETERMINERS or (lenient and first[:1].isalpha())):
        return None
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


def skip_addressee(text: str, pos: int, hi: int) -> int:
    """After "told"/"warned": the position past the addressee ("told Fox News that …" → before "that")."""
    m = _OBJECT_THEN_CLAUSE.match(text, pos, min(hi, pos + 120))
    if m:  # "told delegates at the convention that …", "urged Congress to act"
        return m.start("link")
    m = _ADDRESSEE.match(text, pos, hi)
    if not m:
        return pos
    return m.end()
