# File generated from @wix/auto_sdk_stores_ribbons-v-3 1.0.63
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.ribbons_v3``.

From ``@wix/auto_sdk_stores_ribbons-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.ribbons_v3 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ItemMetadata as ItemMetadata
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder

RequestedFields: TypeAlias = Literal["ASSIGNED_PRODUCT_COUNT"]


class BulkCreateRibbonsOptions(TypedDict, total=False):
    """What ``bulkCreateRibbons`` reads from ``options``."""

    returnEntity: bool


class BulkCreateRibbonsRequest(TypedDict, total=False):
    ribbons: Required[list[Ribbon]]
    returnEntity: bool


class BulkCreateRibbonsResponse(TypedDict, total=False):
    results: list[V3BulkRibbonResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteRibbonsRequest(TypedDict, total=False):
    ribbonIds: Required[list[str]]


class BulkDeleteRibbonsResponse(TypedDict, total=False):
    results: list[BulkRibbonResult]
    bulkActionMetadata: BulkActionMetadata


class BulkGetOrCreateRibbonsOptions(TypedDict, total=False):
    """What ``bulkGetOrCreateRibbons`` reads from ``options``."""

    fields: list[RequestedFields]


class BulkGetOrCreateRibbonsRequest(TypedDict, total=False):
    ribbonNames: Required[list[str]]
    fields: list[RequestedFields]


class BulkGetOrCreateRibbonsResponse(TypedDict, total=False):
    results: list[V3BulkRibbonResult]
    bulkActionMetadata: BulkActionMetadata


class BulkRibbonResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkUpdateRibbonsOptions(TypedDict, total=False):
    """What ``bulkUpdateRibbons`` reads from ``options``."""

    returnEntity: bool
    fields: list[RequestedFields]


class BulkUpdateRibbonsRequest(TypedDict, total=False):
    ribbons: Required[list[MaskedRibbon]]
    returnEntity: bool
    fields: list[RequestedFields]


class BulkUpdateRibbonsResponse(TypedDict, total=False):
    results: list[V3BulkRibbonResult]
    bulkActionMetadata: BulkActionMetadata


class CountRibbonsOptions(TypedDict, total=False):
    """What ``countRibbons`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountRibbonsRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountRibbonsResponse(TypedDict, total=False):
    count: int


class CreateRibbonRequest(TypedDict, total=False):
    ribbon: Required[Ribbon]


class CreateRibbonResponse(TypedDict, total=False):
    ribbon: Ribbon


class DeleteRibbonRequest(TypedDict, total=False):
    ribbonId: Required[str]


class DeleteRibbonResponse(TypedDict, total=False):
    pass


class GetOrCreateRibbonOptions(TypedDict, total=False):
    """What ``getOrCreateRibbon`` reads from ``options``."""

    fields: list[RequestedFields]


class GetOrCreateRibbonRequest(TypedDict, total=False):
    ribbonName: Required[str]
    fields: list[RequestedFields]


class GetOrCreateRibbonResponse(TypedDict, total=False):
    ribbon: Ribbon


class GetRibbonOptions(TypedDict, total=False):
    """What ``getRibbon`` reads from ``options``."""

    fields: list[RequestedFields]


class GetRibbonRequest(TypedDict, total=False):
    ribbonId: Required[str]
    fields: list[RequestedFields]


class GetRibbonResponse(TypedDict, total=False):
    ribbon: Ribbon


class MaskedRibbon(TypedDict, total=False):
    ribbon: Ribbon
    fieldMask: list[str]


class QueryRibbonsRequest(TypedDict, total=False):
    query: CursorQuery
    fields: list[RequestedFields]


class QueryRibbonsResponse(TypedDict, total=False):
    ribbons: list[Ribbon]
    pagingMetadata: CursorPagingMetadata


class Ribbon(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str
    assignedProductCount: int | None


class UpdateRibbonOptions(TypedDict, total=False):
    """What ``updateRibbon`` reads from ``options``."""

    fields: list[RequestedFields]


class UpdateRibbonRequest(TypedDict, total=False):
    ribbon: Required[Ribbon]
    fields: list[RequestedFields]


class UpdateRibbonResponse(TypedDict, total=False):
    ribbon: Ribbon


class V3BulkRibbonResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: Ribbon
