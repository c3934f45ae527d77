"""``wixvisitor demo``: the whole visitor story in six steps, each measured in token calls.

Against the embedded emulator by default (its clock moves, its stats count the
calls); against real Wix with ``--client-id`` (the SDK's clock moves instead and
the calls are counted on the client's side). Token values are never printed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp

from ..apis import line_item
from ..client import WixClient, create_client
from ..strategy import DEFAULT_BASE_URL, SessionReset
from ..tokens import Tokens
from .demo_processes import resume_in_processes
from .demo_report import StepPrinter, StepResult
from .demo_wix import DemoWix
from .token_calls import TokenCalls

__all__ = ["Story", "run_demo"]

_FIVE_HOURS = 5 * 3600
_KEY = "visitor"
_THANK_YOU = "https://shop.example/thank-you"


class Story:
    """The demo's steps (``facts.DEMO_STEPS``), sharing one visitor; each gives a StepResult."""

    def __init__(
        self, wix: DemoWix, session: aiohttp.ClientSession, workdir: Path, args: argparse.Namespace
    ) -> None:
        self.wix = wix
        self.session = session
        self.workdir = workdir
        self.args = args
        self.resets: list[SessionReset] = []
        self.warnings: list[logging.LogRecord] = []
        self.tokens: Tokens | None = None
        self.cart_id: str | None = None
        self.client: WixClient | None = None

    def steps(self) -> list[Callable[[], Awaitable[StepResult]]]:
        """The steps, in order."""
        return [self.new_visitor, self.resume_from_file, self.renew_once, self.resume_via_redis,
                self.survive_revocation, self.check_out]  # fmt: skip

    def _client(self, **options: Any) -> WixClient:
        return create_client(
            self.wix.client_id,
            base_url=self.wix.base_url,
            session=self.session,
            clock=self.wix.clock,
            on_session_reset=self.resets.append,
            **options,
        )

    async def new_visitor(self) -> StepResult:
        """1: a new visitor gets tokens and adds two products to the cart."""
        before = self.wix.calls()
        async with self._client() as wix:
            await wix.auth.generate_visitor_tokens()
            products = (await wix.products_v3.search(limit=2)).get("products", [])
            if len(products) < 2:
                return StepResult(False, "the store needs at least 2 products")
            cart = await wix.current_cart.add([line_item(p["id"]) for p in products[:2]])
            self.tokens = wix.auth.get_tokens()
        calls = self.wix.calls() - before
        self.cart_id = cart.get("id")
        names = " and ".join(repr(p.get("name", "?")) for p in products[:2])
        holds = len(cart.get("lineItems", [])) == 2 and calls == TokenCalls(anonymous=1)
        return StepResult(holds, f"new visitor put {names} in the cart", calls)

    async def resume_from_file(self) -> StepResult:
        """2: tokens saved to a JSON file; a new client resumes from it with 0 token calls."""
        from ..stores.json_file import JsonFileTokenStore

        assert self.tokens is not None
        store = JsonFileTokenStore(self.workdir / "tokens.json")
        await store.save(_KEY, self.tokens)
        before = self.wix.calls()
        self.client = self._client(store=store, key=_KEY)
        cart = await self.client.current_cart.get()
        calls = self.wix.calls() - before
        holds = self._same_cart(cart) and calls.total == 0
        return StepResult(
            holds, "tokens saved to a JSON file; new client resumed: same cart", calls
        )

    async def renew_once(self) -> StepResult:
        """3: five hours pass; many concurrent requests share one renewal, cart intact."""
        assert self.client is not None
        count = self.args.requests
        self.wix.advance(_FIVE_HOURS)
        before = self.wix.calls()
        client = self.client
        carts = await asyncio.gather(
            *(client.current_cart.get() for _ in range(count)), return_exceptions=True
        )
        calls = self.wix.calls() - before
        intact = sum(1 for cart in carts if isinstance(cart, dict) and self._same_cart(cart))
        holds = intact == count and calls == TokenCalls(refresh=1)
        detail = "cart intact" if intact == count else f"cart intact in {intact} of {count}"
        return StepResult(holds, f"+5 h: {count} concurrent requests, {detail}", calls)

    async def resume_via_redis(self) -> StepResult:
        """4: two processes resume the session through Redis (or the step is skipped)."""
        assert self.client is not None
        tokens = self.client.auth.get_tokens()
        assert tokens is not None
        self.wix.advance(_FIVE_HOURS)  # both processes find an expired token and race to renew
        before = self.wix.calls()
        outcome = await resume_in_processes(self.wix, tokens, _KEY, self.args.redis_url)
        if outcome.skipped is not None:
            if self.args.redis_url:  # asked for explicitly: its absence is a failure
                return StepResult(False, outcome.skipped)
            return StepResult(None, f"skipped: {outcome.skipped}; see --redis-url")
        calls = self.wix.calls() - before if self.wix.local else outcome.calls
        same = len(outcome.carts) == 2 and all(self._same_cart(cart) for cart in outcome.carts)
        holds = same and not outcome.errors and calls == TokenCalls(refresh=1)
        summary = "2 processes resumed the session via Redis: same cart"
        if outcome.errors:
            summary = f"a process failed: {outcome.errors[0]}"
        return StepResult(holds, summary, calls)

    async def survive_revocation(self) -> StepResult:
        """5: the refresh token dies; the next call starts a fresh visitor and says so."""
        assert self.client is not None
        previous = self.client.auth.get_tokens()
        assert previous is not None
        how = await self.wix.kill_refresh_token(self.client)
        resets, warnings = len(self.resets), len(self.warnings)
        before = self.wix.calls()
        cart = await self.client.current_cart.get()
        calls = self.wix.calls() - before
        now = self.client.auth.get_tokens()
        reported = len(self.resets) == resets + 1 and len(self.warnings) == warnings + 1
        fresh = now is not None and now.refresh_token.value != previous.refresh_token.value
        holds = reported and fresh and cart is None and calls == TokenCalls(anonymous=1, refresh=1)
        said = "reset reported" if reported else "reset NOT reported"
        return StepResult(holds, f"{how}: new visitor started, {said}", calls)

    async def check_out(self) -> StepResult:
        """6: the visitor buys two items through Wix's hosted checkout; the cart empties."""
        assert self.client is not None
        client = self.client
        products = (await client.products_v3.search(limit=2)).get("products", [])
        await client.current_cart.add([line_item(p["id"]) for p in products[:2]])
        before = self.wix.calls()
        url = await client.current_cart.checkout_url(thank_you_page_url=_THANK_YOU)
        if not self.wix.local:  # on real Wix a person pays: the demo stops at the URL
            calls = self.wix.calls() - before
            return StepResult(calls.total == 0, "checkout URL created on Wix's hosted page", calls)
        order = await self.wix.place_order(url, self.session)
        cart = await client.current_cart.get()
        tickets = await self.wix.buy_tickets(client, self.session, _THANK_YOU)
        calls = self.wix.calls() - before
        holds = order is not None and cart is None and tickets is not None and calls.total == 0
        summary = f"order {order} placed, cart emptied" if order else "no order placed"
        return StepResult(holds, f"{summary}; {tickets or 'no tickets bought'}", calls)

    def _same_cart(self, cart: dict[str, Any] | None) -> bool:
        return cart is not None and cart.get("id") == self.cart_id and len(cart["lineItems"]) == 2


def run_demo(args: argparse.Namespace) -> int:
    """Run the six steps, print one line each; 0 if all hold (or were skipped), else 1."""
    return asyncio.run(_run(args))


async def _run(args: argparse.Namespace) -> int:
    printer = StepPrinter(sys.stdout)
    started = time.monotonic()
    results: list[StepResult] = []
    total = 0
    async with _demo_wix(args) as wix, _captured_resets() as warnings:
        where = "the embedded Wix emulator" if wix.local else "Wix"
        printer.header(f"wixvisitor demo against {where} at {wix.base_url}")
        trace = [wix.counter.trace_config()]
        with tempfile.TemporaryDirectory(prefix="wixvisitor-demo-") as workdir:
            async with aiohttp.ClientSession(trace_configs=trace) as session:
                story = Story(wix, session, Path(workdir), args)
                story.warnings = warnings
                total = len(story.steps())
                try:
                    for number, step in enumerate(story.steps(), 1):
                        try:
                            result = await step()
                        except Exception as exc:  # the story cannot go on
                            result = StepResult(False, f"{type(exc).__name__}: {exc}")
                        results.append(result)
                        printer.step(number, result)
                        if result.holds is False and number < 3:
                            break  # later steps need this one's visitor
                finally:
                    if story.client is not None:
                        await story.client.aclose()
    for number in range(len(results) + 1, total + 1):
        printer.step(number, StepResult(False, "not run: an earlier step failed"))
    failed = sum(1 for result in results if result.holds is False) + total - len(results)
    skipped = sum(1 for result in results if result.holds is None)
    printer.footer(failed, skipped, time.monotonic() - started)
    return 0 if failed == 0 else 1


@contextlib.asynccontextmanager
async def _demo_wix(args: argparse.Namespace) -> AsyncIterator[DemoWix]:
    if args.client_id or args.base_url:  # a Wix the demo cannot drive: it only talks to it
        client_id = args.client_id or "wixvisitor-demo"
        yield DemoWix(client_id, args.base_url or DEFAULT_BASE_URL)
        return
    from ..emulator import Emulator

    async with Emulator() as emulator:
        yield DemoWix("wixvisitor-demo", emulator.base_url, emulator)


@contextlib.asynccontextmanager
async def _captured_resets() -> AsyncIterator[list[logging.LogRecord]]:
    """Collect the SDK's warnings, such as a session reset (and keep them off the terminal)."""
    records: list[logging.LogRecord] = []

    class _Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)  # the handler's level keeps only warnings

    handler = _Collect(logging.WARNING)
    logger = logging.getLogger("wixvisitor")
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)
