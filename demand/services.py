"""Requests for training: made, confirmed, withdrawn, heard back, ended; and old counts pruned.

Every mail carries the link that withdraws the request. Mails to a person who just sent the form
go out after the answer (portal.tasks); the notices about new offerings go out from a daily
command (`send_demand_notices`), never inside a web request.
"""

import datetime
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from demand.models import (
    REQUEST_MONTHS,
    RequestNotice,
    TrainingRequest,
    UnansweredSearch,
    months_later,
)
from demand.overview import request_summary
from portal.dates import school_year_bounds, school_year_of
from portal.geo import Point
from portal.ratelimit import RateLimit
from trajectories.models import Offering

CONFIRM_SALT = "demand.request.confirm"
WITHDRAW_SALT = "demand.request.withdraw"


def request_rate_limit() -> RateLimit:
    """At most `DEMAND_REQUESTS_PER_HOUR` requests an hour per network address, counted in the
    database so every server process counts together."""
    return RateLimit("opleiding-gevraagd", settings.DEMAND_REQUESTS_PER_HOUR, timedelta(hours=1))


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def confirm_url(training_request: TrainingRequest) -> str:
    token = signing.dumps(training_request.pk, salt=CONFIRM_SALT)
    return absolute(reverse("demand:request-confirm", args=[token]))


def withdraw_url(training_request: TrainingRequest) -> str:
    token = signing.dumps(training_request.pk, salt=WITHDRAW_SALT)
    return absolute(reverse("demand:request-withdraw", args=[token]))


def request_create(
    *,
    asker: str,
    people: int | None,
    route_id: int | None,
    qualification_id: int | None,
    moments: list[str],
    municipality_id: int,
    radius_km: int,
    email: str,
    address: str | None,
) -> TrainingRequest:
    """Keep a request, count it against the sender's address, and (with an e-mail address)
    send the confirmation link after the answer."""
    request_rate_limit().hit(address)
    training_request = TrainingRequest.objects.create(
        asker=asker,
        people=people,
        route_id=route_id,
        qualification_id=qualification_id,
        moments=",".join(sorted(moments)),
        municipality_id=municipality_id,
        radius_km=radius_km,
        email=email,
        ends_on=months_later(timezone.localdate(), REQUEST_MONTHS),
    )
    if email:
        request_confirmation_send.enqueue(pk=training_request.pk)
    return training_request


@task
def request_confirmation_send(*, pk: int) -> None:
    """The mail with the confirmation link (and, as in every mail, the withdrawal link)."""
    training_request = TrainingRequest.objects.for_pooling().filter(pk=pk).first()
    if training_request is None or not training_request.awaits_confirmation:
        return
    context = {
        "summary": request_summary(training_request),
        "confirm_url": confirm_url(training_request),
        "withdraw_url": withdraw_url(training_request),
        "confirm_days": settings.DEMAND_CONFIRM_DAYS,
    }
    send_mail(
        "Bevestig je aanvraag voor een opleiding",
        render_to_string("demand/email/confirm.txt", context),
        None,
        [training_request.email],
    )


@dataclass(frozen=True)
class LinkOutcome:
    """What a confirmation or withdrawal link found: `state` is one of "done", "already",
    "expired", "ended" or "unknown"."""

    state: str
    training_request: TrainingRequest | None = None


def _from_token(token: str, salt: str, max_age=None) -> tuple[str, TrainingRequest | None]:
    try:
        pk = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        return "expired", None
    except signing.BadSignature:
        return "unknown", None
    training_request = TrainingRequest.objects.for_pooling().filter(pk=pk).first()
    return ("found" if training_request else "unknown"), training_request


def request_confirm(*, token: str) -> LinkOutcome:
    """Confirm the e-mail address of a request: it counts from now on. A link used twice says
    so; an expired one (after `DEMAND_CONFIRM_DAYS`) confirms nothing."""
    max_age = timedelta(days=settings.DEMAND_CONFIRM_DAYS)
    state, training_request = _from_token(token, CONFIRM_SALT, max_age)
    if state != "found":
        return LinkOutcome(state)
    if not training_request.is_running:
        return LinkOutcome("ended", training_request)
    if training_request.confirmed_at:
        return LinkOutcome("already", training_request)
    training_request.confirmed_at = timezone.now()
    training_request.save(update_fields=["confirmed_at"])
    return LinkOutcome("done", training_request)


def request_for_withdrawal(*, token: str) -> LinkOutcome:
    """The request a withdrawal link names (nothing changes yet)."""
    state, training_request = _from_token(token, WITHDRAW_SALT)
    if state != "found":
        return LinkOutcome(state)
    if training_request.withdrawn_at:
        return LinkOutcome("already", training_request)
    if not training_request.is_running:
        return LinkOutcome("ended", training_request)
    return LinkOutcome("found", training_request)


def request_withdraw(*, token: str) -> LinkOutcome:
    """Withdraw a request: it no longer counts, and its e-mail address is erased."""
    outcome = request_for_withdrawal(token=token)
    if outcome.state != "found":
        return outcome
    training_request = outcome.training_request
    training_request.withdrawn_at = timezone.now()
    training_request.email = ""
    training_request.save(update_fields=["withdrawn_at", "email"])
    return LinkOutcome("done", training_request)


def matching_offerings(training_request: TrainingRequest, *, today: datetime.date):
    """Offerings that answer a request: published, of this or a later school year, enrolment
    open, not started yet (or no start date known), of its route and qualification, known to be
    taught at one of its moments, within its radius, and new since the request was made."""
    municipality = training_request.municipality
    offerings = (
        Offering.objects.published()
        .current(today)
        .filter(enrolment=Offering.Enrolment.OPEN, created_at__gte=training_request.created_at)
        .exclude(starts_on__lt=today)
        .near(Point(municipality.latitude, municipality.longitude), training_request.radius_km)
        .exclude(request_notices__training_request=training_request)
        .select_related("location__provider", "location__municipality", "route")
        .order_by("distance_km", "pk")
    )
    if training_request.route_id:
        offerings = offerings.filter(route_id=training_request.route_id)
    if training_request.qualification_id:
        offerings = offerings.filter(qualifications=training_request.qualification_id)
    if training_request.moment_list:
        offerings = offerings.filter(Offering.taught_at(training_request.moment_list))
    return offerings


def notices_send(*, today: datetime.date) -> int:
    """Tell each confirmed, running request about each new offering that answers it, once.

    One mail per request and run, naming every new offering; the notice rows make sure no
    offering is ever named twice to the same request. Returns the number of mails sent.
    """
    sent = 0
    for training_request in TrainingRequest.objects.to_hear_back(today).for_pooling():
        offerings = list(matching_offerings(training_request, today=today))
        if not offerings:
            continue
        context = {
            "summary": request_summary(training_request),
            "offerings": [
                {"offering": o, "url": absolute(o.location.provider.get_absolute_url())}
                for o in offerings
            ],
            "withdraw_url": withdraw_url(training_request),
            "ends_on": training_request.ends_on,
        }
        with transaction.atomic():
            RequestNotice.objects.bulk_create(
                [RequestNotice(training_request=training_request, offering=o) for o in offerings]
            )
            send_mail(
                "Er is een opleiding die je vroeg",
                render_to_string("demand/email/notice.txt", context),
                None,
                [training_request.email],
            )
        sent += 1
    return sent


@dataclass(frozen=True)
class Pruned:
    searches: int
    requests_ended: int
    requests_deleted: int


def demand_prune(*, today: datetime.date) -> Pruned:
    """What is no longer needed goes.

    - Counts of searches from before the previous school year (two school years are kept).
    - A request that ended (twelve months, or withdrawn) keeps no e-mail address.
    - A request whose address was never confirmed, once its link expired: it never counted.
    - Requests that ended before the previous school year.
    """
    this_year = school_year_of(today)
    previous_start = school_year_bounds(f"{int(this_year[:4]) - 1}-{this_year[:4]}")[0]
    searches, _ = UnansweredSearch.objects.filter(day__lt=previous_start).delete()
    link_expired = timezone.now() - timedelta(days=settings.DEMAND_CONFIRM_DAYS)
    _, unconfirmed = (
        TrainingRequest.objects.exclude(email="")
        .filter(confirmed_at__isnull=True, created_at__lt=link_expired)
        .delete()
    )
    ended = (
        TrainingRequest.objects.exclude(email="")
        .exclude(withdrawn_at__isnull=True, ends_on__gte=today)
        .update(email="")
    )
    _, old = TrainingRequest.objects.filter(ends_on__lt=previous_start).delete()
    label = TrainingRequest._meta.label
    return Pruned(
        searches=searches,
        requests_ended=ended,
        requests_deleted=unconfirmed.get(label, 0) + old.get(label, 0),
    )
