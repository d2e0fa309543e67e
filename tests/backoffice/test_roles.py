"""What each editorial role can see and do, with real users in the groups (no superusers)."""

import pytest
from django.urls import reverse

from qualifications.models import ProfessionalQualification
from tests.portal.factories import UserFactory
from tests.trajectories.factories import RouteFactory
from trajectories.models import Route

pytestmark = pytest.mark.django_db

ROUTE_CHANGELIST = reverse("admin:trajectories_route_changelist")


def route_form(route, **changes):
    data = {
        "name": route.name,
        "slug": route.slug,
        "summary": route.summary,
        "duration": route.duration,
        "schedule": route.schedule,
        "pay": route.pay,
        "workplace_share": route.workplace_share,
        "outcome": route.outcome,
        "position": route.position,
        "source_name": route.source_name,
        "source_url": route.source_url,
        "checked_on": route.checked_on.isoformat(),
        "status": route.status,
        "qualification_links-TOTAL_FORMS": "0",
        "qualification_links-INITIAL_FORMS": "0",
        "sections-TOTAL_FORMS": "0",
        "sections-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def test_both_roles_reach_the_back_office_and_its_content(as_user, redacteur, hoofdredacteur):
    for user in (redacteur, hoofdredacteur):
        client = as_user(user)
        assert client.get("/admin/").status_code == 200
        assert client.get(ROUTE_CHANGELIST).status_code == 200


def test_redacteur_edits_content(as_user, redacteur):
    route = RouteFactory()
    client = as_user(redacteur)
    url = reverse("admin:trajectories_route_change", args=[route.pk])
    response = client.post(url, route_form(route, summary="Bijgewerkt door de redactie."))
    assert response.status_code == 302, response.content.decode()[:2000]
    route.refresh_from_db()
    assert route.summary == "Bijgewerkt door de redactie."


def test_redacteur_cannot_publish(as_user, redacteur):
    route = RouteFactory(draft=True)
    client = as_user(redacteur)
    # The status field is read-only for a Redacteur: posting it changes nothing.
    url = reverse("admin:trajectories_route_change", args=[route.pk])
    client.post(url, route_form(route, status="gepubliceerd"))
    route.refresh_from_db()
    assert route.status == "concept"
    # And the publish action is not offered, nor accepted.
    assert "Publiceren" not in client.get(ROUTE_CHANGELIST).content.decode()
    client.post(ROUTE_CHANGELIST, {"action": "publish", "_selected_action": [route.pk]})
    route.refresh_from_db()
    assert route.status == "concept"


def test_what_a_redacteur_adds_starts_as_a_draft(as_user, redacteur):
    client = as_user(redacteur)
    route = RouteFactory.build(slug="nieuw-traject", name="Nieuw traject")
    response = client.post(
        reverse("admin:trajectories_route_add"), route_form(route, status="gepubliceerd")
    )
    assert response.status_code == 302
    assert Route.objects.get(slug="nieuw-traject").status == "concept"


def test_redacteur_cannot_delete(as_user, redacteur):
    route = RouteFactory()
    client = as_user(redacteur)
    url = reverse("admin:trajectories_route_delete", args=[route.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Route.objects.filter(pk=route.pk).exists()


def test_redacteur_cannot_manage_users(as_user, redacteur):
    client = as_user(redacteur)
    assert client.get(reverse("admin:portal_user_changelist")).status_code == 403
    assert client.get(reverse("admin:portal_user_add")).status_code == 403


def test_hoofdredacteur_publishes_with_the_action(as_user, hoofdredacteur):
    route = RouteFactory(draft=True)
    client = as_user(hoofdredacteur)
    response = client.post(
        ROUTE_CHANGELIST, {"action": "publish", "_selected_action": [route.pk]}, follow=True
    )
    assert "1 item(s) gepubliceerd." in response.content.decode()
    route.refresh_from_db()
    assert route.status == "gepubliceerd"


def test_hoofdredacteur_deletes_and_manages_users(as_user, hoofdredacteur):
    route = RouteFactory()
    client = as_user(hoofdredacteur)
    client.post(reverse("admin:trajectories_route_delete", args=[route.pk]), {"post": "yes"})
    assert not Route.objects.filter(pk=route.pk).exists()
    assert client.get(reverse("admin:portal_user_changelist")).status_code == 200


def test_hoofdredacteur_cannot_make_anyone_superuser(as_user, hoofdredacteur):
    colleague = UserFactory(staff=True)
    client = as_user(hoofdredacteur)
    html = client.get(reverse("admin:portal_user_change", args=[colleague.pk])).content.decode()
    assert 'name="is_superuser"' not in html


def test_staff_without_a_role_sees_no_content(client):
    client.force_login(UserFactory(staff=True))
    assert client.get(ROUTE_CHANGELIST).status_code == 403


def test_only_permitted_staff_preview_a_draft(client, as_user, redacteur):
    draft = ProfessionalQualification.objects.create(
        slug="concept-bk",
        name="Conceptkwalificatie",
        status="concept",
        source_url="https://www.vlaanderen.be/",
        checked_on="2026-11-01",
    )
    assert client.get(draft.get_absolute_url()).status_code == 404
    client.force_login(UserFactory(staff=True))
    assert client.get(draft.get_absolute_url()).status_code == 404
    response = as_user(redacteur).get(draft.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "niet zichtbaar voor het publiek" in html
    assert "private" in response["Cache-Control"]
