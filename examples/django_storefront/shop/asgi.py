"""The shop's ASGI application: ``uvicorn shop.asgi:application``.

Django's handler, wrapped so every request has a visitor session; the Visitors are
closed when the server shuts down.
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")

from django.conf import settings

import wixvisitor as wv
from wixvisitor.integrations.django import asgi_application

# A bounded memory store: in cookie mode it only lets one visitor's concurrent requests
# share a renewal; in server mode it holds the sessions (a RedisTokenStore for a fleet).
visitors = wv.Visitors(
    settings.WIX_CLIENT_ID,
    base_url=settings.WIX_BASE_URL,
    store=wv.stores.MemoryTokenStore(max_size=10_000),
)
# secure=False because this demo serves plain http on localhost; keep the default in production.
application = asgi_application(
    visitors, mode=settings.WIX_SESSION_MODE, settings=wv.CookieSettings(secure=False)
)
