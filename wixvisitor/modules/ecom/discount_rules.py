# File generated from @wix/auto_sdk_ecom_discount-rules 1.0.118
# by `make apigen` (tools/apigen). Do not edit.
"""The ``discountRules`` module of ``@wix/ecom`` (5 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import discount_rules as _types

_CREATE_DISCOUNT_RULE = Route(
    "POST",
    "/ecom/v1/discount-rules",
    "com.wix.ecom.discounts.DiscountRuleService.CreateDiscountRule",
)
_DELETE_DISCOUNT_RULE = Route(
    "DELETE",
    "/ecom/v1/discount-rules/{discountRuleId}",
    "com.wix.ecom.discounts.DiscountRuleService.DeleteDiscountRule",
    path_params=("discountRuleId",),
)
_GET_DISCOUNT_RULE = Route(
    "GET",
    "/ecom/v1/discount-rules/{discountRuleId}",
    "com.wix.ecom.discounts.DiscountRuleService.GetDiscountRule",
    path_params=("discountRuleId",),
)
_QUERY_DISCOUNT_RULES = Query(
    Route(
        "POST",
        "/ecom/v1/discount-rules/query",
        "com.wix.ecom.discounts.DiscountRuleService.QueryDiscountRules",
    ),
    items="discountRules",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_DISCOUNT_RULE = Route(
    "PATCH",
    "/ecom/v1/discount-rules/{discountRule.id}",
    "com.wix.ecom.discounts.DiscountRuleService.UpdateDiscountRule",
    path_params=("discountRule.id",),
)


class DiscountRules(Module):
    """``discountRules`` of ``@wix/ecom``: ``discount_rules = ecom.discount_rules.bind(wix)``."""

    __slots__ = ()

    async def create_discount_rule(
        self, discount_rule: _types.DiscountRule
    ) -> _types.CreateDiscountRuleResponse:
        """Create discount rule: ``POST /ecom/v1/discount-rules``.

        Permissions: ``ECOM.DISCOUNT_RULES_CREATE``.
        Callable by: ``APP``.
        Application errors: ``MAX_DISCOUNT_RULES_REACHED``,
        ``MAX_QUANTITY_BASED_DISCOUNTS_REACHED``, ``MAX_CUSTOM_TRIGGER_APPS_EXCEEDED``.
        """
        return cast(
            "_types.CreateDiscountRuleResponse",
            await call(self._requester, _CREATE_DISCOUNT_RULE, {"discountRule": discount_rule}),
        )

    async def delete_discount_rule(
        self, discount_rule_id: str
    ) -> _types.DeleteDiscountRuleResponse:
        """Delete discount rule: ``DELETE /ecom/v1/discount-rules/{discountRuleId}``.

        Permissions: ``ECOM.DISCOUNT_RULES_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteDiscountRuleResponse",
            await call(
                self._requester, _DELETE_DISCOUNT_RULE, {"discountRuleId": discount_rule_id}
            ),
        )

    async def get_discount_rule(self, discount_rule_id: str) -> _types.GetDiscountRuleResponse:
        """Get discount rule: ``GET /ecom/v1/discount-rules/{discountRuleId}``.

        Permissions: ``ECOM.DISCOUNT_RULES_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetDiscountRuleResponse",
            await call(self._requester, _GET_DISCOUNT_RULE, {"discountRuleId": discount_rule_id}),
        )

    def query_discount_rules(self) -> QueryBuilder[_types.DiscountRule]:
        """Query discount rules: ``POST /ecom/v1/discount-rules/query``.

        Permissions: ``ECOM.DISCOUNT_RULES_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_DISCOUNT_RULES)

    async def update_discount_rule(
        self, id: str, discount_rule: _types.DiscountRule
    ) -> _types.UpdateDiscountRuleResponse:
        """Update discount rule: ``PATCH /ecom/v1/discount-rules/{discountRule.id}``.

        Permissions: ``ECOM.DISCOUNT_RULES_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateDiscountRuleResponse",
            await call(
                self._requester,
                _UPDATE_DISCOUNT_RULE,
                {"discountRule": {**discount_rule, "id": id}},
            ),
        )


def bind(client: Requester) -> DiscountRules:
    """The ``discountRules`` module for ``client``'s visitor."""
    return DiscountRules(client)
