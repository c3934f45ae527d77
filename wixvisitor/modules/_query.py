"""Query builders like the JS SDK's: ``query_products().starts_with("name", "shoes").find()``.

INTERFACE STUB (lead): the generated modules build a :class:`QueryBuilder` from a
:class:`Query` spec; the builder's methods are filled in by the runtime work (issue 20).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from ._runtime import Requester, Route

__all__ = ["Query", "QueryBuilder"]

#: How a query pages, as the package's ``queryBuilder`` says.
Paging = Literal["OFFSET", "CURSOR"]


@attrs.frozen(slots=True)
class Query:
    """One query method, as its package's ``queryBuilder({...})`` declares it.

    ``items`` is the answer's array of results (``"products"``), ``metadata`` the answer's
    paging metadata (``"metadata"`` or ``"pagingMetadata"``), and ``field`` the request
    body's key the query object goes under (``{"query": {...}}``).
    """

    route: Route
    items: str
    paging: Paging
    metadata: str = "pagingMetadata"
    field: str = "query"


class QueryBuilder:
    """An immutable query: each operator returns a new builder; ``await find()`` runs it."""

    __slots__ = ("_options", "_query", "_requester")

    def __init__(
        self, requester: Requester, query: Query, options: Mapping[str, Any] | None = None
    ) -> None:
        self._requester = requester
        self._query = query
        self._options = dict(options) if options else {}
