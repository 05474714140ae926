"""``read_inputs``: paths, folders and URLs in, Articles (or Skipped inputs with a reason) out."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx

from parley.errors import (
    EmptyInput,
    FetchError,
    InputError,
    MalformedRecord,
    ParleyError,
)
from parley.ingest.feeds import looks_like_feed, read_feed
from parley.ingest.fetch import Fetcher
from parley.ingest.html import extract_article
from parley.ingest.results import ReadResult, Skipped
from parley.ingest.text import (
    check_not_binary,
    decode_bytes,
    guess_title,
    parse_date,
    parse_dateline_date,
    parse_header_block,
)
from parley.ingest.warc import read_warc
from parley.model import Article

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".rss", ".atom"})
SUPPORTED = ".txt .md .html .htm .jsonl .ndjson .rss .atom .xml .warc .warc.gz"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
                         re.IGNORECASE | re.DOTALL)
_JSONL_FIELDS = ("title", "text", "url", "published", "outlet")


class _LazyFetcher:
    """Opens one HTTP client the first time a URL or feed link needs it, and closes it at the end."""

    def __init__(self, timeout: float, transport: httpx.BaseTransport | None) -> None:
        self.timeout = timeout
        self.transport = transport
        self.fetcher: Fetcher | None = None

    def __call__(self) -> Fetcher:
        if self.fetcher is None:
            self.fetcher = Fetcher(timeout=self.timeout, transport=self.transport)
        return self.fetcher

    def close(self) -> None:
        if self.fetcher is not None:
            self.fetcher.close()


def read_inputs(sources: Iterable[str | os.PathLike[str]], *, timeout: float = 20.0,
                transport: httpx.BaseTransport | None = None,
                progress: Callable[[str], None] | None = None) -> Iterator[ReadResult]:
    """Yield an Article for every article found in the sources, or a Skipped for each bad input.

    Sources are files, folders (walked recursively in sorted order, hidden entries skipped) or
    http(s) URLs. Never raises for a bad input; ``transport`` is handed to httpx (tests use it to
    answer without a network) and ``progress(name)`` is called before each file, URL or feed link.
    """
    if isinstance(sources, str | os.PathLike):
        sources = [sources]  # one path given bare, not a list of one-letter paths
    fetcher = _LazyFetcher(timeout, transport)
    try:
        for source in sources:
            source = os.fspath(source)
            if _URL.match(source):
                if progress is not None:
                    progress(source)
                yield from read_url(source, get_fetcher=fetcher, progress=progress)
                continue
            path = Path(source)
            if path.is_dir():
                files = list(walk_folder(source))
                if not files:
                    yield Skipped(source, EmptyInput("the folder holds no files (hidden files and READMEs "
                                                     "are left out)"))
                for name in files:
                    if progress is not None:
                        progress(name)
                    yield from read_file(name, get_fetcher=fetcher, progress=progress)
            elif path.exists():
                if progress is not None:
                    progress(source)
                yield from read_file(source, get_fetcher=fetcher, progress=progress)
            else:
                yield Skipped(source, InputError("no such file or folder"))
    finally:
        fetcher.close()


def walk_folder(folder: str) -> Iterator[str]:
    """Every file under the folder, sorted by path, each named as the folder was given.

    Hidden files and folders are left out, and so are README files: a README describes the folder
    it sits in, it is not an article (pass one by name to read it anyway).
    """
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = os.path.relpath(root, folder)
        parts = () if rel == "." else tuple(Path(rel).parts)
        for name in files:
            if not name.startswith(".") and not is_readme(name):
                found.append(((*parts, name), os.path.join(root, name)))
    for _, name in sorted(found):
        yield name


def is_readme(name: str) -> bool:
    """README, README.md, readme.txt and the like."""
    return name.split(".", 1)[0].upper() == "README"


def read_file(name: str, *, get_fetcher: Callable[[], Fetcher],
              progress: Callable[[str], None] | None = None) -> Iterator[ReadResult]:
    """The articles in one file, chosen by its extension (or its first bytes when it has none)."""
    path = Path(name)
    lower = path.name.lower()
    suffix = path.suffix.lower()
    if lower.endswith((".warc", ".warc.gz")):
        yield from read_warc(path, name=name)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(name, InputError(f"cannot read the file: {exc.strerror or exc}"))
        return
    try:
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(data, name=name)
        elif suffix in FEED_SUFFIXES or (suffix == ".xml" and looks_like_feed(data)):
            check_not_empty(data)
            yield from read_feed(data, origin=name, get_fetcher=get_fetcher, progress=progress)
        elif suffix == ".xml":
            check_not_empty(data)
            raise InputError("this XML file is not an RSS or Atom feed")
        elif suffix in HTML_SUFFIXES:
            yield read_html(data, name=name)
        elif suffix in TEXT_SUFFIXES:
            yield from read_sniffed(data, name=name, get_fetcher=get_fetcher, progress=progress)
        else:
            check_not_empty(data)
            check_not_binary(data)
            raise InputError(f"'{suffix}' files are not read; Parley reads {SUPPORTED}")
    except ParleyError as exc:
        yield Skipped(name, exc)


def read_sniffed(data: bytes, *, name: str, get_fetcher: Callable[[], Fetcher],
                 progress: Callable[[str], None] | None) -> Iterator[ReadResult]:
    """A text file, unless an extension-less file turns out to hold HTML, a feed or a WARC."""
    if Path(name).suffix == "":
        if data.startswith(b"WARC/"):
            yield from read_warc(Path(name), name=name)
            return
        if looks_like_feed(data) and data.lstrip().startswith(b"<"):
            yield from read_feed(data, origin=name, get_fetcher=get_fetcher, progress=progress)
            return
        if _HTML_START.match(data[:4096]):
            yield read_html(data, name=name)
            return
    yield read_text(data, name=name)


def check_not_empty(data: bytes) -> None:
    if not data.strip():
        raise EmptyInput("the file is empty or holds only whitespace")


def read_text(data: bytes, *, name: str) -> Article:
    """A plain-text article; a header block at the top fills the fields and is left out of the text."""
    decoded = decode_bytes(data)
    header = parse_header_block(decoded.text)
    body = decoded.text[header.body_offset:]
    if not body.strip():
        raise EmptyInput("the file has a header block but no article text after it")
    meta: dict[str, Any] = {"encoding": decoded.encoding, "body_offset": header.body_offset}
    warnings = [*decoded.warnings, *header.warnings]
    if warnings:  # one line, for the run report to list beside the doc
        meta["warning"] = "; ".join(warnings)
    if header.author:
        meta["author"] = header.author
    published = header.published
    if published is None:
        # Wire copy often carries its date only in the dateline; a title line may come first.
        title = header.title or guess_title(body)
        lede = body.lstrip()[len(title):] if title and not header.title else body
        published = parse_dateline_date(lede.lstrip())
        if published is not None:
            meta["published_from"] = "dateline"
    return Article(
        text=body,
        doc=name,
        title=header.title or guess_title(body),
        url=header.url,
        published=published,
        outlet=header.outlet,
        source_format="text",
        meta=meta,
    )


def read_html(data: bytes, *, name: str) -> Article:
    """An HTML page saved to disk; its text and metadata by trafilatura."""
    check_not_empty(data)
    check_not_binary(data)
    return extract_article(data, doc=name, source_format="html")


def read_jsonl(data: bytes, *, name: str) -> Iterator[ReadResult]:
    """One article per JSON line; a broken line is skipped as ``name:LINE`` and the others go on."""
    check_not_empty(data)
    check_not_binary(data)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue  # blank lines separate nothing and hold no record
        label = f"{name}:{number}"
        try:
            yield parse_jsonl_record(raw, label=label)
        except ParleyError as exc:
            yield Skipped(label, exc)


def parse_jsonl_record(raw: bytes, *, label: str) -> Article:
    """One JSON line as an Article; MalformedRecord says which field is wrong."""
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise MalformedRecord(f"the line is not valid UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise MalformedRecord(f"the line is not valid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise MalformedRecord(f"the line is a JSON {type(record).__name__}, not an object with a 'text'")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MalformedRecord("the record has no 'text' (or it is empty)")
    fields: dict[str, str | None] = {}
    for key in ("title", "url", "outlet", "published"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise MalformedRecord(f"'{key}' must be a string, not {type(value).__name__}")
        fields[key] = (value.strip() or None) if isinstance(value, str) else None
    published = None
    if fields["published"]:
        published = parse_date(fields["published"])
        if published is None:
            raise MalformedRecord(f"'published' is {fields['published']!r}, not a date (use YYYY-MM-DD)")
    meta = {k: v for k, v in record.items() if k not in _JSONL_FIELDS}
    return Article(text=text, doc=label, title=fields["title"], url=fields["url"], published=published,
                   outlet=fields["outlet"], source_format="jsonl", meta=meta)


def read_url(url: str, *, get_fetcher: Callable[[], Fetcher],
             progress: Callable[[str], None] | None = None) -> Iterator[ReadResult]:
    """The article at an http(s) URL, or every item of the feed it serves."""
    if not url.lower().startswith(("http://", "https://")):
        yield Skipped(url, FetchError("only http:// and https:// addresses can be fetched"))
        return
    try:
        page = get_fetcher().fetch(url)
        if not page.content.strip():
            raise EmptyInput(f"{url} returned an empty page")
        if page.is_feed_type or (not page.is_html and looks_like_feed(page.content)):
            yield from read_feed(page.content, origin=url, get_fetcher=get_fetcher, progress=progress)
            return
        if not page.is_html:
            raise FetchError(f"{url} returned {page.content_type or 'no content type'}, not an HTML page")
        yield extract_article(page.content, doc=url, source_format="url", url=page.final_url,
                              meta={"content_type": page.content_type})
    except ParleyError as exc:
        yield Skipped(url, exc)


__all__ = ["ReadResult", "Skipped", "read_inputs"]
