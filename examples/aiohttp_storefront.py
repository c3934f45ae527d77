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
from wixvisitor.integrations.aiohttp import Mode, log_in, log_out, setup, visitor_client


async def index(request: web.Request) -> web.Response:
    wix = visitor_client(request)
    products = (await wix.products_v3.search(limit=20))["products"]
    cart = await wix.current_cart.get()
    who = await member_name(wix)
    page = render(products, cart, who, request.query.get("error", ""))
    return web.Response(text=page, content_type="text/html")


async def member_name(wix: wv.WixClient) -> str | None:
    """The logged-in member's nickname (Wix's current member), or None for a visitor."""
    if not wix.auth.logged_in():
        return None
    member = (await wix.request("GET", "/members/v1/members/my"))["member"]
    return str(member["profile"].get("nickname") or member["loginEmail"])


async def login(request: web.Request) -> web.Response:
    """Custom login: email and password checked by Wix, then the session becomes the member's."""
    form = await request.post()
    auth = visitor_client(request).auth
    result = await auth.login(str(form.get("email", "")), str(form.get("password", "")))
    if not result.succeeded or result.session_token is None:
        raise web.HTTPSeeOther(f"/?error={result.error_code or result.state.value}")
    callback = f"{request.url.origin()}/login/callback"
    tokens = await auth.get_member_tokens_for_direct_login(
        result.session_token, redirect_uri=callback
    )
    await log_in(request, tokens)  # server mode: a new session id for the member
    raise web.HTTPSeeOther("/")


async def login_with_wix(request: web.Request) -> web.Response:
    """Wix-managed login: Wix's login page, back to /login/callback with a code."""
    auth = visitor_client(request).auth
    data = auth.generate_oauth_data(f"{request.url.origin()}/login/callback", "/")
    pending = request.app[PENDING_LOGINS]
    pending[data.state] = data  # the verifier stays on the server
    while len(pending) > 1000:
        del pending[next(iter(pending))]
    raise web.HTTPSeeOther(await auth.get_auth_url(data))


async def login_callback(request: web.Request) -> web.Response:
    data = request.app[PENDING_LOGINS].pop(request.query.get("state", ""), None)
    if data is None:
        raise web.HTTPSeeOther("/?error=unknownLogin")
    try:
        tokens = await visitor_client(request).auth.get_member_tokens_from_url(
            str(request.url), data
        )
    except wv.InvalidAuthorizationError:
        raise web.HTTPSeeOther("/?error=loginRefused") from None
    await log_in(request, tokens)
    raise web.HTTPSeeOther(data.original_uri or "/")


async def logout(request: web.Request) -> web.Response:
    """End the member session; Wix's logout page sends the browser back to the shop."""
    raise web.HTTPSeeOther(await log_out(request, f"{request.url.origin()}/"))


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
    app[PENDING_LOGINS] = {}
    app.router.add_get("/", index)
    app.router.add_post("/login", login)
    app.router.add_get("/login/wix", login_with_wix)
    app.router.add_get("/login/callback", login_callback)
    app.router.add_post("/logout", logout)
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


#: Wix-managed logins in progress: state -> OAuth data (its verifier never leaves the server).
PENDING_LOGINS = web.AppKey("pending_logins", dict[str, wv.OAuthData])


def render(
    products: list[dict[str, Any]], cart: dict[str, Any] | None, who: str | None, error: str
) -> str:
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
{account(who, error)}<ul>{cards}</ul></body></html>"""


def account(who: str | None, error: str) -> str:
    if who is not None:
        return f"""<p>Logged in as <span id="who">{html.escape(who)}</span></p>
<form method="post" action="/logout"><button id="logout">Log out</button></form>"""
    problem = f'<p id="login-error">{html.escape(error)}</p>' if error else ""
    return f"""<p><span id="who">Visitor</span> ·
<a id="login-wix" href="/login/wix">Log in with Wix</a></p>{problem}
<form id="login" method="post" action="/login">
<input name="email" type="email" placeholder="email"> <input name="password" type="password"
placeholder="password"> <button id="login-button">Log in</button></form>"""


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
