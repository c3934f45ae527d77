# File generated from @wix/auto_sdk_ecom_order-payment-requests 1.0.70
# by `make apigen` (tools/apigen). Do not edit.
"""The ``orderPaymentRequests`` module of ``@wix/ecom`` (8 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import order_payment_requests as _types

_CREATE_ORDER_PAYMENT_REQUEST = Route(
    "POST",
    "/ecom/v1/order-payment-requests",
    "wix.ecom.order_payment_request.api.v1.OrderPaymentRequestsService.CreateOrderPaymentRequest",
)
_DELETE_ORDER_PAYMENT_REQUEST = Route(
    "DELETE",
    "/ecom/v1/order-payment-requests/{orderPaymentRequestId}",
    "wix.ecom.order_payment_request.api.v1.OrderPaymentRequestsService.DeleteOrderPaymentRequest",
    path_params=("orderPaymentRequestId",),
)
_GET_ORDER_PAYMENT_REQUEST = Route(
    "GET",
    "/ecom/v1/order-payment-requests/{orderPaymentRequestId}",
    "wix.ecom.order_payment_request.api.v1.OrderPaymentRequestsService.GetOrderPaymentRequest",
    path_params=("orderPaymentRequestId",),
)
_GET_ORDER_PAYMENT_REQUEST_URL = Route(
    "POST",
    "/ecom/v1/order-payment-requests/url",
    "wix.ecom.order_payment_request.api.v1.OrderPaymentRequestsService.GetOrderPaymentRequestURL",
)
_QUERY_ORDER_PAYMENT_REQUESTS = Query(
    Route(
        "POST",
        "/ecom/v1/order-payment-requests/query",
        "wix.ecom.order_payment_request.api.v1.OrderPaymentRequestsService.QueryOrderPaymentRequests",
    ),
    items="orderPaymentRequests",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_EXTENDED_FIELDS = Route(
    "POST",
    "/ecom/v1/order-payment-requests/{id}/update-extended-fields",
    "wix.ecom.order_payment_request.api.v1.OrderPaymentRequestsService.UpdateExtendedFields",
    path_params=("id",),
)
_UPDATE_ORDER_PAYMENT_REQUEST = Route(
    "PATCH",
    "/ecom/v1/order-payment-requests/{orderPaymentRequest.id}",
    "wix.ecom.order_payment_request.api.v1.OrderPaymentRequestsService.UpdateOrderPaymentRequest",
    path_params=("orderPaymentRequest.id",),
)
_VOID_ORDER_PAYMENT_REQUEST = Route(
    "POST",
    "/ecom/v1/order-payment-requests/void",
    "wix.ecom.order_payment_request.api.v1.OrderPaymentRequestsService.VoidOrderPaymentRequest",
)


class OrderPaymentRequests(Module):
    """``orderPaymentRequests`` of ``@wix/ecom``: ``ecom.order_payment_requests.bind(wix)``."""

    __slots__ = ()

    async def create_order_payment_request(
        self, options: _types.CreateOrderPaymentRequestOptions | None = None
    ) -> _types.CreateOrderPaymentRequestResponse:
        """Create order payment request: ``POST /ecom/v1/order-payment-requests``.

        Permissions: ``ECOM.ORDER_PAYMENT_REQUEST_CREATE``.
        Callable by: ``APP``.
        Application errors: ``SITE_NOT_PUBLISHED``,
        ``PARTIAL_PAYMENT_NOT_SUPPORTED_FOR_SUBSCRIPTION``,
        ``INVALID_ORDER_STATUS_FOR_SUBSCRIPTION``, ``SUBSCRIPTION_ALREADY_STARTED``,
        ``ORDER_PAYMENT_REQUEST_PAGE_NOT_FOUND``.
        """
        return cast(
            "_types.CreateOrderPaymentRequestResponse",
            await call(
                self._requester,
                _CREATE_ORDER_PAYMENT_REQUEST,
                {**_fields.pick(options, "orderPaymentRequest")},
            ),
        )

    async def delete_order_payment_request(
        self, order_payment_request_id: str
    ) -> _types.DeleteOrderPaymentRequestResponse:
        """Delete order payment request: ``DELETE``.

        ``/ecom/v1/order-payment-requests/{orderPaymentRequestId}``

        Permissions: ``ECOM.ORDER_PAYMENT_REQUEST_DELETE``.
        Callable by: ``APP``.
        Application errors: ``CANNOT_DELETE_PAID_ORDER_PAYMENT_REQUEST``.
        """
        return cast(
            "_types.DeleteOrderPaymentRequestResponse",
            await call(
                self._requester,
                _DELETE_ORDER_PAYMENT_REQUEST,
                {"orderPaymentRequestId": order_payment_request_id},
            ),
        )

    async def get_order_payment_request(
        self, order_payment_request_id: str
    ) -> _types.GetOrderPaymentRequestResponse:
        """Get order payment request: ``GET``.

        ``/ecom/v1/order-payment-requests/{orderPaymentRequestId}``

        Permissions: ``ECOM.ORDER_PAYMENT_REQUEST_READ``.
        Callable by: ``APP``.
        Application errors: ``ORDER_PAYMENT_REQUEST_NOT_FOUND``.
        """
        return cast(
            "_types.GetOrderPaymentRequestResponse",
            await call(
                self._requester,
                _GET_ORDER_PAYMENT_REQUEST,
                {"orderPaymentRequestId": order_payment_request_id},
            ),
        )

    async def get_order_payment_request_url(
        self, order_payment_request_id: str
    ) -> _types.GetOrderPaymentRequestURLResponse:
        """Get order payment request url: ``POST /ecom/v1/order-payment-requests/url``.

        Permissions: ``ECOM.ORDER_PAYMENT_REQUEST_READ``.
        Callable by: ``APP``.
        Application errors: ``ORDER_PAYMENT_REQUEST_NOT_FOUND``,
        ``ORDER_PAYMENT_REQUEST_PAGE_NOT_FOUND``.
        """
        return cast(
            "_types.GetOrderPaymentRequestURLResponse",
            await call(
                self._requester,
                _GET_ORDER_PAYMENT_REQUEST_URL,
                {"orderPaymentRequestId": order_payment_request_id},
            ),
        )

    def query_order_payment_requests(self) -> QueryBuilder[_types.OrderPaymentRequest]:
        """Query order payment requests: ``POST /ecom/v1/order-payment-requests/query``.

        Permissions: ``ECOM.ORDER_PAYMENT_REQUEST_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_ORDER_PAYMENT_REQUESTS)

    async def update_extended_fields(
        self, id: str, namespace: str, options: _types.UpdateExtendedFieldsOptions
    ) -> _types.UpdateExtendedFieldsResponse:
        """Update extended fields: ``POST``.

        ``/ecom/v1/order-payment-requests/{id}/update-extended-fields``

        Permissions: ``ECOM.ORDER_PAYMENT_REQUEST_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateExtendedFieldsResponse",
            await call(
                self._requester,
                _UPDATE_EXTENDED_FIELDS,
                {"id": id, "namespace": namespace, **_fields.pick(options, "namespaceData")},
            ),
        )

    async def update_order_payment_request(
        self, id: str, order_payment_request: _types.OrderPaymentRequest
    ) -> _types.UpdateOrderPaymentRequestResponse:
        """Update order payment request: ``PATCH``.

        ``/ecom/v1/order-payment-requests/{orderPaymentRequest.id}``

        Permissions: ``ECOM.ORDER_PAYMENT_REQUEST_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``CANNOT_UPDATE_PAID_ORDER_PAYMENT_REQUEST``,
        ``CANNOT_UPDATE_EXPIRED_ORDER_PAYMENT_REQUEST``,
        ``CANNOT_UPDATE_VOIDED_ORDER_PAYMENT_REQUEST``,
        ``CANNOT_UPDATE_ORDER_PAYMENT_REQUEST_AMOUNT``.
        """
        return cast(
            "_types.UpdateOrderPaymentRequestResponse",
            await call(
                self._requester,
                _UPDATE_ORDER_PAYMENT_REQUEST,
                {"orderPaymentRequest": {**order_payment_request, "id": id}},
            ),
        )

    async def void_order_payment_request(
        self, order_payment_request_id: str
    ) -> _types.VoidOrderPaymentRequestResponse:
        """Void order payment request: ``POST /ecom/v1/order-payment-requests/void``.

        Permissions: ``ECOM.ORDER_PAYMENT_REQUEST_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``ORDER_PAYMENT_REQUEST_NOT_FOUND``,
        ``CANNOT_VOID_PAID_ORDER_PAYMENT_REQUEST``,
        ``CANNOT_VOID_EXPIRED_ORDER_PAYMENT_REQUEST``.
        """
        return cast(
            "_types.VoidOrderPaymentRequestResponse",
            await call(
                self._requester,
                _VOID_ORDER_PAYMENT_REQUEST,
                {"orderPaymentRequestId": order_payment_request_id},
            ),
        )


def bind(client: Requester) -> OrderPaymentRequests:
    """The ``orderPaymentRequests`` module for ``client``'s visitor."""
    return OrderPaymentRequests(client)
