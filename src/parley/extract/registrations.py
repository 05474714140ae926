"""All stage registrations in one place; importing this module fills the registry."""

from __future__ import annotations

from parley.extract import segment  # noqa: F401

# The full analysis, in order. Each entry is a name registered by a module imported above.
DEFAULT_STAGES: tuple[str, ...] = ("parley.segment.v1",)
