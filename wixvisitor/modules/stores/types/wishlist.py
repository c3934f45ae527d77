# File generated from @wix/auto_sdk_stores_wishlist 1.0.41
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.wishlist``.

From ``@wix/auto_sdk_stores_wishlist``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.wishlist import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict


class GetWishlistByIdOptions(TypedDict, total=False):
    """What ``getWishlistById`` reads from ``options``."""

    limit: int | None
    offset: int | None
    kind: list[WishlistItemKind]


class GetWishlistByIdRequest(TypedDict, total=False):
    id: Required[str]
    limit: int | None
    offset: int | None
    kind: list[WishlistItemKind]


class GetWishlistByIdResponse(TypedDict, total=False):
    wishlist: WishlistData


class WishlistData(TypedDict, total=False):
    id: str | None
    ownerId: str
    items: list[WishlistItem]
    totalCount: int


class WishlistItem(TypedDict, total=False):
    id: str
    dateAdded: str | None
    type: str
    origin: str


class WishlistItemKind(TypedDict, total=False):
    type: str
    origin: str
