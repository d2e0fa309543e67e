"""Back office for routes, learning contracts, dual-learning requirements, support and providers."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib import admin, messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from portal.admin import PublishableAdmin
from portal.models import ImportRecord
from qualifications.models import ProfessionalQualification
from trajectories.forms import ProviderImportForm
from trajectories.models import (
    DualRequirement,
    LearningContract,
    Location,
    Offering,
    Provider,
    Route,
    RouteQualification,
    RouteSection,
    SupportService,
)
from trajectories.services import providers_import
from trajectories.services.rollover import offerings_copy_to_next_year
from trajectories.services.schools import DEFAULT_LEVELS, Programme

# Documented in fixtures/import/README.md.
IMPORT_TEMPLATE = Path(settings.BASE_DIR) / "fixtures" / "import" / "aanbieders-sjabloon.csv"


class RouteQualificationInline(admin.TabularInline):
    model = RouteQualification
    fields = ["qualification", "duration", "note"]
    extra = 0


class RouteSectionInline(admin.StackedInline):
    model = RouteSection
    fields = [
        "title",
        "slug",
        "body",
        "position",
        "status",
        "source_name",
        "source_url",
        "checked_on",
    ]
    prepopulated_fields = {"slug": ["title"]}
    extra = 0


@admin.register(Route)
class RouteAdmin(PublishableAdmin):
    list_display = ["name", "slug", "is_dual", "status", "checked_on"]
    list_filter = ["is_dual", "status"]
    search_fields = ["name", "summary"]
    ordering = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["resources"]
    inlines = [RouteQualificationInline, RouteSectionInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "summary", "is_dual", "resources", "position"]}),
        (
            "Vergelijking",
            {
                "description": "Deze velden staan naast elkaar op de pagina van elke kwalificatie.",
                "fields": [
                    "audience",
                    "duration",
                    "schedule",
                    "pay",
                    "workplace_share",
                    "outcome",
                ],
            },
        ),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]


@admin.register(RouteSection)
class RouteSectionAdmin(PublishableAdmin):
    list_display = ["title", "route", "position", "status", "checked_on"]
    list_filter = ["route", "status"]
    list_select_related = ["route"]
    search_fields = ["title", "body"]
    ordering = ["route__position", "position"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["route", "title", "slug", "body", "position"]}),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]


@admin.register(LearningContract)
class LearningContractAdmin(PublishableAdmin):
    list_display = ["abbreviation", "name", "education", "status", "checked_on"]
    list_filter = ["status"]
    search_fields = ["abbreviation", "name"]
    ordering = ["position"]
    prepopulated_fields = {"slug": ["abbreviation"]}
    filter_horizontal = ["routes"]
    fieldsets = [
        (None, {"fields": ["abbreviation", "name", "slug", "education", "routes", "position"]}),
        (
            "Vergelijking",
            {
                "fields": [
                    "components",
                    "social_security",
                    "allowance",
                    "holidays",
                    "workplace_component",
                    "duration",
                    "note",
                ]
            },
        ),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]


@admin.register(DualRequirement)
class DualRequirementAdmin(PublishableAdmin):
    list_display = ["requirement", "subject", "position", "status", "checked_on"]
    list_filter = ["subject", "status"]
    search_fields = ["requirement", "question"]
    ordering = ["subject", "position"]
    prepopulated_fields = {"slug": ["requirement"]}
    fieldsets = [
        (None, {"fields": ["subject", "requirement", "slug", "position"]}),
        ("Zelftest", {"fields": ["question", "next_step", "exception"]}),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]


@admin.register(SupportService)
class SupportServiceAdmin(PublishableAdmin):
    list_display = ["name", "is_free", "status", "checked_on"]
    list_filter = ["is_free", "status", "provinces"]
    search_fields = ["name", "summary"]
    ordering = ["position", "name"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["provinces"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "summary", "is_free", "website", "position"]}),
        ("Wat ze doen", {"fields": ["for_candidates", "for_employers", "provinces"]}),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]


class LocationInline(admin.TabularInline):
    model = Location
    fields = [
        "name",
        "street",
        "house_number",
        "postcode",
        "municipality",
        "latitude",
        "longitude",
        "is_approximate",
    ]
    autocomplete_fields = ["municipality"]
    show_change_link = True
    extra = 0


@admin.register(Provider)
class ProviderAdmin(PublishableAdmin):
    list_display = [
        "name",
        "kind",
        "school_number",
        "municipality_name",
        "is_verified",
        "status",
        "checked_on",
    ]
    list_filter = ["kind", "status", "is_verified", "locations__municipality__province"]
    search_fields = [
        "name",
        "school_number",
        "kbo_number",
        "locations__postcode",
        "locations__municipality__name_nl",
    ]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = [*PublishableAdmin.readonly_fields, "offering_links"]
    inlines = [LocationInline]
    fieldsets = [
        (
            None,
            {"fields": ["name", "slug", "kind", "school_number", "kbo_number", "education_level"]},
        ),
        ("Contact", {"fields": ["website", "email", "phone"]}),
        ("Controle", {"fields": ["is_verified", "note"]}),
        (
            "Opleidingsaanbod",
            {
                "description": (
                    "Aanbod hoort bij een vestiging: voeg het toe of wijzig het op de pagina van "
                    "de vestiging."
                ),
                "fields": ["offering_links"],
            },
        ),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]
    change_list_template = "admin/trajectories/provider/change_list.html"
    import_form_template = "admin/trajectories/provider/import_form.html"
    import_preview_template = "admin/trajectories/provider/import_preview.html"
    # Between preview and confirmation the upload waits in the cache, never in the page.
    import_cache_prefix = "trajectories:provider-import:"
    import_timeout_seconds = 60 * 60

    def get_queryset(self, request):
        # One column shows where a provider is; the first location stands for it.
        first_municipality = Location.objects.filter(provider=OuterRef("pk")).order_by("pk")
        return (
            super()
            .get_queryset(request)
            .annotate(
                municipality_name=Subquery(first_municipality.values("municipality__name_nl")[:1])
            )
        )

    @admin.display(description="gemeente", ordering="municipality_name")
    def municipality_name(self, obj):
        return obj.municipality_name or "-"

    @admin.display(description="aanbod")
    def offering_links(self, obj):
        if obj is None or obj.pk is None:
            return "Bewaar eerst de aanbieder en voeg een vestiging toe."
        offerings = Offering.objects.filter(location__provider=obj).select_related(
            "route", "location__provider", "location__municipality"
        )
        if not offerings:
            return "Nog geen aanbod."
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a> ({}, {})</li>',
                (
                    (
                        reverse("admin:trajectories_offering_change", args=[offering.pk]),
                        offering.title,
                        offering.location,
                        offering.get_status_display(),
                    )
                    for offering in offerings
                ),
            ),
        )

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
        return self._render_preview(request, self._run_import(pending, dry_run=True), pending)

    def _render_preview(self, request, report, pending: dict):
        """The preview of `report`; a file without errors waits in the cache under a token."""
        token = None
        if not report.has_errors:
            token = secrets.token_urlsafe(24)
            cache.set(self.import_cache_prefix + token, pending, self.import_timeout_seconds)
        return self._render_import(
            request,
            self.import_preview_template,
            report=report,
            token=token,
            file_name=pending["file_name"],
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
        report = self._run_import(pending, dry_run=False, confirm_shrink=confirm_shrink)
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
        ImportRecord.objects.create(
            kind=ImportRecord.Kind.SCHOOLS,
            file_name=pending["file_name"],
            summary=f"{report.programme}: {report.summary}" if report.programme else report.summary,
            imported_by=request.user,
        )
        self.message_user(request, f"Scholenlijst geïmporteerd. {report.summary}", messages.SUCCESS)
        # Staff who may import but not browse providers land on the admin's start page.
        if self.has_view_permission(request):
            return redirect("admin:trajectories_provider_changelist")
        return redirect("admin:index")

    def _check_import_permission(self, request) -> None:
        if not request.user.has_perm("trajectories.add_provider"):
            raise PermissionDenied

    def _run_import(self, pending: dict, *, dry_run: bool, confirm_shrink: bool = False):
        return providers_import(
            data=pending["data"],
            source_url=pending["source_url"],
            checked_on=pending["checked_on"],
            dry_run=dry_run,
            programme=self._programme(pending.get("programme")),
            levels=pending.get("levels", DEFAULT_LEVELS),
            confirm_shrink=confirm_shrink,
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


class OfferingInline(admin.TabularInline):
    model = Offering
    fields = [
        "title",
        "slug",
        "route",
        "is_dual",
        "school_year",
        "status",
        "source_url",
        "checked_on",
    ]
    prepopulated_fields = {"slug": ["title"]}
    show_change_link = True
    extra = 0


@admin.register(Location)
class LocationAdmin(admin.ModelAdmin):
    list_display = ["__str__", "provider", "street", "postcode", "municipality", "is_approximate"]
    list_filter = ["is_approximate", "municipality__province"]
    list_select_related = ["provider", "municipality"]
    search_fields = [
        "name",
        "provider__name",
        "provider__school_number",
        "street",
        "postcode",
        "municipality__name_nl",
    ]
    ordering = ["provider__name", "name"]
    autocomplete_fields = ["municipality", "provider"]
    inlines = [OfferingInline]
    fieldsets = [
        (None, {"fields": ["provider", "name"]}),
        ("Adres", {"fields": ["street", "house_number", "postcode", "municipality", "place_note"]}),
        ("Ligging", {"fields": ["latitude", "longitude", "is_approximate"]}),
    ]

    def get_queryset(self, request):
        # The name of a location mentions its provider and municipality, also in autocompletes.
        return super().get_queryset(request).select_related("provider", "municipality")


@admin.register(Offering)
class OfferingAdmin(PublishableAdmin):
    list_display = [
        "title",
        "location",
        "route",
        "is_dual",
        "school_year",
        "is_imported",
        "ended_on",
        "status",
        "checked_on",
    ]
    list_filter = ["route", "is_dual", "status", "school_year", "is_imported"]
    list_select_related = ["route", "location__provider", "location__municipality"]
    search_fields = [
        "title",
        "location__name",
        "location__provider__name",
        "location__municipality__name_nl",
    ]
    ordering = ["location__provider__name", "title"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["location"]
    filter_horizontal = ["qualifications"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "location", "route", "qualifications"]}),
        (
            "Wanneer",
            {
                "fields": [
                    "is_daytime",
                    "is_evening",
                    "is_weekend",
                    "is_distance",
                    "is_dual",
                    "school_year",
                    "starts_on",
                    "start_note",
                    "duration",
                ]
            },
        ),
        ("Meer", {"fields": ["language", "notes"]}),
        ("Officiële lijst", {"fields": ["is_imported", "ended_on"]}),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]

    actions = [*PublishableAdmin.actions, "copy_to_next_year"]

    @admin.action(
        description="Kopiëren naar het volgende schooljaar (als concept)", permissions=["add"]
    )
    def copy_to_next_year(self, request, queryset):
        copies = offerings_copy_to_next_year(offerings=queryset.prefetch_related("qualifications"))
        skipped = queryset.count() - len(copies)
        message = f"{len(copies)} aanbod gekopieerd naar het volgende schooljaar, als concept."
        if skipped:
            message += f" {skipped} overgeslagen: zonder schooljaar of al gekopieerd."
        self.message_user(request, message, messages.SUCCESS)
