# File generated from @wix/auto_sdk_ecom_tax-settings 1.0.5
# by `make apigen` (tools/apigen). Do not edit.
"""The ``taxSettings`` module of ``@wix/ecom`` (2 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import tax_settings as _types

_GET_TAX_SETTINGS = Route(
    "GET", "/billing/v1/tax-settings", "wix.billing.tax.v1.TaxSettingsService.GetTaxSettings"
)
_UPSERT_TAX_SETTINGS = Route(
    "POST", "/billing/v1/tax-settings", "wix.billing.tax.v1.TaxSettingsService.UpsertTaxSettings"
)


class TaxSettings(Module):
    """``taxSettings`` of ``@wix/ecom``: ``tax_settings = ecom.tax_settings.bind(wix)``."""

    __slots__ = ()

    async def get_tax_settings(self) -> _types.GetTaxSettingsResponse:
        """Get tax settings: ``GET /billing/v1/tax-settings``.

        Permissions: ``billing:tax:v1:tax_settings:get_tax_settings``.
        Callable by: ``APP``.
        """
        return cast("_types.GetTaxSettingsResponse", await call(self._requester, _GET_TAX_SETTINGS))

    async def upsert_tax_settings(
        self, tax_settings: _types.TaxSettings
    ) -> _types.UpsertTaxSettingsResponse:
        """Upsert tax settings: ``POST /billing/v1/tax-settings``.

        Permissions: ``billing:tax:v1:tax_settings:upsert_tax_settings``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpsertTaxSettingsResponse",
            await call(self._requester, _UPSERT_TAX_SETTINGS, {"taxSettings": tax_settings}),
        )


def bind(client: Requester) -> TaxSettings:
    """The ``taxSettings`` module for ``client``'s visitor."""
    return TaxSettings(client)
