"""Public pages and fragments from a shared cache that any change in the back office clears at once.

Every cache key of content carries the *content version*: a token in the cache itself (shared by
every server through `REDIS_URL`). Saving or deleting anything a public page shows picks a new
token, so every page and fragment cached under the old one is never read again and expires on its
own. Keys also carry today's date, since pages tell dates against today: nothing rendered
yesterday is served today.

A signed-in person (staff previewing a draft) is never served from the cache nor stored in it.
"""

import functools
import uuid

from asgiref.local import Local
from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.middleware.cache import CacheMiddleware
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control

VERSION_KEY = "portal:content-version"
# The apps whose rows public pages show. Their saves and deletes (the admin's, an import's, a
# fixture load's) change the version; so do the services that write in bulk, without signals.
CONTENT_APPS = {"portal", "qualifications", "trajectories", "incentives"}
# Rows of those apps that no public page shows: a login (User.last_login), a provider's proposal
# waiting for review or a reader's report clears nothing (an accepted proposal saves the row).
NOT_CONTENT = {
    "portal.user",
    "portal.linkcheck",
    "portal.importrecord",
    "portal.ratelimithit",
    "trajectories.proposal",
    "trajectories.historicalproposal",
    "trajectories.report",
    "trajectories.historicalreport",
    "trajectories.provider_editors",
}


# A page asks for the version a dozen times (the page, its fields, rows, place, footer): during a
# request it is read from the cache once and kept here, per thread.
_request = Local()


def content_version() -> str:
    """The token of what is published now (one cache read per request)."""
    version = getattr(_request, "version", None)
    if version is None:
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex[:12], timeout=None)
            version = cache.get(VERSION_KEY)
        if getattr(_request, "active", False):
            _request.version = version
    return version


def content_changed() -> None:
    """What public pages show has changed: nothing cached before is used again.

    The version changes now, and again when the transaction commits: a page rendered meanwhile
    by another request, from the rows as they were before the commit, is not kept either.
    """
    _new_version()
    transaction.on_commit(_new_version)


def _new_version() -> None:
    version = uuid.uuid4().hex[:12]
    cache.set(VERSION_KEY, version, timeout=None)
    if getattr(_request, "active", False):
        _request.version = version


def _request_started(**kwargs):
    _request.active, _request.version = True, None


def _request_finished(**kwargs):
    _request.active, _request.version = False, None


def content_key(*parts) -> str:
    """A cache key that a change of content or of the day makes new."""
    return ":".join(
        ["content", content_version(), timezone.localdate().isoformat(), *map(str, parts)]
    )


# The latest values of `cached_content` in this process, by key: reading them from the shared
# cache means unpickling (model instances, for the search's choices) on every request. The key
# names the content version and the day, so a value kept here is never stale; callers never
# change what they get. At most this many are kept; past that the oldest half goes.
PROCESS_MEMO_SIZE = 512
_memo: dict[str, object] = {}


def cached_content(build, *parts):
    """`build()`, kept under `content_key(*parts)` until content changes or the day ends."""
    key = content_key(*parts)

    def shared():
        value = cache.get(key)
        if value is None:
            value = build()
            cache.set(key, value, settings.CONTENT_CACHE_SECONDS)
        return value

    return _remembered(key, shared)


def process_content(build, *parts):
    """Like `cached_content`, but kept in this process only: for what the shared cache cannot
    hold (a class built at run time)."""
    return _remembered(content_key(*parts), build)


def _remembered(key: str, build):
    value = _memo.get(key)
    if value is None:
        value = build()
        if len(_memo) >= PROCESS_MEMO_SIZE:
            for old in list(_memo)[: PROCESS_MEMO_SIZE // 2]:
                _memo.pop(old, None)
        _memo[key] = value
    return value


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
        prefix = f"pages:{content_version()}:{timezone.localdate().isoformat()}"
        return CacheMiddleware(respond, page_timeout=timeout, key_prefix=prefix)(request)

    return wrapped


def _changed(sender, **kwargs):
    if sender._meta.app_label in CONTENT_APPS and sender._meta.label_lower not in NOT_CONTENT:
        content_changed()


def connect_signals() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_changed, dispatch_uid="portal.caching")
    request_started.connect(_request_started, dispatch_uid="portal.caching")
    request_finished.connect(_request_finished, dispatch_uid="portal.caching")
