"""The built-in Wix modules of a client, each the generated module's class plus helpers.

``wix.current_cart`` is :class:`CurrentCart` (``ecom.current_cart``'s class, plus
``get``, ``add``, ``remove``, ``checkout_url``, ...), ``wix.redirects`` is
:class:`Redirects` (``redirects.redirects``', with intent keywords) and
``wix.products_v3`` is :class:`Products` (``stores.products_v3``', plus ``search``).
Each takes a :class:`Requester` (what it needs to make one authenticated request), not
a :class:`~wixvisitor.WixClient`; the client hands itself to them from its properties.
"""

from __future__ import annotations

from .._requester import Requester
from .current_cart import STORES_APP_ID, CurrentCart, line_item
from .products import Products
from .redirects import Redirects

__all__ = ["STORES_APP_ID", "CurrentCart", "Products", "Redirects", "Requester", "line_item"]
