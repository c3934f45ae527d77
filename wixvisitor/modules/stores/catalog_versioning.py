# File generated from @wix/auto_sdk_stores_catalog-versioning 1.0.81
# by `make apigen` (tools/apigen). Do not edit.
"""The ``catalogVersioning`` module of ``@wix/stores`` (1 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import catalog_versioning as _types

_GET_CATALOG_VERSION = Route(
    "GET",
    "/stores/v3/provision/version",
    "wix.stores.catalog.provision.v1.StoresProvisionService.GetCatalogVersion",
)


class CatalogVersioning(Module):
    """``catalogVersioning`` of ``@wix/stores``: ``stores.catalog_versioning.bind(wix)``."""

    __slots__ = ()

    async def get_catalog_version(self) -> _types.GetCatalogVersionResponse:
        """Get catalog version: ``GET /stores/v3/provision/version``.

        Permissions: ``WIX_STORES.CATALOG_VERSION_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetCatalogVersionResponse", await call(self._requester, _GET_CATALOG_VERSION)
        )


def bind(client: Requester) -> CatalogVersioning:
    """The ``catalogVersioning`` module for ``client``'s visitor."""
    return CatalogVersioning(client)
