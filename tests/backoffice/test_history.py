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
