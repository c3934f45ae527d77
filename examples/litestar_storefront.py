"""A tiny storefront on Litestar whose cart follows the visitor across page loads and restarts.

    python examples/litestar_storefront.py                 # against the embedded Wix emulator
    python examples/litestar_storefront.py --client-id ID  # against your Wix Headless site

The visitor's Wix tokens live in the ``wixSession`` cookie (the JS SDK's format): the
plugin hands every handler the requesting visitor's client as the ``wix`` dependency.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import html
from typing import Annotated, Any

import uvicorn
from litestar import Litestar, MediaType, Request, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, FromPath, FromQuery
from litestar.response import Redirect

import wixvisitor as wv
from wixvisitor.integrations.litestar import (
    Mode,
    VisitorClient,
    VisitorSessionsPlugin,
    log_in,
    log_out,
)

Form = Annotated[dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)]


@get("/", media_type=MediaType.HTML)
async def index(wix: VisitorClient, error: FromQuery[str] = "") -> str:
    products = (await wix.products_v3.search(limit=20))["products"]
    return render(products, await wix.current_cart.get(), await member_name(wix), error)


@post("/cart/{product_id:str}")
async def add_to_cart(wix: VisitorClient, product_id: FromPath[str]) -> Redirect:
    await wix.current_cart.add([wv.line_item(product_id)])
    return Redirect("/", status_code=303)  # post/redirect/get


@post("/login")
async def login(wix: VisitorClient, request: Request[Any, Any, Any], data: Form) -> Redirect:
    """Custom login: Wix checks email and password, then the session becomes the member's."""
    result = await wix.auth.login(data.get("email", ""), data.get("password", ""))
    if not result.succeeded or result.session_token is None:
        return Redirect(f"/?error={result.error_code or result.state.value}", status_code=303)
    callback = str(request.base_url).rstrip("/") + "/login/callback"
    tokens = await wix.auth.get_member_tokens_for_direct_login(
        result.session_token, redirect_uri=callback
    )
    await log_in(request, tokens)  # server mode: a new session id for the member
    return Redirect("/", status_code=303)


@post("/logout")
async def logout(request: Request[Any, Any, Any]) -> Redirect:
    """End the member session; Wix's logout page sends the browser back to the shop."""
    return Redirect(await log_out(request, str(request.base_url)), status_code=303)


def create_app(
    client_id: str, base_url: str = wv.DEFAULT_BASE_URL, *, mode: Mode = "cookie"
) -> Litestar:
    """The shop; ``mode="server"`` keeps the tokens server-side behind a session id instead."""
    # A bounded memory store: it only lets concurrent requests of one visitor share a renewal.
    visitors = wv.Visitors(
        client_id, base_url=base_url, store=wv.stores.MemoryTokenStore(max_size=10_000)
    )
    # secure=False because this demo serves plain http on localhost; keep the default in production.
    plugin = VisitorSessionsPlugin(visitors, mode=mode, settings=wv.CookieSettings(secure=False))
    return Litestar([index, add_to_cart, login, logout], plugins=[plugin])


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
    cards = "".join(
        f"""<li><h2>{html.escape(product["name"])}</h2>
        <form method="post" action="/cart/{html.escape(product["id"])}">
        <button>Add to cart</button></form></li>"""
        for product in products
    )
    if who is not None:
        account = f"""<p>Logged in as <span id="who">{html.escape(who)}</span></p>
<form method="post" action="/logout"><button id="logout">Log out</button></form>"""
    else:
        problem = f'<p id="login-error">{html.escape(error)}</p>' if error else ""
        account = f"""<p><span id="who">Visitor</span></p>{problem}
<form id="login" method="post" action="/login"><input name="email" type="email">
<input name="password" type="password"> <button id="login-button">Log in</button></form>"""
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Storefront</title>
</head><body><h1>Storefront</h1><p>Cart: <span id="cart">{count}</span> items</p>
{account}<ul>{cards}</ul></body></html>"""


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
