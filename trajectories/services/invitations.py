"""A provider's contact gets an account in the Aanbieder role, tied to that provider.

The invitation is a link to choose a password: Django's own password-reset token, so it expires
after `PASSWORD_RESET_TIMEOUT` and stops working once a password is set. Staff can invite again
(a fresh link) or withdraw access.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from trajectories.models import Provider

PROVIDER_ROLE = "Aanbieder"


@transaction.atomic
def provider_editor_invite(*, provider: Provider, email: str, base_url: str):
    """Make (or reuse) the Aanbieder account of `email`, tie it to `provider`, mail the link.

    `base_url` is the scheme and host the link starts with (from the staff member's request).
    An address that belongs to an account of the editorial staff is refused: its rights would
    mix with a provider's.
    """
    User = get_user_model()
    email = User.objects.normalize_email(email).lower()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User(username=email, email=email, is_staff=True)
        user.set_unusable_password()
        user.save()
    elif user.is_superuser or user.groups.exclude(name=PROVIDER_ROLE).exists():
        raise ValidationError(
            "Dit adres hoort bij een account van de redactie. Nodig een ander adres uit.",
            code="staff_account",
        )
    else:
        user.is_active = user.is_staff = True
        user.save(update_fields=["is_active", "is_staff"])
    user.groups.add(Group.objects.get(name=PROVIDER_ROLE))
    provider.editors.add(user)
    link = base_url + reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    context = {
        "provider": provider,
        "link": link,
        "username": user.username,
        "timeout_hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
        "login_url": base_url + reverse("admin:login"),
    }
    send_mail(
        subject=f"Uitnodiging: houd het aanbod van {provider.name} bij op de Instroomwijzer",
        message=render_to_string("registration/provider_invitation_email.txt", context),
        from_email=None,
        recipient_list=[email],
    )
    return user


@transaction.atomic
def provider_editor_withdraw(*, provider: Provider, user) -> None:
    """Take `user` off the provider; an account left without any provider can no longer log in."""
    provider.editors.remove(user)
    if not user.edited_providers.exists():
        user.is_active = False
        user.save(update_fields=["is_active"])
