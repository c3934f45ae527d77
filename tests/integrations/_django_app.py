"""The integration tests' routes as a Django project (this module is its URLconf).

Settings are made here once per test process; each test site is its own ASGI handler
wrapped by :func:`wixvisitor.integrations.django.asgi_application`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import django
from _integration_pages import cart_lines, who
from django.conf import settings as django_settings
from django.core.handlers.asgi import ASGIHandler
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.urls import path

import wixvisitor as wv
from wixvisitor.integrations.django import asgi_application, visitor, visitor_client

if not django_settings.configured:
    django_settings.configure(
        DEBUG=False,
        SECRET_KEY="wixvisitor-tests-only",
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
        DATABASES={},
        USE_TZ=True,
        LOGGING_CONFIG=None,
    )
    django.setup(set_prefix=False)


async def ping(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"ok": True})


async def whoami(request: HttpRequest) -> JsonResponse:
    return JsonResponse(who(await visitor(request)))


async def cart(request: HttpRequest) -> JsonResponse:
    wix = await visitor(request)
    return JsonResponse(cart_lines(await wix.current_cart.get()))


async def add(request: HttpRequest, product_id: str) -> JsonResponse:
    if request.method != "POST":
        return JsonResponse({}, status=405)
    item = wv.line_item(product_id, int(request.GET.get("quantity", "1")))
    return JsonResponse(cart_lines(await visitor_client(request).current_cart.add([item])))


async def own_response(request: HttpRequest) -> HttpResponse:
    lines = cart_lines(await visitor_client(request).current_cart.get())
    return HttpResponse(f"{len(lines)} lines", content_type="text/plain", headers={"X-Own": "yes"})


async def raise_http_error(request: HttpRequest) -> HttpResponse:
    await visitor_client(request).current_cart.get()
    raise Http404("no such page")


async def stream(request: HttpRequest) -> StreamingHttpResponse:
    lines = cart_lines(await visitor_client(request).current_cart.get())

    async def body() -> AsyncIterator[bytes]:
        for chunk in (b"streamed ", str(len(lines)).encode(), b" lines"):
            yield chunk

    return StreamingHttpResponse(body(), content_type="text/plain")


urlpatterns = [
    path("ping", ping),
    path("whoami", whoami),
    path("cart", cart),
    path("cart/<str:product_id>", add),
    path("own-response", own_response),
    path("raise", raise_http_error),
    path("stream", stream),
]


def django_app(visitors: wv.Visitors, mode: str, settings: wv.CookieSettings) -> Any:
    """The test routes as a Django ASGI application with visitor sessions."""
    return asgi_application(visitors, mode=mode, settings=settings, application=ASGIHandler())  # type: ignore[arg-type]
