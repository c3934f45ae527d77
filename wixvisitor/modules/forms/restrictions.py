# File generated from @wix/auto_sdk_forms_restrictions 1.0.3
# by `make apigen` (tools/apigen). Do not edit.
"""The ``restrictions`` module of ``@wix/forms`` (1 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import restrictions as _types

_GET_RESTRICTIONS = Route(
    "GET",
    "/_api/form-app-service/v4/restrictions",
    "wix.forms.v4.RestrictionsService.GetRestrictions",
)


class Restrictions(Module):
    """``restrictions`` of ``@wix/forms``: ``restrictions = forms.restrictions.bind(wix)``."""

    __slots__ = ()

    async def get_restrictions(self) -> _types.GetRestrictionsResponse:
        """Get restrictions: ``GET /_api/form-app-service/v4/restrictions``.

        Permissions: ``WIX_FORMS.FORM_RESTRICTIONS_GET``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetRestrictionsResponse", await call(self._requester, _GET_RESTRICTIONS)
        )


def bind(client: Requester) -> Restrictions:
    """The ``restrictions`` module for ``client``'s visitor."""
    return Restrictions(client)
