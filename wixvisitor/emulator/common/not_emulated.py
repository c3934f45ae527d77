"""What the emulator answers for a Wix API it does not serve: 501 ``NOT_EMULATED``.

The answer is in Wix's error shape and names the method when the path is one of the
official packages' routes (``wix_routes.tsv``, generated from the pinned
``@wix/auto_sdk_*`` packages by ``tools/wix_routes.mjs``), else the path; so a user sees
at once that the emulator, not their code, stops there. A ``GET`` read the SDK falls back
to ``POST`` for is found under either verb, and ``/_api/...`` spellings of a path too.
"""

from __future__ import annotations

import functools
from importlib import resources

from aiohttp import web

from .http import json_response

__all__ = ["applies", "method_fqn", "not_emulated"]

_TABLE = "wix_routes.tsv"
_ANY = "{}"  # a path parameter in the table


@functools.cache
def _routes() -> tuple[dict[tuple[str, str], str], list[tuple[str, tuple[str, ...], str]]]:
    """The table, split into exact paths and paths with parameters (read once)."""
    exact: dict[tuple[str, str], str] = {}
    templated: list[tuple[str, tuple[str, ...], str]] = []
    text = (
        resources.files(__package__ or "wixvisitor.emulator.common")
        .joinpath(_TABLE)
        .read_text(encoding="utf-8")
    )
    for line in text.splitlines():
        verb, path, fqn = line.split("\t")
        path = _canonical(path)
        if _ANY in path.split("/"):
            templated.append((verb, tuple(path.split("/")), fqn))
        else:
            exact.setdefault((verb, path), fqn)
    return exact, templated


def _canonical(path: str) -> str:
    """The path without a trailing slash or the ``/_api`` prefix some host maps add."""
    path = path.rstrip("/") or "/"
    return path[len("/_api") :] if path.startswith("/_api/") else path


def method_fqn(verb: str, path: str) -> str | None:
    """The official method served at ``verb path`` on www.wixapis.com, if the table has one.

    >>> method_fqn("POST", "/ecom/v1/carts")
    'com.wix.ecom.cart.api.v1.CartService.CreateCart'
    """
    exact, templated = _routes()
    path = _canonical(path)
    parts = tuple(path.split("/"))
    verbs = (verb, "GET") if verb == "POST" else (verb,)  # the SDK's POST fallback of reads
    for wanted in verbs:
        if (wanted, path) in exact:
            return exact[(wanted, path)]
        for route_verb, pattern, fqn in templated:
            if (
                route_verb == wanted
                and len(pattern) == len(parts)
                and all(p == s or (p == _ANY and s) for p, s in zip(pattern, parts, strict=True))
            ):
                return fqn
    return None


def applies(request: web.Request, unmatched: web.HTTPException) -> bool:
    """Whether the router's refusal becomes a 501: every 404, and a 405 on an official route.

    A wrong verb on a path the emulator serves for another verb stays 405 unless the
    official packages have a method there (``PATCH /stores/v3/products/{id}`` is
    UpdateProduct, not emulated).
    """
    if unmatched.status == 404:
        return True
    return unmatched.status == 405 and method_fqn(request.method, request.path) is not None


def not_emulated(request: web.Request) -> web.Response:
    """The 501 for a request no emulator route serves (``NOT_EMULATED``, naming the method)."""
    fqn = method_fqn(request.method, request.path)
    target = fqn if fqn is not None else f"{request.method} {request.path}"
    message = f"{target} is not emulated: the wixvisitor emulator does not serve this API"
    description = (
        f"The local Wix emulator does not implement {target}. The real Wix API may well"
        " serve it; see docs/emulator-catalogs.md for what the emulator serves."
    )
    data = {"method": request.method, "path": request.path}
    if fqn is not None:
        data["methodFqn"] = fqn
    details = {
        "applicationError": {"code": "NOT_EMULATED", "description": description, "data": data}
    }
    return json_response({"message": message, "details": details}, 501)
