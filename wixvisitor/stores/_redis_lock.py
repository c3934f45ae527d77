"""The Redis store's renewal lock: taken with a deadline, freed with the lease as backstop.

:func:`held_lock` is redis-py's own ``Lock`` with a token of ours, so an acquire that
failed half-way can be undone. The ``Lock`` releases with a compare-and-delete script
keyed by the holder's token, so a release can be tried again safely: a second try after
a first one that reached Redis finds the lock gone (``LockNotOwnedError``) and does
nothing.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from collections.abc import AsyncIterator
from typing import Any

from redis.exceptions import LockNotOwnedError

from ..errors import LockTimeoutError, StoreError

__all__ = ["held_lock", "release_lock"]

logger = logging.getLogger("wixvisitor")


@contextlib.asynccontextmanager
async def held_lock(
    redis: Any, name: str, *, lease: float, poll: float, timeout: float, session: str
) -> AsyncIterator[None]:
    """Hold the lock ``name`` on ``redis`` (not re-entrant); ``session`` names it in errors.

    Redis frees it after ``lease`` seconds whatever happens to this process; waiting
    longer than ``timeout`` raises :class:`LockTimeoutError`, a failed acquire
    :class:`StoreError` after freeing the lock in case its ``SET`` reached Redis.
    """
    lock: Any = redis.lock(
        name,
        timeout=lease,
        sleep=poll,
        blocking_timeout=timeout,
        thread_local=False,  # ownership is this object's, not a thread's
    )
    token = secrets.token_hex(16).encode()  # ours, so a failed acquire can be undone
    try:
        acquired = await lock.acquire(token=token)
    except Exception as exc:  # whatever the client raises (see redis.py); cancellation passes
        # The SET may have reached Redis before the failure: one try to undo it.
        await release_lock(lock, token, session, lease, tries=1)
        raise StoreError(f"Redis failed to lock session {session}") from exc
    if not acquired:
        raise LockTimeoutError(
            f"the Redis lock of session {session} was not acquired in {timeout:.3g} s"
        )
    try:
        yield
    finally:
        await release_lock(lock, token, session, lease)


async def release_lock(
    lock: Any, token: bytes, session: str, lease: float, *, tries: int = 2
) -> None:
    """Free ``lock`` if ``token`` still holds it; log what could not be done, never raise.

    ``session`` names the session in logs (a fingerprint, never the key). ``tries=1``
    undoes an acquire that failed: the lock may not exist, and that is no news.
    Cancellation passes through; Redis then frees the lock when ``lease`` runs out.
    """
    for attempt in range(1, tries + 1):
        try:
            await lock.do_release(token)
        except LockNotOwnedError:
            if tries > 1 and attempt == 1:
                logger.warning(
                    "wixvisitor: the Redis lock of session %s outlived its %s s lease",
                    session,
                    lease,
                )
            return  # not ours any more, or the previous try freed it
        except Exception as exc:  # any client failure: the lease frees the lock
            if attempt < tries:
                continue
            level = logging.WARNING if tries > 1 else logging.DEBUG
            # The type only: a client's message may quote the key.
            logger.log(
                level,
                "wixvisitor: could not release the Redis lock of session %s (%s); "
                "Redis frees it within its %s s lease",
                session,
                type(exc).__name__,
                lease,
            )
        return
