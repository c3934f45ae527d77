# File generated from @wix/auto_sdk_ecom_order-billing 1.0.110
# by `make apigen` (tools/apigen). Do not edit.
"""The ``orderBilling`` module of ``@wix/ecom`` (10 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_AUTHORIZE_CHARGE_WITH_SAVED_PAYMENT_METHOD = Route(
    "POST",
    "/ecom/v1/order-billing/authorize-charge-with-saved-payment-method",
    "com.wix.ecom.orders.billing.v1.OrderBillingService.AuthorizeChargeWithSavedPaymentMethod",
)
_CALCULATE_REFUND = Route(
    "POST",
    "/ecom/v1/order-billing/calculate-refund",
    "com.wix.ecom.orders.billing.v1.OrderBillingService.CalculateRefund",
)
_CAPTURE_AUTHORIZED_PAYMENTS = Route(
    "POST",
    "/ecom/v1/order-billing/capture-authorized-payments",
    "com.wix.ecom.orders.billing.v1.OrderBillingService.CaptureAuthorizedPayments",
)
_CHARGE_MEMBERSHIPS = Route(
    "POST",
    "/ecom/v1/order-billing/charge-memberships",
    "com.wix.ecom.orders.billing.v1.OrderBillingService.ChargeMemberships",
)
_CHARGE_ORDER = Route(
    "POST",
    "/ecom/v1/order-billing/charge-order",
    "com.wix.ecom.orders.billing.v1.OrderBillingService.ChargeOrder",
)
_GENERATE_RECEIPTS = Route(
    "POST",
    "/ecom/v1/order-billing/generate-receipts",
    "com.wix.ecom.orders.billing.v1.OrderBillingService.GenerateReceipts",
)
_GET_ORDER_REFUNDABILITY = Route(
    "POST",
    "/ecom/v1/order-billing/get-order-refundability",
    "com.wix.ecom.orders.billing.v1.OrderBillingService.GetOrderRefundability",
)
_REDEEM_GIFT_CARD = Route(
    "POST",
    "/ecom/v1/order-billing/redeem-gift-card",
    "com.wix.ecom.orders.billing.v1.OrderBillingService.RedeemGiftCard",
)
_REFUND_PAYMENTS = Route(
    "POST",
    "/ecom/v1/order-billing/refund-payments",
    "com.wix.ecom.orders.billing.v1.OrderBillingService.RefundPayments",
)
_VOID_AUTHORIZED_PAYMENTS = Route(
    "POST",
    "/ecom/v1/order-billing/void-authorized-payments",
    "com.wix.ecom.orders.billing.v1.OrderBillingService.VoidAuthorizedPayments",
)


class OrderBilling(Module):
    """``orderBilling`` of ``@wix/ecom``: ``order_billing = ecom.order_billing.bind(wix)``."""

    __slots__ = ()

    async def authorize_charge_with_saved_payment_method(
        self, order_id: str, options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Authorize charge with saved payment method: ``POST``.

        ``/ecom/v1/order-billing/authorize-charge-with-saved-payment-method``
        """
        return await call(
            self._requester,
            _AUTHORIZE_CHARGE_WITH_SAVED_PAYMENT_METHOD,
            {
                "orderId": order_id,
                **_fields.pick(options, "amount", "currency", "delayedCaptureSettings"),
            },
        )

    async def calculate_refund(
        self, order_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Calculate refund: ``POST /ecom/v1/order-billing/calculate-refund``."""
        return await call(
            self._requester,
            _CALCULATE_REFUND,
            {"orderId": order_id, **_fields.pick(options, "refundItems")},
        )

    async def capture_authorized_payments(
        self, order_id: str, options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Capture authorized payments: ``POST``.

        ``/ecom/v1/order-billing/capture-authorized-payments``
        """
        return await call(
            self._requester,
            _CAPTURE_AUTHORIZED_PAYMENTS,
            {"orderId": order_id, **_fields.pick(options, "payments")},
        )

    async def charge_memberships(self, order_id: str, options: Mapping[str, Any]) -> dict[str, Any]:
        """Charge memberships: ``POST /ecom/v1/order-billing/charge-memberships``."""
        return await call(
            self._requester,
            _CHARGE_MEMBERSHIPS,
            {"orderId": order_id, **_fields.pick(options, "memberId", "memberships")},
        )

    async def charge_order(
        self, order_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Charge order: ``POST /ecom/v1/order-billing/charge-order``."""
        return await call(
            self._requester,
            _CHARGE_ORDER,
            {
                "orderId": order_id,
                **_fields.pick(
                    options,
                    "memberId",
                    "regularCharge",
                    "giftCards",
                    "memberships",
                    "idempotencyKey",
                    "merchantInitiated",
                ),
            },
        )

    async def generate_receipts(self, order_id: str, options: Mapping[str, Any]) -> dict[str, Any]:
        """Generate receipts: ``POST /ecom/v1/order-billing/generate-receipts``."""
        return await call(
            self._requester,
            _GENERATE_RECEIPTS,
            {"orderId": order_id, **_fields.pick(options, "paymentIds")},
        )

    async def get_order_refundability(self, order_id: str) -> dict[str, Any]:
        """Get order refundability: ``POST /ecom/v1/order-billing/get-order-refundability``."""
        return await call(self._requester, _GET_ORDER_REFUNDABILITY, {"orderId": order_id})

    async def redeem_gift_card(self, order_id: str, options: Mapping[str, Any]) -> dict[str, Any]:
        """Redeem gift card: ``POST /ecom/v1/order-billing/redeem-gift-card``."""
        return await call(
            self._requester,
            _REDEEM_GIFT_CARD,
            {"orderId": order_id, **_fields.pick(options, "giftCardCode", "amount", "currency")},
        )

    async def refund_payments(
        self, order_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Refund payments: ``POST /ecom/v1/order-billing/refund-payments``."""
        return await call(
            self._requester,
            _REFUND_PAYMENTS,
            {
                "orderId": order_id,
                **_fields.pick(
                    options,
                    "paymentRefunds",
                    "sideEffects",
                    "refundItems",
                    "customerReason",
                    "locationId",
                ),
            },
        )

    async def void_authorized_payments(
        self, order_id: str, options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Void authorized payments: ``POST /ecom/v1/order-billing/void-authorized-payments``."""
        return await call(
            self._requester,
            _VOID_AUTHORIZED_PAYMENTS,
            {"orderId": order_id, **_fields.pick(options, "paymentIds")},
        )


def bind(client: Requester) -> OrderBilling:
    """The ``orderBilling`` module for ``client``'s visitor."""
    return OrderBilling(client)
