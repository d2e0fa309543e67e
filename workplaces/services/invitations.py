"""Staff invite an employer's contact to keep its places (an account in the Werkgever role, tied
to that employer), and withdraw access: as for a provider's contact, the link chooses a password
(portal.services.accounts). An employer joins on its own at /werkgevers/aanmelden/ too."""

from django.db import transaction

from portal.services.accounts import invitation_mail_send, organisation_account
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
    invitation_mail_send(
        user=user,
        subject=f"Uitnodiging: houd de werkplekken van {employer.name} bij op de Instroomwijzer",
        template="workplaces/invitation_email.txt",
        base_url=base_url,
        employer=employer,
    )
    return user


@transaction.atomic
def employer_editor_withdraw(*, employer: Employer, user) -> None:
    """Take `user` off the employer; an account left without any employer can no longer log in."""
    employer.editors.remove(user)
    if not user.kept_employers.exists():
        user.is_active = False
        user.save(update_fields=["is_active"])
