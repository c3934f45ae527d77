# File generated from @wix/auto_sdk_ecom_delivery-profile 1.0.444
# by `make apigen` (tools/apigen). Do not edit.
"""The ``deliveryProfile`` module of ``@wix/ecom`` (17 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

_ADD_DELIVERY_CARRIER = Route(
    "POST",
    "/ecom/v1/delivery-profiles/add-delivery-carrier",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.AddDeliveryCarrier",
)
_ADD_DELIVERY_REGION = Route(
    "POST",
    "/ecom/v1/delivery-profiles/{deliveryProfileId}/delivery-region",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.AddDeliveryRegion",
    path_params=("deliveryProfileId",),
)
_CREATE_DELIVERY_PROFILE = Route(
    "POST",
    "/ecom/v1/delivery-profiles",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.CreateDeliveryProfile",
)
_DELETE_DELIVERY_PROFILE = Route(
    "DELETE",
    "/ecom/v1/delivery-profiles/{deliveryProfileId}",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.DeleteDeliveryProfile",
    path_params=("deliveryProfileId",),
)
_GET_DELIVERY_DESTINATION_PROPERTIES = Route(
    "GET",
    "/ecom/v1/delivery-profiles/delivery-destination-properties",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.GetDeliveryDestinationProperties",
)
_GET_DELIVERY_PROFILE = Route(
    "GET",
    "/ecom/v1/delivery-profiles/{deliveryProfileId}",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.GetDeliveryProfile",
    path_params=("deliveryProfileId",),
)
_GET_DELIVERY_PROFILE_BY_DELIVERY_REGION_ID = Route(
    "GET",
    "/ecom/v1/delivery-profiles/delivery-regions/{deliveryRegionId}",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.GetDeliveryProfileByDeliveryRegionId",
    path_params=("deliveryRegionId",),
)
_LIST_DELIVERY_CARRIERS = Route(
    "POST",
    "/ecom/v1/delivery-profiles/{deliveryProfileId}/delivery-carriers",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.ListDeliveryCarriers",
    path_params=("deliveryProfileId",),
)
_LIST_INSTALLED_DELIVERY_CARRIERS = Route(
    "GET",
    "/ecom/v1/delivery-profiles/installed-carriers",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.ListInstalledDeliveryCarriers",
)
_QUERY_DELIVERY_PROFILES = Query(
    Route(
        "GET",
        "/ecom/v1/delivery-profiles/query",
        "wix.ecom.deliveryprofile.v1.DeliveryProfiles.QueryDeliveryProfiles",
        complex=True,
        fallback=True,
    ),
    items="deliveryProfiles",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_REMOVE_DELIVERY_CARRIER = Route(
    "POST",
    "/ecom/v1/delivery-profiles/remove-delivery-carrier",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.RemoveDeliveryCarrier",
)
_REMOVE_DELIVERY_REGION = Route(
    "DELETE",
    "/ecom/v1/delivery-profiles/{deliveryProfileId}/delivery-region/{deliveryRegionId}",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.RemoveDeliveryRegion",
    path_params=("deliveryProfileId", "deliveryRegionId"),
)
_SET_DELIVERY_CARRIER_ACTIVE_STATUS = Route(
    "POST",
    "/ecom/v1/delivery-profiles/delivery-carriers/set-active-status",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.SetDeliveryCarrierActiveStatus",
)
_UPDATE_DELIVERY_CARRIER = Route(
    "PATCH",
    "/ecom/v1/delivery-profiles/update-delivery-carrier",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.UpdateDeliveryCarrier",
)
_UPDATE_DELIVERY_PROFILE = Route(
    "PATCH",
    "/ecom/v1/delivery-profiles/{deliveryProfile.id}",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.UpdateDeliveryProfile",
    path_params=("deliveryProfile.id",),
)
_UPDATE_DELIVERY_REGION = Route(
    "PATCH",
    "/ecom/v1/delivery-profiles/{deliveryProfileId}/delivery-region/{deliveryRegion.id}",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.UpdateDeliveryRegion",
    path_params=("deliveryProfileId", "deliveryRegion.id"),
)
_UPDATE_EXTENDED_FIELDS = Route(
    "POST",
    "/ecom/v1/delivery-profiles/{id}/update-extended-fields",
    "wix.ecom.deliveryprofile.v1.DeliveryProfiles.UpdateExtendedFields",
    path_params=("id",),
)


class DeliveryProfile(Module):
    """``deliveryProfile`` of ``@wix/ecom``: ``ecom.delivery_profile.bind(wix)``."""

    __slots__ = ()

    async def add_delivery_carrier(
        self, delivery_region_id: str, options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Add delivery carrier: ``POST /ecom/v1/delivery-profiles/add-delivery-carrier``."""
        return await call(
            self._requester,
            _ADD_DELIVERY_CARRIER,
            {"deliveryRegionId": delivery_region_id, **_fields.pick(options, "deliveryCarrier")},
        )

    async def add_delivery_region(
        self,
        delivery_profile_id: str,
        delivery_region: Mapping[str, Any],
        options: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Add delivery region: ``POST``.

        ``/ecom/v1/delivery-profiles/{deliveryProfileId}/delivery-region``
        """
        return await call(
            self._requester,
            _ADD_DELIVERY_REGION,
            {
                "deliveryProfileId": delivery_profile_id,
                "deliveryRegion": delivery_region,
                **_fields.pick(options, "revision"),
            },
        )

    async def create_delivery_profile(self, delivery_profile: Mapping[str, Any]) -> dict[str, Any]:
        """Create delivery profile: ``POST /ecom/v1/delivery-profiles``."""
        return await call(
            self._requester, _CREATE_DELIVERY_PROFILE, {"deliveryProfile": delivery_profile}
        )

    async def delete_delivery_profile(self, delivery_profile_id: str) -> dict[str, Any]:
        """Delete delivery profile: ``DELETE /ecom/v1/delivery-profiles/{deliveryProfileId}``."""
        return await call(
            self._requester, _DELETE_DELIVERY_PROFILE, {"deliveryProfileId": delivery_profile_id}
        )

    async def get_delivery_destination_properties(self) -> dict[str, Any]:
        """Get delivery destination properties: ``GET``.

        ``/ecom/v1/delivery-profiles/delivery-destination-properties``
        """
        return await call(self._requester, _GET_DELIVERY_DESTINATION_PROPERTIES)

    async def get_delivery_profile(self, delivery_profile_id: str) -> dict[str, Any]:
        """Get delivery profile: ``GET /ecom/v1/delivery-profiles/{deliveryProfileId}``."""
        return await call(
            self._requester, _GET_DELIVERY_PROFILE, {"deliveryProfileId": delivery_profile_id}
        )

    async def get_delivery_profile_by_delivery_region_id(
        self, delivery_region_id: str
    ) -> dict[str, Any]:
        """Get delivery profile by delivery region id: ``GET``.

        ``/ecom/v1/delivery-profiles/delivery-regions/{deliveryRegionId}``
        """
        return await call(
            self._requester,
            _GET_DELIVERY_PROFILE_BY_DELIVERY_REGION_ID,
            {"deliveryRegionId": delivery_region_id},
        )

    async def list_delivery_carriers(
        self, delivery_profile_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """List delivery carriers: ``POST``.

        ``/ecom/v1/delivery-profiles/{deliveryProfileId}/delivery-carriers``
        """
        return await call(
            self._requester,
            _LIST_DELIVERY_CARRIERS,
            {"deliveryProfileId": delivery_profile_id, **_fields.pick(options, "appIds")},
        )

    async def list_installed_delivery_carriers(self) -> dict[str, Any]:
        """List installed delivery carriers: ``GET``.

        ``/ecom/v1/delivery-profiles/installed-carriers``
        """
        return await call(self._requester, _LIST_INSTALLED_DELIVERY_CARRIERS)

    def query_delivery_profiles(self) -> QueryBuilder:
        """Query delivery profiles: ``GET /ecom/v1/delivery-profiles/query``."""
        return QueryBuilder(self._requester, _QUERY_DELIVERY_PROFILES)

    async def remove_delivery_carrier(
        self, delivery_region_id: str, options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Remove delivery carrier: ``POST /ecom/v1/delivery-profiles/remove-delivery-carrier``."""
        return await call(
            self._requester,
            _REMOVE_DELIVERY_CARRIER,
            {"deliveryRegionId": delivery_region_id, **_fields.pick(options, "appId")},
        )

    async def remove_delivery_region(
        self, identifiers: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Remove delivery region: ``DELETE``.

        ``/ecom/v1/delivery-profiles/{deliveryProfileId}/delivery-region/{deliveryRegionId}``
        """
        return await call(
            self._requester,
            _REMOVE_DELIVERY_REGION,
            {
                **_fields.pick(identifiers, "deliveryProfileId", "deliveryRegionId"),
                **_fields.pick(options, "revision"),
            },
        )

    async def set_delivery_carrier_active_status(
        self, carrier_app_id: str, options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Set delivery carrier active status: ``POST``.

        ``/ecom/v1/delivery-profiles/delivery-carriers/set-active-status``
        """
        return await call(
            self._requester,
            _SET_DELIVERY_CARRIER_ACTIVE_STATUS,
            {"carrierAppId": carrier_app_id, **_fields.pick(options, "rowId", "active")},
        )

    async def update_delivery_carrier(
        self, delivery_region_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update delivery carrier: ``PATCH /ecom/v1/delivery-profiles/update-delivery-carrier``."""
        return await call(
            self._requester,
            _UPDATE_DELIVERY_CARRIER,
            {"deliveryRegionId": delivery_region_id, **_fields.pick(options, "deliveryCarrier")},
        )

    async def update_delivery_profile(
        self, id: str, delivery_profile: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Update delivery profile: ``PATCH /ecom/v1/delivery-profiles/{deliveryProfile.id}``."""
        return await call(
            self._requester,
            _UPDATE_DELIVERY_PROFILE,
            {"deliveryProfile": {**delivery_profile, "id": id}},
        )

    async def update_delivery_region(
        self,
        identifiers: Mapping[str, Any],
        delivery_region: Mapping[str, Any],
        options: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Update delivery region: ``PATCH``.

        ``/ecom/v1/delivery-profiles/{deliveryProfileId}/delivery-region/{deliveryRegion.id}``
        """
        return await call(
            self._requester,
            _UPDATE_DELIVERY_REGION,
            {
                **_fields.pick(identifiers, "deliveryProfileId"),
                "deliveryRegion": {
                    **delivery_region,
                    **_fields.pick(identifiers, id="deliveryRegionId"),
                },
                **_fields.pick(options, "revision"),
            },
        )

    async def update_extended_fields(
        self, id: str, namespace: str, options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Update extended fields: ``POST``.

        ``/ecom/v1/delivery-profiles/{id}/update-extended-fields``
        """
        return await call(
            self._requester,
            _UPDATE_EXTENDED_FIELDS,
            {"id": id, "namespace": namespace, **_fields.pick(options, "namespaceData")},
        )


def bind(client: Requester) -> DeliveryProfile:
    """The ``deliveryProfile`` module for ``client``'s visitor."""
    return DeliveryProfile(client)
