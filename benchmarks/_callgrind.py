"""Instructions per request of an app process, counted by valgrind's callgrind.

Requests per second on a small shared machine move by tens of percent from one second
to the next; the number of instructions a process executes for the same requests does
not. Each app runs under ``valgrind --tool=callgrind --instr-atstart=no``; after a
warm-up, counting is switched on for ``requests`` sequential requests on one keep-alive
connection (sequential, so nothing depends on timing: no batching, no contention), then
off, and the dump's total is divided by the number of requests. User-space instructions
only: the kernel's share of each request (the socket calls, the same for every
contender) is not counted, which makes any overhead look larger than it is, not smaller.
"""

from __future__ import annotations

import asyncio
import glob
import os
import re
import shutil
import sys
import tempfile

import aiohttp

from ._support import ROOT

__all__ = ["CountedApp", "missing"]

_TOTALS = re.compile(rb"^totals:\s+(\d+)", re.MULTILINE)  # ("summary:" may say 0)


def missing() -> str | None:
    """Why instructions cannot be counted here, or ``None``."""
    for tool in ("valgrind", "callgrind_control"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install valgrind)"
    return None


class CountedApp:
    """One app process under callgrind; :meth:`count` gives instructions per request."""

    def __init__(self, args: list[str], port: int) -> None:
        self._args = args
        self.url = f"http://127.0.0.1:{port}"
        self._dir = tempfile.mkdtemp(prefix="wixvisitor-callgrind-")
        self._process: asyncio.subprocess.Process | None = None

    async def __aenter__(self) -> CountedApp:
        self._process = await asyncio.create_subprocess_exec(
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={self._dir}/out.%p",
            sys.executable,
            *self._args,
            cwd=ROOT,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        async with aiohttp.ClientSession() as session:
            for _ in range(1200):  # valgrind makes starting slow
                try:
                    async with session.get(self.url + "/") as response:
                        if response.status == 200:
                            return self
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
        raise RuntimeError("the app did not start under valgrind")

    async def __aexit__(self, *exc_info: object) -> None:
        if self._process is not None and self._process.returncode is None:
            self._process.terminate()
            try:
                await asyncio.wait_for(self._process.wait(), 30)
            except TimeoutError:
                self._process.kill()
                await self._process.wait()
        shutil.rmtree(self._dir, ignore_errors=True)

    async def _control(self, *args: str) -> None:
        assert self._process is not None
        control = await asyncio.create_subprocess_exec(
            "callgrind_control",
            *args,
            str(self._process.pid),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        if await control.wait() != 0:
            raise RuntimeError(f"callgrind_control {' '.join(args)} failed")

    async def count(self, path: str, cookie: str, requests: int, warm_up: int = 50) -> float:
        """Instructions the app executes per request of ``path``, sent ``requests`` times."""
        headers = {"Cookie": cookie} if cookie else {}
        connector = aiohttp.TCPConnector(limit=1)
        async with aiohttp.ClientSession(connector=connector) as session:

            async def send(times: int) -> None:
                for _ in range(times):
                    async with session.get(self.url + path, headers=headers) as response:
                        await response.read()
                        if response.status != 200:
                            raise RuntimeError(f"{path} answered {response.status}")

            await send(warm_up)
            await self._control("-i", "on")
            await send(requests)
            await self._control("-i", "off")
        before = set(glob.glob(os.path.join(self._dir, "out.*")))
        await self._control("--dump")  # written, then the counters start from zero
        for _ in range(100):
            new = set(glob.glob(os.path.join(self._dir, "out.*"))) - before
            if new:
                with open(new.pop(), "rb") as dump:
                    found = _TOTALS.search(dump.read())
                if found:
                    return int(found.group(1)) / requests
            await asyncio.sleep(0.1)
        raise RuntimeError("callgrind wrote no dump")
