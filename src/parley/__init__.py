"""Parley: who said what, who did what to whom, and where each side stands, from news about a negotiation.

The public API is the list in ``__all__`` (checked by a test); everything else is private.

    >>> import parley
    >>> analysis = parley.extract('"We are ready," Peskov said.', published="2025-02-18")
    >>> [s.speaker.name for s in analysis.statements]
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from parley.errors import ParleyError
from parley.extract.pipeline import Pipeline, Stage, build_pipeline
from parley.model import Actor, Analysis, Article, Doc, Event, Mention, Part, Position, Span, Statement

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Analysis",
    "Article",
    "Doc",
    "Event",
    "Mention",
    "ParleyError",
    "Part",
    "Pipeline",
    "Position",
    "Span",
    "Stage",
    "Statement",
    "Store",
    "build_pipeline",
    "extract",
    "__version__",
]


def __getattr__(name: str) -> object:
    # The store pulls in SQLAlchemy; loading it only when asked keeps `parley extract` and workers quick.
    if name == "Store":
        from parley.store.database import Store

        return Store
    raise AttributeError(f"module 'parley' has no attribute {name!r}")


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return build_pipeline()


def extract(text: str, published: str | date | None = None, *, doc: str = "<text>", title: str | None = None) -> Analysis:
    """Analyse one article's text with the default pipeline: statements, events and positions.

    ``published`` (a date or YYYY-MM-DD) anchors relative dates and date-dependent titles
    ("the US president" is Biden in 2024 and Trump from 20 January 2025).
    """
    day = date.fromisoformat(published) if isinstance(published, str) else published
    return _default_pipeline()(Article(text=text, doc=doc, published=day, title=title))
