# File generated from @wix/categories 1.0.223 by `make apigen` (tools/apigen). Do not edit.
"""The modules of ``@wix/categories``: ``from wixvisitor.modules import categories``.

Each module is imported on first use (``categories.categories``), so importing the
package costs nothing until a module is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import categories

__all__ = [
    "categories",
]


def __getattr__(name: str) -> Any:
    """Import the module ``name`` the first time it is used."""
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
