"""``/_emulator/`` admin endpoints, so any process or language can drive the emulator.

==========================  ==================================================
``GET  /_emulator/stats``   the counters of :class:`EmulatorStats`
``POST /_emulator/advance`` ``{"seconds": 3600}`` → ``{"now": <epoch seconds>}``
``POST /_emulator/faults``  ``{"count", "status", "retryAfter", "kind", "hang"}``
                            or ``{"probability", "kinds", "seed", "hang"}``
``POST /_emulator/revoke``  ``{"token": "..."}`` → ``{"revoked": true|false}``
``POST /_emulator/visitor`` ``{"token": "..."}`` → ``{"visitorId": "..."|null}``
``POST /_emulator/reset``   forget everything → ``{}``
``GET  /_emulator/orders``  ``{"orders": [...]}``: orders placed on the hosted checkout
``POST /_emulator/members`` ``{"email", "password", "verified"?, "approved"?, "profile"?}``
                            → ``{"id"}``: add a member
``POST /_emulator/member-settings`` ``{"emailVerification"?, "ownerApproval"?,
                            "requireCaptcha"?, "cartAtLogin"?}`` → the settings
``POST /_emulator/approve`` ``{"email"}``: the site owner approves a pending member
``GET  /_emulator/verification-code?email=`` → ``{"code"}``: the code "emailed" last
==========================  ==================================================
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from .common.http import STATE_KEY, BadBody, json_response, read_json_object
from .identity.faults import DEFAULT_HANG, DEFAULT_RANDOM_KINDS

ADMIN_PREFIX = "/_emulator/"


def _admin_error(message: str) -> web.Response:
    return json_response({"message": message}, 400)


def _number(body: dict[str, Any], key: str, default: float | None = None) -> float | None:
    value = body.get(key, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadBody(f"{key} must be a number")
    return float(value)


def _string(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value:
        raise BadBody(f"{key} must be a non-empty string")
    return value


async def stats(request: web.Request) -> web.Response:
    """``GET /_emulator/stats``."""
    return json_response(request.app[STATE_KEY].stats.as_dict())


async def advance(request: web.Request) -> web.Response:
    """``POST /_emulator/advance``: move the emulator clock forward."""
    state = request.app[STATE_KEY]
    try:
        seconds = _number(await read_json_object(request), "seconds")
        if seconds is None:
            raise BadBody("seconds is required")
        state.advance(seconds)
    except ValueError as exc:  # BadBody, or a negative amount
        return _admin_error(str(exc))
    return json_response({"now": state.now()})


async def faults(request: web.Request) -> web.Response:
    """``POST /_emulator/faults``: plan faults, or set a random fault rate."""
    plan = request.app[STATE_KEY].faults
    try:
        body = await read_json_object(request)
        hang = _number(body, "hang", DEFAULT_HANG) or 0.0
        if "probability" in body:
            kinds = body.get("kinds", list(DEFAULT_RANDOM_KINDS))
            if not isinstance(kinds, list):
                raise BadBody("kinds must be a list")
            seed = body.get("seed")
            if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
                raise BadBody("seed must be an integer")
            probability = _number(body, "probability") or 0.0
            plan.fail_randomly(probability, kinds=[str(k) for k in kinds], seed=seed, hang=hang)
        else:
            count, status = _number(body, "count", 1), _number(body, "status", 503)
            kind = body.get("kind", "status")
            if not isinstance(kind, str):
                raise BadBody("kind must be a string")
            retry_after = _number(body, "retryAfter")
            plan.fail_next(
                int(count or 0), int(status or 0), retry_after=retry_after, kind=kind, hang=hang
            )
    except ValueError as exc:  # BadBody, or a fault the plan refuses
        return _admin_error(str(exc))
    return json_response({"pending": plan.pending, "probability": plan.probability})


async def revoke(request: web.Request) -> web.Response:
    """``POST /_emulator/revoke``: kill a refresh token (with its access tokens) or one."""
    try:
        token = _string(await read_json_object(request), "token")
    except BadBody as exc:
        return _admin_error(str(exc))
    return json_response({"revoked": request.app[STATE_KEY].revoke(token)})


async def visitor(request: web.Request) -> web.Response:
    """``POST /_emulator/visitor``: the visitor id behind an access token."""
    try:
        token = _string(await read_json_object(request), "token")
    except BadBody as exc:
        return _admin_error(str(exc))
    return json_response({"visitorId": request.app[STATE_KEY].visitor_of(token)})


async def reset(request: web.Request) -> web.Response:
    """``POST /_emulator/reset``: forget visitors, tokens, carts, stats, faults, clock offset."""
    request.app[STATE_KEY].reset()
    return json_response({})


async def orders(request: web.Request) -> web.Response:
    """``GET /_emulator/orders``: every order placed, oldest first."""
    placed = request.app[STATE_KEY].commerce.orders
    return json_response({"orders": [order.to_json() for order in placed]})


_SETTINGS = {
    "emailVerification": "email_verification",
    "ownerApproval": "owner_approval",
    "requireCaptcha": "require_captcha",
}


async def add_member(request: web.Request) -> web.Response:
    """``POST /_emulator/members``: add a site member."""
    state = request.app[STATE_KEY]
    try:
        body = await read_json_object(request)
        email, password = _string(body, "email").lower(), _string(body, "password")
    except BadBody as exc:
        return _admin_error(str(exc))
    if email in state.members.by_email:
        return _admin_error("a member with this email exists")
    profile = body.get("profile") if isinstance(body.get("profile"), dict) else {}
    member = state.members.add(
        state.new_id(),
        email,
        password,
        profile=profile,
        verified=body.get("verified", True) is True,
        approved=body.get("approved", True) is True,
    )
    return json_response({"id": member.id})


async def member_settings(request: web.Request) -> web.Response:
    """``POST /_emulator/member-settings``: what the site requires of members."""
    settings = request.app[STATE_KEY].members.settings
    try:
        body = await read_json_object(request)
    except BadBody as exc:
        return _admin_error(str(exc))
    for name, attribute in _SETTINGS.items():
        if name in body:
            if not isinstance(body[name], bool):
                return _admin_error(f"{name} must be true or false")
            setattr(settings, attribute, body[name])
    if "cartAtLogin" in body:
        if body["cartAtLogin"] not in ("merge", "member", "visitor"):
            return _admin_error("cartAtLogin must be merge, member or visitor")
        settings.cart_at_login = body["cartAtLogin"]
    answer = {name: getattr(settings, attribute) for name, attribute in _SETTINGS.items()}
    return json_response({**answer, "cartAtLogin": settings.cart_at_login})


async def approve_member(request: web.Request) -> web.Response:
    """``POST /_emulator/approve``: approve a member waiting for the owner."""
    members = request.app[STATE_KEY].members
    try:
        member = members.by_email.get(_string(await read_json_object(request), "email").lower())
    except BadBody as exc:
        return _admin_error(str(exc))
    if member is None:
        return _admin_error("no member with this email")
    member.approved = True
    return json_response({"id": member.id})


async def verification_code(request: web.Request) -> web.Response:
    """``GET /_emulator/verification-code?email=``: the code a member would read."""
    code = request.app[STATE_KEY].members.verification_code(request.query.get("email", ""))
    if code is None:
        return _admin_error("no verification is pending for this email")
    return json_response({"code": code})


def add_routes(app: web.Application) -> None:
    """Mount the ``/_emulator/`` admin endpoints on ``app``."""
    router = app.router
    router.add_get(ADMIN_PREFIX + "stats", stats)
    router.add_post(ADMIN_PREFIX + "advance", advance)
    router.add_post(ADMIN_PREFIX + "faults", faults)
    router.add_post(ADMIN_PREFIX + "revoke", revoke)
    router.add_post(ADMIN_PREFIX + "visitor", visitor)
    router.add_post(ADMIN_PREFIX + "reset", reset)
    router.add_get(ADMIN_PREFIX + "orders", orders)
    router.add_post(ADMIN_PREFIX + "members", add_member)
    router.add_post(ADMIN_PREFIX + "member-settings", member_settings)
    router.add_post(ADMIN_PREFIX + "approve", approve_member)
    router.add_get(ADMIN_PREFIX + "verification-code", verification_code)
