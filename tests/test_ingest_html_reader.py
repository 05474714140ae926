"""HTML files: article text and metadata by trafilatura; pages without an article are skipped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from parley.errors import EmptyInput, NoArticleText
from parley.ingest import Skipped, read_inputs
from parley.ingest.html import html_to_text
from parley.model import Article

PARAGRAPHS = [
    "Negotiators from both delegations met for five hours in the Saudi capital on Tuesday, the first "
    "face-to-face session since the winter, according to officials familiar with the schedule.",
    "\u201cWe are not here to sign anything today,\u201d the lead envoy told reporters as he left the "
    "building, adding that technical teams would keep working through the night on the maritime text.",
    "The other side said it wanted guarantees on grain shipments before any wider ceasefire could be "
    "discussed, and that prisoner exchanges should continue regardless of the outcome.",
]
PAGE = """<!doctype html>
<html lang="en"><head>
<title>Riyadh session ends without deal | Harbour Wire</title>
<meta property="og:title" content="Riyadh session ends without deal">
<meta property="og:site_name" content="Harbour Wire">
<meta property="article:published_time" content="2025-02-18T16:00:00Z">
<link rel="canonical" href="https://harbour.example/riyadh-session">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Riyadh session ends without deal</h1>
{paras}
<img src="https://images.example/photo.jpg" alt="envoys">
</article>
<footer>Subscribe to our newsletter. Cookie settings. All rights reserved.</footer>
</body></html>
""".replace("{paras}", "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS))
NO_ARTICLE = """<!doctype html><html><head><title>Harbour Wire</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><p>Sign in</p>
<footer>Cookie settings</footer></body></html>"""


def test_article_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = list(read_inputs([str(path)], timeout=1.0))
    assert isinstance(article, Article)
    assert article.source_format == "html" and article.doc == str(path)
    assert article.title == "Riyadh session ends without deal"
    assert article.outlet == "Harbour Wire"
    assert article.published == date(2025, 2, 18)
    assert article.url == "https://harbour.example/riyadh-session"
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert "Subscribe" not in article.text and "Sport" not in article.text


def test_page_without_article_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "nav.htm"
    path.write_text(NO_ARTICLE, encoding="utf-8")
    [result] = list(read_inputs([str(path)], timeout=1.0))
    assert isinstance(result, Skipped) and isinstance(result.error, NoArticleText)


def test_empty_html_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("\n", encoding="utf-8")
    [result] = list(read_inputs([str(path)], timeout=1.0))
    assert isinstance(result, Skipped) and isinstance(result.error, EmptyInput)


def test_extensionless_html_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "saved-page"
    path.write_text(PAGE, encoding="utf-8")
    [article] = list(read_inputs([str(path)], timeout=1.0))
    assert isinstance(article, Article) and article.source_format == "html"


def test_fragment_to_text_keeps_paragraphs() -> None:
    text = html_to_text("<p>One &amp; two.</p><script>x()</script><p>Three<br>four.</p>")
    assert text == "One & two.\n\nThree\n\nfour."
    assert html_to_text("plain &amp; simple") == "plain & simple"
