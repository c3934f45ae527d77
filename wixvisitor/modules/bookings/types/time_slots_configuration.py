# File generated from @wix/auto_sdk_bookings_time-slots-configuration 1.0.12
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.time_slots_configuration``.

From ``@wix/auto_sdk_bookings_time-slots-configuration``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.time_slots_configuration import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import BasedOn as BasedOn
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import DisplayTimeZone as DisplayTimeZone
from ._shared import ExtendedFields as ExtendedFields
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import SplitInterval as SplitInterval
from ._shared import StaffSelection as StaffSelection
from ._shared import Strategy as Strategy
from ._shared import TimeSlotsConfiguration as TimeSlotsConfiguration


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


class UpdateTimeSlotsConfigurationRequest(TypedDict, total=False):
    timeSlotsConfiguration: Required[TimeSlotsConfiguration]


class UpdateTimeSlotsConfigurationResponse(TypedDict, total=False):
    timeSlotsConfiguration: TimeSlotsConfiguration
