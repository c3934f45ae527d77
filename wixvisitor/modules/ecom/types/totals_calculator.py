# File generated from @wix/auto_sdk_ecom_totals-calculator 1.0.120
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.totals_calculator``.

From ``@wix/auto_sdk_ecom_totals-calculator``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.totals_calculator import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, TypeAlias, TypedDict

AdditionalFeeSource: TypeAlias = Literal[
    "UNKNOWN_ADDITIONAL_FEE_SOURCE", "SERVICE_PLUGIN", "ITEM", "MANUAL", "SHIPPING", "PLATFORM"
]
ChargeType: TypeAlias = Literal["HANDLING_FEE", "INSURANCE"]
DiscountType: TypeAlias = Literal["GLOBAL", "SPECIFIC_ITEMS", "SHIPPING"]
FallbackReason: TypeAlias = Literal["AUTO_TAX_FAILED", "AUTO_TAX_DEACTIVATED"]
ItemTypePreset: TypeAlias = Literal["UNRECOGNISED", "PHYSICAL", "DIGITAL", "GIFT_CARD", "SERVICE"]
JurisdictionType: TypeAlias = Literal["UNDEFINED", "COUNTRY", "STATE", "COUNTY", "CITY", "SPECIAL"]
ManualCalculationReason: TypeAlias = Literal["GLOBAL_SETTING_TO_MANUAL", "REGION_SETTING_TO_MANUAL"]
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
SubscriptionFrequency: TypeAlias = Literal["UNDEFINED", "DAY", "WEEK", "MONTH", "YEAR"]
TaxableAddressType: TypeAlias = Literal["BUSINESS", "BILLING", "SHIPPING"]
WeightUnit: TypeAlias = Literal["UNSPECIFIED_WEIGHT_UNIT", "KG", "LB"]


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


class ApiV1AdditionalFee(TypedDict, total=False):
    code: str | None
    name: str
    price: str
    taxDetails: V1TaxDetails


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


class CalculateTotalsOptions(TypedDict, total=False):
    """What ``calculateTotals`` reads from ``options``."""

    calculationId: str | None
    lineItems: list[LineItem]
    selectedShippingOption: SelectedShippingOption
    couponId: str | None
    couponCode: str | None
    giftCardCode: str | None
    buyerEmail: str | None
    memberId: str | None
    selectedMemberships: SelectedMemberships
    buyerPhone: str | None
    purchaseFlowId: str | None
    externalReferences: list[ExternalReference]
    businessLocationId: str | None
    giftCardRedeemAmount: str | None
    extendedFields: ExtendedFields


class CalculateTotalsRequestCouponOneOf(TypedDict, total=False):
    couponId: str | None
    couponCode: str | None


class CalculateTotalsRequestGiftCardOneOf(TypedDict, total=False):
    giftCardCode: str | None


class CalculateTotalsRequest(
    CalculateTotalsRequestCouponOneOf, CalculateTotalsRequestGiftCardOneOf, total=False
):
    calculationId: str | None
    lineItems: list[LineItem]
    shippingAddress: Address
    billingAddress: Address
    selectedShippingOption: SelectedShippingOption
    buyerEmail: str | None
    memberId: str | None
    selectedMemberships: SelectedMemberships
    buyerPhone: str | None
    purchaseFlowId: str | None
    externalReferences: list[ExternalReference]
    businessLocationId: str | None
    giftCardRedeemAmount: str | None
    extendedFields: ExtendedFields


class CalculateTotalsResponse(TypedDict, total=False):
    calculatedLineItems: list[CalculatedLineItem]
    priceSummary: PriceSummary
    giftCard: GiftCard
    taxSummary: TaxSummary
    shippingInfo: ShippingInformation
    appliedDiscounts: list[AppliedDiscount]
    calculationErrors: CalculationErrors
    weightUnit: WeightUnit
    currency: str
    conversionCurrency: str
    taxIncludedInPrice: bool
    payNow: PriceSummary
    payLater: PriceSummary
    membershipOptions: MembershipOptions
    additionalFees: list[V1AdditionalFee]
    checkoutConversionRate: str | None
    payNowTotalAfterGiftCard: MultiCurrencyPrice
    totalAfterGiftCard: MultiCurrencyPrice
    payAfterFreeTrial: PriceSummary


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


class CatalogReference(TypedDict, total=False):
    catalogItemId: str
    appId: str
    options: dict[str, Any] | None


class Coupon(TypedDict, total=False):
    id: str
    code: str
    amount: MultiCurrencyPrice
    name: str


class DeliveryAllocation(TypedDict, total=False):
    deliveryCarrier: Carrier
    deliveryRegion: Region
    applicableLineItems: ApplicableLineItems


class DeliveryLogistics(TypedDict, total=False):
    deliveryTime: str | None
    instructions: str | None
    pickupDetails: PickupDetails


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


class GiftCard(TypedDict, total=False):
    id: str
    obfuscatedCode: str
    amount: MultiCurrencyPrice
    appId: str
    externalId: str | None
    requestedAmount: MultiCurrencyPrice


class InvalidMembership(TypedDict, total=False):
    membership: Membership
    reason: str


class ItemModifier(TypedDict, total=False):
    id: str
    quantity: int | None
    label: TranslatableString
    details: TranslatableString
    price: str | None


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
    id: str
    quantity: int | None
    catalogReference: CatalogReference
    productName: str | None
    price: str
    physicalProperties: PhysicalProperties
    subscriptionSettings: SubscriptionSettings
    paymentOption: PaymentOptionType
    serviceProperties: ServiceProperties
    rootCatalogItemId: str | None
    depositAmount: str | None
    fullPrice: str | None
    deliveryProfileId: str | None
    itemType: ItemType
    taxableAddress: TaxableAddress
    additionalFees: list[ApiV1AdditionalFee]
    modifierGroups: list[ModifierGroup]


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
    selectedMemberships: list[SelectedMembership]


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


class OtherCharge(TypedDict, total=False):
    type: ChargeType
    price: MultiCurrencyPrice
    details: str | None


class PhysicalProperties(TypedDict, total=False):
    weight: float | None
    sku: str | None
    shippable: bool


class PickupDetails(TypedDict, total=False):
    address: Address
    businessLocation: bool
    pickupMethod: PickupMethod


class PriceSummary(TypedDict, total=False):
    subtotal: MultiCurrencyPrice
    shipping: MultiCurrencyPrice
    tax: MultiCurrencyPrice
    discount: MultiCurrencyPrice
    total: MultiCurrencyPrice
    additionalFees: MultiCurrencyPrice


class Region(TypedDict, total=False):
    id: str | None
    name: str | None


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


class SubscriptionSettings(TypedDict, total=False):
    frequency: SubscriptionFrequency


class SystemError(TypedDict, total=False):
    errorCode: str | None


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


class TranslatableString(TypedDict, total=False):
    original: str
    translated: str | None


class V1AdditionalFee(TypedDict, total=False):
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


class V1TaxDetails(TypedDict, total=False):
    taxable: bool
    taxGroupId: str | None


class ValidationError(TypedDict, total=False):
    fieldViolations: list[FieldViolation]
