# File generated from @wix/auto_sdk_ecom_totals-calculator 1.0.120
# by `make apigen` (tools/apigen). Do not edit.
"""The ``totalsCalculator`` module of ``@wix/ecom`` (1 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_CALCULATE_TOTALS = Route(
    "POST",
    "/ecom/v1/calculate-totals",
    "com.wix.ecom.totals_calculator.v1.TotalsCalculator.CalculateTotals",
)


class TotalsCalculator(Module):
    """``totalsCalculator`` of ``@wix/ecom``: ``ecom.totals_calculator.bind(wix)``."""

    __slots__ = ()

    async def calculate_totals(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Calculate totals: ``POST /ecom/v1/calculate-totals``."""
        return await call(
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
        )


def bind(client: Requester) -> TotalsCalculator:
    """The ``totalsCalculator`` module for ``client``'s visitor."""
    return TotalsCalculator(client)
