"""Every ModelAdmin opens: list, search, add form and change form of a real row."""

import pytest
from django.contrib import admin
from django.urls import reverse

pytestmark = pytest.mark.django_db

REGISTERED = sorted(admin.site._registry, key=lambda m: m._meta.label)


@pytest.mark.parametrize("model", REGISTERED, ids=lambda m: m._meta.label)
def test_admin_pages_open(admin_client, admin_user, rf, model):
    opts = model._meta
    changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    assert admin_client.get(changelist).status_code == 200
    assert admin_client.get(changelist, {"q": "kinderbegeleider"}).status_code == 200
    add = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
    request = rf.get(add)
    request.user = admin_user
    # Records (imports, link checks) are written by the system only, never added by hand.
    can_add = admin.site._registry[model].has_add_permission(request)
    assert admin_client.get(add).status_code == (200 if can_add else 403)
    obj = model.objects.first()
    if obj is not None:
        change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        assert admin_client.get(change).status_code == 200


def test_every_content_model_is_in_the_admin():
    from django.apps import apps

    from portal.models import PublishableModel

    content = [
        m
        for m in apps.get_models()
        if issubclass(m, PublishableModel) and m._meta.app_label != "auth"
    ]
    assert content
    assert all(m in admin.site._registry for m in content)


def test_admin_speaks_dutch(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "Instroomwijzer Kinderopvang — beheer" in html
    assert "Gemeenten" in html
    assert "Leerovereenkomsten" in html
