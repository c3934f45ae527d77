# File generated from @wix/auto_sdk_events_orders 1.0.69
# by `make apigen` (tools/apigen). Do not edit.
"""The ``orders`` module of ``@wix/events`` (17 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import orders as _types

_BULK_UPDATE_ORDERS = Route(
    "PATCH",
    "/events/v1/events/{eventId}/orders",
    "wix.events.ticketing.OrderManagement.BulkUpdateOrders",
    path_params=("eventId",),
)
_CANCEL_RESERVATION = Route(
    "DELETE",
    "/events/v1/checkout/reservations/{id}",
    "wix.events.ticketing.CheckoutService.CancelReservation",
    path_params=("id",),
)
_CAPTURE_AUTHORIZED_PAYMENT = Route(
    "POST",
    "/events/v1/events/orders/{orderNumber}/capture",
    "wix.events.ticketing.OrderManagement.CaptureAuthorizedPayment",
    path_params=("orderNumber",),
)
_CHECKOUT = Route("POST", "/events/v1/checkout", "wix.events.ticketing.CheckoutService.Checkout")
_CONFIRM_ORDER = Route(
    "POST",
    "/events/v1/events/{eventId}/orders/confirm",
    "wix.events.ticketing.OrderManagement.ConfirmOrder",
    path_params=("eventId",),
)
_CREATE_RESERVATION = Route(
    "POST",
    "/events/v1/checkout/reservations",
    "wix.events.ticketing.CheckoutService.CreateReservation",
)
_GET_CHECKOUT_OPTIONS = Route(
    "GET", "/events/v1/checkout/options", "wix.events.ticketing.CheckoutService.GetCheckoutOptions"
)
_GET_INVOICE = Route(
    "POST",
    "/events/v1/checkout/invoices/{reservationId}",
    "wix.events.ticketing.CheckoutService.GetInvoice",
    path_params=("reservationId",),
)
_GET_ORDER = Route(
    "GET",
    "/events/v1/events/{eventId}/orders/{orderNumber}",
    "wix.events.ticketing.OrderManagement.GetOrder",
    path_params=("eventId", "orderNumber"),
)
_GET_SUMMARY = Route(
    "GET", "/events/v1/orders/summary", "wix.events.ticketing.OrderManagement.GetSummary"
)
_LIST_AVAILABLE_TICKETS = Route(
    "GET",
    "/events/v1/checkout/available-tickets",
    "wix.events.ticketing.CheckoutService.ListAvailableTickets",
)
_LIST_ORDERS = Route("GET", "/events/v1/orders", "wix.events.ticketing.OrderManagement.ListOrders")
_POS_CHECKOUT = Route(
    "POST", "/events/v1/pos-checkout", "wix.events.ticketing.CheckoutService.PosCheckout"
)
_QUERY_AVAILABLE_TICKETS = Route(
    "POST",
    "/events/v1/checkout/available-tickets/query",
    "wix.events.ticketing.CheckoutService.QueryAvailableTickets",
)
_UPDATE_CHECKOUT = Route(
    "PATCH",
    "/events/v1/checkout/{orderNumber}",
    "wix.events.ticketing.CheckoutService.UpdateCheckout",
    path_params=("orderNumber",),
)
_UPDATE_ORDER = Route(
    "PATCH",
    "/events/v1/events/{eventId}/orders/{orderNumber}",
    "wix.events.ticketing.OrderManagement.UpdateOrder",
    path_params=("eventId", "orderNumber"),
)
_VOID_AUTHORIZED_PAYMENT = Route(
    "POST",
    "/events/v1/events/orders/{orderNumber}/void",
    "wix.events.ticketing.OrderManagement.VoidAuthorizedPayment",
    path_params=("orderNumber",),
)


class Orders(Module):
    """``orders`` of ``@wix/events``: ``orders = events.orders.bind(wix)``."""

    __slots__ = ()

    async def bulk_update_orders(
        self, event_id: str, options: Mapping[str, Any] | None = None
    ) -> _types.BulkUpdateOrdersResponse:
        """Bulk update orders: ``PATCH /events/v1/events/{eventId}/orders``.

        Permissions: ``WIX_EVENTS.MANAGE_ORDERS``.
        Callable by: ``APP``.
        Application errors: ``ORDER_ACTION_NOT_AVAILABLE``.
        """
        return cast(
            "_types.BulkUpdateOrdersResponse",
            await call(
                self._requester,
                _BULK_UPDATE_ORDERS,
                {"eventId": event_id, **_fields.pick(options, "orderNumber", "fields", "archived")},
            ),
        )

    async def cancel_reservation(self, id: str, event_id: str) -> _types.CancelReservationResponse:
        """Cancel reservation: ``DELETE /events/v1/checkout/reservations/{id}``.

        Permissions: ``WIX_EVENTS.CHECKOUT``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.CancelReservationResponse",
            await call(self._requester, _CANCEL_RESERVATION, {"id": id, "eventId": event_id}),
        )

    async def capture_authorized_payment(
        self, order_number: str, options: _types.CaptureAuthorizedPaymentOptions | None = None
    ) -> _types.CaptureAuthorizedPaymentResponse:
        """Capture authorized payment: ``POST /events/v1/events/orders/{orderNumber}/capture``.

        Permissions: ``WIX_EVENTS.MANAGE_ORDERS``.
        Callable by: ``APP``.
        Application errors: ``ORDER_STATUS_NOT_AUTHORIZED``.
        """
        return cast(
            "_types.CaptureAuthorizedPaymentResponse",
            await call(
                self._requester,
                _CAPTURE_AUTHORIZED_PAYMENT,
                {"orderNumber": order_number, **_fields.pick(options, "eventId")},
            ),
        )

    async def checkout(
        self, event_id: str, options: _types.CheckoutOptions_ | None = None
    ) -> _types.CheckoutResponse:
        """Checkout: ``POST /events/v1/checkout``.

        Permissions: ``WIX_EVENTS.CHECKOUT``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CheckoutResponse",
            await call(
                self._requester,
                _CHECKOUT,
                {
                    "eventId": event_id,
                    **_fields.pick(
                        options,
                        "reservationId",
                        "memberId",
                        "discount",
                        "buyer",
                        "guests",
                        "paidPlanBenefit",
                        "options",
                        "marketingConsent",
                    ),
                },
            ),
        )

    async def confirm_order(
        self, event_id: str, options: _types.ConfirmOrderOptions | None = None
    ) -> _types.ConfirmOrderResponse:
        """Confirm order: ``POST /events/v1/events/{eventId}/orders/confirm``.

        Permissions: ``WIX_EVENTS.MANAGE_ORDERS``.
        Callable by: ``APP``.
        Application errors: ``ORDER_ACTION_NOT_AVAILABLE``.
        """
        return cast(
            "_types.ConfirmOrderResponse",
            await call(
                self._requester,
                _CONFIRM_ORDER,
                {"eventId": event_id, **_fields.pick(options, "orderNumber")},
            ),
        )

    async def create_reservation(
        self, event_id: str, options: _types.CreateReservationOptions | None = None
    ) -> _types.CreateReservationResponse:
        """Create reservation: ``POST /events/v1/checkout/reservations``.

        Permissions: ``WIX_EVENTS.CHECKOUT``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.CreateReservationResponse",
            await call(
                self._requester,
                _CREATE_RESERVATION,
                {
                    "eventId": event_id,
                    **_fields.pick(
                        options, "ticketQuantities", "ignoreLimits", "allowHiddenTickets"
                    ),
                },
            ),
        )

    async def get_checkout_options(self) -> _types.GetCheckoutOptionsResponse:
        """Get checkout options: ``GET /events/v1/checkout/options``.

        Permissions: ``WIX_EVENTS.READ_CHECKOUT``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetCheckoutOptionsResponse", await call(self._requester, _GET_CHECKOUT_OPTIONS)
        )

    async def get_invoice(
        self, reservation_id: str, event_id: str, options: _types.GetInvoiceOptions | None = None
    ) -> _types.GetInvoiceResponse:
        """Get invoice: ``POST /events/v1/checkout/invoices/{reservationId}``.

        Permissions: ``WIX_EVENTS.READ_INVOICE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetInvoiceResponse",
            await call(
                self._requester,
                _GET_INVOICE,
                {
                    "reservationId": reservation_id,
                    "eventId": event_id,
                    **_fields.pick(options, "withDiscount", "paidPlanBenefit"),
                },
            ),
        )

    async def get_order(
        self, identifiers: _types.GetOrderIdentifiers, options: _types.GetOrderOptions | None = None
    ) -> _types.GetOrderResponse:
        """Get order: ``GET /events/v1/events/{eventId}/orders/{orderNumber}``.

        Permissions: ``WIX_EVENTS.READ_ORDERS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetOrderResponse",
            await call(
                self._requester,
                _GET_ORDER,
                {
                    **_fields.pick(identifiers, "eventId", "orderNumber"),
                    **_fields.pick(options, "fieldset"),
                },
            ),
        )

    async def get_summary(
        self, options: _types.GetSummaryOptions | None = None
    ) -> _types.GetSummaryResponse:
        """Get summary: ``GET /events/v1/orders/summary``.

        Permissions: ``WIX_EVENTS.READ_ORDERS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetSummaryResponse",
            await call(self._requester, _GET_SUMMARY, {**_fields.pick(options, "eventId")}),
        )

    async def list_available_tickets(
        self, options: _types.ListAvailableTicketsOptions | None = None
    ) -> _types.ListAvailableTicketsResponse:
        """List available tickets: ``GET /events/v1/checkout/available-tickets``.

        Permissions: ``WIX_EVENTS.READ_CHECKOUT``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListAvailableTicketsResponse",
            await call(
                self._requester,
                _LIST_AVAILABLE_TICKETS,
                {**_fields.pick(options, "eventId", "offset", "limit", "sort", "state")},
            ),
        )

    async def list_orders(
        self, options: _types.ListOrdersOptions | None = None
    ) -> _types.ListOrdersResponse:
        """List orders: ``GET /events/v1/orders``.

        Permissions: ``WIX_EVENTS.READ_ORDERS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListOrdersResponse",
            await call(
                self._requester,
                _LIST_ORDERS,
                {
                    **_fields.pick(
                        options,
                        "offset",
                        "limit",
                        "fieldset",
                        "status",
                        "eventId",
                        "orderNumber",
                        "memberId",
                        "facet",
                        "searchPhrase",
                        "eventCreatorId",
                        "sort",
                        "tag",
                        "contactId",
                    )
                },
            ),
        )

    async def pos_checkout(
        self, event_id: str, options: _types.PosCheckoutOptions | None = None
    ) -> _types.PosCheckoutResponse:
        """Pos checkout: ``POST /events/v1/pos-checkout``.

        Permissions: ``WIX_EVENTS.MANAGE_ORDERS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.PosCheckoutResponse",
            await call(
                self._requester,
                _POS_CHECKOUT,
                {"eventId": event_id, **_fields.pick(options, "reservationId", "paymentDetailsId")},
            ),
        )

    async def query_available_tickets(
        self, options: _types.QueryAvailableTicketsOptions | None = None
    ) -> _types.QueryAvailableTicketsResponse:
        """Query available tickets: ``POST /events/v1/checkout/available-tickets/query``.

        Permissions: ``WIX_EVENTS.READ_CHECKOUT``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.QueryAvailableTicketsResponse",
            await call(
                self._requester,
                _QUERY_AVAILABLE_TICKETS,
                {**_fields.pick(options, "offset", "limit", "filter", "fieldset", "sort")},
            ),
        )

    async def update_checkout(
        self, order_number: str, event_id: str, options: _types.UpdateCheckoutOptions | None = None
    ) -> _types.UpdateCheckoutResponse:
        """Update checkout: ``PATCH /events/v1/checkout/{orderNumber}``.

        Permissions: ``WIX_EVENTS.CHECKOUT``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateCheckoutResponse",
            await call(
                self._requester,
                _UPDATE_CHECKOUT,
                {
                    "orderNumber": order_number,
                    "eventId": event_id,
                    **_fields.pick(
                        options, "buyer", "guests", "memberId", "discount", "paidPlanBenefit"
                    ),
                },
            ),
        )

    async def update_order(
        self, identifiers: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> _types.UpdateOrderResponse:
        """Update order: ``PATCH /events/v1/events/{eventId}/orders/{orderNumber}``.

        Permissions: ``WIX_EVENTS.MANAGE_ORDERS``.
        Callable by: ``APP``.
        Application errors: ``ORDER_ACTION_NOT_AVAILABLE``.
        """
        return cast(
            "_types.UpdateOrderResponse",
            await call(
                self._requester,
                _UPDATE_ORDER,
                {
                    **_fields.pick(identifiers, "eventId", "orderNumber"),
                    **_fields.pick(options, "fields", "checkoutForm", "archived"),
                },
            ),
        )

    async def void_authorized_payment(
        self, order_number: str, options: _types.VoidAuthorizedPaymentOptions | None = None
    ) -> _types.VoidAuthorizedPaymentResponse:
        """Void authorized payment: ``POST /events/v1/events/orders/{orderNumber}/void``.

        Permissions: ``WIX_EVENTS.MANAGE_ORDERS``.
        Callable by: ``APP``.
        Application errors: ``ORDER_STATUS_NOT_AUTHORIZED``.
        """
        return cast(
            "_types.VoidAuthorizedPaymentResponse",
            await call(
                self._requester,
                _VOID_AUTHORIZED_PAYMENT,
                {"orderNumber": order_number, **_fields.pick(options, "eventId")},
            ),
        )


def bind(client: Requester) -> Orders:
    """The ``orders`` module for ``client``'s visitor."""
    return Orders(client)
