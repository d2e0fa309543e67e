"""Reading the demand: pooled requests and unanswered searches, for staff, providers and the public.

Nothing here names a person: requests are pooled by place, route, qualification and lesson
moment, and counted as the number of people they stand for. The public sees a pool only when
it stands for at least `PUBLIC_MINIMUM` (people or searches), so no count points at someone.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from demand.models import TrainingRequest, UnansweredSearch, months_later
from portal.dates import month_label
from portal.geo import Point, distance_km
from portal.models import Municipality
from qualifications.models import ProfessionalQualification
from trajectories.models import Location, Offering, Route

PUBLIC_MINIMUM = 5
PROVIDER_RADIUS_KM = 20
MOMENT_LABELS = dict(Offering.Moment.choices)
# "een avondopleiding", "een dag- of avondopleiding": the moment as the first part of the word.
MOMENT_STEMS = {"dag": "dag", "avond": "avond", "weekend": "weekend", "afstand": "afstands"}


def training_phrase(*, moments, qualification_name: str = "", route_name: str = "") -> str:
    """'een avondopleiding tot kinderbegeleider baby's en peuters (Syntra)'."""
    stems = [MOMENT_STEMS[m] for m in Offering.Moment.values if m in set(moments)]
    if not stems:
        word = "opleiding"
    elif len(stems) == 1:
        word = f"{stems[0]}opleiding"
    else:
        word = "- of ".join(["-, ".join(stems[:-1]), stems[-1]]) + "opleiding"
    phrase = f"een {word}"
    if qualification_name:
        phrase += f" tot {qualification_name[:1].lower()}{qualification_name[1:]}"
    if route_name:
        phrase += f" ({route_name.lower()})"
    return phrase


def people_phrase(people: int) -> str:
    return "1 persoon vraagt" if people == 1 else f"{people} mensen vragen"


def request_summary(training_request: TrainingRequest) -> str:
    """One sentence that says what a request asks, for its own mails."""
    people = training_request.people
    who = (
        "niet gekend hoeveel mensen"
        if people is None
        else f"{people} {'persoon' if people == 1 else 'mensen'}"
    )
    what = training_phrase(
        moments=training_request.moment_list,
        qualification_name=str(training_request.qualification or ""),
        route_name=str(training_request.route or ""),
    )
    return (
        f"{what} binnen {training_request.radius_km} km van {training_request.municipality} ({who})"
    )


@dataclass
class Pool:
    """Requests with the same route, qualification and moments near one campus."""

    location: str
    phrase: str
    people: int = 0
    requests: int = 0

    @property
    def sentence(self) -> str:
        return (
            f"{people_phrase(self.people)} {self.phrase} binnen {PROVIDER_RADIUS_KM} km "
            f"van {self.location}"
        )


def pooled_near_locations(*, providers, today: datetime.date | None = None) -> list[Pool]:
    """Running requests pooled per campus of these providers, within `PROVIDER_RADIUS_KM` of
    it (from the centre of the municipality asked for), largest first. Two queries."""
    locations = list(
        Location.objects.filter(provider__in=providers, latitude__isnull=False)
        .select_related("provider", "municipality")
        .order_by("provider__name", "name")
    )
    if not locations:
        return []
    requests = list(TrainingRequest.objects.counted(today).for_pooling())
    pools: dict[tuple, Pool] = {}
    for location in locations:
        here = Point(location.latitude, location.longitude)
        label = location.name or str(location.municipality or location.provider)
        for request in requests:
            there = Point(request.municipality.latitude, request.municipality.longitude)
            if distance_km(here, there) > PROVIDER_RADIUS_KM:
                continue
            key = (location.pk, request.route_id, request.qualification_id, request.moments)
            pool = pools.get(key)
            if pool is None:
                pool = pools[key] = Pool(
                    location=label,
                    phrase=training_phrase(
                        moments=request.moment_list,
                        qualification_name=str(request.qualification or ""),
                        route_name=str(request.route or ""),
                    ),
                )
            pool.people += request.people_counted
            pool.requests += 1
    return sorted(pools.values(), key=lambda p: (-p.people, p.location, p.phrase))


@dataclass(frozen=True)
class StaffSummary:
    running_requests: int
    running_people: int
    unanswered_searches: int
    since: datetime.date


def staff_summary(*, today: datetime.date) -> StaffSummary:
    """The dashboard's few numbers: running requests and the last 30 days' searches."""
    running = TrainingRequest.objects.counted(today)
    people = sum(r.people_counted for r in running.only("people"))
    since = today - datetime.timedelta(days=30)
    searches = UnansweredSearch.objects.filter(day__gte=since).aggregate(n=Sum("searches"))["n"]
    return StaffSummary(
        running_requests=running.count(),
        running_people=people,
        unanswered_searches=searches or 0,
        since=since,
    )


@dataclass
class Cell:
    """The demand of one row of the overview."""

    requests: int = 0
    people: int = 0
    empty: int = 0
    thin: int = 0

    def add(self, other: "Cell") -> None:
        self.requests += other.requests
        self.people += other.people
        self.empty += other.empty
        self.thin += other.thin


@dataclass
class Overview:
    """Demand from `since` on, by region, route, lesson moment and month."""

    since: datetime.date
    by: str
    rows: list[tuple[tuple, Cell]] = field(default_factory=list)
    months: list[tuple[str, Cell]] = field(default_factory=list)
    peak: int = 1
    # For the optional map: one point per municipality with its demand in the marker's name.
    points: list[dict] = field(default_factory=list)


GROUPINGS = {
    "provincie": ("Provincie",),
    "gemeente": ("Provincie", "Gemeente"),
}


def _names():
    municipalities = {
        nis: (name, province)
        for nis, name, province in Municipality.objects.values_list(
            "nis_code", "name_nl", "province__name"
        )
    }
    routes = dict(Route.objects.values_list("slug", "name"))
    qualifications = dict(ProfessionalQualification.objects.values_list("slug", "name"))
    return municipalities, routes, qualifications


def demand_facts(*, since: datetime.date):
    """Every fact of demand from `since` on, one per (province, municipality, route,
    qualification, moment, month): a list of (dimensions, Cell). A request asking two moments
    counts under each; so does a search."""
    municipalities, routes, qualifications = _names()
    facts: dict[tuple, Cell] = defaultdict(Cell)
    requests = (
        TrainingRequest.objects.ever_counted()
        .filter(created_at__date__gte=since)
        .values_list(
            "municipality__nis_code",
            "route__slug",
            "qualification__slug",
            "moments",
            "created_at",
            "people",
        )
    )
    for nis, route, qualification, moments, created_at, people in requests.iterator():
        name, province = municipalities.get(nis, (nis, ""))
        month = timezone.localtime(created_at).date().replace(day=1)
        for moment in moments.split(",") if moments else [""]:
            key = (
                province,
                name,
                routes.get(route, ""),
                qualifications.get(qualification, ""),
                moment,
                month,
            )
            facts[key].requests += 1
            facts[key].people += people or 1  # not known: one
    searches = (
        UnansweredSearch.objects.filter(day__gte=since)
        .annotate(month=TruncMonth("day"))
        .values(
            "municipality_nis", "route_slug", "qualification_slug", "moment", "month", "is_empty"
        )
        .annotate(n=Sum("searches"))
        .order_by()
    )
    for row in searches:
        name, province = municipalities.get(row["municipality_nis"], ("", ""))
        key = (
            province,
            name,
            routes.get(row["route_slug"], row["route_slug"]),
            qualifications.get(row["qualification_slug"], row["qualification_slug"]),
            row["moment"],
            row["month"],
        )
        if row["is_empty"]:
            facts[key].empty += row["n"]
        else:
            facts[key].thin += row["n"]
    return list(facts.items())


def overview_build(*, today: datetime.date, by: str = "provincie", months: int = 12) -> Overview:
    """The staff's overview: rows by region (province, or municipality too), route and lesson
    moment, and the trend per month, over the last `months` months."""
    since = months_later(today.replace(day=1), -(months - 1))
    facts = demand_facts(since=since)
    grouped: dict[tuple, Cell] = defaultdict(Cell)
    per_month: dict[datetime.date, Cell] = {months_later(since, n): Cell() for n in range(months)}
    for (province, municipality, route, qualification, moment, month), cell in facts:
        region = (province,) if by == "provincie" else (province, municipality)
        grouped[(*region, route, qualification, MOMENT_LABELS.get(moment, ""))].add(cell)
        per_month.setdefault(month, Cell()).add(cell)
    overview = Overview(since=since, by=by)
    overview.rows = sorted(
        grouped.items(), key=lambda item: (-(item[1].people + item[1].empty), item[0])
    )
    overview.months = [(month_label(month), cell) for month, cell in sorted(per_month.items())]
    overview.points = map_points(facts)
    overview.peak = max([1, *(max(c.people, c.empty + c.thin) for _, c in overview.months)])
    return overview


@dataclass(frozen=True)
class PublicPool:
    province: str
    municipality: str
    route: str
    moment: str
    count: int


def public_pools(*, today: datetime.date) -> tuple[list[PublicPool], list[PublicPool]]:
    """What /vraag/ shows: running requests (people) and the last twelve months' searches
    without an answer, by municipality, route and lesson moment, only where at least
    `PUBLIC_MINIMUM` make up the count."""
    municipalities, routes, _ = _names()
    people: dict[tuple, int] = defaultdict(int)
    running = TrainingRequest.objects.counted(today).values_list(
        "municipality__nis_code", "route__slug", "moments", "people"
    )
    for nis, route, moments, count in running:
        name, province = municipalities.get(nis, (nis, ""))
        for moment in moments.split(",") if moments else [""]:
            people[(province, name, routes.get(route, ""), moment)] += count or 1
    since = months_later(today, -12)
    searches = (
        UnansweredSearch.objects.filter(day__gt=since)
        .values("municipality_nis", "route_slug", "moment")
        .annotate(n=Sum("searches"))
        .filter(n__gte=PUBLIC_MINIMUM)
        .order_by()
    )
    unanswered = []
    for row in searches:
        name, province = municipalities.get(row["municipality_nis"], ("", ""))
        unanswered.append(
            PublicPool(
                province,
                name,
                routes.get(row["route_slug"], ""),
                MOMENT_LABELS.get(row["moment"], ""),
                row["n"],
            )
        )

    def shown(pools):
        return sorted(pools, key=lambda p: (-p.count, p.province, p.municipality, p.route))

    asked = [
        PublicPool(province, name, route, MOMENT_LABELS.get(moment, ""), count)
        for (province, name, route, moment), count in people.items()
        if count >= PUBLIC_MINIMUM
    ]
    return shown(asked), shown(unanswered)


def map_points(facts) -> list[dict]:
    """One point per municipality with demand, at its centre, named with what it adds up to."""
    by_municipality: dict[str, Cell] = defaultdict(Cell)
    for (_, municipality, *_), cell in facts:
        if municipality:
            by_municipality[municipality].add(cell)
    centres = {
        name: (latitude, longitude)
        for name, latitude, longitude in Municipality.objects.filter(
            name_nl__in=by_municipality
        ).values_list("name_nl", "latitude", "longitude")
    }
    points = []
    for name, cell in sorted(by_municipality.items()):
        if name not in centres:
            continue
        searches = cell.empty + cell.thin
        people = f"{cell.people} {'persoon' if cell.people == 1 else 'mensen'}"
        label = (
            f"{name}: {people} gevraagd, {searches} zoekopdracht{'' if searches == 1 else 'en'}"
            " zonder (of met weinig) antwoord"
        )
        points.append({"lat": centres[name][0], "lon": centres[name][1], "name": label})
    return points
