# File generated from @wix/auto_sdk_bookings_bookings-provisioner 1.0.6
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.bookings_provisioner``.

From ``@wix/auto_sdk_bookings_bookings-provisioner``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.bookings_provisioner import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import BasedOn as BasedOn
from ._shared import DisplayTimeZone as DisplayTimeZone
from ._shared import ExtendedFields as ExtendedFields
from ._shared import SplitInterval as SplitInterval
from ._shared import StaffSelection as StaffSelection
from ._shared import Strategy as Strategy
from ._shared import TimeSlotsConfiguration as TimeSlotsConfiguration


class ProvisionBookingsPlatformOptions(TypedDict, total=False):
    """What ``provisionBookingsPlatform`` reads from ``options``."""

    timeSlotsConfiguration: TimeSlotsConfiguration


class ProvisionBookingsPlatformRequest(TypedDict, total=False):
    appId: Required[str]
    timeSlotsConfiguration: TimeSlotsConfiguration


class ProvisionBookingsPlatformResponse(TypedDict, total=False):
    pass
