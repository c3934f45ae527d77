# File generated from @wix/auto_sdk_ecom_back-in-stock-notifications 1.0.66
# by `make apigen` (tools/apigen). Do not edit.
"""The ``backInStockNotifications`` module of ``@wix/ecom`` (7 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import back_in_stock_notifications as _types

_CREATE_BACK_IN_STOCK_NOTIFICATION_REQUEST = Route(
    "POST",
    "/back-in-stock-service/v1/back-in-stock-notification-requests",
    "com.wixpress.ecom.back.in.stock.BackInStockNotificationRequestService.CreateBackInStockNotificationRequest",
)
_DELETE_BACK_IN_STOCK_NOTIFICATION_REQUEST = Route(
    "DELETE",
    "/back-in-stock-service/v1/back-in-stock-notification-requests/{id}",
    "com.wixpress.ecom.back.in.stock.BackInStockNotificationRequestService.DeleteBackInStockNotificationRequest",
    path_params=("id",),
)
_GET_BACK_IN_STOCK_NOTIFICATION_REQUEST = Route(
    "GET",
    "/back-in-stock-service/v1/back-in-stock-notification-requests/{id}",
    "com.wixpress.ecom.back.in.stock.BackInStockNotificationRequestService.GetBackInStockNotificationRequest",
    path_params=("id",),
)
_GET_BACK_IN_STOCK_NOTIFICATION_REQUESTS_COUNT_BY_CATALOG_REFERENCES = Route(
    "GET",
    "/back-in-stock-service/v1/back-in-stock-notification-requests/count-by-catalog-reference",
    "com.wixpress.ecom.back.in.stock.BackInStockNotificationRequestService.GetBackInStockNotificationRequestsCountByCatalogReferences",
    complex=True,
)
_MARK_AS_NOTIFICATION_SENT = Route(
    "PUT",
    "/back-in-stock-service/v1/back-in-stock-notification-requests/{id}/mark-as-notification-sent",
    "com.wixpress.ecom.back.in.stock.BackInStockNotificationRequestService.MarkAsNotificationSent",
    path_params=("id",),
)
_QUERY_BACK_IN_STOCK_NOTIFICATION_REQUESTS = Query(
    Route(
        "GET",
        "/back-in-stock-service/v1/back-in-stock-notification-requests",
        "com.wixpress.ecom.back.in.stock.BackInStockNotificationRequestService.QueryBackInStockNotificationRequests",
        complex=True,
        fallback=True,
    ),
    items="requests",
    paging="CURSOR",
    metadata="metadata",
)
_REPORT_ITEMS_BACK_IN_STOCK = Route(
    "POST",
    "/back-in-stock-service/v1/back-in-stock-notification-requests/report-items-back-in-stock",
    "com.wixpress.ecom.back.in.stock.BackInStockNotificationRequestService.ReportItemsBackInStock",
)


class BackInStockNotifications(Module):
    """``backInStockNotifications`` of ``@wix/ecom``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def create_back_in_stock_notification_request(
        self,
        request: _types.BackInStockNotificationRequest,
        item_details: _types.BackInStockItemDetails,
    ) -> _types.CreateBackInStockNotificationRequestResponse:
        """Create back in stock notification request: ``POST``.

        ``/back-in-stock-service/v1/back-in-stock-notification-requests``

        Permissions: ``ECOM.CREATE_BACK_IN_STOCK_NOTIFICATION_REQUESTS``.
        Callable by: ``APP``.
        Application errors: ``BACK_IN_STOCK_NOTIFICATION_REQUEST_ALREADY_EXISTS``,
        ``REQUEST_COLLECTION_DISABLED``, ``INVALID_CATALOG_REFERENCE_OPTIONS``,
        ``INVALID_ITEM_IMAGE_URL``.
        """
        return cast(
            "_types.CreateBackInStockNotificationRequestResponse",
            await call(
                self._requester,
                _CREATE_BACK_IN_STOCK_NOTIFICATION_REQUEST,
                {"request": request, "itemDetails": item_details},
            ),
        )

    async def delete_back_in_stock_notification_request(
        self, id: str
    ) -> _types.DeleteBackInStockNotificationRequestResponse:
        """Delete back in stock notification request: ``DELETE``.

        ``/back-in-stock-service/v1/back-in-stock-notification-requests/{id}``

        Permissions: ``ECOM.MODIFY_BACK_IN_STOCK_NOTIFICATION_REQUESTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteBackInStockNotificationRequestResponse",
            await call(self._requester, _DELETE_BACK_IN_STOCK_NOTIFICATION_REQUEST, {"id": id}),
        )

    async def get_back_in_stock_notification_request(
        self, id: str
    ) -> _types.GetBackInStockNotificationRequestResponse:
        """Get back in stock notification request: ``GET``.

        ``/back-in-stock-service/v1/back-in-stock-notification-requests/{id}``

        Permissions: ``ECOM.READ_BACK_IN_STOCK_NOTIFICATION_REQUESTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetBackInStockNotificationRequestResponse",
            await call(self._requester, _GET_BACK_IN_STOCK_NOTIFICATION_REQUEST, {"id": id}),
        )

    async def get_back_in_stock_notification_requests_count_by_catalog_references(
        self, catalog_references: Sequence[Mapping[str, Any]]
    ) -> _types.GetBackInStockNotificationRequestsCountByCatalogReferencesResponse:
        """Get back in stock notification requests count by catalog references: ``GET``.

        ``/back-in-stock-service/v1/back-in-stock-notification-requests/count-by-catalog-reference``

        Permissions: ``ECOM.READ_BACK_IN_STOCK_NOTIFICATION_REQUESTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetBackInStockNotificationRequestsCountByCatalogReferencesResponse",
            await call(
                self._requester,
                _GET_BACK_IN_STOCK_NOTIFICATION_REQUESTS_COUNT_BY_CATALOG_REFERENCES,
                {"catalogReferences": catalog_references},
            ),
        )

    async def mark_as_notification_sent(self, id: str) -> _types.MarkAsNotificationSentResponse:
        """Mark as notification sent: ``PUT``.

        ``/back-in-stock-service/v1/back-in-stock-notification-requests/{id}/mark-as-notification-sent``

        Permissions: ``ECOM.MODIFY_BACK_IN_STOCK_NOTIFICATION_REQUESTS``.
        Callable by: ``APP``.
        Application errors: ``BACK_IN_STOCK_NOTIFICATION_REQUEST_NOT_FOUND``.
        """
        return cast(
            "_types.MarkAsNotificationSentResponse",
            await call(self._requester, _MARK_AS_NOTIFICATION_SENT, {"id": id}),
        )

    def query_back_in_stock_notification_requests(
        self,
    ) -> QueryBuilder[_types.BackInStockNotificationRequest]:
        """Query back in stock notification requests: ``GET``.

        ``/back-in-stock-service/v1/back-in-stock-notification-requests``

        Permissions: ``ECOM.READ_BACK_IN_STOCK_NOTIFICATION_REQUESTS``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_BACK_IN_STOCK_NOTIFICATION_REQUESTS)

    async def report_items_back_in_stock(
        self,
        item_details: _types.BackInStockItemDetails,
        options: _types.ReportItemsBackInStockOptions | None = None,
    ) -> _types.ReportItemsBackInStockResponse:
        """Report items back in stock: ``POST``.

        ``/back-in-stock-service/v1/back-in-stock-notification-requests/report-items-back-in-stock``

        Permissions: ``ECOM.MODIFY_BACK_IN_STOCK_NOTIFICATION_REQUESTS``.
        Callable by: ``APP``.
        Application errors: ``REQUEST_CONTAINS_BOTH_CATALOG_REFERENCE_AND_REQUEST_IDS``,
        ``INVALID_ITEM_IMAGE_URL``.
        """
        return cast(
            "_types.ReportItemsBackInStockResponse",
            await call(
                self._requester,
                _REPORT_ITEMS_BACK_IN_STOCK,
                {
                    "itemDetails": item_details,
                    **_fields.pick(
                        options,
                        "catalogReference",
                        "requestIds",
                        "extraAutomationTemplateParameters",
                    ),
                },
            ),
        )


def bind(client: Requester) -> BackInStockNotifications:
    """The ``backInStockNotifications`` module for ``client``'s visitor."""
    return BackInStockNotifications(client)
