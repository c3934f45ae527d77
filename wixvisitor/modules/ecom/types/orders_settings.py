# File generated from @wix/auto_sdk_ecom_orders-settings 1.0.58
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.orders_settings``.

From ``@wix/auto_sdk_ecom_orders-settings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.orders_settings import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

InventoryUpdateTrigger: TypeAlias = Literal["ON_ORDER_PAID", "ON_ORDER_PLACED"]


class GetOrdersSettingsRequest(TypedDict, total=False):
    pass


class GetOrdersSettingsResponse(TypedDict, total=False):
    ordersSettings: OrdersSettings


class OrdersSettings(TypedDict, total=False):
    inventoryUpdateTrigger: InventoryUpdateTrigger
    createInvoice: bool | None
    createdDate: str | None
    updatedDate: str | None


class UpdateOrdersSettingsRequest(TypedDict, total=False):
    ordersSettings: Required[OrdersSettings]


class UpdateOrdersSettingsResponse(TypedDict, total=False):
    ordersSettings: OrdersSettings
