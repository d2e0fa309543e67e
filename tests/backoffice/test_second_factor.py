"""A second factor for every back-office account: an authenticator app, with recovery codes.

A password alone never opens the back office. At the first login the account sets up its app
(a QR code, or the key to type), then every login asks for the app's code, or one of the
recovery codes, each usable once. Wrong codes count for the lockout like wrong passwords. Only
an operator resets someone's second factor.
"""

import datetime
import html
import io
import re

import pytest
import time_machine
from axes.models import AccessAttempt
from django.core.management import call_command
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.portal.factories import UserFactory
from tests.second_factor import enrolled, fresh_code, secret_of, totp

pytestmark = pytest.mark.django_db

PASSWORD = "een-lang-test-wachtwoord"
LOGIN = "/admin/login/"
CODE_STEP = "/admin/tweede-stap/"
ENROL = "/admin/tweede-stap/instellen/"
RECOVERY = "/admin/tweede-stap/herstelcodes/"


def password_step(client, username, ip="192.0.2.1"):
    return client.post(
        LOGIN + "?next=/admin/", {"username": username, "password": PASSWORD}, REMOTE_ADDR=ip
    )


def code_step(client, code, ip="192.0.2.1"):
    return client.post(CODE_STEP, {"code": code}, REMOTE_ADDR=ip)


def enrolment_secret(page: str) -> str:
    link = re.search(r'href="(otpauth://[^"]+)"', page)
    assert link, page
    return secret_of(html.unescape(link.group(1)))


def test_a_password_alone_does_not_open_the_back_office(client, redacteur):
    enrolled(redacteur)
    response = password_step(client, "redacteur")
    assert response.status_code == 302
    assert response["Location"].startswith(CODE_STEP)
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Typ de code van je authenticator-app" in page
    assert 'autocomplete="one-time-code"' in page
    assert 'inputmode="numeric"' in page


def test_password_and_code_open_it(client, redacteur):
    enrolled(redacteur)
    password_step(client, "redacteur")
    response = code_step(client, fresh_code(redacteur))
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("role", ["operator", "hoofdredacteur", "redacteur", "aanbieder"])
def test_the_first_login_of_every_role_leads_through_enrolment(client, request, role):
    user = request.getfixturevalue(role)
    response = password_step(client, user.username)
    assert response["Location"].startswith(ENROL)
    page = client.get(response["Location"]).content.decode()
    assert "Stel je tweede stap in" in page
    assert 'src="data:image/svg+xml' in page  # the QR code, drawn on the server
    secret = enrolment_secret(page)
    grouped = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    assert grouped in page  # the key to type, for who cannot scan
    assert client.get("/admin/").status_code == 302

    confirmed = client.post(response["Location"], {"code": totp(secret)})
    assert confirmed.status_code == 302
    assert confirmed["Location"] == RECOVERY
    codes_page = client.get(RECOVERY).content.decode()
    codes = re.findall(r'<li class="recovery-code"><code>([a-z2-7]{8})</code></li>', codes_page)
    assert len(codes) == 10
    assert "Bewaar deze herstelcodes" in codes_page
    assert client.get("/admin/").status_code == 200
    assert TOTPDevice.objects.get(user=user).confirmed
    # Shown once: the page does not list them again.
    assert not re.findall(r'class="recovery-code"', client.get(RECOVERY).content.decode())


def test_a_wrong_code_at_enrolment_is_refused_and_the_app_stays_unconfirmed(client, redacteur):
    enrol = password_step(client, "redacteur")["Location"]
    page = client.get(enrol).content.decode()
    response = client.post(enrol, {"code": "000000"})
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=redacteur, confirmed=True).exists()
    # The same key stays on the page: the app scanned it once and keeps it.
    assert enrolment_secret(response.content.decode()) == enrolment_secret(page)


def test_a_wrong_code_is_refused_in_dutch(client, redacteur):
    enrolled(redacteur)
    password_step(client, "redacteur")
    response = code_step(client, "123456" if fresh_code(redacteur) != "123456" else "654321")
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_code_works_once(client, redacteur):
    enrolled(redacteur)
    code = fresh_code(redacteur)
    password_step(client, "redacteur")
    code_step(client, code)
    client.logout()
    password_step(client, "redacteur")
    response = code_step(client, code)
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.content.decode()


def test_wrong_codes_count_for_the_lockout_and_a_locked_account_gets_no_further(client, redacteur):
    enrolled(redacteur)
    password_step(client, "redacteur")
    for _ in range(5):
        code_step(client, "000000")
    assert AccessAttempt.objects.get(username="redacteur").failures_since_start == 5
    response = code_step(client, fresh_code(redacteur))
    assert response.status_code == 200
    assert "Te veel mislukte pogingen" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # The password step is locked too.
    again = password_step(client, "redacteur")
    assert "Te veel mislukte pogingen" in again.content.decode()


def test_a_recovery_code_opens_it_once(client, redacteur):
    enrolled(redacteur)
    device = StaticDevice.objects.create(user=redacteur, name="Herstelcodes", confirmed=True)
    device.token_set.create(token="abcd2345")
    device.token_set.create(token="efgh6723")
    password_step(client, "redacteur")
    response = code_step(client, "ABCD 2345")
    assert response["Location"] == "/admin/"
    page = client.get("/admin/").content.decode()
    assert "Je gebruikte een herstelcode" in page
    assert "nog 1" in page
    client.logout()
    password_step(client, "redacteur")
    assert code_step(client, "abcd2345").status_code == 200


def test_the_code_step_needs_the_password_step_first(client, redacteur):
    enrolled(redacteur)
    assert client.get(CODE_STEP)["Location"].startswith(LOGIN)
    assert client.post(CODE_STEP, {"code": fresh_code(redacteur)})["Location"].startswith(LOGIN)
    assert client.get(ENROL)["Location"].startswith(LOGIN)
    assert "_auth_user_id" not in client.session


def test_enrolment_is_only_for_an_account_without_an_app(client, redacteur):
    enrolled(redacteur)
    password_step(client, "redacteur")
    assert client.get(ENROL)["Location"].startswith(CODE_STEP)


def test_the_password_step_expires_after_ten_minutes(client, redacteur):
    enrolled(redacteur)
    with time_machine.travel(datetime.datetime(2026, 12, 7, 9, 0, tzinfo=datetime.UTC)) as clock:
        password_step(client, "redacteur")
        clock.shift(datetime.timedelta(minutes=11))
        response = code_step(client, fresh_code(redacteur))
        assert response["Location"].startswith(LOGIN)
        assert "_auth_user_id" not in client.session


def test_a_session_signed_in_with_a_password_only_is_signed_out(client, redacteur):
    """Sessions from before the second factor (or forged in any other way) count for nothing."""
    from tests.trajectories.factories import RouteFactory

    draft = RouteFactory(slug="geheim-concept", draft=True)
    client.force_login(redacteur, second_factor=False)
    assert client.get("/admin/").status_code == 302
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert "_auth_user_id" not in client.session


def test_staff_renew_their_recovery_codes(as_user, redacteur):
    client = as_user(redacteur)
    page = client.get(RECOVERY).content.decode()
    assert "Maak nieuwe herstelcodes" in page
    response = client.post(RECOVERY, follow=True)
    codes = re.findall(r'<li class="recovery-code"><code>([a-z2-7]{8})</code></li>',
                       response.content.decode())  # fmt: skip
    assert len(codes) == 10
    assert set(
        StaticDevice.objects.get(user=redacteur).token_set.values_list("token", flat=True)
    ) == set(codes)


class TestOnlyAnOperatorResets:
    def reset(self, client, user):
        return client.post(
            reverse("admin:portal_user_changelist"),
            {"action": "reset_second_factor", "_selected_action": [user.pk]},
            follow=True,
        )

    def test_an_operator_resets_someones_second_factor(self, as_user, operator, redacteur):
        enrolled(redacteur)
        response = self.reset(as_user(operator), redacteur)
        assert "Redacteur stelt bij de volgende aanmelding een nieuwe tweede stap in" in (
            response.content.decode()
        )
        assert not TOTPDevice.objects.filter(user=redacteur).exists()

    def test_a_hoofdredacteur_cannot(self, as_user, hoofdredacteur, redacteur):
        enrolled(redacteur)
        client = as_user(hoofdredacteur)
        changelist = client.get(reverse("admin:portal_user_changelist")).content.decode()
        assert "reset_second_factor" not in changelist
        self.reset(client, redacteur)
        assert TOTPDevice.objects.filter(user=redacteur).exists()

    def test_the_command_resets_it(self, redacteur):
        enrolled(redacteur)
        out = io.StringIO()
        call_command("reset_second_factor", "redacteur", stdout=out)
        assert "redacteur" in out.getvalue()
        assert not TOTPDevice.objects.filter(user=redacteur).exists()

    def test_the_reset_ends_the_sessions_that_used_it(self, client, redacteur):
        enrolled(redacteur)
        password_step(client, "redacteur")
        code_step(client, fresh_code(redacteur))
        assert client.get("/admin/").status_code == 200
        call_command("reset_second_factor", "redacteur", stdout=io.StringIO())
        assert client.get("/admin/").status_code == 302


def test_an_invited_provider_goes_from_its_new_password_to_enrolment(
    client, as_user, redacteur, mailoutbox
):
    from tests.backoffice.test_invitation import invite, link_in
    from tests.trajectories.factories import ProviderFactory

    provider = ProviderFactory(name="Syntra Oost", slug="syntra-oost")
    invite(as_user(redacteur), provider, "secretariaat@syntra-oost.example")
    client.logout()
    form = client.get(link_in(mailoutbox[0]), follow=True)
    done = client.post(
        form.redirect_chain[-1][0],
        {
            "new_password1": "een-lang-nieuw-wachtwoord",
            "new_password2": "een-lang-nieuw-wachtwoord",
        },
    )
    assert done["Location"] == ENROL
    assert "Stel je tweede stap in" in client.get(ENROL).content.decode()


def test_a_staff_account_without_rights_gets_no_second_step(client):
    UserFactory(username="geen-staff", staff=False)
    response = password_step(client, "geen-staff")
    assert response.status_code == 200
    assert CODE_STEP not in response.get("Location", "")


def test_without_a_next_page_the_code_leads_to_the_admins_home(client, redacteur):
    enrolled(redacteur)
    client.post(LOGIN, {"username": "redacteur", "password": PASSWORD})
    assert code_step(client, fresh_code(redacteur))["Location"] == "/admin/"


def test_a_next_page_elsewhere_is_not_followed(client, redacteur):
    enrolled(redacteur)
    client.post(
        LOGIN, {"username": "redacteur", "password": PASSWORD, "next": "https://elders.example/"}
    )
    assert code_step(client, fresh_code(redacteur))["Location"] == "/admin/"
