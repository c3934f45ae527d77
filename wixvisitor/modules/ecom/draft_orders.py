# File generated from @wix/auto_sdk_ecom_draft-orders 1.0.177
# by `make apigen` (tools/apigen). Do not edit.
"""The ``draftOrders`` module of ``@wix/ecom`` (23 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

_ADD_LINE_ITEMS_TO_DRAFT_ORDER = Route(
    "POST",
    "/ecom/v1/draft-orders/{draftOrderId}/add-line-items",
    "com.wix.ecom.orders.draft.v1.DraftOrders.AddLineItemsToDraftOrder",
    path_params=("draftOrderId",),
)
_COMMIT_DRAFT_ORDER = Route(
    "POST",
    "/ecom/v1/draft-orders/{draftOrderId}/commit",
    "com.wix.ecom.orders.draft.v1.DraftOrders.CommitDraftOrder",
    path_params=("draftOrderId",),
)
_CREATE_CUSTOM_ADDITIONAL_FEES = Route(
    "POST",
    "/ecom/v1/draft-orders/{draftOrderId}/create-additional-fees",
    "com.wix.ecom.orders.draft.v1.DraftOrders.CreateCustomAdditionalFees",
    path_params=("draftOrderId",),
)
_CREATE_CUSTOM_DISCOUNTS = Route(
    "POST",
    "/ecom/v1/draft-orders/{draftOrderId}/create-custom-discounts",
    "com.wix.ecom.orders.draft.v1.DraftOrders.CreateCustomDiscounts",
    path_params=("draftOrderId",),
)
_CREATE_DRAFT_ORDER = Route(
    "POST", "/ecom/v1/draft-orders", "com.wix.ecom.orders.draft.v1.DraftOrders.CreateDraftOrder"
)
_CREATE_EMPTY_DRAFT_ORDER = Route(
    "POST",
    "/ecom/v1/draft-orders/create-empty-draft-order",
    "com.wix.ecom.orders.draft.v1.DraftOrders.CreateEmptyDraftOrder",
)
_CREATE_ORDER_FROM_DRAFT = Route(
    "POST",
    "/ecom/v1/draft-orders/{draftOrderId}/create-order",
    "com.wix.ecom.orders.draft.v1.DraftOrders.CreateOrderFromDraft",
    path_params=("draftOrderId",),
)
_DELETE_CUSTOM_ADDITIONAL_FEES = Route(
    "POST",
    "/ecom/v1/draft-orders/{draftOrderId}/delete-custom-additional-fees",
    "com.wix.ecom.orders.draft.v1.DraftOrders.DeleteCustomAdditionalFees",
    path_params=("draftOrderId",),
)
_DELETE_CUSTOM_DISCOUNTS = Route(
    "POST",
    "/ecom/v1/draft-orders/{draftOrderId}/delete-custom-discounts",
    "com.wix.ecom.orders.draft.v1.DraftOrders.DeleteCustomDiscounts",
    path_params=("draftOrderId",),
)
_DELETE_DRAFT_ORDER = Route(
    "DELETE",
    "/ecom/v1/draft-orders/{draftOrderId}",
    "com.wix.ecom.orders.draft.v1.DraftOrders.DeleteDraftOrder",
    path_params=("draftOrderId",),
)
_GET_DRAFT_ORDER = Route(
    "GET",
    "/ecom/v1/draft-orders/{draftOrderId}",
    "com.wix.ecom.orders.draft.v1.DraftOrders.GetDraftOrder",
    path_params=("draftOrderId",),
)
_GET_ORDER_DRAFTABILITY_STATUS = Route(
    "GET",
    "/ecom/v1/draft-orders/{orderId}/draftability",
    "com.wix.ecom.orders.draft.v1.DraftOrders.GetOrderDraftabilityStatus",
    path_params=("orderId",),
)
_QUERY_DRAFT_ORDERS = Query(
    Route(
        "POST",
        "/ecom/v1/draft-orders/query",
        "com.wix.ecom.orders.draft.v1.DraftOrders.QueryDraftOrders",
    ),
    items="draftOrders",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_SET_ADDITIONAL_FEES = Route(
    "POST",
    "/ecom/v1/draft-orders/{draftOrderId}/set-additional-fees",
    "com.wix.ecom.orders.draft.v1.DraftOrders.SetAdditionalFees",
    path_params=("draftOrderId",),
)
_SET_BILLING_INFO = Route(
    "PUT",
    "/ecom/v1/draft-orders/set-billing-info",
    "com.wix.ecom.orders.draft.v1.DraftOrders.SetBillingInfo",
)
_SET_BUSINESS_LOCATION = Route(
    "PUT",
    "/ecom/v1/draft-orders/set-business-location",
    "com.wix.ecom.orders.draft.v1.DraftOrders.SetBusinessLocation",
)
_SET_BUYER_INFO = Route(
    "PUT",
    "/ecom/v1/draft-orders/set-buyer-info",
    "com.wix.ecom.orders.draft.v1.DraftOrders.SetBuyerInfo",
)
_SET_DISCOUNTS = Route(
    "POST",
    "/ecom/v1/draft-orders/{draftOrderId}/set-discounts",
    "com.wix.ecom.orders.draft.v1.DraftOrders.SetDiscounts",
    path_params=("draftOrderId",),
)
_SET_RECIPIENT_INFO = Route(
    "PUT",
    "/ecom/v1/draft-orders/set-recipient-info",
    "com.wix.ecom.orders.draft.v1.DraftOrders.SetRecipientInfo",
)
_SET_SHIPPING_INFO = Route(
    "PUT",
    "/ecom/v1/draft-orders/set-shipping-info",
    "com.wix.ecom.orders.draft.v1.DraftOrders.SetShippingInfo",
)
_SET_TAX_EXEMPTION = Route(
    "PUT",
    "/ecom/v1/draft-orders/set-tax-exemption",
    "com.wix.ecom.orders.draft.v1.DraftOrders.SetTaxExemption",
)
_UPDATE_EXTENDED_FIELDS = Route(
    "POST",
    "/ecom/v1/draft-orders/{id}/update-extended-fields",
    "com.wix.ecom.orders.draft.v1.DraftOrders.UpdateExtendedFields",
    path_params=("id",),
)
_UPDATE_LINE_ITEMS = Route(
    "POST",
    "/ecom/v1/draft-orders/{draftOrderId}/line-items",
    "com.wix.ecom.orders.draft.v1.DraftOrders.UpdateLineItems",
    path_params=("draftOrderId",),
)


class DraftOrders(Module):
    """``draftOrders`` of ``@wix/ecom``: ``draft_orders = ecom.draft_orders.bind(wix)``."""

    __slots__ = ()

    async def add_line_items_to_draft_order(
        self, draft_order_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Add line items to draft order: ``POST``.

        ``/ecom/v1/draft-orders/{draftOrderId}/add-line-items``
        """
        return await call(
            self._requester,
            _ADD_LINE_ITEMS_TO_DRAFT_ORDER,
            {
                "draftOrderId": draft_order_id,
                **_fields.pick(options, "catalogLineItems", "customLineItems"),
            },
        )

    async def commit_draft_order(
        self, draft_order_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Commit draft order: ``POST /ecom/v1/draft-orders/{draftOrderId}/commit``."""
        return await call(
            self._requester,
            _COMMIT_DRAFT_ORDER,
            {"draftOrderId": draft_order_id, **_fields.pick(options, "commitSettings", "reason")},
        )

    async def create_custom_additional_fees(
        self, draft_order_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Create custom additional fees: ``POST``.

        ``/ecom/v1/draft-orders/{draftOrderId}/create-additional-fees``
        """
        return await call(
            self._requester,
            _CREATE_CUSTOM_ADDITIONAL_FEES,
            {
                "draftOrderId": draft_order_id,
                **_fields.pick(options, "customAdditionalFees", "currency"),
            },
        )

    async def create_custom_discounts(
        self, draft_order_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Create custom discounts: ``POST``.

        ``/ecom/v1/draft-orders/{draftOrderId}/create-custom-discounts``
        """
        return await call(
            self._requester,
            _CREATE_CUSTOM_DISCOUNTS,
            {"draftOrderId": draft_order_id, **_fields.pick(options, "discounts")},
        )

    async def create_draft_order(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Create draft order: ``POST /ecom/v1/draft-orders``."""
        return await call(
            self._requester,
            _CREATE_DRAFT_ORDER,
            {**_fields.pick(options, "orderId", "sourceOrderId", "draftOrder")},
        )

    async def create_empty_draft_order(self) -> dict[str, Any]:
        """Create empty draft order: ``POST /ecom/v1/draft-orders/create-empty-draft-order``."""
        return await call(self._requester, _CREATE_EMPTY_DRAFT_ORDER)

    async def create_order_from_draft(
        self, draft_order_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Create order from draft: ``POST /ecom/v1/draft-orders/{draftOrderId}/create-order``."""
        return await call(
            self._requester,
            _CREATE_ORDER_FROM_DRAFT,
            {
                "draftOrderId": draft_order_id,
                **_fields.pick(options, "createSettings", "reason", "channelInfo"),
            },
        )

    async def delete_custom_additional_fees(
        self, draft_order_id: str, custom_additional_fees: list[str]
    ) -> dict[str, Any]:
        """Delete custom additional fees: ``POST``.

        ``/ecom/v1/draft-orders/{draftOrderId}/delete-custom-additional-fees``
        """
        return await call(
            self._requester,
            _DELETE_CUSTOM_ADDITIONAL_FEES,
            {"draftOrderId": draft_order_id, "customAdditionalFees": custom_additional_fees},
        )

    async def delete_custom_discounts(
        self, draft_order_id: str, discount_ids: list[str]
    ) -> dict[str, Any]:
        """Delete custom discounts: ``POST``.

        ``/ecom/v1/draft-orders/{draftOrderId}/delete-custom-discounts``
        """
        return await call(
            self._requester,
            _DELETE_CUSTOM_DISCOUNTS,
            {"draftOrderId": draft_order_id, "discountIds": discount_ids},
        )

    async def delete_draft_order(self, draft_order_id: str) -> dict[str, Any]:
        """Delete draft order: ``DELETE /ecom/v1/draft-orders/{draftOrderId}``."""
        return await call(self._requester, _DELETE_DRAFT_ORDER, {"draftOrderId": draft_order_id})

    async def get_draft_order(self, draft_order_id: str) -> dict[str, Any]:
        """Get draft order: ``GET /ecom/v1/draft-orders/{draftOrderId}``."""
        return await call(self._requester, _GET_DRAFT_ORDER, {"draftOrderId": draft_order_id})

    async def get_order_draftability_status(self, order_id: str) -> dict[str, Any]:
        """Get order draftability status: ``GET /ecom/v1/draft-orders/{orderId}/draftability``."""
        return await call(self._requester, _GET_ORDER_DRAFTABILITY_STATUS, {"orderId": order_id})

    def query_draft_orders(self) -> QueryBuilder:
        """Query draft orders: ``POST /ecom/v1/draft-orders/query``."""
        return QueryBuilder(self._requester, _QUERY_DRAFT_ORDERS)

    async def set_additional_fees(
        self, draft_order_id: str, additional_fees: Sequence[Mapping[str, Any]]
    ) -> dict[str, Any]:
        """Set additional fees: ``POST``.

        ``/ecom/v1/draft-orders/{draftOrderId}/set-additional-fees``
        """
        return await call(
            self._requester,
            _SET_ADDITIONAL_FEES,
            {"draftOrderId": draft_order_id, "additionalFees": additional_fees},
        )

    async def set_billing_info(
        self, draft_order_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Set billing info: ``PUT /ecom/v1/draft-orders/set-billing-info``."""
        return await call(
            self._requester,
            _SET_BILLING_INFO,
            {"draftOrderId": draft_order_id, **_fields.pick(options, "billingInfo")},
        )

    async def set_business_location(
        self, draft_order_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Set business location: ``PUT /ecom/v1/draft-orders/set-business-location``."""
        return await call(
            self._requester,
            _SET_BUSINESS_LOCATION,
            {"draftOrderId": draft_order_id, **_fields.pick(options, "businessLocation")},
        )

    async def set_buyer_info(
        self, draft_order_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Set buyer info: ``PUT /ecom/v1/draft-orders/set-buyer-info``."""
        return await call(
            self._requester,
            _SET_BUYER_INFO,
            {"draftOrderId": draft_order_id, **_fields.pick(options, "buyerInfo")},
        )

    async def set_discounts(
        self, draft_order_id: str, discounts: Sequence[Mapping[str, Any]]
    ) -> dict[str, Any]:
        """Set discounts: ``POST /ecom/v1/draft-orders/{draftOrderId}/set-discounts``."""
        return await call(
            self._requester,
            _SET_DISCOUNTS,
            {"draftOrderId": draft_order_id, "discounts": discounts},
        )

    async def set_recipient_info(
        self, draft_order_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Set recipient info: ``PUT /ecom/v1/draft-orders/set-recipient-info``."""
        return await call(
            self._requester,
            _SET_RECIPIENT_INFO,
            {"draftOrderId": draft_order_id, **_fields.pick(options, "recipientInfo")},
        )

    async def set_shipping_info(
        self, draft_order_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Set shipping info: ``PUT /ecom/v1/draft-orders/set-shipping-info``."""
        return await call(
            self._requester,
            _SET_SHIPPING_INFO,
            {"draftOrderId": draft_order_id, **_fields.pick(options, "shippingInfo")},
        )

    async def set_tax_exemption(
        self, draft_order_id: str, options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Set tax exemption: ``PUT /ecom/v1/draft-orders/set-tax-exemption``."""
        return await call(
            self._requester,
            _SET_TAX_EXEMPTION,
            {"draftOrderId": draft_order_id, **_fields.pick(options, "taxExempt")},
        )

    async def update_extended_fields(
        self, id: str, namespace: str, options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Update extended fields: ``POST /ecom/v1/draft-orders/{id}/update-extended-fields``."""
        return await call(
            self._requester,
            _UPDATE_EXTENDED_FIELDS,
            {"id": id, "namespace": namespace, **_fields.pick(options, "namespaceData")},
        )

    async def update_line_items(
        self, draft_order_id: str, line_item_changes: Sequence[Mapping[str, Any]]
    ) -> dict[str, Any]:
        """Update line items: ``POST /ecom/v1/draft-orders/{draftOrderId}/line-items``."""
        return await call(
            self._requester,
            _UPDATE_LINE_ITEMS,
            {"draftOrderId": draft_order_id, "lineItemChanges": line_item_changes},
        )


def bind(client: Requester) -> DraftOrders:
    """The ``draftOrders`` module for ``client``'s visitor."""
    return DraftOrders(client)
