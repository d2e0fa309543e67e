"""An Aanbieder sees and changes only its own providers' rows: everything else answers 403."""

import pytest
from django.urls import reverse

from trajectories.models import Offering

pytestmark = pytest.mark.django_db


def admin_url(obj, view, *args):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=[obj.pk, *args])


def rows_of(offering):
    return [offering, offering.location, offering.location.provider]


def test_the_lists_show_only_its_own_rows(as_user, aanbieder, own_offering, other_offering):
    client = as_user(aanbieder)
    for own, other in zip(rows_of(own_offering), rows_of(other_offering), strict=True):
        meta = own._meta
        html = client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")).content
        html = html.decode()
        assert admin_url(own, "change") in html
        assert admin_url(other, "change") not in html


@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_another_providers_rows_answer_403_also_by_guessing_ids(
    as_user, aanbieder, other_offering, view
):
    client = as_user(aanbieder)
    for row in rows_of(other_offering):
        assert client.get(admin_url(row, view)).status_code == 403, (row, view)
        assert client.post(admin_url(row, view), {"post": "yes"}).status_code == 403, (row, view)
    assert Offering.objects.filter(pk=other_offering.pk).exists()


def test_its_own_rows_open_but_cannot_be_deleted(as_user, aanbieder, own_offering):
    client = as_user(aanbieder)
    for row in rows_of(own_offering):
        assert client.get(admin_url(row, "change")).status_code == 200
        assert client.get(admin_url(row, "history")).status_code == 200
        assert client.get(admin_url(row, "delete")).status_code == 403
        assert client.post(admin_url(row, "delete"), {"post": "yes"}).status_code == 403
    assert Offering.objects.filter(pk=own_offering.pk).exists()


def test_a_change_to_another_providers_offering_is_refused(as_user, aanbieder, other_offering):
    from tests.backoffice.conftest import offering_form

    client = as_user(aanbieder)
    response = client.post(
        admin_url(other_offering, "change"), offering_form(other_offering, duration="Gekaapt")
    )
    assert response.status_code == 403
    other_offering.refresh_from_db()
    assert other_offering.duration != "Gekaapt"
    assert not other_offering.proposals.exists()


def test_it_cannot_revert_a_version_from_the_history(as_user, aanbieder, own_offering):
    version = own_offering.history.first()
    url = reverse(
        "admin:trajectories_offering_simple_history", args=[own_offering.pk, version.history_id]
    )
    assert as_user(aanbieder).post(url, {}).status_code == 403


def test_slug_school_number_sources_and_status_are_not_in_its_forms(
    as_user, aanbieder, own_offering
):
    client = as_user(aanbieder)
    offering_html = client.get(admin_url(own_offering, "change")).content.decode()
    provider_html = client.get(admin_url(own_offering.location.provider, "change")).content.decode()
    for html in (offering_html, provider_html):
        for name in ("slug", "source_url", "source_name", "checked_on", "status"):
            assert f'name="{name}"' not in html
    assert 'name="school_number"' not in provider_html
    assert 'name="phone"' in provider_html
    assert 'name="starts_on"' in offering_html
    # Help written for school staff, not for the sector's editors.
    assert "De eerste lesdag van het schooljaar" in offering_html


def test_it_sees_neither_accounts_nor_other_content(as_user, aanbieder):
    client = as_user(aanbieder)
    assert client.get(reverse("admin:portal_user_changelist")).status_code == 403
    assert client.get(reverse("admin:trajectories_route_changelist")).status_code == 403
    assert client.get(reverse("admin:incentives_premium_changelist")).status_code == 403
    html = client.get("/admin/").content.decode()
    assert reverse("admin:portal_user_changelist") not in html
    assert reverse("admin:trajectories_route_changelist") not in html
    assert reverse("admin:trajectories_offering_changelist") in html


def test_it_cannot_publish_with_an_action(as_user, aanbieder, own_offering):
    Offering.objects.filter(pk=own_offering.pk).update(status=Offering.Status.DRAFT)
    client = as_user(aanbieder)
    changelist = reverse("admin:trajectories_offering_changelist")
    assert "Publiceren" not in client.get(changelist).content.decode()
    client.post(changelist, {"action": "publish", "_selected_action": [own_offering.pk]})
    own_offering.refresh_from_db()
    assert own_offering.status == Offering.Status.DRAFT


def test_it_adds_an_offering_only_at_its_own_location_and_of_a_route_it_teaches(
    as_user, aanbieder, own_offering, other_offering
):
    from trajectories.models import Route

    client = as_user(aanbieder)
    html = client.get(reverse("admin:trajectories_offering_add")).content.decode()
    assert f'<option value="{own_offering.location.pk}"' in html
    assert f'<option value="{other_offering.location.pk}"' not in html
    syntra = Route.objects.get(slug="syntra")
    assert f'<option value="{syntra.pk}"' not in html
    response = client.post(
        reverse("admin:trajectories_offering_add"),
        {
            "title": "Kinderbegeleider schoolgaande kinderen",
            "location": other_offering.location.pk,
            "route": own_offering.route.pk,
            "school_year": "",
            "language": "Nederlands",
            "enrolment": "onbekend",
        },
    )
    assert response.status_code == 200  # the form says the choice is not valid
    assert "Selecteer een geldige keuze" in response.content.decode()
    assert not other_offering.location.offerings.exclude(pk=other_offering.pk).exists()


def test_its_new_offering_is_a_draft_until_accepted(as_user, aanbieder, own_offering, redacteur):
    client = as_user(aanbieder)
    response = client.post(
        reverse("admin:trajectories_offering_add"),
        {
            "title": "Kinderbegeleider schoolgaande kinderen",
            "location": own_offering.location.pk,
            "route": own_offering.route.pk,
            "school_year": "",
            "language": "Nederlands",
            "enrolment": "open",
            "is_evening": "on",
        },
    )
    assert response.status_code == 302
    new = own_offering.location.offerings.get(title="Kinderbegeleider schoolgaande kinderen")
    assert new.status == Offering.Status.DRAFT
    assert new.slug.startswith("kinderbegeleider-schoolgaande-kinderen-cvo-eigen")
    proposal = new.proposals.get()
    assert proposal.is_new
    assert proposal.provider == own_offering.location.provider
    # A Redacteur accepts it: it is published.
    as_user(redacteur).post(reverse("admin:trajectories_proposal_accept", args=[proposal.pk]))
    new.refresh_from_db()
    assert new.status == Offering.Status.PUBLISHED
    assert new.provider_updated_on is not None


def test_staff_still_see_every_provider(as_user, redacteur, own_offering, other_offering):
    client = as_user(redacteur)
    html = client.get(reverse("admin:trajectories_offering_changelist")).content.decode()
    assert admin_url(own_offering, "change") in html
    assert admin_url(other_offering, "change") in html
    html = client.get(reverse("admin:trajectories_provider_changelist")).content.decode()
    assert admin_url(own_offering.location.provider, "change") in html
    assert admin_url(other_offering.location.provider, "change") in html
