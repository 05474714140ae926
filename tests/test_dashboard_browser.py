"""The dashboard in a real browser (Debian's Chromium through Playwright): each page loads, filters and links."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from test_api_endpoints import build_sample_store

from parley.interfaces.web.app import create_app
from parley.store.database import Store

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "test-output" / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(store: Store) -> Iterator[str]:
    """Run the app with uvicorn in a thread on a free local port; yield its base URL."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("the dashboard server did not start within 15 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Our own small store, whose every statement, event and position the assertions know."""
    with serve(build_sample_store(tmp_path_factory.mktemp("web") / "sample.db")) as url:
        yield url


@pytest.fixture(scope="module")
def examples_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The bundled examples, read through the real ingest engine."""
    from parley.engine.runner import ingest

    store = Store.open(tmp_path_factory.mktemp("web") / "examples.db")
    report = ingest([str(ROOT / "examples")], store)  # the folder, as `make run` reads it
    assert not report.skipped, report.skipped
    assert report.statements > 0
    with serve(store) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("Chromium is not installed (apt-get install chromium; `make test` does it where apt-get works)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install playwright, or the project's dev extra)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield pg
    context.close()
    assert not errors, f"the page logged errors: {errors}"


def shot(pg: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_dashboard_statements_feed_searches_and_filters(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/statements")
    page.wait_for_selector("#feed li")
    assert page.locator("#feed li").count() >= 5
    assert page.locator("nav a[aria-current=page]").inner_text() == "Statements"
    shot(page, "statements")
    page.fill("#f-q", "ceasefire")
    page.click("form.filters button[type=submit]")
    page.wait_for_function("document.querySelectorAll('#feed li').length === 1")
    item = page.locator("#feed li").first
    assert "Sergey Lavrov" in item.inner_text() and "RUS" in item.inner_text()
    assert "q=ceasefire" in page.url
    page.fill("#f-q", "")
    page.fill("#f-speaker", "zelensky")
    page.click("form.filters button[type=submit]")
    page.wait_for_function("document.querySelector('#feed li') && document.querySelector('#feed').innerText.includes('frozen')")
    assert page.locator("#feed li").count() == 1
    page.locator("#feed li a", has_text="Zelensky on a frozen conflict").click()
    page.wait_for_selector("#article-text mark")
    assert "/articles/" in page.url


def test_dashboard_article_highlights_line_up_after_an_astral_character(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/statements?speaker=zelensky")
    page.wait_for_selector("#feed li a[href^='/articles/']")
    page.locator("#feed li a[href^='/articles/']").first.click()
    page.wait_for_selector("#article-text mark.hl-content")
    assert page.locator("mark.hl-speaker").first.inner_text() == "Volodymyr Zelensky"
    assert page.locator("mark.hl-cue").first.inner_text() == "told reporters"
    assert page.locator("mark.hl-content").first.inner_text() == "We will never accept a frozen conflict,"
    colours = {page.locator(f"mark.hl-{r}").first.evaluate("e => getComputedStyle(e).backgroundColor")
               for r in ("speaker", "cue", "content")}
    assert len(colours) == 3
    page.locator("mark.hl-speaker").first.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    assert "test-quote" in tip.inner_text() and "volodymyr-zelensky" in tip.inner_text()
    assert "ACCUSE" in page.locator("#events").inner_text()
    assert "ceasefire" in page.locator("#positions").inner_text()
    shot(page, "article")


def test_dashboard_matrix_changes_with_the_as_of_date_and_opens_evidence(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/matrix")
    cell = page.locator("button.cell[data-actor='sergey-lavrov'][data-issue='ceasefire']")
    cell.wait_for()
    assert cell.get_attribute("data-stance") == "conditional" and "shift" in (cell.get_attribute("class") or "")
    shot(page, "matrix")
    cell.click()
    page.wait_for_selector("#evidence li")
    assert page.locator("#evidence li").count() == 2
    assert "Shifted from" in page.locator("#evidence-panel").inner_text()
    page.fill("#as-of", "2025-04-01")
    page.dispatch_event("#as-of", "change")
    page.wait_for_function(
        "document.querySelector(\"button.cell[data-actor='sergey-lavrov'][data-issue='ceasefire']\")?.dataset.stance === 'oppose'"
    )
    assert "at=2025-04-01" in page.url
    assert page.locator("button.cell[data-actor='sergey-lavrov'][data-issue='ceasefire'].shift").count() == 0
    shot(page, "matrix-april")
    page.locator("#evidence-panel a").first.click() if page.locator("#evidence-panel a").count() else None


def test_dashboard_events_timeline_network_and_date_filter(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/events")
    page.wait_for_selector("#timeline svg g.bar")
    page.wait_for_selector("#network svg path.edge")
    assert page.locator("#timeline svg g.bar").count() == 3
    assert page.locator("#network svg path.edge").count() == 3
    shot(page, "events")
    page.fill("#f-since", "2025-03-01")
    page.fill("#f-until", "2025-03-31")
    page.click("form.filters button[type=submit]")
    page.wait_for_function("document.querySelectorAll('#network svg path.edge').length === 1")
    assert page.locator("#timeline svg g.bar").count() == 1
    assert "ACCUSE" in page.locator("#event-list").inner_text()


def test_dashboard_actor_page_shows_roles_statements_events_and_positions(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/actors")
    page.locator("a", has_text="Sergey Lavrov").first.click()
    page.wait_for_selector("#positions-chart svg circle")
    assert page.locator("h1").inner_text() == "Sergey Lavrov"
    assert page.locator("#positions-chart svg circle").count() == 4
    assert page.locator("#actor-statements li").count() == 2
    assert page.locator("#actor-events li").count() == 2
    shot(page, "actor")


@pytest.mark.parametrize("width", [820, 1366])
def test_dashboard_fits_tablet_and_laptop_widths(browser: Any, base_url: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 1000})
    pg = context.new_page()
    for path, ready in (("/statements", "#feed li"), ("/matrix", "button.cell"), ("/events", "#network svg")):
        pg.goto(f"{base_url}{path}")
        pg.wait_for_selector(ready)
        overflow = pg.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways at {width}px"
    shot(pg, f"events-{width}")
    # Every form control has a label a screen reader can read.
    pg.goto(f"{base_url}/statements")
    pg.wait_for_selector("#feed li")
    unlabelled = pg.evaluate(
        "[...document.querySelectorAll('input, select')].filter(e => !e.labels?.length && !e.getAttribute('aria-label')).length"
    )
    assert unlabelled == 0
    context.close()


def test_dashboard_docs_page_renders_offline(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    assert page.locator(".opblock-summary-path", has_text="/api/statements").count() >= 1


@pytest.mark.parametrize(
    ("path", "ready"),
    [("/statements", "#feed li"), ("/articles", "tbody tr"), ("/actors", "tbody tr"), ("/matrix", "#matrix table"),
     ("/events", "#timeline svg")],
)
def test_dashboard_pages_render_the_examples_store(page: Any, examples_url: str, path: str, ready: str) -> None:
    page.goto(f"{examples_url}{path}")
    page.wait_for_selector(ready)
    assert not page.locator(".error").count()
    shot(page, f"examples-{path.strip('/')}")


def test_dashboard_examples_article_and_actor_pages(page: Any, examples_url: str) -> None:
    page.goto(f"{examples_url}/statements")
    page.wait_for_selector("#feed li a[href^='/articles/']")
    page.locator("#feed li a[href^='/articles/']").first.click()
    page.wait_for_selector("#article-text mark")
    # Every highlight holds exactly the text its statement says it does (offsets line up in the browser).
    mismatches = page.evaluate("""async () => {
        const id = document.getElementById('app').dataset.id;
        const art = await (await fetch('/api/articles/' + id)).json();
        const shown = new Set([...document.querySelectorAll('mark.hl-speaker')].map(m => m.textContent));
        return art.statements.filter(s => s.speaker.spans.length === 1 && !shown.has(s.speaker.text)).length;
    }""")
    assert mismatches == 0
    shot(page, "examples-article")
    page.locator("#article-text mark.hl-speaker").first.hover()
    page.locator("#tip").wait_for(state="visible")
    page.goto(f"{examples_url}/actors")
    page.wait_for_selector("tbody tr a")
    page.locator("tbody tr a").first.click()
    page.wait_for_selector("#actor-statements li, #actor-events li")
    shot(page, "examples-actor")
