# File generated from @wix/auto_sdk_ecom_tax-calculation 1.0.57
# by `make apigen` (tools/apigen). Do not edit.
"""The ``taxCalculation`` module of ``@wix/ecom`` (2 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_CALCULATE_TAX = Route(
    "POST", "/billing/v1/calculate-tax", "wix.billing.v1.TaxCalculation.CalculateTax"
)
_LIST_TAX_CALCULATORS = Route(
    "GET", "/billing/v1/list-tax-calculators", "wix.billing.v1.TaxCalculation.ListTaxCalculators"
)


class TaxCalculation(Module):
    """``taxCalculation`` of ``@wix/ecom``: ``tax_calculation = ecom.tax_calculation.bind(wix)``."""

    __slots__ = ()

    async def calculate_tax(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Calculate tax: ``POST /billing/v1/calculate-tax``."""
        return await call(
            self._requester,
            _CALCULATE_TAX,
            {
                **_fields.pick(
                    options,
                    "externalId",
                    "currency",
                    "addresses",
                    "lineItems",
                    "contactId",
                    "taxExemptGroupId",
                    "exemptDetails",
                )
            },
        )

    async def list_tax_calculators(self) -> dict[str, Any]:
        """List tax calculators: ``GET /billing/v1/list-tax-calculators``."""
        return await call(self._requester, _LIST_TAX_CALCULATORS)


def bind(client: Requester) -> TaxCalculation:
    """The ``taxCalculation`` module for ``client``'s visitor."""
    return TaxCalculation(client)
