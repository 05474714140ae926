"""Plain-text files: header block, offsets, encodings, empty and binary files, headline guessing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parley.errors import BinaryInput, EmptyInput
from parley.ingest import Skipped, read_inputs
from parley.ingest.text import parse_date, parse_dateline_date, parse_header_block
from parley.model import Article

BODY = (
    "Delegations from Kyiv and Moscow sat down in Istanbul on Friday for a second round of talks.\n\n"
    "\u201cWe came to listen,\u201d one envoy told reporters outside the palace.\n"
)


def read_one(path: Path) -> Article | Skipped:
    results = list(read_inputs([str(path)], timeout=1.0))
    assert len(results) == 1
    return results[0]


def test_header_block_fills_fields_and_is_stripped(tmp_path: Path) -> None:
    header = ("Title: Second round opens in Istanbul\nOutlet: Harbour Wire\nPublished: 2025-05-16\n"
              "URL: https://example.org/istanbul\n\n")
    path = tmp_path / "story.txt"
    path.write_text(header + BODY, encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == BODY
    assert article.title == "Second round opens in Istanbul"
    assert article.outlet == "Harbour Wire"
    assert article.published == date(2025, 5, 16)
    assert article.url == "https://example.org/istanbul"
    assert article.source_format == "text"
    assert article.doc == str(path)
    assert article.meta["body_offset"] == len(header)
    assert path.read_text(encoding="utf-8")[article.meta["body_offset"]:] == article.text


def test_offsets_point_into_body_with_crlf_kept(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title: Windows copy\r\n\r\nFirst line.\r\nSecond line.\r\n")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == "First line.\r\nSecond line.\r\n"
    assert article.text.index("Second") == 13


def test_no_header_keeps_whole_text_and_guesses_headline(tmp_path: Path) -> None:
    path = tmp_path / "plain"
    path.write_text("Envoys trade drafts in Riyadh\n\n" + BODY, encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text.startswith("Envoys trade drafts")
    assert article.title == "Envoys trade drafts in Riyadh"
    assert article.meta["body_offset"] == 0


def test_sentence_first_line_is_not_a_title(tmp_path: Path) -> None:
    path = tmp_path / "lede.txt"
    path.write_text(BODY, encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article) and article.title is None


def test_dateline_is_not_taken_for_a_header(tmp_path: Path) -> None:
    path = tmp_path / "dateline.txt"
    path.write_text("KYIV: Officials said on Monday that talks would resume.\n\nMore follows.\n",
                    encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text.startswith("KYIV:")


def test_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf" + BODY.encode("utf-8"))
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == BODY and article.meta["encoding"] == "utf-8"


def test_latin1_file_is_kept_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Pourparlers \u00e0 Gen\u00e8ve\n\nLes d\u00e9l\u00e9gations se sont vues.\n".encode("latin-1"))
    article = read_one(path)
    assert isinstance(article, Article)
    assert "Gen\u00e8ve" in article.text and "d\u00e9l\u00e9gations" in article.text
    assert article.meta["encoding"] == "latin-1"
    assert "not valid UTF-8" in article.meta["warning"] and "cp1252" in article.meta["warning"]


def test_cp1252_quotes_decode(tmp_path: Path) -> None:
    path = tmp_path / "quotes.txt"
    path.write_bytes(b"\x93We will not retreat,\x94 the minister said.\n")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text.startswith("\u201cWe will not retreat,\u201d")


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"])
def test_empty_file_is_skipped(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    result = read_one(path)
    assert isinstance(result, Skipped) and isinstance(result.error, EmptyInput)
    assert result.input == str(path)


def test_header_without_body_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "only-header.txt"
    path.write_text("Title: Nothing here\n\n\n", encoding="utf-8")
    result = read_one(path)
    assert isinstance(result, Skipped) and isinstance(result.error, EmptyInput)


def test_binary_junk_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 8)
    result = read_one(path)
    assert isinstance(result, Skipped) and isinstance(result.error, BinaryInput)
    assert "\n" not in str(result.error)


def test_control_heavy_bytes_without_nul_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "controls"
    path.write_bytes(b"ab\x01\x02\x03cd\x04\x05\x06" * 50)
    result = read_one(path)
    assert isinstance(result, Skipped) and isinstance(result.error, BinaryInput)


def test_bad_header_date_keeps_article_with_warning() -> None:
    header = parse_header_block("Title: T\nPublished: someday\n\nBody.\n")
    assert header.title == "T" and header.published is None
    assert header.warnings and "someday" in header.warnings[0]


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-03-11", date(2025, 3, 11)),
    ("2025-03-11T09:30:00Z", date(2025, 3, 11)),
    ("2025-03-11 09:30", date(2025, 3, 11)),
    ("Tue, 11 Mar 2025 09:30:00 +0000", date(2025, 3, 11)),
    ("11 March", None),
    ("2025-13-45", None),
])
def test_parse_date_forms(value: str, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(("lede", "expected"), [
    ("MOSCOW, Oct 20, 2025 (Harbour Wire) \u2014 The ministry said", date(2025, 10, 20)),
    ("KYIV, Ukraine, 20 October 2025 \u2014 Officials said", date(2025, 10, 20)),
    ("ISTANBUL, Sept. 3, 2025 - Talks began", date(2025, 9, 3)),
    ("WASHINGTON, Oct. 20 (Wire) - No year here", None),
    ("GENEVA (Wire) \u2014 No date at all", None),
    ("Officials said on Oct 20, 2025 that", None),
])
def test_dateline_dates(lede: str, expected: date | None) -> None:
    assert parse_dateline_date(lede) == expected


def test_dateline_dates_an_article_without_header(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("Envoys speak by phone\nBERLIN, March 4, 2025 (Harbour Wire) \u2014 Two ministers spoke.\n",
                    encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.published == date(2025, 3, 4) and article.meta["published_from"] == "dateline"
    assert article.title == "Envoys speak by phone"
