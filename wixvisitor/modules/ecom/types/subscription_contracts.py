# File generated from @wix/auto_sdk_ecom_subscription-contracts 1.0.133
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.subscription_contracts``.

From ``@wix/auto_sdk_ecom_subscription-contracts``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.subscription_contracts import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import Address as Address
from ._shared import AddressLocation as AddressLocation
from ._shared import AddressWithContact as AddressWithContact
from ._shared import AppliedDiscountDiscountSourceOneOf as AppliedDiscountDiscountSourceOneOf
from ._shared import BuyerInfo as BuyerInfo
from ._shared import BuyerInfoIdOneOf as BuyerInfoIdOneOf
from ._shared import CatalogReference as CatalogReference
from ._shared import ChannelInfo as ChannelInfo
from ._shared import ChannelType as ChannelType
from ._shared import ChargeType as ChargeType
from ._shared import Color as Color
from ._shared import ContractTarget as ContractTarget
from ._shared import Coupon as Coupon
from ._shared import CurrencyConversionDetails as CurrencyConversionDetails
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import CustomField as CustomField
from ._shared import DecimalQuantity as DecimalQuantity
from ._shared import DecimalQuantityUnitOneOf as DecimalQuantityUnitOneOf
from ._shared import DeliveryTimeSlot as DeliveryTimeSlot
from ._shared import DescriptionLine as DescriptionLine
from ._shared import (
    DescriptionLineDescriptionLineValueOneOf as DescriptionLineDescriptionLineValueOneOf,
)
from ._shared import DescriptionLineName as DescriptionLineName
from ._shared import DescriptionLineValueOneOf as DescriptionLineValueOneOf
from ._shared import DigitalFile as DigitalFile
from ._shared import DiscountReason as DiscountReason
from ._shared import DiscountRule as DiscountRule
from ._shared import DiscountRuleName as DiscountRuleName
from ._shared import DiscountType as DiscountType
from ._shared import ExtendedFields as ExtendedFields
from ._shared import FullAddressContactDetails as FullAddressContactDetails
from ._shared import Image as Image
from ._shared import ItemModifier as ItemModifier
from ._shared import ItemTaxFullDetails as ItemTaxFullDetails
from ._shared import ItemType as ItemType
from ._shared import ItemTypeItemTypeDataOneOf as ItemTypeItemTypeDataOneOf
from ._shared import ItemTypePreset as ItemTypePreset
from ._shared import JurisdictionType as JurisdictionType
from ._shared import LineItemDiscount as LineItemDiscount
from ._shared import LineItemQuantityChange as LineItemQuantityChange
from ._shared import LineItemQuantityChangeType as LineItemQuantityChangeType
from ._shared import LineItemTaxBreakdown as LineItemTaxBreakdown
from ._shared import LineItemTaxInfo as LineItemTaxInfo
from ._shared import LocationAndQuantity as LocationAndQuantity
from ._shared import ManagedLineItem as ManagedLineItem
from ._shared import MeasurementUnit as MeasurementUnit
from ._shared import MerchantDiscount as MerchantDiscount
from ._shared import (
    MerchantDiscountMerchantDiscountReasonOneOf as MerchantDiscountMerchantDiscountReasonOneOf,
)
from ._shared import ModifierGroup as ModifierGroup
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
from ._shared import ShippingRegion as ShippingRegion
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import StreetAddress as StreetAddress
from ._shared import SubscriptionFrequency as SubscriptionFrequency
from ._shared import TaxableAddress as TaxableAddress
from ._shared import TaxableAddressTaxableAddressDataOneOf as TaxableAddressTaxableAddressDataOneOf
from ._shared import TaxableAddressType as TaxableAddressType
from ._shared import TotalPriceChange as TotalPriceChange
from ._shared import TranslatableString as TranslatableString
from ._shared import TranslatedValue as TranslatedValue
from ._shared import VatId as VatId
from ._shared import VatType as VatType
from ._shared import WeightUnit as WeightUnit

ActivityType: TypeAlias = Literal["UNKNOWN_ACTIVITY_TYPE", "CHANGES_APPLIED"]
AdditionalFeeSource: TypeAlias = Literal["SERVICE_PLUGIN", "ITEM", "MANUAL", "SHIPPING", "PLATFORM"]
V2SubscriptionFrequency: TypeAlias = Literal["UNDEFINED", "DAY", "WEEK", "MONTH", "YEAR"]


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


class AppliedDiscount(AppliedDiscountDiscountSourceOneOf, total=False):
    discountType: DiscountType
    lineItemIds: list[str]
    id: str | None
    lineItemDiscounts: list[LineItemDiscount]


class ChangesAppliedActivityTargetOneOf(TypedDict, total=False):
    contractTarget: ContractTarget


class ChangesAppliedActivity(ChangesAppliedActivityTargetOneOf, total=False):
    draftSubscriptionContractId: str
    changes: list[ContractChange]
    reason: str | None


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


class DeliveryLogisticsAddressOneOf(TypedDict, total=False):
    shippingDestination: AddressWithContact
    pickupDetails: PickupDetails


class DeliveryLogistics(DeliveryLogisticsAddressOneOf, total=False):
    deliveryTime: str | None
    instructions: str | None
    deliverByDate: str | None
    deliveryTimeSlot: DeliveryTimeSlot


class FreeTrialPeriod(TypedDict, total=False):
    frequency: V2SubscriptionFrequency
    interval: int


class GetSubscriptionContractRequest(TypedDict, total=False):
    subscriptionContractId: Required[str]


class GetSubscriptionContractResponse(TypedDict, total=False):
    subscriptionContract: SubscriptionContract


class LineItemChanges(TypedDict, total=False):
    id: str
    name: ProductName
    quantity: LineItemQuantityChange


class ManagedAdditionalFee(TypedDict, total=False):
    id: str
    name: TranslatedValue
    totalAmount: Price


class ManagedDiscount(TypedDict, total=False):
    id: str
    name: TranslatedValue
    totalAmount: Price


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


class PickupDetails(TypedDict, total=False):
    address: PickupAddress
    pickupMethod: PickupMethod


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
