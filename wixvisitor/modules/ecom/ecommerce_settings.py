# File generated from @wix/auto_sdk_ecom_ecommerce-settings 1.0.36
# by `make apigen` (tools/apigen). Do not edit.
"""The ``ecommerceSettings`` module of ``@wix/ecom`` (1 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import ecommerce_settings as _types

_GET_ECOMMERCE_SETTINGS = Route(
    "GET",
    "/_api/ecommerce-settings/v1/ecommerce-settings",
    "wix.ecom.ecommerce_settings.v1.EcommerceSettingsService.GetEcommerceSettings",
)


class EcommerceSettings(Module):
    """``ecommerceSettings`` of ``@wix/ecom``: ``ecom.ecommerce_settings.bind(wix)``."""

    __slots__ = ()

    async def get_ecommerce_settings(
        self, fields: Sequence[_types.RequestedFields]
    ) -> _types.GetEcommerceSettingsResponse:
        """Get ecommerce settings: ``GET /_api/ecommerce-settings/v1/ecommerce-settings``.

        Permissions: ``ECOM.ECOMMERCE_SETTINGS_READ``.
        Callable by: ``APP``.
        Application errors: ``SITE_NOT_FOUND``.
        """
        return cast(
            "_types.GetEcommerceSettingsResponse",
            await call(self._requester, _GET_ECOMMERCE_SETTINGS, {"fields": fields}),
        )


def bind(client: Requester) -> EcommerceSettings:
    """The ``ecommerceSettings`` module for ``client``'s visitor."""
    return EcommerceSettings(client)
