"""The second factor of the back office, on django-otp: an authenticator app and recovery codes.

Every account has at most one authenticator app (a `TOTPDevice`: RFC 6238 codes of six digits,
a new one every 30 seconds, each accepted once) and one set of recovery codes (a `StaticDevice`
whose tokens are each used once). An app is set up unconfirmed and becomes the account's second
factor when the person types its first code. Only an operator resets someone's second factor
(`second_factor_reset`, from the user admin or `manage.py reset_second_factor`); the person then
sets up a new one at the next login.
"""

from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10
APP_NAME = "Authenticator-app"
RECOVERY_NAME = "Herstelcodes"


def authenticator_of(user) -> TOTPDevice | None:
    """The account's confirmed authenticator app, or None while it has none."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


@transaction.atomic
def authenticator_enrolment(*, user) -> TOTPDevice:
    """The unconfirmed app the account is setting up: the same one until it is confirmed, so
    a page shown again (a wrong code, a reload) shows the key the app already scanned."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_NAME, confirmed=False)


@transaction.atomic
def authenticator_confirm(*, device: TOTPDevice, code: str) -> bool:
    """Confirm the app being set up with its first code; whether the code was right."""
    device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
    if not device.verify_token(code):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    return True


@transaction.atomic
def recovery_codes_create(*, user) -> list[str]:
    """New recovery codes for the account; the old ones stop working. Shown once, never again."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, defaults={"name": RECOVERY_NAME, "confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    device.token_set.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def code_normalize(raw: str) -> str:
    """What a person typed, as the devices compare it: no spaces or dashes, in lowercase."""
    return "".join(raw.split()).replace("-", "").lower()


@transaction.atomic
def second_factor_verify(*, user, code: str):
    """The device that accepts `code` for `user`, or None.

    Six digits are the app's code, anything else a recovery code: each kind is tried on its
    own device only, so a typo in one never counts against the other's throttle.
    """
    code = code_normalize(code)
    if code.isdigit() and len(code) == 6:
        devices = TOTPDevice.objects.filter(user=user, confirmed=True)
    else:
        devices = StaticDevice.objects.filter(user=user, confirmed=True)
    device = devices.select_for_update().first()
    if device is not None and device.verify_token(code):
        return device
    return None


@transaction.atomic
def second_factor_reset(*, user) -> int:
    """Remove the account's app and recovery codes; it sets up new ones at its next login.

    Sessions that were verified with the removed app are no longer verified, so they end at
    their next request (portal.sessions). The number of devices removed.
    """
    apps, _ = TOTPDevice.objects.filter(user=user).delete()
    codes, _ = StaticDevice.objects.filter(user=user).delete()
    return apps + codes
