"""Bad input gets a JSON error with a clear message and a 4xx status, never a 500; the docs work offline."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_api_endpoints import build_sample_store

from parley.errors import StoreError
from parley.interfaces.web.app import create_app


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    # raise_server_exceptions=False: a bug must come back as a 500 here, so the assertions below see it.
    return TestClient(create_app(build_sample_store(tmp_path / "e.db")), raise_server_exceptions=False)


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/api/statements?since=12/02/2025", 400, "is not a date"),
        ("/api/statements?since=2025-05-01&until=2025-01-01", 400, "after until"),
        ("/api/statements?cursor=garbage", 400, "cursor"),
        ("/api/events?cursor=2025-01-01", 400, "cursor"),
        ("/api/positions?stance=maybe", 400, "stance"),
        ("/api/statements?kind=shouted", 400, "kind"),
        ("/api/statements?q=%22%22", 400, "no words"),
        ("/api/positions/matrix?at=tomorrow", 400, "is not a date"),
        ("/api/events/timeline?bucket=year", 400, "bucket"),
        ("/api/statements?limit=0", 422, "limit"),
        ("/api/statements?limit=abc", 422, "limit"),
        ("/api/statements?format=xml", 422, "format"),
        ("/api/articles/notanumber", 422, "article_id"),
        ("/api/articles/9999", 404, "no article"),
        ("/api/actors/nobody-at-all", 404, "no actor"),
        ("/api/nothing-here", 404, "Not Found"),
    ],
)
def test_api_bad_input_is_a_json_error_with_the_right_status(client: TestClient, path: str, status: int, words: str) -> None:
    res = client.get(path)
    assert res.status_code == status, res.text
    error = res.json()["error"]
    assert set(error) == {"code", "message", "hint"}
    assert words.lower() in error["message"].lower()


def test_api_query_error_carries_the_parley_code_and_hint(client: TestClient) -> None:
    error = client.get("/api/statements?until=yesterday").json()["error"]
    assert error["code"] == "P700" and "YYYY-MM-DD" in error["hint"]


def test_api_csv_with_a_bad_filter_is_still_a_json_400(client: TestClient) -> None:
    res = client.get("/api/statements.csv?since=soon")
    assert res.status_code == 400 and res.json()["error"]["code"] == "P700"


def test_api_missing_database_is_refused_at_start(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no Parley database"):
        create_app(str(tmp_path / "missing.db"))


def test_api_docs_serve_swagger_from_local_files(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "cdn" not in page.text.lower() and "/docs-assets/swagger-ui-bundle.js" in page.text
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    assert "/api/statements" in client.get("/openapi.json").json()["paths"]
