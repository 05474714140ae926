"""Speaker phrases that are not speakers, noun-shaped cues, and the boundaries fixed with them."""

from __future__ import annotations

from parley.extract.statements import extract_statements


def _speakers(text: str, profile: str = "product") -> list[str]:
    return [st.speaker.text for st in extract_statements(text, profile=profile)]


def test_bare_lowercase_noun_is_no_speaker() -> None:
    text = "Washington would help provide security guarantees for Kyiv as part of any settlement."
    assert "help provide security" not in _speakers(text)
    assert "security" not in _speakers(text, "polnear")


def test_verb_before_noun_cue_is_no_speaker() -> None:
    text = "The envoys were ready to offer guarantees modelled on the alliance's mutual defence clause."
    assert "offer" not in _speakers(text)


def test_bare_plural_and_collective_nouns_still_speak() -> None:
    assert "officials" in _speakers("In Geneva, officials said the draft had been shortened to twenty points.")
    assert "police" in _speakers("In Istanbul, police said the road to the palace would stay closed.")


def test_adjective_before_noun_cue_is_no_speaker_in_product() -> None:
    text = "Zelensky said he expected a full briefing from the American envoys and warned against side deals."
    speakers = _speakers(text)
    assert "a full" not in speakers
    assert "Zelensky" in speakers


def test_hyphenated_compound_is_no_cue() -> None:
    text = "Officials said a European counter-proposal that circulated at the weekend did not suit Moscow."
    cues = [st.cue.text for st in extract_statements(text)]
    assert "counter" not in cues


def test_new_cue_sentence_after_closed_quote_takes_the_next_quote() -> None:
    text = ("\u201cThe first round went well.\u201d Umerov added, \u201cThe second round will decide the "
            "prisoner lists.\u201d")
    sts = extract_statements(text, profile="polnear")
    added = [st for st in sts if st.cue.text == "added"]
    assert added and added[0].content.text.startswith("The second round")
    assert "first round" not in added[0].content.text


def test_content_stops_before_and_with_a_verb_of_its_own() -> None:
    text = "Peskov said the memorandum was a starting point, and has pledged to send it to Kyiv within days."
    st = next(s for s in extract_statements(text, profile="polnear") if s.cue.text == "said")
    assert st.content.text == "the memorandum was a starting point"


def test_result_participle_stays_in_content() -> None:
    text = "Rubio said the ceasefire would start on Friday, bringing the two sides closer to a settlement."
    st = next(s for s in extract_statements(text, profile="polnear") if s.cue.text == "said")
    assert st.content.text.endswith("closer to a settlement")


def test_past_forms_of_deciding_are_cues_in_polnear() -> None:
    text = "Kellogg decided to stay in Kyiv for another week of talks with the Ukrainian delegation."
    sts = extract_statements(text, profile="polnear")
    assert any(st.cue.text == "decided" and st.speaker.text == "Kellogg" for st in sts)
    assert not any(st.cue.text == "decided" for st in extract_statements(text))
