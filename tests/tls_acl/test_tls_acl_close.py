"""A refused login over TLS: the CLI closes the connection before its event loop ends.

redis-py starts the close of a connection whose ``AUTH`` was refused without waiting for it
(``disconnect(nowait=True)``); over TLS that close is a round trip with the server, and
``asyncio.run`` used to end the CLI's loop first: the socket outlived the loop, and the
garbage collector found it unclosed long after (the suite's end-of-session leak, issue 33).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from _redis_tls import TlsAclRedis
from redis.exceptions import AuthenticationError

from wixvisitor.cli import EXIT_STORE_UNREACHABLE, main
from wixvisitor.cli.redis_client import ClosingRedis


def sockets_to(port: int) -> int:
    """How many of this process's open sockets are connected to ``port`` on the loopback."""
    ours = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # the listing's own descriptor, gone already
            continue
        if target.startswith("socket:["):
            ours.add(target[len("socket:[") : -1])
    count = 0
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[2].split(":")[1], 16) == port and fields[9] in ours:
            count += 1
    return count


async def test_a_refused_tls_login_is_closed_when_aclose_returns(tls_redis: TlsAclRedis) -> None:
    """The close redis-py started and did not wait for is over when ``aclose`` returns."""
    redis = ClosingRedis(tls_redis.url_for("shop", "wrong"), socket_connect_timeout=2)
    with pytest.raises(AuthenticationError):
        await redis.client.ping()
    [writer] = redis.unawaited_closes  # redis-py started this close and went on
    await redis.aclose()
    assert writer.get_extra_info("socket") is None  # the connection is lost: the close is over
    assert sockets_to(tls_redis.port) == 0


def test_a_refused_tls_login_leaves_no_socket_behind_the_cli(tls_redis: TlsAclRedis) -> None:
    """``tokens show`` with a wrong password exits 3 and leaves no socket open behind it."""
    wrong = tls_redis.url_for("shop", "not-" + tls_redis.password)
    assert main(["tokens", "show", "--store", wrong]) == EXIT_STORE_UNREACHABLE
    assert sockets_to(tls_redis.port) == 0
