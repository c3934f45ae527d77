"""Wix modules, generated from the official ``@wix/*`` packages (see ``tools/apigen``).

Grouped like the npm packages::

    from wixvisitor.modules import ecom, stores
    cart = ecom.cart.bind(wix)          # typed: mypy knows every method
    await cart.create_cart({})

or handed to the client as the JS SDK's ``createClient({modules})`` does::

    wix = wv.create_client(CLIENT_ID, modules={"cart": ecom.cart, "products": stores.products})
    await wix.cart.create_cart({})

A query method returns a :class:`QueryBuilder`; ``await builder.find()`` a :class:`QueryResult`,
``async for item in builder`` every item of every page (see ``docs/modules-usage.md``).
"""

from ._query import Cursors, QueryBuilder, QueryResult

__all__ = ["Cursors", "QueryBuilder", "QueryResult"]
