"""Every route the web app serves is documented in docs/dashboard.md (a new route fails here until it is)."""

from __future__ import annotations

from pathlib import Path

from fastapi.routing import APIRoute
from starlette.routing import Mount

from parley.interfaces.web import api, pages
from parley.interfaces.web.app import create_app

DOC = Path(__file__).resolve().parents[1] / "docs" / "dashboard.md"


def all_routes(tmp_path: Path) -> set[str]:
    from test_api_endpoints import build_sample_store

    app = create_app(build_sample_store(tmp_path / "d.db"))
    found = {f"GET {r.path}" for r in (*api.router.routes, *pages.router.routes) if isinstance(r, APIRoute)}
    for r in app.routes:
        if isinstance(r, Mount):
            found.add(f"GET {r.path}/...")
        elif getattr(r, "path", None):
            found.add(f"GET {r.path}")
    return found


def test_dashboard_every_route_is_documented(tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    routes = all_routes(tmp_path)
    assert "GET /api/statements" in routes and "GET /matrix" in routes and "GET /static/..." in routes
    missing = sorted(r for r in routes if f"`{r}`" not in text)
    assert not missing, f"routes missing from docs/dashboard.md: {missing}"


def test_dashboard_documented_routes_exist(tmp_path: Path) -> None:
    import re

    routes = all_routes(tmp_path)
    documented = set(re.findall(r"`(GET /[^`]*)`", DOC.read_text(encoding="utf-8")))
    assert documented <= routes, f"documented but not served: {sorted(documented - routes)}"
