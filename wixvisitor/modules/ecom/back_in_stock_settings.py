# File generated from @wix/auto_sdk_ecom_back-in-stock-settings 1.0.45
# by `make apigen` (tools/apigen). Do not edit.
"""The ``backInStockSettings`` module of ``@wix/ecom`` (3 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import back_in_stock_settings as _types

_GET_SETTINGS = Route(
    "PUT",
    "/back-in-stock-service/v1/back-in-stock-notification-requests/settings",
    "com.wixpress.ecom.back.in.stock.BackInStockSettingsService.GetSettings",
)
_START_COLLECTING_REQUESTS = Route(
    "POST",
    "/back-in-stock-service/v1/back-in-stock-notification-requests/settings/start-collecting",
    "com.wixpress.ecom.back.in.stock.BackInStockSettingsService.StartCollectingRequests",
)
_STOP_COLLECTING_REQUESTS = Route(
    "POST",
    "/back-in-stock-service/v1/back-in-stock-notification-requests/settings/stop-collecting",
    "com.wixpress.ecom.back.in.stock.BackInStockSettingsService.StopCollectingRequests",
)


class BackInStockSettings(Module):
    """``backInStockSettings`` of ``@wix/ecom``: ``ecom.back_in_stock_settings.bind(wix)``."""

    __slots__ = ()

    async def get_settings(self) -> _types.GetSettingsResponse:
        """Get settings: ``PUT``.

        ``/back-in-stock-service/v1/back-in-stock-notification-requests/settings``

        Permissions: ``ECOM.READ_BACK_IN_STOCK_NOTIFICATION_SETTINGS``.
        Callable by: ``APP``.
        """
        return cast("_types.GetSettingsResponse", await call(self._requester, _GET_SETTINGS))

    async def start_collecting_requests(
        self, app_id: str
    ) -> _types.StartCollectingRequestsResponse:
        """Start collecting requests: ``POST``.

        ``/back-in-stock-service/v1/back-in-stock-notification-requests/settings/start-collecting``

        Permissions: ``ECOM.MODIFY_BACK_IN_STOCK_NOTIFICATION_SETTINGS``.
        Callable by: ``APP``.
        Application errors: ``NOT_SUPPORTED_APP_DEF_ID``.
        """
        return cast(
            "_types.StartCollectingRequestsResponse",
            await call(self._requester, _START_COLLECTING_REQUESTS, {"appId": app_id}),
        )

    async def stop_collecting_requests(self, app_id: str) -> _types.StopCollectingRequestsResponse:
        """Stop collecting requests: ``POST``.

        ``/back-in-stock-service/v1/back-in-stock-notification-requests/settings/stop-collecting``

        Permissions: ``ECOM.MODIFY_BACK_IN_STOCK_NOTIFICATION_SETTINGS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.StopCollectingRequestsResponse",
            await call(self._requester, _STOP_COLLECTING_REQUESTS, {"appId": app_id}),
        )


def bind(client: Requester) -> BackInStockSettings:
    """The ``backInStockSettings`` module for ``client``'s visitor."""
    return BackInStockSettings(client)
