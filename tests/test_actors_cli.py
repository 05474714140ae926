"""The actor commands: match phrases and find mentions, as tables and JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import parley.interfaces.cli.cmd_actors  # noqa: F401  (attaches the commands)
from parley.interfaces.cli.apps import app

runner = CliRunner()


def test_match_jsonl() -> None:
    result = runner.invoke(app, ["actors", "match", "the US president", "analysts", "--date", "2025-01-19",
                                 "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["actor_id"] == "joe-biden" and lines[0]["resolved_by"] == "title"
    assert lines[1] == {"phrase": "analysts", "actor_id": None}


def test_find_jsonl_offsets(tmp_path: Path) -> None:
    text = "Kremlin spokesman Dmitry Peskov said Kyiv must withdraw."
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["actors", "find", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["actor_id"], text[r["span"][0] : r["span"][1]]) for r in records] == [
        ("dmitry-peskov", "Kremlin spokesman Dmitry Peskov"), ("ukraine", "Kyiv")]


def test_list_filters() -> None:
    result = runner.invoke(app, ["actors", "list", "--kind", "person", "--country", "UKR", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    ids = {json.loads(line)["actor_id"] for line in result.stdout.splitlines()}
    assert "volodymyr-zelensky" in ids and "vladimir-putin" not in ids
