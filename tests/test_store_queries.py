"""The store keeps what the pipeline found and answers the shared queries."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from parley.errors import QueryError, StoreError
from parley.model import Article, Doc, Event, Location, Mention, Part, Position, Span, Statement
from parley.store import queries
from parley.store.database import Store


def make_doc(text: str, doc: str, day: date, speaker: str = "Dmitry Peskov", actor_id: str = "dmitry-peskov") -> Doc:
    art = Article(text=text, doc=doc, published=day, title=f"Story {doc}", outlet="Parley Wire")
    quote = text.index('"')
    end = text.index('"', quote + 1) + 1
    spk = Mention(speaker, (Span(0, len(speaker)),), actor_id, speaker, "RUS", "GOV", "name")
    stmt = Statement("direct", spk, Part("said", (Span(end + 1, end + 5),)), Part.from_spans(text, [Span(quote, end)]),
                     rule="test-rule", confidence=0.9)
    event = Event("REJECT", spk, Mention("European troops", (Span(0, 1),)), Part.from_spans(text, [Span(0, end)]),
                  rule="test-event", date=day, location=Location("Moscow", "RUS"))
    pos = Position(spk, "foreign-troops", "oppose", Part.from_spans(text, [Span(quote, end)]), rule="test-pos", date=day)
    return Doc(art, statements=(stmt,), events=(event,), positions=(pos,), stages=("test@1",))


POSTGRES_URL = os.environ.get("PARLEY_TEST_POSTGRES_URL")


def fresh_postgres() -> Store:
    """A store on an emptied PostgreSQL database (only where PARLEY_TEST_POSTGRES_URL names one)."""
    import sqlalchemy as sa

    engine = sa.create_engine(POSTGRES_URL)  # type: ignore[arg-type]
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    engine.dispose()
    return Store.open(POSTGRES_URL)  # type: ignore[arg-type]


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "postgresql":
        if not POSTGRES_URL:
            pytest.skip("set PARLEY_TEST_POSTGRES_URL=postgresql+psycopg://… to run the store tests on PostgreSQL")
        s = fresh_postgres()
    else:
        s = Store.open(tmp_path / "t.db")
    for i in range(5):
        text = f'{"Dmitry Peskov"} "European troops in Ukraine are unacceptable number {i}" said on day {i}.'
        s.add_analysis(make_doc(text, f"a{i}.txt", date(2025, 2, 10 + i)))
    return s


def test_store_lists_statements_newest_first_with_contract_shape(store: Store) -> None:
    page = queries.list_statements(store, limit=3)
    assert [r["date"] for r in page.items] == ["2025-02-14", "2025-02-13", "2025-02-12"]
    first = page.items[0]
    assert first["speaker"]["actor_id"] == "dmitry-peskov"
    assert first["content"]["spans"] and first["rule"] == "test-rule"
    rest = queries.list_statements(store, limit=3, cursor=page.next_cursor)
    assert [r["date"] for r in rest.items] == ["2025-02-11", "2025-02-10"]
    assert rest.next_cursor is None


def test_store_full_text_search_finds_words_and_survives_punctuation(store: Store) -> None:
    assert len(queries.list_statements(store, search="unacceptable").items) == 5
    assert len(queries.list_statements(store, search='troops "number 3').items) == 1
    assert queries.list_statements(store, search="ceasefire").items == []


def test_store_filters_by_speaker_and_dates(store: Store) -> None:
    assert len(queries.list_statements(store, speaker="peskov", since="2025-02-12").items) == 3
    assert queries.list_statements(store, speaker="lavrov").items == []
    with pytest.raises(QueryError):
        queries.list_statements(store, since="12/02/2025")
    with pytest.raises(QueryError):
        queries.list_statements(store, cursor="garbage")


def test_store_events_positions_and_article_view(store: Store) -> None:
    assert queries.list_events(store, actor="dmitry-peskov", event_type="reject").items[0]["location"]["country"] == "RUS"
    assert queries.list_positions(store, issue="foreign-troops").items[0]["stance"] == "oppose"
    art = queries.list_articles(store, limit=1).items[0]
    full = queries.get_article(store, art["id"])
    assert full is not None and full["text"].startswith("Dmitry Peskov")
    assert len(full["statements"]) == 1 and len(full["events"]) == 1
    assert queries.counts(store)["statements"] == 5


def test_store_migrates_once_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    Store.open(path).add_analysis(make_doc('Dmitry Peskov "Yes" said.', "a.txt", date(2025, 1, 1)))
    again = Store.open(path)
    assert again.migrate() == 4
    assert queries.counts(again)["articles"] == 1


def test_store_refuses_missing_folder_with_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "nope" / "x.db")
