# File generated from @wix/auto_sdk_ecom_cart 1.0.180 by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.cart``.

From ``@wix/auto_sdk_ecom_cart``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.cart import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

AdditionalFeeSource: TypeAlias = Literal[
    "UNKNOWN_ADDITIONAL_FEE_SOURCE", "SERVICE_PLUGIN", "ITEM", "MANUAL", "SHIPPING", "PLATFORM"
]
AppliedDiscountDiscountType: TypeAlias = Literal["GLOBAL", "SPECIFIC_ITEMS", "SHIPPING"]
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


class AddToCartOptions(TypedDict, total=False):
    """What ``addToCart`` reads from ``options``."""

    lineItems: list[LineItem]
    customLineItems: list[CustomLineItem]
    businessLocationId: str | None


class AddToCartRequest(TypedDict, total=False):
    id: Required[str]
    lineItems: list[LineItem]
    customLineItems: list[CustomLineItem]
    businessLocationId: str | None


class AddToCartResponse(TypedDict, total=False):
    cart: Cart


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
    coupon: V1Coupon
    merchantDiscount: V1MerchantDiscount
    discountRule: V1DiscountRule


class AppliedDiscount(AppliedDiscountDiscountSourceOneOf, total=False):
    discountType: AppliedDiscountDiscountType
    lineItemIds: list[str]


class AutoTaxFallbackCalculationDetails(TypedDict, total=False):
    fallbackReason: FallbackReason
    error: ApplicationError


class BuyerInfoIdOneOf(TypedDict, total=False):
    visitorId: str
    memberId: str
    userId: str


class BuyerInfo(BuyerInfoIdOneOf, total=False):
    contactId: str | None
    email: str | None


class CalculatedLineItem(TypedDict, total=False):
    lineItemId: str
    pricesBreakdown: LineItemPricesData
    paymentOption: PaymentOptionType
    taxableAddress: TaxableAddress


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


class Cart(TypedDict, total=False):
    id: str | None
    lineItems: list[LineItem]
    buyerNote: str | None
    buyerInfo: BuyerInfo
    currency: str
    conversionCurrency: str
    buyerLanguage: str | None
    siteLanguage: str | None
    taxIncludedInPrices: bool | None
    weightUnit: WeightUnit
    checkoutId: str | None
    appliedDiscounts: list[CartDiscount]
    createdDate: str | None
    updatedDate: str | None
    contactInfo: AddressWithContact
    overrideCheckoutUrl: str | None
    purchaseFlowId: str | None
    selectedShippingOption: SelectedShippingOption
    extendedFields: ExtendedFields
    businessLocationId: str | None
    paymentCurrency: str
    revision: str | None


class CartDiscountDiscountSourceOneOf(TypedDict, total=False):
    coupon: Coupon
    merchantDiscount: MerchantDiscount


class CartDiscount(CartDiscountDiscountSourceOneOf, total=False):
    pass


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


class CreateCartOptions(TypedDict, total=False):
    """What ``createCart`` reads from ``options``."""

    cartInfo: Cart
    couponCode: str | None
    lineItems: list[LineItem]
    customLineItems: list[CustomLineItem]


class CreateCartRequest(TypedDict, total=False):
    cartInfo: Cart
    couponCode: str | None
    lineItems: list[LineItem]
    customLineItems: list[CustomLineItem]


class CreateCartResponse(TypedDict, total=False):
    cart: Cart


class CreateCheckoutOptions(TypedDict, total=False):
    """What ``createCheckout`` reads from ``options``."""

    channelType: ChannelType
    selectedShippingOption: SelectedShippingOption
    email: str | None


class CreateCheckoutRequest(TypedDict, total=False):
    id: Required[str]
    channelType: ChannelType
    shippingAddress: Address
    billingAddress: Address
    selectedShippingOption: SelectedShippingOption
    email: str | None


class CreateCheckoutResponse(TypedDict, total=False):
    checkoutId: str


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


class DeleteCartRequest(TypedDict, total=False):
    id: Required[str]


class DeleteCartResponse(TypedDict, total=False):
    pass


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


class EstimateTotalsOptions(TypedDict, total=False):
    """What ``estimateTotals`` reads from ``options``."""

    selectedShippingOption: SelectedShippingOption
    selectedMemberships: SelectedMemberships
    calculateTax: bool | None
    calculateShipping: bool | None
    calculateAdditionalFees: bool | None


class EstimateTotalsRequest(TypedDict, total=False):
    id: Required[str]
    selectedShippingOption: SelectedShippingOption
    shippingAddress: Address
    billingAddress: Address
    selectedMemberships: SelectedMemberships
    calculateTax: bool | None
    calculateShipping: bool | None
    calculateAdditionalFees: bool | None


class EstimateTotalsResponse(TypedDict, total=False):
    cart: Cart
    calculatedLineItems: list[CalculatedLineItem]
    priceSummary: PriceSummary
    giftCard: GiftCard
    taxSummary: TaxSummary
    shippingInfo: ShippingInformation
    appliedDiscounts: list[AppliedDiscount]
    calculationErrors: CalculationErrors
    weightUnit: WeightUnit
    currency: str
    payNow: PriceSummary
    payLater: PriceSummary
    membershipOptions: MembershipOptions
    additionalFees: list[AdditionalFee]
    violations: list[Violation]


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


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


class GetCartByCheckoutIdRequest(TypedDict, total=False):
    id: Required[str]


class GetCartByCheckoutIdResponse(TypedDict, total=False):
    cart: Cart


class GetCartRequest(TypedDict, total=False):
    id: Required[str]


class GetCartResponse(TypedDict, total=False):
    cart: Cart


class GiftCard(TypedDict, total=False):
    id: str
    obfuscatedCode: str
    amount: MultiCurrencyPrice
    appId: str
    externalId: str | None
    requestedAmount: MultiCurrencyPrice


class HostSelectedMembership(TypedDict, total=False):
    id: str
    appId: str
    lineItemIds: list[str]


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
    fullPrice: MultiCurrencyPrice
    priceBeforeDiscounts: MultiCurrencyPrice
    lineItemPrice: MultiCurrencyPrice
    descriptionLines: list[DescriptionLine]
    image: CommonImage
    availability: ItemAvailabilityInfo
    physicalProperties: PhysicalProperties
    itemType: ItemType
    subscriptionOptionInfo: SubscriptionOptionInfo
    paymentOption: PaymentOptionType
    serviceProperties: ServiceProperties
    rootCatalogItemId: str | None
    priceDescription: PriceDescription
    depositAmount: MultiCurrencyPrice
    selectedMembership: SelectedMembership
    deliveryProfileId: str | None
    taxGroupId: str | None
    customLineItem: bool
    consentRequiredPaymentPolicy: str | None
    priceUndetermined: bool
    fixedQuantity: bool
    catalogOverrideFields: CatalogOverrideFields
    savePaymentMethod: bool
    taxableAddress: TaxableAddress
    extendedFields: ExtendedFields
    policies: list[Policy]
    membersOnly: bool
    modifierGroups: list[ModifierGroup]
    modifiersTotalPrice: MultiCurrencyPrice


class LineItemPricesData(TypedDict, total=False):
    totalPriceAfterTax: MultiCurrencyPrice
    totalPriceBeforeTax: MultiCurrencyPrice
    taxDetails: ItemTaxFullDetails
    totalDiscount: MultiCurrencyPrice
    price: MultiCurrencyPrice
    priceBeforeDiscounts: MultiCurrencyPrice
    lineItemPrice: MultiCurrencyPrice
    fullPrice: MultiCurrencyPrice
    modifiers: MultiCurrencyPrice
    depositAmount: MultiCurrencyPrice


class LineItemQuantityUpdate(TypedDict, total=False):
    id: str
    quantity: int


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
    selectedMemberships: list[HostSelectedMembership]


class MembershipPaymentCredits(TypedDict, total=False):
    total: int
    remaining: int


class MerchantDiscount(TypedDict, total=False):
    amount: MultiCurrencyPrice


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


class Region(TypedDict, total=False):
    id: str | None
    name: str | None


class RemoveBusinessLocationRequest(TypedDict, total=False):
    id: Required[str]


class RemoveBusinessLocationResponse(TypedDict, total=False):
    cart: Cart


class RemoveCouponRequest(TypedDict, total=False):
    id: Required[str]


class RemoveCouponResponse(TypedDict, total=False):
    cart: Cart


class RemoveLineItemsRequest(TypedDict, total=False):
    id: Required[str]
    lineItemIds: Required[list[str]]


class RemoveLineItemsResponse(TypedDict, total=False):
    cart: Cart


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


class SelectedMemberships(TypedDict, total=False):
    memberships: list[HostSelectedMembership]


class SelectedShippingOption(TypedDict, total=False):
    carrierId: str | None
    code: str


class ServiceProperties(TypedDict, total=False):
    scheduledDate: str | None
    numberOfParticipants: int | None


class ShippingInformation(TypedDict, total=False):
    region: ShippingRegion
    selectedCarrierServiceOption: SelectedCarrierServiceOption
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


class UpdateCartOptions(TypedDict, total=False):
    """What ``updateCart`` reads from ``options``."""

    cartInfo: Cart
    couponCode: str | None
    lineItems: list[LineItem]
    customLineItems: list[CustomLineItem]


class UpdateCartRequest(TypedDict, total=False):
    cartInfo: Cart
    couponCode: str | None
    lineItems: list[LineItem]
    customLineItems: list[CustomLineItem]


class UpdateCartResponse(TypedDict, total=False):
    cart: Cart


class UpdateLineItemsQuantityRequest(TypedDict, total=False):
    id: Required[str]
    lineItems: Required[list[LineItemQuantityUpdate]]


class UpdateLineItemsQuantityResponse(TypedDict, total=False):
    cart: Cart


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


class ValidationError(TypedDict, total=False):
    fieldViolations: list[FieldViolation]


class VatId(TypedDict, total=False):
    id: str
    type: VatType


class Violation(TypedDict, total=False):
    severity: Severity
    target: Target
    description: str | None
