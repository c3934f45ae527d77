# File generated from @wix/auto_sdk_ecom_delivery-solutions 1.0.65
# by `make apigen` (tools/apigen). Do not edit.
"""The ``deliverySolutions`` module of ``@wix/ecom`` (1 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import delivery_solutions as _types

_GET_DELIVERY_SOLUTIONS = Route(
    "POST",
    "/_api/delivery-rates/v1/get-delivery-solutions",
    "wix.ecom.deliveryprofile.v1.DeliveryRates.GetDeliverySolutions",
)


class DeliverySolutions(Module):
    """``deliverySolutions`` of ``@wix/ecom``: ``ecom.delivery_solutions.bind(wix)``."""

    __slots__ = ()

    async def get_delivery_solutions(
        self,
        line_items: Sequence[Mapping[str, Any]],
        options: _types.GetDeliverySolutionsOptions | None = None,
    ) -> _types.GetDeliverySolutionsResponse:
        """Get delivery solutions: ``POST /_api/delivery-rates/v1/get-delivery-solutions``.

        Permissions: ``ECOM.DELIVERY_SOLUTION_READ``.
        Callable by: ``APP``.
        Application errors: ``MISSING_CURRENCY_IN_THE_REQUEST_HEADERS``,
        ``MISSING_DEFAULT_DELIVERY_PROFILE``, ``NO_DELIVERY_REGION_FOUND``,
        ``REQUIRED_COUNTRY``.
        """
        return cast(
            "_types.GetDeliverySolutionsResponse",
            await call(
                self._requester,
                _GET_DELIVERY_SOLUTIONS,
                {
                    "lineItems": line_items,
                    **_fields.pick(
                        options,
                        "destination",
                        "origin",
                        "currency",
                        "contactDetails",
                        "weightUnit",
                        "userPreferences",
                        "purchaseFlowId",
                        "externalReferences",
                        "extendedFields",
                    ),
                },
            ),
        )


def bind(client: Requester) -> DeliverySolutions:
    """The ``deliverySolutions`` module for ``client``'s visitor."""
    return DeliverySolutions(client)
