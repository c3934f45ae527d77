# File generated from @wix/auto_sdk_bookings_catalog-search 1.0.31
# by `make apigen` (tools/apigen). Do not edit.
"""The ``catalogSearch`` module of ``@wix/bookings`` (1 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import catalog_search as _types

_QUERY_SERVICES_BY_FILTERS = Route(
    "POST",
    "/bookings/catalog-search/v1/catalog/search/services/query",
    "wix.bookings.catalog.search.v1.CatalogSearch.QueryServicesByFilters",
)


class CatalogSearch(Module):
    """``catalogSearch`` of ``@wix/bookings``: ``bookings.catalog_search.bind(wix)``."""

    __slots__ = ()

    async def query_services_by_filters(
        self, options: _types.QueryServicesByFiltersOptions | None = None
    ) -> _types.QueryServicesByFiltersResponse:
        """Query services by filters: ``POST``.

        ``/bookings/catalog-search/v1/catalog/search/services/query``

        Permissions: ``bookings:catalog_search:v1:catalog_search:query_services_by_filters``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.QueryServicesByFiltersResponse",
            await call(
                self._requester,
                _QUERY_SERVICES_BY_FILTERS,
                {**_fields.pick(options, "query", "serviceFilters")},
            ),
        )


def bind(client: Requester) -> CatalogSearch:
    """The ``catalogSearch`` module for ``client``'s visitor."""
    return CatalogSearch(client)
