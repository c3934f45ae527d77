"""A tiny storefront on aiohttp whose cart follows the visitor across page loads and restarts.

    python examples/aiohttp_storefront.py                 # against the embedded Wix emulator
    python examples/aiohttp_storefront.py --client-id ID  # against your Wix Headless site

The visitor's Wix tokens live in the ``wixSession`` cookie (the JS SDK's format):
`setup()` gives every handler the requesting visitor's client.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import html
from typing import Any

from aiohttp import web

import wixvisitor as wv
from wixvisitor.integrations.aiohttp import Mode, setup, visitor_client


async def index(request: web.Request) -> web.Response:
    wix = visitor_client(request)
    products = (await wix.products.search(limit=20))["products"]
    cart = await wix.current_cart.get()
    return web.Response(text=render(products, cart), content_type="text/html")


async def add_to_cart(request: web.Request) -> web.Response:
    wix = visitor_client(request)
    await wix.current_cart.add([wv.line_item(request.match_info["product_id"])])
    raise web.HTTPSeeOther("/")  # post/redirect/get: a reload does not add again


async def checkout(request: web.Request) -> web.Response:
    """Send the browser to Wix's hosted checkout; it comes back to /thank-you?orderId=..."""
    origin = str(request.url.origin())
    try:
        url = await visitor_client(request).current_cart.checkout_url(
            thank_you_page_url=f"{origin}/thank-you", post_flow_url=f"{origin}/"
        )
    except wv.WixApiError as exc:
        if exc.code != "EMPTY_CHECKOUT":
            raise
        url = "/"  # nothing to check out
    raise web.HTTPSeeOther(url)


async def thank_you(request: web.Request) -> web.Response:
    order_id = request.query.get("orderId", "")
    return web.Response(text=render_thanks(order_id), content_type="text/html")


def create_app(
    client_id: str, base_url: str = wv.DEFAULT_BASE_URL, *, mode: Mode = "cookie"
) -> web.Application:
    """The shop; ``mode="server"`` keeps the tokens server-side behind a session id instead."""
    app = web.Application()
    app.router.add_get("/", index)
    app.router.add_post("/cart/{product_id}", add_to_cart)
    app.router.add_post("/checkout", checkout)
    app.router.add_get("/thank-you", thank_you)
    # A bounded memory store: it only lets concurrent requests of one visitor share a renewal.
    visitors = wv.Visitors(
        client_id, base_url=base_url, store=wv.stores.MemoryTokenStore(max_size=10_000)
    )
    # secure=False because this demo serves plain http on localhost; keep the default in production.
    setup(app, visitors, mode=mode, settings=wv.CookieSettings(secure=False))
    return app


def render(products: list[dict[str, Any]], cart: dict[str, Any] | None) -> str:
    count = sum(line["quantity"] for line in cart["lineItems"]) if cart else 0
    button = CHECKOUT_BUTTON if count else ""
    cards = "".join(
        f"""<li><h2>{html.escape(product["name"])}</h2><p>{html.escape(price(product))}</p>
        <form method="post" action="/cart/{html.escape(product["id"])}">
        <button>Add to cart</button></form></li>"""
        for product in products
    )
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Storefront</title>
<style>{STYLE}</style></head><body>
<header><h1>Storefront</h1><p>Cart: <span id="cart">{count}</span> items</p>{button}</header>
<ul>{cards}</ul></body></html>"""


def render_thanks(order_id: str) -> str:
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Thank you</title>
<style>{STYLE}</style></head><body><h1>Thank you!</h1>
<p>Your order: <span id="order-id">{html.escape(order_id)}</span></p>
<p><a href="/">Back to the store</a></p></body></html>"""


STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222 }
header { display: flex; justify-content: space-between; align-items: center }
ul { list-style: none; padding: 0; display: grid; gap: 1rem;
     grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)) }
li { border: 1px solid #ddd; border-radius: .5rem; padding: 1rem }
h2 { font-size: 1.1rem; margin: 0 0 .5rem }
button { background: #116dff; color: #fff; border: 0; border-radius: .3rem; padding: .5rem 1rem }
#cart { font-weight: bold }
"""


CHECKOUT_BUTTON = """<form method="post" action="/checkout">
<button id="checkout">Checkout</button></form>"""


def price(product: dict[str, Any]) -> str:
    value = product.get("actualPriceRange", {}).get("minValue", {})
    return str(value.get("formattedAmount") or value.get("amount", ""))


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--client-id", help="your Wix OAuth app's client id (default: emulator)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    async with contextlib.AsyncExitStack() as stack:
        if args.client_id:
            client_id, base_url = args.client_id, wv.DEFAULT_BASE_URL
        else:
            emulator = await stack.enter_async_context(wv.emulator.Emulator())
            client_id, base_url = "storefront-demo", emulator.base_url
        runner = web.AppRunner(create_app(client_id, base_url))
        await runner.setup()
        stack.push_async_callback(runner.cleanup)
        await web.TCPSite(runner, args.host, args.port).start()
        url = f"http://{args.host}:{args.port}/"
        print(f"Storefront on {url} (Wix at {base_url}); Ctrl-C stops it", flush=True)
        await asyncio.Event().wait()


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
