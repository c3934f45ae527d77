# File generated from @wix/auto_sdk_members_custom-fields 1.0.62
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.custom_fields``.

From ``@wix/auto_sdk_members_custom-fields``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.custom_fields import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import Origin as Origin
from ._shared import Paging as Paging
from ._shared import PagingMetadata as PagingMetadata
from ._shared import Privacy as Privacy
from ._shared import Section as Section
from ._shared import SocialTypeType as SocialTypeType
from ._shared import Type as Type

AppliesTo: TypeAlias = Literal["ALL_MEMBERS", "SELECTED_MEMBERS"]


class CreateCustomFieldRequest(TypedDict, total=False):
    field: Required[CustomField]


class CreateCustomFieldResponse(TypedDict, total=False):
    field: CustomField


class CustomField(TypedDict, total=False):
    id: str | None
    name: str | None
    key: str | None
    defaultPrivacy: Privacy
    fieldType: Type
    socialType: SocialTypeType
    fieldOrigin: Origin
    appliesTo: AppliesTo
    section: Section
    createdDate: str | None
    updatedDate: str | None
    revision: str | None


class DeleteCustomFieldRequest(TypedDict, total=False):
    id: Required[str | None]
    revision: Required[str | None]


class DeleteCustomFieldResponse(TypedDict, total=False):
    pass


class GetCustomFieldRequest(TypedDict, total=False):
    id: Required[str | None]


class GetCustomFieldResponse(TypedDict, total=False):
    field: CustomField


class HideCustomFieldRequest(TypedDict, total=False):
    id: Required[str | None]
    revision: Required[str | None]


class HideCustomFieldResponse(TypedDict, total=False):
    pass


class ListCustomFieldsOptions(TypedDict, total=False):
    """What ``listCustomFields`` reads from ``options``."""

    paging: Paging


class ListCustomFieldsRequest(TypedDict, total=False):
    paging: Paging


class ListCustomFieldsResponse(TypedDict, total=False):
    fields: list[CustomField]
    metadata: PagingMetadata


class UpdateCustomFieldRequest(TypedDict, total=False):
    field: Required[CustomField]


class UpdateCustomFieldResponse(TypedDict, total=False):
    field: CustomField


class UpdateCustomFieldsOrderOptions(TypedDict, total=False):
    """What ``updateCustomFieldsOrder`` reads from ``options``."""

    section: Section


class UpdateCustomFieldsOrderRequest(TypedDict, total=False):
    fieldIds: Required[list[str]]
    section: Section


class UpdateCustomFieldsOrderResponse(TypedDict, total=False):
    fields: list[CustomField]
    section: Section
