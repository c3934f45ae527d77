# File generated from @wix/auto_sdk_members_default-privacy 1.0.36
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.default_privacy``.

From ``@wix/auto_sdk_members_default-privacy``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.default_privacy import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

Privacy: TypeAlias = Literal["PRIVATE", "PUBLIC"]


class DefaultPrivacy(TypedDict, total=False):
    id: str | None
    defaultPrivacy: Privacy
    revision: str | None


class GetDefaultPrivacyStatusRequest(TypedDict, total=False):
    pass


class GetDefaultPrivacyStatusResponse(TypedDict, total=False):
    defaultPrivacy: DefaultPrivacy


class SetDefaultPrivacyStatusRequest(TypedDict, total=False):
    defaultPrivacy: Required[DefaultPrivacy]


class SetDefaultPrivacyStatusResponse(TypedDict, total=False):
    defaultPrivacy: DefaultPrivacy
