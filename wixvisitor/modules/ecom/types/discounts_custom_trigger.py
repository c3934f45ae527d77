# File generated from @wix/auto_sdk_ecom_discounts-custom-trigger 1.0.49
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.discounts_custom_trigger``.

From ``@wix/auto_sdk_ecom_discounts-custom-trigger``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.discounts_custom_trigger import <Type>
"""

from __future__ import annotations

from typing import TypedDict


class ListTriggersRequest(TypedDict, total=False):
    pass


class ListTriggersResponse(TypedDict, total=False):
    triggers: list[ListTriggersResponseCustomTrigger]


class ListTriggersResponseCustomTrigger(TypedDict, total=False):
    id: str
    appId: str
    name: str
