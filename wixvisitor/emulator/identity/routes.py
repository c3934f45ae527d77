"""OAuth and identity routes: the token endpoint, ``/oauth2/authorize``, the logout page."""

from __future__ import annotations

from aiohttp import web

from ..redirects.routes import HOSTED
from .authorize import authorize, logout_page
from .oauth import token_endpoint

TOKEN_PATH = "/oauth2/token"  # noqa: S105 -- a path, not a secret
AUTHORIZE_PATH = "/oauth2/authorize"


def add_routes(app: web.Application) -> None:
    """Mount the token endpoint, the authorize page and the hosted logout page on ``app``."""
    app.router.add_post(TOKEN_PATH, token_endpoint)
    app.router.add_get(AUTHORIZE_PATH, authorize)
    app.router.add_post(AUTHORIZE_PATH, authorize)
    app.router.add_get(HOSTED + "/logout/{session_id}", logout_page)
