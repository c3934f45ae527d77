"""The booking form (``@wix/forms``' ``forms.getForm`` for a service's ``form.id``).

Every seeded service uses one form, ``catalog.BOOKING_FORM_ID``; its input fields'
``target`` names are the keys Create Booking's ``formSubmission`` takes
(``catalog.FORM_TARGETS``): first and last name, email and phone, of which first name
and email are required. Any other form id is 404 ``FORM_NOT_FOUND`` (the emulated site
has no other form; the code is an emulator choice).
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ..common.http import BadBody, authenticate, json_response, validation_error, wix_error
from ..common.money import iso_date
from ..common.reads import read_payload
from ..stores.catalog import CREATED
from .catalog import BOOKING_FORM_ID, FORM_TARGETS

__all__ = ["add_routes", "booking_form"]

_REQUIRED = frozenset({"first_name", "email"})
_EMAIL = {"validation": {"format": "EMAIL"}}


def booking_form() -> dict[str, Any]:
    """The booking form as Forms V4 returns it (inside ``{"form": ...}``)."""
    fields = [
        {
            "id": f"{BOOKING_FORM_ID[:-2]}{index:02d}",
            "identifier": target,
            "fieldType": "INPUT",
            "hidden": False,
            "inputOptions": {
                "target": target,
                "inputType": "STRING",
                "required": target in _REQUIRED,
                "pii": True,
                "readOnly": False,
                "stringOptions": _EMAIL if target == "email" else {},
            },
        }
        for index, target in enumerate(FORM_TARGETS, start=1)
    ]
    return {
        "id": BOOKING_FORM_ID,
        "name": "Booking Form",
        "namespace": "wix.bookings.v2.bookings",
        "formFields": fields,
        "revision": "1",
        "enabled": True,
        "createdDate": iso_date(CREATED),
        "updatedDate": iso_date(CREATED),
    }


async def get_form(request: web.Request) -> web.Response:
    """``GET /form-schema-service/v4/forms/{formId}`` → ``{"form"}`` for the booking form."""
    caller = authenticate(request)
    if isinstance(caller, web.Response):
        return caller
    try:
        await read_payload(request)
    except BadBody as exc:
        return validation_error("body", str(exc))
    wanted = request.match_info["formId"]
    if wanted != BOOKING_FORM_ID:
        description = f"Form {wanted} was not found"
        return wix_error(404, description, "FORM_NOT_FOUND", description)
    return json_response({"form": booking_form()})


def add_routes(app: web.Application) -> None:
    """Serve the booking form on the package's path and the REST docs' path."""
    for forms in ("/form-schema-service/v4/forms", "/forms/v4/forms"):
        app.router.add_get(forms + "/{formId:(?!trash-bin$|providers-config$)[^/]+}", get_form)
