# File generated from @wix/auto_sdk_ecom_currencies 1.0.38
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.currencies``.

From ``@wix/auto_sdk_ecom_currencies``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.currencies import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

ConversionRateRequest = TypedDict(
    "ConversionRateRequest",
    {
        "from": "Required[str]",
        "to": "Required[str]",
    },
    total=False,
)


class ConversionRateResponse(TypedDict, total=False):
    rate: DecimalValue
    rateTimestamp: str | None


ConvertCurrencyIdentifiers = TypedDict(
    "ConvertCurrencyIdentifiers",
    {
        "from": "Required[str]",
        "to": "Required[str]",
    },
    total=False,
)


ConvertCurrencyRequest = TypedDict(
    "ConvertCurrencyRequest",
    {
        "amounts": "list[DecimalValue]",
        "from": "Required[str]",
        "to": "Required[str]",
    },
    total=False,
)


class ConvertCurrencyResponse(TypedDict, total=False):
    amounts: list[DecimalValue]
    rateTimestamp: str | None


class Currency(TypedDict, total=False):
    code: str
    symbol: str


class DecimalValue(TypedDict, total=False):
    value: str
    decimalPlaces: int


GetConversionRateIdentifiers = TypedDict(
    "GetConversionRateIdentifiers",
    {
        "from": "Required[str]",
        "to": "Required[str]",
    },
    total=False,
)


class ListCurrenciesRequest(TypedDict, total=False):
    pass


class ListCurrenciesResponse(TypedDict, total=False):
    currencies: list[Currency]
