# File generated from @wix/auto_sdk_ecom_draft-subscription-contracts 1.0.19
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.draft_subscription_contracts``.

From ``@wix/auto_sdk_ecom_draft-subscription-contracts``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.draft_subscription_contracts import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

AdditionalFeeSource: TypeAlias = Literal["SERVICE_PLUGIN", "ITEM", "MANUAL", "SHIPPING", "PLATFORM"]
ChangeType: TypeAlias = Literal["EMPTY", "ADDED", "CHANGED", "REMOVED"]
ChargeType: TypeAlias = Literal["PASS_ON", "ABSORBED"]
DiscountReason: TypeAlias = Literal["UNSPECIFIED", "EXCHANGED_ITEMS", "BILLING_ADJUSTMENT"]
DiscountType: TypeAlias = Literal["GLOBAL", "SPECIFIC_ITEMS", "SHIPPING"]
DraftStatus: TypeAlias = Literal["DRAFT", "COMMITTED"]
ItemTypePreset: TypeAlias = Literal["UNRECOGNISED", "PHYSICAL", "DIGITAL", "GIFT_CARD", "SERVICE"]
JurisdictionType: TypeAlias = Literal["UNDEFINED", "COUNTRY", "STATE", "COUNTY", "CITY", "SPECIAL"]
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
SourceType: TypeAlias = Literal["ORIGINAL_CONTRACT", "AUTOMATIC", "CUSTOM"]
SpecificItemsCouponBehavior: TypeAlias = Literal[
    "UNDEFINED_COUPON_BEHAVIOR",
    "ITEM_SUBTOTAL_INCLUDES_DISCOUNT",
    "LEGACY_ITEM_SUBTOTAL_DOES_NOT_INCLUDE_DISCOUNT",
]
SubscriptionFrequency: TypeAlias = Literal["UNDEFINED", "DAY", "WEEK", "MONTH", "YEAR"]
TaxableAddressType: TypeAlias = Literal["BUSINESS", "BILLING", "SHIPPING"]
V1Reason: TypeAlias = Literal[
    "SUBSCRIPTION_CONTRACT_NOT_FOUND",
    "UNSUPPORTED_CATALOG",
    "UNSUPPORTED_CHANNEL_TYPE",
    "CURRENCY_MISMATCH",
    "WEIGHT_UNIT_MISMATCH",
    "DRAFT_ALREADY_EXISTS_FOR_ANOTHER_OWNER",
    "LAST_CYCLE",
    "GRACE_PERIOD",
    "UNSUPPORTED_STATUS",
    "SUBSCRIPTION_NOT_EDITABLE",
    "MULTIPLE_CATALOGS",
]
VatType: TypeAlias = Literal["UNSPECIFIED", "CPF", "CNPJ"]
WeightUnit: TypeAlias = Literal["UNSPECIFIED_WEIGHT_UNIT", "KG", "LB"]


class AddLineItemsRequest(TypedDict, total=False):
    draftSubscriptionContractId: Required[str]
    catalogLineItems: list[CatalogReferenceLineItem]
    customLineItems: list[CustomLineItem]


class AddLineItemsResponse(TypedDict, total=False):
    calculatedDraftSubscriptionContract: CalculatedDraftSubscriptionContract


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
    taxDetails: AdditionalFeeTaxDetails
    source: SourceType
    applied: bool


class AdditionalFeeTaxDetails(TypedDict, total=False):
    taxable: bool
    taxGroupId: str | None


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
    discountType: DiscountType
    lineItemIds: list[str]
    id: str | None
    lineItemDiscounts: list[LineItemDiscount]


class BillingChangedDetails(TypedDict, total=False):
    billingInfoBeforeChange: AddressWithContact


class BillingDetailsDetailsOneOf(TypedDict, total=False):
    changed: BillingChangedDetails


class BillingDetails(BillingDetailsDetailsOneOf, total=False):
    billingInfo: AddressWithContact
    changeType: ChangeType


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BulkUpdateDraftSubscriptionContractTagsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdateDraftSubscriptionContractTagsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateDraftSubscriptionContractTagsRequest(TypedDict, total=False):
    draftSubscriptionContractIds: Required[list[str]]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdateDraftSubscriptionContractTagsResponse(TypedDict, total=False):
    results: list[BulkUpdateDraftSubscriptionContractTagsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateDraftSubscriptionContractTagsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BusinessLocationChangedDetails(TypedDict, total=False):
    businessLocationBeforeChange: Location


class BusinessLocationDetailsDetailsOneOf(TypedDict, total=False):
    changed: BusinessLocationChangedDetails


class BusinessLocationDetails(BusinessLocationDetailsDetailsOneOf, total=False):
    businessLocation: Location
    changeType: ChangeType


class BuyerDetails(TypedDict, total=False):
    buyerInfo: BuyerInfo
    changeType: ChangeType


class BuyerInfoIdOneOf(TypedDict, total=False):
    visitorId: str
    memberId: str


class BuyerInfo(BuyerInfoIdOneOf, total=False):
    contactId: str | None
    email: str | None


class CalculatedDraftSubscriptionContract(TypedDict, total=False):
    draftSubscriptionContract: DraftSubscriptionContract
    calculationErrors: CalculationErrors


class CalculationErrors(TypedDict, total=False):
    taxCalculationError: Details


class CatalogReference(TypedDict, total=False):
    catalogItemId: str
    appId: str
    options: dict[str, Any] | None


class CatalogReferenceLineItem(TypedDict, total=False):
    id: str | None
    catalogReference: CatalogReference
    quantity: int
    price: Price
    locations: list[LocationAndQuantity]


class Color(TypedDict, total=False):
    original: str
    translated: str | None
    code: str | None


class CommitDraftSubscriptionContractRequest(TypedDict, total=False):
    draftSubscriptionContractId: Required[str]
    reason: str | None
    settings: SubscriptionCommitSettings


class CommitDraftSubscriptionContractResponse(TypedDict, total=False):
    calculatedDraftSubscriptionContract: CalculatedDraftSubscriptionContract


class ContractTarget(TypedDict, total=False):
    nextCycleNumber: int | None


class Coupon(TypedDict, total=False):
    id: str
    code: str
    name: str
    amount: Price


class CreateDraftSubscriptionContractRequest(TypedDict, total=False):
    subscriptionContractId: Required[str]
    target: Required[Target]


class CreateDraftSubscriptionContractResponse(TypedDict, total=False):
    calculatedDraftSubscriptionContract: CalculatedDraftSubscriptionContract


class CreatedByValueOneOf(TypedDict, total=False):
    userId: str
    appId: str
    memberId: str


class CreatedBy(CreatedByValueOneOf, total=False):
    pass


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


class CustomLineItem(TypedDict, total=False):
    id: str | None
    quantity: int
    catalogReference: CatalogReference
    productName: ProductName
    price: Price
    priceBeforeDiscounts: Price
    lineItemPrice: Price
    descriptionLines: list[DescriptionLine]
    physicalProperties: PhysicalProperties
    itemType: ItemType
    priceDescription: PriceDescription
    deliveryProfileId: str | None
    locations: list[LocationAndQuantity]


class CycleTarget(TypedDict, total=False):
    cycleNumber: int


class DecimalQuantityUnitOneOf(TypedDict, total=False):
    measurementUnit: MeasurementUnit
    otherUnit: str


class DecimalQuantity(DecimalQuantityUnitOneOf, total=False):
    value: str
    description: TranslatableString


class DeleteDraftSubscriptionContractRequest(TypedDict, total=False):
    draftSubscriptionContractId: Required[str]


class DeleteDraftSubscriptionContractResponse(TypedDict, total=False):
    pass


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


class DiscountRule(TypedDict, total=False):
    id: str
    name: DiscountRuleName
    amount: Price


class DiscountRuleName(TypedDict, total=False):
    original: str
    translated: str | None


class DraftAlreadyExistsForAnotherOwnerReasonDetails(TypedDict, total=False):
    draftId: str
    owner: CreatedBy


class DraftSubscriptionContract(TypedDict, total=False):
    id: str
    subscriptionContractId: str
    target: Target
    createdDate: str | None
    updatedDate: str | None
    createdBy: CreatedBy
    status: DraftStatus
    lineItems: list[ItemDetails]
    discounts: list[DiscountDetails]
    additionalFees: list[AdditionalFeeDetails]
    priceSummary: PriceSummary
    taxInfo: OrderTaxInfo
    weightUnit: WeightUnit
    currency: str | None
    tags: Tags
    extendedFields: ExtendedFields
    buyerDetails: BuyerDetails
    shippingDetails: ShippingDetails
    billingDetails: BillingDetails
    recipientDetails: RecipientInfoDetails
    businessLocationDetails: BusinessLocationDetails
    platformFeeSummary: PlatformFeeSummary
    settings: DraftSubscriptionContractSettings
    subscriptionSettings: SubscriptionSettings


class DraftSubscriptionContractSettings(TypedDict, total=False):
    specificItemsCouponBehavior: SpecificItemsCouponBehavior


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


class GetDraftSubscriptionContractRequest(TypedDict, total=False):
    draftSubscriptionContractId: Required[str]


class GetDraftSubscriptionContractResponse(TypedDict, total=False):
    calculatedDraftSubscriptionContract: CalculatedDraftSubscriptionContract


class GetSubscriptionContractDraftabilityRequest(TypedDict, total=False):
    subscriptionContractId: Required[str]


class GetSubscriptionContractDraftabilityResponse(TypedDict, total=False):
    draftable: bool
    nonDraftableReasons: list[NonDraftableReason]
    currentCycle: int | None


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class ItemChangedDetails(TypedDict, total=False):
    quantityBeforeChange: int | None
    priceBeforeChange: Price
    modifierGroupsBeforeChange: list[ModifierGroup]


class ItemDetailsDetailsOneOf(TypedDict, total=False):
    changed: ItemChangedDetails


class ItemDetails(ItemDetailsDetailsOneOf, total=False):
    lineItem: OrderLineItem
    changeType: ChangeType


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


class LineItemChangeDetails(TypedDict, total=False):
    lineItemId: str
    newQuantity: int | None
    newPrice: str | None


class LineItemDiscount(TypedDict, total=False):
    id: str
    totalDiscount: Price


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


class MerchantDiscountMerchantDiscountReasonOneOf(TypedDict, total=False):
    discountReason: DiscountReason
    description: str | None


class MerchantDiscount(MerchantDiscountMerchantDiscountReasonOneOf, total=False):
    amount: Price


class ModifierGroup(TypedDict, total=False):
    id: str
    name: TranslatableString
    modifiers: list[ItemModifier]


class NonDraftableReasonDetailsOneOf(TypedDict, total=False):
    draftAlreadyExistsForAnotherOwner: DraftAlreadyExistsForAnotherOwnerReasonDetails


class NonDraftableReason(NonDraftableReasonDetailsOneOf, total=False):
    reason: V1Reason


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


class QueryDraftSubscriptionContractsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryDraftSubscriptionContractsResponse(TypedDict, total=False):
    draftSubscriptionContracts: list[DraftSubscriptionContract]
    pagingMetadata: CursorPagingMetadata


class RecipientInfoChangedDetails(TypedDict, total=False):
    recipientInfoBeforeChange: AddressWithContact


class RecipientInfoDetailsDetailsOneOf(TypedDict, total=False):
    changed: RecipientInfoChangedDetails


class RecipientInfoDetails(RecipientInfoDetailsDetailsOneOf, total=False):
    recipientInfo: AddressWithContact
    changeType: ChangeType


class SetRecipientInfoRequest(TypedDict, total=False):
    draftSubscriptionContractId: Required[str]
    recipientInfo: AddressWithContact


class SetRecipientInfoResponse(TypedDict, total=False):
    calculatedDraftSubscriptionContract: CalculatedDraftSubscriptionContract


class SetShippingInfoRequest(TypedDict, total=False):
    draftSubscriptionContractId: Required[str]
    shippingInfo: ShippingInformation


class SetShippingInfoResponse(TypedDict, total=False):
    calculatedDraftSubscriptionContract: CalculatedDraftSubscriptionContract


class ShippingChangedDetails(TypedDict, total=False):
    shippingInfoBeforeChange: ShippingInformation


class ShippingDetailsDetailsOneOf(TypedDict, total=False):
    changed: ShippingChangedDetails


class ShippingDetails(ShippingDetailsDetailsOneOf, total=False):
    shippingInfo: ShippingInformation
    changeType: ChangeType


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


class SubscriptionCommitSettings(TypedDict, total=False):
    sendNotificationsToBuyer: bool | None
    sendNotificationsToBusiness: bool | None


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
    publicTags: TagList


class TargetValueOneOf(TypedDict, total=False):
    contractTarget: ContractTarget
    cycleTarget: CycleTarget


class Target(TargetValueOneOf, total=False):
    pass


class TaxableAddressTaxableAddressDataOneOf(TypedDict, total=False):
    addressType: TaxableAddressType


class TaxableAddress(TaxableAddressTaxableAddressDataOneOf, total=False):
    pass


class TranslatableString(TypedDict, total=False):
    original: str
    translated: str | None


class UpdateLineItemsRequest(TypedDict, total=False):
    draftSubscriptionContractId: Required[str]
    lineItemChanges: Required[list[LineItemChangeDetails]]


class UpdateLineItemsResponse(TypedDict, total=False):
    calculatedDraftSubscriptionContract: CalculatedDraftSubscriptionContract


class ValidationError(TypedDict, total=False):
    fieldViolations: list[FieldViolation]


class VatId(TypedDict, total=False):
    id: str
    type: VatType
