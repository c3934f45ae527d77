# File generated from @wix/auto_sdk_bookings_bookings 1.0.241
# by `make apigen` (tools/apigen). Do not edit.
"""The ``bookings`` module of ``@wix/bookings`` (29 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_ADD_BOOKINGS_TO_MULTI_SERVICE_BOOKING = Route(
    "POST",
    "/_api/bookings-service/v2/multi_service_bookings/add_bookings_to_multi_service_booking",
    "com.wixpress.bookings.bookings.v2.MultiServiceBookings.AddBookingsToMultiServiceBooking",
)
_BOOKINGS_CANCEL_BOOKING_ANONYMOUSLY = Route(
    "POST",
    "/v1/anonymous-bookings/{token}/cancel",
    "wix.bookings.anonymous.actions.v1.AnonymousBookingActionsService.CancelBookingAnonymously",
    path_params=("token",),
)
_BOOKINGS_GET_BOOKING_ANONYMOUSLY = Route(
    "GET",
    "/v1/anonymous-bookings/{token}",
    "wix.bookings.anonymous.actions.v1.AnonymousBookingActionsService.GetBookingAnonymously",
    path_params=("token",),
)
_BOOKINGS_RESCHEDULE_BOOKING_ANONYMOUSLY = Route(
    "POST",
    "/v1/anonymous-bookings/{token}/reschedule",
    "wix.bookings.anonymous.actions.v1.AnonymousBookingActionsService.RescheduleBookingAnonymously",
    path_params=("token",),
)
_BULK_CALCULATE_ALLOWED_ACTIONS = Route(
    "POST",
    "/bookings/v2/bulk/bookings/calculate_allowed_actions",
    "com.wixpress.bookings.bookings.v2.Bookings.BulkCalculateAllowedActions",
)
_BULK_CONFIRM_OR_DECLINE_BOOKING = Route(
    "POST",
    "/bookings/v2/bulk/bookings/confirmOrDecline",
    "com.wixpress.bookings.confirmator.v2.Confirmator.BulkConfirmOrDeclineBooking",
)
_BULK_CREATE_BOOKING = Route(
    "POST",
    "/bookings/v2/bulk/bookings/create",
    "com.wixpress.bookings.bookings.v2.Bookings.BulkCreateBooking",
)
_BULK_GET_MULTI_SERVICE_BOOKING_ALLOWED_ACTIONS = Route(
    "POST",
    "/bookings/multiServiceBookings/v2/bulk/multi_service_bookings/get_allowed_actions",
    "com.wixpress.bookings.bookings.v2.MultiServiceBookings.BulkGetMultiServiceBookingAllowedActions",
)
_CANCEL_BOOKING = Route(
    "POST",
    "/_api/bookings-service/v2/bookings/{bookingId}/cancel",
    "com.wixpress.bookings.bookings.v2.Bookings.CancelBooking",
    path_params=("bookingId",),
)
_CANCEL_MULTI_SERVICE_BOOKING = Route(
    "POST",
    "/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/cancel",
    "com.wixpress.bookings.bookings.v2.MultiServiceBookings.CancelMultiServiceBooking",
    path_params=("multiServiceBookingId",),
)
_CONFIRM_BOOKING = Route(
    "POST",
    "/_api/bookings-service/v2/bookings/{bookingId}/confirm",
    "com.wixpress.bookings.bookings.v2.Bookings.ConfirmBooking",
    path_params=("bookingId",),
)
_CONFIRM_MULTI_SERVICE_BOOKING = Route(
    "POST",
    "/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/confirm",
    "com.wixpress.bookings.bookings.v2.MultiServiceBookings.ConfirmMultiServiceBooking",
    path_params=("multiServiceBookingId",),
)
_CONFIRM_OR_DECLINE_BOOKING = Route(
    "POST",
    "/bookings/v2/confirmation/{bookingId}:confirmOrDecline",
    "com.wixpress.bookings.confirmator.v2.Confirmator.ConfirmOrDeclineBooking",
    path_params=("bookingId",),
)
_CREATE_BOOKING = Route(
    "POST",
    "/_api/bookings-service/v2/bookings",
    "com.wixpress.bookings.bookings.v2.Bookings.CreateBooking",
)
_CREATE_MULTI_SERVICE_BOOKING = Route(
    "POST",
    "/_api/bookings-service/v2/multi_service_bookings",
    "com.wixpress.bookings.bookings.v2.MultiServiceBookings.CreateMultiServiceBooking",
)
_DECLINE_BOOKING = Route(
    "POST",
    "/_api/bookings-service/v2/bookings/{bookingId}/decline",
    "com.wixpress.bookings.bookings.v2.Bookings.DeclineBooking",
    path_params=("bookingId",),
)
_DECLINE_MULTI_SERVICE_BOOKING = Route(
    "POST",
    "/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/decline",
    "com.wixpress.bookings.bookings.v2.MultiServiceBookings.DeclineMultiServiceBooking",
    path_params=("multiServiceBookingId",),
)
_GET_ANONYMOUS_ACTION_TOKEN = Route(
    "GET",
    "/v1/anonymous-bookings/{bookingId}/token",
    "wix.bookings.anonymous.actions.v1.AnonymousBookingActionsService.GetAnonymousActionToken",
    path_params=("bookingId",),
)
_GET_MULTI_SERVICE_BOOKING = Route(
    "GET",
    "/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}",
    "com.wixpress.bookings.bookings.v2.MultiServiceBookings.GetMultiServiceBooking",
    path_params=("multiServiceBookingId",),
)
_GET_MULTI_SERVICE_BOOKING_AVAILABILITY = Route(
    "POST",
    "/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/get_availability",
    "com.wixpress.bookings.bookings.v2.MultiServiceBookings.GetMultiServiceBookingAvailability",
    path_params=("multiServiceBookingId",),
)
_GET_SERVICE_ANONYMOUSLY = Route(
    "GET",
    "/v1/anonymous-bookings/{token}/service",
    "wix.bookings.anonymous.actions.v1.AnonymousBookingActionsService.GetServiceAnonymously",
    path_params=("token",),
)
_MARK_BOOKING_AS_PENDING = Route(
    "POST",
    "/_api/bookings-service/v2/bookings/{bookingId}/mark_booking_as_pending",
    "com.wixpress.bookings.bookings.v2.Bookings.MarkBookingAsPending",
    path_params=("bookingId",),
)
_MARK_MULTI_SERVICE_BOOKING_AS_PENDING = Route(
    "POST",
    "/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/mark_as_pending",
    "com.wixpress.bookings.bookings.v2.MultiServiceBookings.MarkMultiServiceBookingAsPending",
    path_params=("multiServiceBookingId",),
)
_REMOVE_BOOKINGS_FROM_MULTI_SERVICE_BOOKING = Route(
    "POST",
    "/_api/bookings-service/v2/multi_service_bookings/remove_bookings_from_multi_service_booking",
    "com.wixpress.bookings.bookings.v2.MultiServiceBookings.RemoveBookingsFromMultiServiceBooking",
)
_RESCHEDULE_BOOKING = Route(
    "POST",
    "/_api/bookings-service/v2/bookings/{bookingId}/reschedule",
    "com.wixpress.bookings.bookings.v2.Bookings.RescheduleBooking",
    path_params=("bookingId",),
)
_RESCHEDULE_MULTI_SERVICE_BOOKING = Route(
    "POST",
    "/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/reschedule",
    "com.wixpress.bookings.bookings.v2.MultiServiceBookings.RescheduleMultiServiceBooking",
    path_params=("multiServiceBookingId",),
)
_SET_BOOKING_SUBMISSION_ID = Route(
    "POST",
    "/_api/bookings-service/v2/bookings/{bookingId}/set-booking-submission-id",
    "com.wixpress.bookings.bookings.v2.Bookings.SetBookingSubmissionId",
    path_params=("bookingId",),
)
_UPDATE_EXTENDED_FIELDS = Route(
    "POST",
    "/_api/bookings-service/v2/bookings/{id}/update_extended_fields",
    "com.wixpress.bookings.bookings.v2.Bookings.UpdateExtendedFields",
    path_params=("id",),
)
_UPDATE_NUMBER_OF_PARTICIPANTS = Route(
    "POST",
    "/_api/bookings-service/v2/bookings/{bookingId}/update_number_of_participants",
    "com.wixpress.bookings.bookings.v2.Bookings.UpdateNumberOfParticipants",
    path_params=("bookingId",),
)


class Bookings(Module):
    """``bookings`` of ``@wix/bookings``: ``bookings = bookings.bookings.bind(wix)``."""

    __slots__ = ()

    async def add_bookings_to_multi_service_booking(
        self, multi_service_booking_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Add bookings to multi service booking: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/add_bookings_to_multi_service_booking``
        """
        return await call(
            self._requester,
            _ADD_BOOKINGS_TO_MULTI_SERVICE_BOOKING,
            {
                "multiServiceBookingId": multi_service_booking_id,
                **_fields.pick(options, "bookings", "returnFullEntity"),
            },
        )

    async def bookings_cancel_booking_anonymously(
        self, token: str, revision: str
    ) -> dict[str, Any]:
        """Bookings cancel booking anonymously: ``POST /v1/anonymous-bookings/{token}/cancel``."""
        return await call(
            self._requester,
            _BOOKINGS_CANCEL_BOOKING_ANONYMOUSLY,
            {"token": token, "revision": revision},
        )

    async def bookings_get_booking_anonymously(
        self, token: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bookings get booking anonymously: ``GET /v1/anonymous-bookings/{token}``."""
        return await call(
            self._requester,
            _BOOKINGS_GET_BOOKING_ANONYMOUSLY,
            {"token": token, **_fields.pick(options, "fields")},
        )

    async def bookings_reschedule_booking_anonymously(
        self, token: str, slot: Mapping[str, Any], options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Bookings reschedule booking anonymously: ``POST``.

        ``/v1/anonymous-bookings/{token}/reschedule``
        """
        return await call(
            self._requester,
            _BOOKINGS_RESCHEDULE_BOOKING_ANONYMOUSLY,
            {"token": token, "slot": slot, **_fields.pick(options, "revision")},
        )

    async def bulk_calculate_allowed_actions(self, booking_ids: list[str]) -> dict[str, Any]:
        """Bulk calculate allowed actions: ``POST``.

        ``/bookings/v2/bulk/bookings/calculate_allowed_actions``
        """
        return await call(
            self._requester, _BULK_CALCULATE_ALLOWED_ACTIONS, {"bookingIds": booking_ids}
        )

    async def bulk_confirm_or_decline_booking(
        self, details: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk confirm or decline booking: ``POST /bookings/v2/bulk/bookings/confirmOrDecline``."""
        return await call(
            self._requester,
            _BULK_CONFIRM_OR_DECLINE_BOOKING,
            {"details": details, **_fields.pick(options, "returnEntity")},
        )

    async def bulk_create_booking(
        self,
        create_bookings_info: Sequence[Mapping[str, Any]],
        options: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Bulk create booking: ``POST /bookings/v2/bulk/bookings/create``."""
        return await call(
            self._requester,
            _BULK_CREATE_BOOKING,
            {
                "createBookingsInfo": create_bookings_info,
                **_fields.pick(options, "returnFullEntity"),
            },
        )

    async def bulk_get_multi_service_booking_allowed_actions(
        self, multi_service_booking_ids: list[str]
    ) -> dict[str, Any]:
        """Bulk get multi service booking allowed actions: ``POST``.

        ``/bookings/multiServiceBookings/v2/bulk/multi_service_bookings/get_allowed_actions``
        """
        return await call(
            self._requester,
            _BULK_GET_MULTI_SERVICE_BOOKING_ALLOWED_ACTIONS,
            {"multiServiceBookingIds": multi_service_booking_ids},
        )

    async def cancel_booking(
        self, booking_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Cancel booking: ``POST /_api/bookings-service/v2/bookings/{bookingId}/cancel``."""
        return await call(
            self._requester,
            _CANCEL_BOOKING,
            {
                "bookingId": booking_id,
                **_fields.pick(
                    options,
                    "participantNotification",
                    "flowControlSettings",
                    "revision",
                    "waiveCharges",
                ),
            },
        )

    async def cancel_multi_service_booking(
        self, multi_service_booking_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Cancel multi service booking: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/cancel``
        """
        return await call(
            self._requester,
            _CANCEL_MULTI_SERVICE_BOOKING,
            {
                "multiServiceBookingId": multi_service_booking_id,
                **_fields.pick(
                    options,
                    "participantNotification",
                    "flowControlSettings",
                    "returnFullEntity",
                    "waiveCharges",
                ),
            },
        )

    async def confirm_booking(
        self, booking_id: str, revision: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Confirm booking: ``POST /_api/bookings-service/v2/bookings/{bookingId}/confirm``."""
        return await call(
            self._requester,
            _CONFIRM_BOOKING,
            {
                "bookingId": booking_id,
                "revision": revision,
                **_fields.pick(
                    options,
                    "participantNotification",
                    "sendSmsReminder",
                    "paymentStatus",
                    "doubleBooked",
                    "flowControlSettings",
                ),
            },
        )

    async def confirm_multi_service_booking(
        self, multi_service_booking_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Confirm multi service booking: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/confirm``
        """
        return await call(
            self._requester,
            _CONFIRM_MULTI_SERVICE_BOOKING,
            {
                "multiServiceBookingId": multi_service_booking_id,
                **_fields.pick(
                    options,
                    "confirmBookingsInfo",
                    "participantNotification",
                    "sendSmsReminder",
                    "doubleBooked",
                    "returnFullEntity",
                    "flowControlSettings",
                ),
            },
        )

    async def confirm_or_decline_booking(
        self, booking_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Confirm or decline booking: ``POST``.

        ``/bookings/v2/confirmation/{bookingId}:confirmOrDecline``
        """
        return await call(
            self._requester,
            _CONFIRM_OR_DECLINE_BOOKING,
            {"bookingId": booking_id, **_fields.pick(options, "paymentStatus")},
        )

    async def create_booking(
        self, booking: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Create booking: ``POST /_api/bookings-service/v2/bookings``."""
        return await call(
            self._requester,
            _CREATE_BOOKING,
            {
                "booking": booking,
                **_fields.pick(
                    options,
                    "participantNotification",
                    "sendSmsReminder",
                    "flowControlSettings",
                    "formSubmission",
                ),
            },
        )

    async def create_multi_service_booking(
        self, bookings: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Create multi service booking: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings``
        """
        return await call(
            self._requester,
            _CREATE_MULTI_SERVICE_BOOKING,
            {
                "bookings": bookings,
                **_fields.pick(
                    options,
                    "participantNotification",
                    "sendSmsReminder",
                    "flowControlSettings",
                    "returnFullEntity",
                    "multiServiceBookingType",
                    "formSubmission",
                ),
            },
        )

    async def decline_booking(
        self, booking_id: str, revision: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Decline booking: ``POST /_api/bookings-service/v2/bookings/{bookingId}/decline``."""
        return await call(
            self._requester,
            _DECLINE_BOOKING,
            {
                "bookingId": booking_id,
                "revision": revision,
                **_fields.pick(
                    options,
                    "participantNotification",
                    "paymentStatus",
                    "doubleBooked",
                    "flowControlSettings",
                ),
            },
        )

    async def decline_multi_service_booking(
        self, multi_service_booking_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Decline multi service booking: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/decline``
        """
        return await call(
            self._requester,
            _DECLINE_MULTI_SERVICE_BOOKING,
            {
                "multiServiceBookingId": multi_service_booking_id,
                **_fields.pick(
                    options,
                    "declineBookingsInfo",
                    "participantNotification",
                    "doubleBooked",
                    "returnFullEntity",
                    "flowControlSettings",
                ),
            },
        )

    async def get_anonymous_action_token(self, booking_id: str) -> dict[str, Any]:
        """Get anonymous action token: ``GET /v1/anonymous-bookings/{bookingId}/token``."""
        return await call(self._requester, _GET_ANONYMOUS_ACTION_TOKEN, {"bookingId": booking_id})

    async def get_multi_service_booking(self, multi_service_booking_id: str) -> dict[str, Any]:
        """Get multi service booking: ``GET``.

        ``/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}``
        """
        return await call(
            self._requester,
            _GET_MULTI_SERVICE_BOOKING,
            {"multiServiceBookingId": multi_service_booking_id},
        )

    async def get_multi_service_booking_availability(
        self, multi_service_booking_id: str
    ) -> dict[str, Any]:
        """Get multi service booking availability: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/get_availability``
        """
        return await call(
            self._requester,
            _GET_MULTI_SERVICE_BOOKING_AVAILABILITY,
            {"multiServiceBookingId": multi_service_booking_id},
        )

    async def get_service_anonymously(
        self, token: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get service anonymously: ``GET /v1/anonymous-bookings/{token}/service``."""
        return await call(
            self._requester,
            _GET_SERVICE_ANONYMOUSLY,
            {"token": token, **_fields.pick(options, "fields")},
        )

    async def mark_booking_as_pending(
        self, booking_id: str, revision: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Mark booking as pending: ``POST``.

        ``/_api/bookings-service/v2/bookings/{bookingId}/mark_booking_as_pending``
        """
        return await call(
            self._requester,
            _MARK_BOOKING_AS_PENDING,
            {
                "bookingId": booking_id,
                "revision": revision,
                **_fields.pick(
                    options,
                    "participantNotification",
                    "sendSmsReminder",
                    "paymentStatus",
                    "doubleBooked",
                    "flowControlSettings",
                ),
            },
        )

    async def mark_multi_service_booking_as_pending(
        self, multi_service_booking_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Mark multi service booking as pending: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/mark_as_pending``
        """
        return await call(
            self._requester,
            _MARK_MULTI_SERVICE_BOOKING_AS_PENDING,
            {
                "multiServiceBookingId": multi_service_booking_id,
                **_fields.pick(
                    options,
                    "markAsPendingBookingsInfo",
                    "participantNotification",
                    "sendSmsReminder",
                    "doubleBooked",
                    "returnFullEntity",
                    "flowControlSettings",
                ),
            },
        )

    async def remove_bookings_from_multi_service_booking(
        self, multi_service_booking_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Remove bookings from multi service booking: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/remove_bookings_from_multi_service_booking``
        """
        return await call(
            self._requester,
            _REMOVE_BOOKINGS_FROM_MULTI_SERVICE_BOOKING,
            {
                "multiServiceBookingId": multi_service_booking_id,
                **_fields.pick(options, "bookings", "returnFullEntity"),
            },
        )

    async def reschedule_booking(
        self, booking_id: str, slot: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Reschedule booking: ``POST``.

        ``/_api/bookings-service/v2/bookings/{bookingId}/reschedule``
        """
        return await call(
            self._requester,
            _RESCHEDULE_BOOKING,
            {
                "bookingId": booking_id,
                "slot": slot,
                **_fields.pick(
                    options,
                    "revision",
                    "participantNotification",
                    "flowControlSettings",
                    "totalParticipants",
                    "participantsChoices",
                    "bookedAddOns",
                ),
            },
        )

    async def reschedule_multi_service_booking(
        self,
        multi_service_booking_id: str,
        reschedule_bookings_info: Sequence[Mapping[str, Any]],
        options: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Reschedule multi service booking: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/reschedule``
        """
        return await call(
            self._requester,
            _RESCHEDULE_MULTI_SERVICE_BOOKING,
            {
                "multiServiceBookingId": multi_service_booking_id,
                "rescheduleBookingsInfo": reschedule_bookings_info,
                **_fields.pick(
                    options, "participantNotification", "flowControlSettings", "returnFullEntity"
                ),
            },
        )

    async def set_booking_submission_id(
        self, booking_id: str, submission_id: str
    ) -> dict[str, Any]:
        """Set booking submission id: ``POST``.

        ``/_api/bookings-service/v2/bookings/{bookingId}/set-booking-submission-id``
        """
        return await call(
            self._requester,
            _SET_BOOKING_SUBMISSION_ID,
            {"bookingId": booking_id, "submissionId": submission_id},
        )

    async def update_extended_fields(
        self, id: str, namespace: str, options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Update extended fields: ``POST``.

        ``/_api/bookings-service/v2/bookings/{id}/update_extended_fields``
        """
        return await call(
            self._requester,
            _UPDATE_EXTENDED_FIELDS,
            {"id": id, "namespace": namespace, **_fields.pick(options, "namespaceData")},
        )

    async def update_number_of_participants(
        self, booking_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update number of participants: ``POST``.

        ``/_api/bookings-service/v2/bookings/{bookingId}/update_number_of_participants``
        """
        return await call(
            self._requester,
            _UPDATE_NUMBER_OF_PARTICIPANTS,
            {
                "bookingId": booking_id,
                **_fields.pick(options, "revision", "totalParticipants", "participantsChoices"),
            },
        )


def bind(client: Requester) -> Bookings:
    """The ``bookings`` module for ``client``'s visitor."""
    return Bookings(client)
