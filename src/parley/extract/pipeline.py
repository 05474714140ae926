"""The stage protocol and the pipeline that checks, when built, that each stage's needs are met."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol, runtime_checkable

from parley.errors import PipelineError
from parley.model import Article, Doc

# Layers a fresh Doc already has (the article itself).
BASE_LAYERS = frozenset({"article"})


@runtime_checkable
class Stage(Protocol):
    """A pipeline component: takes a Doc, returns a new Doc with the layers it produces added."""

    name: ClassVar[str]
    version: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    produces: ClassVar[tuple[str, ...]]

    def __call__(self, doc: Doc) -> Doc: ...


def stage_id(stage: Stage) -> str:
    return f"{stage.name}@{stage.version}"


@dataclass(frozen=True)
class Pipeline:
    """An ordered list of stages, checked when built: every requirement comes from an earlier stage."""

    stages: tuple[Stage, ...]

    def __post_init__(self) -> None:
        have = set(BASE_LAYERS)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"stage {stage_id(stage)} requires {', '.join(missing)}, which no earlier stage produces"
                )
            have.update(stage.produces)

    @property
    def names(self) -> list[str]:
        return [stage_id(s) for s in self.stages]

    def __call__(self, article: Article | Doc) -> Doc:
        doc = article if isinstance(article, Doc) else Doc(article=article)
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def run_many(self, articles: Iterable[Article]) -> Iterable[Doc]:
        for article in articles:
            yield self(article)


StageFactory = Callable[..., Stage]
_REGISTRY: dict[str, StageFactory] = {}


def register_stage(name: str) -> Callable[[StageFactory], StageFactory]:
    """Register a stage factory under a versioned name ("parley.statements.v1")."""

    def wrap(factory: StageFactory) -> StageFactory:
        _REGISTRY[name] = factory
        return factory

    return wrap


def registered_stages() -> dict[str, StageFactory]:
    from parley.extract import registrations  # noqa: F401  (fills the registry)

    return dict(_REGISTRY)


def build_pipeline(names: Sequence[str] | None = None, **options: object) -> Pipeline:
    """Build a pipeline from registered stage names (default: the full analysis)."""
    from parley.extract.registrations import DEFAULT_STAGES

    registry = registered_stages()
    chosen = list(names) if names is not None else list(DEFAULT_STAGES)
    unknown = [n for n in chosen if n not in registry]
    if unknown:
        raise PipelineError(
            f"unknown stage(s): {', '.join(unknown)}", hint=f"known stages: {', '.join(sorted(registry))}"
        )
    return Pipeline(tuple(registry[n](**options) for n in chosen))
