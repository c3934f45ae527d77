# File generated from @wix/auto_sdk_events_orders 1.0.69
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.orders``.

From ``@wix/auto_sdk_events_orders``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.orders import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import CalendarLinks as CalendarLinks
from ._shared import ChannelType as ChannelType
from ._shared import CheckIn as CheckIn
from ._shared import Dashboard as Dashboard
from ._shared import FacetCounts as FacetCounts
from ._shared import FeeType as FeeType
from ._shared import FormResponse as FormResponse
from ._shared import GuestDetails as GuestDetails
from ._shared import InputValue as InputValue
from ._shared import Money as Money
from ._shared import OrderStatus as OrderStatus
from ._shared import PricingOption as PricingOption
from ._shared import PricingOptions as PricingOptions
from ._shared import ResponseMetaData as ResponseMetaData
from ._shared import TicketDefinitionFieldset as TicketDefinitionFieldset
from ._shared import TicketingTicket as TicketingTicket
from ._shared import TicketPricing as TicketPricing
from ._shared import TicketPricingPriceOneOf as TicketPricingPriceOneOf
from ._shared import TicketSalePeriod as TicketSalePeriod
from ._shared import TicketSaleStatus as TicketSaleStatus
from ._shared import Type as Type
from ._shared import WixFeeConfig as WixFeeConfig

FeeName: TypeAlias = Literal["WIX_FEE"]
OrderFieldset: TypeAlias = Literal["TICKETS", "DETAILS", "FORM", "INVOICE"]
OrderTag: TypeAlias = Literal[
    "CONFIRMED",
    "UNCONFIRMED",
    "MEMBER",
    "ARCHIVED",
    "NON_ARCHIVED",
    "FULLY_CHECKED_IN",
    "NOT_FULLY_CHECKED_IN",
]
ReservationStatus: TypeAlias = Literal[
    "RESERVATION_PENDING",
    "RESERVATION_CONFIRMED",
    "RESERVATION_CANCELED",
    "RESERVATION_CANCELED_MANUALLY",
    "RESERVATION_EXPIRED",
]
State: TypeAlias = Literal["INCLUDE_HIDDEN_NOT_ON_SALE"]
TaxType: TypeAlias = Literal["INCLUDED", "ADDED", "ADDED_AT_CHECKOUT"]


class BulkUpdateOrdersRequest(TypedDict, total=False):
    eventId: Required[str]
    orderNumber: list[str]
    fields: list[str]
    archived: bool


class BulkUpdateOrdersResponse(TypedDict, total=False):
    orders: list[Order]


class Buyer(TypedDict, total=False):
    firstName: str
    lastName: str
    email: str


class CancelReservationRequest(TypedDict, total=False):
    eventId: Required[str]
    id: Required[str]


class CancelReservationResponse(TypedDict, total=False):
    pass


class CaptureAuthorizedPaymentOptions(TypedDict, total=False):
    """What ``captureAuthorizedPayment`` reads from ``options``."""

    eventId: str


class CaptureAuthorizedPaymentRequest(TypedDict, total=False):
    eventId: str
    orderNumber: Required[str]


class CaptureAuthorizedPaymentResponse(TypedDict, total=False):
    pass


class CheckoutOptions(TypedDict, total=False):
    silent: bool
    payInPerson: bool
    ignoreFormValidation: bool
    markAsPaid: bool | None


class CheckoutOptions_(TypedDict, total=False):
    """What ``checkout`` reads from ``options``."""

    reservationId: str
    memberId: str
    discount: DiscountRequest
    buyer: Buyer
    guests: list[Guest]
    paidPlanBenefit: PaidPlanBenefit
    options: CheckoutOptions
    marketingConsent: bool | None


class CheckoutRequest(TypedDict, total=False):
    eventId: Required[str]
    reservationId: str
    memberId: str
    discount: DiscountRequest
    buyer: Buyer
    guests: list[Guest]
    paidPlanBenefit: PaidPlanBenefit
    options: CheckoutOptions
    marketingConsent: bool | None


class CheckoutResponse(TypedDict, total=False):
    order: Order
    expires: str | None
    reservations: list[TicketReservation]
    orderPageUrl: str | None


class ConfirmOrderOptions(TypedDict, total=False):
    """What ``confirmOrder`` reads from ``options``."""

    orderNumber: list[str]


class ConfirmOrderRequest(TypedDict, total=False):
    eventId: Required[str]
    orderNumber: list[str]


class ConfirmOrderResponse(TypedDict, total=False):
    orders: list[Order]


class Counts(TypedDict, total=False):
    count: int
    tickets: int
    ticketsCheckIn: int


class CouponDiscount(TypedDict, total=False):
    name: str
    code: str
    couponId: str


class CreateReservationOptions(TypedDict, total=False):
    """What ``createReservation`` reads from ``options``."""

    ticketQuantities: list[TicketReservationQuantity]
    ignoreLimits: bool
    allowHiddenTickets: bool


class CreateReservationRequest(TypedDict, total=False):
    eventId: Required[str]
    ticketQuantities: list[TicketReservationQuantity]
    ignoreLimits: bool
    allowHiddenTickets: bool


class CreateReservationResponse(TypedDict, total=False):
    id: str
    expires: str | None
    reservations: list[TicketReservation]
    invoice: Invoice
    reservationStatus: ReservationStatus


class Discount(TypedDict, total=False):
    amount: Money
    afterDiscount: Money
    code: str
    name: str
    couponId: str
    discounts: list[DiscountItem]


class DiscountErrors(TypedDict, total=False):
    error: list[Error]


class DiscountItemDiscountOneOf(TypedDict, total=False):
    coupon: CouponDiscount
    paidPlan: PaidPlanDiscount


class DiscountItem(DiscountItemDiscountOneOf, total=False):
    amount: Money


class DiscountRequest(TypedDict, total=False):
    couponCode: str


class Error(TypedDict, total=False):
    code: str


class Fee(TypedDict, total=False):
    name: FeeName
    type: FeeType
    rate: str
    amount: Money


class GetCheckoutOptionsRequest(TypedDict, total=False):
    pass


class GetCheckoutOptionsResponse(TypedDict, total=False):
    paymentMethodConfigured: bool
    acceptCoupons: bool
    premiumServices: bool
    paidTickets: bool
    acceptGiftCards: bool


class GetInvoiceOptions(TypedDict, total=False):
    """What ``getInvoice`` reads from ``options``."""

    withDiscount: DiscountRequest
    paidPlanBenefit: PaidPlanBenefit


class GetInvoiceRequest(TypedDict, total=False):
    eventId: Required[str]
    reservationId: Required[str]
    withDiscount: DiscountRequest
    paidPlanBenefit: PaidPlanBenefit


class GetInvoiceResponse(TypedDict, total=False):
    invoice: Invoice
    discountErrors: DiscountErrors
    expires: str | None
    reservationStatus: ReservationStatus
    reservationOccupied: bool
    reservations: list[TicketReservation]


class GetOrderIdentifiers(TypedDict, total=False):
    """What ``getOrder`` reads from ``identifiers``."""

    eventId: Required[str]
    orderNumber: Required[str]


class GetOrderOptions(TypedDict, total=False):
    """What ``getOrder`` reads from ``options``."""

    fieldset: list[OrderFieldset]


class GetOrderRequest(TypedDict, total=False):
    eventId: Required[str]
    orderNumber: Required[str]
    fieldset: list[OrderFieldset]


class GetOrderResponse(TypedDict, total=False):
    order: Order
    calendarLinks: CalendarLinks


class GetSummaryOptions(TypedDict, total=False):
    """What ``getSummary`` reads from ``options``."""

    eventId: str | None


class GetSummaryRequest(TypedDict, total=False):
    eventId: str | None


class GetSummaryResponse(TypedDict, total=False):
    sales: list[TicketSales]


class Guest(TypedDict, total=False):
    form: FormResponse


class Invoice(TypedDict, total=False):
    items: list[Item]
    total: Money
    discount: Discount
    tax: Tax
    subTotal: Money
    grandTotal: Money
    fees: list[Fee]
    revenue: Money
    previewUrl: str | None


class Item(TypedDict, total=False):
    id: str
    quantity: int
    name: str
    price: Money
    total: Money
    discount: Discount
    tax: Tax
    fees: list[Fee]


class ListAvailableTicketsOptions(TypedDict, total=False):
    """What ``listAvailableTickets`` reads from ``options``."""

    eventId: str
    offset: int
    limit: int
    sort: str
    state: list[State]


class ListAvailableTicketsRequest(TypedDict, total=False):
    eventId: str
    offset: int
    limit: int
    sort: str
    state: list[State]


class ListAvailableTicketsResponse(TypedDict, total=False):
    metaData: ResponseMetaData
    definitions: list[TicketDefinition]


class ListOrdersOptions(TypedDict, total=False):
    """What ``listOrders`` reads from ``options``."""

    offset: int
    limit: int
    fieldset: list[OrderFieldset]
    status: list[OrderStatus]
    eventId: list[str]
    orderNumber: list[str]
    memberId: list[str]
    facet: list[str]
    searchPhrase: str
    eventCreatorId: list[str]
    sort: str
    tag: list[OrderTag]
    contactId: list[str]


class ListOrdersRequest(TypedDict, total=False):
    offset: int
    limit: int
    fieldset: list[OrderFieldset]
    status: list[OrderStatus]
    eventId: list[str]
    orderNumber: list[str]
    memberId: list[str]
    facet: list[str]
    searchPhrase: str
    eventCreatorId: list[str]
    sort: str
    tag: list[OrderTag]
    contactId: list[str]


class ListOrdersResponse(TypedDict, total=False):
    total: int
    offset: int
    limit: int
    orders: list[Order]
    facets: dict[str, FacetCounts]
    orderFacets: OrderFacets


class Order(TypedDict, total=False):
    orderNumber: str
    reservationId: str
    snapshotId: str
    eventId: str
    contactId: str
    memberId: str
    created: str | None
    firstName: str
    lastName: str
    email: str
    checkoutForm: FormResponse
    confirmed: bool
    status: OrderStatus
    method: str
    ticketsQuantity: int
    totalPrice: Money
    ticketsPdf: str
    tickets: list[TicketingTicket]
    archived: bool
    anonymized: bool
    fullName: str
    invoice: Invoice
    fullyCheckedIn: bool
    paymentDetails: PaymentDetails
    channel: ChannelType
    updated: str | None
    marketingConsent: bool | None


class OrderFacetCounts(TypedDict, total=False):
    counts: dict[str, Counts]


class OrderFacets(TypedDict, total=False):
    facets: dict[str, OrderFacetCounts]


class PaidPlanBenefit(TypedDict, total=False):
    planOrderId: str
    benefitId: str


class PaidPlanDiscountDiscountOneOf(TypedDict, total=False):
    percentDiscount: PercentDiscount


class PaidPlanDiscount(PaidPlanDiscountDiscountOneOf, total=False):
    name: str


class PaymentDetails(TypedDict, total=False):
    transaction: PaymentTransaction


class PaymentTransaction(TypedDict, total=False):
    transactionId: str
    method: str


class PercentDiscount(TypedDict, total=False):
    rate: str
    quantityDiscounted: int


class PosCheckoutOptions(TypedDict, total=False):
    """What ``posCheckout`` reads from ``options``."""

    reservationId: str
    paymentDetailsId: str | None


class PosCheckoutRequest(TypedDict, total=False):
    eventId: Required[str]
    reservationId: Required[str]
    paymentDetailsId: str | None


class PosCheckoutResponse(TypedDict, total=False):
    order: Order
    expires: str | None
    reservations: list[TicketReservation]


class QueryAvailableTicketsOptions(TypedDict, total=False):
    """What ``queryAvailableTickets`` reads from ``options``."""

    offset: int
    limit: int
    filter: dict[str, Any] | None
    fieldset: list[TicketDefinitionFieldset]
    sort: str


class QueryAvailableTicketsRequest(TypedDict, total=False):
    offset: int
    limit: int
    filter: dict[str, Any] | None
    fieldset: list[TicketDefinitionFieldset]
    sort: str


class QueryAvailableTicketsResponse(TypedDict, total=False):
    metaData: ResponseMetaData
    definitions: list[TicketDefinition]


class Tax(TypedDict, total=False):
    type: TaxType
    name: str
    rate: str
    taxable: Money
    amount: Money


class TicketDefinition(TypedDict, total=False):
    id: str
    price: Money
    free: bool
    name: str
    description: str
    limitPerCheckout: int
    orderIndex: int
    policy: str
    dashboard: Dashboard
    eventId: str
    wixFeeConfig: WixFeeConfig
    salePeriod: TicketSalePeriod
    saleStatus: TicketSaleStatus
    state: list[State]
    pricing: TicketPricing


class TicketDetails(TypedDict, total=False):
    seatId: str | None
    sectionLabel: str | None
    areaLabel: str | None
    tableLabel: str | None
    rowLabel: str | None
    seatLabel: str | None
    planId: str | None
    capacity: int | None
    priceOverride: str | None
    pricingOptionId: str | None
    pricingOptionName: str | None


class TicketReservation(TypedDict, total=False):
    quantity: int
    ticket: TicketDefinition
    ticketDetails: list[TicketDetails]


class TicketReservationQuantity(TypedDict, total=False):
    ticketDefinitionId: str
    quantity: int
    priceOverride: str | None
    ticketDetails: list[TicketDetails]


class TicketSales(TypedDict, total=False):
    total: Money
    totalOrders: int
    totalTickets: int
    revenue: Money


class UpdateCheckoutOptions(TypedDict, total=False):
    """What ``updateCheckout`` reads from ``options``."""

    buyer: Buyer
    guests: list[Guest]
    memberId: str | None
    discount: DiscountRequest
    paidPlanBenefit: PaidPlanBenefit


class UpdateCheckoutRequest(TypedDict, total=False):
    eventId: Required[str]
    orderNumber: Required[str]
    buyer: Buyer
    guests: list[Guest]
    memberId: str | None
    discount: DiscountRequest
    paidPlanBenefit: PaidPlanBenefit


class UpdateCheckoutResponse(TypedDict, total=False):
    order: Order
    orderPageUrl: str | None


class UpdateOrderRequest(TypedDict, total=False):
    eventId: Required[str]
    orderNumber: Required[str]
    fields: list[str]
    checkoutForm: FormResponse
    archived: bool


class UpdateOrderResponse(TypedDict, total=False):
    order: Order


class VoidAuthorizedPaymentOptions(TypedDict, total=False):
    """What ``voidAuthorizedPayment`` reads from ``options``."""

    eventId: str


class VoidAuthorizedPaymentRequest(TypedDict, total=False):
    eventId: str
    orderNumber: Required[str]


class VoidAuthorizedPaymentResponse(TypedDict, total=False):
    pass
