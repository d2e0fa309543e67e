"""Back office for the site shell: users, geography (reference data) and contact organisations."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import AdminTextareaWidget
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Lower
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from simple_history.admin import SimpleHistoryAdmin

from portal import history
from portal.models import (
    ContactOrganisation,
    FormerMunicipality,
    FormerNisCode,
    ImportRecord,
    LinkCheck,
    Municipality,
    PostalLocality,
    Province,
    PublishableModel,
    Resource,
    Term,
    TextBlock,
    User,
)
from portal.services import content_publish
from portal.services.second_factor import second_factor_reset

# The roles a Hoofdredacteur gives and takes (groups made by migrations 0004 and 0006).
EDITORIAL_ROLES = ("Redacteur", "Hoofdredacteur", "Aanbieder")

# The devices of the second factor are managed through the accounts (an operator's reset), never
# edited by hand: their admin would show the secret keys.
for _device in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(_device):
        admin.site.unregister(_device)


def above_the_editorial_roles() -> Q:
    """Accounts with more than an editorial role: operators, another group, rights of their own."""
    return (
        Q(is_superuser=True)
        | Q(Exists(User.groups.through.objects.filter(user=OuterRef("pk")).exclude(
            group__name__in=EDITORIAL_ROLES)))
        | Q(Exists(User.user_permissions.through.objects.filter(user=OuterRef("pk"))))
    )  # fmt: skip


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """Accounts. Only an operator (a superuser) manages operators and the rights of roles; a
    Hoofdredacteur manages the accounts of the three editorial roles and never sees one above
    them: not in the list, and 403 on its pages (password, e-mail, active, delete)."""

    list_display = [
        "username",
        "email",
        "first_name",
        "last_name",
        "organisation",
        "is_staff",
        "has_second_factor",
    ]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups"]
    search_fields = ["username", "first_name", "last_name", "email", "organisation"]
    fieldsets = [
        *DjangoUserAdmin.fieldsets,
        ("Organisatie", {"fields": ["organisation"]}),
    ]
    actions = ["reset_second_factor"]

    def get_queryset(self, request):
        queryset = (
            super()
            .get_queryset(request)
            .annotate(
                second_factor=Exists(TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True))
            )
        )
        if not request.user.is_superuser:
            queryset = queryset.exclude(above_the_editorial_roles())
        return queryset

    def get_object(self, request, object_id, from_field=None):
        # Found whatever it is, so that an account above the editorial roles answers 403 (the
        # permission checks below), not the admin's "does not exist", which tells nothing.
        try:
            pk = self.model._meta.pk.to_python(object_id)
            return self.model._default_manager.get(pk=pk)
        except (self.model.DoesNotExist, ValidationError, ValueError):
            return None

    def manages(self, request, obj) -> bool:
        if obj is None or request.user.is_superuser:
            return True
        return not User.objects.filter(above_the_editorial_roles(), pk=obj.pk).exists()

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.manages(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.manages(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.manages(request, obj)

    def has_reset_second_factor_permission(self, request) -> bool:
        return request.user.is_superuser

    def get_readonly_fields(self, request, obj=None):
        # A Hoofdredacteur manages accounts and their roles, but never makes an operator.
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += ["is_superuser", "user_permissions", "last_login", "date_joined"]
        return fields

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups" and not request.user.is_superuser:
            kwargs["queryset"] = Group.objects.filter(name__in=EDITORIAL_ROLES)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description="tweede stap", boolean=True, ordering="second_factor")
    def has_second_factor(self, obj):
        return obj.second_factor

    @admin.action(
        description="Tweede stap opnieuw laten instellen (bv. telefoon kwijt)",
        permissions=["reset_second_factor"],
    )
    def reset_second_factor(self, request, queryset):
        """Only an operator: the person sets up a new app at the next login."""
        for user in queryset:
            second_factor_reset(user=user)
            self.message_user(
                request,
                f"{user.get_username()} stelt bij de volgende aanmelding een nieuwe tweede stap "
                "in.",
                messages.SUCCESS,
            )


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


def may_publish(request) -> bool:
    """Whether this person publishes and takes offline (the Hoofdredacteur role, operators)."""
    return request.user.has_perm("portal.publish_content")


class PublishableInlineMixin:
    """An inline of content with a status: read-only for who may not publish, and kept as it is
    on save, so a route's form cannot publish one of its sections either."""

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not may_publish(request) and "status" in (self.fields or []):
            fields.append("status")
        return fields


class LineFeedTextField(forms.CharField):
    """Text as staff typed it, with the browser's CRLF line endings as the LF the content has:
    otherwise every save of a page changes each paragraph, unseen, in the history."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n") if isinstance(value, str) else value


# For every admin and inline that edits text (formfield_overrides).
TEXT_AS_TYPED = {models.TextField: {"form_class": LineFeedTextField, "widget": AdminTextareaWidget}}


class HistoryAdmin(SimpleHistoryAdmin):
    """The history of an item with its inline rows and links, in Dutch, and an undo that
    restores all of it and says what it changed (see portal.history)."""

    object_history_template = "admin/history/object_history.html"
    object_history_form_template = "admin/history/object_history_form.html"
    formfield_overrides = TEXT_AS_TYPED

    def history_related(self, request, obj) -> list[history.Related]:
        return history.related_of(self, request, obj) if obj is not None else []

    def _pk_of(self, object_id):
        """The primary key in a history URL, or a 404 for anything else (never a 500)."""
        try:
            return self.model._meta.pk.to_python(unquote(object_id))
        except ValidationError:
            raise Http404 from None

    def history_view(self, request, object_id, extra_context=None):
        object_id = str(self._pk_of(object_id))
        obj = self.get_object(request, object_id)
        related = self.history_related(request, obj)
        names = [str(r.model._meta.verbose_name_plural) for r in related]
        context = {**(extra_context or {}), "related_names": names}
        if obj is not None:
            context["timeline"] = history.history_timeline(obj, related)
        return super().history_view(request, object_id, context)

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        """The page shows `history_timeline` (with inline rows and links), not these deltas."""

    def history_view_title(self, request, obj):
        return f"Geschiedenis van {obj}"

    def history_form_view_title(self, request, obj):
        if self.revert_disabled(request, obj):
            return f"Versie van {obj}"
        return f"{obj} terugzetten"

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """The revert page: what going back to this version changes, inline rows and links
        included; on confirm, the item (through its form), its links and its inline rows."""
        object_id = str(self._pk_of(object_id))
        if not str(version_id).isdigit():
            raise Http404
        record = get_object_or_404(
            self.model.history.model,
            **{self.model._meta.pk.attname: object_id, "history_id": version_id},
        )
        obj = self.get_object(request, object_id)
        related = self.history_related(request, obj)
        request._revert = {"record": record, "related": related}
        context = {**(extra_context or {}), "version_when": record.history_date}
        if obj is not None:
            now = history.item_snapshot(obj, related)
            context["revert_changes"] = self._revert_preview(request, obj, record, related, now)
            request._revert["before"] = now
        with transaction.atomic():
            return super().history_form_view(request, object_id, version_id, context)

    def _revert_preview(self, request, obj, record, related, now) -> list:
        """What going back to this version would change (read from the history, nothing
        written); fields this person cannot change stay as they are."""
        then = history.version_snapshot(obj, record, related)
        readonly = {
            str(self.model._meta.get_field(name).verbose_name)
            for name in self.get_readonly_fields(request, obj)
            if history.is_field(self.model, name)
        }
        return [c for c in history.snapshot_changes(now, then) if c.label not in readonly]

    def _revert_links(self, record) -> dict[str, list]:
        """The links a version had, for the links it knows."""
        links = {}
        for name in getattr(self.model, "_history_m2m_fields", []):
            pks = history.links_of(record, self.model._meta.get_field(name))
            if pks is not None:
                links[name] = pks
        return links

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # On the revert page a version's links are read more than edited: plain checkboxes,
        # which every screen reader names (the two-list filter's search icon it does not).
        if getattr(request, "_revert", None) is not None:
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        revert = getattr(request, "_revert", None)
        if revert is None:
            return form
        links = self._revert_links(revert["record"])

        class RevertForm(form):
            """The form shows the version's links, not today's (the row's own values come
            from the version already)."""

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.initial.update({k: v for k, v in links.items() if k in self.fields})

        return RevertForm

    def save_model(self, request, obj, form, change):
        revert = getattr(request, "_revert", None)
        if revert is not None:
            obj._change_reason = self._revert_reason(revert["record"])
        super().save_model(request, obj, form, change)

    @staticmethod
    def _revert_reason(record) -> str:
        when = date_format(timezone.localtime(record.history_date), "j F Y, H:i")
        return f"Teruggezet naar de versie van {when}"

    def response_change(self, request, obj):
        revert = getattr(request, "_revert", None)
        if revert is None or request.method != "POST":
            return super().response_change(request, obj)
        reason = self._revert_reason(revert["record"])
        moment = history.moment_of(revert["record"])
        history.related_restore(obj, revert["related"], moment, user=request.user, reason=reason)
        changes = history.snapshot_changes(
            revert.get("before", {}), history.item_snapshot(obj, revert["related"])
        )
        if changes:
            listed = "; ".join(str(c) for c in changes)
            self.message_user(request, f"{reason}. Veranderd: {listed}.", messages.SUCCESS)
        else:
            self.message_user(
                request,
                f"{reason}: er was niets te veranderen, '{obj}' was al zo.",
                messages.INFO,
            )
        opts = self.model._meta
        return redirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk]))


class HistoryInline:
    """An inline whose rows keep their own history: each row links to it (add `history_link`
    to `fields` and `readonly_fields`), and text keeps its line endings."""

    formfield_overrides = TEXT_AS_TYPED

    @admin.display(description="geschiedenis")
    def history_link(self, obj):
        from django.utils.html import format_html

        if obj is None or obj.pk is None:
            return "—"
        opts = obj._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])
        return format_html('<a href="{}">Geschiedenis</a>', url)


class PartHistoryAdmin(HistoryAdmin):
    """A row edited on another item's page (a premium's amount), registered only so that its
    own history and versions can be opened; it is not listed on the back office's home page."""

    def has_module_permission(self, request):
        return False

    def has_add_permission(self, request):
        return False


class PublishableAdmin(HistoryAdmin):
    """Shared settings for content that names a source and can be a draft.

    Every change is kept (history with undo). New content starts as a draft; only staff with
    the publish permission (the Hoofdredacteur role) can publish or take it offline, by whatever
    path: the form, an action, an inline, or a revert to an older version (which, for who may
    not publish, changes the content and keeps the live status).
    """

    readonly_fields = ["created_at", "updated_at", "checked_by"]
    source_fieldset = (
        "Bron en controle",
        {"fields": ["source_name", "source_url", "checked_on", "checked_by", "status"]},
    )
    timestamps_fieldset = ("Tijdstempels", {"fields": ["created_at", "updated_at"]})
    actions = ["publish", "unpublish", "mark_checked"]

    def has_publish_permission(self, request) -> bool:
        return may_publish(request)

    def has_mark_checked_permission(self, request, obj=None) -> bool:
        """Who may say "checked today" (the dashboard's button, the list's action)."""
        return self.has_change_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            fields.append("status")
        return fields

    def save_model(self, request, obj, form, change):
        if not self.has_publish_permission(request):
            obj.status = live_status(obj) if change else obj.Status.DRAFT
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if not self.has_publish_permission(request) and issubclass(formset.model, PublishableModel):
            for inline_form in formset.forms:
                obj = inline_form.instance
                obj.status = live_status(obj) if obj.pk else obj.Status.DRAFT
        super().save_formset(request, form, formset, change)

    def history_view(self, request, object_id, extra_context=None):
        _id_or_404(self.model, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        _id_or_404(self.model, object_id)
        _id_or_404(self.model.history.model, version_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    @admin.action(description="Publiceren", permissions=["publish"])
    def publish(self, request, queryset):
        count = content_publish(items=queryset, publish=True)
        self.message_user(request, f"{count} item(s) gepubliceerd.", messages.SUCCESS)

    @admin.action(description="Offline halen (terug naar concept)", permissions=["publish"])
    def unpublish(self, request, queryset):
        count = content_publish(items=queryset, publish=False)
        self.message_user(request, f"{count} item(s) zijn weer concept.", messages.SUCCESS)

    @admin.action(description="Gecontroleerd vandaag", permissions=["mark_checked"])
    def mark_checked(self, request, queryset):
        today = timezone.localdate()
        for obj in queryset:
            obj.mark_checked(user=request.user, on=today)
        self.message_user(
            request,
            f"{len(queryset)} item(s) gemarkeerd als gecontroleerd op vandaag.",
            messages.SUCCESS,
        )


def _id_or_404(model, raw) -> None:
    """A primary key typed into a URL ("abc", "1.5") that cannot be one answers 404, not 500."""
    try:
        model._meta.pk.to_python(raw)
    except ValidationError:
        raise Http404 from None


def live_status(obj) -> str:
    """The status `obj` has in the database now (a draft if it is not there)."""
    live = type(obj)._default_manager.filter(pk=obj.pk).values_list("status", flat=True).first()
    return live or obj.Status.DRAFT


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
