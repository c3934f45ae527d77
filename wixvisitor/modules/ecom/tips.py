# File generated from @wix/auto_sdk_ecom_tips 1.0.65 by `make apigen` (tools/apigen). Do not edit.
"""The ``tips`` module of ``@wix/ecom`` (10 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import tips as _types

_ADD_TIP_DISTRIBUTIONS_TO_ORDER = Route(
    "POST",
    "/tips/v1/tips/tip-distributions/add",
    "wix.tips.tip.v1.TipsService.AddTipDistributionsToOrder",
)
_GET_TIP_BY_DRAFT_ORDER_ID = Route(
    "GET",
    "/tips/v1/tips/draft-order/{draftOrderId}",
    "wix.tips.tip.v1.TipsService.GetTipByDraftOrderId",
    path_params=("draftOrderId",),
)
_GET_TIP_BY_ORDER_ID = Route(
    "GET",
    "/tips/v1/tips/order/{orderId}",
    "wix.tips.tip.v1.TipsService.GetTipByOrderId",
    path_params=("orderId",),
)
_GET_TIP_CHOICE = Route(
    "GET",
    "/tips/v1/tips/choice/{purchaseFlowId}",
    "wix.tips.tip.v1.TipsService.GetTipChoice",
    path_params=("purchaseFlowId",),
)
_PREVIEW_TIP = Route("POST", "/tips/v1/tips/preview", "wix.tips.tip.v1.TipsService.PreviewTip")
_QUERY_TIP_DISTRIBUTIONS = Query(
    Route(
        "POST",
        "/tips/v1/tips/tip-distributions/query",
        "wix.tips.tip.v1.TipsService.QueryTipDistributions",
    ),
    items="tipDistributions",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_REMOVE_TIP_FROM_ORDER = Route(
    "POST", "/tips/v1/tips/remove", "wix.tips.tip.v1.TipsService.RemoveTipFromOrder"
)
_SET_TIP_ON_ORDER = Route("POST", "/tips/v1/tips/set", "wix.tips.tip.v1.TipsService.SetTipOnOrder")
_SUM_TIP_DISTRIBUTION_AMOUNTS = Route(
    "POST",
    "/tips/v1/tips/tip-distributions/sum-amounts",
    "wix.tips.tip.v1.TipsService.SumTipDistributionAmounts",
)
_UPDATE_TIP_CHOICE = Route(
    "PATCH", "/tips/v1/tips/choice", "wix.tips.tip.v1.TipsService.UpdateTipChoice"
)


class Tips(Module):
    """``tips`` of ``@wix/ecom``: ``tips = ecom.tips.bind(wix)``."""

    __slots__ = ()

    async def add_tip_distributions_to_order(
        self, options: _types.AddTipDistributionsToOrderOptions
    ) -> _types.AddTipDistributionsToOrderResponse:
        """Add tip distributions to order: ``POST /tips/v1/tips/tip-distributions/add``.

        Permissions: ``WIX_TIPS.TIP_DISTRIBUTION_ADD``.
        Callable by: ``APP``.
        Application errors: ``ORDER_NOT_FOUND``, ``DRAFT_ORDER_NOT_FOUND``,
        ``ORDER_IS_ALREADY_EDITED``, ``ORDER_CANNOT_BE_EDITED``,
        ``PARTIALLY_OR_FULLY_REFUNDED_ORDER_CANNOT_BE_EDITED``, ``FAILED_SETTING_TIP_ON_ORDER``,
        ``FAILED_DELETING_TIP_FROM_ORDER``, ``FAILED_COMMITING_TIP_ON_ORDER``,
        ``INVALID_TIP_DISTRIBUTION``.
        """
        return cast(
            "_types.AddTipDistributionsToOrderResponse",
            await call(
                self._requester,
                _ADD_TIP_DISTRIBUTIONS_TO_ORDER,
                {**_fields.pick(options, "orderId", "tipDistributions")},
            ),
        )

    async def get_tip_by_draft_order_id(
        self, draft_order_id: str
    ) -> _types.GetTipByDraftOrderIdResponse:
        """Get tip by draft order id: ``GET /tips/v1/tips/draft-order/{draftOrderId}``.

        Permissions: ``WIX_TIPS.TIP_READ``.
        Callable by: ``APP``.
        Application errors: ``DRAFT_ORDER_NOT_FOUND``, ``TIP_NOT_FOUND``.
        """
        return cast(
            "_types.GetTipByDraftOrderIdResponse",
            await call(
                self._requester, _GET_TIP_BY_DRAFT_ORDER_ID, {"draftOrderId": draft_order_id}
            ),
        )

    async def get_tip_by_order_id(self, order_id: str) -> _types.GetTipByOrderIdResponse:
        """Get tip by order id: ``GET /tips/v1/tips/order/{orderId}``.

        Permissions: ``WIX_TIPS.TIP_READ``.
        Callable by: ``APP``.
        Application errors: ``ORDER_NOT_FOUND``, ``TIP_NOT_FOUND``.
        """
        return cast(
            "_types.GetTipByOrderIdResponse",
            await call(self._requester, _GET_TIP_BY_ORDER_ID, {"orderId": order_id}),
        )

    async def get_tip_choice(self, purchase_flow_id: str) -> _types.GetTipChoiceResponse:
        """Get tip choice: ``GET /tips/v1/tips/choice/{purchaseFlowId}``.

        Permissions: ``WIX_TIPS.TIP_GET_CHOICE``.
        Callable by: ``APP``.
        Application errors: ``PERSON_IDENTITY_NOT_FOUND``.
        """
        return cast(
            "_types.GetTipChoiceResponse",
            await call(self._requester, _GET_TIP_CHOICE, {"purchaseFlowId": purchase_flow_id}),
        )

    async def preview_tip(
        self,
        line_item_info: Sequence[Mapping[str, Any]],
        options: _types.PreviewTipOptions | None = None,
    ) -> _types.PreviewTipResponse:
        """Preview tip: ``POST /tips/v1/tips/preview``.

        Permissions: ``WIX_TIPS.TIP_PREVIEW``.
        Callable by: ``APP``.
        Application errors: ``TIP_SETTINGS_NOT_FOUND``, ``CATALOG_ITEMS_NOT_FOUND``.
        """
        return cast(
            "_types.PreviewTipResponse",
            await call(
                self._requester,
                _PREVIEW_TIP,
                {
                    "lineItemInfo": line_item_info,
                    **_fields.pick(options, "tipChoice", "tipSettingsId", "draftOrderId"),
                },
            ),
        )

    def query_tip_distributions(self) -> QueryBuilder[_types.TipDistribution]:
        """Query tip distributions: ``POST /tips/v1/tips/tip-distributions/query``.

        Permissions: ``WIX_TIPS.TIP_DISTRIBUTION_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_TIP_DISTRIBUTIONS)

    async def remove_tip_from_order(
        self, options: _types.RemoveTipFromOrderOptions
    ) -> _types.RemoveTipFromOrderResponse:
        """Remove tip from order: ``POST /tips/v1/tips/remove``.

        Permissions: ``WIX_TIPS.TIP_REMOVE``.
        Callable by: ``APP``.
        Application errors: ``CANNOT_REMOVE_PAID_TIP_DISTRIBUTION``.
        """
        return cast(
            "_types.RemoveTipFromOrderResponse",
            await call(
                self._requester, _REMOVE_TIP_FROM_ORDER, {**_fields.pick(options, "orderId")}
            ),
        )

    async def set_tip_on_order(
        self, options: _types.SetTipOnOrderOptions
    ) -> _types.SetTipOnOrderResponse:
        """Set tip on order: ``POST /tips/v1/tips/set``.

        Permissions: ``WIX_TIPS.TIP_SET``.
        Callable by: ``APP``.
        Application errors: ``INVALID_TIP``.
        """
        return cast(
            "_types.SetTipOnOrderResponse",
            await call(
                self._requester, _SET_TIP_ON_ORDER, {**_fields.pick(options, "orderId", "tip")}
            ),
        )

    async def sum_tip_distribution_amounts(
        self, filter: Mapping[str, Any]
    ) -> _types.SumTipDistributionAmountsResponse:
        """Sum tip distribution amounts: ``POST /tips/v1/tips/tip-distributions/sum-amounts``.

        Permissions: ``WIX_TIPS.TIP_DISTRIBUTION_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SumTipDistributionAmountsResponse",
            await call(self._requester, _SUM_TIP_DISTRIBUTION_AMOUNTS, {"filter": filter}),
        )

    async def update_tip_choice(
        self, tip_choice: _types.TipChoice, options: _types.UpdateTipChoiceOptions
    ) -> _types.UpdateTipChoiceResponse:
        """Update tip choice: ``PATCH /tips/v1/tips/choice``.

        Permissions: ``WIX_TIPS.TIP_UPDATE_CHOICE``.
        Callable by: ``APP``.
        Application errors: ``PERSON_IDENTITY_NOT_FOUND``.
        """
        return cast(
            "_types.UpdateTipChoiceResponse",
            await call(
                self._requester,
                _UPDATE_TIP_CHOICE,
                {"tipChoice": tip_choice, **_fields.pick(options, "purchaseFlowId")},
            ),
        )


def bind(client: Requester) -> Tips:
    """The ``tips`` module for ``client``'s visitor."""
    return Tips(client)
