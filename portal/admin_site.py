"""The back office's site: its home page shows what needs attention (see portal.freshness).

Signing in takes a password and a second factor (portal.second_factor): `has_permission` lets
only a session verified by both into any admin page. Every view of its own (mark checked, view on
site, restore a deletion) asks the row's own `ModelAdmin` for the permission on that row, so a
provider's scope holds there as in the admin's own views: an unknown model or row answers 404, a
row out of scope 403, and neither names the row.
"""

import functools
import secrets

from django.apps import apps
from django.contrib import admin, messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import BadRequest, ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from portal import panels, second_factor
from portal.freshness import dashboard_build
from portal.models import ImportRecord, PublishableModel
from portal.security import LockoutAdminAuthenticationForm
from portal.services import (
    ContentImportError,
    content_export,
    content_import,
    content_restore,
    deleted_content,
)
from portal.uploads import upload_size_check

IMPORT_CACHE_PREFIX = "inhoud-import:"


class PortalAdminSite(admin.AdminSite):
    site_header = "Instroomwijzer Kinderopvang — beheer"
    site_title = "Instroomwijzer beheer"
    index_title = "Inhoud beheren"
    login_form = LockoutAdminAuthenticationForm  # says so when a login is locked

    def index(self, request, extra_context=None):
        from trajectories.admin_scope import is_provider_editor
        from trajectories.dashboard import provider_start_build, review_build

        today = timezone.localdate()
        extra_context = dict(extra_context or {})
        if is_provider_editor(request.user):  # a provider's own start page, not the sector's
            start = provider_start_build(user=request.user, today=today)
            extra_context["provider_start"] = start
            extra_context["panels"] = panels.render("provider_start", request=request, start=start)
        elif request.user.has_perm("workplaces.keep_own_places") and not request.user.has_perm(
            "workplaces.review_employer"
        ):  # an employer's own start page (workplaces' panel), not the sector's
            extra_context["panels"] = panels.render("staff_dashboard", request=request, today=today)
        else:
            extra_context["dashboard"] = dashboard_build(today=today)
            extra_context["panels"] = panels.render("staff_dashboard", request=request, today=today)
            if request.user.has_perm("trajectories.review_proposal"):
                extra_context["provider_review"] = review_build(today=today)
        return super().index(request, extra_context)

    def admin_view(self, view, cacheable=False):
        """Every admin view, refusing a NUL character in its query string or URL with the
        Dutch 400 page: PostgreSQL cannot hold one, so a filter or search with it would be a
        server error."""
        inner = super().admin_view(view, cacheable)

        @functools.wraps(inner)
        def checked(request, *args, **kwargs):
            values = [*request.GET.keys(), *request.GET.values(), *map(str, kwargs.values())]
            if any("\x00" in value for value in values):
                raise BadRequest("Een adres met een NUL-teken.")
            return inner(request, *args, **kwargs)

        return checked

    def has_permission(self, request):
        """Staff signed in with both factors: a password alone opens nothing."""
        return super().has_permission(request) and request.user.is_verified()

    @method_decorator(never_cache)
    def login(self, request, extra_context=None):
        """The password step (Django's login page and form); the code follows on its own page."""
        redirect_url = second_factor.PasswordStepView().get_redirect_url(request) or reverse(
            "admin:index", current_app=self.name
        )
        if request.method == "GET" and self.has_permission(request):
            return HttpResponseRedirect(redirect_url)
        context = {
            **self.each_context(request),
            "title": "Aanmelden",
            "subtitle": None,
            "app_path": request.get_full_path(),
            "username": request.user.get_username(),
            REDIRECT_FIELD_NAME: redirect_url,
            **(extra_context or {}),
        }
        request.current_app = self.name
        return second_factor.PasswordStepView.as_view(
            extra_context=context,
            authentication_form=self.login_form,
            template_name=self.login_template or "admin/login.html",
        )(request)

    def get_urls(self):
        return [
            path(
                "tweede-stap/",
                lambda request: second_factor.code_step(request, self),
                name="second-factor",
            ),
            path(
                "tweede-stap/instellen/",
                lambda request: second_factor.enrol_step(request, self),
                name="second-factor-enrol",
            ),
            path(
                "tweede-stap/herstelcodes/",
                self.admin_view(lambda request: second_factor.recovery_codes(request, self)),
                name="second-factor-recovery",
            ),
            path(
                "gecontroleerd/<str:app_label>/<str:model_name>/<str:pk>/",
                self.admin_view(require_POST(self.mark_checked)),
                name="mark-checked",
            ),
            # Django's "view on site", asking the row's ModelAdmin first (Django's asks nobody).
            path(
                "r/<str:content_type_id>/<path:object_id>/",
                self.admin_view(self.view_on_site),
                name="view_on_site",
            ),
            path("inhoud-exporteren/", self.admin_view(self.export_content), name="export-content"),
            path("inhoud-importeren/", self.admin_view(self.import_content), name="import-content"),
            path("verwijderd/", self.admin_view(self.deleted_view), name="deleted-content"),
            *super().get_urls(),
        ]

    def model_admin_for(self, model):
        """The ModelAdmin of `model`; 404 when the back office has none."""
        model_admin = self._registry.get(model)
        if model_admin is None:
            raise Http404
        return model_admin

    def row_for(self, request, model, object_id):
        """The row `object_id` of `model` and its ModelAdmin, as that ModelAdmin finds it: 404
        when there is none, 403 when this user may not see it."""
        model_admin = self.model_admin_for(model)
        obj = model_admin.get_object(request, str(object_id))
        if obj is None:
            raise Http404
        if not model_admin.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        return model_admin, obj

    def mark_checked(self, request, app_label, model_name, pk):
        """One click from the dashboard: this fact was checked today, by this person."""
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            raise Http404 from None
        if not issubclass(model, PublishableModel):
            raise Http404
        model_admin, obj = self.row_for(request, model, pk)
        if not model_admin.has_mark_checked_permission(request, obj):
            raise PermissionDenied
        obj.mark_checked(user=request.user, on=timezone.localdate())
        messages.success(request, f"'{obj}' is gemarkeerd als gecontroleerd op vandaag.")
        return redirect("admin:index")

    def view_on_site(self, request, content_type_id, object_id):
        """The row's public page, for someone who may see the row in the back office."""
        try:
            content_type = ContentType.objects.get_for_id(int(content_type_id))
        except (ValueError, OverflowError, ContentType.DoesNotExist):
            raise Http404 from None
        model = content_type.model_class()
        if model is None:
            raise Http404
        self.row_for(request, model, object_id)
        return contenttype_views.shortcut(request, content_type_id, object_id)

    def export_content(self, request):
        """All content as one JSON file; `manage.py load_content --file` restores it."""
        if not request.user.has_perm("portal.publish_content"):
            raise PermissionDenied
        response = HttpResponse(content_export(), content_type="application/json; charset=utf-8")
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = (
            f'attachment; filename="instroomwijzer-inhoud-{stamp}.json"'
        )
        return response

    def import_content(self, request):
        """Upload an export, see what it would add, then add it: nothing half-written."""
        if not request.user.has_perm("portal.publish_content"):
            raise PermissionDenied
        context = {**self.each_context(request), "title": "Inhoud importeren"}
        if request.method == "POST" and request.POST.get("token"):
            pending = cache.get(IMPORT_CACHE_PREFIX + request.POST["token"])
            if not pending or pending["user_id"] != request.user.pk:
                messages.error(
                    request, "Deze voorvertoning is verlopen. Laad het bestand opnieuw op."
                )
                return redirect("admin:import-content")
            cache.delete(IMPORT_CACHE_PREFIX + request.POST["token"])
            with transaction.atomic():  # the content and its record together, or neither
                report = content_import(data=pending["data"], dry_run=False)
                ImportRecord.objects.create(
                    kind=ImportRecord.Kind.CONTENT,
                    file_name=pending["file_name"],
                    summary=str(report),
                    imported_by=request.user,
                )
            messages.success(request, "Inhoud geïmporteerd. " + str(report).replace("\n", "; "))
            return redirect("admin:index")
        if request.method == "POST" and request.FILES.get("bestand"):
            upload = request.FILES["bestand"]
            try:
                upload_size_check(upload)
            except ValidationError as error:
                context["errors"] = error.messages
            else:
                data = upload.read()
                try:
                    context["report"] = content_import(data=data, dry_run=True)
                except ContentImportError as error:
                    context["errors"] = error.messages
                else:
                    token = secrets.token_urlsafe(24)
                    cache.set(
                        IMPORT_CACHE_PREFIX + token,
                        {"data": data, "file_name": upload.name, "user_id": request.user.pk},
                        3600,
                    )
                    context["token"] = token
                    context["file_name"] = upload.name
        return TemplateResponse(request, "admin/import_content.html", context)

    def deleted_view(self, request):
        """Deleted content, newest first, each with a button that brings it back."""
        if request.method == "POST":
            from portal.freshness import content_models

            models = {model._meta.label: model for model in content_models()}
            model = models.get(request.POST.get("model", ""))
            if model is None:
                raise Http404
            model_admin = self.model_admin_for(model)
            if not model_admin.has_delete_permission(request):
                raise PermissionDenied
            try:
                restored = content_restore(
                    model_label=model._meta.label,
                    history_id=int(request.POST.get("id", "")),
                    publish=request.user.has_perm("portal.publish_content"),
                )
            except (ValueError, OverflowError, ObjectDoesNotExist):
                raise Http404 from None
            messages.success(request, f"'{restored}' is teruggezet.")
            return redirect("admin:deleted-content")
        if not request.user.has_perm("portal.publish_content"):
            raise PermissionDenied
        context = {
            **self.each_context(request),
            "title": "Verwijderde inhoud terugzetten",
            "records": deleted_content(),
        }
        return TemplateResponse(request, "admin/deleted_content.html", context)
