"""Releasing a Redis renewal lock: the client may fail, the lease is the backstop.

redis-py's ``Lock`` releases with a compare-and-delete script keyed by the holder's
token, so a release can be tried again safely: a second try after a first one that
reached Redis finds the lock gone (``LockNotOwnedError``) and does nothing.
"""

from __future__ import annotations

import logging
from typing import Any

from redis.exceptions import LockNotOwnedError

__all__ = ["release_lock"]

logger = logging.getLogger("wixvisitor")


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
