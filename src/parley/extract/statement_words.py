"""Word classes the speaker-phrase walk relies on: stop words, heads, counts, participles, group nouns."""

from __future__ import annotations

# Words that end a speaker phrase when met going leftwards: verbs, subordinators, prepositions of frame.
STOP_LEFT = frozenset(
    "that which who whom whose when where while because if although though since as after before than once unless until whereas "
    "is was were are am be been being has have had will would could should can may might must did does do "
    "not and but or so yet however meanwhile also then later earlier now still nor said says told "
    "says added in on at during about to by with from into over under against between among "
    "for of what why how whether there here".split()
)


# Prepositions that may sit inside a speaker phrase ("supporters of the bill", "officials in Kyiv").
NP_PREPOSITIONS = frozenset({"of", "in", "at", "for", "from", "with"})


# Lowercase -ed words that are adjectives in speaker phrases rather than verbs.
ED_ADJECTIVES = frozenset("retired unnamed unidentified elected appointed detained exiled united "
                          "embattled seasoned respected jailed ousted registered concerned "
                          "affiliated aligned".split())


DETERMINERS = frozenset("the a an his her its their our my your this that these those one another some "
                        "several many both two three each every any".split())


# Words that head a phrase with "of" after them ("one of his aides", "most of the delegates").
QUANTIFIERS = frozenset("one some many most all none each both several few half two three four five "
                        "majority minority share percent number plurality".split())


# Quantifiers that stand alone as a speaker ("some say", "many believe").
PRONOUN_QUANTIFIERS = frozenset("some many most both several others few all another each none".split())


PRONOUNS = frozenset("he she they it we i you who".split())


def is_sentence_adverb(word: str) -> bool:
    """A lowercase -ly adverb opening a phrase ("ultimately Prager thinks"), which is no part of the speaker."""
    return word.islower() and word.endswith("ly") and len(word) > 5 and word not in LY_WORDS


# -ly words that are nouns or that measure the phrase ("nearly two-thirds") and so belong to it.
LY_WORDS = frozenset("family supply assembly anomaly monopoly homily ally rally italy nearly roughly exactly "
                     "approximately only fully barely likely".split())


NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten half a third quarter".split())


DEGREE_WORDS = frozenset("very so too quite rather more less most least really deeply increasingly".split())


def is_ratio(tokens: list[tuple[int, int, str]], head: int) -> bool:
    """ "One in three said", "two of five say": a count heads the phrase after "in" or "of" and a count."""
    if head < 2 or not (tokens[head][2][:1].isdigit() or tokens[head][2].lower() in NUMBER_WORDS):
        return False
    before = tokens[head - 2][2].lower()
    if tokens[head - 1][2] == "but":  # "all but two said"
        return before in EXCEPT_HEADS
    return tokens[head - 1][2] in ("in", "of") and counts(before)


OBJECT_PRONOUNS = frozenset("him her them us me".split())


BARE_VERBS = frozenset("say think call calls show shows want wants see sees know knows".split())


POSTMODIFIERS = frozenset("of in at for from with familiar close".split())


def postmodified_group(tokens: list[tuple[int, int, str]], start: int) -> bool:
    """ "people familiar with the talks", "critics of the plan": a plural or collective head with a phrase
    after it names a group as much as a bare plural does."""
    if start + 1 >= len(tokens) or (tokens[start + 1][2].lower() not in POSTMODIFIERS
                                    and not after_participle(tokens, start + 2)):
        return False
    low = tokens[start][2].lower()
    if len(low) <= 3 or low in PRONOUNS or low in OBJECT_PRONOUNS or not is_group_head(low):
        return False
    if start > 0 and tokens[start - 1][2] in "\"\u201c\u201d\u2018\u00ab\u00bb":
        return False  # right after a quote mark: the words are quoted, not a speaker
    # A pronoun or a verb form inside ("polls in the state he calls …", "voters in all five say they")
    # means the walk ran over a clause boundary.
    return not any(t[2].lower() in PRONOUNS or t[2].lower() in BARE_VERBS or t[2].endswith("ing")
                   or not t[2][:1].isalnum() for t in tokens[start + 2 :])


def counts(low: str) -> bool:
    """A count opening a speaker phrase ("three-quarters of the voters", "most of the delegates")."""
    return low in QUANTIFIERS or low[:1].isdigit() or low.split("-")[0] in NUMBER_WORDS


# Collective nouns that name speakers without a determiner or a plural ending.
COLLECTIVE = frozenset("police staff people personnel military media congress parliament management "
                       "leadership government clergy men women children everyone everybody someone somebody "
                       "anyone nobody him her them us me husband wife star candidate nominee".split())


PERSON_ENDINGS = ("ist", "ian", "ent", "ant", "or", "man", "woman", "person", "ee")


def is_group_head(low: str) -> bool:
    """Whether a lowercase head with no determiner can name speakers: a plural or a collective noun."""
    return (low in COLLECTIVE or low in PRONOUNS or low.endswith(PERSON_ENDINGS) or low in _ICS_PEOPLE
            or (low.endswith("s") and not low.endswith(("ss", "us", "ics"))))


# Plurals in -ics that name people, unlike "politics" or "economics".
_ICS_PEOPLE = frozenset("critics skeptics sceptics cynics clerics medics mechanics academics".split())


def is_degree_word(low: str) -> bool:
    return low in DEGREE_WORDS


COMPARATIVES = frozenset("more less fewer".split())


PARTICIPLE_PREPOSITIONS = frozenset("by on in with at from for about".split())


def inside_quantity(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """ "At least four senators", "more than half", "about 40 delegates": a stop word inside a count."""
    low = tokens[i][2].lower()
    nxt = tokens[i + 1][2].lower()
    if low == "at":
        return nxt in ("least", "most")
    if low == "than":
        return i > 0 and tokens[i - 1][2].lower() in COMPARATIVES
    if low == "about":
        return nxt[:1].isdigit() or (nxt in NUMBER_WORDS and nxt != "a")
    return False


def after_participle(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """ "officials involved in the talks", "a poll conducted by Gallup": a preposition at ``i`` after a
    participle that follows a noun, which together post-modify that noun."""
    if i < 2 or i >= len(tokens) or tokens[i][2].lower() not in PARTICIPLE_PREPOSITIONS:
        return False
    participle = tokens[i - 1][2]
    return is_verb_like(participle) and participle.endswith("ed") and is_noun_like(tokens[i - 2][2])


# Nouns that take "to" (a person's role towards another) or "by" (a work and its author) inside a speaker phrase.
TO_HEADS = frozenset("close adviser advisers advisor advisors aide aides ambassador ambassadors envoy envoys "
                     "spokesman spokeswoman spokesperson assistant assistants counselor consultant consultants "
                     "successor heir".split())
BY_HEADS = frozenset("study studies poll polls survey surveys report reports analysis analyses review audit "
                     "paper letter memo editorial op-ed article book ad ads commentary led".split())


EXCEPT_HEADS = frozenset("all everyone everybody none nobody".split())


def links_phrase(low: str, before: str) -> bool:
    """Whether a preposition or "and" continues the phrase leftwards ("officials in Kyiv", "one of his aides",
    "Nine in 10 voters", "reporters and editors", "Trump and Cruz")."""
    if low == "but":  # "all but two said", "everyone but the chairman"
        return before.lower() in EXCEPT_HEADS
    if low == "to":  # "a source close to him", "advisers to the president"
        return before.lower() in TO_HEADS
    if low == "by":  # "a 2014 study by Harvard", "states led by West Virginia"
        return before.lower() in BY_HEADS
    if low in ("and", "nor"):
        return (before[:1].isupper() or (before.islower() and before.endswith("s") and len(before) > 3
                                                       and not before.endswith("ss")))
    if low not in NP_PREPOSITIONS:
        return False
    return is_noun_like(before) or before.lower() in QUANTIFIERS or (before[:1].isdigit() and low in ("in", "of"))


def is_noun_like(word: str) -> bool:
    low = word.lower()
    return low not in STOP_LEFT and low not in DETERMINERS and not is_verb_like(word) and word[:1].isalpha()


CONTRACTED_VERBS = ("'re", "\u2019re", "'ve", "\u2019ve", "'ll", "\u2019ll", "'m", "\u2019m")


def is_verb_like(word: str) -> bool:
    """A lowercase past form or a contraction with a verb ("described", "I've"), which ends a phrase."""
    if word[:1].isupper():
        return False
    low = word.lower()
    if low.endswith("ed") and len(low) > 4 and low not in ED_ADJECTIVES:
        return True
    return low.endswith(CONTRACTED_VERBS)


SOURCE_PLURALS = frozenset("experts officials sources aides critics leaders members lawmakers observers voters "
                           "insiders advocates allies analysts scholars strategists".split())


def names_group(word: str) -> bool:
    """A bare plural that names speakers after a cue ("…, say experts like X", "…, said officials")."""
    low = word.lower()
    return word.islower() and low.endswith("s") and (low[:-1].endswith(PERSON_ENDINGS) or low in SOURCE_PLURALS)
