"""The shop's async views: each gets the requesting visitor's client from wixvisitor."""

from __future__ import annotations

import html
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.views.decorators.http import require_POST

import wixvisitor as wv
from wixvisitor.integrations.django import log_in, log_out, visitor


async def index(request: HttpRequest) -> HttpResponse:
    wix = await visitor(request)  # the session read: logged_in() is right at once
    products = (await wix.products_v3.search(limit=20))["products"]
    cart = await wix.current_cart.get()
    return HttpResponse(render(products, cart, await member_name(wix), request.GET.get("error")))


@require_POST
async def add_to_cart(request: HttpRequest, product_id: str) -> HttpResponse:
    wix = await visitor(request)
    await wix.current_cart.add([wv.line_item(product_id)])
    return HttpResponseRedirect("/", status=303)  # post/redirect/get


@require_POST
async def login(request: HttpRequest) -> HttpResponse:
    """Custom login: Wix checks email and password, then the session becomes the member's."""
    wix = await visitor(request)
    result = await wix.auth.login(request.POST.get("email", ""), request.POST.get("password", ""))
    if not result.succeeded or result.session_token is None:
        return HttpResponseRedirect(
            f"/?error={result.error_code or result.state.value}", status=303
        )
    callback = request.build_absolute_uri("/login/callback")
    tokens = await wix.auth.get_member_tokens_for_direct_login(
        result.session_token, redirect_uri=callback
    )
    await log_in(request, tokens)  # server mode: a new session id for the member
    return HttpResponseRedirect("/", status=303)


@require_POST
async def logout(request: HttpRequest) -> HttpResponse:
    """End the member session; Wix's logout page sends the browser back to the shop."""
    return HttpResponseRedirect(await log_out(request, request.build_absolute_uri("/")), status=303)


async def member_name(wix: wv.WixClient) -> str | None:
    """The logged-in member's nickname (Wix's current member), or None for a visitor."""
    if not wix.auth.logged_in():
        return None
    member = (await wix.request("GET", "/members/v1/members/my"))["member"]
    return str(member["profile"].get("nickname") or member["loginEmail"])


def render(
    products: list[dict[str, Any]], cart: dict[str, Any] | None, who: str | None, error: str | None
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
