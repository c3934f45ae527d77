"""What a generated query method declares: its route, its answer's parts and its paging.

Each query method of a generated module is one :class:`Query`, read from its package's
``queryBuilder({...})`` call; :mod:`._query` builds a :class:`~._query.QueryBuilder` from it.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ._runtime import Route

__all__ = ["DEFAULT_LIMIT", "Paging", "Query", "first_page"]

#: How a query pages, as the package's ``queryBuilder`` says.
Paging = Literal["OFFSET", "CURSOR"]

#: The page size of a query that sets none (the JS SDK's ``DEFAULT_LIMIT``).
DEFAULT_LIMIT = 50

_FIRST_OFFSET_PAGE: dict[str, Any] = {"offset": 0, "limit": DEFAULT_LIMIT}
_FIRST_CURSOR_PAGE: dict[str, Any] = {"limit": DEFAULT_LIMIT}


@attrs.frozen(slots=True)
class Query:
    """One query method, as its package's ``queryBuilder({...})`` declares it.

    ``items`` is the answer's array of results (``"products"``), ``metadata`` the answer's
    paging metadata (``"metadata"`` or ``"pagingMetadata"``), and ``field`` the request
    body's key the query object goes under (``{"query": {...}}``). ``max_limit`` is the
    largest page size the API takes (the ``@max`` of the package's paging type); the
    default is the largest any Wix query takes.
    """

    route: Route
    items: str
    paging: Paging
    metadata: str = "pagingMetadata"
    field: str = "query"
    max_limit: int = 1000


def first_page(query: Query) -> dict[str, Any]:
    """The paging of a query nothing has paged yet (one shared object: never change it)."""
    return _FIRST_OFFSET_PAGE if query.paging == "OFFSET" else _FIRST_CURSOR_PAGE
