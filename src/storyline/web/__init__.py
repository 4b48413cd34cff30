"""The web UI and REST API (``storyline serve``): a thin skin over ``storyline.corpus``."""

from storyline.web.app import create_app

__all__ = ["create_app"]
