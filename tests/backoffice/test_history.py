"""Every change is kept with who made it, can be undone, and a deleted item can come back."""

import pytest
from django.urls import reverse

from tests.trajectories.factories import RouteFactory
from trajectories.models import Route

pytestmark = pytest.mark.django_db


def test_an_edit_shows_in_the_history_with_its_author(as_user, redacteur):
    from tests.backoffice.test_roles import route_form

    route = RouteFactory(summary="Eerste versie.")
    client = as_user(redacteur)
    client.post(
        reverse("admin:trajectories_route_change", args=[route.pk]),
        route_form(route, summary="Tweede versie."),
    )
    latest = route.history.first()
    assert latest.summary == "Tweede versie."
    assert latest.history_user == redacteur
    html = client.get(reverse("admin:trajectories_route_history", args=[route.pk])).content.decode()
    assert "redacteur" in html


def test_an_edit_can_be_undone(as_user, hoofdredacteur):
    route = RouteFactory(summary="Juist.")
    route.summary = "Fout."
    route.save()
    first = route.history.order_by("history_date").first()
    client = as_user(hoofdredacteur)
    url = reverse("admin:trajectories_route_simple_history", args=[route.pk, first.history_id])
    form = client.get(url)
    assert form.status_code == 200
    data = {k: v for k, v in form.context["adminform"].form.initial.items() if v is not None}
    from tests.backoffice.test_roles import route_form

    client.post(url, route_form(Route.objects.get(pk=route.pk), summary=data["summary"]))
    route.refresh_from_db()
    assert route.summary == "Juist."


def test_a_deleted_item_can_be_brought_back():
    route = RouteFactory(slug="terug", name="Terug te halen")
    pk = route.pk
    route.delete()
    assert not Route.objects.filter(pk=pk).exists()
    deleted = Route.history.filter(id=pk, history_type="-").latest("history_date")
    deleted.prev_record.instance.save()
    assert Route.objects.get(pk=pk).name == "Terug te halen"


def test_hoofdredacteur_brings_a_deleted_item_back_from_the_admin(
    as_user, hoofdredacteur, redacteur
):
    route = RouteFactory(slug="weg", name="Per ongeluk verwijderd")
    pk = route.pk
    route.delete()
    client = as_user(hoofdredacteur)
    url = reverse("admin:deleted-content")
    html = client.get(url).content.decode()
    assert "Per ongeluk verwijderd" in html
    record = Route.history.filter(id=pk, history_type="-").latest("history_date")
    assert (
        as_user(redacteur)
        .post(url, {"model": "trajectories.Route", "id": record.history_id})
        .status_code
        == 403
    )
    client = as_user(hoofdredacteur)
    client.post(url, {"model": "trajectories.Route", "id": record.history_id})
    assert Route.objects.get(pk=pk).name == "Per ongeluk verwijderd"
    after = client.get(url).content.decode()
    assert "is teruggezet." in after
    assert "Er is geen verwijderde inhoud om terug te zetten." in after


def test_a_redacteur_reverting_to_an_older_version_keeps_what_is_live(as_user, redacteur):
    from tests.backoffice.test_roles import route_form

    route = RouteFactory(draft=True, summary="Concepttekst.")
    route.status = "gepubliceerd"
    route.summary = "Gepubliceerde tekst."
    route.save()
    draft_version = route.history.order_by("history_date").first()
    client = as_user(redacteur)
    address = reverse(
        "admin:trajectories_route_simple_history", args=[route.pk, draft_version.history_id]
    )
    form = client.get(address)
    assert form.status_code == 200
    client.post(address, route_form(draft_version.instance, summary="Concepttekst."))
    route.refresh_from_db()
    assert route.summary == "Concepttekst."
    assert route.status == "gepubliceerd"  # the revert changed the text, not what is live


@pytest.mark.parametrize(
    ("role", "status_after"), [("redacteur", "concept"), ("hoofdredacteur", "gepubliceerd")]
)
def test_a_revert_to_a_published_version_publishes_only_for_who_may(
    client, as_user, request, role, status_after
):
    """A route taken offline, reverted to its version from when it was online."""
    from tests.backoffice.test_roles import route_form

    route = RouteFactory(slug="offline-gehaald", summary="Was online.")
    route.status = "concept"
    route.save()
    published_version = route.history.order_by("history_date").first()
    address = reverse(
        "admin:trajectories_route_simple_history", args=[route.pk, published_version.history_id]
    )
    as_user(request.getfixturevalue(role)).post(address, route_form(published_version.instance))
    route.refresh_from_db()
    assert route.status == status_after
    client.logout()
    public = client.get("/trajecten/offline-gehaald/").status_code
    assert public == (404 if status_after == "concept" else 200)


def test_a_redacteur_cannot_publish_a_section_through_its_route(as_user, redacteur):
    from tests.backoffice.test_roles import route_form
    from tests.trajectories.factories import RouteSectionFactory

    section = RouteSectionFactory(draft=True, title="Nog niet klaar")
    route = section.route
    data = route_form(
        route,
        **{
            "sections-TOTAL_FORMS": "1",
            "sections-INITIAL_FORMS": "1",
            "sections-0-id": str(section.pk),
            "sections-0-route": str(route.pk),
            "sections-0-title": section.title,
            "sections-0-slug": section.slug,
            "sections-0-body": section.body,
            "sections-0-position": "0",
            "sections-0-status": "gepubliceerd",
            "sections-0-source_name": section.source_name,
            "sections-0-source_url": section.source_url,
            "sections-0-checked_on": section.checked_on.isoformat(),
        },
    )
    response = as_user(redacteur).post(
        reverse("admin:trajectories_route_change", args=[route.pk]), data
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    section.refresh_from_db()
    assert section.status == "concept"


def history_after_a_staff_edit(client, offering, staff) -> str:
    """The offering's history page, after `staff` changed its duration."""
    offering.duration = "Eén schooljaar"
    offering._history_user = staff
    offering.save()
    address = reverse("admin:trajectories_offering_history", args=[offering.pk])
    return client.get(address).content.decode()


def test_an_aanbieder_sees_its_own_history_without_staff_login_names(
    as_user, aanbieder, own_offering, redacteur
):
    html = history_after_a_staff_edit(as_user(aanbieder), own_offering, redacteur)
    assert "Eén schooljaar" in html
    assert ">redacteur<" not in html
    assert reverse("admin:portal_user_change", args=[redacteur.pk]) not in html
    assert "de redactie" in html


def test_staff_see_who_made_each_change(as_user, hoofdredacteur, own_offering, redacteur):
    html = history_after_a_staff_edit(as_user(hoofdredacteur), own_offering, redacteur)
    assert "redacteur" in html


def test_an_aanbieder_sees_no_staff_login_name_on_its_reports(
    as_user, aanbieder, own_offering, redacteur
):
    from django.utils import timezone

    from trajectories.models import Report

    report = Report.objects.create(
        provider=own_offering.location.provider,
        offering=own_offering,
        what="De startdatum klopt niet.",
        status=Report.Status.RESOLVED,
        resolution="Aangepast.",
        handled_by=redacteur,
        handled_at=timezone.now(),
    )
    client = as_user(aanbieder)
    listing = client.get(reverse("admin:trajectories_report_changelist")).content.decode()
    page = client.get(reverse("admin:trajectories_report_change", args=[report.pk])).content
    assert "De startdatum klopt niet." in page.decode()
    for html in (listing, page.decode()):
        assert ">redacteur<" not in html
        assert "redacteur@example.org" not in html


def test_the_back_office_has_its_icon_and_favicon_ico_answers(as_user, redacteur, client):
    html = as_user(redacteur).get("/admin/").content.decode()
    assert 'rel="icon" href="/static/img/favicon.' in html
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].startswith("/static/img/favicon.")
    assert client.get(response["Location"]).status_code == 200


def test_messages_after_a_save_name_the_model_without_a_wrong_article(as_user, redacteur):
    from tests.trajectories.factories import OfferingFactory
    from trajectories.models import Offering

    offering = OfferingFactory(title="Kinderbegeleider (avond)")
    client = as_user(redacteur)
    page = client.get(f"/admin/trajectories/offering/{offering.pk}/change/")
    from tests.backoffice.conftest import shown_form_data

    response = client.post(
        f"/admin/trajectories/offering/{offering.pk}/change/", shown_form_data(page), follow=True
    )
    said = " ".join(str(m) for m in response.context["messages"])
    assert said.startswith("Gewijzigd: opleidingsaanbod ‘<a href=")
    assert "De opleidingsaanbod" not in response.content.decode()
    assert Offering.objects.filter(pk=offering.pk).exists()


def test_the_password_pages_say_je_not_u(client):
    import re

    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    from tests.portal.factories import UserFactory

    user = UserFactory(username="iemand", email="iemand@example.org", staff=True)
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    pages = [
        client.get("/admin/wachtwoord-vergeten/"),
        client.get(f"/admin/wachtwoord-herstellen/{uid}/{token}/", follow=True),
        client.get("/admin/wachtwoord-herstellen/klaar/"),
        client.get(f"/admin/wachtwoord-herstellen/{uid}/ongeldig/"),
    ]
    client.force_login(user)
    pages.append(client.get("/admin/password_change/"))
    for response in pages:
        html = response.content.decode()
        text = re.sub(r"<[^>]+>", " ", html[html.index('id="content"') :])
        assert not re.search(r"\b([Uu]w|[Uu])\b", text), response.request["PATH_INFO"]
