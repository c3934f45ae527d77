"""Resume a visitor's session after a restart, from a JSON file.

    python examples/resume_from_file.py

An app keeps its visitors' tokens in a JsonFileTokenStore. The first "run" adds
a product to a visitor's cart; the second, a brand-new client as after a restart,
finds the same cart without asking Wix for a token; the third comes five hours
later, when the access token has expired, and renews it by itself, once.

Against a local Wix emulator, whose clock can jump ahead. With your own project,
pass your client id and drop ``base_url`` and ``clock``.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Any

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.stores import JsonFileTokenStore

CLIENT_ID = "my-client-id"
VISITOR = "visitor-42"  # e.g. the session id your web app keeps in a cookie


async def add_to_cart(emulator: Emulator, store: JsonFileTokenStore) -> dict[str, Any]:
    """A first run: the visitor gets tokens (saved to the store) and fills the cart."""
    async with wv.create_client(
        CLIENT_ID, store=store, key=VISITOR, base_url=emulator.base_url, clock=emulator.now
    ) as wix:
        product = (await wix.products_v3.search("jacket", limit=1))["products"][0]
        return await wix.current_cart.add([wv.line_item(product["id"])])


async def read_cart(emulator: Emulator, store: JsonFileTokenStore) -> dict[str, Any] | None:
    """A later run: a new client for the same visitor, its tokens loaded from the store."""
    async with wv.create_client(
        CLIENT_ID, store=store, key=VISITOR, base_url=emulator.base_url, clock=emulator.now
    ) as wix:
        return await wix.current_cart.get()


def token_calls(emulator: Emulator) -> str:
    stats = emulator.stats
    return f"token calls so far: {stats.token_calls} (renewals: {stats.refresh})"


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = JsonFileTokenStore(Path(folder) / "tokens.json")
        async with Emulator() as emulator:
            cart = await add_to_cart(emulator, store)
            print(f"run 1: added {cart['lineItems'][0]['productName']['original']} to the cart")
            print(f"       {token_calls(emulator)}")

            resumed = await read_cart(emulator, store)
            if resumed is None or resumed["id"] != cart["id"]:
                raise SystemExit("run 2 did not find the visitor's cart")
            print(f"run 2: same cart, {len(resumed['lineItems'])} item; {token_calls(emulator)}")

            emulator.advance(5 * 3600)  # the access token (4 hours) has expired
            later = await read_cart(emulator, store)
            if later is None or later["id"] != cart["id"] or emulator.stats.refresh != 1:
                raise SystemExit("run 3 did not renew the session once")
            print(f"run 3: 5 hours later, same cart; {token_calls(emulator)}")


if __name__ == "__main__":
    asyncio.run(main())
