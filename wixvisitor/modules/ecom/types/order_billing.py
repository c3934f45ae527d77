# File generated from @wix/auto_sdk_ecom_order-billing 1.0.110
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.order_billing``.

From ``@wix/auto_sdk_ecom_order-billing``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.order_billing import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import ActionType as ActionType
from ._shared import AdditionalFeeRefund as AdditionalFeeRefund
from ._shared import ApplicationError as ApplicationError
from ._shared import AuthorizationActionFailureDetails as AuthorizationActionFailureDetails
from ._shared import AuthorizationCapture as AuthorizationCapture
from ._shared import AuthorizationCaptureStatus as AuthorizationCaptureStatus
from ._shared import AuthorizationDetails as AuthorizationDetails
from ._shared import AuthorizationVoid as AuthorizationVoid
from ._shared import AuthorizationVoidStatus as AuthorizationVoidStatus
from ._shared import CashRounding as CashRounding
from ._shared import CashRoundingDetails as CashRoundingDetails
from ._shared import Chargeback as Chargeback
from ._shared import ChargebackStatus as ChargebackStatus
from ._shared import CreditCardPaymentMethodDetails as CreditCardPaymentMethodDetails
from ._shared import DelayedCaptureSettings as DelayedCaptureSettings
from ._shared import Details as Details
from ._shared import DetailsKindOneOf as DetailsKindOneOf
from ._shared import Duration as Duration
from ._shared import DurationUnit as DurationUnit
from ._shared import FieldViolation as FieldViolation
from ._shared import FutureMembershipDetails as FutureMembershipDetails
from ._shared import GiftCardPaymentDetails as GiftCardPaymentDetails
from ._shared import LineItemRefund as LineItemRefund
from ._shared import LineItemRefundSummary as LineItemRefundSummary
from ._shared import MembershipName as MembershipName
from ._shared import MembershipPaymentDetails as MembershipPaymentDetails
from ._shared import MembershipPaymentStatus as MembershipPaymentStatus
from ._shared import Payment as Payment
from ._shared import PaymentMethodName as PaymentMethodName
from ._shared import PaymentPaymentDetailsOneOf as PaymentPaymentDetailsOneOf
from ._shared import PaymentReceiptInfoOneOf as PaymentReceiptInfoOneOf
from ._shared import PaymentRefund as PaymentRefund
from ._shared import PaymentStatus as PaymentStatus
from ._shared import PaymentStatusDetailsOneOf as PaymentStatusDetailsOneOf
from ._shared import PredefinedPaymentMethod as PredefinedPaymentMethod
from ._shared import Price as Price
from ._shared import Reason as Reason
from ._shared import RefundItem as RefundItem
from ._shared import RefundItemsBreakdown as RefundItemsBreakdown
from ._shared import RefundStatus as RefundStatus
from ._shared import RefundStatusInfo as RefundStatusInfo
from ._shared import RefundTransaction as RefundTransaction
from ._shared import RegularPaymentDetails as RegularPaymentDetails
from ._shared import (
    RegularPaymentDetailsPaymentMethodDetailsOneOf as RegularPaymentDetailsPaymentMethodDetailsOneOf,
)
from ._shared import RestockItem as RestockItem
from ._shared import RuleType as RuleType
from ._shared import ScheduledAction as ScheduledAction
from ._shared import ShippingRefund as ShippingRefund
from ._shared import SystemError as SystemError
from ._shared import TransactionStatus as TransactionStatus
from ._shared import UserDefinedPaymentMethodName as UserDefinedPaymentMethodName
from ._shared import UserDefinedPaymentMethodNameKindOneOf as UserDefinedPaymentMethodNameKindOneOf
from ._shared import V1ScheduledAction as V1ScheduledAction
from ._shared import ValidationError as ValidationError

ManuallyRefundableReason: TypeAlias = Literal[
    "UNKNOWN_REASON", "EXPIRED", "NOT_SUPPORTED", "OFFLINE", "REQUIRES_CARD_READER"
]
NonRefundableReason: TypeAlias = Literal[
    "UNKNOWN_REASON",
    "ALREADY_REFUNDED",
    "PROVIDER_IS_DOWN",
    "NOT_PAID",
    "ZERO_PRICE",
    "DISABLED_BY_PROVIDER",
    "PENDING_REFUND",
    "FORBIDDEN",
    "TRANSACTION_NOT_FOUND",
    "ORDER_IS_PENDING",
    "ORDER_IS_REJECTED",
    "AMOUNT_OFFSET_BY_CHARGEBACK",
]


class AdditionalFeeRefundability(TypedDict, total=False):
    additionalFeeId: str
    amount: Price
    refundedAmount: Price
    availableRefundAmount: Price


class AggregatedRefundSummary(TypedDict, total=False):
    total: Price
    tax: Price
    discount: Price
    subtotal: Price
    lineItemsSubtotal: Price
    additionalFeesTotal: Price


class AuthorizeChargeWithSavedPaymentMethodOptions(TypedDict, total=False):
    """What ``authorizeChargeWithSavedPaymentMethod`` reads from ``options``."""

    amount: Required[Price]
    currency: Required[str]
    delayedCaptureSettings: Required[DelayedCaptureSettings]


class AuthorizeChargeWithSavedPaymentMethodRequest(TypedDict, total=False):
    orderId: Required[str]
    amount: Required[Price]
    currency: Required[str]
    delayedCaptureSettings: Required[DelayedCaptureSettings]


class AuthorizeChargeWithSavedPaymentMethodResponse(TypedDict, total=False):
    payment: Payment
    orderTransactions: OrderTransactions


class CalculateRefundOptions(TypedDict, total=False):
    """What ``calculateRefund`` reads from ``options``."""

    refundItems: RefundItems


class CalculateRefundRequest(TypedDict, total=False):
    orderId: Required[str]
    refundItems: RefundItems


class CalculateRefundResponseStatusOneOf(TypedDict, total=False):
    available: bool
    notAvailable: CalculatedRefundNotAvailableStatus


class CalculateRefundResponse(CalculateRefundResponseStatusOneOf, total=False):
    summary: AggregatedRefundSummary
    calculatedRefundItems: CalculatedRefundItems


class CalculatedAdditionalFeeRefund(TypedDict, total=False):
    additionalFee: AdditionalFeeRefund
    summary: CalculatedRefundSummary


class CalculatedLineItemRefund(TypedDict, total=False):
    item: LineItemRefund
    summary: CalculatedRefundSummary


class CalculatedRefundItems(TypedDict, total=False):
    lineItems: list[CalculatedLineItemRefund]
    additionalFees: list[CalculatedAdditionalFeeRefund]
    shipping: CalculatedShippingRefund


class CalculatedRefundNotAvailableStatus(TypedDict, total=False):
    errors: list[CalculationError]


class CalculatedRefundSummary(TypedDict, total=False):
    total: Price
    tax: Price
    discount: Price
    subtotal: Price


class CalculatedShippingRefund(TypedDict, total=False):
    shipping: ShippingRefund
    summary: CalculatedRefundSummary


class CalculationErrorItemOneOf(TypedDict, total=False):
    lineItem: LineItemRefund
    additionalFee: AdditionalFeeRefund
    shipping: ShippingRefund


class CalculationError(CalculationErrorItemOneOf, total=False):
    error: Details


class CaptureAuthorizedPaymentsOptions(TypedDict, total=False):
    """What ``captureAuthorizedPayments`` reads from ``options``."""

    payments: Required[list[PaymentCapture]]


class CaptureAuthorizedPaymentsRequest(TypedDict, total=False):
    orderId: Required[str]
    payments: Required[list[PaymentCapture]]


class CaptureAuthorizedPaymentsResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions


class ChargeMembershipsOptions(TypedDict, total=False):
    """What ``chargeMemberships`` reads from ``options``."""

    memberId: Required[str]
    memberships: Required[list[MembershipCharge]]


class ChargeMembershipsRequest(TypedDict, total=False):
    orderId: Required[str]
    memberId: Required[str]
    memberships: Required[list[MembershipCharge]]


class ChargeMembershipsResponse(TypedDict, total=False):
    payments: list[Payment]


class ChargeOrderOptions(TypedDict, total=False):
    """What ``chargeOrder`` reads from ``options``."""

    memberId: str | None
    regularCharge: RegularCharge
    giftCards: list[GiftCardCharge]
    memberships: list[MembershipCharge]
    idempotencyKey: str | None
    merchantInitiated: bool


class ChargeOrderRequest(TypedDict, total=False):
    orderId: Required[str]
    memberId: str | None
    regularCharge: RegularCharge
    giftCards: list[GiftCardCharge]
    memberships: list[MembershipCharge]
    idempotencyKey: str | None
    merchantInitiated: bool


class ChargeOrderResponse(TypedDict, total=False):
    payments: list[Payment]
    orderTransactions: OrderTransactions
    regularChargeResponseToken: str | None


class CurrencyConversionInfo(TypedDict, total=False):
    originalCurrency: str
    originalAmount: str
    conversionRate: str


class ExistingMembershipIdentifier(TypedDict, total=False):
    appId: str
    membershipId: str


class FutureMembershipIdentifier(TypedDict, total=False):
    lineItemId: str
    benefitId: str


class GenerateReceiptsOptions(TypedDict, total=False):
    """What ``generateReceipts`` reads from ``options``."""

    paymentIds: Required[list[str]]


class GenerateReceiptsRequest(TypedDict, total=False):
    orderId: Required[str]
    paymentIds: Required[list[str]]


class GenerateReceiptsResponse(TypedDict, total=False):
    receipts: list[ReceiptInfo]


class GetOrderRefundabilityRequest(TypedDict, total=False):
    orderId: Required[str]


class GetOrderRefundabilityResponse(TypedDict, total=False):
    payments: list[PaymentRefundability]
    paymentsSummary: PaymentsSummary
    lineItems: list[LineItemRefundability]
    shipping: ShippingRefundability
    additionalFees: list[AdditionalFeeRefundability]


class GiftCardCharge(TypedDict, total=False):
    giftCardCode: str
    amount: Price
    currencyConversionInfo: CurrencyConversionInfo


class LineItemRefundability(TypedDict, total=False):
    lineItemId: str
    originalQuantity: int
    refundedQuantity: int
    availableRefundQuantity: int


class ManuallyRefundablePaymentStatus(TypedDict, total=False):
    reason: ManuallyRefundableReason


class MembershipCharge(TypedDict, total=False):
    lineItemId: str
    membershipIdentifier: MembershipIdentifier


class MembershipIdentifierIdentifierOneOf(TypedDict, total=False):
    existingMembership: ExistingMembershipIdentifier
    futureMembership: FutureMembershipIdentifier


class MembershipIdentifier(MembershipIdentifierIdentifierOneOf, total=False):
    membershipId: str
    membershipAppId: str


class MembershipPaymentSummary(TypedDict, total=False):
    paidLineItemIds: list[str]
    refundedLineItemIds: list[str]
    refundableLineItemIds: list[str]


class MonetaryPaymentSummary(TypedDict, total=False):
    paid: Price
    refunded: Price
    refundPending: Price
    maxRefund: Price


class NonRefundablePaymentStatus(TypedDict, total=False):
    reason: NonRefundableReason


class NotificationSideEffects(TypedDict, total=False):
    sendCustomerEmail: bool
    customMessage: str | None


class OrderTransactions(TypedDict, total=False):
    orderId: str
    payments: list[Payment]
    refunds: list[Refund]


class PaymentCapture(TypedDict, total=False):
    paymentId: str
    amount: Price


class PaymentInfoSummaryOneOf(TypedDict, total=False):
    monetary: MonetaryPaymentSummary
    membership: MembershipPaymentSummary


class PaymentInfoPaymentMethodDetailsOneOf(TypedDict, total=False):
    creditCardDetails: CreditCardPaymentMethodDetails


class PaymentInfo(PaymentInfoSummaryOneOf, PaymentInfoPaymentMethodDetailsOneOf, total=False):
    paymentId: str
    paymentMethod: str | None
    offlinePayment: bool


class PaymentRefundabilityStatusOneOf(TypedDict, total=False):
    refundable: bool
    manuallyRefundable: ManuallyRefundablePaymentStatus
    nonRefundable: NonRefundablePaymentStatus


class PaymentRefundability(PaymentRefundabilityStatusOneOf, total=False):
    payment: PaymentInfo
    providerLink: str | None


class PaymentsSummary(TypedDict, total=False):
    monetary: MonetaryPaymentSummary
    membership: MembershipPaymentSummary


class ReceiptInfo(TypedDict, total=False):
    paymentId: str
    receiptId: str


class RedeemGiftCardOptions(TypedDict, total=False):
    """What ``redeemGiftCard`` reads from ``options``."""

    giftCardCode: Required[str]
    amount: Required[Price]
    currency: Required[str]


class RedeemGiftCardRequest(TypedDict, total=False):
    orderId: Required[str]
    giftCardCode: Required[str]
    amount: Required[Price]
    currency: Required[str]


class RedeemGiftCardResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions
    payment: Payment


class RedirectUrls(TypedDict, total=False):
    successUrl: str | None
    cancelUrl: str | None
    errorUrl: str | None
    pendingUrl: str | None


class Refund(TypedDict, total=False):
    id: str
    transactions: list[RefundTransaction]
    details: RefundDetails
    createdDate: str | None
    summary: V1AggregatedRefundSummary
    requestingServiceAppId: str | None


class RefundDetails(TypedDict, total=False):
    items: list[RefundItem]
    shippingIncluded: bool
    reason: str | None
    lineItems: list[V1LineItemRefund]
    additionalFees: list[V1AdditionalFeeRefund]
    shipping: V1ShippingRefund


class RefundItems(TypedDict, total=False):
    lineItems: list[LineItemRefund]
    additionalFees: list[AdditionalFeeRefund]
    shipping: ShippingRefund


class RefundPaymentsOptions(TypedDict, total=False):
    """What ``refundPayments`` reads from ``options``."""

    paymentRefunds: list[PaymentRefund]
    sideEffects: RefundSideEffects
    refundItems: RefundItems
    customerReason: str | None


class RefundPaymentsRequest(TypedDict, total=False):
    orderId: Required[str]
    paymentRefunds: Required[list[PaymentRefund]]
    sideEffects: RefundSideEffects
    refundItems: RefundItems
    customerReason: str | None


class RefundPaymentsResponse(TypedDict, total=False):
    refund: Refund
    orderTransactions: OrderTransactions


class RefundSideEffects(TypedDict, total=False):
    restock: RestockSideEffects
    notifications: NotificationSideEffects


class RegularChargeIntentOneOf(TypedDict, total=False):
    paymentIntentId: str
    delayedCharge: bool


class RegularCharge(RegularChargeIntentOneOf, total=False):
    amount: Price
    redirectUrls: RedirectUrls
    delayedCaptureSettings: DelayedCaptureSettings
    savePaymentMethod: bool


class RestockSideEffects(TypedDict, total=False):
    lineItems: list[RestockItem]


class ShippingRefundability(TypedDict, total=False):
    amount: Price
    refundedAmount: Price
    availableRefundAmount: Price


class V1AdditionalFeeRefund(TypedDict, total=False):
    additionalFeeId: str
    amount: Price


class V1AggregatedRefundSummary(TypedDict, total=False):
    requestedRefund: Price
    pendingRefund: Price
    refunded: Price
    failedRefundAmount: Price
    pending: bool
    breakdown: RefundItemsBreakdown


class V1LineItemRefund(TypedDict, total=False):
    lineItemId: str
    quantity: int


class V1ShippingRefund(TypedDict, total=False):
    amount: Price


class VoidAuthorizedPaymentsOptions(TypedDict, total=False):
    """What ``voidAuthorizedPayments`` reads from ``options``."""

    paymentIds: Required[list[str]]


class VoidAuthorizedPaymentsRequest(TypedDict, total=False):
    orderId: Required[str]
    paymentIds: Required[list[str]]


class VoidAuthorizedPaymentsResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions


class VoidMembershipsRequest(TypedDict, total=False):
    orderId: Required[str]
    paymentIds: Required[list[str]]


class VoidMembershipsResponse(TypedDict, total=False):
    pass
