"""Thin helpers for Wix APIs, one small module per API.

Each helper takes a :class:`Requester` (what it needs to make one authenticated
request), not a :class:`~wixvisitor.WixClient`; ``WixClient`` hands itself to them
from its properties (``wix.current_cart``, ``wix.products``, ``wix.redirects``).
"""

from __future__ import annotations

from .._requester import Requester
from .current_cart import STORES_APP_ID, CurrentCart, line_item
from .products import Products
from .redirects import Redirects

__all__ = ["STORES_APP_ID", "CurrentCart", "Products", "Redirects", "Requester", "line_item"]
