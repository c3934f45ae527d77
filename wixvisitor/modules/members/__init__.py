# File generated from @wix/members 1.0.519 by `make apigen` (tools/apigen). Do not edit.
"""The modules of ``@wix/members``: ``from wixvisitor.modules import members``.

Each module is imported on first use (``members.authentication``), so importing the
package costs nothing until a module is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        authentication,
        authorization,
        badge_assignments,
        badges,
        badges_v2,
        custom_field_applications,
        custom_field_suggestions,
        custom_fields,
        default_privacy,
        member_followers,
        member_privacy_settings,
        member_report,
        member_role_definition,
        member_to_member_block,
        members,
        members_about,
        user_member,
    )

__all__ = [
    "authentication",
    "authorization",
    "badge_assignments",
    "badges",
    "badges_v2",
    "custom_field_applications",
    "custom_field_suggestions",
    "custom_fields",
    "default_privacy",
    "member_followers",
    "member_privacy_settings",
    "member_report",
    "member_role_definition",
    "member_to_member_block",
    "members",
    "members_about",
    "user_member",
]


def __getattr__(name: str) -> Any:
    """Import the module ``name`` the first time it is used."""
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
