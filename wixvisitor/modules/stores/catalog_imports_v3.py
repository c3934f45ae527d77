# File generated from @wix/auto_sdk_stores_catalog-imports-v-3 1.0.90
# by `make apigen` (tools/apigen). Do not edit.
"""The ``catalogImportsV3`` module of ``@wix/stores`` (3 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import catalog_imports_v3 as _types

_ADD_PRODUCTS_TO_IMPORT = Route(
    "POST",
    "/stores/v3/catalog-imports/{catalogImportId}/add-products",
    "wix.stores.catalog.catalog_import.v3.CatalogImports.AddProductsToImport",
    path_params=("catalogImportId",),
)
_CREATE_CATALOG_IMPORT = Route(
    "POST",
    "/stores/v3/catalog-imports",
    "wix.stores.catalog.catalog_import.v3.CatalogImports.CreateCatalogImport",
)
_SUBMIT_CATALOG_IMPORT = Route(
    "POST",
    "/stores/v3/catalog-imports/{catalogImportId}/submit",
    "wix.stores.catalog.catalog_import.v3.CatalogImports.SubmitCatalogImport",
    path_params=("catalogImportId",),
)


class CatalogImportsV3(Module):
    """``catalogImportsV3`` of ``@wix/stores``: ``stores.catalog_imports_v3.bind(wix)``."""

    __slots__ = ()

    async def add_products_to_import(
        self, catalog_import_id: str, products: Sequence[Mapping[str, Any]]
    ) -> _types.AddProductsToImportResponse:
        """Add products to import: ``POST``.

        ``/stores/v3/catalog-imports/{catalogImportId}/add-products``

        Permissions: ``stores:catalog:v3:catalog_import:add_products_to_import``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.AddProductsToImportResponse",
            await call(
                self._requester,
                _ADD_PRODUCTS_TO_IMPORT,
                {"catalogImportId": catalog_import_id, "products": products},
            ),
        )

    async def create_catalog_import(
        self, catalog_import: _types.CatalogImport
    ) -> _types.CreateCatalogImportResponse:
        """Create catalog import: ``POST /stores/v3/catalog-imports``.

        Permissions: ``stores:catalog:v3:catalog_import:create_catalog_import``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateCatalogImportResponse",
            await call(self._requester, _CREATE_CATALOG_IMPORT, {"catalogImport": catalog_import}),
        )

    async def submit_catalog_import(
        self, catalog_import_id: str
    ) -> _types.SubmitCatalogImportResponse:
        """Submit catalog import: ``POST /stores/v3/catalog-imports/{catalogImportId}/submit``.

        Permissions: ``stores:catalog:v3:catalog_import:submit_catalog_import``.
        Callable by: ``APP``.
        Application errors: ``CATALOG_IMPORT_ALREADY_SUBMITTED``.
        """
        return cast(
            "_types.SubmitCatalogImportResponse",
            await call(
                self._requester, _SUBMIT_CATALOG_IMPORT, {"catalogImportId": catalog_import_id}
            ),
        )


def bind(client: Requester) -> CatalogImportsV3:
    """The ``catalogImportsV3`` module for ``client``'s visitor."""
    return CatalogImportsV3(client)
