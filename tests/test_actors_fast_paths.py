"""The actor base's fast paths give exactly what the slow paths give: phrase rejection, key folding."""

from __future__ import annotations

from datetime import date

import pytest

from parley.actors import ActorBase, default_actor_base
from parley.actors.match import ActorMatch, Matcher
from parley.actors.normalize import fold_with_mask, tokenize

# Written for these tests: names, offices, collectives, possessives, acronyms, spelling variants,
# non-ASCII letters, segment breaks, and many phrases that name nobody the base knows.
PHRASES = [
    "Kremlin spokesman Dmitry Peskov", "Kremlin spokeswoman", "the Kremlin's spokesperson",
    "Dmitry Peskov, the Kremlin spokesman", "Peskov's deputy", "Mr. Peskov", "peskov",
    "Russia's foreign minister", "the foreign minister of Russia", "Russian Foreign Minister Sergei Lavrov",
    "Sergei Lavrov (foreign minister)", "Vladimir Putin — Russia's president", "Putin and Trump",
    "U.S. President", "the U.S. president", "U.S.'s top diplomat", "US officials", "us", "we", "US",
    "Russian troops", "Ukrainian forces", "Ukraine's armed forces", "Kyiv", "Kiev", "Kiev's mayor",
    "the Ukrainian delegation", "a senior US official", "White House press secretary", "NATO chief",
    "the NATO secretary general", "EU foreign policy chief", "Polish Prime Minister", "British Prime Minister",
    "Secretary of State Marco Rubio", "Gen. Valery Gerasimov", "the pope", "the pontiff", "Pope Leo",
    "Zelensky's office", "Zelenskyy", "Zelenskiy's aide", "President Zelensky", "Ukraine’s president",
    "Recep Tayyip Erdoğan", "Erdogan", "Turkey’s President", "Emmanuel Macron's office", "Élysée Palace",
    "'S. Jaishankar", "S. Jaishankar", "someone who's Jaishankar", "a man who said", "which side",
    "Russian officials on Tuesday", "officials in Moscow Tuesday", "West Virginia", "the Washington Post",
    "defence minister", "the defence secretary", "national security adviser", "national security advisor",
    "the chairman", "a local farmer", "analysts", "he", "she", "they", "the company's chief executive",
    "the former senator from Ohio", "John Smith, a teacher", "Mary-Jane O'Brien's lawyer", "ŁUKASZ",
    "İstanbul officials", "über-minister", "3rd battalion", "x_y", "中国外交部", "", " ", "—", "'s",
    "A.B.C. officials", "e.g. the minister", "foo - the bar", "Trump's", "Donald J. Trump",
    "Chinese Foreign Ministry spokesperson", "Saudi Crown Prince Mohammed bin Salman", "MBS",
]
DAYS = [None, date(2016, 10, 1), date(2022, 3, 1), date(2025, 8, 16)]


class _SlowMatcher(Matcher):
    """The matcher with the quick segment check switched off: every segment is tokenised and resolved."""

    def _may_name_actor(self, piece: str) -> bool:
        return True


@pytest.fixture(scope="module")
def kb() -> ActorBase:
    return default_actor_base()


def _fields(found: ActorMatch | None) -> tuple[str, str, int, int] | None:
    return None if found is None else (found.actor.id, found.resolved_by, found.start, found.end)


@pytest.mark.parametrize("day", DAYS)
def test_quick_rejection_changes_no_match(kb: ActorBase, day: date | None) -> None:
    fast = kb._matcher
    slow = _SlowMatcher(fast.index)
    for phrase in PHRASES:
        assert _fields(fast.match_phrase(phrase, day)) == _fields(slow.match_phrase(phrase, day)), phrase


def test_quick_rejection_dismisses_most_misses(kb: ActorBase) -> None:
    matcher = kb._matcher
    assert not matcher._may_name_actor("a local farmer")
    assert not matcher._may_name_actor("the company's chief executive officer in Ohio")
    assert matcher._may_name_actor("Kremlin spokesman Dmitry Peskov")
    assert matcher._may_name_actor("U.S.'s top diplomat")


def test_quick_rejection_keeps_clitic_s_that_opens_a_segment(kb: ActorBase) -> None:
    # After "who" splits a segment off, "'s" opens it and is read as the word "s", as the tokenizer does.
    assert _fields(kb.match("someone who's Jaishankar")) == _fields(
        _SlowMatcher(kb._matcher.index).match_phrase("someone who's Jaishankar"))


def _fold_by_runs(phrase: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The key and case mask computed from the tokenizer's runs (the reference for fold_with_mask)."""
    key: list[str] = []
    mask: list[int] = []
    for run in tokenize(phrase):
        for token in run:
            key.append(token.norm)
            letters = [c for c in token.raw if c.isalpha()]
            if len(letters) >= 2 and all(c.isupper() for c in letters):
                mask.append(2)
            elif letters and letters[0].isupper():
                mask.append(1)
            else:
                mask.append(0)
    return tuple(key), tuple(mask)


@pytest.mark.parametrize("phrase", PHRASES + ["O'Brien's", "the's", "U.S.-led", "a - , b", "x 's y", "Ab'S"])
def test_fold_with_mask_matches_tokenizer(phrase: str) -> None:
    assert fold_with_mask(phrase) == _fold_by_runs(phrase)


def test_fold_with_mask_on_packaged_names(kb: ActorBase) -> None:
    for actor in kb.actors:
        for form in (actor.name, *actor.aliases):
            assert fold_with_mask(form) == _fold_by_runs(form), form


def test_office_holders_are_listed_once_each() -> None:
    # The same role written twice, and generated phrases that repeat, still give one holder per office.
    from parley.actors.kb import actor_base_from_yaml

    kb = actor_base_from_yaml(
        """
- id: olga-testova
  name: Olga Testova
  country: RUS
  roles:
  - {title: chief bargainer, start: 2024-01-01, descriptions: ["{c} chief bargainer"]}
  - {title: chief bargainer, start: 2024-01-01, descriptions: ["{c} chief bargainer"]}
- id: pavel-testov
  name: Pavel Testov
  country: RUS
  roles:
  - {title: chief bargainer, start: 2020-01-01, end: 2023-12-31, descriptions: ["{c} chief bargainer"]}
""",
        packaged=True,
    )
    entries = kb._index.keys[("russian", "chief", "bargainer")]
    holders = [h.actor_id for e in entries if e.kind == "title" for h in e.holders]
    assert sorted(holders) == ["olga-testova", "pavel-testov"]
    assert _fields(kb.match("Russian chief bargainer", date(2025, 1, 1)))[:2] == ("olga-testova", "title")
    assert _fields(kb.match("Russian chief bargainer", date(2021, 1, 1)))[:2] == ("pavel-testov", "title")
