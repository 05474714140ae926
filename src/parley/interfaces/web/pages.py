"""The dashboard's HTML pages: one shell template, each page filled in by its own script from the JSON API."""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, RedirectResponse

HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class PageSpec:
    """A dashboard page: its script under static/js/ and the API it reads (its JSON twin)."""

    script: str
    title: str
    nav: str  # which navigation entry is current


NAV = (("statements", "/statements", "Statements"), ("matrix", "/matrix", "Positions"),
       ("events", "/events", "Events"), ("actors", "/actors", "Actors"), ("articles", "/articles", "Articles"))


@lru_cache(maxsize=1)
def _shell() -> str:
    return (TEMPLATES / "page.html").read_text(encoding="utf-8")


def render_page(spec: PageSpec, **data: str) -> HTMLResponse:
    """The shell with the page's title, navigation and script; ``data`` becomes data-* on <main>."""
    current = ' aria-current="page"'
    nav = "".join(
        f'<a href="{href}"{current if key == spec.nav else ""}>{label}</a>' for key, href, label in NAV
    )
    attrs = "".join(f' data-{k}="{html.escape(v)}"' for k, v in data.items())
    body = (
        _shell()
        .replace("{{title}}", html.escape(spec.title))
        .replace("{{nav}}", nav)
        .replace("{{script}}", spec.script)
        .replace("{{data}}", attrs)
    )
    return HTMLResponse(body)


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/statements")


@router.get("/statements")
def statements_page() -> HTMLResponse:
    return render_page(PageSpec("statements.js", "Statements", "statements"))


@router.get("/articles")
def articles_page() -> HTMLResponse:
    return render_page(PageSpec("articles.js", "Articles", "articles"))


@router.get("/articles/{article_id}")
def article_page(article_id: int) -> HTMLResponse:
    return render_page(PageSpec("article.js", "Article", "articles"), id=str(article_id))


@router.get("/actors")
def actors_page() -> HTMLResponse:
    return render_page(PageSpec("actors.js", "Actors", "actors"))


@router.get("/actors/{actor_id}")
def actor_page(actor_id: str) -> HTMLResponse:
    return render_page(PageSpec("actor.js", "Actor", "actors"), id=actor_id)


@router.get("/matrix")
def matrix_page() -> HTMLResponse:
    return render_page(PageSpec("matrix.js", "Positions matrix", "matrix"))


@router.get("/events")
def events_page() -> HTMLResponse:
    return render_page(PageSpec("events.js", "Events", "events"))
