# File generated from @wix/auto_sdk_ecom_delivery-profile 1.0.444
# by `make apigen` (tools/apigen). Do not edit.
"""The ``deliveryProfile`` module of ``@wix/ecom`` (17 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import delivery_profile as _types

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
        self, delivery_region_id: str, options: _types.AddDeliveryCarrierOptions
    ) -> _types.AddDeliveryCarrierResponse:
        """Add delivery carrier: ``POST /ecom/v1/delivery-profiles/add-delivery-carrier``.

        Permissions: ``ECOM.DELIVERY_CARRIER_ADD``.
        Callable by: ``APP``.
        Application errors: ``DELIVERY_REGION_NOT_FOUND``, ``CARRIER_ALREADY_EXISTS_IN_REGION``,
        ``DELIVERY_CARRIER_MISSING_BACKUP_RATE``, ``UNKNOWN_DELIVERY_CARRIER``.
        """
        return cast(
            "_types.AddDeliveryCarrierResponse",
            await call(
                self._requester,
                _ADD_DELIVERY_CARRIER,
                {
                    "deliveryRegionId": delivery_region_id,
                    **_fields.pick(options, "deliveryCarrier"),
                },
            ),
        )

    async def add_delivery_region(
        self,
        delivery_profile_id: str,
        delivery_region: _types.DeliveryRegion,
        options: _types.AddDeliveryRegionOptions | None = None,
    ) -> _types.AddDeliveryRegionResponse:
        """Add delivery region: ``POST``.

        ``/ecom/v1/delivery-profiles/{deliveryProfileId}/delivery-region``

        Permissions: ``ECOM.DELIVERY_PROFILE_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``DELIVERY_PROFILE_NOT_FOUND``, ``DESTINATIONS_COLLISION``,
        ``UNKNOWN_DELIVERY_CARRIER``, ``DELIVERY_CARRIER_MISSING_BACKUP_RATE``,
        ``SUBDIVISIONS_UNSUPPORTED_FOR_COUNTRY``.
        """
        return cast(
            "_types.AddDeliveryRegionResponse",
            await call(
                self._requester,
                _ADD_DELIVERY_REGION,
                {
                    "deliveryProfileId": delivery_profile_id,
                    "deliveryRegion": delivery_region,
                    **_fields.pick(options, "revision"),
                },
            ),
        )

    async def create_delivery_profile(
        self, delivery_profile: _types.DeliveryProfile
    ) -> _types.CreateDeliveryProfileResponse:
        """Create delivery profile: ``POST /ecom/v1/delivery-profiles``.

        Permissions: ``ECOM.DELIVERY_PROFILE_CREATE``.
        Callable by: ``APP``.
        Application errors: ``DELIVERY_PROFILES_LIMIT_EXCEEDED``, ``DESTINATIONS_COLLISION``,
        ``SINGLE_DEFAULT_DELIVERY_PROFILE``, ``UNKNOWN_DELIVERY_CARRIER``,
        ``DELIVERY_CARRIER_MISSING_BACKUP_RATE``, ``SUBDIVISIONS_UNSUPPORTED_FOR_COUNTRY``.
        """
        return cast(
            "_types.CreateDeliveryProfileResponse",
            await call(
                self._requester, _CREATE_DELIVERY_PROFILE, {"deliveryProfile": delivery_profile}
            ),
        )

    async def delete_delivery_profile(
        self, delivery_profile_id: str
    ) -> _types.DeleteDeliveryProfileResponse:
        """Delete delivery profile: ``DELETE /ecom/v1/delivery-profiles/{deliveryProfileId}``.

        Permissions: ``ECOM.DELIVERY_PROFILE_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteDeliveryProfileResponse",
            await call(
                self._requester,
                _DELETE_DELIVERY_PROFILE,
                {"deliveryProfileId": delivery_profile_id},
            ),
        )

    async def get_delivery_destination_properties(
        self,
    ) -> _types.GetDeliveryDestinationPropertiesResponse:
        """Get delivery destination properties: ``GET``.

        ``/ecom/v1/delivery-profiles/delivery-destination-properties``

        Permissions: ``ECOM.DELIVERY_PROFILE_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetDeliveryDestinationPropertiesResponse",
            await call(self._requester, _GET_DELIVERY_DESTINATION_PROPERTIES),
        )

    async def get_delivery_profile(
        self, delivery_profile_id: str
    ) -> _types.GetDeliveryProfileResponse:
        """Get delivery profile: ``GET /ecom/v1/delivery-profiles/{deliveryProfileId}``.

        Permissions: ``ECOM.DELIVERY_PROFILE_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetDeliveryProfileResponse",
            await call(
                self._requester, _GET_DELIVERY_PROFILE, {"deliveryProfileId": delivery_profile_id}
            ),
        )

    async def get_delivery_profile_by_delivery_region_id(
        self, delivery_region_id: str
    ) -> _types.GetDeliveryProfileByDeliveryRegionIdResponse:
        """Get delivery profile by delivery region id: ``GET``.

        ``/ecom/v1/delivery-profiles/delivery-regions/{deliveryRegionId}``

        Permissions: ``ECOM.DELIVERY_PROFILE_READ``.
        Callable by: ``APP``.
        Application errors: ``DELIVERY_REGION_NOT_FOUND``.
        """
        return cast(
            "_types.GetDeliveryProfileByDeliveryRegionIdResponse",
            await call(
                self._requester,
                _GET_DELIVERY_PROFILE_BY_DELIVERY_REGION_ID,
                {"deliveryRegionId": delivery_region_id},
            ),
        )

    async def list_delivery_carriers(
        self, delivery_profile_id: str, options: _types.ListDeliveryCarriersOptions | None = None
    ) -> _types.ListDeliveryCarriersResponse:
        """List delivery carriers: ``POST``.

        ``/ecom/v1/delivery-profiles/{deliveryProfileId}/delivery-carriers``

        Permissions: ``ECOM.DELIVERY_CARRIER_READ``.
        Callable by: ``APP``.
        Application errors: ``DELIVERY_CARRIER_NOT_FOUND``, ``DELIVERY_PROFILE_NOT_FOUND``.
        """
        return cast(
            "_types.ListDeliveryCarriersResponse",
            await call(
                self._requester,
                _LIST_DELIVERY_CARRIERS,
                {"deliveryProfileId": delivery_profile_id, **_fields.pick(options, "appIds")},
            ),
        )

    async def list_installed_delivery_carriers(
        self,
    ) -> _types.ListInstalledDeliveryCarriersResponse:
        """List installed delivery carriers: ``GET /ecom/v1/delivery-profiles/installed-carriers``.

        Permissions: ``ECOM.DELIVERY_CARRIER_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListInstalledDeliveryCarriersResponse",
            await call(self._requester, _LIST_INSTALLED_DELIVERY_CARRIERS),
        )

    def query_delivery_profiles(self) -> QueryBuilder[_types.DeliveryProfile]:
        """Query delivery profiles: ``GET /ecom/v1/delivery-profiles/query``.

        Permissions: ``ECOM.DELIVERY_PROFILE_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_DELIVERY_PROFILES)

    async def remove_delivery_carrier(
        self, delivery_region_id: str, options: _types.RemoveDeliveryCarrierOptions
    ) -> _types.RemoveDeliveryCarrierResponse:
        """Remove delivery carrier: ``POST /ecom/v1/delivery-profiles/remove-delivery-carrier``.

        Permissions: ``ECOM.DELIVERY_CARRIER_REMOVE``.
        Callable by: ``APP``.
        Application errors: ``DELIVERY_REGION_NOT_FOUND``.
        """
        return cast(
            "_types.RemoveDeliveryCarrierResponse",
            await call(
                self._requester,
                _REMOVE_DELIVERY_CARRIER,
                {"deliveryRegionId": delivery_region_id, **_fields.pick(options, "appId")},
            ),
        )

    async def remove_delivery_region(
        self,
        identifiers: _types.RemoveDeliveryRegionIdentifiers,
        options: _types.RemoveDeliveryRegionOptions | None = None,
    ) -> _types.RemoveDeliveryRegionResponse:
        """Remove delivery region: ``DELETE``.

        ``/ecom/v1/delivery-profiles/{deliveryProfileId}/delivery-region/{deliveryRegionId}``

        Permissions: ``ECOM.DELIVERY_PROFILE_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``DELIVERY_PROFILE_NOT_FOUND``, ``DELIVERY_REGION_NOT_FOUND``.
        """
        return cast(
            "_types.RemoveDeliveryRegionResponse",
            await call(
                self._requester,
                _REMOVE_DELIVERY_REGION,
                {
                    **_fields.pick(identifiers, "deliveryProfileId", "deliveryRegionId"),
                    **_fields.pick(options, "revision"),
                },
            ),
        )

    async def set_delivery_carrier_active_status(
        self, carrier_app_id: str, options: _types.SetDeliveryCarrierActiveStatusOptions
    ) -> _types.SetDeliveryCarrierActiveStatusResponse:
        """Set delivery carrier active status: ``POST``.

        ``/ecom/v1/delivery-profiles/delivery-carriers/set-active-status``

        Permissions: ``ECOM.DELIVERY_CARRIER_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``DELIVERY_CARRIER_NOT_FOUND``.
        """
        return cast(
            "_types.SetDeliveryCarrierActiveStatusResponse",
            await call(
                self._requester,
                _SET_DELIVERY_CARRIER_ACTIVE_STATUS,
                {"carrierAppId": carrier_app_id, **_fields.pick(options, "rowId", "active")},
            ),
        )

    async def update_delivery_carrier(
        self, delivery_region_id: str, options: _types.UpdateDeliveryCarrierOptions | None = None
    ) -> _types.UpdateDeliveryCarrierResponse:
        """Update delivery carrier: ``PATCH /ecom/v1/delivery-profiles/update-delivery-carrier``.

        Permissions: ``ECOM.DELIVERY_CARRIER_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``DELIVERY_REGION_NOT_FOUND``, ``DELIVERY_CARRIER_NOT_FOUND``,
        ``UNKNOWN_DELIVERY_CARRIER``, ``APP_ID_CANNOT_BE_UPDATED``.
        """
        return cast(
            "_types.UpdateDeliveryCarrierResponse",
            await call(
                self._requester,
                _UPDATE_DELIVERY_CARRIER,
                {
                    "deliveryRegionId": delivery_region_id,
                    **_fields.pick(options, "deliveryCarrier"),
                },
            ),
        )

    async def update_delivery_profile(
        self, id: str, delivery_profile: _types.DeliveryProfile
    ) -> _types.UpdateDeliveryProfileResponse:
        """Update delivery profile: ``PATCH /ecom/v1/delivery-profiles/{deliveryProfile.id}``.

        Permissions: ``ECOM.DELIVERY_PROFILE_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``DELIVERY_REGION_CANNOT_BE_UPDATED``,
        ``DEFAULT_CANNOT_BE_UPDATED``.
        """
        return cast(
            "_types.UpdateDeliveryProfileResponse",
            await call(
                self._requester,
                _UPDATE_DELIVERY_PROFILE,
                {"deliveryProfile": {**delivery_profile, "id": id}},
            ),
        )

    async def update_delivery_region(
        self,
        identifiers: _types.UpdateDeliveryRegionIdentifiers,
        delivery_region: _types.DeliveryRegion,
        options: _types.UpdateDeliveryRegionOptions | None = None,
    ) -> _types.UpdateDeliveryRegionResponse:
        """Update delivery region: ``PATCH``.

        ``/ecom/v1/delivery-profiles/{deliveryProfileId}/delivery-region/{deliveryRegion.id}``

        Permissions: ``ECOM.DELIVERY_REGION_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``DELIVERY_PROFILE_NOT_FOUND``, ``DELIVERY_REGION_NOT_FOUND``,
        ``DESTINATIONS_COLLISION``, ``DELIVERY_CARRIER_CANNOT_BE_UPDATED``,
        ``SUBDIVISIONS_UNSUPPORTED_FOR_COUNTRY``.
        """
        return cast(
            "_types.UpdateDeliveryRegionResponse",
            await call(
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
            ),
        )

    async def update_extended_fields(
        self, id: str, namespace: str, options: _types.UpdateExtendedFieldsOptions
    ) -> _types.UpdateExtendedFieldsResponse:
        """Update extended fields: ``POST /ecom/v1/delivery-profiles/{id}/update-extended-fields``.

        Permissions: ``ECOM.DELIVERY_PROFILE_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateExtendedFieldsResponse",
            await call(
                self._requester,
                _UPDATE_EXTENDED_FIELDS,
                {"id": id, "namespace": namespace, **_fields.pick(options, "namespaceData")},
            ),
        )


def bind(client: Requester) -> DeliveryProfile:
    """The ``deliveryProfile`` module for ``client``'s visitor."""
    return DeliveryProfile(client)
