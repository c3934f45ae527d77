"""Running the emulator on a real socket: :class:`Emulator` and :func:`serve`."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any, Self

from aiohttp import web

from ._app import build_app
from ._state import EmulatorState, EmulatorStats
from .events.checkout import order_json
from .identity.faults import DEFAULT_HANG, DEFAULT_RANDOM_KINDS
from .members.directory import MemberDirectory


class Emulator:
    """A local Wix (OAuth, current cart, Catalog V3 search) listening on a real port.

    ``port=0`` picks a free port. ``client_id``, when given, is the only
    client id ``/oauth2/token`` accepts. ``access_ttl`` is the access token
    lifetime in seconds. ``seed`` makes ids and random faults reproducible
    (token values always come from :mod:`secrets`). ``clock`` replaces
    :func:`time.time` as the base of the emulator clock. ``catalog`` is the Wix Stores
    catalog the site runs: ``"V3"`` (default) or ``"V1"``; the other catalog's endpoints
    answer 428, as Wix answers a site on the other version. ``payments=False`` is a site
    with no payment method: reserving a paid ticket answers 403, as Wix does.

    >>> async def demo() -> None:
    ...     async with Emulator() as emu:
    ...         print(emu.base_url)  # http://127.0.0.1:PORT
    ...         emu.advance(4 * 3600)  # every access token issued so far expires
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        client_id: str | None = None,
        access_ttl: int = 14_400,
        seed: int | None = None,
        clock: Callable[[], float] | None = None,
        catalog: str = "V3",
        payments: bool = True,
    ) -> None:
        self._host = host
        self._port = port
        self._state = EmulatorState(
            client_id=client_id,
            access_ttl=access_ttl,
            seed=seed,
            clock=clock or time.time,
            catalog=catalog,
            payments=payments,
        )
        self._runner: web.AppRunner | None = None
        self._base_url: str | None = None

    def __repr__(self) -> str:
        return f"<Emulator {self._base_url or 'not running'}>"

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def start(self) -> None:
        """Start listening (what ``async with`` does on entry)."""
        if self._runner is not None:
            raise RuntimeError("the emulator is already running")
        self._state.closing = asyncio.Event()  # bound to this run's event loop
        # handler_cancellation: a client that gives up on a hanging fault frees its handler.
        runner = web.AppRunner(build_app(self._state), handler_cancellation=True, access_log=None)
        await runner.setup()
        try:
            await web.TCPSite(runner, self._host, self._port).start()
        except BaseException:
            await runner.cleanup()
            raise
        port = runner.addresses[0][1]
        host = f"[{self._host}]" if ":" in self._host else self._host
        self._runner, self._base_url = runner, f"http://{host}:{port}"

    async def close(self) -> None:
        """Stop listening and release hanging requests (what ``async with`` does on exit)."""
        runner, self._runner, self._base_url = self._runner, None, None
        self._state.closing.set()
        if runner is not None:
            await runner.cleanup()

    @property
    def base_url(self) -> str:
        """Where the emulator listens, e.g. ``"http://127.0.0.1:54321"``."""
        if self._base_url is None:
            raise RuntimeError("the emulator is not running; use 'async with Emulator()'")
        return self._base_url

    @property
    def stats(self) -> EmulatorStats:
        """The live counters (the same object throughout; see :class:`EmulatorStats`)."""
        return self._state.stats

    @property
    def members(self) -> MemberDirectory:
        """The site's members, their settings and logins in progress.

        ``emu.members.add(emu.new_id(), email, password)`` adds one;
        ``emu.members.settings.email_verification = True`` changes what the site asks;
        ``emu.members.verification_code(email)`` reads the code a member was "emailed".
        """
        return self._state.members

    @property
    def catalog(self) -> str:
        """The Wix Stores catalog the emulated site runs: ``"V1"`` or ``"V3"``."""
        return self._state.catalog

    def new_id(self) -> str:
        """A fresh id, as the emulator makes them (for members you add)."""
        return self._state.new_id()

    @property
    def orders(self) -> list[dict[str, Any]]:
        """The orders placed on the hosted checkout page, oldest first (JSON shape)."""
        return [order.to_json() for order in self._state.commerce.orders]

    @property
    def event_orders(self) -> list[dict[str, Any]]:
        """The orders of the hosted events checkout, oldest first: buyer, tickets issued."""
        return [order_json(self._state, index) for index in range(len(self._state.events.orders))]

    def now(self) -> float:
        """The emulator clock in epoch seconds: real time plus every :meth:`advance`."""
        return self._state.now()

    def advance(self, seconds: float) -> None:
        """Move the emulator clock forward, so tokens expire without waiting."""
        self._state.advance(seconds)

    def fail_next(
        self,
        count: int,
        status: int = 503,
        *,
        retry_after: float | None = None,
        kind: str = "status",
        hang: float = DEFAULT_HANG,
    ) -> None:
        """Make the next ``count`` ``POST /oauth2/token`` calls fail.

        ``kind`` is ``"status"`` (answer ``status``; ``Retry-After`` when
        ``retry_after`` is given), ``"timeout"`` (hold the request ``hang``
        seconds, then 504), ``"disconnect"`` (close the connection unanswered)
        or ``"garbage"`` (200 with an HTML body). The body is parsed first,
        so faulted calls still count by grant in :attr:`stats`.
        """
        self._state.faults.fail_next(count, status, retry_after=retry_after, kind=kind, hang=hang)

    def fail_randomly(
        self,
        probability: float,
        *,
        kinds: Iterable[str] = DEFAULT_RANDOM_KINDS,
        seed: int | None = None,
        hang: float = DEFAULT_HANG,
    ) -> None:
        """Fail each token call with ``probability``, picking the fault from ``kinds``.

        ``kinds`` holds specs: an HTTP status such as ``"503"`` (``"429"``
        comes with ``Retry-After: 1``), ``"timeout"``, ``"disconnect"`` or
        ``"garbage"``. ``seed`` (default: the emulator's) makes it
        reproducible; ``probability=0`` turns random faults off.
        """
        self._state.faults.fail_randomly(probability, kinds=kinds, seed=seed, hang=hang)

    def revoke(self, token_value: str) -> bool:
        """Kill a token; returns whether it was known.

        A refresh token dies with every access token issued from it: renewal
        answers ``invalid_grant`` and API calls answer 401. An access token
        dies alone.
        """
        return self._state.revoke(token_value)

    def visitor_of(self, access_token_value: str) -> str | None:
        """The visitor id behind an access token, or None if it is unknown."""
        return self._state.visitor_of(access_token_value)

    def reset(self) -> None:
        """Forget visitors, tokens, carts, stats, faults and the clock offset."""
        self._state.reset()


async def serve(
    host: str = "127.0.0.1",
    port: int = 8080,
    *,
    client_id: str | None = None,
    access_ttl: int = 14_400,
    seed: int | None = None,
    ready: Callable[[str], object] | None = None,
    catalog: str = "V3",
    payments: bool = True,
) -> None:
    """Serve the emulator until cancelled; print nothing.

    ``ready``, if given, is called with the base URL once the port is open
    (useful with ``port=0``).
    """
    emulator = Emulator(
        host=host,
        port=port,
        client_id=client_id,
        access_ttl=access_ttl,
        seed=seed,
        catalog=catalog,
        payments=payments,
    )
    async with emulator:
        if ready is not None:
            ready(emulator.base_url)
        await asyncio.Event().wait()
