"""Signing in to the back office in two steps: the password, then the code of an app.

1. `/admin/login/` checks the username and password (with the lockout of portal.security) and
   signs nobody in: it remembers, in the session and for `SECOND_FACTOR_STEP_SECONDS`, whose
   password passed.
2. `/admin/tweede-stap/` asks for the code of that account's authenticator app, or one of its
   recovery codes. Only then is the person signed in (Django's `login`, and django-otp's, which
   marks the session verified). A wrong code counts for the lockout as a wrong password does, and
   a locked account gets no further, whatever code it types.
   An account without an app yet (a first login, an invitation just accepted, a second factor an
   operator reset) goes to `/admin/tweede-stap/instellen/` instead: a QR code (rendered by segno),
   the key to type for who cannot scan, and the first code, which confirms the app. Then its
   recovery codes are shown, once (`/admin/tweede-stap/herstelcodes/`).

Every page works without JavaScript and on a phone (the app's link opens an authenticator app
on the phone itself).
"""

import time
from base64 import b32encode

import segno
from axes.handlers.proxy import AxesProxyHandler
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.signals import user_login_failed
from django.contrib.auth.views import LoginView, PasswordResetConfirmView
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice

from portal.security import lockout_message
from portal.services.second_factor import (
    authenticator_confirm,
    authenticator_enrolment,
    authenticator_of,
    code_normalize,
    recovery_codes_create,
    recovery_codes_left,
    second_factor_verify,
)

PENDING = "portal.second_factor.pending"
# The recovery codes just made, shown once on the next page and then forgotten.
FRESH_CODES = "portal.second_factor.fresh_codes"
PASSWORD_BACKEND = "django.contrib.auth.backends.ModelBackend"
WRONG_CODE = "Deze code klopt niet. Typ de code die je app nu toont, of een herstelcode."


class CodeForm(forms.Form):
    """One code: the six digits of the app, or a recovery code."""

    code = forms.CharField(
        label="Code",
        max_length=32,
        error_messages={"required": "Typ de code die je app toont."},
    )

    def __init__(self, *args, numeric=True, **kwargs):
        super().__init__(*args, **kwargs)
        attrs = {"autocomplete": "one-time-code", "autocapitalize": "none", "spellcheck": "false"}
        if numeric:
            attrs |= {"inputmode": "numeric", "pattern": r"[0-9 ]*", "maxlength": "7"}
        self.fields["code"].widget.attrs.update(attrs)

    def clean_code(self):
        return code_normalize(self.cleaned_data["code"])


# -- The pending account: whose password passed, and where they were going --------------------


def pending_begin(request, user, *, next_url: str = "", backend: str = PASSWORD_BACKEND):
    request.session.cycle_key()  # a new session id once the password is known
    request.session[PENDING] = {
        "user_id": user.pk,
        "backend": backend,
        "at": int(time.time()),
        "next": next_url,
    }


def pending_user(request):
    """The account whose password passed in this session within the time allowed, or None."""
    pending = request.session.get(PENDING)
    if not pending or time.time() - pending["at"] > settings.SECOND_FACTOR_STEP_SECONDS:
        return None
    user = get_user_model()._default_manager.filter(pk=pending["user_id"]).first()
    if user is None or not user.is_active or not user.is_staff:
        return None
    return user


def _pending_for_step(request, *, has_app: bool):
    """The pending account, and where it goes instead if this is not its step: the login page
    without a password first, the other step if it has (or has no) app."""
    user = pending_user(request)
    if user is None:
        return None, redirect("admin:login")
    if (authenticator_of(user) is not None) != has_app:
        return user, redirect("admin:second-factor" if not has_app else "admin:second-factor-enrol")
    return user, None


def _sign_in(request, user, device) -> None:
    pending = request.session.pop(PENDING)
    # Signs in, resets the lockout count (axes) and starts the session's clock (portal.sessions).
    login(request, user, backend=pending["backend"])
    otp_login(request, device)


def _next_url(request, pending: dict) -> str:
    url = pending.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if url and safe else reverse("admin:index")


def _credentials(user) -> dict:
    return {"username": user.get_username()}


def _count_failure(request, user) -> None:
    """A wrong code counts for the lockout (django-axes), like a wrong password."""
    user_login_failed.send(sender=__name__, credentials=_credentials(user), request=request)


def _is_locked(request, user) -> bool:
    return AxesProxyHandler.is_locked(request, _credentials(user))


def _render(request, template, admin_site, **context):
    return TemplateResponse(
        request,
        template,
        {
            **admin_site.each_context(request),
            "site_header": admin_site.site_header,
            **context,
        },
    )


# -- Step 1: the password ---------------------------------------------------------------------


class PasswordStepView(LoginView):
    """Django's login view, except that a right password leads to the second step."""

    next_page = reverse_lazy("admin:index")  # without a `next`, the admin's home page

    def form_valid(self, form):
        user = form.get_user()
        pending_begin(request=self.request, user=user, next_url=self.get_success_url())
        if authenticator_of(user) is None:
            return redirect("admin:second-factor-enrol")
        return redirect("admin:second-factor")


class InvitationPasswordView(PasswordResetConfirmView):
    """Choosing a password by the link of a reset or an invitation. An account without an app
    yet (an invited provider) goes straight on to setting it up: the link proved the address,
    as a password would."""

    def form_valid(self, form):
        response = super().form_valid(form)
        user = form.user
        if user.is_staff and user.is_active and authenticator_of(user) is None:
            pending_begin(self.request, user, next_url=reverse("admin:index"))
            return redirect("admin:second-factor-enrol")
        return response


# -- Step 2: the code -------------------------------------------------------------------------


@sensitive_post_parameters("code")
@csrf_protect
@never_cache
def code_step(request, admin_site):
    """The code of the app, or (under "Geen toegang tot je app?") a recovery code."""
    user, elsewhere = _pending_for_step(request, has_app=True)
    if elsewhere:
        return elsewhere
    posted = request.POST if request.method == "POST" else None
    is_recovery = bool(posted) and posted.get("soort") == "herstelcode"
    form = CodeForm(None if is_recovery else posted)
    recovery_form = CodeForm(posted if is_recovery else None, numeric=False, prefix="herstel")
    bound = recovery_form if is_recovery else form
    locked = _is_locked(request, user)
    if bound.is_bound and not locked and bound.is_valid():
        device = second_factor_verify(user=user, code=bound.cleaned_data["code"])
        if device is not None:
            next_url = _next_url(request, request.session[PENDING])
            _sign_in(request, user, device)
            if isinstance(device, StaticDevice):
                messages.warning(
                    request,
                    f"Je gebruikte een herstelcode; je hebt er nog {recovery_codes_left(user)}. "
                    "Maak nieuwe aan via 'Herstelcodes' bovenaan, zeker als je er weinig over "
                    "hebt.",
                )
            return HttpResponseRedirect(next_url)
        _count_failure(request, user)
        locked = _is_locked(request, user)
        bound.add_error("code", WRONG_CODE)
    return _render(
        request,
        "admin/second_factor/code.html",
        admin_site,
        title="Tweede stap: je code",
        form=CodeForm() if locked else form,
        recovery_form=CodeForm(numeric=False, prefix="herstel") if locked else recovery_form,
        recovery_open=is_recovery and not locked,
        locked_message=lockout_message() if locked else "",
        username=user.get_username(),
    )


# -- Enrolment: an app for an account that has none -------------------------------------------


def qr_code_data_uri(uri: str) -> str:
    """The app's link as a QR code: an SVG image with its quiet zone, scaled by its viewBox."""
    code = segno.make(uri, error="m", micro=False)
    return code.svg_data_uri(border=4, omitsize=True, light="#fff", title="QR-code voor je app")


def _grouped(key: str) -> str:
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


@sensitive_post_parameters("code")
@csrf_protect
@never_cache
def enrol_step(request, admin_site):
    user, elsewhere = _pending_for_step(request, has_app=False)
    if elsewhere:
        return elsewhere
    device = authenticator_enrolment(user=user)
    form = CodeForm(request.POST if request.method == "POST" else None)
    locked = _is_locked(request, user)
    if form.is_bound and not locked and form.is_valid():
        if authenticator_confirm(device=device, code=form.cleaned_data["code"]):
            device.refresh_from_db()
            request.session[FRESH_CODES] = recovery_codes_create(user=user)
            _sign_in(request, user, device)
            return redirect("admin:second-factor-recovery")
        _count_failure(request, user)
        locked = _is_locked(request, user)
        form.add_error(
            "code",
            "Deze code klopt niet. Typ de zes cijfers die je app nu toont voor "
            "'Instroomwijzer Kinderopvang'. Klopt de klok van je telefoon?",
        )
    if locked:
        form = CodeForm()
    uri = device.config_url
    key = b32encode(device.bin_key).decode()
    return _render(
        request,
        "admin/second_factor/enrol.html",
        admin_site,
        title="Stel je tweede stap in",
        form=form,
        qr_code=qr_code_data_uri(uri),
        app_link=uri,
        key=_grouped(key),
        username=user.get_username(),
        locked_message=lockout_message() if locked else "",
    )


# -- Recovery codes: shown once, renewed on request -------------------------------------------


@never_cache
def recovery_codes(request, admin_site):
    """The codes just made (once), or how many are left and a button for new ones."""
    if request.method == "POST":
        request.session[FRESH_CODES] = recovery_codes_create(user=request.user)
        return redirect("admin:second-factor-recovery")
    codes = request.session.pop(FRESH_CODES, None)
    return _render(
        request,
        "admin/second_factor/recovery_codes.html",
        admin_site,
        title="Herstelcodes",
        codes=codes,
        left=recovery_codes_left(request.user),
    )
