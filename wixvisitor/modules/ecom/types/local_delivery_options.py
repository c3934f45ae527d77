# File generated from @wix/auto_sdk_ecom_local-delivery-options 1.0.56
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.local_delivery_options``.

From ``@wix/auto_sdk_ecom_local-delivery-options``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.local_delivery_options import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

ConditionType: TypeAlias = Literal["BY_TOTAL_WEIGHT", "BY_TOTAL_PRICE", "BY_TOTAL_QUANTITY"]
DayOfWeek: TypeAlias = Literal["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
LengthUnit: TypeAlias = Literal["UNSPECIFIED_LENGTH_UNIT", "KM", "MI"]
LogicalOperator: TypeAlias = Literal["EQ", "GT", "GTE", "LT", "LTE"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]


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


class AddressLocation(TypedDict, total=False):
    latitude: float | None
    longitude: float | None


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


class Condition(TypedDict, total=False):
    type: ConditionType
    value: str
    operator: LogicalOperator


class ConditionalRates(TypedDict, total=False):
    amount: str
    conditions: list[Condition]
    multiplyByQuantity: bool


class CreateLocalDeliveryOptionRequest(TypedDict, total=False):
    localDeliveryOption: Required[LocalDeliveryOption]


class CreateLocalDeliveryOptionResponse(TypedDict, total=False):
    localDeliveryOption: LocalDeliveryOption


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class CursorPagingMetadata(TypedDict, total=False):
    count: int | None
    cursors: Cursors
    hasNext: bool | None


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


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


class Paging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class QueryLocalDeliveryOptionsRequest(TypedDict, total=False):
    query: Required[QueryV2]


class QueryLocalDeliveryOptionsResponse(TypedDict, total=False):
    localDeliveryOptions: list[LocalDeliveryOption]
    pagingMetadata: CursorPagingMetadata


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging
    cursorPaging: CursorPaging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    fields: list[str]
    fieldsets: list[str]


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


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


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
