"""Only an operator manages operators: a Hoofdredacteur manages the three editorial roles only."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from portal.models import User
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


def account_form(user, **changes):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "organisation": user.organisation,
        "is_active": "on",
        "is_staff": "on",
        "groups": [g.pk for g in user.groups.all()],
        # Shown to an operator only (read-only for a Hoofdredacteur).
        "date_joined_0": "2026-01-05",
        "date_joined_1": "09:00:00",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_the_account_list_of_a_hoofdredacteur_names_no_operator(
    as_user, hoofdredacteur, operator, redacteur
):
    html = as_user(hoofdredacteur).get(reverse("admin:portal_user_changelist")).content.decode()
    assert reverse("admin:portal_user_change", args=[redacteur.pk]) in html
    assert reverse("admin:portal_user_change", args=[operator.pk]) not in html
    assert ">operator<" not in html


def test_a_hoofdredacteur_cannot_set_an_operators_password(as_user, hoofdredacteur, operator):
    address = reverse("admin:auth_user_password_change", args=[operator.pk])
    response = as_user(hoofdredacteur).post(
        address,
        {"password1": "Overgenomen-Wachtwoord-1", "password2": "Overgenomen-Wachtwoord-1"},
    )
    assert response.status_code == 403
    operator.refresh_from_db()
    assert operator.check_password("een-lang-test-wachtwoord")


def test_a_hoofdredacteur_cannot_change_an_operators_email_or_deactivate_it(
    as_user, hoofdredacteur, operator
):
    address = reverse("admin:portal_user_change", args=[operator.pk])
    response = as_user(hoofdredacteur).post(
        address, account_form(operator, email="overname@example.org", is_active=None)
    )
    assert response.status_code == 403
    operator.refresh_from_db()
    assert operator.email == "operator@example.org"
    assert operator.is_active


def test_a_hoofdredacteur_cannot_delete_an_operator_also_not_in_bulk(
    as_user, hoofdredacteur, operator, redacteur
):
    client = as_user(hoofdredacteur)
    address = reverse("admin:portal_user_delete", args=[operator.pk])
    assert client.post(address, {"post": "yes"}).status_code == 403
    client.post(
        reverse("admin:portal_user_changelist"),
        {"action": "delete_selected", "_selected_action": [operator.pk], "post": "yes"},
    )
    assert User.objects.filter(pk=operator.pk, is_active=True).exists()


def test_a_hoofdredacteur_gives_only_the_three_editorial_roles(as_user, hoofdredacteur, redacteur):
    powerful = Group.objects.create(name="Beheer van accounts en rechten")
    powerful.permissions.set(Permission.objects.filter(content_type__app_label="auth"))
    client = as_user(hoofdredacteur)
    address = reverse("admin:portal_user_change", args=[redacteur.pk])
    html = client.get(address).content.decode()
    assert "Beheer van accounts en rechten" not in html
    for role in ("Redacteur", "Hoofdredacteur", "Aanbieder"):
        assert f">{role}<" in html
    response = client.post(address, account_form(redacteur, groups=[powerful.pk]))
    assert response.status_code == 200  # the form says the choice is not valid
    assert not redacteur.groups.filter(pk=powerful.pk).exists()


def test_a_hoofdredacteur_still_manages_an_editors_account(as_user, hoofdredacteur, redacteur):
    client = as_user(hoofdredacteur)
    address = reverse("admin:portal_user_change", args=[redacteur.pk])
    response = client.post(address, account_form(redacteur, email="nieuw@example.org"))
    assert response.status_code == 302
    redacteur.refresh_from_db()
    assert redacteur.email == "nieuw@example.org"


def test_an_operator_manages_another_operator(as_user, operator):
    other = UserFactory(username="tweede-operator", staff=True, is_superuser=True)
    client = as_user(operator)
    address = reverse("admin:portal_user_change", args=[other.pk])
    assert client.get(address).status_code == 200
    response = client.post(
        address, account_form(other, email="tweede@example.org", is_superuser="on")
    )
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.email == "tweede@example.org"


def test_a_hoofdredacteur_cannot_change_a_role(as_user, hoofdredacteur):
    group = Group.objects.get(name="Redacteur")
    before = set(group.permissions.values_list("pk", flat=True))
    response = as_user(hoofdredacteur).post(
        reverse("admin:auth_group_change", args=[group.pk]),
        {"name": "Redacteur", "permissions": list(Permission.objects.values_list("pk", flat=True))},
    )
    assert response.status_code == 403
    assert set(group.permissions.values_list("pk", flat=True)) == before
