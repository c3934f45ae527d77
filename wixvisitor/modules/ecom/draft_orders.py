# File generated from @wix/auto_sdk_ecom_draft-orders 1.0.177
# by `make apigen` (tools/apigen). Do not edit.
"""The ``draftOrders`` module of ``@wix/ecom`` (23 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import draft_orders as _types

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
        self, draft_order_id: str, options: _types.AddLineItemsToDraftOrderOptions | None = None
    ) -> _types.AddLineItemsToDraftOrderResponse:
        """Add line items to draft order: ``POST``.

        ``/ecom/v1/draft-orders/{draftOrderId}/add-line-items``

        Permissions: ``ECOM.DRAFT_ORDERS_ADD_LINE_ITEMS``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``, ``MAX_ITEMS_REACHED``,
        ``MULTIPLE_ADDS_FOR_SAME_LINE_ITEM``, ``CATALOG_ITEM_NOT_AVAILABLE``,
        ``CATALOG_ITEM_NOT_FOUND``, ``CATALOG_ITEM_PAYMENT_OPTION_UNSUPPORTED``,
        ``CATALOG_ITEM_ALREADY_EXIST``, ``GIFT_CARD_ITEM_UNSUPPORTED``,
        ``SUBSCRIPTION_ITEM_UNSUPPORTED``, ``DUPLICATED_EXTERNAL_LINE_ITEM_ID``,
        ``DRAFT_ORDER_ALREADY_COMMITTED``, ``SUBSCRIPTION_SINGLE_ITEM_ALLOWED``,
        ``DUPLICATED_LINE_ITEM_IDS``, ``DRAFT_ORDER_HAS_GLOBAL_DEPOSIT``, ``CURRENCY_REQUIRED``,
        ``CURRENCY_DOES_NOT_MATCH_DRAFT_ORDER_CURRENCY``.
        """
        return cast(
            "_types.AddLineItemsToDraftOrderResponse",
            await call(
                self._requester,
                _ADD_LINE_ITEMS_TO_DRAFT_ORDER,
                {
                    "draftOrderId": draft_order_id,
                    **_fields.pick(options, "catalogLineItems", "customLineItems"),
                },
            ),
        )

    async def commit_draft_order(
        self, draft_order_id: str, options: _types.CommitDraftOrderOptions | None = None
    ) -> _types.CommitDraftOrderResponse:
        """Commit draft order: ``POST /ecom/v1/draft-orders/{draftOrderId}/commit``.

        Permissions: ``ECOM.DRAFT_ORDERS_COMMIT``,
        ``ECOM.DRAFT_ORDER_READ_ALL_EXTENDED_FIELDS``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``,
        ``DRAFT_ORDER_COMMIT_FAILED_VALIDATIONS``, ``DRAFT_ORDER_ALREADY_COMMITTED``.
        """
        return cast(
            "_types.CommitDraftOrderResponse",
            await call(
                self._requester,
                _COMMIT_DRAFT_ORDER,
                {
                    "draftOrderId": draft_order_id,
                    **_fields.pick(options, "commitSettings", "reason"),
                },
            ),
        )

    async def create_custom_additional_fees(
        self, draft_order_id: str, options: _types.CreateCustomAdditionalFeesOptions | None = None
    ) -> _types.CreateCustomAdditionalFeesResponse:
        """Create custom additional fees: ``POST``.

        ``/ecom/v1/draft-orders/{draftOrderId}/create-additional-fees``

        Permissions: ``ECOM.DRAFT_ORDERS_CREATE_ADDITIONAL_FEES``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``, ``LINE_ITEM_NOT_FOUND``,
        ``DRAFT_ORDER_ALREADY_COMMITTED``, ``CURRENCY_REQUIRED``,
        ``CURRENCY_DOES_NOT_MATCH_DRAFT_ORDER_CURRENCY``.
        """
        return cast(
            "_types.CreateCustomAdditionalFeesResponse",
            await call(
                self._requester,
                _CREATE_CUSTOM_ADDITIONAL_FEES,
                {
                    "draftOrderId": draft_order_id,
                    **_fields.pick(options, "customAdditionalFees", "currency"),
                },
            ),
        )

    async def create_custom_discounts(
        self, draft_order_id: str, options: _types.CreateCustomDiscountsOptions | None = None
    ) -> _types.CreateCustomDiscountsResponse:
        """Create custom discounts: ``POST``.

        ``/ecom/v1/draft-orders/{draftOrderId}/create-custom-discounts``

        Permissions: ``ECOM.DRAFT_ORDERS_ADD_DISCOUNTS``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``, ``DISCOUNT_NOT_FOUND``,
        ``LINE_ITEM_NOT_FOUND``, ``DISCOUNTS_AMOUNT_EXCEED_ORDER_TOTALS``,
        ``DISCOUNTS_AMOUNT_EXCEED_ITEM_TOTALS``, ``DISCOUNTS_AMOUNT_EXCEED_SHIPPING_TOTAL``,
        ``DRAFT_ORDER_ALREADY_COMMITTED``, ``CURRENCY_REQUIRED``,
        ``CURRENCY_DOES_NOT_MATCH_DRAFT_ORDER_CURRENCY``.
        """
        return cast(
            "_types.CreateCustomDiscountsResponse",
            await call(
                self._requester,
                _CREATE_CUSTOM_DISCOUNTS,
                {"draftOrderId": draft_order_id, **_fields.pick(options, "discounts")},
            ),
        )

    async def create_draft_order(
        self, options: _types.CreateDraftOrderOptions | None = None
    ) -> _types.CreateDraftOrderResponse:
        """Create draft order: ``POST /ecom/v1/draft-orders``.

        Permissions: ``ECOM.DRAFT_ORDERS_CREATE``,
        ``ECOM.DRAFT_ORDER_READ_ALL_EXTENDED_FIELDS``,
        ``DRAFT_ORDER_WRITE_ALL_EXTENDED_FIELDS``,
        ``ECOM.DRAFT_ORDER_EDIT_MULTI_CURRENCY_ORDER``.
        Callable by: ``APP``.
        Application errors: ``ORDER_CANNOT_BE_EDITED``, ``ORDER_IS_ALREADY_EDITED``,
        ``FAILED_TO_FETCH_SETTINGS``, ``DUPLICATED_LINE_ITEM_IDS``,
        ``CATALOG_ITEM_NOT_AVAILABLE``, ``CATALOG_ITEM_NOT_FOUND``,
        ``CATALOG_ITEM_PAYMENT_OPTION_UNSUPPORTED``, ``CATALOG_ITEM_ALREADY_EXIST``,
        ``GIFT_CARD_ITEM_UNSUPPORTED``, ``SUBSCRIPTION_ITEM_UNSUPPORTED``,
        ``DUPLICATED_EXTERNAL_LINE_ITEM_ID``, ``NOT_AUTHORIZED_TO_READ_DRAFT_ORDERS``.
        """
        return cast(
            "_types.CreateDraftOrderResponse",
            await call(
                self._requester,
                _CREATE_DRAFT_ORDER,
                {**_fields.pick(options, "orderId", "sourceOrderId", "draftOrder")},
            ),
        )

    async def create_empty_draft_order(self) -> _types.CreateEmptyDraftOrderResponse:
        """Create empty draft order: ``POST /ecom/v1/draft-orders/create-empty-draft-order``.

        Permissions: ``ECOM.DRAFT_ORDERS_CREATE``,
        ``ECOM.DRAFT_ORDER_READ_ALL_EXTENDED_FIELDS``,
        ``DRAFT_ORDER_WRITE_ALL_EXTENDED_FIELDS``.
        Callable by: ``APP``.
        Application errors: ``FAILED_TO_FETCH_SETTINGS``.
        Deprecated in the package.
        """
        return cast(
            "_types.CreateEmptyDraftOrderResponse",
            await call(self._requester, _CREATE_EMPTY_DRAFT_ORDER),
        )

    async def create_order_from_draft(
        self, draft_order_id: str, options: _types.CreateOrderFromDraftOptions | None = None
    ) -> _types.CreateOrderFromDraftResponse:
        """Create order from draft: ``POST /ecom/v1/draft-orders/{draftOrderId}/create-order``.

        Permissions: ``ECOM.DRAFT_ORDER_CREATE_ORDER_FROM_DRAFT``,
        ``ECOM.DRAFT_ORDER_READ_ALL_EXTENDED_FIELDS``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``, ``CREATE_ORDER_FAILED_VALIDATIONS``,
        ``DRAFT_ORDER_ALREADY_COMMITTED``, ``DRAFT_ORDER_DEPOSIT_AMOUNT_EXCEEDS_ORDER_TOTAL``,
        ``SUBSCRIPTION_BUYER_INFO_REQUIRED``, ``BILLING_ADDRESS_REQUIRED_FOR_TAX_CALCULATION``,
        ``BUSINESS_ADDRESS_MISSING_OR_INVALID_FOR_TAX_CALCULATION``.
        """
        return cast(
            "_types.CreateOrderFromDraftResponse",
            await call(
                self._requester,
                _CREATE_ORDER_FROM_DRAFT,
                {
                    "draftOrderId": draft_order_id,
                    **_fields.pick(options, "createSettings", "reason", "channelInfo"),
                },
            ),
        )

    async def delete_custom_additional_fees(
        self, draft_order_id: str, custom_additional_fees: Sequence[str]
    ) -> _types.DeleteCustomAdditionalFeesResponse:
        """Delete custom additional fees: ``POST``.

        ``/ecom/v1/draft-orders/{draftOrderId}/delete-custom-additional-fees``

        Permissions: ``ECOM.DRAFT_ORDERS_DELETE_ADDITIONAL_FEES``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``, ``ADDITIONAL_FEE_NOT_FOUND``,
        ``ADDITIONAL_FEE_REMOVE_NOT_SUPPORTED``, ``DRAFT_ORDER_ALREADY_COMMITTED``.
        """
        return cast(
            "_types.DeleteCustomAdditionalFeesResponse",
            await call(
                self._requester,
                _DELETE_CUSTOM_ADDITIONAL_FEES,
                {"draftOrderId": draft_order_id, "customAdditionalFees": custom_additional_fees},
            ),
        )

    async def delete_custom_discounts(
        self, draft_order_id: str, discount_ids: Sequence[str]
    ) -> _types.DeleteCustomDiscountsResponse:
        """Delete custom discounts: ``POST``.

        ``/ecom/v1/draft-orders/{draftOrderId}/delete-custom-discounts``

        Permissions: ``ECOM.DRAFT_ORDERS_DELETE_DISCOUNTS``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``, ``DISCOUNT_NOT_FOUND``,
        ``DISCOUNT_REMOVE_NOT_SUPPORTED``, ``DRAFT_ORDER_ALREADY_COMMITTED``.
        """
        return cast(
            "_types.DeleteCustomDiscountsResponse",
            await call(
                self._requester,
                _DELETE_CUSTOM_DISCOUNTS,
                {"draftOrderId": draft_order_id, "discountIds": discount_ids},
            ),
        )

    async def delete_draft_order(self, draft_order_id: str) -> _types.DeleteDraftOrderResponse:
        """Delete draft order: ``DELETE /ecom/v1/draft-orders/{draftOrderId}``.

        Permissions: ``ECOM.DRAFT_ORDERS_DELETE``, ``ECOM.DRAFT_ORDERS_ADMIN_DELETE``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``, ``DRAFT_ORDER_CANNOT_BE_DELETED``.
        """
        return cast(
            "_types.DeleteDraftOrderResponse",
            await call(self._requester, _DELETE_DRAFT_ORDER, {"draftOrderId": draft_order_id}),
        )

    async def get_draft_order(self, draft_order_id: str) -> _types.GetDraftOrderResponse:
        """Get draft order: ``GET /ecom/v1/draft-orders/{draftOrderId}``.

        Permissions: ``ECOM.DRAFT_ORDERS_READ``, ``ECOM.DRAFT_ORDER_READ_ALL_EXTENDED_FIELDS``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``.
        """
        return cast(
            "_types.GetDraftOrderResponse",
            await call(self._requester, _GET_DRAFT_ORDER, {"draftOrderId": draft_order_id}),
        )

    async def get_order_draftability_status(
        self, order_id: str
    ) -> _types.GetOrderDraftabilityStatusResponse:
        """Get order draftability status: ``GET /ecom/v1/draft-orders/{orderId}/draftability``.

        Permissions: ``ECOM.DRAFT_ORDERS_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetOrderDraftabilityStatusResponse",
            await call(self._requester, _GET_ORDER_DRAFTABILITY_STATUS, {"orderId": order_id}),
        )

    def query_draft_orders(self) -> QueryBuilder[_types.DraftOrder]:
        """Query draft orders: ``POST /ecom/v1/draft-orders/query``.

        Permissions: ``ECOM.DRAFT_ORDERS_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_DRAFT_ORDERS)

    async def set_additional_fees(
        self, draft_order_id: str, additional_fees: Sequence[Mapping[str, Any]]
    ) -> _types.SetAdditionalFeesResponse:
        """Set additional fees: ``POST /ecom/v1/draft-orders/{draftOrderId}/set-additional-fees``.

        Permissions: ``ECOM.DRAFT_ORDERS_SET_ADDITIONAL_FEES``.
        Callable by: ``APP``.
        Application errors: ``ADDITIONAL_FEE_NOT_FOUND``, ``DRAFT_ORDER_ALREADY_COMMITTED``.
        """
        return cast(
            "_types.SetAdditionalFeesResponse",
            await call(
                self._requester,
                _SET_ADDITIONAL_FEES,
                {"draftOrderId": draft_order_id, "additionalFees": additional_fees},
            ),
        )

    async def set_billing_info(
        self, draft_order_id: str, options: _types.SetBillingInfoOptions | None = None
    ) -> _types.SetBillingInfoResponse:
        """Set billing info: ``PUT /ecom/v1/draft-orders/set-billing-info``.

        Permissions: ``ECOM.DRAFT_ORDER_SET_BILLING_INFO``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``, ``DRAFT_ORDER_ALREADY_COMMITTED``.
        """
        return cast(
            "_types.SetBillingInfoResponse",
            await call(
                self._requester,
                _SET_BILLING_INFO,
                {"draftOrderId": draft_order_id, **_fields.pick(options, "billingInfo")},
            ),
        )

    async def set_business_location(
        self, draft_order_id: str, options: _types.SetBusinessLocationOptions | None = None
    ) -> _types.SetBusinessLocationResponse:
        """Set business location: ``PUT /ecom/v1/draft-orders/set-business-location``.

        Permissions: ``ECOM.DRAFT_ORDER_SET_BUSINESS_LOCATION``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``,
        ``BUSINESS_LOCATION_CANNOT_BE_EDITED``, ``DRAFT_ORDER_ALREADY_COMMITTED``.
        """
        return cast(
            "_types.SetBusinessLocationResponse",
            await call(
                self._requester,
                _SET_BUSINESS_LOCATION,
                {"draftOrderId": draft_order_id, **_fields.pick(options, "businessLocation")},
            ),
        )

    async def set_buyer_info(
        self, draft_order_id: str, options: _types.SetBuyerInfoOptions | None = None
    ) -> _types.SetBuyerInfoResponse:
        """Set buyer info: ``PUT /ecom/v1/draft-orders/set-buyer-info``.

        Permissions: ``ECOM.DRAFT_ORDER_SET_BUYER_INFO``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``, ``DRAFT_ORDER_ALREADY_COMMITTED``.
        """
        return cast(
            "_types.SetBuyerInfoResponse",
            await call(
                self._requester,
                _SET_BUYER_INFO,
                {"draftOrderId": draft_order_id, **_fields.pick(options, "buyerInfo")},
            ),
        )

    async def set_discounts(
        self, draft_order_id: str, discounts: Sequence[Mapping[str, Any]]
    ) -> _types.SetDiscountsResponse:
        """Set discounts: ``POST /ecom/v1/draft-orders/{draftOrderId}/set-discounts``.

        Permissions: ``ECOM.DRAFT_ORDERS_SET_DISCOUNTS``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``,
        ``DISCOUNTS_AMOUNT_EXCEED_ITEM_TOTALS``, ``DISCOUNTS_AMOUNT_EXCEED_SHIPPING_TOTAL``,
        ``DRAFT_ORDER_ALREADY_COMMITTED``.
        """
        return cast(
            "_types.SetDiscountsResponse",
            await call(
                self._requester,
                _SET_DISCOUNTS,
                {"draftOrderId": draft_order_id, "discounts": discounts},
            ),
        )

    async def set_recipient_info(
        self, draft_order_id: str, options: _types.SetRecipientInfoOptions | None = None
    ) -> _types.SetRecipientInfoResponse:
        """Set recipient info: ``PUT /ecom/v1/draft-orders/set-recipient-info``.

        Permissions: ``ECOM.DRAFT_ORDER_SET_RECIPIENT_INFO``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``, ``DRAFT_ORDER_ALREADY_COMMITTED``.
        """
        return cast(
            "_types.SetRecipientInfoResponse",
            await call(
                self._requester,
                _SET_RECIPIENT_INFO,
                {"draftOrderId": draft_order_id, **_fields.pick(options, "recipientInfo")},
            ),
        )

    async def set_shipping_info(
        self, draft_order_id: str, options: _types.SetShippingInfoOptions | None = None
    ) -> _types.SetShippingInfoResponse:
        """Set shipping info: ``PUT /ecom/v1/draft-orders/set-shipping-info``.

        Permissions: ``ECOM.DRAFT_ORDERS_SET_SHIPPING_INFO``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``, ``DRAFT_ORDER_ALREADY_COMMITTED``,
        ``CURRENCY_REQUIRED``, ``CURRENCY_DOES_NOT_MATCH_DRAFT_ORDER_CURRENCY``.
        """
        return cast(
            "_types.SetShippingInfoResponse",
            await call(
                self._requester,
                _SET_SHIPPING_INFO,
                {"draftOrderId": draft_order_id, **_fields.pick(options, "shippingInfo")},
            ),
        )

    async def set_tax_exemption(
        self, draft_order_id: str, options: _types.SetTaxExemptionOptions
    ) -> _types.SetTaxExemptionResponse:
        """Set tax exemption: ``PUT /ecom/v1/draft-orders/set-tax-exemption``.

        Permissions: ``ECOM.DRAFT_ORDER_SET_TAX_EXEMPTION``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``, ``DRAFT_ORDER_ALREADY_COMMITTED``.
        """
        return cast(
            "_types.SetTaxExemptionResponse",
            await call(
                self._requester,
                _SET_TAX_EXEMPTION,
                {"draftOrderId": draft_order_id, **_fields.pick(options, "taxExempt")},
            ),
        )

    async def update_extended_fields(
        self, id: str, namespace: str, options: _types.UpdateExtendedFieldsOptions
    ) -> _types.UpdateExtendedFieldsResponse:
        """Update extended fields: ``POST /ecom/v1/draft-orders/{id}/update-extended-fields``.

        Permissions: ``ECOM.DRAFT_ORDER_UPDATE_EXTENDED_FIELDS``,
        ``ECOM.DRAFT_ORDER_WRITE_ALL_EXTENDED_FIELDS``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``, ``DRAFT_ORDER_ALREADY_COMMITTED``.
        """
        return cast(
            "_types.UpdateExtendedFieldsResponse",
            await call(
                self._requester,
                _UPDATE_EXTENDED_FIELDS,
                {"id": id, "namespace": namespace, **_fields.pick(options, "namespaceData")},
            ),
        )

    async def update_line_items(
        self, draft_order_id: str, line_item_changes: Sequence[Mapping[str, Any]]
    ) -> _types.UpdateLineItemsResponse:
        """Update line items: ``POST /ecom/v1/draft-orders/{draftOrderId}/line-items``.

        Permissions: ``ECOM.DRAFT_ORDERS_MODIFY_ITEMS``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_DOES_NOT_EXIST``, ``LINE_ITEM_DOES_NOT_EXIST``,
        ``MULTIPLE_CHANGES_FOR_SAME_LINE_ITEM``, ``EMPTY_CHANGE_REQUEST``,
        ``UPDATING_PRICE_OF_REMOVED_ITEM_IS_FORBIDDEN``, ``UPDATING_LINE_ITEM_WITH_LOCATIONS``,
        ``DRAFT_ORDER_ALREADY_COMMITTED``,
        ``CANNOT_UPDATE_CATALOG_REFERENCE_OPTIONS_OF_NON_CATALOG_ITEM``,
        ``CANNOT_UPDATE_CATALOG_REFERENCE_OPTIONS_OF_FULFILLED_ITEM``,
        ``CANNOT_UPDATE_ITEM_WITH_EXTERNAL_FULFILLER``,
        ``MODIFIERS_SUM_CANNOT_EXCEED_ITEM_PRICE``, ``LINE_ITEM_HAS_PLATFORM_FEES``,
        ``SUBSCRIPTION_SINGLE_ITEM_ALLOWED``,
        ``UPDATING_TAXABLE_ADDRESS_ON_EXISTING_ITEM_IS_FORBIDDEN``,
        ``UPDATING_NON_ZERO_PRICE_ON_MULTI_CURRENCY_DRAFT_ORDER_IS_FORBIDDEN``,
        ``UPDATING_NON_ZERO_MODIFIER_PRICE_ON_MULTI_CURRENCY_DRAFT_ORDER_IS_FORBIDDEN``,
        ``UPDATING_PRICE_DESCRIPTION_ON_MULTI_CURRENCY_DRAFT_ORDER_IS_FORBIDDEN``,
        ``CURRENCY_REQUIRED``, ``CURRENCY_DOES_NOT_MATCH_DRAFT_ORDER_CURRENCY``.
        """
        return cast(
            "_types.UpdateLineItemsResponse",
            await call(
                self._requester,
                _UPDATE_LINE_ITEMS,
                {"draftOrderId": draft_order_id, "lineItemChanges": line_item_changes},
            ),
        )


def bind(client: Requester) -> DraftOrders:
    """The ``draftOrders`` module for ``client``'s visitor."""
    return DraftOrders(client)
