"""An employer joins: a form, a link by e-mail, and an account in the Werkgever role.

Nothing is stored until the link is used: the link carries what was filled in, signed with the
site's secret and valid for `EMPLOYER_REGISTRATION_LINK_HOURS`. Using it makes the employer (a
draft, waiting for the sector staff's review of its first publication), the account tied to it
(username and address as filled in) and leads on to choosing a password and the second factor,
as an invited Aanbieder does. A link that made its employer once says so when used again.
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.text import slugify

from portal.ratelimit import RateLimit
from portal.services.accounts import organisation_account, password_choice_path
from workplaces.models import Employer
from workplaces.services.reviews import employer_first_publication_ask

EMPLOYER_ROLE = "Werkgever"
SIGNING_SALT = "workplaces.registration"


def registration_limits() -> tuple[RateLimit, RateLimit]:
    """Per network address, and per e-mail address (in the database, for every server)."""
    hour = timedelta(hours=1)
    return (
        RateLimit("werkgever-aanmelden-adres", settings.EMPLOYER_REGISTRATIONS_PER_HOUR, hour),
        RateLimit("werkgever-aanmelden-mail", 3, hour),
    )


def registration_token(data: dict) -> str:
    return signing.dumps(data, salt=SIGNING_SALT, compress=True)


class LinkProblem(Exception):
    """The link cannot be used: `message` says why, in Dutch."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def registration_read(token: str) -> dict:
    """What the link carries; `LinkProblem` when it is expired, altered or used."""
    try:
        data = signing.loads(
            token,
            salt=SIGNING_SALT,
            max_age=timedelta(hours=settings.EMPLOYER_REGISTRATION_LINK_HOURS),
        )
    except signing.SignatureExpired:
        raise LinkProblem(
            f"Deze link is verlopen: hij werkt {settings.EMPLOYER_REGISTRATION_LINK_HOURS} uur. "
            "Meld je opnieuw aan; dat duurt twee minuten."
        ) from None
    except signing.BadSignature:
        raise LinkProblem(
            "Deze link klopt niet (misschien is hij maar half gekopieerd). Kopieer de hele link "
            "uit de e-mail, of meld je opnieuw aan."
        ) from None
    if Employer.objects.filter(kbo_number=data["kbo"]).exists():
        raise LinkProblem(
            "Deze link is al gebruikt: de werkgever is aangemaakt. Log in met je e-mailadres, of "
            "vraag een nieuw wachtwoord als je er nog geen koos."
        )
    return data


@task
def registration_mail_send(*, data: dict, base_url: str) -> None:
    """Mail the link that confirms the address (after the answer, `portal.tasks`)."""
    link = base_url + reverse("workplaces:register-confirm", args=[registration_token(data)])
    context = {
        "data": data,
        "link": link,
        "hours": settings.EMPLOYER_REGISTRATION_LINK_HOURS,
    }
    send_mail(
        subject="Bevestig de aanmelding van je organisatie op de Instroomwijzer",
        message=render_to_string("workplaces/registration_email.txt", context),
        from_email=None,
        recipient_list=[data["e_mail"]],
    )


def _free_slug(name: str) -> str:
    base = slugify(name)[:110].strip("-") or "werkgever"
    candidate, counter = base, 2
    while Employer.objects.filter(slug=candidate).exists():
        candidate, counter = f"{base}-{counter}", counter + 1
    return candidate


@transaction.atomic
def registration_complete(*, data: dict) -> str:
    """Make the employer, its account and its review; return the path to choose a password."""
    try:
        user = organisation_account(
            email=data["e_mail"],
            role=EMPLOYER_ROLE,
            refusal="Dit adres hoort bij een ander account van de portaalsite. Meld je aan met "
            "een ander adres van je organisatie.",
        )
    except ValidationError as refused:
        raise LinkProblem(refused.messages[0]) from None
    employer = Employer(
        name=data["organisatie"],
        slug=_free_slug(data["organisatie"]),
        kbo_number=data["kbo"],
        kind=data["soort"],
        contact_email=data["e_mail"],
    )
    try:
        employer.full_clean(exclude=["editors"])
        with transaction.atomic():
            employer.save()
    except (ValidationError, IntegrityError):  # used twice at the same moment
        raise LinkProblem("Deze link is al gebruikt: de werkgever is aangemaakt.") from None
    employer.editors.add(user)
    employer_first_publication_ask(employer=employer, user=user)
    return password_choice_path(user)
