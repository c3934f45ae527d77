# File generated from @wix/auto_sdk_bookings_time-slots-configuration 1.0.12
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.time_slots_configuration``.

From ``@wix/auto_sdk_bookings_time-slots-configuration``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.time_slots_configuration import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

BasedOn: TypeAlias = Literal["BUSINESS_TIME_ZONE", "CUSTOMER_TIME_ZONE"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
Strategy: TypeAlias = Literal[
    "CUSTOMER_MUST_CHOOSE", "CUSTOMER_MAY_CHOOSE", "CUSTOMER_CANNOT_CHOOSE"
]


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


class DisplayTimeZone(TypedDict, total=False):
    customerCanChange: bool | None
    basedOn: BasedOn
    timeZone: str | None


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class GetTimeSlotsConfigurationByAppIdRequest(TypedDict, total=False):
    appId: Required[str]


class GetTimeSlotsConfigurationByAppIdResponse(TypedDict, total=False):
    timeSlotsConfiguration: TimeSlotsConfiguration


class GetTimeSlotsConfigurationRequest(TypedDict, total=False):
    timeSlotsConfigurationId: Required[str]


class GetTimeSlotsConfigurationResponse(TypedDict, total=False):
    timeSlotsConfiguration: TimeSlotsConfiguration


class QueryTimeSlotsConfigurationsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryTimeSlotsConfigurationsResponse(TypedDict, total=False):
    timeSlotsConfigurations: list[TimeSlotsConfiguration]
    pagingMetadata: CursorPagingMetadata


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class SplitInterval(TypedDict, total=False):
    sameAsDuration: bool | None
    valueInMinutes: int | None


class StaffSelection(TypedDict, total=False):
    strategy: Strategy
    allowGenderSelection: bool | None


class TimeSlotsConfiguration(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    displayTimeZone: DisplayTimeZone
    staffSelection: StaffSelection
    splitInterval: SplitInterval
    appId: str
    extendedFields: ExtendedFields


class UpdateTimeSlotsConfigurationRequest(TypedDict, total=False):
    timeSlotsConfiguration: Required[TimeSlotsConfiguration]


class UpdateTimeSlotsConfigurationResponse(TypedDict, total=False):
    timeSlotsConfiguration: TimeSlotsConfiguration
