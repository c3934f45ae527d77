"""A token store in one JSON file: for CLIs and small apps, safe across processes.

The file system's part (flocks, atomic durable replacement, orphaned temp files) is
``_files.py``; this module is the store: the file's format, its cache, group commit.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiofiles
import aiofiles.os

from .._redact import fingerprint
from ..errors import InvalidTokensError, StoreError
from ..tokens import Tokens
from ._files import acquire_flock, replace_file, signature, sweep_orphans

__all__ = ["DEFAULT_LOCK_TIMEOUT", "JsonFileTokenStore"]

#: Seconds to wait for a lock: longer than a renewal's whole retry budget (30 s).
DEFAULT_LOCK_TIMEOUT = 35.0
# A file changed this recently could change again within one filesystem timestamp
# tick while keeping its (inode, size, mtime): re-read it rather than trust the cache.
_RACY_NS = 1_000_000_000


class JsonFileTokenStore:
    """Tokens in one JSON file mapping each key to tokens in the JS SDK's shape.

    The file holds one entry per line, each value byte for byte what the JS SDK
    writes; it is replaced atomically (temp file, fsync, ``os.replace``, fsync of the
    folder) with mode 0600, and its folder is created if missing. Writers take an
    exclusive ``flock`` on ``<path>.lock``, so processes saving different keys at once
    lose nothing; saves made concurrently in one process share one write. Loads take
    no lock and re-parse the file only when it changed. :meth:`lock` serializes one
    key's renewals across processes with a ``flock`` on a file in ``<path>.locks/``
    (one small file per key, kept). Locks wait up to ``lock_timeout`` seconds, then
    raise :class:`~wixvisitor.errors.LockTimeoutError`.

    A missing file is an empty store; a corrupt or truncated one raises
    :class:`~wixvisitor.errors.StoreError` naming the path and is never overwritten.
    Every save rewrites the whole file, so this suits thousands of visitors, not
    millions: use Redis for a busy service.

    >>> store = JsonFileTokenStore("~/.cache/myapp/wix-tokens.json")
    """

    __slots__ = (
        "_batch",
        "_cache",
        "_lock_timeout",
        "_locks_dir",
        "_path",
        "_pending",
        "_swept",
        "_write_lock_path",
        "_writer",
    )

    def __init__(
        self, path: str | os.PathLike[str], *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT
    ) -> None:
        if lock_timeout <= 0:
            raise ValueError("lock_timeout must be positive")
        self._path = Path(path).expanduser()
        self._write_lock_path = self._path.with_name(self._path.name + ".lock")
        self._locks_dir = self._path.with_name(self._path.name + ".locks")
        self._lock_timeout = lock_timeout
        self._pending: dict[str, dict[str, Any] | None] = {}
        self._batch: asyncio.Future[None] | None = None
        self._writer: asyncio.Task[None] | None = None
        self._cache: tuple[tuple[int, int, int], dict[str, Any]] | None = None
        self._swept = False  # orphaned temp files are removed once, at the first write

    def __repr__(self) -> str:
        return f"<JsonFileTokenStore {str(self._path)!r}>"

    @property
    def path(self) -> Path:
        """The JSON file."""
        return self._path

    async def load(self, key: str) -> Tokens | None:
        """Return the tokens saved under ``key``, or ``None``; takes no lock."""
        entry = (await self._read()).get(key)
        if entry is None:
            return None
        try:
            return Tokens.from_json(entry)
        except InvalidTokensError as exc:
            raise StoreError(
                f"the token file {self._path} holds invalid tokens for session {fingerprint(key)}"
            ) from exc

    async def save(self, key: str, tokens: Tokens) -> None:
        """Save ``tokens`` under ``key``; unchanged tokens leave the file untouched."""
        await self._commit(key, tokens.to_dict())

    async def save_if(self, key: str, tokens: Tokens, expected: Tokens | None) -> bool:
        """Save ``tokens`` only if ``key`` still holds ``expected``'s session.

        Read, compared and written under the writers' flock, so it is atomic across
        processes; saves queued in this process meanwhile are applied after it.
        """
        async with self._writing():
            current = await self._read()
            entry = current.get(key)
            held = entry.get("refreshToken") if isinstance(entry, dict) else None
            held_value = held.get("value") if isinstance(held, dict) else None
            wanted = expected.refresh_token.value if expected is not None else None
            if (entry is None) != (expected is None) or held_value != wanted:
                return False
            updated = {**current, key: tokens.to_dict()}
            if updated != current:
                await self._write(updated)
        return True

    async def delete(self, key: str) -> None:
        """Forget ``key``."""
        await self._commit(key, None)

    @contextlib.asynccontextmanager
    async def lock(self, key: str) -> AsyncIterator[None]:
        """Hold the cross-process lock of ``key`` (not re-entrant).

        Other processes and other coroutines of this process wait for it: each
        acquisition is its own open file, and ``flock`` excludes those even within
        one process. :meth:`save` uses a separate lock, so saving while holding this
        one is safe.
        """
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        await self._make_dir(self._locks_dir)
        fd = await acquire_flock(
            self._locks_dir / f"{digest}.lock",
            self._lock_timeout,
            f"the lock of session {fingerprint(key)} in {self._locks_dir}",
        )
        try:
            yield
        finally:
            os.close(fd)  # closing the file releases the flock

    # -- internals ---------------------------------------------------------------

    async def _commit(self, key: str, entry: dict[str, Any] | None) -> None:
        """Queue one change (``None`` deletes) and wait until a write holding it is durable.

        Changes queued while a write is under way go out together in the next one
        (group commit): N concurrent saves cost two file writes, not N.
        """
        loop = asyncio.get_running_loop()
        self._pending[key] = entry
        if self._batch is None:
            self._batch = loop.create_future()
            # Mark a failure retrieved even if every waiter was cancelled.
            self._batch.add_done_callback(lambda done: done.cancelled() or done.exception())
        batch = self._batch
        if self._writer is None:
            self._writer = loop.create_task(self._write_batches())
        await asyncio.shield(batch)  # a cancelled waiter never cancels the others' write

    async def _write_batches(self) -> None:
        try:
            while self._pending:
                changes, self._pending = self._pending, {}
                batch, self._batch = self._batch, None
                assert batch is not None
                try:
                    await self._apply(changes)
                except Exception as exc:
                    batch.set_exception(exc)
                except BaseException:
                    batch.cancel()
                    raise
                else:
                    batch.set_result(None)
        finally:
            self._writer = None

    async def _apply(self, changes: dict[str, dict[str, Any] | None]) -> None:
        """Read, change and rewrite the file under the writers' flock on ``<path>.lock``."""
        async with self._writing():
            current = await self._read()
            updated = dict(current)
            for key, entry in changes.items():
                if entry is None:
                    updated.pop(key, None)
                else:
                    updated[key] = entry
            if updated != current:
                await self._write(updated)

    @contextlib.asynccontextmanager
    async def _writing(self) -> AsyncIterator[None]:
        """Hold the writers' flock (sweeping orphaned temp files the first time)."""
        await self._make_dir(self._path.parent)
        fd = await acquire_flock(
            self._write_lock_path, self._lock_timeout, f"the write lock {self._write_lock_path}"
        )
        try:
            if not self._swept:
                await asyncio.to_thread(sweep_orphans, self._path)
                self._swept = True
            yield
        finally:
            os.close(fd)

    async def _read(self) -> dict[str, Any]:
        """The file's mapping, parsed again only when the file has changed."""
        try:
            stat = await aiofiles.os.stat(self._path)
            if self._cache is not None and self._cache[0] == signature(stat):
                return self._cache[1]
            async with aiofiles.open(self._path, "rb") as file:
                stat = os.fstat(file.fileno())  # the inode we read, not the path's latest
                raw = await file.read()
        except FileNotFoundError:
            self._cache = None
            return {}
        except OSError as exc:
            raise StoreError(f"cannot read the token file {self._path}") from exc
        data = self._parse(raw)
        if time.time_ns() - stat.st_mtime_ns > _RACY_NS:
            self._cache = (signature(stat), data)
        else:
            self._cache = None
        return data

    def _parse(self, raw: bytes) -> dict[str, Any]:
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            raise StoreError(
                f"the token file {self._path} is not valid JSON (corrupt or truncated); "
                "it was left as is"
            ) from exc
        if not isinstance(data, dict):
            raise StoreError(f"the token file {self._path} does not hold a JSON object")
        return data

    async def _write(self, data: dict[str, Any]) -> None:
        """Replace the file atomically with ``data``, one entry per line."""
        lines = ",\n".join(
            json.dumps(key, ensure_ascii=False)
            + ": "
            + json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
            for key, entry in data.items()
        )
        try:
            payload = ("{\n" + lines + "\n}\n" if data else "{}\n").encode()
            await replace_file(self._path, payload)
        except (OSError, UnicodeError) as exc:
            raise StoreError(f"cannot write the token file {self._path}") from exc
        self._cache = None

    async def _make_dir(self, folder: Path) -> None:
        try:
            await aiofiles.os.makedirs(folder, mode=0o700, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder {folder}") from exc
