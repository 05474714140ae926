"""Reading PLV-format files and scoring them, on tiny files written by the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.errors import EvalError
from parley.evaluation.plv import plv_type, read_plv, score_plv, select_split
from parley.extract.event_types import EventType

HEADER = "sentence\tmarked_sentence\tsource\ttarget\tgold_root\tgold_penta\n"
ROWS = [
    ("Police arrested the mayor.", "Police", "the mayor", "COERCE", "4"),
    ("Oslo freed the fishermen.", "Oslo", "the fishermen", "YIELD", "2"),
    ("Rome condemned the raid by Ruritania.", "Rome", "Ruritania", "ACCUSE", "3"),
    ("The weather was mild for Paris and Bern.", "Paris", "Bern", "CONSULT", "1"),
]


def write_plv(tmp_path: Path) -> Path:
    path = tmp_path / "mini.tsv"
    lines = [f"{s}\t{s}\t{src}\t{tgt}\t{gold}\t{quad}\n" for s, src, tgt, gold, quad in ROWS]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def test_scores_on_a_tiny_file(tmp_path: Path) -> None:
    report = score_plv(read_plv(write_plv(tmp_path)), "all")
    assert report.rows == 4
    assert report.accuracy == pytest.approx(0.75)  # the weather sentence has no event
    assert report.no_event == 1
    assert report.quad_accuracy == pytest.approx(0.75)
    assert report.per_type["COERCE"].f1 == pytest.approx(1.0)
    assert report.to_json()["per_type"]["YIELD"]["support"] == 1


def test_splits_by_row_parity(tmp_path: Path) -> None:
    rows = read_plv(write_plv(tmp_path))
    assert [r.gold_root for r in select_split(rows, "even")] == ["COERCE", "ACCUSE"]
    assert [r.gold_root for r in select_split(rows, "odd")] == ["YIELD", "CONSULT"]


def test_concede_and_retreat_are_plv_yield() -> None:
    assert plv_type(EventType("RETREAT", None, "r", 0.5)) == "YIELD"
    assert plv_type(EventType("CONCEDE", None, "r", 0.5)) == "YIELD"
    assert plv_type(None) == "NONE"


def test_missing_columns_raise_eval_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("text\tlabel\nhello\tAGREE\n", encoding="utf-8")
    with pytest.raises(EvalError, match="gold_root"):
        read_plv(path)


def test_missing_file_raises_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError):
        read_plv(tmp_path / "absent.tsv")
