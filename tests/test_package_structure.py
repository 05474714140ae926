"""The public API is an explicit list, and each layer imports only from the layers above it."""

from __future__ import annotations

import ast
from pathlib import Path

import parley

PACKAGE = Path(parley.__file__).parent

# Layers from the top down; a module may import from its own layer or any layer listed before it.
LAYERS = [
    {"errors", "config"},
    {"model"},
    {"text"},
    {"actors"},
    {"extract"},
    {"ingest"},
    {"store"},
    {"engine"},
    {"evaluation"},
    {"interfaces"},
]


def layer_of(module: str) -> int:
    head = module.split(".")[1] if module.startswith("parley.") else module
    for index, names in enumerate(LAYERS):
        if head in names:
            return index
    raise AssertionError(f"module parley.{head} is in no layer; add it to LAYERS and docs/architecture.md")


def test_public_api_is_the_documented_list() -> None:
    assert sorted(parley.__all__) == sorted(
        ["Actor", "Analysis", "Article", "Doc", "Event", "Mention", "ParleyError", "Part", "Pipeline",
         "Position", "Span", "Stage", "Statement", "Store", "build_pipeline", "extract", "__version__"]
    )
    for name in parley.__all__:
        assert hasattr(parley, name), name


def test_layers_import_only_from_layers_above() -> None:
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = rel.parts
        if len(parts) < 2 or parts[1] == "__init__" or parts[1] == "__main__":
            continue
        own = layer_of(".".join(parts))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("parley."):
                target = node.module
            elif isinstance(node, ast.Import):
                target = next((a.name for a in node.names if a.name.startswith("parley.")), "")
            else:
                continue
            if target and layer_of(target) > own:
                wrong.append(f"{'/'.join(parts)} imports {target}")
    assert not wrong, "imports against the layering:\n" + "\n".join(wrong)
