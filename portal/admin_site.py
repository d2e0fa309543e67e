"""The back office's site: its home page shows what needs attention (see portal.freshness)."""

import secrets

from django.apps import apps
from django.contrib import admin, messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_POST

from portal.freshness import dashboard_build
from portal.models import ImportRecord
from portal.security import LockoutAdminAuthenticationForm
from portal.services import (
    ContentImportError,
    content_export,
    content_import,
    content_restore,
    deleted_content,
)
from portal.uploads import upload_size_check

IMPORT_CACHE_PREFIX = "inhoud-import:"


class PortalAdminSite(admin.AdminSite):
    site_header = "Instroomwijzer Kinderopvang — beheer"
    site_title = "Instroomwijzer beheer"
    index_title = "Inhoud beheren"
    login_form = LockoutAdminAuthenticationForm  # says so when a login is locked

    def index(self, request, extra_context=None):
        from trajectories.admin_scope import is_provider_editor
        from trajectories.dashboard import provider_start_build, review_build

        today = timezone.localdate()
        extra_context = dict(extra_context or {})
        if is_provider_editor(request.user):  # a provider's own start page, not the sector's
            extra_context["provider_start"] = provider_start_build(user=request.user, today=today)
        else:
            extra_context["dashboard"] = dashboard_build(today=today)
            if request.user.has_perm("trajectories.review_proposal"):
                extra_context["provider_review"] = review_build(today=today)
        return super().index(request, extra_context)

    def get_urls(self):
        return [
            path(
                "gecontroleerd/<str:app_label>/<str:model_name>/<int:pk>/",
                self.admin_view(require_POST(self.mark_checked)),
                name="mark-checked",
            ),
            path("inhoud-exporteren/", self.admin_view(self.export_content), name="export-content"),
            path("inhoud-importeren/", self.admin_view(self.import_content), name="import-content"),
            path("verwijderd/", self.admin_view(self.deleted_view), name="deleted-content"),
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

    def import_content(self, request):
        """Upload an export, see what it would add, then add it: nothing half-written."""
        if not request.user.has_perm("portal.publish_content"):
            raise PermissionDenied
        context = {**self.each_context(request), "title": "Inhoud importeren"}
        if request.method == "POST" and request.POST.get("token"):
            pending = cache.get(IMPORT_CACHE_PREFIX + request.POST["token"])
            if not pending or pending["user_id"] != request.user.pk:
                messages.error(
                    request, "Deze voorvertoning is verlopen. Laad het bestand opnieuw op."
                )
                return redirect("admin:import-content")
            cache.delete(IMPORT_CACHE_PREFIX + request.POST["token"])
            with transaction.atomic():  # the content and its record together, or neither
                report = content_import(data=pending["data"], dry_run=False)
                ImportRecord.objects.create(
                    kind=ImportRecord.Kind.CONTENT,
                    file_name=pending["file_name"],
                    summary=str(report),
                    imported_by=request.user,
                )
            messages.success(request, "Inhoud geïmporteerd. " + str(report).replace("\n", "; "))
            return redirect("admin:index")
        if request.method == "POST" and request.FILES.get("bestand"):
            upload = request.FILES["bestand"]
            try:
                upload_size_check(upload)
            except ValidationError as error:
                context["errors"] = error.messages
            else:
                data = upload.read()
                try:
                    context["report"] = content_import(data=data, dry_run=True)
                except ContentImportError as error:
                    context["errors"] = error.messages
                else:
                    token = secrets.token_urlsafe(24)
                    cache.set(
                        IMPORT_CACHE_PREFIX + token,
                        {"data": data, "file_name": upload.name, "user_id": request.user.pk},
                        3600,
                    )
                    context["token"] = token
                    context["file_name"] = upload.name
        return TemplateResponse(request, "admin/import_content.html", context)

    def deleted_view(self, request):
        """Deleted content, newest first, each with a button that brings it back."""
        if request.method == "POST":
            label = request.POST.get("model", "")
            app_label, _, model_name = label.partition(".")
            if not request.user.has_perm(f"{app_label}.delete_{model_name.lower()}"):
                raise PermissionDenied
            restored = content_restore(model_label=label, history_id=int(request.POST["id"]))
            messages.success(request, f"'{restored}' is teruggezet.")
            return redirect("admin:deleted-content")
        if not request.user.has_perm("portal.publish_content"):
            raise PermissionDenied
        context = {
            **self.each_context(request),
            "title": "Verwijderde inhoud terugzetten",
            "records": deleted_content(),
        }
        return TemplateResponse(request, "admin/deleted_content.html", context)
