# File generated from @wix/auto_sdk_bookings_bookings-provisioner 1.0.6
# by `make apigen` (tools/apigen). Do not edit.
"""The ``bookingsProvisioner`` module of ``@wix/bookings`` (1 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_PROVISION_BOOKINGS_PLATFORM = Route(
    "POST",
    "/v1/provisioner/provision-bookings-platform",
    "wix.bookings.provisioner.v1.ProvisionerService.ProvisionBookingsPlatform",
)


class BookingsProvisioner(Module):
    """``bookingsProvisioner`` of ``@wix/bookings``: ``bookings.bookings_provisioner.bind(wix)``."""

    __slots__ = ()

    async def provision_bookings_platform(
        self, app_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Provision bookings platform: ``POST /v1/provisioner/provision-bookings-platform``."""
        return await call(
            self._requester,
            _PROVISION_BOOKINGS_PLATFORM,
            {"appId": app_id, **_fields.pick(options, "timeSlotsConfiguration")},
        )


def bind(client: Requester) -> BookingsProvisioner:
    """The ``bookingsProvisioner`` module for ``client``'s visitor."""
    return BookingsProvisioner(client)
