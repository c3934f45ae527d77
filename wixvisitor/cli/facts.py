"""What the command says about itself: the demo's steps and what the emulator serves.

The help texts are built from these, and a test checks that README.md says the same,
so neither goes stale when a step or an emulated API is added.
"""

from __future__ import annotations

__all__ = ["DEMO_STEPS", "EMULATOR_SERVES"]

#: The demo's steps, in order, as README.md lists them.
DEMO_STEPS: tuple[str, ...] = (
    "a new visitor gets tokens (1 anonymous call) and adds two products to the cart",
    "the tokens are saved to a JSON file; a new client resumes from it with 0 token calls and "
    "sees the same cart",
    "five hours pass (emulator clock) and 500 concurrent requests share one renewal",
    "the same session is resumed through Redis from two processes (skipped, saying why, when "
    "no Redis is reachable)",
    "the refresh token is revoked: the next call starts a fresh visitor and the reset is reported",
    "that visitor buys two items: the cart becomes a checkout, Wix's hosted checkout page "
    "(the emulator's) places the order, and the cart is emptied; then reserves two event "
    "tickets and pays on the hosted events checkout — 0 token calls",
)

#: The Wix APIs the emulator serves, as README.md's emulator section names them.
EMULATOR_SERVES: tuple[str, ...] = (
    "OAuth tokens",
    "the current cart and carts by id",
    "eCom Cart V2",
    "checkout",
    "redirect sessions",
    "members",
    "Catalog V1 or Catalog V3 products",
    "store categories",
    "Wix Bookings",
    "Wix Events",
)


def numbered(lines: tuple[str, ...]) -> str:
    """``lines`` as a numbered list, one per line (for an argparse epilog)."""
    return "\n".join(f"  {number}. {line}" for number, line in enumerate(lines, 1))
