"""Back office for the site shell: users, geography (reference data) and contact organisations."""

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from portal.models import (
    ContactOrganisation,
    FormerMunicipality,
    FormerNisCode,
    ImportRecord,
    LinkCheck,
    Municipality,
    PostalLocality,
    Province,
    Resource,
    TextBlock,
    User,
)
from portal.services import content_publish


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["username", "email", "first_name", "last_name", "organisation", "is_staff"]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups"]
    search_fields = ["username", "first_name", "last_name", "email", "organisation"]
    fieldsets = [
        *DjangoUserAdmin.fieldsets,
        ("Organisatie", {"fields": ["organisation"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        # A Hoofdredacteur manages accounts and their roles, but never makes an operator.
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += ["is_superuser", "user_permissions", "last_login", "date_joined"]
        return fields


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


@admin.register(FormerNisCode)
class FormerNisCodeAdmin(admin.ModelAdmin):
    list_display = ["nis_code", "name", "municipality", "merged_on"]
    list_select_related = ["municipality"]
    search_fields = ["nis_code", "name", "municipality__name_nl"]
    ordering = ["nis_code"]
    autocomplete_fields = ["municipality"]


class PublishableAdmin(SimpleHistoryAdmin):
    """Shared settings for content that names a source and can be a draft.

    Every change is kept (history with undo). New content starts as a draft; only staff with
    the publish permission (the Hoofdredacteur role) can publish or take it offline.
    """

    readonly_fields = ["created_at", "updated_at", "checked_by"]
    source_fieldset = (
        "Bron en controle",
        {"fields": ["source_name", "source_url", "checked_on", "checked_by", "status"]},
    )
    timestamps_fieldset = ("Tijdstempels", {"fields": ["created_at", "updated_at"]})
    actions = ["publish", "unpublish", "mark_checked"]

    def has_publish_permission(self, request) -> bool:
        return request.user.has_perm("portal.publish_content")

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            fields.append("status")
        return fields

    def save_model(self, request, obj, form, change):
        if not change and not self.has_publish_permission(request):
            obj.status = obj.Status.DRAFT
        super().save_model(request, obj, form, change)

    @admin.action(description="Publiceren", permissions=["publish"])
    def publish(self, request, queryset):
        count = content_publish(items=queryset, publish=True)
        self.message_user(request, f"{count} item(s) gepubliceerd.", messages.SUCCESS)

    @admin.action(description="Offline halen (terug naar concept)", permissions=["publish"])
    def unpublish(self, request, queryset):
        count = content_publish(items=queryset, publish=False)
        self.message_user(request, f"{count} item(s) zijn weer concept.", messages.SUCCESS)

    @admin.action(description="Gecontroleerd vandaag", permissions=["change"])
    def mark_checked(self, request, queryset):
        today = timezone.localdate()
        for obj in queryset:
            obj.mark_checked(user=request.user, on=today)
        self.message_user(
            request,
            f"{len(queryset)} item(s) gemarkeerd als gecontroleerd op vandaag.",
            messages.SUCCESS,
        )


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
        (
            None,
            {"fields": ["title", "slug", "kind", "description", "url", "ends_on", "position"]},
        ),
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


@admin.register(LinkCheck)
class LinkCheckAdmin(admin.ModelAdmin):
    """The outcome of `manage.py check_links`: read only, the command keeps it up to date."""

    list_display = ["url", "is_broken", "status_code", "error", "checked_at"]
    list_filter = ["is_broken"]
    search_fields = ["url"]
    ordering = ["-is_broken", "url"]
    readonly_fields = [
        "url",
        "is_broken",
        "status_code",
        "error",
        "checked_at",
        "first_broken_at",
    ]

    def has_add_permission(self, request):
        return False


@admin.register(ImportRecord)
class ImportRecordAdmin(admin.ModelAdmin):
    """Who imported what, when: a record only, never edited."""

    list_display = ["imported_at", "kind", "file_name", "imported_by", "summary"]
    list_filter = ["kind"]
    list_select_related = ["imported_by"]
    search_fields = ["file_name", "summary"]
    ordering = ["-imported_at"]
    readonly_fields = ["kind", "file_name", "summary", "imported_by", "imported_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
