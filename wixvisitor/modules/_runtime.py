"""What every generated Wix module calls: one route, one request, one query builder.

The generated modules (``wixvisitor.modules.<package>.<module>``) hold data, not code:
each method is a :class:`Route` read from the official ``@wix/auto_sdk_*`` package and a
one-line body calling :func:`call` (or building a :class:`QueryBuilder`). Everything goes
through the client's one request path (:meth:`wixvisitor.WixClient.request`), so 401
recovery, single flight, retries and redaction hold for generated calls too.

How a payload travels is the official SDK's (``@wix/sdk-runtime``'s ``toURLSearchParams``):

- path parameters (``{id}``, ``{cartInfo.id}``) are filled from the payload and removed
  from it, each quoted as one whole segment; an empty one, ``.``, ``..`` or one that is
  not a ``str`` or an ``int`` is a ValueError before any request (it would leave its
  segment once the URL is normalized);
- ``GET`` and ``DELETE`` carry the rest in the query: flat fields as plain parameters
  (arrays repeated, nested simple fields as dotted names); for a *complex* request
  (``Route.complex``) whose payload has nested objects, the whole payload as one ``.r``
  parameter, base64url of its JSON without padding;
- a ``GET`` whose query would pass 4,000 characters is sent as ``POST`` with the JSON
  body when the package declares that fallback (``Route.fallback``);
- other verbs carry the payload as the JSON body.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

import attrs

from .._paths import path_segment
from .._requester import Requester
from ..errors import WixApiError

__all__ = ["MAX_QUERY_LENGTH", "Module", "Requester", "Route", "call", "encode_query"]

#: Past this many characters of query a ``GET`` with a fallback is sent as ``POST``.
MAX_QUERY_LENGTH = 4000

_QUERY_VERBS = frozenset({"GET", "DELETE"})

#: ``JSON.stringify``'s output: no spaces, text as is (``json.dumps`` would build one per call).
_COMPACT = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


@attrs.frozen(slots=True)
class Route:
    """One method's wire, as its official package declares it.

    ``path`` is the public path on ``www.wixapis.com`` (``/ecom/v1/carts/{id}``);
    ``fqn`` is the package's ``methodFqn``, used in messages and docs.
    """

    verb: str
    path: str
    fqn: str = ""
    path_params: tuple[str, ...] = ()
    complex: bool = False
    fallback: bool = False


class Module:
    """Base of every generated module class: the requester its calls go through."""

    __slots__ = ("_requester",)

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def __repr__(self) -> str:
        return f"<{type(self).__module__}.{type(self).__name__}>"


async def call(
    requester: Requester, route: Route, payload: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Send ``payload`` along ``route`` as the official SDK would; the answer's JSON object."""
    # Path parameters are taken from a copy: the caller's payload is never changed.
    body: dict[str, Any] = (
        payload if type(payload) is dict and not route.path_params else dict(payload or ())
    )
    path = _fill_path(route, body) if route.path_params else route.path
    verb = route.verb
    if verb in _QUERY_VERBS:
        query = encode_query(body, complex=route.complex) if body else ""
        if len(query) <= MAX_QUERY_LENGTH or not route.fallback:
            answer = await requester.request(verb, f"{path}?{query}" if query else path)
            return _object(answer, route)
        verb = "POST"
    answer = await requester.request(verb, path, json=body)
    return _object(answer, route)


def encode_query(payload: Mapping[str, Any], *, complex: bool = False) -> str:
    """``payload`` as the SDK's query string (``.r`` for a nested complex payload)."""
    if complex and _needs_r(payload):
        packed = _COMPACT.encode(payload).encode()
        return ".r=" + base64.urlsafe_b64encode(packed).rstrip(b"=").decode()
    flat: dict[str, Any] = {}
    _flatten(payload, "", flat)
    pairs: list[tuple[str, str]] = []
    for name, value in flat.items():
        for item in value if isinstance(value, list) else (value,):
            if item is None or isinstance(item, (dict, list)):
                continue
            pairs.append((name, _text(item)))
    return urlencode(pairs)


def _flatten(data: Mapping[str, Any], prefix: str, into: dict[str, Any]) -> None:
    """The SDK's ``flattenParams``: each non-object value under its dotted name."""
    for key, value in data.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, Mapping):
            _flatten(value, name, into)
        else:
            into[name] = value


def _needs_r(data: Mapping[str, Any], nested: bool = False) -> bool:
    """Whether ``flattenParams`` would give a dotted name or an array of objects (then ``.r``).

    Stops at the first such field, without flattening the payload.
    """
    for key, value in data.items():
        if "." in (key if type(key) is str else str(key)):
            return True
        if type(value) is dict or isinstance(value, Mapping):  # the ABC check only if needed
            if _needs_r(value, True):
                return True
        elif nested or (
            isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value)
        ):
            return True
    return False


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _fill_path(route: Route, body: dict[str, Any]) -> str:
    path = route.path
    for name in route.path_params:
        value = _pop(body, name.split("."))
        where = route.fqn or route.path
        if value is None:
            raise ValueError(f"{where}: the path needs {name!r}")
        path = path.replace("{" + name + "}", path_segment(name, value, where))
    return path


def _pop(body: dict[str, Any], parts: list[str]) -> Any:
    """Remove the field at ``parts``; nested objects are copied first, never changed in place."""
    node = body
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, Mapping):
            return None
        node[part] = node = dict(child)
    return node.pop(parts[-1], None)


def _object(answer: Any, route: Route) -> dict[str, Any]:
    if isinstance(answer, dict):
        return answer
    if answer is None:  # an empty 2xx answer (a delete) is an empty object
        return {}
    raise WixApiError(f"{route.fqn or route.path} answered with an unexpected shape", status=200)
