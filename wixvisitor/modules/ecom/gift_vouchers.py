# File generated from @wix/auto_sdk_ecom_gift-vouchers 1.0.48
# by `make apigen` (tools/apigen). Do not edit.
"""The ``giftVouchers`` module of ``@wix/ecom`` (3 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import gift_vouchers as _types

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
        self, code: str, options: _types.GetGiftCardOptions | None = None
    ) -> _types.GetGiftCardResponse:
        """Get gift card: ``POST /ecom/v1/gift-cards/{code}``.

        Permissions: ``ECOM.GIFT_CARD_READ``.
        Callable by: ``APP``.
        Application errors: ``GIFT_CARD_NOT_FOUND``.
        """
        return cast(
            "_types.GetGiftCardResponse",
            await call(
                self._requester,
                _GET_GIFT_CARD,
                {
                    "code": code,
                    **_fields.pick(options, "context", "appId", "pin", "extendedFields"),
                },
            ),
        )

    async def redeem_gift_card(
        self, code: str, options: _types.RedeemGiftCardOptions | None = None
    ) -> _types.RedeemGiftCardResponse:
        """Redeem gift card: ``POST /ecom/v1/gift-cards/redeem``.

        Permissions: ``ECOM.GIFT_CARD_REDEEM``.
        Callable by: ``APP``.
        Application errors: ``GIFT_CARD_NOT_FOUND``, ``ALREADY_REDEEMED``,
        ``CURRENCY_NOT_SUPPORTED``, ``INSUFFICIENT_FUNDS``, ``GIFT_CARD_DISABLED``,
        ``GIFT_CARD_EXPIRED``.
        """
        return cast(
            "_types.RedeemGiftCardResponse",
            await call(
                self._requester,
                _REDEEM_GIFT_CARD,
                {
                    "code": code,
                    **_fields.pick(
                        options, "amount", "orderId", "appId", "context", "pin", "extendedFields"
                    ),
                },
            ),
        )

    async def void_transaction(
        self, transaction_id: str, options: _types.VoidTransactionOptions | None = None
    ) -> _types.VoidTransactionResponse:
        """Void transaction: ``POST /ecom/v1/gift-cards/void``.

        Permissions: ``ECOM.GIFT_CARD_TRANSACTION_VOID``.
        Callable by: ``APP``.
        Application errors: ``TRANSACTION_NOT_FOUND``, ``ALREADY_VOIDED``,
        ``GIFT_CARD_DISABLED``, ``GIFT_CARD_EXPIRED``.
        """
        return cast(
            "_types.VoidTransactionResponse",
            await call(
                self._requester,
                _VOID_TRANSACTION,
                {
                    "transactionId": transaction_id,
                    **_fields.pick(options, "appId", "context", "extendedFields"),
                },
            ),
        )


def bind(client: Requester) -> GiftVouchers:
    """The ``giftVouchers`` module for ``client``'s visitor."""
    return GiftVouchers(client)
