"""A Werkgever sees and changes only its own employer's rows; everything else answers 403.

Each role against each view: a Werkgever against another Werkgever's rows (lists, change,
history, revert, delete, view on site, export), an Aanbieder and a Redacteur against both.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from tests.workplaces.conftest import werkgever_of
from tests.workplaces.factories import EmployerFactory
from workplaces.models import Employer, EmployerReview, PlaceOffer, Status

pytestmark = pytest.mark.django_db


def admin_url(obj, view, *args):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=[obj.pk, *args])


def rows_of(offer):
    return [offer, offer.site, offer.site.employer]


def test_the_lists_show_only_its_own_rows(as_user, werkgever, own_place, other_place):
    client = as_user(werkgever)
    for own, other in zip(rows_of(own_place), rows_of(other_place), strict=True):
        meta = own._meta
        response = client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"))
        assert response.status_code == 200
        html = response.content.decode()
        assert admin_url(own, "change") in html
        assert admin_url(other, "change") not in html


@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_another_employers_rows_answer_403_also_by_guessing_ids(
    as_user, werkgever, other_place, view
):
    client = as_user(werkgever)
    for row in rows_of(other_place):
        assert client.get(admin_url(row, view)).status_code == 403, (row, view)
        assert client.post(admin_url(row, view), {"post": "yes"}).status_code == 403, (row, view)
    assert PlaceOffer.objects.filter(pk=other_place.pk).exists()


def test_another_employers_history_versions_and_view_on_site_are_refused(
    as_user, werkgever, other_place
):
    client = as_user(werkgever)
    for row in rows_of(other_place):
        record = row.history.first()
        assert client.get(admin_url(row, "simple_history", record.pk)).status_code == 403
        content_type = ContentType.objects.get_for_model(row)
        on_site = reverse("admin:view_on_site", args=[content_type.pk, row.pk])
        assert client.get(on_site).status_code == 403


def test_a_change_to_another_employers_offer_is_refused(as_user, werkgever, other_place):
    client = as_user(werkgever)
    response = client.post(admin_url(other_place, "change"), {"places": "40"})
    assert response.status_code == 403
    other_place.refresh_from_db()
    assert other_place.places == 2


def test_an_offer_cannot_be_added_to_another_employers_site(as_user, werkgever, other_place):
    client = as_user(werkgever)
    response = client.post(
        reverse("admin:workplaces_placeoffer_add"),
        {
            "site": other_place.site.pk,
            "route": other_place.route.pk,
            "care": "bko",
            "places": "3",
            "school_year": "2026-2027",
            "recognition": "niet-nodig",
        },
    )
    assert response.status_code == 200  # the form again, with the choice refused
    assert "Selecteer een geldige keuze" in response.content.decode()
    assert PlaceOffer.objects.filter(site=other_place.site).count() == 1


def test_its_own_rows_open_but_cannot_be_deleted_or_reverted(as_user, werkgever, own_place):
    client = as_user(werkgever)
    for row in rows_of(own_place):
        assert client.get(admin_url(row, "change")).status_code == 200
        assert client.get(admin_url(row, "history")).status_code == 200
        assert client.get(admin_url(row, "delete")).status_code == 403
        record = row.history.first()
        assert client.get(admin_url(row, "simple_history", record.pk)).status_code == 403
    assert PlaceOffer.objects.filter(pk=own_place.pk).exists()


def test_a_werkgever_cannot_export_content_nor_see_accounts(as_user, werkgever):
    client = as_user(werkgever)
    assert client.get(reverse("admin:export-content")).status_code == 403
    assert client.get(reverse("admin:portal_user_changelist")).status_code == 403


def test_a_werkgever_cannot_publish_its_first_publication_itself(as_user, werkgever, own_place):
    employer = own_place.site.employer
    Employer.objects.filter(pk=employer.pk).update(status=Status.DRAFT)
    client = as_user(werkgever)
    response = client.post(
        admin_url(employer, "change"),
        {
            "name": employer.name,
            "kbo_number": employer.kbo_number,
            "kind": employer.kind,
            "contact_email": employer.contact_email,
            "status": Status.PUBLISHED,
        },
    )
    assert response.status_code == 302
    employer.refresh_from_db()
    assert employer.status == Status.DRAFT
    # Nor by the reviewers' own button.
    review = EmployerReview.objects.create(employer=employer, is_first=True)
    accept = reverse("admin:workplaces_employerreview_accept", args=[review.pk])
    assert client.post(accept).status_code == 403
    employer.refresh_from_db()
    assert employer.status == Status.DRAFT


def test_a_new_name_waits_for_review_while_places_go_live_at_once(as_user, werkgever, own_place):
    employer = own_place.site.employer
    client = as_user(werkgever)
    form = {
        "name": "Opvang Nieuwe Naam",
        "kbo_number": employer.kbo_number,
        "kind": employer.kind,
        "contact_email": employer.contact_email,
    }
    assert client.post(admin_url(employer, "change"), form).status_code == 302
    employer.refresh_from_db()
    assert employer.name == "Opvang Eigen"
    review = EmployerReview.objects.get(employer=employer, status="ingediend")
    assert review.changes["name"]["value"] == "Opvang Nieuwe Naam"
    # A pause is its own: live at once, in the history.
    changelist = reverse("admin:workplaces_placeoffer_changelist")
    response = client.post(
        changelist, {"action": "pause", "_selected_action": [own_place.pk], "index": 0}
    )
    assert response.status_code == 302
    own_place.refresh_from_db()
    assert own_place.is_paused
    assert own_place.history.count() == 2


def test_staff_accept_a_new_name(client, redacteur, werkgever, own_place):
    from workplaces.services.reviews import employer_change_submit

    employer = own_place.site.employer
    review = employer_change_submit(
        employer=employer, values={"name": "Opvang Hernoemd"}, user=werkgever
    )
    client.force_login(redacteur)
    assert "Opvang Hernoemd" in client.get(reverse("admin:index")).content.decode()
    accept = reverse("admin:workplaces_employerreview_accept", args=[review.pk])
    assert client.post(accept).status_code == 302
    employer.refresh_from_db()
    assert employer.name == "Opvang Hernoemd"
    assert employer.history.first().history_change_reason == "Naam of KBO-nummer aanvaard"


@pytest.mark.parametrize("role", ["aanbieder"])
def test_an_aanbieder_sees_no_employer_rows(request, as_user, own_place, other_place, role):
    client = as_user(request.getfixturevalue(role))
    for row in [*rows_of(own_place), *rows_of(other_place)]:
        assert client.get(admin_url(row, "change")).status_code == 403
        assert client.get(admin_url(row, "history")).status_code == 403
    assert client.get(reverse("admin:workplaces_placeoffer_changelist")).status_code == 403


def test_a_redacteur_sees_both_employers_but_deletes_nothing(
    as_user, redacteur, own_place, other_place
):
    client = as_user(redacteur)
    for row in [*rows_of(own_place), *rows_of(other_place)]:
        assert client.get(admin_url(row, "change")).status_code == 200
        assert client.get(admin_url(row, "history")).status_code == 200
        assert client.get(admin_url(row, "delete")).status_code == 403


def test_two_werkgevers_of_one_employer_both_keep_it(as_user, own_place):
    employer = own_place.site.employer
    second = werkgever_of(employer, "tweede@eigen.example")
    other = EmployerFactory()
    client = as_user(second)
    assert client.get(admin_url(own_place, "change")).status_code == 200
    assert client.get(admin_url(other, "change")).status_code == 403


def test_a_site_cannot_be_added_to_another_employer(as_user, werkgever, other_place):
    from workplaces.models import Site

    client = as_user(werkgever)
    response = client.post(
        reverse("admin:workplaces_site_add"),
        {
            "employer": other_place.site.employer.pk,
            "name": "Gekaapt",
            "street": "Straat",
            "house_number": "1",
            "postcode": "3600",
        },
    )
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()
    assert not Site.objects.filter(name="Gekaapt").exists()


def test_its_history_names_staff_as_de_redactie(client, redacteur, werkgever, own_place):
    client.force_login(redacteur)
    form = {
        "site": own_place.site.pk,
        "route": own_place.route.pk,
        "care": own_place.care,
        "places": "4",
        "school_year": own_place.school_year,
        "recognition": own_place.recognition,
    }
    assert client.post(admin_url(own_place, "change"), form).status_code == 302
    client.force_login(werkgever)
    html = client.get(admin_url(own_place, "history")).content.decode()
    assert "de redactie" in html
    assert "redacteur" not in html.replace("de redactie", "")
