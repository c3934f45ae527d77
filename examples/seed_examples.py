"""The Wix docs' two JS SDK examples, line for line in Python, against the embedded emulator.

    python examples/seed_examples.py

The first ("Create a client with OAuth") makes a client with the ``products`` and
``services`` modules; the second is the cart-and-catalog example of a Catalog V1 store::

    import { cart } from "@wix/ecom";
    import { products } from "@wix/stores";
    const myWixClient = createClient({
      modules: { cart, products }, auth: OAuthStrategy({ clientId }) });
    const tokens = await myWixClient.auth.generateVisitorTokens({
      accessToken: null, refreshToken: null });
    myWixClient.auth.setTokens(tokens);
    const cart = await myWixClient.cart.createCart({});
    const { items } = await myWixClient.products.queryProducts()
      .startsWith("name", "shoes").limit(4).find();

Both run against a local Wix emulator serving a Catalog V1 site, so they need no account.
"""

from __future__ import annotations

import asyncio

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.modules import bookings, ecom, stores

CLIENT_ID = "seed-examples"


async def first_seed(base_url: str) -> None:
    """createClient({modules: {products, services}, auth: OAuthStrategy({clientId})})."""
    async with wv.create_client(
        CLIENT_ID,
        modules={"products": stores.products, "services": bookings.services},
        base_url=base_url,
    ) as my_wix_client:
        services = await my_wix_client.services.query_services().limit(3).find()
        print(f"services: {', '.join(service['name'] for service in services.items)}")
        found = await my_wix_client.products.query_products().limit(3).find()
        print(f"products: {found.total_count} in the store, first {len(found.items)} listed")


async def second_seed(base_url: str) -> None:
    """The cart-and-catalog example, as the issue quotes it."""
    async with wv.create_client(
        CLIENT_ID, modules={"cart": ecom.cart, "products": stores.products}, base_url=base_url
    ) as my_wix_client:
        tokens = await my_wix_client.auth.generate_visitor_tokens()
        await my_wix_client.auth.set_tokens(tokens)
        cart = await my_wix_client.cart.create_cart({})
        print(f"a new cart: {cart['cart']['id']}")
        result = await (
            my_wix_client.products.query_products().starts_with("name", "shoes").limit(4).find()
        )
        for item in result.items:
            print(f"  {item['name']}: {item['priceData']['formatted']['price']}")


async def main() -> None:
    async with Emulator(catalog="V1") as emu:
        await first_seed(emu.base_url)
        await second_seed(emu.base_url)


if __name__ == "__main__":
    asyncio.run(main())
