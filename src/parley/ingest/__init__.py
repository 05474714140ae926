"""Readers for text, HTML, JSON lines, feeds, WARC and URLs; article text extraction; de-duplication."""
