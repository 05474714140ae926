"""Pure text helpers: paragraphs, sentences, quotation spans, tokens."""
