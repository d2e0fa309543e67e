"""Public pages and what they are made of from the cache, never older than what is published.

**The version of the content** is one row in the database (`ContentVersion`), read once per
request. Every write of content gives it a new token in the same transaction, so the new token
becomes visible to every server process at the moment the write does, with or without Redis, and
nothing cached under an older token is read again. Two kinds of writer change it:

- services that write content themselves (the import of a school list, the school-year copy,
  an accepted proposal) call `content_changed()` before they write; a content or geography
  load runs inside `content_changing()`, one version for all its rows;
- saves and deletes of the models public pages show (`PUBLIC_MODELS`, an allow-list), such as
  the admin's, through a signal handler: a safety net for every other writer.

Inside a transaction the version is taken before the row is written (on `pre_save`), so two
writers always lock in the same order and never wait on each other; outside one, after the row
is written. A write that reaches neither (raw SQL) shows once what was cached has expired:
`CONTENT_CACHE_SECONDS`, an hour.

**Keys** carry the release (the deployed code's version, so a deploy never serves HTML rendered
by older templates), the content version and today's date (pages format dates against today).

**Memory**: a process keeps at most `CACHE_MAX_MB` without Redis (`portal.memory_cache`), and in
its own memory only the few values that every request of a content version shares. Exports are
not cached whole per URL.

A signed-in person (staff previewing a draft) is never served from the cache nor stored in it.
"""

import contextlib
import functools
import hashlib
import io
import pickle
import time
import uuid
from pathlib import Path

from asgiref.local import Local
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, connections, transaction
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.middleware.cache import CacheMiddleware
from django.utils import timezone
from django.utils.cache import get_max_age, patch_cache_control
from django.utils.http import http_date

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
        "portal.term",
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
        "workplaces.employer",
        "workplaces.site",
        "workplaces.placeoffer",
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


@contextlib.contextmanager
def content_changing():
    """A batch of content writes (a load of reference data) in one transaction, under one new
    version: taken once before the first write, and not again for each row that is saved inside
    (the signals leave it be). All or nothing, as the transaction."""
    with transaction.atomic():
        content_changed()
        outer, _batch.active = getattr(_batch, "active", False), True
        try:
            yield
        finally:
            _batch.active = outer


# Set while `content_changing()` runs, per thread: its writes already have their version.
_batch = Local()


# The version this process read last: while the database is away, pages already in the cache
# are served under it (nothing can change meanwhile, since nothing can be written).
_last_read = [""]


@functools.cache
def _version_sql() -> str:
    from portal.models import ContentVersion

    table = connection.ops.quote_name(ContentVersion._meta.db_table)
    return f"SELECT token FROM {table} WHERE id = 1"


_NOT_READ = object()


def _first_read_on_reused_connection():
    """The version's row, read as the health check of a connection kept from an earlier request
    (`conn_health_checks`), or `_NOT_READ`.

    Django checks such a connection with a `SELECT 1` before its first query of a request; for
    a page from the cache that round trip would double what the page costs the database. So the
    version's own query is the check: if it works, the connection is usable and Django is told
    so; if it fails, the connection is closed and the read goes the usual way, on a new one.
    """
    if (
        connection.connection is None
        or not connection.health_check_enabled
        or connection.health_check_done
        or connection.in_atomic_block
    ):
        return _NOT_READ
    try:
        cursor = connection.connection.cursor()  # the driver's own (sqlite3's has no `with`)
        try:
            cursor.execute(_version_sql())
            row = cursor.fetchone()
        finally:
            cursor.close()
    except Exception:  # whatever the driver raises for a connection the server dropped
        connection.close()
        return _NOT_READ
    connection.health_check_done = True
    return row


def _read_version() -> str:
    """The version in the database. Every request of every page asks it once, so it is one
    plain statement, not a queryset compiled anew each time."""
    from portal.models import ContentVersion

    try:
        row = _first_read_on_reused_connection()
        if row is _NOT_READ:
            with connection.cursor() as cursor:
                cursor.execute(_version_sql())
                row = cursor.fetchone()
        token = row[0] if row else None
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
    code, templates and static files of the project's own apps, so that a deploy starts with
    keys of its own."""
    if settings.RELEASE:
        return settings.RELEASE
    base = Path(settings.BASE_DIR)
    digest = hashlib.blake2b(digest_size=6)
    folders = [Path(app.path) for app in apps.get_app_configs() if Path(app.path).parent == base]
    for folder in sorted({*folders, base / "templates"}):
        for path in sorted(folder.rglob("*")):
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
# free-text index...), cached in this process too: reading them from the shared cache means
# unpickling them on every request (the gazetteer: 5 ms). Only values under the newest key prefix
# are cached, each until it expires in the shared cache, and at most this many. Every request gets
# the same object, so they must be plain values (`_shareable`), never model instances.
PROCESS_MEMO_SIZE = 64
_memo: dict[str, tuple[float, object]] = {}
_memo_prefix = [""]


def cached_content(build, *parts, shared_only: bool = False, process_only: bool = False):
    """`build()`, cached under `content_key(*parts)` until content changes, the day ends or
    `CONTENT_CACHE_SECONDS` pass: in the shared cache, and in this process's memory too.

    `shared_only`: cached in the shared cache only (bounded in bytes), so that each request reads
    a copy of its own: for what differs with what a person asked (a typed place, a field's
    value), and for model instances, which one request could change under the next.
    `process_only`: what the shared cache cannot hold (a class built at run time) is cached in
    this process's memory only.
    """
    key = content_key(*parts)
    if process_only:
        return _remembered(key, lambda: (time.time() + settings.CONTENT_CACHE_SECONDS, build()))

    def shared() -> tuple[float, object]:
        cached = cache.get(key)
        if cached is None:
            cached = (time.time() + settings.CONTENT_CACHE_SECONDS, build())
            cache.set(key, cached, settings.CONTENT_CACHE_SECONDS)
        return cached

    if shared_only:
        return shared()[1]

    def shareable() -> tuple[float, object]:
        cached = shared()
        if not _shareable(cached[1]):
            raise TypeError(
                f"{parts[0]!r} holds a model instance: cache plain values, or use shared_only."
            )
        return cached

    return _remembered(key, shareable)


class _ModelFound(Exception):
    pass


class _ModelFinder(pickle.Pickler):
    """Walks a value as pickling it for the cache does, at C speed, and stops at a model."""

    def reducer_override(self, obj):
        if isinstance(obj, Model):
            raise _ModelFound
        return NotImplemented


def _shareable(value) -> bool:
    """Whether `value` holds no model instance, however deep (dataclasses, containers)."""
    try:
        _ModelFinder(io.BytesIO(), protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    except _ModelFound:
        return False
    return True


def _remembered(key: str, build):
    prefix = ":".join(key.split(":", 4)[:4])  # "content", release, version and day
    if prefix != _memo_prefix[0]:
        _memo.clear()
        _memo_prefix[0] = prefix
    cached = _memo.get(key)
    if cached is None or cached[0] <= time.time():
        cached = build()
        if len(_memo) >= PROCESS_MEMO_SIZE:
            _memo.clear()
        _memo[key] = cached
    return cached[1]


def cached_page(view=None, *, seconds: int | None = None):
    """Serve a public page from the cache until content changes or the day ends.

    `seconds` bounds how long it is cached (default `CONTENT_CACHE_SECONDS`). Browsers cache it
    `PAGE_CACHE_SECONDS` at most, so a change reaches them soon too.
    """
    if view is None:
        return functools.partial(cached_page, seconds=seconds)

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
        response = CacheMiddleware(respond, page_timeout=timeout, key_prefix=prefix)(request)
        # The middleware dates `Expires` by how long the server caches the page; browsers get
        # `max-age`, and both headers must say the same (also for a page from the cache).
        max_age = get_max_age(response)
        if max_age is not None and response.has_header("Expires"):
            response["Expires"] = http_date(time.time() + max_age)
        return response

    return wrapped


def fresh_page(view):
    """A public answer rendered anew on every request (an export: large, and different for every
    query string), which browsers may keep `PAGE_CACHE_SECONDS`."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not request.user.is_authenticated:
            patch_cache_control(response, max_age=settings.PAGE_CACHE_SECONDS)
        return response

    return wrapped


def _is_public(sender) -> bool:
    return sender._meta.label_lower in PUBLIC_MODELS and not getattr(_batch, "active", False)


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
