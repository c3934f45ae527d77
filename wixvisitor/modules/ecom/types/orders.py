# File generated from @wix/auto_sdk_ecom_orders 1.0.298
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.orders``.

From ``@wix/auto_sdk_ecom_orders``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.orders import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

ActionType: TypeAlias = Literal["VOID", "CAPTURE"]
ActivityType: TypeAlias = Literal[
    "ORDER_REFUNDED",
    "ORDER_PLACED",
    "ORDER_PAID",
    "ORDER_FULFILLED",
    "ORDER_NOT_FULFILLED",
    "ORDER_CANCELED",
    "DOWNLOAD_LINK_SENT",
    "TRACKING_NUMBER_ADDED",
    "TRACKING_NUMBER_EDITED",
    "TRACKING_LINK_ADDED",
    "SHIPPING_CONFIRMATION_EMAIL_SENT",
    "INVOICE_ADDED",
    "INVOICE_REMOVED",
    "INVOICE_SENT",
    "FULFILLER_EMAIL_SENT",
    "SHIPPING_ADDRESS_EDITED",
    "EMAIL_EDITED",
    "PICKUP_READY_EMAIL_SENT",
    "CUSTOM_ACTIVITY",
    "MERCHANT_COMMENT",
    "ORDER_PARTIALLY_PAID",
    "DRAFT_ORDER_CHANGES_APPLIED",
    "SAVED_PAYMENT_METHOD",
    "AUTHORIZED_PAYMENT_CREATED",
    "AUTHORIZED_PAYMENT_CAPTURED",
    "AUTHORIZED_PAYMENT_VOIDED",
    "REFUND_INITIATED",
    "PAYMENT_REFUNDED",
    "PAYMENT_REFUND_FAILED",
    "REFUNDED_AS_STORE_CREDIT",
    "PAYMENT_PENDING",
    "PAYMENT_CANCELED",
    "PAYMENT_DECLINED",
    "ORDER_PENDING",
    "ORDER_REJECTED",
    "RECEIPT_CREATED",
    "RECEIPT_SENT",
    "CHARGEBACK_CREATED",
    "CHARGEBACK_REVERSED",
]
AdditionalFeeSource: TypeAlias = Literal["SERVICE_PLUGIN", "ITEM", "MANUAL", "SHIPPING", "PLATFORM"]
AttributionSource: TypeAlias = Literal["UNSPECIFIED", "FACEBOOK_ADS"]
AuthorizationCaptureStatus: TypeAlias = Literal["PENDING", "SUCCEEDED", "FAILED"]
AuthorizationVoidStatus: TypeAlias = Literal["PENDING", "SUCCEEDED", "FAILED"]
ChannelType: TypeAlias = Literal[
    "UNSPECIFIED",
    "WEB",
    "POS",
    "EBAY",
    "AMAZON",
    "OTHER_PLATFORM",
    "WIX_APP_STORE",
    "WIX_INVOICES",
    "BACKOFFICE_MERCHANT",
    "WISH",
    "CLASS_PASS",
    "GLOBAL_E",
    "FACEBOOK",
    "ETSY",
    "TIKTOK",
    "FAIRE_COM",
    "PAYPAL_AGENTIC_CHECKOUT",
    "STRIPE_AGENTIC_CHECKOUT",
]
ChargeType: TypeAlias = Literal["PASS_ON", "ABSORBED"]
ChargebackStatus: TypeAlias = Literal["APPROVED", "REVERSED"]
DiscountReason: TypeAlias = Literal["UNSPECIFIED", "EXCHANGED_ITEMS", "BILLING_ADJUSTMENT"]
DiscountType: TypeAlias = Literal["GLOBAL", "SPECIFIC_ITEMS", "SHIPPING"]
DurationUnit: TypeAlias = Literal["MINUTES", "HOURS", "DAYS"]
FulfillmentStatus: TypeAlias = Literal["NOT_FULFILLED", "FULFILLED", "PARTIALLY_FULFILLED"]
ItemTypePreset: TypeAlias = Literal["UNRECOGNISED", "PHYSICAL", "DIGITAL", "GIFT_CARD", "SERVICE"]
JurisdictionType: TypeAlias = Literal["UNDEFINED", "COUNTRY", "STATE", "COUNTY", "CITY", "SPECIAL"]
LineItemQuantityChangeType: TypeAlias = Literal["QUANTITY_INCREASED", "QUANTITY_DECREASED"]
ManuallyRefundableReason: TypeAlias = Literal[
    "EXPIRED", "NOT_SUPPORTED", "OFFLINE", "REQUIRES_CARD_READER"
]
MeasurementUnit: TypeAlias = Literal[
    "UNSPECIFIED",
    "ML",
    "CL",
    "L",
    "CBM",
    "MG",
    "G",
    "KG",
    "MM",
    "CM",
    "M",
    "SQM",
    "OZ",
    "LB",
    "FLOZ",
    "PT",
    "QT",
    "GAL",
    "IN",
    "FT",
    "YD",
    "SQFT",
]
MembershipPaymentStatus: TypeAlias = Literal["CHARGED", "CHARGE_FAILED", "CHARGE_PENDING", "VOIDED"]
NonRefundableReason: TypeAlias = Literal[
    "NONE",
    "ALREADY_REFUNDED",
    "PROVIDER_IS_DOWN",
    "INTERNAL_ERROR",
    "NOT_PAID",
    "ACCESS_DENIED",
    "ZERO_PRICE",
    "DISABLED_BY_PROVIDER",
    "PENDING_REFUND",
    "FORBIDDEN",
    "TRANSACTION_NOT_FOUND",
    "ORDER_IS_PENDING",
    "ORDER_IS_REJECTED",
]
OrderActivityTypeEnumActivityType: TypeAlias = Literal[
    "ORDER_PLACED",
    "ORDER_PAID",
    "ORDER_FULFILLED",
    "ORDER_NOT_FULFILLED",
    "ORDER_CANCELED",
    "DOWNLOAD_LINK_SENT",
    "TRACKING_NUMBER_ADDED",
    "TRACKING_NUMBER_EDITED",
    "TRACKING_LINK_ADDED",
    "SHIPPING_CONFIRMATION_EMAIL_SENT",
    "INVOICE_ADDED",
    "INVOICE_REMOVED",
    "INVOICE_SENT",
    "FULFILLER_EMAIL_SENT",
    "SHIPPING_ADDRESS_EDITED",
    "EMAIL_EDITED",
    "PICKUP_READY_EMAIL_SENT",
    "MERCHANT_COMMENT",
    "ORDER_PARTIALLY_PAID",
    "DRAFT_ORDER_CHANGES_APPLIED",
    "SAVED_PAYMENT_METHOD",
    "AUTHORIZED_PAYMENT_CREATED",
    "AUTHORIZED_PAYMENT_CAPTURED",
    "AUTHORIZED_PAYMENT_VOIDED",
    "REFUND_INITIATED",
    "PAYMENT_REFUNDED",
    "PAYMENT_REFUND_FAILED",
    "REFUNDED_AS_STORE_CREDIT",
    "PAYMENT_PENDING",
    "PAYMENT_CANCELED",
    "PAYMENT_DECLINED",
    "ORDER_PENDING",
    "ORDER_REJECTED",
    "RECEIPT_CREATED",
    "RECEIPT_SENT",
    "CHARGEBACK_CREATED",
    "CHARGEBACK_REVERSED",
    "ORDER_REFUNDED",
]
OrderApprovalStrategy: TypeAlias = Literal["DEFAULT", "PAYMENT_RECEIVED", "PAYMENT_METHOD_SAVED"]
OrderStatus: TypeAlias = Literal["INITIALIZED", "APPROVED", "CANCELED", "PENDING", "REJECTED"]
PaymentCollectabilityStatus: TypeAlias = Literal[
    "UNKNOWN",
    "COLLECTABLE",
    "NONCOLLECTABLE_ORDER_IS_CANCELLED",
    "NONCOLLECTABLE_ORDER_IS_PAID",
    "NONCOLLECTABLE_MISSING_PAYMENT_METHOD",
    "NONCOLLECTABLE_ORDER_IS_PENDING",
    "NONCOLLECTABLE_ORDER_IS_REJECTED",
    "NONCOLLECTABLE_ORDER_HAS_SUBSCRIPTIONS",
    "NONCOLLECTABLE_ORDER_HAS_CHARGEBACKS",
    "NONCOLLECTABLE_SUBSCRIPTION_CYCLE_ALREADY_PASSED",
    "NONCOLLECTABLE_ORDER_HAS_UNSUPPORTED_SUBSCRIPTION",
    "NONCOLLECTABLE_CUSTOM_AMOUNT_NOT_SUPPORTED",
]
PaymentOptionType: TypeAlias = Literal[
    "FULL_PAYMENT_ONLINE",
    "FULL_PAYMENT_OFFLINE",
    "MEMBERSHIP",
    "DEPOSIT_ONLINE",
    "MEMBERSHIP_OFFLINE",
    "MEMBERSHIP_ONLINE_WITH_OFFLINE_REMAINDER",
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
PaymentStatusEnumPaymentStatus: TypeAlias = Literal[
    "UNSPECIFIED",
    "NOT_PAID",
    "PAID",
    "PARTIALLY_REFUNDED",
    "FULLY_REFUNDED",
    "PENDING",
    "PARTIALLY_PAID",
    "PENDING_MERCHANT",
    "CANCELED",
    "DECLINED",
]
PickupMethod: TypeAlias = Literal["STORE_PICKUP", "PICKUP_POINT"]
PredefinedPaymentMethod: TypeAlias = Literal["CASH", "BANK_TRANSFER", "CHECK"]
Reason: TypeAlias = Literal["MANUAL", "SCHEDULED"]
RefundStatus: TypeAlias = Literal["PENDING", "SUCCEEDED", "FAILED", "SCHEDULED", "STARTED"]
RefundableStatus: TypeAlias = Literal["NOT_REFUNDABLE", "MANUAL", "REFUNDABLE"]
RestockType: TypeAlias = Literal["NO_ITEMS", "ALL_ITEMS", "SOME_ITEMS"]
ScheduledAction: TypeAlias = Literal["VOID", "CAPTURE"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
SubscriptionFrequency: TypeAlias = Literal["UNDEFINED", "DAY", "WEEK", "MONTH", "YEAR"]
TaxableAddressType: TypeAlias = Literal["BUSINESS", "BILLING", "SHIPPING"]
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
VatType: TypeAlias = Literal["UNSPECIFIED", "CPF", "CNPJ"]
WeightUnit: TypeAlias = Literal["UNSPECIFIED_WEIGHT_UNIT", "KG", "LB"]


class ActivityContentOneOf(TypedDict, total=False):
    merchantComment: MerchantComment
    orderRefunded: OrderRefunded
    draftOrderChangesApplied: DraftOrderChangesApplied
    savedPaymentMethod: SavedPaymentMethod
    authorizedPaymentCreated: AuthorizedPaymentCreated
    authorizedPaymentCaptured: AuthorizedPaymentCaptured
    authorizedPaymentVoided: AuthorizedPaymentVoided
    refundInitiated: RefundInitiated
    paymentRefunded: PaymentRefunded
    paymentRefundFailed: PaymentRefundFailed
    refundedAsStoreCredit: RefundedAsStoreCredit
    paymentPending: PaymentPending
    paymentCanceled: PaymentCanceled
    paymentDeclined: PaymentDeclined
    receiptCreated: ReceiptCreated
    receiptSent: ReceiptSent
    chargebackCreated: ChargebackCreated
    chargebackReversed: ChargebackReversed


class Activity(ActivityContentOneOf, total=False):
    id: str | None
    authorEmail: str | None
    createdDate: str | None
    type: ActivityType
    activityType: OrderActivityTypeEnumActivityType


class AddActivitiesOptions(TypedDict, total=False):
    """What ``addActivities`` reads from ``options``."""

    orderActivities: list[Activity]


class AddActivitiesRequest(TypedDict, total=False):
    orderId: Required[str]
    orderActivities: list[Activity]


class AddActivitiesResponse(TypedDict, total=False):
    order: Order
    activityIds: list[str]


class AddActivityRequest(TypedDict, total=False):
    id: Required[str]
    activity: Required[PublicActivity]


class AddActivityResponse(TypedDict, total=False):
    order: Order
    activityId: str


class AdditionalFee(TypedDict, total=False):
    code: str | None
    name: str
    price: Price
    taxDetails: ItemTaxFullDetails
    taxInfo: LineItemTaxInfo
    providerAppId: str | None
    priceBeforeTax: Price
    priceAfterTax: Price
    id: str
    lineItemIds: list[str]
    source: AdditionalFeeSource
    taxableAddress: TaxableAddress


class AdditionalFeeRefund(TypedDict, total=False):
    additionalFeeId: str
    amount: Price


class Address(TypedDict, total=False):
    country: str | None
    subdivision: str | None
    city: str | None
    postalCode: str | None
    streetAddress: StreetAddress
    addressLine: str | None
    addressLine2: str | None
    geocode: AddressLocation
    countryFullname: str | None
    subdivisionFullname: str | None


class AddressLocation(TypedDict, total=False):
    latitude: float | None
    longitude: float | None


class AddressWithContact(TypedDict, total=False):
    address: Address
    contactDetails: FullAddressContactDetails


class AggregateOrdersRequest(TypedDict, total=False):
    filter: dict[str, Any] | None
    aggregation: Required[dict[str, Any] | None]
    hierarchySeparatorOverride: str | None


class AggregateOrdersResponse(TypedDict, total=False):
    aggregates: dict[str, Any] | None


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


class AppliedDiscountDiscountSourceOneOf(TypedDict, total=False):
    coupon: Coupon
    merchantDiscount: MerchantDiscount
    discountRule: DiscountRule


class AppliedDiscount(AppliedDiscountDiscountSourceOneOf, total=False):
    discountType: DiscountType
    lineItemIds: list[str]
    id: str | None
    lineItemDiscounts: list[LineItemDiscount]


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


class AuthorizedPaymentCaptured(TypedDict, total=False):
    paymentId: str
    amount: Price
    lastFourDigits: str | None
    brand: str | None


class AuthorizedPaymentCreated(TypedDict, total=False):
    paymentId: str
    amount: Price
    lastFourDigits: str | None
    brand: str | None


class AuthorizedPaymentVoided(TypedDict, total=False):
    paymentId: str
    amount: Price
    lastFourDigits: str | None
    brand: str | None


class Balance(TypedDict, total=False):
    amount: str
    formattedAmount: str


class BalanceSummary(TypedDict, total=False):
    balance: Balance
    paid: Price
    refunded: Price
    authorized: Price
    pendingRefund: Price
    pending: Price
    chargeback: Price
    chargebackReversal: Price
    platformFees: Price
    totalMinusPlatformFees: Price
    cashRoundingAdjustment: CashRounding


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BulkDeleteImportedOrdersRequest(TypedDict, total=False):
    orderIds: Required[list[str]]


class BulkDeleteImportedOrdersResponse(TypedDict, total=False):
    jobId: str


class BulkMarkOrdersAsPaidRequest(TypedDict, total=False):
    ecomOrderIds: Required[list[str]]


class BulkMarkOrdersAsPaidResponse(TypedDict, total=False):
    results: list[BulkOrderResult]
    bulkActionMetadata: BulkActionMetadata


class BulkOrderResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: Order


class BulkUpdateOrderTagsOptions(TypedDict, total=False):
    """What ``bulkUpdateOrderTags`` reads from ``options``."""

    assignTags: TagsTags
    unassignTags: TagsTags


class BulkUpdateOrderTagsRequest(TypedDict, total=False):
    orderIds: Required[list[str]]
    assignTags: TagsTags
    unassignTags: TagsTags


class BulkUpdateOrderTagsResponse(TypedDict, total=False):
    results: list[BulkUpdateOrderTagsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateOrderTagsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkUpdateOrdersOptions(TypedDict, total=False):
    """What ``bulkUpdateOrders`` reads from ``options``."""

    returnEntity: bool


class BulkUpdateOrdersRequest(TypedDict, total=False):
    orders: Required[list[MaskedOrder]]
    returnEntity: bool


class BulkUpdateOrdersResponse(TypedDict, total=False):
    results: list[BulkOrderResult]
    bulkActionMetadata: BulkActionMetadata


class BuyerInfoIdOneOf(TypedDict, total=False):
    visitorId: str
    memberId: str


class BuyerInfo(BuyerInfoIdOneOf, total=False):
    contactId: str | None
    email: str | None


class CancelOrderOptions(TypedDict, total=False):
    """What ``cancelOrder`` reads from ``options``."""

    sendOrderCanceledEmail: bool
    customMessage: str | None
    restockAllItems: bool


class CancelOrderRequest(TypedDict, total=False):
    id: Required[str]
    sendOrderCanceledEmail: bool
    customMessage: str | None
    restockAllItems: bool


class CancelOrderResponse(TypedDict, total=False):
    order: Order


class CaptureAuthorizedPaymentsRequest(TypedDict, total=False):
    ecomOrderId: Required[str]
    payments: Required[list[PaymentCapture]]


class CaptureAuthorizedPaymentsResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions


class CashRounding(TypedDict, total=False):
    amount: str
    formattedAmount: str


class CashRoundingDetails(TypedDict, total=False):
    unroundedAmount: Price
    roundingAdjustment: CashRounding


class CatalogReference(TypedDict, total=False):
    catalogItemId: str
    appId: str
    options: dict[str, Any] | None


class ChannelInfo(TypedDict, total=False):
    type: ChannelType
    externalOrderId: str | None
    externalOrderUrl: str | None


class ChargeMembershipsRequest(TypedDict, total=False):
    ecomOrderId: Required[str]
    memberId: Required[str]
    membershipCharges: list[MembershipChargeItem]


class ChargeMembershipsResponse(TypedDict, total=False):
    pass


class Chargeback(TypedDict, total=False):
    id: str
    createdDate: str | None
    updatedDate: str | None
    amount: Price
    reversalAmount: Price
    status: ChargebackStatus
    externalId: str | None


class ChargebackCreated(TypedDict, total=False):
    paymentId: str
    chargebackId: str
    amount: Price
    paymentDetails: RegularPayment


class ChargebackReversed(TypedDict, total=False):
    paymentId: str
    chargebackId: str
    amount: Price
    reversalAmount: Price
    paymentDetails: RegularPayment


class ChargedBy(TypedDict, total=False):
    id: str
    fullName: str | None


class Color(TypedDict, total=False):
    original: str
    translated: str | None
    code: str | None


class Coupon(TypedDict, total=False):
    id: str
    code: str
    name: str
    amount: Price


class CreateOrderOptions(TypedDict, total=False):
    """What ``createOrder`` reads from ``options``."""

    settings: OrderCreationSettings


class CreateOrderRequest(TypedDict, total=False):
    order: Required[Order]
    settings: OrderCreationSettings


class CreateOrderResponse(TypedDict, total=False):
    order: Order


class CreatePaymentGatewayOrderRequest(TypedDict, total=False):
    ecomOrderId: Required[str]
    chargedBy: ChargedBy


class CreatePaymentGatewayOrderResponse(TypedDict, total=False):
    paymentGatewayOrderId: str


class CreatedByStringOneOf(TypedDict, total=False):
    userId: str
    memberId: str
    visitorId: str
    appId: str


class CreatedBy(CreatedByStringOneOf, total=False):
    pass


class CreditCardDetails(TypedDict, total=False):
    lastFourDigits: str | None
    brand: str | None


class CreditCardPaymentMethodDetails(TypedDict, total=False):
    lastFourDigits: str | None
    brand: str | None


class CurrencyConversionDetails(TypedDict, total=False):
    originalCurrency: str | None
    conversionRate: str | None


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class CursorPagingMetadata(TypedDict, total=False):
    count: int | None
    cursors: Cursors
    hasNext: bool | None


class CursorSearchPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class CursorSearch(CursorSearchPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class CustomActivity(TypedDict, total=False):
    appId: str
    type: str
    additionalData: dict[str, str]


class CustomField(TypedDict, total=False):
    value: Any
    title: str
    translatedTitle: str | None


class DecimalQuantityUnitOneOf(TypedDict, total=False):
    measurementUnit: MeasurementUnit
    otherUnit: str


class DecimalQuantity(DecimalQuantityUnitOneOf, total=False):
    value: str
    description: TranslatableString


class DelayedCaptureSettings(TypedDict, total=False):
    scheduledAction: ScheduledAction
    delayDuration: Duration


class DeleteActivityRequest(TypedDict, total=False):
    id: Required[str]
    activityId: Required[str]


class DeleteActivityResponse(TypedDict, total=False):
    order: Order


class DeliveryLogisticsAddressOneOf(TypedDict, total=False):
    shippingDestination: AddressWithContact
    pickupDetails: PickupDetails


class DeliveryLogistics(DeliveryLogisticsAddressOneOf, total=False):
    deliveryTime: str | None
    instructions: str | None
    deliverByDate: str | None
    deliveryTimeSlot: DeliveryTimeSlot


DeliveryTimeSlot = TypedDict(
    "DeliveryTimeSlot",
    {
        "from": "str | None",
        "to": "str | None",
    },
    total=False,
)


class DescriptionLineValueOneOf(TypedDict, total=False):
    plainText: PlainTextValue
    colorInfo: Color


class DescriptionLineDescriptionLineValueOneOf(TypedDict, total=False):
    pass


class DescriptionLine(
    DescriptionLineValueOneOf, DescriptionLineDescriptionLineValueOneOf, total=False
):
    name: DescriptionLineName


class DescriptionLineName(TypedDict, total=False):
    original: str
    translated: str | None


class DigitalFile(TypedDict, total=False):
    fileId: str
    link: str | None
    expirationDate: str | None


class DiscountRule(TypedDict, total=False):
    id: str
    name: DiscountRuleName
    amount: Price


class DiscountRuleName(TypedDict, total=False):
    original: str
    translated: str | None


class DraftOrderChangesApplied(TypedDict, total=False):
    draftOrderId: str
    reason: str | None
    changes: list[OrderChange]


class Duration(TypedDict, total=False):
    count: int
    unit: DurationUnit


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class ExternalReceipt(TypedDict, total=False):
    receiptId: str | None
    displayNumber: str | None


class FreeTrialPeriod(TypedDict, total=False):
    frequency: SubscriptionFrequency
    interval: int


class FullAddressContactDetails(TypedDict, total=False):
    firstName: str | None
    lastName: str | None
    phone: str | None
    company: str | None
    vatId: VatId


class FutureMembershipDetails(TypedDict, total=False):
    lineItemId: str
    benefitId: str


class GetOrderRequest(TypedDict, total=False):
    id: Required[str]


class GetOrderResponse(TypedDict, total=False):
    order: Order


class GetPaymentCollectabilityStatusRequest(TypedDict, total=False):
    ecomOrderId: Required[str]


class GetPaymentCollectabilityStatusResponse(TypedDict, total=False):
    status: PaymentCollectabilityStatus
    amount: Price


class GetRefundabilityStatusRequest(TypedDict, total=False):
    ecomOrderId: Required[str]


class GetRefundabilityStatusResponse(TypedDict, total=False):
    refundabilities: list[Refundability]
    refundablePerItem: bool


class GiftCardPaymentDetails(TypedDict, total=False):
    giftCardPaymentId: str
    appId: str
    voided: bool
    obfuscatedCode: str | None


class GiftCardPaymentRefund(TypedDict, total=False):
    giftCardPaymentId: str | None
    amount: Price


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class ImportOrderRequest(TypedDict, total=False):
    order: Required[Order]


class ImportOrderResponse(TypedDict, total=False):
    order: Order


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class ItemModifier(TypedDict, total=False):
    id: str
    quantity: int | None
    label: TranslatableString
    details: TranslatableString
    price: Price


class ItemTaxFullDetails(TypedDict, total=False):
    taxableAmount: Price
    taxRate: str
    totalTax: Price


class ItemTypeItemTypeDataOneOf(TypedDict, total=False):
    preset: ItemTypePreset
    custom: str


class ItemType(ItemTypeItemTypeDataOneOf, total=False):
    pass


class LineItemAmount(TypedDict, total=False):
    id: str
    name: ProductName
    amount: Price


class LineItemChanges(TypedDict, total=False):
    id: str
    name: ProductName
    quantity: LineItemQuantityChange
    price: LineItemPriceChange


class LineItemDiscount(TypedDict, total=False):
    id: str
    totalDiscount: Price


class LineItemPriceChange(TypedDict, total=False):
    originalPrice: Price
    newPrice: Price


class LineItemQuantityChange(TypedDict, total=False):
    originalQuantity: int
    newQuantity: int
    diff: int
    deltaType: LineItemQuantityChangeType


class LineItemRefund(TypedDict, total=False):
    lineItemId: str
    quantity: int


class LineItemRefundSummary(TypedDict, total=False):
    lineItemId: str
    totalRefundedAmount: Price


class LineItemTaxBreakdown(TypedDict, total=False):
    jurisdiction: str | None
    rate: str | None
    taxAmount: Price
    taxType: str | None
    taxName: str | None
    jurisdictionType: JurisdictionType
    nonTaxableAmount: Price
    taxableAmount: Price


class LineItemTaxInfo(TypedDict, total=False):
    taxAmount: Price
    taxableAmount: Price
    taxRate: str | None
    taxGroupId: str | None
    taxIncludedInPrice: bool
    taxBreakdown: list[LineItemTaxBreakdown]


class Location(TypedDict, total=False):
    id: str
    name: str


class LocationAndQuantity(TypedDict, total=False):
    id: str
    appId: str | None
    quantity: int
    name: str | None


class ManagedAdditionalFee(TypedDict, total=False):
    id: str
    name: TranslatedValue
    affectedLineItems: list[LineItemAmount]
    totalAmount: Price


class ManagedDiscount(TypedDict, total=False):
    id: str
    name: TranslatedValue
    affectedLineItems: list[LineItemAmount]
    totalAmount: Price


class ManagedLineItem(TypedDict, total=False):
    id: str
    name: ProductName
    quantity: int


class MarkOrderAsPaidRequest(TypedDict, total=False):
    ecomOrderId: Required[str]


class MarkOrderAsPaidResponse(TypedDict, total=False):
    order: Order


class MaskedOrder(TypedDict, total=False):
    order: Order


class MembershipChargeItem(TypedDict, total=False):
    membershipId: str
    appId: str
    membershipName: MembershipName
    membershipAdditionalData: dict[str, Any] | None
    catalogReference: CatalogReference
    serviceProperties: ServiceProperties
    rootCatalogItemId: str | None
    lineItemId: str


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


class MembershipPaymentRefund(TypedDict, total=False):
    membershipId: str | None


class MerchantComment(TypedDict, total=False):
    message: str


class MerchantDiscountMerchantDiscountReasonOneOf(TypedDict, total=False):
    discountReason: DiscountReason
    description: str | None


class MerchantDiscount(MerchantDiscountMerchantDiscountReasonOneOf, total=False):
    amount: Price


class ModifierGroup(TypedDict, total=False):
    id: str
    name: TranslatableString
    modifiers: list[ItemModifier]


class Order(TypedDict, total=False):
    id: str | None
    number: str
    createdDate: str | None
    updatedDate: str | None
    lineItems: list[OrderLineItem]
    buyerInfo: BuyerInfo
    paymentStatus: PaymentStatusEnumPaymentStatus
    fulfillmentStatus: FulfillmentStatus
    buyerLanguage: str | None
    weightUnit: WeightUnit
    currency: str | None
    currencyConversionDetails: CurrencyConversionDetails
    taxIncludedInPrices: bool
    siteLanguage: str | None
    priceSummary: PriceSummary
    billingInfo: AddressWithContact
    shippingInfo: V1ShippingInformation
    buyerNote: str | None
    status: OrderStatus
    archived: bool | None
    taxSummary: TaxSummary
    taxInfo: OrderTaxInfo
    appliedDiscounts: list[AppliedDiscount]
    activities: list[Activity]
    attributionSource: AttributionSource
    createdBy: CreatedBy
    channelInfo: ChannelInfo
    seenByAHuman: bool | None
    checkoutId: str | None
    customFields: list[CustomField]
    balanceSummary: BalanceSummary
    additionalFees: list[AdditionalFee]
    extendedFields: ExtendedFields
    purchaseFlowId: str | None
    recipientInfo: AddressWithContact
    tags: Tags
    purchasedDate: str | None
    businessLocation: Location
    payAfterFreeTrial: PriceSummary
    platformFeeSummary: PlatformFeeSummary
    imported: bool


class OrderChangeValueOneOf(TypedDict, total=False):
    lineItemChanged: LineItemChanges
    lineItemAdded: ManagedLineItem
    lineItemRemoved: ManagedLineItem
    discountAdded: ManagedDiscount
    discountRemoved: ManagedDiscount
    additionalFeeAdded: ManagedAdditionalFee
    additionalFeeRemoved: ManagedAdditionalFee
    totalPriceChanged: TotalPriceChange
    shippingInformationChanged: ShippingInformationChange


class OrderChange(OrderChangeValueOneOf, total=False):
    pass


class OrderCreateNotifications(TypedDict, total=False):
    sendNotificationToBuyer: bool | None
    sendNotificationsToBusiness: bool | None


class OrderCreationSettingsEditableByOneOf(TypedDict, total=False):
    editableByEveryone: bool
    editableByOwnerApps: OwnerApps


class OrderCreationSettings(OrderCreationSettingsEditableByOneOf, total=False):
    orderApprovalStrategy: OrderApprovalStrategy
    notifications: OrderCreateNotifications


class OrderLineItem(TypedDict, total=False):
    id: str
    productName: ProductName
    catalogReference: CatalogReference
    quantity: int
    totalDiscount: Price
    descriptionLines: list[DescriptionLine]
    image: Image
    physicalProperties: PhysicalProperties
    itemType: ItemType
    fulfillerId: str | None
    refundQuantity: int | None
    restockQuantity: int | None
    price: Price
    priceBeforeDiscounts: Price
    totalPriceBeforeTax: Price
    totalPriceAfterTax: Price
    paymentOption: PaymentOptionType
    taxDetails: ItemTaxFullDetails
    taxInfo: LineItemTaxInfo
    digitalFile: DigitalFile
    subscriptionInfo: SubscriptionInfo
    priceDescription: PriceDescription
    depositAmount: Price
    locations: list[LocationAndQuantity]
    lineItemPrice: Price
    taxableAddress: TaxableAddress
    priceUndetermined: bool
    fixedQuantity: bool
    decimalQuantity: DecimalQuantity
    extendedFields: ExtendedFields
    modifierGroups: list[ModifierGroup]


class OrderRefunded(TypedDict, total=False):
    manual: bool
    amount: Price
    reason: str


class OrderTaxBreakdown(TypedDict, total=False):
    taxName: str
    taxType: str
    jurisdiction: str
    jurisdictionType: JurisdictionType
    rate: str
    aggregatedTaxAmount: Price


class OrderTaxInfo(TypedDict, total=False):
    totalTax: Price
    taxBreakdown: list[OrderTaxBreakdown]
    taxExempt: bool | None


class OrderTransactions(TypedDict, total=False):
    orderId: str
    payments: list[Payment]
    refunds: list[Refund]


class OwnerApps(TypedDict, total=False):
    appIds: list[str]


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


class PaymentCanceledPaymentDetailsOneOf(TypedDict, total=False):
    regular: RegularPayment


class PaymentCanceled(PaymentCanceledPaymentDetailsOneOf, total=False):
    paymentId: str


class PaymentCapture(TypedDict, total=False):
    paymentId: str | None
    amount: Price


class PaymentDeclinedPaymentDetailsOneOf(TypedDict, total=False):
    regular: RegularPayment


class PaymentDeclined(PaymentDeclinedPaymentDetailsOneOf, total=False):
    paymentId: str


class PaymentMethodName(TypedDict, total=False):
    buyerLanguageName: str | None
    siteLanguageName: str | None
    userDefinedName: UserDefinedPaymentMethodName


class PaymentPendingPaymentDetailsOneOf(TypedDict, total=False):
    regular: RegularPayment


class PaymentPending(PaymentPendingPaymentDetailsOneOf, total=False):
    paymentId: str


class PaymentRefund(TypedDict, total=False):
    paymentId: str
    amount: Price
    externalRefund: bool


class PaymentRefundFailed(TypedDict, total=False):
    refundId: str
    payment: RefundedPayment


class PaymentRefunded(TypedDict, total=False):
    refundId: str
    payment: RefundedPayment


class PhysicalProperties(TypedDict, total=False):
    weight: float | None
    sku: str | None
    shippable: bool


class PickupAddress(TypedDict, total=False):
    country: str | None
    subdivision: str | None
    city: str | None
    postalCode: str | None
    streetAddress: StreetAddress
    addressLine: str | None
    addressLine2: str | None
    countryFullname: str | None
    subdivisionFullname: str | None


class PickupDetails(TypedDict, total=False):
    address: PickupAddress
    pickupMethod: PickupMethod


class PlainTextValue(TypedDict, total=False):
    original: str
    translated: str | None


class PlatformFee(TypedDict, total=False):
    name: TranslatableString
    amount: Price
    lineItemId: str
    chargeType: ChargeType
    percentageRate: str


class PlatformFeeSummary(TypedDict, total=False):
    total: Price
    totalPassOn: Price
    totalAbsorbed: Price
    fees: list[PlatformFee]


class PreparePaymentCollectionOptions(TypedDict, total=False):
    """What ``preparePaymentCollection`` reads from ``options``."""

    paymentGatewayOrderId: str | None
    delayedCapture: bool
    delayedCaptureSettings: DelayedCaptureSettings


class PreparePaymentCollectionRequest(TypedDict, total=False):
    ecomOrderId: Required[str]
    amount: Required[Price]
    paymentGatewayOrderId: str | None
    delayedCapture: bool
    delayedCaptureSettings: DelayedCaptureSettings


class PreparePaymentCollectionResponse(TypedDict, total=False):
    paymentGatewayOrderId: str


class Price(TypedDict, total=False):
    amount: str
    formattedAmount: str


class PriceDescription(TypedDict, total=False):
    original: str
    translated: str | None


class PriceSummary(TypedDict, total=False):
    subtotal: Price
    shipping: Price
    tax: Price
    discount: Price
    total: Price
    totalAdditionalFees: Price


class ProductName(TypedDict, total=False):
    original: str
    translated: str | None


class PublicActivityContentOneOf(TypedDict, total=False):
    customActivity: CustomActivity
    merchantComment: MerchantComment


class PublicActivity(PublicActivityContentOneOf, total=False):
    pass


class ReceiptCreatedReceiptInfoOneOf(TypedDict, total=False):
    wixReceipt: WixReceipt
    externalReceipt: ExternalReceipt


class ReceiptCreated(ReceiptCreatedReceiptInfoOneOf, total=False):
    paymentId: str


class ReceiptSentReceiptInfoOneOf(TypedDict, total=False):
    wixReceipt: WixReceipt
    externalReceipt: ExternalReceipt


class ReceiptSent(ReceiptSentReceiptInfoOneOf, total=False):
    paymentId: str


class RecordManuallyCollectedPaymentRequest(TypedDict, total=False):
    orderId: Required[str]
    amount: Required[Price]


class RecordManuallyCollectedPaymentResponse(TypedDict, total=False):
    pass


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


class RefundInitiated(TypedDict, total=False):
    refundId: str
    amount: Price
    payments: list[RefundedPayment]
    reason: str | None


class RefundItem(TypedDict, total=False):
    lineItemId: str
    quantity: int


class RefundItemsBreakdown(TypedDict, total=False):
    lineItems: list[LineItemRefundSummary]


class RefundSideEffects(TypedDict, total=False):
    restockInfo: RestockInfo
    sendOrderRefundedEmail: bool
    customMessage: str | None


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


class RefundabilityAdditionalRefundabilityInfoOneOf(TypedDict, total=False):
    nonRefundableReason: NonRefundableReason
    manuallyRefundableReason: ManuallyRefundableReason


class Refundability(RefundabilityAdditionalRefundabilityInfoOneOf, total=False):
    paymentId: str
    refundabilityStatus: RefundableStatus
    providerLink: str | None


class RefundedAsStoreCredit(TypedDict, total=False):
    amount: Price
    reason: str | None


class RefundedPaymentKindOneOf(TypedDict, total=False):
    regular: RegularPaymentRefund
    giftCard: GiftCardPaymentRefund
    membership: MembershipPaymentRefund


class RefundedPayment(RefundedPaymentKindOneOf, total=False):
    paymentId: str
    externalRefund: bool


class RegularPaymentPaymentMethodDetailsOneOf(TypedDict, total=False):
    creditCardDetails: CreditCardDetails


class RegularPayment(RegularPaymentPaymentMethodDetailsOneOf, total=False):
    amount: Price


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


class RegularPaymentRefund(TypedDict, total=False):
    amount: Price
    lastFourDigits: str | None
    brand: str | None


class RestockInfo(TypedDict, total=False):
    type: RestockType
    items: list[RestockItem]


class RestockItem(TypedDict, total=False):
    lineItemId: str
    quantity: int


class SavedPaymentMethod(TypedDict, total=False):
    name: str
    description: str | None


class SearchOrdersRequest(TypedDict, total=False):
    search: CursorSearch


class SearchOrdersResponse(TypedDict, total=False):
    orders: list[Order]
    metadata: CursorPagingMetadata


class ServiceProperties(TypedDict, total=False):
    scheduledDate: str | None
    numberOfParticipants: int | None


class SetOrderNumberCounterOptions(TypedDict, total=False):
    """What ``setOrderNumberCounter`` reads from ``options``."""

    allowLowerCounter: bool


class SetOrderNumberCounterRequest(TypedDict, total=False):
    counter: Required[str]
    allowLowerCounter: bool


class SetOrderNumberCounterResponse(TypedDict, total=False):
    oldCounter: str
    newCounter: str


class ShippingInformation(TypedDict, total=False):
    total: Price
    shippingTitle: str


class ShippingInformationChange(TypedDict, total=False):
    originalShippingInfo: ShippingInformation
    newShippingInfo: ShippingInformation


class ShippingPrice(TypedDict, total=False):
    price: Price
    totalPriceBeforeTax: Price
    totalPriceAfterTax: Price
    taxDetails: ItemTaxFullDetails
    taxInfo: LineItemTaxInfo
    discount: Price


class ShippingRefund(TypedDict, total=False):
    amount: Price


class ShippingRegion(TypedDict, total=False):
    name: str | None


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation


class StreetAddress(TypedDict, total=False):
    number: str
    name: str


class SubscriptionInfo(TypedDict, total=False):
    id: str | None
    cycleNumber: int
    subscriptionOptionTitle: str
    subscriptionOptionDescription: str | None
    subscriptionSettings: SubscriptionSettings
    chargesDescription: str | None


class SubscriptionSettings(TypedDict, total=False):
    frequency: SubscriptionFrequency
    interval: int | None
    autoRenewal: bool
    billingCycles: int | None
    enableCustomerCancellation: bool
    freeTrialPeriod: FreeTrialPeriod


class TagList(TypedDict, total=False):
    tagIds: list[str]


class Tags(TypedDict, total=False):
    privateTags: TagList
    tags: TagList


class TagsTagList(TypedDict, total=False):
    tagIds: list[str]


class TagsTags(TypedDict, total=False):
    privateTags: TagsTagList
    tags: TagsTagList


class TaxSummary(TypedDict, total=False):
    totalTax: Price


class TaxableAddressTaxableAddressDataOneOf(TypedDict, total=False):
    addressType: TaxableAddressType


class TaxableAddress(TaxableAddressTaxableAddressDataOneOf, total=False):
    pass


class TotalPriceChange(TypedDict, total=False):
    originalTotal: Price
    newTotal: Price


class TranslatableString(TypedDict, total=False):
    original: str
    translated: str | None


class TranslatedValue(TypedDict, total=False):
    original: str
    translated: str | None


class TriggerRefundRequest(TypedDict, total=False):
    ecomOrderId: Required[str]
    payments: Required[list[PaymentRefund]]
    details: RefundDetails
    sideEffects: RefundSideEffects


class TriggerRefundResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions
    refundId: str | None
    failedPaymentIds: list[ItemMetadata]


class UpdateActivityRequest(TypedDict, total=False):
    id: Required[str]
    activityId: Required[str]
    activity: Required[PublicActivity]


class UpdateActivityResponse(TypedDict, total=False):
    order: Order


class UpdateOrderLineItemRequest(TypedDict, total=False):
    id: Required[str]
    lineItem: Required[OrderLineItem]


class UpdateOrderLineItemResponse(TypedDict, total=False):
    order: Order


class UpdateOrderRequest(TypedDict, total=False):
    order: Required[Order]


class UpdateOrderResponse(TypedDict, total=False):
    order: Order


class UpdateOrderStatusRequest(TypedDict, total=False):
    orderId: Required[str]
    status: Required[OrderStatus]


class UpdateOrderStatusResponse(TypedDict, total=False):
    order: Order


class UserDefinedPaymentMethodNameKindOneOf(TypedDict, total=False):
    predefined: PredefinedPaymentMethod
    custom: str | None


class UserDefinedPaymentMethodName(UserDefinedPaymentMethodNameKindOneOf, total=False):
    pass


class V1ScheduledAction(TypedDict, total=False):
    actionType: ActionType
    executionDate: str | None


class V1ShippingInformation(TypedDict, total=False):
    carrierId: str | None
    code: str | None
    title: str
    logistics: DeliveryLogistics
    cost: ShippingPrice
    region: ShippingRegion


class VatId(TypedDict, total=False):
    id: str
    type: VatType


class VoidAuthorizedPaymentsRequest(TypedDict, total=False):
    ecomOrderId: Required[str]
    paymentIds: Required[list[str]]


class VoidAuthorizedPaymentsResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions


class WixReceipt(TypedDict, total=False):
    receiptId: str
    displayNumber: str | None
