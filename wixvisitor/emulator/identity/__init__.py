"""OAuth and identity.

``POST /oauth2/token`` (every grant, with fault injection), ``/oauth2/authorize`` and the
``auth`` and ``logout`` redirect intents.

Part of the emulator's implementation: the public API is :mod:`wixvisitor.emulator`.
"""
