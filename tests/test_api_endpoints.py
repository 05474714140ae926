"""The JSON API answers every list with the shared queries' records, pages, filters and CSV twins."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from parley.interfaces.web.app import create_app
from parley.model import Article, Doc, Event, Location, Mention, Part, Position, Span, Statement
from parley.store.database import Store

PEOPLE = {
    "sergey-lavrov": ("Sergey Lavrov", "RUS", "GOV"),
    "marco-rubio": ("Marco Rubio", "USA", "GOV"),
    "dmitry-peskov": ("Dmitry Peskov", "RUS", "GOV"),
    "volodymyr-zelensky": ("Volodymyr Zelensky", "UKR", "GOV"),
}


def find(text: str, sub: str, after: int = 0) -> Span:
    start = text.index(sub, after)
    return Span(start, start + len(sub))


def mention(text: str, sub: str, actor_id: str | None) -> Mention:
    if actor_id is None:
        return Mention(sub, (find(text, sub),))
    name, country, sector = PEOPLE[actor_id]
    return Mention(sub, (find(text, sub),), actor_id, name, country, sector, "name")


def said(text: str, speaker: str, actor_id: str | None, cue: str, quote: str, rule: str = "test-quote") -> Statement:
    return Statement("direct", mention(text, speaker, actor_id), Part(cue, (find(text, cue),)),
                     Part(quote, (find(text, quote),)), rule=rule, confidence=0.9)


def sample_docs() -> list[Doc]:
    """Four short articles of our own, with a stance shift, several event types and an astral character."""
    docs = []
    t1 = ('Sergey Lavrov said: “Troops from NATO countries in Ukraine are unacceptable to us.” '
          "Marco Rubio met Sergey Lavrov in Riyadh.")
    a1 = Article(text=t1, doc="riyadh.txt", title="Lavrov rejects troops", outlet="Test Wire", published=date(2025, 2, 18))
    s1 = said(t1, "Sergey Lavrov", "sergey-lavrov", "said", "Troops from NATO countries in Ukraine are unacceptable to us.")
    e1 = Event("CONSULT", mention(t1, "Marco Rubio", "marco-rubio"), Mention("Sergey Lavrov", (find(t1, "Sergey Lavrov", 10),),
               "sergey-lavrov", "Sergey Lavrov", "RUS"), Part("Marco Rubio met Sergey Lavrov in Riyadh.",
               (find(t1, "Marco Rubio met Sergey Lavrov in Riyadh."),)), rule="test-meet", mode="meet",
               date=date(2025, 2, 18), location=Location("Riyadh", "SAU"))
    p1 = Position(s1.speaker, "foreign-troops", "oppose", s1.content, rule="test-pos", date=date(2025, 2, 18))
    docs.append(Doc(a1, statements=(s1,), events=(e1,), positions=(p1,), stages=("test@1",)))

    # The flag is one code point in Python but two UTF-16 units in JS: highlights after it must still line up.
    t2 = ("🇺🇦 Kyiv — “We will never accept a frozen conflict,” Volodymyr Zelensky told reporters. "
          "Dmitry Peskov accused Kyiv of stalling.")
    a2 = Article(text=t2, doc="kyiv.txt", title="Zelensky on a frozen conflict", outlet="Other Post", published=date(2025, 3, 13))
    s2 = said(t2, "Volodymyr Zelensky", "volodymyr-zelensky", "told reporters", "We will never accept a frozen conflict,")
    e2 = Event("ACCUSE", mention(t2, "Dmitry Peskov", "dmitry-peskov"), Mention("Kyiv", (find(t2, "Kyiv", 40),)),
               Part("Dmitry Peskov accused Kyiv of stalling.", (find(t2, "Dmitry Peskov accused Kyiv of stalling."),)),
               rule="test-accuse", date=date(2025, 3, 13))
    p2 = Position(s2.speaker, "ceasefire", "oppose", s2.content, rule="test-pos", date=date(2025, 3, 13))
    docs.append(Doc(a2, statements=(s2,), events=(e2,), positions=(p2,), stages=("test@1",)))

    t3 = ('“A ceasefire is possible if the guarantees are real,” Sergey Lavrov said. '
          "Sergey Lavrov rejected the European plan. The spokesman, unnamed, said nothing.")
    a3 = Article(text=t3, doc="ceasefire.txt", title="Lavrov softens on ceasefire", outlet="Test Wire", published=date(2025, 5, 17))
    s3 = said(t3, "Sergey Lavrov", "sergey-lavrov", "said", "A ceasefire is possible if the guarantees are real,")
    s3b = said(t3, "The spokesman", None, "said nothing", "nothing", rule="test-unresolved")
    e3 = Event("REJECT", mention(t3, "Sergey Lavrov", "sergey-lavrov"), Mention("the European plan", (find(t3, "the European plan"),)),
               Part("Sergey Lavrov rejected the European plan.", (find(t3, "Sergey Lavrov rejected the European plan."),)),
               rule="test-reject", date=date(2025, 5, 17))
    p3 = Position(s3.speaker, "ceasefire", "conditional", s3.content, rule="test-pos", date=date(2025, 5, 17))
    p3b = Position(s3.speaker, "foreign-troops", "oppose", s3.content, rule="test-pos", date=date(2025, 5, 17))
    p3c = Position(mention(t3, "Sergey Lavrov", "sergey-lavrov"), "ceasefire", "oppose", s3.content, rule="test-pos",
                   date=date(2025, 3, 1))
    docs.append(Doc(a3, statements=(s3, s3b), events=(e3,), positions=(p3c, p3, p3b), stages=("test@1",)))

    t4 = '“Talks go on,” Marco Rubio said.'
    a4 = Article(text=t4, doc="talks.txt", title="Talks go on", outlet="Test Wire", published=date(2025, 3, 20))
    s4 = said(t4, "Marco Rubio", "marco-rubio", "said", "Talks go on,")
    p4 = Position(s4.speaker, "ceasefire", "support", s4.content, rule="test-pos", date=date(2025, 3, 20))
    docs.append(Doc(a4, statements=(s4,), positions=(p4,), stages=("test@1",)))
    return docs


def build_sample_store(path: Path) -> Store:
    store = Store.open(path)
    for doc in sample_docs():
        store.add_analysis(doc)
    return store


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(build_sample_store(tmp_path / "api.db")))


def test_api_statements_page_newest_first_and_cursor_continues(client: TestClient) -> None:
    first = client.get("/api/statements", params={"limit": 2}).json()
    assert [s["date"] for s in first["items"]] == ["2025-05-17", "2025-05-17"]
    assert first["next_cursor"]
    rest = client.get("/api/statements", params={"limit": 10, "cursor": first["next_cursor"]}).json()
    assert [s["date"] for s in rest["items"]] == ["2025-03-20", "2025-03-13", "2025-02-18"]
    assert rest["next_cursor"] is None
    assert {s["id"] for s in first["items"]}.isdisjoint(s["id"] for s in rest["items"])


def test_api_statements_filters_match_the_shared_query(client: TestClient) -> None:
    assert [s["speaker"]["actor_id"] for s in client.get("/api/statements?q=ceasefire").json()["items"]] == ["sergey-lavrov"]
    lavrov = client.get("/api/statements", params={"speaker": "sergey-lavrov"}).json()["items"]
    assert len(lavrov) == 2 and all(s["speaker"]["name"] == "Sergey Lavrov" for s in lavrov)
    assert len(client.get("/api/statements?country=ukr").json()["items"]) == 1
    assert len(client.get("/api/statements?since=2025-03-01&until=2025-03-31").json()["items"]) == 2
    assert "role" in lavrov[0]["speaker"]


def test_api_article_has_text_and_everything_found_in_it(client: TestClient) -> None:
    items = client.get("/api/articles").json()["items"]
    kyiv = next(a for a in items if a["doc"] == "kyiv.txt")
    full = client.get(f"/api/articles/{kyiv['id']}").json()
    assert full["text"].startswith("🇺🇦")
    quote = full["statements"][0]["content"]
    start, end = quote["spans"][0]
    assert full["text"][start:end] == quote["text"]
    assert full["events"][0]["event_type"] == "ACCUSE" and full["positions"][0]["issue"] == "ceasefire"


def test_api_events_positions_and_filters(client: TestClient) -> None:
    assert [e["event_type"] for e in client.get("/api/events?type=consult,reject").json()["items"]] == ["REJECT", "CONSULT"]
    assert len(client.get("/api/events?actor=sergey-lavrov").json()["items"]) == 2
    oppose = client.get("/api/positions?stance=oppose&issue=ceasefire").json()["items"]
    assert {p["actor"]["actor_id"] for p in oppose} == {"volodymyr-zelensky", "sergey-lavrov"}


def test_api_matrix_takes_latest_stance_as_of_a_date_and_marks_shifts(client: TestClient) -> None:
    now = client.get("/api/positions/matrix").json()
    cell = next(c for c in now["cells"] if c["actor"] == "sergey-lavrov" and c["issue"] == "ceasefire")
    assert cell["stance"] == "conditional" and cell["counts"] == {"conditional": 1, "oppose": 1}
    assert cell["shift"]["from"] == "oppose" and cell["shift"]["earlier"]["date"] == "2025-03-01"
    assert cell["first_seen"] == "2025-03-01" and cell["last_seen"] == "2025-05-17"
    before = client.get("/api/positions/matrix?at=2025-04-01").json()
    cell = next(c for c in before["cells"] if c["actor"] == "sergey-lavrov" and c["issue"] == "ceasefire")
    assert cell["stance"] == "oppose" and cell["shift"] is None
    assert before["at"] == "2025-04-01" and "foreign-troops" in before["issues"]
    early = client.get("/api/positions/matrix?at=2025-02-01").json()
    assert early["cells"] == [] and early["actors"] == []


def test_api_actors_list_and_actor_page(client: TestClient) -> None:
    actors = client.get("/api/actors").json()["items"]
    assert actors[0]["actor_id"] == "sergey-lavrov"
    assert actors[0]["statements"] == 2 and actors[0]["events"] == 2 and actors[0]["positions"] == 4
    lavrov = client.get("/api/actors/sergey-lavrov").json()
    assert lavrov["name"] == "Sergey Lavrov" and lavrov["country"] == "RUS"
    assert len(lavrov["latest_statements"]["items"]) == 2 and len(lavrov["latest_events"]["items"]) == 2
    by_issue = {s["issue"]: [p["stance"] for p in s["points"]] for s in lavrov["positions_by_issue"]}
    assert by_issue == {"ceasefire": ["oppose", "conditional"], "foreign-troops": ["oppose", "oppose"]}
    assert isinstance(lavrov["roles"], list)


def test_api_events_timeline_and_network(client: TestClient) -> None:
    tl = client.get("/api/events/timeline?bucket=month").json()
    assert tl["types"] == ["ACCUSE", "CONSULT", "REJECT"]
    assert [i["date"] for i in tl["items"]] == ["2025-02-01", "2025-03-01", "2025-05-01"]
    net = client.get("/api/events/network?since=2025-02-01&until=2025-03-31").json()
    assert {(e["source"], e["target"], e["event_type"]) for e in net["edges"]} == {
        ("marco-rubio", "sergey-lavrov", "CONSULT"), ("dmitry-peskov", "Kyiv", "ACCUSE")}


@pytest.mark.parametrize(("path", "fmt"), [("/api/statements.csv", {}), ("/api/statements", {"format": "csv"})])
def test_api_csv_twin_exports_the_whole_filtered_list(client: TestClient, path: str, fmt: dict[str, str]) -> None:
    res = client.get(path, params={"speaker": "sergey-lavrov", **fmt})
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(res.text)))
    assert len(rows) == 2 and rows[0]["speaker.name"] == "Sergey Lavrov" and rows[0]["content.text"]


@pytest.mark.parametrize("path", ["/api/articles.csv", "/api/events.csv", "/api/positions.csv", "/api/actors.csv",
                                  "/api/positions/matrix.csv"])
def test_api_every_list_has_a_csv_twin(client: TestClient, path: str) -> None:
    res = client.get(path)
    assert res.status_code == 200
    rows = list(csv.DictReader(io.StringIO(res.text)))
    assert rows and all(None not in r for r in rows)


def test_api_summary_counts(client: TestClient) -> None:
    body = client.get("/api/summary").json()
    assert body["counts"]["statements"] == 5 and body["position_dates"] == {"first": "2025-02-18", "last": "2025-05-17"}
