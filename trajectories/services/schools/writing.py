"""Comparing the clean rows of a list with the portal, and writing the difference.

`plan_import` reads what the portal holds for the schools in the file (a fixed number of
queries, whatever the number of rows) and decides, per row, what is new or changed, field by
field. `write_plan` writes it in bulk where it can. Staff's own work is never overwritten: an
update touches only the fields the list is the source of, never status, kind, slug, the lesson
moments, start dates, duration, contact or notes of an offering.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Prefetch
from django.utils.text import slugify
from simple_history.utils import bulk_create_with_history

from portal.caching import content_changed
from portal.models import Municipality
from qualifications.models import ProfessionalQualification
from trajectories.models import Location, Offering, Provider, Route
from trajectories.services.schools.report import (
    Action,
    Change,
    EndedOffering,
    ImportReport,
    RowResult,
)
from trajectories.services.schools.rows import School

PROVIDER_LABELS = {
    "name": "naam",
    "kbo_number": "KBO-nummer",
    "phone": "telefoon",
    "email": "e-mail",
    "website": "website",
    "education_level": "onderwijsniveau",
}
LOCATION_LABELS = {
    "street": "straat",
    "house_number": "huisnummer",
    "postcode": "postcode",
    "municipality_id": "gemeente",
    "latitude": "breedtegraad",
    "longitude": "lengtegraad",
    "is_approximate": "ligging bij benadering",
    "campus_number": "vestigingsplaatsnummer",
}


@dataclass(frozen=True)
class Programme:
    """What a programme list stands for: every school in it teaches this, that school year."""

    route: Route
    qualifications: tuple[ProfessionalQualification, ...]
    title: str
    school_year: str

    @property
    def label(self) -> str:
        return f"'{self.title}' ({self.route.name}, {self.school_year})"


@dataclass
class RowPlan:
    row: RowResult
    school: School
    provider: Provider | None
    location: Location | None
    offering: Offering | None = None
    # Only the first row of a school speaks for the provider (its name, contact, level).
    speaks_for_provider: bool = True


@dataclass
class ImportPlan:
    rows: list[RowPlan] = field(default_factory=list)
    municipality_names: dict[int, str] = field(default_factory=dict)
    ended: list[Offering] = field(default_factory=list)
    rechecked_providers: list[int] = field(default_factory=list)
    rechecked_offerings: list[int] = field(default_factory=list)

    @property
    def writes_anything(self) -> bool:
        changed = any(item.row.action in (Action.NEW, Action.CHANGED) for item in self.rows)
        return changed or bool(self.ended or self.rechecked_providers or self.rechecked_offerings)


def plan_import(
    schools: list[tuple[RowResult, School]],
    *,
    report: ImportReport,
    programme: Programme | None,
    provenance: dict,
) -> ImportPlan:
    """Set each row's action and changes by comparing the file with what the database holds."""
    numbers = {school.number for _, school in schools}
    numbers |= {row.school_number for row in report.rows if row.action == Action.SKIPPED}
    existing = {
        provider.school_number: provider
        for provider in Provider.objects.filter(school_number__in=numbers).prefetch_related(
            Prefetch("locations", queryset=Location.objects.order_by("pk"))
        )
    }
    for row in report.rows:
        closed = row.action == Action.SKIPPED and "niet meer actief" in row.note
        if closed and row.school_number in existing:
            # The import never removes a school: staff decide whether to unpublish it.
            row.notes.append("staat nog in het portaal: zet de school op concept als ze dicht is")

    offerings = _programme_offerings(programme)
    municipality_names = dict(Municipality.objects.values_list("pk", "name_nl"))
    plan = ImportPlan(municipality_names=municipality_names)
    claimed: defaultdict[int, set[int]] = defaultdict(set)
    first_rows: set[str] = set()
    for row, school in schools:
        provider = existing.get(school.number)
        speaks = school.number not in first_rows
        first_rows.add(school.number)
        location = _match_location(provider, school, claimed) if provider else None
        item = RowPlan(row, school, provider, location, speaks_for_provider=speaks)
        plan.rows.append(item)
        if provider is not None and speaks:
            row.changes += _changes(provider, school.provider, PROVIDER_LABELS)
        if provider is not None and location is None:
            row.changes.append(Change("vestiging", "", "nieuw: " + _address(school)))
        elif location is not None:
            wanted = _location_values(school)
            row.changes += _changes(location, wanted, LOCATION_LABELS, municipality_names)
        if programme is not None:
            item.offering = offerings.get(location.pk) if location else None
            row.changes += _offering_changes(item.offering, programme)
        if provider is None:
            row.action = Action.NEW
        else:
            row.action = Action.CHANGED if row.changes else Action.UNCHANGED

    if programme is not None:
        kept = {item.offering.pk for item in plan.rows if item.offering is not None}
        current = [o for o in offerings.values() if o.is_imported and o.ended_on is None]
        report.current_before = len(current)
        plan.ended = [o for o in current if o.pk not in kept]
        report.ended = [
            EndedOffering(
                pk=o.pk,
                provider=o.location.provider.name,
                school_number=o.location.provider.school_number or "",
                location=str(o.location),
                title=o.title,
            )
            for o in plan.ended
        ]

    rechecked_rows = set()
    for item in plan.rows:
        unchanged = item.row.action == Action.UNCHANGED
        if unchanged and item.speaks_for_provider and _differs(item.provider, provenance):
            plan.rechecked_providers.append(item.provider.pk)
            rechecked_rows.add(item.row.line)
        # A changed row writes its provider with the new provenance; its offering is confirmed
        # by the list either way.
        if item.offering is not None and _differs(item.offering, provenance):
            plan.rechecked_offerings.append(item.offering.pk)
            if unchanged:
                rechecked_rows.add(item.row.line)
    report.rechecked = len(rechecked_rows)
    return plan


def write_plan(
    plan: ImportPlan,
    *,
    programme: Programme | None,
    provenance: dict,
    today: date,
    publish: bool = True,
):
    """Write what `plan_import` decided: new rows in bulk, changed rows one by one (history).

    New providers and offerings are published, or drafts when not `publish`.
    """
    if not plan.writes_anything:
        return
    # Bulk writes send no signal: the new version is taken here, before the first row.
    content_changed()
    status = Provider.Status.PUBLISHED if publish else Provider.Status.DRAFT
    providers = _write_providers(plan, provenance, status)
    locations = _write_locations(plan, providers)
    if programme is not None:
        _write_offerings(plan, programme, locations, provenance, status)
        for offering in plan.ended:
            offering.ended_on = today
            offering.save(update_fields=["ended_on", "updated_at"])
    if plan.rechecked_providers:
        # Their content is confirmed as it is: only the provenance moves on, in one query.
        Provider.objects.filter(pk__in=plan.rechecked_providers).update(**provenance)
    if plan.rechecked_offerings:
        Offering.objects.filter(pk__in=plan.rechecked_offerings).update(**provenance)


def _programme_offerings(programme: Programme | None) -> dict[int, Offering]:
    """The programme's offerings of that school year, by location (imported ones first)."""
    if programme is None:
        return {}
    found = {}
    rows = (
        Offering.objects.filter(
            route=programme.route, title=programme.title, school_year=programme.school_year
        )
        .select_related("location__provider", "location__municipality")
        .prefetch_related("qualifications")
        .order_by("-is_imported", "pk")
    )
    for offering in rows:
        found.setdefault(offering.location_id, offering)
    return found


def _match_location(provider: Provider, school: School, claimed) -> Location | None:
    """The provider's location for this campus: by campus number, else the first unnumbered."""
    locations = [loc for loc in provider.locations.all() if loc.pk not in claimed[provider.pk]]
    match = next(
        (loc for loc in locations if school.campus and loc.campus_number == school.campus), None
    )
    if match is None:
        match = next((loc for loc in locations if not loc.campus_number), None)
    if match is not None:
        claimed[provider.pk].add(match.pk)
    return match


def _location_values(school: School) -> dict:
    values = dict(school.location)
    if school.campus:
        values["campus_number"] = school.campus
    return values


def _changes(obj, values: dict, labels: dict, names: dict | None = None) -> list[Change]:
    changes = []
    for name, value in values.items():
        old = getattr(obj, name)
        if old == value:
            continue
        if name == "municipality_id" and names is not None:
            old, value = names.get(old, ""), names.get(value, "")
        changes.append(Change(labels[name], _shown(old), _shown(value)))
    return changes


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)


def _offering_changes(offering: Offering | None, programme: Programme) -> list[Change]:
    if offering is None:
        return [Change("aanbod", "", f"nieuw: {programme.title} ({programme.school_year})")]
    changes = []
    if offering.ended_on is not None:
        changes.append(
            Change("aanbod", f"beëindigd op {offering.ended_on:%d/%m/%Y}", "weer in de lijst")
        )
    if not offering.is_imported:
        changes.append(Change("aanbod", "met de hand toegevoegd", "ook in de officiële lijst"))
    have = {q.pk for q in offering.qualifications.all()}
    want = {q.pk for q in programme.qualifications}
    if want - have:
        added = ", ".join(q.name for q in programme.qualifications if q.pk not in have)
        changes.append(Change("beroepskwalificaties", "", f"+ {added}"))
    return changes


def _differs(obj, values: dict) -> bool:
    return any(getattr(obj, name) != value for name, value in values.items())


def _assign(obj, values: dict):
    for name, value in values.items():
        setattr(obj, name, value)
    return obj


def _address(school: School) -> str:
    values = school.location
    return " ".join(p for p in [values["street"], values["house_number"], values["postcode"]] if p)


def _write_providers(plan: ImportPlan, provenance: dict, status: str) -> dict[str, Provider]:
    """Every provider of the file by school number, the new ones created in one bulk insert."""
    providers = {item.school.number: item.provider for item in plan.rows if item.provider}
    new = [item for item in plan.rows if item.provider is None and item.speaks_for_provider]
    if new:
        taken = set(Provider.objects.values_list("slug", flat=True))
        created = bulk_create_with_history(
            [
                Provider(
                    slug=_unique_slug(
                        item.school.provider["name"], item.school.number, taken, Provider
                    ),
                    school_number=item.school.number,
                    kind=item.school.kind,
                    status=status,
                    is_verified=False,
                    **item.school.provider,
                    **provenance,
                )
                for item in new
            ],
            Provider,
        )
        providers.update({provider.school_number: provider for provider in created})
    for item in plan.rows:
        if item.provider is None or not item.speaks_for_provider:
            continue
        values = item.school.provider | provenance
        if item.row.action == Action.CHANGED and _differs(item.provider, values):
            _assign(item.provider, values).save()
    return providers


def _write_locations(plan: ImportPlan, providers: dict[str, Provider]) -> dict[tuple, Location]:
    """Every location of the file by (school number, campus), new ones in one bulk insert."""
    locations = {}
    towns = plan.municipality_names
    campuses = defaultdict(int)
    for item in plan.rows:
        campuses[item.school.number] += 1
    names = defaultdict(set)
    for item in plan.rows:
        if item.provider is not None:
            names[item.school.number] |= {loc.name for loc in item.provider.locations.all()}
    new = []
    for item in plan.rows:
        values = _location_values(item.school)
        if item.location is None:
            provider = providers[item.school.number]
            name = _location_name(
                item, campuses[item.school.number], names[item.school.number], towns
            )
            location = Location(provider=provider, name=name, **values)
            new.append(location)
        else:
            location = item.location
            if _differs(location, values):
                _assign(location, values).save()
        locations[item.school.key] = location
    if new:
        bulk_create_with_history(new, Location)
    return locations


def _location_name(item: RowPlan, campuses: int, taken: set[str], towns: dict) -> str:
    """No name for a school's only campus; else its town, with the street or number if needed."""
    values = item.school.location
    if campuses == 1 and not taken:
        name = ""
    else:
        town = towns.get(values["municipality_id"], values["postcode"])
        street = " ".join(p for p in [values["street"], values["house_number"]] if p)
        name = f"campus {town}"
        if name in taken and street:
            name = f"campus {town}, {street}"
    limit = Location._meta.get_field("name").max_length
    name = name[: limit - 12]
    if name in taken:
        name = f"{name} (vestigingsplaats {item.school.campus or len(taken)})"
    taken.add(name)
    return name


def _write_offerings(
    plan, programme: Programme, locations: dict, provenance: dict, status: str
) -> None:
    new = []
    taken = None
    for item in plan.rows:
        offering = item.offering
        if offering is None:
            if taken is None:
                taken = set(Offering.objects.values_list("slug", flat=True))
            slug_base = f"{programme.title} {programme.school_year}"
            key = f"{item.school.number}-{item.school.campus or '0'}"
            new.append(
                Offering(
                    slug=_unique_slug(slug_base, key, taken, Offering),
                    location=locations[item.school.key],
                    route=programme.route,
                    title=programme.title,
                    school_year=programme.school_year,
                    is_dual=programme.route.is_dual,
                    is_imported=True,
                    status=status,
                    **provenance,
                )
            )
            continue
        if offering.ended_on is not None or not offering.is_imported:
            offering.ended_on = None
            offering.is_imported = True
            offering.save()
        have = {q.pk for q in offering.qualifications.all()}
        missing = [q for q in programme.qualifications if q.pk not in have]
        if missing:
            offering.qualifications.add(*missing)
    if new:
        created = bulk_create_with_history(new, Offering)
        through = Offering.qualifications.through
        through.objects.bulk_create(
            through(offering_id=offering.pk, professionalqualification_id=q.pk)
            for offering in created
            for q in programme.qualifications
        )


def _unique_slug(name: str, suffix_key: str, taken: set[str], model) -> str:
    """`<name>-<key>`, cut to fit the field; a counter only if that slug is taken already."""
    limit = model._meta.get_field("slug").max_length
    suffix = f"-{slugify(suffix_key)}"
    base = slugify(name)[: limit - len(suffix) - 4].strip("-") or "school"
    slug, counter = f"{base}{suffix}", 2
    while slug in taken:
        slug, counter = f"{base}{suffix}-{counter}", counter + 1
    taken.add(slug)
    return slug
