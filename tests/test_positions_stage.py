"""The positions stage on Docs built by hand: statements and events in, sourced positions out."""

from __future__ import annotations

from datetime import date

import pytest

from parley.errors import PipelineError
from parley.extract.pipeline import Pipeline, build_pipeline, registered_stages
from parley.extract.positions import PositionReader
from parley.extract.registrations import DEFAULT_STAGES
from parley.model import Article, Doc, Event, Mention, Part, Span, Statement

TEXT = (
    "Kremlin spokesman Dmitry Peskov said European troops in Ukraine were unacceptable. "
    "Zelensky rejected a truce along the current line. "
    "Russia proposed a prisoner swap."
)


def part(fragment: str) -> Part:
    start = TEXT.index(fragment)
    return Part.from_spans(TEXT, [Span(start, start + len(fragment))])


def speaker(fragment: str, actor_id: str) -> Mention:
    p = part(fragment)
    return Mention(p.text, p.spans, actor_id=actor_id, name=fragment)


def make_doc() -> Doc:
    peskov = Statement("indirect", speaker("Dmitry Peskov", "dmitry-peskov"), part("said"),
                       part("European troops in Ukraine were unacceptable"), "test", 0.9)
    zelensky = Statement("indirect", speaker("Zelensky", "volodymyr-zelensky"), part("rejected"),
                         part("a truce along the current line"), "test", 0.8)
    from_statement = Event("REJECT", speaker("Zelensky", "volodymyr-zelensky"), None,
                           part("Zelensky rejected a truce along the current line."), "test", statement_index=1)
    russia = Event("PROPOSE", speaker("Russia", "russia"), None, part("Russia proposed a prisoner swap."), "test")
    article = Article(TEXT, doc="test.txt", published=date(2025, 3, 11))
    return Doc(article, statements=(peskov, zelensky), events=(from_statement, russia))


def test_positions_from_statements_carry_speaker_evidence_and_date() -> None:
    doc = PositionReader()(make_doc())
    first = doc.positions[0]
    assert (first.actor.actor_id, first.issue, first.stance) == ("dmitry-peskov", "foreign-troops", "oppose")
    assert first.evidence == doc.statements[0].content
    assert first.date == date(2025, 3, 11)
    assert first.statement_index == 0
    assert first.rule.startswith("statement:cue:unacceptable")
    assert doc.stages[-1] == "positions@1"


def test_statement_cue_verb_decides_a_silent_content() -> None:
    doc = PositionReader()(make_doc())
    zel = [p for p in doc.positions if p.actor.actor_id == "volodymyr-zelensky"]
    assert [(p.issue, p.stance, p.statement_index) for p in zel] == [("ceasefire", "oppose", 1)]


def test_events_add_positions_their_statement_did_not_give() -> None:
    doc = PositionReader()(make_doc())
    russia = [p for p in doc.positions if p.actor.actor_id == "russia"]
    assert [(p.issue, p.stance) for p in russia] == [("prisoner-exchange", "support")]
    assert russia[0].rule.startswith("event:")
    assert len(doc.positions) == 3  # the Zelensky event repeats its statement and adds nothing


def test_positions_serialise_to_the_output_contract() -> None:
    record = PositionReader()(make_doc()).records()[-1]
    assert record["type"] == "position"
    assert set(record) >= {"doc", "actor", "issue", "stance", "evidence", "date", "rule", "confidence"}


def test_stage_is_registered_and_runs_last_in_the_default_pipeline() -> None:
    assert "parley.positions.v1" in registered_stages()
    assert DEFAULT_STAGES[-1] == "parley.positions.v1"
    assert build_pipeline().names[-1] == "positions@1"


def test_stage_declares_what_it_needs() -> None:
    reader = PositionReader()
    assert reader.requires == ("statements",) and reader.produces == ("positions",)
    with pytest.raises(PipelineError, match="statements"):
        Pipeline((reader,))
