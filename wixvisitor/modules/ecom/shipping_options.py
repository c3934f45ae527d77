# File generated from @wix/auto_sdk_ecom_shipping-options 1.0.244
# by `make apigen` (tools/apigen). Do not edit.
"""The ``shippingOptions`` module of ``@wix/ecom`` (8 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import shipping_options as _types

_ADD_DELIVERY_REGION = Route(
    "POST",
    "/ecom/v1/shipping-options/{shippingOptionId}/add-delivery-region",
    "wix.ecom.delivery.v1.ShippingOptionService.AddDeliveryRegion",
    path_params=("shippingOptionId",),
)
_CREATE_SHIPPING_OPTION = Route(
    "POST",
    "/ecom/v1/shipping-options",
    "wix.ecom.delivery.v1.ShippingOptionService.CreateShippingOption",
)
_DELETE_SHIPPING_OPTION = Route(
    "DELETE",
    "/ecom/v1/shipping-options/{shippingOptionId}",
    "wix.ecom.delivery.v1.ShippingOptionService.DeleteShippingOption",
    path_params=("shippingOptionId",),
)
_GET_SHIPPING_OPTION = Route(
    "GET",
    "/ecom/v1/shipping-options/{shippingOptionId}",
    "wix.ecom.delivery.v1.ShippingOptionService.GetShippingOption",
    path_params=("shippingOptionId",),
)
_QUERY_SHIPPING_OPTIONS = Query(
    Route(
        "GET",
        "/ecom/v1/shipping-options/query",
        "wix.ecom.delivery.v1.ShippingOptionService.QueryShippingOptions",
        complex=True,
        fallback=True,
    ),
    items="shippingOptions",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_REMOVE_DELIVERY_REGION = Route(
    "POST",
    "/ecom/v1/shipping-options/{shippingOptionId}/remove-delivery-region",
    "wix.ecom.delivery.v1.ShippingOptionService.RemoveDeliveryRegion",
    path_params=("shippingOptionId",),
)
_UPDATE_EXTENDED_FIELDS = Route(
    "POST",
    "/ecom/v1/shipping-options/{id}/update-extended-fields",
    "wix.ecom.delivery.v1.ShippingOptionService.UpdateExtendedFields",
    path_params=("id",),
)
_UPDATE_SHIPPING_OPTION = Route(
    "PATCH",
    "/ecom/v1/shipping-options/{shippingOption.id}",
    "wix.ecom.delivery.v1.ShippingOptionService.UpdateShippingOption",
    path_params=("shippingOption.id",),
)


class ShippingOptions(Module):
    """``shippingOptions`` of ``@wix/ecom``: ``ecom.shipping_options.bind(wix)``."""

    __slots__ = ()

    async def add_delivery_region(
        self,
        shipping_option_id: str,
        delivery_region_id: str,
        options: _types.AddDeliveryRegionOptions,
    ) -> _types.AddDeliveryRegionResponse:
        """Add delivery region: ``POST``.

        ``/ecom/v1/shipping-options/{shippingOptionId}/add-delivery-region``

        Permissions: ``ECOM.SHIPPING_OPTION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.AddDeliveryRegionResponse",
            await call(
                self._requester,
                _ADD_DELIVERY_REGION,
                {
                    "shippingOptionId": shipping_option_id,
                    "deliveryRegionId": delivery_region_id,
                    **_fields.pick(options, "revision"),
                },
            ),
        )

    async def create_shipping_option(
        self, shipping_option: _types.ShippingOption
    ) -> _types.CreateShippingOptionResponse:
        """Create shipping option: ``POST /ecom/v1/shipping-options``.

        Permissions: ``ECOM.SHIPPING_OPTION_CREATE``.
        Callable by: ``APP``.
        Application errors: ``INVALID_QUANTITY_VALUE``.
        """
        return cast(
            "_types.CreateShippingOptionResponse",
            await call(
                self._requester, _CREATE_SHIPPING_OPTION, {"shippingOption": shipping_option}
            ),
        )

    async def delete_shipping_option(
        self, shipping_option_id: str
    ) -> _types.DeleteShippingOptionResponse:
        """Delete shipping option: ``DELETE /ecom/v1/shipping-options/{shippingOptionId}``.

        Permissions: ``ECOM.SHIPPING_OPTION_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteShippingOptionResponse",
            await call(
                self._requester, _DELETE_SHIPPING_OPTION, {"shippingOptionId": shipping_option_id}
            ),
        )

    async def get_shipping_option(
        self, shipping_option_id: str
    ) -> _types.GetShippingOptionResponse:
        """Get shipping option: ``GET /ecom/v1/shipping-options/{shippingOptionId}``.

        Permissions: ``ECOM.SHIPPING_OPTION_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetShippingOptionResponse",
            await call(
                self._requester, _GET_SHIPPING_OPTION, {"shippingOptionId": shipping_option_id}
            ),
        )

    def query_shipping_options(self) -> QueryBuilder[_types.ShippingOption]:
        """Query shipping options: ``GET /ecom/v1/shipping-options/query``.

        Permissions: ``ECOM.SHIPPING_OPTION_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_SHIPPING_OPTIONS)

    async def remove_delivery_region(
        self,
        shipping_option_id: str,
        delivery_region_id: str,
        options: _types.RemoveDeliveryRegionOptions,
    ) -> _types.RemoveDeliveryRegionResponse:
        """Remove delivery region: ``POST``.

        ``/ecom/v1/shipping-options/{shippingOptionId}/remove-delivery-region``

        Permissions: ``ECOM.SHIPPING_OPTION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.RemoveDeliveryRegionResponse",
            await call(
                self._requester,
                _REMOVE_DELIVERY_REGION,
                {
                    "shippingOptionId": shipping_option_id,
                    "deliveryRegionId": delivery_region_id,
                    **_fields.pick(options, "revision"),
                },
            ),
        )

    async def update_extended_fields(
        self, id: str, namespace: str, options: _types.UpdateExtendedFieldsOptions
    ) -> _types.UpdateExtendedFieldsResponse:
        """Update extended fields: ``POST /ecom/v1/shipping-options/{id}/update-extended-fields``.

        Permissions: ``ECOM.SHIPPING_OPTION_UPDATE``.
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

    async def update_shipping_option(
        self, id: str, shipping_option: _types.ShippingOption
    ) -> _types.UpdateShippingOptionResponse:
        """Update shipping option: ``PATCH /ecom/v1/shipping-options/{shippingOption.id}``.

        Permissions: ``ECOM.SHIPPING_OPTION_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``INVALID_QUANTITY_VALUE``.
        """
        return cast(
            "_types.UpdateShippingOptionResponse",
            await call(
                self._requester,
                _UPDATE_SHIPPING_OPTION,
                {"shippingOption": {**shipping_option, "id": id}},
            ),
        )


def bind(client: Requester) -> ShippingOptions:
    """The ``shippingOptions`` module for ``client``'s visitor."""
    return ShippingOptions(client)
