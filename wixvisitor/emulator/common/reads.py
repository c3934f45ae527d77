"""Read requests the way the official JS SDK sends them: ``GET`` with the payload in the query.

The SDK (``@wix/sdk-runtime``'s ``toURLSearchParams``) sends a read method (search,
query, count, get, list) as ``GET``:

- a payload with nested objects or arrays of objects as one parameter ``.r``: the JSON
  body, base64url-encoded without padding (padded and standard base64 are accepted too);
- a flat payload as plain parameters, arrays repeated (``fields=A&fields=B``) and nested
  fields of simple requests as dotted names (``paging.limit=10``), every value a string;
- an empty payload as no query at all;
- past 4,000 characters of query, the same call as ``POST`` with the JSON body.

Unknown parameters are ignored, as Wix ignores them. A malformed ``.r`` is a 400.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from typing import Any

from aiohttp import web
from multidict import MultiMapping

from .http import BadBody, authenticate, json_response, read_json_object, validation_error
from .json_query import QueryError

__all__ = ["payload_from_query", "read_payload"]

_PACKED = ".r"


async def read_payload(request: web.Request) -> dict[str, Any]:
    """The request's payload: from the query for ``GET``, else from the JSON body."""
    if request.method == "GET":
        return payload_from_query(request.query)
    return await read_json_object(request)


async def answer_read(
    request: web.Request, work: Callable[[Mapping[str, Any]], dict[str, Any]]
) -> web.Response:
    """A visitor's read: ``work`` on its payload; a bad body or query is a 400 naming the field."""
    caller = authenticate(request)
    if isinstance(caller, web.Response):
        return caller
    try:
        return json_response(work(await read_payload(request)))
    except BadBody as exc:
        return validation_error("body", str(exc))
    except QueryError as exc:
        return validation_error(exc.field, exc.description)


def payload_from_query(query: MultiMapping[str]) -> dict[str, Any]:
    """The payload a query string carries (``.r``, or flat and dotted parameters)."""
    if _PACKED in query:
        return _unpack(query.getone(_PACKED))
    payload: dict[str, Any] = {}
    for name in dict.fromkeys(query.keys()):  # each name once, in order
        values = query.getall(name)
        _place(payload, name.split("."), values[0] if len(values) == 1 else list(values))
    return payload


def _unpack(packed: str) -> dict[str, Any]:
    text = packed.strip().replace("-", "+").replace("_", "/")
    try:
        raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise BadBody("the .r parameter is not base64") from None
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadBody("the .r parameter is not base64 of JSON") from None
    if not isinstance(data, dict):
        raise BadBody("the .r parameter must hold a JSON object")
    return data


def _place(payload: dict[str, Any], path: list[str], value: Any) -> None:
    node = payload
    for part in path[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    if not isinstance(node.get(path[-1]), Mapping):  # a.b=1 and a=2: the object wins
        node[path[-1]] = value
