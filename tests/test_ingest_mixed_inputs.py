"""The shared mixed-inputs folder: every good article comes out, every bad input is skipped with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.errors import BinaryInput, EmptyInput, InputError, MalformedRecord, NoArticleText
from parley.ingest import Deduper, Skipped, read_inputs
from parley.model import Article

MIXED = Path(__file__).resolve().parent / "data" / "mixed_inputs"


@pytest.fixture(scope="module")
def mixed() -> list[Article | Skipped]:
    if not MIXED.is_dir() or not any(p for p in MIXED.iterdir() if not p.name.startswith(".")):
        pytest.skip(f"{MIXED} is not there yet")
    # No transport needed: the feed items carry their whole text, so nothing is fetched.
    return list(read_inputs([str(MIXED)], timeout=2.0))


def name(result: Article | Skipped) -> str:
    full = result.input if isinstance(result, Skipped) else result.doc
    return full.removeprefix(str(MIXED) + "/")


def test_bad_inputs_are_skipped_with_their_reason(mixed: list[Article | Skipped]) -> None:
    skipped = {name(r): r.error for r in mixed if isinstance(r, Skipped)}
    assert set(skipped) == {"articles.jsonl:2", "empty.txt", "junk.bin", "junk.txt", "nav_only.html"}
    assert isinstance(skipped["articles.jsonl:2"], MalformedRecord)
    assert "not valid JSON" in skipped["articles.jsonl:2"].message
    assert isinstance(skipped["empty.txt"], EmptyInput)
    assert isinstance(skipped["junk.bin"], BinaryInput) and isinstance(skipped["junk.txt"], BinaryInput)
    assert isinstance(skipped["nav_only.html"], NoArticleText)
    for error in skipped.values():
        assert isinstance(error, InputError) and "\n" not in str(error)


def test_good_articles_all_come_out(mixed: list[Article | Skipped]) -> None:
    articles = {name(r): r for r in mixed if isinstance(r, Article)}
    expected_files = {"article_page.html", "articles.jsonl:1", "articles.jsonl:3", "good_article_1.txt",
                      "good_article_1_syndicated.txt", "good_article_2.txt", "latin1_article.txt"}
    assert expected_files <= set(articles)
    feed_items = [a for a in articles.values() if a.source_format == "feed"]
    assert len(feed_items) == 2 and all(a.doc.startswith("https://") for a in feed_items)
    assert len(articles) == len(expected_files) + 2
    for article in articles.values():
        assert len(article.text.split()) >= 20 and article.title
    assert articles["article_page.html"].source_format == "html"
    assert articles["articles.jsonl:1"].published is not None
    assert "README.md" not in articles  # the folder's README describes it; it is no article


def test_latin1_article_is_stored_with_its_encoding(mixed: list[Article | Skipped]) -> None:
    [latin] = [r for r in mixed if isinstance(r, Article) and name(r) == "latin1_article.txt"]
    assert latin.meta["encoding"] == "latin-1" and "UTF-8" in latin.meta["warning"]
    assert "\u00fc" in latin.text or "\u00e9" in latin.text or "\u00f6" in latin.text


def test_syndicated_copy_is_linked_to_its_original(mixed: list[Article | Skipped]) -> None:
    deduper = Deduper()
    duplicates = {}
    for article in (r for r in mixed if isinstance(r, Article)):
        match = deduper.find(article)
        if match is None:
            deduper.add(name(article), article)
        else:
            duplicates[name(article)] = (match.key, match.kind)
    assert duplicates == {"good_article_1_syndicated.txt": ("good_article_1.txt", "near")}
