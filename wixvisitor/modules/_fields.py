"""How a generated method copies the fields of an ``options`` mapping into its payload.

The official wrappers build payloads like ``{id: _id, lineItems: options?.lineItems}``: a
field the caller left out is ``undefined`` and never sent. :func:`pick` is that, in Python;
:func:`field` is a spread of one of its fields (``{...options?.cartInfo, id: _id}``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["field", "pick"]


def pick(source: Mapping[str, Any] | None, *names: str, **renamed: str) -> dict[str, Any]:
    """The fields ``names`` of ``source`` that it has, in that order (``{}`` for ``None``).

    ``renamed`` puts a field under another key: ``pick(ids, id="fulfillmentId")``.
    """
    if not source:
        return {}
    picked = {name: source[name] for name in names if name in source}
    picked.update({key: source[name] for key, name in renamed.items() if name in source})
    return picked


def field(source: Mapping[str, Any] | None, name: str) -> Mapping[str, Any]:
    """The object ``source[name]`` to spread into a payload (``{}`` when absent)."""
    value = source.get(name) if source else None
    return value if isinstance(value, Mapping) else {}
