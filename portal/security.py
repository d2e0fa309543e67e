"""Protection of the back-office login: a lockout after repeated failures, and a password rule.

The lockout is django-axes: every failed login is an `AccessAttempt` row in the database, so all
servers share the counts without a shared cache, operators see them in the admin ("Axes") and
reset them with `manage.py axes_reset_username NAME` or `axes_reset_ip ADDRESS`. While a username
or an address is locked, every login for it is refused, even with the right password, and the
admin login page says why. This module holds what axes leaves to the project: a limit of its own
per username and per address, the username read case-insensitively, the client address behind
our own proxies, and the Dutch message on the login form.
"""

import ipaddress
import math

from asgiref.sync import sync_to_async
from axes.backends import AxesBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_lockout_parameters
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.password_validation import MinimumLengthValidator
from django.core.exceptions import ValidationError
from django.db.models import Sum
from django.http import HttpResponse
from django.views.decorators.debug import sensitive_variables


def _is_trusted_proxy(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in settings.TRUSTED_PROXIES)


def client_ip(request) -> str | None:
    """The address the request came from (`AXES_CLIENT_IP_CALLABLE`); None when there is none
    (a server on a Unix socket), which the database keeps as no address rather than refusing.

    Only when the connection comes from one of our own proxies (`TRUSTED_PROXIES`) is
    X-Forwarded-For read: from the right, the first address that is not one of those proxies is
    the client, as the nearest proxy saw it. Anything further left was written by the client and
    proves nothing. Without a trusted proxy the header is ignored altogether.
    """
    remote = request.META.get("REMOTE_ADDR") or None
    if not _is_trusted_proxy(remote or ""):
        return remote
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for hop in reversed([hop.strip() for hop in hops if hop.strip()]):
        if not _is_trusted_proxy(hop):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:  # a proxy that writes no address: count the proxy itself
                return remote
    return remote


def lockout_username(request, credentials) -> str | None:
    """The username a login attempt counts against (`AXES_USERNAME_CALLABLE`), in lowercase:
    "Janssens" and "janssens" share one count, so changing case buys no extra guesses."""
    username = credentials.get("username") if credentials else request.POST.get("username")
    return username.lower() if isinstance(username, str) else username


def _failure_limits() -> dict[str, int]:
    return {
        "username": settings.LOGIN_LOCKOUT_ATTEMPTS,
        "ip_address": settings.LOGIN_LOCKOUT_IP_ATTEMPTS,
    }


class LockoutHandler(AxesDatabaseHandler):
    """axes' database handler with a limit for each lockout parameter.

    axes compares one number, the failures of the worst parameter, with one limit
    (`AXES_FAILURE_LIMIT`, the username's). Here each parameter's failures are first scaled to
    that limit, so 20 failures from one address weigh as much as 5 for one username.
    """

    def get_failures(self, request, credentials=None) -> int:
        limit = settings.AXES_FAILURE_LIMIT
        limits = _failure_limits()
        parameters = get_lockout_parameters(request, credentials)
        worst = 0
        for parameter, attempts in zip(
            parameters, self.get_user_attempts(request, credentials), strict=True
        ):
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            worst = max(worst, failures * limit // limits[parameter])
        return worst

    def reset_user_attempts(self, request, credentials=None) -> int:
        """A successful login forgets the failures for that username only: the address keeps
        its failures for other names, so one valid account cannot wipe an address's count."""
        username = get_client_username(request, credentials)
        count, _ = AccessAttempt.objects.filter(username=username).delete()
        return count


class LockoutBackend(AxesBackend):
    """axes' backend, which refuses a locked login; for async logins as well.

    `AxesBackend` inherits `ModelBackend.aauthenticate`, which would log in without asking axes.
    """

    @sensitive_variables("password")
    async def aauthenticate(self, request, username=None, password=None, **kwargs):
        return await sync_to_async(self.authenticate)(
            request, username=username, password=password, **kwargs
        )


def lockout_message() -> str:
    minutes = max(1, math.ceil(settings.LOGIN_LOCKOUT_SECONDS / 60))
    duration = "1 minuut" if minutes == 1 else f"{minutes} minuten"
    return (
        f"Te veel mislukte pogingen. Probeer het over {duration} opnieuw, "
        "of vraag je hoofdredacteur om hulp."
    )


def lockout_response(request, original_response=None, credentials=None):
    """What a locked login gets (`AXES_LOCKOUT_CALLABLE`): the login page itself, whose form
    already says why (see `LockoutAdminAuthenticationForm`), instead of axes' English page."""
    if original_response is not None:
        return original_response
    return HttpResponse(lockout_message(), status=429, content_type="text/plain; charset=utf-8")


class LockoutAdminAuthenticationForm(AdminAuthenticationForm):
    """The admin login form, which says so when axes refused or just locked a login."""

    def get_invalid_login_error(self):
        if getattr(self.request, "axes_locked_out", False):
            return ValidationError(lockout_message(), code="locked_out")
        return super().get_invalid_login_error()


class CharacterVarietyValidator:
    """A password mixes kinds of characters, unless it is a long passphrase.

    Kinds: lowercase letters, uppercase letters, digits, anything else (spaces, punctuation).
    """

    KIND_NAMES = "kleine letters, hoofdletters, cijfers en andere tekens (zoals - ! of een spatie)"

    def __init__(self, min_kinds: int = 3, passphrase_length: int = 20):
        self.min_kinds = min_kinds
        self.passphrase_length = passphrase_length

    @staticmethod
    def kinds(password: str) -> int:
        return (
            any(char.islower() for char in password)
            + any(char.isupper() for char in password)
            + any(char.isdigit() for char in password)
            + any(not (char.islower() or char.isupper() or char.isdigit()) for char in password)
        )

    def validate(self, password, user=None):
        if len(password) >= self.passphrase_length:
            return
        if self.kinds(password) < self.min_kinds:
            raise ValidationError(self.get_error_message(), code="password_too_simple")

    def get_error_message(self):
        return (
            f"Dit wachtwoord is te eenvoudig. Gebruik minstens {self.min_kinds} van deze soorten "
            f"tekens: {self.KIND_NAMES}. Of kies een wachtwoordzin van minstens "
            f"{self.passphrase_length} tekens."
        )

    def get_help_text(self):
        return (
            f"Je wachtwoord bevat minstens {self.min_kinds} van deze soorten tekens: "
            f"{self.KIND_NAMES}; of het is een wachtwoordzin van minstens "
            f"{self.passphrase_length} tekens."
        )


class DutchMinimumLengthValidator(MinimumLengthValidator):
    """Django's minimum length, with its error in Dutch.

    Django 6.1 asks for this message under a text its Dutch translation does not have (the
    catalog still has the older `%(min_length)d` wording), so it would show in English.
    """

    def get_error_message(self):
        return f"Dit wachtwoord is te kort. Het moet minstens {self.min_length} tekens bevatten."
