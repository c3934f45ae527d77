# File generated from @wix/auto_sdk_ecom_shipping-options 1.0.244
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.shipping_options``.

From ``@wix/auto_sdk_ecom_shipping-options``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.shipping_options import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

ConditionType: TypeAlias = Literal["BY_TOTAL_WEIGHT", "BY_TOTAL_PRICE", "BY_TOTAL_QUANTITY"]
LogicalOperator: TypeAlias = Literal["EQ", "GT", "GTE", "LT", "LTE"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]


class AddDeliveryRegionOptions(TypedDict, total=False):
    """What ``addDeliveryRegion`` reads from ``options``."""

    revision: Required[str | None]


class AddDeliveryRegionRequest(TypedDict, total=False):
    deliveryRegionId: Required[str]
    shippingOptionId: Required[str]
    revision: Required[str | None]


class AddDeliveryRegionResponse(TypedDict, total=False):
    shippingOption: ShippingOption


class Condition(TypedDict, total=False):
    type: ConditionType
    value: str
    operator: LogicalOperator


class ConditionalRates(TypedDict, total=False):
    amount: str
    conditions: list[Condition]
    multiplyByQuantity: bool


class CreateShippingOptionRequest(TypedDict, total=False):
    shippingOption: Required[ShippingOption]


class CreateShippingOptionResponse(TypedDict, total=False):
    shippingOption: ShippingOption


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class CursorPagingMetadata(TypedDict, total=False):
    count: int | None
    cursors: Cursors
    hasNext: bool | None


class CursorQueryPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class CursorQuery(CursorQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class DeleteShippingOptionRequest(TypedDict, total=False):
    shippingOptionId: Required[str]


class DeleteShippingOptionResponse(TypedDict, total=False):
    pass


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class GetShippingOptionRequest(TypedDict, total=False):
    shippingOptionId: Required[str]


class GetShippingOptionResponse(TypedDict, total=False):
    shippingOption: ShippingOption


class QueryShippingOptionsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryShippingOptionsResponse(TypedDict, total=False):
    shippingOptions: list[ShippingOption]
    pagingMetadata: CursorPagingMetadata


class RemoveDeliveryRegionOptions(TypedDict, total=False):
    """What ``removeDeliveryRegion`` reads from ``options``."""

    revision: Required[str | None]


class RemoveDeliveryRegionRequest(TypedDict, total=False):
    deliveryRegionId: Required[str]
    shippingOptionId: Required[str]
    revision: Required[str | None]


class RemoveDeliveryRegionResponse(TypedDict, total=False):
    shippingOption: ShippingOption


class ShippingOption(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    deliveryRegionId: str
    deliveryRegionIds: list[str]
    title: str | None
    estimatedDeliveryTime: str | None
    rates: list[ConditionalRates]
    extendedFields: ExtendedFields


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class UpdateExtendedFieldsOptions(TypedDict, total=False):
    """What ``updateExtendedFields`` reads from ``options``."""

    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsRequest(TypedDict, total=False):
    id: Required[str]
    namespace: Required[str]
    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsResponse(TypedDict, total=False):
    shippingOption: ShippingOption


class UpdateShippingOptionRequest(TypedDict, total=False):
    shippingOption: Required[ShippingOption]


class UpdateShippingOptionResponse(TypedDict, total=False):
    shippingOption: ShippingOption
