# File generated from @wix/auto_sdk_ecom_totals-calculator 1.0.120
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.totals_calculator``.

From ``@wix/auto_sdk_ecom_totals-calculator``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.totals_calculator import <Type>
"""

from __future__ import annotations

from typing import Literal, TypeAlias, TypedDict

from ._shared import AdditionalFeeSource as AdditionalFeeSource
from ._shared import Address as Address
from ._shared import AddressLocation as AddressLocation
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
from ._shared import DeliveryAllocation as DeliveryAllocation
from ._shared import DeliveryLogistics as DeliveryLogistics
from ._shared import Details as Details
from ._shared import DetailsKindOneOf as DetailsKindOneOf
from ._shared import DiscountRuleName as DiscountRuleName
from ._shared import DiscountType as DiscountType
from ._shared import ExtendedFields as ExtendedFields
from ._shared import ExternalReference as ExternalReference
from ._shared import FallbackReason as FallbackReason
from ._shared import FieldViolation as FieldViolation
from ._shared import GiftCard as GiftCard
from ._shared import InvalidMembership as InvalidMembership
from ._shared import ItemType as ItemType
from ._shared import ItemTypeItemTypeDataOneOf as ItemTypeItemTypeDataOneOf
from ._shared import ItemTypePreset as ItemTypePreset
from ._shared import JurisdictionType as JurisdictionType
from ._shared import ManualCalculationReason as ManualCalculationReason
from ._shared import Membership as Membership
from ._shared import MembershipName as MembershipName
from ._shared import MembershipPaymentCredits as MembershipPaymentCredits
from ._shared import MultiCurrencyPrice as MultiCurrencyPrice
from ._shared import PaymentOptionType as PaymentOptionType
from ._shared import PhysicalProperties as PhysicalProperties
from ._shared import PickupDetails as PickupDetails
from ._shared import PickupMethod as PickupMethod
from ._shared import RateType as RateType
from ._shared import Region as Region
from ._shared import RuleType as RuleType
from ._shared import SelectedShippingOption as SelectedShippingOption
from ._shared import ServiceProperties as ServiceProperties
from ._shared import StreetAddress as StreetAddress
from ._shared import SubscriptionFrequency as SubscriptionFrequency
from ._shared import SystemError as SystemError
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
from ._shared import TranslatableString as TranslatableString
from ._shared import ValidationError as ValidationError
from ._shared import WeightUnit as WeightUnit

ChargeType: TypeAlias = Literal["HANDLING_FEE", "INSURANCE"]


class ApiV1AdditionalFee(TypedDict, total=False):
    code: str | None
    name: str
    price: str
    taxDetails: V1TaxDetails


class AppliedDiscountDiscountSourceOneOf(TypedDict, total=False):
    coupon: Coupon
    merchantDiscount: MerchantDiscount
    discountRule: DiscountRule


class AppliedDiscount(AppliedDiscountDiscountSourceOneOf, total=False):
    discountType: DiscountType
    lineItemIds: list[str]


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


class CarrierServiceOption(TypedDict, total=False):
    carrierId: str
    shippingOptions: list[ShippingOption]


class Coupon(TypedDict, total=False):
    id: str
    code: str
    amount: MultiCurrencyPrice
    name: str


class DiscountRule(TypedDict, total=False):
    id: str
    name: DiscountRuleName
    amount: MultiCurrencyPrice


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


class MembershipOptions(TypedDict, total=False):
    eligibleMemberships: list[Membership]
    invalidMemberships: list[InvalidMembership]
    selectedMemberships: list[SelectedMembership]


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


class SubscriptionSettings(TypedDict, total=False):
    frequency: SubscriptionFrequency


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
