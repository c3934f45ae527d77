"""Drop-in visitor sessions for web frameworks: :mod:`.aiohttp` and :mod:`.fastapi`."""
