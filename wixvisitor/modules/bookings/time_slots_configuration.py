# File generated from @wix/auto_sdk_bookings_time-slots-configuration 1.0.12
# by `make apigen` (tools/apigen). Do not edit.
"""The ``timeSlotsConfiguration`` module of ``@wix/bookings`` (4 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import time_slots_configuration as _types

_GET_TIME_SLOTS_CONFIGURATION = Route(
    "GET",
    "/_api/time-slots-config/v1/time-slots-configurations/{timeSlotsConfigurationId}",
    "wix.bookings.timeslots.configuration.v1.TimeSlotsConfigurationService.GetTimeSlotsConfiguration",
    path_params=("timeSlotsConfigurationId",),
)
_GET_TIME_SLOTS_CONFIGURATION_BY_APP_ID = Route(
    "GET",
    "/_api/time-slots-config/v1/time-slots-configurations/app/{appId}",
    "wix.bookings.timeslots.configuration.v1.TimeSlotsConfigurationService.GetTimeSlotsConfigurationByAppId",
    path_params=("appId",),
)
_QUERY_TIME_SLOTS_CONFIGURATIONS = Query(
    Route(
        "GET",
        "/_api/time-slots-config/v1/time-slots-configurations/query",
        "wix.bookings.timeslots.configuration.v1.TimeSlotsConfigurationService.QueryTimeSlotsConfigurations",
        complex=True,
        fallback=True,
    ),
    items="timeSlotsConfigurations",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_TIME_SLOTS_CONFIGURATION = Route(
    "PATCH",
    "/_api/time-slots-config/v1/time-slots-configurations/{timeSlotsConfiguration.id}",
    "wix.bookings.timeslots.configuration.v1.TimeSlotsConfigurationService.UpdateTimeSlotsConfiguration",
    path_params=("timeSlotsConfiguration.id",),
)


class TimeSlotsConfiguration(Module):
    """``timeSlotsConfiguration`` of ``@wix/bookings``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def get_time_slots_configuration(
        self, time_slots_configuration_id: str
    ) -> _types.GetTimeSlotsConfigurationResponse:
        """Get time slots configuration: ``GET``.

        ``/_api/time-slots-config/v1/time-slots-configurations/{timeSlotsConfigurationId}``

        Permissions: ``TIMESLOTS_CONFIGURATION.READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetTimeSlotsConfigurationResponse",
            await call(
                self._requester,
                _GET_TIME_SLOTS_CONFIGURATION,
                {"timeSlotsConfigurationId": time_slots_configuration_id},
            ),
        )

    async def get_time_slots_configuration_by_app_id(
        self, app_id: str
    ) -> _types.GetTimeSlotsConfigurationByAppIdResponse:
        """Get time slots configuration by app id: ``GET``.

        ``/_api/time-slots-config/v1/time-slots-configurations/app/{appId}``

        Permissions: ``TIMESLOTS_CONFIGURATION.READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetTimeSlotsConfigurationByAppIdResponse",
            await call(self._requester, _GET_TIME_SLOTS_CONFIGURATION_BY_APP_ID, {"appId": app_id}),
        )

    def query_time_slots_configurations(self) -> QueryBuilder[_types.TimeSlotsConfiguration]:
        """Query time slots configurations: ``GET``.

        ``/_api/time-slots-config/v1/time-slots-configurations/query``

        Permissions: ``bookings:timeslots_configuration:v1:time_slots_configuration:query_time_s
        lots_configurations``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_TIME_SLOTS_CONFIGURATIONS)

    async def update_time_slots_configuration(
        self, id: str, time_slots_configuration: _types.TimeSlotsConfiguration
    ) -> _types.UpdateTimeSlotsConfigurationResponse:
        """Update time slots configuration: ``PATCH``.

        ``/_api/time-slots-config/v1/time-slots-configurations/{timeSlotsConfiguration.id}``

        Permissions: ``TIMESLOTS_CONFIGURATION.UPDATE``.
        """
        return cast(
            "_types.UpdateTimeSlotsConfigurationResponse",
            await call(
                self._requester,
                _UPDATE_TIME_SLOTS_CONFIGURATION,
                {"timeSlotsConfiguration": {**time_slots_configuration, "id": id}},
            ),
        )


def bind(client: Requester) -> TimeSlotsConfiguration:
    """The ``timeSlotsConfiguration`` module for ``client``'s visitor."""
    return TimeSlotsConfiguration(client)
