# File generated from @wix/auto_sdk_stores_stores-locations-v-3 1.0.59
# by `make apigen` (tools/apigen). Do not edit.
"""The ``storesLocationsV3`` module of ``@wix/stores`` (2 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import stores_locations_v3 as _types

_GET_STORES_LOCATION = Route(
    "GET",
    "/stores/v3/locations/{storesLocationId}",
    "wix.stores.catalog.location.v3.StoresLocationService.GetStoresLocation",
    path_params=("storesLocationId",),
)
_QUERY_STORES_LOCATIONS = Query(
    Route(
        "POST",
        "/stores/v3/locations/query",
        "wix.stores.catalog.location.v3.StoresLocationService.QueryStoresLocations",
    ),
    items="storesLocations",
    paging="CURSOR",
    metadata="pagingMetadata",
)


class StoresLocationsV3(Module):
    """``storesLocationsV3`` of ``@wix/stores``: ``stores.stores_locations_v3.bind(wix)``."""

    __slots__ = ()

    async def get_stores_location(
        self, stores_location_id: str
    ) -> _types.GetStoresLocationResponse:
        """Get stores location: ``GET /stores/v3/locations/{storesLocationId}``.

        Permissions: ``WIX_STORES.STORES_LOCATION_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetStoresLocationResponse",
            await call(
                self._requester, _GET_STORES_LOCATION, {"storesLocationId": stores_location_id}
            ),
        )

    def query_stores_locations(self) -> QueryBuilder[_types.StoresLocation]:
        """Query stores locations: ``POST /stores/v3/locations/query``.

        Permissions: ``WIX_STORES.STORES_LOCATION_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_STORES_LOCATIONS)


def bind(client: Requester) -> StoresLocationsV3:
    """The ``storesLocationsV3`` module for ``client``'s visitor."""
    return StoresLocationsV3(client)
