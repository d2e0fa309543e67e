"""Public pages of the route knowledge: the routes and each route's page, the learning
contracts, dual learning with its self-check, and support for candidates and employers."""

from django.db.models import Prefetch
from django.views.generic import DetailView, ListView, TemplateView

from portal import panels
from portal.models import ContactOrganisation, Resource, TextBlock
from portal.views import DraftPreviewMixin
from trajectories.forms import DualSelfCheckForm
from trajectories.models import (
    DualRequirement,
    LearningContract,
    Route,
    RouteQualification,
    RouteRule,
    RouteSection,
    SupportService,
)
from trajectories.services import dual_self_check


class RouteListView(ListView):
    template_name = "trajectories/route_list.html"
    context_object_name = "routes"

    def get_queryset(self):
        return Route.objects.published()


class RouteDetailView(DraftPreviewMixin, DetailView):
    template_name = "trajectories/route_detail.html"
    context_object_name = "route"

    def get_queryset(self):
        return self.visible(Route.objects.all()).prefetch_related(
            Prefetch("sections", queryset=RouteSection.objects.published()),
            Prefetch("rules", queryset=RouteRule.objects.published()),
            Prefetch("contracts", queryset=LearningContract.objects.published()),
            Prefetch("resources", queryset=Resource.objects.published()),
            Prefetch(
                "qualification_links",
                queryset=RouteQualification.objects.published().select_related("qualification"),
            ),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["panels"] = panels.render("route", request=self.request, route=self.object)
        return context


class ContractListView(ListView):
    template_name = "trajectories/contract_list.html"
    context_object_name = "contracts"

    def get_queryset(self):
        return LearningContract.objects.published()


class DualLearningView(TemplateView):
    """What it takes to host a dual learner, with a self-check whose answers live in the URL."""

    template_name = "trajectories/dual_learning.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Workplace first, then the mentor: the order in which an employer goes through them.
        subjects = list(DualRequirement.Subject.values)
        requirements = sorted(
            DualRequirement.objects.published(),
            key=lambda r: (subjects.index(r.subject), r.position),
        )
        form = DualSelfCheckForm(self.request.GET or None, requirements=requirements)
        checked: set[str] = set()
        if form.is_submitted and form.is_valid():
            checked = set(form.cleaned_data["voldaan"])
            context["result"] = dual_self_check(requirements=requirements, satisfied=checked)
        context["form"] = form
        context["requirements"] = requirements
        context["checked"] = checked
        context["requirement_groups"] = [
            (label, [r for r in requirements if r.subject == subject])
            for subject, label in DualRequirement.Subject.choices
        ]
        context["texts"] = TextBlock.objects.by_slug(
            "duaal-leren-wat-is-het", "duaal-leren-erkenning"
        )
        return context


class SupportView(TemplateView):
    template_name = "trajectories/support.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["services"] = SupportService.objects.published().prefetch_related("provinces")
        context["projects"] = Resource.objects.published().filter(
            kind__in=[Resource.Kind.PROJECT, Resource.Kind.WEBSITE]
        )
        context["organisations"] = ContactOrganisation.objects.published()
        return context
