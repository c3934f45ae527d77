# File generated from @wix/auto_sdk_ecom_draft-orders 1.0.177
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.draft_orders``.

From ``@wix/auto_sdk_ecom_draft-orders``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.draft_orders import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

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
AppliedDiscountDiscountType: TypeAlias = Literal["GLOBAL", "SPECIFIC_ITEMS", "SHIPPING"]
AttributionSource: TypeAlias = Literal["UNSPECIFIED", "FACEBOOK_ADS"]
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
DiscountReason: TypeAlias = Literal["UNSPECIFIED", "EXCHANGED_ITEMS", "BILLING_ADJUSTMENT"]
DiscountType: TypeAlias = Literal["GLOBAL", "SPECIFIC_ITEMS", "SHIPPING"]
EditingStatus: TypeAlias = Literal["DRAFT", "COMMITTED"]
FulfillmentStatus: TypeAlias = Literal["NOT_FULFILLED", "FULFILLED", "PARTIALLY_FULFILLED"]
ItemTypePreset: TypeAlias = Literal["UNRECOGNISED", "PHYSICAL", "DIGITAL", "GIFT_CARD", "SERVICE"]
JurisdictionType: TypeAlias = Literal["UNDEFINED", "COUNTRY", "STATE", "COUNTY", "CITY", "SPECIAL"]
LineItemQuantityChangeType: TypeAlias = Literal["QUANTITY_INCREASED", "QUANTITY_DECREASED"]
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
NonDraftableReason: TypeAlias = Literal[
    "PARTIALLY_OR_FULLY_REFUNDED",
    "UNSUPPORTED_CHANNEL_TYPE",
    "ORDER_STATUS_IS_NOT_SUPPORTED",
    "ORDER_AND_SITE_CURRENCIES_ARE_INCONSISTENT",
    "ORDER_AND_SITE_WEIGHT_UNITS_ARE_INCONSISTENT",
    "ORDER_NOT_FOUND",
    "SUBSCRIPTION_LINE_ITEM_EXISTS",
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
PaymentOptionType: TypeAlias = Literal[
    "FULL_PAYMENT_ONLINE",
    "FULL_PAYMENT_OFFLINE",
    "MEMBERSHIP",
    "DEPOSIT_ONLINE",
    "MEMBERSHIP_OFFLINE",
    "MEMBERSHIP_ONLINE_WITH_OFFLINE_REMAINDER",
]
PaymentStatus: TypeAlias = Literal[
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
PickupDetailsPickupMethod: TypeAlias = Literal["STORE_PICKUP", "PICKUP_POINT"]
PickupMethod: TypeAlias = Literal["STORE_PICKUP", "PICKUP_POINT"]
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
SortOrder: TypeAlias = Literal["ASC", "DESC"]
SourceType: TypeAlias = Literal["ORIGINAL_ORDER", "AUTOMATIC", "CUSTOM"]
SubscriptionFrequency: TypeAlias = Literal["UNDEFINED", "DAY", "WEEK", "MONTH", "YEAR"]
TaxableAddressType: TypeAlias = Literal["BUSINESS", "BILLING", "SHIPPING"]
V1OrderStatus: TypeAlias = Literal["INITIALIZED", "APPROVED", "CANCELED", "PENDING", "REJECTED"]
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


class AddLineItemsToDraftOrderOptions(TypedDict, total=False):
    """What ``addLineItemsToDraftOrder`` reads from ``options``."""

    catalogLineItems: list[CatalogReferenceLineItem]
    customLineItems: list[CustomLineItem]


class AddLineItemsToDraftOrderRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    catalogLineItems: list[CatalogReferenceLineItem]
    customLineItems: list[CustomLineItem]


class AddLineItemsToDraftOrderResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


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


class AdditionalFeeDetails(TypedDict, total=False):
    additionalFee: AdditionalFee
    taxDetails: TaxDetails
    source: SourceType
    applied: bool


class AdditionalFeeOption(TypedDict, total=False):
    name: str
    price: Price
    taxDetails: TaxDetails
    applyToDraftOrder: bool | None
    code: str | None
    lineItemIds: list[str]


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


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class AppliedDiscountDiscountSourceOneOf(TypedDict, total=False):
    coupon: Coupon
    merchantDiscount: MerchantDiscount
    discountRule: DiscountRule


class AppliedDiscount(AppliedDiscountDiscountSourceOneOf, total=False):
    discountType: AppliedDiscountDiscountType
    lineItemIds: list[str]
    id: str | None
    lineItemDiscounts: list[LineItemDiscount]


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
    platformFees: Price
    totalMinusPlatformFees: Price
    cashRoundingAdjustment: CashRounding


class BillingChangedDetails(TypedDict, total=False):
    billingInfoBeforeChange: AddressWithContact


class BillingDetailsChangeTypeOneOf(TypedDict, total=False):
    added: bool
    changedDetails: BillingChangedDetails
    removed: bool


class BillingDetails(BillingDetailsChangeTypeOneOf, total=False):
    billingInfo: AddressWithContact


class BusinessLocationChangedDetails(TypedDict, total=False):
    businessLocationBeforeChange: Location


class BusinessLocationDetailsChangeTypeOneOf(TypedDict, total=False):
    added: bool
    changedDetails: BusinessLocationChangedDetails
    removed: bool


class BusinessLocationDetails(BusinessLocationDetailsChangeTypeOneOf, total=False):
    businessLocation: Location


class BuyerChangedDetails(TypedDict, total=False):
    buyerInfoBeforeChange: BuyerInfo


class BuyerDetailsChangeTypeOneOf(TypedDict, total=False):
    added: bool
    changedDetails: BuyerChangedDetails
    removed: bool


class BuyerDetails(BuyerDetailsChangeTypeOneOf, total=False):
    buyerInfo: BuyerInfo


class BuyerInfoIdOneOf(TypedDict, total=False):
    visitorId: str
    memberId: str


class BuyerInfo(BuyerInfoIdOneOf, total=False):
    contactId: str | None
    email: str | None


class CalculatedDraftOrder(TypedDict, total=False):
    draftOrder: DraftOrder
    shippingOptions: list[ShippingOption]
    calculationErrors: CalculationErrors


class CalculationErrorsShippingCalculationErrorOneOf(TypedDict, total=False):
    generalShippingCalculationError: Details
    carrierErrors: CarrierErrors


class CalculationErrors(CalculationErrorsShippingCalculationErrorOneOf, total=False):
    taxCalculationError: Details
    orderValidationErrors: list[ApplicationError]


class CarrierError(TypedDict, total=False):
    carrierId: str
    error: Details


class CarrierErrors(TypedDict, total=False):
    errors: list[CarrierError]


class CashRounding(TypedDict, total=False):
    amount: str
    formattedAmount: str


class CatalogReference(TypedDict, total=False):
    catalogItemId: str
    appId: str
    options: dict[str, Any] | None


class CatalogReferenceLineItem(TypedDict, total=False):
    catalogReference: CatalogReference
    quantity: int
    price: Price
    priceUndetermined: bool
    locations: list[LocationAndQuantity]
    id: str | None


class ChannelInfo(TypedDict, total=False):
    type: ChannelType
    externalOrderId: str | None
    externalOrderUrl: str | None


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


class CommitDraftOrderOptions(TypedDict, total=False):
    """What ``commitDraftOrder`` reads from ``options``."""

    commitSettings: DraftOrderCommitSettings
    reason: str | None


class CommitDraftOrderRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    commitSettings: DraftOrderCommitSettings
    reason: str | None


class CommitDraftOrderResponse(TypedDict, total=False):
    committedDraftOrder: DraftOrder
    orderAfterCommit: Order


class Coupon(TypedDict, total=False):
    id: str
    code: str
    name: str
    amount: Price


class CreateCustomAdditionalFeesOptions(TypedDict, total=False):
    """What ``createCustomAdditionalFees`` reads from ``options``."""

    customAdditionalFees: list[AdditionalFeeOption]


class CreateCustomAdditionalFeesRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    customAdditionalFees: list[AdditionalFeeOption]


class CreateCustomAdditionalFeesResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class CreateCustomDiscountsOptions(TypedDict, total=False):
    """What ``createCustomDiscounts`` reads from ``options``."""

    discounts: list[DiscountOption]


class CreateCustomDiscountsRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    discounts: list[DiscountOption]


class CreateCustomDiscountsResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class CreateDraftOrderOptions(TypedDict, total=False):
    """What ``createDraftOrder`` reads from ``options``."""

    orderId: str | None
    sourceOrderId: str
    draftOrder: DraftOrderInput


class CreateDraftOrderRequestSourceOneOf(TypedDict, total=False):
    sourceOrderId: str
    draftOrder: DraftOrderInput


class CreateDraftOrderRequest(CreateDraftOrderRequestSourceOneOf, total=False):
    orderId: str | None


class CreateDraftOrderResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder
    preexistingDraftOrder: bool | None


class CreateEmptyDraftOrderRequest(TypedDict, total=False):
    pass


class CreateEmptyDraftOrderResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class CreateOrderFromDraftOptions(TypedDict, total=False):
    """What ``createOrderFromDraft`` reads from ``options``."""

    createSettings: OrderCreateSettings
    reason: str | None
    channelInfo: ChannelInfo


class CreateOrderFromDraftRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    createSettings: OrderCreateSettings
    reason: str | None
    channelInfo: ChannelInfo


class CreateOrderFromDraftResponse(TypedDict, total=False):
    committedDraftOrder: DraftOrder
    createdOrder: Order


class CreatedByStringOneOf(TypedDict, total=False):
    userId: str
    appId: str


class CreatedBy(CreatedByStringOneOf, total=False):
    pass


class CreditCardDetails(TypedDict, total=False):
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


class CustomField(TypedDict, total=False):
    value: Any
    title: str
    translatedTitle: str | None


class CustomLineItem(TypedDict, total=False):
    id: str | None
    quantity: int
    catalogReference: CatalogReference
    productName: ProductName
    url: PageUrlV2
    price: Price
    lineItemPrice: Price
    fullPrice: Price
    priceBeforeDiscounts: Price
    descriptionLines: list[DescriptionLine]
    media: Image
    physicalProperties: PhysicalProperties
    itemType: ItemType
    priceDescription: PriceDescription
    deliveryProfileId: str | None
    locations: list[LocationAndQuantity]


class DecimalQuantityUnitOneOf(TypedDict, total=False):
    measurementUnit: MeasurementUnit
    otherUnit: str


class DecimalQuantity(DecimalQuantityUnitOneOf, total=False):
    value: str
    description: TranslatableString


class DeleteCustomAdditionalFeesRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    customAdditionalFees: Required[list[str]]


class DeleteCustomAdditionalFeesResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class DeleteCustomDiscountsRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    discountIds: Required[list[str]]


class DeleteCustomDiscountsResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class DeleteDraftOrderRequest(TypedDict, total=False):
    draftOrderId: Required[str]


class DeleteDraftOrderResponse(TypedDict, total=False):
    pass


class DeliveryLogistics(TypedDict, total=False):
    deliveryTime: str | None
    instructions: str | None
    pickupDetails: PickupDetails
    deliveryTimeSlot: DeliveryTimeSlot


DeliveryTimeSlot = TypedDict(
    "DeliveryTimeSlot",
    {
        "from": "str | None",
        "to": "str | None",
    },
    total=False,
)


class DepositDetailsDepositOneOf(TypedDict, total=False):
    amount: Price
    percentage: str | None


class DepositDetails(DepositDetailsDepositOneOf, total=False):
    priceSummary: PriceSummary


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


class DescriptionLinesOverride(TypedDict, total=False):
    pass


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


class DiscountDetails(TypedDict, total=False):
    discount: AppliedDiscount
    source: SourceType
    applied: bool


class DiscountOptionDiscountAmountOneOf(TypedDict, total=False):
    priceAmount: Price
    percentage: str | None


class DiscountOption(DiscountOptionDiscountAmountOneOf, total=False):
    discountType: DiscountType
    lineItemId: str | None
    amount: Price
    description: str | None
    applyToDraftOrder: bool | None
    lineItemDiscounts: list[LineItemDiscount]


class DiscountRule(TypedDict, total=False):
    id: str
    name: DiscountRuleName
    amount: Price


class DiscountRuleName(TypedDict, total=False):
    original: str
    translated: str | None


class DraftOrder(TypedDict, total=False):
    id: str | None
    orderId: str | None
    lineItems: list[ItemDetails]
    shippingInfo: ShippingDetails
    buyerInfo: BuyerInfo
    billingInfo: AddressWithContact
    additionalFees: list[AdditionalFeeDetails]
    discounts: list[DiscountDetails]
    createdDate: str | None
    updatedDate: str | None
    createdBy: CreatedBy
    status: EditingStatus
    weightUnit: WeightUnit
    currency: str | None
    priceSummary: PriceSummary
    taxSummary: TaxSummary
    balanceSummary: BalanceSummary
    commitSettings: DraftOrderCommitSettings
    memberId: str | None
    purchaseFlowId: str | None
    recipientInfo: RecipientInfoDetails
    taxInfo: OrderTaxInfo
    extendedFields: ExtendedFields
    buyerDetails: BuyerDetails
    billingDetails: BillingDetails
    businessLocationDetails: BusinessLocationDetails
    platformFeeSummary: PlatformFeeSummary


class DraftOrderChangesApplied(TypedDict, total=False):
    draftOrderId: str
    reason: str | None
    changes: list[OrderChange]


class DraftOrderCommitSettings(TypedDict, total=False):
    sendNotificationsToBuyer: bool | None
    sendNotificationsToBusiness: bool | None
    addActivitiesToOrder: bool | None
    sendNotificationsToCustomFulfillers: bool | None
    updateInventory: list[InventoryUpdate]


class DraftOrderInput(TypedDict, total=False):
    catalogLineItems: list[CatalogReferenceLineItem]
    customLineItems: list[CustomLineItem]
    discounts: list[DiscountOption]
    buyerInfo: BuyerInfo
    additionalFees: list[AdditionalFeeOption]
    recipientInfo: AddressWithContact
    shippingInfo: V1ShippingInformation
    billingInfo: AddressWithContact
    taxExempt: bool
    businessLocation: Location
    extendedFields: ExtendedFields


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class ExternalReceipt(TypedDict, total=False):
    receiptId: str | None
    displayNumber: str | None


class FieldViolation(TypedDict, total=False):
    field: str
    description: str
    violatedRule: RuleType
    ruleName: str | None
    data: dict[str, Any] | None


class FreeTrialPeriod(TypedDict, total=False):
    frequency: SubscriptionFrequency
    interval: int


class FullAddressContactDetails(TypedDict, total=False):
    firstName: str | None
    lastName: str | None
    phone: str | None
    company: str | None
    vatId: VatId


class GetDraftOrderRequest(TypedDict, total=False):
    draftOrderId: Required[str]


class GetDraftOrderResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class GetOrderDraftabilityStatusRequest(TypedDict, total=False):
    orderId: Required[str]


class GetOrderDraftabilityStatusResponse(TypedDict, total=False):
    orderId: str
    orderDraftable: bool
    nonDraftableReasons: list[NonDraftableReason]


class GiftCardPaymentRefund(TypedDict, total=False):
    giftCardPaymentId: str | None
    amount: Price


class IdAndApplied(TypedDict, total=False):
    id: str
    applied: bool


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class InventoryUpdate(TypedDict, total=False):
    lineItemId: str


class ItemChangedDetails(TypedDict, total=False):
    quantityBeforeChange: int | None
    priceBeforeChange: Price
    priceDescriptionBeforeChange: PriceDescription
    modifierGroupsBeforeChange: list[ModifierGroup]


class ItemDetailsChangeTypeOneOf(TypedDict, total=False):
    added: bool
    changedDetails: ItemChangedDetails
    removed: bool


class ItemDetails(ItemDetailsChangeTypeOneOf, total=False):
    lineItem: OrderLineItem


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


class LineItemChangeDetails(TypedDict, total=False):
    lineItemId: str
    newQuantity: int | None
    newPrice: str | None
    newPriceDescription: PriceDescription
    newProductName: ProductName
    newDescriptionLines: DescriptionLinesOverride
    newModifierGroups: ModifiersGroupsOverride


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


class ModifiersGroupsOverride(TypedDict, total=False):
    modifierGroups: list[ModifierGroup]


class Order(TypedDict, total=False):
    id: str | None
    number: str
    createdDate: str | None
    updatedDate: str | None
    lineItems: list[OrderLineItem]
    buyerInfo: BuyerInfo
    paymentStatus: PaymentStatus
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
    status: V1OrderStatus
    archived: bool | None
    taxSummary: TaxSummary
    taxInfo: OrderTaxInfo
    appliedDiscounts: list[AppliedDiscount]
    activities: list[Activity]
    attributionSource: AttributionSource
    createdBy: V1CreatedBy
    channelInfo: ChannelInfo
    seenByAHuman: bool | None
    checkoutId: str | None
    customFields: list[CustomField]
    balanceSummary: V1BalanceSummary
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


class OrderCreateSettingsEditableByOneOf(TypedDict, total=False):
    editableByEveryone: bool
    editableByOwnerApps: OwnerApps


class OrderCreateSettings(OrderCreateSettingsEditableByOneOf, total=False):
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


class OwnerApps(TypedDict, total=False):
    appIds: list[str]


class PageUrlV2(TypedDict, total=False):
    relativePath: str
    url: str | None


class PaymentCanceledPaymentDetailsOneOf(TypedDict, total=False):
    regular: RegularPayment


class PaymentCanceled(PaymentCanceledPaymentDetailsOneOf, total=False):
    paymentId: str


class PaymentDeclinedPaymentDetailsOneOf(TypedDict, total=False):
    regular: RegularPayment


class PaymentDeclined(PaymentDeclinedPaymentDetailsOneOf, total=False):
    paymentId: str


class PaymentPendingPaymentDetailsOneOf(TypedDict, total=False):
    regular: RegularPayment


class PaymentPending(PaymentPendingPaymentDetailsOneOf, total=False):
    paymentId: str


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
    address: Address
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


class QueryDraftOrdersRequest(TypedDict, total=False):
    query: CursorQuery


class QueryDraftOrdersResponse(TypedDict, total=False):
    draftOrders: list[DraftOrder]
    pagingMetadata: CursorPagingMetadata


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


class RecipientInfoDetailsChangeTypeOneOf(TypedDict, total=False):
    added: bool
    changedDetails: RecipientInfoChangedDetails
    removed: bool


class RecipientInfoDetails(RecipientInfoDetailsChangeTypeOneOf, total=False):
    recipientInfo: AddressWithContact


class RefundInitiated(TypedDict, total=False):
    refundId: str
    amount: Price
    payments: list[RefundedPayment]
    reason: str | None


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


class RegularPaymentRefund(TypedDict, total=False):
    amount: Price
    lastFourDigits: str | None
    brand: str | None


class SavedPaymentMethod(TypedDict, total=False):
    name: str
    description: str | None


class SetAdditionalFeesRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    additionalFees: Required[list[IdAndApplied]]


class SetAdditionalFeesResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetBillingInfoOptions(TypedDict, total=False):
    """What ``setBillingInfo`` reads from ``options``."""

    billingInfo: AddressWithContact


class SetBillingInfoRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    billingInfo: AddressWithContact


class SetBillingInfoResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetBusinessLocationOptions(TypedDict, total=False):
    """What ``setBusinessLocation`` reads from ``options``."""

    businessLocation: Location


class SetBusinessLocationRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    businessLocation: Location


class SetBusinessLocationResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetBuyerInfoOptions(TypedDict, total=False):
    """What ``setBuyerInfo`` reads from ``options``."""

    buyerInfo: BuyerInfo


class SetBuyerInfoRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    buyerInfo: BuyerInfo


class SetBuyerInfoResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetDepositRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    depositDetails: DepositDetails


class SetDepositResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetDiscountsRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    discounts: Required[list[IdAndApplied]]


class SetDiscountsResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetRecipientInfoOptions(TypedDict, total=False):
    """What ``setRecipientInfo`` reads from ``options``."""

    recipientInfo: AddressWithContact


class SetRecipientInfoRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    recipientInfo: AddressWithContact


class SetRecipientInfoResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetShippingInfoOptions(TypedDict, total=False):
    """What ``setShippingInfo`` reads from ``options``."""

    shippingInfo: V1ShippingInformation


class SetShippingInfoRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    shippingInfo: V1ShippingInformation


class SetShippingInfoResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetTaxExemptionOptions(TypedDict, total=False):
    """What ``setTaxExemption`` reads from ``options``."""

    taxExempt: Required[bool | None]


class SetTaxExemptionRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    taxExempt: Required[bool | None]


class SetTaxExemptionResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class ShippingChangedDetails(TypedDict, total=False):
    shippingInfoBeforeChange: V1ShippingInformation


class ShippingDetailsChangeTypeOneOf(TypedDict, total=False):
    added: bool
    changedDetails: ShippingChangedDetails
    removed: bool


class ShippingDetails(ShippingDetailsChangeTypeOneOf, total=False):
    shippingInfo: V1ShippingInformation


class ShippingInformation(TypedDict, total=False):
    total: Price
    shippingTitle: str


class ShippingInformationChange(TypedDict, total=False):
    originalShippingInfo: ShippingInformation
    newShippingInfo: ShippingInformation


class ShippingOption(TypedDict, total=False):
    carrierId: str | None
    code: str
    title: str
    logistics: DeliveryLogistics
    cost: ShippingPrice


class ShippingPrice(TypedDict, total=False):
    price: Price
    currency: str


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


class SystemError(TypedDict, total=False):
    errorCode: str | None


class TagList(TypedDict, total=False):
    tagIds: list[str]


class Tags(TypedDict, total=False):
    privateTags: TagList
    tags: TagList


class TaxDetails(TypedDict, total=False):
    taxable: bool
    taxGroupId: str | None


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


class UpdateExtendedFieldsOptions(TypedDict, total=False):
    """What ``updateExtendedFields`` reads from ``options``."""

    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsRequest(TypedDict, total=False):
    id: Required[str]
    namespace: Required[str]
    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsResponse(TypedDict, total=False):
    draftOrder: DraftOrder


class UpdateLineItemsRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    lineItemChanges: Required[list[LineItemChangeDetails]]


class UpdateLineItemsResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class V1BalanceSummary(TypedDict, total=False):
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


class V1CreatedByStringOneOf(TypedDict, total=False):
    userId: str
    memberId: str
    visitorId: str
    appId: str


class V1CreatedBy(V1CreatedByStringOneOf, total=False):
    pass


class V1DeliveryLogisticsAddressOneOf(TypedDict, total=False):
    shippingDestination: AddressWithContact
    pickupDetails: V1PickupDetails


class V1DeliveryLogistics(V1DeliveryLogisticsAddressOneOf, total=False):
    deliveryTime: str | None
    instructions: str | None
    deliverByDate: str | None
    deliveryTimeSlot: V1DeliveryTimeSlot


V1DeliveryTimeSlot = TypedDict(
    "V1DeliveryTimeSlot",
    {
        "from": "str | None",
        "to": "str | None",
    },
    total=False,
)


class V1PickupDetails(TypedDict, total=False):
    address: PickupAddress
    pickupMethod: PickupDetailsPickupMethod


class V1ShippingInformation(TypedDict, total=False):
    carrierId: str | None
    code: str | None
    title: str
    logistics: V1DeliveryLogistics
    cost: V1ShippingPrice
    region: ShippingRegion


class V1ShippingPrice(TypedDict, total=False):
    price: Price
    totalPriceBeforeTax: Price
    totalPriceAfterTax: Price
    taxDetails: ItemTaxFullDetails
    taxInfo: LineItemTaxInfo
    discount: Price


class ValidationError(TypedDict, total=False):
    fieldViolations: list[FieldViolation]


class VatId(TypedDict, total=False):
    id: str
    type: VatType


class WixReceipt(TypedDict, total=False):
    receiptId: str
    displayNumber: str | None
