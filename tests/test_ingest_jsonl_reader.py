"""JSON-lines files: one article per line; a broken line is skipped as path:LINE, the rest go on."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from parley.errors import MalformedRecord
from parley.ingest import Skipped, read_inputs
from parley.model import Article


def write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    good = {"title": "Ceasefire draft circulates", "text": "A draft text was shared with both delegations.",
            "url": "https://example.org/draft", "published": "2025-03-11", "outlet": "Harbour Wire",
            "id": "hw-17"}
    write_lines(path, [
        json.dumps(good),
        "{not json",
        json.dumps({"title": "No body", "text": "  "}),
        "",
        json.dumps({"text": "Talks paused.", "published": "next week"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Talks resumed on Monday.", "published": None}),
        json.dumps({"text": "Bad title type.", "title": 7}),
    ])
    results = list(read_inputs([str(path)], timeout=1.0))
    articles = [r for r in results if isinstance(r, Article)]
    skipped = {r.input: r for r in results if isinstance(r, Skipped)}
    assert [a.doc for a in articles] == [f"{path}:1", f"{path}:7"]
    first = articles[0]
    assert first.title == "Ceasefire draft circulates" and first.outlet == "Harbour Wire"
    assert first.published == date(2025, 3, 11) and first.url == "https://example.org/draft"
    assert first.source_format == "jsonl" and first.meta == {"id": "hw-17"}
    assert articles[1].published is None
    assert sorted(skipped) == sorted(f"{path}:{n}" for n in (2, 3, 5, 6, 8))
    assert all(isinstance(s.error, MalformedRecord) for s in skipped.values())
    assert "not valid JSON" in skipped[f"{path}:2"].reason
    assert "'text'" in skipped[f"{path}:3"].reason
    assert "next week" in skipped[f"{path}:5"].reason
    assert "'title'" in skipped[f"{path}:8"].reason
    assert all("\n" not in str(s.error) for s in skipped.values())


def test_invalid_utf8_line_is_skipped_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.ndjson"
    path.write_bytes(b'{"text": "caf\xe9"}\n{"text": "fine"}\n')
    results = list(read_inputs([str(path)], timeout=1.0))
    assert isinstance(results[0], Skipped) and results[0].input == f"{path}:1"
    assert isinstance(results[1], Article) and results[1].text == "fine"
