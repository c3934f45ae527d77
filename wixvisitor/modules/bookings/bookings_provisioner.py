# File generated from @wix/auto_sdk_bookings_bookings-provisioner 1.0.6
# by `make apigen` (tools/apigen). Do not edit.
"""The ``bookingsProvisioner`` module of ``@wix/bookings`` (1 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import bookings_provisioner as _types

_PROVISION_BOOKINGS_PLATFORM = Route(
    "POST",
    "/v1/provisioner/provision-bookings-platform",
    "wix.bookings.provisioner.v1.ProvisionerService.ProvisionBookingsPlatform",
)


class BookingsProvisioner(Module):
    """``bookingsProvisioner`` of ``@wix/bookings``: ``bookings.bookings_provisioner.bind(wix)``."""

    __slots__ = ()

    async def provision_bookings_platform(
        self, app_id: str, options: _types.ProvisionBookingsPlatformOptions | None = None
    ) -> _types.ProvisionBookingsPlatformResponse:
        """Provision bookings platform: ``POST /v1/provisioner/provision-bookings-platform``.

        Permissions: ``BOOKINGS.BOOKING_MANAGE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ProvisionBookingsPlatformResponse",
            await call(
                self._requester,
                _PROVISION_BOOKINGS_PLATFORM,
                {"appId": app_id, **_fields.pick(options, "timeSlotsConfiguration")},
            ),
        )


def bind(client: Requester) -> BookingsProvisioner:
    """The ``bookingsProvisioner`` module for ``client``'s visitor."""
    return BookingsProvisioner(client)
