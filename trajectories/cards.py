"""An offering as the search and its provider's page show it, every value already written out.

Both pages render an offering's facts with `trajectories/_offering_facts.html`, and the search
also its rows with `_offering_result.html`. Those templates only print what an `OfferingCard`
holds: working out labels, dates and links in the template costs several times more, and a
search renders up to twenty rows it has not rendered before (see "Cold pages in process" in
bench/README.md).
"""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from portal import dates
from qualifications.models import ProfessionalQualification
from trajectories.models import Location, Offering, Provider, Route


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
    # The first start date, and the start moments in the provider's words: both, when both are
    # known (a provider who sets a date beside the sector's "september en februari" is shown).
    start: str
    start_note: str
    end: str
    duration: str
    enrolment: str
    enrolment_text: str
    # When the provider's own change was accepted (None: the row comes from a public source).
    provider_updated_on: datetime.date | None = None

    @classmethod
    def of(
        cls,
        values: Mapping[str, Any],
        qualifications: list[tuple[str, str]],
        today: datetime.date,
    ) -> "OfferingCard":
        """The card from an offering's `CARD_FIELDS` (a `values()` row, or `card_values`)."""
        school_year = values["school_year"]
        when = dates.school_year_when(school_year, today)
        starts_on, ends_on = values["starts_on"], values["ends_on"]
        return cls(
            pk=values["pk"],
            title=values["title"],
            route_name=values["route__name"],
            route_url=Route.url_of(values["route__slug"]),
            is_dual=values["is_dual"],
            provider_name=values["location__provider__name"],
            provider_url=Provider.url_of(values["location__provider__slug"]),
            provider_is_verified=values["location__provider__is_verified"],
            place=Location.label_of(
                values["location__name"],
                values["location__municipality__name_nl"] or values["location__place_note"],
            ),
            place_is_approximate=values["location__is_approximate"],
            qualifications=tuple(qualifications),
            moments=", ".join(Offering.moment_labels(values.__getitem__)),
            school_year=f"{school_year} ({when})" if when else school_year,
            start=dates.day_label(starts_on) if starts_on else "",
            start_note=values["start_note"],
            end=dates.day_label(ends_on) if ends_on else "",
            duration=values["duration"],
            enrolment=values["enrolment"],
            enrolment_text=Offering.enrolment_sentence(
                values["enrolment"], values["enrolment_opens_on"], today
            ),
            provider_updated_on=values["provider_updated_on"],
        )


# What a card shows, and where its row's point on the map is: read as plain values (`values()`),
# not as model instances, which would cost more than the rest of rendering a row.
CARD_FIELDS = [
    "pk",
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
    "provider_updated_on",
    "route__name",
    "route__slug",
    "location__name",
    "location__place_note",
    "location_id",
    "location__is_approximate",
    "location__latitude",
    "location__longitude",
    "location__provider__name",
    "location__provider__slug",
    "location__provider__is_verified",
    "location__municipality__name_nl",
]


def offering_cards(pks: list[int]) -> dict[int, tuple[dict, OfferingCard]]:
    """The `CARD_FIELDS` of the offerings with these keys and their cards, in two queries."""
    rows = Offering.objects.filter(pk__in=pks).values(*CARD_FIELDS)
    qualifications = qualification_links(pks)
    today = timezone.localdate()
    return {
        row["pk"]: (row, OfferingCard.of(row, qualifications.get(row["pk"], []), today))
        for row in rows
    }


def card_values(offering: Offering) -> dict[str, Any]:
    """The `CARD_FIELDS` of an offering loaded with its route, location, provider and
    municipality, as `values()` would give them."""
    values = {}
    for path in CARD_FIELDS:
        value = offering
        for name in path.split("__"):
            value = getattr(value, name) if value is not None else None
        values[path] = value
    return values


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
        url = ProfessionalQualification.url_of(slug)
        qualifications.setdefault(offering_id, []).append((url, name))
    return qualifications
