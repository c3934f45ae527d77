"""A client class whose attributes are Wix modules, each fully typed: ``wix.cart.create_cart(...)``.

Declare the modules once, as the JS SDK's ``createClient({modules})`` takes them::

    from wixvisitor.modules import ecom, stores
    from wixvisitor.typed_client import TypedClient, bound


    class Shop(TypedClient):
        cart = bound(ecom.cart)
        products = bound(stores.products_v3)


    async with Shop.create("my-client-id") as wix:  # a WixClient, and a Shop
        answer = await wix.cart.create_cart({"lineItems": [...]})  # CreateCartResponse

``Shop.of(client)`` gives the same over an existing client (``visitors.client(key)``, a
FastAPI route's ``VisitorClient``): the same visitor, tokens and HTTP session. Each access
binds the module to the client, as ``ecom.cart.bind(wix)`` does; ``modules={...}`` of
:func:`~wixvisitor.create_client` stays the untyped form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, overload

from .client import WixClient, create_client

if TYPE_CHECKING:
    from typing import Self, Unpack

    from ._options import ClientOptions
    from ._requester import Requester
    from .stores.protocol import TokenStore
    from .tokens import Tokens

__all__ = ["Bindable", "BoundModule", "TypedClient", "bound"]

ModuleT = TypeVar("ModuleT", covariant=True)
BoundT = TypeVar("BoundT")


class Bindable(Protocol[ModuleT]):
    """A Wix module: anything with ``bind(client)`` (each ``wixvisitor.modules.<pkg>.<module>``)."""

    def bind(self, client: Requester) -> ModuleT:
        """The module's class for ``client``."""
        ...


class BoundModule(Generic[BoundT]):
    """A class attribute of a :class:`TypedClient`: read on a client, the module bound to it."""

    __slots__ = ("_module", "_name")

    def __init__(self, module: Bindable[BoundT]) -> None:
        self._module = module
        self._name = "?"

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, client: None, owner: type) -> BoundModule[BoundT]: ...
    @overload
    def __get__(self, client: WixClient, owner: type) -> BoundT: ...
    def __get__(self, client: WixClient | None, owner: type) -> BoundModule[BoundT] | BoundT:
        """The module bound to ``client`` (on the class: this attribute)."""
        if client is None:
            return self
        return self._module.bind(client)

    def __repr__(self) -> str:
        return f"<bound module {self._name!r}: {getattr(self._module, '__name__', self._module)}>"


def bound(module: Bindable[BoundT]) -> BoundModule[BoundT]:
    """A :class:`TypedClient` attribute giving ``module`` bound to the client it is read on.

    ``cart = bound(ecom.cart)`` in the class body: ``wix.cart`` is ``ecom.cart.bind(wix)``.
    """
    return BoundModule(module)


class TypedClient(WixClient):
    """A :class:`~wixvisitor.WixClient` to subclass with :func:`bound` module attributes."""

    __slots__ = ()

    @classmethod
    def of(cls, client: WixClient) -> Self:
        """A client of this class over ``client``: same visitor, tokens, session and timeout.

        Use one of the two from then on: the new client closes what ``client`` owned.
        """
        typed = object.__new__(cls)
        for name in WixClient.__slots__:
            object.__setattr__(typed, name, getattr(client, name))
        return typed

    @classmethod
    def create(
        cls,
        client_id: str,
        *,
        tokens: Tokens | None = None,
        store: TokenStore | None = None,
        key: str = "default",
        **options: Unpack[ClientOptions],
    ) -> Self:
        """As :func:`~wixvisitor.create_client`, of this class."""
        return cls.of(create_client(client_id, tokens=tokens, store=store, key=key, **options))

    async def __aenter__(self) -> Self:
        await super().__aenter__()
        return self
