"""'Klopt er iets niet?': a public report form on every provider page, kept from spam."""

import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from tests.portal.factories import UserFactory
from tests.trajectories.factories import LocationFactory, OfferingFactory, ProviderFactory
from trajectories.models import Report

pytestmark = pytest.mark.django_db


@pytest.fixture
def offering():
    provider = ProviderFactory(name="CVO Melding", slug="cvo-melding")
    return OfferingFactory(slug="melding-aanbod", location=LocationFactory(provider=provider))


def report_url(offering):
    return reverse("trajectories:provider-report", args=[offering.location.provider.slug])


def report(client, offering, **fields):
    data = {"aanbod": str(offering.pk), "wat": "De opleiding start in februari.", "contact": ""}
    data.update(fields)
    return client.post(report_url(offering), data)


def test_the_provider_page_has_the_form_and_stays_cacheable(client, offering):
    response = client.get(offering.location.provider.get_absolute_url())
    html = response.content.decode()
    assert "Klopt er iets niet?" in html
    assert f'action="{report_url(offering)}"' in html
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies
    assert "max-age" in response["Cache-Control"]
    # A post to the page itself is not allowed, and stores nothing in the cache.
    assert client.post(offering.location.provider.get_absolute_url()).status_code == 405
    again = client.get(offering.location.provider.get_absolute_url())
    assert again.status_code == 200
    assert "csrfmiddlewaretoken" not in again.content.decode()


def test_a_post_from_the_cached_page_is_shown_back_to_confirm_with_a_token(offering):
    browser = Client(enforce_csrf_checks=True)
    response = report(browser, offering, wat="Het telefoonnummer klopt niet.")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kijk je melding nog even na" in html
    assert "Het telefoonnummer klopt niet." in html
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert not Report.objects.exists()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    sent = browser.post(
        report_url(offering),
        {
            "aanbod": str(offering.pk),
            "wat": "Het telefoonnummer klopt niet.",
            "contact": "",
            "csrfmiddlewaretoken": token,
        },
    )
    assert sent.status_code == 302
    assert sent["Location"] == reverse(
        "trajectories:provider-report-thanks", args=[offering.location.provider.slug]
    )
    kept = Report.objects.get()
    assert kept.offering == offering
    assert kept.provider == offering.location.provider
    assert kept.what == "Het telefoonnummer klopt niet."


BAD_INPUT = [
    ({"wat": ""}, "Schrijf wat er niet klopt"),
    ({"wat": "x" * 1001}, "hoogstens 1000 tekens"),
    ({"wat": "<script>alert(1)</script>"}, "geen HTML-code"),
    ({"contact": "y" * 201}, "hoogstens 200 tekens"),
    ({"aanbod": "999999"}, "Kies een aanbod uit de lijst"),
    ({"website": "http://spam.example"}, "Laat dit veld leeg"),
]


@pytest.mark.parametrize(("fields", "message"), BAD_INPUT)
def test_bad_input_gets_a_dutch_message_and_keeps_what_was_typed(client, offering, fields, message):
    typed = {"contact": "lezer@example.org", **fields}
    if "wat" not in fields:
        typed["wat"] = "Start in februari."
    response = report(client, offering, **typed)
    assert response.status_code == 400
    errors = [error for errors in response.context["form"].errors.values() for error in errors]
    assert message in " ".join(errors)
    html = response.content.decode()
    if "wat" not in fields:
        assert "Start in februari." in html
    if "contact" not in fields:
        assert 'value="lezer@example.org"' in html
    assert not Report.objects.exists()


def test_an_offering_of_another_provider_cannot_be_named(client, offering):
    elsewhere = OfferingFactory(slug="elders")
    response = report(client, offering, aanbod=str(elsewhere.pk))
    assert response.status_code == 400
    assert not Report.objects.exists()


def test_reports_are_limited_per_address(client, offering, settings):
    settings.REPORTS_PER_HOUR = 2
    for _ in range(2):
        assert report(client, offering).status_code == 302
    response = report(client, offering, wat="Nog een melding.")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Probeer het over een uur opnieuw" in html
    assert "Nog een melding." in html
    assert Report.objects.count() == 2
    # Another address is not held back.
    other = client.post(
        report_url(offering),
        {"aanbod": "", "wat": "Van elders.", "contact": ""},
        REMOTE_ADDR="192.0.2.7",
    )
    assert other.status_code == 302


def test_a_report_reaches_that_providers_editors_and_no_other(client, offering):
    role = Group.objects.get(name="Aanbieder")
    own = UserFactory(username="eigen@cvo.example", staff=True)
    own.groups.add(role)
    offering.location.provider.editors.add(own)
    stranger = UserFactory(username="vreemd@school.example", staff=True)
    stranger.groups.add(role)
    OfferingFactory(slug="vreemd-aanbod").location.provider.editors.add(stranger)

    assert report(client, offering, wat="De startdatum is fout.").status_code == 302
    kept = Report.objects.get()

    client.force_login(own)
    assert "De startdatum is fout." in client.get("/admin/").content.decode()
    change = reverse("admin:trajectories_report_change", args=[kept.pk])
    assert client.get(change).status_code == 200

    client.force_login(stranger)
    assert "De startdatum is fout." not in client.get("/admin/").content.decode()
    assert client.get(change).status_code == 403
    changelist = client.get(reverse("admin:trajectories_report_changelist")).content.decode()
    assert change not in changelist

    # The provider's editor resolves it with a note; it leaves the start page.
    client.force_login(own)
    resolve = reverse("admin:trajectories_report_resolve", args=[kept.pk])
    client.post(resolve, {"message": "Aangepast in ons aanbod."})
    kept.refresh_from_db()
    assert kept.status == Report.Status.RESOLVED
    assert kept.handled_by == own
    assert "De startdatum is fout." not in client.get("/admin/").content.decode()


def test_staff_see_reports_on_the_dashboard(client, offering):
    report(client, offering, wat="Het adres is verhuisd.")
    staff = UserFactory(username="redactie", staff=True)
    staff.groups.add(Group.objects.get(name="Redacteur"))
    client.force_login(staff)
    html = client.get("/admin/").content.decode()
    assert "Meldingen van lezers (1)" in html
    assert "Het adres is verhuisd." in html
