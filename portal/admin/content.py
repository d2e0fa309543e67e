"""The site shell's content in the back office (contact organisations, resources, text blocks,
terms) and what the site records (link checks, imports)."""

from django.contrib import admin
from django.db.models.functions import Lower

from portal.admin.base import PublishableAdmin
from portal.models import (
    ContactOrganisation,
    ImportRecord,
    LinkCheck,
    Resource,
    Term,
    TextBlock,
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


@admin.register(Term)
class TermAdmin(PublishableAdmin):
    list_display = ["term", "full_name", "status", "checked_on"]
    list_filter = ["status"]
    search_fields = ["term", "full_name", "also_written", "meaning"]
    ordering = [Lower("term")]
    prepopulated_fields = {"slug": ["term"]}
    fieldsets = [
        (None, {"fields": ["term", "slug", "full_name", "also_written", "meaning", "uncertainty"]}),
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
