"""Settings of the Instroomwijzer Kinderopvang, read from the environment.

Every variable is documented in `.env.example`. The defaults are safe for a first local run
(SQLite in the project folder, DEBUG off unless asked); production fails fast when a secret is
missing or a value is malformed.
"""

import ipaddress
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}

# An empty variable (as `.env.example` leaves them) means "not set": the default applies.


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, "").strip() or default


def env_bool(name: str, default: bool = False) -> bool:
    """A boolean variable; anything but a clear yes or no stops the start."""
    raw = env_str(name)
    if not raw:
        return default
    if raw.lower() in _TRUE:
        return True
    if raw.lower() in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def env_list(name: str, default: list[str]) -> list[str]:
    """A comma-separated list; an empty item is a typo and stops the start."""
    raw = env_str(name)
    if not raw:
        return default
    items = [item.strip() for item in raw.split(",")]
    if not all(items):
        raise ImproperlyConfigured(f"{name} has an empty item: {raw!r}.")
    return items


def env_int(name: str, default: int) -> int:
    """A whole number, zero or more."""
    raw = env_str(name)
    if not raw:
        return default
    if not raw.isdigit():
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.")
    return int(raw)


DEBUG = env_bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it to a long random string "
            "(see .env.example), or set DJANGO_DEBUG=true for local development."
        )
    SECRET_KEY = "insecure-local-development-key-never-use-in-production"

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

# The apps whose rows are the portal's content: exported and imported whole, their links
# checked. The one list of them; an app of content is added here.
CONTENT_APPS = ["portal", "qualifications", "trajectories", "incentives"]

INSTALLED_APPS = [
    "portal.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "simple_history",
    "axes",
    # The back office's second factor: an authenticator app (TOTP) and one-time recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_filters",
    # Every public form field is rendered by crispy-forms, with the project's own Bootstrap 5
    # templates in templates/bootstrap5/ (legend for groups, errors tied to their field).
    "crispy_forms",
    "crispy_bootstrap5",
    *CONTENT_APPS,
    "workplaces",
    "demand",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside everything that may reach the database, so its 503 page covers them all.
    "portal.middleware.DatabaseUnavailableMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Which device verified the signed-in user (`request.user.is_verified()`).
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Signs out a session that is idle, past a working day, or without its second factor.
    "portal.sessions.SessionLimitsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    # Counts empty and thin searches, also those the page cache answers (demand.counting).
    "demand.counting.UnansweredSearchMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"
ASGI_APPLICATION = "portal.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
            ],
        },
    },
]

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# SQLite in the project folder unless DATABASE_URL names another database.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "portal.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        # Django's own, but with its error in Dutch (Django 6.1's translation misses it).
        "NAME": "portal.security.DutchMinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "portal.security.CharacterVarietyValidator"},
]
LOGIN_URL = "admin:login"

# Back-office login (django-axes, see portal.security): after LOGIN_LOCKOUT_ATTEMPTS failed
# attempts for one username, or LOGIN_LOCKOUT_IP_ATTEMPTS from one address, each within
# LOGIN_LOCKOUT_SECONDS of the last, logins are refused for LOGIN_LOCKOUT_SECONDS. The attempts are
# rows in the database: every server behind a load balancer sees the same counts.
AUTHENTICATION_BACKENDS = [
    "portal.security.LockoutBackend",  # first: refuses a locked login before any other
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_LOCKOUT_ATTEMPTS = env_int("LOGIN_LOCKOUT_ATTEMPTS", 5)
LOGIN_LOCKOUT_IP_ATTEMPTS = env_int("LOGIN_LOCKOUT_IP_ATTEMPTS", 20)
LOGIN_LOCKOUT_SECONDS = env_int("LOGIN_LOCKOUT_SECONDS", 900)
if not min(LOGIN_LOCKOUT_ATTEMPTS, LOGIN_LOCKOUT_IP_ATTEMPTS, LOGIN_LOCKOUT_SECONDS):
    raise ImproperlyConfigured("LOGIN_LOCKOUT_* must be 1 or more; 0 would lock or never lock.")
AXES_HANDLER = "portal.security.LockoutHandler"  # a limit per username and one per address
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one locks, each on its own
AXES_FAILURE_LIMIT = LOGIN_LOCKOUT_ATTEMPTS
AXES_COOLOFF_TIME = timedelta(seconds=LOGIN_LOCKOUT_SECONDS)
# Attempts refused during a lock are not counted, so a lock ends when the message says it does.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True  # for the username only (portal.security.LockoutHandler)
AXES_USERNAME_CALLABLE = "portal.security.lockout_username"
AXES_CLIENT_IP_CALLABLE = "portal.security.client_ip"
AXES_LOCKOUT_CALLABLE = "portal.security.lockout_response"  # the login page, in Dutch
# Its log names the username and the address of a failure (never the password, nor a code of the
# second step), as operators need to see who is being guessed at.
AXES_SENSITIVE_PARAMETERS = ["code"]  # the second step's code is kept masked too

# The second factor of the back office (django-otp, see portal.second_factor): every account
# sets up an authenticator app at its first login and gives its code at every login after that;
# the code step counts for the lockout above. The name the app shows beside the account:
OTP_TOTP_ISSUER = "Instroomwijzer Kinderopvang"
# Between the password and the code: at most this many seconds, then the password again.
SECOND_FACTOR_STEP_SECONDS = env_int("SECOND_FACTOR_STEP_SECONDS", 600)

# Back-office sessions end after SESSION_IDLE_SECONDS without a request (an hour) and, however
# busy, SESSION_MAX_SECONDS after signing in (a working day, 9 hours): then the login again.
SESSION_IDLE_SECONDS = env_int("SESSION_IDLE_SECONDS", 3600)
SESSION_MAX_SECONDS = env_int("SESSION_MAX_SECONDS", 9 * 3600)
if not min(SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS, SECOND_FACTOR_STEP_SECONDS):
    raise ImproperlyConfigured(
        "SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS and SECOND_FACTOR_STEP_SECONDS must be 1 "
        "or more."
    )
# The cookie goes no longer than the session may (portal.sessions enforces both limits).
SESSION_COOKIE_AGE = SESSION_MAX_SECONDS

# A forgotten password: at most PASSWORD_RESET_MAILS_PER_HOUR requests for one e-mail address
# (whether or not it has an account) and PASSWORD_RESET_REQUESTS_PER_HOUR from one network
# address; counted in the database (portal.ratelimit), so every server shares the counts.
PASSWORD_RESET_MAILS_PER_HOUR = env_int("PASSWORD_RESET_MAILS_PER_HOUR", 3)
PASSWORD_RESET_REQUESTS_PER_HOUR = env_int("PASSWORD_RESET_REQUESTS_PER_HOUR", 10)

# Work done after the answer (the password reset mail, so that known and unknown addresses get
# the same answer in the same time): a thread per task in the server process. A queue with its
# own worker (django-tasks' database backend, say) can take its place here.
TASKS = {"default": {"BACKEND": "portal.tasks.BackgroundThreadBackend"}}

# Without Redis each server process keeps its own cache, bounded in bytes (portal.memory_cache):
# pages, rows of the search, fields and fragments. What decides whether a cached value is still
# current is shared by every process: the content version in the database (portal.caching).
CACHES = {
    "default": {
        "BACKEND": "portal.memory_cache.BoundedMemoryCache",
        "LOCATION": "instroomwijzer",
        "OPTIONS": {"MAX_BYTES": env_int("CACHE_MAX_MB", 64) * 1024 * 1024, "MAX_ENTRIES": 100_000},
    }
}
# Public pages are served from the cache (portal.caching) until anything they show changes, the
# day ends, or this many seconds have passed (0: not cached): a change that no invalidation
# reached (a raw SQL update) shows within this time.
CONTENT_CACHE_SECONDS = env_int("CONTENT_CACHE_SECONDS", 3600)
# How long a browser may keep a public page before it asks again.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60)
# The version of the deployed code, part of every cache key: empty means a digest of the code,
# templates and static files, computed when the process starts.
RELEASE = env_str("RELEASE")
if env_str("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env_str("REDIS_URL"),
    }

# Files staff upload for an import (the school list, a content export): at most this many
# megabytes, and this many rows (CSV lines, items of a JSON export), checked before the file is
# parsed (portal.uploads). A whole year's onderwijsaanbod export is well within both.
IMPORT_MAX_UPLOAD_MB = env_int("IMPORT_MAX_UPLOAD_MB", 20)
IMPORT_MAX_ROWS = env_int("IMPORT_MAX_ROWS", 50_000)
if not min(IMPORT_MAX_UPLOAD_MB, IMPORT_MAX_ROWS):
    raise ImproperlyConfigured("IMPORT_MAX_UPLOAD_MB and IMPORT_MAX_ROWS must be 1 or more.")
# "Klopt er iets niet?" on a provider's page: at most this many reports an hour per address
# (counted in the database, shared by every server process), so the form cannot become a spam
# channel.
REPORTS_PER_HOUR = env_int("REPORTS_PER_HOUR", 5)
# The QR code of a shared link (/qr-code.svg): rendering one costs tens of milliseconds, so
# one address may have at most this many new codes rendered an hour. Codes rendered before (in the
# cache, per link) cost nothing and are always given.
QR_CODES_PER_HOUR = env_int("QR_CODES_PER_HOUR", 300)
# Employers joining at /werkgevers/aanmelden/: at most this many registrations an hour per
# address (and three per e-mail address); the link in the mail works this many hours.
EMPLOYER_REGISTRATIONS_PER_HOUR = env_int("EMPLOYER_REGISTRATIONS_PER_HOUR", 5)
EMPLOYER_REGISTRATION_LINK_HOURS = env_int("EMPLOYER_REGISTRATION_LINK_HOURS", 48)
# "Contact opnemen" with an employer: at most this many messages an hour per address.
EMPLOYER_MESSAGES_PER_HOUR = env_int("EMPLOYER_MESSAGES_PER_HOUR", 5)
FILE_UPLOAD_HANDLERS = [
    "portal.uploads.ImportSizeLimitUploadHandler",  # first: stores nothing past the limit
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
# Request bodies, chosen rather than inherited. A request past these gets the Dutch 400 page.
# Form fields (files not counted): the longest text staff write is far below 2.5 MB, and the
# admin's biggest form (an action on a full page of 100 rows) far below 1,000 fields.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1_000
# Only imports upload files, one per form.
DATA_UPLOAD_MAX_NUMBER_FILES = 1
# An uploaded file past this is written to a temporary file while it arrives, not kept in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

LANGUAGE_CODE = "nl-be"
# The portal's own Dutch for some of Django's texts ("je", no article before a model's name).
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGES = [("nl-be", "Nederlands")]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


# E-mail (password reset links): SMTP when EMAIL_HOST is set, else printed on the console, which
# is enough for a local run.
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "Instroomwijzer <noreply@localhost>")
if env_str("EMAIL_HOST"):
    _email_port = env_int("EMAIL_PORT", 587)
    _email_tls = env_bool("EMAIL_USE_TLS", default=_email_port == 587)
    _email_ssl = env_bool("EMAIL_USE_SSL", default=_email_port == 465)
    if _email_tls and _email_ssl:
        raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be true.")
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": env_str("EMAIL_HOST"),
                "port": _email_port,
                "username": env_str("EMAIL_HOST_USER"),
                "password": env_str("EMAIL_HOST_PASSWORD"),
                "use_tls": _email_tls,
                "use_ssl": _email_ssl,
                "timeout": 10,
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
# A password reset link is valid for this many seconds (Django's default is three days).
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT", 24 * 3600)

# The optional map: tiles are fetched from this server only after a visitor opens the map.
MAP_TILE_URL = env_str("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env_str(
    "MAP_TILE_ATTRIBUTION", '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
)
_map_tile_origin = "{0.scheme}://{0.netloc}".format(urlsplit(MAP_TILE_URL))

# Security headers on every response. Public pages load nothing from other hosts (map tiles
# only once a visitor asks for the map).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", _map_tile_origin],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# Production: HTTPS only, cookies never over plain HTTP.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
if env_bool("DJANGO_BEHIND_PROXY", default=False):
    # Only behind a proxy that sets this header itself; otherwise a client could fake HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Our own reverse proxies and load balancers (addresses or networks, e.g. 10.0.0.0/8). Only on a
# connection from one of these is X-Forwarded-For believed, for the address the login lockout
# counts against; from anyone else the header is the client's word and is ignored.
TRUSTED_PROXIES = []
for _proxy in env_list("DJANGO_TRUSTED_PROXIES", default=[]):
    try:
        TRUSTED_PROXIES.append(ipaddress.ip_network(_proxy, strict=False))
    except ValueError:
        raise ImproperlyConfigured(
            f"DJANGO_TRUSTED_PROXIES: {_proxy!r} is not an IP address or network."
        ) from None
# /healthz is probed over plain HTTP by load balancers inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    # axes tells every step at INFO; failures and lockouts are WARNING.
    "loggers": {"axes": {"level": "WARNING"}},
}

# Requests for training (demand): the address mails link back to, how long a confirmation link
# works, how many requests one network address may send an hour (counted in the database), and
# how often a server process writes its counts of searches without an answer (demand.counting).
SITE_URL = env_str("SITE_URL", "http://localhost:8000")
DEMAND_CONFIRM_DAYS = env_int("DEMAND_CONFIRM_DAYS", 7)
DEMAND_REQUESTS_PER_HOUR = env_int("DEMAND_REQUESTS_PER_HOUR", 5)
DEMAND_COUNTS_FLUSH_SECONDS = env_int("DEMAND_COUNTS_FLUSH_SECONDS", 60)
