# File generated from @wix/auto_sdk_ecom_orders-settings 1.0.58
# by `make apigen` (tools/apigen). Do not edit.
"""The ``ordersSettings`` module of ``@wix/ecom`` (2 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import orders_settings as _types

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

    async def get_orders_settings(self) -> _types.GetOrdersSettingsResponse:
        """Get orders settings: ``GET /ecom/v1/orders-settings``.

        Permissions: ``ECOM.READ_ORDERS_SETTINGS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetOrdersSettingsResponse", await call(self._requester, _GET_ORDERS_SETTINGS)
        )

    async def update_orders_settings(
        self, orders_settings: _types.OrdersSettings
    ) -> _types.UpdateOrdersSettingsResponse:
        """Update orders settings: ``PATCH /ecom/v1/orders-settings``.

        Permissions: ``ECOM.UPDATE_ORDERS_SETTINGS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateOrdersSettingsResponse",
            await call(
                self._requester, _UPDATE_ORDERS_SETTINGS, {"ordersSettings": orders_settings}
            ),
        )


def bind(client: Requester) -> OrdersSettings:
    """The ``ordersSettings`` module for ``client``'s visitor."""
    return OrdersSettings(client)
