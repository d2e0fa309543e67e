"""Staff invite an employer's contact to keep its places (an account in the Werkgever role, tied
to that employer), and withdraw access: as for a provider's contact, the link chooses a password
(portal.services.accounts). An employer joins on its own at /werkgevers/aanmelden/ too."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from portal.services.accounts import organisation_account, password_choice_path
from workplaces.models import Employer
from workplaces.services.registration import EMPLOYER_ROLE


@transaction.atomic
def employer_editor_invite(*, employer: Employer, email: str, base_url: str):
    """Make (or reuse) the Werkgever account of `email`, tie it to `employer`, mail the link."""
    user = organisation_account(
        email=email,
        role=EMPLOYER_ROLE,
        refusal="Dit adres hoort bij een account van de redactie of van een aanbieder. Nodig "
        "een ander adres uit.",
    )
    employer.editors.add(user)
    context = {
        "employer": employer,
        "link": base_url + password_choice_path(user),
        "username": user.username,
        "timeout_hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
        "login_url": base_url + reverse("admin:login"),
    }
    send_mail(
        subject=f"Uitnodiging: houd de werkplekken van {employer.name} bij op de Instroomwijzer",
        message=render_to_string("workplaces/invitation_email.txt", context),
        from_email=None,
        recipient_list=[user.email],
    )
    return user


@transaction.atomic
def employer_editor_withdraw(*, employer: Employer, user) -> None:
    """Take `user` off the employer; an account left without any employer can no longer log in."""
    employer.editors.remove(user)
    if not user.kept_employers.exists():
        user.is_active = False
        user.save(update_fields=["is_active"])
