"""The turn of the school year: this year's offer copied to the next as drafts to confirm."""

from django.db import transaction
from django.utils.text import slugify

from portal.caching import content_changed
from portal.dates import next_school_year
from trajectories.models import Offering


@transaction.atomic
def offerings_copy_to_next_year(*, offerings) -> list[Offering]:
    """Copy each offering to the following school year as a draft; returns the new copies.

    The copy keeps what the provider said about the offer (lesson moments, duration, start
    moments in words, language, notes, qualifications) and drops the dates and the enrolment
    status, which belong to one year. It is a draft, so nobody sees it until staff (or the
    provider) confirm it; when next year's official list comes in, its import takes the copy
    over instead of adding another one. Offerings without a school year, or whose copy exists
    already, are left out.
    """
    content_changed()  # before the first row: an import and a provider's page count on them
    offerings = [o for o in offerings if o.school_year]
    wanted = {
        (o.location_id, o.route_id, o.title, next_school_year(o.school_year)) for o in offerings
    }
    years = {key[3] for key in wanted}
    existing = set(
        Offering.objects.filter(school_year__in=years).values_list(
            "location_id", "route_id", "title", "school_year"
        )
    )
    taken = set(Offering.objects.values_list("slug", flat=True))
    copies = []
    for offering in offerings:
        year = next_school_year(offering.school_year)
        key = (offering.location_id, offering.route_id, offering.title, year)
        if key in existing:
            continue
        existing.add(key)
        qualifications = list(offering.qualifications.all())
        copy = Offering.objects.get(pk=offering.pk)
        copy.pk = copy.id = None
        copy._state.adding = True
        copy.slug = _slug(offering.slug, offering.school_year, year, taken)
        copy.school_year = year
        copy.starts_on = copy.ends_on = copy.enrolment_opens_on = None
        copy.enrolment = Offering.Enrolment.UNKNOWN
        copy.provider_updated_on = None
        copy.ended_on = None
        copy.is_imported = False
        copy.status = Offering.Status.DRAFT
        copy.save()
        copy.qualifications.set(qualifications)
        copies.append(copy)
    return copies


def _slug(slug: str, old_year: str, year: str, taken: set[str]) -> str:
    limit = Offering._meta.get_field("slug").max_length
    base = slug.replace(slugify(old_year), "").strip("-")
    base = f"{base}-{year}"[: limit - 4].strip("-")
    candidate, counter = base, 2
    while candidate in taken:
        candidate, counter = f"{base}-{counter}", counter + 1
    taken.add(candidate)
    return candidate
