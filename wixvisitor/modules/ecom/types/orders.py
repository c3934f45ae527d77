# File generated from @wix/auto_sdk_ecom_orders 1.0.298
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.orders``.

From ``@wix/auto_sdk_ecom_orders``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.orders import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import ActionType as ActionType
from ._shared import ActivityType as ActivityType
from ._shared import AdditionalFeeRefund as AdditionalFeeRefund
from ._shared import Address as Address
from ._shared import AddressLocation as AddressLocation
from ._shared import AddressWithContact as AddressWithContact
from ._shared import AggregatedRefundSummary as AggregatedRefundSummary
from ._shared import ApplicationError as ApplicationError
from ._shared import AppliedDiscountDiscountSourceOneOf as AppliedDiscountDiscountSourceOneOf
from ._shared import AttributionSource as AttributionSource
from ._shared import AuthorizationActionFailureDetails as AuthorizationActionFailureDetails
from ._shared import AuthorizationCapture as AuthorizationCapture
from ._shared import AuthorizationCaptureStatus as AuthorizationCaptureStatus
from ._shared import AuthorizationDetails as AuthorizationDetails
from ._shared import AuthorizationVoid as AuthorizationVoid
from ._shared import AuthorizationVoidStatus as AuthorizationVoidStatus
from ._shared import AuthorizedPaymentCaptured as AuthorizedPaymentCaptured
from ._shared import AuthorizedPaymentCreated as AuthorizedPaymentCreated
from ._shared import AuthorizedPaymentVoided as AuthorizedPaymentVoided
from ._shared import Balance as Balance
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import BuyerInfo as BuyerInfo
from ._shared import BuyerInfoIdOneOf as BuyerInfoIdOneOf
from ._shared import CashRounding as CashRounding
from ._shared import CashRoundingDetails as CashRoundingDetails
from ._shared import CatalogReference as CatalogReference
from ._shared import ChannelInfo as ChannelInfo
from ._shared import ChannelType as ChannelType
from ._shared import Chargeback as Chargeback
from ._shared import ChargebackCreated as ChargebackCreated
from ._shared import ChargebackReversed as ChargebackReversed
from ._shared import ChargebackStatus as ChargebackStatus
from ._shared import ChargeType as ChargeType
from ._shared import Color as Color
from ._shared import Coupon as Coupon
from ._shared import CreditCardDetails as CreditCardDetails
from ._shared import CreditCardPaymentMethodDetails as CreditCardPaymentMethodDetails
from ._shared import CurrencyConversionDetails as CurrencyConversionDetails
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import Cursors as Cursors
from ._shared import CustomField as CustomField
from ._shared import DecimalQuantity as DecimalQuantity
from ._shared import DecimalQuantityUnitOneOf as DecimalQuantityUnitOneOf
from ._shared import DelayedCaptureSettings as DelayedCaptureSettings
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
from ._shared import Duration as Duration
from ._shared import DurationUnit as DurationUnit
from ._shared import ExtendedFields as ExtendedFields
from ._shared import ExternalReceipt as ExternalReceipt
from ._shared import FreeTrialPeriod as FreeTrialPeriod
from ._shared import FulfillmentStatus as FulfillmentStatus
from ._shared import FullAddressContactDetails as FullAddressContactDetails
from ._shared import FutureMembershipDetails as FutureMembershipDetails
from ._shared import GiftCardPaymentDetails as GiftCardPaymentDetails
from ._shared import GiftCardPaymentRefund as GiftCardPaymentRefund
from ._shared import Image as Image
from ._shared import ItemMetadata as ItemMetadata
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
from ._shared import LineItemRefund as LineItemRefund
from ._shared import LineItemRefundSummary as LineItemRefundSummary
from ._shared import LineItemTaxBreakdown as LineItemTaxBreakdown
from ._shared import LineItemTaxInfo as LineItemTaxInfo
from ._shared import Location as Location
from ._shared import LocationAndQuantity as LocationAndQuantity
from ._shared import ManagedAdditionalFee as ManagedAdditionalFee
from ._shared import ManagedDiscount as ManagedDiscount
from ._shared import ManagedLineItem as ManagedLineItem
from ._shared import MeasurementUnit as MeasurementUnit
from ._shared import MembershipName as MembershipName
from ._shared import MembershipPaymentDetails as MembershipPaymentDetails
from ._shared import MembershipPaymentRefund as MembershipPaymentRefund
from ._shared import MembershipPaymentStatus as MembershipPaymentStatus
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
from ._shared import Payment as Payment
from ._shared import PaymentCanceled as PaymentCanceled
from ._shared import PaymentCanceledPaymentDetailsOneOf as PaymentCanceledPaymentDetailsOneOf
from ._shared import PaymentDeclined as PaymentDeclined
from ._shared import PaymentDeclinedPaymentDetailsOneOf as PaymentDeclinedPaymentDetailsOneOf
from ._shared import PaymentMethodName as PaymentMethodName
from ._shared import PaymentOptionType as PaymentOptionType
from ._shared import PaymentPaymentDetailsOneOf as PaymentPaymentDetailsOneOf
from ._shared import PaymentPending as PaymentPending
from ._shared import PaymentPendingPaymentDetailsOneOf as PaymentPendingPaymentDetailsOneOf
from ._shared import PaymentReceiptInfoOneOf as PaymentReceiptInfoOneOf
from ._shared import PaymentRefund as PaymentRefund
from ._shared import PaymentRefunded as PaymentRefunded
from ._shared import PaymentRefundFailed as PaymentRefundFailed
from ._shared import PaymentStatus as PaymentStatus
from ._shared import PaymentStatusDetailsOneOf as PaymentStatusDetailsOneOf
from ._shared import PhysicalProperties as PhysicalProperties
from ._shared import PickupAddress as PickupAddress
from ._shared import PickupMethod as PickupMethod
from ._shared import PlainTextValue as PlainTextValue
from ._shared import PlatformFee as PlatformFee
from ._shared import PlatformFeeSummary as PlatformFeeSummary
from ._shared import PredefinedPaymentMethod as PredefinedPaymentMethod
from ._shared import Price as Price
from ._shared import PriceDescription as PriceDescription
from ._shared import PriceSummary as PriceSummary
from ._shared import ProductName as ProductName
from ._shared import Reason as Reason
from ._shared import ReceiptCreated as ReceiptCreated
from ._shared import ReceiptCreatedReceiptInfoOneOf as ReceiptCreatedReceiptInfoOneOf
from ._shared import ReceiptSent as ReceiptSent
from ._shared import ReceiptSentReceiptInfoOneOf as ReceiptSentReceiptInfoOneOf
from ._shared import Refund as Refund
from ._shared import RefundDetails as RefundDetails
from ._shared import RefundedAsStoreCredit as RefundedAsStoreCredit
from ._shared import RefundedPayment as RefundedPayment
from ._shared import RefundedPaymentKindOneOf as RefundedPaymentKindOneOf
from ._shared import RefundInitiated as RefundInitiated
from ._shared import RefundItem as RefundItem
from ._shared import RefundItemsBreakdown as RefundItemsBreakdown
from ._shared import RefundStatus as RefundStatus
from ._shared import RefundStatusInfo as RefundStatusInfo
from ._shared import RefundTransaction as RefundTransaction
from ._shared import RegularPayment as RegularPayment
from ._shared import RegularPaymentDetails as RegularPaymentDetails
from ._shared import (
    RegularPaymentDetailsPaymentMethodDetailsOneOf as RegularPaymentDetailsPaymentMethodDetailsOneOf,
)
from ._shared import (
    RegularPaymentPaymentMethodDetailsOneOf as RegularPaymentPaymentMethodDetailsOneOf,
)
from ._shared import RegularPaymentRefund as RegularPaymentRefund
from ._shared import RestockItem as RestockItem
from ._shared import SavedPaymentMethod as SavedPaymentMethod
from ._shared import ScheduledAction as ScheduledAction
from ._shared import ServiceProperties as ServiceProperties
from ._shared import ShippingRefund as ShippingRefund
from ._shared import ShippingRegion as ShippingRegion
from ._shared import SortOrder as SortOrder
from ._shared import StreetAddress as StreetAddress
from ._shared import SubscriptionFrequency as SubscriptionFrequency
from ._shared import SubscriptionInfo as SubscriptionInfo
from ._shared import SubscriptionSettings as SubscriptionSettings
from ._shared import TagList as TagList
from ._shared import TaxableAddress as TaxableAddress
from ._shared import TaxableAddressTaxableAddressDataOneOf as TaxableAddressTaxableAddressDataOneOf
from ._shared import TaxableAddressType as TaxableAddressType
from ._shared import TotalPriceChange as TotalPriceChange
from ._shared import TransactionStatus as TransactionStatus
from ._shared import TranslatableString as TranslatableString
from ._shared import TranslatedValue as TranslatedValue
from ._shared import UserDefinedPaymentMethodName as UserDefinedPaymentMethodName
from ._shared import UserDefinedPaymentMethodNameKindOneOf as UserDefinedPaymentMethodNameKindOneOf
from ._shared import V1ScheduledAction as V1ScheduledAction
from ._shared import VatId as VatId
from ._shared import VatType as VatType
from ._shared import WeightUnit as WeightUnit
from ._shared import WixReceipt as WixReceipt

AdditionalFeeSource: TypeAlias = Literal["SERVICE_PLUGIN", "ITEM", "MANUAL", "SHIPPING", "PLATFORM"]
ManuallyRefundableReason: TypeAlias = Literal[
    "EXPIRED", "NOT_SUPPORTED", "OFFLINE", "REQUIRES_CARD_READER"
]
NonRefundableReason: TypeAlias = Literal[
    "NONE",
    "ALREADY_REFUNDED",
    "PROVIDER_IS_DOWN",
    "INTERNAL_ERROR",
    "NOT_PAID",
    "ACCESS_DENIED",
    "ZERO_PRICE",
    "DISABLED_BY_PROVIDER",
    "PENDING_REFUND",
    "FORBIDDEN",
    "TRANSACTION_NOT_FOUND",
    "ORDER_IS_PENDING",
    "ORDER_IS_REJECTED",
]
OrderApprovalStrategy: TypeAlias = Literal["DEFAULT", "PAYMENT_RECEIVED", "PAYMENT_METHOD_SAVED"]
OrderStatus: TypeAlias = Literal["INITIALIZED", "APPROVED", "CANCELED", "PENDING", "REJECTED"]
PaymentCollectabilityStatus: TypeAlias = Literal[
    "UNKNOWN",
    "COLLECTABLE",
    "NONCOLLECTABLE_ORDER_IS_CANCELLED",
    "NONCOLLECTABLE_ORDER_IS_PAID",
    "NONCOLLECTABLE_MISSING_PAYMENT_METHOD",
    "NONCOLLECTABLE_ORDER_IS_PENDING",
    "NONCOLLECTABLE_ORDER_IS_REJECTED",
    "NONCOLLECTABLE_ORDER_HAS_SUBSCRIPTIONS",
    "NONCOLLECTABLE_ORDER_HAS_CHARGEBACKS",
    "NONCOLLECTABLE_SUBSCRIPTION_CYCLE_ALREADY_PASSED",
    "NONCOLLECTABLE_ORDER_HAS_UNSUPPORTED_SUBSCRIPTION",
    "NONCOLLECTABLE_CUSTOM_AMOUNT_NOT_SUPPORTED",
]
PaymentStatusEnumPaymentStatus: TypeAlias = Literal[
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
RefundableStatus: TypeAlias = Literal["NOT_REFUNDABLE", "MANUAL", "REFUNDABLE"]
RestockType: TypeAlias = Literal["NO_ITEMS", "ALL_ITEMS", "SOME_ITEMS"]


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


class AddActivitiesOptions(TypedDict, total=False):
    """What ``addActivities`` reads from ``options``."""

    orderActivities: list[Activity]


class AddActivitiesRequest(TypedDict, total=False):
    orderId: Required[str]
    orderActivities: list[Activity]


class AddActivitiesResponse(TypedDict, total=False):
    order: Order
    activityIds: list[str]


class AddActivityRequest(TypedDict, total=False):
    id: Required[str]
    activity: Required[PublicActivity]


class AddActivityResponse(TypedDict, total=False):
    order: Order
    activityId: str


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


class AggregateOrdersRequest(TypedDict, total=False):
    filter: dict[str, Any] | None
    aggregation: Required[dict[str, Any] | None]
    hierarchySeparatorOverride: str | None


class AggregateOrdersResponse(TypedDict, total=False):
    aggregates: dict[str, Any] | None


class AppliedDiscount(AppliedDiscountDiscountSourceOneOf, total=False):
    discountType: DiscountType
    lineItemIds: list[str]
    id: str | None
    lineItemDiscounts: list[LineItemDiscount]


class BalanceSummary(TypedDict, total=False):
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


class BulkDeleteImportedOrdersRequest(TypedDict, total=False):
    orderIds: Required[list[str]]


class BulkDeleteImportedOrdersResponse(TypedDict, total=False):
    jobId: str


class BulkMarkOrdersAsPaidRequest(TypedDict, total=False):
    ecomOrderIds: Required[list[str]]


class BulkMarkOrdersAsPaidResponse(TypedDict, total=False):
    results: list[BulkOrderResult]
    bulkActionMetadata: BulkActionMetadata


class BulkOrderResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: Order


class BulkUpdateOrderTagsOptions(TypedDict, total=False):
    """What ``bulkUpdateOrderTags`` reads from ``options``."""

    assignTags: TagsTags
    unassignTags: TagsTags


class BulkUpdateOrderTagsRequest(TypedDict, total=False):
    orderIds: Required[list[str]]
    assignTags: TagsTags
    unassignTags: TagsTags


class BulkUpdateOrderTagsResponse(TypedDict, total=False):
    results: list[BulkUpdateOrderTagsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateOrderTagsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkUpdateOrdersOptions(TypedDict, total=False):
    """What ``bulkUpdateOrders`` reads from ``options``."""

    returnEntity: bool


class BulkUpdateOrdersRequest(TypedDict, total=False):
    orders: Required[list[MaskedOrder]]
    returnEntity: bool


class BulkUpdateOrdersResponse(TypedDict, total=False):
    results: list[BulkOrderResult]
    bulkActionMetadata: BulkActionMetadata


class CancelOrderOptions(TypedDict, total=False):
    """What ``cancelOrder`` reads from ``options``."""

    sendOrderCanceledEmail: bool
    customMessage: str | None
    restockAllItems: bool


class CancelOrderRequest(TypedDict, total=False):
    id: Required[str]
    sendOrderCanceledEmail: bool
    customMessage: str | None
    restockAllItems: bool


class CancelOrderResponse(TypedDict, total=False):
    order: Order


class CaptureAuthorizedPaymentsRequest(TypedDict, total=False):
    ecomOrderId: Required[str]
    payments: Required[list[PaymentCapture]]


class CaptureAuthorizedPaymentsResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions


class ChargeMembershipsRequest(TypedDict, total=False):
    ecomOrderId: Required[str]
    memberId: Required[str]
    membershipCharges: list[MembershipChargeItem]


class ChargeMembershipsResponse(TypedDict, total=False):
    pass


class ChargedBy(TypedDict, total=False):
    id: str
    fullName: str | None


class CreateOrderOptions(TypedDict, total=False):
    """What ``createOrder`` reads from ``options``."""

    settings: OrderCreationSettings


class CreateOrderRequest(TypedDict, total=False):
    order: Required[Order]
    settings: OrderCreationSettings


class CreateOrderResponse(TypedDict, total=False):
    order: Order


class CreatePaymentGatewayOrderRequest(TypedDict, total=False):
    ecomOrderId: Required[str]
    chargedBy: ChargedBy


class CreatePaymentGatewayOrderResponse(TypedDict, total=False):
    paymentGatewayOrderId: str


class CreatedByStringOneOf(TypedDict, total=False):
    userId: str
    memberId: str
    visitorId: str
    appId: str


class CreatedBy(CreatedByStringOneOf, total=False):
    pass


class CursorSearchPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class CursorSearch(CursorSearchPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class CustomActivity(TypedDict, total=False):
    appId: str
    type: str
    additionalData: dict[str, str]


class DeleteActivityRequest(TypedDict, total=False):
    id: Required[str]
    activityId: Required[str]


class DeleteActivityResponse(TypedDict, total=False):
    order: Order


class DeliveryLogisticsAddressOneOf(TypedDict, total=False):
    shippingDestination: AddressWithContact
    pickupDetails: PickupDetails


class DeliveryLogistics(DeliveryLogisticsAddressOneOf, total=False):
    deliveryTime: str | None
    instructions: str | None
    deliverByDate: str | None
    deliveryTimeSlot: DeliveryTimeSlot


class DraftOrderChangesApplied(TypedDict, total=False):
    draftOrderId: str
    reason: str | None
    changes: list[OrderChange]


class GetOrderRequest(TypedDict, total=False):
    id: Required[str]


class GetOrderResponse(TypedDict, total=False):
    order: Order


class GetPaymentCollectabilityStatusRequest(TypedDict, total=False):
    ecomOrderId: Required[str]


class GetPaymentCollectabilityStatusResponse(TypedDict, total=False):
    status: PaymentCollectabilityStatus
    amount: Price


class GetRefundabilityStatusRequest(TypedDict, total=False):
    ecomOrderId: Required[str]


class GetRefundabilityStatusResponse(TypedDict, total=False):
    refundabilities: list[Refundability]
    refundablePerItem: bool


class ImportOrderRequest(TypedDict, total=False):
    order: Required[Order]


class ImportOrderResponse(TypedDict, total=False):
    order: Order


class MarkOrderAsPaidRequest(TypedDict, total=False):
    ecomOrderId: Required[str]


class MarkOrderAsPaidResponse(TypedDict, total=False):
    order: Order


class MaskedOrder(TypedDict, total=False):
    order: Order


class MembershipChargeItem(TypedDict, total=False):
    membershipId: str
    appId: str
    membershipName: MembershipName
    membershipAdditionalData: dict[str, Any] | None
    catalogReference: CatalogReference
    serviceProperties: ServiceProperties
    rootCatalogItemId: str | None
    lineItemId: str


class Order(TypedDict, total=False):
    id: str | None
    number: str
    createdDate: str | None
    updatedDate: str | None
    lineItems: list[OrderLineItem]
    buyerInfo: BuyerInfo
    paymentStatus: PaymentStatusEnumPaymentStatus
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
    status: OrderStatus
    archived: bool | None
    taxSummary: TaxSummary
    taxInfo: OrderTaxInfo
    appliedDiscounts: list[AppliedDiscount]
    activities: list[Activity]
    attributionSource: AttributionSource
    createdBy: CreatedBy
    channelInfo: ChannelInfo
    seenByAHuman: bool | None
    checkoutId: str | None
    customFields: list[CustomField]
    balanceSummary: BalanceSummary
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


class OrderCreationSettingsEditableByOneOf(TypedDict, total=False):
    editableByEveryone: bool
    editableByOwnerApps: OwnerApps


class OrderCreationSettings(OrderCreationSettingsEditableByOneOf, total=False):
    orderApprovalStrategy: OrderApprovalStrategy
    notifications: OrderCreateNotifications


class OrderTransactions(TypedDict, total=False):
    orderId: str
    payments: list[Payment]
    refunds: list[Refund]


class PaymentCapture(TypedDict, total=False):
    paymentId: str | None
    amount: Price


class PickupDetails(TypedDict, total=False):
    address: PickupAddress
    pickupMethod: PickupMethod


class PreparePaymentCollectionOptions(TypedDict, total=False):
    """What ``preparePaymentCollection`` reads from ``options``."""

    paymentGatewayOrderId: str | None
    delayedCapture: bool
    delayedCaptureSettings: DelayedCaptureSettings


class PreparePaymentCollectionRequest(TypedDict, total=False):
    ecomOrderId: Required[str]
    amount: Required[Price]
    paymentGatewayOrderId: str | None
    delayedCapture: bool
    delayedCaptureSettings: DelayedCaptureSettings


class PreparePaymentCollectionResponse(TypedDict, total=False):
    paymentGatewayOrderId: str


class PublicActivityContentOneOf(TypedDict, total=False):
    customActivity: CustomActivity
    merchantComment: MerchantComment


class PublicActivity(PublicActivityContentOneOf, total=False):
    pass


class RecordManuallyCollectedPaymentRequest(TypedDict, total=False):
    orderId: Required[str]
    amount: Required[Price]


class RecordManuallyCollectedPaymentResponse(TypedDict, total=False):
    pass


class RefundSideEffects(TypedDict, total=False):
    restockInfo: RestockInfo
    sendOrderRefundedEmail: bool
    customMessage: str | None


class RefundabilityAdditionalRefundabilityInfoOneOf(TypedDict, total=False):
    nonRefundableReason: NonRefundableReason
    manuallyRefundableReason: ManuallyRefundableReason


class Refundability(RefundabilityAdditionalRefundabilityInfoOneOf, total=False):
    paymentId: str
    refundabilityStatus: RefundableStatus
    providerLink: str | None


class RestockInfo(TypedDict, total=False):
    type: RestockType
    items: list[RestockItem]


class SearchOrdersRequest(TypedDict, total=False):
    search: CursorSearch


class SearchOrdersResponse(TypedDict, total=False):
    orders: list[Order]
    metadata: CursorPagingMetadata


class SetOrderNumberCounterOptions(TypedDict, total=False):
    """What ``setOrderNumberCounter`` reads from ``options``."""

    allowLowerCounter: bool


class SetOrderNumberCounterRequest(TypedDict, total=False):
    counter: Required[str]
    allowLowerCounter: bool


class SetOrderNumberCounterResponse(TypedDict, total=False):
    oldCounter: str
    newCounter: str


class ShippingInformation(TypedDict, total=False):
    total: Price
    shippingTitle: str


class ShippingInformationChange(TypedDict, total=False):
    originalShippingInfo: ShippingInformation
    newShippingInfo: ShippingInformation


class ShippingPrice(TypedDict, total=False):
    price: Price
    totalPriceBeforeTax: Price
    totalPriceAfterTax: Price
    taxDetails: ItemTaxFullDetails
    taxInfo: LineItemTaxInfo
    discount: Price


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation


class Tags(TypedDict, total=False):
    privateTags: TagList
    tags: TagList


class TagsTagList(TypedDict, total=False):
    tagIds: list[str]


class TagsTags(TypedDict, total=False):
    privateTags: TagsTagList
    tags: TagsTagList


class TaxSummary(TypedDict, total=False):
    totalTax: Price


class TriggerRefundRequest(TypedDict, total=False):
    ecomOrderId: Required[str]
    payments: Required[list[PaymentRefund]]
    details: RefundDetails
    sideEffects: RefundSideEffects


class TriggerRefundResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions
    refundId: str | None
    failedPaymentIds: list[ItemMetadata]


class UpdateActivityRequest(TypedDict, total=False):
    id: Required[str]
    activityId: Required[str]
    activity: Required[PublicActivity]


class UpdateActivityResponse(TypedDict, total=False):
    order: Order


class UpdateOrderLineItemRequest(TypedDict, total=False):
    id: Required[str]
    lineItem: Required[OrderLineItem]


class UpdateOrderLineItemResponse(TypedDict, total=False):
    order: Order


class UpdateOrderRequest(TypedDict, total=False):
    order: Required[Order]


class UpdateOrderResponse(TypedDict, total=False):
    order: Order


class UpdateOrderStatusRequest(TypedDict, total=False):
    orderId: Required[str]
    status: Required[OrderStatus]


class UpdateOrderStatusResponse(TypedDict, total=False):
    order: Order


class V1ShippingInformation(TypedDict, total=False):
    carrierId: str | None
    code: str | None
    title: str
    logistics: DeliveryLogistics
    cost: ShippingPrice
    region: ShippingRegion


class VoidAuthorizedPaymentsRequest(TypedDict, total=False):
    ecomOrderId: Required[str]
    paymentIds: Required[list[str]]


class VoidAuthorizedPaymentsResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions
