# File generated from @wix/auto_sdk_ecom_checkout-templates 1.0.155
# by `make apigen` (tools/apigen). Do not edit.
"""The ``checkoutTemplates`` module of ``@wix/ecom`` (7 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import checkout_templates as _types

_CREATE_AND_REDIRECT_TO_CHECKOUT = Route(
    "GET",
    "/ecom/v1/checkout-templates/{checkoutTemplateId}/create-and-redirect-to-checkout",
    "wix.ecom.checkout_template.api.v1.CheckoutTemplateService.CreateAndRedirectToCheckout",
    path_params=("checkoutTemplateId",),
)
_CREATE_CHECKOUT_FROM_TEMPLATE = Route(
    "POST",
    "/ecom/v1/checkout-templates/{checkoutTemplateId}/create-checkout-from-template",
    "wix.ecom.checkout_template.api.v1.CheckoutTemplateService.CreateCheckoutFromTemplate",
    path_params=("checkoutTemplateId",),
)
_CREATE_CHECKOUT_TEMPLATE = Route(
    "POST",
    "/ecom/v1/checkout-templates",
    "wix.ecom.checkout_template.api.v1.CheckoutTemplateService.CreateCheckoutTemplate",
)
_DELETE_CHECKOUT_TEMPLATE = Route(
    "DELETE",
    "/ecom/v1/checkout-templates/{checkoutTemplateId}",
    "wix.ecom.checkout_template.api.v1.CheckoutTemplateService.DeleteCheckoutTemplate",
    path_params=("checkoutTemplateId",),
)
_GET_CHECKOUT_TEMPLATE = Route(
    "GET",
    "/ecom/v1/checkout-templates/{checkoutTemplateId}",
    "wix.ecom.checkout_template.api.v1.CheckoutTemplateService.GetCheckoutTemplate",
    path_params=("checkoutTemplateId",),
)
_QUERY_CHECKOUT_TEMPLATES = Query(
    Route(
        "POST",
        "/ecom/v1/checkout-templates/query",
        "wix.ecom.checkout_template.api.v1.CheckoutTemplateService.QueryCheckoutTemplates",
    ),
    items="checkoutTemplates",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_CHECKOUT_TEMPLATE = Route(
    "PATCH",
    "/ecom/v1/checkout-templates/{checkoutTemplate.id}",
    "wix.ecom.checkout_template.api.v1.CheckoutTemplateService.UpdateCheckoutTemplate",
    path_params=("checkoutTemplate.id",),
)


class CheckoutTemplates(Module):
    """``checkoutTemplates`` of ``@wix/ecom``: ``ecom.checkout_templates.bind(wix)``."""

    __slots__ = ()

    async def create_and_redirect_to_checkout(
        self, checkout_template_id: str, site_id: str
    ) -> _types.RawHttpResponse:
        """Create and redirect to checkout: ``GET``.

        ``/ecom/v1/checkout-templates/{checkoutTemplateId}/create-and-redirect-to-checkout``

        Application errors: ``CANNOT_CREATE_CHECKOUT_FROM_INACTIVE_TEMPLATE``.
        """
        return cast(
            "_types.RawHttpResponse",
            await call(
                self._requester,
                _CREATE_AND_REDIRECT_TO_CHECKOUT,
                {"checkoutTemplateId": checkout_template_id, "siteId": site_id},
            ),
        )

    async def create_checkout_from_template(
        self, checkout_template_id: str, site_id: str
    ) -> _types.CreateCheckoutFromTemplateResponse:
        """Create checkout from template: ``POST``.

        ``/ecom/v1/checkout-templates/{checkoutTemplateId}/create-checkout-from-template``

        Permissions: ``ECOM.CHECKOUT_TEMPLATE_CREATE_CHECKOUT``.
        Callable by: ``APP``.
        Application errors: ``CANNOT_CREATE_CHECKOUT_FROM_INACTIVE_TEMPLATE``,
        ``ITEM_NOT_FOUND_IN_CATALOG``, ``INSUFFICIENT_INVENTORY``.
        """
        return cast(
            "_types.CreateCheckoutFromTemplateResponse",
            await call(
                self._requester,
                _CREATE_CHECKOUT_FROM_TEMPLATE,
                {"checkoutTemplateId": checkout_template_id, "siteId": site_id},
            ),
        )

    async def create_checkout_template(
        self, checkout_template: _types.CheckoutTemplate
    ) -> _types.CreateCheckoutTemplateResponse:
        """Create checkout template: ``POST /ecom/v1/checkout-templates``.

        Permissions: ``ECOM.CHECKOUT_TEMPLATE_CREATE``.
        Callable by: ``APP``.
        Application errors: ``CANNOT_CREATE_CHECKOUT_TEMPLATE_WITHOUT_ITEMS``.
        """
        return cast(
            "_types.CreateCheckoutTemplateResponse",
            await call(
                self._requester, _CREATE_CHECKOUT_TEMPLATE, {"checkoutTemplate": checkout_template}
            ),
        )

    async def delete_checkout_template(
        self, checkout_template_id: str
    ) -> _types.DeleteCheckoutTemplateResponse:
        """Delete checkout template: ``DELETE /ecom/v1/checkout-templates/{checkoutTemplateId}``.

        Permissions: ``ECOM.CHECKOUT_TEMPLATE_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteCheckoutTemplateResponse",
            await call(
                self._requester,
                _DELETE_CHECKOUT_TEMPLATE,
                {"checkoutTemplateId": checkout_template_id},
            ),
        )

    async def get_checkout_template(
        self, checkout_template_id: str
    ) -> _types.GetCheckoutTemplateResponse:
        """Get checkout template: ``GET /ecom/v1/checkout-templates/{checkoutTemplateId}``.

        Permissions: ``ECOM.CHECKOUT_TEMPLATE_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetCheckoutTemplateResponse",
            await call(
                self._requester,
                _GET_CHECKOUT_TEMPLATE,
                {"checkoutTemplateId": checkout_template_id},
            ),
        )

    def query_checkout_templates(self) -> QueryBuilder[_types.CheckoutTemplate]:
        """Query checkout templates: ``POST /ecom/v1/checkout-templates/query``.

        Permissions: ``ECOM.CHECKOUT_TEMPLATE_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_CHECKOUT_TEMPLATES)

    async def update_checkout_template(
        self, id: str, checkout_template: _types.CheckoutTemplate
    ) -> _types.UpdateCheckoutTemplateResponse:
        """Update checkout template: ``PATCH /ecom/v1/checkout-templates/{checkoutTemplate.id}``.

        Permissions: ``ECOM.CHECKOUT_TEMPLATE_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``CANNOT_UPDATE_CHECKOUT_TEMPLATE_WITHOUT_SPECIFIED_FIELDS``,
        ``CANNOT_UPDATE_CHECKOUT_TEMPLATE_WITH_UNSUPPORTED_FIELD``,
        ``CANNOT_UPDATE_CHECKOUT_UPDATE_TEMPLATE_WITH_UNKNOWN_STATUS``,
        ``CANNOT_UPDATE_CHECKOUT_TEMPLATE_WITH_EMPTY_ITEMS``.
        """
        return cast(
            "_types.UpdateCheckoutTemplateResponse",
            await call(
                self._requester,
                _UPDATE_CHECKOUT_TEMPLATE,
                {"checkoutTemplate": {**checkout_template, "id": id}},
            ),
        )


def bind(client: Requester) -> CheckoutTemplates:
    """The ``checkoutTemplates`` module for ``client``'s visitor."""
    return CheckoutTemplates(client)
