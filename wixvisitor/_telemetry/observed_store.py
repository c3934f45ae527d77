"""A token store seen through telemetry: each call counted and timed, lock waits measured.

Only made when OpenTelemetry is on (see :meth:`Telemetry.wrap_store`). It offers
``save_if`` and ``lock`` exactly when the store it wraps does, and passes every other
attribute through, so the strategy and the integrations use it like the store itself.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Awaitable
from typing import Any, TypeVar

from ..errors import LockTimeoutError
from ..tokens import Tokens
from .instruments import Instruments
from .telemetry import Telemetry

__all__ = ["ObservedStore", "observe_store"]

T = TypeVar("T")


def observe_store(store: Any, telemetry: Telemetry) -> Any:
    """``store`` with every call observed, or ``store`` itself when OTel is off."""
    if telemetry.instruments is None or store is None:
        return store
    return ObservedStore(store, telemetry.instruments)


class ObservedStore:
    """Wraps ``inner``; ``load``, ``save``, ``save_if``, ``delete`` and ``lock`` are observed."""

    def __init__(self, inner: Any, instruments: Instruments) -> None:
        self.inner = inner
        self._instruments = instruments
        self._kind = type(inner).__name__
        # Offer the optional methods only if the inner store has them: callers probe.
        if callable(getattr(inner, "save_if", None)):
            self.save_if = self._save_if
        if callable(getattr(inner, "lock", None)):
            self.lock = self._lock

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def __repr__(self) -> str:
        return repr(self.inner)

    def __len__(self) -> int:
        return len(self.inner)

    async def load(self, key: str) -> Tokens | None:
        """The inner store's ``load``, observed."""
        return await self._observe("load", self.inner.load(key))

    async def save(self, key: str, tokens: Tokens) -> None:
        """The inner store's ``save``, observed."""
        await self._observe("save", self.inner.save(key, tokens))

    async def _save_if(self, key: str, tokens: Tokens, expected: Tokens | None) -> bool:
        return await self._observe("save_if", self.inner.save_if(key, tokens, expected))

    async def delete(self, key: str) -> None:
        """The inner store's ``delete``, observed."""
        await self._observe("delete", self.inner.delete(key))

    async def _observe(self, operation: str, call: Awaitable[T]) -> T:
        started = time.perf_counter()
        outcome = "error"
        try:
            result = await call
            outcome = "ok"
            return result
        finally:
            attributes = {
                "wixvisitor.store.kind": self._kind,
                "wixvisitor.store.operation": operation,
                "wixvisitor.outcome": outcome,
            }
            self._instruments.store_operations.add(1, attributes)
            self._instruments.store_duration.record(time.perf_counter() - started, attributes)

    @contextlib.asynccontextmanager
    async def _lock(self, key: str) -> AsyncIterator[None]:
        attributes = {"wixvisitor.store.kind": self._kind}
        async with contextlib.AsyncExitStack() as stack:
            started = time.perf_counter()
            try:
                await stack.enter_async_context(self.inner.lock(key))
            except LockTimeoutError:
                self._instruments.lock_timeouts.add(1, attributes)
                raise
            self._instruments.lock_wait.record(time.perf_counter() - started, attributes)
            yield
