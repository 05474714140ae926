"""Who speaks: participles after a quote, post-modified group heads, subjects before a second verb."""

from __future__ import annotations

from statement_spans import statement_spans


def _spans(text: str, profile: str = "polnear") -> list[tuple[str, str, str, str]]:
    return statement_spans(text, profile)


def test_a_participle_after_a_quote_continues_its_speaker() -> None:
    text = "\u201cThe ferry will run again,\u201d the harbour master said, adding that repairs took a week."
    found = _spans(text)
    assert ("the harbour master", "adding", "that repairs took a week", "participle-continues") in found


def test_a_group_head_with_a_phrase_after_it_is_a_speaker() -> None:
    text = "The levy will be dropped next spring, people familiar with the budget talks said."
    assert _spans(text)[0][:2] == ("people familiar with the budget talks", "said")


def test_a_source_close_to_someone_is_one_phrase() -> None:
    text = "The senator will not run again, a source close to him said."
    assert _spans(text)[0][:2] == ("a source close to him", "said")


def test_a_pronoun_inside_the_phrase_stops_the_group_reading() -> None:
    found = _spans("In Ohio, polls in the county he calls home show him far ahead.")
    assert all(not speaker.startswith("Polls in the county he") for speaker, *_ in found)


def test_partitive_and_exception_speakers() -> None:
    assert _spans("Another said the vote was rigged.")[0][:2] == ("Another", "said")
    found = _spans("Most members backed the deal, and all but two said the board should meet in May.")
    assert ("all but two", "said", "the board should meet in May", "speaker-cue-content") in found


def test_a_linking_adverb_between_subject_and_verb_is_left_out() -> None:
    text = "Okafor however said the mill would reopen in March."
    assert _spans(text)[0][:3] == ("Okafor", "said", "the mill would reopen in March")


def test_an_irregular_verb_after_an_appositive_starts_the_predicate() -> None:
    text = "Lena Brandt, a former county clerk, became a delegate and said she would back the mayor."
    speaker, cue, content, _ = _spans(text)[0]
    assert speaker.startswith("Lena Brandt, a former county clerk") and cue == "said"
    assert content == "she would back the mayor"


def test_a_parenthesis_after_the_subject_is_stepped_over() -> None:
    text = "Rep. Ada Moss (D-Ore.) met the growers and said the tariff would be lifted."
    assert _spans(text)[0][:3] == ("Rep. Ada Moss (D-Ore.)", "said", "the tariff would be lifted")


def test_a_fronted_adverb_and_a_pronoun_are_not_a_name_and_its_appositive() -> None:
    text = "Recently, however, it issued a paper and called for new rules on lending."
    assert all(not speaker.startswith("Recently") for speaker, *_ in _spans(text, "product"))


def test_an_addressee_before_a_quotation_is_left_out_of_the_content() -> None:
    text = "The coach told the players, \u201cWe will win this one for the town.\u201d"
    found = [f for f in _spans(text) if f[1] == "told"]
    assert found and found[0][2].strip("\u201c\u201d.") == "We will win this one for the town"


def test_a_long_addressee_with_a_place_ends_at_that() -> None:
    text = "Ruiz told a crowd in Fresno, California on Monday that the dam would be finished."
    assert _spans(text)[0][1:3] == ("told", "that the dam would be finished")
    assert _spans(text, "product")[0][2] == "the dam would be finished"


def test_a_place_phrase_closed_by_a_comma_before_that_is_in_neither_part() -> None:
    text = "Mayor Ortiz said at a rally in Tulsa, Oklahoma, that the bridge would reopen."
    assert _spans(text)[0][1:3] == ("said", "that the bridge would reopen")


def test_a_participle_after_a_closing_quotation_ends_the_content() -> None:
    text = "Reyes said the budget was \u201ca disaster,\u201d adding that the council should resign."
    found = _spans(text)
    assert found[0][1:3] == ("said", "the budget was \u201ca disaster")


def test_counts_with_at_least_and_more_than_stay_in_the_speaker() -> None:
    assert _spans("At least four senators said the rule should change.")[0][0] == "At least four senators"
    assert _spans("More than six in 10 said they would vote.")[0][0] == "More than six in 10"


def test_neither_nor_joins_both_speakers() -> None:
    text = "Neither Ruiz nor Chen acknowledged the cost of the program."
    assert _spans(text)[0][:2] == ("Neither Ruiz nor Chen", "acknowledged")


def test_a_participle_phrase_after_a_noun_stays_in_the_speaker() -> None:
    text = "People briefed on the talks said the deal was close."
    assert _spans(text)[0][:3] == ("People briefed on the talks", "said", "the deal was close")
    text = "A survey conducted by the state university found that most farmers back the plan."
    assert _spans(text)[0][:2] == ("A survey conducted by the state university", "found")


def test_an_infinitive_after_a_past_verb_is_no_participle_phrase() -> None:
    found = _spans("He paused to make an odd remark about the island.")
    assert all(not speaker.startswith("He paused") for speaker, *_ in found)


def test_a_possessive_title_before_a_name_joins_the_speaker() -> None:
    text = "The county's sheriff, Dana Holt, said the road would stay closed."
    assert _spans(text)[0][0] == "The county's sheriff, Dana Holt"
    assert _spans("In Iowa, Dana Holt said the road would stay closed.")[0][0] == "Dana Holt"


def test_a_home_town_after_an_age_stays_in_the_speaker() -> None:
    text = "Tom Reyes, 41, of Tucson, said he would vote for the measure."
    assert _spans(text)[0][0] == "Tom Reyes, 41, of Tucson"


def test_a_subject_pronoun_after_a_noun_is_a_speaker_of_its_own() -> None:
    found = _spans("The fee was high. On Tuesday night he said the fund was empty.")
    assert ("he", "said", "the fund was empty", "speaker-cue-content") in found
    assert {f[0] for f in _spans("My brothers and I believed that the shop would close.")} == {"My brothers", "I"}


def test_a_pronoun_after_a_verb_of_saying_is_inside_that_content() -> None:
    found = _spans("Most voters say they want a change in Washington.")
    assert [f[1] for f in found] == ["say"]


def test_a_quote_after_the_cue_sentence_continues_despite_a_subordinate_cue() -> None:
    text = ("\u201cWe will win,\u201d Ruiz said after the council declared the result. "
            "\u201cThe town deserves it.\u201d")
    found = _spans(text)
    assert found[0][:2] == ("Ruiz", "said") and found[0][2].endswith("The town deserves it.")


def test_a_long_clause_after_comma_and_ends_the_content() -> None:
    text = ("Ruiz said the levy would pass, and the council, which had debated the measure for most of the "
            "winter in a long series of evening sessions at the old library, finally voted on it in March.")
    assert _spans(text)[0][2] == "the levy would pass"
    short = "Ruiz said the levy would pass, and the council agreed."
    assert _spans(short)[0][2] == "the levy would pass, and the council agreed"


def test_a_relative_clause_reporting_speech_leaves_the_speaker() -> None:
    text = "Ruiz, who said last week that taxes would rise, argued that the levy was fair."
    found = _spans(text)
    assert ("Ruiz", "argued", "that the levy was fair", "speaker-cue-content") in found
    text = "Ruiz, who ran the county for a decade, argued that the levy was fair."
    assert _spans(text)[0][0] == "Ruiz, who ran the county for a decade"


def test_a_participle_with_its_time_phrase_stays_in_the_speaker() -> None:
    text = "A county poll released Friday found that most farmers back the plan."
    assert _spans(text)[0][:2] == ("A county poll released Friday", "found")
    text = "The mayor on Friday said the plan was dead."
    assert _spans(text)[0][:2] == ("The mayor", "said")


def test_a_relative_clause_without_commas_stays_with_its_head() -> None:
    text = "Growers in Fresno who lost their crops said the aid came too late."
    assert _spans(text)[0][:3] == ("Growers in Fresno who lost their crops", "said", "the aid came too late")
    assert _spans(text, "product")[0][0] == "Growers in Fresno"


def test_a_bare_plural_of_people_after_an_inverted_cue_is_the_speaker() -> None:
    text = "Part of the trouble with the dam, say experts like Ana Ruiz, a hydrologist, is the silt."
    speaker, cue, _content, rule = _spans(text)[0]
    assert (speaker, cue, rule) == ("experts like Ana Ruiz, a hydrologist", "say", "content-cue-speaker")


def test_a_cue_inside_a_relative_clause_after_a_quote_is_skipped() -> None:
    text = "\u201cThe levy is fair,\u201d Ruiz, who has proposed a smaller one, said at the hearing."
    found = _spans(text)
    assert ("Ruiz", "said", "The levy is fair", "quote-speaker-cue") in found


def test_a_one_word_object_of_a_stance_verb_is_a_content() -> None:
    assert _spans("The teachers union endorsed her in March.")[0][1:3] == ("endorsed", "her in March")
    assert _spans("Most unions endorsed Ruiz.")[0][1:3] == ("endorsed", "Ruiz")
    assert _spans("Most unions endorsed Ruiz.", "product") == []


def test_a_capitalised_cue_word_before_a_name_is_part_of_the_name() -> None:
    found = _spans("The campaign spokeswoman Hope Hicks said the rally would go ahead.")
    assert [f[1] for f in found] == ["said"]


def test_a_quote_continuing_its_sentence_takes_the_words_before_the_speaker() -> None:
    text = "The streets were empty, he said, \u201cbut people need to meet somehow.\u201d"
    found = _spans(text)
    assert found[0][2].startswith("The streets were empty, he said")
    text = "Asked about the storm, Ruiz said, \u201cWe are ready.\u201d"
    assert next(f for f in _spans(text) if f[1] == "said")[2].startswith("We are ready")


def test_polnear_view_phrases_and_forms_are_cues() -> None:
    found = _spans("The governor made it clear that the tax would stay.")
    assert found[0][1:3] == ("made it clear", "that the tax would stay")
    assert _spans("Ruiz sees the vote as a test of the new council.")[0][1] == "sees"
    assert _spans("The governor made it clear that the tax would stay.", "product") == []


def test_naming_and_ruling_forms_are_polnear_cues() -> None:
    assert _spans("The court ruled that the map was unlawful.")[0][1:3] == ("ruled", "that the map was unlawful")
    assert _spans("The court ruled that the map was unlawful.", "product") == []


def test_responded_takes_a_that_clause_in_the_polnear_profile() -> None:
    found = _spans("The campaign responded that the ad was accurate.")
    assert found[0][1:3] == ("responded", "that the ad was accurate")
    assert _spans("The campaign responded to the ad within hours.") == []


def test_rarely_annotated_polnear_forms_are_left_out() -> None:
    assert _spans("The council is considering a new levy on trucks.") == []


def test_a_participle_opening_the_sentence_belongs_to_the_main_subject() -> None:
    text = "Noting that the river had risen, the mayor closed the bridge."
    assert _spans(text)[0] == ("the mayor", "Noting", "that the river had risen", "fronted-participle")
    assert _spans("Boasting 108,000 seats, the stadium opened in May.")[0][2] == "108,000 seats"


def test_a_dash_before_including_keeps_the_content_going() -> None:
    text = "Ruiz said two members would quit soon \u2014 including the treasurer."
    assert _spans(text)[0][2] == "two members would quit soon \u2014 including the treasurer"
    text = "Ruiz said two members would quit soon \u2014 a blow to the board."
    assert _spans(text)[0][2] == "two members would quit soon"


def test_reportedly_is_a_sourceless_frame_over_its_clause() -> None:
    found = _spans("In March, the county was reportedly planning a new levy on trucks.")
    assert found == [("", "reportedly", "the county was reportedly planning a new levy on trucks", "reportedly")]
    assert _spans("In March, the county was reportedly planning a new levy on trucks.", "product") == []


def test_as_x_said_closing_a_sentence_attributes_the_clause_before() -> None:
    text = "The bridge had been closed for a week, as police have said."
    assert _spans(text)[0] == ("police", "have said", "The bridge had been closed for a week", "content-speaker-cue")


def test_critics_name_a_group() -> None:
    assert _spans("But critics say the levy is far too high.")[0][:2] == ("critics", "say")


def test_a_relative_clause_content_ends_where_the_main_clause_resumes() -> None:
    text = "The growers, many of whom said the levy was unfair, signed a petition in May."
    found = [f for f in _spans(text) if f[1] == "said"]
    assert found[0][:3] == ("many of whom", "said", "the levy was unfair")


def test_an_addressee_after_to_is_left_out_of_the_content() -> None:
    text = "Ruiz complained to the county board that the levy was unfair."
    assert _spans(text)[0][1:3] == ("complained", "that the levy was unfair")


def test_the_object_of_urge_joins_its_infinitive_in_the_content() -> None:
    assert _spans("Ruiz urged growers to plant earlier this year.")[0][1:3] == (
        "urged", "growers to plant earlier this year")
    assert _spans("Ruiz told reporters that the levy was unfair.")[0][1:3] == ("told", "that the levy was unfair")


def test_a_preposition_after_a_weekday_joins_the_cue() -> None:
    text = "Ruiz spoke out Tuesday about the closing of the mill."
    assert _spans(text)[0][1:3] == ("spoke out Tuesday about", "the closing of the mill")


def test_particle_verbs_of_view_are_polnear_cues() -> None:
    assert _spans("Ruiz took issue with the new levy on trucks.")[0][1:3] == ("took issue with", "the new levy on trucks")
    assert _spans("The court sided with the growers.")[0][1] == "sided with"


def test_a_participle_after_a_place_phrase_belongs_to_the_sentence_subject() -> None:
    text = "Ruiz spoke at a rally in Fresno, promising to build a new dam."
    assert _spans(text)[0][:3] == ("Ruiz", "promising", "to build a new dam")


def test_pressed_next_to_a_quote_is_a_cue_but_press_secretary_is_not() -> None:
    text = "\u201cWould the levy stay?\u201d Ruiz pressed. \u201cMaybe for a year.\u201d"
    assert _spans(text)[0][:2] == ("Ruiz", "pressed")
    text = "\u201cThe levy will stay,\u201d the press secretary, Ana Lee, said."
    assert _spans(text)[0][1] == "said"
