"""`parley events classify` and `parley eval plv` through Typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import parley.interfaces.cli.cmd_events  # noqa: F401  (attaches the commands)
from parley.interfaces.cli.apps import app

runner = CliRunner()


def test_classify_prints_one_json_line_per_record_and_names_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "Police detained two reporters.", "source": "Police", "target": "two reporters"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "c", "text": "The sky was grey.", "source": None, "target": None}) + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["events", "classify", "--input", str(path)])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines == [{"id": "a", "event_type": "COERCE"}, {"id": "c", "event_type": None}]
    assert "line 2" in result.stderr


def test_eval_plv_json_on_a_tiny_file(tmp_path: Path) -> None:
    path = tmp_path / "mini.tsv"
    path.write_text(
        "sentence\tmarked_sentence\tsource\ttarget\tgold_root\tgold_penta\n"
        "Police arrested the mayor.\tx\tPolice\tthe mayor\tCOERCE\t4\n"
        "Oslo freed the fishermen.\tx\tOslo\tthe fishermen\tYIELD\t2\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval", "plv", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["rows"] == 2 and report["accuracy"] == 1.0
    table = runner.invoke(app, ["eval", "plv", str(path), "--split", "odd"])
    assert table.exit_code == 0 and "macro-F1" in table.stdout
