# File generated from @wix/auto_sdk_stores_wishlist 1.0.41
# by `make apigen` (tools/apigen). Do not edit.
"""The ``wishlist`` module of ``@wix/stores`` (1 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_GET_WISHLIST_BY_ID = Route(
    "POST", "/stores/v1/wishlists/get", "com.wixpress.wishlist.Wishlist.GetWishlistById"
)


class Wishlist(Module):
    """``wishlist`` of ``@wix/stores``: ``wishlist = stores.wishlist.bind(wix)``."""

    __slots__ = ()

    async def get_wishlist_by_id(
        self, id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get wishlist by id: ``POST /stores/v1/wishlists/get``."""
        return await call(
            self._requester,
            _GET_WISHLIST_BY_ID,
            {"id": id, **_fields.pick(options, "limit", "offset", "kind")},
        )


def bind(client: Requester) -> Wishlist:
    """The ``wishlist`` module for ``client``'s visitor."""
    return Wishlist(client)
