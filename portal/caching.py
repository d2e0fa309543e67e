"""Public pages and fragments from the cache, never older than what is published.

**The version of the content** is one row in the database (`ContentVersion`), read once per
request. Every write of content gives it a new token in the same transaction, so the new token
becomes visible to every server process at the moment the write does, with or without Redis, and
nothing cached under an older token is read again. Two kinds of writer change it:

- services that write content themselves (the import of a school list, a content or geography
  load, the school-year copy, an accepted proposal) call `content_changed()` before they write;
- saves and deletes of the models public pages show (`PUBLIC_MODELS`, an allow-list), such as
  the admin's, through a signal handler: a safety net for every other writer.

Inside a transaction the version is taken before the row is written (on `pre_save`), so two
writers always lock in the same order and never wait on each other; outside one, after the row
is written. A write that reaches neither (raw SQL) shows once what was kept has expired:
`CONTENT_CACHE_SECONDS`, an hour.

**Keys** carry the release (the deployed code's version, so a deploy never serves HTML drawn by
older templates), the content version and today's date (pages tell dates against today).

**Memory**: a process keeps at most `CACHE_MAX_MB` without Redis (`portal.memory_cache`), and in
its own memory only the few values that every request of a content version shares. Exports are
not cached whole per URL.

A signed-in person (staff previewing a draft) is never served from the cache nor stored in it.
"""

import contextlib
import functools
import hashlib
import time
import uuid
from pathlib import Path

from asgiref.local import Local
from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.middleware.cache import CacheMiddleware
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control

# The rows public pages show, by model label (many-to-many tables included). Saving or deleting
# one gives the content a new version; anything else (accounts, logins, proposals waiting for
# review, readers' reports, rate limits, the log of imports, history) clears nothing.
PUBLIC_MODELS = frozenset(
    {
        "portal.province",
        "portal.municipality",
        "portal.formermunicipality",
        "portal.formerniscode",
        "portal.postallocality",
        "portal.contactorganisation",
        "portal.resource",
        "portal.textblock",
        "qualifications.professionalqualification",
        "qualifications.educationqualification",
        "qualifications.finality",
        "qualifications.studyprogramme",
        "qualifications.studyprogramme_professional_qualifications",
        "qualifications.timelineevent",
        "qualifications.qualifyingtitle",
        "trajectories.route",
        "trajectories.route_resources",
        "trajectories.routequalification",
        "trajectories.routesection",
        "trajectories.routerule",
        "trajectories.careperiod",
        "trajectories.allowancetier",
        "trajectories.learningcontract",
        "trajectories.learningcontract_routes",
        "trajectories.dualrequirement",
        "trajectories.supportservice",
        "trajectories.supportservice_provinces",
        "trajectories.provider",
        "trajectories.location",
        "trajectories.offering",
        "trajectories.offering_qualifications",
        "incentives.premium",
        "incentives.premium_routes",
        "incentives.premium_excluded_routes",
        "incentives.premiumamount",
        "incentives.premiumcondition",
        "incentives.premiumupdate",
    }
)

# The version read during the current request, per thread: a page asks for it a dozen times
# (the page, its fields, rows, place, footer) and the database answers once.
_request = Local()


def content_version() -> str:
    """The token of what is published now (one query per request, none after that)."""
    version = getattr(_request, "version", None)
    if version is None:
        version = _read_version()
        if getattr(_request, "active", False):
            _request.version = version
    return version


def content_changed() -> None:
    """What public pages show changes now: every process reads a new version at its next
    request, once the current transaction (if any) commits.

    Services that write content call it before their first write; saves and deletes of
    `PUBLIC_MODELS` call it through their signals.
    """
    from portal.models import ContentVersion

    token = uuid.uuid4().hex[:12]
    rows = ContentVersion.objects.filter(pk=1).update(token=token, changed_at=timezone.now())
    if not rows:
        ContentVersion.objects.update_or_create(pk=1, defaults={"token": token})
    _last_read[0] = token
    if getattr(_request, "active", False):
        _request.version = token


# The version this process read last: while the database is away, pages already in the cache
# are served under it (nothing can change meanwhile, since nothing can be written).
_last_read = [""]


def _read_version() -> str:
    from portal.models import ContentVersion

    try:
        token = ContentVersion.objects.filter(pk=1).values_list("token", flat=True).first()
    except DatabaseError:
        if _last_read[0]:
            return _last_read[0]
        raise
    if token is None:
        # A new (or emptied) database: the first reader makes the row.
        token = ContentVersion.objects.get_or_create(
            pk=1, defaults={"token": uuid.uuid4().hex[:12]}
        )[0].token
    _last_read[0] = token
    return token


@contextlib.contextmanager
def as_one_request():
    """What runs inside reads the content version once, as one request does (a test, a script)."""
    _request_started()
    try:
        yield
    finally:
        _request_finished()


def _request_started(**kwargs):
    _request.active, _request.version = True, None


def _request_finished(**kwargs):
    _request.active, _request.version = False, None


@functools.cache
def release() -> str:
    """The version of the deployed code: `RELEASE` from the environment, else a digest of the
    code, templates and static files, so that a deploy starts with keys of its own."""
    if settings.RELEASE:
        return settings.RELEASE
    base = Path(settings.BASE_DIR)
    digest = hashlib.blake2b(digest_size=6)
    for folder in ("portal", "qualifications", "trajectories", "incentives", "demand", "templates"):
        for path in sorted((base / folder).rglob("*")):
            if path.suffix in {".py", ".html", ".txt", ".css", ".js", ".svg"} and path.is_file():
                digest.update(str(path.relative_to(base)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def content_key(*parts) -> str:
    """A cache key that a deploy, a change of content or a new day makes new."""
    return ":".join(
        [
            "content",
            release(),
            content_version(),
            timezone.localdate().isoformat(),
            *map(str, parts),
        ]
    )


# Values every request of a content version shares (the search's choices, the gazetteer, the
# free-text index...), kept in this process too: reading them from the shared cache means
# unpickling them on every request. Only values under the newest key prefix are kept, each until
# it expires in the shared cache, and at most this many.
PROCESS_MEMO_SIZE = 64
_memo: dict[str, tuple[float, object]] = {}
_memo_prefix = [""]


def cached_content(build, *parts, per_request: bool = False):
    """`build()`, kept under `content_key(*parts)` until content changes, the day ends or
    `CONTENT_CACHE_SECONDS` pass.

    `per_request`: the value differs with what a person asked (a typed place, a field's value),
    so it is kept in the shared cache only (bounded in bytes), not in this process's memory.
    """
    key = content_key(*parts)

    def shared() -> tuple[float, object]:
        kept = cache.get(key)
        if kept is None:
            kept = (time.time() + settings.CONTENT_CACHE_SECONDS, build())
            cache.set(key, kept, settings.CONTENT_CACHE_SECONDS)
        return kept

    if per_request:
        return shared()[1]
    return _remembered(key, shared)


def process_content(build, *parts):
    """Like `cached_content`, but kept in this process only: for what the shared cache cannot
    hold (a class built at run time)."""
    return _remembered(
        content_key(*parts), lambda: (time.time() + settings.CONTENT_CACHE_SECONDS, build())
    )


def _remembered(key: str, build):
    prefix = ":".join(key.split(":", 4)[:4])  # "content", release, version and day
    if prefix != _memo_prefix[0]:
        _memo.clear()
        _memo_prefix[0] = prefix
    kept = _memo.get(key)
    if kept is None or kept[0] <= time.time():
        kept = build()
        if len(_memo) >= PROCESS_MEMO_SIZE:
            _memo.clear()
        _memo[key] = kept
    return kept[1]


@functools.lru_cache(maxsize=8192)
def reverse_slug(viewname: str, slug: str) -> str:
    """The URL of a detail page by slug, reversed once: pages link to many of them."""
    return reverse(viewname, args=[slug])


def published_page(view=None, *, seconds: int | None = None):
    """Serve a public page from the cache until content changes or the day ends.

    `seconds` bounds how long it is kept (default `CONTENT_CACHE_SECONDS`). Browsers keep it
    `PAGE_CACHE_SECONDS` at most, so a change reaches them soon too.
    """
    if view is None:
        return functools.partial(published_page, seconds=seconds)

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)

        def respond(request):
            response = view(request, *args, **kwargs)
            if response.status_code == 200:
                patch_cache_control(response, max_age=settings.PAGE_CACHE_SECONDS)
            return response

        timeout = settings.CONTENT_CACHE_SECONDS if seconds is None else seconds
        # The version first: rows read after it are at least as new as it is.
        prefix = content_key("page")
        return CacheMiddleware(respond, page_timeout=timeout, key_prefix=prefix)(request)

    return wrapped


def fresh_page(view):
    """A public answer drawn anew on every request (an export: large, and different for every
    query string), which browsers may keep `PAGE_CACHE_SECONDS`."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not request.user.is_authenticated:
            patch_cache_control(response, max_age=settings.PAGE_CACHE_SECONDS)
        return response

    return wrapped


def _is_public(sender) -> bool:
    return sender._meta.label_lower in PUBLIC_MODELS


def _in_transaction(using) -> bool:
    return connections[using or DEFAULT_DB_ALIAS].in_atomic_block


def _before_write(sender, using=None, **kwargs):
    # In a transaction: take the version before the row, the order every writer follows.
    if _is_public(sender) and _in_transaction(using):
        content_changed()


def _after_write(sender, using=None, **kwargs):
    # Without a transaction the row is visible now: only then may a reader see a new version.
    if _is_public(sender) and not _in_transaction(using):
        content_changed()


def _m2m_changed(sender, action, using=None, **kwargs):
    if action.startswith("pre_"):
        _before_write(sender, using=using)
    else:
        _after_write(sender, using=using)


def connect_signals() -> None:
    for signal in (pre_save, pre_delete):
        signal.connect(_before_write, dispatch_uid="portal.caching")
    for signal in (post_save, post_delete):
        signal.connect(_after_write, dispatch_uid="portal.caching")
    m2m_changed.connect(_m2m_changed, dispatch_uid="portal.caching")
    request_started.connect(_request_started, dispatch_uid="portal.caching")
    request_finished.connect(_request_finished, dispatch_uid="portal.caching")
