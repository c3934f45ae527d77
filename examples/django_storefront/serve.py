"""A tiny storefront on Django (ASGI, async views) whose cart follows the visitor.

    python examples/django_storefront/serve.py                 # against the embedded Wix emulator
    python examples/django_storefront/serve.py --client-id ID  # against your Wix Headless site

In production the project is served like any ASGI Django project:
``WIX_CLIENT_ID=... uvicorn shop.asgi:application`` from this folder.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
from pathlib import Path

import uvicorn

import wixvisitor as wv

PROJECT = Path(__file__).resolve().parent  # where the shop package is


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--client-id", help="your Wix OAuth app's client id (default: emulator)")
    parser.add_argument("--base-url", help="Wix's address (default: Wix, or the emulator)")
    parser.add_argument("--mode", choices=["cookie", "server"], default="cookie")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    async with contextlib.AsyncExitStack() as stack:
        base_url = args.base_url or wv.DEFAULT_BASE_URL
        if not args.client_id and not args.base_url:
            emulator = await stack.enter_async_context(wv.emulator.Emulator())
            base_url = emulator.base_url
        os.environ["WIX_CLIENT_ID"] = args.client_id or "storefront-demo"
        os.environ["WIX_BASE_URL"] = base_url
        os.environ["WIX_SESSION_MODE"] = args.mode
        sys.path.insert(0, str(PROJECT))
        from shop.asgi import application

        server = uvicorn.Server(uvicorn.Config(application, host=args.host, port=args.port))
        url = f"http://{args.host}:{args.port}/"
        print(f"Storefront on {url} (Wix at {base_url}); Ctrl-C stops it", flush=True)
        await server.serve()  # returns on Ctrl-C, after a graceful shutdown


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn re-raises Ctrl-C once it has stopped
        asyncio.run(main())
