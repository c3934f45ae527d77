"""The Wix modules a client is given (``modules={"cart": ecom.cart}``): checked, then held.

The JS SDK's ``createClient({modules})``: each name becomes an attribute of the client,
the module bound to it. The mapping is checked once per :class:`~wixvisitor.Visitors` or
:func:`~wixvisitor.create_client` call and held by a subclass of the client class made
then, so making a client costs the same with modules as without.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

__all__ = ["BUILT_IN", "NO_MODULES", "check_modules", "client_class"]

#: The modules of a client given none (shared: a client without modules costs nothing more).
NO_MODULES: Mapping[str, Any] = MappingProxyType({})
#: The client's own module names, which a given module may take over (the JS SDK's
#: ``{modules: {products}}``): the built-in modules and the deprecated ``products``.
BUILT_IN = frozenset({"current_cart", "products", "products_v3", "redirects"})

_Client = TypeVar("_Client")


def client_class(base: type[_Client], modules: Mapping[str, Any]) -> type[_Client]:
    """The class of an app's clients: ``base``, or a subclass of it holding ``modules``."""
    if not modules:
        return base
    namespace = {"__slots__": (), "__doc__": base.__doc__, "_modules": modules}
    return type(base.__name__, (base,), namespace)


def check_modules(modules: Mapping[str, Any] | None, client: type) -> Mapping[str, Any]:
    """``modules`` checked once, as a read-only mapping: a TypeError or ValueError naming the key.

    A module is anything with a ``bind(requester)`` function (the modules of
    :mod:`wixvisitor.modules`); a name must be an identifier the ``client`` class does
    not use itself (``auth``, ``request``, ...), though it may take a built-in module's
    (``products``, ``current_cart``, ...).
    """
    if not modules:
        return NO_MODULES
    if not isinstance(modules, Mapping):
        raise TypeError(
            f"modules must be a mapping of names to modules, got {type(modules).__name__}"
        )
    for name, module in modules.items():
        if not isinstance(name, str) or not name.isidentifier() or name.startswith("_"):
            raise ValueError(f"modules: {name!r} is not a usable attribute name")
        if hasattr(client, name) and name not in BUILT_IN:
            raise ValueError(f"modules: {name!r} is a WixClient attribute; choose another name")
        if not callable(getattr(module, "bind", None)):
            raise TypeError(
                f"modules[{name!r}]: {type(module).__name__} is not a Wix module (no bind function)"
            )
    return MappingProxyType(dict(modules))
