"""The back office of the places: a Werkgever keeps its own rows, staff review and see all.

A Werkgever (a user with `keep_own_places` but not `review_employer`) finds in these admins only
the rows of the employers it is tied to (`Employer.editors`), as an Aanbieder finds only its own
providers' (trajectories.admin.scope): another employer's row answers 403, also by guessing its
id, by its history or by "view on site". Its sites, offers and pauses go live at once (kept in the
history); a new name or KBO number waits for staff (workplaces.services.reviews).
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_POST

from portal.admin import HistoryAdmin
from portal.admin.invitations import InvitationAdminMixin
from portal.dates import next_school_year, school_year_of
from trajectories.admin.scope import _shown_author
from trajectories.forms import ReviewMessageForm
from workplaces.models import ContactMessage, Employer, EmployerReview, PlaceOffer, Site
from workplaces.services.invitations import employer_editor_invite, employer_editor_withdraw
from workplaces.services.reviews import (
    REVIEWED_FIELDS,
    employer_change_submit,
    employer_review_accept,
    employer_review_return,
)


def is_employer_editor(user) -> bool:
    """A Werkgever: keeps its own places, reviews nothing."""
    return user.has_perm("workplaces.keep_own_places") and not user.has_perm(
        "workplaces.review_employer"
    )


class EmployerScope:
    """Only the Werkgever's own rows; `editors_lookup` is the path to `Employer.editors`."""

    editors_lookup = "editors"

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if is_employer_editor(request.user):
            queryset = queryset.filter(**{self.editors_lookup: request.user}).distinct()
        return queryset

    def is_own(self, request, obj) -> bool:
        return (
            type(obj)
            ._default_manager.filter(pk=obj.pk, **{self.editors_lookup: request.user})
            .exists()
        )

    def get_object(self, request, object_id, from_field=None):
        # Found whatever its employer, so that another's row answers 403, not "does not exist".
        if not is_employer_editor(request.user):
            return super().get_object(request, object_id, from_field)
        try:
            return self.model._default_manager.get(pk=self.model._meta.pk.to_python(object_id))
        except (self.model.DoesNotExist, ValidationError, ValueError):
            return None

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        if allowed and obj is not None and is_employer_editor(request.user):
            return self.is_own(request, obj)
        return allowed

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if allowed and obj is not None and is_employer_editor(request.user):
            return self.is_own(request, obj)
        return allowed

    def has_delete_permission(self, request, obj=None):
        return not is_employer_editor(request.user) and super().has_delete_permission(request, obj)

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is None:
            raise Http404
        if not self.has_view_permission(request, obj):
            raise PermissionDenied
        return super().history_view(request, object_id, extra_context)

    def render_history_view(self, request, template, context, **kwargs):
        if is_employer_editor(request.user):  # "de redactie" for every change by someone else
            for record in context["page_obj"].object_list:
                record.history_user = _shown_author(request, record.history_user_id)
            for entry in context.get("timeline", []):
                entry.user = _shown_author(request, getattr(entry.user, "pk", None))
            context["admin_user_view"] = ""
        return super().render_history_view(request, template, context, **kwargs)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if is_employer_editor(request.user):  # a revert could pass a name around the review
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def revert_disabled(self, request, obj=None):
        return is_employer_editor(request.user) or super().revert_disabled(request, obj)

    def get_changeform_initial_data(self, request):
        # A Werkgever of one employer (or with one site) has nothing to choose.
        initial = super().get_changeform_initial_data(request)
        if is_employer_editor(request.user):
            for name, rows in [
                ("employer", Employer.objects.filter(editors=request.user)),
                ("site", Site.objects.filter(employer__editors=request.user)),
            ]:
                pks = list(rows.values_list("pk", flat=True)[:2])
                if len(pks) == 1:
                    initial.setdefault(name, pks[0])
        return initial

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if is_employer_editor(request.user):
            if db_field.name == "employer":
                kwargs["queryset"] = Employer.objects.filter(editors=request.user)
            elif db_field.name == "site":
                kwargs["queryset"] = Site.objects.filter(employer__editors=request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class EmployerScopedAdmin(EmployerScope, HistoryAdmin):
    """A model of the places with its history (who changed what, with undo for staff)."""


@admin.register(Employer)
class EmployerAdmin(InvitationAdminMixin, EmployerScopedAdmin):
    list_display = ["name", "kbo_number", "kind", "status", "updated_at"]
    list_filter = ["status", "kind"]
    search_fields = ["name", "kbo_number"]
    prepopulated_fields = {"slug": ["name"]}
    # Staff invite an employer's contact (an account in the Werkgever role); employers also join
    # on their own at /werkgevers/aanmelden/.
    invitation_permission = "workplaces.review_employer"
    invitation_intro = (
        "Een medewerker van de werkgever houdt zelf de vestigingen en de plaatsen voor stagiairs "
        "en duale leerlingen bij; die komen meteen online. Een nieuwe naam of een nieuw "
        "KBO-nummer kijkt de redactie eerst na."
    )

    def invitation_send(self, obj, *, email: str, base_url: str):
        return employer_editor_invite(employer=obj, email=email, base_url=base_url)

    def invitation_withdraw(self, obj, *, user) -> None:
        employer_editor_withdraw(employer=obj, user=user)

    def get_fields(self, request, obj=None):
        if is_employer_editor(request.user):
            return ["name", "kbo_number", "kind", "contact_email", "website", "status"]
        return [
            "name",
            "slug",
            "kbo_number",
            "kind",
            "contact_email",
            "website",
            "status",
            "editor_links",
        ]

    def get_readonly_fields(self, request, obj=None):
        if is_employer_editor(request.user):
            return ["status"]
        # Online goes through the review (or a Hoofdredacteur's own word).
        return ["editor_links"] + (
            [] if request.user.has_perm("portal.publish_content") else ["status"]
        )

    def get_prepopulated_fields(self, request, obj=None):
        return (
            {}
            if is_employer_editor(request.user)
            else super().get_prepopulated_fields(request, obj)
        )

    def has_add_permission(self, request):
        # Employers join through /werkgevers/aanmelden/; staff may add one they invite.
        return not is_employer_editor(request.user) and super().has_add_permission(request)

    def save_model(self, request, obj, form, change):
        if not (change and is_employer_editor(request.user)):
            return super().save_model(request, obj, form, change)
        live = Employer.objects.get(pk=obj.pk)
        values = {name: form.cleaned_data[name] for name in REVIEWED_FIELDS}
        for name in REVIEWED_FIELDS:  # the live name and number stay until staff accept
            setattr(obj, name, getattr(live, name))
        super().save_model(request, obj, form, change)
        review = employer_change_submit(employer=obj, values=values, user=request.user)
        if review is not None and not review.is_first:
            self.message_user(
                request,
                "Je nieuwe naam of KBO-nummer wacht op nazicht door de redactie; tot dan staat de "
                "huidige op de site.",
                messages.INFO,
            )
        return None


@admin.register(Site)
class SiteAdmin(EmployerScopedAdmin):
    list_display = ["name", "employer", "municipality", "postcode"]
    list_select_related = ["employer", "municipality"]
    search_fields = ["name", "employer__name", "postcode"]
    editors_lookup = "employer__editors"
    fields = [
        "employer",
        "name",
        "street",
        "house_number",
        "postcode",
        "municipality",
        "has_baby_toddler",
        "has_out_of_school",
        "has_family",
    ]
    readonly_fields = ["municipality"]


@admin.register(PlaceOffer)
class PlaceOfferAdmin(EmployerScopedAdmin):
    list_display = ["__str__", "places", "school_year", "recognition", "is_paused", "confirmed_on"]
    list_filter = ["is_paused", "school_year", "care", "route"]
    list_select_related = ["site__employer", "route"]
    editors_lookup = "site__employer__editors"
    actions = ["pause", "resume", "confirm_next_year"]
    fieldsets = [
        (None, {"fields": ["site", "route", "care", "places", "is_paused"]}),
        ("Wanneer", {"fields": ["school_year", "starts_on", "ends_on"]}),
        (
            "Hoe een dag eruitziet",
            {"fields": ["day_description", "early_shifts", "late_shifts", "team_languages"]},
        ),
        (
            "Begeleiding en erkenning",
            {"fields": ["mentor_declared_on", "recognition", "recognised_until"]},
        ),
        ("Bevestiging", {"fields": ["confirmed_on"]}),
    ]
    readonly_fields = ["confirmed_on"]

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("school_year", school_year_of(timezone.localdate()))
        return initial

    @admin.action(description="Pauzeren (meteen uit de zoekresultaten)", permissions=["change"])
    def pause(self, request, queryset):
        self._set_paused(request, queryset, True, "gepauzeerd")

    @admin.action(description="Hervatten", permissions=["change"])
    def resume(self, request, queryset):
        self._set_paused(request, queryset, False, "hervat")

    def _set_paused(self, request, queryset, paused: bool, said: str) -> None:
        for offer in queryset:  # one by one: each change in the offer's history
            offer.is_paused = paused
            offer.save()
        self.message_user(request, f"{len(queryset)} aanbod {said}.", messages.SUCCESS)

    @admin.action(description="Klopt nog voor volgend schooljaar", permissions=["change"])
    def confirm_next_year(self, request, queryset):
        from workplaces.services.staleness import offers_confirm

        today = timezone.localdate()
        count, refused = offers_confirm(offers=queryset, today=today)
        if refused:
            self.message_user(
                request,
                "Bevestigen voor volgend schooljaar kan van mei tot het einde van het schooljaar; "
                f"{refused} aanbod niet bevestigd.",
                messages.WARNING,
            )
        if count:
            year = next_school_year(school_year_of(today))
            self.message_user(
                request, f"{count} aanbod bevestigd voor schooljaar {year}.", messages.SUCCESS
            )


@admin.register(EmployerReview)
class EmployerReviewAdmin(EmployerScopedAdmin):
    """A record of what waited for review; accepting happens on the dashboard."""

    list_display = ["__str__", "status", "created_at", "handled_by"]
    list_filter = ["status", "is_first"]
    list_select_related = ["employer", "handled_by"]
    editors_lookup = "employer__editors"
    fields = ["employer", "is_first", "comparison", "status", "message"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="voorstel naast wat online staat")
    def comparison(self, obj):
        rows = [(row.label, row.live, row.proposed) for row in review_rows(obj)]
        return format_html(
            "<table><thead><tr><th>Veld</th><th>Nu online</th><th>Voorstel</th></tr></thead>"
            "<tbody>{}</tbody></table>",
            format_html_join("", "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", rows),
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/aanvaarden/",
                self.admin_site.admin_view(require_POST(self.accept_view)),
                name="workplaces_employerreview_accept",
            ),
            path(
                "<int:pk>/terugsturen/",
                self.admin_site.admin_view(require_POST(self.return_view)),
                name="workplaces_employerreview_return",
            ),
            *super().get_urls(),
        ]

    def _pending(self, request, pk) -> EmployerReview:
        if not request.user.has_perm("workplaces.review_employer"):
            raise PermissionDenied
        return get_object_or_404(
            EmployerReview.objects.filter(status=EmployerReview.Status.PENDING), pk=pk
        )

    def accept_view(self, request, pk):
        review = self._pending(request, pk)
        try:
            employer = employer_review_accept(review=review, user=request.user)
        except ValidationError as error:
            messages.error(request, f"Niet aanvaard: {'; '.join(error.messages)}")
            return redirect("admin:index")
        what = "staat online" if review.is_first else "heeft de nieuwe naam en het nieuwe nummer"
        messages.success(request, f"Aanvaard: '{employer}' {what}.")
        return redirect("admin:index")

    def return_view(self, request, pk):
        review = self._pending(request, pk)
        form = ReviewMessageForm(request.POST)
        if not form.is_valid():
            messages.error(request, f"Niet teruggestuurd: {form.errors['message'][0]}")
            return redirect("admin:index")
        employer_review_return(
            review=review, user=request.user, message=form.cleaned_data["message"]
        )
        messages.success(request, f"Teruggestuurd naar '{review.employer}'.")
        return redirect("admin:index")


def review_rows(review: EmployerReview):
    """The review beside what is live, one line per field (as the providers' proposals)."""
    from trajectories.admin.dashboard import ComparedField
    from trajectories.services.proposals import value_display

    employer = review.employer
    return [
        ComparedField(
            str(Employer._meta.get_field(name).verbose_name),
            "— (nog niet online)" if review.is_first else value_display(employer, name),
            entry["display"],
        )
        for name, entry in review.changes.items()
    ]


@admin.register(ContactMessage)
class ContactMessageAdmin(EmployerScope, admin.ModelAdmin):
    """Messages sent to an employer from an offer's "Contact opnemen": read only, 90 days."""

    list_display = ["__str__", "sender_role", "created_at"]
    list_select_related = ["offer__site__employer"]
    editors_lookup = "offer__site__employer__editors"
    fields = ["offer", "sender_role", "sender_email", "text", "created_at"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
