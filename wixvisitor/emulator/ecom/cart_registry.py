"""Every cart of the emulator: each owner's current cart, and every cart by its id.

It is a mapping from an owner (a visitor id, or ``member:<id>``) to that owner's
current cart, which the Current Cart API and the checkout use as a dict, plus an
index by cart id for the Cart API (``/ecom/v1/carts/{id}``). A cart that stops being
current because its owner created another stays reachable by id; a cart deleted or
ordered is gone from both.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import TypeVar, overload

from .carts import Cart

__all__ = ["CartRegistry"]

_T = TypeVar("_T")


class CartRegistry(MutableMapping[str, Cart]):
    """Owner → current cart, with :meth:`by_id` over every live cart.

    >>> carts = CartRegistry()
    >>> carts["visitor-1"] = Cart("cart-1", "visitor-1", 0.0, 0.0)
    >>> carts.by_id("cart-1").visitor_id
    'visitor-1'
    """

    def __init__(self) -> None:
        self._current: dict[str, Cart] = {}
        self._by_id: dict[str, Cart] = {}

    def __getitem__(self, owner_id: str) -> Cart:
        return self._current[owner_id]

    def __setitem__(self, owner_id: str, cart: Cart) -> None:
        # The cart it replaces stays reachable by id: it is still its owner's.
        self._current[owner_id] = cart
        self._by_id[cart.id] = cart

    def __delitem__(self, owner_id: str) -> None:
        cart = self._current.pop(owner_id)
        self._by_id.pop(cart.id, None)

    def __contains__(self, owner_id: object) -> bool:
        return owner_id in self._current

    @overload
    def get(self, owner_id: str, /) -> Cart | None: ...
    @overload
    def get(self, owner_id: str, default: Cart | _T, /) -> Cart | _T: ...
    def get(self, owner_id: str, default: object = None, /) -> object:
        """The owner's current cart, or ``default`` (a dict lookup: the API's hot path)."""
        return self._current.get(owner_id, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._current)

    def __len__(self) -> int:
        return len(self._current)

    def by_id(self, cart_id: str) -> Cart | None:
        """The live cart with that id, current or not."""
        return self._by_id.get(cart_id)

    def discard_id(self, cart_id: str) -> None:
        """Forget the cart with that id (deleted or ordered); it is no one's current cart."""
        cart = self._by_id.pop(cart_id, None)
        if cart is not None and self._current.get(cart.visitor_id) is cart:
            del self._current[cart.visitor_id]

    def clear(self) -> None:
        """Forget every cart."""
        self._current.clear()
        self._by_id.clear()
