# File generated from @wix/auto_sdk_ecom_currencies 1.0.38
# by `make apigen` (tools/apigen). Do not edit.
"""The ``currencies`` module of ``@wix/ecom`` (3 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import currencies as _types

_CONVERT_CURRENCY = Route(
    "POST",
    "/currency_converter/v1/currencies/amounts/{from}/convert/{to}",
    "com.wixpress.currency.converter.api.v1.CurrencyConverter.ConvertCurrency",
    path_params=("from", "to"),
)
_GET_CONVERSION_RATE = Route(
    "GET",
    "/currency_converter/v1/currencies/rate/{from}/convert/{to}",
    "com.wixpress.currency.converter.api.v1.CurrencyConverter.ConversionRate",
    path_params=("from", "to"),
)
_LIST_CURRENCIES = Route(
    "GET",
    "/currency_converter/v1/currencies",
    "com.wixpress.currency.converter.api.v1.CurrencyConverter.ListCurrencies",
)


class Currencies(Module):
    """``currencies`` of ``@wix/ecom``: ``currencies = ecom.currencies.bind(wix)``."""

    __slots__ = ()

    async def convert_currency(
        self, identifiers: _types.ConvertCurrencyIdentifiers, amounts: Sequence[Mapping[str, Any]]
    ) -> _types.ConvertCurrencyResponse:
        """Convert currency: ``POST /currency_converter/v1/currencies/amounts/{from}/convert/{to}``.

        Permissions: ``CURRENCY_CONVERTER.READ_CURRENCIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ConvertCurrencyResponse",
            await call(
                self._requester,
                _CONVERT_CURRENCY,
                {**_fields.pick(identifiers, "from", "to"), "amounts": amounts},
            ),
        )

    async def get_conversion_rate(
        self, identifiers: _types.GetConversionRateIdentifiers
    ) -> _types.ConversionRateResponse:
        """Get conversion rate: ``GET /currency_converter/v1/currencies/rate/{from}/convert/{to}``.

        Permissions: ``CURRENCY_CONVERTER.READ_CURRENCIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ConversionRateResponse",
            await call(
                self._requester, _GET_CONVERSION_RATE, {**_fields.pick(identifiers, "from", "to")}
            ),
        )

    async def list_currencies(self) -> _types.ListCurrenciesResponse:
        """List currencies: ``GET /currency_converter/v1/currencies``.

        Permissions: ``CURRENCY_CONVERTER.READ_CURRENCIES``.
        Callable by: ``APP``.
        """
        return cast("_types.ListCurrenciesResponse", await call(self._requester, _LIST_CURRENCIES))


def bind(client: Requester) -> Currencies:
    """The ``currencies`` module for ``client``'s visitor."""
    return Currencies(client)
