"""The interfaces: CLI, HTTP API and web dashboard. Nothing imports these."""
