# File generated from @wix/auto_sdk_ecom_gift-vouchers 1.0.48
# by `make apigen` (tools/apigen). Do not edit.
"""The ``giftVouchers`` module of ``@wix/ecom`` (3 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_GET_GIFT_CARD = Route(
    "POST",
    "/ecom/v1/gift-cards/{code}",
    "wix.ecom.gift_cards_spi_host.v1.GiftCardsSpiHostService.GetGiftCard",
    path_params=("code",),
)
_REDEEM_GIFT_CARD = Route(
    "POST",
    "/ecom/v1/gift-cards/redeem",
    "wix.ecom.gift_cards_spi_host.v1.GiftCardsSpiHostService.RedeemGiftCard",
)
_VOID_TRANSACTION = Route(
    "POST",
    "/ecom/v1/gift-cards/void",
    "wix.ecom.gift_cards_spi_host.v1.GiftCardsSpiHostService.VoidTransaction",
)


class GiftVouchers(Module):
    """``giftVouchers`` of ``@wix/ecom``: ``gift_vouchers = ecom.gift_vouchers.bind(wix)``."""

    __slots__ = ()

    async def get_gift_card(
        self, code: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get gift card: ``POST /ecom/v1/gift-cards/{code}``."""
        return await call(
            self._requester,
            _GET_GIFT_CARD,
            {"code": code, **_fields.pick(options, "context", "appId", "pin", "extendedFields")},
        )

    async def redeem_gift_card(
        self, code: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Redeem gift card: ``POST /ecom/v1/gift-cards/redeem``."""
        return await call(
            self._requester,
            _REDEEM_GIFT_CARD,
            {
                "code": code,
                **_fields.pick(
                    options, "amount", "orderId", "appId", "context", "pin", "extendedFields"
                ),
            },
        )

    async def void_transaction(
        self, transaction_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Void transaction: ``POST /ecom/v1/gift-cards/void``."""
        return await call(
            self._requester,
            _VOID_TRANSACTION,
            {
                "transactionId": transaction_id,
                **_fields.pick(options, "appId", "context", "extendedFields"),
            },
        )


def bind(client: Requester) -> GiftVouchers:
    """The ``giftVouchers`` module for ``client``'s visitor."""
    return GiftVouchers(client)
