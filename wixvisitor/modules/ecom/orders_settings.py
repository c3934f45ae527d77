# File generated from @wix/auto_sdk_ecom_orders-settings 1.0.58
# by `make apigen` (tools/apigen). Do not edit.
"""The ``ordersSettings`` module of ``@wix/ecom`` (2 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._runtime import Module, Requester, Route, call

_GET_ORDERS_SETTINGS = Route(
    "GET",
    "/ecom/v1/orders-settings",
    "wix.ecom.orders_settings.api.v1.OrdersSettingsService.GetOrdersSettings",
)
_UPDATE_ORDERS_SETTINGS = Route(
    "PATCH",
    "/ecom/v1/orders-settings",
    "wix.ecom.orders_settings.api.v1.OrdersSettingsService.UpdateOrdersSettings",
)


class OrdersSettings(Module):
    """``ordersSettings`` of ``@wix/ecom``: ``orders_settings = ecom.orders_settings.bind(wix)``."""

    __slots__ = ()

    async def get_orders_settings(self) -> dict[str, Any]:
        """Get orders settings: ``GET /ecom/v1/orders-settings``."""
        return await call(self._requester, _GET_ORDERS_SETTINGS)

    async def update_orders_settings(self, orders_settings: Mapping[str, Any]) -> dict[str, Any]:
        """Update orders settings: ``PATCH /ecom/v1/orders-settings``."""
        return await call(
            self._requester, _UPDATE_ORDERS_SETTINGS, {"ordersSettings": orders_settings}
        )


def bind(client: Requester) -> OrdersSettings:
    """The ``ordersSettings`` module for ``client``'s visitor."""
    return OrdersSettings(client)
