"""Positions matrix with shifts on the example corpus, and exports in every format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.interfaces.cli import app as app_module  # noqa: F401  (attaches every command)
from parley.interfaces.cli.apps import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("ex") / "ex.db")
    result = runner.invoke(app, ["ingest", str(ROOT / "examples"), "--db", db, "--quiet"])
    assert result.exit_code == 0, result.stderr
    return db


def test_positions_matrix_shows_zelensky_moving_on_territory(example_db: str) -> None:
    result = runner.invoke(app, ["positions", "--db", example_db, "--format", "jsonl"])
    matrix = json.loads(result.stdout)
    moves = [
        (s["before"]["stance"], s["after"]["stance"])
        for s in matrix["shifts"]
        if s["actor_id"] == "volodymyr-zelensky" and s["issue"] == "territorial-concessions"
    ]
    assert ("oppose", "conditional") in moves, matrix["shifts"]
    shift = next(s for s in matrix["shifts"] if s["actor_id"] == "volodymyr-zelensky" and s["issue"] == "territorial-concessions")
    assert shift["before"]["date"] < shift["after"]["date"] and shift["before"]["evidence"] and shift["after"]["evidence"]


def test_positions_as_of_an_early_date_hides_later_records(example_db: str) -> None:
    early = json.loads(runner.invoke(app, ["positions", "--db", example_db, "--at", "2025-03-01", "--format", "jsonl"]).stdout)
    late = json.loads(runner.invoke(app, ["positions", "--db", example_db, "--format", "jsonl"]).stdout)
    assert 0 < len(early["cells"]) < len(late["cells"])
    assert all(c["last_seen"] <= "2025-03-01" for c in early["cells"])


def test_positions_table_renders(example_db: str) -> None:
    result = runner.invoke(app, ["positions", "--db", example_db, "--issue", "foreign-troops"])
    assert result.exit_code == 0 and "foreign-troops" in result.stdout


def test_export_jsonl_csv_and_parquet_agree(example_db: str, tmp_path: Path) -> None:
    as_jsonl = runner.invoke(app, ["export", "statements", "--db", example_db, "--format", "jsonl"]).stdout
    rows = [json.loads(line) for line in as_jsonl.splitlines()]
    as_csv = runner.invoke(app, ["export", "statements", "--db", example_db, "--format", "csv"]).stdout
    table = list(csv.DictReader(io.StringIO(as_csv)))
    assert len(rows) == len(table) > 50
    assert {"speaker_actor_id", "content_text", "content_spans"} <= set(table[0])
    out = tmp_path / "s.parquet"
    result = runner.invoke(app, ["export", "statements", "--db", example_db, "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == len(rows)
    missing = runner.invoke(app, ["export", "events", "--db", example_db, "--format", "parquet"])
    assert missing.exit_code == 2 and "--output" in missing.stderr
