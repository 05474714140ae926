"""Scoring against gold sets (PolNeAR statements, PLV event types) and speed benchmarks."""
