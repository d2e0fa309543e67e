"""Public pages of the places: an employer joins, people find places and contact employers."""

from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from portal.security import client_ip
from workplaces.forms import RegistrationForm
from workplaces.services.registration import (
    LinkProblem,
    registration_complete,
    registration_limits,
    registration_mail_send,
    registration_read,
)


@never_cache
@require_http_methods(["GET", "POST"])
def register(request):
    """/werkgevers/aanmelden/: an organiser of childcare joins in two minutes."""
    form = RegistrationForm(request.POST or None, auto_id="aanmelding-%s")
    status = 200
    if request.method == "POST":
        if not form.is_valid():
            status = 400
        else:
            per_address, per_mail = registration_limits()
            if not (
                per_address.hit(client_ip(request)) and per_mail.hit(form.cleaned_data["e_mail"])
            ):
                form.add_error(
                    None,
                    "Er kwamen het voorbije uur al veel aanmeldingen van jouw internetadres of "
                    "voor dit e-mailadres. Probeer het over een uur opnieuw; wat je invulde staat "
                    "nog hieronder.",
                )
                status = 429
            else:
                data = {k: v for k, v in form.cleaned_data.items() if k != "website"}
                registration_mail_send.enqueue(
                    data=data, base_url=request.build_absolute_uri("/")[:-1]
                )
                return redirect("workplaces:register-sent")
    return render(request, "workplaces/register.html", {"form": form}, status=status)


def register_sent(request):
    return render(request, "workplaces/register_sent.html")


@never_cache
@require_http_methods(["GET", "POST"])
def register_confirm(request, token):
    """The link from the mail: shown first (a mail scanner that opens it changes nothing), the
    button makes the employer and leads on to choosing a password."""
    try:
        data = registration_read(token)
        if request.method == "POST":
            return redirect(registration_complete(data=data))
    except LinkProblem as problem:
        return render(
            request, "workplaces/register_link.html", {"problem": problem.message}, status=410
        )
    return render(request, "workplaces/register_link.html", {"data": data})
