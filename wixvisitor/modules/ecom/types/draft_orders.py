# File generated from @wix/auto_sdk_ecom_draft-orders 1.0.177
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.draft_orders``.

From ``@wix/auto_sdk_ecom_draft-orders``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.draft_orders import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import ActivityType as ActivityType
from ._shared import Address as Address
from ._shared import AddressLocation as AddressLocation
from ._shared import AddressWithContact as AddressWithContact
from ._shared import ApplicationError as ApplicationError
from ._shared import AppliedDiscountDiscountSourceOneOf as AppliedDiscountDiscountSourceOneOf
from ._shared import AppliedDiscountDiscountType as AppliedDiscountDiscountType
from ._shared import AttributionSource as AttributionSource
from ._shared import AuthorizedPaymentCaptured as AuthorizedPaymentCaptured
from ._shared import AuthorizedPaymentCreated as AuthorizedPaymentCreated
from ._shared import AuthorizedPaymentVoided as AuthorizedPaymentVoided
from ._shared import Balance as Balance
from ._shared import BillingChangedDetails as BillingChangedDetails
from ._shared import BusinessLocationChangedDetails as BusinessLocationChangedDetails
from ._shared import BuyerInfo as BuyerInfo
from ._shared import BuyerInfoIdOneOf as BuyerInfoIdOneOf
from ._shared import CarrierError as CarrierError
from ._shared import CarrierErrors as CarrierErrors
from ._shared import CashRounding as CashRounding
from ._shared import CatalogReference as CatalogReference
from ._shared import ChannelInfo as ChannelInfo
from ._shared import ChannelType as ChannelType
from ._shared import ChargebackCreated as ChargebackCreated
from ._shared import ChargebackReversed as ChargebackReversed
from ._shared import ChargeType as ChargeType
from ._shared import Color as Color
from ._shared import Coupon as Coupon
from ._shared import CreditCardDetails as CreditCardDetails
from ._shared import CurrencyConversionDetails as CurrencyConversionDetails
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
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
from ._shared import Details as Details
from ._shared import DetailsKindOneOf as DetailsKindOneOf
from ._shared import DigitalFile as DigitalFile
from ._shared import DiscountReason as DiscountReason
from ._shared import DiscountRule as DiscountRule
from ._shared import DiscountRuleName as DiscountRuleName
from ._shared import DiscountType as DiscountType
from ._shared import ExtendedFields as ExtendedFields
from ._shared import ExternalReceipt as ExternalReceipt
from ._shared import FieldViolation as FieldViolation
from ._shared import FreeTrialPeriod as FreeTrialPeriod
from ._shared import FulfillmentStatus as FulfillmentStatus
from ._shared import FullAddressContactDetails as FullAddressContactDetails
from ._shared import GiftCardPaymentRefund as GiftCardPaymentRefund
from ._shared import Image as Image
from ._shared import ItemModifier as ItemModifier
from ._shared import ItemTaxFullDetails as ItemTaxFullDetails
from ._shared import ItemType as ItemType
from ._shared import ItemTypeItemTypeDataOneOf as ItemTypeItemTypeDataOneOf
from ._shared import ItemTypePreset as ItemTypePreset
from ._shared import JurisdictionType as JurisdictionType
from ._shared import LineItemAmount as LineItemAmount
from ._shared import LineItemChanges as LineItemChanges
from ._shared import LineItemDiscount as LineItemDiscount
from ._shared import LineItemPriceChange as LineItemPriceChange
from ._shared import LineItemQuantityChange as LineItemQuantityChange
from ._shared import LineItemQuantityChangeType as LineItemQuantityChangeType
from ._shared import LineItemTaxBreakdown as LineItemTaxBreakdown
from ._shared import LineItemTaxInfo as LineItemTaxInfo
from ._shared import Location as Location
from ._shared import LocationAndQuantity as LocationAndQuantity
from ._shared import ManagedAdditionalFee as ManagedAdditionalFee
from ._shared import ManagedDiscount as ManagedDiscount
from ._shared import ManagedLineItem as ManagedLineItem
from ._shared import MeasurementUnit as MeasurementUnit
from ._shared import MembershipPaymentRefund as MembershipPaymentRefund
from ._shared import MerchantComment as MerchantComment
from ._shared import MerchantDiscount as MerchantDiscount
from ._shared import (
    MerchantDiscountMerchantDiscountReasonOneOf as MerchantDiscountMerchantDiscountReasonOneOf,
)
from ._shared import ModifierGroup as ModifierGroup
from ._shared import OrderActivityTypeEnumActivityType as OrderActivityTypeEnumActivityType
from ._shared import OrderCreateNotifications as OrderCreateNotifications
from ._shared import OrderLineItem as OrderLineItem
from ._shared import OrderRefunded as OrderRefunded
from ._shared import OrderTaxBreakdown as OrderTaxBreakdown
from ._shared import OrderTaxInfo as OrderTaxInfo
from ._shared import OwnerApps as OwnerApps
from ._shared import PageUrlV2 as PageUrlV2
from ._shared import PaymentCanceled as PaymentCanceled
from ._shared import PaymentCanceledPaymentDetailsOneOf as PaymentCanceledPaymentDetailsOneOf
from ._shared import PaymentDeclined as PaymentDeclined
from ._shared import PaymentDeclinedPaymentDetailsOneOf as PaymentDeclinedPaymentDetailsOneOf
from ._shared import PaymentOptionType as PaymentOptionType
from ._shared import PaymentPending as PaymentPending
from ._shared import PaymentPendingPaymentDetailsOneOf as PaymentPendingPaymentDetailsOneOf
from ._shared import PaymentRefunded as PaymentRefunded
from ._shared import PaymentRefundFailed as PaymentRefundFailed
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
from ._shared import ReceiptCreated as ReceiptCreated
from ._shared import ReceiptCreatedReceiptInfoOneOf as ReceiptCreatedReceiptInfoOneOf
from ._shared import ReceiptSent as ReceiptSent
from ._shared import ReceiptSentReceiptInfoOneOf as ReceiptSentReceiptInfoOneOf
from ._shared import RecipientInfoChangedDetails as RecipientInfoChangedDetails
from ._shared import RefundedAsStoreCredit as RefundedAsStoreCredit
from ._shared import RefundedPayment as RefundedPayment
from ._shared import RefundedPaymentKindOneOf as RefundedPaymentKindOneOf
from ._shared import RefundInitiated as RefundInitiated
from ._shared import RegularPayment as RegularPayment
from ._shared import (
    RegularPaymentPaymentMethodDetailsOneOf as RegularPaymentPaymentMethodDetailsOneOf,
)
from ._shared import RegularPaymentRefund as RegularPaymentRefund
from ._shared import RuleType as RuleType
from ._shared import SavedPaymentMethod as SavedPaymentMethod
from ._shared import ShippingRegion as ShippingRegion
from ._shared import SortOrder as SortOrder
from ._shared import StreetAddress as StreetAddress
from ._shared import SubscriptionFrequency as SubscriptionFrequency
from ._shared import SubscriptionInfo as SubscriptionInfo
from ._shared import SubscriptionSettings as SubscriptionSettings
from ._shared import SystemError as SystemError
from ._shared import TagList as TagList
from ._shared import TaxableAddress as TaxableAddress
from ._shared import TaxableAddressTaxableAddressDataOneOf as TaxableAddressTaxableAddressDataOneOf
from ._shared import TaxableAddressType as TaxableAddressType
from ._shared import TotalPriceChange as TotalPriceChange
from ._shared import TranslatableString as TranslatableString
from ._shared import TranslatedValue as TranslatedValue
from ._shared import UpdateExtendedFieldsRequest as UpdateExtendedFieldsRequest
from ._shared import ValidationError as ValidationError
from ._shared import VatId as VatId
from ._shared import VatType as VatType
from ._shared import WeightUnit as WeightUnit
from ._shared import WixReceipt as WixReceipt

AdditionalFeeSource: TypeAlias = Literal["SERVICE_PLUGIN", "ITEM", "MANUAL", "SHIPPING", "PLATFORM"]
EditingStatus: TypeAlias = Literal["DRAFT", "COMMITTED"]
NonDraftableReason: TypeAlias = Literal[
    "PARTIALLY_OR_FULLY_REFUNDED",
    "UNSUPPORTED_CHANNEL_TYPE",
    "ORDER_STATUS_IS_NOT_SUPPORTED",
    "ORDER_AND_SITE_CURRENCIES_ARE_INCONSISTENT",
    "ORDER_AND_SITE_WEIGHT_UNITS_ARE_INCONSISTENT",
    "ORDER_NOT_FOUND",
    "SUBSCRIPTION_LINE_ITEM_EXISTS",
]
PaymentStatus: TypeAlias = Literal[
    "UNSPECIFIED",
    "NOT_PAID",
    "PAID",
    "PARTIALLY_REFUNDED",
    "FULLY_REFUNDED",
    "PENDING",
    "PARTIALLY_PAID",
    "PENDING_MERCHANT",
    "CANCELED",
    "DECLINED",
]
PickupDetailsPickupMethod: TypeAlias = Literal["STORE_PICKUP", "PICKUP_POINT"]
SourceType: TypeAlias = Literal["ORIGINAL_ORDER", "AUTOMATIC", "CUSTOM"]
V1OrderStatus: TypeAlias = Literal["INITIALIZED", "APPROVED", "CANCELED", "PENDING", "REJECTED"]


class ActivityContentOneOf(TypedDict, total=False):
    merchantComment: MerchantComment
    orderRefunded: OrderRefunded
    draftOrderChangesApplied: DraftOrderChangesApplied
    savedPaymentMethod: SavedPaymentMethod
    authorizedPaymentCreated: AuthorizedPaymentCreated
    authorizedPaymentCaptured: AuthorizedPaymentCaptured
    authorizedPaymentVoided: AuthorizedPaymentVoided
    refundInitiated: RefundInitiated
    paymentRefunded: PaymentRefunded
    paymentRefundFailed: PaymentRefundFailed
    refundedAsStoreCredit: RefundedAsStoreCredit
    paymentPending: PaymentPending
    paymentCanceled: PaymentCanceled
    paymentDeclined: PaymentDeclined
    receiptCreated: ReceiptCreated
    receiptSent: ReceiptSent
    chargebackCreated: ChargebackCreated
    chargebackReversed: ChargebackReversed


class Activity(ActivityContentOneOf, total=False):
    id: str | None
    authorEmail: str | None
    createdDate: str | None
    type: ActivityType
    activityType: OrderActivityTypeEnumActivityType


class AddLineItemsToDraftOrderOptions(TypedDict, total=False):
    """What ``addLineItemsToDraftOrder`` reads from ``options``."""

    catalogLineItems: list[CatalogReferenceLineItem]
    customLineItems: list[CustomLineItem]


class AddLineItemsToDraftOrderRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    catalogLineItems: list[CatalogReferenceLineItem]
    customLineItems: list[CustomLineItem]


class AddLineItemsToDraftOrderResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


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
    taxDetails: TaxDetails
    source: SourceType
    applied: bool


class AdditionalFeeOption(TypedDict, total=False):
    name: str
    price: Price
    taxDetails: TaxDetails
    applyToDraftOrder: bool | None
    code: str | None
    lineItemIds: list[str]


class AppliedDiscount(AppliedDiscountDiscountSourceOneOf, total=False):
    discountType: AppliedDiscountDiscountType
    lineItemIds: list[str]
    id: str | None
    lineItemDiscounts: list[LineItemDiscount]


class BalanceSummary(TypedDict, total=False):
    balance: Balance
    paid: Price
    refunded: Price
    authorized: Price
    platformFees: Price
    totalMinusPlatformFees: Price
    cashRoundingAdjustment: CashRounding


class BillingDetailsChangeTypeOneOf(TypedDict, total=False):
    added: bool
    changedDetails: BillingChangedDetails
    removed: bool


class BillingDetails(BillingDetailsChangeTypeOneOf, total=False):
    billingInfo: AddressWithContact


class BusinessLocationDetailsChangeTypeOneOf(TypedDict, total=False):
    added: bool
    changedDetails: BusinessLocationChangedDetails
    removed: bool


class BusinessLocationDetails(BusinessLocationDetailsChangeTypeOneOf, total=False):
    businessLocation: Location


class BuyerChangedDetails(TypedDict, total=False):
    buyerInfoBeforeChange: BuyerInfo


class BuyerDetailsChangeTypeOneOf(TypedDict, total=False):
    added: bool
    changedDetails: BuyerChangedDetails
    removed: bool


class BuyerDetails(BuyerDetailsChangeTypeOneOf, total=False):
    buyerInfo: BuyerInfo


class CalculatedDraftOrder(TypedDict, total=False):
    draftOrder: DraftOrder
    shippingOptions: list[ShippingOption]
    calculationErrors: CalculationErrors


class CalculationErrorsShippingCalculationErrorOneOf(TypedDict, total=False):
    generalShippingCalculationError: Details
    carrierErrors: CarrierErrors


class CalculationErrors(CalculationErrorsShippingCalculationErrorOneOf, total=False):
    taxCalculationError: Details
    orderValidationErrors: list[ApplicationError]


class CatalogReferenceLineItem(TypedDict, total=False):
    catalogReference: CatalogReference
    quantity: int
    price: Price
    priceUndetermined: bool
    locations: list[LocationAndQuantity]
    id: str | None


class CommitDraftOrderOptions(TypedDict, total=False):
    """What ``commitDraftOrder`` reads from ``options``."""

    commitSettings: DraftOrderCommitSettings
    reason: str | None


class CommitDraftOrderRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    commitSettings: DraftOrderCommitSettings
    reason: str | None


class CommitDraftOrderResponse(TypedDict, total=False):
    committedDraftOrder: DraftOrder
    orderAfterCommit: Order


class CreateCustomAdditionalFeesOptions(TypedDict, total=False):
    """What ``createCustomAdditionalFees`` reads from ``options``."""

    customAdditionalFees: list[AdditionalFeeOption]


class CreateCustomAdditionalFeesRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    customAdditionalFees: list[AdditionalFeeOption]


class CreateCustomAdditionalFeesResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class CreateCustomDiscountsOptions(TypedDict, total=False):
    """What ``createCustomDiscounts`` reads from ``options``."""

    discounts: list[DiscountOption]


class CreateCustomDiscountsRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    discounts: list[DiscountOption]


class CreateCustomDiscountsResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class CreateDraftOrderOptions(TypedDict, total=False):
    """What ``createDraftOrder`` reads from ``options``."""

    orderId: str | None
    sourceOrderId: str
    draftOrder: DraftOrderInput


class CreateDraftOrderRequestSourceOneOf(TypedDict, total=False):
    sourceOrderId: str
    draftOrder: DraftOrderInput


class CreateDraftOrderRequest(CreateDraftOrderRequestSourceOneOf, total=False):
    orderId: str | None


class CreateDraftOrderResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder
    preexistingDraftOrder: bool | None


class CreateEmptyDraftOrderRequest(TypedDict, total=False):
    pass


class CreateEmptyDraftOrderResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class CreateOrderFromDraftOptions(TypedDict, total=False):
    """What ``createOrderFromDraft`` reads from ``options``."""

    createSettings: OrderCreateSettings
    reason: str | None
    channelInfo: ChannelInfo


class CreateOrderFromDraftRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    createSettings: OrderCreateSettings
    reason: str | None
    channelInfo: ChannelInfo


class CreateOrderFromDraftResponse(TypedDict, total=False):
    committedDraftOrder: DraftOrder
    createdOrder: Order


class CreatedByStringOneOf(TypedDict, total=False):
    userId: str
    appId: str


class CreatedBy(CreatedByStringOneOf, total=False):
    pass


class CursorQuery(CursorQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class CustomLineItem(TypedDict, total=False):
    id: str | None
    quantity: int
    catalogReference: CatalogReference
    productName: ProductName
    url: PageUrlV2
    price: Price
    lineItemPrice: Price
    fullPrice: Price
    priceBeforeDiscounts: Price
    descriptionLines: list[DescriptionLine]
    media: Image
    physicalProperties: PhysicalProperties
    itemType: ItemType
    priceDescription: PriceDescription
    deliveryProfileId: str | None
    locations: list[LocationAndQuantity]


class DeleteCustomAdditionalFeesRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    customAdditionalFees: Required[list[str]]


class DeleteCustomAdditionalFeesResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class DeleteCustomDiscountsRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    discountIds: Required[list[str]]


class DeleteCustomDiscountsResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class DeleteDraftOrderRequest(TypedDict, total=False):
    draftOrderId: Required[str]


class DeleteDraftOrderResponse(TypedDict, total=False):
    pass


class DeliveryLogistics(TypedDict, total=False):
    deliveryTime: str | None
    instructions: str | None
    pickupDetails: PickupDetails
    deliveryTimeSlot: DeliveryTimeSlot


class DepositDetailsDepositOneOf(TypedDict, total=False):
    amount: Price
    percentage: str | None


class DepositDetails(DepositDetailsDepositOneOf, total=False):
    priceSummary: PriceSummary


class DescriptionLinesOverride(TypedDict, total=False):
    pass


class DiscountDetails(TypedDict, total=False):
    discount: AppliedDiscount
    source: SourceType
    applied: bool


class DiscountOptionDiscountAmountOneOf(TypedDict, total=False):
    priceAmount: Price
    percentage: str | None


class DiscountOption(DiscountOptionDiscountAmountOneOf, total=False):
    discountType: DiscountType
    lineItemId: str | None
    amount: Price
    description: str | None
    applyToDraftOrder: bool | None
    lineItemDiscounts: list[LineItemDiscount]


class DraftOrder(TypedDict, total=False):
    id: str | None
    orderId: str | None
    lineItems: list[ItemDetails]
    shippingInfo: ShippingDetails
    buyerInfo: BuyerInfo
    billingInfo: AddressWithContact
    additionalFees: list[AdditionalFeeDetails]
    discounts: list[DiscountDetails]
    createdDate: str | None
    updatedDate: str | None
    createdBy: CreatedBy
    status: EditingStatus
    weightUnit: WeightUnit
    currency: str | None
    priceSummary: PriceSummary
    taxSummary: TaxSummary
    balanceSummary: BalanceSummary
    commitSettings: DraftOrderCommitSettings
    memberId: str | None
    purchaseFlowId: str | None
    recipientInfo: RecipientInfoDetails
    taxInfo: OrderTaxInfo
    extendedFields: ExtendedFields
    buyerDetails: BuyerDetails
    billingDetails: BillingDetails
    businessLocationDetails: BusinessLocationDetails
    platformFeeSummary: PlatformFeeSummary


class DraftOrderChangesApplied(TypedDict, total=False):
    draftOrderId: str
    reason: str | None
    changes: list[OrderChange]


class DraftOrderCommitSettings(TypedDict, total=False):
    sendNotificationsToBuyer: bool | None
    sendNotificationsToBusiness: bool | None
    addActivitiesToOrder: bool | None
    sendNotificationsToCustomFulfillers: bool | None
    updateInventory: list[InventoryUpdate]


class DraftOrderInput(TypedDict, total=False):
    catalogLineItems: list[CatalogReferenceLineItem]
    customLineItems: list[CustomLineItem]
    discounts: list[DiscountOption]
    buyerInfo: BuyerInfo
    additionalFees: list[AdditionalFeeOption]
    recipientInfo: AddressWithContact
    shippingInfo: V1ShippingInformation
    billingInfo: AddressWithContact
    taxExempt: bool
    businessLocation: Location
    extendedFields: ExtendedFields


class GetDraftOrderRequest(TypedDict, total=False):
    draftOrderId: Required[str]


class GetDraftOrderResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class GetOrderDraftabilityStatusRequest(TypedDict, total=False):
    orderId: Required[str]


class GetOrderDraftabilityStatusResponse(TypedDict, total=False):
    orderId: str
    orderDraftable: bool
    nonDraftableReasons: list[NonDraftableReason]


class IdAndApplied(TypedDict, total=False):
    id: str
    applied: bool


class InventoryUpdate(TypedDict, total=False):
    lineItemId: str


class ItemChangedDetails(TypedDict, total=False):
    quantityBeforeChange: int | None
    priceBeforeChange: Price
    priceDescriptionBeforeChange: PriceDescription
    modifierGroupsBeforeChange: list[ModifierGroup]


class ItemDetailsChangeTypeOneOf(TypedDict, total=False):
    added: bool
    changedDetails: ItemChangedDetails
    removed: bool


class ItemDetails(ItemDetailsChangeTypeOneOf, total=False):
    lineItem: OrderLineItem


class LineItemChangeDetails(TypedDict, total=False):
    lineItemId: str
    newQuantity: int | None
    newPrice: str | None
    newPriceDescription: PriceDescription
    newProductName: ProductName
    newDescriptionLines: DescriptionLinesOverride
    newModifierGroups: ModifiersGroupsOverride


class ModifiersGroupsOverride(TypedDict, total=False):
    modifierGroups: list[ModifierGroup]


class Order(TypedDict, total=False):
    id: str | None
    number: str
    createdDate: str | None
    updatedDate: str | None
    lineItems: list[OrderLineItem]
    buyerInfo: BuyerInfo
    paymentStatus: PaymentStatus
    fulfillmentStatus: FulfillmentStatus
    buyerLanguage: str | None
    weightUnit: WeightUnit
    currency: str | None
    currencyConversionDetails: CurrencyConversionDetails
    taxIncludedInPrices: bool
    siteLanguage: str | None
    priceSummary: PriceSummary
    billingInfo: AddressWithContact
    shippingInfo: V1ShippingInformation
    buyerNote: str | None
    status: V1OrderStatus
    archived: bool | None
    taxSummary: TaxSummary
    taxInfo: OrderTaxInfo
    appliedDiscounts: list[AppliedDiscount]
    activities: list[Activity]
    attributionSource: AttributionSource
    createdBy: V1CreatedBy
    channelInfo: ChannelInfo
    seenByAHuman: bool | None
    checkoutId: str | None
    customFields: list[CustomField]
    balanceSummary: V1BalanceSummary
    additionalFees: list[AdditionalFee]
    extendedFields: ExtendedFields
    purchaseFlowId: str | None
    recipientInfo: AddressWithContact
    tags: Tags
    purchasedDate: str | None
    businessLocation: Location
    payAfterFreeTrial: PriceSummary
    platformFeeSummary: PlatformFeeSummary
    imported: bool


class OrderChangeValueOneOf(TypedDict, total=False):
    lineItemChanged: LineItemChanges
    lineItemAdded: ManagedLineItem
    lineItemRemoved: ManagedLineItem
    discountAdded: ManagedDiscount
    discountRemoved: ManagedDiscount
    additionalFeeAdded: ManagedAdditionalFee
    additionalFeeRemoved: ManagedAdditionalFee
    totalPriceChanged: TotalPriceChange
    shippingInformationChanged: ShippingInformationChange


class OrderChange(OrderChangeValueOneOf, total=False):
    pass


class OrderCreateSettingsEditableByOneOf(TypedDict, total=False):
    editableByEveryone: bool
    editableByOwnerApps: OwnerApps


class OrderCreateSettings(OrderCreateSettingsEditableByOneOf, total=False):
    notifications: OrderCreateNotifications


class PickupDetails(TypedDict, total=False):
    address: Address
    pickupMethod: PickupMethod


class QueryDraftOrdersRequest(TypedDict, total=False):
    query: CursorQuery


class QueryDraftOrdersResponse(TypedDict, total=False):
    draftOrders: list[DraftOrder]
    pagingMetadata: CursorPagingMetadata


class RecipientInfoDetailsChangeTypeOneOf(TypedDict, total=False):
    added: bool
    changedDetails: RecipientInfoChangedDetails
    removed: bool


class RecipientInfoDetails(RecipientInfoDetailsChangeTypeOneOf, total=False):
    recipientInfo: AddressWithContact


class SetAdditionalFeesRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    additionalFees: Required[list[IdAndApplied]]


class SetAdditionalFeesResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetBillingInfoOptions(TypedDict, total=False):
    """What ``setBillingInfo`` reads from ``options``."""

    billingInfo: AddressWithContact


class SetBillingInfoRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    billingInfo: AddressWithContact


class SetBillingInfoResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetBusinessLocationOptions(TypedDict, total=False):
    """What ``setBusinessLocation`` reads from ``options``."""

    businessLocation: Location


class SetBusinessLocationRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    businessLocation: Location


class SetBusinessLocationResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetBuyerInfoOptions(TypedDict, total=False):
    """What ``setBuyerInfo`` reads from ``options``."""

    buyerInfo: BuyerInfo


class SetBuyerInfoRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    buyerInfo: BuyerInfo


class SetBuyerInfoResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetDepositRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    depositDetails: DepositDetails


class SetDepositResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetDiscountsRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    discounts: Required[list[IdAndApplied]]


class SetDiscountsResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetRecipientInfoOptions(TypedDict, total=False):
    """What ``setRecipientInfo`` reads from ``options``."""

    recipientInfo: AddressWithContact


class SetRecipientInfoRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    recipientInfo: AddressWithContact


class SetRecipientInfoResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetShippingInfoOptions(TypedDict, total=False):
    """What ``setShippingInfo`` reads from ``options``."""

    shippingInfo: V1ShippingInformation


class SetShippingInfoRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    shippingInfo: V1ShippingInformation


class SetShippingInfoResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class SetTaxExemptionOptions(TypedDict, total=False):
    """What ``setTaxExemption`` reads from ``options``."""

    taxExempt: Required[bool | None]


class SetTaxExemptionRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    taxExempt: Required[bool | None]


class SetTaxExemptionResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class ShippingChangedDetails(TypedDict, total=False):
    shippingInfoBeforeChange: V1ShippingInformation


class ShippingDetailsChangeTypeOneOf(TypedDict, total=False):
    added: bool
    changedDetails: ShippingChangedDetails
    removed: bool


class ShippingDetails(ShippingDetailsChangeTypeOneOf, total=False):
    shippingInfo: V1ShippingInformation


class ShippingInformation(TypedDict, total=False):
    total: Price
    shippingTitle: str


class ShippingInformationChange(TypedDict, total=False):
    originalShippingInfo: ShippingInformation
    newShippingInfo: ShippingInformation


class ShippingOption(TypedDict, total=False):
    carrierId: str | None
    code: str
    title: str
    logistics: DeliveryLogistics
    cost: ShippingPrice


class ShippingPrice(TypedDict, total=False):
    price: Price
    currency: str


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation


class Tags(TypedDict, total=False):
    privateTags: TagList
    tags: TagList


class TaxDetails(TypedDict, total=False):
    taxable: bool
    taxGroupId: str | None


class TaxSummary(TypedDict, total=False):
    totalTax: Price


class UpdateExtendedFieldsOptions(TypedDict, total=False):
    """What ``updateExtendedFields`` reads from ``options``."""

    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsResponse(TypedDict, total=False):
    draftOrder: DraftOrder


class UpdateLineItemsRequest(TypedDict, total=False):
    draftOrderId: Required[str]
    lineItemChanges: Required[list[LineItemChangeDetails]]


class UpdateLineItemsResponse(TypedDict, total=False):
    calculatedDraftOrder: CalculatedDraftOrder


class V1BalanceSummary(TypedDict, total=False):
    balance: Balance
    paid: Price
    refunded: Price
    authorized: Price
    pendingRefund: Price
    pending: Price
    chargeback: Price
    chargebackReversal: Price
    platformFees: Price
    totalMinusPlatformFees: Price
    cashRoundingAdjustment: CashRounding


class V1CreatedByStringOneOf(TypedDict, total=False):
    userId: str
    memberId: str
    visitorId: str
    appId: str


class V1CreatedBy(V1CreatedByStringOneOf, total=False):
    pass


class V1DeliveryLogisticsAddressOneOf(TypedDict, total=False):
    shippingDestination: AddressWithContact
    pickupDetails: V1PickupDetails


class V1DeliveryLogistics(V1DeliveryLogisticsAddressOneOf, total=False):
    deliveryTime: str | None
    instructions: str | None
    deliverByDate: str | None
    deliveryTimeSlot: V1DeliveryTimeSlot


V1DeliveryTimeSlot = TypedDict(
    "V1DeliveryTimeSlot",
    {
        "from": "str | None",
        "to": "str | None",
    },
    total=False,
)


class V1PickupDetails(TypedDict, total=False):
    address: PickupAddress
    pickupMethod: PickupDetailsPickupMethod


class V1ShippingInformation(TypedDict, total=False):
    carrierId: str | None
    code: str | None
    title: str
    logistics: V1DeliveryLogistics
    cost: V1ShippingPrice
    region: ShippingRegion


class V1ShippingPrice(TypedDict, total=False):
    price: Price
    totalPriceBeforeTax: Price
    totalPriceAfterTax: Price
    taxDetails: ItemTaxFullDetails
    taxInfo: LineItemTaxInfo
    discount: Price
