# File generated from @wix/auto_sdk_ecom_cart 1.0.180 by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.cart``.

From ``@wix/auto_sdk_ecom_cart``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.cart import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import AdditionalFeeSource as AdditionalFeeSource
from ._shared import Address as Address
from ._shared import AddressLocation as AddressLocation
from ._shared import AddressWithContact as AddressWithContact
from ._shared import ApplicableLineItems as ApplicableLineItems
from ._shared import ApplicationError as ApplicationError
from ._shared import AppliedDiscountDiscountType as AppliedDiscountDiscountType
from ._shared import AutoTaxFallbackCalculationDetails as AutoTaxFallbackCalculationDetails
from ._shared import CalculationErrors as CalculationErrors
from ._shared import (
    CalculationErrorsShippingCalculationErrorOneOf as CalculationErrorsShippingCalculationErrorOneOf,
)
from ._shared import Carrier as Carrier
from ._shared import CarrierError as CarrierError
from ._shared import CarrierErrors as CarrierErrors
from ._shared import CatalogReference as CatalogReference
from ._shared import ChannelType as ChannelType
from ._shared import Color as Color
from ._shared import CommonImage as CommonImage
from ._shared import CreateCheckoutResponse as CreateCheckoutResponse
from ._shared import DeleteCartResponse as DeleteCartResponse
from ._shared import DeliveryAllocation as DeliveryAllocation
from ._shared import DeliveryLogistics as DeliveryLogistics
from ._shared import Description as Description
from ._shared import DescriptionLine as DescriptionLine
from ._shared import (
    DescriptionLineDescriptionLineValueOneOf as DescriptionLineDescriptionLineValueOneOf,
)
from ._shared import DescriptionLineName as DescriptionLineName
from ._shared import DescriptionLineValueOneOf as DescriptionLineValueOneOf
from ._shared import Details as Details
from ._shared import DetailsKindOneOf as DetailsKindOneOf
from ._shared import ExtendedFields as ExtendedFields
from ._shared import FallbackReason as FallbackReason
from ._shared import FieldViolation as FieldViolation
from ._shared import FreeTrialPeriod as FreeTrialPeriod
from ._shared import FullAddressContactDetails as FullAddressContactDetails
from ._shared import GiftCard as GiftCard
from ._shared import HostSelectedMembership as HostSelectedMembership
from ._shared import InvalidMembership as InvalidMembership
from ._shared import ItemAvailabilityInfo as ItemAvailabilityInfo
from ._shared import ItemAvailabilityStatus as ItemAvailabilityStatus
from ._shared import ItemType as ItemType
from ._shared import ItemTypeItemTypeDataOneOf as ItemTypeItemTypeDataOneOf
from ._shared import ItemTypePreset as ItemTypePreset
from ._shared import JurisdictionType as JurisdictionType
from ._shared import LineItemQuantityUpdate as LineItemQuantityUpdate
from ._shared import ManualCalculationReason as ManualCalculationReason
from ._shared import Membership as Membership
from ._shared import MembershipName as MembershipName
from ._shared import MembershipOptions as MembershipOptions
from ._shared import MembershipPaymentCredits as MembershipPaymentCredits
from ._shared import MultiCurrencyPrice as MultiCurrencyPrice
from ._shared import NameInLineItem as NameInLineItem
from ._shared import NameInOther as NameInOther
from ._shared import Other as Other
from ._shared import PageUrlV2 as PageUrlV2
from ._shared import PaymentOption as PaymentOption
from ._shared import PaymentOptionType as PaymentOptionType
from ._shared import PhysicalProperties as PhysicalProperties
from ._shared import PickupDetails as PickupDetails
from ._shared import PickupMethod as PickupMethod
from ._shared import PlainTextValue as PlainTextValue
from ._shared import Policy as Policy
from ._shared import PriceDescription as PriceDescription
from ._shared import ProductName as ProductName
from ._shared import RateType as RateType
from ._shared import Region as Region
from ._shared import RemoveCouponRequest as RemoveCouponRequest
from ._shared import RemoveLineItemsRequest as RemoveLineItemsRequest
from ._shared import RuleType as RuleType
from ._shared import SelectedMembership as SelectedMembership
from ._shared import SelectedShippingOption as SelectedShippingOption
from ._shared import ServiceProperties as ServiceProperties
from ._shared import Severity as Severity
from ._shared import StreetAddress as StreetAddress
from ._shared import SubscriptionFrequency as SubscriptionFrequency
from ._shared import SubscriptionOptionInfo as SubscriptionOptionInfo
from ._shared import SubscriptionSettings as SubscriptionSettings
from ._shared import SystemError as SystemError
from ._shared import Target as Target
from ._shared import TargetLineItem as TargetLineItem
from ._shared import TargetTargetTypeOneOf as TargetTargetTypeOneOf
from ._shared import TaxableAddress as TaxableAddress
from ._shared import TaxableAddressTaxableAddressDataOneOf as TaxableAddressTaxableAddressDataOneOf
from ._shared import TaxableAddressType as TaxableAddressType
from ._shared import TaxBreakdown as TaxBreakdown
from ._shared import TaxCalculationDetails as TaxCalculationDetails
from ._shared import (
    TaxCalculationDetailsCalculationDetailsOneOf as TaxCalculationDetailsCalculationDetailsOneOf,
)
from ._shared import TaxRateBreakdown as TaxRateBreakdown
from ._shared import TaxSummary as TaxSummary
from ._shared import Title as Title
from ._shared import TranslatableString as TranslatableString
from ._shared import UpdateLineItemsQuantityRequest as UpdateLineItemsQuantityRequest
from ._shared import V1Coupon as V1Coupon
from ._shared import V1DiscountRule as V1DiscountRule
from ._shared import V1DiscountRuleName as V1DiscountRuleName
from ._shared import V1ItemModifier as V1ItemModifier
from ._shared import V1MerchantDiscount as V1MerchantDiscount
from ._shared import V1ModifierGroup as V1ModifierGroup
from ._shared import ValidationError as ValidationError
from ._shared import VatId as VatId
from ._shared import VatType as VatType
from ._shared import Violation as Violation
from ._shared import WeightUnit as WeightUnit

ChargeType: TypeAlias = Literal["HANDLING_FEE", "INSURANCE"]


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


class AppliedDiscountDiscountSourceOneOf(TypedDict, total=False):
    coupon: V1Coupon
    merchantDiscount: V1MerchantDiscount
    discountRule: V1DiscountRule


class AppliedDiscount(AppliedDiscountDiscountSourceOneOf, total=False):
    discountType: AppliedDiscountDiscountType
    lineItemIds: list[str]


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


class GetCartByCheckoutIdRequest(TypedDict, total=False):
    id: Required[str]


class GetCartByCheckoutIdResponse(TypedDict, total=False):
    cart: Cart


class GetCartRequest(TypedDict, total=False):
    id: Required[str]


class GetCartResponse(TypedDict, total=False):
    cart: Cart


class Image(TypedDict, total=False):
    id: str
    height: int
    width: int
    altText: str | None
    filename: str | None


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


class MerchantDiscount(TypedDict, total=False):
    amount: MultiCurrencyPrice


class ModifierGroup(TypedDict, total=False):
    id: str
    name: TranslatableString
    modifiers: list[ItemModifier]


class OtherCharge(TypedDict, total=False):
    type: ChargeType
    price: MultiCurrencyPrice
    details: str | None


class PriceSummary(TypedDict, total=False):
    subtotal: MultiCurrencyPrice
    shipping: MultiCurrencyPrice
    tax: MultiCurrencyPrice
    discount: MultiCurrencyPrice
    total: MultiCurrencyPrice
    additionalFees: MultiCurrencyPrice


class RemoveBusinessLocationRequest(TypedDict, total=False):
    id: Required[str]


class RemoveBusinessLocationResponse(TypedDict, total=False):
    cart: Cart


class RemoveCouponResponse(TypedDict, total=False):
    cart: Cart


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


class SelectedMemberships(TypedDict, total=False):
    memberships: list[HostSelectedMembership]


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


class UpdateLineItemsQuantityResponse(TypedDict, total=False):
    cart: Cart
