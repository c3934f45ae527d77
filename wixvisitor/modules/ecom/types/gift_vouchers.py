# File generated from @wix/auto_sdk_ecom_gift-vouchers 1.0.48
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.gift_vouchers``.

From ``@wix/auto_sdk_ecom_gift-vouchers``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.gift_vouchers import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import ExtendedFields as ExtendedFields

Status: TypeAlias = Literal["VALID", "EXPIRED", "DISABLED"]


class Context(TypedDict, total=False):
    locationId: str | None


class GetGiftCardOptions(TypedDict, total=False):
    """What ``getGiftCard`` reads from ``options``."""

    context: Context
    appId: str | None
    pin: str | None


class GetGiftCardRequest(TypedDict, total=False):
    code: Required[str]
    context: Context
    appId: str | None
    pin: str | None


class GetGiftCardResponse(TypedDict, total=False):
    giftCard: GiftCard


class GiftCard(TypedDict, total=False):
    obfuscatedCode: str
    balance: Money
    status: Status
    appId: str
    externalId: str | None


class Money(TypedDict, total=False):
    value: str
    currency: str


class RedeemGiftCardOptions(TypedDict, total=False):
    """What ``redeemGiftCard`` reads from ``options``."""

    amount: Money
    orderId: str
    appId: str
    context: Context
    pin: str | None
    extendedFields: ExtendedFields


class RedeemGiftCardRequest(TypedDict, total=False):
    code: Required[str]
    amount: Required[Money]
    orderId: str
    appId: Required[str]
    context: Context
    pin: str | None
    extendedFields: ExtendedFields


class RedeemGiftCardResponse(TypedDict, total=False):
    transactionId: str


class VoidTransactionOptions(TypedDict, total=False):
    """What ``voidTransaction`` reads from ``options``."""

    appId: str
    context: Context


class VoidTransactionRequest(TypedDict, total=False):
    transactionId: Required[str]
    appId: Required[str]
    context: Context


class VoidTransactionResponse(TypedDict, total=False):
    pass
