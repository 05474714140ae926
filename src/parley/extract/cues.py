"""The lexicon of reporting cues (verbs and phrases in all inflections), compiled into regular expressions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parley.text.keywords import WordStarts
from parley.text.patterns import trie_pattern

# Verbs of saying: an analyst reads "X <verb> that ..." as X having made a statement.
SPEECH_VERBS = (
    "say tell add continue note insist warn stress confirm deny reiterate explain claim argue announce declare "
    "state suggest acknowledge admit assert complain contend emphasise emphasize maintain predict promise "
    "pledge vow reply respond answer ask urge charge accuse allege write tweet post report reveal recall "
    "remark observe comment concede caution threaten demand propose proclaim boast joke quip mock "
    "criticise criticize slam blast praise hint signal indicate repeat underline underscore clarify assure "
    "reassure inform brief testify estimate conclude dismiss reject welcome tout lament acknowledge "
    "counter retort agree disagree protest complain recount describe mention question challenge decry "
    "denounce condemn applaud hail scold rebuke vow swear guarantee forecast cite specify disclose "
    "concur affirm advise instruct order recommend suggest speculate theorize theorise muse shout "
    "scream yell whisper exclaim sniff fume gush groan grumble admonish"
).split()
# Verbs of believing and wanting: PolNeAR annotates them often; the product profile leaves them out.
BELIEF_VERBS = (
    "think believe feel know want hope expect fear worry doubt consider wonder suspect imagine "
    "assume reckon understand realize realise"
).split()
# Verbs of taking a side, which PolNeAR annotates as attributions of a position.
STANCE_VERBS = "endorse support oppose favor favour defend embrace find show".split()
# Verbs PolNeAR annotates as attributing a view or a wish though they report no speech ("called the plan a
# disaster", "refused to comment"). Measured on train: "vote", "plan", "seem" and the like match far more
# often where nothing is attributed, so they are left out.
VIEW_VERBS = (
    "call dub portray imply seek decline refuse offer echo thank discuss highlight blame accuse prefer learn "
    "acknowledge assail deride liken confess chide downplay lambaste invoke trumpet rail"
).split()
# Single forms of the polnear profile: forms whose base is mostly an adverb or a noun ("came back", "the
# support"), and past forms of verbs of attack and praise ("hammered", "lauded"), whose other forms are
# mostly nouns or headline shorthand; past forms of deciding, naming and urging ("decided to", "identified
# him as", "encouraged voters to"), whose present forms are mostly bare mentions.
STANCE_FORMS = ("backed backing bemoaned bemoans bemoaning knocked credited bashed ripped hammered skewered panned scoffed "
                "sneered jabbed taunted berated castigated excoriated chastised savaged heralded lauded extolled "
                "commended saluted belittled attacked ridiculed trashed faulted renounced disavowed repudiated "
                "congratulated decided identified reminded encouraged requested retweeted emailed deemed remembered "
                "voiced sees referenced listed projected named ruled nominated pressed").split()
# Forms of the polnear verbs that PolNeAR train annotates less than a third of the time they match
# ("will endorse", "considering a run", "wanted to win", "fears of a war", "a welcome change").
POLNEAR_RARE_FORMS = frozenset(
    "endorse opposes considering wanted fears embrace responding pledge written advised welcome".split()
)
# Fixed phrases of the polnear profile, in the forms PolNeAR train showed to be attributions ("make it clear"
# and "lay out" themselves mostly are not).
VIEW_PHRASES = ("made it clear", "makes it clear", "making it clear", "expressed concern", "expressed concerns",
                "laid out")
# Multi-word cues: particle verbs and fixed phrases, with {v} standing for the inflected verb.
PHRASAL = (
    "point out", "call for", "call on", "rule out", "go on", "make clear", "lash out", "weigh in",
    "speak out", "push back", "spell out", "hit back", "fire back", "talk about", "speak about", "put it",
)
# Particle verbs of the polnear profile only.
VIEW_PHRASAL = (
    "refer to", "point to", "shoot back", "walk back", "shrug off", "push for", "complain of", "boast of",
    "speak of", "take issue with", "come out against", "side with",
)
# Forms that are nearly always nouns in news text ("the United States", "a question", "his comments"):
# they are never matched, which also spares the rules thousands of useless hits.
NOUN_FORMS = frozenset(
    "state states question questions comment comments order orders answer answers challenge challenges "
    "post posts tweet tweets report reports brief briefs charge charges estimate estimates signal signals".split()
)
# Forms that introduce a statement next to a quote ("…," she continued) but, measured on PolNeAR train,
# are mostly something else with a bare clause after them ("responded to the attack", "thought about it").
QUOTE_ONLY = frozenset(
    "continue continues continued continuing respond responds responded remarks".split()
)
# Verbs of manner that introduce a quote only ('"Go home," he barked'), never a that-clause.
QUOTE_VERBS = "bark beam snap chant laugh smile shrug interject sigh marvel exult cry read surmise exhort".split()
# Belief and stance forms the polnear profile keeps for quotes only (their indirect uses are rarely annotated).
POLNEAR_QUOTE_ONLY = frozenset("support call known thought felt find showing seeking thanks thinking add feels finding "
                                "understands maintains maintained seek reporting pressed".split())
QUOTE_ONLY |= POLNEAR_QUOTE_ONLY
# Quote-only forms that the polnear profile also takes before a that-clause ("responded that …").
THAT_CLAUSE_TOO = frozenset("responded responds continued maintained reporting".split())
_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "think": ("thinks", "thought", "thinking"),
    "feel": ("feels", "felt", "feeling"),
    "know": ("knows", "knew", "knowing", "known"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "forecast": ("forecasts", "forecast", "forecasting", "forecasted"),
    "understand": ("understands", "understood", "understanding"),
    "go": ("goes", "went", "going", "gone"),
    "find": ("finds", "found", "finding"),
    "show": ("shows", "showed", "shown", "showing"),
    "make": ("makes", "made", "making"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "spell": ("spells", "spelled", "spelt", "spelling"),
    "hit": ("hits", "hit", "hitting"),
    "lash": ("lashes", "lashed", "lashing"),
    "push": ("pushes", "pushed", "pushing"),
    "fire": ("fires", "fired", "firing"),
    "put": ("puts", "put", "putting"),
    "read": ("reads", "read", "reading"),
    "shoot": ("shoots", "shot", "shooting"),
    "walk": ("walks", "walked", "walking"),
    "talk": ("talks", "talked", "talking"),
    "boast": ("boasts", "boasted", "boasting"),
    "focus": ("focuses", "focused", "focusing"),
    "rule": ("rules", "ruled", "ruling"),
    "seek": ("seeks", "sought", "seeking"),
    "learn": ("learns", "learned", "learnt", "learning"),
    "cast": ("casts", "cast", "casting"),
    "weigh": ("weighs", "weighed", "weighing"),
    "take": ("takes", "took", "taken", "taking"),
    "come": ("comes", "came", "coming"),
}
_DOUBLING = {"admit": "admitt", "quip": "quipp", "slam": "slamm", "concur": "concurr", "plan": "plann",
             "dub": "dubb", "refer": "referr", "shrug": "shrugg"}


def inflect_verb(base: str) -> tuple[str, ...]:
    """The base form and its -s, -ed and -ing forms (irregular and doubling verbs from tables)."""
    if base in _IRREGULAR:
        return (base, *_IRREGULAR[base])
    if base in _DOUBLING:
        stem = _DOUBLING[base]
        return base, base + "s", stem + "ed", stem + "ing"
    if base.endswith("e"):
        return base, base + "s", base + "d", base[:-1] + "ing"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if base.endswith(("sh", "ch", "ss", "x")):
        return base, base + "es", base + "ed", base + "ing"
    return base, base + "s", base + "ed", base + "ing"


# What may stand right before a cue word in the scanning pattern.
_BEFORE_CUE = r"[\s\"'\u201c\u201d\u2018\u2019(\[\u2014,.;:/]"


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Compiled cue patterns for one profile ("product" or "polnear")."""

    profile: str
    verb_forms: frozenset[str]
    scan: re.Pattern[str]
    # The first word of every form: where one occurs is where ``scan`` may match (see ``find_cues``).
    openers: WordStarts
    quote_only: frozenset[str] = frozenset()
    body: str = ""  # the trie-shaped alternation of all forms

    @property
    def pattern(self) -> re.Pattern[str]:
        """The bare word pattern (``\\b`` on both sides), compiled on first use: the scan does not need it."""
        return _bare_pattern(self.body)


@cache
def _bare_pattern(body: str) -> re.Pattern[str]:
    return re.compile(rf"\b{body}\b")


def _phrase_forms(phrase: str) -> list[str]:
    verb, rest = phrase.split(" ", 1)
    return [f"{form} {rest}" for form in inflect_verb(verb)]


@cache
def cue_lexicon(profile: str = "product") -> CueLexicon:
    """The cue lexicon of a profile; "polnear" adds belief and stance verbs."""
    verbs = list(SPEECH_VERBS)
    forms: set[str] = set()
    if profile == "polnear":
        verbs += BELIEF_VERBS + STANCE_VERBS + VIEW_VERBS
        forms.update(STANCE_FORMS)
    for verb in verbs:
        forms.update(inflect_verb(verb))
    quote_forms = {f for verb in QUOTE_VERBS for f in inflect_verb(verb)}
    forms |= quote_forms
    forms -= NOUN_FORMS
    if profile == "polnear":
        forms -= POLNEAR_RARE_FORMS
    phrases = [f for p in PHRASAL + (VIEW_PHRASAL if profile == "polnear" else ()) for f in _phrase_forms(p)]
    if profile == "polnear":
        phrases += VIEW_PHRASES
    # A trie-shaped pattern: Python's re tries alternatives one by one, so shared prefixes matter.
    words = set(phrases) | forms
    words |= {w[:1].upper() + w[1:] for w in words}  # sentence-initial "Said Peskov"
    body = trie_pattern(sorted(words))
    # The scanning form opens with the character before the word: a character class lets the engine jump
    # between candidates instead of testing a word boundary at every position (about twice as fast).
    scan = re.compile(rf"{_BEFORE_CUE}({body})\b")
    quote_only = frozenset(f for f in QUOTE_ONLY if profile == "polnear" or f not in POLNEAR_QUOTE_ONLY)
    quote_only |= quote_forms
    openers = {w.split(" ", 1)[0] for w in words}
    if any(re.search(_BEFORE_CUE, w) for w in openers):
        raise ValueError("a cue's first word holds a character that may stand before a cue")
    return CueLexicon(profile, frozenset(forms), scan, WordStarts(openers), quote_only, body)


def find_cues(lexicon: CueLexicon, text: str) -> list[tuple[int, int]]:
    """(start, end) of every cue word or phrase in the text, in order."""
    scan = lexicon.scan
    # The same matches as ``scan.finditer``, tried only where a cue's first word starts: one automaton
    # pass finds those places (no first word holds a character that may stand before a cue, so every
    # such place is reported; see ``WordStarts``).
    out: list[tuple[int, int]] = []
    taken = 0  # where the previous match ended: the next one starts at or after it
    for start in lexicon.openers.starts(text):
        if start > taken:
            m = scan.match(text, start - 1)
            if m is not None:
                out.append((m.start(1), m.end(1)))
                taken = m.end()
    if text[:1].isalpha():
        # A cue opening the text has no character before it: scan it again behind a space (a copy of the
        # text is cheaper than compiling a second pattern for this one place).
        first = scan.match(" " + text)
        if first is not None:
            out.insert(0, (0, first.end(1) - 1))
    return out


# Auxiliaries and adverbs folded into a cue to its left ("has repeatedly said", "also noted").
AUX_TAIL = re.compile(
    r"(?:(?:['\u2019](?:s|ve|d|ll|re|m)\s+|\b(?:has|have|had|having|is|was|were|are|am|be|been|being|will|would|shall|should|could|can|"
    r"may|might|must|did|does|do|also|again|repeatedly|previously|later|then|often|once|recently|"
    r"publicly|privately|openly|reportedly|already|never|not|n't|just|first|further|still|even|"
    r"always|frequently|separately|earlier|explicitly|flatly|firmly|bluntly|angrily|quickly|"
    r"initially|subsequently|simply|ultimately|originally|specifically|clearly|apparently|"
    r"allegedly|only|too|both|all|now|don['\u2019]t|doesn['\u2019]t|didn['\u2019]t|won['\u2019]t|wouldn['\u2019]t|"
    r"can['\u2019]t|couldn['\u2019]t|wasn['\u2019]t|isn['\u2019]t|hasn['\u2019]t|haven['\u2019]t)\s+))+$",
    re.IGNORECASE,
)
AUX_WORDS = frozenset(
    "has have had having is was were are am be been being will would shall should could can may might must "
    "did does do also long twice again repeatedly previously later then often once recently publicly privately openly "
    "reportedly already never not just first further still even always frequently separately earlier "
    "explicitly flatly firmly bluntly angrily quickly initially subsequently simply ultimately originally "
    "specifically clearly apparently allegedly only too both all now don't doesn't didn't won't wouldn't "
    "can't couldn't wasn't isn't hasn't haven't 's 've 'd 'll 're 'm".replace("'", "\u2019").split()
    + "don't doesn't didn't won't wouldn't can't couldn't wasn't isn't hasn't haven't 's 've 'd 'll 're 'm".split()
)
# Cue words that are also everyday nouns or too vague without a that-clause or a quote.
WEAK_CUES = frozenset(
    "report reports post posts order orders question questions answer answers charge charges brief "
    "note notes comment comments state states ask asks add adds estimate estimates signal signals "
    "challenge challenges welcome welcomes back backs support supports order ordered cite cites "
    "mention mentions promise promises demand demands indicate indicates describe describes feel feels "
    "know knows think thinks hope hopes fear fears doubt doubts agree agrees favor favors favour".split()
)
# Verbs that take the addressee as object before the content ("told reporters that ...").
ADDRESSEE_VERBS = frozenset(
    "tell tells told telling assure assures assured assuring reassure reassured warn warns warned "
    "warning inform informs informed informing remind reminds reminded reminding urge urged urges "
    "ask asked asks asking advise advised advising instruct instructed promise promised reassuring".split()
)
