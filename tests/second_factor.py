"""The second factor as a person's authenticator app computes it: RFC 6238, from the secret."""

import base64
import hashlib
import hmac
import time
from urllib.parse import parse_qs, unquote, urlsplit

# The key every test device gets, so a test can compute its codes (20 bytes, hex).
TEST_KEY_HEX = "3132333435363738393031323334353637383930"


def totp(secret_base32: str, *, at: float | None = None, step: int = 30, digits: int = 6) -> str:
    """The code an authenticator app shows at `at` (now by default) for this secret."""
    secret = secret_base32.replace(" ", "").upper()
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    counter = int((time.time() if at is None else at) // step)
    mac = hmac.new(key, counter.to_bytes(8, "big"), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    number = int.from_bytes(mac[offset : offset + 4], "big") & 0x7FFFFFFF
    return f"{number % 10**digits:0{digits}d}"


def secret_of(otpauth_uri: str) -> str:
    """The secret an `otpauth://totp/...` link (as a QR code holds it) carries."""
    parts = urlsplit(otpauth_uri)
    assert parts.scheme == "otpauth", otpauth_uri
    assert parts.netloc == "totp", otpauth_uri
    return parse_qs(parts.query)["secret"][0]


def label_of(otpauth_uri: str) -> str:
    return unquote(urlsplit(otpauth_uri).path.lstrip("/"))


def known_key_base32() -> str:
    return base64.b32encode(bytes.fromhex(TEST_KEY_HEX)).decode()


def enrolled(user):
    """`user` with a confirmed authenticator app of the test key; the device."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device, _ = TOTPDevice.objects.get_or_create(
        user=user, defaults={"name": "Authenticator-app", "key": TEST_KEY_HEX, "confirmed": True}
    )
    return device


def fresh_code(user) -> str:
    """A code the portal accepts now: each time step once, so after a code of this step was used,
    the next step's (accepted within the tolerance of one step)."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user=user)
    now = time.time()
    step = max(int(now // 30), device.last_t + 1)
    while step > int(time.time() // 30) + 1:
        time.sleep(1)
    return totp(known_key_base32(), at=step * 30)
