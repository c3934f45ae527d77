"""``wixvisitor tokens new|show|renew|clear``: stored visitor tokens from the shell."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import re
import sys
import time
from collections.abc import AsyncIterator

from ..errors import (
    InvalidRefreshTokenError,
    MissingDependencyError,
    StoreError,
    TokenRequestError,
)
from ..stores.protocol import TokenStore
from ..strategy import OAuthStrategy
from ..tokens import Tokens

__all__ = ["open_store", "run_tokens"]

_PASSWORD = re.compile(r"(://[^/@]*?:)[^/]*@")  # the password of scheme://user:pw@host
_EXIT_FAILED, _EXIT_USAGE, _EXIT_UNREACHABLE, _EXIT_INVALID_REFRESH = 1, 2, 3, 4


class UsageError(Exception):
    """Bad arguments: exit code 2."""


class StoreUnreachableError(Exception):
    """The store did not answer: exit code 3."""


def run_tokens(args: argparse.Namespace) -> int:
    """Run one ``tokens`` action; return the exit code."""
    try:
        return asyncio.run(_run(args))
    except UsageError as exc:
        return _fail(str(exc), _EXIT_USAGE)
    except MissingDependencyError as exc:
        return _fail(str(exc), _EXIT_USAGE)
    except StoreUnreachableError as exc:
        return _fail(f"the store is unreachable: {exc}", _EXIT_UNREACHABLE)
    except StoreError as exc:  # it answered, but what it holds or did is wrong: say which
        return _fail(f"the store could not be used: {exc}", _EXIT_UNREACHABLE)
    except InvalidRefreshTokenError as exc:
        return _fail(
            f"Wix refused the refresh token, so this session cannot be renewed: {exc}.\n"
            "Start a new one with `wixvisitor tokens new` (the old cart is lost).",
            _EXIT_INVALID_REFRESH,
        )
    except TokenRequestError as exc:
        return _fail(f"the token request failed: {exc}", _EXIT_FAILED)


async def _run(args: argparse.Namespace) -> int:
    async with open_store(args.store, redis_prefix=args.redis_prefix) as opened:
        # The keys a strategy of this client id uses (Redis keeps client ids apart).
        bind = getattr(opened, "for_client", None)
        store = bind(args.client_id) if bind is not None and args.client_id else opened
        where = f"key {args.key!r} in {redact_url(args.store)}"
        if args.action == "show":
            tokens = await store.load(args.key)
            if tokens is None:
                return _fail(f"no tokens under {where}: run `wixvisitor tokens new`", _EXIT_FAILED)
            print(f"tokens under {where}")
            print(describe_tokens(tokens, reveal=args.reveal))
            return 0
        if args.action == "clear":
            existed = await store.load(args.key) is not None
            await store.delete(args.key)
            print(
                f"deleted the tokens under {where}" if existed else f"nothing stored under {where}"
            )
            return 0
        if not args.client_id:
            raise UsageError("--client-id is required (or set WIXVISITOR_CLIENT_ID)")
        if args.action == "new":
            async with OAuthStrategy(args.client_id, base_url=args.base_url) as strategy:
                tokens = await strategy.generate_visitor_tokens()
            replaced = await store.load(args.key) is not None
            await store.save(args.key, tokens)
            verb = (
                "replaced the session under" if replaced else "stored a new visitor session under"
            )
            print(f"{verb} {where}")
        else:  # renew
            stored = await store.load(args.key)
            if stored is None:
                return _fail(f"no tokens under {where}: run `wixvisitor tokens new`", _EXIT_FAILED)
            async with OAuthStrategy(
                args.client_id, tokens=stored, store=store, key=args.key, base_url=args.base_url
            ) as strategy:
                tokens = await strategy.renew_token(stored.refresh_token)
            print(f"renewed the access token under {where}")
        print(describe_tokens(tokens, reveal=args.reveal))
        return 0


@contextlib.asynccontextmanager
async def open_store(url: str, *, redis_prefix: str = "wixvisitor:") -> AsyncIterator[TokenStore]:
    """The store a ``--store`` URL names: ``file:PATH`` or ``redis://...``.

    Raises :class:`UsageError` for a URL it cannot use and :class:`StoreUnreachableError`
    when Redis does not answer a PING. A Redis client made here is closed on exit.
    """
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme == "file":
        path = url[len("file://") :] if url.startswith("file://") else url[len("file:") :]
        if not path:
            raise UsageError("file: needs a path, e.g. --store file:tokens.json")
        from ..stores.json_file import JsonFileTokenStore

        yield JsonFileTokenStore(path)
        return
    if scheme not in ("redis", "rediss", "unix"):
        raise UsageError(
            f"unsupported store {redact_url(url)!r}: use file:PATH or redis://HOST:PORT/DB"
        )
    try:
        from redis.exceptions import RedisError
    except ImportError:
        raise MissingDependencyError("redis", "redis") from None
    from ..stores.redis import RedisTokenStore
    from .redis_client import ClosingRedis

    try:
        redis_client = ClosingRedis(url, socket_connect_timeout=2, socket_timeout=5)
    except ValueError as exc:
        raise UsageError(f"bad Redis URL {redact_url(url)!r}: {exc}") from None
    try:
        try:
            await redis_client.client.ping()
        except (RedisError, OSError) as exc:
            raise StoreUnreachableError(
                f"no Redis answers at {redact_url(url)} ({type(exc).__name__}: {exc})"
            ) from None
        yield RedisTokenStore(redis_client.client, prefix=redis_prefix)
    finally:
        await redis_client.aclose()


def describe_tokens(tokens: Tokens, *, reveal: bool = False, now: float | None = None) -> str:
    """Role, expiry (UTC time and seconds left) and values, ``[secure]`` unless ``reveal``."""
    now = time.time() if now is None else now
    expires_at = tokens.access_token.expires_at
    when = datetime.datetime.fromtimestamp(expires_at, tz=datetime.UTC)
    left = int(expires_at - now)
    status = (
        f"in {_duration(left)}, {left} s left" if left > 0 else f"expired {_duration(-left)} ago"
    )
    access = tokens.access_token.value if reveal else "[secure]"
    refresh = tokens.refresh_token.value if reveal else "[secure]"
    return "\n".join(
        (
            f"  role:           {tokens.refresh_token.role.value}",
            f"  access token:   {access}",
            f"  expires at:     {when:%Y-%m-%d %H:%M:%S} UTC ({status})",
            f"  refresh token:  {refresh}",
        )
    )


def redact_url(url: str) -> str:
    """``url`` with any password replaced by ``***``, fit to print."""
    return _PASSWORD.sub(r"\1***@", url)


def _duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    return f"{minutes}m {secs:02d}s" if minutes else f"{secs}s"


def _fail(message: str, code: int) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code
