# File generated from @wix/auto_sdk_stores_customizations-v-3 1.0.99
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.customizations_v3``.

From ``@wix/auto_sdk_stores_customizations-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.customizations_v3 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import ChoiceType as ChoiceType
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import CustomizationRenderType as CustomizationRenderType
from ._shared import CustomizationType as CustomizationType
from ._shared import ItemMetadata as ItemMetadata
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder

RequestedFields: TypeAlias = Literal["ASSIGNED_PRODUCTS_COUNT", "CHOICE_DISPLAY_IMAGE"]


class AddCustomizationChoicesOptions(TypedDict, total=False):
    """What ``addCustomizationChoices`` reads from ``options``."""

    fields: list[RequestedFields]


class AddCustomizationChoicesRequest(TypedDict, total=False):
    customizationId: Required[str]
    choices: Required[list[Choice]]
    fields: list[RequestedFields]


class AddCustomizationChoicesResponse(TypedDict, total=False):
    customization: Customization


class BulkAddCustomizationChoicesOptions(TypedDict, total=False):
    """What ``bulkAddCustomizationChoices`` reads from ``options``."""

    returnEntity: bool
    fields: list[RequestedFields]


class BulkAddCustomizationChoicesRequest(TypedDict, total=False):
    customizationsChoices: Required[list[CustomizationChoices]]
    returnEntity: bool
    fields: list[RequestedFields]


class BulkAddCustomizationChoicesResponse(TypedDict, total=False):
    results: list[BulkCustomizationResult]
    bulkActionMetadata: BulkActionMetadata


class BulkCreateCustomizationsOptions(TypedDict, total=False):
    """What ``bulkCreateCustomizations`` reads from ``options``."""

    returnEntity: bool


class BulkCreateCustomizationsRequest(TypedDict, total=False):
    customizations: Required[list[Customization]]
    returnEntity: bool


class BulkCreateCustomizationsResponse(TypedDict, total=False):
    results: list[BulkCustomizationResult]
    bulkActionMetadata: BulkActionMetadata


class BulkCustomizationResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    customization: Customization


class BulkUpdateCustomizationsOptions(TypedDict, total=False):
    """What ``bulkUpdateCustomizations`` reads from ``options``."""

    returnEntity: bool
    fields: list[RequestedFields]


class BulkUpdateCustomizationsRequest(TypedDict, total=False):
    customizations: Required[list[MaskedCustomization]]
    returnEntity: bool
    fields: list[RequestedFields]


class BulkUpdateCustomizationsResponse(TypedDict, total=False):
    results: list[BulkCustomizationResult]
    bulkActionMetadata: BulkActionMetadata


class ChoiceValueOneOf(TypedDict, total=False):
    colorCode: str


class Choice(ChoiceValueOneOf, total=False):
    id: str
    choiceType: ChoiceType
    key: str | None
    name: str
    defaultAddedPrice: str | None
    displayImage: CommonImage
    primaryChoiceIds: list[str]


class ChoicesSettings(TypedDict, total=False):
    choices: list[Choice]


class CommonImage(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class CountCustomizationsOptions(TypedDict, total=False):
    """What ``countCustomizations`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountCustomizationsRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountCustomizationsResponse(TypedDict, total=False):
    count: int


class CreateCustomizationRequest(TypedDict, total=False):
    customization: Required[Customization]


class CreateCustomizationResponse(TypedDict, total=False):
    customization: Customization


class CustomizationTypeSpecificSettingsOneOf(TypedDict, total=False):
    pass


class CustomizationCustomizationSettingsOneOf(TypedDict, total=False):
    freeTextInput: FreeTextSettings
    choicesSettings: ChoicesSettings


class Customization(
    CustomizationTypeSpecificSettingsOneOf, CustomizationCustomizationSettingsOneOf, total=False
):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    key: str | None
    name: str
    customizationType: CustomizationType
    customizationRenderType: CustomizationRenderType
    assignedProductsCount: int | None


class CustomizationChoices(TypedDict, total=False):
    customizationId: str
    choices: list[Choice]


class DeleteCustomizationRequest(TypedDict, total=False):
    customizationId: Required[str]


class DeleteCustomizationResponse(TypedDict, total=False):
    pass


class FreeTextSettings(TypedDict, total=False):
    minCharCount: int
    maxCharCount: int
    defaultAddedPrice: str | None
    title: str
    key: str | None


class GetCustomizationOptions(TypedDict, total=False):
    """What ``getCustomization`` reads from ``options``."""

    fields: list[RequestedFields]


class GetCustomizationRequest(TypedDict, total=False):
    customizationId: Required[str]
    fields: list[RequestedFields]


class GetCustomizationResponse(TypedDict, total=False):
    customization: Customization


class MaskedChoice(TypedDict, total=False):
    choice: Choice


class MaskedCustomization(TypedDict, total=False):
    customization: Customization


class QueryCustomizationsRequest(TypedDict, total=False):
    query: CursorQuery
    fields: list[RequestedFields]


class QueryCustomizationsResponse(TypedDict, total=False):
    customizations: list[Customization]
    pagingMetadata: CursorPagingMetadata


class RemoveCustomizationChoicesOptions(TypedDict, total=False):
    """What ``removeCustomizationChoices`` reads from ``options``."""

    revision: str
    fields: list[RequestedFields]


class RemoveCustomizationChoicesRequest(TypedDict, total=False):
    customizationId: Required[str]
    choiceIds: Required[list[str]]
    revision: str
    fields: list[RequestedFields]


class RemoveCustomizationChoicesResponse(TypedDict, total=False):
    customization: Customization


class ReorderCustomizationChoicesOptions(TypedDict, total=False):
    """What ``reorderCustomizationChoices`` reads from ``options``."""

    choiceIds: list[str]
    fields: list[RequestedFields]


class ReorderCustomizationChoicesRequest(TypedDict, total=False):
    customizationId: Required[str]
    revision: Required[str]
    choiceIds: Required[list[str]]
    fields: list[RequestedFields]


class ReorderCustomizationChoicesResponse(TypedDict, total=False):
    customization: Customization


class SetCustomizationChoicesOptions(TypedDict, total=False):
    """What ``setCustomizationChoices`` reads from ``options``."""

    fields: list[RequestedFields]


class SetCustomizationChoicesRequest(TypedDict, total=False):
    customizationId: Required[str]
    choices: Required[list[Choice]]
    fields: list[RequestedFields]


class SetCustomizationChoicesResponse(TypedDict, total=False):
    customization: Customization


class UpdateCustomizationChoicesOptions(TypedDict, total=False):
    """What ``updateCustomizationChoices`` reads from ``options``."""

    choices: list[MaskedChoice]
    fields: list[RequestedFields]


class UpdateCustomizationChoicesRequest(TypedDict, total=False):
    customizationId: Required[str]
    revision: Required[str]
    choices: Required[list[MaskedChoice]]
    fields: list[RequestedFields]


class UpdateCustomizationChoicesResponse(TypedDict, total=False):
    customization: Customization


class UpdateCustomizationOptions(TypedDict, total=False):
    """What ``updateCustomization`` reads from ``options``."""

    fields: list[RequestedFields]


class UpdateCustomizationRequest(TypedDict, total=False):
    customization: Required[Customization]
    fields: list[RequestedFields]


class UpdateCustomizationResponse(TypedDict, total=False):
    customization: Customization
