"""Quick start: the Wix docs' "complete visitor session flow", in Python.

    python examples/quickstart.py

It runs against a local Wix emulator, so it needs no account and no network.
Set WIX_CLIENT_ID to your Headless project's OAuth client id to run it against
real Wix; the tokens are then kept in ./visitor-tokens.json, so the next run
resumes the same visitor and finds the same cart.

The steps are those of Wix's "Handle visitors using the JavaScript SDK":

1. create a client, passing the tokens of a previous session if there are any;
2. generate visitor tokens: the same ones if still valid, renewed ones if not;
3. save the tokens, so the visitor's next visit resumes this session;
4. call Wix APIs as the visitor: find products, add one to the cart, read the cart.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import wixvisitor as wv
from wixvisitor.emulator import Emulator


async def visitor_session_flow(client_id: str, base_url: str, tokens_file: Path) -> None:
    # Step 1: create a client, resuming the stored session if there is one.
    stored = load_tokens(tokens_file)
    print("returning visitor" if stored else "new visitor")
    async with wv.create_client(client_id, tokens=stored, base_url=base_url) as wix:
        # Step 2: generate visitor tokens (the JS SDK's generateVisitorTokens()).
        tokens = await wix.auth.generate_visitor_tokens()

        # Step 3: save them (getTokens() in the JS SDK); tokens are secrets: mode 0600.
        save_tokens(tokens_file, tokens)
        print(f"tokens saved to {tokens_file} (role: {tokens.refresh_token.role})")

        # Step 4: call Wix APIs as this visitor.
        found = await wix.products_v3.search(limit=3)
        for product in found["products"]:
            print(f"  product: {product['name']}")
        first = found["products"][0]
        await wix.current_cart.add([wv.line_item(first["id"], quantity=2)])
        cart = await wix.current_cart.get()
        assert cart is not None
        for item in cart["lineItems"]:
            print(f"  in the cart: {item['quantity']} x {item['productName']['original']}")

        # The client renews tokens by itself during calls: save the latest ones.
        latest = wix.auth.get_tokens()
        assert latest is not None
        save_tokens(tokens_file, latest)


def load_tokens(path: Path) -> wv.Tokens | None:
    """The tokens a previous run saved, if any (the JS SDK's JSON shape)."""
    return wv.Tokens.from_json(path.read_text()) if path.exists() else None


def save_tokens(path: Path, tokens: wv.Tokens) -> None:
    """Write the tokens, in the JS SDK's JSON shape, readable by this user only."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(descriptor, "w", encoding="utf-8") as file:
        file.write(tokens.to_json())


@contextlib.asynccontextmanager
async def wix_backend() -> AsyncIterator[tuple[str, str, Path]]:
    """(client id, base URL, tokens file): real Wix if WIX_CLIENT_ID is set, else an emulator."""
    client_id = os.environ.get("WIX_CLIENT_ID")
    if client_id:
        yield client_id, wv.DEFAULT_BASE_URL, Path("visitor-tokens.json")
        return
    # The emulator forgets its visitors when it stops, so its tokens go to a temporary folder.
    with tempfile.TemporaryDirectory() as folder:
        async with Emulator() as emulator:
            print(f"using a local Wix emulator at {emulator.base_url}")
            yield "my-client-id", emulator.base_url, Path(folder) / "visitor-tokens.json"


async def main() -> None:
    async with wix_backend() as (client_id, base_url, tokens_file):
        await visitor_session_flow(client_id, base_url, tokens_file)


if __name__ == "__main__":
    asyncio.run(main())
