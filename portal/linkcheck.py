"""Checking the outside links that the content uses: which ones are broken, and where they are.

The content apps are searched generically: every `URLField` of every model in the apps of
`settings.CONTENT_APPS`, so a new model or link field is checked without anyone having to
remember to add it here.
"""

import http.client
import socket
import ssl
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from django.utils.text import capfirst
from simple_history.models import HistoricalChanges

from portal.models import LinkCheck

FETCHED_SCHEMES = {"http", "https"}

# What a reader would see, in the words staff use. The status code is stored next to it.
_STATUS_ERRORS = {
    400: "Ongeldig verzoek",
    401: "Aanmelden vereist",
    403: "Toegang geweigerd",
    404: "Pagina niet gevonden",
    410: "Pagina verwijderd",
    429: "Te veel verzoeken: de server weigert tijdelijk",
}


@dataclass(frozen=True)
class LinkResult:
    """What one link answered: an HTTP status, or an error when no usable answer came."""

    url: str
    status_code: int | None = None
    error: str = ""

    @property
    def is_broken(self) -> bool:
        return bool(self.error) or self.status_code is None or self.status_code >= 400

    @property
    def problem(self) -> str:
        """The error with its status code, for a one-line summary."""
        if self.status_code and self.error:
            return f"{self.error} ({self.status_code})"
        return self.error


@dataclass
class LinkCheckReport:
    """The outcome of one run of `links_check`, in the order the links were given."""

    results: list[LinkResult] = field(default_factory=list)

    @property
    def broken(self) -> list[LinkResult]:
        return [result for result in self.results if result.is_broken]

    @property
    def working_count(self) -> int:
        return len(self.results) - len(self.broken)

    def __str__(self) -> str:
        total = len(self.results)
        working = self.working_count
        return (
            f"{total} {'link' if total == 1 else 'links'} nagekeken: "
            f"{working} {'werkt' if working == 1 else 'werken'}, {len(self.broken)} stuk"
        )


def _url_fields(model: type[models.Model]) -> list[models.URLField]:
    return [f for f in model._meta.get_fields() if isinstance(f, models.URLField)]


def _content_models_with_links() -> list[tuple[type[models.Model], list[models.URLField]]]:
    found = []
    for label in settings.CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            # LinkCheck stores the checks themselves; a proxy shares its concrete model's rows;
            # history rows keep links the content no longer shows.
            if model is LinkCheck or model._meta.proxy or issubclass(model, HistoricalChanges):
                continue
            if fields := _url_fields(model):
                found.append((model, fields))
    return found


def _foreign_key_paths(model: type[models.Model], depth: int = 2) -> list[str]:
    """Paths to the rows that `__str__` of a row commonly reads (`offering.location.provider`).

    Joined in the one query per model, so describing thousands of rows costs no extra queries.
    """
    paths = []
    for f in model._meta.concrete_fields:
        if f.is_relation and (f.many_to_one or f.one_to_one):
            paths.append(f.name)
            if depth > 1:
                paths += [
                    f"{f.name}__{sub}" for sub in _foreign_key_paths(f.related_model, depth - 1)
                ]
    return paths


def _field_label(url_field: models.URLField) -> str:
    # Editors see "bron (link)" as a field label; inside the parentheses of a description the
    # "(link)" only doubles up: "Aanbieder: CVO Miras (bron)".
    return str(url_field.verbose_name).removesuffix(" (link)")


def links_collect() -> dict[str, list[str]]:
    """Every outside link in the content, with short descriptions of where each one is used.

    Drafts included: a broken link should be fixed before it is published. One query per model
    that has a link field, e.g. `{"https://www.miras.be/": ["Aanbieder: CVO Miras (website)"]}`.
    """
    used: dict[str, list[str]] = {}
    for model, url_fields in _content_models_with_links():
        kind = capfirst(model._meta.verbose_name)
        # The base manager sees every row, whatever the default manager filters out.
        rows = model._base_manager.select_related(*_foreign_key_paths(model))
        for row in rows:
            for url_field in url_fields:
                url = getattr(row, url_field.attname)
                if url:
                    used.setdefault(url, []).append(f"{kind}: {row} ({_field_label(url_field)})")
    return used


class _RedirectError(Exception):
    """urllib gave up on a redirect: a loop, too many hops, or to an address that is no web page."""


class _HeadKeepingRedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows redirects as usual, but a HEAD stays a HEAD (urllib turns it into a GET)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        redirected = super().redirect_request(req, fp, code, msg, headers, newurl)
        if redirected is not None and req.get_method() == "HEAD":
            redirected.method = "HEAD"
        return redirected


def error_describe(error: BaseException, *, timeout: float) -> str:
    """A short Dutch description of why a link could not be fetched."""
    if isinstance(error, urllib.error.URLError) and not isinstance(error, urllib.error.HTTPError):
        # urllib wraps what went wrong while connecting; the reason says what it was.
        reason = error.reason
        if isinstance(reason, BaseException):
            return error_describe(reason, timeout=timeout)
        return f"Geen verbinding: {reason}"[:300]
    if isinstance(error, TimeoutError):
        return f"Geen antwoord binnen {timeout:g} seconden"
    if isinstance(error, socket.gaierror):
        return "Server niet gevonden"
    if isinstance(error, ConnectionRefusedError):
        return "Verbinding geweigerd door de server"
    if isinstance(error, ssl.SSLCertVerificationError):
        return "Ongeldig beveiligingscertificaat"
    if isinstance(error, ssl.SSLError):
        return "Beveiligde verbinding mislukt"
    if isinstance(error, http.client.HTTPException):
        return "Onverwacht antwoord van de server"
    if isinstance(error, ConnectionError):
        return "Verbinding onderbroken"
    if isinstance(error, ValueError):
        return "Ongeldige link"
    if isinstance(error, OSError):
        return "Geen verbinding met de server"
    return f"Onverwachte fout ({type(error).__name__})"


def _status_describe(status_code: int) -> str:
    if status_code < 400:
        return ""
    if status_code >= 500:
        return "Fout bij de server"
    return _STATUS_ERRORS.get(status_code, "De server weigert de pagina")


def _status_fetch(url: str, *, method: str, timeout: float, user_agent: str) -> int:
    """The HTTP status of `url` after redirects; raises what urllib raises for no answer."""
    opener = urllib.request.build_opener(_HeadKeepingRedirectHandler)
    request = urllib.request.Request(
        iri_to_uri(url), method=method, headers={"User-Agent": user_agent, "Accept": "*/*"}
    )
    try:
        # The body is never read: the status line and headers are all that is needed.
        with opener.open(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        error.close()
        if error.code < 400:
            raise _RedirectError from error
        return error.code


def link_check(url: str, *, timeout: float, user_agent: str) -> LinkResult:
    """Fetch one link (HEAD, then GET if the server does not do HEAD). Never raises."""
    try:
        if urlsplit(url).scheme.lower() not in FETCHED_SCHEMES:
            # Browsers no longer open ftp:// and the like: for a reader such a link is broken.
            return LinkResult(url=url, error="Geen webadres (http of https)")
        status_code = _status_fetch(url, method="HEAD", timeout=timeout, user_agent=user_agent)
        if status_code in (405, 501):
            status_code = _status_fetch(url, method="GET", timeout=timeout, user_agent=user_agent)
    except _RedirectError:
        return LinkResult(url=url, error="Doorverwijzing loopt vast")
    except Exception as error:  # one bad link must not stop the whole run
        return LinkResult(url=url, error=error_describe(error, timeout=timeout))
    return LinkResult(url=url, status_code=status_code, error=_status_describe(status_code))


def _results_store(results: list[LinkResult]) -> None:
    """One LinkCheck row per link; `first_broken_at` survives as long as the link stays broken."""
    broken_since = dict(
        LinkCheck.objects.filter(
            url__in=[result.url for result in results], is_broken=True
        ).values_list("url", "first_broken_at")
    )
    now = timezone.now()
    for result in results:
        first_broken_at = None
        if result.is_broken:
            first_broken_at = broken_since.get(result.url) or now
        LinkCheck.objects.update_or_create(
            url=result.url,
            defaults={
                "status_code": result.status_code,
                "error": result.error[:300],
                "is_broken": result.is_broken,
                "checked_at": now,
                "first_broken_at": first_broken_at,
            },
        )


def links_check(
    *,
    urls: list[str],
    timeout: float = 10,
    workers: int = 8,
    user_agent: str = "Instroomwijzer-linkcontrole",
) -> LinkCheckReport:
    """Check `urls` with at most `workers` requests at a time and store the outcome per link.

    Broken means an HTTP status of 400 or more, or no usable answer (timeout, unknown server,
    refused connection, invalid certificate). Only the main thread touches the database:
    the workers only fetch.
    """
    urls = list(dict.fromkeys(urls))  # each link once, in the order given
    with ThreadPoolExecutor(max_workers=workers) as executor:
        check = partial(link_check, timeout=timeout, user_agent=user_agent)
        results = list(executor.map(check, urls))
    with transaction.atomic():
        _results_store(results)
    return LinkCheckReport(results=results)


def broken_links() -> list[LinkCheck]:
    """The links that were broken at their last check and are still used somewhere.

    Each row gets `used_in`: where the content uses the link, as in `links_collect`. One query,
    and the collection only when a link is broken (the back office's start page asks on every
    visit); a link that no content uses any more is left out.
    """
    checks = list(LinkCheck.objects.filter(is_broken=True))
    if not checks:
        return []
    used = links_collect()
    broken = []
    for link in checks:
        link.used_in = used.get(link.url, [])
        if link.used_in:
            broken.append(link)
    return broken
