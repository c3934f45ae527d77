# File generated from @wix/auto_sdk_redirects_redirects 1.0.56
# by `make apigen` (tools/apigen). Do not edit.
"""The ``redirects`` module of ``@wix/redirects`` (1 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import redirects as _types

_CREATE_REDIRECT_SESSION = Route(
    "POST",
    "/_api/redirects-api/v1/redirect-session",
    "wix.headless.v1.RedirectSessionService.CreateRedirectSession",
)


class Redirects(Module):
    """``redirects`` of ``@wix/redirects``: ``redirects = redirects.redirects.bind(wix)``."""

    __slots__ = ()

    async def create_redirect_session(
        self, options: _types.CreateRedirectSessionOptions | None = None
    ) -> _types.CreateRedirectSessionResponse:
        """Create redirect session: ``POST /_api/redirects-api/v1/redirect-session``.

        Permissions: ``WIX_HEADLESS.WIX_URL_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateRedirectSessionResponse",
            await call(
                self._requester,
                _CREATE_REDIRECT_SESSION,
                {
                    **_fields.pick(
                        options,
                        "bookingsCheckout",
                        "ecomCheckout",
                        "eventsCheckout",
                        "paidPlansCheckout",
                        "login",
                        "logout",
                        "auth",
                        "storesProduct",
                        "bookingsBook",
                        "ecomOrderPaymentRequest",
                        "callbacks",
                        "preferences",
                        "origin",
                    )
                },
            ),
        )


def bind(client: Requester) -> Redirects:
    """The ``redirects`` module for ``client``'s visitor."""
    return Redirects(client)
