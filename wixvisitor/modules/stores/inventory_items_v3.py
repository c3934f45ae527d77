# File generated from @wix/auto_sdk_stores_inventory-items-v-3 1.0.98
# by `make apigen` (tools/apigen). Do not edit.
"""The ``inventoryItemsV3`` module of ``@wix/stores`` (14 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import inventory_items_v3 as _types

_BULK_CREATE_INVENTORY_ITEMS = Route(
    "POST",
    "/stores/v3/bulk/inventory-items/create",
    "com.wix.stores.catalog.inventory.api.v3.InventoryService.BulkCreateInventoryItems",
)
_BULK_DECREMENT_INVENTORY_ITEMS = Route(
    "POST",
    "/stores/v3/bulk/inventory-items/decrement",
    "com.wix.stores.catalog.inventory.api.v3.InventoryService.BulkDecrementInventoryItems",
)
_BULK_DECREMENT_INVENTORY_ITEMS_BY_VARIANT_AND_LOCATION = Route(
    "POST",
    "/stores/v3/bulk/inventory-items/decrement-by-variant-and-location",
    "com.wix.stores.catalog.inventory.api.v3.InventoryService.BulkDecrementInventoryItemsByVariantAndLocation",
)
_BULK_DELETE_INVENTORY_ITEMS = Route(
    "POST",
    "/stores/v3/bulk/inventory-items/delete",
    "com.wix.stores.catalog.inventory.api.v3.InventoryService.BulkDeleteInventoryItems",
)
_BULK_INCREMENT_INVENTORY_ITEMS = Route(
    "POST",
    "/stores/v3/bulk/inventory-items/increment",
    "com.wix.stores.catalog.inventory.api.v3.InventoryService.BulkIncrementInventoryItems",
)
_BULK_INCREMENT_INVENTORY_ITEMS_BY_VARIANT_AND_LOCATION = Route(
    "POST",
    "/stores/v3/bulk/inventory-items/increment-by-variant-and-location",
    "com.wix.stores.catalog.inventory.api.v3.InventoryService.BulkIncrementInventoryItemsByVariantAndLocation",
)
_BULK_UPDATE_INVENTORY_ITEMS = Route(
    "POST",
    "/stores/v3/bulk/inventory-items/update",
    "com.wix.stores.catalog.inventory.api.v3.InventoryService.BulkUpdateInventoryItems",
)
_BULK_UPDATE_INVENTORY_ITEMS_BY_FILTER = Route(
    "POST",
    "/stores/v3/bulk/inventory-items/update-by-filter",
    "com.wix.stores.catalog.inventory.api.v3.InventoryService.BulkUpdateInventoryItemsByFilter",
)
_CREATE_INVENTORY_ITEM = Route(
    "POST",
    "/stores/v3/inventory-items",
    "com.wix.stores.catalog.inventory.api.v3.InventoryService.CreateInventoryItem",
)
_DELETE_INVENTORY_ITEM = Route(
    "DELETE",
    "/stores/v3/inventory-items/{inventoryItemId}",
    "com.wix.stores.catalog.inventory.api.v3.InventoryService.DeleteInventoryItem",
    path_params=("inventoryItemId",),
)
_GET_INVENTORY_ITEM = Route(
    "GET",
    "/stores/v3/inventory-items/{inventoryItemId}",
    "com.wix.stores.catalog.inventory.api.v3.InventoryService.GetInventoryItem",
    path_params=("inventoryItemId",),
)
_QUERY_INVENTORY_ITEMS = Query(
    Route(
        "GET",
        "/stores/v3/inventory-items/query",
        "com.wix.stores.catalog.inventory.api.v3.InventoryService.QueryInventoryItems",
        complex=True,
        fallback=True,
    ),
    items="inventoryItems",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_SEARCH_INVENTORY_ITEMS = Route(
    "GET",
    "/stores/v3/inventory-items/search",
    "com.wix.stores.catalog.inventory.api.v3.InventoryService.SearchInventoryItems",
    complex=True,
    fallback=True,
)
_UPDATE_INVENTORY_ITEM = Route(
    "PATCH",
    "/stores/v3/inventory-items/{inventoryItem.id}",
    "com.wix.stores.catalog.inventory.api.v3.InventoryService.UpdateInventoryItem",
    path_params=("inventoryItem.id",),
)


class InventoryItemsV3(Module):
    """``inventoryItemsV3`` of ``@wix/stores``: ``stores.inventory_items_v3.bind(wix)``."""

    __slots__ = ()

    async def bulk_create_inventory_items(
        self,
        inventory_items: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateInventoryItemsOptions | None = None,
    ) -> _types.BulkCreateInventoryItemsResponse:
        """Bulk create inventory items: ``POST /stores/v3/bulk/inventory-items/create``.

        Application errors: ``PRE_ORDER_VALIDATION``.
        """
        return cast(
            "_types.BulkCreateInventoryItemsResponse",
            await call(
                self._requester,
                _BULK_CREATE_INVENTORY_ITEMS,
                {"inventoryItems": inventory_items, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def bulk_decrement_inventory_items(
        self,
        decrement_data: Sequence[Mapping[str, Any]],
        options: _types.BulkDecrementInventoryItemsOptions | None = None,
    ) -> _types.BulkDecrementInventoryItemsResponse:
        """Bulk decrement inventory items: ``POST /stores/v3/bulk/inventory-items/decrement``.

        Application errors: ``INVENTORY_QUANTITY_NOT_TRACKED``, ``INSUFFICIENT_INVENTORY``,
        ``MIN_QUANTITY_LIMIT_REACHED``.
        """
        return cast(
            "_types.BulkDecrementInventoryItemsResponse",
            await call(
                self._requester,
                _BULK_DECREMENT_INVENTORY_ITEMS,
                {
                    "decrementData": decrement_data,
                    **_fields.pick(options, "restrictInventory", "returnEntity", "reason"),
                },
            ),
        )

    async def bulk_decrement_inventory_items_by_variant_and_location(
        self,
        decrement_data: Sequence[Mapping[str, Any]],
        options: _types.BulkDecrementInventoryItemsByVariantAndLocationOptions | None = None,
    ) -> _types.BulkDecrementInventoryItemsByVariantAndLocationResponse:
        """Bulk decrement inventory items by variant and location: ``POST``.

        ``/stores/v3/bulk/inventory-items/decrement-by-variant-and-location``

        Application errors: ``INVENTORY_QUANTITY_NOT_TRACKED``, ``INSUFFICIENT_INVENTORY``,
        ``MIN_QUANTITY_LIMIT_REACHED``, ``NOT_FOUND``.
        """
        return cast(
            "_types.BulkDecrementInventoryItemsByVariantAndLocationResponse",
            await call(
                self._requester,
                _BULK_DECREMENT_INVENTORY_ITEMS_BY_VARIANT_AND_LOCATION,
                {
                    "decrementData": decrement_data,
                    **_fields.pick(options, "restrictInventory", "returnEntity", "reason"),
                },
            ),
        )

    async def bulk_delete_inventory_items(
        self, inventory_item_ids: Sequence[str]
    ) -> _types.BulkDeleteInventoryItemsResponse:
        """Bulk delete inventory items: ``POST /stores/v3/bulk/inventory-items/delete``."""
        return cast(
            "_types.BulkDeleteInventoryItemsResponse",
            await call(
                self._requester,
                _BULK_DELETE_INVENTORY_ITEMS,
                {"inventoryItemIds": inventory_item_ids},
            ),
        )

    async def bulk_increment_inventory_items(
        self,
        increment_data: Sequence[Mapping[str, Any]],
        options: _types.BulkIncrementInventoryItemsOptions | None = None,
    ) -> _types.BulkIncrementInventoryItemsResponse:
        """Bulk increment inventory items: ``POST /stores/v3/bulk/inventory-items/increment``.

        Application errors: ``INVENTORY_QUANTITY_NOT_TRACKED``, ``MAX_QUANTITY_LIMIT_REACHED``.
        """
        return cast(
            "_types.BulkIncrementInventoryItemsResponse",
            await call(
                self._requester,
                _BULK_INCREMENT_INVENTORY_ITEMS,
                {
                    "incrementData": increment_data,
                    **_fields.pick(options, "returnEntity", "reason"),
                },
            ),
        )

    async def bulk_increment_inventory_items_by_variant_and_location(
        self,
        increment_data: Sequence[Mapping[str, Any]],
        options: _types.BulkIncrementInventoryItemsByVariantAndLocationOptions | None = None,
    ) -> _types.BulkIncrementInventoryItemsByVariantAndLocationResponse:
        """Bulk increment inventory items by variant and location: ``POST``.

        ``/stores/v3/bulk/inventory-items/increment-by-variant-and-location``

        Application errors: ``INVENTORY_QUANTITY_NOT_TRACKED``, ``MAX_QUANTITY_LIMIT_REACHED``,
        ``NOT_FOUND``.
        """
        return cast(
            "_types.BulkIncrementInventoryItemsByVariantAndLocationResponse",
            await call(
                self._requester,
                _BULK_INCREMENT_INVENTORY_ITEMS_BY_VARIANT_AND_LOCATION,
                {
                    "incrementData": increment_data,
                    **_fields.pick(options, "returnEntity", "reason"),
                },
            ),
        )

    async def bulk_update_inventory_items(
        self,
        inventory_items: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdateInventoryItemsOptions | None = None,
    ) -> _types.BulkUpdateInventoryItemsResponse:
        """Bulk update inventory items: ``POST /stores/v3/bulk/inventory-items/update``.

        Application errors: ``REQUESTED_QUANTITY_MUST_BE_NON_NEGATIVE_DECREASING``,
        ``PRE_ORDER_VALIDATION``.
        """
        return cast(
            "_types.BulkUpdateInventoryItemsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_INVENTORY_ITEMS,
                {
                    "inventoryItems": inventory_items,
                    **_fields.pick(options, "returnEntity", "reason"),
                },
            ),
        )

    async def bulk_update_inventory_items_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkUpdateInventoryItemsByFilterOptions | None = None,
    ) -> _types.BulkUpdateInventoryItemsByFilterResponse:
        """Bulk update inventory items by filter: ``POST``.

        ``/stores/v3/bulk/inventory-items/update-by-filter``

        Application errors: ``REQUESTED_QUANTITY_MUST_BE_NON_NEGATIVE_DECREASING``,
        ``PRE_ORDER_VALIDATION``.
        """
        return cast(
            "_types.BulkUpdateInventoryItemsByFilterResponse",
            await call(
                self._requester,
                _BULK_UPDATE_INVENTORY_ITEMS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "inventoryItem", "search")},
            ),
        )

    async def create_inventory_item(
        self, inventory_item: _types.InventoryItem
    ) -> _types.CreateInventoryItemResponse:
        """Create inventory item: ``POST /stores/v3/inventory-items``.

        Application errors: ``ITEM_ALREADY_EXISTS``, ``PRE_ORDER_VALIDATION``.
        """
        return cast(
            "_types.CreateInventoryItemResponse",
            await call(self._requester, _CREATE_INVENTORY_ITEM, {"inventoryItem": inventory_item}),
        )

    async def delete_inventory_item(
        self, inventory_item_id: str
    ) -> _types.DeleteInventoryItemResponse:
        """Delete inventory item: ``DELETE /stores/v3/inventory-items/{inventoryItemId}``."""
        return cast(
            "_types.DeleteInventoryItemResponse",
            await call(
                self._requester, _DELETE_INVENTORY_ITEM, {"inventoryItemId": inventory_item_id}
            ),
        )

    async def get_inventory_item(self, inventory_item_id: str) -> _types.GetInventoryItemResponse:
        """Get inventory item: ``GET /stores/v3/inventory-items/{inventoryItemId}``."""
        return cast(
            "_types.GetInventoryItemResponse",
            await call(
                self._requester, _GET_INVENTORY_ITEM, {"inventoryItemId": inventory_item_id}
            ),
        )

    def query_inventory_items(self) -> QueryBuilder[_types.InventoryItem]:
        """Query inventory items: ``GET /stores/v3/inventory-items/query``."""
        return QueryBuilder(self._requester, _QUERY_INVENTORY_ITEMS)

    async def search_inventory_items(
        self, search: _types.CursorSearch
    ) -> _types.SearchInventoryItemsResponse:
        """Search inventory items: ``GET /stores/v3/inventory-items/search``.

        Permissions: ``WIX_STORES.INVENTORY_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SearchInventoryItemsResponse",
            await call(self._requester, _SEARCH_INVENTORY_ITEMS, {"search": search}),
        )

    async def update_inventory_item(
        self,
        id: str,
        inventory_item: _types.InventoryItem,
        options: _types.UpdateInventoryItemOptions | None = None,
    ) -> _types.UpdateInventoryItemResponse:
        """Update inventory item: ``PATCH /stores/v3/inventory-items/{inventoryItem.id}``.

        Application errors: ``REQUESTED_QUANTITY_MUST_BE_NON_NEGATIVE_DECREASING``,
        ``PRE_ORDER_VALIDATION``.
        """
        return cast(
            "_types.UpdateInventoryItemResponse",
            await call(
                self._requester,
                _UPDATE_INVENTORY_ITEM,
                {"inventoryItem": {**inventory_item, "id": id}, **_fields.pick(options, "reason")},
            ),
        )


def bind(client: Requester) -> InventoryItemsV3:
    """The ``inventoryItemsV3`` module for ``client``'s visitor."""
    return InventoryItemsV3(client)
