"""Request paths that stay where they were written: no segment URL normalization can move.

A URL's path is normalized before it is sent: a ``.`` segment drops out and a ``..``
segment removes the one before it, also when spelled ``%2E``. A path parameter taken from
a visitor's request (``get_cart("..")``) could otherwise send the visitor's token to
another endpoint (``GET /ecom/v1/`` instead of ``/ecom/v1/carts/{id}``). Both checks run
before any request is made and raise :class:`ValueError`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, unquote

__all__ = ["check_path", "path_segment"]

_DOT_SEGMENTS = frozenset({".", ".."})


def path_segment(name: str, value: Any, where: str) -> str:
    """``value`` quoted as one whole path segment (``/``, ``?``, ``#`` escaped).

    Only a non-empty ``str`` or an ``int`` (not a ``bool``) that is not ``.`` or ``..``
    can be a segment; anything else is a ValueError naming ``where`` and ``name``, never
    the value (it may be a secret).
    """
    if type(value) is not int and not isinstance(value, str):
        kind = "None" if value is None else type(value).__name__
        raise ValueError(
            f"{where}: the path parameter {name!r} must be a str or an int, not {kind}"
        )
    text = str(value)
    if text == "" or text in _DOT_SEGMENTS:
        raise ValueError(
            f"{where}: the path parameter {name!r} must not be empty, '.' or '..' "
            "(it would leave its segment)"
        )
    return quote(text, safe="")


def check_path(path: str) -> None:
    """Raise ValueError unless ``path`` starts with ``/`` and has no dot segment.

    A dot segment is ``.`` or ``..`` once percent-decoded (``%2E%2e`` too); the query and
    the fragment are not looked at.
    """
    if not isinstance(path, str) or not path.startswith("/"):
        raise ValueError("a request path must be a str starting with '/'")
    route = path.partition("?")[0].partition("#")[0]
    for segment in route.split("/"):
        if segment in _DOT_SEGMENTS or ("%" in segment and unquote(segment) in _DOT_SEGMENTS):
            raise ValueError(
                "a request path must not have a '.' or '..' segment: URL normalization "
                "would send the request to another path"
            )
