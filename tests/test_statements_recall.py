"""Statement rules added for recall: one short sentence about the talks per phenomenon, no actor base."""

from __future__ import annotations

from parley.extract.statements import extract_statements
from parley.model import Statement


def _all(text: str, profile: str = "product") -> list[Statement]:
    return extract_statements(text, kb=None, profile=profile)


def _one(text: str, profile: str = "product") -> Statement:
    found = _all(text, profile)
    assert found, f"no statement in {text!r}"
    return found[0]


def test_two_apostrophes_mark_a_quote() -> None:
    st = _one("''We will not sign anything in a hurry,'' said Sergei Lavrov.")
    assert st.kind == "direct" and st.speaker.text == "Sergei Lavrov"
    assert st.content.text == "We will not sign anything in a hurry"


def test_short_quote_closed_by_its_own_comma() -> None:
    st = _one('"Never," Peskov said.')
    assert st.speaker.text == "Peskov" and st.content.text == "Never"


def test_parenthesis_after_a_name_stays_in_the_speaker() -> None:
    st = _one('"The ceasefire is holding," Sen. Jim Risch (R-Idaho) said.')
    assert st.speaker.text == "Sen. Jim Risch (R-Idaho)"


def test_manner_adverb_is_folded_into_the_cue() -> None:
    st = _one("Witkoff cautiously said that a framework was within reach.")
    assert st.speaker.text == "Witkoff" and st.cue.text == "cautiously said"


def test_second_verb_of_a_coordination_keeps_the_subject() -> None:
    st = _one("Zelensky met the envoys in Kyiv and said the ceasefire must hold.")
    assert st.speaker.text == "Zelensky" and st.content.text == "the ceasefire must hold"


def test_participle_clause_takes_the_sentence_subject() -> None:
    st = _one("Peskov dismissed the proposal, saying that Moscow had not been consulted.")
    assert st.speaker.text == "Peskov" and st.cue.text == "saying"
    assert st.content.text == "Moscow had not been consulted"


def test_cue_word_after_a_possessive_is_a_noun() -> None:
    assert _all("Lavrov's remarks angered the delegation in Riyadh.") == []
    assert _all("His comments on the ceasefire were brief.") == []


def test_speaker_and_cue_inserted_in_the_content() -> None:
    st = _one("The ceasefire, Rubio said, will hold until May.")
    assert st.speaker.text == "Rubio" and len(st.content.spans) == 2
    assert st.content.text == "The ceasefire … will hold until May"


def test_quote_after_the_cue_sentence_continues_the_content() -> None:
    text = '"We are close," Witkoff said after the meeting in Riyadh. "A deal is possible this month."'
    st = _one(text)
    assert st.content.spans[-1].end >= text.index("this month")


def test_inverted_cue_opening_the_sentence() -> None:
    st = _one('The envoy arrived late. Said Kellogg, the US envoy, "We are not there yet."')
    assert st.rule == "cue-speaker-quote" and st.speaker.text == "Kellogg, the US envoy"


def test_according_to_a_bare_plural() -> None:
    st = _one("The talks will resume next week, according to officials in Ankara.")
    assert st.speaker.text == "officials in Ankara" and st.content.text == "The talks will resume next week"


def test_quote_only_verbs_need_a_quote() -> None:
    assert _all("Zelensky continued the talks in Paris on Friday.") == []
    st = _one('"We will keep going," Zelensky continued.')
    assert st.cue.text == "continued"


def test_view_verbs_belong_to_the_polnear_profile() -> None:
    text = "Lavrov called the proposal a provocation."
    assert _all(text) == []
    st = _one(text, "polnear")
    assert st.speaker.text == "Lavrov" and st.content.text == "the proposal a provocation"


def test_asked_frame_has_no_source_in_polnear_only() -> None:
    text = "Asked whether the talks would resume, Peskov said that no date had been set."
    assert all(s.speaker.spans for s in _all(text))
    asked = [s for s in _all(text, "polnear") if s.rule == "asked-question"]
    assert asked and asked[0].speaker.spans == () and asked[0].content.text == "whether the talks would resume"


def test_nouns_like_states_are_not_cues() -> None:
    assert _all("The United States and Russia met in Riyadh to discuss a ceasefire.") == []


def test_speaker_after_the_quote_may_open_with_a_title() -> None:
    st = _one('"The door is still open," said former envoy Kurt Volker.')
    assert st.speaker.text == "former envoy Kurt Volker"


def test_speaker_after_the_cue_keeps_its_relative_clause_but_resolves_by_name() -> None:
    text = ('"We made progress," said Rustem Umerov, who led the Ukrainian delegation at the talks in '
            "Jeddah and later briefed the president and the parliament on the outcome of the meeting.")
    st = _one(text)
    assert st.speaker.text.startswith("Rustem Umerov, who led") and st.speaker.name == "Rustem Umerov"


def test_coordinated_cue_ends_the_first_content_and_starts_its_own() -> None:
    found = _all("Peskov said the plan was dead and noted that talks with Kyiv would go on.")
    assert [(s.speaker.text, s.cue.text, s.content.text) for s in found] == [
        ("Peskov", "said", "the plan was dead"), ("Peskov", "noted", "talks with Kyiv would go on")]


def test_speaker_phrases_with_prepositions_lists_and_time_words() -> None:
    cases = {
        "Officials with the Ukrainian delegation said the ceasefire would hold.": "Officials with the Ukrainian delegation",
        "Reporters and editors in Riyadh say the talks ran late.": "Reporters and editors in Riyadh",
        "Nine in 10 Ukrainians say the war must end.": "Nine in 10 Ukrainians",
        "Peskov on Thursday evening said the talks were over.": "Peskov",
        "Diplomats, however, said that the draft was not final.": "Diplomats",
        "In Riyadh, Rubio said the envoys had agreed on a truce.": "Rubio",
    }
    for text, speaker in cases.items():
        assert _one(text, "polnear").speaker.text == speaker, text


def test_passive_with_by_names_the_source_in_polnear() -> None:
    st = _one("The draft was first reported by the Kyiv Independent.", "polnear")
    assert (st.rule, st.speaker.text, st.cue.text, st.content.text) == (
        "passive-by", "the Kyiv Independent", "was first reported", "The draft")
    assert _all("The draft was first reported by the Kyiv Independent.") == []


def test_participle_with_by_describes_a_noun() -> None:
    found = _all("Moscow rejected a plan favored by the Europeans.", "polnear")
    assert [s.cue.text for s in found] == ["rejected"]


def test_contrasting_clause_ends_the_content() -> None:
    st = _one("Peskov said the talks were useful, but the Ukrainians left early.")
    assert st.content.text == "the talks were useful"


def test_relative_pronoun_stands_for_the_content_in_polnear() -> None:
    st = _one("That was what Zelensky hoped to hear.", "polnear")
    assert st.speaker.text == "Zelensky" and st.content.text == "what Zelensky hoped to hear"
    st = _one("The envoys signed a draft, which Lavrov denied.", "polnear")
    assert st.speaker.text == "Lavrov" and st.content.text == "which"


def test_relative_clause_between_commas_by_profile() -> None:
    text = "Olha Stefanishyna, who worked in Brussels, Kyiv and Paris, said the talks were useful."
    assert _one(text).speaker.text == "Olha Stefanishyna"
    assert _one(text, "polnear").speaker.text == "Olha Stefanishyna, who worked in Brussels, Kyiv and Paris"


def test_participle_insertion_is_not_part_of_the_speaker() -> None:
    st = _one("Zelensky, speaking in Ankara after the talks, said Kyiv would not sign.")
    assert st.speaker.text == "Zelensky" and st.content.text == "Kyiv would not sign"


def test_relative_clause_cue_names_the_antecedent_in_product() -> None:
    text = "Kirill Dmitriev, the envoy who has argued for reviving trade, said firms had lost billions."
    found = _all(text)
    assert [(s.speaker.text, s.cue.text, s.content.text) for s in found] == [
        ("Kirill Dmitriev, the envoy", "has argued", "for reviving trade"),
        ("Kirill Dmitriev", "said", "firms had lost billions")]
    assert [s.speaker.text for s in _all(text, "polnear")][0] == "who"


def test_addressee_with_a_modifier_is_skipped() -> None:
    st = _one("Ushakov told Russian reporters the call had been quite serious.")
    assert st.content.text == "the call had been quite serious"


def test_content_resumes_after_an_inverted_speaker() -> None:
    st = _one("Any reading of the deal, said Michael Kofman, an expert on Russia, would see it as a retreat.")
    assert st.speaker.text == "Michael Kofman, an expert on Russia"
    assert st.content.text == "Any reading of the deal … would see it as a retreat"


def test_dashed_insertion_in_the_speaker_phrase() -> None:
    text = "A former envoy -- Kurt Volker, who served in 2019 -- said the plan would not work."
    assert _one(text).speaker.text == "Kurt Volker"
    assert _one(text, "polnear").speaker.text == "A former envoy -- Kurt Volker, who served in 2019 --"


def test_manner_verbs_introduce_quotes_only() -> None:
    st = _one('"Go back to your seats," Lavrov barked at the reporters.')
    assert st.speaker.text == "Lavrov" and st.cue.text == "barked"
    assert _all("Lavrov barked at the reporters in the hall.") == []


def test_as_x_put_it_before_a_quote() -> None:
    st = _one('As Kellogg put it, "Nobody gets everything in a ceasefire."')
    assert st.speaker.text == "Kellogg" and st.cue.text == "put it"


def test_name_and_colon_before_a_quote() -> None:
    found = _all('Rubio: "A deal needs concessions." Lavrov: "Our terms are known."')
    assert [(s.speaker.text, s.cue.text, s.content.text) for s in found] == [
        ("Rubio", ":", "A deal needs concessions."), ("Lavrov", ":", "Our terms are known.")]


def test_participle_after_by_takes_the_sentence_subject() -> None:
    st = _one("Kellogg ended the meeting by saying that a ceasefire was close.")
    assert (st.speaker.text, st.cue.text, st.content.text) == ("Kellogg", "saying", "a ceasefire was close")


def test_verb_phrase_and_colon_before_a_quote() -> None:
    st = _one('The Kremlin statement makes a plain case: "No troops from NATO countries in Ukraine."')
    assert (st.speaker.text, st.cue.text) == ("The Kremlin statement", "makes a plain case:")


def test_long_speaker_between_quote_and_cue() -> None:
    st = _one('"From day one, I made the ceasefire my priority," the veteran, 71-year-old diplomat said.')
    assert st.speaker.text == "the veteran, 71-year-old diplomat"


def test_cue_opening_the_sentence_after_an_exclaimed_quote() -> None:
    text = '"This is a historic day!" beamed Olena Kovalenko of Lviv, who travelled to the talks by train.'
    st = _one(text)
    assert st.speaker.text.startswith("Olena Kovalenko of Lviv") and st.cue.text == "beamed"
