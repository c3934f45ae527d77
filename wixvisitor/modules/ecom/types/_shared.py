# File generated from @wix/ecom 1.0.2509 by `make apigen` (tools/apigen). Do not edit.
"""The REST shapes several modules of ``@wix/ecom`` declare alike.

Each module's types file re-exports the ones it uses: import them from there.
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
AdditionalFeeSource: TypeAlias = Literal[
    "UNKNOWN_ADDITIONAL_FEE_SOURCE", "SERVICE_PLUGIN", "ITEM", "MANUAL", "SHIPPING", "PLATFORM"
]
AppliedDiscountDiscountType: TypeAlias = Literal["GLOBAL", "SPECIFIC_ITEMS", "SHIPPING"]
AttributionSource: TypeAlias = Literal["UNSPECIFIED", "FACEBOOK_ADS"]
AuthorizationCaptureStatus: TypeAlias = Literal["PENDING", "SUCCEEDED", "FAILED"]
AuthorizationVoidStatus: TypeAlias = Literal["PENDING", "SUCCEEDED", "FAILED"]
BenefitType: TypeAlias = Literal["PERCENTAGE", "FIXED_PRICE", "FIXED_AMOUNT"]
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
ConditionType: TypeAlias = Literal["BY_TOTAL_WEIGHT", "BY_TOTAL_PRICE", "BY_TOTAL_QUANTITY"]
DiscountReason: TypeAlias = Literal["UNSPECIFIED", "EXCHANGED_ITEMS", "BILLING_ADJUSTMENT"]
DiscountScope: TypeAlias = Literal[
    "UNKNOWN_DISCOUNT_SCOPE", "CART_SUBTOTAL", "LINE_ITEM", "DELIVERY"
]
DiscountSourceType: TypeAlias = Literal["AUTOMATIC_RULE", "COUPON"]
DiscountType: TypeAlias = Literal["GLOBAL", "SPECIFIC_ITEMS", "SHIPPING"]
DurationUnit: TypeAlias = Literal["MINUTES", "HOURS", "DAYS"]
FallbackReason: TypeAlias = Literal["AUTO_TAX_FAILED", "AUTO_TAX_DEACTIVATED"]
FulfillmentStatus: TypeAlias = Literal["NOT_FULFILLED", "FULFILLED", "PARTIALLY_FULFILLED"]
InvalidCouponReason: TypeAlias = Literal[
    "UNKNOWN_INVALID_COUPON_REASON",
    "EXPIRED",
    "DISABLED",
    "INACTIVE",
    "MAX_USAGE_EXCEEDED",
    "MAX_USAGE_PER_CUSTOMER_EXCEEDED",
    "NOT_APPLICABLE_TO_SUBSCRIPTIONS",
    "NOT_APPLICABLE_TO_SELECTED_LINE_ITEMS",
    "MIN_LINE_ITEM_QUANTITY_NOT_REACHED",
    "MIN_SUBTOTAL_NOT_REACHED",
]
InvalidGiftCardReason: TypeAlias = Literal[
    "UNKNOWN_INVALID_GIFT_CARD_REASON", "EXPIRED", "DISABLED", "EMPTY_BALANCE"
]
InvalidMembershipReason: TypeAlias = Literal[
    "UNKNOWN_INVALID_MEMBERSHIP_REASON",
    "INSUFFICIENT_FUNDS",
    "MEMBERSHIP_NOT_FOUND",
    "NOT_APPLICABLE_TO_LINE_ITEMS",
    "LINE_ITEM_NOT_FOUND",
]
ItemAvailabilityStatus: TypeAlias = Literal[
    "AVAILABLE", "NOT_FOUND", "NOT_AVAILABLE", "PARTIALLY_AVAILABLE"
]
ItemStatus: TypeAlias = Literal[
    "IN_STOCK", "PARTIALLY_IN_STOCK", "OUT_OF_STOCK", "REMOVED_FROM_CATALOG"
]
ItemTypePreset: TypeAlias = Literal["UNRECOGNISED", "PHYSICAL", "DIGITAL", "GIFT_CARD", "SERVICE"]
JurisdictionType: TypeAlias = Literal["UNDEFINED", "COUNTRY", "STATE", "COUNTY", "CITY", "SPECIAL"]
LineItemQuantityChangeType: TypeAlias = Literal["QUANTITY_INCREASED", "QUANTITY_DECREASED"]
LogicalOperator: TypeAlias = Literal["EQ", "GT", "GTE", "LT", "LTE"]
ManualCalculationReason: TypeAlias = Literal["GLOBAL_SETTING_TO_MANUAL", "REGION_SETTING_TO_MANUAL"]
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
NameInLineItem: TypeAlias = Literal["LINE_ITEM_DEFAULT"]
NameInOther: TypeAlias = Literal["OTHER_DEFAULT"]
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
PickupMethod: TypeAlias = Literal["STORE_PICKUP", "PICKUP_POINT"]
PredefinedPaymentMethod: TypeAlias = Literal["CASH", "BANK_TRANSFER", "CHECK"]
RateType: TypeAlias = Literal["NO_TAX_COLLECTED", "MANUAL_RATE", "AUTO_RATE", "FALLBACK_RATE"]
Reason: TypeAlias = Literal["MANUAL", "SCHEDULED"]
RedemptionType: TypeAlias = Literal["CREDITS", "SESSIONS"]
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
Severity: TypeAlias = Literal["WARNING", "ERROR"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
Source: TypeAlias = Literal[
    "UNKNOWN_ADDITIONAL_FEE_SOURCE", "SERVICE_PLUGIN", "LINE_ITEM", "DELIVERY", "PLATFORM"
]
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
ValidationsConfig: TypeAlias = Literal[
    "SKIP_VALIDATIONS", "PRE_CHECKOUT_VALIDATIONS", "CHECKOUT_VALIDATIONS"
]
VatType: TypeAlias = Literal["UNSPECIFIED", "CPF", "CNPJ"]
ViolationCode: TypeAlias = Literal[
    "GENERAL_CODE",
    "CUSTOM_VALIDATION",
    "EMPTY_CART",
    "LINE_ITEMS_OUT_OF_STOCK",
    "MEMBERS_ONLY_ITEM",
    "INVALID_COUPON_CODE",
    "INVALID_COUPON_STATUS",
    "CANNOT_APPLY_COUPON_DISCOUNT_WHEN_PURCHASING_GIFT_CARD",
    "MISSING_DELIVERY_ADDRESS",
    "MISSING_DELIVERY_METHOD",
    "DELIVERY_METHOD_NO_LONGER_AVAILABLE",
    "DELIVERY_METHOD_NOT_APPLIED_TO_ALL_LINE_ITEMS",
    "INVALID_GIFT_CARD_CODE",
    "INVALID_GIFT_CARD_STATUS",
    "CANNOT_PAY_FOR_GIFT_CARD_WITH_GIFT_CARD",
    "SUBTOTAL_BELOW_ORDER_MINIMUM",
    "INVALID_MEMBERSHIP_STATUS",
    "INVALID_POSTAL_CODE",
    "INVALID_SUBDIVISION",
    "SUBSCRIPTION_ITEM_NOT_SUPPORTED_ON_DEMO_CART",
    "GIFT_CARD_ITEM_NOT_SUPPORTED_ON_DEMO_CART",
    "GIFT_CARD_PAYMENT_NOT_SUPPORTED_ON_DEMO_CART",
    "MEMBERSHIP_PAYMENT_NOT_SUPPORTED_ON_DEMO_CART",
]
ViolationScope: TypeAlias = Literal[
    "GLOBAL", "LINE_ITEM", "DISCOUNT", "DELIVERY", "TAX", "MEMBERSHIP", "GIFT_CARD"
]
ViolationSeverity: TypeAlias = Literal["WARNING", "ERROR"]
WeightUnit: TypeAlias = Literal["UNSPECIFIED_WEIGHT_UNIT", "KG", "LB"]


class AdditionalFeeRefund(TypedDict, total=False):
    additionalFeeId: str
    amount: Price


class AdditionalFeeTax(TypedDict, total=False):
    additionalFeeCode: str
    tax: ConvertedMoney


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


class AddressStreetOneOf(TypedDict, total=False):
    streetAddress: StreetAddress
    addressLine: str | None


class AddressWithContact(TypedDict, total=False):
    address: Address
    contactDetails: FullAddressContactDetails


class AggregatedRefundSummary(TypedDict, total=False):
    requestedRefund: Price
    pendingRefund: Price
    refunded: Price
    failedRefundAmount: Price
    pending: bool
    breakdown: RefundItemsBreakdown


class ApplicableLineItems(TypedDict, total=False):
    lineItemIds: list[str]


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class AppliedDiscountDiscountSourceOneOf(TypedDict, total=False):
    coupon: Coupon
    merchantDiscount: MerchantDiscount
    discountRule: DiscountRule


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


class AutoTaxFallbackCalculationDetails(TypedDict, total=False):
    fallbackReason: FallbackReason
    error: ApplicationError


class Balance(TypedDict, total=False):
    amount: str
    formattedAmount: str


class BillingChangedDetails(TypedDict, total=False):
    billingInfoBeforeChange: AddressWithContact


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BusinessInfo(TypedDict, total=False):
    locationId: str | None
    languageCode: str
    currencyCode: str


class BusinessLocationChangedDetails(TypedDict, total=False):
    businessLocationBeforeChange: Location


class BuyerInfoIdOneOf(TypedDict, total=False):
    visitorId: str
    memberId: str


class BuyerInfo(BuyerInfoIdOneOf, total=False):
    contactId: str | None
    email: str | None


class CalculationErrorsShippingCalculationErrorOneOf(TypedDict, total=False):
    generalShippingCalculationError: Details
    carrierErrors: CarrierErrors
    selectedShippingOptionError: Details


class CalculationErrors(CalculationErrorsShippingCalculationErrorOneOf, total=False):
    taxCalculationError: Details
    couponCalculationError: Details
    giftCardCalculationError: Details
    orderValidationErrors: list[ApplicationError]
    membershipError: Details
    discountsCalculationError: Details


class Carrier(TypedDict, total=False):
    appId: str | None
    code: str


class CarrierError(TypedDict, total=False):
    carrierId: str
    error: Details


class CarrierErrors(TypedDict, total=False):
    errors: list[CarrierError]


class CartSettings(TypedDict, total=False):
    lockGiftCard: bool | None
    lockCouponCode: bool | None
    policyAgreementCheckboxDisabled: bool | None
    manualPaymentDisabled: bool | None


class CartSource(TypedDict, total=False):
    channelType: ChannelType
    externalReferences: list[ExternalReference]
    createdBy: CreatedBy
    customContentReference: CustomContentReference


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


class Charge(TypedDict, total=False):
    cycleFrom: int
    cycleCount: int | None
    cycleBillingDate: str | None


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


class Color(TypedDict, total=False):
    original: str
    translated: str | None
    code: str | None


class CommonImage(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class Condition(TypedDict, total=False):
    type: ConditionType
    value: str
    operator: LogicalOperator


class ConditionalRates(TypedDict, total=False):
    amount: str
    conditions: list[Condition]
    multiplyByQuantity: bool


class ContractTarget(TypedDict, total=False):
    nextCycleNumber: int | None


class ConvertedMoney(TypedDict, total=False):
    amount: str
    convertedAmount: str


class Coupon(TypedDict, total=False):
    id: str
    code: str
    name: str
    amount: Price


class CouponInput(TypedDict, total=False):
    code: str


class CreateCheckoutResponse(TypedDict, total=False):
    checkoutId: str


class CreatedByIdOneOf(TypedDict, total=False):
    visitorId: str
    memberId: str
    userId: str
    appId: str


class CreatedBy(CreatedByIdOneOf, total=False):
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


class CursorQueryPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class CursorQuery(CursorQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class CustomContentReference(TypedDict, total=False):
    appId: str
    componentId: str


class CustomField(TypedDict, total=False):
    value: Any
    title: str
    translatedTitle: str | None


class CustomItemDeliveryConfig(TypedDict, total=False):
    deliveryProfileId: str | None


class CustomItemPaymentConfig(TypedDict, total=False):
    depositAmount: ConvertedMoney
    paymentOption: PaymentOptionType


class CustomItemPricingInfo(TypedDict, total=False):
    price: ConvertedMoney
    fullPrice: ConvertedMoney
    priceDescription: PriceDescription
    priceUndetermined: bool


class CustomItemQuantityInfo(TypedDict, total=False):
    requestedQuantity: int
    availableQuantity: int | None
    fixedQuantity: bool


class CustomItemSource(TypedDict, total=False):
    catalogReference: CatalogReference
    rootCatalogItemId: str | None
    inventoryAppId: str | None


class CustomItemTaxConfig(TypedDict, total=False):
    taxableAddress: TaxableAddress
    taxGroupId: str | None


class CustomerInfoIdOneOf(TypedDict, total=False):
    visitorId: str
    memberId: str
    userId: str
    openAccess: bool


class CustomerInfo(CustomerInfoIdOneOf, total=False):
    firstName: str | None
    lastName: str | None
    phone: str | None
    company: str | None
    vatId: VatId
    email: str | None
    contactId: str | None
    languageCode: str
    currencyCode: str


class DecimalQuantityUnitOneOf(TypedDict, total=False):
    measurementUnit: MeasurementUnit
    otherUnit: str


class DecimalQuantity(DecimalQuantityUnitOneOf, total=False):
    value: str
    description: TranslatableString


class DelayedCaptureSettings(TypedDict, total=False):
    scheduledAction: ScheduledAction
    delayDuration: Duration


class DeleteCartResponse(TypedDict, total=False):
    pass


class DeleteCurrentCartRequest(TypedDict, total=False):
    pass


class DeliveryAllocation(TypedDict, total=False):
    deliveryCarrier: Carrier
    deliveryRegion: Region
    applicableLineItems: ApplicableLineItems


class DeliveryInfo(TypedDict, total=False):
    address: Address
    method: DeliveryMethod
    weightUnit: WeightUnit


class DeliveryLogistics(TypedDict, total=False):
    deliveryTime: str | None
    instructions: str | None
    pickupDetails: PickupDetails


class DeliveryMethod(TypedDict, total=False):
    code: str
    appId: str | None
    title: TranslatableString
    pickup: bool


class DeliveryMethodInput(TypedDict, total=False):
    code: str
    appId: str | None


class DeliverySummary(TypedDict, total=False):
    method: DeliveryMethod
    price: ConvertedMoney


DeliveryTimeSlot = TypedDict(
    "DeliveryTimeSlot",
    {
        "from": "str | None",
        "to": "str | None",
    },
    total=False,
)


class Description(TypedDict, total=False):
    original: str
    translated: str | None


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


class DetailsKindOneOf(TypedDict, total=False):
    applicationError: ApplicationError
    validationError: ValidationError
    systemError: SystemError


class Details(DetailsKindOneOf, total=False):
    tracing: dict[str, str]


class DigitalFile(TypedDict, total=False):
    fileId: str
    link: str | None
    expirationDate: str | None


class Discount(TypedDict, total=False):
    name: TranslatableString
    source: DiscountSource
    scope: DiscountScope
    subscriptionCycles: int | None
    total: ConvertedMoney
    lineItemDiscounts: list[V2LineItemDiscount]


class DiscountRule(TypedDict, total=False):
    id: str
    name: DiscountRuleName
    amount: Price


class DiscountRuleName(TypedDict, total=False):
    original: str
    translated: str | None


class DiscountSource(TypedDict, total=False):
    sourceType: DiscountSourceType
    couponCode: str | None


class Duration(TypedDict, total=False):
    count: int
    unit: DurationUnit


class ExistingMembershipInput(TypedDict, total=False):
    appId: str
    membershipId: str


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class ExternalReceipt(TypedDict, total=False):
    receiptId: str | None
    displayNumber: str | None


class ExternalReference(TypedDict, total=False):
    appId: str
    resourceId: str | None


class FieldViolation(TypedDict, total=False):
    field: str
    description: str
    violatedRule: RuleType
    ruleName: str | None
    data: dict[str, Any] | None


class FormSubmission(TypedDict, total=False):
    id: str
    formSubmissionId: str


class FreeTrialPeriod(TypedDict, total=False):
    frequency: SubscriptionFrequency
    interval: int


class FullAddressContactDetails(TypedDict, total=False):
    firstName: str | None
    lastName: str | None
    phone: str | None
    company: str | None
    vatId: VatId


class FutureMembership(TypedDict, total=False):
    lineItemId: str
    benefitId: str


class FutureMembershipDetails(TypedDict, total=False):
    lineItemId: str
    benefitId: str


class FutureMembershipInput(TypedDict, total=False):
    lineItemId: str
    benefitId: str


class GetCheckoutURLResponse(TypedDict, total=False):
    checkoutUrl: str


class GetCurrentCartRequest(TypedDict, total=False):
    pass


class GiftCard(TypedDict, total=False):
    id: str
    obfuscatedCode: str
    amount: MultiCurrencyPrice
    appId: str
    externalId: str | None
    requestedAmount: MultiCurrencyPrice


class GiftCardInput(TypedDict, total=False):
    code: str
    redeemAmount: ConvertedMoney


class GiftCardPaymentDetails(TypedDict, total=False):
    giftCardPaymentId: str
    appId: str
    voided: bool
    obfuscatedCode: str | None


class GiftCardPaymentRefund(TypedDict, total=False):
    giftCardPaymentId: str | None
    amount: Price


class GiftCardSummary(TypedDict, total=False):
    giftCardId: str
    redeemAmount: ConvertedMoney


class HeadersEntry(TypedDict, total=False):
    key: str
    value: str


class HostSelectedMembership(TypedDict, total=False):
    id: str
    appId: str
    lineItemIds: list[str]


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class InvalidCouponCodeErrorData(TypedDict, total=False):
    couponCode: str


class InvalidCouponStatusErrorDataDetailsOneOf(TypedDict, total=False):
    minLineItemQuantityNotReachedDetails: MinLineItemQuantityNotReachedDetails
    minSubtotalNotReachedDetails: MinSubtotalNotReachedDetails


class InvalidCouponStatusErrorData(InvalidCouponStatusErrorDataDetailsOneOf, total=False):
    couponCode: str
    reason: InvalidCouponReason


class InvalidGiftCardCodeErrorData(TypedDict, total=False):
    giftCardCode: str
    giftCardId: str | None


class InvalidGiftCardStatusErrorData(TypedDict, total=False):
    giftCardCode: str
    reason: InvalidGiftCardReason
    giftCardId: str | None


class InvalidMembership(TypedDict, total=False):
    membership: Membership
    reason: str


class InvalidMembershipStatusErrorData(TypedDict, total=False):
    membershipId: str | None
    reason: InvalidMembershipReason


class ItemAvailabilityInfo(TypedDict, total=False):
    status: ItemAvailabilityStatus
    quantityAvailable: int | None


class ItemDeliveryConfig(TypedDict, total=False):
    deliveryProfileId: str | None
    fulfillerId: str | None


class ItemDiscount(TypedDict, total=False):
    name: TranslatableString
    amountOff: ConvertedMoney
    source: DiscountSource


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


class ItemPaymentConfig(TypedDict, total=False):
    savePaymentMethod: bool
    consentRequiredPaymentPolicy: str | None
    depositAmount: ConvertedMoney
    selectedMembership: V2SelectedMembership
    paymentOption: PaymentOptionType
    membership: V2Membership


class ItemPriceBreakdown(TypedDict, total=False):
    fullPrice: ConvertedMoney
    salePrice: ConvertedMoney
    totalModifiersPrice: ConvertedMoney


class ItemPricingInfo(TypedDict, total=False):
    unitPrice: ConvertedMoney
    totalPrice: ConvertedMoney
    priceDescription: PriceDescription
    priceUndetermined: bool
    breakdown: ItemPriceBreakdown


class ItemQuantityInfo(TypedDict, total=False):
    confirmedQuantity: int
    requestedQuantity: int
    availableQuantity: int | None
    fixedQuantity: bool


class ItemTaxConfig(TypedDict, total=False):
    taxableAddress: TaxableAddress
    taxGroupId: str | None


class ItemTaxFullDetails(TypedDict, total=False):
    taxableAmount: Price
    taxRate: str
    totalTax: Price


class ItemTypeItemTypeDataOneOf(TypedDict, total=False):
    preset: ItemTypePreset
    custom: str


class ItemType(ItemTypeItemTypeDataOneOf, total=False):
    pass


class ItemUpsells(TypedDict, total=False):
    lineItemId: str
    upsells: list[UpsellOption]


class LineItem(TypedDict, total=False):
    name: NameInLineItem
    id: str | None


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


class LineItemQuantityUpdate(TypedDict, total=False):
    id: str
    quantity: int


class LineItemRefund(TypedDict, total=False):
    lineItemId: str
    quantity: int


class LineItemRefundSummary(TypedDict, total=False):
    lineItemId: str
    totalRefundedAmount: Price


class LineItemSummary(TypedDict, total=False):
    lineItemId: str
    quantity: int
    unitPrice: ConvertedMoney
    totalPrice: ConvertedMoney


class LineItemTax(TypedDict, total=False):
    lineItemId: str
    tax: ConvertedMoney
    rate: str | None


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


class LineItemUpdate(TypedDict, total=False):
    lineItemId: str
    quantity: QuantityUpdate
    selectedMembership: SelectedMembershipUpdate
    membershipPayment: MembershipInput


class LineItemsOutOfStockErrorData(TypedDict, total=False):
    lineItemIds: list[str]
    allLineItemsOutOfStock: bool


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


class MembersOnlyItemErrorData(TypedDict, total=False):
    lineItemIds: list[str]


class Membership(TypedDict, total=False):
    id: str
    appId: str
    name: MembershipName
    lineItemIds: list[str]
    credits: MembershipPaymentCredits
    expirationDate: str | None
    additionalData: dict[str, Any] | None


class MembershipInputMembershipOneOf(TypedDict, total=False):
    existingMembership: ExistingMembershipInput
    futureMembership: FutureMembershipInput


class MembershipInput(MembershipInputMembershipOneOf, total=False):
    pass


class MembershipName(TypedDict, total=False):
    original: str
    translated: str | None


class MembershipOptions(TypedDict, total=False):
    eligibleMemberships: list[Membership]
    invalidMemberships: list[InvalidMembership]
    selectedMemberships: list[HostSelectedMembership]


class MembershipPaymentCredits(TypedDict, total=False):
    total: int
    remaining: int


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


class MembershipSummaryMembershipIdentifierOneOf(TypedDict, total=False):
    pass


class MembershipSummary(MembershipSummaryMembershipIdentifierOneOf, total=False):
    id: str
    appId: str
    lineItemIds: list[str]


class MerchantComment(TypedDict, total=False):
    message: str


class MerchantDiscountMerchantDiscountReasonOneOf(TypedDict, total=False):
    discountReason: DiscountReason
    description: str | None


class MerchantDiscount(MerchantDiscountMerchantDiscountReasonOneOf, total=False):
    amount: Price


class MinLineItemQuantityNotReachedDetails(TypedDict, total=False):
    requiredMinimumQuantity: int


class MinSubtotalNotReachedDetails(TypedDict, total=False):
    requiredMinimumSubtotal: ConvertedMoney
    originalDescription: str | None


class ModifierGroup(TypedDict, total=False):
    id: str
    name: TranslatableString
    modifiers: list[ItemModifier]


class MultiCurrencyPrice(TypedDict, total=False):
    amount: str
    convertedAmount: str
    formattedAmount: str
    formattedConvertedAmount: str


class OrderCreateNotifications(TypedDict, total=False):
    sendNotificationToBuyer: bool | None
    sendNotificationsToBusiness: bool | None


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


class Other(TypedDict, total=False):
    name: NameInOther


class OwnerApps(TypedDict, total=False):
    appIds: list[str]


class PageUrlV2(TypedDict, total=False):
    relativePath: str
    url: str | None


class Paging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PagingMetadataV2(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    tooManyToCount: bool | None
    cursors: Cursors


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


class PaymentDeclinedPaymentDetailsOneOf(TypedDict, total=False):
    regular: RegularPayment


class PaymentDeclined(PaymentDeclinedPaymentDetailsOneOf, total=False):
    paymentId: str


class PaymentInfo(TypedDict, total=False):
    giftCards: list[V2GiftCard]
    currencyCode: str
    billingAddress: Address
    billingContact: FullAddressContactDetails


class PaymentMethodName(TypedDict, total=False):
    buyerLanguageName: str | None
    siteLanguageName: str | None
    userDefinedName: UserDefinedPaymentMethodName


class PaymentOption(TypedDict, total=False):
    value: PaymentOptionType


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


class PaymentSummary(TypedDict, total=False):
    giftCards: list[GiftCardSummary]
    memberships: list[MembershipSummary]
    subscriptionCharges: list[SubscriptionCharges]
    requiresPaymentAfterGiftCard: bool
    totalAfterGiftCards: ConvertedMoney
    payNow: ConvertedMoney
    payLater: ConvertedMoney
    payAfterFreeTrial: ConvertedMoney


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
    address: Address
    businessLocation: bool
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


class PlatformPaging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PlatformPagingMetadata(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    cursors: Cursors


class PlatformQueryPagingMethodOneOf(TypedDict, total=False):
    paging: PlatformPaging
    cursorPaging: CursorPaging


class Policy(TypedDict, total=False):
    title: str | None
    content: str


class Price(TypedDict, total=False):
    amount: str
    formattedAmount: str


class PriceDescription(TypedDict, total=False):
    original: str
    translated: str | None


class PriceDetails(TypedDict, total=False):
    price: str
    description: str | None


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


class QuantityUpdate(TypedDict, total=False):
    newQuantity: int


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging
    cursorPaging: CursorPaging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    fields: list[str]
    fieldsets: list[str]


class RawHttpResponse(TypedDict, total=False):
    body: str
    statusCode: int | None
    headers: list[HeadersEntry]


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


class RecipientInfoChangedDetails(TypedDict, total=False):
    recipientInfoBeforeChange: AddressWithContact


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


class Region(TypedDict, total=False):
    id: str | None
    name: str | None


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


class RemoveCouponRequest(TypedDict, total=False):
    id: Required[str]


class RemoveLineItemsFromCurrentCartRequest(TypedDict, total=False):
    lineItemIds: Required[list[str]]


class RemoveLineItemsRequest(TypedDict, total=False):
    id: Required[str]
    lineItemIds: Required[list[str]]


class RestockItem(TypedDict, total=False):
    lineItemId: str
    quantity: int


class SavedPaymentMethod(TypedDict, total=False):
    name: str
    description: str | None


class SelectedMembership(TypedDict, total=False):
    id: str
    appId: str


class SelectedMembershipUpdate(TypedDict, total=False):
    newMembership: V2SelectedMembership


class SelectedShippingOption(TypedDict, total=False):
    carrierId: str | None
    code: str


class ServiceProperties(TypedDict, total=False):
    scheduledDate: str | None
    numberOfParticipants: int | None


class ShippingRefund(TypedDict, total=False):
    amount: Price


class ShippingRegion(TypedDict, total=False):
    name: str | None


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class StreetAddress(TypedDict, total=False):
    number: str
    name: str


class SubscriptionCharges(TypedDict, total=False):
    lineItemIds: list[str]
    description: str | None
    charges: list[Charge]


class SubscriptionInfo(TypedDict, total=False):
    id: str | None
    cycleNumber: int
    subscriptionOptionTitle: str
    subscriptionOptionDescription: str | None
    subscriptionSettings: SubscriptionSettings
    chargesDescription: str | None


class SubscriptionOptionInfo(TypedDict, total=False):
    subscriptionSettings: SubscriptionSettings
    title: Title
    description: Description


class SubscriptionSettings(TypedDict, total=False):
    frequency: SubscriptionFrequency
    interval: int | None
    autoRenewal: bool
    billingCycles: int | None
    enableCustomerCancellation: bool
    freeTrialPeriod: FreeTrialPeriod


class SubtotalBelowOrderMinimumErrorData(TypedDict, total=False):
    minimumOrderSubtotal: ConvertedMoney
    remainingAmount: ConvertedMoney


class SystemError(TypedDict, total=False):
    errorCode: str | None


class TagList(TypedDict, total=False):
    tagIds: list[str]


class Tags(TypedDict, total=False):
    privateTags: TagList
    publicTags: TagList


class TargetTargetTypeOneOf(TypedDict, total=False):
    other: Other
    lineItem: TargetLineItem


class Target(TargetTargetTypeOneOf, total=False):
    pass


class TargetLineItem(TypedDict, total=False):
    name: NameInLineItem
    id: str | None


class Tax(TypedDict, total=False):
    name: TranslatableString
    taxableAmount: ConvertedMoney
    exemptAmount: ConvertedMoney
    amount: ConvertedMoney


class TaxBreakdown(TypedDict, total=False):
    jurisdiction: str | None
    nonTaxableAmount: MultiCurrencyPrice
    rate: str | None
    taxAmount: MultiCurrencyPrice
    taxableAmount: MultiCurrencyPrice
    taxType: str | None
    taxName: str | None
    jurisdictionType: JurisdictionType


class TaxCalculationDetailsCalculationDetailsOneOf(TypedDict, total=False):
    manualRateReason: ManualCalculationReason
    autoTaxFallbackDetails: AutoTaxFallbackCalculationDetails


class TaxCalculationDetails(TaxCalculationDetailsCalculationDetailsOneOf, total=False):
    rateType: RateType


class TaxInfo(TypedDict, total=False):
    pricesIncludeTax: bool
    taxExemptGroupId: str | None


class TaxRateBreakdown(TypedDict, total=False):
    name: str
    rate: str
    tax: MultiCurrencyPrice


class TaxSummary(TypedDict, total=False):
    taxableAmount: MultiCurrencyPrice
    totalTax: MultiCurrencyPrice
    calculationDetails: TaxCalculationDetails


class TaxableAddressTaxableAddressDataOneOf(TypedDict, total=False):
    addressType: TaxableAddressType


class TaxableAddress(TaxableAddressTaxableAddressDataOneOf, total=False):
    pass


class Title(TypedDict, total=False):
    original: str
    translated: str | None


class TotalPriceChange(TypedDict, total=False):
    originalTotal: Price
    newTotal: Price


class TranslatableString(TypedDict, total=False):
    original: str
    translated: str | None


class TranslatedValue(TypedDict, total=False):
    original: str
    translated: str | None


class UpdateExtendedFieldsRequest(TypedDict, total=False):
    id: Required[str]
    namespace: Required[str]
    namespaceData: Required[dict[str, Any] | None]


class UpdateLineItemsQuantityRequest(TypedDict, total=False):
    id: Required[str]
    lineItems: Required[list[LineItemQuantityUpdate]]


class UpsellBenefitMetadata(TypedDict, total=False):
    benefitType: BenefitType
    benefitValue: str | None


class UpsellOption(TypedDict, total=False):
    id: str
    title: str | None
    description: str | None
    catalogReference: CatalogReference
    metadata: UpsellBenefitMetadata
    priceDetails: PriceDetails


class UserDefinedPaymentMethodNameKindOneOf(TypedDict, total=False):
    predefined: PredefinedPaymentMethod
    custom: str | None


class UserDefinedPaymentMethodName(UserDefinedPaymentMethodNameKindOneOf, total=False):
    pass


class V1Coupon(TypedDict, total=False):
    id: str
    code: str
    amount: MultiCurrencyPrice
    name: str


class V1DiscountRule(TypedDict, total=False):
    id: str
    name: V1DiscountRuleName
    amount: MultiCurrencyPrice


class V1DiscountRuleName(TypedDict, total=False):
    original: str
    translated: str | None


class V1ItemModifier(TypedDict, total=False):
    id: str
    quantity: int | None
    label: TranslatableString
    details: TranslatableString
    price: str | None


class V1MerchantDiscount(TypedDict, total=False):
    amount: MultiCurrencyPrice
    percentage: float | None


class V1ModifierGroup(TypedDict, total=False):
    id: str
    name: TranslatableString
    modifiers: list[V1ItemModifier]


class V1ScheduledAction(TypedDict, total=False):
    actionType: ActionType
    executionDate: str | None


class V2AdditionalFee(TypedDict, total=False):
    code: str | None
    name: TranslatableString
    providerAppId: str | None
    lineItemIds: list[str]
    price: ConvertedMoney
    subscriptionCycles: int | None
    source: Source


class V2CalculationErrorsShippingCalculationErrorOneOf(TypedDict, total=False):
    generalShippingCalculationError: Details
    carrierErrors: V2CarrierErrors
    selectedShippingOptionError: Details


class V2CalculationErrors(V2CalculationErrorsShippingCalculationErrorOneOf, total=False):
    taxCalculationError: Details
    couponCalculationError: Details
    giftCardCalculationError: Details
    orderValidationErrors: list[ApplicationError]
    membershipError: Details
    discountsCalculationError: Details


class V2CarrierError(TypedDict, total=False):
    carrierId: str
    error: Details


class V2CarrierErrors(TypedDict, total=False):
    errors: list[V2CarrierError]


class V2Coupon(TypedDict, total=False):
    id: str
    code: str


class V2ExistingMembership(TypedDict, total=False):
    appId: str
    membershipId: str


class V2GiftCard(TypedDict, total=False):
    id: str
    obfuscatedCode: str
    appId: str
    externalId: str | None
    requestedRedeemAmount: ConvertedMoney


class V2LineItemDiscount(TypedDict, total=False):
    lineItemId: str
    amountOff: ConvertedMoney


class V2MembershipIdentifierOneOf(TypedDict, total=False):
    existingMembership: V2ExistingMembership
    futureMembership: FutureMembership


class V2Membership(V2MembershipIdentifierOneOf, total=False):
    name: TranslatableString
    redemptionCost: int | None
    redemptionType: RedemptionType


class V2PriceSummary(TypedDict, total=False):
    subtotal: ConvertedMoney
    discount: ConvertedMoney
    delivery: ConvertedMoney
    additionalFees: ConvertedMoney
    tax: ConvertedMoney
    total: ConvertedMoney


class V2SelectedMembership(TypedDict, total=False):
    id: str
    appId: str
    name: TranslatableString


class V2TaxSummary(TypedDict, total=False):
    taxes: list[Tax]
    totalExempt: ConvertedMoney
    pricesIncludeTax: bool
    lineItemTaxes: list[LineItemTax]
    deliveryTax: ConvertedMoney
    additionalFeeTaxes: list[AdditionalFeeTax]


class ValidationError(TypedDict, total=False):
    fieldViolations: list[FieldViolation]


class VatId(TypedDict, total=False):
    id: str
    type: VatType


class Violation(TypedDict, total=False):
    severity: Severity
    target: Target
    description: str | None


class WixReceipt(TypedDict, total=False):
    receiptId: str
    displayNumber: str | None
