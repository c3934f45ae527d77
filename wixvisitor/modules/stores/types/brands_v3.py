# File generated from @wix/auto_sdk_stores_brands-v-3 1.0.85
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.brands_v3``.

From ``@wix/auto_sdk_stores_brands-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.brands_v3 import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ItemMetadata as ItemMetadata
from ._shared import RequestedFields as RequestedFields
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder


class Brand(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str
    assignedProductsCount: int | None


class BulkBrandsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: Brand


class BulkCreateBrandsOptions(TypedDict, total=False):
    """What ``bulkCreateBrands`` reads from ``options``."""

    returnEntity: bool


class BulkCreateBrandsRequest(TypedDict, total=False):
    brands: Required[list[Brand]]
    returnEntity: bool


class BulkCreateBrandsResponse(TypedDict, total=False):
    results: list[BulkBrandsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteBrandsRequest(TypedDict, total=False):
    brandIds: Required[list[str]]


class BulkDeleteBrandsResponse(TypedDict, total=False):
    results: list[BulkDeleteBrandsResponseBulkBrandsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteBrandsResponseBulkBrandsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkGetOrCreateBrandsOptions(TypedDict, total=False):
    """What ``bulkGetOrCreateBrands`` reads from ``options``."""

    fields: list[RequestedFields]


class BulkGetOrCreateBrandsRequest(TypedDict, total=False):
    brandNames: Required[list[str]]
    fields: list[RequestedFields]


class BulkGetOrCreateBrandsResponse(TypedDict, total=False):
    results: list[BulkBrandsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateBrandsOptions(TypedDict, total=False):
    """What ``bulkUpdateBrands`` reads from ``options``."""

    returnEntity: bool
    fields: list[RequestedFields]


class BulkUpdateBrandsRequest(TypedDict, total=False):
    brands: Required[list[MaskedBrand]]
    returnEntity: bool
    fields: list[RequestedFields]


class BulkUpdateBrandsResponse(TypedDict, total=False):
    results: list[BulkBrandsResult]
    bulkActionMetadata: BulkActionMetadata


class CountBrandsOptions(TypedDict, total=False):
    """What ``countBrands`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountBrandsRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountBrandsResponse(TypedDict, total=False):
    count: int


class CreateBrandRequest(TypedDict, total=False):
    brand: Required[Brand]


class CreateBrandResponse(TypedDict, total=False):
    brand: Brand


class DeleteBrandRequest(TypedDict, total=False):
    brandId: Required[str]


class DeleteBrandResponse(TypedDict, total=False):
    pass


class GetBrandOptions(TypedDict, total=False):
    """What ``getBrand`` reads from ``options``."""

    fields: list[RequestedFields]


class GetBrandRequest(TypedDict, total=False):
    brandId: Required[str]
    fields: list[RequestedFields]


class GetBrandResponse(TypedDict, total=False):
    brand: Brand


class GetOrCreateBrandOptions(TypedDict, total=False):
    """What ``getOrCreateBrand`` reads from ``options``."""

    fields: list[RequestedFields]


class GetOrCreateBrandRequest(TypedDict, total=False):
    brandName: Required[str]
    fields: list[RequestedFields]


class GetOrCreateBrandResponse(TypedDict, total=False):
    brand: Brand


class MaskedBrand(TypedDict, total=False):
    brand: Brand
    fieldMask: list[str]


class QueryBrandsRequest(TypedDict, total=False):
    query: CursorQuery
    fields: list[RequestedFields]


class QueryBrandsResponse(TypedDict, total=False):
    brands: list[Brand]
    pagingMetadata: CursorPagingMetadata


class UpdateBrandOptions(TypedDict, total=False):
    """What ``updateBrand`` reads from ``options``."""

    fields: list[RequestedFields]


class UpdateBrandRequest(TypedDict, total=False):
    brand: Required[Brand]
    fields: list[RequestedFields]


class UpdateBrandResponse(TypedDict, total=False):
    brand: Brand
