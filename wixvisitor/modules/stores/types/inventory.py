# File generated from @wix/auto_sdk_stores_inventory 1.0.81
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.inventory``.

From ``@wix/auto_sdk_stores_inventory``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.inventory import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import Paging as Paging
from ._shared import PagingMetadata as PagingMetadata


class DecrementDataIdOneOf(TypedDict, total=False):
    inventoryId: str
    externalId: str
    productId: str


class DecrementData(DecrementDataIdOneOf, total=False):
    variantId: str
    decrementBy: int
    preorderRequest: bool


class DecrementInventoryRequest(TypedDict, total=False):
    decrementData: list[DecrementData]


class DecrementInventoryResponse(TypedDict, total=False):
    pass


class GetInventoryVariantsOptions(TypedDict, total=False):
    """What ``getInventoryVariants`` reads from ``options``."""

    externalId: str
    productId: str
    variantIds: list[str]


class GetInventoryVariantsRequestIdOneOf(TypedDict, total=False):
    inventoryId: str
    externalId: str
    productId: str


class GetInventoryVariantsRequest(GetInventoryVariantsRequestIdOneOf, total=False):
    variantIds: list[str]


class GetInventoryVariantsResponse(TypedDict, total=False):
    inventoryItem: InventoryItemV2


class IncrementDataIdOneOf(TypedDict, total=False):
    inventoryId: str
    productId: str


class IncrementData(IncrementDataIdOneOf, total=False):
    variantId: str
    incrementBy: int


class IncrementInventoryRequest(TypedDict, total=False):
    incrementData: list[IncrementData]


class IncrementInventoryResponse(TypedDict, total=False):
    pass


class InventoryItemV2(TypedDict, total=False):
    id: str | None
    externalId: str | None
    productId: str | None
    trackQuantity: bool | None
    variants: list[InventoryVariantV2]
    lastUpdated: str | None
    numericId: str
    preorderInfo: PreorderInfo


class InventoryVariantV2(TypedDict, total=False):
    variantId: str
    inStock: bool | None
    quantity: int | None
    availableForPreorder: bool


class PreorderInfo(TypedDict, total=False):
    enabled: bool
    message: str | None
    limit: int | None


class Query(TypedDict, total=False):
    paging: Paging
    filter: str | None
    sort: str | None


class QueryInventoryOptions(TypedDict, total=False):
    """What ``queryInventory`` reads from ``options``."""

    query: Query


class QueryInventoryRequest(TypedDict, total=False):
    query: Query


class QueryInventoryResponse(TypedDict, total=False):
    inventoryItems: list[InventoryItemV2]
    metadata: PagingMetadata
    totalResults: int


class UpdateInventoryVariantsRequest(TypedDict, total=False):
    inventoryItem: Required[InventoryItemV2]


class UpdateInventoryVariantsResponse(TypedDict, total=False):
    pass
