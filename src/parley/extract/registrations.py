"""All stage registrations in one place; importing this module fills the registry."""

from __future__ import annotations

from parley.extract import events, positions, segment, statements  # noqa: F401  (each registers its stage)

# The full analysis, in order. Each entry is a name registered by a module imported above.
DEFAULT_STAGES: tuple[str, ...] = (
    "parley.segment.v1",
    "parley.statements.v1",
    "parley.events.v1",
    "parley.positions.v1",
)
