"""What trajectories adds to the back office's home page (`portal.dashboard`), registered in
`TrajectoriesConfig.ready()`.

- Lists on the staff's dashboard (`attention_lists`): learning contracts' allowances older than a
  school year, offerings of a past school year and, from May, the programme lists still missing
  for the next school year.
- The reviewers' part (`review_panel`, in the `staff_dashboard` panel slot): the proposals
  waiting (each beside what is live, field by field), the open reports of readers and, from May,
  the providers that have not confirmed their offer for the next school year.
- An Aanbieder's own start page instead of the dashboard (`provider_start_page`): its offerings
  with what is missing first, its proposals and the reports about it.

Each list costs a fixed number of queries.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html

from portal import panels
from portal.dashboard import (
    LIMIT,
    Attention,
    AttentionList,
    amount_since,
    change_url,
    old_amounts,
    old_amounts_since,
)
from portal.dates import (
    ASK_NEXT_YEAR_FROM_MONTH,
    asks_next_school_year,
    next_school_year,
    school_year_of,
)
from trajectories.admin.scope import is_provider_editor
from trajectories.models import LearningContract, Offering, Proposal, Provider, Report
from trajectories.services.proposals import proposal_changed_since, value_display


def attention_lists(*, today: datetime.date) -> list[AttentionList]:
    """The staff's lists about routes and offerings (a query or two each)."""
    this_year = school_year_of(today)
    lists = [_old_allowances(today), _past_offerings(this_year)]
    if asks_next_school_year(today):
        lists.append(_next_year_lists(this_year))
    return lists


def _old_allowances(today: datetime.date) -> AttentionList:
    """Learning contracts whose allowance (an amount) holds from more than a school year ago, or
    from an unknown day, and nobody checked this school year (`portal.dashboard.old_amounts`)."""
    year_ago, this_year_start = old_amounts_since(today)
    contracts = LearningContract.objects.filter(
        Q(allowance_holds_from__isnull=True) | Q(allowance_holds_from__lt=year_ago),
        allowance__contains="€",
        checked_on__lt=this_year_start,
    ).order_by("position")[:LIMIT]
    return old_amounts(
        [
            Attention(
                label=f"Leervergoeding {contract.abbreviation}",
                detail=amount_since(contract.allowance_holds_from, contract.checked_on),
                admin_url=change_url(contract),
                app_label="trajectories",
                model_name="learningcontract",
                pk=contract.pk,
            )
            for contract in contracts
        ]
    )


def _past_offerings(this_year: str) -> AttentionList:
    past = (
        Offering.objects.exclude(school_year="")
        .filter(school_year__lt=this_year)
        .select_related("location__provider")
        .order_by("school_year")[:LIMIT]
    )
    return AttentionList(
        "past-offerings",
        "Aanbod van een voorbij schooljaar",
        position=40,
        items=[
            Attention(
                label=f"{offering.title} ({offering.location.provider})",
                detail=f"schooljaar {offering.school_year}",
                admin_url=change_url(offering),
            )
            for offering in past
        ],
    )


def _next_year_lists(this_year: str) -> AttentionList:
    """Programme lists imported for this school year whose list for the next is still missing."""
    next_year = next_school_year(this_year)
    copy_them = reverse("admin:trajectories_offering_changelist") + f"?school_year={this_year}"
    lists = AttentionList(
        "next-year-lists",
        f"Lijsten voor schooljaar {next_year}",
        position=50,
        intro=format_html(
            "Importeer de nieuwe opleidingslijsten zodra ze er zijn. Aanbod zonder officiële "
            'lijst kopieer je met de actie "Kopiëren naar het volgende schooljaar" in het '
            '<a href="{}">opleidingsaanbod van dit schooljaar</a>; de kopieën zijn concepten.',
            copy_them,
        ),
    )
    imported = Offering.objects.filter(is_imported=True)
    done = set(imported.filter(school_year=next_year).values_list("route_id", "title"))
    found = (
        imported.filter(school_year=this_year)
        .values_list("route_id", "route__name", "title")
        .distinct()
        .order_by("route__name", "title")
    )
    url = reverse("admin:trajectories_provider_import")
    for route_id, route_name, title in found:
        if (route_id, title) not in done:
            lists.items.append(
                Attention(
                    label=f"{title} ({route_name})",
                    detail=f"lijst {next_year} nog niet geïmporteerd",
                    admin_url=url,
                )
            )
    return lists


def review_panel(*, request, today: datetime.date) -> str:
    """The reviewers' part of the staff's dashboard; "" for staff who do not review or when
    nothing waits."""
    if not request.user.has_perm("trajectories.review_proposal"):
        return ""
    review = review_build(today=today)
    if review.is_empty:
        return ""
    return render_to_string(
        "admin/trajectories/_provider_review.html", {"review": review}, request=request
    )


def provider_start_page(*, request, today: datetime.date) -> str:
    """An Aanbieder's start page, with what other apps add to it (the `provider_start` slot);
    "" for anyone else."""
    if not is_provider_editor(request.user):
        return ""
    start = provider_start_build(user=request.user, today=today)
    context = {
        "start": start,
        "panels": panels.render("provider_start", request=request, start=start),
    }
    return render_to_string("admin/trajectories/_provider_start.html", context, request=request)


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
    if asks_next_school_year(today):
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
