"""A provider's contact gets an account in the Aanbieder role, tied to that provider.

The invitation is a link to choose a password: Django's own password-reset token, so it expires
after `PASSWORD_RESET_TIMEOUT` and stops working once a password is set. Staff can invite again
(a fresh link) or withdraw access.
"""

from django.db import transaction

from portal.services.accounts import invitation_mail_send, organisation_account
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
    invitation_mail_send(
        user=user,
        subject=f"Uitnodiging: houd het aanbod van {provider.name} bij op de Instroomwijzer",
        template="registration/provider_invitation_email.txt",
        base_url=base_url,
        provider=provider,
    )
    return user


@transaction.atomic
def provider_editor_withdraw(*, provider: Provider, user) -> None:
    """Take `user` off the provider; an account left without any provider can no longer log in."""
    provider.editors.remove(user)
    if not user.edited_providers.exists():
        user.is_active = False
        user.save(update_fields=["is_active"])
