# File generated from @wix/auto_sdk_forms_restrictions 1.0.3
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``forms.restrictions``.

From ``@wix/auto_sdk_forms_restrictions``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.forms.types.restrictions import <Type>
"""

from __future__ import annotations

from typing import Literal, TypeAlias, TypedDict

AscendPlan: TypeAlias = Literal["NOT_ASCEND", "FREE", "BASIC", "PROFESSIONAL", "UNLIMITED"]
Feature: TypeAlias = Literal[
    "UNKNOWN_FEATURE",
    "FILE_UPLOAD_FIELD",
    "ACCEPT_PAYMENTS",
    "REMOVE_WIX_BRANDING",
    "SIGNATURE_FIELD",
    "FILE_DOWNLOAD",
]


class GetRestrictionsRequest(TypedDict, total=False):
    pass


class GetRestrictionsResponse(TypedDict, total=False):
    restrictions: PremiumRestrictions
    totalFormCount: int


class Limit(TypedDict, total=False):
    limit: int | None
    warnThreshold: int | None


class PremiumRestrictions(TypedDict, total=False):
    formsLimit: Limit
    fieldsLimit: Limit
    stepsLimit: Limit
    conditionsLimit: Limit
    emailsLimit: Limit
    features: list[Feature]
    ascendPlan: AscendPlan
    rulesLimit: Limit
