"""The stages (segment, statements, events, positions), their registry and the pipeline."""
