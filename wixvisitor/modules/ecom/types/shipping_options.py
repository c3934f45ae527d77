# File generated from @wix/auto_sdk_ecom_shipping-options 1.0.244
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.shipping_options``.

From ``@wix/auto_sdk_ecom_shipping-options``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.shipping_options import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from ._shared import Condition as Condition
from ._shared import ConditionalRates as ConditionalRates
from ._shared import ConditionType as ConditionType
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ExtendedFields as ExtendedFields
from ._shared import LogicalOperator as LogicalOperator
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import UpdateExtendedFieldsRequest as UpdateExtendedFieldsRequest


class AddDeliveryRegionOptions(TypedDict, total=False):
    """What ``addDeliveryRegion`` reads from ``options``."""

    revision: Required[str | None]


class AddDeliveryRegionRequest(TypedDict, total=False):
    deliveryRegionId: Required[str]
    shippingOptionId: Required[str]
    revision: Required[str | None]


class AddDeliveryRegionResponse(TypedDict, total=False):
    shippingOption: ShippingOption


class CreateShippingOptionRequest(TypedDict, total=False):
    shippingOption: Required[ShippingOption]


class CreateShippingOptionResponse(TypedDict, total=False):
    shippingOption: ShippingOption


class DeleteShippingOptionRequest(TypedDict, total=False):
    shippingOptionId: Required[str]


class DeleteShippingOptionResponse(TypedDict, total=False):
    pass


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


class UpdateExtendedFieldsOptions(TypedDict, total=False):
    """What ``updateExtendedFields`` reads from ``options``."""

    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsResponse(TypedDict, total=False):
    shippingOption: ShippingOption


class UpdateShippingOptionRequest(TypedDict, total=False):
    shippingOption: Required[ShippingOption]


class UpdateShippingOptionResponse(TypedDict, total=False):
    shippingOption: ShippingOption
