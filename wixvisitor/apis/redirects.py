"""The Redirects API (``/_api/redirects-api/v1/redirect-session``): Wix-hosted pages.

A redirect session is a URL on Wix (checkout, login, logout, ...) to send the
visitor's browser to, and the callback URLs Wix sends it back to afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._requester import Requester, expect_object

__all__ = ["Redirects"]

_PATH = "/_api/redirects-api/v1/redirect-session"


class Redirects:
    """Redirect sessions, like the JS SDK's ``redirects`` module.

    >>> session = await wix.redirects.create_redirect_session(  # doctest: +SKIP
    ...     ecom_checkout_id=checkout_id, thank_you_page_url="https://shop.example/thanks"
    ... )
    >>> session["fullUrl"]  # doctest: +SKIP
    """

    __slots__ = ("_requester",)

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    async def create_redirect_session(
        self,
        intent: Mapping[str, Any] | None = None,
        *,
        ecom_checkout_id: str | None = None,
        post_flow_url: str | None = None,
        thank_you_page_url: str | None = None,
        callbacks: Mapping[str, str] | None = None,
        preferences: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Create a redirect session; returns it (``id``, ``fullUrl``, ``shortUrl``, ...).

        The intent is either ``ecom_checkout_id`` (Wix's hosted checkout of that
        checkout) or ``intent``, any intent in the JS SDK's shape, e.g.
        ``{"logout": {"clientId": client_id}}``. ``post_flow_url`` (where an abandoned
        flow returns) and ``thank_you_page_url`` (where a finished checkout goes, with
        ``?orderId=``) join any other ``callbacks``.
        """
        if (intent is None) == (ecom_checkout_id is None):
            raise ValueError("give exactly one of intent and ecom_checkout_id")
        body: dict[str, Any] = (
            dict(intent)
            if intent is not None
            else {"ecomCheckout": {"checkoutId": ecom_checkout_id}}
        )
        wanted = dict(callbacks or {})
        if post_flow_url is not None:
            wanted["postFlowUrl"] = post_flow_url
        if thank_you_page_url is not None:
            wanted["thankYouPageUrl"] = thank_you_page_url
        if wanted:
            body["callbacks"] = wanted
        if preferences is not None:
            body["preferences"] = dict(preferences)
        answer = await self._requester.request("POST", _PATH, json=body)
        return expect_object(answer, "create redirect session", "redirectSession")
