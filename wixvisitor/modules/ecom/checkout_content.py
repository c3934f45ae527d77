# File generated from @wix/auto_sdk_ecom_checkout-content 1.0.40
# by `make apigen` (tools/apigen). Do not edit.
"""The ``checkoutContent`` module of ``@wix/ecom`` (1 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import checkout_content as _types

_GET_CHECKOUT_CONTENT = Route(
    "GET",
    "/ecom/v1/checkout-content/{appId}/{componentId}",
    "wix.ecom.checkout_content_spi_host.v1.CheckoutContentSPIHostService.GetCheckoutContent",
    path_params=("appId", "componentId"),
)


class CheckoutContent(Module):
    """``checkoutContent`` of ``@wix/ecom``: ``ecom.checkout_content.bind(wix)``."""

    __slots__ = ()

    async def get_checkout_content(
        self,
        identifiers: _types.GetCheckoutContentIdentifiers,
        options: _types.GetCheckoutContentOptions | None = None,
    ) -> _types.GetCheckoutContentResponse:
        """Get checkout content: ``GET /ecom/v1/checkout-content/{appId}/{componentId}``.

        Permissions: ``ECOM.CHECKOUT_CONTENT_READ``.
        Callable by: ``APP``.
        Application errors: ``TRANSLATIONS_NOT_FOUND``, ``REQUIRED_APP_NOT_INSTALLED``,
        ``REQUIRED_COMPONENT_DOES_NOT_EXIST``.
        """
        return cast(
            "_types.GetCheckoutContentResponse",
            await call(
                self._requester,
                _GET_CHECKOUT_CONTENT,
                {
                    **_fields.pick(identifiers, "appId", "componentId"),
                    **_fields.pick(options, "languageCode"),
                },
            ),
        )


def bind(client: Requester) -> CheckoutContent:
    """The ``checkoutContent`` module for ``client``'s visitor."""
    return CheckoutContent(client)
