"""Article text and metadata from HTML pages (trafilatura), and plain text from HTML fragments."""

from __future__ import annotations

import re
from copy import deepcopy
from datetime import date
from html import unescape
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import DEFAULT_CONFIG

from parley.errors import NoArticleText
from parley.ingest.text import parse_date
from parley.model import Article

# Fewer words than this is a teaser, a cookie wall or a navigation page, not an article.
MIN_ARTICLE_WORDS = 20
_CONFIG = deepcopy(DEFAULT_CONFIG)
# Never fetch anything while extracting, and never arm a timer signal (breaks outside the main thread).
_CONFIG["DEFAULT"]["EXTRACTION_TIMEOUT"] = "0"
# Only dates the page states itself; an "extensive" search guesses from copyright lines and the like.
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}
_BLOCK_TAGS = frozenset(
    "p div br li h1 h2 h3 h4 h5 h6 blockquote pre tr section article header footer ul ol table".split()
)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "figure", "img")


def extract_article(html: str | bytes, *, doc: str, source_format: str, url: str | None = None,
                    fallback_date: date | None = None, meta: dict[str, Any] | None = None) -> Article:
    """The article in an HTML page; NoArticleText when the page holds no article body.

    Nothing is fetched: images, links and comments are left out. The page's own date wins over
    ``fallback_date`` (a WARC-Date, say).
    """
    if isinstance(html, bytes | str) and not html.strip():
        raise NoArticleText("the page is empty")
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_images=False,
            include_links=False, include_tables=False, deduplicate=False,
            date_extraction_params=dict(_DATE_PARAMS), config=_CONFIG,
        )
    except (ValueError, etree.ParserError) as exc:  # markup lxml cannot parse at all
        raise NoArticleText(f"the page cannot be parsed as HTML: {exc}") from None
    except Exception as exc:  # an extractor bug on one odd page must not end the batch
        raise NoArticleText(f"text extraction failed on this page ({type(exc).__name__}: {exc})") from None
    def field(name: str) -> str | None:
        value = getattr(result, name, None)
        return value.strip() or None if isinstance(value, str) else None

    # trafilatura puts one block per line; a blank line between them matches text files and feeds.
    text = "\n\n".join(line.strip() for line in (field("text") or "").splitlines() if line.strip())
    if not text:
        raise NoArticleText("no article text found in the page")
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS:
        raise NoArticleText(f"the page's main text has only {words} words, too few for an article")
    day = field("date")
    extra: dict[str, Any] = dict(meta or {})
    for name in ("author", "language"):
        value = field(name)
        if value:
            extra.setdefault(name, value)
    return Article(
        text=text,
        doc=doc,
        title=field("title"),
        url=url or field("url"),
        published=(parse_date(day) if day else None) or fallback_date,
        outlet=field("sitename") or field("hostname"),
        source_format=source_format,
        meta=extra,
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), one paragraph per block element."""
    if not fragment.strip():
        return ""
    if "<" not in fragment:  # feeds often carry plain text in a "summary"
        return _tidy(unescape(fragment))
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(re.sub(r"<[^>]+>", " ", fragment))
    for bad in list(root.iter(*_DROP_TAGS)):
        bad.drop_tree()
    # Mark block boundaries with newlines so paragraphs survive text_content().
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    """Collapse runs of spaces inside paragraphs and keep one blank line between paragraphs."""
    paragraphs = (re.sub(r"\s+", " ", block).strip() for block in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)
