"""Site members.

The seeded member directory and the identity APIs a custom login calls (login, register,
verify, password-reset email, the current member).

Part of the emulator's implementation: the public API is :mod:`wixvisitor.emulator`.
"""
