# File generated from @wix/auto_sdk_ecom_local-delivery-options 1.0.56
# by `make apigen` (tools/apigen). Do not edit.
"""The ``localDeliveryOptions`` module of ``@wix/ecom`` (11 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import local_delivery_options as _types

_ADD_DELIVERY_REGION = Route(
    "POST",
    "/v1/local-delivery-options/add-delivery-region",
    "com.wix.ecom.shipments.localdelivery.LocalDelivery.AddDeliveryRegion",
)
_BULK_CREATE_LOCAL_DELIVERY_OPTION = Route(
    "POST",
    "/v1/bulk/local-delivery-options/create",
    "com.wix.ecom.shipments.localdelivery.LocalDelivery.BulkCreateLocalDeliveryOption",
)
_BULK_DELETE_LOCAL_DELIVERY_OPTION = Route(
    "DELETE",
    "/v1/bulk/local-delivery-options/delete",
    "com.wix.ecom.shipments.localdelivery.LocalDelivery.BulkDeleteLocalDeliveryOption",
)
_BULK_UPDATE_LOCAL_DELIVERY_OPTION = Route(
    "PATCH",
    "/v1/bulk/local-delivery-options/update",
    "com.wix.ecom.shipments.localdelivery.LocalDelivery.BulkUpdateLocalDeliveryOption",
)
_CREATE_LOCAL_DELIVERY_OPTION = Route(
    "POST",
    "/v1/local-delivery-options",
    "com.wix.ecom.shipments.localdelivery.LocalDelivery.CreateLocalDeliveryOption",
)
_DELETE_LOCAL_DELIVERY_OPTION = Route(
    "DELETE",
    "/v1/local-delivery-options/{localDeliveryOptionId}",
    "com.wix.ecom.shipments.localdelivery.LocalDelivery.DeleteLocalDeliveryOption",
    path_params=("localDeliveryOptionId",),
)
_GET_LOCAL_DELIVERY_OPTION = Route(
    "GET",
    "/v1/local-delivery-options/{localDeliveryOptionId}",
    "com.wix.ecom.shipments.localdelivery.LocalDelivery.GetLocalDeliveryOption",
    path_params=("localDeliveryOptionId",),
)
_LIST_LOCAL_DELIVERY_OPTIONS = Route(
    "GET",
    "/stores/v1/localDeliveryOptions",
    "com.wix.ecom.shipments.localdelivery.LocalDelivery.ListLocalDeliveryOptions",
)
_QUERY_LOCAL_DELIVERY_OPTIONS = Query(
    Route(
        "POST",
        "/v1/local-delivery-options/query",
        "com.wix.ecom.shipments.localdelivery.LocalDelivery.QueryLocalDeliveryOptions",
    ),
    items="localDeliveryOptions",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_REMOVE_DELIVERY_REGION = Route(
    "POST",
    "/v1/local-delivery-options/remove-delivery-region",
    "com.wix.ecom.shipments.localdelivery.LocalDelivery.RemoveDeliveryRegion",
)
_UPDATE_LOCAL_DELIVERY_OPTION = Route(
    "PATCH",
    "/v1/local-delivery-options/{localDeliveryOption.id}",
    "com.wix.ecom.shipments.localdelivery.LocalDelivery.UpdateLocalDeliveryOption",
    path_params=("localDeliveryOption.id",),
)


class LocalDeliveryOptions(Module):
    """``localDeliveryOptions`` of ``@wix/ecom``: ``ecom.local_delivery_options.bind(wix)``."""

    __slots__ = ()

    async def add_delivery_region(
        self, delivery_region_id: str, options: _types.AddDeliveryRegionOptions | None = None
    ) -> _types.AddDeliveryRegionResponse:
        """Add delivery region: ``POST /v1/local-delivery-options/add-delivery-region``.

        Permissions: ``ECOM.LOCAL_DELIVERY_OPTION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.AddDeliveryRegionResponse",
            await call(
                self._requester,
                _ADD_DELIVERY_REGION,
                {
                    "deliveryRegionId": delivery_region_id,
                    **_fields.pick(options, "localDeliveryOptionId", "revision"),
                },
            ),
        )

    async def bulk_create_local_delivery_option(
        self, local_delivery_options: Sequence[Mapping[str, Any]]
    ) -> _types.BulkCreateLocalDeliveryOptionResponse:
        """Bulk create local delivery option: ``POST /v1/bulk/local-delivery-options/create``.

        Permissions: ``ECOM.LOCAL_DELIVERY_OPTION_CREATE``.
        Callable by: ``APP``.
        Application errors: ``LIMIT_OF_OPTIONS_PER_DELIVERY_REGION_EXCEEDED``.
        """
        return cast(
            "_types.BulkCreateLocalDeliveryOptionResponse",
            await call(
                self._requester,
                _BULK_CREATE_LOCAL_DELIVERY_OPTION,
                {"localDeliveryOptions": local_delivery_options},
            ),
        )

    async def bulk_delete_local_delivery_option(
        self, ids: Sequence[str]
    ) -> _types.BulkDeleteLocalDeliveryOptionResponse:
        """Bulk delete local delivery option: ``DELETE /v1/bulk/local-delivery-options/delete``.

        Permissions: ``ECOM.LOCAL_DELIVERY_OPTION_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteLocalDeliveryOptionResponse",
            await call(self._requester, _BULK_DELETE_LOCAL_DELIVERY_OPTION, {"ids": ids}),
        )

    async def bulk_update_local_delivery_option(
        self, local_delivery_options: Sequence[Mapping[str, Any]]
    ) -> _types.BulkUpdateLocalDeliveryOptionResponse:
        """Bulk update local delivery option: ``PATCH /v1/bulk/local-delivery-options/update``.

        Permissions: ``ECOM.LOCAL_DELIVERY_OPTION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpdateLocalDeliveryOptionResponse",
            await call(
                self._requester,
                _BULK_UPDATE_LOCAL_DELIVERY_OPTION,
                {"localDeliveryOptions": local_delivery_options},
            ),
        )

    async def create_local_delivery_option(
        self, local_delivery_option: _types.LocalDeliveryOption
    ) -> _types.CreateLocalDeliveryOptionResponse:
        """Create local delivery option: ``POST /v1/local-delivery-options``.

        Permissions: ``ECOM.LOCAL_DELIVERY_OPTION_CREATE``.
        Callable by: ``APP``.
        Application errors: ``LIMIT_OF_OPTIONS_PER_EXTERNAL_ID_EXCEEDED``.
        """
        return cast(
            "_types.CreateLocalDeliveryOptionResponse",
            await call(
                self._requester,
                _CREATE_LOCAL_DELIVERY_OPTION,
                {"localDeliveryOption": local_delivery_option},
            ),
        )

    async def delete_local_delivery_option(
        self,
        local_delivery_option_id: str,
        options: _types.DeleteLocalDeliveryOptionOptions | None = None,
    ) -> _types.DeleteLocalDeliveryOptionResponse:
        """Delete local delivery option: ``DELETE``.

        ``/v1/local-delivery-options/{localDeliveryOptionId}``

        Permissions: ``ECOM.LOCAL_DELIVERY_OPTION_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteLocalDeliveryOptionResponse",
            await call(
                self._requester,
                _DELETE_LOCAL_DELIVERY_OPTION,
                {"localDeliveryOptionId": local_delivery_option_id, **_fields.pick(options, "id")},
            ),
        )

    async def get_local_delivery_option(
        self,
        local_delivery_option_id: str,
        options: _types.GetLocalDeliveryOptionOptions | None = None,
    ) -> _types.GetLocalDeliveryOptionResponse:
        """Get local delivery option: ``GET /v1/local-delivery-options/{localDeliveryOptionId}``.

        Permissions: ``ECOM.LOCAL_DELIVERY_OPTION_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetLocalDeliveryOptionResponse",
            await call(
                self._requester,
                _GET_LOCAL_DELIVERY_OPTION,
                {"localDeliveryOptionId": local_delivery_option_id, **_fields.pick(options, "id")},
            ),
        )

    async def list_local_delivery_options(
        self, external_id: str
    ) -> _types.ListLocalDeliveryOptionsResponse:
        """List local delivery options: ``GET /stores/v1/localDeliveryOptions``.

        Permissions: ``ECOM.LOCAL_DELIVERY_OPTION_READ``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.ListLocalDeliveryOptionsResponse",
            await call(self._requester, _LIST_LOCAL_DELIVERY_OPTIONS, {"externalId": external_id}),
        )

    def query_local_delivery_options(self) -> QueryBuilder[_types.LocalDeliveryOption]:
        """Query local delivery options: ``POST /v1/local-delivery-options/query``.

        Permissions: ``ECOM.LOCAL_DELIVERY_OPTION_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_LOCAL_DELIVERY_OPTIONS)

    async def remove_delivery_region(
        self, delivery_region_id: str, options: _types.RemoveDeliveryRegionOptions | None = None
    ) -> _types.RemoveDeliveryRegionResponse:
        """Remove delivery region: ``POST /v1/local-delivery-options/remove-delivery-region``.

        Permissions: ``ECOM.LOCAL_DELIVERY_OPTION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.RemoveDeliveryRegionResponse",
            await call(
                self._requester,
                _REMOVE_DELIVERY_REGION,
                {
                    "deliveryRegionId": delivery_region_id,
                    **_fields.pick(options, "localDeliveryOptionId", "revision"),
                },
            ),
        )

    async def update_local_delivery_option(
        self, id: str, local_delivery_option: _types.LocalDeliveryOption
    ) -> _types.UpdateLocalDeliveryOptionResponse:
        """Update local delivery option: ``PATCH``.

        ``/v1/local-delivery-options/{localDeliveryOption.id}``

        Permissions: ``ECOM.LOCAL_DELIVERY_OPTION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateLocalDeliveryOptionResponse",
            await call(
                self._requester,
                _UPDATE_LOCAL_DELIVERY_OPTION,
                {"localDeliveryOption": {**local_delivery_option, "id": id}},
            ),
        )


def bind(client: Requester) -> LocalDeliveryOptions:
    """The ``localDeliveryOptions`` module for ``client``'s visitor."""
    return LocalDeliveryOptions(client)
