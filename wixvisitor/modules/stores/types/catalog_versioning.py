# File generated from @wix/auto_sdk_stores_catalog-versioning 1.0.81
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.catalog_versioning``.

From ``@wix/auto_sdk_stores_catalog-versioning``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.catalog_versioning import <Type>
"""

from __future__ import annotations

from typing import Literal, TypeAlias, TypedDict

Version: TypeAlias = Literal["V1_CATALOG", "V3_CATALOG", "STORES_NOT_INSTALLED"]


class GetCatalogVersionRequest(TypedDict, total=False):
    pass


class GetCatalogVersionResponse(TypedDict, total=False):
    catalogVersion: Version
