"""The generated packages: light to import, every module reachable, every method documented."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

import pytest

PACKAGES = ("ecom", "stores", "bookings", "redirects", "members", "events", "categories", "forms")


def test_importing_a_package_imports_none_of_its_modules() -> None:
    """``from wixvisitor.modules import ecom`` loads no module until one is used."""
    code = (
        "import sys\n"
        "import wixvisitor\n"  # its hand-written helpers use three generated modules
        "before = set(sys.modules)\n"
        "from wixvisitor.modules import ecom, stores, bookings, redirects, members, events\n"
        "loaded = [m for m in set(sys.modules) - before if m.count('.') == 3]\n"
        "assert not loaded, loaded\n"
        "ecom.cart\n"
        "assert 'wixvisitor.modules.ecom.cart' in sys.modules\n"
        "assert 'wixvisitor.modules.ecom.checkout' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("package", PACKAGES)
def test_every_module_binds_and_documents_its_methods(package: str) -> None:
    """Each listed module has ``bind``; its class and every public method have a docstring."""
    imported = importlib.import_module(f"wixvisitor.modules.{package}")
    assert imported.__all__ == sorted(imported.__all__)
    for name in imported.__all__:
        module = getattr(imported, name)
        assert module.__doc__, name
        instance = module.bind(object())
        assert inspect.getdoc(type(instance)), name
        for method, function in inspect.getmembers(type(instance), inspect.isfunction):
            if not method.startswith("_"):
                assert inspect.getdoc(function), f"{package}.{name}.{method}"


def test_an_unknown_module_is_an_attribute_error() -> None:
    """A name the package does not list is an AttributeError, as for any module."""
    from wixvisitor.modules import ecom

    with pytest.raises(AttributeError, match="no_such_module"):
        _ = ecom.no_such_module
