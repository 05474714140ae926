"""RSS and Atom feeds (feedparser): each item's own content when it holds the article, else its link."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import feedparser

from parley.errors import EmptyInput, FetchError, MalformedRecord, NoArticleText, ParleyError
from parley.ingest.fetch import Fetcher
from parley.ingest.html import extract_article, html_to_text
from parley.ingest.results import ReadResult, Skipped
from parley.model import Article

# An item whose content has more words than this carries the article itself; shorter is a teaser.
MIN_ITEM_WORDS = 60
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)


def looks_like_feed(data: bytes) -> bool:
    """True when the first KB holds an RSS, Atom or RDF root element."""
    return bool(_FEED_ROOT.search(data[:2048]))


def read_feed(data: bytes, *, origin: str, get_fetcher: Callable[[], Fetcher],
              progress: Callable[[str], None] | None = None) -> Iterator[ReadResult]:
    """Articles from a feed's items; ``origin`` (path or URL) names items without a link as ``origin#N``."""
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            yield Skipped(origin, MalformedRecord(f"the feed cannot be parsed: {reason}"))
        else:
            yield Skipped(origin, EmptyInput("the feed has no items"))
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for number, entry in enumerate(entries, start=1):
        link = (entry.get("link") or "").strip() or None
        name = link or f"{origin}#{number}"
        if progress is not None and link:
            progress(link)
        try:
            yield read_item(entry, name=name, link=link, outlet=outlet, get_fetcher=get_fetcher)
        except ParleyError as exc:
            yield Skipped(name, exc)


def read_item(entry: Any, *, name: str, link: str | None, outlet: str | None,
              get_fetcher: Callable[[], Fetcher]) -> Article:
    """One item: its content if it is the whole article, else the page at its link."""
    title = (entry.get("title") or "").strip() or None
    published = entry_date(entry)
    text = html_to_text(item_content(entry))
    meta: dict[str, Any] = {"feed_item": name}
    if len(text.split()) > MIN_ITEM_WORDS:
        meta["from"] = "item-content"
        return Article(text=text, doc=name, title=title, url=link, published=published, outlet=outlet,
                       source_format="feed", meta=meta)
    if link is None:
        raise NoArticleText(f"the item has only {len(text.split())} words of content and no link to follow")
    page = get_fetcher().fetch(link)
    if not page.is_html:
        raise FetchError(f"{link} returned {page.content_type or 'no content type'}, not an HTML page")
    meta["from"] = "item-link"
    article = extract_article(page.content, doc=name, source_format="feed", url=link,
                              fallback_date=published, meta=meta)
    # The feed's title and outlet are cleaner than what a page's <title> tends to hold.
    return Article(text=article.text, doc=name, title=title or article.title, url=link,
                   published=article.published or published, outlet=outlet or article.outlet,
                   source_format="feed", meta=article.meta)


def item_content(entry: Any) -> str:
    """The fullest text an item carries: the longest ``content`` (content:encoded), else the summary."""
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    best = max(contents, key=len, default="")
    summary = entry.get("summary") or ""
    return best if len(best) >= len(summary) else summary


def entry_date(entry: Any) -> date | None:
    """The item's publication date (feedparser normalises it to UTC), else its update date."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None
