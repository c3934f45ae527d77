"""Wix Stores: the seeded catalog, served as Catalog V3 or Catalog V1 (never both).

Part of the emulator's implementation: the public API is :mod:`wixvisitor.emulator`.
"""
