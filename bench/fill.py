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

    # Fresh statistics, as a production database would have them, so the planner is realistic.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {
        "providers": Provider.objects.count(),
        "locations": Location.objects.count(),
        "offerings": Offering.objects.count(),
        "offering_qualifications": len(links),
    }


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
