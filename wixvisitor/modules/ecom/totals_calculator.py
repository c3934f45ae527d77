# File generated from @wix/auto_sdk_ecom_totals-calculator 1.0.120
# by `make apigen` (tools/apigen). Do not edit.
"""The ``totalsCalculator`` module of ``@wix/ecom`` (1 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import totals_calculator as _types

_CALCULATE_TOTALS = Route(
    "POST",
    "/ecom/v1/calculate-totals",
    "com.wix.ecom.totals_calculator.v1.TotalsCalculator.CalculateTotals",
)


class TotalsCalculator(Module):
    """``totalsCalculator`` of ``@wix/ecom``: ``ecom.totals_calculator.bind(wix)``."""

    __slots__ = ()

    async def calculate_totals(
        self, options: _types.CalculateTotalsOptions | None = None
    ) -> _types.CalculateTotalsResponse:
        """Calculate totals: ``POST /ecom/v1/calculate-totals``.

        Permissions: ``ECOM.CALCULATE_TOTALS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CalculateTotalsResponse",
            await call(
                self._requester,
                _CALCULATE_TOTALS,
                {
                    **_fields.pick(
                        options,
                        "calculationId",
                        "lineItems",
                        "shippingAddress",
                        "billingAddress",
                        "selectedShippingOption",
                        "couponId",
                        "couponCode",
                        "giftCardCode",
                        "buyerEmail",
                        "memberId",
                        "selectedMemberships",
                        "buyerPhone",
                        "purchaseFlowId",
                        "externalReferences",
                        "businessLocationId",
                        "giftCardRedeemAmount",
                        "contactId",
                        "extendedFields",
                        "taxExemptGroupId",
                        "applyItemDiscountsToPrices",
                        "giftCards",
                        "membershipSelection",
                        "sitePaymentMethodTypeId",
                    )
                },
            ),
        )


def bind(client: Requester) -> TotalsCalculator:
    """The ``totalsCalculator`` module for ``client``'s visitor."""
    return TotalsCalculator(client)
