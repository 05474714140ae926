"""Positions go to real speakers, read the words around a statement, and follow references back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from parley.extract.pipeline import build_pipeline
from parley.extract.positions import PositionReader, holds_positions
from parley.model import Article, Doc, Mention, Part, Span, Statement


def at(text: str, fragment: str) -> Part:
    start = text.index(fragment)
    return Part.from_spans(text, [Span(start, start + len(fragment))])


def said(text: str, who: str, actor_id: str | None, cue: str, content: str, resolved_by: str = "name") -> Statement:
    p = at(text, who)
    speaker = Mention(p.text, p.spans, actor_id=actor_id, name=who if actor_id else None,
                      resolved_by=resolved_by)  # type: ignore[arg-type]
    return Statement("indirect", speaker, at(text, cue), at(text, content), "test", 0.8)


def sentences(text: str) -> tuple[Span, ...]:
    out, start = [], 0
    for end in [i + 1 for i, ch in enumerate(text) if ch == "."]:
        out.append(Span(start, end))
        start = end + 1
    return tuple(out)


def run(text: str, *statements: Statement) -> Doc:
    doc = Doc(Article(text, doc="t.txt", published=date(2025, 5, 1)), sentences=sentences(text),
              statements=statements)
    return PositionReader()(doc)


def test_unresolved_pronouns_and_non_speakers_hold_no_position() -> None:
    assert not holds_positions(Mention("She", (Span(0, 3),), resolved_by="unresolved"))
    assert not holds_positions(Mention("Neither side's offers", (Span(0, 21),)))
    assert holds_positions(Mention("Western officials", (Span(0, 17),)))
    text = "She said a ceasefire was unacceptable."
    assert run(text, said(text, "She", None, "said", "a ceasefire was unacceptable", "unresolved")).positions == ()


def test_the_words_around_a_statement_can_take_a_side() -> None:
    text = "Kekkonen offered Finland as a venue for the negotiations, saying Helsinki was ready."
    doc = run(text, said(text, "Kekkonen", "urho-kekkonen", "saying", "Helsinki was ready"))
    [position] = doc.positions
    assert (position.issue, position.stance) == ("talks-venue", "support")
    assert position.rule.startswith("frame:")


def test_a_reference_names_an_issue_the_article_already_named() -> None:
    text = "The nuclear plant lost power again. Kovalenko said the plant was Russian property."
    doc = run(text, said(text, "Kovalenko", "ivan-kovalenko", "said", "the plant was Russian property"))
    assert [(p.issue, p.stance) for p in doc.positions] == [("nuclear-plant", "oppose")]
    alone = "Kovalenko said the plant would reopen."
    assert run(alone, said(alone, "Kovalenko", "ivan-kovalenko", "said", "the plant would reopen")).positions == ()


def test_a_pronoun_carries_the_issue_the_speaker_just_took_a_side_on() -> None:
    text = "Marin ruled out ceding land. Marin said the law did not allow it."
    first = said(text, "Marin", "sanna-marin", "ruled out", "ceding land")
    second_start = text.index("Marin said")
    speaker = Mention("Marin", (Span(second_start, second_start + 5),), actor_id="sanna-marin", name="Marin")
    second = Statement("indirect", speaker, at(text, "said"), at(text, "the law did not allow it"), "test", 0.8)
    doc = run(text, first, second)
    assert [(p.issue, p.stance, p.statement_index) for p in doc.positions] == [
        ("territorial-concessions", "oppose", 0), ("territorial-concessions", "oppose", 1)]
    assert doc.positions[1].rule.startswith("statement:anaphora:cue:")


def test_a_user_taxonomy_reaches_the_stage_through_build_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "water.yaml"
    path.write_text("issues:\n  - id: water-rights\n    label: Water\n    support: share the river\n"
                    "    terms: [river quota*]\n", encoding="utf-8")
    stage = build_pipeline(issues=str(path)).stages[-1]
    assert isinstance(stage, PositionReader)
    assert stage.taxonomy.ids == ("water-rights",)
