# File generated from @wix/auto_sdk_ecom_abandoned-checkouts 1.0.86
# by `make apigen` (tools/apigen). Do not edit.
"""The ``abandonedCheckouts`` module of ``@wix/ecom`` (7 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import abandoned_checkouts as _types

_BULK_DELETE_ABANDONED_CHECKOUTS = Route(
    "POST",
    "/ecom/v1/bulk/abandoned-checkout/delete",
    "wix.ecom.abandoned_checkout.api.v1.AbandonedCheckoutService.BulkDeleteAbandonedCheckouts",
)
_DELETE_ABANDONED_CHECKOUT = Route(
    "DELETE",
    "/ecom/v1/abandoned-checkout/{abandonedCheckoutId}",
    "wix.ecom.abandoned_checkout.api.v1.AbandonedCheckoutService.DeleteAbandonedCheckout",
    path_params=("abandonedCheckoutId",),
)
_GET_ABANDONED_CHECKOUT = Route(
    "GET",
    "/ecom/v1/abandoned-checkout/{abandonedCheckoutId}",
    "wix.ecom.abandoned_checkout.api.v1.AbandonedCheckoutService.GetAbandonedCheckout",
    path_params=("abandonedCheckoutId",),
)
_GET_ABANDONED_CHECKOUT_ANALYTICS = Route(
    "POST",
    "/ecom/v1/abandoned-checkout/get-analytics",
    "wix.ecom.abandoned_checkout.api.v1.AbandonedCheckoutService.GetAbandonedCheckoutAnalytics",
)
_QUERY_ABANDONED_CHECKOUTS = Query(
    Route(
        "POST",
        "/ecom/v1/abandoned-checkout/query",
        "wix.ecom.abandoned_checkout.api.v1.AbandonedCheckoutService.QueryAbandonedCheckouts",
    ),
    items="abandonedCheckouts",
    paging="CURSOR",
    metadata="metadata",
)
_REDIRECT_TO_CHECKOUT = Route(
    "GET",
    "/ecom/v1/abandoned-checkout/{abandonedCheckoutId}/redirect-to-checkout",
    "wix.ecom.abandoned_checkout.api.v1.AbandonedCheckoutService.RedirectToCheckout",
    path_params=("abandonedCheckoutId",),
)
_SEARCH_ABANDONED_CHECKOUTS = Route(
    "POST",
    "/ecom/v1/abandoned-checkout/search",
    "wix.ecom.abandoned_checkout.api.v1.AbandonedCheckoutService.SearchAbandonedCheckouts",
)


class AbandonedCheckouts(Module):
    """``abandonedCheckouts`` of ``@wix/ecom``: ``ecom.abandoned_checkouts.bind(wix)``."""

    __slots__ = ()

    async def bulk_delete_abandoned_checkouts(
        self, abandoned_checkout_ids: Sequence[str]
    ) -> _types.BulkDeleteAbandonedCheckoutsResponse:
        """Bulk delete abandoned checkouts: ``POST /ecom/v1/bulk/abandoned-checkout/delete``."""
        return cast(
            "_types.BulkDeleteAbandonedCheckoutsResponse",
            await call(
                self._requester,
                _BULK_DELETE_ABANDONED_CHECKOUTS,
                {"abandonedCheckoutIds": abandoned_checkout_ids},
            ),
        )

    async def delete_abandoned_checkout(
        self, abandoned_checkout_id: str
    ) -> _types.DeleteAbandonedCheckoutResponse:
        """Delete abandoned checkout: ``DELETE``.

        ``/ecom/v1/abandoned-checkout/{abandonedCheckoutId}``
        """
        return cast(
            "_types.DeleteAbandonedCheckoutResponse",
            await call(
                self._requester,
                _DELETE_ABANDONED_CHECKOUT,
                {"abandonedCheckoutId": abandoned_checkout_id},
            ),
        )

    async def get_abandoned_checkout(
        self, abandoned_checkout_id: str
    ) -> _types.GetAbandonedCheckoutResponse:
        """Get abandoned checkout: ``GET /ecom/v1/abandoned-checkout/{abandonedCheckoutId}``."""
        return cast(
            "_types.GetAbandonedCheckoutResponse",
            await call(
                self._requester,
                _GET_ABANDONED_CHECKOUT,
                {"abandonedCheckoutId": abandoned_checkout_id},
            ),
        )

    async def get_abandoned_checkout_analytics(
        self, start_date: str, options: _types.GetAbandonedCheckoutAnalyticsOptions | None = None
    ) -> _types.GetAbandonedCheckoutAnalyticsResponse:
        """Get abandoned checkout analytics: ``POST /ecom/v1/abandoned-checkout/get-analytics``."""
        return cast(
            "_types.GetAbandonedCheckoutAnalyticsResponse",
            await call(
                self._requester,
                _GET_ABANDONED_CHECKOUT_ANALYTICS,
                {
                    "startDate": start_date,
                    **_fields.pick(options, "endDate", "metrics", "statuses"),
                },
            ),
        )

    def query_abandoned_checkouts(self) -> QueryBuilder[_types.AbandonedCheckout]:
        """Query abandoned checkouts: ``POST /ecom/v1/abandoned-checkout/query``."""
        return QueryBuilder(self._requester, _QUERY_ABANDONED_CHECKOUTS)

    async def redirect_to_checkout(
        self, abandoned_checkout_id: str, metasite_id: str
    ) -> _types.RawHttpResponse:
        """Redirect to checkout: ``GET``.

        ``/ecom/v1/abandoned-checkout/{abandonedCheckoutId}/redirect-to-checkout``
        """
        return cast(
            "_types.RawHttpResponse",
            await call(
                self._requester,
                _REDIRECT_TO_CHECKOUT,
                {"abandonedCheckoutId": abandoned_checkout_id, "metasiteId": metasite_id},
            ),
        )

    async def search_abandoned_checkouts(
        self, search: _types.Search
    ) -> _types.SearchAbandonedCheckoutsResponse:
        """Search abandoned checkouts: ``POST /ecom/v1/abandoned-checkout/search``.

        Permissions: ``ECOM.ABANDONED_CHECKOUT_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SearchAbandonedCheckoutsResponse",
            await call(self._requester, _SEARCH_ABANDONED_CHECKOUTS, {"search": search}),
        )


def bind(client: Requester) -> AbandonedCheckouts:
    """The ``abandonedCheckouts`` module for ``client``'s visitor."""
    return AbandonedCheckouts(client)
