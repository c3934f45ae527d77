"""Wix's Categories API (``@wix/categories``): the seeded category tree of Wix Stores.

Part of the emulator's implementation: the public API is :mod:`wixvisitor.emulator`.
"""
