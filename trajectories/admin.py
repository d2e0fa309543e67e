"""Back office for routes, learning contracts, dual-learning requirements and support."""

from django.contrib import admin

from portal.admin import PublishableAdmin
from trajectories.models import (
    DualRequirement,
    LearningContract,
    Route,
    RouteQualification,
    RouteSection,
    SupportService,
)


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
