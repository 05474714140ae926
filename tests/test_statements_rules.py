"""Statement rules on short sentences about the talks, one per phenomenon, with no actor base."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from parley.extract.statements import extract_statements
from parley.model import Actor


def _one(text: str, **kw: object):
    found = extract_statements(text, kb=None, **kw)  # type: ignore[arg-type]
    assert found, f"no statement in {text!r}"
    return found[0]


def test_quote_comma_speaker_cue() -> None:
    st = _one('"We will not give up an inch," Zelensky said on Tuesday.')
    assert (st.kind, st.speaker.text, st.cue.text) == ("direct", "Zelensky", "said")
    assert st.content.text == "We will not give up an inch"


def test_quote_cue_speaker_with_title() -> None:
    st = _one('"The talks in Riyadh were useful," said Kremlin spokesman Dmitry Peskov.')
    assert st.speaker.text == "Kremlin spokesman Dmitry Peskov"
    assert st.rule.startswith("quote-cue-speaker")


def test_speaker_cue_colon_quote() -> None:
    st = _one("Rubio told reporters: \u201cEverything is on the table.\u201d")
    assert st.speaker.text == "Rubio" and st.content.text == "Everything is on the table."


def test_split_quote_has_two_content_spans() -> None:
    st = _one("\u201cWe are ready,\u201d he said, \u201cbut not at any price.\u201d")
    assert len(st.content.spans) == 2 and st.speaker.text == "he"


def test_multi_paragraph_quote_continues() -> None:
    text = "Witkoff said: \u201cThe first stage is a ceasefire.\n\n\u201cThe second stage is a treaty.\u201d"
    st = _one(text)
    assert st.content.spans[-1].end >= text.index("treaty")


def test_unbalanced_marks_do_not_crash() -> None:
    for text in ('"', "\u201c\u201c\u201d", "He said \u00ab we will", "'tis \u2019 \u2018 said"):
        extract_statements(text, kb=None)


def test_indirect_that_clause_and_addressee() -> None:
    st = _one("Kellogg told Fox News that a deal could come within weeks.")
    assert st.kind == "indirect" and st.speaker.text == "Kellogg"
    assert st.content.text == "a deal could come within weeks"


def test_content_before_speaker_cue() -> None:
    st = _one("Moscow has no plans to withdraw its troops, Lavrov insisted.")
    assert st.speaker.text == "Lavrov" and st.content.text.startswith("Moscow has no plans")


def test_according_to() -> None:
    st = _one("According to Ukrainian officials, the drones struck a refinery overnight.")
    assert st.rule == "according-to" and st.speaker.text == "Ukrainian officials"
    assert st.speaker.country == "UKR"


def test_quoted_as_saying_and_cataphoric() -> None:
    st = _one("Peskov was quoted as saying the meeting had not been scheduled.")
    assert st.rule == "quoted-as-saying" and st.speaker.text == "Peskov"
    text = "The ceasefire must cover the whole front line. This was stated by Andriy Yermak."
    st = _one(text)
    assert st.rule == "cataphoric-stated-by" and st.content.text.startswith("The ceasefire")


def test_mixed_speech_with_partial_quote() -> None:
    st = _one('Zakharova said the proposal was "a non-starter" for Moscow.')
    assert st.kind == "mixed"


def test_appositive_and_relative_clause() -> None:
    st = _one("Dmitry Peskov, the Kremlin spokesman, said the door remained open.")
    assert st.speaker.text == "Dmitry Peskov, the Kremlin spokesman"
    st = _one("Zelensky, who met Trump in Paris, said the meeting went well.")
    assert st.speaker.text == "Zelensky"


def test_joint_speakers_give_one_statement_each() -> None:
    found = extract_statements("Peskov and Zakharova reiterated that talks must go on.", kb=None)
    assert [s.speaker.text for s in found] == ["Peskov", "Zakharova"]


def test_pronoun_and_surname_follow_earlier_speaker() -> None:
    text = ("Kremlin aide Yuri Ushakov said the call lasted two hours. "
            "He noted that the next round was not fixed. Ushakov added that Riyadh was likely.")
    found = extract_statements(text, kb=None)
    assert [s.speaker.resolved_by for s in found] == ["unresolved", "pronoun", "unresolved"]
    assert found[1].speaker.name == "Yuri Ushakov" and found[2].speaker.name == "Yuri Ushakov"


def test_non_statements_are_left_alone() -> None:
    for text in ("The comments give a good idea of the mood in Kyiv.",
                 "Talks resume in Istanbul.",
                 "The delegations met for three hours on Monday."):
        assert extract_statements(text, kb=None) == []


def test_belief_verbs_only_in_polnear_profile() -> None:
    text = "Many Ukrainians believe that the war will end this year."
    assert extract_statements(text, kb=None) == []
    assert extract_statements(text, kb=None, profile="polnear")


class _FakeBase:
    """A tiny stand-in for the actor base: two people, one office resolved by date."""

    trump = Actor("donald-trump", "Donald Trump", country="USA", sector="GOV", gender="m")
    peskov = Actor("dmitry-peskov", "Dmitry Peskov", country="RUS", sector="GOV", gender="m")

    def match(self, phrase: str, day: date | None = None):
        low = phrase.lower()
        if low == "the us president" and day and day >= date(2025, 1, 20):
            return SimpleNamespace(actor=self.trump, resolved_by="title", start=0, end=len(phrase))
        if low in ("dmitry peskov", "peskov"):
            return SimpleNamespace(actor=self.peskov, resolved_by="name", start=0, end=len(phrase))
        return None

    def find_all(self, text: str, start: int = 0, end: int | None = None, day: date | None = None):
        return []

    def role_holders(self, noun: str, day: date | None):
        return [self.peskov] if noun == "spokesman" else []

    def get(self, actor_id: str):
        return {a.id: a for a in (self.trump, self.peskov)}.get(actor_id)


def test_actor_base_resolves_name_title_role_and_pronoun() -> None:
    kb = _FakeBase()
    text = ("Kremlin spokesman Dmitry Peskov said the talks were useful. The spokesman added that "
            "no date was set. The US president said a deal was close. He said it twice.")
    found = extract_statements(text, kb=kb, day=date(2025, 3, 1))  # type: ignore[arg-type]
    got = [(s.speaker.actor_id, s.speaker.resolved_by) for s in found]
    assert got == [("dmitry-peskov", "name"), ("dmitry-peskov", "role"), ("donald-trump", "title"),
                   ("donald-trump", "pronoun")]
