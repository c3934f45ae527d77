# File generated from @wix/auto_sdk_bookings_bookings 1.0.241
# by `make apigen` (tools/apigen). Do not edit.
"""The ``bookings`` module of ``@wix/bookings`` (29 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import bookings as _types

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
        self,
        multi_service_booking_id: str,
        options: _types.AddBookingsToMultiServiceBookingOptions | None = None,
    ) -> _types.AddBookingsToMultiServiceBookingResponse:
        """Add bookings to multi service booking: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/add_bookings_to_multi_service_booking``

        Permissions: ``MULTI_SERVICE_BOOKINGS.MULTI_SERVICE_BOOKING_ADD_BOOKINGS``.
        Callable by: ``APP``.
        Application errors: ``MULTI_SERVICE_BOOKING_NOT_FOUND``, ``BOOKING_NOT_FOUND``,
        ``BOOKING_REVISION_MISMATCH``,
        ``BOOKING_ALREADY_PART_OF_ANOTHER_MULTI_SERVICE_BOOKING``,
        ``MULTI_SERVICE_BOOKING_ALREADY_INCLUDES_BOOKING``, ``BOOKING_TO_ADD_STATUS_NOT_VALID``.
        """
        return cast(
            "_types.AddBookingsToMultiServiceBookingResponse",
            await call(
                self._requester,
                _ADD_BOOKINGS_TO_MULTI_SERVICE_BOOKING,
                {
                    "multiServiceBookingId": multi_service_booking_id,
                    **_fields.pick(options, "bookings", "returnFullEntity"),
                },
            ),
        )

    async def bookings_cancel_booking_anonymously(
        self, token: str, revision: str
    ) -> _types.V1CancelBookingAnonymouslyResponse:
        """Bookings cancel booking anonymously: ``POST /v1/anonymous-bookings/{token}/cancel``.

        Application errors: ``INVALID_TOKEN``, ``BOOKING_NOT_FOUND``,
        ``BOOKING_CANNOT_BE_CANCELLED``.
        """
        return cast(
            "_types.V1CancelBookingAnonymouslyResponse",
            await call(
                self._requester,
                _BOOKINGS_CANCEL_BOOKING_ANONYMOUSLY,
                {"token": token, "revision": revision},
            ),
        )

    async def bookings_get_booking_anonymously(
        self, token: str, options: _types.BookingsGetBookingAnonymouslyOptions | None = None
    ) -> _types.V1GetBookingAnonymouslyResponse:
        """Bookings get booking anonymously: ``GET /v1/anonymous-bookings/{token}``.

        Application errors: ``INVALID_TOKEN``, ``BOOKING_NOT_FOUND``,
        ``FAILED_GETTING_BOOKING_FEES``.
        """
        return cast(
            "_types.V1GetBookingAnonymouslyResponse",
            await call(
                self._requester,
                _BOOKINGS_GET_BOOKING_ANONYMOUSLY,
                {"token": token, **_fields.pick(options, "fields")},
            ),
        )

    async def bookings_reschedule_booking_anonymously(
        self,
        token: str,
        slot: _types.V2Slot,
        options: _types.BookingsRescheduleBookingAnonymouslyOptions,
    ) -> _types.V1RescheduleBookingAnonymouslyResponse:
        """Bookings reschedule booking anonymously: ``POST``.

        ``/v1/anonymous-bookings/{token}/reschedule``

        Application errors: ``INVALID_TOKEN``, ``BOOKING_NOT_FOUND``,
        ``RESCHEDULING_NOT_ALLOWED``.
        """
        return cast(
            "_types.V1RescheduleBookingAnonymouslyResponse",
            await call(
                self._requester,
                _BOOKINGS_RESCHEDULE_BOOKING_ANONYMOUSLY,
                {"token": token, "slot": slot, **_fields.pick(options, "revision")},
            ),
        )

    async def bulk_calculate_allowed_actions(
        self, booking_ids: Sequence[str]
    ) -> _types.BulkCalculateAllowedActionsResponse:
        """Bulk calculate allowed actions: ``POST``.

        ``/bookings/v2/bulk/bookings/calculate_allowed_actions``

        Permissions: ``BOOKINGS.BULK_CALCULATE_ALLOWED_ACTIONS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkCalculateAllowedActionsResponse",
            await call(
                self._requester, _BULK_CALCULATE_ALLOWED_ACTIONS, {"bookingIds": booking_ids}
            ),
        )

    async def bulk_confirm_or_decline_booking(
        self,
        details: Sequence[Mapping[str, Any]],
        options: _types.BulkConfirmOrDeclineBookingOptions | None = None,
    ) -> _types.BulkConfirmOrDeclineBookingResponse:
        """Bulk confirm or decline booking: ``POST /bookings/v2/bulk/bookings/confirmOrDecline``.

        Permissions: ``BOOKINGS.BOOKING_CONFIRM_OR_DECLINE``.
        Callable by: ``APP``.
        Application errors: ``DUPLICATED_BOOKINGS``.
        """
        return cast(
            "_types.BulkConfirmOrDeclineBookingResponse",
            await call(
                self._requester,
                _BULK_CONFIRM_OR_DECLINE_BOOKING,
                {"details": details, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def bulk_create_booking(
        self,
        create_bookings_info: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateBookingOptions | None = None,
    ) -> _types.BulkCreateBookingResponse:
        """Bulk create booking: ``POST /bookings/v2/bulk/bookings/create``.

        Permissions: ``BOOKINGS.BOOKING_CREATE``.
        Callable by: ``APP``.
        Application errors: ``SESSION_NOT_FOUND``, ``SCHEDULE_NOT_FOUND``,
        ``RESOURCE_NOT_FOUND``, ``FAILED_RESOLVING_CUSTOM_CHOICES``, ``INVALID_CHOICES``,
        ``VALIDATION_FAILURE``, ``SLOT_NOT_AVAILABLE``, ``EMPTY_FORM_INFO``,
        ``UNAUTHORIZED_OPERATION``,
        ``CAN_NOT_SKIP_AVAILABILITY_VALIDATION_IF_RESOURCE_NOT_PROVIDED``,
        ``SLOT_HOLD_UNAVAILABLE``.
        """
        return cast(
            "_types.BulkCreateBookingResponse",
            await call(
                self._requester,
                _BULK_CREATE_BOOKING,
                {
                    "createBookingsInfo": create_bookings_info,
                    **_fields.pick(options, "returnFullEntity"),
                },
            ),
        )

    async def bulk_get_multi_service_booking_allowed_actions(
        self, multi_service_booking_ids: Sequence[str]
    ) -> _types.BulkGetMultiServiceBookingAllowedActionsResponse:
        """Bulk get multi service booking allowed actions: ``POST``.

        ``/bookings/multiServiceBookings/v2/bulk/multi_service_bookings/get_allowed_actions``

        Permissions: ``MULTI_SERVICE_BOOKINGS.MULTI_SERVICE_BOOKING_GET_ALLOWED_ACTIONS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkGetMultiServiceBookingAllowedActionsResponse",
            await call(
                self._requester,
                _BULK_GET_MULTI_SERVICE_BOOKING_ALLOWED_ACTIONS,
                {"multiServiceBookingIds": multi_service_booking_ids},
            ),
        )

    async def cancel_booking(
        self, booking_id: str, options: _types.CancelBookingOptions | None = None
    ) -> _types.CancelBookingResponse:
        """Cancel booking: ``POST /_api/bookings-service/v2/bookings/{bookingId}/cancel``.

        Permissions: ``BOOKINGS.BOOKING_CANCEL``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.CancelBookingResponse",
            await call(
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
            ),
        )

    async def cancel_multi_service_booking(
        self,
        multi_service_booking_id: str,
        options: _types.CancelMultiServiceBookingOptions | None = None,
    ) -> _types.CancelMultiServiceBookingResponse:
        """Cancel multi service booking: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/cancel``

        Permissions: ``MULTI_SERVICE_BOOKINGS.MULTI_SERVICE_BOOKING_CANCEL``.
        Callable by: ``APP``, ``MEMBER``.
        Application errors: ``MULTI_SERVICE_BOOKING_NOT_FOUND``,
        ``ALL_BOOKINGS_ARE_ALREADY_DECLINED``, ``ALL_BOOKINGS_ARE_ALREADY_CANCELED``,
        ``MULTI_SERVICE_BOOKING_INCLUDES_MULTIPLE_STAFF_MEMBERS``.
        """
        return cast(
            "_types.CancelMultiServiceBookingResponse",
            await call(
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
            ),
        )

    async def confirm_booking(
        self, booking_id: str, revision: str, options: _types.ConfirmBookingOptions | None = None
    ) -> _types.ConfirmBookingResponse:
        """Confirm booking: ``POST /_api/bookings-service/v2/bookings/{bookingId}/confirm``.

        Permissions: ``BOOKINGS.BOOKING_CONFIRM``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ConfirmBookingResponse",
            await call(
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
            ),
        )

    async def confirm_multi_service_booking(
        self,
        multi_service_booking_id: str,
        options: _types.ConfirmMultiServiceBookingOptions | None = None,
    ) -> _types.ConfirmMultiServiceBookingResponse:
        """Confirm multi service booking: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/confirm``

        Permissions: ``MULTI_SERVICE_BOOKINGS.MULTI_SERVICE_BOOKING_CONFIRM``.
        Callable by: ``APP``.
        Application errors: ``MULTI_SERVICE_BOOKING_NOT_FOUND``, ``BOOKING_NOT_FOUND``,
        ``REVISION_MISSING``, ``INVALID_BOOKING_STATUS``,
        ``ALL_BOOKINGS_ARE_ALREADY_CONFIRMED``, ``NOT_ALL_BOOKINGS_WERE_SENT``,
        ``DUPLICATE_BOOKING_INFO``, ``SOME_BOOKINGS_UPDATES_FAILED``,
        ``BOOKING_REVISION_MISMATCH``, ``NO_OPEN_SPOTS``,
        ``MULTI_SERVICE_BOOKING_INCLUDES_MULTIPLE_STAFF_MEMBERS``,
        ``NOT_ALL_BOOKINGS_HAVE_START_AND_END_DATE``.
        """
        return cast(
            "_types.ConfirmMultiServiceBookingResponse",
            await call(
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
            ),
        )

    async def confirm_or_decline_booking(
        self, booking_id: str, options: _types.ConfirmOrDeclineBookingOptions | None = None
    ) -> _types.ConfirmOrDeclineBookingResponse:
        """Confirm or decline booking: ``POST``.

        ``/bookings/v2/confirmation/{bookingId}:confirmOrDecline``

        Permissions: ``BOOKINGS.BOOKING_CONFIRM_OR_DECLINE``.
        Callable by: ``APP``.
        Application errors: ``INVALID_BOOKING_STATUS``, ``BOOKING_NOT_FOUND``.
        """
        return cast(
            "_types.ConfirmOrDeclineBookingResponse",
            await call(
                self._requester,
                _CONFIRM_OR_DECLINE_BOOKING,
                {"bookingId": booking_id, **_fields.pick(options, "paymentStatus")},
            ),
        )

    async def create_booking(
        self, booking: _types.Booking, options: _types.CreateBookingOptions | None = None
    ) -> _types.CreateBookingResponse:
        """Create booking: ``POST /_api/bookings-service/v2/bookings``.

        Permissions: ``BOOKINGS.BOOKING_CREATE``.
        Callable by: ``APP``.
        Application errors: ``SESSION_NOT_FOUND``, ``SCHEDULE_NOT_FOUND``,
        ``FAILED_RESOLVING_CUSTOM_CHOICES``, ``INVALID_CHOICES``, ``VALIDATION_FAILURE``,
        ``SESSION_CAPACITY_EXCEEDED``, ``SCHEDULE_CAPACITY_EXCEEDED``, ``SLOT_NOT_AVAILABLE``,
        ``FAILED_VALIDATING_AVAILABILITY``, ``BOOKING_POLICY_VIOLATION``,
        ``UNAUTHORIZED_OPERATION``, ``INVALID_SERVICE_CHOICES``,
        ``INVALID_FLOW_SELECTED_RESOURCES``,
        ``CAN_NOT_CREATE_BOOKING_WITH_MULTI_SERVICE_BOOKING_INFO``,
        ``CAN_NOT_SKIP_AVAILABILITY_VALIDATION_IF_RESOURCE_NOT_PROVIDED``,
        ``SLOT_HOLD_UNAVAILABLE``, ``INVALID_DATE_FORMAT``, ``INVALID_TIME_ZONE``,
        ``CONTACT_DETAILS_CONFLICT``.
        """
        return cast(
            "_types.CreateBookingResponse",
            await call(
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
            ),
        )

    async def create_multi_service_booking(
        self,
        bookings: Sequence[Mapping[str, Any]],
        options: _types.CreateMultiServiceBookingOptions | None = None,
    ) -> _types.CreateMultiServiceBookingResponse:
        """Create multi service booking: ``POST /_api/bookings-service/v2/multi_service_bookings``.

        Permissions: ``MULTI_SERVICE_BOOKINGS.MULTI_SERVICE_BOOKING_CREATE``.
        Callable by: ``APP``.
        Application errors: ``VALIDATION_FAILURE``, ``SCHEDULE_NOT_FOUND``,
        ``RESOURCE_NOT_FOUND``, ``EMPTY_FORM_INFO``, ``FAILED_RESOLVING_CUSTOM_CHOICES``,
        ``INVALID_CHOICES``, ``SLOT_NOT_AVAILABLE``, ``UNAUTHORIZED_OPERATION``,
        ``CAN_NOT_SKIP_AVAILABILITY_VALIDATION_IF_RESOURCE_NOT_PROVIDED``.
        """
        return cast(
            "_types.CreateMultiServiceBookingResponse",
            await call(
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
            ),
        )

    async def decline_booking(
        self, booking_id: str, revision: str, options: _types.DeclineBookingOptions | None = None
    ) -> _types.DeclineBookingResponse:
        """Decline booking: ``POST /_api/bookings-service/v2/bookings/{bookingId}/decline``.

        Permissions: ``BOOKINGS.BOOKING_DECLINE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeclineBookingResponse",
            await call(
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
            ),
        )

    async def decline_multi_service_booking(
        self,
        multi_service_booking_id: str,
        options: _types.DeclineMultiServiceBookingOptions | None = None,
    ) -> _types.DeclineMultiServiceBookingResponse:
        """Decline multi service booking: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/decline``

        Permissions: ``MULTI_SERVICE_BOOKINGS.MULTI_SERVICE_BOOKING_DECLINE``.
        Callable by: ``APP``.
        Application errors: ``MULTI_SERVICE_BOOKING_NOT_FOUND``, ``BOOKING_NOT_FOUND``,
        ``REVISION_MISSING``, ``INVALID_BOOKING_STATUS``, ``ALL_BOOKINGS_ARE_ALREADY_DECLINED``,
        ``NOT_ALL_BOOKINGS_WERE_SENT``, ``DUPLICATE_BOOKING_INFO``,
        ``SOME_BOOKINGS_UPDATES_FAILED``, ``BOOKING_REVISION_MISMATCH``,
        ``MULTI_SERVICE_BOOKING_INCLUDES_MULTIPLE_STAFF_MEMBERS``.
        """
        return cast(
            "_types.DeclineMultiServiceBookingResponse",
            await call(
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
            ),
        )

    async def get_anonymous_action_token(
        self, booking_id: str
    ) -> _types.GetAnonymousActionTokenResponse:
        """Get anonymous action token: ``GET /v1/anonymous-bookings/{bookingId}/token``.

        Permissions: ``bookings:v2:booking:anonymous_actions:get_anonymous_action_token``.
        Callable by: ``APP``.
        Application errors: ``BOOKING_NOT_FOUND``, ``FAILED_GENERATING_TOKEN``.
        """
        return cast(
            "_types.GetAnonymousActionTokenResponse",
            await call(self._requester, _GET_ANONYMOUS_ACTION_TOKEN, {"bookingId": booking_id}),
        )

    async def get_multi_service_booking(
        self, multi_service_booking_id: str
    ) -> _types.GetMultiServiceBookingResponse:
        """Get multi service booking: ``GET``.

        ``/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}``

        Permissions: ``MULTI_SERVICE_BOOKINGS.MULTI_SERVICE_BOOKING_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetMultiServiceBookingResponse",
            await call(
                self._requester,
                _GET_MULTI_SERVICE_BOOKING,
                {"multiServiceBookingId": multi_service_booking_id},
            ),
        )

    async def get_multi_service_booking_availability(
        self, multi_service_booking_id: str
    ) -> _types.GetMultiServiceBookingAvailabilityResponse:
        """Get multi service booking availability: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/get_availability``

        Permissions: ``MULTI_SERVICE_BOOKINGS.MULTI_SERVICE_BOOKING_GET_AVAILABILITY``.
        Callable by: ``APP``.
        Application errors: ``MULTI_SERVICE_BOOKING_NOT_FOUND``.
        """
        return cast(
            "_types.GetMultiServiceBookingAvailabilityResponse",
            await call(
                self._requester,
                _GET_MULTI_SERVICE_BOOKING_AVAILABILITY,
                {"multiServiceBookingId": multi_service_booking_id},
            ),
        )

    async def get_service_anonymously(
        self, token: str, options: _types.GetServiceAnonymouslyOptions | None = None
    ) -> _types.GetServiceAnonymouslyResponse:
        """Get service anonymously: ``GET /v1/anonymous-bookings/{token}/service``.

        Application errors: ``INVALID_TOKEN``, ``BOOKING_NOT_FOUND``, ``SERVICE_NOT_FOUND``,
        ``FAILED_GETTING_SERVICE``.
        """
        return cast(
            "_types.GetServiceAnonymouslyResponse",
            await call(
                self._requester,
                _GET_SERVICE_ANONYMOUSLY,
                {"token": token, **_fields.pick(options, "fields")},
            ),
        )

    async def mark_booking_as_pending(
        self,
        booking_id: str,
        revision: str,
        options: _types.MarkBookingAsPendingOptions | None = None,
    ) -> _types.MarkBookingAsPendingResponse:
        """Mark booking as pending: ``POST``.

        ``/_api/bookings-service/v2/bookings/{bookingId}/mark_booking_as_pending``

        Permissions: ``BOOKINGS.BOOKING_MARK_BOOKING_AS_PENDING``.
        Callable by: ``APP``.
        Application errors: ``BOOKING_MARK_BOOKING_AS_PENDING``, ``BOOKING_NOT_FOUND``,
        ``NO_OPEN_SPOTS``, ``NOT_PENDING_APPROVAL_SERVICE``.
        """
        return cast(
            "_types.MarkBookingAsPendingResponse",
            await call(
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
            ),
        )

    async def mark_multi_service_booking_as_pending(
        self,
        multi_service_booking_id: str,
        options: _types.MarkMultiServiceBookingAsPendingOptions | None = None,
    ) -> _types.MarkMultiServiceBookingAsPendingResponse:
        """Mark multi service booking as pending: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/mark_as_pending``

        Permissions: ``MULTI_SERVICE_BOOKINGS.MULTI_SERVICE_BOOKING_MARK_AS_PENDING``.
        Callable by: ``APP``.
        Application errors: ``MULTI_SERVICE_BOOKING_NOT_FOUND``, ``BOOKING_NOT_FOUND``,
        ``REVISION_MISSING``, ``NOT_ALL_BOOKINGS_WERE_SENT``, ``DUPLICATE_BOOKING_INFO``,
        ``SOME_BOOKINGS_UPDATES_FAILED``, ``BOOKING_REVISION_MISMATCH``, ``NO_OPEN_SPOTS``,
        ``MULTI_SERVICE_BOOKING_INCLUDES_MULTIPLE_STAFF_MEMBERS``.
        """
        return cast(
            "_types.MarkMultiServiceBookingAsPendingResponse",
            await call(
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
            ),
        )

    async def remove_bookings_from_multi_service_booking(
        self,
        multi_service_booking_id: str,
        options: _types.RemoveBookingsFromMultiServiceBookingOptions | None = None,
    ) -> _types.RemoveBookingsFromMultiServiceBookingResponse:
        """Remove bookings from multi service booking: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/remove_bookings_from_multi_service_booking``

        Permissions: ``MULTI_SERVICE_BOOKINGS.MULTI_SERVICE_BOOKING_REMOVE_BOOKINGS``.
        Callable by: ``APP``.
        Application errors: ``MULTI_SERVICE_BOOKING_NOT_FOUND``, ``BOOKING_NOT_FOUND``,
        ``BOOKING_REVISION_MISMATCH``.
        """
        return cast(
            "_types.RemoveBookingsFromMultiServiceBookingResponse",
            await call(
                self._requester,
                _REMOVE_BOOKINGS_FROM_MULTI_SERVICE_BOOKING,
                {
                    "multiServiceBookingId": multi_service_booking_id,
                    **_fields.pick(options, "bookings", "returnFullEntity"),
                },
            ),
        )

    async def reschedule_booking(
        self,
        booking_id: str,
        slot: _types.V2Slot,
        options: _types.RescheduleBookingOptions | None = None,
    ) -> _types.RescheduleBookingResponse:
        """Reschedule booking: ``POST /_api/bookings-service/v2/bookings/{bookingId}/reschedule``.

        Permissions: ``BOOKINGS.BOOKING_RESCHEDULE``.
        Callable by: ``APP``, ``MEMBER``.
        Application errors: ``BOOKING_NOT_FOUND``, ``BOOKING_POLICY_VIOLATION``,
        ``UNAUTHORIZED_OPERATION``, ``SESSION_CAPACITY_EXCEEDED``,
        ``SCHEDULE_CAPACITY_EXCEEDED``, ``SLOT_NOT_AVAILABLE``, ``VALIDATION_FAILURE``,
        ``EMPTY_FORM_INFO``, ``SESSION_NOT_FOUND``, ``SCHEDULE_NOT_FOUND``,
        ``RESOURCE_NOT_FOUND``, ``FAILED_VALIDATING_AVAILABILITY``,
        ``FAILED_RESOLVING_SESSION``, ``FAILED_RESOLVING_SCHEDULE``,
        ``INVALID_SERVICE_CHOICES``, ``NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING``,
        ``ADD_ON_NOT_FOUND``, ``ADD_ON_CHANGES_NOT_ALLOWED``, ``ADD_ON_GROUP_NOT_FOUND``,
        ``PRICE_CHANGE_NOT_ALLOWED``.
        """
        return cast(
            "_types.RescheduleBookingResponse",
            await call(
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
            ),
        )

    async def reschedule_multi_service_booking(
        self,
        multi_service_booking_id: str,
        reschedule_bookings_info: Sequence[Mapping[str, Any]],
        options: _types.RescheduleMultiServiceBookingOptions | None = None,
    ) -> _types.RescheduleMultiServiceBookingResponse:
        """Reschedule multi service booking: ``POST``.

        ``/_api/bookings-service/v2/multi_service_bookings/{multiServiceBookingId}/reschedule``

        Permissions: ``MULTI_SERVICE_BOOKINGS.MULTI_SERVICE_BOOKING_RESCHEDULE``.
        Callable by: ``APP``, ``MEMBER``.
        Application errors: ``MULTI_SERVICE_BOOKING_NOT_FOUND``, ``BOOKING_NOT_FOUND``,
        ``REVISION_MISSING``, ``NOT_ALL_BOOKINGS_WERE_SENT``, ``DUPLICATE_BOOKING_INFO``,
        ``SOME_BOOKINGS_UPDATES_FAILED``, ``BOOKING_REVISION_MISMATCH``, ``NO_OPEN_SPOTS``,
        ``MULTI_SERVICE_BOOKING_INCLUDES_MULTIPLE_STAFF_MEMBERS``.
        """
        return cast(
            "_types.RescheduleMultiServiceBookingResponse",
            await call(
                self._requester,
                _RESCHEDULE_MULTI_SERVICE_BOOKING,
                {
                    "multiServiceBookingId": multi_service_booking_id,
                    "rescheduleBookingsInfo": reschedule_bookings_info,
                    **_fields.pick(
                        options,
                        "participantNotification",
                        "flowControlSettings",
                        "returnFullEntity",
                    ),
                },
            ),
        )

    async def set_booking_submission_id(
        self, booking_id: str, submission_id: str
    ) -> _types.SetBookingSubmissionIdResponse:
        """Set booking submission id: ``POST``.

        ``/_api/bookings-service/v2/bookings/{bookingId}/set-booking-submission-id``

        Permissions: ``BOOKINGS.BOOKING_SET_SUBMISSION_ID``.
        Callable by: ``APP``.
        Application errors: ``BOOKING_NOT_FOUND``.
        """
        return cast(
            "_types.SetBookingSubmissionIdResponse",
            await call(
                self._requester,
                _SET_BOOKING_SUBMISSION_ID,
                {"bookingId": booking_id, "submissionId": submission_id},
            ),
        )

    async def update_extended_fields(
        self, id: str, namespace: str, options: _types.UpdateExtendedFieldsOptions
    ) -> _types.UpdateExtendedFieldsResponse:
        """Update extended fields: ``POST``.

        ``/_api/bookings-service/v2/bookings/{id}/update_extended_fields``

        Permissions: ``BOOKINGS.BOOKING_UPDATE_EXTENDED_FIELDS``.
        Callable by: ``APP``.
        Application errors: ``BOOKING_NOT_FOUND``.
        """
        return cast(
            "_types.UpdateExtendedFieldsResponse",
            await call(
                self._requester,
                _UPDATE_EXTENDED_FIELDS,
                {"id": id, "namespace": namespace, **_fields.pick(options, "namespaceData")},
            ),
        )

    async def update_number_of_participants(
        self, booking_id: str, options: _types.UpdateNumberOfParticipantsOptions | None = None
    ) -> _types.UpdateNumberOfParticipantsResponse:
        """Update number of participants: ``POST``.

        ``/_api/bookings-service/v2/bookings/{bookingId}/update_number_of_participants``

        Permissions: ``BOOKINGS.NUMBER_OF_PARTICIPANTS_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateNumberOfParticipantsResponse",
            await call(
                self._requester,
                _UPDATE_NUMBER_OF_PARTICIPANTS,
                {
                    "bookingId": booking_id,
                    **_fields.pick(options, "revision", "totalParticipants", "participantsChoices"),
                },
            ),
        )


def bind(client: Requester) -> Bookings:
    """The ``bookings`` module for ``client``'s visitor."""
    return Bookings(client)
