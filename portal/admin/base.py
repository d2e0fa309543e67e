"""What every content admin builds on: the history of an item with its inline rows and links and
its revert (`HistoryAdmin`), publishing only by those who may (`PublishableAdmin`), and text kept
as typed."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import AdminTextareaWidget
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from simple_history.admin import SimpleHistoryAdmin

from portal import history
from portal.models import (
    PublishableModel,
)
from portal.services import content_publish


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
