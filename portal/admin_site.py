"""The back office's site: its home page shows what needs attention (see portal.freshness)."""

from django.apps import apps
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_POST

from portal.freshness import dashboard_build
from portal.services import content_export


class PortalAdminSite(admin.AdminSite):
    site_header = "Instroomwijzer Kinderopvang — beheer"
    site_title = "Instroomwijzer beheer"
    index_title = "Inhoud beheren"

    def index(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "dashboard": dashboard_build(today=timezone.localdate()),
        }
        return super().index(request, extra_context)

    def get_urls(self):
        return [
            path(
                "gecontroleerd/<str:app_label>/<str:model_name>/<int:pk>/",
                self.admin_view(require_POST(self.mark_checked)),
                name="mark-checked",
            ),
            path("inhoud-exporteren/", self.admin_view(self.export_content), name="export-content"),
            *super().get_urls(),
        ]

    def mark_checked(self, request, app_label, model_name, pk):
        """One click from the dashboard: this fact was checked today, by this person."""
        model = apps.get_model(app_label, model_name)
        if not request.user.has_perm(f"{app_label}.change_{model_name}"):
            raise PermissionDenied
        obj = get_object_or_404(model, pk=pk)
        obj.mark_checked(user=request.user, on=timezone.localdate())
        messages.success(request, f"'{obj}' is gemarkeerd als gecontroleerd op vandaag.")
        return redirect("admin:index")

    def export_content(self, request):
        """All content as one JSON file; `manage.py load_content --file` restores it."""
        if not request.user.has_perm("portal.publish_content"):
            raise PermissionDenied
        response = HttpResponse(content_export(), content_type="application/json; charset=utf-8")
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = (
            f'attachment; filename="instroomwijzer-inhoud-{stamp}.json"'
        )
        return response
