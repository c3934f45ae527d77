"""Wix's money and date shapes: decimal strings, formatted amounts, ISO dates."""

from __future__ import annotations

import datetime
from decimal import Decimal

#: The emulated site's currency.
CURRENCY = "USD"


def amount_text(value: Decimal) -> str:
    """A decimal as Wix writes amounts: ``"25"``, ``"18.5"``, never ``"1E+1"``."""
    text = format(value.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")


def money(value: Decimal) -> dict[str, str]:
    """A Wix money object in the site currency (no conversion, so both agree)."""
    formatted = f"${value:,.2f}"
    return {
        "amount": amount_text(value),
        "convertedAmount": amount_text(value),
        "formattedAmount": formatted,
        "formattedConvertedAmount": formatted,
    }


def iso_date(epoch_seconds: float) -> str:
    """Epoch seconds as Wix writes dates: ``2024-01-01T00:00:00.000Z``."""
    moment = datetime.datetime.fromtimestamp(epoch_seconds, tz=datetime.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
