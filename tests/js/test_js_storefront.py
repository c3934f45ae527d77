"""The rest of a storefront through the official JS SDK: product pages, totals, coming back later."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

import wixvisitor as wv
from wixvisitor.emulator import PRODUCTS, Emulator

if TYPE_CHECKING:
    from js_sdk_support import JsRunner

#: The fixtures `node` and `storefront_js` (a conftest.py here would shadow the suite's).
pytest_plugins = ["js_sdk_support"]

FIVE_HOURS = 5 * 3600  # past the 4-hour access token


async def _python_cart(emu: Emulator, client_id: str) -> tuple[wv.Tokens, list[tuple[str, int]]]:
    """A Python visitor with two products in the cart: their tokens and cart lines."""
    async with wv.create_client(client_id, base_url=emu.base_url, clock=emu.now) as wix:
        cart = await wix.current_cart.add(
            [wv.line_item(PRODUCTS[0].id, 2), wv.line_item(PRODUCTS[1].id)]
        )
        tokens = wix.auth.get_tokens()
    assert tokens is not None
    return tokens, _lines(cart["lineItems"])


def _lines(items: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [
        (item.get("product") or item["catalogReference"]["catalogItemId"], item["quantity"])
        for item in items
    ]


async def test_product_pages_listings_and_counts(storefront_js: JsRunner) -> None:
    """getProductBySlug, countProducts, a filtered sorted paged queryProducts, searchProducts."""
    answer = await storefront_js("catalog", slug="denim-jacket", expression="shirt")
    assert answer["ok"], answer
    jacket = next(p for p in PRODUCTS if p.slug == "denim-jacket")
    assert answer["product"] == {"id": jacket.id, "name": jacket.name, "url": jacket.url}
    assert answer["missing"] == "PRODUCT_NOT_FOUND"
    assert (answer["counted"], answer["all"]) == (2, len(PRODUCTS))
    over_40 = sorted((p for p in PRODUCTS if p.price > 40), key=lambda p: -p.price)
    assert answer["pricey"] + answer["next"] == [p.name for p in over_40][:4]  # two pages of 2
    assert answer["filtered"] == sorted((p.name for p in PRODUCTS), reverse=True)[:3]
    by_slug = [r for r in answer["sent"] if r["path"] == "/stores/v3/products/slug/denim-jacket"]
    assert [(r["method"], r["query"]) for r in by_slug] == [
        ("GET", "?slug=denim-jacket&fields=URL")
    ]
    assert all(r["status"] in (200, 404) for r in answer["sent"])


async def test_cart_totals_then_delete_the_cart(
    storefront_js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """estimateCurrentCartTotals adds the lines up; deleteCurrentCart leaves no cart behind."""
    answer = await storefront_js("totals", productIds=[PRODUCTS[0].id, PRODUCTS[2].id])
    assert answer["ok"], answer
    expected = PRODUCTS[0].price + 2 * PRODUCTS[2].price
    assert Decimal(answer["subtotal"]) == Decimal(answer["total"]) == expected
    assert answer["calculated"] == 2
    assert answer["afterDelete"] == "OWNED_CART_NOT_FOUND"
    deletes = [r for r in answer["sent"] if r["method"] == "DELETE"]
    assert [(r["path"], r["status"]) for r in deletes] == [("/ecom/v1/carts/current", 200)]


async def test_a_visitor_back_five_hours_later_keeps_the_cart(
    storefront_js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """Both clocks move 5 h: the SDK renews by itself, keeps the refresh token, sees the cart."""
    tokens, lines = await _python_cart(emu, client_id)
    emu.advance(FIVE_HOURS)
    emu.stats.reset()
    answer = await storefront_js("resume", tokens=tokens.to_dict(), clockOffset=FIVE_HOURS)
    assert answer["ok"], answer
    assert _lines(answer["cart"]) == lines
    renewed = wv.Tokens.from_json(answer["tokens"])
    assert renewed.refresh_token == tokens.refresh_token
    assert renewed.access_token.value != tokens.access_token.value
    assert renewed.access_token.expires_at > emu.now()
    assert (emu.stats.refresh, emu.stats.anonymous, emu.stats.unauthorized) == (1, 0, 0)


async def test_a_dead_refresh_token_the_js_sdk_loses_the_cart(
    storefront_js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """Revoked refresh token, 5 h later: the SDK silently becomes a new visitor with no cart."""
    tokens, _ = await _python_cart(emu, client_id)
    emu.revoke(tokens.refresh_token.value)
    emu.advance(FIVE_HOURS)
    emu.stats.reset()
    answer = await storefront_js("resume", tokens=tokens.to_dict(), clockOffset=FIVE_HOURS)
    assert answer["ok"], answer
    assert answer["failed"] == "OWNED_CART_NOT_FOUND"
    assert answer["tokens"]["refreshToken"]["value"] != tokens.refresh_token.value
    # One refused renewal, then a brand-new anonymous visitor; no error reaches the page.
    assert (emu.stats.refresh, emu.stats.anonymous) == (1, 1)
