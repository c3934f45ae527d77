"""The exceptions wixvisitor raises, one tree rooted in :class:`WixVisitorError`.

::

    WixVisitorError
    ├── TokenRequestError          the /oauth2/token conversation failed
    │   └── InvalidRefreshTokenError   Wix answered invalid_grant: the refresh token is dead
    ├── WixApiError                a Wix API call answered an error or got no answer
    ├── InvalidTokensError         (also ValueError) tokens JSON of the wrong shape
    ├── InvalidAuthorizationError  (also ValueError) a login redirect that cannot be trusted:
    │                                 an error answer, no code, a state of another attempt
    ├── StoreError                 a token store could not load, save or delete
    │   └── LockTimeoutError           a store's cross-process lock was not acquired in time
    └── MissingDependencyError     (also ImportError) an optional extra is not installed

Messages carry HTTP statuses, Wix error codes and request ids, never a token value, a
password, a session token or an authorization code.
"""

from __future__ import annotations

__all__ = [
    "InvalidAuthorizationError",
    "InvalidRefreshTokenError",
    "InvalidTokensError",
    "LockTimeoutError",
    "MissingDependencyError",
    "StoreError",
    "TokenRequestError",
    "WixApiError",
    "WixVisitorError",
]


def _describe(message: str, status: int | None, code: str | None, request_id: str | None) -> str:
    details = [
        f"{name}={value}"
        for name, value in (("status", status), ("code", code), ("request_id", request_id))
        if value is not None
    ]
    return f"{message} ({', '.join(details)})" if details else message


class WixVisitorError(Exception):
    """Base class of every error wixvisitor raises."""


class TokenRequestError(WixVisitorError):
    """The token endpoint could not give tokens.

    ``status`` is the HTTP status (``None`` for a timeout or a connection error),
    ``code`` the OAuth or Wix error code, ``request_id`` Wix's ``x-wix-request-id``,
    ``attempts`` how many requests were made before giving up.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
        attempts: int = 1,
    ) -> None:
        super().__init__(_describe(message, status, code, request_id))
        self.status = status
        self.code = code
        self.request_id = request_id
        self.attempts = attempts


class InvalidRefreshTokenError(TokenRequestError):
    """Wix refused the refresh token (``invalid_grant``): that session cannot be renewed."""


class WixApiError(WixVisitorError):
    """A Wix API call failed: Wix answered an error, or did not answer at all.

    ``status`` is the HTTP status (``None`` for a timeout or a connection error, whose
    cause is chained), ``code`` Wix's ``applicationError.code`` when given, ``message``
    Wix's message and ``request_id`` its ``x-wix-request-id``.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None,
        code: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(_describe(message, status, code, request_id))
        self.message = message
        self.status = status
        self.code = code
        self.request_id = request_id


class InvalidTokensError(WixVisitorError, ValueError):
    """Tokens data is not in the JS SDK's shape (wrong type, missing field, too large)."""


class InvalidAuthorizationError(WixVisitorError, ValueError):
    """A login's redirect back cannot be exchanged: checked before any network call."""


class StoreError(WixVisitorError):
    """A token store failed; the underlying error is chained as ``__cause__``."""


class LockTimeoutError(StoreError):
    """A store's cross-process lock could not be acquired before its deadline."""


class MissingDependencyError(WixVisitorError, ImportError):
    """An optional dependency is missing; the message names the extra to install."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f"{package} is not installed: install it with `pip install 'wixvisitor[{extra}]'`",
            name=package,
        )
        self.extra = extra
