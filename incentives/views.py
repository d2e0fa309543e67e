"""/premies/: what training a learner brings an employer, and an itemised estimate."""

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from django.template.loader import render_to_string
from django.utils import timezone
from django.views.generic import TemplateView

from incentives.forms import PremiumForm
from incentives.models import Premium
from incentives.rules import PremiumRule, Verdict, premium_applies, premium_estimate
from portal.caching import cached_content
from trajectories.models import AllowanceTier, CarePeriod


@dataclass(frozen=True)
class LearnerCost:
    """What a learner of a route costs the employer: the allowance tier that applies."""

    contract: str
    label: str
    amount_eur: Decimal
    holds_from: date | None
    stated_for_year: int | None
    uncertainty: str
    source_name: str
    source_url: str
    checked_on: date
    total_eur: Decimal = Decimal(0)
    months: int = 0


def route_facts() -> tuple[dict, dict]:
    """The dual year's split per (route, care) and the allowance tier per route, as plain values,
    built once per content version."""

    def build():
        periods = {
            (period.route.slug, period.care): (period.min_months, period.max_months)
            for period in CarePeriod.objects.published().select_related("route")
        }
        costs = {}
        tiers = AllowanceTier.objects.published().select_related("contract")
        for tier in tiers.prefetch_related("routes"):
            for route in tier.routes.all():
                costs[route.slug] = LearnerCost(
                    contract=tier.contract.abbreviation,
                    label=tier.label,
                    amount_eur=tier.amount_eur,
                    holds_from=tier.holds_from,
                    stated_for_year=tier.stated_for_year,
                    uncertainty=tier.uncertainty,
                    source_name=tier.source_name,
                    source_url=tier.source_url,
                    checked_on=tier.checked_on,
                )
        return periods, costs

    return cached_content(build, "premium-route-facts")


@dataclass(frozen=True)
class PublishedPremium:
    """A published premium as the page shows it, in plain values: its card, rendered once per
    content version (`incentives/_premium.html`, which shows the premium alone), and its rule."""

    name: str
    kind: str
    uncertainty: str
    more_info_url: str
    card: str
    rule: PremiumRule


def published_premiums() -> list[PublishedPremium]:
    """The premiums from the cache until content changes: every employer asks of the same few
    rows, so an estimate reads none of them again, nor builds their rules or cards again."""

    def build():
        return [
            PublishedPremium(
                name=premium.name,
                kind=premium.kind,
                uncertainty=premium.uncertainty,
                more_info_url=premium.more_info_url,
                card=render_to_string("incentives/_premium.html", {"premium": premium}),
                rule=premium.as_rule(),
            )
            for premium in Premium.objects.published().for_page()
        ]

    return cached_content(build, "premiums")


@dataclass
class PremiumVerdict:
    premium: PublishedPremium
    verdict: Verdict

    @property
    def rule(self) -> PremiumRule:
        return self.premium.rule


class PremiumView(TemplateView):
    template_name = "incentives/premium_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = PremiumForm(self.request.GET or None)
        answers = form.cleaned_data if form.is_bound and form.is_valid() else {}
        if form.is_bound and not form.is_valid():
            # Keep the answers that are fine; only the wrong ones are left out.
            answers = {k: v for k, v in form.cleaned_data.items() if k not in form.errors}
        today = timezone.localdate()
        route = answers.get("traject")
        verdicts = [
            PremiumVerdict(
                premium,
                premium_applies(
                    premium.rule,
                    employer_type=answers.get("werkgever") or None,
                    care_type=answers.get("opvang") or None,
                    route_slug=route.slug if route else None,
                    on=today,
                ),
            )
            for premium in published_premiums()
        ]
        applicable = [v for v in verdicts if v.verdict.applies]
        context["form"] = form
        context["premiums"] = [v for v in applicable if v.premium.kind == Premium.Kind.PREMIUM]
        context["measures"] = [v for v in applicable if v.premium.kind == Premium.Kind.MEASURE]
        context["possible"] = [v for v in verdicts if v.verdict.possible]
        context["not_applicable"] = [
            v for v in verdicts if not v.verdict.applies and not v.verdict.possible
        ]
        context["has_answers"] = any(answers.get(k) for k in ("werkgever", "opvang", "traject"))
        context["care_type"] = answers.get("opvang") or ""
        if answers.get("lerenden") and answers.get("maanden"):
            periods, costs = route_facts()
            care_months = periods.get((route.slug, answers.get("opvang"))) if route else None
            # Every premium goes in: the estimate leaves out what does not fit, lists what ended
            # as not counted, and names what may run again as possible.
            estimate = premium_estimate(
                [v.rule for v in verdicts if v.premium.kind == Premium.Kind.PREMIUM],
                learners=answers["lerenden"],
                months=answers["maanden"],
                pays_allowance=answers.get("vergoeding", "ja") != "nee",
                on=today,
                employer_type=answers.get("werkgever") or None,
                care_type=answers.get("opvang") or None,
                route_slug=route.slug if route else None,
                start_month=answers.get("startmaand") or 9,
                mentors=answers.get("mentoren"),
                care_months=care_months,
            )
            context["estimate"] = estimate
            cost = costs.get(route.slug) if route else None
            if cost and answers.get("vergoeding", "ja") != "nee":
                months = min(answers["maanden"], care_months[1] if care_months else 99)
                context["learner_cost"] = replace(
                    cost, months=months, total_eur=cost.amount_eur * months * answers["lerenden"]
                )
        return context
