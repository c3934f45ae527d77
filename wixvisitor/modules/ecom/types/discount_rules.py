# File generated from @wix/auto_sdk_ecom_discount-rules 1.0.118
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.discount_rules``.

From ``@wix/auto_sdk_ecom_discount-rules``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.discount_rules import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import AddressLocation as AddressLocation
from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import PlatformPaging as PlatformPaging
from ._shared import PlatformPagingMetadata as PlatformPagingMetadata
from ._shared import PlatformQueryPagingMethodOneOf as PlatformQueryPagingMethodOneOf
from ._shared import SortOrder as SortOrder
from ._shared import TagList as TagList
from ._shared import Tags as Tags

DiscountType: TypeAlias = Literal["PERCENTAGE", "FIXED_AMOUNT", "FIXED_PRICE", "QUANTITY_BASED"]
EligibilityType: TypeAlias = Literal["INDIVIDUAL_MEMBERS"]
ScopeType: TypeAlias = Literal["CATALOG_ITEM", "CUSTOM_FILTER"]
Status: TypeAlias = Literal["LIVE", "EXPIRED", "PENDING"]
TriggerType: TypeAlias = Literal[
    "AND", "SUBTOTAL_RANGE", "ITEM_QUANTITY_RANGE", "CUSTOM", "OR", "CUSTOMER_ELIGIBILITY"
]
Type: TypeAlias = Literal["SPECIFIC_ITEMS"]


class ActiveTimeInfo(TypedDict, total=False):
    start: str | None
    end: str | None


class And(TypedDict, total=False):
    triggers: list[DiscountTrigger]


class CatalogItemFilter(TypedDict, total=False):
    catalogAppId: str
    catalogItemIds: list[str]


class CreateDiscountRuleRequest(TypedDict, total=False):
    discountRule: Required[DiscountRule]


class CreateDiscountRuleResponse(TypedDict, total=False):
    discountRule: DiscountRule


class Custom(TypedDict, total=False):
    id: str
    appId: str


class CustomFilter(TypedDict, total=False):
    appId: str
    params: dict[str, Any] | None


class CustomerEligibilityOptionsOneOf(TypedDict, total=False):
    individualMembersInfo: IndividualMembers


class CustomerEligibility(CustomerEligibilityOptionsOneOf, total=False):
    eligibilityType: EligibilityType


class DeleteDiscountRuleRequest(TypedDict, total=False):
    discountRuleId: Required[str]


class DeleteDiscountRuleResponse(TypedDict, total=False):
    pass


class DiscountDiscountOneOf(TypedDict, total=False):
    percentage: float
    fixedAmount: str
    fixedPrice: str
    quantityBased: QuantityBased


class Discount(DiscountDiscountOneOf, total=False):
    targetType: Type
    specificItemsInfo: SpecificItemsInfo
    discountType: DiscountType


class DiscountConfig(TypedDict, total=False):
    id: str | None
    quantity: int
    price: str


class DiscountRule(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    active: bool | None
    name: str | None
    trigger: DiscountTrigger
    activeTimeInfo: ActiveTimeInfo
    discounts: Discounts
    status: Status
    usageCount: int
    tags: Tags


DiscountTriggerTriggerOneOf = TypedDict(
    "DiscountTriggerTriggerOneOf",
    {
        "and": "And",
        "or": "Or",
        "customTrigger": "Custom",
        "subtotalRange": "SubtotalRange",
        "itemQuantityRange": "ItemQuantityRange",
        "customerEligibility": "CustomerEligibility",
    },
    total=False,
)


class DiscountTrigger(DiscountTriggerTriggerOneOf, total=False):
    triggerType: TriggerType


class Discounts(TypedDict, total=False):
    values: list[Discount]


class GetDiscountRuleRequest(TypedDict, total=False):
    discountRuleId: Required[str]


class GetDiscountRuleResponse(TypedDict, total=False):
    discountRule: DiscountRule


class IndividualMembers(TypedDict, total=False):
    memberIds: list[str]


ItemQuantityRange = TypedDict(
    "ItemQuantityRange",
    {
        "scopes": "list[Scope]",
        "from": "int | None",
        "to": "int | None",
    },
    total=False,
)


class Or(TypedDict, total=False):
    triggers: list[DiscountTrigger]


class PlatformQuery(PlatformQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class QuantityBased(TypedDict, total=False):
    configurations: list[DiscountConfig]


class QueryDiscountRulesRequest(TypedDict, total=False):
    query: PlatformQuery


class QueryDiscountRulesResponse(TypedDict, total=False):
    discountRules: list[DiscountRule]
    pagingMetadata: PlatformPagingMetadata


class ScopeScopeItemsOneOf(TypedDict, total=False):
    catalogItemFilter: CatalogItemFilter
    customFilter: CustomFilter


class Scope(ScopeScopeItemsOneOf, total=False):
    id: str
    type: ScopeType


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation


class SpecificItemsInfo(TypedDict, total=False):
    scopes: list[Scope]


SubtotalRange = TypedDict(
    "SubtotalRange",
    {
        "scopes": "list[Scope]",
        "from": "str | None",
        "to": "str | None",
    },
    total=False,
)


class UpdateDiscountRuleRequest(TypedDict, total=False):
    discountRule: Required[DiscountRule]


class UpdateDiscountRuleResponse(TypedDict, total=False):
    discountRule: DiscountRule
