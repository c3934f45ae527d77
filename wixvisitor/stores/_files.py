"""The file system's part of the file stores: flocks, durable atomic replacement, orphans.

Used by the JSON file store (``json_file.py``) and the cookie jar's cookies.txt
(``cookie_jar.py``). Nothing here blocks the event loop: flocks are polled, fsyncs run
in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import re
import tempfile
import time
from pathlib import Path

import aiofiles
import aiofiles.os

from ..errors import LockTimeoutError, StoreError

__all__ = ["acquire_flock", "replace_file", "signature", "sweep_orphans"]

_POLL_FIRST, _POLL_MAX = 0.001, 0.05


async def acquire_flock(path: Path, timeout: float, what: str) -> int:
    """An open descriptor holding an exclusive flock on ``path``; polls, never blocks the loop."""
    deadline = time.monotonic() + timeout
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        raise StoreError(f"cannot open {what}") from exc
    try:
        delay = _POLL_FIRST
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return fd
            except BlockingIOError:
                pass
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LockTimeoutError(f"{what} was not acquired in {timeout:.3g} s")
            await asyncio.sleep(min(delay, remaining))
            delay = min(delay * 2, _POLL_MAX)
    except BaseException:
        os.close(fd)
        raise


async def replace_file(path: Path, payload: bytes) -> None:
    """Replace ``path`` with ``payload`` atomically and durably, mode 0600.

    Temp file in the same folder, fsync, ``os.replace``, fsync of the folder: a
    crash leaves the old file or the new one, never a mix. Raises :class:`OSError`.
    """
    folder = path.parent
    fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")  # 0600
    try:
        async with aiofiles.open(fd, "wb") as file:
            await file.write(payload)
            await file.flush()
            await asyncio.to_thread(os.fsync, fd)
        await aiofiles.os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    await asyncio.to_thread(_fsync_dir, folder)


def sweep_orphans(path: Path) -> None:
    """Remove temp files :func:`replace_file` left beside ``path`` when killed mid-write.

    Writers make temp files only while holding the writers' flock, so under it any
    temp file of ``path``'s is an orphan.
    """
    pattern = re.compile(re.escape(f".{path.name}.") + r"[a-z0-9_]{8}\.tmp")
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            if pattern.fullmatch(entry.name):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def signature(stat: os.stat_result) -> tuple[int, int, int]:
    """What tells a changed file: its inode, size and modification time."""
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
