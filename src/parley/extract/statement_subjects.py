"""The subject at the start of a sentence ("X met … and said": X), for cues with no speaker phrase of their own."""

from __future__ import annotations

from parley.extract.statement_phrases import _DASHES, _LEADING_JUNK, _NAME_LINKERS, _WORD, find_subject
from parley.extract.statement_words import PRONOUNS, STOP_LEFT, is_sentence_adverb, is_verb_like
from parley.model import Span

_FRAME_OPENERS = frozenset("in on at after before when while during as since despite with without following here "
                           "speaking asked earlier later once though although because if unless until whereas".split())
_FINITE_AUX = frozenset("is was were are am has have had will would could should can may might must did does do "
                        "also then later".split())


def find_sentence_subject(text: str, lo: int, hi: int) -> Span | None:
    """The subject at the start of a sentence, before its first verb ("X met … and said": X)."""
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, min(hi, lo + 300))]
    i = _after_dateline(tokens)
    while i < len(tokens) and tokens[i][2].lower() in _LEADING_JUNK:
        i += 1
    if i + 1 < len(tokens) and tokens[i + 1][2] == "," and is_sentence_adverb(tokens[i][2].lower()):
        i += 2  # "Ultimately, X refused …": a sentence adverb and its comma
    if i < len(tokens) and (tokens[i][2].lower() in _FRAME_OPENERS or _time_ago(tokens, i)):
        # A fronted adverbial ("On Monday, X …") is skipped up to its comma.
        comma = next((k for k in range(i, min(len(tokens), i + 12)) if tokens[k][2] == ","), None)
        if comma is None:
            return None
        i = comma + 1
    skip_to = word_comma = -1
    for k in range(i, min(len(tokens), i + 25)):
        word = tokens[k][2]
        low = word.lower()
        if k < skip_to:
            continue
        if word == "," and k > i and skip_to < 0 and _name_before_comma(tokens, i, k):
            # "X, a former chairman, became a delegate and said …": an appositive after the name is stepped over
            close = next((j for j in range(k + 1, min(len(tokens), k + 12)) if tokens[j][2] == ","), None)
            if close is None:
                return None
            skip_to, word_comma = close + 1, k
            continue
        if word == "(" and skip_to < 0 and k > i and all(t[2][:1].isupper() for t in tokens[i:k]):
            # "Gov. Rick Scott (R) blasted …": a parenthesis after the name is stepped over
            close = next((j for j in range(k + 1, min(len(tokens), k + 8)) if tokens[j][2] == ")"), None)
            if close is None:
                return None
            skip_to = close + 1
            continue
        if k == skip_to and word[:1].islower() and low not in _NAME_LINKERS and low not in PRONOUNS \
                and word[:1].isalpha():
            # the first word after the appositive or parenthesis is the verb ("…, became a delegate and said")
            found = find_subject(text, tokens[i][0], tokens[k][0])
            if found is None and word_comma >= 0:
                # "House Democrats, looking for a way out, seized …": the name before a participle aside
                found = find_subject(text, tokens[i][0], tokens[word_comma][0])
            return found
        if word in ",;:()\"\u201c\u201d\u2018\u00ab\u00bb\u2014" or k - i >= 13 and skip_to < 0:
            return None
        if k > i and word[:1].islower() and low not in _NAME_LINKERS and all(
                t[2][:1].isupper() for t in tokens[i:k]) and not _verb_follows(tokens, k) \
                and not _noun_after_name(tokens, k):
            return find_subject(text, tokens[i][0], tokens[k][0])  # a name, then its verb
        if k > i and word[:1].islower() and (low in _FINITE_AUX or is_verb_like(word)
                                            or (low.endswith("s") and not low.endswith("ss")
                                                and (tokens[k - 1][2][:1].isupper() or _verb_follows(tokens, k - 1)))):
            return find_subject(text, tokens[i][0], tokens[k][0])
    return None


def _name_before_comma(tokens: list[tuple[int, int, str]], i: int, k: int) -> bool:
    """Whether the words before a comma are a name, perhaps after a lowercase title ("Democratic candidate
    Hillary Clinton, like Obama, has …"): capitalised at both ends, no verb-like word inside."""
    if all(t[2][:1].isupper() for t in tokens[i:k]):
        return True
    return (k - i <= 6 and tokens[i][2][:1].isupper() and tokens[k - 1][2][:1].isupper()
            and not any(t[2].lower() in _FINITE_AUX or is_verb_like(t[2]) or t[2].lower() in STOP_LEFT
                        for t in tokens[i:k]))


def _time_ago(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """A fronted "Eight years ago," / "Two weeks ago,": a time phrase, skipped to its comma like a frame."""
    return any(t[2] == "ago" for t in tokens[i + 1 : i + 4])


def _after_dateline(tokens: list[tuple[int, int, str]]) -> int:
    """The first token after a dateline ("ORLANDO, Fla. (Reuters) - "): a city in capitals, words, a dash."""
    if not tokens or not (tokens[0][2][:1].isupper() or tokens[0][2] == "("):
        return 0  # (a dateline opens with a city, or with an agency in brackets after a split)
    for k in range(1, min(len(tokens), 10)):
        word = tokens[k][2]
        if word in _DASHES:
            return k + 1
        if not (word[:1].isupper() or word in ",()."):
            return 0
    return 0


# Past forms without "-ed" that may follow a name as its verb ("Obama met …", "The senator went …").
_IRREGULAR_PAST = frozenset("said met told made took gave went came got won lost ran led sent held left spent saw "
                            "thought brought began wrote spoke became kept put set hit cut let sat stood found paid "
                            "sold heard felt meant drew threw struck sought fought built broke chose rose fell "
                            "knew grew flew shook wore tore swore bought caught taught".split())


def _noun_after_name(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the lowercase word at ``k`` after a capitalised phrase is that phrase's head noun ("The Sanders
    campaign", "the Trump team"), not its verb: no verb ending, no past form, and the phrase is no plural
    ("Democrats want" has a bare verb)."""
    low = tokens[k][2].lower()
    if low.endswith(("s", "ed", "ly")) or low in _FINITE_AUX or low in _IRREGULAR_PAST or not low.isalpha() \
            or low in _LEADING_JUNK or low in STOP_LEFT:
        return False
    return not tokens[k - 1][2].endswith("s")


def _verb_follows(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the word after ``k`` is the verb, making ``k`` a noun ("The Kremlin statement makes …")."""
    if k + 1 >= len(tokens) or tokens[k][2].lower() in _FINITE_AUX or is_verb_like(tokens[k][2]) \
            or tokens[k][2] in _IRREGULAR_PAST:
        return False  # ("Obama met survivors": "met" is the verb itself)
    nxt = tokens[k + 1][2]
    low = nxt.lower()
    return nxt[:1].islower() and (low in _FINITE_AUX or (low.endswith("s") and not low.endswith("ss")))
