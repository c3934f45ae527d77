# File generated from @wix/auto_sdk_ecom_local-delivery-options 1.0.56
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.local_delivery_options``.

From ``@wix/auto_sdk_ecom_local-delivery-options``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.local_delivery_options import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import AddressLocation as AddressLocation
from ._shared import Condition as Condition
from ._shared import ConditionalRates as ConditionalRates
from ._shared import ConditionType as ConditionType
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import Cursors as Cursors
from ._shared import LogicalOperator as LogicalOperator
from ._shared import Paging as Paging
from ._shared import QueryV2 as QueryV2
from ._shared import QueryV2PagingMethodOneOf as QueryV2PagingMethodOneOf
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder

DayOfWeek: TypeAlias = Literal["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
LengthUnit: TypeAlias = Literal["UNSPECIFIED_LENGTH_UNIT", "KM", "MI"]


class AddDeliveryRegionOptions(TypedDict, total=False):
    """What ``addDeliveryRegion`` reads from ``options``."""

    localDeliveryOptionId: str
    revision: str | None


class AddDeliveryRegionRequest(TypedDict, total=False):
    deliveryRegionId: Required[str]
    localDeliveryOptionId: Required[str]
    revision: str | None


class AddDeliveryRegionResponse(TypedDict, total=False):
    localDeliveryOption: LocalDeliveryOption


class BulkCreateLocalDeliveryOptionRequest(TypedDict, total=False):
    localDeliveryOptions: Required[list[LocalDeliveryOption]]


class BulkCreateLocalDeliveryOptionResponse(TypedDict, total=False):
    localDeliveryOptions: list[LocalDeliveryOption]
    errors: list[LocalDeliveryOptionError]


class BulkDeleteLocalDeliveryOptionRequest(TypedDict, total=False):
    ids: Required[list[str]]


class BulkDeleteLocalDeliveryOptionResponse(TypedDict, total=False):
    pass


class BulkUpdateLocalDeliveryOptionRequest(TypedDict, total=False):
    localDeliveryOptions: Required[list[LocalDeliveryOption]]


class BulkUpdateLocalDeliveryOptionResponse(TypedDict, total=False):
    localDeliveryOptions: list[LocalDeliveryOption]
    errors: list[LocalDeliveryOptionError]


class CityConfig(TypedDict, total=False):
    cityItems: list[CityItem]


class CityItem(TypedDict, total=False):
    cityName: str
    subdivision: str | None
    country: str
    cityKey: str | None


class CreateLocalDeliveryOptionRequest(TypedDict, total=False):
    localDeliveryOption: Required[LocalDeliveryOption]


class CreateLocalDeliveryOptionResponse(TypedDict, total=False):
    localDeliveryOption: LocalDeliveryOption


class CustomAreaConfig(TypedDict, total=False):
    geocodes: list[AddressLocation]


class DaySlot(TypedDict, total=False):
    enabledForDelivery: bool | None
    timeSlots: list[TimeSlot]


class Days(TypedDict, total=False):
    monday: DaySlot
    tuesday: DaySlot
    wednesday: DaySlot
    thursday: DaySlot
    friday: DaySlot
    saturday: DaySlot
    sunday: DaySlot


class DeleteLocalDeliveryOptionOptions(TypedDict, total=False):
    """What ``deleteLocalDeliveryOption`` reads from ``options``."""

    id: str


class DeleteLocalDeliveryOptionRequest(TypedDict, total=False):
    id: str
    localDeliveryOptionId: Required[str]


class DeleteLocalDeliveryOptionResponse(TypedDict, total=False):
    pass


class Destination(TypedDict, total=False):
    code: str
    subdivisions: list[str]


class GetLocalDeliveryOptionOptions(TypedDict, total=False):
    """What ``getLocalDeliveryOption`` reads from ``options``."""

    id: str


class GetLocalDeliveryOptionRequest(TypedDict, total=False):
    id: str
    localDeliveryOptionId: Required[str]


class GetLocalDeliveryOptionResponse(TypedDict, total=False):
    localDeliveryOption: LocalDeliveryOption


class ListLocalDeliveryOptionsRequest(TypedDict, total=False):
    externalId: Required[str]


class ListLocalDeliveryOptionsResponse(TypedDict, total=False):
    localDeliveryOptions: list[LocalDeliveryOption]


class LocalDeliveryAddress(TypedDict, total=False):
    formattedAddress: str | None
    geocode: AddressLocation


class LocalDeliveryOptionConfigOneOf(TypedDict, total=False):
    zipConfig: ZipCodeConfig
    radiusConfig: RadiusConfig
    customAreaConfig: CustomAreaConfig
    cityConfig: CityConfig


class LocalDeliveryOption(LocalDeliveryOptionConfigOneOf, total=False):
    id: str | None
    areaName: str | None
    rate: str | None
    estimatedDeliveryTime: str | None
    minimumFreeDeliveryOrderAmount: float | None
    destinations: list[Destination]
    revision: str | None
    scheduledDeliveryConfig: ScheduledDelivery
    rates: list[ConditionalRates]
    createdDate: str | None
    updatedDate: str | None
    deliveryRegionIds: list[str]


class LocalDeliveryOptionError(TypedDict, total=False):
    id: str
    error: str


class QueryLocalDeliveryOptionsRequest(TypedDict, total=False):
    query: Required[QueryV2]


class QueryLocalDeliveryOptionsResponse(TypedDict, total=False):
    localDeliveryOptions: list[LocalDeliveryOption]
    pagingMetadata: CursorPagingMetadata


class RadiusConfig(TypedDict, total=False):
    address: LocalDeliveryAddress
    radius: float
    lengthUnit: LengthUnit


class RemoveDeliveryRegionOptions(TypedDict, total=False):
    """What ``removeDeliveryRegion`` reads from ``options``."""

    localDeliveryOptionId: str
    revision: str | None


class RemoveDeliveryRegionRequest(TypedDict, total=False):
    deliveryRegionId: Required[str]
    localDeliveryOptionId: Required[str]
    revision: str | None


class RemoveDeliveryRegionResponse(TypedDict, total=False):
    localDeliveryOption: LocalDeliveryOption


class ScheduledDelivery(TypedDict, total=False):
    days: Days
    handlingDays: int | None
    cutOffTime: TimePoint
    timeWindows: list[TimeWindow]


class TimeOfDay(TypedDict, total=False):
    hours: int
    minutes: int


class TimePoint(TypedDict, total=False):
    hours: int | None
    minutes: int | None


TimeSlot = TypedDict(
    "TimeSlot",
    {
        "from": "TimePoint",
        "to": "TimePoint",
    },
    total=False,
)


class TimeWindow(TypedDict, total=False):
    day: DayOfWeek
    start: TimeOfDay
    end: TimeOfDay
    enabled: bool | None


class UpdateLocalDeliveryOptionRequest(TypedDict, total=False):
    localDeliveryOption: Required[LocalDeliveryOption]


class UpdateLocalDeliveryOptionResponse(TypedDict, total=False):
    localDeliveryOption: LocalDeliveryOption


class ZipCodeConfig(TypedDict, total=False):
    zipCodes: list[str]
