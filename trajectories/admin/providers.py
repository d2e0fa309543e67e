"""Back office of the map of providers: providers, their locations and offerings.

The provider admin also carries the import of official lists (`imports`) and the invitations of
a provider's contacts (`invitations`); an Aanbieder sees only its own rows (`scope`)."""

from django.contrib import admin, messages
from django.contrib.admin import ActionLocation
from django.db.models import OuterRef, Subquery
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_POST

from portal.admin import PublishableAdmin, PublishableInlineMixin
from trajectories.admin.imports import SchoolListImportMixin
from trajectories.admin.invitations import ProviderInvitationMixin
from trajectories.admin.scope import ProviderEditingAdmin, is_provider_editor
from trajectories.forms import OfferingAdminForm
from trajectories.models import (
    Location,
    Offering,
    Provider,
)
from trajectories.services.proposals import offerings_confirm
from trajectories.services.rollover import offerings_copy_to_next_year


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
class ProviderAdmin(
    ProviderEditingAdmin, ProviderInvitationMixin, SchoolListImportMixin, PublishableAdmin
):
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
    readonly_fields = [*PublishableAdmin.readonly_fields, "offering_links", "editor_links"]
    inlines = [LocationInline]
    provider_fieldsets = [
        (None, {"fields": ["name", "kind", "school_number"]}),
        (
            "Contact",
            {
                "description": "Zo bereiken kandidaten en werkgevers jullie. Staat op de publieke "
                "pagina zodra de redactie je wijziging nakeek.",
                "fields": ["website", "email", "phone"],
            },
        ),
        ("Opleidingsaanbod", {"fields": ["offering_links"]}),
    ]
    fieldsets = [
        (
            None,
            {"fields": ["name", "slug", "kind", "school_number", "kbo_number", "education_level"]},
        ),
        (
            "Contact",
            {"fields": ["website", "email", "phone", "contact_source_url", "contact_checked_on"]},
        ),
        ("Controle", {"fields": ["is_verified", "note", "provider_updated_on"]}),
        (
            "Toegang voor de aanbieder",
            {
                "description": (
                    "Medewerkers van de aanbieder houden zelf lesmomenten, startdata, duur en "
                    "contact bij; wat ze wijzigen, aanvaard je op de startpagina van het beheer."
                ),
                "fields": ["editor_links"],
            },
        ),
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


class OfferingInline(PublishableInlineMixin, admin.TabularInline):
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
class LocationAdmin(ProviderEditingAdmin, admin.ModelAdmin):
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
        (
            "Adres",
            {
                "fields": [
                    "street",
                    "house_number",
                    "postcode",
                    "municipality",
                    "place_note",
                    "place_source_url",
                    "place_checked_on",
                ]
            },
        ),
        (
            "Ligging",
            {
                "description": "Leeg laten met een gemeente erbij: dan geldt het punt van de "
                "gemeente, bij benadering, zodat de vestiging in elke zoekopdracht rond een plaats "
                "meetelt.",
                "fields": ["latitude", "longitude", "is_approximate"],
            },
        ),
    ]
    editors_lookup = "provider__editors"
    provider_fieldsets = [
        (None, {"fields": ["provider", "name"]}),
        ("Adres", {"fields": ["street", "house_number", "postcode", "municipality", "place_note"]}),
    ]

    def get_queryset(self, request):
        # The name of a location mentions its provider and municipality, also in autocompletes.
        return super().get_queryset(request).select_related("provider", "municipality")


@admin.register(Offering)
class OfferingAdmin(ProviderEditingAdmin, PublishableAdmin):
    list_display = [
        "title",
        "location",
        "route",
        "is_dual",
        "school_year",
        "is_imported",
        "ended_on",
        "enrolment",
        "status",
        "checked_on",
    ]
    list_filter = ["route", "is_dual", "status", "school_year", "is_imported", "enrolment"]
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
    form = OfferingAdminForm
    editors_lookup = "location__provider__editors"
    when_fields = [
        "is_daytime",
        "is_evening",
        "is_weekend",
        "is_distance",
        "is_dual",
        "school_year",
        "starts_on",
        "ends_on",
        "start_note",
        "duration",
    ]
    provider_fieldsets = [
        (None, {"fields": ["title", "location", "route"]}),
        (
            "Wanneer",
            {
                "description": "Wat kandidaten en werkgevers op de pagina van jullie school lezen.",
                "fields": when_fields,
            },
        ),
        ("Inschrijven", {"fields": ["enrolment", "enrolment_opens_on"]}),
        ("Meer", {"fields": ["language", "notes"]}),
    ]
    provider_readonly_displays = {"route": "route_name"}
    fieldsets = [
        (None, {"fields": ["title", "slug", "location", "route", "qualifications"]}),
        ("Wanneer", {"fields": when_fields}),
        ("Inschrijven", {"fields": ["enrolment", "enrolment_opens_on"]}),
        ("Meer", {"fields": ["language", "notes", "provider_updated_on"]}),
        ("Officiële lijst", {"fields": ["is_imported", "ended_on"]}),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]

    actions = [*PublishableAdmin.actions, "copy_to_next_year", "confirm_still_right"]
    provider_actions = ("confirm_still_right",)

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location)
        if not is_provider_editor(request.user):
            actions.pop("confirm_still_right", None)  # staff have "Gecontroleerd vandaag"
        return actions

    @admin.display(description="traject")
    def route_name(self, obj):
        return obj.route.name

    def get_urls(self):
        return [
            path(
                "<int:pk>/klopt-nog/",
                self.admin_site.admin_view(require_POST(self.confirm_view)),
                name="trajectories_offering_confirm",
            ),
            *super().get_urls(),
        ]

    def confirm_view(self, request, pk):
        """One click on the provider's start page: this offering still holds ("klopt nog")."""
        offering = self.get_changeable_object(request, pk)
        today = timezone.localdate()
        offerings_confirm(offerings=[offering], user=request.user, today=today)
        messages.success(request, f"'{offering}' bevestigd: klopt nog op {today:%d/%m/%Y}.")
        return redirect("admin:index")

    @admin.action(
        description="Klopt nog: bevestigen zonder iets te wijzigen", permissions=["change"]
    )
    def confirm_still_right(self, request, queryset):
        count = offerings_confirm(offerings=queryset, user=request.user, today=timezone.localdate())
        self.message_user(request, f"{count} aanbod bevestigd op vandaag.", messages.SUCCESS)

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
