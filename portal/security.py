"""Protection of the back-office login: a lockout after repeated failures, and a password rule.

The lockout counts failed logins per username and per client address in Django's cache (shared
between servers when REDIS_URL is set). While a username or an address is locked, every login
for it is refused, even with the right password, and the admin login page says why.
"""

import hashlib
import logging
import math

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.password_validation import MinimumLengthValidator
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.views.decorators.debug import sensitive_variables

logger = logging.getLogger("portal.security")

# Set on the request when a login is refused because of a lockout; its value says what is locked
# ("username" or "ip"). The login form reads it to show the lockout message.
LOCKOUT_REQUEST_ATTRIBUTE = "login_lockout"


def client_ip(request) -> str:
    """The address the request came from.

    Behind our own proxy REMOTE_ADDR is the proxy, so the first address of X-Forwarded-For is
    used instead. Without a proxy that header is whatever the client typed, so it is ignored.
    """
    if settings.LOGIN_TRUSTS_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[0].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "")


def _subjects(request, username: str | None) -> list[tuple[str, str, int]]:
    """What a login attempt counts against: (kind, cache key part, allowed failures)."""
    subjects = []
    if username:
        # Hashed: no usernames in the cache, and any length or character makes a valid key.
        digest = hashlib.sha256(username.lower().encode()).hexdigest()
        subjects.append(("username", f"username:{digest}", settings.LOGIN_LOCKOUT_ATTEMPTS))
    if request is not None and (ip := client_ip(request)):
        subjects.append(("ip", f"ip:{ip}", settings.LOGIN_LOCKOUT_IP_ATTEMPTS))
    return subjects


def _failures_key(subject_key: str) -> str:
    return f"login-failures:{subject_key}"


def _lock_key(subject_key: str) -> str:
    return f"login-locked:{subject_key}"


def _lock_keys(request, username: str | None) -> dict[str, str]:
    """The cache keys that, when present, lock this login; each with what it locks."""
    return {_lock_key(key): kind for kind, key, _limit in _subjects(request, username)}


def _refuse_if_locked(request, lock_keys: dict[str, str], present: dict) -> bool:
    """Note on the request why the login is refused; False when nothing is locked."""
    reasons = [kind for key, kind in lock_keys.items() if key in present]
    if not reasons:
        return False
    if request is not None:
        setattr(request, LOCKOUT_REQUEST_ATTRIBUTE, reasons[0])
    return True


def _count_failure(key: str, seconds: int) -> int:
    # The window starts at the first failure; incr keeps the key's expiry.
    cache.add(key, 0, timeout=seconds)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)
        return 1


def login_failure_record(sender, credentials, request=None, **kwargs):
    """Count a failed login (`user_login_failed` receiver) and lock what had too many.

    Attempts refused during a lock are not counted, so a lock ends LOGIN_LOCKOUT_SECONDS after it
    began, as the message says.
    """
    if request is not None and getattr(request, LOCKOUT_REQUEST_ATTRIBUTE, None):
        return
    username = credentials.get("username") or credentials.get(get_user_model().USERNAME_FIELD)
    seconds = settings.LOGIN_LOCKOUT_SECONDS
    for kind, key, limit in _subjects(request, username):
        failures = _count_failure(_failures_key(key), seconds)
        if failures < limit:
            continue
        cache.set(_lock_key(key), True, timeout=seconds)
        cache.delete(_failures_key(key))
        logger.warning(
            "Login locked by %s for %s s after %s failed attempts: username %r, address %s.",
            kind,
            seconds,
            failures,
            username,
            client_ip(request) if request is not None else "unknown",
        )


def _username_failures_keys(username: str) -> list[str]:
    return [_failures_key(key) for _kind, key, _limit in _subjects(None, username)]


def lockout_message() -> str:
    minutes = max(1, math.ceil(settings.LOGIN_LOCKOUT_SECONDS / 60))
    duration = "1 minuut" if minutes == 1 else f"{minutes} minuten"
    return (
        f"Te veel mislukte pogingen. Probeer het over {duration} opnieuw, "
        "of vraag je hoofdredacteur om hulp."
    )


class LockoutModelBackend(ModelBackend):
    """Django's usual login, refused while the username or the client address is locked."""

    @sensitive_variables("password")
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        lock_keys = _lock_keys(request, username)
        if _refuse_if_locked(request, lock_keys, cache.get_many(lock_keys)):
            return None
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is not None:
            # A successful login resets the username's count; the address keeps its count.
            cache.delete_many(_username_failures_keys(username))
        return user

    @sensitive_variables("password")
    async def aauthenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        lock_keys = _lock_keys(request, username)
        if _refuse_if_locked(request, lock_keys, await cache.aget_many(lock_keys)):
            return None
        user = await super().aauthenticate(request, username=username, password=password, **kwargs)
        if user is not None:
            await cache.adelete_many(_username_failures_keys(username))
        return user


class LockoutAdminAuthenticationForm(AdminAuthenticationForm):
    """The admin login form, which says so when a login was refused because of a lockout."""

    def get_invalid_login_error(self):
        if getattr(self.request, LOCKOUT_REQUEST_ATTRIBUTE, None):
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
