"""Accounts of the people who keep their own organisation's rows: a provider's (role Aanbieder)
or an employer's (role Werkgever).

Such an account is found or made by its e-mail address and starts without a password: the
person chooses one through Django's own password-reset link, which expires after
`PASSWORD_RESET_TIMEOUT` and stops working once a password is set. An address that belongs to
an account of the editorial staff, or to another kind of organisation's account, is refused:
their rights would mix.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode


def organisation_account(*, email: str, role: str, refusal: str):
    """The active account of `email` in the group `role`, made without a password if new.

    `refusal` is the Dutch message of the `ValidationError` (code "other_account") raised when
    the address belongs to a superuser or to an account with another role.
    """
    User = get_user_model()
    email = User.objects.normalize_email(email).lower()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User(username=email, email=email, is_staff=True)
        user.set_unusable_password()
        user.save()
    elif user.is_superuser or user.groups.exclude(name=role).exists():
        raise ValidationError(refusal, code="other_account")
    else:
        user.is_active = user.is_staff = True
        user.save(update_fields=["is_active", "is_staff"])
    user.groups.add(Group.objects.get(name=role))
    return user


def password_choice_path(user) -> str:
    """The path of the page where `user` chooses a (new) password: works once, then expires."""
    return reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )


def invitation_mail_send(*, user, subject: str, template: str, base_url: str, **context) -> None:
    """Mail `user` the link to choose a password, rendered from `template` with `context` plus
    `link`, `username`, `timeout_hours` and `login_url` (`base_url` is the scheme and host the
    links start with)."""
    context |= {
        "link": base_url + password_choice_path(user),
        "username": user.username,
        "timeout_hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
        "login_url": base_url + reverse("admin:login"),
    }
    send_mail(
        subject=subject,
        message=render_to_string(template, context),
        from_email=None,
        recipient_list=[user.email],
    )
