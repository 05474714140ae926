"""Quotation spans and sentence boundaries."""

from __future__ import annotations

from parley.text.quotes import find_quotes
from parley.text.segment import split_paragraphs, split_sentences


def _quotes(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, split_paragraphs(text))]


def test_curly_straight_and_guillemet_quotes() -> None:
    assert _quotes('He said "yes" and \u201cno\u201d and \u00abmaybe\u00bb.') == ['"yes"', "\u201cno\u201d",
                                                                              "\u00abmaybe\u00bb"]


def test_single_quotes_are_not_apostrophes() -> None:
    assert _quotes("Russia\u2019s envoy called it \u2018a good start\u2019 today.") == ["\u2018a good start\u2019"]


def test_unclosed_quote_runs_into_next_quoted_paragraph() -> None:
    text = "\u201cFirst part.\n\n\u201cSecond part.\u201d\n\nNarration."
    quotes = find_quotes(text, split_paragraphs(text))
    assert len(quotes) == 1 and len(quotes[0].pieces) == 2


def test_sentences_keep_initials_and_titles() -> None:
    text = "Sen. Lindsey O. Graham spoke. Then Mr. Peskov replied."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Sen. Lindsey O. Graham spoke.", "Then Mr. Peskov replied."]


def test_two_apostrophes_open_and_close_a_quote() -> None:
    assert _quotes("''It was useful,'' he said of the 'first' round.") == ["''It was useful,''", "'first'"]


def test_sentence_ends_before_an_apostrophe_quote_and_after_initials() -> None:
    text = "He met J.M. Berger in Riyadh. ''No deal yet,'' he said."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "He met J.M. Berger in Riyadh.", "''No deal yet,'' he said."]
