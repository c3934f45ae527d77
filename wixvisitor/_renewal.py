"""The renewal flight: reuse what the store holds, else renew under its lock, then commit.

The middle of the one-way path visitor → strategy → single flight → endpoint → store:
:class:`~wixvisitor.OAuthStrategy` (``strategy.py``) asks for fresh tokens, this module
runs the shared flight for its key (``_singleflight.py``), which calls the token endpoint
(``_endpoint.py``) and saves to the store only if the store still holds the session it
renewed (``save_if``, ``_ordering.py``). A refused refresh token becomes a new anonymous
session, reported once (``_reset.py``).
"""

from __future__ import annotations

from ._ordering import save_if
from ._reset import SessionReset, report_reset
from ._session import UNREAD, SessionState
from .errors import InvalidRefreshTokenError
from .tokens import RefreshToken, Tokens

__all__ = ["Renewal"]


class Renewal(SessionState):
    """A session that renews itself: one flight per key, one refresh per refresh token."""

    __slots__ = ()

    async def _ensure_fresh(
        self, rejected: str | None, found: object = UNREAD, path: str | None = None
    ) -> Tokens:
        generation = self._generation
        tokens = await self._shared.flights.run(
            ("session", self._key), lambda: self._fly(rejected, found), path
        )
        return self._land(tokens, generation)  # joiners from other strategy objects land here

    async def _fly(self, rejected: str | None, found: object) -> Tokens:
        generation = self._generation
        tokens = await self._obtain(rejected, generation, found)
        return self._land(tokens, generation)  # even if every waiter was cancelled

    async def _obtain(self, rejected: str | None, generation: int, found: object) -> Tokens:
        """The flight: reuse what the store holds if usable, else renew under its lock.

        ``found`` is what this client's first read just found (:data:`UNREAD`: none):
        not usable, or there would be no flight, so it stands for the first load here.
        """
        store = self._shared.store
        if store is None:
            if self._usable(self._tokens, rejected):
                assert self._tokens is not None
                return self._tokens
            return await self._renew_and_commit(self._tokens, generation)
        self._read = True
        if found is UNREAD:
            stored = await store.load(self._key)
        else:
            stored = found if isinstance(found, Tokens) else None
        if stored is None and self._unknown_key is not None and self._tokens is None:
            # A key the store does not know (made up, or expired): never adopt it.
            self._key = self._unknown_key()
        self._unknown_key = None
        if self._loaded is None:
            self._loaded = stored
        if self._usable(stored, rejected):
            assert stored is not None
            return stored
        lock = getattr(store, "lock", None)
        if lock is None:
            return await self._renew_and_commit(stored or self._tokens, generation, stored)
        async with lock(self._key):
            # Another process may have renewed while we waited for the lock.
            stored = await store.load(self._key)
            if self._usable(stored, rejected):
                assert stored is not None
                return stored
            return await self._renew_and_commit(stored or self._tokens, generation, stored)

    async def _renew_and_commit(
        self, current: Tokens | None, generation: int, stored: Tokens | None = None
    ) -> Tokens:
        """Renew ``current`` and keep the result, unless newer tokens were set meanwhile."""
        refused: list[InvalidRefreshTokenError] = []
        tokens = await self._renew(current, refused, report=False)
        store = self._shared.store
        if store is not None and not await save_if(store, self._key, tokens, stored):
            newer = await store.load(self._key)  # set while we renewed: those win
            return newer if newer is not None else tokens
        if store is None and self._generation != generation:
            return tokens  # _land keeps the tokens set meanwhile; no reset happened
        if refused and current is not None:
            await self._report_reset(current, refused[0])
        return tokens

    async def _renew(
        self,
        current: Tokens | None,
        refused: list[InvalidRefreshTokenError] | None = None,
        *,
        report: bool = True,
    ) -> Tokens:
        """Refresh ``current``; a new anonymous session if it has none or Wix refuses it."""
        if current is None or not current.refresh_token.value:
            return await self._endpoint.anonymous()
        try:
            return await self._refresh(current.refresh_token)
        except InvalidRefreshTokenError as exc:
            tokens = await self._endpoint.anonymous()
            if refused is not None:
                refused.append(exc)
            if report:
                await self._report_reset(current, exc)
            return tokens

    async def _refresh(self, refresh_token: RefreshToken, path: str | None = None) -> Tokens:
        """One shared refresh request per refresh token, whoever asks for it."""
        return await self._shared.flights.run(
            ("refresh", refresh_token.value), lambda: self._endpoint.refresh(refresh_token), path
        )

    async def _report_reset(self, previous: Tokens, refused: InvalidRefreshTokenError) -> None:
        event = SessionReset(
            self._key, "invalid_grant", previous.refresh_token.role, refused.request_id
        )
        self._shared.telemetry.session_reset(event.reason, event.previous_role.value)
        await report_reset(self._shared.on_session_reset, event)
