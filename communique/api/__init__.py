"""REST API: ``create_app()`` builds the FastAPI application that also serves the web UI."""

from communique.api.app import create_app

__all__ = ["create_app"]
