# File generated from @wix/auto_sdk_ecom_checkout-settings 1.0.76
# by `make apigen` (tools/apigen). Do not edit.
"""The ``checkoutSettings`` module of ``@wix/ecom`` (2 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import checkout_settings as _types

_GET_CHECKOUT_SETTINGS = Route(
    "GET",
    "/ecom/v1/checkout-settings",
    "wix.ecom.checkout_settings.api.v1.CheckoutSettingsService.GetCheckoutSettings",
)
_UPDATE_CHECKOUT_SETTINGS = Route(
    "PATCH",
    "/ecom/v1/checkout-settings",
    "wix.ecom.checkout_settings.api.v1.CheckoutSettingsService.UpdateCheckoutSettings",
)


class CheckoutSettings(Module):
    """``checkoutSettings`` of ``@wix/ecom``: ``ecom.checkout_settings.bind(wix)``."""

    __slots__ = ()

    async def get_checkout_settings(self) -> _types.GetCheckoutSettingsResponse:
        """Get checkout settings: ``GET /ecom/v1/checkout-settings``.

        Permissions: ``ECOM.READ_CHECKOUT_SETTINGS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetCheckoutSettingsResponse",
            await call(self._requester, _GET_CHECKOUT_SETTINGS),
        )

    async def update_checkout_settings(
        self, checkout_settings: _types.CheckoutSettings
    ) -> _types.UpdateCheckoutSettingsResponse:
        """Update checkout settings: ``PATCH /ecom/v1/checkout-settings``.

        Permissions: ``ECOM.UPDATE_CHECKOUT_SETTINGS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateCheckoutSettingsResponse",
            await call(
                self._requester, _UPDATE_CHECKOUT_SETTINGS, {"checkoutSettings": checkout_settings}
            ),
        )


def bind(client: Requester) -> CheckoutSettings:
    """The ``checkoutSettings`` module for ``client``'s visitor."""
    return CheckoutSettings(client)
