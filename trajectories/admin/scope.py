"""The back office as a provider sees it: only its own rows, and every change a proposal.

An Aanbieder (a user with `keep_own_offer` but not `review_proposal`) finds in the provider,
location and offering admins only the rows of the providers it is tied to (`Provider.editors`).
Another provider's row, reached by guessing its id, answers 403 rather than "does not exist".
Saving a change keeps it as a proposal (trajectories.services.proposals); the public page
keeps the live row until editorial staff accept it.
"""

from django.contrib import messages
from django.contrib.admin import ActionLocation
from django.contrib.admin.utils import flatten_fieldsets
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify

from trajectories.models import Location, Offering, Proposal, Route
from trajectories.services.proposals import (
    NEW_OFFERING_FIELDS,
    PROVIDER_FIELDS,
    proposal_apply,
    proposal_submit,
    proposal_target_filter,
)

# Help for school staff, not for sector editors: what the field means to the reader of the page.
PROVIDER_HELP_TEXTS = {
    "website": "De pagina van jullie school waar de opleiding uitgelegd wordt.",
    "email": "Een adres voor kandidaten en werkgevers, bv. dat van het secretariaat.",
    "phone": "Het nummer dat kandidaten bellen met vragen, bv. 09 123 45 67.",
    "street": "De straat van de vestiging waar de lessen zijn.",
    "municipality": "De gemeente van de vestiging.",
    "place_note": "Alleen als het adres de plaats niet duidelijk zegt, bv. 'lessen in het "
    "gebouw achteraan'.",
    "is_daytime": "Vink elk moment aan waarop er les is.",
    "starts_on": "De eerste lesdag van het schooljaar; bij meer startmomenten de eerste.",
    "ends_on": "De laatste lesdag van wie op de eerste startdatum begint.",
    "start_note": "Bv. 'september en februari' of 'elke maand'.",
    "duration": "Bv. '1 schooljaar', '2 jaar, 2 avonden per week' of '900 lestijden'.",
    "language": "De taal van de lessen.",
    "enrolment": "Kan men zich nog inschrijven voor dit schooljaar?",
    "enrolment_opens_on": "Alleen invullen als de inschrijvingen pas later openen.",
    "notes": "Wat een kandidaat nog moet weten, bv. een infoavond of een toelatingsproef. "
    "Gewone tekst, hoogstens 2000 tekens.",
    "title": "Zoals jullie de opleiding noemen, bv. 'Kinderbegeleider baby's en peuters'.",
    "location": "De vestiging waar de lessen zijn.",
    "route": "Het traject waarbinnen jullie deze opleiding geven.",
    "school_year": "Bv. 2026-2027.",
    "is_dual": "Aan als de leerling een groot deel op de werkplek leert (duaal leren).",
}


def is_provider_editor(user) -> bool:
    """An Aanbieder: keeps its own offer, reviews nothing."""
    return user.has_perm("trajectories.keep_own_offer") and not user.has_perm(
        "trajectories.review_proposal"
    )


class ProviderScopedAdmin:
    """Limits an Aanbieder to its own providers' rows; staff see everything as before.

    `editors_lookup` is the path from the model to `Provider.editors`.
    """

    editors_lookup = "editors"

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if is_provider_editor(request.user):
            queryset = queryset.filter(**{self.editors_lookup: request.user})
        return queryset

    def is_own(self, request, obj) -> bool:
        model = type(obj)
        return model._default_manager.filter(
            pk=obj.pk, **{self.editors_lookup: request.user}
        ).exists()

    def get_object(self, request, object_id, from_field=None):
        # Found whatever its provider: the permission checks then refuse another provider's row
        # with 403, instead of the admin's "does not exist" redirect that tells nothing.
        if not is_provider_editor(request.user):
            return super().get_object(request, object_id, from_field)
        try:
            pk = self.model._meta.pk.to_python(object_id)
            return self.model._default_manager.get(pk=pk)
        except (self.model.DoesNotExist, ValidationError, ValueError):
            return None

    def get_changeable_object(self, request, object_id):
        """The row of a one-click action: 404 if there is none, 403 if it is not theirs."""
        obj = self.get_object(request, object_id)
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        return obj

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        if allowed and obj is not None and is_provider_editor(request.user):
            return self.is_own(request, obj)
        return allowed

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if allowed and obj is not None and is_provider_editor(request.user):
            return self.is_own(request, obj)
        return allowed

    def has_delete_permission(self, request, obj=None):
        if is_provider_editor(request.user):
            return False
        return super().has_delete_permission(request, obj)

    def has_mark_checked_permission(self, request, obj=None):
        # A provider confirms its offer with "Klopt nog", which the staff's dashboard follows;
        # "checked by the editors" is the editors' to say.
        parent = getattr(super(), "has_mark_checked_permission", None)
        if parent is None or is_provider_editor(request.user):
            return False
        return parent(request, obj)

    def get_list_display(self, request):
        # Who of the editors handled a row is not the provider's to know (no login names).
        shown = super().get_list_display(request)
        if is_provider_editor(request.user):
            return [name for name in shown if name != "handled_by"]
        return shown

    def get_fields(self, request, obj=None):
        shown = super().get_fields(request, obj)
        if is_provider_editor(request.user):
            return [name for name in shown if name != "handled_by"]
        return shown

    # History, as a provider sees it: who in the editors changed what is not theirs to know, so
    # every change by someone else reads "de redactie", without a name or a link to an account.

    def history_view(self, request, object_id, extra_context=None):
        response = super().history_view(request, object_id, extra_context)
        context = getattr(response, "context_data", None)  # Django's own history (log entries)
        if context and is_provider_editor(request.user):
            for entry in context.get("action_list", []):
                entry.user = _shown_author(request, entry.user_id)
        return response

    def render_history_view(self, request, template, context, **kwargs):
        # django-simple-history's history: its records, before they are rendered.
        if is_provider_editor(request.user):
            for record in context["page_obj"].object_list:
                record.history_user = _shown_author(request, record.history_user_id)
            for entry in context.get("timeline", []):  # portal.history's lines, inlines included
                entry.user = _shown_author(request, getattr(entry.user, "pk", None))
            # No link to an account: without a view name the template's {% url %} finds none.
            context["admin_user_view"] = ""
        return super().render_history_view(request, template, context, **kwargs)

    def revert_disabled(self, request, obj=None):
        # A provider proposes; reverting is the editors' (history_form_view refuses it too).
        if is_provider_editor(request.user):
            return True
        return super().revert_disabled(request, obj)


class ProviderEditingAdmin(ProviderScopedAdmin):
    """What an Aanbieder edits: `provider_fieldsets`, with only `PROVIDER_FIELDS` editable, and
    every save a proposal. The model admin's own fieldsets stay for staff."""

    provider_fieldsets: list = []
    # Shown read-only as plain text: a link would lead an Aanbieder to a page it may not see.
    provider_readonly_displays: dict[str, str] = {}

    def _editable(self, obj) -> list[str]:
        fields = PROVIDER_FIELDS[self.model]
        if obj is None and self.model is Offering:
            fields = [*NEW_OFFERING_FIELDS, *fields]
        return fields

    def _provider_fieldsets(self, obj):
        if obj is None:
            return self.provider_fieldsets
        displays = self.provider_readonly_displays
        return [
            (name, {**options, "fields": [displays.get(f, f) for f in options["fields"]]})
            for name, options in self.provider_fieldsets
        ]

    def get_fieldsets(self, request, obj=None):
        if is_provider_editor(request.user):
            return self._provider_fieldsets(obj)
        return super().get_fieldsets(request, obj)

    def get_readonly_fields(self, request, obj=None):
        if is_provider_editor(request.user):
            shown = flatten_fieldsets(self._provider_fieldsets(obj))
            return [name for name in shown if name not in self._editable(obj)]
        return super().get_readonly_fields(request, obj)

    def get_inlines(self, request, obj):
        return [] if is_provider_editor(request.user) else super().get_inlines(request, obj)

    def get_autocomplete_fields(self, request):
        # Plain selects, so the form works without the reference data's own admin.
        return [] if is_provider_editor(request.user) else super().get_autocomplete_fields(request)

    def get_prepopulated_fields(self, request, obj=None):
        if is_provider_editor(request.user):
            return {}
        return super().get_prepopulated_fields(request, obj)

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location)
        if is_provider_editor(request.user):
            return {name: a for name, a in actions.items() if name in self.provider_actions}
        return actions

    provider_actions: tuple[str, ...] = ()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and is_provider_editor(request.user):
            formfield.help_text = PROVIDER_HELP_TEXTS.get(db_field.name, formfield.help_text)
        return formfield

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if is_provider_editor(request.user):
            if db_field.name == "location":
                kwargs["queryset"] = Location.objects.filter(
                    provider__editors=request.user
                ).select_related("provider", "municipality")
            elif db_field.name == "route":
                # A route it teaches: one it has an offering of already.
                kwargs["queryset"] = Route.objects.filter(
                    offerings__location__provider__editors=request.user
                ).distinct()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if is_provider_editor(request.user) and request.method == "GET":
            obj = self.get_object(request, object_id)
            if obj is not None and self.has_view_permission(request, obj):
                self._tell_about_proposals(request, obj)
        return super().change_view(request, object_id, form_url, extra_context)

    def _tell_about_proposals(self, request, obj) -> None:
        latest = Proposal.objects.filter(**proposal_target_filter(obj)).order_by("-updated_at")
        proposal = latest.first()
        if proposal is None:
            return
        when = date_format(timezone.localtime(proposal.updated_at), "j F Y")
        if proposal.status == Proposal.Status.PENDING:
            messages.info(
                request,
                f"Je voorstel van {when} wacht op nazicht door de redactie. Het formulier toont "
                "je voorstel; de publieke pagina toont nog de huidige gegevens.",
            )
        elif proposal.status == Proposal.Status.RETURNED:
            messages.warning(
                request, f"De redactie stuurde je voorstel van {when} terug: {proposal.message}"
            )

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None and is_provider_editor(request.user):
            pending = Proposal.objects.pending().filter(**proposal_target_filter(obj)).first()
            if pending is not None:
                proposal_apply(obj=obj, proposal=pending)  # the form shows what waits
        return super().get_form(request, obj, change, **kwargs)

    def save_model(self, request, obj, form, change):
        if not is_provider_editor(request.user):
            return super().save_model(request, obj, form, change)
        editable = self._editable(obj if change else None)
        values = {name: form.cleaned_data[name] for name in editable if name in form.cleaned_data}
        if not change:  # a new offering: a draft that its proposal publishes when accepted
            provider = obj.location.provider
            obj.slug = _free_slug(f"{obj.title} {provider.slug} {obj.school_year}")
            obj.status = Offering.Status.DRAFT
            obj.source_name = f"Opgegeven door {provider.name}"
            obj.source_url = provider.website or provider.source_url
            obj.checked_on = timezone.localdate()
            obj.save()
        request._proposal = proposal_submit(
            obj=obj, values=values, user=request.user, is_new=not change or _is_draft(obj)
        )
        return None

    def save_related(self, request, form, formsets, change):
        if not is_provider_editor(request.user):
            super().save_related(request, form, formsets, change)

    def log_change(self, request, obj, message):
        if not is_provider_editor(request.user):  # the proposal, not the row, changed
            super().log_change(request, obj, message)

    def response_change(self, request, obj):
        if not is_provider_editor(request.user):
            return super().response_change(request, obj)
        if getattr(request, "_proposal", None) is None:
            self.message_user(request, "Er was niets gewijzigd.", messages.INFO)
        else:
            self.message_user(
                request,
                f"Je wijziging aan '{obj}' is bewaard als voorstel. De redactie kijkt ze na; tot "
                "dan toont de publieke pagina de huidige gegevens.",
                messages.SUCCESS,
            )
        if "_continue" in request.POST:  # "opnieuw bewerken": the form, showing the proposal
            return redirect(request.path)
        return redirect("admin:index")

    def response_add(self, request, obj, post_url_continue=None):
        if not is_provider_editor(request.user):
            return super().response_add(request, obj, post_url_continue)
        self.message_user(
            request,
            f"'{obj}' is bewaard als voorstel. Het komt online zodra de redactie het aanvaardt.",
            messages.SUCCESS,
        )
        return redirect("admin:index")

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # Reverting a version would bypass the review: staff undo, providers propose.
        if is_provider_editor(request.user):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


def _shown_author(request, user_id):
    """Who a provider sees as the author of a change: itself, or "de redactie". An unsaved
    account, so that no page links to an account or shows a login name of the editors."""
    from django.contrib.auth import get_user_model

    name = request.user.get_username() if user_id == request.user.pk else "de redactie"
    return get_user_model()(username=name)


def _is_draft(obj) -> bool:
    return isinstance(obj, Offering) and obj.status == Offering.Status.DRAFT


def _free_slug(text: str) -> str:
    limit = Offering._meta.get_field("slug").max_length
    base = slugify(text)[: limit - 4].strip("-") or "aanbod"
    candidate, counter = base, 2
    while Offering.objects.filter(slug=candidate).exists():
        candidate, counter = f"{base}-{counter}", counter + 1
    return candidate
