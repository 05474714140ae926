"""End to end through the CLI: ingest a folder, query it, run again, survive bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.interfaces.cli import app as app_module  # noqa: F401  (attaches every command)
from parley.interfaces.cli.apps import app

ROOT = Path(__file__).resolve().parents[1]
MIXED = ROOT / "tests" / "data" / "mixed_inputs"
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_cli_ingest_examples_then_again_adds_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "ex.db")
    code, out, err = run("ingest", str(ROOT / "examples"), "--db", db)
    assert code == 0, err
    assert "0 skipped" in out and " stored" in out
    code, out, _ = run("ingest", str(ROOT / "examples"), "--db", db)
    assert code == 0
    assert out.startswith("0 stored")
    code, out, _ = run("articles", "--db", db, "--format", "jsonl", "--limit", "1000")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) >= 10
    assert len({r["doc"] for r in records}) == len(records)  # nothing stored twice
    assert any(r["duplicate_of"] for r in records), "the syndicated copy is linked to its original"


def test_cli_statements_jsonl_has_the_contract_shape(tmp_path: Path) -> None:
    db = str(tmp_path / "ex.db")
    run("ingest", str(ROOT / "examples"), "--db", db)
    code, out, _ = run("statements", "--db", db, "--format", "jsonl", "--limit", "5")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows, "the examples hold statements"
    for row in rows:
        assert row["type"] == "statement" and row["kind"] in ("direct", "indirect", "mixed")
        assert {"text", "spans", "actor_id", "name", "resolved_by"} <= set(row["speaker"])
        assert row["content"]["spans"] and row["rule"]


@pytest.mark.skipif(not MIXED.exists() or not any(MIXED.iterdir()), reason="mixed-inputs fixture not written")
def test_cli_ingest_mixed_folder_names_each_bad_input_and_keeps_the_rest(tmp_path: Path) -> None:
    db = str(tmp_path / "mixed.db")
    code, out, err = run("ingest", str(MIXED), "--db", db)
    assert code == 1, "something was skipped, and the exit code says so"
    assert "Traceback" not in out + err
    skipped = [line for line in err.splitlines() if line.startswith("skipped")]
    named = " ".join(skipped)
    for bad in ("empty", "junk", ".jsonl:"):
        assert bad in named, f"{bad} not named among skipped inputs: {skipped}"
    code, out2, _ = run("articles", "--db", db, "--format", "jsonl", "--limit", "1000")
    stored = [json.loads(line) for line in out2.splitlines()]
    docs = " ".join(r["doc"] for r in stored)
    assert "latin" in docs.lower(), "the Latin-1 article is stored, not skipped"
    assert any(r["duplicate_of"] for r in stored), "the near-copy is linked as a duplicate"
    # A second run adds nothing and loses nothing.
    code, out3, _ = run("ingest", str(MIXED), "--db", db)
    assert out3.startswith("0 stored, 0 duplicates linked")
    _, out4, _ = run("articles", "--db", db, "--format", "jsonl", "--limit", "1000")
    assert len(out4.splitlines()) == len(stored)


def test_cli_extract_prints_jsonl_without_a_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "story.txt"
    story.write_text('"We will never accept foreign troops," Kremlin spokesman Dmitry Peskov told reporters.\n')
    code, out, err = run("extract", str(story), "--published", "2025-02-18", "--format", "jsonl")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    stmt = next(r for r in rows if r["type"] == "statement")
    assert stmt["doc"] == str(story)
    assert stmt["speaker"]["actor_id"] == "dmitry-peskov"
    start, end = stmt["content"]["spans"][0]
    assert "foreign troops" in story.read_text()[start:end]
    assert not list(tmp_path.glob("*.db")), "extract touches no database"


def test_cli_user_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    code, _, err = run("statements", "--db", str(tmp_path / "none.db"))
    assert code != 0
    code, _, err = run("statements", "--db", str(tmp_path / "x.db"), "--since", "yesterday")
    assert code != 0


def test_cli_help_has_examples() -> None:
    for cmd in ("ingest", "extract", "statements", "export"):
        code, out, _ = run(cmd, "--help")
        assert code == 0 and "Example" in out


def test_cli_extract_uses_a_user_actor_file(tmp_path: Path) -> None:
    actors = tmp_path / "mine.yaml"
    actors.write_text(
        "defaults: {country: MDA, sector: GOV}\n"
        "actors:\n"
        "- id: ion-testescu\n"
        "  name: Ion Testescu\n"
        "  gender: m\n"
        "  roles:\n"
        "  - title: envoy for the talks\n",
        encoding="utf-8",
    )
    story = tmp_path / "story.txt"
    story.write_text('"We will keep the channel open," Ion Testescu told reporters in Chisinau.\n')
    try:
        code, out, err = run("extract", str(story), "--actors", str(actors), "--format", "jsonl")
        assert code == 0, err
        stmt = next(json.loads(line) for line in out.splitlines() if '"statement"' in line)
        assert stmt["speaker"]["actor_id"] == "ion-testescu"
        assert stmt["speaker"]["country"] == "MDA"
        bad = tmp_path / "bad.yaml"
        bad.write_text("actors:\n- name: No Id\n", encoding="utf-8")
        code, _, err = run("extract", str(story), "--actors", str(bad))
        assert code == 2 and "bad.yaml" in err
    finally:
        from parley.actors import set_default_actor_files

        set_default_actor_files(())  # back to the packaged base for the other tests


def test_cli_extract_with_a_user_issue_taxonomy(tmp_path: Path) -> None:
    taxonomy = tmp_path / "water.yaml"
    taxonomy.write_text(
        "version: 1\n"
        "issues:\n"
        "  - id: dam-release\n"
        "    label: Dam release\n"
        "    support: the upstream side releases more water from the dam\n"
        "    terms:\n"
        "      - water release*\n"
        "      - release~ ..3 water\n",
        encoding="utf-8",
    )
    story = tmp_path / "story.txt"
    story.write_text(
        "Published: 2025-07-01\n\nHungarian Foreign Minister Peter Szijjarto said his government would never "
        "agree to a water release before the harvest.\n",
        encoding="utf-8",
    )
    code, out, err = run("extract", str(story), "--issues", str(taxonomy), "--format", "jsonl")
    assert code == 0, err
    positions = [json.loads(line) for line in out.splitlines() if '"position"' in line]
    assert [(p["issue"], p["stance"]) for p in positions] == [("dam-release", "oppose")]
