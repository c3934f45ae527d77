"""``wixvisitor emulator``: serve the local Wix until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys

__all__ = ["run_emulator"]


def run_emulator(args: argparse.Namespace) -> int:
    """Serve the emulator as ``args`` say; return the exit code once stopped."""
    try:
        asyncio.run(_serve(args))
    except OSError as exc:  # the port is taken, the host is not ours...
        print(
            f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:  # a signal handler could not be installed
        pass
    print("emulator stopped", flush=True)
    return 0


async def _serve(args: argparse.Namespace) -> None:
    from ..emulator import Emulator

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    installed = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        # Not possible off the main thread or on Windows: Ctrl-C then raises KeyboardInterrupt.
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signum, stop.set)
            installed.append(signum)
    try:
        emulator = Emulator(
            host=args.host,
            port=args.port,
            client_id=args.client_id,
            access_ttl=args.access_ttl,
            seed=args.seed,
            catalog=args.catalog,
            payments=args.payments,
        )
        async with emulator:
            base = emulator.base_url
            print(f"Wix emulator serving at {base}", flush=True)
            print(f"  client id:  {args.client_id or 'any'}", flush=True)
            print(f"  access ttl: {args.access_ttl} s", flush=True)
            print(f"  catalog:    {args.catalog}", flush=True)
            print(f"  payments:   {'on' if args.payments else 'off'}", flush=True)
            print(f"  admin:      {base}/_emulator/stats (advance, faults, revoke, reset)")
            print("Press Ctrl-C to stop.", flush=True)
            await stop.wait()
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)
