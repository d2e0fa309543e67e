"""Back office for the site shell: users, geography (reference data) and contact organisations."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from portal.models import (
    ContactOrganisation,
    FormerMunicipality,
    Municipality,
    PostalLocality,
    Province,
    Resource,
    TextBlock,
    User,
)

admin.site.site_header = "Instroomwijzer Kinderopvang — beheer"
admin.site.site_title = "Instroomwijzer beheer"
admin.site.index_title = "Inhoud beheren"


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["username", "email", "first_name", "last_name", "organisation", "is_staff"]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups"]
    search_fields = ["username", "first_name", "last_name", "email", "organisation"]
    fieldsets = [
        *DjangoUserAdmin.fieldsets,
        ("Organisatie", {"fields": ["organisation"]}),
    ]


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "region"]
    list_filter = ["region"]
    search_fields = ["name"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class PostalLocalityInline(admin.TabularInline):
    model = PostalLocality
    fields = ["postcode", "name", "name_fr", "latitude", "longitude", "is_point_of_municipality"]
    extra = 0


class FormerMunicipalityInline(admin.TabularInline):
    model = FormerMunicipality
    fields = ["name", "merged_on"]
    extra = 0


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name_nl", "name_fr", "nis_code", "province"]
    list_filter = ["province"]
    list_select_related = ["province"]
    search_fields = ["name_nl", "name_fr", "nis_code", "localities__postcode"]
    ordering = ["name_nl"]
    prepopulated_fields = {"slug": ["name_nl"]}
    inlines = [PostalLocalityInline, FormerMunicipalityInline]


@admin.register(PostalLocality)
class PostalLocalityAdmin(admin.ModelAdmin):
    list_display = ["postcode", "name", "municipality", "latitude", "longitude"]
    list_filter = ["municipality__province", "is_point_of_municipality"]
    list_select_related = ["municipality"]
    search_fields = ["postcode", "name", "name_fr", "municipality__name_nl"]
    ordering = ["postcode", "name"]
    autocomplete_fields = ["municipality"]


@admin.register(FormerMunicipality)
class FormerMunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality", "merged_on"]
    list_select_related = ["municipality"]
    search_fields = ["name", "municipality__name_nl"]
    ordering = ["name"]
    autocomplete_fields = ["municipality"]


class PublishableAdmin(admin.ModelAdmin):
    """Shared settings for content that names a source and can be a draft."""

    readonly_fields = ["created_at", "updated_at"]
    source_fieldset = (
        "Bron en controle",
        {"fields": ["source_name", "source_url", "checked_on", "status"]},
    )
    timestamps_fieldset = ("Tijdstempels", {"fields": ["created_at", "updated_at"]})


@admin.register(ContactOrganisation)
class ContactOrganisationAdmin(PublishableAdmin):
    list_display = ["name", "website", "status", "checked_on"]
    list_filter = ["status"]
    search_fields = ["name", "description"]
    ordering = ["position", "name"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "slug", "description", "website", "position"]}),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]


@admin.register(Resource)
class ResourceAdmin(PublishableAdmin):
    list_display = ["title", "kind", "is_for_employers", "is_for_mentors", "status", "checked_on"]
    list_filter = ["kind", "status", "is_for_employers", "is_for_mentors", "is_for_sector"]
    search_fields = ["title", "description", "url"]
    ordering = ["kind", "position", "title"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "description", "url", "position"]}),
        ("Voor wie", {"fields": ["is_for_employers", "is_for_mentors", "is_for_sector"]}),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]


@admin.register(TextBlock)
class TextBlockAdmin(PublishableAdmin):
    list_display = ["title", "slug", "status", "checked_on"]
    list_filter = ["status"]
    search_fields = ["title", "slug", "body"]
    ordering = ["slug"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "body"]}),
        PublishableAdmin.source_fieldset,
        PublishableAdmin.timestamps_fieldset,
    ]
