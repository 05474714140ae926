"""The statements found in a text, as plain strings: (speaker, cue, content, rule), for readable asserts."""

from __future__ import annotations

from parley.extract.statements import extract_statements


def statement_spans(text: str, profile: str) -> list[tuple[str, str, str, str]]:
    """Each statement's speaker, cue and content text (no actor base) and the rule that found it."""
    out = []
    for st in extract_statements(text, kb=None, profile=profile):
        speaker = text[st.speaker.spans[0].start : st.speaker.spans[-1].end] if st.speaker.spans else ""
        out.append((speaker, text[st.cue.start : st.cue.end], text[st.content.start : st.content.end], st.rule))
    return out
