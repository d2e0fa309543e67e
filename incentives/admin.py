"""Back office for premiums: rules staff change without a developer when a decree changes."""

from django.contrib import admin

from incentives.models import Premium, PremiumAmount, PremiumCondition, PremiumUpdate
from portal.admin import HistoryInline, PartHistoryAdmin, PublishableAdmin


class PremiumAmountInline(HistoryInline, admin.TabularInline):
    model = PremiumAmount
    fields = ["amount_eur", "allowance", "label", "holds_from", "history_link"]
    readonly_fields = ["history_link"]
    extra = 0


class PremiumConditionInline(HistoryInline, admin.TabularInline):
    model = PremiumCondition
    fields = ["position", "text", "history_link"]
    readonly_fields = ["history_link"]
    extra = 0


class PremiumUpdateInline(HistoryInline, admin.StackedInline):
    model = PremiumUpdate
    fields = ["stated_on", "text", "source_name", "source_url", "history_link"]
    readonly_fields = ["history_link"]
    extra = 0


@admin.register(PremiumAmount, PremiumCondition, PremiumUpdate)
class PremiumPartAdmin(PartHistoryAdmin):
    """An amount, condition or update of a premium: edited on the premium's page; here for its
    own history (linked from there)."""

    list_display = ["__str__", "premium"]
    list_select_related = ["premium"]
    search_fields = ["premium__name"]
    ordering = ["premium__name"]


@admin.register(Premium)
class PremiumAdmin(PublishableAdmin):
    list_display = ["name", "funder", "kind", "unit", "amounts_display", "valid_until", "status"]
    list_filter = [
        "kind",
        "status",
        "is_for_private",
        "is_for_self_employed",
        "is_for_local_government",
    ]
    search_fields = ["name", "funder", "summary"]
    ordering = ["position", "name"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["routes", "excluded_routes"]
    inlines = [PremiumAmountInline, PremiumConditionInline, PremiumUpdateInline]
    fieldsets = [
        (
            None,
            {"fields": ["name", "slug", "funder", "kind", "summary", "more_info_url", "position"]},
        ),
        (
            "Bedrag",
            {
                "description": "De bedragen zelf staan hieronder, elk met zijn voorwaarde.",
                "fields": [
                    "unit",
                    "min_months",
                    "max_times_per_learner",
                    "cap_note",
                    "cap_per_school_year_eur",
                ],
            },
        ),
        (
            "Voor wie",
            {
                "description": "Niets aangevinkt in een groep betekent: voor iedereen.",
                "fields": [
                    ("is_for_private", "is_for_self_employed", "is_for_local_government"),
                    ("is_for_baby_toddler", "is_for_out_of_school", "is_for_family_care"),
                    "routes",
                    "excluded_routes",
                    "not_for",
                ],
            },
        ),
        (
            "Geldigheid en zekerheid",
            {
                "fields": [
                    "valid_from",
                    "valid_until",
                    "scheme_school_year",
                    "reserve_reason",
                    "uncertainty",
                ]
            },
        ),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("amounts")

    @admin.display(description="bedragen")
    def amounts_display(self, obj):
        return ", ".join(f"€ {a.amount_eur:.0f}" for a in obj.amounts.all()) or "—"
