"""Every role only what it may, in every admin view and custom endpoint of the back office.

One table: each row is a view, each column a role (operator, Hoofdredacteur, Redacteur,
Aanbieder), each cell the status that role gets. Beside it, the hostile user of each boundary:
a Hoofdredacteur against an operator, a Redacteur against publishing, an Aanbieder against
another provider.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.portal.factories import UserFactory
from tests.trajectories.factories import RouteFactory
from trajectories.models import Offering

pytestmark = pytest.mark.django_db

ROLES = ["operator", "hoofdredacteur", "redacteur", "aanbieder"]


@pytest.fixture
def rows(operator, hoofdredacteur, redacteur, aanbieder, own_offering, other_offering):
    """The rows the table's views are about."""
    route = RouteFactory(slug="traject-van-de-tabel", name="Traject van de tabel")
    route.summary = "Tweede versie."
    route.save()
    return {
        "route": route,
        "version": route.history.order_by("history_date").first().history_id,
        "own_offering": own_offering,
        "own_provider": own_offering.location.provider,
        "other_offering": other_offering,
        "other_provider": other_offering.location.provider,
        "operator": operator,
        "redacteur": redacteur,
        "group": Group.objects.get(name="Redacteur"),
    }


def url(name, *args):
    return reverse(f"admin:{name}", args=args)


# (what, method, url from the rows, status for: operator, Hoofdredacteur, Redacteur, Aanbieder)
TABLE = [
    ("home", "get", lambda r: url("index"), (200, 200, 200, 200)),
    ("content list", "get", lambda r: url("trajectories_route_changelist"), (200, 200, 200, 403)),
    ("content form", "get", lambda r: url("trajectories_route_change", r["route"].pk),
     (200, 200, 200, 403)),
    ("content delete", "get", lambda r: url("trajectories_route_delete", r["route"].pk),
     (200, 200, 403, 403)),
    ("content history", "get", lambda r: url("trajectories_route_history", r["route"].pk),
     (200, 200, 200, 403)),
    ("content revert form", "get",
     lambda r: url("trajectories_route_simple_history", r["route"].pk, r["version"]),
     (200, 200, 200, 403)),
    ("content on the site", "get", lambda r: on_site(r["route"]), (302, 302, 302, 403)),
    ("content marked checked", "post",
     lambda r: url("mark-checked", "trajectories", "route", r["route"].pk), (302, 302, 302, 403)),
    ("own offering form", "get", lambda r: url("trajectories_offering_change",
     r["own_offering"].pk), (200, 200, 200, 200)),
    ("own offering history", "get", lambda r: url("trajectories_offering_history",
     r["own_offering"].pk), (200, 200, 200, 200)),
    ("own provider on the site", "get", lambda r: on_site(r["own_provider"]),
     (302, 302, 302, 302)),
    ("own offering: klopt nog", "post", lambda r: url("trajectories_offering_confirm",
     r["own_offering"].pk), (302, 302, 302, 302)),
    ("other provider's offering form", "get", lambda r: url("trajectories_offering_change",
     r["other_offering"].pk), (200, 200, 200, 403)),
    ("other provider's offering history", "get", lambda r: url(
     "trajectories_offering_history", r["other_offering"].pk), (200, 200, 200, 403)),
    ("other provider on the site", "get", lambda r: on_site(r["other_provider"]),
     (302, 302, 302, 403)),
    ("other provider's offering marked checked", "post",
     lambda r: url("mark-checked", "trajectories", "offering", r["other_offering"].pk),
     (302, 302, 302, 403)),
    ("other provider marked checked", "post",
     lambda r: url("mark-checked", "trajectories", "provider", r["other_provider"].pk),
     (302, 302, 302, 403)),
    ("other provider's offering: klopt nog", "post", lambda r: url(
     "trajectories_offering_confirm", r["other_offering"].pk), (302, 302, 302, 403)),
    ("invitations of a provider", "get", lambda r: url("trajectories_provider_invite",
     r["own_provider"].pk), (200, 200, 200, 403)),
    ("school import", "get", lambda r: url("trajectories_provider_import"),
     (200, 200, 200, 403)),
    ("school import template", "get", lambda r: url("trajectories_provider_import_template"),
     (200, 200, 200, 403)),
    ("content export", "get", lambda r: url("export-content"), (200, 200, 403, 403)),
    ("content import", "get", lambda r: url("import-content"), (200, 200, 403, 403)),
    ("deleted content", "get", lambda r: url("deleted-content"), (200, 200, 403, 403)),
    ("accounts", "get", lambda r: url("portal_user_changelist"), (200, 200, 403, 403)),
    ("an editor's account", "get", lambda r: url("portal_user_change", r["redacteur"].pk),
     (200, 200, 403, 403)),
    ("an editor's password", "get", lambda r: url("auth_user_password_change",
     r["redacteur"].pk), (200, 200, 403, 403)),
    ("an operator's account", "get", lambda r: url("portal_user_change", r["operator"].pk),
     (200, 403, 403, 403)),
    ("an operator's password", "get", lambda r: url("auth_user_password_change",
     r["operator"].pk), (200, 403, 403, 403)),
    ("an operator's deletion", "get", lambda r: url("portal_user_delete", r["operator"].pk),
     (200, 403, 403, 403)),
    ("roles", "get", lambda r: url("auth_group_changelist"), (200, 200, 403, 403)),
    ("a role's form", "post", lambda r: url("auth_group_change", r["group"].pk),
     (200, 403, 403, 403)),
    ("the log of imports", "get", lambda r: url("portal_importrecord_changelist"),
     (200, 200, 200, 403)),
]  # fmt: skip


def on_site(obj):
    """The admin's "view on site" link of `obj`."""
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(obj)
    return url("view_on_site", content_type.pk, obj.pk)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("what", "method", "address", "statuses"), TABLE, ids=[t[0] for t in TABLE]
)
def test_each_role_gets_what_it_may(as_user, rows, role, what, method, address, statuses):
    user = {"operator": rows["operator"], "redacteur": rows["redacteur"]}.get(role)
    if user is None:
        user = {
            "hoofdredacteur": "hoofdredacteur",
            "aanbieder": "aanbieder@cvo.example",
        }[role]
        from portal.models import User

        user = User.objects.get(username=user)
    client = as_user(user)
    response = getattr(client, method)(address(rows))
    expected = statuses[ROLES.index(role)]
    assert response.status_code == expected, (what, role, response.status_code)


def test_a_staff_account_without_a_role_sees_no_row(as_user, rows):
    client = as_user(UserFactory(username="zonder-rol", staff=True))
    for address in [
        url("trajectories_route_changelist"),
        url("trajectories_route_history", rows["route"].pk),
        on_site(rows["route"]),
        url("portal_user_changelist"),
        url("trajectories_provider_import"),
    ]:
        assert client.get(address).status_code == 403, address
    assert (
        client.post(url("mark-checked", "trajectories", "route", rows["route"].pk)).status_code
        == 403
    )


class TestNeverARowOutOfScope:
    """A refusal says nothing about the row: no title, no slug, no name."""

    def test_marking_another_providers_offering_checked_changes_nothing_and_names_nothing(
        self, as_user, aanbieder, other_offering
    ):
        other_offering.status = Offering.Status.DRAFT
        other_offering.title = "Geheime conceptopleiding"
        other_offering.save()
        before = other_offering.checked_on
        client = as_user(aanbieder)
        response = client.post(
            url("mark-checked", "trajectories", "offering", other_offering.pk), follow=True
        )
        assert response.status_code == 403
        assert "Geheime conceptopleiding" not in response.content.decode()
        other_offering.refresh_from_db()
        assert other_offering.checked_on == before
        assert other_offering.checked_by is None

    def test_view_on_site_of_another_providers_draft_does_not_reveal_its_slug(
        self, as_user, aanbieder, other_offering
    ):
        provider = other_offering.location.provider
        provider.status = provider.Status.DRAFT
        provider.save()
        response = as_user(aanbieder).get(on_site(provider))
        assert response.status_code == 403
        assert provider.slug not in response.get("Location", "")
        assert provider.slug not in response.content.decode()

    @pytest.mark.parametrize(
        ("app_label", "model_name"),
        [("bestaat", "niet"), ("trajectories", "bestaatniet"), ("portal", "user"),
         ("portal", "importrecord"), ("auth", "group")],
    )  # fmt: skip
    def test_marking_an_unknown_model_or_one_without_a_check_answers_404(
        self, as_user, hoofdredacteur, app_label, model_name
    ):
        response = as_user(hoofdredacteur).post(url("mark-checked", app_label, model_name, 1))
        assert response.status_code == 404

    def test_view_on_site_of_an_unknown_type_or_row_answers_404(self, as_user, hoofdredacteur):
        client = as_user(hoofdredacteur)
        assert client.get(url("view_on_site", 999999, 1)).status_code == 404
        route = RouteFactory()
        assert client.get(on_site(route).replace(f"/{route.pk}/", "/999999/")).status_code == 404
