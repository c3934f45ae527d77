# File generated from @wix/auto_sdk_ecom_pickup-locations 1.0.55
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.pickup_locations``.

From ``@wix/auto_sdk_ecom_pickup-locations``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.pickup_locations import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from ._shared import AddressLocation as AddressLocation
from ._shared import AddressStreetOneOf as AddressStreetOneOf
from ._shared import ApplicationError as ApplicationError
from ._shared import Condition as Condition
from ._shared import ConditionalRates as ConditionalRates
from ._shared import ConditionType as ConditionType
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import Cursors as Cursors
from ._shared import LogicalOperator as LogicalOperator
from ._shared import Paging as Paging
from ._shared import QueryV2PagingMethodOneOf as QueryV2PagingMethodOneOf
from ._shared import SortOrder as SortOrder
from ._shared import StreetAddress as StreetAddress


class AddDeliveryRegionOptions(TypedDict, total=False):
    """What ``addDeliveryRegion`` reads from ``options``."""

    revision: Required[str | None]


class AddDeliveryRegionRequest(TypedDict, total=False):
    pickupLocationId: Required[str]
    deliveryRegionId: Required[str]
    revision: Required[str | None]


class AddDeliveryRegionResponse(TypedDict, total=False):
    pickupLocation: PickupLocation


class Address(AddressStreetOneOf, total=False):
    country: str | None
    subdivision: str | None
    city: str | None
    postalCode: str | None
    addressLine2: str | None


class BulkCreatePickupLocationRequest(TypedDict, total=False):
    pickupLocations: Required[list[PickupLocation]]


class BulkCreatePickupLocationResponse(TypedDict, total=False):
    pickupLocations: list[PickupLocation]
    errors: list[PickupLocationError]


class BulkDeletePickupLocationRequest(TypedDict, total=False):
    pickupLocationIds: Required[list[str]]


class BulkDeletePickupLocationResponse(TypedDict, total=False):
    errors: list[PickupLocationError]


class BulkUpdatePickupLocationRequest(TypedDict, total=False):
    pickupLocations: Required[list[PickupLocation]]


class BulkUpdatePickupLocationResponse(TypedDict, total=False):
    pickupLocations: list[PickupLocation]
    errors: list[PickupLocationError]


class CreatePickupLocationRequest(TypedDict, total=False):
    pickupLocation: Required[PickupLocation]


class CreatePickupLocationResponse(TypedDict, total=False):
    pickupLocation: PickupLocation


class DeletePickupLocationRequest(TypedDict, total=False):
    pickupLocationId: Required[str]


class DeletePickupLocationResponse(TypedDict, total=False):
    pass


class GetPickupLocationRequest(TypedDict, total=False):
    pickupLocationId: Required[str]


class GetPickupLocationResponse(TypedDict, total=False):
    pickupLocation: PickupLocation


class PickupLocation(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    address: Address
    deliveryTime: str | None
    instructions: str | None
    active: bool | None
    rates: list[ConditionalRates]
    deliveryRegionIds: list[str]


class PickupLocationError(TypedDict, total=False):
    id: str
    error: ApplicationError


class QueryPickupLocationRequest(TypedDict, total=False):
    query: QueryV2


class QueryPickupLocationResponse(TypedDict, total=False):
    pickupLocations: list[PickupLocation]
    pagingMetadata: CursorPagingMetadata


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    fields: list[str]
    fieldsets: list[str]


class RemoveDeliveryRegionOptions(TypedDict, total=False):
    """What ``removeDeliveryRegion`` reads from ``options``."""

    revision: Required[str | None]


class RemoveDeliveryRegionRequest(TypedDict, total=False):
    pickupLocationId: Required[str]
    deliveryRegionId: Required[str]
    revision: Required[str | None]


class RemoveDeliveryRegionResponse(TypedDict, total=False):
    pickupLocation: PickupLocation


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation


class UpdatePickupLocationRequest(TypedDict, total=False):
    pickupLocation: Required[PickupLocation]


class UpdatePickupLocationResponse(TypedDict, total=False):
    pickupLocation: PickupLocation
