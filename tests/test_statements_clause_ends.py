"""Clause ends and speaker spans met in the fourth round: fronted subordinate clauses, a second speaker after
", and", wh-words before a full clause, time phrases before a content, chained quote sentences, dashes."""

from __future__ import annotations

from statement_spans import statement_spans

from parley.extract.statements import extract_statements


def _spans(text: str, profile: str = "polnear") -> list[tuple[str, str, str, str]]:
    return statement_spans(text, profile)


def _by_cue(text: str, cue: str, profile: str = "polnear") -> tuple[str, str, str, str]:
    return next(s for s in _spans(text, profile) if s[1] == cue)


def test_a_fronted_subordinate_clause_ends_before_the_main_clause() -> None:
    text = "Although the mayor praised the new ferry schedule, the harbour board voted to cut two routes."
    speaker, cue, content, _ = _by_cue(text, "praised")
    assert (speaker, content) == ("the mayor", "the new ferry schedule")


def test_a_fronted_clause_also_ends_the_content_in_the_product_profile() -> None:
    text = "While the minister said the reform was finished, her deputy has kept drafting amendments."
    assert _by_cue(text, "said", "product")[2] == "the reform was finished"


def test_a_sentence_without_a_fronted_clause_keeps_its_commas() -> None:
    text = "The minister said the reform was finished, the budget was balanced and the talks were over."
    assert _by_cue(text, "said")[2] == "the reform was finished, the budget was balanced and the talks were over"


def test_a_second_speaker_after_and_starts_a_statement_of_its_own() -> None:
    text = "The pilots said the runway lights had failed, and two of the controllers said the radar was down."
    first = _by_cue(text, "said")
    assert first[2] == "the runway lights had failed"
    assert ("two of the controllers", "said", "the radar was down") in [s[:3] for s in _spans(text)]


def test_a_coordinated_verb_with_an_auxiliary_stays_in_the_content() -> None:
    text = "She argued that the levy was fair, and would not hurt the ranchers who opposed it."
    assert _by_cue(text, "argued")[2] == "that the levy was fair, and would not hurt the ranchers who opposed it"


def test_approximate_ratios_name_the_speakers() -> None:
    text = "Turnout was low, and nearly three in five said they would not vote again."
    assert ("nearly three in five", "said", "they would not vote again") in [s[:3] for s in _spans(text)]
    text = "More than 4 in 10 said the vote had been rigged."
    assert _spans(text)[0][:3] == ("More than 4 in 10", "said", "the vote had been rigged")


def test_a_wh_word_before_a_full_clause_is_not_the_content() -> None:
    text = "The council passed the bylaw, which the mayor said he would veto within days."
    assert _by_cue(text, "said")[2] == "he would veto within days"


def test_a_wh_word_standing_for_an_object_is_still_the_content() -> None:
    text = "The reporters asked about the deal, which the mayor denied."
    assert _by_cue(text, "denied")[2] == "which"


def test_a_time_phrase_before_the_content_is_in_neither_part() -> None:
    text = "The county sheriff announced on Friday the arrest of two men in the arson case."
    speaker, cue, content, _ = _by_cue(text, "announced")
    assert (speaker, cue, content) == ("The county sheriff", "announced", "the arrest of two men in the arson case")


def test_a_chained_quote_takes_in_the_words_opening_its_sentence() -> None:
    text = "“The harbour is a mess,” the mayor said. Instead, “it should be the pride of the town.”"
    statements = extract_statements(text, kb=None, profile="polnear")
    assert len(statements) == 1
    assert [text[s.start : s.end] for s in statements[0].content.spans] == [
        "The harbour is a mess", "Instead, “it should be the pride of the town."]


def test_a_chained_quote_after_a_name_and_colon_is_not_taken_in() -> None:
    text = "“The harbour is a mess,” the mayor said. Ortiz: “It is the pride of the town.”"
    statements = extract_statements(text, kb=None, profile="polnear")
    assert [text[s.start : s.end] for s in statements[0].content.spans] == ["The harbour is a mess"]


def test_a_dash_before_especially_carries_the_content_on() -> None:
    text = "The growers said the frost had hurt every orchard — especially the young pear trees near the river."
    assert _by_cue(text, "said")[2] == ("the frost had hurt every orchard — especially the young pear trees "
                                       "near the river")


def test_a_study_by_its_authors_is_one_speaker() -> None:
    text = "A 2019 study by two Oslo economists found that the tax had cut emissions."
    assert _spans(text)[0][:2] == ("A 2019 study by two Oslo economists", "found")


def test_advisers_to_a_person_are_one_speaker() -> None:
    text = "Advisers to the governor said she would sign the bill."
    assert _spans(text)[0][:2] == ("Advisers to the governor", "said")


def test_a_spaced_dash_ends_the_speaker_phrase() -> None:
    text = "OSLO -- The prime minister said the budget would pass."
    assert _spans(text)[0][:2] == ("The prime minister", "said")


def test_a_head_noun_after_a_name_is_part_of_the_sentence_subject() -> None:
    text = "The Ortiz campaign released a new video, saying the rival plan would raise fares."
    assert _by_cue(text, "saying")[0] == "The Ortiz campaign"


def test_a_dateline_is_no_part_of_the_sentence_subject() -> None:
    text = "OSLO (Wire) - Prime Minister Ana Berg met the fishermen on Tuesday and said the quota would stay."
    speaker, cue, content, _ = _by_cue(text, "said")
    assert (speaker, content) == ("Prime Minister Ana Berg", "the quota would stay")


def test_a_quoted_heading_does_not_continue_the_quote_before_it() -> None:
    text = ("“The river will keep rising for a week,” the engineer said.\n\n"
            "'Trouble on the Lower Banks.'\n\n“We moved the pumps twice,” she said.")
    first = extract_statements(text, kb=None, profile="polnear")[0]
    assert [text[s.start : s.end] for s in first.content.spans] == ["The river will keep rising for a week"]


def test_a_linking_adverb_before_a_content_and_its_speaker_is_left_out() -> None:
    text = "Still, the ferry will run through the winter, the harbour master said."
    assert _by_cue(text, "said")[2] == "the ferry will run through the winter"


def test_but_opening_a_content_around_an_inserted_speaker_is_left_out() -> None:
    text = "But the new schedule, the harbour master said, would start in March."
    speaker, cue, _, rule = _by_cue(text, "said")
    contents = [text[s.start : s.end] for s in extract_statements(text, kb=None, profile="polnear")[0].content.spans]
    assert (speaker, rule) == ("the harbour master", "inserted-speaker-cue")
    assert contents == ["the new schedule", "would start in March"]


def test_a_content_opening_with_a_quotation_runs_to_its_close() -> None:
    text = "The mayor declared “The bridge is safe. It will reopen on Monday.” Few residents believed her."
    assert _by_cue(text, "declared")[2] == "“The bridge is safe. It will reopen on Monday.”"


def test_a_dash_inside_a_quotation_does_not_end_the_content() -> None:
    text = "The senator attacked “the new levy – a tax on every family farm in the state.”"
    assert _by_cue(text, "attacked")[2] == "“the new levy – a tax on every family farm in the state.”"


def test_a_coordinated_verb_before_a_quote_takes_the_sentence_subject() -> None:
    text = "The mayor stepped up to the microphone and said: “The bridge stays open.”"
    assert _by_cue(text, "said")[:3] == ("The mayor", "said", "The bridge stays open.")


def test_a_fronted_time_phrase_with_ago_is_no_subject() -> None:
    text = "Eight years ago, the senator backed the mayor and said, “She has never let us down.”"
    assert _by_cue(text, "said")[0] == "the senator"


def test_a_sentence_adverb_with_its_comma_is_no_subject() -> None:
    text = "Ultimately, the governor ignored the advice and refused to sign the lease."
    assert _by_cue(text, "refused")[:3] == ("the governor", "refused", "to sign the lease")


def test_a_name_before_a_participle_aside_is_the_subject_of_a_later_verb() -> None:
    text = "City Democrats, hoping to force a vote, seized the chamber and said they would stay all night."
    assert _by_cue(text, "said")[:3] == ("City Democrats", "said", "they would stay all night")


def test_a_coordinated_cue_after_an_auxiliary_ends_the_content_before_it() -> None:
    text = "The mayor has backed the new levy but has since said the rate may be too high."
    assert _by_cue(text, "has backed")[2] == "the new levy"


def test_an_object_and_its_infinitive_before_a_question_word_stay_in_the_content() -> None:
    text = "The mayor told her aides to find out how the contract had been signed."
    assert _by_cue(text, "told")[2] == "her aides to find out how the contract had been signed"


def test_a_one_word_subject_before_an_inserted_speaker_is_the_first_half() -> None:
    text = "Farmers, the minister said, will get the subsidy by June."
    statement = extract_statements(text, kb=None, profile="polnear")[0]
    assert [text[s.start : s.end] for s in statement.content.spans] == ["Farmers", "will get the subsidy by June"]


def test_an_adverb_before_an_inserted_speaker_is_no_first_half() -> None:
    text = "Now, the minister said, the subsidy will arrive by June."
    assert extract_statements(text, kb=None, profile="polnear")[0].rule != "inserted-speaker-cue"


def test_a_time_phrase_after_an_inserted_cue_is_stepped_over() -> None:
    text = "The harbour, the mayor told me on Friday, is safe for small boats."
    statement = extract_statements(text, kb=None, profile="polnear")[0]
    assert statement.rule == "inserted-speaker-cue"
    assert [text[s.start : s.end] for s in statement.content.spans] == ["The harbour", "is safe for small boats"]


def test_pledged_delegates_are_no_pledge() -> None:
    text = "She won 270 pledged delegates in the spring primaries."
    assert _spans(text) == []


def test_a_no_break_space_after_the_comma_still_sets_off_the_speaker() -> None:
    text = "The ferry will run all winter,\u00a0the harbour master said."
    assert _spans(text)[0][:3] == ("the harbour master", "said", "The ferry will run all winter")


def test_a_place_adverb_after_the_speaker_is_part_of_it() -> None:
    text = "Officials there said the harbour would reopen in May."
    assert _spans(text)[0][:3] == ("Officials there", "said", "the harbour would reopen in May")


def test_a_quotation_opening_inside_an_indirect_content_runs_to_its_close() -> None:
    text = "The mayor said the bridge was “a disgrace. It should never have opened.” The council disagreed."
    assert _by_cue(text, "said")[2] == "the bridge was “a disgrace. It should never have opened.”"


def test_a_title_before_a_name_and_an_aside_still_gives_the_subject() -> None:
    text = "Harbour master Ana Ruiz, like her deputy, has praised the ferries but has said the fares are too high."
    assert _by_cue(text, "has said", "product")[:3] == ("Harbour master Ana Ruiz", "has said",
                                                       "the fares are too high")


def test_a_main_clause_after_a_quotation_closing_on_a_comma_is_the_writers() -> None:
    text = "Days after the mayor called the ferry plan “a mess,” the council voted to scrap it."
    assert _by_cue(text, "called")[2] == "the ferry plan “a mess"


def test_a_quotation_inside_a_subordinate_clause_of_the_content_keeps_the_clause_after_it() -> None:
    text = "The mayor said that because the tests were “clean,” the water is safe to drink."
    assert _by_cue(text, "said")[2] == "that because the tests were “clean,” the water is safe to drink"


def test_a_channel_phrase_before_that_is_in_neither_cue_nor_content() -> None:
    text = "The harbour master explained through a spokesman that the ferry would run in May."
    assert _by_cue(text, "explained")[1:3] == ("explained", "that the ferry would run in May")
    text = "A spokeswoman said via email that, “of course the ferry will run.”"
    assert _by_cue(text, "said")[2] == "that, “of course the ferry will run.”"


def test_a_participle_between_two_quotes_starts_a_statement_of_its_own() -> None:
    text = "“The ferry is late,” she said, adding, “The fares are too high.”"
    first = extract_statements(text, kb=None, profile="polnear")[0]
    assert [text[s.start : s.end] for s in first.content.spans] == ["The ferry is late"]


def test_adding_to_a_lead_is_no_statement() -> None:
    text = "Ruiz won the primary in Ohio, adding to her lead over the other candidates."
    assert _spans(text) == []


def test_phrasal_and_noun_uses_of_cue_words_are_no_statements() -> None:
    assert _spans("Hundreds of farmers showed up at the hearing on Monday.") == []
    assert _spans("The council found itself at the centre of the dispute.") == []
    assert _spans("She hosts a weekly talk show on the local station.") == []
    assert _spans("Ana Ruiz reported from Oslo, and Jon Berg from Bergen.") == []


def test_a_headline_verb_in_title_case_is_still_a_cue() -> None:
    text = "New Polls Show Tight Race In Ohio"
    assert _spans(text)[0][:2] == ("New Polls", "Show")


def test_a_cue_and_colon_closing_a_paragraph_take_the_next_paragraph() -> None:
    text = "The harbour master added:\n\nThe ferries will run all winter. Nobody will be stranded.\n\nNext story."
    assert _by_cue(text, "added")[:3] == ("The harbour master", "added",
                                          "The ferries will run all winter. Nobody will be stranded")


def test_long_and_twice_before_the_verb_join_the_cue() -> None:
    text = "The mayor has long said that the ferry should be free."
    assert _spans(text)[0][:3] == ("The mayor", "has long said", "that the ferry should be free")


def test_a_subordinate_clause_after_and_or_before_the_speaker_also_ends_the_content() -> None:
    text = "And while the mayor praised the ferry plan, the council has voted to scrap it."
    assert _by_cue(text, "praised")[2] == "the ferry plan"
    text = "The vote showed that once the mayor has said her piece, she is ready to move on."
    assert _by_cue(text, "has said")[2] == "her piece"


def test_examples_after_including_stay_in_the_speaker_in_the_polnear_profile() -> None:
    text = "Several growers, including Ana Ruiz of Fresno, said the frost had ruined the crop."
    assert _spans(text)[0][0] == "Several growers, including Ana Ruiz of Fresno"
    assert _spans(text, "product")[0][0] == "Several growers"


def test_a_speaker_after_the_cue_may_open_with_a_number() -> None:
    text = "“The levee will hold,” said 2019 flood survivor Ana Ruiz."
    assert _spans(text)[0][:2] == ("2019 flood survivor Ana Ruiz", "said")


def test_the_addressee_of_asking_is_in_neither_cue_nor_content() -> None:
    text = "The mayor toured the harbour, asking the engineers whether the levee would hold."
    assert _by_cue(text, "asking")[2] == "whether the levee would hold"
