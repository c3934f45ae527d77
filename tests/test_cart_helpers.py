"""current_cart.update_quantity and remove, against the emulator."""

from __future__ import annotations

import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator


async def _cart_with_two_lines(wix: wv.WixClient) -> list[dict[str, object]]:
    products = (await wix.products_v3.search(limit=2))["products"]
    cart = await wix.current_cart.add([wv.line_item(p["id"]) for p in products])
    lines: list[dict[str, object]] = cart["lineItems"]
    return lines


async def test_update_quantity_sets_the_quantities(emu: Emulator, client_id: str) -> None:
    """update_quantity({id: n}) sets that line's quantity and leaves the others."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        first, second = await _cart_with_two_lines(wix)
        cart = await wix.current_cart.update_quantity({str(first["id"]): 5})
    assert [line["quantity"] for line in cart["lineItems"]] == [5, 1]
    assert cart["lineItems"][1]["id"] == second["id"]


async def test_quantity_zero_removes_the_line(emu: Emulator, client_id: str) -> None:
    """The emulator's documented choice: quantity 0 removes the line."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        first, second = await _cart_with_two_lines(wix)
        cart = await wix.current_cart.update_quantity({str(first["id"]): 0})
    assert [line["id"] for line in cart["lineItems"]] == [second["id"]]


async def test_remove_takes_one_id_or_several(emu: Emulator, client_id: str) -> None:
    """remove(id) removes one line, remove([ids]) several; the cart stays, empty."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        first, second = await _cart_with_two_lines(wix)
        cart = await wix.current_cart.remove(str(first["id"]))
        assert [line["id"] for line in cart["lineItems"]] == [second["id"]]
        cart = await wix.current_cart.remove([str(second["id"]), "not-a-line"])
        assert cart["lineItems"] == []
        assert (await wix.current_cart.get()) is not None


async def test_an_unknown_line_id_is_a_typed_error(emu: Emulator, client_id: str) -> None:
    """Updating a line the cart does not have is a WixApiError naming the field."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        await _cart_with_two_lines(wix)
        with pytest.raises(wv.WixApiError) as caught:
            await wix.current_cart.update_quantity({"not-a-line": 2})
    assert caught.value.status == 400
    assert "lineItems[0].id" in str(caught.value)


async def test_no_cart_yet_is_owned_cart_not_found(emu: Emulator, client_id: str) -> None:
    """Before anything is added, update and remove answer 404 OWNED_CART_NOT_FOUND."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        for call in (
            wix.current_cart.update_quantity({"x": 1}),
            wix.current_cart.remove("x"),
        ):
            with pytest.raises(wv.WixApiError) as caught:
                await call
            assert (caught.value.status, caught.value.code) == (404, "OWNED_CART_NOT_FOUND")


async def test_empty_arguments_are_refused_before_any_call(emu: Emulator, client_id: str) -> None:
    """No ids, no call: a ValueError."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        with pytest.raises(ValueError, match="at least one"):
            await wix.current_cart.update_quantity({})
        with pytest.raises(ValueError, match="at least one"):
            await wix.current_cart.remove([])
    assert emu.stats.api_calls == 0
