"""Back office for premiums: rules staff change without a developer when a decree changes."""

from django.contrib import admin, messages

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
    filter_horizontal = ["routes", "excluded_routes", "reserved_routes"]
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
                    "school_year",
                    "min_months",
                    "max_times_per_learner",
                    "learners_per_mentor",
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
                    "reserved_routes",
                    "reserved_routes_reason",
                    "reserved_routes_checked_on",
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
                    "may_be_renewed",
                    "ask_at",
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

    def save_formset(self, request, form, formset, change):
        """Save the inlines; warn when an amount changed but the date it holds from did not,
        since the public page shows that date beside the new amount."""
        super().save_formset(request, form, formset, change)
        if formset.model is not PremiumAmount:
            return
        for amount_form in formset.forms:
            amount = amount_form.instance
            changed = amount_form.has_changed() and amount_form.changed_data
            if (
                amount.pk
                and changed
                and "amount_eur" in changed
                and "holds_from" not in changed
                and amount_form.initial.get("amount_eur") is not None
            ):
                since = f"{amount.holds_from:%d/%m/%Y}" if amount.holds_from else "leeg"
                self.message_user(
                    request,
                    f"Het bedrag van '{form.instance}' is nu € {amount.amount_eur}, maar 'geldt "
                    f"sinds' bleef {since}. De site toont die datum naast het nieuwe bedrag: "
                    "pas 'geldt sinds' aan als het bedrag sindsdien geldt.",
                    messages.WARNING,
                )

    @admin.display(description="bedragen")
    def amounts_display(self, obj):
        return ", ".join(f"€ {a.amount_eur:.0f}" for a in obj.amounts.all()) or "—"
