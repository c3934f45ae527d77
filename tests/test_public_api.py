"""The public face: explicit, sorted, documented, and light to import."""

from __future__ import annotations

import inspect
import subprocess
import sys

import wixvisitor as wv
import wixvisitor.errors as errors


def test_all_lists_exactly_the_public_names() -> None:
    """__all__ names every public attribute and nothing private."""
    public = {
        name
        for name, value in vars(wv).items()
        if not name.startswith("_") and not inspect.ismodule(value) and name != "annotations"
    }
    lazy = set(wv._LAZY)  # imported on first use (PEP 562)
    assert public | lazy | {"apis", "emulator", "errors", "stores"} == set(wv.__all__)
    assert len(wv.__all__) == len(set(wv.__all__))


def test_every_public_name_is_documented() -> None:
    """Every public class, function and method has a docstring."""
    for name in wv.__all__:
        obj = getattr(wv, name)
        if inspect.isclass(obj) or inspect.isfunction(obj) or inspect.ismodule(obj):
            assert inspect.getdoc(obj), name
        if inspect.isclass(obj):
            for attr, member in vars(obj).items():
                if not attr.startswith("_") and (
                    inspect.isfunction(member) or isinstance(member, property)
                ):
                    assert inspect.getdoc(member), f"{name}.{attr}"


def test_error_tree() -> None:
    """The exception tree is the one drawn in the errors module docstring."""
    assert issubclass(errors.InvalidRefreshTokenError, errors.TokenRequestError)
    assert issubclass(errors.LockTimeoutError, errors.StoreError)
    assert issubclass(errors.InvalidTokensError, ValueError)
    assert issubclass(errors.MissingDependencyError, ImportError)
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.WixVisitorError)
        assert name in errors.__doc__


def test_missing_dependency_error_names_the_extra() -> None:
    """MissingDependencyError tells the user which extra to install."""
    error = errors.MissingDependencyError("redis", "redis")
    assert "wixvisitor[redis]" in str(error)
    assert error.name == "redis"


def test_import_stays_light() -> None:
    """Importing wixvisitor loads neither the emulator, aiohttp.web, redis, fastapi, nor the member login and cookie modules."""
    rarely_used = ("wixvisitor._pkce", "wixvisitor._identity", "wixvisitor._cookie", "secrets")
    code = (
        "import sys, wixvisitor; "
        "print(sorted(m for m in ('wixvisitor.emulator', 'aiohttp.web', 'redis', 'fastapi', "
        f"*{rarely_used!r}) if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_emulator_is_reachable_lazily() -> None:
    """wv.emulator is importable on first access."""
    assert wv.emulator.Emulator is not None


def test_lazy_names_are_the_real_objects() -> None:
    """The names imported on first use are the classes of their modules, documented."""
    from wixvisitor._cookie import CookieSettings
    from wixvisitor._pkce import OAuthData

    assert wv.CookieSettings is CookieSettings and wv.OAuthData is OAuthData
    for name in wv._LAZY:
        assert inspect.getdoc(getattr(wv, name)), name
