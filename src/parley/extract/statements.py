"""The statements stage: who said what, with speaker, cue and content spans and the rule behind each."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from parley.errors import ConfigError
from parley.extract.cues import cue_lexicon
from parley.extract.pipeline import register_stage
from parley.extract.speakers import ActorBaseLike, SpeakerResolver, load_actor_base
from parley.extract.statement_context import Candidate, Context
from parley.extract.statement_rules import find_candidates
from parley.model import Doc, Mention, Part, Span, Statement
from parley.text.quotes import find_quotes
from parley.text.segment import split_paragraphs, split_sentences

PROFILES = ("product", "polnear")
SOURCELESS_RULES = frozenset({"asked-question", "expected-to", "seems-to", "reportedly"})  # frames of the polnear profile only
_UNSET = object()


def extract_statements(
    text: str,
    paragraphs: tuple[Span, ...] | None = None,
    sentences: tuple[Span, ...] | None = None,
    day: date | None = None,
    kb: ActorBaseLike | None = None,
    profile: str = "product",
) -> list[Statement]:
    """All attributed statements in a text, in order of their cues."""
    if profile not in PROFILES:
        raise ConfigError(f"unknown statement profile {profile!r}", hint=f"use one of: {', '.join(PROFILES)}")
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    if sentences is None:
        sentences = split_sentences(text, paragraphs)
    ctx = Context(text, sentences, find_quotes(text, paragraphs), cue_lexicon(profile), profile)
    resolver = SpeakerResolver(text, day, kb)
    out: list[Statement] = []
    for cand in find_candidates(ctx):
        out.extend(build_statements(text, cand, resolver))
    return out


def build_statements(text: str, cand: Candidate, resolver: SpeakerResolver) -> list[Statement]:
    """One statement per speaker of a candidate (joint speakers give one each)."""
    if cand.speaker is None and cand.rule not in SOURCELESS_RULES:
        return []
    cue = _part(text, cand.cue)
    content = _part(text, cand.content[0]) if len(cand.content) == 1 else Part.from_spans(text, cand.content)
    if cand.speaker is None:
        # Only the polnear profile's frames ("Asked whether …") come without a source; the product never does.
        return [Statement(cand.kind, Mention("", ()), cue, content, cand.rule, cand.confidence)]  # type: ignore[arg-type]
    return [
        Statement(cand.kind, mention, cue, content, cand.rule, cand.confidence)  # type: ignore[arg-type]
        for mention in resolver.resolve(cand.speaker)
    ]


def _part(text: str, span: Span) -> Part:
    """A one-span part (what ``Part.from_spans`` gives, without sorting and joining)."""
    return Part(text[span.start : span.end], (span,))


class StatementStage:
    """Finds attributed statements; needs sentences, adds the ``statements`` layer."""

    name: ClassVar[str] = "statements"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    produces: ClassVar[tuple[str, ...]] = ("statements",)

    def __init__(self, profile: str = "product", actor_base: object = _UNSET) -> None:
        if profile not in PROFILES:
            raise ConfigError(f"unknown statement profile {profile!r}", hint=f"use one of: {', '.join(PROFILES)}")
        self.profile = profile
        # Loaded once per stage: the actor base is shared by every document the stage sees.
        self.kb = load_actor_base() if actor_base is _UNSET else actor_base

    def __call__(self, doc: Doc) -> Doc:
        statements = extract_statements(
            doc.text, doc.paragraphs, doc.sentences, doc.article.published,
            self.kb, self.profile,  # type: ignore[arg-type]
        )
        return doc.with_layer(f"{self.name}@{self.version}", statements=tuple(statements))


@register_stage("parley.statements.v1")
def make_statement_stage(profile: str = "product", **_: object) -> StatementStage:
    return StatementStage(profile=profile)
