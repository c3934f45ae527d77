# File generated from @wix/auto_sdk_ecom_cart-v-2 1.0.202
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.cart_v2``.

From ``@wix/auto_sdk_ecom_cart-v-2``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.cart_v2 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

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
DiscountScope: TypeAlias = Literal[
    "UNKNOWN_DISCOUNT_SCOPE", "CART_SUBTOTAL", "LINE_ITEM", "DELIVERY"
]
DiscountSourceType: TypeAlias = Literal["AUTOMATIC_RULE", "COUPON"]
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
ItemStatus: TypeAlias = Literal[
    "IN_STOCK", "PARTIALLY_IN_STOCK", "OUT_OF_STOCK", "REMOVED_FROM_CATALOG"
]
ItemTypePreset: TypeAlias = Literal["UNRECOGNISED", "PHYSICAL", "DIGITAL", "GIFT_CARD", "SERVICE"]
NameInLineItem: TypeAlias = Literal["LINE_ITEM_DEFAULT"]
NameInOther: TypeAlias = Literal["OTHER_DEFAULT"]
PaymentOptionType: TypeAlias = Literal[
    "FULL_PAYMENT_ONLINE",
    "FULL_PAYMENT_OFFLINE",
    "MEMBERSHIP",
    "DEPOSIT_ONLINE",
    "MEMBERSHIP_OFFLINE",
    "MEMBERSHIP_ONLINE_WITH_OFFLINE_REMAINDER",
]
RedemptionType: TypeAlias = Literal["CREDITS", "SESSIONS"]
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
Severity: TypeAlias = Literal["WARNING", "ERROR"]
Source: TypeAlias = Literal[
    "UNKNOWN_ADDITIONAL_FEE_SOURCE", "SERVICE_PLUGIN", "LINE_ITEM", "DELIVERY", "PLATFORM"
]
SubscriptionFrequency: TypeAlias = Literal["UNDEFINED", "DAY", "WEEK", "MONTH", "YEAR"]
TaxableAddressType: TypeAlias = Literal["BUSINESS", "BILLING", "SHIPPING"]
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


class AddCouponRequest(TypedDict, total=False):
    cartId: Required[str]
    coupon: Required[CouponInput]


class AddCouponResponse(TypedDict, total=False):
    cart: Cart


class AddGiftCardRequest(TypedDict, total=False):
    cartId: Required[str]
    giftCard: Required[GiftCardInput]


class AddGiftCardResponse(TypedDict, total=False):
    cart: Cart


class AddLineItemsOptions(TypedDict, total=False):
    """What ``addLineItems`` reads from ``options``."""

    catalogItems: list[CatalogItemInput]
    customItems: list[CustomItemInput]


class AddLineItemsRequest(TypedDict, total=False):
    cartId: Required[str]
    catalogItems: list[CatalogItemInput]
    customItems: list[CustomItemInput]


class AddLineItemsResponse(TypedDict, total=False):
    cart: Cart


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


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class BusinessInfo(TypedDict, total=False):
    locationId: str | None
    languageCode: str
    currencyCode: str


class CalculateCartOptions(TypedDict, total=False):
    """What ``calculateCart`` reads from ``options``."""

    refreshCart: bool


class CalculateCartRequest(TypedDict, total=False):
    cartId: Required[str]
    refreshCart: bool


class CalculateCartResponse(TypedDict, total=False):
    cart: Cart
    summary: CartSummary


class Cart(TypedDict, total=False):
    id: str
    createdDate: str | None
    updatedDate: str | None
    revision: str
    lineItems: list[V2LineItem]
    subtotal: ConvertedMoney
    note: str | None
    coupons: list[V2Coupon]
    source: CartSource
    businessInfo: BusinessInfo
    customerInfo: CustomerInfo
    deliveryInfo: DeliveryInfo
    taxInfo: TaxInfo
    paymentInfo: PaymentInfo
    orderPlaced: bool
    orderId: str | None
    purchaseFlowId: str | None
    settings: CartSettings
    customCheckoutUrl: str | None
    extendedFields: ExtendedFields
    currentCart: bool
    demo: bool


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


class CartSummary(TypedDict, total=False):
    cartId: str
    cartRevision: str
    calculationId: str
    lineItems: list[LineItemSummary]
    discounts: list[Discount]
    deliverySummary: DeliverySummary
    additionalFees: list[V2AdditionalFee]
    taxSummary: V2TaxSummary
    priceSummary: V2PriceSummary
    paymentSummary: PaymentSummary
    priceVerificationToken: str | None
    calculationErrors: V2CalculationErrors
    spiViolations: list[Violation]
    violations: list[V2Violation]


class CatalogItemInput(TypedDict, total=False):
    catalogReference: CatalogReference
    quantity: int
    selectedMembership: V2SelectedMembership
    catalogOverrideFields: CatalogOverrideFields
    extendedFields: ExtendedFields
    inventoryAppId: str | None
    membershipPayment: MembershipInput


class CatalogOverrideFields(TypedDict, total=False):
    name: TranslatableString
    salePrice: str | None
    fullPrice: str | None
    descriptionLines: list[DescriptionLine]
    physicalProperties: PhysicalProperties
    image: Image
    paymentOption: PaymentOption
    depositAmount: str | None
    savePaymentMethod: bool | None
    inventoryAppId: str | None


class CatalogReference(TypedDict, total=False):
    catalogItemId: str
    appId: str
    options: dict[str, Any] | None


class Charge(TypedDict, total=False):
    cycleFrom: int
    cycleCount: int | None
    cycleBillingDate: str | None


class Color(TypedDict, total=False):
    original: str
    translated: str | None
    code: str | None


class ConvertedMoney(TypedDict, total=False):
    amount: str
    convertedAmount: str


class CouponInput(TypedDict, total=False):
    code: str


class CreateCartOptions(TypedDict, total=False):
    """What ``createCart`` reads from ``options``."""

    cart: Cart
    catalogItems: list[CatalogItemInput]
    customItems: list[CustomItemInput]
    coupons: list[CouponInput]
    deliveryMethod: DeliveryMethodInput
    giftCards: list[GiftCardInput]


class CreateCartRequest(TypedDict, total=False):
    cart: Cart
    catalogItems: list[CatalogItemInput]
    customItems: list[CustomItemInput]
    coupons: list[CouponInput]
    deliveryMethod: DeliveryMethodInput
    giftCards: list[GiftCardInput]


class CreateCartResponse(TypedDict, total=False):
    cart: Cart


class CreatedByIdOneOf(TypedDict, total=False):
    visitorId: str
    memberId: str
    userId: str
    appId: str


class CreatedBy(CreatedByIdOneOf, total=False):
    pass


class CustomContentReference(TypedDict, total=False):
    appId: str
    componentId: str


class CustomItemAttributes(TypedDict, total=False):
    descriptionLines: list[DescriptionLine]
    image: Image
    url: PageUrlV2
    itemType: ItemType
    physicalProperties: PhysicalProperties
    serviceProperties: ServiceProperties
    membersOnly: bool


class CustomItemDeliveryConfig(TypedDict, total=False):
    deliveryProfileId: str | None


class CustomItemInput(TypedDict, total=False):
    name: TranslatableString
    quantityInfo: CustomItemQuantityInfo
    pricing: CustomItemPricingInfo
    source: CustomItemSource
    attributes: CustomItemAttributes
    deliveryConfig: CustomItemDeliveryConfig
    taxConfig: CustomItemTaxConfig
    paymentConfig: CustomItemPaymentConfig
    modifierGroups: list[ModifierGroup]


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


class CustomValidationErrorData(TypedDict, total=False):
    target: Target


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


class DeleteCartRequest(TypedDict, total=False):
    cartId: Required[str]


class DeleteCartResponse(TypedDict, total=False):
    pass


class DeliveryInfo(TypedDict, total=False):
    address: Address
    method: DeliveryMethod
    weightUnit: WeightUnit


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


class Discount(TypedDict, total=False):
    name: TranslatableString
    source: DiscountSource
    scope: DiscountScope
    subscriptionCycles: int | None
    total: ConvertedMoney
    lineItemDiscounts: list[V2LineItemDiscount]


class DiscountSource(TypedDict, total=False):
    sourceType: DiscountSourceType
    couponCode: str | None


class EstimateCartOptions(TypedDict, total=False):
    """What ``estimateCart`` reads from ``options``."""

    refreshCart: bool
    validationConfig: ValidationsConfig
    calculateDelivery: bool
    calculateAdditionalFees: bool
    calculateTax: bool
    calculateGiftCards: bool


class EstimateCartRequest(TypedDict, total=False):
    cartId: Required[str]
    refreshCart: bool
    validationConfig: ValidationsConfig
    calculateDelivery: bool
    calculateAdditionalFees: bool
    calculateTax: bool
    calculateGiftCards: bool


class EstimateCartResponse(TypedDict, total=False):
    cart: Cart
    summary: CartSummary


class ExistingMembershipInput(TypedDict, total=False):
    appId: str
    membershipId: str


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


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


class FutureMembershipInput(TypedDict, total=False):
    lineItemId: str
    benefitId: str


class GetCartRequest(TypedDict, total=False):
    cartId: Required[str]


class GetCartResponse(TypedDict, total=False):
    cart: Cart


class GetCheckoutURLRequest(TypedDict, total=False):
    cartId: Required[str]
    currencyCode: str | None


class GetCheckoutURLResponse(TypedDict, total=False):
    checkoutUrl: str


class GetCheckoutUrlOptions(TypedDict, total=False):
    """What ``getCheckoutUrl`` reads from ``options``."""

    currencyCode: str | None


class GetUpsellOptionsRequest(TypedDict, total=False):
    cartId: Required[str]


class GetUpsellOptionsResponse(TypedDict, total=False):
    itemsUpsells: list[ItemUpsells]


class GiftCardInput(TypedDict, total=False):
    code: str
    redeemAmount: ConvertedMoney


class GiftCardSummary(TypedDict, total=False):
    giftCardId: str
    redeemAmount: ConvertedMoney


class HandleAsyncCheckoutCompletionRequest(TypedDict, total=False):
    token: Required[str]


class HeadersEntry(TypedDict, total=False):
    key: str
    value: str


class Image(TypedDict, total=False):
    id: str
    url: str | None
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


class InvalidMembershipStatusErrorData(TypedDict, total=False):
    membershipId: str | None
    reason: InvalidMembershipReason


class ItemAttributes(TypedDict, total=False):
    descriptionLines: list[DescriptionLine]
    image: Image
    url: PageUrlV2
    policies: list[Policy]
    itemType: ItemType
    physicalProperties: PhysicalProperties
    subscriptionInfo: SubscriptionOptionInfo
    serviceProperties: ServiceProperties
    membersOnly: bool


class ItemDeliveryConfig(TypedDict, total=False):
    deliveryProfileId: str | None
    fulfillerId: str | None


class ItemDiscount(TypedDict, total=False):
    name: TranslatableString
    amountOff: ConvertedMoney
    source: DiscountSource


class ItemModifier(TypedDict, total=False):
    id: str
    quantity: int | None
    label: TranslatableString
    details: TranslatableString
    price: ConvertedMoney


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


class ItemSource(TypedDict, total=False):
    catalogReference: CatalogReference
    catalogOverrideFields: CatalogOverrideFields
    rootCatalogItemId: str | None
    inventoryAppId: str | None


class ItemTaxConfig(TypedDict, total=False):
    taxableAddress: TaxableAddress
    taxGroupId: str | None


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


class LineItemSummary(TypedDict, total=False):
    lineItemId: str
    quantity: int
    unitPrice: ConvertedMoney
    totalPrice: ConvertedMoney


class LineItemTax(TypedDict, total=False):
    lineItemId: str
    tax: ConvertedMoney
    rate: str | None


class LineItemUpdate(TypedDict, total=False):
    lineItemId: str
    quantity: QuantityUpdate
    selectedMembership: SelectedMembershipUpdate
    membershipPayment: MembershipInput


class LineItemsOutOfStockErrorData(TypedDict, total=False):
    lineItemIds: list[str]
    allLineItemsOutOfStock: bool


class MarkCartAsCompletedOptions(TypedDict, total=False):
    """What ``markCartAsCompleted`` reads from ``options``."""

    orderId: str | None


class MarkCartAsCompletedRequest(TypedDict, total=False):
    cartId: Required[str]
    orderId: str | None


class MarkCartAsCompletedResponse(TypedDict, total=False):
    cart: Cart


class MembersOnlyItemErrorData(TypedDict, total=False):
    lineItemIds: list[str]


class MembershipInputMembershipOneOf(TypedDict, total=False):
    existingMembership: ExistingMembershipInput
    futureMembership: FutureMembershipInput


class MembershipInput(MembershipInputMembershipOneOf, total=False):
    pass


class MembershipSummaryMembershipIdentifierOneOf(TypedDict, total=False):
    pass


class MembershipSummary(MembershipSummaryMembershipIdentifierOneOf, total=False):
    id: str
    appId: str
    lineItemIds: list[str]


class MinLineItemQuantityNotReachedDetails(TypedDict, total=False):
    requiredMinimumQuantity: int


class MinSubtotalNotReachedDetails(TypedDict, total=False):
    requiredMinimumSubtotal: ConvertedMoney
    originalDescription: str | None


class ModifierGroup(TypedDict, total=False):
    id: str
    name: TranslatableString
    modifiers: list[ItemModifier]


class Other(TypedDict, total=False):
    name: NameInOther


class PageUrlV2(TypedDict, total=False):
    relativePath: str
    url: str | None


class PaymentInfo(TypedDict, total=False):
    giftCards: list[V2GiftCard]
    currencyCode: str
    billingAddress: Address
    billingContact: FullAddressContactDetails


class PaymentOption(TypedDict, total=False):
    value: PaymentOptionType


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


class PlaceOrderOptions(TypedDict, total=False):
    """What ``placeOrder`` reads from ``options``."""

    priceVerificationToken: str | None
    savePaymentMethod: bool
    delayCapture: bool


class PlaceOrderRequest(TypedDict, total=False):
    cartId: Required[str]
    priceVerificationToken: str | None
    savePaymentMethod: bool
    delayCapture: bool


class PlaceOrderResponse(TypedDict, total=False):
    orderId: str
    paymentGatewayOrderId: str | None
    completed: bool


class PlainTextValue(TypedDict, total=False):
    original: str
    translated: str | None


class Policy(TypedDict, total=False):
    title: str | None
    content: str


class PriceDescription(TypedDict, total=False):
    original: str
    translated: str | None


class PriceDetails(TypedDict, total=False):
    price: str
    description: str | None


class QuantityUpdate(TypedDict, total=False):
    newQuantity: int


class RawHttpResponse(TypedDict, total=False):
    body: str
    statusCode: int | None
    headers: list[HeadersEntry]


class RefreshCartRequest(TypedDict, total=False):
    cartId: Required[str]


class RefreshCartResponse(TypedDict, total=False):
    cart: Cart


class RemoveCouponRequest(TypedDict, total=False):
    cartId: Required[str]
    couponId: Required[str]


class RemoveCouponResponse(TypedDict, total=False):
    cart: Cart


class RemoveDeliveryMethodRequest(TypedDict, total=False):
    cartId: Required[str]


class RemoveDeliveryMethodResponse(TypedDict, total=False):
    cart: Cart


class RemoveGiftCardRequest(TypedDict, total=False):
    cartId: Required[str]
    giftCardId: Required[str]


class RemoveGiftCardResponse(TypedDict, total=False):
    cart: Cart


class RemoveLineItemsRequest(TypedDict, total=False):
    cartId: Required[str]
    lineItemIds: Required[list[str]]


class RemoveLineItemsResponse(TypedDict, total=False):
    cart: Cart


class SelectedMembershipUpdate(TypedDict, total=False):
    newMembership: V2SelectedMembership


class ServiceProperties(TypedDict, total=False):
    scheduledDate: str | None
    numberOfParticipants: int | None


class SetDeliveryMethodRequest(TypedDict, total=False):
    cartId: Required[str]
    deliveryMethod: Required[DeliveryMethodInput]


class SetDeliveryMethodResponse(TypedDict, total=False):
    cart: Cart


class StreetAddress(TypedDict, total=False):
    number: str
    name: str


class SubscriptionCharges(TypedDict, total=False):
    lineItemIds: list[str]
    description: str | None
    charges: list[Charge]


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


class TargetTargetTypeOneOf(TypedDict, total=False):
    other: Other
    lineItem: LineItem


class Target(TargetTargetTypeOneOf, total=False):
    pass


class Tax(TypedDict, total=False):
    name: TranslatableString
    taxableAmount: ConvertedMoney
    exemptAmount: ConvertedMoney
    amount: ConvertedMoney


class TaxInfo(TypedDict, total=False):
    pricesIncludeTax: bool
    taxExemptGroupId: str | None


class TaxableAddressTaxableAddressDataOneOf(TypedDict, total=False):
    addressType: TaxableAddressType


class TaxableAddress(TaxableAddressTaxableAddressDataOneOf, total=False):
    pass


class Title(TypedDict, total=False):
    original: str
    translated: str | None


class TranslatableString(TypedDict, total=False):
    original: str
    translated: str | None


class UpdateCartRequest(TypedDict, total=False):
    cart: Required[Cart]


class UpdateCartResponse(TypedDict, total=False):
    cart: Cart


class UpdateFormSubmissionsOptions(TypedDict, total=False):
    """What ``updateFormSubmissions`` reads from ``options``."""

    formSubmissions: list[FormSubmission]


class UpdateFormSubmissionsRequest(TypedDict, total=False):
    cartId: Required[str]
    formSubmissions: list[FormSubmission]


class UpdateFormSubmissionsResponse(TypedDict, total=False):
    cart: Cart


class UpdateLineItemsOptions(TypedDict, total=False):
    """What ``updateLineItems`` reads from ``options``."""

    lineItems: list[LineItemUpdate]


class UpdateLineItemsRequest(TypedDict, total=False):
    cartId: Required[str]
    lineItems: list[LineItemUpdate]


class UpdateLineItemsResponse(TypedDict, total=False):
    cart: Cart


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


class V2LineItem(TypedDict, total=False):
    id: str
    name: TranslatableString
    quantityInfo: ItemQuantityInfo
    pricing: ItemPricingInfo
    source: ItemSource
    attributes: ItemAttributes
    deliveryConfig: ItemDeliveryConfig
    taxConfig: ItemTaxConfig
    paymentConfig: ItemPaymentConfig
    status: ItemStatus
    extendedFields: ExtendedFields
    modifierGroups: list[ModifierGroup]
    discounts: list[ItemDiscount]
    customLineItem: bool


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


class V2ViolationDataOneOf(TypedDict, total=False):
    customValidationData: CustomValidationErrorData
    invalidCouponStatusData: InvalidCouponStatusErrorData
    invalidCouponCodeData: InvalidCouponCodeErrorData
    invalidGiftCardCodeData: InvalidGiftCardCodeErrorData
    invalidGiftCardStatusData: InvalidGiftCardStatusErrorData
    lineItemsOutOfStockData: LineItemsOutOfStockErrorData
    membersOnlyItemData: MembersOnlyItemErrorData
    subtotalBelowOrderMinimumData: SubtotalBelowOrderMinimumErrorData
    invalidMembershipStatusData: InvalidMembershipStatusErrorData


class V2Violation(V2ViolationDataOneOf, total=False):
    scope: ViolationScope
    code: ViolationCode
    description: str | None
    severity: ViolationSeverity


class ValidationError(TypedDict, total=False):
    fieldViolations: list[FieldViolation]


class VatId(TypedDict, total=False):
    id: str
    type: VatType


class Violation(TypedDict, total=False):
    severity: Severity
    target: Target
    description: str | None
