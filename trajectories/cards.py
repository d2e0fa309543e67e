"""An offering as the search and its provider's page show it, every value already written out.

Both pages draw an offering's facts with `trajectories/_offering_facts.html`, and the search
also its rows with `_offering_results.html`. Those templates only print what an `OfferingCard`
holds: working out labels, dates and links in the template costs several times more, and a
search draws up to twenty rows it has not drawn before (see "One cold search" in bench/README.md).
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from portal import dates
from qualifications.models import ProfessionalQualification
from trajectories.models import Offering


@dataclass(frozen=True)
class OfferingCard:
    pk: int
    title: str
    route_name: str
    route_url: str
    is_dual: bool
    provider_name: str
    provider_url: str
    provider_is_verified: bool
    place: str
    place_is_approximate: bool
    # (link, name) of each professional qualification it leads to.
    qualifications: tuple[tuple[str, str], ...]
    moments: str
    school_year: str
    start: str
    end: str
    duration: str
    enrolment: str
    enrolment_text: str

    @classmethod
    def of(
        cls,
        offering: Offering,
        qualifications: list[tuple[str, str]],
        today: datetime.date,
    ) -> "OfferingCard":
        """The card of an offering loaded with its route, location, provider and municipality."""
        location = offering.location
        provider = location.provider
        when = dates.school_year_when(offering.school_year, today)
        start = offering.start_note or (
            dates.day_label(offering.starts_on) if offering.starts_on else ""
        )
        return cls(
            pk=offering.pk,
            title=offering.title,
            route_name=offering.route.name,
            route_url=offering.route.get_absolute_url(),
            is_dual=offering.is_dual,
            provider_name=provider.name,
            provider_url=provider.get_absolute_url(),
            provider_is_verified=provider.is_verified,
            place=location.place_label,
            place_is_approximate=location.is_approximate,
            qualifications=tuple(qualifications),
            moments=", ".join(offering.moments),
            school_year=f"{offering.school_year} ({when})" if when else offering.school_year,
            start=start,
            end=dates.day_label(offering.ends_on) if offering.ends_on else "",
            duration=offering.duration,
            enrolment=offering.enrolment,
            enrolment_text=offering.enrolment_text,
        )


# What a card shows: loading only these columns halves the work of turning rows into objects.
CARD_FIELDS = [
    "title",
    "is_dual",
    *Offering.MOMENT_FIELDS.values(),
    "school_year",
    "start_note",
    "starts_on",
    "ends_on",
    "duration",
    "enrolment",
    "enrolment_opens_on",
    "route__name",
    "route__slug",
    "location__name",
    "location__place_note",
    "location__is_approximate",
    "location__latitude",
    "location__longitude",
    "location__provider__name",
    "location__provider__slug",
    "location__provider__is_verified",
    "location__municipality__name_nl",
]


def offering_cards(pks: list[int]) -> dict[int, tuple[Offering, OfferingCard]]:
    """The offerings with these keys and their cards, in two queries whatever their number."""
    offerings = (
        Offering.objects.filter(pk__in=pks)
        .select_related("route", "location__provider", "location__municipality")
        .only(*CARD_FIELDS)
    )
    qualifications = qualification_links(pks)
    today = timezone.localdate()
    return {o.pk: (o, OfferingCard.of(o, qualifications.get(o.pk, []), today)) for o in offerings}


def qualification_links(pks: list[int]) -> dict[int, list[tuple[str, str]]]:
    """(link, name) of the qualifications of each of these offerings, in their usual order.

    One flat query through the link table: cheaper than a prefetch of the qualifications.
    """
    order = [
        f"-professionalqualification__{name[1:]}"
        if name.startswith("-")
        else f"professionalqualification__{name}"
        for name in ProfessionalQualification._meta.ordering
    ]
    links = (
        Offering.qualifications.through.objects.filter(offering_id__in=pks)
        .order_by(*order)
        .values_list(
            "offering_id", "professionalqualification__slug", "professionalqualification__name"
        )
    )
    qualifications: dict[int, list[tuple[str, str]]] = {}
    for offering_id, slug, name in links:
        url = ProfessionalQualification(slug=slug).get_absolute_url()
        qualifications.setdefault(offering_id, []).append((url, name))
    return qualifications
