"""Asking for training, confirming and withdrawing the request, and the public pooled counts."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_http_methods

from demand.forms import TrainingRequestForm
from demand.overview import PUBLIC_MINIMUM, public_pools, request_summary
from demand.services import (
    request_confirm,
    request_create,
    request_for_withdrawal,
    request_rate_limit,
    request_withdraw,
)
from portal.security import client_ip

THROTTLED = (
    "Er kwamen al veel aanvragen van dit adres in het voorbije uur. Probeer het over een uur "
    "opnieuw."
)


@require_http_methods(["GET", "POST"])
def request_create_view(request):
    """/opleiding-gevraagd/: the form, prefilled from the search's own parameters."""
    if request.method == "GET":
        form = TrainingRequestForm(initial=TrainingRequestForm.initial_from(request.GET))
        return render(request, "demand/request_form.html", {"form": form})
    form = TrainingRequestForm(request.POST)
    address = client_ip(request)
    if form.is_robot:
        # Looks sent, keeps nothing: a robot learns nothing from the answer.
        return redirect("demand:request-thanks")
    if not form.is_valid():
        return render(request, "demand/request_form.html", {"form": form}, status=400)
    if request_rate_limit().exceeded(address):
        form.add_error(None, THROTTLED)
        return render(request, "demand/request_form.html", {"form": form}, status=429)
    data = form.cleaned_data
    training_request = request_create(
        asker=data["wie"],
        people=data["aantal"],
        route_id=data["traject"].pk if data["traject"] else None,
        qualification_id=data["kwalificatie"].pk if data["kwalificatie"] else None,
        moments=data["lesmoment"],
        municipality_id=form.place.municipality.pk,
        radius_km=data["straal"],
        email=data["email"],
        address=address,
    )
    url = reverse("demand:request-thanks")
    return redirect(url + ("?mail=1" if training_request.email else ""))


def request_thanks(request):
    return render(
        request,
        "demand/request_thanks.html",
        {"mailed": request.GET.get("mail") == "1", "confirm_days": settings.DEMAND_CONFIRM_DAYS},
    )


def _link_page(request, template: str, outcome):
    """What a link from a mail found, said on its page (404 for a link we do not know)."""
    training_request = outcome.training_request
    return render(
        request,
        template,
        {
            "outcome": outcome,
            "summary": request_summary(training_request) if training_request else "",
            "confirm_days": settings.DEMAND_CONFIRM_DAYS,
        },
        status=404 if outcome.state == "unknown" else 200,
    )


def request_confirm_view(request, token):
    return _link_page(request, "demand/request_confirm.html", request_confirm(token=token))


@require_http_methods(["GET", "POST"])
def request_withdraw_view(request, token):
    """A link in every mail. GET asks (mail programs open links on their own), POST withdraws."""
    if request.method == "POST":
        outcome = request_withdraw(token=token)
    else:
        outcome = request_for_withdrawal(token=token)
    return _link_page(request, "demand/request_withdraw.html", outcome)


def demand_public(request):
    """/vraag/: the pooled counts, only those of at least `PUBLIC_MINIMUM`."""
    today = timezone.localdate()
    asked, unanswered = public_pools(today=today)
    response = render(
        request,
        "demand/demand_public.html",
        {"asked": asked, "unanswered": unanswered, "minimum": PUBLIC_MINIMUM, "today": today},
    )
    patch_cache_control(response, max_age=settings.PAGE_CACHE_SECONDS)
    return response
