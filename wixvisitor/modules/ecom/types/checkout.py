# File generated from @wix/auto_sdk_ecom_checkout 1.0.174
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.checkout``.

From ``@wix/auto_sdk_ecom_checkout``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.checkout import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import AdditionalFeeSource as AdditionalFeeSource
from ._shared import Address as Address
from ._shared import AddressLocation as AddressLocation
from ._shared import AddressWithContact as AddressWithContact
from ._shared import ApplicableLineItems as ApplicableLineItems
from ._shared import ApplicationError as ApplicationError
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
from ._shared import CustomContentReference as CustomContentReference
from ._shared import CustomField as CustomField
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
from ._shared import DiscountRuleName as DiscountRuleName
from ._shared import DiscountType as DiscountType
from ._shared import ExtendedFields as ExtendedFields
from ._shared import ExternalReference as ExternalReference
from ._shared import FallbackReason as FallbackReason
from ._shared import FieldViolation as FieldViolation
from ._shared import FreeTrialPeriod as FreeTrialPeriod
from ._shared import FullAddressContactDetails as FullAddressContactDetails
from ._shared import GetCheckoutURLResponse as GetCheckoutURLResponse
from ._shared import GiftCard as GiftCard
from ._shared import HeadersEntry as HeadersEntry
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
from ._shared import RawHttpResponse as RawHttpResponse
from ._shared import Region as Region
from ._shared import RemoveCouponRequest as RemoveCouponRequest
from ._shared import RemoveLineItemsRequest as RemoveLineItemsRequest
from ._shared import RuleType as RuleType
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
from ._shared import V1ItemModifier as V1ItemModifier
from ._shared import V1ModifierGroup as V1ModifierGroup
from ._shared import ValidationError as ValidationError
from ._shared import VatId as VatId
from ._shared import VatType as VatType
from ._shared import Violation as Violation
from ._shared import WeightUnit as WeightUnit

ChargeType: TypeAlias = Literal["HANDLING_FEE", "INSURANCE"]


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


class AppliedDiscountDiscountSourceOneOf(TypedDict, total=False):
    coupon: Coupon
    merchantDiscount: MerchantDiscount
    discountRule: DiscountRule


class AppliedDiscount(AppliedDiscountDiscountSourceOneOf, total=False):
    discountType: DiscountType
    lineItemIds: list[str]


class BuyerInfoIdOneOf(TypedDict, total=False):
    visitorId: str
    memberId: str


class BuyerInfo(BuyerInfoIdOneOf, total=False):
    contactId: str | None
    email: str | None


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


class DiscountRule(TypedDict, total=False):
    id: str
    name: DiscountRuleName
    amount: MultiCurrencyPrice


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


class GetWixCheckoutURLRequest(TypedDict, total=False):
    id: Required[str]


class GetWixCheckoutURLResponse(TypedDict, total=False):
    checkoutUrl: str


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


class MarkCheckoutAsCompletedAndRedirectToUrlRequest(TypedDict, total=False):
    token: Required[str]


class MarkCheckoutAsCompletedRequest(TypedDict, total=False):
    id: Required[str]


class MarkCheckoutAsCompletedResponse(TypedDict, total=False):
    pass


class MembershipOptions(TypedDict, total=False):
    eligibleMemberships: list[Membership]
    invalidMemberships: list[InvalidMembership]
    selectedMemberships: SelectedMemberships


class MerchantDiscount(TypedDict, total=False):
    amount: MultiCurrencyPrice
    percentage: float | None


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


class RemoveCouponResponse(TypedDict, total=False):
    checkout: Checkout


class RemoveGiftCardRequest(TypedDict, total=False):
    id: Required[str]


class RemoveGiftCardResponse(TypedDict, total=False):
    checkout: Checkout


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


class UpdateLineItemsQuantityResponse(TypedDict, total=False):
    checkout: Checkout
