"""Fill a PostgreSQL database with 100x today's data for the benchmark (`make bench`).

Runs `migrate`, loads the real geography and content, then adds 2,000 published providers
("Benchmarkschool N", one location each, placed at a real postal locality with up to ~1 km of
jitter) and 20,000 published offerings (10 per provider) over the six real routes and the two
core kinderbegeleider qualifications. Seeded, so every run builds the same rows; a second run
replaces the benchmark rows instead of adding more.

Usage (DATABASE_URL must name a PostgreSQL database; `make bench` sets it up):
    .venv/bin/python bench/fill.py
"""

import math
import os
import random
import sys
import time
from datetime import date
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
os.environ.setdefault("DJANGO_DEBUG", "false")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-secret-key-not-for-production")

PROVIDERS = 2_000
OFFERINGS_PER_PROVIDER = 10
BATCH = 2_000
SEED = 20261128
JITTER_KM = 1.0
NAME_PREFIX = "Benchmarkschool"
SLUG_PREFIX = "benchmarkschool-"
SOURCE_URL = "https://example.invalid/benchmark"
EMPLOYERS = 600
OFFERS_PER_SITE = 2
EMPLOYER_SLUG_PREFIX = "benchmarkopvang-"
SCHOOL_YEAR = "2026-2027"

QUALIFICATIONS = ["kinderbegeleider-babys-en-peuters", "kinderbegeleider-schoolgaande-kinderen"]
# Which routes a kind of provider teaches, and how common each kind is.
KINDS = {
    "school": (0.45, ["secundair-onderwijs", "duaal-leren-secundair"]),
    "cvo": (0.25, ["volwassenenonderwijs", "duaal-leren-volwassenenonderwijs"]),
    "syntra": (0.15, ["syntra"]),
    "evc": (0.15, ["evc"]),
}
TITLES = {
    "secundair-onderwijs": ["7de jaar Kinderbegeleider", "Opvoeding en begeleiding"],
    "duaal-leren-secundair": ["7de jaar Kinderbegeleider (duaal)", "Kinderbegeleider duaal"],
    "volwassenenonderwijs": ["Kinderbegeleider baby's en peuters", "Kinderbegeleider BKO"],
    "duaal-leren-volwassenenonderwijs": ["Kinderbegeleider (duaal)", "Kinderbegeleider werkplek"],
    "syntra": ["Kinderbegeleider (Syntra)", "Begeleider kinderopvang"],
    "evc": ["EVC-traject kinderbegeleider", "Ervaringsbewijs kinderbegeleider"],
}
START_DATES = [date(2026, 9, 1), date(2026, 9, 14), date(2026, 10, 5), date(2027, 2, 1)]


def require_postgresql() -> None:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit(
            "bench/fill.py adds 2,000 fake providers: it only runs against a PostgreSQL "
            "DATABASE_URL (use `make bench`, which starts a throwaway one)."
        )


def jitter(rng: random.Random, latitude: float, longitude: float) -> tuple[float, float]:
    """A point up to JITTER_KM from (latitude, longitude), uniform over the disc."""
    distance = JITTER_KM * math.sqrt(rng.random())
    bearing = rng.uniform(0, 2 * math.pi)
    dlat = distance * math.cos(bearing) / 111.195
    dlon = distance * math.sin(bearing) / (111.195 * math.cos(math.radians(latitude)))
    return round(latitude + dlat, 6), round(longitude + dlon, 6)


def moments(rng: random.Random) -> dict[str, bool]:
    """A mix of lesson moments; every offering has at least one."""
    while True:
        flags = {
            "is_daytime": rng.random() < 0.6,
            "is_evening": rng.random() < 0.35,
            "is_weekend": rng.random() < 0.15,
            "is_distance": rng.random() < 0.1,
        }
        if any(flags.values()):
            return flags


def fill() -> dict[str, int]:
    from django.core.management import call_command
    from django.db import connection, transaction

    from portal.models import PostalLocality
    from portal.services import content_load, geography_load
    from qualifications.models import ProfessionalQualification
    from trajectories.models import Location, Offering, Provider, Route

    call_command("migrate", "--noinput", verbosity=0)
    geography_load()
    content_load()

    rng = random.Random(SEED)
    routes = {route.slug: route for route in Route.objects.all()}
    qualifications = {q.slug: q for q in ProfessionalQualification.objects.all()}
    missing = [slug for _, slugs in KINDS.values() for slug in slugs if slug not in routes]
    missing += [slug for slug in QUALIFICATIONS if slug not in qualifications]
    if missing:
        sys.exit(f"bench/fill.py: the content lacks {', '.join(missing)}; run content_load first.")
    localities = list(PostalLocality.objects.order_by("postcode", "name", "pk"))
    kinds = list(KINDS)
    kind_weights = [KINDS[kind][0] for kind in kinds]
    today = date.today()
    published = Provider.Status.PUBLISHED

    with transaction.atomic():
        # A second run replaces the benchmark rows (cascades to locations and offerings).
        Provider.objects.filter(slug__startswith=SLUG_PREFIX).delete()

        providers, places = [], []
        for number in range(1, PROVIDERS + 1):
            kind = rng.choices(kinds, kind_weights)[0]
            providers.append(
                Provider(
                    slug=f"{SLUG_PREFIX}{number}",
                    name=f"{NAME_PREFIX} {number}",
                    kind=kind,
                    website=f"https://benchmarkschool-{number}.example.invalid/",
                    email=f"info@benchmarkschool-{number}.example.invalid",
                    status=published,
                    source_url=SOURCE_URL,
                    source_name="Benchmark",
                    checked_on=today,
                )
            )
            places.append(rng.choice(localities))
        Provider.objects.bulk_create(providers, batch_size=BATCH)

        locations = []
        for provider, place in zip(providers, places, strict=True):
            latitude, longitude = jitter(rng, place.latitude, place.longitude)
            locations.append(
                Location(
                    provider=provider,
                    street="Benchmarkstraat",
                    house_number=str(rng.randint(1, 250)),
                    postcode=place.postcode,
                    municipality_id=place.municipality_id,
                    latitude=latitude,
                    longitude=longitude,
                )
            )
        Location.objects.bulk_create(locations, batch_size=BATCH)

        offerings, offering_qualifications = [], []
        for provider, location in zip(providers, locations, strict=True):
            route_slugs = KINDS[provider.kind][1]
            for index in range(1, OFFERINGS_PER_PROVIDER + 1):
                route = routes[rng.choice(route_slugs)]
                starts_on = rng.choice(START_DATES) if rng.random() < 0.6 else None
                offerings.append(
                    Offering(
                        slug=f"{provider.slug}-{index}",
                        location=location,
                        route=route,
                        title=f"{rng.choice(TITLES[route.slug])} {index}",
                        is_dual=route.is_dual or rng.random() < 0.1,
                        school_year=SCHOOL_YEAR,
                        starts_on=starts_on,
                        start_note="september en februari" if starts_on else "",
                        duration=f"{rng.choice([1, 2, 3])} schooljaar",
                        status=published,
                        source_url=SOURCE_URL,
                        source_name="Benchmark",
                        checked_on=today,
                        **moments(rng),
                    )
                )
                draw = rng.random()
                chosen = (
                    QUALIFICATIONS[:1]
                    if draw < 0.45
                    else QUALIFICATIONS[1:]
                    if draw < 0.8
                    else QUALIFICATIONS
                )
                offering_qualifications.append(chosen)
        Offering.objects.bulk_create(offerings, batch_size=BATCH)

        Through = Offering.qualifications.through
        links = [
            Through(offering_id=offering.pk, professionalqualification_id=qualifications[slug].pk)
            for offering, chosen in zip(offerings, offering_qualifications, strict=True)
            for slug in chosen
        ]
        Through.objects.bulk_create(links, batch_size=BATCH * 2)

    workplaces = fill_workplaces(rng, localities, routes, today)

    # Fresh statistics, as a production database would have them, so the planner is realistic.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {
        "providers": Provider.objects.count(),
        "locations": Location.objects.count(),
        "offerings": Offering.objects.count(),
        "offering_qualifications": len(links),
        **workplaces,
    }


def fill_workplaces(rng, localities, routes, today) -> dict[str, int]:
    """Employers with a site each and two place offers per site, spread as the schools are."""
    from django.db import transaction

    from workplaces.models import (
        WORKPLACE_ROUTES,
        Employer,
        PlaceOffer,
        Recognition,
        Site,
        Status,
    )

    with transaction.atomic():
        Employer.objects.filter(slug__startswith=EMPLOYER_SLUG_PREFIX).delete()
        employers, sites = [], []
        for number in range(1, EMPLOYERS + 1):
            digits = f"0{800000 + number:07d}"
            check = 97 - int(digits) % 97  # a KBO number's check digits
            employers.append(
                Employer(
                    slug=f"{EMPLOYER_SLUG_PREFIX}{number}",
                    name=f"Benchmarkopvang {number}",
                    kbo_number=f"{digits[:4]}.{digits[4:7]}.{digits[7:]}{check:02d}",
                    kind="privaat",
                    contact_email=f"opvang-{number}@benchmark.example.invalid",
                    status=Status.PUBLISHED,
                )
            )
        Employer.objects.bulk_create(employers, batch_size=BATCH)
        for employer in employers:
            place = rng.choice(localities)
            latitude, longitude = jitter(rng, place.latitude, place.longitude)
            sites.append(
                Site(
                    employer=employer,
                    name="Kinderdagverblijf",
                    street="Benchmarkstraat",
                    house_number=str(rng.randint(1, 250)),
                    postcode=place.postcode,
                    municipality_id=place.municipality_id,
                    latitude=latitude,
                    longitude=longitude,
                    has_baby_toddler=True,
                    has_out_of_school=rng.random() < 0.4,
                )
            )
        Site.objects.bulk_create(sites, batch_size=BATCH)
        offers = [
            PlaceOffer(
                site=site,
                route=routes[rng.choice(WORKPLACE_ROUTES)],
                care="baby-peuter",
                places=rng.randint(1, 4),
                school_year=SCHOOL_YEAR,
                recognition=Recognition.NOT_NEEDED,
            )
            for site in sites
            for _ in range(OFFERS_PER_SITE)
        ]
        for offer in offers:
            if offer.route.is_dual:
                offer.recognition = Recognition.RECOGNISED
                offer.recognised_until = date(2027, 8, 31)
        PlaceOffer.objects.bulk_create(offers, batch_size=BATCH)
    return {"employers": len(employers), "sites": len(sites), "place_offers": len(offers)}


def main() -> None:
    require_postgresql()
    import django

    django.setup()
    started = time.monotonic()
    counts = fill()
    summary = ", ".join(f"{value:,} {name}" for name, value in counts.items())
    print(f"bench/fill.py: {summary} in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
