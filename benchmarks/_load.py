"""A load client for when wrk is missing: ``python -m benchmarks._load URL SECONDS CONNECTIONS``.

The Cookie header to send comes on stdin. Prints ``{"requests", "errors", "rps"}``.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import aiohttp


async def main(url: str, seconds: float, connections: int, cookie: str) -> None:
    done = errors = 0
    headers = {"Cookie": cookie} if cookie else {}
    connector = aiohttp.TCPConnector(limit=connections)
    async with aiohttp.ClientSession(connector=connector) as session:
        deadline = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal done, errors
            while time.perf_counter() < deadline:
                async with session.get(url, headers=headers) as response:
                    await response.read()
                    if response.status != 200:
                        errors += 1
                done += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        elapsed = time.perf_counter() - started
    print(json.dumps({"requests": done, "errors": errors, "rps": done / elapsed}))


if __name__ == "__main__":
    url, seconds, connections = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    asyncio.run(main(url, seconds, connections, sys.stdin.read().strip()))
