"""What every area shares.

Wix's error shapes, money and dates, the JSON query language, reads sent as ``GET``, CORS,
and the 501 ``NOT_EMULATED`` answer with its route index.

Part of the emulator's implementation: the public API is :mod:`wixvisitor.emulator`.
"""
