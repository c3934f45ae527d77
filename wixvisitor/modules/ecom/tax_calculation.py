# File generated from @wix/auto_sdk_ecom_tax-calculation 1.0.57
# by `make apigen` (tools/apigen). Do not edit.
"""The ``taxCalculation`` module of ``@wix/ecom`` (2 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import tax_calculation as _types

_CALCULATE_TAX = Route(
    "POST", "/billing/v1/calculate-tax", "wix.billing.v1.TaxCalculation.CalculateTax"
)
_LIST_TAX_CALCULATORS = Route(
    "GET", "/billing/v1/list-tax-calculators", "wix.billing.v1.TaxCalculation.ListTaxCalculators"
)


class TaxCalculation(Module):
    """``taxCalculation`` of ``@wix/ecom``: ``tax_calculation = ecom.tax_calculation.bind(wix)``."""

    __slots__ = ()

    async def calculate_tax(
        self, options: Mapping[str, Any] | None = None
    ) -> _types.CalculateTaxResponse:
        """Calculate tax: ``POST /billing/v1/calculate-tax``.

        Permissions: ``BILLING.CALCULATE_TAX``.
        Callable by: ``APP``.
        Application errors: ``INVALID_LINE_ITEM_ADDRESS_INDEX``, ``MISSING_TAXABLE_ADDRESS``,
        ``MISSING_COUNTRY_IN_ADDRESS``, ``MISSING_SUBDIVISION_IN_ADDRESS``.
        """
        return cast(
            "_types.CalculateTaxResponse",
            await call(
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
            ),
        )

    async def list_tax_calculators(self) -> _types.ListTaxCalculatorsResponse:
        """List tax calculators: ``GET /billing/v1/list-tax-calculators``.

        Permissions: ``BILLING.TAX_CALCULATORS_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListTaxCalculatorsResponse", await call(self._requester, _LIST_TAX_CALCULATORS)
        )


def bind(client: Requester) -> TaxCalculation:
    """The ``taxCalculation`` module for ``client``'s visitor."""
    return TaxCalculation(client)
