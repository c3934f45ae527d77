# File generated from @wix/auto_sdk_ecom_cart-v-2 1.0.202
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.cart_v2``.

From ``@wix/auto_sdk_ecom_cart-v-2``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.cart_v2 import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import AdditionalFeeTax as AdditionalFeeTax
from ._shared import Address as Address
from ._shared import AddressLocation as AddressLocation
from ._shared import ApplicationError as ApplicationError
from ._shared import BenefitType as BenefitType
from ._shared import BusinessInfo as BusinessInfo
from ._shared import CartSettings as CartSettings
from ._shared import CartSource as CartSource
from ._shared import CatalogReference as CatalogReference
from ._shared import ChannelType as ChannelType
from ._shared import Charge as Charge
from ._shared import Color as Color
from ._shared import ConvertedMoney as ConvertedMoney
from ._shared import CouponInput as CouponInput
from ._shared import CreatedBy as CreatedBy
from ._shared import CreatedByIdOneOf as CreatedByIdOneOf
from ._shared import CustomContentReference as CustomContentReference
from ._shared import CustomerInfo as CustomerInfo
from ._shared import CustomerInfoIdOneOf as CustomerInfoIdOneOf
from ._shared import CustomItemDeliveryConfig as CustomItemDeliveryConfig
from ._shared import CustomItemPaymentConfig as CustomItemPaymentConfig
from ._shared import CustomItemPricingInfo as CustomItemPricingInfo
from ._shared import CustomItemQuantityInfo as CustomItemQuantityInfo
from ._shared import CustomItemSource as CustomItemSource
from ._shared import CustomItemTaxConfig as CustomItemTaxConfig
from ._shared import DeleteCartResponse as DeleteCartResponse
from ._shared import DeliveryInfo as DeliveryInfo
from ._shared import DeliveryMethod as DeliveryMethod
from ._shared import DeliveryMethodInput as DeliveryMethodInput
from ._shared import DeliverySummary as DeliverySummary
from ._shared import Description as Description
from ._shared import DescriptionLine as DescriptionLine
from ._shared import (
    DescriptionLineDescriptionLineValueOneOf as DescriptionLineDescriptionLineValueOneOf,
)
from ._shared import DescriptionLineName as DescriptionLineName
from ._shared import DescriptionLineValueOneOf as DescriptionLineValueOneOf
from ._shared import Details as Details
from ._shared import DetailsKindOneOf as DetailsKindOneOf
from ._shared import Discount as Discount
from ._shared import DiscountScope as DiscountScope
from ._shared import DiscountSource as DiscountSource
from ._shared import DiscountSourceType as DiscountSourceType
from ._shared import ExistingMembershipInput as ExistingMembershipInput
from ._shared import ExtendedFields as ExtendedFields
from ._shared import ExternalReference as ExternalReference
from ._shared import FieldViolation as FieldViolation
from ._shared import FormSubmission as FormSubmission
from ._shared import FreeTrialPeriod as FreeTrialPeriod
from ._shared import FullAddressContactDetails as FullAddressContactDetails
from ._shared import FutureMembership as FutureMembership
from ._shared import FutureMembershipInput as FutureMembershipInput
from ._shared import GetCheckoutURLResponse as GetCheckoutURLResponse
from ._shared import GiftCardInput as GiftCardInput
from ._shared import GiftCardSummary as GiftCardSummary
from ._shared import HeadersEntry as HeadersEntry
from ._shared import InvalidCouponCodeErrorData as InvalidCouponCodeErrorData
from ._shared import InvalidCouponReason as InvalidCouponReason
from ._shared import InvalidCouponStatusErrorData as InvalidCouponStatusErrorData
from ._shared import (
    InvalidCouponStatusErrorDataDetailsOneOf as InvalidCouponStatusErrorDataDetailsOneOf,
)
from ._shared import InvalidGiftCardCodeErrorData as InvalidGiftCardCodeErrorData
from ._shared import InvalidGiftCardReason as InvalidGiftCardReason
from ._shared import InvalidGiftCardStatusErrorData as InvalidGiftCardStatusErrorData
from ._shared import InvalidMembershipReason as InvalidMembershipReason
from ._shared import InvalidMembershipStatusErrorData as InvalidMembershipStatusErrorData
from ._shared import ItemDeliveryConfig as ItemDeliveryConfig
from ._shared import ItemDiscount as ItemDiscount
from ._shared import ItemPaymentConfig as ItemPaymentConfig
from ._shared import ItemPriceBreakdown as ItemPriceBreakdown
from ._shared import ItemPricingInfo as ItemPricingInfo
from ._shared import ItemQuantityInfo as ItemQuantityInfo
from ._shared import ItemStatus as ItemStatus
from ._shared import ItemTaxConfig as ItemTaxConfig
from ._shared import ItemType as ItemType
from ._shared import ItemTypeItemTypeDataOneOf as ItemTypeItemTypeDataOneOf
from ._shared import ItemTypePreset as ItemTypePreset
from ._shared import ItemUpsells as ItemUpsells
from ._shared import LineItem as LineItem
from ._shared import LineItemsOutOfStockErrorData as LineItemsOutOfStockErrorData
from ._shared import LineItemSummary as LineItemSummary
from ._shared import LineItemTax as LineItemTax
from ._shared import LineItemUpdate as LineItemUpdate
from ._shared import MembershipInput as MembershipInput
from ._shared import MembershipInputMembershipOneOf as MembershipInputMembershipOneOf
from ._shared import MembershipSummary as MembershipSummary
from ._shared import (
    MembershipSummaryMembershipIdentifierOneOf as MembershipSummaryMembershipIdentifierOneOf,
)
from ._shared import MembersOnlyItemErrorData as MembersOnlyItemErrorData
from ._shared import MinLineItemQuantityNotReachedDetails as MinLineItemQuantityNotReachedDetails
from ._shared import MinSubtotalNotReachedDetails as MinSubtotalNotReachedDetails
from ._shared import NameInLineItem as NameInLineItem
from ._shared import NameInOther as NameInOther
from ._shared import Other as Other
from ._shared import PageUrlV2 as PageUrlV2
from ._shared import PaymentInfo as PaymentInfo
from ._shared import PaymentOption as PaymentOption
from ._shared import PaymentOptionType as PaymentOptionType
from ._shared import PaymentSummary as PaymentSummary
from ._shared import PhysicalProperties as PhysicalProperties
from ._shared import PlainTextValue as PlainTextValue
from ._shared import Policy as Policy
from ._shared import PriceDescription as PriceDescription
from ._shared import PriceDetails as PriceDetails
from ._shared import QuantityUpdate as QuantityUpdate
from ._shared import RawHttpResponse as RawHttpResponse
from ._shared import RedemptionType as RedemptionType
from ._shared import RuleType as RuleType
from ._shared import SelectedMembershipUpdate as SelectedMembershipUpdate
from ._shared import ServiceProperties as ServiceProperties
from ._shared import Severity as Severity
from ._shared import Source as Source
from ._shared import StreetAddress as StreetAddress
from ._shared import SubscriptionCharges as SubscriptionCharges
from ._shared import SubscriptionFrequency as SubscriptionFrequency
from ._shared import SubscriptionOptionInfo as SubscriptionOptionInfo
from ._shared import SubscriptionSettings as SubscriptionSettings
from ._shared import SubtotalBelowOrderMinimumErrorData as SubtotalBelowOrderMinimumErrorData
from ._shared import SystemError as SystemError
from ._shared import Tax as Tax
from ._shared import TaxableAddress as TaxableAddress
from ._shared import TaxableAddressTaxableAddressDataOneOf as TaxableAddressTaxableAddressDataOneOf
from ._shared import TaxableAddressType as TaxableAddressType
from ._shared import TaxInfo as TaxInfo
from ._shared import Title as Title
from ._shared import TranslatableString as TranslatableString
from ._shared import UpsellBenefitMetadata as UpsellBenefitMetadata
from ._shared import UpsellOption as UpsellOption
from ._shared import V2AdditionalFee as V2AdditionalFee
from ._shared import V2CalculationErrors as V2CalculationErrors
from ._shared import (
    V2CalculationErrorsShippingCalculationErrorOneOf as V2CalculationErrorsShippingCalculationErrorOneOf,
)
from ._shared import V2CarrierError as V2CarrierError
from ._shared import V2CarrierErrors as V2CarrierErrors
from ._shared import V2Coupon as V2Coupon
from ._shared import V2ExistingMembership as V2ExistingMembership
from ._shared import V2GiftCard as V2GiftCard
from ._shared import V2LineItemDiscount as V2LineItemDiscount
from ._shared import V2Membership as V2Membership
from ._shared import V2MembershipIdentifierOneOf as V2MembershipIdentifierOneOf
from ._shared import V2PriceSummary as V2PriceSummary
from ._shared import V2SelectedMembership as V2SelectedMembership
from ._shared import V2TaxSummary as V2TaxSummary
from ._shared import ValidationError as ValidationError
from ._shared import ValidationsConfig as ValidationsConfig
from ._shared import VatId as VatId
from ._shared import VatType as VatType
from ._shared import ViolationCode as ViolationCode
from ._shared import ViolationScope as ViolationScope
from ._shared import ViolationSeverity as ViolationSeverity
from ._shared import WeightUnit as WeightUnit


class AddCouponRequest(TypedDict, total=False):
    cartId: Required[str]
    coupon: Required[CouponInput]


class AddCouponResponse(TypedDict, total=False):
    cart: Cart


class AddGiftCardRequest(TypedDict, total=False):
    cartId: Required[str]
    giftCard: Required[GiftCardInput]


class AddGiftCardResponse(TypedDict, total=False):
    cart: Cart


class AddLineItemsOptions(TypedDict, total=False):
    """What ``addLineItems`` reads from ``options``."""

    catalogItems: list[CatalogItemInput]
    customItems: list[CustomItemInput]


class AddLineItemsRequest(TypedDict, total=False):
    cartId: Required[str]
    catalogItems: list[CatalogItemInput]
    customItems: list[CustomItemInput]


class AddLineItemsResponse(TypedDict, total=False):
    cart: Cart


class CalculateCartOptions(TypedDict, total=False):
    """What ``calculateCart`` reads from ``options``."""

    refreshCart: bool


class CalculateCartRequest(TypedDict, total=False):
    cartId: Required[str]
    refreshCart: bool


class CalculateCartResponse(TypedDict, total=False):
    cart: Cart
    summary: CartSummary


class Cart(TypedDict, total=False):
    id: str
    createdDate: str | None
    updatedDate: str | None
    revision: str
    lineItems: list[V2LineItem]
    subtotal: ConvertedMoney
    note: str | None
    coupons: list[V2Coupon]
    source: CartSource
    businessInfo: BusinessInfo
    customerInfo: CustomerInfo
    deliveryInfo: DeliveryInfo
    taxInfo: TaxInfo
    paymentInfo: PaymentInfo
    orderPlaced: bool
    orderId: str | None
    purchaseFlowId: str | None
    settings: CartSettings
    customCheckoutUrl: str | None
    extendedFields: ExtendedFields
    currentCart: bool
    demo: bool


class CartSummary(TypedDict, total=False):
    cartId: str
    cartRevision: str
    calculationId: str
    lineItems: list[LineItemSummary]
    discounts: list[Discount]
    deliverySummary: DeliverySummary
    additionalFees: list[V2AdditionalFee]
    taxSummary: V2TaxSummary
    priceSummary: V2PriceSummary
    paymentSummary: PaymentSummary
    priceVerificationToken: str | None
    calculationErrors: V2CalculationErrors
    spiViolations: list[Violation]
    violations: list[V2Violation]


class CatalogItemInput(TypedDict, total=False):
    catalogReference: CatalogReference
    quantity: int
    selectedMembership: V2SelectedMembership
    catalogOverrideFields: CatalogOverrideFields
    extendedFields: ExtendedFields
    inventoryAppId: str | None
    membershipPayment: MembershipInput


class CatalogOverrideFields(TypedDict, total=False):
    name: TranslatableString
    salePrice: str | None
    fullPrice: str | None
    descriptionLines: list[DescriptionLine]
    physicalProperties: PhysicalProperties
    image: Image
    paymentOption: PaymentOption
    depositAmount: str | None
    savePaymentMethod: bool | None
    inventoryAppId: str | None


class CreateCartOptions(TypedDict, total=False):
    """What ``createCart`` reads from ``options``."""

    cart: Cart
    catalogItems: list[CatalogItemInput]
    customItems: list[CustomItemInput]
    coupons: list[CouponInput]
    deliveryMethod: DeliveryMethodInput
    giftCards: list[GiftCardInput]


class CreateCartRequest(TypedDict, total=False):
    cart: Cart
    catalogItems: list[CatalogItemInput]
    customItems: list[CustomItemInput]
    coupons: list[CouponInput]
    deliveryMethod: DeliveryMethodInput
    giftCards: list[GiftCardInput]


class CreateCartResponse(TypedDict, total=False):
    cart: Cart


class CustomItemAttributes(TypedDict, total=False):
    descriptionLines: list[DescriptionLine]
    image: Image
    url: PageUrlV2
    itemType: ItemType
    physicalProperties: PhysicalProperties
    serviceProperties: ServiceProperties
    membersOnly: bool


class CustomItemInput(TypedDict, total=False):
    name: TranslatableString
    quantityInfo: CustomItemQuantityInfo
    pricing: CustomItemPricingInfo
    source: CustomItemSource
    attributes: CustomItemAttributes
    deliveryConfig: CustomItemDeliveryConfig
    taxConfig: CustomItemTaxConfig
    paymentConfig: CustomItemPaymentConfig
    modifierGroups: list[ModifierGroup]


class CustomValidationErrorData(TypedDict, total=False):
    target: Target


class DeleteCartRequest(TypedDict, total=False):
    cartId: Required[str]


class EstimateCartOptions(TypedDict, total=False):
    """What ``estimateCart`` reads from ``options``."""

    refreshCart: bool
    validationConfig: ValidationsConfig
    calculateDelivery: bool
    calculateAdditionalFees: bool
    calculateTax: bool
    calculateGiftCards: bool


class EstimateCartRequest(TypedDict, total=False):
    cartId: Required[str]
    refreshCart: bool
    validationConfig: ValidationsConfig
    calculateDelivery: bool
    calculateAdditionalFees: bool
    calculateTax: bool
    calculateGiftCards: bool


class EstimateCartResponse(TypedDict, total=False):
    cart: Cart
    summary: CartSummary


class GetCartRequest(TypedDict, total=False):
    cartId: Required[str]


class GetCartResponse(TypedDict, total=False):
    cart: Cart


class GetCheckoutURLRequest(TypedDict, total=False):
    cartId: Required[str]
    currencyCode: str | None


class GetCheckoutUrlOptions(TypedDict, total=False):
    """What ``getCheckoutUrl`` reads from ``options``."""

    currencyCode: str | None


class GetUpsellOptionsRequest(TypedDict, total=False):
    cartId: Required[str]


class GetUpsellOptionsResponse(TypedDict, total=False):
    itemsUpsells: list[ItemUpsells]


class HandleAsyncCheckoutCompletionRequest(TypedDict, total=False):
    token: Required[str]


class Image(TypedDict, total=False):
    id: str
    url: str | None
    height: int
    width: int
    altText: str | None
    filename: str | None


class ItemAttributes(TypedDict, total=False):
    descriptionLines: list[DescriptionLine]
    image: Image
    url: PageUrlV2
    policies: list[Policy]
    itemType: ItemType
    physicalProperties: PhysicalProperties
    subscriptionInfo: SubscriptionOptionInfo
    serviceProperties: ServiceProperties
    membersOnly: bool


class ItemModifier(TypedDict, total=False):
    id: str
    quantity: int | None
    label: TranslatableString
    details: TranslatableString
    price: ConvertedMoney


class ItemSource(TypedDict, total=False):
    catalogReference: CatalogReference
    catalogOverrideFields: CatalogOverrideFields
    rootCatalogItemId: str | None
    inventoryAppId: str | None


class MarkCartAsCompletedOptions(TypedDict, total=False):
    """What ``markCartAsCompleted`` reads from ``options``."""

    orderId: str | None


class MarkCartAsCompletedRequest(TypedDict, total=False):
    cartId: Required[str]
    orderId: str | None


class MarkCartAsCompletedResponse(TypedDict, total=False):
    cart: Cart


class ModifierGroup(TypedDict, total=False):
    id: str
    name: TranslatableString
    modifiers: list[ItemModifier]


class PlaceOrderOptions(TypedDict, total=False):
    """What ``placeOrder`` reads from ``options``."""

    priceVerificationToken: str | None
    savePaymentMethod: bool
    delayCapture: bool


class PlaceOrderRequest(TypedDict, total=False):
    cartId: Required[str]
    priceVerificationToken: str | None
    savePaymentMethod: bool
    delayCapture: bool


class PlaceOrderResponse(TypedDict, total=False):
    orderId: str
    paymentGatewayOrderId: str | None
    completed: bool


class RefreshCartRequest(TypedDict, total=False):
    cartId: Required[str]


class RefreshCartResponse(TypedDict, total=False):
    cart: Cart


class RemoveCouponRequest(TypedDict, total=False):
    cartId: Required[str]
    couponId: Required[str]


class RemoveCouponResponse(TypedDict, total=False):
    cart: Cart


class RemoveDeliveryMethodRequest(TypedDict, total=False):
    cartId: Required[str]


class RemoveDeliveryMethodResponse(TypedDict, total=False):
    cart: Cart


class RemoveGiftCardRequest(TypedDict, total=False):
    cartId: Required[str]
    giftCardId: Required[str]


class RemoveGiftCardResponse(TypedDict, total=False):
    cart: Cart


class RemoveLineItemsRequest(TypedDict, total=False):
    cartId: Required[str]
    lineItemIds: Required[list[str]]


class RemoveLineItemsResponse(TypedDict, total=False):
    cart: Cart


class SetDeliveryMethodRequest(TypedDict, total=False):
    cartId: Required[str]
    deliveryMethod: Required[DeliveryMethodInput]


class SetDeliveryMethodResponse(TypedDict, total=False):
    cart: Cart


class TargetTargetTypeOneOf(TypedDict, total=False):
    other: Other
    lineItem: LineItem


class Target(TargetTargetTypeOneOf, total=False):
    pass


class UpdateCartRequest(TypedDict, total=False):
    cart: Required[Cart]


class UpdateCartResponse(TypedDict, total=False):
    cart: Cart


class UpdateFormSubmissionsOptions(TypedDict, total=False):
    """What ``updateFormSubmissions`` reads from ``options``."""

    formSubmissions: list[FormSubmission]


class UpdateFormSubmissionsRequest(TypedDict, total=False):
    cartId: Required[str]
    formSubmissions: list[FormSubmission]


class UpdateFormSubmissionsResponse(TypedDict, total=False):
    cart: Cart


class UpdateLineItemsOptions(TypedDict, total=False):
    """What ``updateLineItems`` reads from ``options``."""

    lineItems: list[LineItemUpdate]


class UpdateLineItemsRequest(TypedDict, total=False):
    cartId: Required[str]
    lineItems: list[LineItemUpdate]


class UpdateLineItemsResponse(TypedDict, total=False):
    cart: Cart


class V2LineItem(TypedDict, total=False):
    id: str
    name: TranslatableString
    quantityInfo: ItemQuantityInfo
    pricing: ItemPricingInfo
    source: ItemSource
    attributes: ItemAttributes
    deliveryConfig: ItemDeliveryConfig
    taxConfig: ItemTaxConfig
    paymentConfig: ItemPaymentConfig
    status: ItemStatus
    extendedFields: ExtendedFields
    modifierGroups: list[ModifierGroup]
    discounts: list[ItemDiscount]
    customLineItem: bool


class V2ViolationDataOneOf(TypedDict, total=False):
    customValidationData: CustomValidationErrorData
    invalidCouponStatusData: InvalidCouponStatusErrorData
    invalidCouponCodeData: InvalidCouponCodeErrorData
    invalidGiftCardCodeData: InvalidGiftCardCodeErrorData
    invalidGiftCardStatusData: InvalidGiftCardStatusErrorData
    lineItemsOutOfStockData: LineItemsOutOfStockErrorData
    membersOnlyItemData: MembersOnlyItemErrorData
    subtotalBelowOrderMinimumData: SubtotalBelowOrderMinimumErrorData
    invalidMembershipStatusData: InvalidMembershipStatusErrorData


class V2Violation(V2ViolationDataOneOf, total=False):
    scope: ViolationScope
    code: ViolationCode
    description: str | None
    severity: ViolationSeverity


class Violation(TypedDict, total=False):
    severity: Severity
    target: Target
    description: str | None
