"""A tiny storefront on FastAPI whose cart follows the visitor across page loads and restarts.

    python examples/fastapi_storefront.py                 # against the embedded Wix emulator
    python examples/fastapi_storefront.py --client-id ID  # against your Wix Headless site

The visitor's Wix tokens live in the ``wixSession`` cookie (the JS SDK's format): the
middleware hands every route the requesting visitor's client as ``VisitorClient``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import html
from typing import Annotated, Any
from urllib.parse import parse_qs

import uvicorn
from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

import wixvisitor as wv
from wixvisitor.integrations.fastapi import (
    Mode,
    VisitorClient,
    VisitorSessionMiddleware,
    lifespan,
    log_in,
    log_out,
)


def create_app(
    client_id: str, base_url: str = wv.DEFAULT_BASE_URL, *, mode: Mode = "cookie"
) -> FastAPI:
    """The shop; ``mode="server"`` keeps the tokens server-side behind a session id instead."""
    # A bounded memory store: it only lets concurrent requests of one visitor share a renewal.
    visitors = wv.Visitors(
        client_id, base_url=base_url, store=wv.stores.MemoryTokenStore(max_size=10_000)
    )
    app = FastAPI(lifespan=lifespan(visitors))
    # secure=False because this demo serves plain http on localhost; keep the default in production.
    settings = wv.CookieSettings(secure=False)
    app.add_middleware(VisitorSessionMiddleware, visitors=visitors, mode=mode, settings=settings)

    #: Wix-managed logins in progress: state -> OAuth data (the verifier stays on the server).
    pending_logins: dict[str, wv.OAuthData] = {}

    @app.get("/", response_class=HTMLResponse)
    async def index(wix: VisitorClient, error: str = "") -> str:
        products = (await wix.products_v3.search(limit=20))["products"]
        return render(products, await wix.current_cart.get(), await member_name(wix), error)

    @app.post("/login")
    async def login(wix: VisitorClient, request: Request) -> RedirectResponse:
        """Custom login: Wix checks email and password, then the session becomes the member's."""
        form = parse_qs((await request.body()).decode())
        email, password = form.get("email", [""])[0], form.get("password", [""])[0]
        result = await wix.auth.login(email, password)
        if not result.succeeded or result.session_token is None:
            return RedirectResponse(f"/?error={result.error_code or result.state.value}", 303)
        callback = str(request.base_url) + "login/callback"
        tokens = await wix.auth.get_member_tokens_for_direct_login(
            result.session_token, redirect_uri=callback
        )
        await log_in(request, tokens)  # server mode: a new session id for the member
        return RedirectResponse("/", status_code=303)

    @app.get("/login/wix")
    async def login_with_wix(wix: VisitorClient, request: Request) -> RedirectResponse:
        """Wix-managed login: Wix's login page, back to /login/callback with a code."""
        data = wix.auth.generate_oauth_data(str(request.base_url) + "login/callback", "/")
        pending_logins[data.state] = data
        while len(pending_logins) > 1000:
            del pending_logins[next(iter(pending_logins))]
        return RedirectResponse(await wix.auth.get_auth_url(data), status_code=303)

    @app.get("/login/callback")
    async def login_callback(
        wix: VisitorClient, request: Request, state: str = ""
    ) -> RedirectResponse:
        data = pending_logins.pop(state, None)
        if data is None:
            return RedirectResponse("/?error=unknownLogin", status_code=303)
        try:
            tokens = await wix.auth.get_member_tokens_from_url(str(request.url), data)
        except wv.InvalidAuthorizationError:
            return RedirectResponse("/?error=loginRefused", status_code=303)
        await log_in(request, tokens)
        return RedirectResponse(data.original_uri or "/", status_code=303)

    @app.post("/logout")
    async def logout(request: Request) -> RedirectResponse:
        """End the member session; Wix's logout page sends the browser back to the shop."""
        return RedirectResponse(await log_out(request, str(request.base_url)), status_code=303)

    @app.post("/cart/{product_id}")
    async def add_to_cart(wix: VisitorClient, product_id: str) -> RedirectResponse:
        await wix.current_cart.add([wv.line_item(product_id)])
        return RedirectResponse("/", status_code=303)  # post/redirect/get

    @app.post("/checkout")
    async def checkout(wix: VisitorClient, request: Request) -> RedirectResponse:
        """Send the browser to Wix's hosted checkout; it comes back to /thank-you?orderId=..."""
        origin = str(request.base_url).rstrip("/")
        try:
            url = await wix.current_cart.checkout_url(
                thank_you_page_url=f"{origin}/thank-you", post_flow_url=f"{origin}/"
            )
        except wv.WixApiError as exc:
            if exc.code != "EMPTY_CHECKOUT":
                raise
            url = "/"  # nothing to check out
        return RedirectResponse(url, status_code=303)

    @app.get("/thank-you", response_class=HTMLResponse)
    async def thank_you(order_id: Annotated[str, Query(alias="orderId")] = "") -> str:
        return render_thanks(order_id)

    return app


async def member_name(wix: wv.WixClient) -> str | None:
    """The logged-in member's nickname (Wix's current member), or None for a visitor."""
    if not wix.auth.logged_in():
        return None
    member = (await wix.request("GET", "/members/v1/members/my"))["member"]
    return str(member["profile"].get("nickname") or member["loginEmail"])


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
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    async with contextlib.AsyncExitStack() as stack:
        if args.client_id:
            client_id, base_url = args.client_id, wv.DEFAULT_BASE_URL
        else:
            emulator = await stack.enter_async_context(wv.emulator.Emulator())
            client_id, base_url = "storefront-demo", emulator.base_url
        app = create_app(client_id, base_url)
        server = uvicorn.Server(uvicorn.Config(app, host=args.host, port=args.port))
        url = f"http://{args.host}:{args.port}/"
        print(f"Storefront on {url} (Wix at {base_url}); Ctrl-C stops it", flush=True)
        await server.serve()  # returns on Ctrl-C, after a graceful shutdown


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn re-raises Ctrl-C once it has stopped
        asyncio.run(main())
