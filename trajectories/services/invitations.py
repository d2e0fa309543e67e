"""A provider's contact gets an account in the Aanbieder role, tied to that provider.

The invitation is a link to choose a password: Django's own password-reset token, so it expires
after `PASSWORD_RESET_TIMEOUT` and stops working once a password is set. Staff can invite again
(a fresh link) or withdraw access.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from portal.services.accounts import organisation_account, password_choice_path
from trajectories.models import Provider

PROVIDER_ROLE = "Aanbieder"


@transaction.atomic
def provider_editor_invite(*, provider: Provider, email: str, base_url: str):
    """Make (or reuse) the Aanbieder account of `email`, tie it to `provider`, mail the link.

    `base_url` is the scheme and host the link starts with (from the staff member's request).
    An address that belongs to an account of the editorial staff is refused: its rights would
    mix with a provider's.
    """
    user = organisation_account(
        email=email,
        role=PROVIDER_ROLE,
        refusal="Dit adres hoort bij een account van de redactie. Nodig een ander adres uit.",
    )
    provider.editors.add(user)
    context = {
        "provider": provider,
        "link": base_url + password_choice_path(user),
        "username": user.username,
        "timeout_hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
        "login_url": base_url + reverse("admin:login"),
    }
    send_mail(
        subject=f"Uitnodiging: houd het aanbod van {provider.name} bij op de Instroomwijzer",
        message=render_to_string("registration/provider_invitation_email.txt", context),
        from_email=None,
        recipient_list=[user.email],
    )
    return user


@transaction.atomic
def provider_editor_withdraw(*, provider: Provider, user) -> None:
    """Take `user` off the provider; an account left without any provider can no longer log in."""
    provider.editors.remove(user)
    if not user.edited_providers.exists():
        user.is_active = False
        user.save(update_fields=["is_active"])
