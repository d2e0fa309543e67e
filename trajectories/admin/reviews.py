"""The review side of providers keeping their own offer: proposals and reports.

Staff accept or send back a proposal with one click from the dashboard (portal.admin_site's
home page, built by trajectories.admin.dashboard); both the staff and the provider's editors resolve
readers' reports there. A provider's "klopt nog" is on the offering admin.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_POST

from trajectories.admin.dashboard import proposal_rows
from trajectories.admin.scope import ProviderScopedAdmin
from trajectories.forms import ReviewMessageForm
from trajectories.models import Proposal, Report
from trajectories.services.proposals import ChangedSince, proposal_accept, proposal_return
from trajectories.services.reports import report_resolve


@admin.register(Proposal)
class ProposalAdmin(ProviderScopedAdmin, admin.ModelAdmin):
    """A record of what providers proposed: read only; accepting happens on the dashboard."""

    list_display = ["__str__", "provider", "status", "proposed_by", "created_at", "handled_by"]
    list_filter = ["status", "is_new"]
    list_select_related = [
        "provider",
        "proposed_by",
        "handled_by",
        "offering__location__municipality",
        "location__municipality",
    ]
    search_fields = ["provider__name", "offering__title"]
    ordering = ["-created_at"]
    editors_lookup = "provider__editors"
    fields = ["provider", "offering", "location", "is_new", "comparison", "status", "message"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="voorstel naast wat online staat")
    def comparison(self, obj):
        rows = [
            (
                r.label,
                r.live,
                format_html(" · Online gewijzigd sinds het voorstel (toen: {})", r.changed_from)
                if r.changed_from
                else "",
                r.proposed,
            )
            for r in proposal_rows(obj)
        ]
        return format_html(
            "<table><thead><tr><th>Veld</th><th>Nu online</th><th>Voorstel</th></tr></thead>"
            "<tbody>{}</tbody></table>",
            format_html_join("", "<tr><td>{}</td><td>{}{}</td><td>{}</td></tr>", rows),
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/aanvaarden/",
                self.admin_site.admin_view(require_POST(self.accept_view)),
                name="trajectories_proposal_accept",
            ),
            path(
                "<int:pk>/terugsturen/",
                self.admin_site.admin_view(require_POST(self.return_view)),
                name="trajectories_proposal_return",
            ),
            *super().get_urls(),
        ]

    def _pending(self, request, pk) -> Proposal:
        if not request.user.has_perm("trajectories.review_proposal"):
            raise PermissionDenied
        return get_object_or_404(Proposal.objects.pending().for_review(), pk=pk)

    def accept_view(self, request, pk):
        proposal = self._pending(request, pk)
        try:
            target = proposal_accept(
                proposal=proposal,
                user=request.user,
                overwrite=request.POST.get("overschrijven") == "ja",
            )
        except ChangedSince as changed:
            names = ", ".join(
                str(proposal.target._meta.get_field(name).verbose_name) for name in changed.fields
            )
            messages.error(
                request,
                f"Voorstel voor '{proposal.target}' niet aanvaard: {names} werd online gewijzigd "
                "sinds het voorstel. Bekijk het en vink aan dat het voorstel die wijziging mag "
                "overschrijven, of stuur het terug.",
            )
            return redirect("admin:index")
        messages.success(
            request, f"Voorstel aanvaard: '{target}' is bijgewerkt op de publieke pagina."
        )
        return redirect("admin:index")

    def return_view(self, request, pk):
        proposal = self._pending(request, pk)
        form = ReviewMessageForm(request.POST)
        if not form.is_valid():
            messages.error(
                request,
                f"Voorstel voor '{proposal.target}' niet teruggestuurd: "
                f"{form.errors['message'][0]}",
            )
            return redirect("admin:index")
        proposal_return(proposal=proposal, user=request.user, message=form.cleaned_data["message"])
        messages.success(
            request, f"Voorstel voor '{proposal.target}' teruggestuurd naar de aanbieder."
        )
        return redirect("admin:index")


@admin.register(Report)
class ReportAdmin(ProviderScopedAdmin, admin.ModelAdmin):
    """What readers reported; staff and the provider's own editors resolve it with a note."""

    list_display = ["__str__", "offering", "status", "created_at", "handled_by"]
    list_filter = ["status"]
    list_select_related = ["provider", "offering__location__municipality", "handled_by"]
    search_fields = ["provider__name", "what"]
    ordering = ["status", "-created_at"]
    editors_lookup = "provider__editors"
    fields = [
        "provider",
        "offering",
        "what",
        "contact",
        "status",
        "resolution",
        "handled_by",
        "handled_at",
    ]
    readonly_fields = ["provider", "offering", "what", "contact", "handled_by", "handled_at"]

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        if obj.status == Report.Status.RESOLVED and obj.handled_at is None:
            obj.handled_by, obj.handled_at = request.user, timezone.now()
        super().save_model(request, obj, form, change)

    def get_urls(self):
        return [
            path(
                "<int:pk>/afhandelen/",
                self.admin_site.admin_view(require_POST(self.resolve_view)),
                name="trajectories_report_resolve",
            ),
            *super().get_urls(),
        ]

    def resolve_view(self, request, pk):
        report = self.get_changeable_object(request, pk)
        form = ReviewMessageForm(request.POST)
        if not form.is_valid():
            messages.error(request, f"Melding niet afgehandeld: {form.errors['message'][0]}")
            return redirect("admin:index")
        report_resolve(report=report, user=request.user, resolution=form.cleaned_data["message"])
        messages.success(request, f"{report} is afgehandeld.")
        return redirect("admin:index")
