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

from ._shared import Address as Address
from ._shared import AddressLocation as AddressLocation
from ._shared import AddressWithContact as AddressWithContact
from ._shared import ApplicationError as ApplicationError
from ._shared import AppliedDiscountDiscountSourceOneOf as AppliedDiscountDiscountSourceOneOf
from ._shared import BillingChangedDetails as BillingChangedDetails
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import BusinessLocationChangedDetails as BusinessLocationChangedDetails
from ._shared import BuyerInfo as BuyerInfo
from ._shared import BuyerInfoIdOneOf as BuyerInfoIdOneOf
from ._shared import CatalogReference as CatalogReference
from ._shared import ChargeType as ChargeType
from ._shared import Color as Color
from ._shared import ContractTarget as ContractTarget
from ._shared import Coupon as Coupon
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import DecimalQuantity as DecimalQuantity
from ._shared import DecimalQuantityUnitOneOf as DecimalQuantityUnitOneOf
from ._shared import DeliveryTimeSlot as DeliveryTimeSlot
from ._shared import DescriptionLine as DescriptionLine
from ._shared import (
    DescriptionLineDescriptionLineValueOneOf as DescriptionLineDescriptionLineValueOneOf,
)
from ._shared import DescriptionLineName as DescriptionLineName
from ._shared import DescriptionLineValueOneOf as DescriptionLineValueOneOf
from ._shared import Details as Details
from ._shared import DetailsKindOneOf as DetailsKindOneOf
from ._shared import DigitalFile as DigitalFile
from ._shared import DiscountReason as DiscountReason
from ._shared import DiscountRule as DiscountRule
from ._shared import DiscountRuleName as DiscountRuleName
from ._shared import DiscountType as DiscountType
from ._shared import ExtendedFields as ExtendedFields
from ._shared import FieldViolation as FieldViolation
from ._shared import FreeTrialPeriod as FreeTrialPeriod
from ._shared import FullAddressContactDetails as FullAddressContactDetails
from ._shared import Image as Image
from ._shared import ItemMetadata as ItemMetadata
from ._shared import ItemModifier as ItemModifier
from ._shared import ItemTaxFullDetails as ItemTaxFullDetails
from ._shared import ItemType as ItemType
from ._shared import ItemTypeItemTypeDataOneOf as ItemTypeItemTypeDataOneOf
from ._shared import ItemTypePreset as ItemTypePreset
from ._shared import JurisdictionType as JurisdictionType
from ._shared import LineItemDiscount as LineItemDiscount
from ._shared import LineItemTaxBreakdown as LineItemTaxBreakdown
from ._shared import LineItemTaxInfo as LineItemTaxInfo
from ._shared import Location as Location
from ._shared import LocationAndQuantity as LocationAndQuantity
from ._shared import MeasurementUnit as MeasurementUnit
from ._shared import MerchantDiscount as MerchantDiscount
from ._shared import (
    MerchantDiscountMerchantDiscountReasonOneOf as MerchantDiscountMerchantDiscountReasonOneOf,
)
from ._shared import ModifierGroup as ModifierGroup
from ._shared import OrderLineItem as OrderLineItem
from ._shared import OrderTaxBreakdown as OrderTaxBreakdown
from ._shared import OrderTaxInfo as OrderTaxInfo
from ._shared import PaymentOptionType as PaymentOptionType
from ._shared import PhysicalProperties as PhysicalProperties
from ._shared import PickupAddress as PickupAddress
from ._shared import PickupMethod as PickupMethod
from ._shared import PlainTextValue as PlainTextValue
from ._shared import PlatformFee as PlatformFee
from ._shared import PlatformFeeSummary as PlatformFeeSummary
from ._shared import Price as Price
from ._shared import PriceDescription as PriceDescription
from ._shared import PriceSummary as PriceSummary
from ._shared import ProductName as ProductName
from ._shared import RecipientInfoChangedDetails as RecipientInfoChangedDetails
from ._shared import RuleType as RuleType
from ._shared import ShippingRegion as ShippingRegion
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import StreetAddress as StreetAddress
from ._shared import SubscriptionFrequency as SubscriptionFrequency
from ._shared import SubscriptionInfo as SubscriptionInfo
from ._shared import SubscriptionSettings as SubscriptionSettings
from ._shared import SystemError as SystemError
from ._shared import TagList as TagList
from ._shared import Tags as Tags
from ._shared import TaxableAddress as TaxableAddress
from ._shared import TaxableAddressTaxableAddressDataOneOf as TaxableAddressTaxableAddressDataOneOf
from ._shared import TaxableAddressType as TaxableAddressType
from ._shared import TranslatableString as TranslatableString
from ._shared import ValidationError as ValidationError
from ._shared import VatId as VatId
from ._shared import VatType as VatType
from ._shared import WeightUnit as WeightUnit

AdditionalFeeSource: TypeAlias = Literal["SERVICE_PLUGIN", "ITEM", "MANUAL", "SHIPPING", "PLATFORM"]
ChangeType: TypeAlias = Literal["EMPTY", "ADDED", "CHANGED", "REMOVED"]
DraftStatus: TypeAlias = Literal["DRAFT", "COMMITTED"]
SourceType: TypeAlias = Literal["ORIGINAL_CONTRACT", "AUTOMATIC", "CUSTOM"]
SpecificItemsCouponBehavior: TypeAlias = Literal[
    "UNDEFINED_COUPON_BEHAVIOR",
    "ITEM_SUBTOTAL_INCLUDES_DISCOUNT",
    "LEGACY_ITEM_SUBTOTAL_DOES_NOT_INCLUDE_DISCOUNT",
]
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


class AppliedDiscount(AppliedDiscountDiscountSourceOneOf, total=False):
    discountType: DiscountType
    lineItemIds: list[str]
    id: str | None
    lineItemDiscounts: list[LineItemDiscount]


class BillingDetailsDetailsOneOf(TypedDict, total=False):
    changed: BillingChangedDetails


class BillingDetails(BillingDetailsDetailsOneOf, total=False):
    billingInfo: AddressWithContact
    changeType: ChangeType


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


class BusinessLocationDetailsDetailsOneOf(TypedDict, total=False):
    changed: BusinessLocationChangedDetails


class BusinessLocationDetails(BusinessLocationDetailsDetailsOneOf, total=False):
    businessLocation: Location
    changeType: ChangeType


class BuyerDetails(TypedDict, total=False):
    buyerInfo: BuyerInfo
    changeType: ChangeType


class CalculatedDraftSubscriptionContract(TypedDict, total=False):
    draftSubscriptionContract: DraftSubscriptionContract
    calculationErrors: CalculationErrors


class CalculationErrors(TypedDict, total=False):
    taxCalculationError: Details


class CatalogReferenceLineItem(TypedDict, total=False):
    id: str | None
    catalogReference: CatalogReference
    quantity: int
    price: Price
    locations: list[LocationAndQuantity]


class CommitDraftSubscriptionContractRequest(TypedDict, total=False):
    draftSubscriptionContractId: Required[str]
    reason: str | None
    settings: SubscriptionCommitSettings


class CommitDraftSubscriptionContractResponse(TypedDict, total=False):
    calculatedDraftSubscriptionContract: CalculatedDraftSubscriptionContract


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


class DiscountDetails(TypedDict, total=False):
    discount: AppliedDiscount
    source: SourceType
    applied: bool


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


class ItemChangedDetails(TypedDict, total=False):
    quantityBeforeChange: int | None
    priceBeforeChange: Price
    modifierGroupsBeforeChange: list[ModifierGroup]


class ItemDetailsDetailsOneOf(TypedDict, total=False):
    changed: ItemChangedDetails


class ItemDetails(ItemDetailsDetailsOneOf, total=False):
    lineItem: OrderLineItem
    changeType: ChangeType


class LineItemChangeDetails(TypedDict, total=False):
    lineItemId: str
    newQuantity: int | None
    newPrice: str | None


class NonDraftableReasonDetailsOneOf(TypedDict, total=False):
    draftAlreadyExistsForAnotherOwner: DraftAlreadyExistsForAnotherOwnerReasonDetails


class NonDraftableReason(NonDraftableReasonDetailsOneOf, total=False):
    reason: V1Reason


class PickupDetails(TypedDict, total=False):
    address: PickupAddress
    pickupMethod: PickupMethod


class QueryDraftSubscriptionContractsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryDraftSubscriptionContractsResponse(TypedDict, total=False):
    draftSubscriptionContracts: list[DraftSubscriptionContract]
    pagingMetadata: CursorPagingMetadata


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


class SubscriptionCommitSettings(TypedDict, total=False):
    sendNotificationsToBuyer: bool | None
    sendNotificationsToBusiness: bool | None


class TargetValueOneOf(TypedDict, total=False):
    contractTarget: ContractTarget
    cycleTarget: CycleTarget


class Target(TargetValueOneOf, total=False):
    pass


class UpdateLineItemsRequest(TypedDict, total=False):
    draftSubscriptionContractId: Required[str]
    lineItemChanges: Required[list[LineItemChangeDetails]]


class UpdateLineItemsResponse(TypedDict, total=False):
    calculatedDraftSubscriptionContract: CalculatedDraftSubscriptionContract
