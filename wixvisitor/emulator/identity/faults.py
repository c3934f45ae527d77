"""Fault injection for ``POST /oauth2/token``: planned faults first, then random ones."""

from __future__ import annotations

import collections
import random
from collections.abc import Iterable

import attrs

#: What a fault can do to a token call.
FAULT_KINDS = ("status", "timeout", "disconnect", "garbage")

#: The faults :meth:`FaultPlan.fail_randomly` picks from unless told otherwise.
DEFAULT_RANDOM_KINDS = ("500", "502", "503", "429", "timeout", "disconnect", "garbage")

#: How long a ``"timeout"`` fault holds the request open, in seconds.
DEFAULT_HANG = 30.0


@attrs.frozen
class Fault:
    """One injected failure of a token call.

    ``kind`` is ``"status"`` (answer ``status``, with ``Retry-After`` when
    ``retry_after`` is set), ``"timeout"`` (hold the request open ``hang``
    seconds, then answer 504), ``"disconnect"`` (close the connection without
    answering) or ``"garbage"`` (200 with an HTML body).
    """

    kind: str = "status"
    status: int = 503
    retry_after: float | None = None
    hang: float = DEFAULT_HANG

    def __attrs_post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {FAULT_KINDS}")
        if not 400 <= self.status <= 599:
            raise ValueError(f"a fault status must be 4xx or 5xx, not {self.status}")
        if self.retry_after is not None and self.retry_after < 0:
            raise ValueError("retry_after must not be negative")
        if self.hang < 0:
            raise ValueError("hang must not be negative")

    @classmethod
    def from_spec(cls, spec: str, *, hang: float = DEFAULT_HANG) -> Fault:
        """Build a fault from a spec string such as ``"503"``, ``"429"`` or ``"timeout"``.

        ``"429"`` carries ``Retry-After: 1``, as a throttling Wix would.
        """
        if spec.isdigit():
            status = int(spec)
            return cls("status", status, 1.0 if status == 429 else None, hang)
        if spec in FAULT_KINDS and spec != "status":
            return cls(spec, hang=hang)
        raise ValueError(
            f"unknown fault spec {spec!r}; use an HTTP status such as '503', "
            "or 'timeout', 'disconnect', 'garbage'"
        )


class FaultPlan:
    """Decides, per token call, whether to fail it and how.

    Faults queued by :meth:`fail_next` are served first, in order; after that
    each call fails with the probability set by :meth:`fail_randomly`.
    """

    def __init__(self, *, default_seed: int | None = None) -> None:
        self._default_seed = default_seed
        self._queue: collections.deque[Fault] = collections.deque()
        self._probability = 0.0
        self._random_faults: tuple[Fault, ...] = ()
        self._rng = random.Random(default_seed)  # noqa: S311 -- not a secret

    @property
    def pending(self) -> int:
        """How many planned faults are still to be served."""
        return len(self._queue)

    @property
    def probability(self) -> float:
        """The probability that an unplanned token call fails."""
        return self._probability

    def fail_next(
        self,
        count: int,
        status: int = 503,
        *,
        retry_after: float | None = None,
        kind: str = "status",
        hang: float = DEFAULT_HANG,
    ) -> None:
        """Make the next ``count`` token calls fail (after any already planned)."""
        if count < 0:
            raise ValueError("count must not be negative")
        fault = Fault(kind, status, retry_after, hang)
        self._queue.extend([fault] * count)

    def fail_randomly(
        self,
        probability: float,
        *,
        kinds: Iterable[str] = DEFAULT_RANDOM_KINDS,
        seed: int | None = None,
        hang: float = DEFAULT_HANG,
    ) -> None:
        """Fail each token call with ``probability``, the fault picked from ``kinds``.

        ``seed`` makes the sequence reproducible (it defaults to the
        emulator's seed); ``probability`` 0 turns random faults off.
        """
        if not 0.0 <= probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        faults = tuple(Fault.from_spec(spec, hang=hang) for spec in kinds)
        if probability and not faults:
            raise ValueError("kinds must name at least one fault")
        self._probability = probability
        self._random_faults = faults
        self._rng = random.Random(self._default_seed if seed is None else seed)  # noqa: S311

    def next_fault(self) -> Fault | None:
        """The fault to serve for this token call, or None to answer normally."""
        if self._queue:
            return self._queue.popleft()
        if self._probability and self._rng.random() < self._probability:
            return self._rng.choice(self._random_faults)
        return None

    def reset(self) -> None:
        """Forget every planned and random fault."""
        self._queue.clear()
        self._probability = 0.0
        self._random_faults = ()
        self._rng = random.Random(self._default_seed)  # noqa: S311 -- not a secret
