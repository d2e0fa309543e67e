"""Back office of the route knowledge: routes and their sections, rules and qualifications, care
periods, allowance tiers, learning contracts, dual-learning requirements and support services."""

from django.contrib import admin

from portal.admin import HistoryInline, PartHistoryAdmin, PublishableAdmin, PublishableInlineMixin
from trajectories.forms import RouteRuleAdminForm
from trajectories.models import (
    AllowanceTier,
    CarePeriod,
    DualRequirement,
    LearningContract,
    Route,
    RouteQualification,
    RouteRule,
    RouteSection,
    SupportService,
)


class RouteQualificationInline(HistoryInline, admin.TabularInline):
    model = RouteQualification
    fields = ["qualification", "duration", "note", "history_link"]
    readonly_fields = ["history_link"]
    extra = 0


class RouteSectionInline(PublishableInlineMixin, HistoryInline, admin.StackedInline):
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
        "history_link",
    ]
    readonly_fields = ["history_link"]
    prepopulated_fields = {"slug": ["title"]}
    extra = 0


@admin.register(RouteQualification)
class RouteQualificationAdmin(PartHistoryAdmin):
    """A qualification of a route: edited on the route's page; here for its own history."""

    list_display = ["__str__", "duration"]
    list_select_related = ["route", "qualification"]
    search_fields = ["route__name", "qualification__name"]
    ordering = ["route__position", "qualification__position"]


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
                    "duration",
                    "duration_summary",
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


@admin.register(RouteRule)
class RouteRuleAdmin(PublishableAdmin):
    """Who may take a route and what makes it fit: the rules the route planner applies."""

    form = RouteRuleAdminForm
    list_display = ["__str__", "route", "kind", "points", "is_uncertain", "status", "checked_on"]
    list_filter = ["route", "kind", "is_uncertain", "status"]
    list_select_related = ["route"]
    search_fields = ["who", "text", "uncertainty", "slug"]
    ordering = ["route__position", "position"]
    prepopulated_fields = {"slug": ["who"]}
    fieldsets = [
        (
            None,
            {
                "description": "De routeplanner en de pagina van het traject lezen deze regel. "
                "Elke voorwaarde die je invult moet kloppen; een lege voorwaarde geldt voor "
                "iedereen. Een wijziging staat bij de volgende vraag op de site.",
                "fields": ["route", "kind", "who", "text", "slug", "position", "points"],
            },
        ),
        (
            "Voorwaarden",
            {
                "fields": [
                    ("min_age", "max_age"),
                    "situations",
                    "diplomas",
                    ("experiences", "min_experience_years"),
                    "moments",
                    "wants_pay",
                    "needs_held_qualification",
                    "duration",
                ]
            },
        ),
        ("Zekerheid", {"fields": ["is_uncertain", "uncertainty"]}),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]


@admin.register(CarePeriod)
class CarePeriodAdmin(PublishableAdmin):
    """How long a learner of a route stays in each kind of care: the premium estimate uses it."""

    list_display = ["route", "care", "min_months", "max_months", "status", "checked_on"]
    list_filter = ["route", "care", "status"]
    list_select_related = ["route"]
    search_fields = ["slug", "route__name"]
    ordering = ["route__position", "care"]
    fieldsets = [
        (None, {"fields": ["route", "care", "slug", "min_months", "max_months"]}),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]


@admin.register(AllowanceTier)
class AllowanceTierAdmin(PublishableAdmin):
    """What a learner costs: the premium estimate shows the tier beside what comes in."""

    list_display = ["contract", "label", "amount_eur", "stated_for_year", "holds_from", "status"]
    list_filter = ["contract", "status"]
    list_select_related = ["contract"]
    search_fields = ["label", "slug"]
    ordering = ["contract__position", "amount_eur"]
    filter_horizontal = ["routes"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "contract",
                    "label",
                    "slug",
                    "amount_eur",
                    "stated_for_year",
                    "holds_from",
                    "routes",
                    "uncertainty",
                ]
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
                    "allowance_holds_from",
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
        ("Zelftest", {"fields": ["question", "caveat", "next_step", "exception"]}),
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
