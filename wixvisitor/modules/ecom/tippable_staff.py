# File generated from @wix/auto_sdk_ecom_tippable-staff 1.0.43
# by `make apigen` (tools/apigen). Do not edit.
"""The ``tippableStaff`` module of ``@wix/ecom`` (1 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import tippable_staff as _types

_LIST_TIPPABLE_STAFF = Route(
    "GET", "/tips-staff/v1/eligible-staff", "wix.tips.staff.v1.TipStaffService.ListTippableStaff"
)


class TippableStaff(Module):
    """``tippableStaff`` of ``@wix/ecom``: ``tippable_staff = ecom.tippable_staff.bind(wix)``."""

    __slots__ = ()

    async def list_tippable_staff(
        self, options: _types.ListTippableStaffOptions | None = None
    ) -> _types.ListTippableStaffResponse:
        """List tippable staff: ``GET /tips-staff/v1/eligible-staff``.

        Permissions: ``WIX_TIPS.STAFF_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListTippableStaffResponse",
            await call(
                self._requester,
                _LIST_TIPPABLE_STAFF,
                {**_fields.pick(options, "includeWixUsers", "filterByName", "filterByIds")},
            ),
        )


def bind(client: Requester) -> TippableStaff:
    """The ``tippableStaff`` module for ``client``'s visitor."""
    return TippableStaff(client)
