"""Per-key shared, shielded flights: N concurrent callers, one piece of work."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Hashable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from ._telemetry.observed_flights import FlightObserver

__all__ = ["SingleFlight"]

T = TypeVar("T")


class SingleFlight(Generic[T]):
    """Runs at most one coroutine per key at a time; concurrent callers share it.

    Every caller gets the flight's result or its exception. The flight is shielded:
    cancelling a caller stops that caller waiting, never the flight, so the other
    callers still get their answer. A key is free again as soon as its flight ends.

    One registry belongs to one event loop and one owner (a strategy or a
    :class:`~wixvisitor.Visitors`); there is no class-level state.
    """

    __slots__ = ("_flights", "observer")

    def __init__(self) -> None:
        self._flights: dict[Hashable, asyncio.Task[T]] = {}
        #: Told of labelled flights and their callers (telemetry and log records).
        self.observer: FlightObserver | None = None

    def __len__(self) -> int:
        return len(self._flights)

    def in_flight(self, key: Hashable) -> bool:
        """Whether a flight for ``key`` is running now."""
        return key in self._flights

    async def run(
        self, key: Hashable, work: Callable[[], Coroutine[Any, Any, T]], label: str | None = None
    ) -> T:
        """Join the flight for ``key``, starting ``work()`` if there is none.

        ``label`` names what started a flight for the observer (``None``: not observed).
        """
        task = self._flights.get(key)
        observer = self.observer
        if task is None:
            loop = asyncio.get_running_loop()
            if observer is None or label is None:
                task = loop.create_task(work())
            else:
                task = observer.launch(label, lambda: loop.create_task(work()))
            self._flights[key] = task
            task.add_done_callback(lambda done: self._landed(key, done))
        elif observer is not None:
            observer.joined(task)
        return await asyncio.shield(task)

    def _landed(self, key: Hashable, task: asyncio.Task[T]) -> None:
        if self._flights.get(key) is task:
            del self._flights[key]
        if not task.cancelled():
            # Mark the exception retrieved: if every caller was cancelled, nobody else will.
            task.exception()
