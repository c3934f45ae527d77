# File generated from @wix/auto_sdk_stores_inventory 1.0.81
# by `make apigen` (tools/apigen). Do not edit.
"""The ``inventory`` module of ``@wix/stores`` (5 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import inventory as _types

_DECREMENT_INVENTORY = Route(
    "POST",
    "/stores/v2/inventoryItems/decrement",
    "wix.inventory.api.v1.InventoryWriteApi.DecrementInventory",
)
_GET_INVENTORY_VARIANTS = Route(
    "POST",
    "/stores-reader/v2/inventoryItems/{inventoryId}/getVariants",
    "wix.inventory.api.v1.InventoryReadApi.GetInventoryVariants",
    path_params=("inventoryId",),
)
_INCREMENT_INVENTORY = Route(
    "POST",
    "/stores/v2/inventoryItems/increment",
    "wix.inventory.api.v1.InventoryWriteApi.IncrementInventory",
)
_QUERY_INVENTORY = Route(
    "POST",
    "/stores-reader/v2/inventoryItems/query",
    "wix.inventory.api.v1.InventoryReadApi.QueryInventory",
)
_UPDATE_INVENTORY_VARIANTS = Route(
    "PATCH",
    "/stores/v2/inventoryItems/product/{inventoryItem.productId}",
    "wix.inventory.api.v1.InventoryWriteApi.UpdateInventoryVariants",
    path_params=("inventoryItem.productId",),
)


class Inventory(Module):
    """``inventory`` of ``@wix/stores``: ``inventory = stores.inventory.bind(wix)``."""

    __slots__ = ()

    async def decrement_inventory(
        self, decrement_data: Sequence[Mapping[str, Any]]
    ) -> _types.DecrementInventoryResponse:
        """Decrement inventory: ``POST /stores/v2/inventoryItems/decrement``.

        Permissions: ``WIX_STORES.MODIFY_INVENTORY``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DecrementInventoryResponse",
            await call(self._requester, _DECREMENT_INVENTORY, {"decrementData": decrement_data}),
        )

    async def get_inventory_variants(
        self, inventory_id: str, options: _types.GetInventoryVariantsOptions | None = None
    ) -> _types.GetInventoryVariantsResponse:
        """Get inventory variants: ``POST``.

        ``/stores-reader/v2/inventoryItems/{inventoryId}/getVariants``

        Permissions: ``WIX_STORES.READ_INVENTORY``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetInventoryVariantsResponse",
            await call(
                self._requester,
                _GET_INVENTORY_VARIANTS,
                {
                    "inventoryId": inventory_id,
                    **_fields.pick(options, "externalId", "productId", "variantIds"),
                },
            ),
        )

    async def increment_inventory(
        self, increment_data: Sequence[Mapping[str, Any]]
    ) -> _types.IncrementInventoryResponse:
        """Increment inventory: ``POST /stores/v2/inventoryItems/increment``.

        Permissions: ``WIX_STORES.MODIFY_INVENTORY``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.IncrementInventoryResponse",
            await call(self._requester, _INCREMENT_INVENTORY, {"incrementData": increment_data}),
        )

    async def query_inventory(
        self, options: _types.QueryInventoryOptions | None = None
    ) -> _types.QueryInventoryResponse:
        """Query inventory: ``POST /stores-reader/v2/inventoryItems/query``.

        Permissions: ``WIX_STORES.READ_INVENTORY``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.QueryInventoryResponse",
            await call(self._requester, _QUERY_INVENTORY, {**_fields.pick(options, "query")}),
        )

    async def update_inventory_variants(
        self, product_id: str, inventory_item: _types.InventoryItemV2
    ) -> _types.UpdateInventoryVariantsResponse:
        """Update inventory variants: ``PATCH``.

        ``/stores/v2/inventoryItems/product/{inventoryItem.productId}``

        Permissions: ``WIX_STORES.MODIFY_INVENTORY``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateInventoryVariantsResponse",
            await call(
                self._requester,
                _UPDATE_INVENTORY_VARIANTS,
                {"inventoryItem": {**inventory_item, "productId": product_id}},
            ),
        )


def bind(client: Requester) -> Inventory:
    """The ``inventory`` module for ``client``'s visitor."""
    return Inventory(client)
