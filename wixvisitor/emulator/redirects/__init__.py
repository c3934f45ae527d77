"""The Redirects API: redirect sessions and the short URLs of Wix's hosted pages.

Part of the emulator's implementation: the public API is :mod:`wixvisitor.emulator`.
"""
