"""Exact duplicates by normalised URL and text hash; signatures persist and rebuild the deduper."""

from __future__ import annotations

import pytest

from parley.ingest import Deduper, hash_text, normalise_url
from parley.model import Article

TEXT = ("The two delegations agreed on Thursday to extend the grain corridor arrangement by another sixty "
        "days, a spokesman for the mediating government said at an evening briefing. Inspectors will keep "
        "checking vessels at anchorage and a joint centre will publish a weekly list of ships cleared to sail.")
OTHER = ("A prisoner exchange took place at the border on Saturday, with each side releasing one hundred "
         "and fifty people, officials said. Families waited for hours at a checkpoint as buses arrived late.")


@pytest.mark.parametrize(("a", "b"), [
    ("https://News.Example.org/world/story/", "https://news.example.org/world/story"),
    ("http://news.example.org/story#comments", "http://news.example.org/story"),
    ("https://news.example.org/story?id=4&utm_source=x&utm_medium=y", "https://news.example.org/story?id=4"),
    ("https://news.example.org:443/story?fbclid=abc", "https://news.example.org/story"),
])
def test_urls_normalise_alike(a: str, b: str) -> None:
    assert normalise_url(a) == normalise_url(b)


def test_different_query_is_a_different_page() -> None:
    assert normalise_url("https://x.example/s?id=1") != normalise_url("https://x.example/s?id=2")


def test_same_url_is_a_duplicate() -> None:
    deduper = Deduper()
    deduper.add("a", Article(TEXT, doc="a", url="https://news.example.org/story/"))
    found = deduper.find(Article(OTHER, doc="b", url="https://NEWS.example.org/story?utm_campaign=z"))
    assert found is not None and (found.key, found.kind, found.similarity) == ("a", "url", 1.0)


def test_same_text_up_to_case_and_spacing_is_a_duplicate() -> None:
    assert hash_text(TEXT) == hash_text("  " + TEXT.upper().replace(" ", "\n  "))
    deduper = Deduper()
    deduper.add("a", Article(TEXT, doc="a"))
    found = deduper.find(Article(TEXT.replace(". ", ".\n\n"), doc="b"))
    assert found is not None and found.kind == "hash"


def test_signatures_rebuild_the_deduper() -> None:
    first = Deduper()
    stored = []
    for key, text, url in (("a", TEXT, "https://x.example/a"), ("b", OTHER, None)):
        item = Article(text, doc=key, url=url)
        first.add(key, item)
        stored.append((key, url, hash_text(text), first.signature(item)))
    assert all(isinstance(sig, bytes) and sig for *_, sig in stored)

    rebuilt = Deduper()
    for key, url, content_hash, sig in stored:
        rebuilt.add_signature(key, url, content_hash, sig)
    assert len(rebuilt) == 2
    near = Article(TEXT.replace("sixty", "ninety").replace("Thursday", "Friday"), doc="c")
    assert rebuilt.find(near) == first.find(near)
    found = rebuilt.find(near)
    assert found is not None and found.key == "a" and found.kind == "near"
    assert rebuilt.find(Article("unrelated words", doc="d", url="https://x.example/a/")).kind == "url"


def test_foreign_or_mismatched_signature_is_refused() -> None:
    with pytest.raises(ValueError, match="not a Parley"):
        Deduper().add_signature("k", None, "h", b"\x00" * 10)
    signature = Deduper(num_perm=64).signature(Article(TEXT, doc="a"))
    with pytest.raises(ValueError, match="num_perm=128"):
        Deduper(num_perm=128).add_signature("k", None, "h", signature)


def test_threshold_must_be_a_fraction() -> None:
    with pytest.raises(ValueError):
        Deduper(threshold=0.0)


def test_store_may_keep_the_exact_hash_and_no_signature() -> None:
    original = Article(TEXT, doc="a", url="https://x.example/story/?utm_source=feed")
    rebuilt = Deduper()
    # What a store may keep: the normalised URL, Article.content_hash, and no sketch at all.
    rebuilt.add_signature("7", normalise_url(original.url or ""), original.content_hash, None)
    assert len(rebuilt) == 0
    same = rebuilt.find(Article(TEXT, doc="b"))
    assert same is not None and (same.key, same.kind) == ("7", "hash")
    moved = rebuilt.find(Article(OTHER, doc="c", url="https://X.example/story"))
    assert moved is not None and (moved.key, moved.kind) == ("7", "url")
    assert rebuilt.find(Article(TEXT.replace("Thursday", "Friday"), doc="d")) is None


def test_normalising_twice_changes_nothing() -> None:
    url = "HTTPS://News.Example.org:443/a/b/?utm_medium=x&q=1#top"
    assert normalise_url(normalise_url(url)) == normalise_url(url) == "https://news.example.org/a/b?q=1"
