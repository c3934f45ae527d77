# File generated from @wix/auto_sdk_ecom_pickup-locations 1.0.55
# by `make apigen` (tools/apigen). Do not edit.
"""The ``pickupLocations`` module of ``@wix/ecom`` (10 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import pickup_locations as _types

_ADD_DELIVERY_REGION = Route(
    "POST",
    "/v1/pickup-locations/{pickupLocationId}/add-delivery-region",
    "wix.ecom.v1.PickupLocations.AddDeliveryRegion",
    path_params=("pickupLocationId",),
)
_BULK_CREATE_PICKUP_LOCATION = Route(
    "POST",
    "/v1/bulk/pickup-locations/create",
    "wix.ecom.v1.PickupLocations.BulkCreatePickupLocation",
)
_BULK_DELETE_PICKUP_LOCATION = Route(
    "DELETE",
    "/v1/bulk/pickup-locations/delete",
    "wix.ecom.v1.PickupLocations.BulkDeletePickupLocation",
)
_BULK_UPDATE_PICKUP_LOCATION = Route(
    "PATCH",
    "/v1/bulk/pickup-locations/update",
    "wix.ecom.v1.PickupLocations.BulkUpdatePickupLocation",
)
_CREATE_PICKUP_LOCATION = Route(
    "POST", "/v1/pickup-locations", "wix.ecom.v1.PickupLocations.CreatePickupLocation"
)
_DELETE_PICKUP_LOCATION = Route(
    "DELETE",
    "/v1/pickup-locations/{pickupLocationId}",
    "wix.ecom.v1.PickupLocations.DeletePickupLocation",
    path_params=("pickupLocationId",),
)
_GET_PICKUP_LOCATION = Route(
    "GET",
    "/v1/pickup-locations/{pickupLocationId}",
    "wix.ecom.v1.PickupLocations.GetPickupLocation",
    path_params=("pickupLocationId",),
)
_QUERY_PICKUP_LOCATION = Query(
    Route("POST", "/v1/pickup-locations/query", "wix.ecom.v1.PickupLocations.QueryPickupLocation"),
    items="pickupLocations",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_REMOVE_DELIVERY_REGION = Route(
    "POST",
    "/v1/pickup-locations/{pickupLocationId}/remove-delivery-region",
    "wix.ecom.v1.PickupLocations.RemoveDeliveryRegion",
    path_params=("pickupLocationId",),
)
_UPDATE_PICKUP_LOCATION = Route(
    "PATCH",
    "/v1/pickup-locations/{pickupLocation.id}",
    "wix.ecom.v1.PickupLocations.UpdatePickupLocation",
    path_params=("pickupLocation.id",),
)


class PickupLocations(Module):
    """``pickupLocations`` of ``@wix/ecom``: ``ecom.pickup_locations.bind(wix)``."""

    __slots__ = ()

    async def add_delivery_region(
        self,
        pickup_location_id: str,
        delivery_region_id: str,
        options: _types.AddDeliveryRegionOptions,
    ) -> _types.AddDeliveryRegionResponse:
        """Add delivery region: ``POST``.

        ``/v1/pickup-locations/{pickupLocationId}/add-delivery-region``

        Permissions: ``ECOM.PICKUP_LOCATION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.AddDeliveryRegionResponse",
            await call(
                self._requester,
                _ADD_DELIVERY_REGION,
                {
                    "pickupLocationId": pickup_location_id,
                    "deliveryRegionId": delivery_region_id,
                    **_fields.pick(options, "revision"),
                },
            ),
        )

    async def bulk_create_pickup_location(
        self, pickup_locations: Sequence[Mapping[str, Any]]
    ) -> _types.BulkCreatePickupLocationResponse:
        """Bulk create pickup location: ``POST /v1/bulk/pickup-locations/create``.

        Permissions: ``ECOM.PICKUP_LOCATION_CREATE``.
        Callable by: ``APP``.
        Application errors: ``LOCATIONS_IN_SHIPPING_RULE_LIMIT_EXCEEDED``,
        ``LOCATIONS_IN_DELIVERY_REGIONS_LIMIT_EXCEEDED``,
        ``LIMIT_OF_OPTIONS_PER_DELIVERY_REGION_EXCEEDED``.
        """
        return cast(
            "_types.BulkCreatePickupLocationResponse",
            await call(
                self._requester, _BULK_CREATE_PICKUP_LOCATION, {"pickupLocations": pickup_locations}
            ),
        )

    async def bulk_delete_pickup_location(
        self, pickup_location_ids: Sequence[str]
    ) -> _types.BulkDeletePickupLocationResponse:
        """Bulk delete pickup location: ``DELETE /v1/bulk/pickup-locations/delete``.

        Permissions: ``ECOM.PICKUP_LOCATION_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeletePickupLocationResponse",
            await call(
                self._requester,
                _BULK_DELETE_PICKUP_LOCATION,
                {"pickupLocationIds": pickup_location_ids},
            ),
        )

    async def bulk_update_pickup_location(
        self, pickup_locations: Sequence[Mapping[str, Any]]
    ) -> _types.BulkUpdatePickupLocationResponse:
        """Bulk update pickup location: ``PATCH /v1/bulk/pickup-locations/update``.

        Permissions: ``ECOM.PICKUP_LOCATION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpdatePickupLocationResponse",
            await call(
                self._requester, _BULK_UPDATE_PICKUP_LOCATION, {"pickupLocations": pickup_locations}
            ),
        )

    async def create_pickup_location(
        self, pickup_location: _types.PickupLocation
    ) -> _types.CreatePickupLocationResponse:
        """Create pickup location: ``POST /v1/pickup-locations``.

        Permissions: ``ECOM.PICKUP_LOCATION_CREATE``.
        Callable by: ``APP``.
        Application errors: ``LOCATIONS_IN_SHIPPING_RULE_LIMIT_EXCEEDED``,
        ``LOCATIONS_IN_DELIVERY_REGIONS_LIMIT_EXCEEDED``,
        ``LIMIT_OF_OPTIONS_PER_DELIVERY_REGION_EXCEEDED``.
        """
        return cast(
            "_types.CreatePickupLocationResponse",
            await call(
                self._requester, _CREATE_PICKUP_LOCATION, {"pickupLocation": pickup_location}
            ),
        )

    async def delete_pickup_location(
        self, pickup_location_id: str
    ) -> _types.DeletePickupLocationResponse:
        """Delete pickup location: ``DELETE /v1/pickup-locations/{pickupLocationId}``.

        Permissions: ``ECOM.PICKUP_LOCATION_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeletePickupLocationResponse",
            await call(
                self._requester, _DELETE_PICKUP_LOCATION, {"pickupLocationId": pickup_location_id}
            ),
        )

    async def get_pickup_location(
        self, pickup_location_id: str
    ) -> _types.GetPickupLocationResponse:
        """Get pickup location: ``GET /v1/pickup-locations/{pickupLocationId}``.

        Permissions: ``ECOM.PICKUP_LOCATION_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetPickupLocationResponse",
            await call(
                self._requester, _GET_PICKUP_LOCATION, {"pickupLocationId": pickup_location_id}
            ),
        )

    def query_pickup_location(self) -> QueryBuilder[_types.PickupLocation]:
        """Query pickup location: ``POST /v1/pickup-locations/query``.

        Permissions: ``ECOM.PICKUP_LOCATION_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_PICKUP_LOCATION)

    async def remove_delivery_region(
        self,
        pickup_location_id: str,
        delivery_region_id: str,
        options: _types.RemoveDeliveryRegionOptions,
    ) -> _types.RemoveDeliveryRegionResponse:
        """Remove delivery region: ``POST``.

        ``/v1/pickup-locations/{pickupLocationId}/remove-delivery-region``

        Permissions: ``ECOM.PICKUP_LOCATION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.RemoveDeliveryRegionResponse",
            await call(
                self._requester,
                _REMOVE_DELIVERY_REGION,
                {
                    "pickupLocationId": pickup_location_id,
                    "deliveryRegionId": delivery_region_id,
                    **_fields.pick(options, "revision"),
                },
            ),
        )

    async def update_pickup_location(
        self, id: str, pickup_location: _types.PickupLocation
    ) -> _types.UpdatePickupLocationResponse:
        """Update pickup location: ``PATCH /v1/pickup-locations/{pickupLocation.id}``.

        Permissions: ``ECOM.PICKUP_LOCATION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdatePickupLocationResponse",
            await call(
                self._requester,
                _UPDATE_PICKUP_LOCATION,
                {"pickupLocation": {**pickup_location, "id": id}},
            ),
        )


def bind(client: Requester) -> PickupLocations:
    """The ``pickupLocations`` module for ``client``'s visitor."""
    return PickupLocations(client)
