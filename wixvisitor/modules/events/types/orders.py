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

ChannelType: TypeAlias = Literal["ONLINE", "OFFLINE_POS"]
FeeName: TypeAlias = Literal["WIX_FEE"]
FeeType: TypeAlias = Literal["FEE_ADDED", "FEE_INCLUDED", "FEE_ADDED_AT_CHECKOUT"]
OrderFieldset: TypeAlias = Literal["TICKETS", "DETAILS", "FORM", "INVOICE"]
OrderStatus: TypeAlias = Literal[
    "NA_ORDER_STATUS",
    "FREE",
    "PENDING",
    "PAID",
    "OFFLINE_PENDING",
    "INITIATED",
    "CANCELED",
    "DECLINED",
    "AUTHORIZED",
    "VOIDED",
    "PARTIALLY_PAID",
]
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
TicketDefinitionFieldset: TypeAlias = Literal["POLICY", "DASHBOARD"]
TicketSaleStatus: TypeAlias = Literal["SALE_SCHEDULED", "SALE_STARTED", "SALE_ENDED"]
Type: TypeAlias = Literal["STANDARD", "DONATION"]


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


class CalendarLinks(TypedDict, total=False):
    google: str
    ics: str


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


class CheckIn(TypedDict, total=False):
    created: str | None


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


class Dashboard(TypedDict, total=False):
    hidden: bool
    sold: int
    limited: bool
    quantity: int | None
    unsold: int | None
    ticketsSold: int
    ticketsReserved: int


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


class FacetCounts(TypedDict, total=False):
    counts: dict[str, int]


class Fee(TypedDict, total=False):
    name: FeeName
    type: FeeType
    rate: str
    amount: Money


class FormResponse(TypedDict, total=False):
    inputValues: list[InputValue]


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


class GuestDetails(TypedDict, total=False):
    guestAssigned: bool
    firstName: str | None
    lastName: str | None
    email: str | None
    form: FormResponse
    contactId: str | None
    phone: str | None


class InputValue(TypedDict, total=False):
    inputName: str
    value: str
    values: list[str]


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


class Money(TypedDict, total=False):
    amount: str
    currency: str
    value: str | None


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


class PricingOption(TypedDict, total=False):
    id: str | None
    name: str | None
    price: Money


class PricingOptions(TypedDict, total=False):
    options: list[PricingOption]


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


class ResponseMetaData(TypedDict, total=False):
    count: int
    offset: int
    total: int


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


class TicketPricingPriceOneOf(TypedDict, total=False):
    fixedPrice: Money
    minPrice: Money
    pricingOptions: PricingOptions


class TicketPricing(TicketPricingPriceOneOf, total=False):
    pricingType: Type


class TicketReservation(TypedDict, total=False):
    quantity: int
    ticket: TicketDefinition
    ticketDetails: list[TicketDetails]


class TicketReservationQuantity(TypedDict, total=False):
    ticketDefinitionId: str
    quantity: int
    priceOverride: str | None
    ticketDetails: list[TicketDetails]


class TicketSalePeriod(TypedDict, total=False):
    startDate: str | None
    endDate: str | None
    hideNotOnSale: bool


class TicketSales(TypedDict, total=False):
    total: Money
    totalOrders: int
    totalTickets: int
    revenue: Money


class TicketingTicket(TypedDict, total=False):
    ticketNumber: str
    orderNumber: str
    ticketDefinitionId: str
    name: str
    price: Money
    free: bool
    policy: str
    checkIn: CheckIn
    orderStatus: OrderStatus
    orderArchived: bool
    orderFullName: str
    guestFullName: str | None
    guestDetails: GuestDetails
    archived: bool
    memberId: str | None
    anonymized: bool
    checkInUrl: str
    ticketPdfUrl: str
    channel: ChannelType
    walletPassUrl: str
    canceled: bool | None


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


class WixFeeConfig(TypedDict, total=False):
    type: FeeType
