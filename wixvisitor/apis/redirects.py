"""Redirect sessions by intent keyword: the generated ``redirects.redirects`` module, extended.

``wix.redirects`` is this class. Its one method keeps the JS SDK's name and takes the
JS SDK's request body as its first argument, and adds intent keywords; it answers the
redirect session itself (the JS SDK's ``createRedirectSession`` answers
``{"redirectSession": ...}``).

A redirect session is a URL on Wix (checkout, login, logout, ...) to send the
visitor's browser to, and the callback URLs Wix sends it back to afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._requester import expect_object
from ..modules.redirects import redirects

__all__ = ["Redirects"]


class Redirects(redirects.Redirects):
    """Redirect sessions: the JS SDK's ``redirects`` module, with intent keywords.

    >>> session = await wix.redirects.create_redirect_session(  # doctest: +SKIP
    ...     ecom_checkout_id=checkout_id, thank_you_page_url="https://shop.example/thanks"
    ... )
    >>> session["fullUrl"]  # doctest: +SKIP
    """

    __slots__ = ()

    # keywords and the session itself, where the generated method takes and returns REST JSON
    async def create_redirect_session(  # type: ignore[override]
        self,
        body: Mapping[str, Any] | None = None,
        *,
        ecom_checkout_id: str | None = None,
        logout_client_id: str | None = None,
        auth: Mapping[str, Any] | None = None,
        login: bool = False,
        post_flow_url: str | None = None,
        thank_you_page_url: str | None = None,
        callbacks: Mapping[str, str] | None = None,
        preferences: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Create a redirect session; returns it (``id``, ``fullUrl``, ``shortUrl``, ...).

        Name exactly one intent, by keyword or in ``body``:

        - ``ecom_checkout_id``: Wix's hosted checkout of that checkout
          (``{"ecomCheckout": {"checkoutId"}}``);
        - ``logout_client_id``: end the member's Wix session (``{"logout": {"clientId"}}``);
        - ``auth``: the ``auth`` intent's parameters, ``{"authRequest": {...}, "prompt"}``
          (``wix.auth.get_auth_url`` builds them for you);
        - ``login=True``: Wix's login page (``{"login": {}}``);
        - ``body``: the escape hatch, a whole request body in the JS SDK's REST shape
          (any intent, ``callbacks``, ``preferences``, ``origin``, ...), sent as given;
          callbacks and preferences given by keyword are merged into its own (the
          keywords win on a clash).

        ``post_flow_url`` (where an abandoned flow returns, and where a logout ends) and
        ``thank_you_page_url`` (where a finished checkout goes, with ``?orderId=``) join
        any other ``callbacks`` (``loginUrl``, ``cartPageUrl``, ...).
        """
        intents: dict[str, Any] = {}
        if ecom_checkout_id is not None:
            intents["ecomCheckout"] = {"checkoutId": ecom_checkout_id}
        if logout_client_id is not None:
            intents["logout"] = {"clientId": logout_client_id}
        if auth is not None:
            intents["auth"] = dict(auth)
        if login:
            intents["login"] = {}
        if len(intents) + (body is not None) != 1:
            raise ValueError(
                "give exactly one intent: body, ecom_checkout_id, logout_client_id, auth or login"
            )
        request: Any = dict(body) if body is not None else intents  # the caller's own body
        wanted = dict(callbacks or {})
        if post_flow_url is not None:
            wanted["postFlowUrl"] = post_flow_url
        if thank_you_page_url is not None:
            wanted["thankYouPageUrl"] = thank_you_page_url
        _merge(request, "callbacks", wanted)
        _merge(request, "preferences", preferences)
        answer = await super().create_redirect_session(request)
        return expect_object(answer, "create redirect session", "redirectSession")


def _merge(request: dict[str, Any], name: str, extra: Mapping[str, Any] | None) -> None:
    """Merge keyword ``extra`` into ``request[name]`` (a body's own entries are kept)."""
    if not extra:
        return
    own = request.get(name)
    if own is not None and not isinstance(own, Mapping):
        raise ValueError(f"body[{name!r}] must be a mapping to merge {name} into it")
    request[name] = {**(own or {}), **extra}
