"""/premies/: what training a learner brings an employer, and an itemised estimate."""

from dataclasses import dataclass

from django.utils import timezone
from django.views.generic import TemplateView

from incentives.forms import PremiumForm
from incentives.models import Premium
from incentives.rules import PremiumRule, Verdict, premium_applies, premium_estimate
from portal.caching import cached_content


def published_premiums() -> list[tuple[Premium, PremiumRule]]:
    """The premiums with what the page shows of them, each with its rule, from the cache until
    content changes: every employer asks of the same few rows, so an estimate reads none of
    them again, nor builds their rules again."""
    return cached_content(
        lambda: [(p, p.as_rule()) for p in Premium.objects.published().for_page()], "premiums"
    )


@dataclass
class PremiumVerdict:
    premium: Premium
    rule: PremiumRule
    verdict: Verdict


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
                rule,
                premium_applies(
                    rule,
                    employer_type=answers.get("werkgever") or None,
                    care_type=answers.get("opvang") or None,
                    route_slug=route.slug if route else None,
                    on=today,
                ),
            )
            for premium, rule in published_premiums()
        ]
        applicable = [v for v in verdicts if v.verdict.applies]
        context["form"] = form
        context["premiums"] = [v for v in applicable if v.premium.kind == Premium.Kind.PREMIUM]
        context["measures"] = [v for v in applicable if v.premium.kind == Premium.Kind.MEASURE]
        context["not_applicable"] = [v for v in verdicts if not v.verdict.applies]
        context["has_answers"] = any(answers.get(k) for k in ("werkgever", "opvang", "traject"))
        if answers.get("lerenden") and answers.get("maanden"):
            # Every premium goes in: the estimate leaves out what does not fit, and lists what
            # ended or lies in a past school year as not counted.
            context["estimate"] = premium_estimate(
                [v.rule for v in verdicts if v.premium.kind == Premium.Kind.PREMIUM],
                learners=answers["lerenden"],
                months=answers["maanden"],
                pays_allowance=answers.get("vergoeding", "ja") != "nee",
                on=today,
                employer_type=answers.get("werkgever") or None,
                care_type=answers.get("opvang") or None,
                route_slug=route.slug if route else None,
            )
        return context
