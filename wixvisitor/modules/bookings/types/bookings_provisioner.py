# File generated from @wix/auto_sdk_bookings_bookings-provisioner 1.0.6
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.bookings_provisioner``.

From ``@wix/auto_sdk_bookings_bookings-provisioner``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.bookings_provisioner import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

BasedOn: TypeAlias = Literal["BUSINESS_TIME_ZONE", "CUSTOMER_TIME_ZONE"]
Strategy: TypeAlias = Literal[
    "CUSTOMER_MUST_CHOOSE", "CUSTOMER_MAY_CHOOSE", "CUSTOMER_CANNOT_CHOOSE"
]


class DisplayTimeZone(TypedDict, total=False):
    customerCanChange: bool | None
    basedOn: BasedOn
    timeZone: str | None


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class ProvisionBookingsPlatformOptions(TypedDict, total=False):
    """What ``provisionBookingsPlatform`` reads from ``options``."""

    timeSlotsConfiguration: TimeSlotsConfiguration


class ProvisionBookingsPlatformRequest(TypedDict, total=False):
    appId: Required[str]
    timeSlotsConfiguration: TimeSlotsConfiguration


class ProvisionBookingsPlatformResponse(TypedDict, total=False):
    pass


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
