"""A token store in an aiohttp cookie jar: for scripts that act as a browser."""

from __future__ import annotations

import asyncio
import base64
import os
import time
from collections.abc import Iterator
from http.cookies import Morsel
from pathlib import Path

import aiofiles
import aiofiles.os
from aiohttp.abc import AbstractCookieJar
from yarl import URL

from .._cookie import CookieSettings, decode_tokens, encode_tokens
from .._ordering import same_session
from .._redact import fingerprint
from ..errors import InvalidTokensError, StoreError
from ..tokens import Tokens
from ._files import replace_file

__all__ = ["CookieJarTokenStore"]

_DEFAULT_KEY = "default"
_HTTP_ONLY = "#HttpOnly_"
_HEADER = "# Netscape HTTP Cookie File\n# Written by wixvisitor; other lines are kept as found.\n"


class CookieJarTokenStore:
    """Tokens kept as ``wixSession`` cookies in an aiohttp cookie jar (``session.cookie_jar``).

    The cookie value is the tokens JSON URL-encoded as the JS SDK docs write it, so
    the site at ``url`` (whose host the cookies belong to) and this script can read
    each other's session. Key ``"default"`` is the plain ``wixSession`` cookie; any
    other key is ``wixSession.<base64url of the key>``. ``settings`` (a
    :class:`~wixvisitor.CookieSettings`) gives the name and attributes.

    ``path``, if given, is a Mozilla ``cookies.txt`` file (as curl and wget read
    them) holding these cookies: read into the jar on first use and rewritten
    atomically with mode 0600 after every change; its other lines are kept. It is
    never a pickle. Like a browser's, the jar keeps about 180 cookies per site, and a
    cookie over 4,096 bytes raises :class:`~wixvisitor.errors.StoreError`; one process
    owns the file (use :class:`JsonFileTokenStore` to share across processes).

    >>> store = CookieJarTokenStore(session.cookie_jar, url="https://shop.example.com/")
    """

    __slots__ = (
        "_domain",
        "_expires",
        "_file",
        "_file_lock",
        "_foreign_lines",
        "_jar",
        "_restored",
        "_settings",
        "_url",
    )

    def __init__(
        self,
        jar: AbstractCookieJar,
        *,
        url: str | URL = "https://localhost/",
        settings: CookieSettings | None = None,
        path: str | os.PathLike[str] | None = None,
    ) -> None:
        self._jar = jar
        self._url = URL(url)
        self._settings = settings if settings is not None else CookieSettings()
        host = self._url.raw_host
        if not host:
            raise ValueError("url must be an absolute URL with a host")
        self._domain = (self._settings.domain or host).lstrip(".")
        self._file = Path(path).expanduser() if path is not None else None
        self._file_lock = asyncio.Lock()
        self._restored = self._file is None
        self._foreign_lines: list[str] = []
        self._expires: dict[str, int] = {}  # cookie name -> epoch seconds, for cookies.txt

    def __repr__(self) -> str:
        return f"<CookieJarTokenStore url={str(self._url)!r} file={self._file}>"

    def cookie_name(self, key: str) -> str:
        """The cookie holding ``key``'s tokens: ``wixSession`` or ``wixSession.<base64url>``."""
        if key == _DEFAULT_KEY:
            return self._settings.name
        encoded = base64.urlsafe_b64encode(key.encode("utf-8", "surrogatepass"))
        return f"{self._settings.name}.{encoded.decode('ascii').rstrip('=')}"

    async def load(self, key: str) -> Tokens | None:
        """Return the tokens in ``key``'s cookie, or ``None``; a tampered cookie is a StoreError."""
        await self._restore()
        morsel = self._find(self.cookie_name(key))
        if morsel is None:
            return None
        try:
            return decode_tokens(morsel.value)
        except InvalidTokensError as exc:
            raise StoreError(f"the {self._describe(key)} holds invalid tokens") from exc

    async def save(self, key: str, tokens: Tokens) -> None:
        """Set ``key``'s cookie to ``tokens`` (and rewrite the cookies.txt file, if any)."""
        await self._restore()
        self._set(key, tokens)
        await self._persist()

    def _set(self, key: str, tokens: Tokens) -> None:
        name = self.cookie_name(key)
        try:
            value = encode_tokens(tokens, name=name)
        except ValueError as exc:
            raise StoreError(f"the {self._describe(key)} would pass 4,096 bytes") from exc
        self._jar.update_cookies({name: self._morsel(name, value)}, response_url=self._url)
        stored = self._find(name)
        if stored is None or stored.value != value:
            raise StoreError(
                f"the cookie jar refused the {self._describe(key)} for {self._url}; "
                "an IP address host needs aiohttp.CookieJar(unsafe=True)"
            )
        self._expires[name] = int(time.time()) + self._settings.max_age

    async def save_if(self, key: str, tokens: Tokens, expected: Tokens | None) -> bool:
        """Save ``tokens`` only if ``key``'s cookie still holds ``expected``'s session."""
        await self._restore()
        # No await from here to the jar's update: nothing can slip in between.
        morsel = self._find(self.cookie_name(key))
        try:
            held = decode_tokens(morsel.value) if morsel is not None else None
        except InvalidTokensError:
            held = None  # a tampered cookie holds no session worth keeping
        if not same_session(held, expected):
            return False
        self._set(key, tokens)
        await self._persist()
        return True

    async def delete(self, key: str) -> None:
        """Remove ``key``'s cookie."""
        await self._restore()
        name = self.cookie_name(key)
        self._jar.clear(lambda morsel: self._is_ours(morsel, name))
        self._expires.pop(name, None)
        await self._persist()

    # -- internals ---------------------------------------------------------------

    def _describe(self, key: str) -> str:
        if key == _DEFAULT_KEY:
            return f"{self._settings.name} cookie"
        return f"{self._settings.name} cookie of session {fingerprint(key)}"

    def _morsel(self, name: str, value: str, max_age: int | None = None) -> Morsel[str]:
        settings = self._settings
        morsel: Morsel[str] = Morsel()
        morsel.set(name, value, value)  # already URL-encoded: no quoting on top
        morsel["path"] = settings.path
        if settings.domain:
            morsel["domain"] = settings.domain
        if settings.secure:
            morsel["secure"] = True
        if settings.httponly:
            morsel["httponly"] = True
        morsel["samesite"] = settings.samesite
        morsel["max-age"] = str(settings.max_age if max_age is None else max_age)
        return morsel

    def _is_ours(self, morsel: Morsel[str], name: str | None = None) -> bool:
        return self._matches(morsel.key, morsel["domain"], morsel["path"], name)

    def _matches(self, cookie: str, domain: str, path: str, name: str | None = None) -> bool:
        """Whether a cookie is ``name`` (or, for ``None``, any cookie of this store)."""
        if name is not None:
            same_name = cookie == name
        else:
            base = self._settings.name
            same_name = cookie == base or cookie.startswith(base + ".")
        return same_name and domain == self._domain and path == self._settings.path

    def _find(self, name: str) -> Morsel[str] | None:
        # The jar's own lookup (filter_cookies) caps a request's cookies, so look directly.
        return next((m for m in self._jar if self._is_ours(m, name)), None)

    def _ours(self) -> Iterator[Morsel[str]]:
        return (m for m in self._jar if self._is_ours(m))

    async def _restore(self) -> None:
        """Read the cookies.txt file into the jar, once."""
        if self._restored:
            return
        async with self._file_lock:
            if self._restored or self._file is None:
                return
            try:
                async with aiofiles.open(self._file, encoding="utf-8") as file:
                    text = await file.read()
            except FileNotFoundError:
                text = ""
            except (OSError, UnicodeError) as exc:
                raise StoreError(f"cannot read the cookie file {self._file}") from exc
            self._adopt(text)
            self._restored = True

    def _adopt(self, text: str) -> None:
        now = int(time.time())
        for line in text.splitlines():
            fields = line.removeprefix(_HTTP_ONLY).split("\t")
            if len(fields) != 7 or (line.startswith("#") and not line.startswith(_HTTP_ONLY)):
                if line and not line.startswith("#"):
                    self._foreign_lines.append(line)
                continue
            domain, _subdomains, path, _secure, expires, name, value = fields
            if not self._matches(name, domain.lstrip("."), path):
                self._foreign_lines.append(line)
                continue
            deadline = int(expires) if expires.isdigit() else 0
            if deadline and deadline <= now:
                continue
            max_age = deadline - now if deadline else self._settings.max_age
            self._jar.update_cookies(
                {name: self._morsel(name, value, max_age)}, response_url=self._url
            )
            self._expires[name] = now + max_age

    async def _persist(self) -> None:
        """Rewrite the cookies.txt file with the jar's current cookies of this store."""
        if self._file is None:
            return
        async with self._file_lock:
            settings = self._settings
            lines = [_HEADER, *(line + "\n" for line in self._foreign_lines)]
            for morsel in self._ours():
                domain = f".{self._domain}" if settings.domain else self._domain
                fields = (
                    (_HTTP_ONLY if settings.httponly else "") + domain,
                    "TRUE" if settings.domain else "FALSE",
                    settings.path,
                    "TRUE" if settings.secure else "FALSE",
                    str(self._expires.get(morsel.key, 0)),
                    morsel.key,
                    morsel.value,
                )
                lines.append("\t".join(fields) + "\n")
            try:
                await aiofiles.os.makedirs(self._file.parent, mode=0o700, exist_ok=True)
                await replace_file(self._file, "".join(lines).encode())
            except OSError as exc:
                raise StoreError(f"cannot write the cookie file {self._file}") from exc
