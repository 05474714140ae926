"""The HTTP API (FastAPI) and the web dashboard."""
