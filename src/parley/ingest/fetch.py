"""Fetching pages and feeds over HTTP with httpx, turning every failure into one clear FetchError."""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType

import httpx

from parley.errors import FetchError

USER_AGENT = "parley/0.1 (+news reader; offline-friendly)"
# Bodies larger than this are not news articles; refuse them rather than fill memory.
MAX_BODY_BYTES = 20_000_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
               "application/rdf+xml", "application/feed+json")


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response body with the address it finally came from."""

    url: str  # the address asked for
    final_url: str  # after redirects
    content: bytes
    content_type: str  # media type only, lower-case, e.g. "text/html"
    encoding: str | None  # charset named by the server, if any

    @property
    def is_html(self) -> bool:
        return self.content_type in _HTML_TYPES

    @property
    def is_feed_type(self) -> bool:
        return self.content_type in _FEED_TYPES

    def text(self) -> str:
        """The body as text, by the server's charset, else UTF-8 with replacement."""
        try:
            return self.content.decode(self.encoding or "utf-8", errors="replace")
        except LookupError:  # a charset name Python does not know
            return self.content.decode("utf-8", errors="replace")


class Fetcher:
    """One httpx client for a whole run; ``transport`` lets tests answer without a network."""

    def __init__(self, *, timeout: float, transport: httpx.BaseTransport | None = None) -> None:
        self.timeout = timeout
        self._client = httpx.Client(
            timeout=timeout,
            transport=transport,
            follow_redirects=True,
            max_redirects=5,
            headers={"User-Agent": USER_AGENT, "Accept": "text/html, application/xhtml+xml, "
                     "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> Page:
        """GET the URL; raise FetchError naming the cause for any network failure or non-2xx answer."""
        try:
            response = self._client.get(url)
        except httpx.TimeoutException:
            raise FetchError(f"{url} did not answer within {self.timeout:g} s") from None
        except httpx.TooManyRedirects:
            raise FetchError(f"{url} redirects too many times") from None
        except httpx.UnsupportedProtocol:
            raise FetchError(f"{url} is not an http(s) address") from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"{url} is not a valid address: {exc}") from None
        except httpx.TransportError as exc:
            reason = str(exc) or type(exc).__name__
            raise FetchError(f"cannot reach {url}: {reason}") from None
        if not response.is_success:
            phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
            raise FetchError(f"{url} answered HTTP {response.status_code}{phrase}")
        content = response.content
        if len(content) > MAX_BODY_BYTES:
            raise FetchError(f"{url} sent {len(content)} bytes, more than an article page should hold")
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        return Page(url, str(response.url), content, media, response.charset_encoding)
