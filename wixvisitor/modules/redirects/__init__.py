# File generated from @wix/redirects 1.0.129 by `make apigen` (tools/apigen). Do not edit.
"""The modules of ``@wix/redirects``: ``from wixvisitor.modules import redirects``.

Each module is imported on first use (``redirects.redirects``), so importing the
package costs nothing until a module is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import redirects

__all__ = [
    "redirects",
]


def __getattr__(name: str) -> Any:
    """Import the module ``name`` the first time it is used."""
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
