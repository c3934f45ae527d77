# File generated from @wix/auto_sdk_redirects_redirects 1.0.56
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``redirects.redirects``.

From ``@wix/auto_sdk_redirects_redirects``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.redirects.types.redirects import <Type>
"""

from __future__ import annotations

from typing import Literal, TypeAlias, TypedDict

LocationType: TypeAlias = Literal["UNDEFINED", "OWNER_BUSINESS", "OWNER_CUSTOM", "CUSTOM"]
Prompt: TypeAlias = Literal["login", "none"]


class AuthorizeRequest(TypedDict, total=False):
    clientId: str
    responseType: str
    redirectUri: str | None
    scope: str | None
    state: str
    responseMode: str | None
    codeChallenge: str | None
    codeChallengeMethod: str | None
    sessionToken: str | None
    nonce: str | None
    prompt: str | None


class BookingPolicyViolations(TypedDict, total=False):
    tooEarlyToBook: bool | None
    tooLateToBook: bool | None
    bookOnlineDisabled: bool | None
    validSubmissionRequired: bool | None


class CallbackParams(TypedDict, total=False):
    thankYouPageUrl: str | None
    postFlowUrl: str | None
    loginUrl: str | None
    bookingsServiceListUrl: str | None
    cartPageUrl: str | None
    planListUrl: str | None


class CreateRedirectSessionOptions(TypedDict, total=False):
    """What ``createRedirectSession`` reads from ``options``."""

    bookingsCheckout: RedirectSessionBookingsCheckoutParams
    ecomCheckout: RedirectSessionEcomCheckoutParams
    eventsCheckout: RedirectSessionEventsCheckoutParams
    paidPlansCheckout: RedirectSessionPaidPlansCheckoutParams
    login: RedirectSessionLoginParams
    logout: RedirectSessionLogoutParams
    auth: RedirectSessionAuthParams
    storesProduct: RedirectSessionStoresProductParams
    bookingsBook: RedirectSessionBookingsBookParams
    ecomOrderPaymentRequest: RedirectSessionEcomOrderPaymentRequestParams
    callbacks: CallbackParams
    preferences: RedirectSessionPreferences
    origin: str | None


class CreateRedirectSessionRequestIntentOneOf(TypedDict, total=False):
    bookingsCheckout: RedirectSessionBookingsCheckoutParams
    ecomCheckout: RedirectSessionEcomCheckoutParams
    eventsCheckout: RedirectSessionEventsCheckoutParams
    paidPlansCheckout: RedirectSessionPaidPlansCheckoutParams
    login: RedirectSessionLoginParams
    logout: RedirectSessionLogoutParams
    auth: RedirectSessionAuthParams
    storesProduct: RedirectSessionStoresProductParams
    bookingsBook: RedirectSessionBookingsBookParams
    ecomOrderPaymentRequest: RedirectSessionEcomOrderPaymentRequestParams


class CreateRedirectSessionRequest(CreateRedirectSessionRequestIntentOneOf, total=False):
    callbacks: CallbackParams
    preferences: RedirectSessionPreferences
    origin: str | None


class CreateRedirectSessionResponse(TypedDict, total=False):
    redirectSession: RedirectSession


class Location(TypedDict, total=False):
    id: str | None
    name: str | None
    formattedAddress: str | None
    formattedAddressTranslated: str | None
    locationType: LocationType


class RedirectSession(TypedDict, total=False):
    id: str
    fullUrl: str
    urlDetails: URLDetails
    sessionToken: str | None
    shortUrl: str


class RedirectSessionAuthParams(TypedDict, total=False):
    authRequest: AuthorizeRequest
    prompt: Prompt


class RedirectSessionBookingsBookParams(TypedDict, total=False):
    resourceId: str


class RedirectSessionBookingsCheckoutParams(TypedDict, total=False):
    timezone: str
    slotAvailability: SlotAvailability


class RedirectSessionEcomCheckoutParams(TypedDict, total=False):
    checkoutId: str


class RedirectSessionEcomOrderPaymentRequestParams(TypedDict, total=False):
    paymentRequestId: str


class RedirectSessionEventsCheckoutParams(TypedDict, total=False):
    reservationId: str
    eventSlug: str


class RedirectSessionLoginParams(TypedDict, total=False):
    pass


class RedirectSessionLogoutParams(TypedDict, total=False):
    clientId: str


class RedirectSessionPaidPlansCheckoutParams(TypedDict, total=False):
    planId: str
    checkoutData: str | None


class RedirectSessionPreferences(TypedDict, total=False):
    useGenericWixPages: bool | None
    maintainIdentity: bool | None
    additionalQueryParameters: dict[str, str]
    checkIfPublish: bool | None


class RedirectSessionStoresProductParams(TypedDict, total=False):
    productSlug: str


class Slot(TypedDict, total=False):
    sessionId: str | None
    serviceId: str
    scheduleId: str
    startDate: str | None
    endDate: str | None
    timezone: str | None
    resource: SlotResource
    location: Location
    eventId: str | None


class SlotAvailability(TypedDict, total=False):
    slot: Slot
    bookable: bool
    totalSpots: int | None
    openSpots: int | None
    waitingList: WaitingList
    bookingPolicyViolations: BookingPolicyViolations
    locked: bool | None
    isFromV2: bool


class SlotResource(TypedDict, total=False):
    id: str | None
    name: str | None


class URLDetails(TypedDict, total=False):
    endpoint: str
    searchParams: dict[str, str]


class WaitingList(TypedDict, total=False):
    totalSpots: int | None
    openSpots: int | None
