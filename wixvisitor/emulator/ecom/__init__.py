"""eCommerce: the current cart, carts by id, checkouts and the hosted checkout page.

Part of the emulator's implementation: the public API is :mod:`wixvisitor.emulator`.
"""
