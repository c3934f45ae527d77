# File generated from @wix/auto_sdk_stores_subscription-options 1.0.72
# by `make apigen` (tools/apigen). Do not edit.
"""The ``subscriptionOptions`` module of ``@wix/stores`` (12 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import subscription_options as _types

_ALLOW_ONE_TIME_PURCHASES = Route(
    "PATCH",
    "/stores/v1/subscription-options/product/{productId}/allowOneTimePurchase",
    "wix.ecommerce.subscription.option.api.v1.SubscriptionOptionsWriteApi.AllowOneTimePurchases",
    path_params=("productId",),
)
_ASSIGN_SUBSCRIPTION_OPTIONS_TO_PRODUCT = Route(
    "POST",
    "/stores/v1/subscription-options/product/{productId}/assign",
    "wix.ecommerce.subscription.option.api.v1.SubscriptionOptionsWriteApi.AssignSubscriptionOptionsToProduct",
    path_params=("productId",),
)
_BULK_CREATE_SUBSCRIPTION_OPTIONS = Route(
    "POST",
    "/stores/v1/subscription-options/createBulk",
    "wix.ecommerce.subscription.option.api.v1.SubscriptionOptionsWriteApi.BulkCreateSubscriptionOptions",
)
_BULK_DELETE_SUBSCRIPTION_OPTIONS = Route(
    "POST",
    "/stores/v1/subscription-options/deleteBulk",
    "wix.ecommerce.subscription.option.api.v1.SubscriptionOptionsWriteApi.BulkDeleteSubscriptionOptions",
)
_BULK_UPDATE_SUBSCRIPTION_OPTIONS = Route(
    "PATCH",
    "/stores/v1/subscription-options",
    "wix.ecommerce.subscription.option.api.v1.SubscriptionOptionsWriteApi.BulkUpdateSubscriptionOptions",
)
_CREATE_SUBSCRIPTION_OPTION = Route(
    "POST",
    "/stores/v1/subscription-options",
    "wix.ecommerce.subscription.option.api.v1.SubscriptionOptionsWriteApi.CreateSubscriptionOption",
)
_DELETE_SUBSCRIPTION_OPTION = Route(
    "DELETE",
    "/stores/v1/subscription-options/{id}",
    "wix.ecommerce.subscription.option.api.v1.SubscriptionOptionsWriteApi.DeleteSubscriptionOption",
    path_params=("id",),
)
_GET_ONE_TIME_PURCHASES_STATUS = Route(
    "GET",
    "/_api/subscription-options-reader-server/v1/subscription-options/product/{productId}/oneTimePurchasesStatus",
    "wix.ecommerce.subscription.option.api.v1.SubscriptionOptionsReadApi.GetOneTimePurchasesStatus",
    path_params=("productId",),
)
_GET_PRODUCT_IDS_FOR_SUBSCRIPTION_OPTION = Route(
    "GET",
    "/_api/subscription-options-reader-server/v1/subscription-options/{id}/productIds",
    "wix.ecommerce.subscription.option.api.v1.SubscriptionOptionsReadApi.GetProductIdsForSubscriptionOption",
    path_params=("id",),
)
_GET_SUBSCRIPTION_OPTION = Route(
    "GET",
    "/_api/subscription-options-reader-server/v1/subscription-options/{id}",
    "wix.ecommerce.subscription.option.api.v1.SubscriptionOptionsReadApi.GetSubscriptionOption",
    path_params=("id",),
)
_GET_SUBSCRIPTION_OPTIONS_FOR_PRODUCT = Route(
    "GET",
    "/_api/subscription-options-reader-server/v1/subscription-options/byProduct/{productId}",
    "wix.ecommerce.subscription.option.api.v1.SubscriptionOptionsReadApi.GetSubscriptionOptionsForProduct",
    path_params=("productId",),
)
_UPDATE_SUBSCRIPTION_OPTION = Route(
    "PATCH",
    "/stores/v1/subscription-options/{subscriptionOption.id}",
    "wix.ecommerce.subscription.option.api.v1.SubscriptionOptionsWriteApi.UpdateSubscriptionOption",
    path_params=("subscriptionOption.id",),
)


class SubscriptionOptions(Module):
    """``subscriptionOptions`` of ``@wix/stores``: ``stores.subscription_options.bind(wix)``."""

    __slots__ = ()

    async def allow_one_time_purchases(
        self, product_id: str, allowed: bool
    ) -> _types.AllowOneTimePurchasesResponse:
        """Allow one time purchases: ``PATCH``.

        ``/stores/v1/subscription-options/product/{productId}/allowOneTimePurchase``

        Permissions: ``WIX_STORES.MODIFY_SUBSCRIPTION_OPTIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.AllowOneTimePurchasesResponse",
            await call(
                self._requester,
                _ALLOW_ONE_TIME_PURCHASES,
                {"productId": product_id, "allowed": allowed},
            ),
        )

    async def assign_subscription_options_to_product(
        self,
        product_id: str,
        options: _types.AssignSubscriptionOptionsToProductOptions | None = None,
    ) -> _types.AssignSubscriptionOptionsToProductResponse:
        """Assign subscription options to product: ``POST``.

        ``/stores/v1/subscription-options/product/{productId}/assign``

        Permissions: ``WIX_STORES.MODIFY_SUBSCRIPTION_OPTIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.AssignSubscriptionOptionsToProductResponse",
            await call(
                self._requester,
                _ASSIGN_SUBSCRIPTION_OPTIONS_TO_PRODUCT,
                {"productId": product_id, **_fields.pick(options, "assignedSubscriptionOptions")},
            ),
        )

    async def bulk_create_subscription_options(
        self, subscription_options: Sequence[Mapping[str, Any]]
    ) -> _types.BulkCreateSubscriptionOptionsResponse:
        """Bulk create subscription options: ``POST /stores/v1/subscription-options/createBulk``.

        Permissions: ``WIX_STORES.MODIFY_SUBSCRIPTION_OPTIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.BulkCreateSubscriptionOptionsResponse",
            await call(
                self._requester,
                _BULK_CREATE_SUBSCRIPTION_OPTIONS,
                {"subscriptionOptions": subscription_options},
            ),
        )

    async def bulk_delete_subscription_options(
        self, ids: Sequence[str]
    ) -> _types.BulkDeleteSubscriptionOptionsResponse:
        """Bulk delete subscription options: ``POST /stores/v1/subscription-options/deleteBulk``.

        Permissions: ``WIX_STORES.MODIFY_SUBSCRIPTION_OPTIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.BulkDeleteSubscriptionOptionsResponse",
            await call(self._requester, _BULK_DELETE_SUBSCRIPTION_OPTIONS, {"ids": ids}),
        )

    async def bulk_update_subscription_options(
        self, subscription_options: Sequence[Mapping[str, Any]]
    ) -> _types.BulkUpdateSubscriptionOptionsResponse:
        """Bulk update subscription options: ``PATCH /stores/v1/subscription-options``.

        Permissions: ``WIX_STORES.MODIFY_SUBSCRIPTION_OPTIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.BulkUpdateSubscriptionOptionsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_SUBSCRIPTION_OPTIONS,
                {"subscriptionOptions": subscription_options},
            ),
        )

    async def create_subscription_option(
        self, subscription_option: _types.SubscriptionOption
    ) -> _types.CreateSubscriptionOptionResponse:
        """Create subscription option: ``POST /stores/v1/subscription-options``.

        Permissions: ``WIX_STORES.MODIFY_SUBSCRIPTION_OPTIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.CreateSubscriptionOptionResponse",
            await call(
                self._requester,
                _CREATE_SUBSCRIPTION_OPTION,
                {"subscriptionOption": subscription_option},
            ),
        )

    async def delete_subscription_option(self, id: str) -> _types.DeleteSubscriptionOptionResponse:
        """Delete subscription option: ``DELETE /stores/v1/subscription-options/{id}``.

        Permissions: ``WIX_STORES.MODIFY_SUBSCRIPTION_OPTIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.DeleteSubscriptionOptionResponse",
            await call(self._requester, _DELETE_SUBSCRIPTION_OPTION, {"id": id}),
        )

    async def get_one_time_purchases_status(
        self, product_id: str
    ) -> _types.GetOneTimePurchasesStatusResponse:
        """Get one time purchases status: ``GET``.

        ``/_api/subscription-options-reader-server/v1/subscription-options/product/{productId}/oneTimePurchasesStatus``

        Permissions: ``WIX_STORES.READ_SUBSCRIPTION_OPTIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.GetOneTimePurchasesStatusResponse",
            await call(self._requester, _GET_ONE_TIME_PURCHASES_STATUS, {"productId": product_id}),
        )

    async def get_product_ids_for_subscription_option(
        self, id: str, options: _types.GetProductIdsForSubscriptionOptionOptions | None = None
    ) -> _types.GetProductIdsForSubscriptionOptionResponse:
        """Get product ids for subscription option: ``GET``.

        ``/_api/subscription-options-reader-server/v1/subscription-options/{id}/productIds``

        Permissions: ``WIX_STORES.READ_SUBSCRIPTION_OPTIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.GetProductIdsForSubscriptionOptionResponse",
            await call(
                self._requester,
                _GET_PRODUCT_IDS_FOR_SUBSCRIPTION_OPTION,
                {"id": id, **_fields.pick(options, "includeHiddenProducts", "paging")},
            ),
        )

    async def get_subscription_option(self, id: str) -> _types.GetSubscriptionOptionResponse:
        """Get subscription option: ``GET``.

        ``/_api/subscription-options-reader-server/v1/subscription-options/{id}``

        Permissions: ``WIX_STORES.READ_SUBSCRIPTION_OPTIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.GetSubscriptionOptionResponse",
            await call(self._requester, _GET_SUBSCRIPTION_OPTION, {"id": id}),
        )

    async def get_subscription_options_for_product(
        self, product_id: str, options: _types.GetSubscriptionOptionsForProductOptions | None = None
    ) -> _types.GetSubscriptionOptionsForProductResponse:
        """Get subscription options for product: ``GET``.

        ``/_api/subscription-options-reader-server/v1/subscription-options/byProduct/{productId}``

        Permissions: ``WIX_STORES.READ_SUBSCRIPTION_OPTIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.GetSubscriptionOptionsForProductResponse",
            await call(
                self._requester,
                _GET_SUBSCRIPTION_OPTIONS_FOR_PRODUCT,
                {
                    "productId": product_id,
                    **_fields.pick(options, "includeHiddenSubscriptionOptions"),
                },
            ),
        )

    async def update_subscription_option(
        self, id: str, subscription_option: _types.SubscriptionOption
    ) -> _types.UpdateSubscriptionOptionResponse:
        """Update subscription option: ``PATCH``.

        ``/stores/v1/subscription-options/{subscriptionOption.id}``

        Permissions: ``WIX_STORES.MODIFY_SUBSCRIPTION_OPTIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.UpdateSubscriptionOptionResponse",
            await call(
                self._requester,
                _UPDATE_SUBSCRIPTION_OPTION,
                {"subscriptionOption": {**subscription_option, "id": id}},
            ),
        )


def bind(client: Requester) -> SubscriptionOptions:
    """The ``subscriptionOptions`` module for ``client``'s visitor."""
    return SubscriptionOptions(client)
