"""The back office's door for official lists of schools: upload, preview, confirm.

A mixin of the provider admin: staff who may add providers upload a list (an institution list,
a programme list, or the CSV template), see what the import would do, and confirm it. Between
preview and confirmation the upload waits in the cache under a token, never in the page.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path

from portal.models import ImportRecord
from qualifications.models import ProfessionalQualification
from trajectories.forms import ProviderImportForm
from trajectories.models import Route
from trajectories.services import providers_import
from trajectories.services.schools import DEFAULT_LEVELS, Programme

# Documented in fixtures/import/README.md.
IMPORT_TEMPLATE = Path(settings.BASE_DIR) / "fixtures" / "import" / "aanbieders-sjabloon.csv"


class SchoolListImportMixin:
    """Adds /admin/trajectories/provider/importeren/ and its preview to a ModelAdmin."""

    import_form_template = "admin/trajectories/provider/import_form.html"
    import_preview_template = "admin/trajectories/provider/import_preview.html"
    # Between preview and confirmation the upload waits in the cache, never in the page.
    import_cache_prefix = "trajectories:provider-import:"
    import_timeout_seconds = 60 * 60

    def get_urls(self):
        # Before the default URLs: "<path:object_id>/" would swallow these.
        return [
            path(
                "importeren/",
                self.admin_site.admin_view(self.import_view),
                name="trajectories_provider_import",
            ),
            path(
                "importeren/sjabloon.csv",
                self.admin_site.admin_view(self.import_template_view),
                name="trajectories_provider_import_template",
            ),
            path(
                "importeren/<str:token>/bevestigen/",
                self.admin_site.admin_view(self.import_confirm_view),
                name="trajectories_provider_import_confirm",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        """Upload the official list of schools and show what an import would do."""
        self._check_import_permission(request)
        if request.method != "POST":
            form = ProviderImportForm()
            return self._render_import(request, self.import_form_template, form=form)
        form = ProviderImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self._render_import(request, self.import_form_template, form=form)
        upload = form.cleaned_data["file"]
        programme = form.programme()
        pending = {
            "data": upload.read(),
            "file_name": upload.name,
            "source_url": form.cleaned_data["source_url"],
            "checked_on": form.cleaned_data["checked_on"],
            "levels": tuple(form.cleaned_data["levels"]),
            # Ids, not objects: the preview waits in the cache, maybe for an hour.
            "programme": programme
            and {
                "route_id": programme.route.pk,
                "qualification_ids": [q.pk for q in programme.qualifications],
                "title": programme.title,
                "school_year": programme.school_year,
            },
            "user_id": request.user.pk,
        }
        report = self._run_import(
            pending, dry_run=True, publish=self.has_publish_permission(request)
        )
        return self._render_preview(request, report, pending)

    def _render_preview(self, request, report, pending: dict):
        """The preview of `report`; a file without errors that brings something in waits in
        the cache under a token."""
        token = None
        if not report.has_errors and not report.imports_nothing:
            token = secrets.token_urlsafe(24)
            cache.set(self.import_cache_prefix + token, pending, self.import_timeout_seconds)
        return self._render_import(
            request,
            self.import_preview_template,
            report=report,
            token=token,
            file_name=pending["file_name"],
            as_drafts=not self.has_publish_permission(request),
        )

    def import_template_view(self, request):
        """The CSV template for lists without an official export (Syntra, EVC test centres)."""
        self._check_import_permission(request)
        response = HttpResponse(IMPORT_TEMPLATE.read_bytes(), content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="aanbieders-sjabloon.csv"'
        return response

    def import_confirm_view(self, request, token):
        """Run the import that the preview under `token` showed, then back to the list."""
        self._check_import_permission(request)
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        key = self.import_cache_prefix + token
        pending = cache.get(key)
        # Deleting claims the token, so a double click cannot import the file twice.
        if pending is None or pending["user_id"] != request.user.pk or not cache.delete(key):
            self.message_user(
                request,
                "Deze voorvertoning is verlopen (ze blijft een uur bewaard) of bestaat niet. "
                "Laad het bestand opnieuw op.",
                messages.ERROR,
            )
            return redirect("admin:trajectories_provider_import")
        confirm_shrink = request.POST.get("confirm_shrink") == "1"
        # The import and its record together, or neither.
        with transaction.atomic():
            report = self._run_import(
                pending,
                dry_run=False,
                confirm_shrink=confirm_shrink,
                publish=self.has_publish_permission(request),
            )
            if report.is_written:
                ImportRecord.objects.create(
                    kind=ImportRecord.Kind.SCHOOLS,
                    file_name=pending["file_name"],
                    summary=report.record_summary,
                    imported_by=request.user,
                )
        if report.needs_confirmation:
            self.message_user(
                request,
                "Deze lijst beëindigt veel aanbod: vink aan dat je dat bevestigt. Er is nog "
                "niets gewijzigd.",
                messages.ERROR,
            )
            # The token was claimed: the file waits again, for a second, confirmed attempt.
            return self._render_preview(request, report, pending)
        if report.has_errors:
            self.message_user(
                request,
                "Het bestand bevat fouten en is niet geïmporteerd: er is niets gewijzigd.",
                messages.ERROR,
            )
            return self._render_import(
                request,
                self.import_preview_template,
                report=report,
                token=None,
                file_name=pending["file_name"],
            )
        self.message_user(request, f"Scholenlijst geïmporteerd. {report.summary}", messages.SUCCESS)
        # Staff who may import but not browse providers land on the admin's start page.
        if self.has_view_permission(request):
            return redirect("admin:trajectories_provider_changelist")
        return redirect("admin:index")

    def _check_import_permission(self, request) -> None:
        if not request.user.has_perm("trajectories.add_provider"):
            raise PermissionDenied

    def _run_import(
        self, pending: dict, *, dry_run: bool, publish: bool, confirm_shrink: bool = False
    ):
        # What someone without the right to publish imports (a Redacteur) comes in as drafts,
        # as anything they add by hand: a Hoofdredacteur publishes it after a look. (The import
        # stays the Redacteur's: official lists arrive every school year, and preparing them is
        # editorial work; putting them online is not.)
        return providers_import(
            data=pending["data"],
            source_url=pending["source_url"],
            checked_on=pending["checked_on"],
            dry_run=dry_run,
            programme=self._programme(pending.get("programme")),
            levels=pending.get("levels", DEFAULT_LEVELS),
            confirm_shrink=confirm_shrink,
            publish=publish,
        )

    def _programme(self, saved: dict | None) -> Programme | None:
        if not saved:
            return None
        return Programme(
            route=Route.objects.get(pk=saved["route_id"]),
            qualifications=tuple(
                ProfessionalQualification.objects.filter(pk__in=saved["qualification_ids"])
            ),
            title=saved["title"],
            school_year=saved["school_year"],
        )

    def _render_import(self, request, template: str, **context):
        return TemplateResponse(
            request,
            template,
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "has_view_permission": self.has_view_permission(request),
                "title": "Scholenlijst importeren",
                **context,
            },
        )
