"""Quote marks: a closing curly mark that opens a line opens the quotation ("”…”" house style)."""

from __future__ import annotations

from parley.extract.statements import extract_statements
from parley.text.quotes import find_quotes
from parley.text.segment import split_paragraphs


def test_a_closing_mark_at_a_line_start_opens_a_quote() -> None:
    text = "\u201dThe bridge must reopen before winter.\u201d \u2015 Ana Ruiz\nNext line."
    quotes = find_quotes(text, split_paragraphs(text))
    assert len(quotes) == 1 and quotes[0].start == 0
    st = extract_statements(text, kb=None, profile="polnear")[0]
    assert st.rule == "quote-dash-name" and st.speaker.text == "Ana Ruiz"


def test_a_closing_mark_inside_a_line_still_closes() -> None:
    text = "He said \u201cno\u201d and left.\n"
    quotes = find_quotes(text, split_paragraphs(text))
    assert [(q.start, q.end) for q in quotes] == [(8, 12)]


def test_three_apostrophes_close_a_single_then_a_double_quote() -> None:
    text = "''I would call it 'old-school,''' said Ana Ruiz, an adviser."
    quotes = find_quotes(text, split_paragraphs(text))
    assert len(quotes) == 1 and text[quotes[0].start : quotes[0].end] == "''I would call it 'old-school,'''"
    st = extract_statements(text, kb=None, profile="polnear")[0]
    assert st.rule == "quote-cue-speaker" and st.speaker.text.startswith("Ana Ruiz")


def test_an_opening_mark_typed_after_the_words_closes_the_quote() -> None:
    text = "\u201cThe ferry is late again,\u201c said Ana Ruiz, a commuter. \u201cEvery week.\u201d\n"
    quotes = find_quotes(text, split_paragraphs(text))
    assert text[quotes[0].start : quotes[0].end] == "\u201cThe ferry is late again,\u201c"
    st = extract_statements(text, kb=None, profile="polnear")[0]
    assert st.rule == "quote-cue-speaker" and st.speaker.text == "Ana Ruiz, a commuter"


def test_a_nested_opening_mark_after_a_space_still_opens() -> None:
    text = "He wrote \u201cthey call it \u201cthe plan\u201d now\u201d and left.\n"
    quotes = find_quotes(text, split_paragraphs(text))
    assert text[quotes[0].start : quotes[0].start + 2] == "\u201ct"
