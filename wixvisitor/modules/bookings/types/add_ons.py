# File generated from @wix/auto_sdk_bookings_add-ons 1.0.38
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.add_ons``.

From ``@wix/auto_sdk_bookings_add-ons``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.add_ons import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import AddOnAddOnInfoOneOf as AddOnAddOnInfoOneOf
from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ExtendedFields as ExtendedFields
from ._shared import ItemMetadata as ItemMetadata
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import TagList as TagList
from ._shared import Tags as Tags


class AddOn(AddOnAddOnInfoOneOf, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    price: Money
    taxGroup: str | None
    mainMedia: MediaItem
    extendedFields: ExtendedFields
    tags: Tags


class BulkAddOnResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: AddOn


class BulkCreateAddOnsOptions(TypedDict, total=False):
    """What ``bulkCreateAddOns`` reads from ``options``."""

    returnEntity: bool


class BulkCreateAddOnsRequest(TypedDict, total=False):
    addOns: Required[list[AddOn]]
    returnEntity: bool


class BulkCreateAddOnsResponse(TypedDict, total=False):
    results: list[BulkAddOnResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteAddOnsRequest(TypedDict, total=False):
    addOnIds: Required[list[str]]


class BulkDeleteAddOnsResponse(TypedDict, total=False):
    results: list[BulkDeleteAddOnsResponseBulkAddOnResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteAddOnsResponseBulkAddOnResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkUpdateAddOnsOptions(TypedDict, total=False):
    """What ``bulkUpdateAddOns`` reads from ``options``."""

    returnEntity: bool


class BulkUpdateAddOnsRequest(TypedDict, total=False):
    addOns: Required[list[MaskedAddOn]]
    returnEntity: bool


class BulkUpdateAddOnsResponse(TypedDict, total=False):
    results: list[BulkUpdateAddOnsResponseBulkAddOnResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateAddOnsResponseBulkAddOnResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: AddOn


class CreateAddOnRequest(TypedDict, total=False):
    addOn: Required[AddOn]


class CreateAddOnResponse(TypedDict, total=False):
    addOn: AddOn


class DeleteAddOnRequest(TypedDict, total=False):
    addOnId: Required[str]


class DeleteAddOnResponse(TypedDict, total=False):
    pass


class GetAddOnRequest(TypedDict, total=False):
    addOnId: Required[str]


class GetAddOnResponse(TypedDict, total=False):
    addOn: AddOn


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class MaskedAddOn(TypedDict, total=False):
    addOn: AddOn


class MediaItemMediaOneOf(TypedDict, total=False):
    image: Image


class MediaItem(MediaItemMediaOneOf, total=False):
    pass


class Money(TypedDict, total=False):
    value: str
    currency: str
    formattedValue: str | None


class QueryAddOnsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryAddOnsResponse(TypedDict, total=False):
    addOns: list[AddOn]
    pagingMetadata: CursorPagingMetadata


class UpdateAddOnRequest(TypedDict, total=False):
    addOn: Required[AddOn]


class UpdateAddOnResponse(TypedDict, total=False):
    addOn: AddOn
