"""Span boundaries of statements: where contents, speakers and cues start and end, in both profiles."""

from __future__ import annotations

from statement_spans import statement_spans

from parley.extract.statements import extract_statements
from parley.model import Statement


def _spans(text: str, profile: str = "product") -> list[tuple[str, str, str, str]]:
    return statement_spans(text, profile)


def _only(text: str, profile: str = "product") -> Statement:
    found = extract_statements(text, kb=None, profile=profile)
    assert len(found) == 1, found
    return found[0]


def test_fronted_adverbial_before_that_belongs_to_neither() -> None:
    text = "Macron said after a meeting of the coalition in Paris on Thursday that the talks would resume in May."
    assert _spans(text) == [("Macron", "said", "the talks would resume in May", "speaker-cue-content")]
    # PolNeAR keeps the "that" in the content; the adverbial is still left out.
    assert _spans(text, "polnear")[0][2] == "that the talks would resume in May"


def test_adverbial_with_a_verb_is_not_skipped() -> None:
    # "after he met the envoys" holds a verb of its own: no that-clause to jump to from the cue.
    text = "Erdogan said after he met the envoys that nothing was agreed."
    assert all(not content.startswith("that nothing") and content != "nothing was agreed"
               for _, _, content, _ in _spans(text))


def test_place_phrase_is_not_part_of_a_cataphoric_speaker() -> None:
    text = "The talks will go on. This was stated by Russian President Vladimir Putin at the Eastern Economic Forum."
    st = _only(text)
    assert text[st.speaker.spans[0].start : st.speaker.spans[-1].end] == "Russian President Vladimir Putin"
    assert st.rule == "cataphoric-stated-by"


def test_participle_without_auxiliary_is_an_adjective() -> None:
    assert _spans("Russian and Ukrainian negotiators exchanged written proposals on Monday.") == []
    # With an auxiliary the same form reports writing.
    text = "The mediator has written that the talks are stalled."
    assert _spans(text)[0][1:3] == ("has written", "the talks are stalled")


def test_semicolon_ends_an_indirect_content() -> None:
    text = "Lavrov said the talks had been useful; the delegations will meet again in June."
    assert _spans(text)[0][2] == "the talks had been useful"


def test_quote_then_dash_and_name_is_an_attribution_line() -> None:
    text = ("Readers on the talks\n"
            "\u201cThe ceasefire has to hold before anything else can be agreed.\u201d \u2015 Maria Lopez\n"
            "\u201cNobody asked the people who live near the front line.\u201d\u2015 Ivan Petrenko.\n")
    found = _spans(text)
    assert [(s, c, r) for s, c, _, r in found] == [
        ("Maria Lopez", "\u2015", "quote-dash-name"), ("Ivan Petrenko", "\u2015", "quote-dash-name")]
    assert found[0][2] == "The ceasefire has to hold before anything else can be agreed."


def test_words_between_cue_and_colon_before_a_quote() -> None:
    text = "The envoy wrote back: \u201cWe are ready to resume the talks on Monday.\u201d"
    assert _spans(text) == [("The envoy", "wrote", "We are ready to resume the talks on Monday.",
                             "speaker-cue-quote")]
    text = "Zelensky responded sharply, with a smile: \u201cThe talks are not a favour to anyone.\u201d"
    assert _spans(text)[0][:2] == ("Zelensky", "responded")


def test_mixed_quote_content_starts_with_the_sentence_in_polnear() -> None:
    text = "Still, the talks are \u201cthe only way out of this war,\u201d the mediator said."
    # The product keeps the quoted words; PolNeAR starts the content with the sentence.
    assert _spans(text)[0][2] == "the only way out of this war"
    assert _spans(text, "polnear")[0][2] == "Still, the talks are \u201cthe only way out of this war"


def test_quote_continues_after_a_no_break_space() -> None:
    text = ("\u201cThe talks were hard,\u201d Erdogan said in Ankara.\u00a0\u201cBut both sides want them to "
            "go on.\u201d\n\nThe next round starts in May.")
    st = _only(text)
    assert text[st.content.start : st.content.end].endswith("want them to go on.")


def test_counted_group_speaks_and_a_degree_word_does_not() -> None:
    text = "Three-quarters of the voters said they were very worried about the talks."
    speakers = [s for s, _, _, _ in _spans(text, "polnear")]
    assert speakers[0] == "Three-quarters of the voters"
    assert "very" not in speakers


def test_lone_dash_ends_an_indirect_content_and_a_pair_stays() -> None:
    text = "Lavrov said the talks had stalled \u2014 a view the mediators do not share."
    assert _spans(text)[0][2] == "the talks had stalled"
    text = "Lavrov said the talks \u2014 held in Istanbul \u2014 had stalled."
    assert _spans(text)[0][2] == "the talks \u2014 held in Istanbul \u2014 had stalled"


def test_went_on_to_folds_the_next_verb_into_the_cue() -> None:
    text = "Peskov went on to praise the talks as a useful first step."
    found = _spans(text, "polnear")
    assert found[0][:3] == ("Peskov", "went on to praise", "the talks as a useful first step")
    # "went on" with no reporting sense is no cue at all.
    assert _spans("The delegation went on a tour of the port after the talks.", "polnear") == []


def test_rarely_attributing_belief_forms_count_only_next_to_a_quote_in_polnear() -> None:
    # "maintains" and "thanks" with a bare object are mostly not attributions in PolNeAR's sense.
    assert _spans("The ministry maintains a list of the negotiators at the talks.", "polnear") == []
    text = "\u201cThe talks are over,\u201d the envoy maintains."
    assert _spans(text, "polnear")[0][:2] == ("the envoy", "maintains")


def test_according_to_content_leaves_out_dateline_and_linking_word() -> None:
    text = "ANKARA (Reuters) - However, the talks will resume next week, according to two Turkish officials."
    assert _spans(text)[0][1:3] == ("according to", "the talks will resume next week")


def test_participle_before_a_quote_takes_the_sentence_subject() -> None:
    text = "Zelensky thanked the mediators, saying, \u201cThese talks gave us a chance we did not have.\u201d"
    found = _spans(text)
    assert ("Zelensky", "saying", "These talks gave us a chance we did not have.", "speaker-cue-quote") in found
    text = "The envoy surmised: \u201cThe talks will not last the week.\u201d"
    assert _spans(text)[0][:2] == ("The envoy", "surmised")


def test_seems_to_is_a_sourceless_impression_in_polnear_only() -> None:
    text = "The ceasefire talks seemed to be collapsing by Friday."
    found = _spans(text, "polnear")
    assert found == [("", "seemed", "The ceasefire talks seemed to be collapsing by Friday", "seems-to")]
    assert _spans(text) == []  # the product never reports a statement without a speaker


def test_verbs_of_attack_and_praise_are_cues_in_polnear() -> None:
    text = "Zelensky lauded the mediators for keeping the talks alive."
    assert _spans(text, "polnear")[0][:3] == ("Zelensky", "lauded", "the mediators for keeping the talks alive")
    assert _spans(text) == []  # the product keeps to verbs of saying


def test_name_with_party_then_colon_opens_a_quote() -> None:
    text = "The hearing on the talks went on for hours.\n\nRep. Jane Doe (D-Ore.): \u201cWho told you the talks had failed?\u201d"
    st = _only(text)
    assert text[st.speaker.spans[0].start : st.speaker.spans[-1].end] == "Rep. Jane Doe (D-Ore.)"
    assert st.rule == "name-colon-quote"
