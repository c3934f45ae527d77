"""Settings of the example shop: no database, no templates, one URLconf."""

from __future__ import annotations

import os

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "example-only-not-a-secret")
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "shop.urls"
INSTALLED_APPS: list[str] = []
# Kept short: a real project keeps CsrfViewMiddleware (and a {% csrf_token %} in each form).
MIDDLEWARE: list[str] = []
DATABASES: dict[str, object] = {}
USE_TZ = True

# The shop's Wix site: your OAuth app's client id, Wix's address (or the emulator's),
# and where the visitor's tokens live ("cookie" or "server").
WIX_CLIENT_ID = os.environ.get("WIX_CLIENT_ID", "storefront-demo")
WIX_BASE_URL = os.environ.get("WIX_BASE_URL", "https://www.wixapis.com")
WIX_SESSION_MODE = os.environ.get("WIX_SESSION_MODE", "cookie")
