"""What the back office's home page shows about providers keeping their own offer.

Staff who review see the proposals waiting (each beside what is live, field by field), the open
reports of readers and, from May, the providers that have not confirmed their offer for the next
school year. An Aanbieder sees its own start page instead: its offerings with what is missing
first, its proposals and the reports about it. Each list costs a fixed number of queries.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse

from portal.dates import next_school_year, school_year_of
from portal.freshness import ASK_NEXT_YEAR_FROM_MONTH, LIMIT
from trajectories.models import Offering, Proposal, Provider, Report
from trajectories.services.proposals import proposal_changed_since, value_display


@dataclass(frozen=True)
class ComparedField:
    label: str
    live: str
    proposed: str
    # What was online when the provider proposed this, if staff changed it since; else "".
    changed_from: str = ""


def proposal_rows(proposal: Proposal) -> list[ComparedField]:
    """The proposal beside the live row, one line per changed field."""
    target = proposal.target
    changed = proposal_changed_since(proposal, target)
    rows = []
    for name, entry in proposal.changes.items():
        model_field = target._meta.get_field(name)
        live = "— (nieuw aanbod)" if proposal.is_new else value_display(target, name)
        changed_from = entry["was_display"] if name in changed else ""
        rows.append(
            ComparedField(str(model_field.verbose_name), live, entry["display"], changed_from)
        )
    return rows


@dataclass
class ReviewItem:
    proposal: Proposal
    rows: list[ComparedField]

    @property
    def changed_since(self) -> bool:
        """Whether staff changed a proposed field online since it was proposed."""
        return any(row.changed_from for row in self.rows)

    @property
    def admin_url(self) -> str:
        target = self.proposal.target
        meta = target._meta
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[target.pk])


@dataclass
class ProviderReview:
    proposals: list[ReviewItem] = field(default_factory=list)
    proposals_total: int = 0
    reports: list[Report] = field(default_factory=list)
    next_school_year: str = ""
    unconfirmed: list[Provider] = field(default_factory=list)
    unconfirmed_total: int = 0

    @property
    def is_empty(self) -> bool:
        return not (self.proposals or self.reports or self.unconfirmed)


def confirmation_due_since(today: datetime.date) -> datetime.date | None:
    """From May to August: offerings not checked since 1 May still await the yearly question."""
    if ASK_NEXT_YEAR_FROM_MONTH <= today.month < 9:
        return datetime.date(today.year, ASK_NEXT_YEAR_FROM_MONTH, 1)
    return None


def _unconfirmed_offerings(since: datetime.date, today: datetime.date):
    return Offering.objects.published().current(today).filter(checked_on__lt=since)


def review_build(*, today: datetime.date) -> ProviderReview:
    """The reviewer's lists (a query for each list and one for its count)."""
    review = ProviderReview()
    pending = Proposal.objects.pending().for_review()
    review.proposals_total = pending.count()
    review.proposals = [ReviewItem(p, proposal_rows(p)) for p in pending[:LIMIT]]
    review.reports = list(
        Report.objects.open()
        .select_related("provider", "offering__location__municipality")
        .order_by("created_at")[:LIMIT]
    )
    since = confirmation_due_since(today)
    if since is not None:
        review.next_school_year = next_school_year(school_year_of(today))
        waiting = _unconfirmed_offerings(since, today).filter(location__provider=OuterRef("pk"))
        providers = Provider.objects.published().filter(Exists(waiting)).order_by("name")
        review.unconfirmed_total = providers.count()
        review.unconfirmed = list(providers[:LIMIT])
    return review


@dataclass
class StartOffering:
    offering: Offering
    missing: list[str]
    is_pending: bool
    needs_confirmation: bool


@dataclass
class ProviderStart:
    providers: list[Provider] = field(default_factory=list)
    offerings: list[StartOffering] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    next_school_year: str = ""


def _missing(offering: Offering) -> list[str]:
    missing = []
    if not offering.moments:
        missing.append("geen lesmoment")
    if not offering.starts_on and not offering.start_note:
        missing.append("geen startdatum")
    provider = offering.location.provider
    if not (provider.website or provider.email or provider.phone):
        missing.append("geen contact")
    return missing


def provider_start_build(*, user, today: datetime.date) -> ProviderStart:
    """An Aanbieder's start page: its offerings, what is missing first (four queries in all)."""
    start = ProviderStart()
    start.providers = list(user.edited_providers.order_by("name"))
    since = confirmation_due_since(today)
    if since is not None:
        start.next_school_year = next_school_year(school_year_of(today))
    pending = Proposal.objects.pending().filter(offering=OuterRef("pk"))
    offerings = (
        Offering.objects.filter(location__provider__editors=user)
        .current(today)
        .select_related("location__provider", "location__municipality", "route")
        .annotate(is_pending=Exists(pending))
    )
    for offering in offerings:
        start.offerings.append(
            StartOffering(
                offering=offering,
                missing=_missing(offering),
                is_pending=offering.is_pending,
                needs_confirmation=since is not None
                and offering.is_published
                and offering.checked_on < since,
            )
        )
    start.offerings.sort(
        key=lambda item: (
            -len(item.missing),
            item.offering.location.provider.name,
            item.offering.title,
        )
    )
    own = Q(provider__editors=user)
    start.proposals = list(
        Proposal.objects.filter(own)
        .exclude(status=Proposal.Status.ACCEPTED)
        .for_review()
        .order_by("-updated_at")[:LIMIT]
    )
    start.reports = list(
        Report.objects.open()
        .filter(own)
        .select_related("provider", "offering__location__municipality")
        .order_by("created_at")[:LIMIT]
    )
    return start
