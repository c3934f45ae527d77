"""The Wix the demo talks to: the embedded emulator (its clock and stats) or real Wix."""

from __future__ import annotations

import re
import time
from typing import Any

import aiohttp

from ..client import WixClient
from ..modules import events, redirects
from ..tokens import AccessToken, RefreshToken, Tokens
from .token_calls import TokenCallCounter, TokenCalls

__all__ = ["DemoWix"]


class DemoWix:
    """The Wix the demo talks to: the embedded emulator, or the real one."""

    def __init__(self, client_id: str, base_url: str, emulator: Any = None) -> None:
        self.client_id = client_id
        self.base_url = base_url
        self.emulator = emulator
        self.counter = TokenCallCounter()
        self._skew = 0.0

    @property
    def local(self) -> bool:
        """Whether this is the embedded emulator."""
        return self.emulator is not None

    def clock(self) -> float:
        """The SDK's clock: the emulator's, or real time plus every :meth:`advance`."""
        return float(self.emulator.now()) if self.emulator is not None else time.time() + self._skew

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass: the emulator's clock, or only the SDK's for real Wix."""
        if self.emulator is not None:
            self.emulator.advance(seconds)
        else:
            self._skew += seconds

    def calls(self) -> TokenCalls:
        """Token calls so far: the emulator's count, or the client-side count."""
        if self.emulator is not None:
            stats = self.emulator.stats
            return TokenCalls(anonymous=stats.anonymous, refresh=stats.refresh)
        return self.counter.calls

    async def place_order(self, checkout_url: str, session: aiohttp.ClientSession) -> str | None:
        """Play the visitor's browser on the emulator's checkout page; the order number."""
        async with session.get(checkout_url) as page:
            found = re.search(r'<form method="post" action="([^"]+)"', await page.text())
        if found is None or self.emulator is None:
            return None
        async with session.post(self.base_url + found[1], allow_redirects=False) as placed:
            if placed.status != 303:
                return None
        orders = self.emulator.orders
        return str(orders[-1]["number"]) if orders else None

    async def buy_tickets(
        self, client: WixClient, session: aiohttp.ClientSession, thank_you: str
    ) -> str | None:
        """Reserve two tickets of the next ticketed event and pay on the hosted events page.

        What it did, in words, or None if it failed (only on the emulator: a real site may
        sell no tickets, and a person pays there).
        """
        if self.emulator is None:
            return "tickets not tried on real Wix"
        listing = events.wix_events_v2.bind(client).query_events({"fields": ["REGISTRATION"]})
        query = listing.eq("status", "UPCOMING").ascending("dateAndTimeSettings.startDate")
        upcoming = (await query.find()).items
        event = next(e for e in upcoming if e["registration"]["type"] == "TICKETING")
        tiers = await events.ticket_definitions_v2.bind(client).query_available_ticket_definitions(
            {"filter": {"eventId": event["id"]}}
        )
        tier = tiers["ticketDefinitions"][0]
        made = await events.ticket_reservations.bind(client).create_ticket_reservation(
            {"tickets": [{"ticketDefinitionId": tier["id"], "quantity": 2}]}
        )
        reservation_id = made["ticketReservation"]["id"]
        if reservation_id is None:  # Wix's type allows it; the reservation would be unusable
            return None
        redirect = await redirects.redirects.bind(client).create_redirect_session(
            {
                "eventsCheckout": {"reservationId": reservation_id, "eventSlug": event["slug"]},
                "callbacks": {"thankYouPageUrl": thank_you},
            }
        )
        url = redirect["redirectSession"]["fullUrl"]
        async with session.get(url) as page:
            found_form = re.search(r'<form method="post" action="([^"]+)"', await page.text())
        if found_form is None:
            return None
        guest = {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com"}
        async with session.post(
            self.base_url + found_form[1], data=guest, allow_redirects=False
        ) as paid:
            if paid.status != 303:
                return None
        return f"2 {event['title']} tickets paid" if self.emulator.event_orders else None

    async def kill_refresh_token(self, client: WixClient) -> str:
        """Make the client's refresh token dead; return how, in words."""
        tokens = client.auth.get_tokens()
        assert tokens is not None
        if self.emulator is not None:
            self.emulator.revoke(tokens.refresh_token.value)
            return "refresh token revoked"
        # Wix cannot be asked to revoke: use a refresh token it never issued.
        dead = RefreshToken("wixvisitor-demo-unknown-refresh-token", tokens.refresh_token.role)
        await client.auth.set_tokens(Tokens(AccessToken("", 0), dead))
        return "refresh token invalidated"
