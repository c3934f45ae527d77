"""How many commands a Redis server ran, from ``INFO commandstats`` (our own INFO left out)."""

from __future__ import annotations

from typing import Any


async def commands(client: Any) -> dict[str, int]:
    """Calls per command so far, as the server counts them."""
    stats = await client.info("commandstats")
    return {name.removeprefix("cmdstat_"): int(entry["calls"]) for name, entry in stats.items()}


async def spent(client: Any, before: dict[str, int]) -> dict[str, int]:
    """The commands run since ``before`` (a :func:`commands` reading), INFO itself left out."""
    after = await commands(client)
    ran = {name: after[name] - before.get(name, 0) for name in after}
    ran.pop("info", None)
    return {name: calls for name, calls in ran.items() if calls}
