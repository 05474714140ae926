"""The engine: a crash in one article is a skipped input, pools give the same result, nothing half-stored."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from parley.config import Settings
from parley.engine.runner import ingest
from parley.extract.pipeline import Pipeline, build_pipeline
from parley.model import Doc
from parley.store import queries
from parley.store.database import Store


class Exploding:
    """A stage that fails on one article, as a bug would."""

    name: ClassVar[str] = "exploding"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("article",)
    produces: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Doc) -> Doc:
        if "BOOM" in doc.text:
            raise RuntimeError("simulated bug")
        return doc


def write_articles(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i}.txt").write_text(
            f"Title: Story {i}\nPublished: 2025-03-{i + 1:02d}\n\n"
            f'"Talks number {i} were useful," Kremlin spokesman Dmitry Peskov told reporters on day {i}. '
            f"He said a ceasefire was not on the table and that story {i} had {i * 7} words of its own.\n",
            encoding="utf-8",
        )


def test_engine_crash_in_one_article_is_skipped_and_the_rest_stored(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "bad.txt").write_text("BOOM goes this one, said nobody in particular today.\n")
    pipeline = Pipeline((*build_pipeline().stages, Exploding()))
    store = Store.open(tmp_path / "s.db")
    report = ingest([str(tmp_path / "in")], store, pipeline=pipeline)
    assert report.stored == 3
    assert [s.code for s in report.skipped] == ["P206"]
    assert "simulated bug" in report.skipped[0].reason and "bad.txt" in report.skipped[0].input
    assert queries.counts(store)["articles"] == 3


def test_engine_process_pool_stores_the_same_as_in_process(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 6)
    one = Store.open(tmp_path / "one.db")
    two = Store.open(tmp_path / "two.db")
    r1 = ingest([str(tmp_path / "in")], one, settings=Settings(workers=1))
    r2 = ingest([str(tmp_path / "in")], two, settings=Settings(workers=2))
    assert (r1.stored, r1.statements) == (r2.stored, r2.statements) and r1.statements > 0

    def contents(store: Store) -> list[tuple[str, str | None]]:
        items = queries.list_statements(store, limit=100).items
        return sorted((s["content"]["text"], s["speaker"]["actor_id"]) for s in items)

    assert contents(one) == contents(two)


def test_engine_second_run_adds_nothing_and_records_runs(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 2)
    store = Store.open(tmp_path / "s.db")
    first = ingest([str(tmp_path / "in")], store)
    again = ingest([str(tmp_path / "in")], store)
    assert (first.stored, again.stored, again.unchanged) == (2, 0, 2)
    assert queries.counts(store)["statements"] == first.statements
