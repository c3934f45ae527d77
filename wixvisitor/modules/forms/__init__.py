# File generated from @wix/forms 1.0.520 by `make apigen` (tools/apigen). Do not edit.
"""The modules of ``@wix/forms``: ``from wixvisitor.modules import forms``.

Each module is imported on first use (``forms.chat_settings``), so importing the
package costs nothing until a module is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        chat_settings,
        form_spam_submission_reports,
        forms,
        interactive_form_sessions,
        restrictions,
        submissions,
    )

__all__ = [
    "chat_settings",
    "form_spam_submission_reports",
    "forms",
    "interactive_form_sessions",
    "restrictions",
    "submissions",
]


def __getattr__(name: str) -> Any:
    """Import the module ``name`` the first time it is used."""
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
