"""The fast paths of the sentence and quote-mark scans decide exactly as the full checks do."""

from __future__ import annotations

from parley.text.quotes import find_quotes
from parley.text.segment import _is_abbreviation, split_paragraphs, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def _marks(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, split_paragraphs(text))]


def test_long_lowercase_word_ends_a_sentence_without_the_abbreviation_check() -> None:
    text = "The talks resumed. Both sides agreed! Would they sign? Nobody knew."
    assert _sentences(text) == ["The talks resumed.", "Both sides agreed!", "Would they sign?", "Nobody knew."]


def test_short_words_still_go_through_the_abbreviation_check() -> None:
    text = "Talks with Gen. Walker and Dr. Ames went on. Prof. Lee left at 5 p.m. Then it ended."
    assert _sentences(text) == ["Talks with Gen. Walker and Dr. Ames went on.", "Prof. Lee left at 5 p.m. Then it ended."]


def test_initials_in_any_script_are_not_sentence_ends() -> None:
    text = "They met \u00c9. Macron and J. Smith. It went well."
    assert _sentences(text) == ["They met \u00c9. Macron and J. Smith.", "It went well."]


def test_period_after_a_digit_or_a_bracket_ends_a_sentence() -> None:
    text = "The vote was 52 to 48. The count (the second) was final. A recount followed."
    assert _sentences(text) == ["The vote was 52 to 48.", "The count (the second) was final.", "A recount followed."]


def test_fast_path_agrees_with_the_full_check() -> None:
    # Every period the scan waves through as an ordinary word must be one the full check rejects too.
    text = "Spokesman Jones said ceasefire. Sept. talks. The U.S. side. said. Monday."
    for i, ch in enumerate(text):
        if ch == "." and text[max(0, i - 5) : i].isalpha() and text[max(0, i - 5) : i].islower() and i >= 5:
            assert not _is_abbreviation(text, i)


def test_quote_marks_by_kind() -> None:
    text = ("\u201cWe are ready,\u201d he said. ''Not yet,'' she said of the \u2018first\u2019 round, "
            "and the party\u2019s 'plan' was \u00abdead\u00bb, don't you think?")
    assert _marks(text) == ["\u201cWe are ready,\u201d", "''Not yet,''", "\u2018first\u2019", "'plan'",
                            "\u00abdead\u00bb"]


def test_quote_mark_at_text_start_and_end() -> None:
    assert _marks("'Enough,' he said.") == ["'Enough,'"]
    assert _marks('He said: "enough"') == ['"enough"']
