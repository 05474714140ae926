"""The actor knowledge base (packaged YAML files) and matching of mentions to actors."""

from parley.actors.kb import (
    ActorBase,
    actor_base_from_yaml,
    default_actor_base,
    load_actor_base,
    set_default_actor_files,
)
from parley.actors.match import ActorMatch

__all__ = [
    "ActorBase",
    "ActorMatch",
    "actor_base_from_yaml",
    "default_actor_base",
    "load_actor_base",
    "set_default_actor_files",
]
