# File generated from @wix/auto_sdk_ecom_shippo-configurations 1.0.74
# by `make apigen` (tools/apigen). Do not edit.
"""The ``shippoConfigurations`` module of ``@wix/ecom`` (8 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import shippo_configurations as _types

_ADD_DELIVERY_REGION = Route(
    "POST",
    "/ecom/v1/shippo-configurations/{shippoConfigurationId}/delivery-regions",
    "wix.ecom.delivery.v1.ShippoService.AddDeliveryRegion",
    path_params=("shippoConfigurationId",),
)
_CREATE_SHIPPO_CONFIGURATION = Route(
    "POST",
    "/ecom/v1/shippo-configurations",
    "wix.ecom.delivery.v1.ShippoService.CreateShippoConfiguration",
)
_DELETE_SHIPPO_CONFIGURATION = Route(
    "DELETE",
    "/ecom/v1/shippo-configurations/{shippoConfigurationId}",
    "wix.ecom.delivery.v1.ShippoService.DeleteShippoConfiguration",
    path_params=("shippoConfigurationId",),
)
_GET_SHIPPO_CONFIGURATION = Route(
    "GET",
    "/ecom/v1/shippo-configurations/{shippoConfigurationId}",
    "wix.ecom.delivery.v1.ShippoService.GetShippoConfiguration",
    path_params=("shippoConfigurationId",),
)
_QUERY_SHIPPO_CONFIGURATIONS = Query(
    Route(
        "GET",
        "/ecom/v1/shippo-configurations/query",
        "wix.ecom.delivery.v1.ShippoService.QueryShippoConfigurations",
        complex=True,
        fallback=True,
    ),
    items="shippoConfigurations",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_REMOVE_DELIVERY_REGION = Route(
    "DELETE",
    "/ecom/v1/shippo-configurations/{shippoConfigurationId}/delivery-regions/{deliveryRegionId}",
    "wix.ecom.delivery.v1.ShippoService.RemoveDeliveryRegion",
    path_params=("shippoConfigurationId", "deliveryRegionId"),
)
_UPDATE_EXTENDED_FIELDS = Route(
    "POST",
    "/ecom/v1/shippo-configurations/{id}/update-extended-fields",
    "wix.ecom.delivery.v1.ShippoService.UpdateExtendedFields",
    path_params=("id",),
)
_UPDATE_SHIPPO_CONFIGURATION = Route(
    "PATCH",
    "/ecom/v1/shippo-configurations/{shippoConfiguration.id}",
    "wix.ecom.delivery.v1.ShippoService.UpdateShippoConfiguration",
    path_params=("shippoConfiguration.id",),
)


class ShippoConfigurations(Module):
    """``shippoConfigurations`` of ``@wix/ecom``: ``ecom.shippo_configurations.bind(wix)``."""

    __slots__ = ()

    async def add_delivery_region(
        self,
        shippo_configuration_id: str,
        delivery_region_id: str,
        options: _types.AddDeliveryRegionOptions | None = None,
    ) -> _types.AddDeliveryRegionResponse:
        """Add delivery region: ``POST``.

        ``/ecom/v1/shippo-configurations/{shippoConfigurationId}/delivery-regions``

        Permissions: ``ECOM.SHIPPO_CONFIGURATION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.AddDeliveryRegionResponse",
            await call(
                self._requester,
                _ADD_DELIVERY_REGION,
                {
                    "shippoConfigurationId": shippo_configuration_id,
                    "deliveryRegionId": delivery_region_id,
                    **_fields.pick(options, "revision"),
                },
            ),
        )

    async def create_shippo_configuration(
        self,
        shippo_configuration: _types.ShippoConfiguration,
        options: _types.CreateShippoConfigurationOptions | None = None,
    ) -> _types.CreateShippoConfigurationResponse:
        """Create shippo configuration: ``POST /ecom/v1/shippo-configurations``.

        Permissions: ``ECOM.SHIPPO_CONFIGURATION_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateShippoConfigurationResponse",
            await call(
                self._requester,
                _CREATE_SHIPPO_CONFIGURATION,
                {
                    "shippoConfiguration": shippo_configuration,
                    **_fields.pick(options, "backupRate"),
                },
            ),
        )

    async def delete_shippo_configuration(
        self, shippo_configuration_id: str
    ) -> _types.DeleteShippoConfigurationResponse:
        """Delete shippo configuration: ``DELETE``.

        ``/ecom/v1/shippo-configurations/{shippoConfigurationId}``

        Permissions: ``ECOM.SHIPPO_CONFIGURATION_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteShippoConfigurationResponse",
            await call(
                self._requester,
                _DELETE_SHIPPO_CONFIGURATION,
                {"shippoConfigurationId": shippo_configuration_id},
            ),
        )

    async def get_shippo_configuration(
        self, shippo_configuration_id: str
    ) -> _types.GetShippoConfigurationResponse:
        """Get shippo configuration: ``GET /ecom/v1/shippo-configurations/{shippoConfigurationId}``.

        Permissions: ``ECOM.SHIPPO_CONFIGURATION_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetShippoConfigurationResponse",
            await call(
                self._requester,
                _GET_SHIPPO_CONFIGURATION,
                {"shippoConfigurationId": shippo_configuration_id},
            ),
        )

    def query_shippo_configurations(self) -> QueryBuilder[_types.ShippoConfiguration]:
        """Query shippo configurations: ``GET /ecom/v1/shippo-configurations/query``.

        Permissions: ``ECOM.SHIPPO_CONFIGURATION_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_SHIPPO_CONFIGURATIONS)

    async def remove_delivery_region(
        self,
        identifiers: _types.RemoveDeliveryRegionIdentifiers,
        options: _types.RemoveDeliveryRegionOptions | None = None,
    ) -> _types.RemoveDeliveryRegionResponse:
        """Remove delivery region: ``DELETE``.

        ``/ecom/v1/shippo-configurations/{shippoConfigurationId}/delivery-regions/{deliveryRegionId}``

        Permissions: ``ECOM.SHIPPO_CONFIGURATION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.RemoveDeliveryRegionResponse",
            await call(
                self._requester,
                _REMOVE_DELIVERY_REGION,
                {
                    **_fields.pick(identifiers, "shippoConfigurationId", "deliveryRegionId"),
                    **_fields.pick(options, "revision"),
                },
            ),
        )

    async def update_extended_fields(
        self, id: str, namespace: str, options: _types.UpdateExtendedFieldsOptions
    ) -> _types.UpdateExtendedFieldsResponse:
        """Update extended fields: ``POST``.

        ``/ecom/v1/shippo-configurations/{id}/update-extended-fields``

        Permissions: ``ECOM.SHIPPO_CONFIGURATION_UPDATE``.
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

    async def update_shippo_configuration(
        self, id: str, shippo_configuration: _types.ShippoConfiguration
    ) -> _types.UpdateShippoConfigurationResponse:
        """Update shippo configuration: ``PATCH``.

        ``/ecom/v1/shippo-configurations/{shippoConfiguration.id}``

        Permissions: ``ECOM.SHIPPO_CONFIGURATION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateShippoConfigurationResponse",
            await call(
                self._requester,
                _UPDATE_SHIPPO_CONFIGURATION,
                {"shippoConfiguration": {**shippo_configuration, "id": id}},
            ),
        )


def bind(client: Requester) -> ShippoConfigurations:
    """The ``shippoConfigurations`` module for ``client``'s visitor."""
    return ShippoConfigurations(client)
