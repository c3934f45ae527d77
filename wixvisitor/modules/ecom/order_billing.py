# File generated from @wix/auto_sdk_ecom_order-billing 1.0.110
# by `make apigen` (tools/apigen). Do not edit.
"""The ``orderBilling`` module of ``@wix/ecom`` (10 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import order_billing as _types

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
        self, order_id: str, options: _types.AuthorizeChargeWithSavedPaymentMethodOptions
    ) -> _types.AuthorizeChargeWithSavedPaymentMethodResponse:
        """Authorize charge with saved payment method: ``POST``.

        ``/ecom/v1/order-billing/authorize-charge-with-saved-payment-method``

        Permissions: ``ECOM.ORDER_BILLING_AUTHORIZE_CHARGE_WITH_SAVED_PAYMENT_METHOD``.
        Callable by: ``APP``.
        Application errors: ``ORDER_NOT_FOUND``, ``ORDER_CANCELED``, ``ORDER_PAID``,
        ``NO_SAVED_PAYMENT_METHOD``, ``ORDER_HAS_CHARGEBACKS``, ``INVALID_AMOUNT``,
        ``INVALID_CURRENCY``.
        """
        return cast(
            "_types.AuthorizeChargeWithSavedPaymentMethodResponse",
            await call(
                self._requester,
                _AUTHORIZE_CHARGE_WITH_SAVED_PAYMENT_METHOD,
                {
                    "orderId": order_id,
                    **_fields.pick(options, "amount", "currency", "delayedCaptureSettings"),
                },
            ),
        )

    async def calculate_refund(
        self, order_id: str, options: _types.CalculateRefundOptions | None = None
    ) -> _types.CalculateRefundResponse:
        """Calculate refund: ``POST /ecom/v1/order-billing/calculate-refund``.

        Permissions: ``ECOM.ORDER_BILLING_CALCULATE_REFUND``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CalculateRefundResponse",
            await call(
                self._requester,
                _CALCULATE_REFUND,
                {"orderId": order_id, **_fields.pick(options, "refundItems")},
            ),
        )

    async def capture_authorized_payments(
        self, order_id: str, options: _types.CaptureAuthorizedPaymentsOptions
    ) -> _types.CaptureAuthorizedPaymentsResponse:
        """Capture authorized payments: ``POST /ecom/v1/order-billing/capture-authorized-payments``.

        Permissions: ``ECOM.ORDER_BILLING_CAPTURE_AUTHORIZED_PAYMENTS``.
        Callable by: ``APP``.
        Application errors: ``PAYMENT_NOT_FOUND``, ``INVALID_AMOUNT``,
        ``PAYMENT_ALREADY_VOIDED``, ``PAYMENT_ALREADY_CAPTURED``, ``PAYMENT_NOT_AUTHORIZED``,
        ``PAYMENT_HAS_PENDING_CAPTURE``, ``ORDER_HAS_CHARGEBACKS``.
        """
        return cast(
            "_types.CaptureAuthorizedPaymentsResponse",
            await call(
                self._requester,
                _CAPTURE_AUTHORIZED_PAYMENTS,
                {"orderId": order_id, **_fields.pick(options, "payments")},
            ),
        )

    async def charge_memberships(
        self, order_id: str, options: _types.ChargeMembershipsOptions
    ) -> _types.ChargeMembershipsResponse:
        """Charge memberships: ``POST /ecom/v1/order-billing/charge-memberships``.

        Permissions: ``ECOM.ORDER_BILLING_CHARGE_MEMBERSHIPS``.
        Callable by: ``APP``.
        Application errors: ``ORDER_NOT_FOUND``, ``MEMBERSHIP_NOT_ELIGIBLE``.
        """
        return cast(
            "_types.ChargeMembershipsResponse",
            await call(
                self._requester,
                _CHARGE_MEMBERSHIPS,
                {"orderId": order_id, **_fields.pick(options, "memberId", "memberships")},
            ),
        )

    async def charge_order(
        self, order_id: str, options: _types.ChargeOrderOptions | None = None
    ) -> _types.ChargeOrderResponse:
        """Charge order: ``POST /ecom/v1/order-billing/charge-order``.

        Permissions: ``ecom:v1:order_billing:charge_order``.
        Callable by: ``APP``.
        Application errors: ``ORDER_NOT_FOUND``, ``ORDER_CANCELED``, ``ORDER_PAID``,
        ``ORDER_HAS_CHARGEBACKS``, ``INVALID_AMOUNT``, ``PAYMENT_INTENT_ID_REQUIRED``,
        ``GIFT_CARD_NOT_FOUND``, ``GIFT_CARD_EXPIRED``, ``GIFT_CARD_DISABLED``,
        ``INSUFFICIENT_FUNDS``, ``INVALID_GIFT_CARD_CURRENCY``, ``GIFT_CARD_ALREADY_APPLIED``,
        ``ALREADY_REDEEMED``, ``MEMBERSHIP_NOT_ELIGIBLE``, ``LINE_ITEM_PAID``,
        ``PAYMENT_ATTEMPT_EXPIRED``, ``PAYMENT_METHOD_UNAVAILABLE``,
        ``PAYMENT_ALREADY_APPROVED``, ``PAYMENT_ALREADY_IN_PROGRESS``.
        """
        return cast(
            "_types.ChargeOrderResponse",
            await call(
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
            ),
        )

    async def generate_receipts(
        self, order_id: str, options: _types.GenerateReceiptsOptions
    ) -> _types.GenerateReceiptsResponse:
        """Generate receipts: ``POST /ecom/v1/order-billing/generate-receipts``.

        Permissions: ``ECOM.ORDER_BILLING_GENERATE_RECEIPTS``.
        Callable by: ``APP``.
        Application errors: ``ORDER_NOT_FOUND``, ``RECEIPT_ALREADY_EXIST``,
        ``RECEIPT_GENERATION_IN_PROGRESS``, ``PAYMENT_NOT_FOUND``, ``INVALID_PAYMENT_TYPE``,
        ``INVALID_PAYMENT_STATUS``.
        """
        return cast(
            "_types.GenerateReceiptsResponse",
            await call(
                self._requester,
                _GENERATE_RECEIPTS,
                {"orderId": order_id, **_fields.pick(options, "paymentIds")},
            ),
        )

    async def get_order_refundability(self, order_id: str) -> _types.GetOrderRefundabilityResponse:
        """Get order refundability: ``POST /ecom/v1/order-billing/get-order-refundability``.

        Permissions: ``ECOM.ORDER_BILLING_GET_ORDER_REFUNDABILITY``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetOrderRefundabilityResponse",
            await call(self._requester, _GET_ORDER_REFUNDABILITY, {"orderId": order_id}),
        )

    async def redeem_gift_card(
        self, order_id: str, options: _types.RedeemGiftCardOptions
    ) -> _types.RedeemGiftCardResponse:
        """Redeem gift card: ``POST /ecom/v1/order-billing/redeem-gift-card``.

        Permissions: ``ECOM.ORDER_BILLING_REDEEM_GIFT_CARD``.
        Callable by: ``APP``.
        Application errors: ``GIFT_CARD_ALREADY_APPLIED``, ``CURRENCY_MISMATCH``,
        ``GIFT_CARD_NOT_FOUND``, ``GIFT_CARD_EXPIRED``, ``GIFT_CARD_DISABLED``,
        ``INSUFFICIENT_FUNDS``, ``CURRENCY_NOT_SUPPORTED``, ``ALREADY_REDEEMED``,
        ``ORDER_NOT_FOUND``, ``ORDER_CANCELED``, ``ORDER_PAID``, ``MAX_GIFT_CARDS_EXCEEDED``.
        """
        return cast(
            "_types.RedeemGiftCardResponse",
            await call(
                self._requester,
                _REDEEM_GIFT_CARD,
                {
                    "orderId": order_id,
                    **_fields.pick(options, "giftCardCode", "amount", "currency"),
                },
            ),
        )

    async def refund_payments(
        self, order_id: str, options: _types.RefundPaymentsOptions | None = None
    ) -> _types.RefundPaymentsResponse:
        """Refund payments: ``POST /ecom/v1/order-billing/refund-payments``.

        Permissions: ``ECOM.ORDER_BILLING_REFUND_PAYMENTS``.
        Callable by: ``APP``.
        Application errors: ``PAYMENT_NOT_FOUND``, ``LINE_ITEM_NOT_FOUND``,
        ``ADDITIONAL_FEE_NOT_FOUND``, ``SHIPPING_NOT_FOUND``, ``INVALID_PAYMENT_REFUND_AMOUNT``,
        ``INVALID_ADDITIONAL_FEE_REFUND_AMOUNT``, ``INVALID_SHIPPING_REFUND_AMOUNT``,
        ``INVALID_LINE_ITEM_REFUND_QUANTITY``, ``INVALID_LINE_ITEM_RESTOCK_QUANTITY``,
        ``PAYMENT_NOT_REFUNDABLE``, ``EXTERNAL_REFUND_EXPECTED``,
        ``PARTIAL_REFUND_FOR_MULTIPLE_LOCATIONS_NOT_ALLOWED``.
        """
        return cast(
            "_types.RefundPaymentsResponse",
            await call(
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
            ),
        )

    async def void_authorized_payments(
        self, order_id: str, options: _types.VoidAuthorizedPaymentsOptions
    ) -> _types.VoidAuthorizedPaymentsResponse:
        """Void authorized payments: ``POST /ecom/v1/order-billing/void-authorized-payments``.

        Permissions: ``ECOM.ORDER_BILLING_VOID_AUTHORIZED_PAYMENTS``.
        Callable by: ``APP``.
        Application errors: ``PAYMENT_NOT_FOUND``, ``GATEWAY_TRANSACTION_NOT_FOUND``,
        ``PAYMENT_ALREADY_VOIDED``, ``PAYMENT_ALREADY_CAPTURED``, ``PAYMENT_NOT_AUTHORIZED``.
        """
        return cast(
            "_types.VoidAuthorizedPaymentsResponse",
            await call(
                self._requester,
                _VOID_AUTHORIZED_PAYMENTS,
                {"orderId": order_id, **_fields.pick(options, "paymentIds")},
            ),
        )


def bind(client: Requester) -> OrderBilling:
    """The ``orderBilling`` module for ``client``'s visitor."""
    return OrderBilling(client)
