"""The segmentation stage: paragraphs and sentences."""

from __future__ import annotations

from typing import ClassVar

from parley.extract.pipeline import register_stage
from parley.model import Doc
from parley.text.segment import split_paragraphs, split_sentences


class Segmenter:
    name: ClassVar[str] = "segment"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("article",)
    produces: ClassVar[tuple[str, ...]] = ("paragraphs", "sentences")

    def __call__(self, doc: Doc) -> Doc:
        paragraphs = split_paragraphs(doc.text)
        sentences = split_sentences(doc.text, paragraphs)
        return doc.with_layer(f"{self.name}@{self.version}", paragraphs=paragraphs, sentences=sentences)


@register_stage("parley.segment.v1")
def make_segmenter(**_: object) -> Segmenter:
    return Segmenter()
