# File generated from @wix/auto_sdk_ecom_order-billing 1.0.110
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.order_billing``.

From ``@wix/auto_sdk_ecom_order-billing``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.order_billing import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

ActionType: TypeAlias = Literal["VOID", "CAPTURE"]
AuthorizationCaptureStatus: TypeAlias = Literal["PENDING", "SUCCEEDED", "FAILED"]
AuthorizationVoidStatus: TypeAlias = Literal["PENDING", "SUCCEEDED", "FAILED"]
ChargebackStatus: TypeAlias = Literal["APPROVED", "REVERSED"]
DurationUnit: TypeAlias = Literal["MINUTES", "HOURS", "DAYS"]
ManuallyRefundableReason: TypeAlias = Literal[
    "UNKNOWN_REASON", "EXPIRED", "NOT_SUPPORTED", "OFFLINE", "REQUIRES_CARD_READER"
]
MembershipPaymentStatus: TypeAlias = Literal["CHARGED", "CHARGE_FAILED", "CHARGE_PENDING", "VOIDED"]
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
RuleType: TypeAlias = Literal[
    "VALIDATION",
    "OTHER",
    "MAX",
    "MIN",
    "MAX_LENGTH",
    "MIN_LENGTH",
    "MAX_SIZE",
    "MIN_SIZE",
    "FORMAT",
    "DECIMAL_LTE",
    "DECIMAL_GTE",
    "DECIMAL_LT",
    "DECIMAL_GT",
    "DECIMAL_MAX_SCALE",
    "INVALID_ENUM_VALUE",
    "REQUIRED_FIELD",
    "FIELD_NOT_ALLOWED",
    "ONE_OF_ALIGNMENT",
    "EXACT_LENGTH",
    "EXACT_SIZE",
    "REQUIRED_ONE_OF_FIELD",
]
ScheduledAction: TypeAlias = Literal["VOID", "CAPTURE"]
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


class AdditionalFeeRefund(TypedDict, total=False):
    additionalFeeId: str
    amount: Price


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
    scheduledAction: V1ScheduledAction


class AuthorizationVoid(TypedDict, total=False):
    status: AuthorizationVoidStatus
    voidedDate: str | None
    failureDetails: AuthorizationActionFailureDetails
    reason: Reason


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


class CashRounding(TypedDict, total=False):
    amount: str
    formattedAmount: str


class CashRoundingDetails(TypedDict, total=False):
    unroundedAmount: Price
    roundingAdjustment: CashRounding


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


class CurrencyConversionInfo(TypedDict, total=False):
    originalCurrency: str
    originalAmount: str
    conversionRate: str


class DelayedCaptureSettings(TypedDict, total=False):
    scheduledAction: ScheduledAction
    delayDuration: Duration


class DetailsKindOneOf(TypedDict, total=False):
    applicationError: ApplicationError
    validationError: ValidationError
    systemError: SystemError


class Details(DetailsKindOneOf, total=False):
    tracing: dict[str, str]


class Duration(TypedDict, total=False):
    count: int
    unit: DurationUnit


class ExistingMembershipIdentifier(TypedDict, total=False):
    appId: str
    membershipId: str


class FieldViolation(TypedDict, total=False):
    field: str
    description: str
    violatedRule: RuleType
    ruleName: str | None
    data: dict[str, Any] | None


class FutureMembershipDetails(TypedDict, total=False):
    lineItemId: str
    benefitId: str


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


class GiftCardPaymentDetails(TypedDict, total=False):
    giftCardPaymentId: str
    appId: str
    voided: bool
    obfuscatedCode: str | None


class LineItemRefund(TypedDict, total=False):
    lineItemId: str
    quantity: int


class LineItemRefundSummary(TypedDict, total=False):
    lineItemId: str
    totalRefundedAmount: Price


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


class PaymentMethodName(TypedDict, total=False):
    buyerLanguageName: str | None
    siteLanguageName: str | None
    userDefinedName: UserDefinedPaymentMethodName


class PaymentRefund(TypedDict, total=False):
    paymentId: str
    amount: Price
    externalRefund: bool


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


class Price(TypedDict, total=False):
    amount: str
    formattedAmount: str


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


class RefundItem(TypedDict, total=False):
    lineItemId: str
    quantity: int


class RefundItems(TypedDict, total=False):
    lineItems: list[LineItemRefund]
    additionalFees: list[AdditionalFeeRefund]
    shipping: ShippingRefund


class RefundItemsBreakdown(TypedDict, total=False):
    lineItems: list[LineItemRefundSummary]


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


class RegularChargeIntentOneOf(TypedDict, total=False):
    paymentIntentId: str
    delayedCharge: bool


class RegularCharge(RegularChargeIntentOneOf, total=False):
    amount: Price
    redirectUrls: RedirectUrls
    delayedCaptureSettings: DelayedCaptureSettings
    savePaymentMethod: bool


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


class RestockItem(TypedDict, total=False):
    lineItemId: str
    quantity: int


class RestockSideEffects(TypedDict, total=False):
    lineItems: list[RestockItem]


class ShippingRefund(TypedDict, total=False):
    amount: Price


class ShippingRefundability(TypedDict, total=False):
    amount: Price
    refundedAmount: Price
    availableRefundAmount: Price


class SystemError(TypedDict, total=False):
    errorCode: str | None


class UserDefinedPaymentMethodNameKindOneOf(TypedDict, total=False):
    predefined: PredefinedPaymentMethod
    custom: str | None


class UserDefinedPaymentMethodName(UserDefinedPaymentMethodNameKindOneOf, total=False):
    pass


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


class V1ScheduledAction(TypedDict, total=False):
    actionType: ActionType
    executionDate: str | None


class V1ShippingRefund(TypedDict, total=False):
    amount: Price


class ValidationError(TypedDict, total=False):
    fieldViolations: list[FieldViolation]


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
