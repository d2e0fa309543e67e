"""Every ModelAdmin of the site shell opens: list, search, add form and change form."""

import pytest
from django.contrib import admin
from django.urls import reverse

pytestmark = pytest.mark.django_db

PORTAL_MODELS = [m for m in admin.site._registry if m._meta.app_label == "portal"]


@pytest.mark.parametrize("model", PORTAL_MODELS, ids=lambda m: m.__name__)
def test_admin_pages_open(admin_client, model):
    opts = model._meta
    changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    assert admin_client.get(changelist).status_code == 200
    assert admin_client.get(changelist, {"q": "Gent"}).status_code == 200
    add = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
    assert admin_client.get(add).status_code == 200
    obj = model.objects.first()
    if obj is not None:
        change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        assert admin_client.get(change).status_code == 200


def test_admin_speaks_dutch(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "Instroomwijzer Kinderopvang — beheer" in html
    assert "Gemeenten" in html
