"""Drop-in visitor sessions for web frameworks: :mod:`.aiohttp`, and on one ASGI core.

:mod:`.asgi` (the core, enough for Starlette), :mod:`.fastapi`, :mod:`.litestar` and
:mod:`.django`.
"""
