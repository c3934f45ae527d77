# File generated from @wix/auto_sdk_ecom_checkout 1.0.174
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.checkout``.

From ``@wix/auto_sdk_ecom_checkout``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.checkout import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

AdditionalFeeSource: TypeAlias = Literal[
    "UNKNOWN_ADDITIONAL_FEE_SOURCE", "SERVICE_PLUGIN", "ITEM", "MANUAL", "SHIPPING", "PLATFORM"
]
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
ChargeType: TypeAlias = Literal["HANDLING_FEE", "INSURANCE"]
DiscountType: TypeAlias = Literal["GLOBAL", "SPECIFIC_ITEMS", "SHIPPING"]
FallbackReason: TypeAlias = Literal["AUTO_TAX_FAILED", "AUTO_TAX_DEACTIVATED"]
ItemAvailabilityStatus: TypeAlias = Literal[
    "AVAILABLE", "NOT_FOUND", "NOT_AVAILABLE", "PARTIALLY_AVAILABLE"
]
ItemTypePreset: TypeAlias = Literal["UNRECOGNISED", "PHYSICAL", "DIGITAL", "GIFT_CARD", "SERVICE"]
JurisdictionType: TypeAlias = Literal["UNDEFINED", "COUNTRY", "STATE", "COUNTY", "CITY", "SPECIAL"]
ManualCalculationReason: TypeAlias = Literal["GLOBAL_SETTING_TO_MANUAL", "REGION_SETTING_TO_MANUAL"]
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
PickupMethod: TypeAlias = Literal["STORE_PICKUP", "PICKUP_POINT"]
RateType: TypeAlias = Literal["NO_TAX_COLLECTED", "MANUAL_RATE", "AUTO_RATE", "FALLBACK_RATE"]
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
SubscriptionFrequency: TypeAlias = Literal["UNDEFINED", "DAY", "WEEK", "MONTH", "YEAR"]
TaxableAddressType: TypeAlias = Literal["BUSINESS", "BILLING", "SHIPPING"]
VatType: TypeAlias = Literal["UNSPECIFIED", "CPF", "CNPJ"]
WeightUnit: TypeAlias = Literal["UNSPECIFIED_WEIGHT_UNIT", "KG", "LB"]


class AddToCheckoutOptions(TypedDict, total=False):
    """What ``addToCheckout`` reads from ``options``."""

    lineItems: list[LineItem]
    customLineItems: list[CustomLineItem]


class AddToCheckoutRequest(TypedDict, total=False):
    id: Required[str]
    lineItems: list[LineItem]
    customLineItems: list[CustomLineItem]


class AddToCheckoutResponse(TypedDict, total=False):
    checkout: Checkout


class AdditionalFee(TypedDict, total=False):
    code: str | None
    name: str
    price: MultiCurrencyPrice
    taxDetails: ItemTaxFullDetails
    providerAppId: str | None
    priceBeforeTax: MultiCurrencyPrice
    priceAfterTax: MultiCurrencyPrice
    lineItemIds: list[str]
    source: AdditionalFeeSource
    translatedName: str | None
    taxableAddress: TaxableAddress


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


class AppliedDiscount(AppliedDiscountDiscountSourceOneOf, total=False):
    discountType: DiscountType
    lineItemIds: list[str]


class AutoTaxFallbackCalculationDetails(TypedDict, total=False):
    fallbackReason: FallbackReason
    error: ApplicationError


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


class CarrierServiceOption(TypedDict, total=False):
    carrierId: str
    shippingOptions: list[ShippingOption]


class CatalogOverrideFields(TypedDict, total=False):
    productName: ProductName
    price: str | None
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


class Checkout(TypedDict, total=False):
    id: str | None
    lineItems: list[LineItem]
    billingInfo: AddressWithContact
    shippingInfo: ShippingInfo
    buyerNote: str | None
    buyerInfo: BuyerInfo
    conversionCurrency: str
    priceSummary: PriceSummary
    calculationErrors: CalculationErrors
    giftCard: GiftCard
    appliedDiscounts: list[AppliedDiscount]
    customFields: list[CustomField]
    weightUnit: WeightUnit
    taxSummary: TaxSummary
    currency: str
    channelType: ChannelType
    siteLanguage: str
    buyerLanguage: str
    completed: bool
    taxIncludedInPrice: bool
    createdBy: CreatedBy
    createdDate: str | None
    updatedDate: str | None
    payNow: PriceSummary
    payLater: PriceSummary
    membershipOptions: MembershipOptions
    additionalFees: list[AdditionalFee]
    cartId: str | None
    violations: list[Violation]
    extendedFields: ExtendedFields
    purchaseFlowId: str | None
    customSettings: CustomSettings
    customContentReference: CustomContentReference
    externalReference: ExternalReference
    payAfterFreeTrial: PriceSummary
    businessLocationId: str | None
    paymentCurrency: str
    taxExemptGroupId: str | None


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


class Coupon(TypedDict, total=False):
    id: str
    code: str
    amount: MultiCurrencyPrice
    name: str


class CreateCheckoutOptions(TypedDict, total=False):
    """What ``createCheckout`` reads from ``options``."""

    checkoutInfo: Checkout
    couponCode: str | None
    lineItems: list[LineItem]
    customLineItems: list[CustomLineItem]
    channelType: ChannelType
    giftCardCode: str | None
    overrideCheckoutUrl: str | None
    giftCardRedeemAmount: str | None


class CreateCheckoutRequest(TypedDict, total=False):
    checkoutInfo: Checkout
    couponCode: str | None
    lineItems: list[LineItem]
    customLineItems: list[CustomLineItem]
    channelType: Required[ChannelType]
    giftCardCode: str | None
    overrideCheckoutUrl: str | None
    giftCardRedeemAmount: str | None


class CreateCheckoutResponse(TypedDict, total=False):
    checkout: Checkout


class CreateOrderAndChargeOptions(TypedDict, total=False):
    """What ``createOrderAndCharge`` reads from ``options``."""

    paymentToken: str | None
    savePaymentMethod: bool
    delayCapture: bool


class CreateOrderAndChargeRequest(TypedDict, total=False):
    id: Required[str]
    paymentToken: str | None
    savePaymentMethod: bool
    delayCapture: bool


class CreateOrderAndChargeResponseIdOneOf(TypedDict, total=False):
    orderId: str
    subscriptionId: str


class CreateOrderAndChargeResponse(CreateOrderAndChargeResponseIdOneOf, total=False):
    paymentResponseToken: str | None
    paymentGatewayOrderId: str | None


class CreateOrderOptions(TypedDict, total=False):
    """What ``createOrder`` reads from ``options``."""

    savePaymentMethod: bool
    delayCapture: bool


class CreateOrderRequest(TypedDict, total=False):
    id: Required[str]
    savePaymentMethod: bool
    delayCapture: bool


class CreateOrderResponseIdOneOf(TypedDict, total=False):
    orderId: str
    subscriptionId: str


class CreateOrderResponse(CreateOrderResponseIdOneOf, total=False):
    paymentGatewayOrderId: str | None


class CreatedByIdOneOf(TypedDict, total=False):
    userId: str
    memberId: str
    visitorId: str
    appId: str


class CreatedBy(CreatedByIdOneOf, total=False):
    pass


class CustomContentReference(TypedDict, total=False):
    appId: str
    componentId: str


class CustomField(TypedDict, total=False):
    value: Any
    title: str
    translatedTitle: str | None


class CustomLineItem(TypedDict, total=False):
    quantity: int
    price: str
    priceDescription: PriceDescription
    descriptionLines: list[DescriptionLine]
    media: Image
    id: str | None
    taxGroupId: str | None
    productName: ProductName
    url: PageUrlV2
    itemType: ItemType
    fullPrice: str | None
    quantityAvailable: int | None
    physicalProperties: PhysicalProperties
    paymentOption: PaymentOptionType
    serviceProperties: ServiceProperties
    rootCatalogItemId: str | None
    depositAmount: str | None
    deliveryProfileId: str | None
    catalogReference: CatalogReference
    priceUndetermined: bool
    fixedQuantity: bool
    consentRequiredPaymentPolicy: str | None
    savePaymentMethod: bool
    policies: list[Policy]
    membersOnly: bool
    taxableAddress: TaxableAddress
    modifierGroups: list[V1ModifierGroup]


class CustomSettings(TypedDict, total=False):
    lockGiftCard: bool
    lockCouponCode: bool
    disabledPolicyAgreementCheckbox: bool
    disabledManualPayment: bool


class DeliveryAllocation(TypedDict, total=False):
    deliveryCarrier: Carrier
    deliveryRegion: Region
    applicableLineItems: ApplicableLineItems


class DeliveryLogistics(TypedDict, total=False):
    deliveryTime: str | None
    instructions: str | None
    pickupDetails: PickupDetails


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


class DiscountRule(TypedDict, total=False):
    id: str
    name: DiscountRuleName
    amount: MultiCurrencyPrice


class DiscountRuleName(TypedDict, total=False):
    original: str
    translated: str | None


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


class FreeTrialPeriod(TypedDict, total=False):
    frequency: SubscriptionFrequency
    interval: int


class FullAddressContactDetails(TypedDict, total=False):
    firstName: str | None
    lastName: str | None
    phone: str | None
    company: str | None
    vatId: VatId


class GetCheckoutByCartIdRequest(TypedDict, total=False):
    id: Required[str]


class GetCheckoutByCartIdResponse(TypedDict, total=False):
    checkout: Checkout


class GetCheckoutRequest(TypedDict, total=False):
    id: Required[str]


class GetCheckoutResponse(TypedDict, total=False):
    checkout: Checkout


class GetCheckoutURLRequest(TypedDict, total=False):
    id: Required[str]


class GetCheckoutURLResponse(TypedDict, total=False):
    checkoutUrl: str


class GetWixCheckoutURLRequest(TypedDict, total=False):
    id: Required[str]


class GetWixCheckoutURLResponse(TypedDict, total=False):
    checkoutUrl: str


class GiftCard(TypedDict, total=False):
    id: str
    obfuscatedCode: str
    amount: MultiCurrencyPrice
    appId: str
    externalId: str | None
    requestedAmount: MultiCurrencyPrice


class HeadersEntry(TypedDict, total=False):
    key: str
    value: str


class Image(TypedDict, total=False):
    id: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class InvalidMembership(TypedDict, total=False):
    membership: Membership
    reason: str


class ItemAvailabilityInfo(TypedDict, total=False):
    status: ItemAvailabilityStatus
    quantityAvailable: int | None


class ItemModifier(TypedDict, total=False):
    id: str
    quantity: int | None
    label: TranslatableString
    details: TranslatableString
    price: MultiCurrencyPrice


class ItemTaxFullDetails(TypedDict, total=False):
    taxableAmount: MultiCurrencyPrice
    taxRate: str
    totalTax: MultiCurrencyPrice
    rateBreakdown: list[TaxRateBreakdown]
    taxBreakdown: list[TaxBreakdown]


class ItemTypeItemTypeDataOneOf(TypedDict, total=False):
    preset: ItemTypePreset
    custom: str


class ItemType(ItemTypeItemTypeDataOneOf, total=False):
    pass


class LineItem(TypedDict, total=False):
    id: str | None
    quantity: int
    catalogReference: CatalogReference
    productName: ProductName
    url: PageUrlV2
    price: MultiCurrencyPrice
    lineItemPrice: MultiCurrencyPrice
    fullPrice: MultiCurrencyPrice
    priceBeforeDiscounts: MultiCurrencyPrice
    totalPriceAfterTax: MultiCurrencyPrice
    totalPriceBeforeTax: MultiCurrencyPrice
    taxDetails: ItemTaxFullDetails
    discount: MultiCurrencyPrice
    descriptionLines: list[DescriptionLine]
    media: CommonImage
    availability: ItemAvailabilityInfo
    physicalProperties: PhysicalProperties
    itemType: ItemType
    subscriptionOptionInfo: SubscriptionOptionInfo
    paymentOption: PaymentOptionType
    serviceProperties: ServiceProperties
    rootCatalogItemId: str | None
    priceDescription: PriceDescription
    depositAmount: MultiCurrencyPrice
    deliveryProfileId: str | None
    customLineItem: bool
    consentRequiredPaymentPolicy: str | None
    catalogOverrideFields: CatalogOverrideFields
    priceUndetermined: bool
    fixedQuantity: bool
    savePaymentMethod: bool
    taxableAddress: TaxableAddress
    extendedFields: ExtendedFields
    policies: list[Policy]
    membersOnly: bool
    modifierGroups: list[ModifierGroup]
    modifiersTotalPrice: MultiCurrencyPrice


class LineItemQuantityUpdate(TypedDict, total=False):
    id: str
    quantity: int


class MarkCheckoutAsCompletedAndRedirectToUrlRequest(TypedDict, total=False):
    token: Required[str]


class MarkCheckoutAsCompletedRequest(TypedDict, total=False):
    id: Required[str]


class MarkCheckoutAsCompletedResponse(TypedDict, total=False):
    pass


class Membership(TypedDict, total=False):
    id: str
    appId: str
    name: MembershipName
    lineItemIds: list[str]
    credits: MembershipPaymentCredits
    expirationDate: str | None
    additionalData: dict[str, Any] | None


class MembershipName(TypedDict, total=False):
    original: str
    translated: str | None


class MembershipOptions(TypedDict, total=False):
    eligibleMemberships: list[Membership]
    invalidMemberships: list[InvalidMembership]
    selectedMemberships: SelectedMemberships


class MembershipPaymentCredits(TypedDict, total=False):
    total: int
    remaining: int


class MerchantDiscount(TypedDict, total=False):
    amount: MultiCurrencyPrice
    percentage: float | None


class ModifierGroup(TypedDict, total=False):
    id: str
    name: TranslatableString
    modifiers: list[ItemModifier]


class MultiCurrencyPrice(TypedDict, total=False):
    amount: str
    convertedAmount: str
    formattedAmount: str
    formattedConvertedAmount: str


class Other(TypedDict, total=False):
    name: NameInOther


class OtherCharge(TypedDict, total=False):
    type: ChargeType
    price: MultiCurrencyPrice
    details: str | None


class PageUrlV2(TypedDict, total=False):
    relativePath: str
    url: str | None


class PaymentOption(TypedDict, total=False):
    value: PaymentOptionType


class PhysicalProperties(TypedDict, total=False):
    weight: float | None
    sku: str | None
    shippable: bool


class PickupDetails(TypedDict, total=False):
    address: Address
    businessLocation: bool
    pickupMethod: PickupMethod


class PlainTextValue(TypedDict, total=False):
    original: str
    translated: str | None


class Policy(TypedDict, total=False):
    title: str | None
    content: str


class PriceDescription(TypedDict, total=False):
    original: str
    translated: str | None


class PriceSummary(TypedDict, total=False):
    subtotal: MultiCurrencyPrice
    shipping: MultiCurrencyPrice
    tax: MultiCurrencyPrice
    discount: MultiCurrencyPrice
    total: MultiCurrencyPrice
    additionalFees: MultiCurrencyPrice


class ProductName(TypedDict, total=False):
    original: str
    translated: str | None


class RawHttpResponse(TypedDict, total=False):
    body: str
    statusCode: int | None
    headers: list[HeadersEntry]


class Region(TypedDict, total=False):
    id: str | None
    name: str | None


class RemoveCouponRequest(TypedDict, total=False):
    id: Required[str]


class RemoveCouponResponse(TypedDict, total=False):
    checkout: Checkout


class RemoveGiftCardRequest(TypedDict, total=False):
    id: Required[str]


class RemoveGiftCardResponse(TypedDict, total=False):
    checkout: Checkout


class RemoveLineItemsRequest(TypedDict, total=False):
    id: Required[str]
    lineItemIds: Required[list[str]]


class RemoveLineItemsResponse(TypedDict, total=False):
    checkout: Checkout


class RemoveOverrideCheckoutUrlRequest(TypedDict, total=False):
    id: Required[str]


class RemoveOverrideCheckoutUrlResponse(TypedDict, total=False):
    checkout: Checkout


class SelectedCarrierServiceOption(TypedDict, total=False):
    code: str
    title: str
    logistics: DeliveryLogistics
    cost: SelectedCarrierServiceOptionPrices
    requestedShippingOption: bool
    otherCharges: list[SelectedCarrierServiceOptionOtherCharge]
    carrierId: str | None
    deliveryAllocations: list[DeliveryAllocation]
    partial: bool | None


class SelectedCarrierServiceOptionOtherCharge(TypedDict, total=False):
    type: ChargeType
    details: str | None
    cost: SelectedCarrierServiceOptionPrices


class SelectedCarrierServiceOptionPrices(TypedDict, total=False):
    totalPriceAfterTax: MultiCurrencyPrice
    totalPriceBeforeTax: MultiCurrencyPrice
    taxDetails: ItemTaxFullDetails
    totalDiscount: MultiCurrencyPrice
    price: MultiCurrencyPrice


class SelectedMembership(TypedDict, total=False):
    id: str
    appId: str
    lineItemIds: list[str]


class SelectedMemberships(TypedDict, total=False):
    memberships: list[SelectedMembership]


class ServiceProperties(TypedDict, total=False):
    scheduledDate: str | None
    numberOfParticipants: int | None


class ShippingInfo(TypedDict, total=False):
    shippingDestination: AddressWithContact
    selectedCarrierServiceOption: SelectedCarrierServiceOption
    region: ShippingRegion
    carrierServiceOptions: list[CarrierServiceOption]


class ShippingOption(TypedDict, total=False):
    code: str
    title: str
    logistics: DeliveryLogistics
    cost: ShippingPrice
    deliveryAllocations: list[DeliveryAllocation]
    partial: bool | None


class ShippingPrice(TypedDict, total=False):
    price: MultiCurrencyPrice
    otherCharges: list[OtherCharge]


class ShippingRegion(TypedDict, total=False):
    id: str
    name: str


class StreetAddress(TypedDict, total=False):
    number: str
    name: str


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


class SystemError(TypedDict, total=False):
    errorCode: str | None


class TargetTargetTypeOneOf(TypedDict, total=False):
    other: Other
    lineItem: TargetLineItem


class Target(TargetTargetTypeOneOf, total=False):
    pass


class TargetLineItem(TypedDict, total=False):
    name: NameInLineItem
    id: str | None


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


class TranslatableString(TypedDict, total=False):
    original: str
    translated: str | None


class UpdateCheckoutOptions(TypedDict, total=False):
    """What ``updateCheckout`` reads from ``options``."""

    couponCode: str | None
    giftCardCode: str | None
    overrideCheckoutUrl: str | None
    lineItems: list[LineItem]
    customLineItems: list[CustomLineItem]
    giftCardRedeemAmount: str | None


class UpdateCheckoutRequest(TypedDict, total=False):
    checkout: Required[Checkout]
    couponCode: str | None
    giftCardCode: str | None
    overrideCheckoutUrl: str | None
    lineItems: list[LineItem]
    customLineItems: list[CustomLineItem]
    giftCardRedeemAmount: str | None


class UpdateCheckoutResponse(TypedDict, total=False):
    checkout: Checkout


class UpdateLineItemsQuantityRequest(TypedDict, total=False):
    id: Required[str]
    lineItems: Required[list[LineItemQuantityUpdate]]


class UpdateLineItemsQuantityResponse(TypedDict, total=False):
    checkout: Checkout


class V1ItemModifier(TypedDict, total=False):
    id: str
    quantity: int | None
    label: TranslatableString
    details: TranslatableString
    price: str | None


class V1ModifierGroup(TypedDict, total=False):
    id: str
    name: TranslatableString
    modifiers: list[V1ItemModifier]


class ValidationError(TypedDict, total=False):
    fieldViolations: list[FieldViolation]


class VatId(TypedDict, total=False):
    id: str
    type: VatType


class Violation(TypedDict, total=False):
    severity: Severity
    target: Target
    description: str | None
