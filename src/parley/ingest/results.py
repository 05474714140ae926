"""What a reader yields: an Article, or a Skipped input with the error that says why."""

from __future__ import annotations

from dataclasses import dataclass

from parley.errors import ParleyError
from parley.model import Article


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input (file, ``path:LINE``, ``path#N``, link or URL) that gave no article, and why."""

    input: str
    error: ParleyError

    @property
    def code(self) -> str:
        return self.error.code

    @property
    def reason(self) -> str:
        """The error's message alone, without code or hint."""
        return self.error.message

    def __str__(self) -> str:
        return f"{self.input}: {self.error}"


ReadResult = Article | Skipped
"""One item from ``read_inputs``: an article, or a skipped input."""
