"""What the emulator remembers: visitors, tokens, carts, its clock, faults and stats."""

from __future__ import annotations

import asyncio
import random
import secrets
import time
import uuid
from collections.abc import Callable

import attrs

from .bookings.book import BookingBook
from .ecom.cart_registry import CartRegistry
from .ecom.cart_v2 import CartV2Book
from .ecom.checkouts import CheckoutBook
from .events.book import EventsBook
from .identity.faults import FaultPlan
from .members.directory import MemberDirectory
from .redirects.session import RedirectSession

_TOKEN_PREFIX = "OauthNG.JWS."  # noqa: S105 -- the shape, not a secret
_PRUNE_EVERY = 1024  # token issues between sweeps of long-expired access tokens
_PRUNE_AFTER = 86_400.0  # an access token expired this long ago is forgotten


@attrs.define
class EmulatorStats:
    """Live counters of what the emulator was asked and answered.

    ``token_calls`` counts every ``POST /oauth2/token`` (injected faults
    included); ``anonymous``, ``refresh`` and ``authorization_code`` count token calls by grant, as
    soon as the body names one; ``api_calls`` counts every other request
    except the ``/_emulator/`` admin endpoints; ``unauthorized`` counts 401
    answers; ``faults`` counts injected faults served.

    >>> EmulatorStats().as_dict()["token_calls"]
    0
    """

    token_calls: int = 0
    anonymous: int = 0
    refresh: int = 0
    authorization_code: int = 0
    api_calls: int = 0
    unauthorized: int = 0
    faults: int = 0

    def as_dict(self) -> dict[str, int]:
        """The counters as a plain dict (what ``GET /_emulator/stats`` returns)."""
        return attrs.asdict(self)

    def reset(self) -> None:
        """Set every counter back to zero."""
        for field in attrs.fields(type(self)):
            setattr(self, field.name, 0)


@attrs.define
class RefreshGrant:
    """A refresh token and the access tokens issued from it."""

    value: str = attrs.field(repr=False)
    visitor_id: str
    client_id: str
    access_values: set[str] = attrs.field(factory=set, repr=False)


@attrs.define
class AccessGrant:
    """An access token: whose it is, which refresh token issued it, when it expires."""

    value: str = attrs.field(repr=False)
    visitor_id: str
    refresh_value: str = attrs.field(repr=False)
    expires_at: float


class GrantError(Exception):
    """A token request the emulator refuses (``error`` is the OAuth error code)."""

    def __init__(self, error: str, description: str) -> None:
        super().__init__(description)
        self.error = error
        self.description = description


class AuthError(Exception):
    """An API call whose access token is missing, unknown, revoked or expired."""

    def __init__(self, code: str, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


def new_token() -> str:
    """A fresh opaque token of realistic Wix length (about 410 characters).

    Shaped like Wix's ``OauthNG.JWS.<header>.<payload>.<signature>`` but all
    random: nothing can be decoded from it.
    """
    parts = (secrets.token_urlsafe(27), secrets.token_urlsafe(240), secrets.token_urlsafe(32))
    return _TOKEN_PREFIX + ".".join(parts)


class EmulatorState:
    """All mutable emulator state, shared by the HTTP handlers and :class:`Emulator`.

    ``clock`` (default :func:`time.time`) plus the offset moved by
    :meth:`advance` is the emulator's notion of now. ``catalog`` is the Wix Stores
    catalog the emulated site runs, ``"V1"`` or ``"V3"``. ``seed`` makes ids,
    request ids and random faults reproducible; token values always come
    from :mod:`secrets`. ``payments=False`` is a site with no payment method (paid
    tickets are refused); ``events`` is the Wix Events book (events, reservations, RSVPs).
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        access_ttl: int = 14_400,
        seed: int | None = None,
        clock: Callable[[], float] = time.time,
        catalog: str = "V3",
        payments: bool = True,
    ) -> None:
        if access_ttl <= 0:
            raise ValueError("access_ttl must be positive")
        if not isinstance(catalog, str) or catalog.upper() not in ("V1", "V3"):
            raise ValueError(f"catalog must be 'V1' or 'V3', not {catalog!r}")
        # The Stores catalog the site runs; the other catalog's endpoints answer 428.
        self.catalog = catalog.upper()
        # Whether the site has a payment method: without one, paid tickets are refused.
        self.payments = bool(payments)
        self.client_id = client_id
        self.access_ttl = int(access_ttl)
        self.stats = EmulatorStats()
        self.faults = FaultPlan(default_seed=seed)
        self.closing = asyncio.Event()  # set on shutdown: releases hanging faults
        self._seed = seed
        self._clock = clock
        self._offset = 0.0
        self._rng = random.Random(seed)  # noqa: S311 -- ids, not secrets
        self._refresh: dict[str, RefreshGrant] = {}
        self._access: dict[str, AccessGrant] = {}
        self._issued = 0
        self.carts = CartRegistry()  # owner -> current cart; by_id() for the Cart API
        self.bookings = BookingBook()
        self.commerce = CheckoutBook()
        self.carts_v2 = CartV2Book()  # eCom Cart V2 carts, by id
        self.members = MemberDirectory()
        self.members.seed(self.new_id)
        self.redirect_sessions: dict[str, RedirectSession] = {}
        self.events = EventsBook(self.now(), self.new_id)

    # -- clock ------------------------------------------------------------

    def now(self) -> float:
        """The emulator clock, in epoch seconds: the real clock plus the offset."""
        return self._clock() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the emulator clock forward by ``seconds`` (tokens may expire)."""
        if seconds < 0:
            raise ValueError("the emulator clock only moves forward")
        self._offset += seconds

    # -- ids --------------------------------------------------------------

    def new_id(self) -> str:
        """A fresh UUID4 string (reproducible under a seed)."""
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def request_id(self) -> str:
        """A fresh ``x-wix-request-id`` value, shaped like Wix's."""
        return f"{int(self.now())}.{self._rng.getrandbits(56):017d}"

    # -- tokens -----------------------------------------------------------

    def mint_anonymous(self, client_id: str) -> AccessGrant:
        """A new visitor with a new refresh token and a first access token."""
        return self.mint_for(self.new_id(), client_id)

    def mint_for(self, owner_id: str, client_id: str) -> AccessGrant:
        """A new refresh token (and access token) for ``owner_id``: a visitor or a member."""
        refresh = RefreshGrant(new_token(), owner_id, client_id)
        self._refresh[refresh.value] = refresh
        return self._issue_access(refresh)

    def renew(self, refresh_value: str, client_id: str | None) -> AccessGrant:
        """A new access token for a live refresh token (the refresh token is kept)."""
        refresh = self._refresh.get(refresh_value)
        if refresh is None:
            raise GrantError("invalid_grant", "The refresh token is invalid or was revoked")
        if client_id is not None and client_id != refresh.client_id:
            raise GrantError("invalid_grant", "The refresh token was issued to another client")
        return self._issue_access(refresh)

    def _issue_access(self, refresh: RefreshGrant) -> AccessGrant:
        self._issued += 1
        if self._issued % _PRUNE_EVERY == 0:
            self._prune()
        expires_at = self.now() + self.access_ttl
        access = AccessGrant(new_token(), refresh.visitor_id, refresh.value, expires_at)
        self._access[access.value] = access
        refresh.access_values.add(access.value)
        return access

    def _prune(self) -> None:
        horizon = self.now() - _PRUNE_AFTER
        for value in [v for v, grant in self._access.items() if grant.expires_at < horizon]:
            self._forget_access(value)

    def _forget_access(self, value: str) -> None:
        access = self._access.pop(value)
        refresh = self._refresh.get(access.refresh_value)
        if refresh is not None:
            refresh.access_values.discard(value)

    def authenticate(self, authorization: str | None) -> AccessGrant:
        """The grant behind an ``Authorization`` header (raw token or ``Bearer``)."""
        token = (authorization or "").strip()
        if token[:7].lower() == "bearer ":
            token = token[7:].strip()
        if not token:
            raise AuthError("UNAUTHORIZED", "Missing Authorization header")
        access = self._access.get(token)
        if access is None:
            raise AuthError("UNAUTHORIZED", "The access token is invalid or was revoked")
        if self.now() >= access.expires_at:
            raise AuthError("TOKEN_EXPIRED", "The access token has expired")
        return access

    def revoke(self, token_value: str) -> bool:
        """Kill a refresh token (and its access tokens) or one access token.

        Returns whether the token was known.
        """
        refresh = self._refresh.pop(token_value, None)
        if refresh is not None:
            for value in refresh.access_values:
                self._access.pop(value, None)
            return True
        if token_value in self._access:
            self._forget_access(token_value)
            return True
        return False

    def visitor_of(self, access_value: str) -> str | None:
        """The visitor id behind a known (possibly expired) access token."""
        access = self._access.get(access_value)
        return access.visitor_id if access is not None else None

    # -- lifecycle --------------------------------------------------------

    def reset(self) -> None:
        """Forget visitors, tokens, carts, stats, faults and the clock offset."""
        self._offset = 0.0
        self._rng = random.Random(self._seed)  # noqa: S311 -- ids, not secrets
        self._refresh.clear()
        self._access.clear()
        self._issued = 0
        self.carts.clear()
        self.bookings.clear()
        self.commerce.clear()
        self.carts_v2.clear()
        self.members.clear()
        self.members.seed(self.new_id)
        self.redirect_sessions.clear()
        self.events.seed(self.now())
        self.stats.reset()
        self.faults.reset()
