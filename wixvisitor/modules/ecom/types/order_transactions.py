# File generated from @wix/auto_sdk_ecom_order-transactions 1.0.108
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.order_transactions``.

From ``@wix/auto_sdk_ecom_order-transactions``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.order_transactions import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

ActionType: TypeAlias = Literal["VOID", "CAPTURE"]
AuthorizationCaptureStatus: TypeAlias = Literal["PENDING", "SUCCEEDED", "FAILED"]
AuthorizationVoidStatus: TypeAlias = Literal["PENDING", "SUCCEEDED", "FAILED"]
ChargebackStatus: TypeAlias = Literal["APPROVED", "REVERSED"]
MembershipPaymentStatus: TypeAlias = Literal["CHARGED", "CHARGE_FAILED", "CHARGE_PENDING", "VOIDED"]
PaymentStatus: TypeAlias = Literal[
    "APPROVED",
    "PENDING",
    "PENDING_MERCHANT",
    "CANCELED",
    "DECLINED",
    "REFUNDED",
    "PARTIALLY_REFUNDED",
    "AUTHORIZED",
    "VOIDED",
]
PredefinedPaymentMethod: TypeAlias = Literal["CASH", "BANK_TRANSFER", "CHECK"]
Reason: TypeAlias = Literal["MANUAL", "SCHEDULED"]
RefundStatus: TypeAlias = Literal["PENDING", "SUCCEEDED", "FAILED", "SCHEDULED", "STARTED"]
TransactionStatus: TypeAlias = Literal[
    "UNDEFINED",
    "APPROVED",
    "PENDING",
    "PENDING_MERCHANT",
    "CANCELED",
    "DECLINED",
    "REFUNDED",
    "PARTIALLY_REFUNDED",
    "AUTHORIZED",
    "VOIDED",
]


class AddPaymentsRequest(TypedDict, total=False):
    orderId: Required[str]
    payments: Required[list[Payment]]


class AddPaymentsResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions
    paymentsIds: list[str]


class AdditionalFeeRefund(TypedDict, total=False):
    additionalFeeId: str
    amount: Price


class AggregatedRefundSummary(TypedDict, total=False):
    requestedRefund: Price
    pendingRefund: Price
    refunded: Price
    failedRefundAmount: Price
    pending: bool
    breakdown: RefundItemsBreakdown


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class AuthorizationActionFailureDetails(TypedDict, total=False):
    failureCode: str


class AuthorizationCapture(TypedDict, total=False):
    id: str | None
    status: AuthorizationCaptureStatus
    amount: Price
    createdDate: str | None
    failureDetails: AuthorizationActionFailureDetails


class AuthorizationDetails(TypedDict, total=False):
    delayedCapture: bool
    authorizedDate: str | None
    captures: list[AuthorizationCapture]
    void: AuthorizationVoid
    scheduledAction: ScheduledAction


class AuthorizationVoid(TypedDict, total=False):
    status: AuthorizationVoidStatus
    voidedDate: str | None
    failureDetails: AuthorizationActionFailureDetails
    reason: Reason


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BulkPaymentResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: Payment


class BulkUpdatePaymentStatusesOptions(TypedDict, total=False):
    """What ``bulkUpdatePaymentStatuses`` reads from ``options``."""

    returnFullEntity: bool
    status: TransactionStatus


class BulkUpdatePaymentStatusesRequest(TypedDict, total=False):
    paymentAndOrderIds: Required[list[PaymentAndOrderId]]
    returnFullEntity: bool
    status: TransactionStatus


class BulkUpdatePaymentStatusesResponse(TypedDict, total=False):
    results: list[BulkPaymentResult]
    bulkActionMetadata: BulkActionMetadata


class CashRounding(TypedDict, total=False):
    amount: str
    formattedAmount: str


class CashRoundingDetails(TypedDict, total=False):
    unroundedAmount: Price
    roundingAdjustment: CashRounding


class Chargeback(TypedDict, total=False):
    id: str
    createdDate: str | None
    updatedDate: str | None
    amount: Price
    reversalAmount: Price
    status: ChargebackStatus
    externalId: str | None


class CreditCardPaymentMethodDetails(TypedDict, total=False):
    lastFourDigits: str | None
    brand: str | None


class FutureMembershipDetails(TypedDict, total=False):
    lineItemId: str
    benefitId: str


class GiftCardPaymentDetails(TypedDict, total=False):
    giftCardPaymentId: str
    appId: str
    voided: bool
    obfuscatedCode: str | None


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class LineItemRefund(TypedDict, total=False):
    lineItemId: str
    quantity: int


class LineItemRefundSummary(TypedDict, total=False):
    lineItemId: str
    totalRefundedAmount: Price


class ListTransactionsForMultipleOrdersRequest(TypedDict, total=False):
    orderIds: Required[list[str]]


class ListTransactionsForMultipleOrdersResponse(TypedDict, total=False):
    orderTransactions: list[OrderTransactions]


class ListTransactionsForSingleOrderRequest(TypedDict, total=False):
    orderId: Required[str]


class ListTransactionsForSingleOrderResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions


class MembershipName(TypedDict, total=False):
    original: str
    translated: str | None


class MembershipPaymentDetails(TypedDict, total=False):
    membershipId: str
    lineItemId: str
    status: MembershipPaymentStatus
    name: MembershipName
    externalTransactionId: str | None
    voided: bool
    providerAppId: str
    futureMembership: FutureMembershipDetails


class OrderTransactions(TypedDict, total=False):
    orderId: str
    payments: list[Payment]
    refunds: list[Refund]


class PaymentPaymentDetailsOneOf(TypedDict, total=False):
    regularPaymentDetails: RegularPaymentDetails
    giftcardPaymentDetails: GiftCardPaymentDetails
    membershipPaymentDetails: MembershipPaymentDetails


class PaymentReceiptInfoOneOf(TypedDict, total=False):
    pass


class PaymentStatusDetailsOneOf(TypedDict, total=False):
    pass


class Payment(
    PaymentPaymentDetailsOneOf, PaymentReceiptInfoOneOf, PaymentStatusDetailsOneOf, total=False
):
    id: str | None
    createdDate: str | None
    updatedDate: str | None
    amount: Price
    refundDisabled: bool
    supportReceiptGeneration: bool
    cashRounding: CashRoundingDetails
    status: PaymentStatus
    chargeCorrelationId: str | None


class PaymentAndOrderId(TypedDict, total=False):
    orderId: str
    paymentId: str


class PaymentMethodName(TypedDict, total=False):
    buyerLanguageName: str | None
    siteLanguageName: str | None
    userDefinedName: UserDefinedPaymentMethodName


class Price(TypedDict, total=False):
    amount: str
    formattedAmount: str


class Refund(TypedDict, total=False):
    id: str
    transactions: list[RefundTransaction]
    details: RefundDetails
    createdDate: str | None
    summary: AggregatedRefundSummary
    requestingServiceAppId: str | None


class RefundDetails(TypedDict, total=False):
    items: list[RefundItem]
    shippingIncluded: bool
    reason: str | None
    lineItems: list[LineItemRefund]
    additionalFees: list[AdditionalFeeRefund]
    shipping: ShippingRefund


class RefundItem(TypedDict, total=False):
    lineItemId: str
    quantity: int


class RefundItemsBreakdown(TypedDict, total=False):
    lineItems: list[LineItemRefundSummary]


class RefundStatusInfo(TypedDict, total=False):
    paymentGatewayReasonCode: str | None
    description: str | None


class RefundTransaction(TypedDict, total=False):
    paymentId: str
    amount: Price
    refundStatus: RefundStatus
    refundStatusInfo: RefundStatusInfo
    gatewayRefundId: str | None
    providerRefundId: str | None
    externalRefund: bool


class RegularPaymentDetailsPaymentMethodDetailsOneOf(TypedDict, total=False):
    creditCardDetails: CreditCardPaymentMethodDetails


class RegularPaymentDetails(RegularPaymentDetailsPaymentMethodDetailsOneOf, total=False):
    paymentOrderId: str | None
    gatewayTransactionId: str | None
    paymentMethod: str | None
    providerTransactionId: str | None
    offlinePayment: bool
    status: TransactionStatus
    savedPaymentMethod: bool
    authorizationDetails: AuthorizationDetails
    chargebacks: list[Chargeback]
    platformFee: Price
    paymentMethodName: PaymentMethodName


class ScheduledAction(TypedDict, total=False):
    actionType: ActionType
    executionDate: str | None


class ShippingRefund(TypedDict, total=False):
    amount: Price


class UpdatePaymentStatusIdentifiers(TypedDict, total=False):
    """What ``updatePaymentStatus`` reads from ``identifiers``."""

    paymentId: Required[str]
    orderId: Required[str]


class UpdatePaymentStatusOptions(TypedDict, total=False):
    """What ``updatePaymentStatus`` reads from ``options``."""

    status: TransactionStatus


class UpdatePaymentStatusRequest(TypedDict, total=False):
    orderId: Required[str]
    paymentId: Required[str]
    status: TransactionStatus


class UpdatePaymentStatusResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions


class UpdatePaymentsRequest(TypedDict, total=False):
    pass


class UpdatePaymentsResponse(TypedDict, total=False):
    pass


class UpdateRefundTransactionRequest(TypedDict, total=False):
    pass


class UpdateRefundTransactionResponse(TypedDict, total=False):
    pass


class UserDefinedPaymentMethodNameKindOneOf(TypedDict, total=False):
    predefined: PredefinedPaymentMethod
    custom: str | None


class UserDefinedPaymentMethodName(UserDefinedPaymentMethodNameKindOneOf, total=False):
    pass
