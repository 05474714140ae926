"""Readers for text, HTML, JSON lines, feeds, WARC and URLs; article text extraction; de-duplication."""

from __future__ import annotations

from parley.ingest.dedupe import Deduper, DuplicateOf, hash_text, normalise_url
from parley.ingest.readers import read_inputs
from parley.ingest.results import ReadResult, Skipped

__all__ = ["Deduper", "DuplicateOf", "ReadResult", "Skipped", "hash_text", "normalise_url", "read_inputs"]
