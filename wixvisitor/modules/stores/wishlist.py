# File generated from @wix/auto_sdk_stores_wishlist 1.0.41
# by `make apigen` (tools/apigen). Do not edit.
"""The ``wishlist`` module of ``@wix/stores`` (1 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import wishlist as _types

_GET_WISHLIST_BY_ID = Route(
    "POST", "/stores/v1/wishlists/get", "com.wixpress.wishlist.Wishlist.GetWishlistById"
)


class Wishlist(Module):
    """``wishlist`` of ``@wix/stores``: ``wishlist = stores.wishlist.bind(wix)``."""

    __slots__ = ()

    async def get_wishlist_by_id(
        self, id: str, options: _types.GetWishlistByIdOptions | None = None
    ) -> _types.GetWishlistByIdResponse:
        """Get wishlist by id: ``POST /stores/v1/wishlists/get``.

        Permissions: ``WISHLIST.MANAGE-SITE-WISHLISTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetWishlistByIdResponse",
            await call(
                self._requester,
                _GET_WISHLIST_BY_ID,
                {"id": id, **_fields.pick(options, "limit", "offset", "kind")},
            ),
        )


def bind(client: Requester) -> Wishlist:
    """The ``wishlist`` module for ``client``'s visitor."""
    return Wishlist(client)
