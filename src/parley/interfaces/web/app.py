"""The FastAPI application: JSON API, dashboard pages, static files, offline API docs and JSON errors."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from parley import __version__
from parley.errors import ParleyError, QueryError, StoreError
from parley.interfaces.web import api, pages
from parley.store.database import Store

log = logging.getLogger("parley.web")


def error_body(code: str, message: str, hint: str = "") -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "hint": hint}}


def _swagger_assets() -> str | None:
    """The folder of Swagger UI's files shipped in the swagger-ui-py package, when it is installed.

    Found without importing the package (its import pulls in a web-framework adapter we do not use).
    Swagger UI 5 is needed: FastAPI writes OpenAPI 3.1, which Swagger UI 4 refuses to render.
    """
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "static"
    return str(folder) if (folder / "swagger-ui-bundle.js").exists() else None


def add_error_handlers(app: FastAPI) -> None:
    """Every error is JSON ``{"error": {code, message, hint}}`` with a status that says whose fault it is."""

    @app.exception_handler(QueryError)
    async def on_query_error(_: Request, exc: QueryError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message, exc.hint), status_code=400)

    @app.exception_handler(StoreError)
    async def on_store_error(_: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message, exc.hint), status_code=503)

    @app.exception_handler(ParleyError)
    async def on_parley_error(_: Request, exc: ParleyError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message, exc.hint), status_code=400)

    @app.exception_handler(RequestValidationError)
    async def on_bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path"))
            problems.append(f"{where}: {err.get('msg', 'invalid')}")
        return JSONResponse(
            error_body("P701", "; ".join(problems) or "the request is not valid",
                       "see /docs for each parameter's type and range"),
            status_code=422,
        )

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        hint = "check the id; lists under /api/ give valid ids" if exc.status_code == 404 else ""
        return JSONResponse(error_body(f"HTTP{exc.status_code}", str(exc.detail), hint), status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def on_bug(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return JSONResponse(
            error_body("P000", f"internal error: {exc.__class__.__name__}", "this is a bug in Parley; please report it"),
            status_code=500,
        )


def create_app(db: str | Store) -> FastAPI:
    """The Parley web app over the store at ``db`` (a path or URL, which must already exist, or an open Store)."""
    store = db if isinstance(db, Store) else Store.open(db, create=False)
    app = FastAPI(
        title="Parley",
        version=__version__,
        description="Who said what, who did what to whom, and where each side stands. Every list has a CSV "
        "twin (`?format=csv` or `.csv`); errors are `{\"error\": {code, message, hint}}`.",
        docs_url=None,  # served below from local files: the default loads Swagger UI from a CDN
        redoc_url=None,
    )
    app.state.store = store
    add_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=pages.STATIC), name="static")
    assets = _swagger_assets()
    if assets:
        app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if not assets:
            return HTMLResponse(
                "<!doctype html><title>Parley API</title><h1>Parley API</h1><p>The interactive docs need the "
                "<code>swagger-ui-py</code> package (<code>pip install swagger-ui-py</code>). The API "
                'description is at <a href="/openapi.json">/openapi.json</a>.</p>'
            )
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="Parley API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon-32x32.png",
        )

    return app
