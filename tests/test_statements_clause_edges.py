"""Clause edges met this round: ratio speakers, appositives before a second verb, dashed insertions,
question-word contents after an addressee, adverbials between cue and content, sentence ends after "U.S."."""

from __future__ import annotations

from statement_spans import statement_spans

from parley.text.segment import split_sentences


def _spans(text: str, profile: str = "polnear") -> list[tuple[str, str, str, str]]:
    return statement_spans(text, profile)


def test_a_ratio_names_the_speakers() -> None:
    text = "Two in five said the new levy was unfair to farmers."
    assert _spans(text) == [("Two in five", "said", "the new levy was unfair to farmers", "speaker-cue-content")]


def test_a_lone_quantifier_opening_a_clause_is_a_speaker() -> None:
    text = "The members were split; most said the merger had come too soon."
    assert _spans(text)[0][:3] == ("most", "said", "the merger had come too soon")


def test_a_degree_word_after_a_verb_is_still_no_speaker() -> None:
    assert _spans("The growers were very worried about the frost.") == []


def test_an_appositive_before_the_first_verb_is_stepped_over() -> None:
    text = "Mara Olsen, a retired nurse from Duluth, joined the panel and said the clinic had been underfunded."
    speaker, cue, content, rule = _spans(text)[0]
    assert speaker.startswith("Mara Olsen") and cue == "said"
    assert content == "the clinic had been underfunded" and rule == "speaker-cue-content"


def test_spaced_hyphens_set_off_an_insertion_in_the_speaker() -> None:
    text = ("The mayor - who once said the bridge would never close - said at a hearing that repairs "
            "would start in June.")
    found = _spans(text)
    inner = next(s for s in found if s[0] == "who")
    assert inner[2] == "the bridge would never close"
    main = next(s for s in found if s[0].startswith("The mayor"))
    assert main[2] == "that repairs would start in June"


def test_question_word_after_an_addressee_opens_the_content() -> None:
    found = _spans("The host asked the former minister whether the budget would pass.")
    assert found[0][1:3] == ("asked", "whether the budget would pass")
    found = _spans("The coach told the players at the camp how the season would unfold.")
    assert found[0][1:3] == ("told", "how the season would unfold")


def test_a_time_or_place_phrase_before_that_stays_out_of_the_cue() -> None:
    text = "The senator said on Tuesday that the vote would be delayed."
    assert _spans(text)[0][1:3] == ("said", "that the vote would be delayed")
    # A lone adverb still joins the cue.
    text = "The senator said repeatedly that the vote would be delayed."
    assert _spans(text)[0][1:3] == ("said repeatedly", "that the vote would be delayed")


def test_a_statement_phrase_without_that_is_in_neither_cue_nor_content() -> None:
    text = "The union warned in a statement the strike would go ahead."
    assert _spans(text)[0][1:3] == ("warned", "the strike would go ahead")
    # A short preposition taking the content as object still joins the cue.
    text = "The farmers complained about the new rules for water use."
    assert _spans(text)[0][1:3] == ("complained about", "the new rules for water use")


def test_an_abbreviation_closes_a_sentence_before_an_opening_word() -> None:
    text = "Exports to the U.S. rose again. They fell in the U.K. While prices held, U.S. buyers left."
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == ["Exports to the U.S. rose again.", "They fell in the U.K.", "While prices held, U.S. buyers left."]
