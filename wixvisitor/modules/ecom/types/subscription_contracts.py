# File generated from @wix/auto_sdk_ecom_subscription-contracts 1.0.133
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.subscription_contracts``.

From ``@wix/auto_sdk_ecom_subscription-contracts``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.subscription_contracts import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

ActivityType: TypeAlias = Literal["UNKNOWN_ACTIVITY_TYPE", "CHANGES_APPLIED"]
AdditionalFeeSource: TypeAlias = Literal["SERVICE_PLUGIN", "ITEM", "MANUAL", "SHIPPING", "PLATFORM"]
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
PaymentOptionType: TypeAlias = Literal[
    "FULL_PAYMENT_ONLINE",
    "FULL_PAYMENT_OFFLINE",
    "MEMBERSHIP",
    "DEPOSIT_ONLINE",
    "MEMBERSHIP_OFFLINE",
    "MEMBERSHIP_ONLINE_WITH_OFFLINE_REMAINDER",
]
PickupMethod: TypeAlias = Literal["STORE_PICKUP", "PICKUP_POINT"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
SubscriptionFrequency: TypeAlias = Literal["UNDEFINED", "DAY", "WEEK", "MONTH", "YEAR"]
TaxableAddressType: TypeAlias = Literal["BUSINESS", "BILLING", "SHIPPING"]
V2SubscriptionFrequency: TypeAlias = Literal["UNDEFINED", "DAY", "WEEK", "MONTH", "YEAR"]
VatType: TypeAlias = Literal["UNSPECIFIED", "CPF", "CNPJ"]
WeightUnit: TypeAlias = Literal["UNSPECIFIED_WEIGHT_UNIT", "KG", "LB"]


class ActivityAuthorValueOneOf(TypedDict, total=False):
    userId: str
    appId: str


class ActivityAuthor(ActivityAuthorValueOneOf, total=False):
    pass


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


class AppliedDiscountDiscountSourceOneOf(TypedDict, total=False):
    coupon: Coupon
    merchantDiscount: MerchantDiscount
    discountRule: DiscountRule


class AppliedDiscount(AppliedDiscountDiscountSourceOneOf, total=False):
    discountType: DiscountType
    lineItemIds: list[str]
    id: str | None
    lineItemDiscounts: list[LineItemDiscount]


class BuyerInfoIdOneOf(TypedDict, total=False):
    visitorId: str
    memberId: str


class BuyerInfo(BuyerInfoIdOneOf, total=False):
    contactId: str | None
    email: str | None


class CatalogReference(TypedDict, total=False):
    catalogItemId: str
    appId: str
    options: dict[str, Any] | None


class ChangesAppliedActivityTargetOneOf(TypedDict, total=False):
    contractTarget: ContractTarget


class ChangesAppliedActivity(ChangesAppliedActivityTargetOneOf, total=False):
    draftSubscriptionContractId: str
    changes: list[ContractChange]
    reason: str | None


class ChannelInfo(TypedDict, total=False):
    type: ChannelType
    externalOrderId: str | None
    externalOrderUrl: str | None


class Color(TypedDict, total=False):
    original: str
    translated: str | None
    code: str | None


class ContractChangeValueOneOf(TypedDict, total=False):
    lineItemChanged: LineItemChanges
    lineItemAdded: ManagedLineItem
    lineItemRemoved: ManagedLineItem
    discountAdded: ManagedDiscount
    discountRemoved: ManagedDiscount
    additionalFeeAdded: ManagedAdditionalFee
    additionalFeeRemoved: ManagedAdditionalFee
    totalPriceChanged: TotalPriceChange


class ContractChange(ContractChangeValueOneOf, total=False):
    pass


class ContractTarget(TypedDict, total=False):
    nextCycleNumber: int | None


class Coupon(TypedDict, total=False):
    id: str
    code: str
    name: str
    amount: Price


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


class DecimalQuantityUnitOneOf(TypedDict, total=False):
    measurementUnit: MeasurementUnit
    otherUnit: str


class DecimalQuantity(DecimalQuantityUnitOneOf, total=False):
    value: str
    description: TranslatableString


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


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class FreeTrialPeriod(TypedDict, total=False):
    frequency: V2SubscriptionFrequency
    interval: int


class FullAddressContactDetails(TypedDict, total=False):
    firstName: str | None
    lastName: str | None
    phone: str | None
    company: str | None
    vatId: VatId


class GetSubscriptionContractRequest(TypedDict, total=False):
    subscriptionContractId: Required[str]


class GetSubscriptionContractResponse(TypedDict, total=False):
    subscriptionContract: SubscriptionContract


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


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


class LineItemChanges(TypedDict, total=False):
    id: str
    name: ProductName
    quantity: LineItemQuantityChange


class LineItemDiscount(TypedDict, total=False):
    id: str
    totalDiscount: Price


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


class LocationAndQuantity(TypedDict, total=False):
    id: str
    appId: str | None
    quantity: int
    name: str | None


class ManagedAdditionalFee(TypedDict, total=False):
    id: str
    name: TranslatedValue
    totalAmount: Price


class ManagedDiscount(TypedDict, total=False):
    id: str
    name: TranslatedValue
    totalAmount: Price


class ManagedLineItem(TypedDict, total=False):
    id: str
    name: ProductName
    quantity: int


class MerchantDiscountMerchantDiscountReasonOneOf(TypedDict, total=False):
    discountReason: DiscountReason
    description: str | None


class MerchantDiscount(MerchantDiscountMerchantDiscountReasonOneOf, total=False):
    amount: Price


class ModifierGroup(TypedDict, total=False):
    id: str
    name: TranslatableString
    modifiers: list[ItemModifier]


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


class QuerySubscriptionContractsRequest(TypedDict, total=False):
    query: CursorQuery


class QuerySubscriptionContractsResponse(TypedDict, total=False):
    subscriptionContracts: list[SubscriptionContract]
    pagingMetadata: CursorPagingMetadata


class ShippingInformation(TypedDict, total=False):
    carrierId: str | None
    code: str | None
    title: str
    logistics: DeliveryLogistics
    cost: ShippingPrice
    region: ShippingRegion


class ShippingPrice(TypedDict, total=False):
    price: Price
    totalPriceBeforeTax: Price
    totalPriceAfterTax: Price
    taxDetails: ItemTaxFullDetails
    taxInfo: LineItemTaxInfo
    discount: Price


class ShippingRegion(TypedDict, total=False):
    name: str | None


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class StreetAddress(TypedDict, total=False):
    number: str
    name: str


class SubscriptionContract(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    description: str | None
    subscriptionSettings: V1SubscriptionSettings
    lineItems: list[OrderLineItem]
    buyerInfo: BuyerInfo
    buyerLanguage: str | None
    weightUnit: WeightUnit
    currency: str | None
    currencyConversionDetails: CurrencyConversionDetails
    taxIncludedInPrices: bool
    priceSummary: PriceSummary
    platformFeeSummary: PlatformFeeSummary
    billingInfo: AddressWithContact
    shippingInfo: ShippingInformation
    appliedDiscounts: list[AppliedDiscount]
    channelInfo: ChannelInfo
    customFields: list[CustomField]
    recipientInfo: AddressWithContact
    extendedFields: ExtendedFields
    title: str | None
    additionalFees: list[AdditionalFee]
    activities: list[SubscriptionContractActivity]


class SubscriptionContractActivityTargetOneOf(TypedDict, total=False):
    contractTarget: ContractTarget


class SubscriptionContractActivityContentOneOf(TypedDict, total=False):
    changesApplied: ChangesAppliedActivity


class SubscriptionContractActivity(
    SubscriptionContractActivityTargetOneOf, SubscriptionContractActivityContentOneOf, total=False
):
    id: str
    createdDate: str | None
    author: ActivityAuthor
    activityType: ActivityType


class SubscriptionInfo(TypedDict, total=False):
    id: str | None
    cycleNumber: int
    subscriptionOptionTitle: str
    subscriptionOptionDescription: str | None
    subscriptionSettings: SubscriptionSettings
    chargesDescription: str | None


class SubscriptionSettings(TypedDict, total=False):
    frequency: V2SubscriptionFrequency
    interval: int | None
    autoRenewal: bool
    billingCycles: int | None
    enableCustomerCancellation: bool
    freeTrialPeriod: FreeTrialPeriod


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


class V1FreeTrialPeriod(TypedDict, total=False):
    frequency: SubscriptionFrequency
    interval: int


class V1SubscriptionSettings(TypedDict, total=False):
    frequency: SubscriptionFrequency
    interval: int | None
    autoRenewal: bool
    billingCycles: int | None
    enableCustomerCancellation: bool
    freeTrialPeriod: V1FreeTrialPeriod


class VatId(TypedDict, total=False):
    id: str
    type: VatType
