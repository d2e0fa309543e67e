"""Nothing typed into an admin URL answers 500: unknown, huge, negative or malformed ids give
404 (or the admin's own message), for staff and for a provider's editor."""

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.trajectories.factories import RouteFactory

pytestmark = pytest.mark.django_db

BAD_IDS = ["abc", "99999999999999999999", "-1", "0", "1.5", "%00"]
MODELS = [m for m in admin.site._registry if m._meta.app_label != "auth"]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.label)
def test_bad_object_ids_never_answer_500(as_user, operator, model):
    client = as_user(operator)
    client.raise_request_exception = False
    opts = model._meta
    base = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    for bad in BAD_IDS:
        for tail in ["change/", "history/", "delete/", "history/1/", "history/abc/"]:
            response = client.get(f"{base}{bad}/{tail}")
            assert response.status_code in {200, 302, 400, 403, 404}, (base, bad, tail)


def test_bad_version_ids_never_answer_500(as_user, operator):
    client = as_user(operator)
    client.raise_request_exception = False
    route = RouteFactory()
    base = reverse("admin:trajectories_route_history", args=[route.pk])
    for bad in BAD_IDS:
        assert client.get(f"{base}{bad}/").status_code in {400, 404}, bad


@pytest.mark.parametrize(
    "data",
    [{"model": "bestaat.Niet", "id": "1"}, {"model": "trajectories.Route", "id": "abc"},
     {"model": "trajectories.Route", "id": "99999999999999999999"}, {"model": "", "id": ""},
     {"model": "portal.User", "id": "1"}, {}],
)  # fmt: skip
def test_bringing_back_something_unknown_answers_404(as_user, hoofdredacteur, data):
    client = as_user(hoofdredacteur)
    client.raise_request_exception = False
    assert client.post(reverse("admin:deleted-content"), data).status_code in {400, 404}


def test_changelist_parameters_never_answer_500(as_user, operator, aanbieder):
    for user in (operator, aanbieder):
        client = as_user(user)
        client.raise_request_exception = False
        for query in [
            "p=99999999999999999999",
            "p=-1",
            "o=99999999999999999999",
            "o=-5.x",
            "q=" + "x" * 5000,
            "all=",
            "status__exact=%00",
            "q=%00",
            "p=%00",
        ]:
            response = client.get(reverse("admin:trajectories_offering_changelist") + "?" + query)
            assert response.status_code in {200, 302, 400}, (user, query)
