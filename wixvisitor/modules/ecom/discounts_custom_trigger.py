# File generated from @wix/auto_sdk_ecom_discounts-custom-trigger 1.0.49
# by `make apigen` (tools/apigen). Do not edit.
"""The ``discountsCustomTrigger`` module of ``@wix/ecom`` (1 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import discounts_custom_trigger as _types

_LIST_TRIGGERS = Route(
    "POST",
    "/ecom/v1/discount-custom-triggers/list",
    "com.wix.ecom.custom_trigger.v1.CustomTriggersService.ListTriggers",
)


class DiscountsCustomTrigger(Module):
    """``discountsCustomTrigger`` of ``@wix/ecom``: ``ecom.discounts_custom_trigger.bind(wix)``."""

    __slots__ = ()

    async def list_triggers(self) -> _types.ListTriggersResponse:
        """List triggers: ``POST /ecom/v1/discount-custom-triggers/list``.

        Permissions: ``ECOM.CUSTOM_TRIGGERS_READ``.
        Callable by: ``APP``.
        """
        return cast("_types.ListTriggersResponse", await call(self._requester, _LIST_TRIGGERS))


def bind(client: Requester) -> DiscountsCustomTrigger:
    """The ``discountsCustomTrigger`` module for ``client``'s visitor."""
    return DiscountsCustomTrigger(client)
