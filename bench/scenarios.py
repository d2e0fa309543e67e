"""What the benchmark asks: the scenarios (a kind of page, cold or repeated) and their URLs, from
the database that bench/fill.py filled."""

import random
from dataclasses import dataclass
from urllib.parse import urlencode

CONTENT_PAGES = [
    "/",
    "/kwalificaties/",
    "/kwalificaties/kinderbegeleider-babys-en-peuters/",
    "/trajecten/",
    "/tijdlijn/",
    "/onderwijsmatrix/",
    "/contracten/",
    "/duaal-leren/",
    "/ondersteuning/",
    "/premies/",
]

QUALIFICATION = "kinderbegeleider-babys-en-peuters"
QUALIFICATIONS = [QUALIFICATION, "kinderbegeleider-schoolgaande-kinderen"]
PROVIDER_SLUG = "benchmarkschool-12"
SEED = 20261128


@dataclass
class Scenario:
    key: str
    label: str
    kind: str  # "baseline", "search", "detail", "content" or "answer" (planner, estimate)
    mode: str  # "baseline", "repeated" (one URL) or "cold" (a different URL per request)
    paths: list[str]
    bases: int = 1  # cold: distinct queries before the list goes on with another page or order

    @property
    def example(self) -> str:
        return self.paths[0]


# -- Scenarios ------------------------------------------------------------------------------

# Cold lists go through every base query (a place, a province and filters, a search term) once
# with the first variant, then again with the next: a different URL every request, and a query
# for the same place again only after all the others. /opleidingen/ accepts only its own radii,
# so variants change the page and the order, never the radius (another page than the last shows
# the last, with status 200).
VARIANTS = [{}, {"sorteer": "naam"}, {"pagina": "2"}, {"sorteer": "start"}, {"pagina": "3"}]


def search(params: dict) -> str:
    return "/opleidingen/?" + urlencode(params)


def shuffled(items: list) -> list:
    items = list(items)
    random.Random(SEED).shuffle(items)
    return items


def resolved_places(candidates: list[str]) -> list[str]:
    """The candidates the app resolves to a point, one per distinct point, in a seeded order."""
    from portal.services import place_resolve

    by_point: dict[tuple[float, float], str] = {}
    for candidate in candidates:
        resolution = place_resolve(query=candidate)
        if resolution.is_resolved:
            point = (round(resolution.point.latitude, 5), round(resolution.point.longitude, 5))
            by_point.setdefault(point, candidate)
    return shuffled(sorted(by_point.values()))


def cold_paths(bases: list[dict]) -> list[str]:
    return [search(base | variant) for variant in VARIANTS for base in bases]


def build_scenarios() -> list[Scenario]:
    from portal.models import FormerMunicipality, Municipality, PostalLocality, Province
    from trajectories.models import Provider, Route

    names = sorted(
        set(Municipality.objects.values_list("name_nl", flat=True))
        | set(PostalLocality.objects.values_list("name", flat=True))
        | set(FormerMunicipality.objects.values_list("name", flat=True))
    )
    # A postcode alone, or with a locality's name ("9050 Gentbrugge") for a point of its own.
    localities = PostalLocality.objects.values_list("postcode", "name")
    postcodes = sorted({code for code, _ in localities} | {f"{c} {n}" for c, n in localities})
    name_places = resolved_places(names)
    postcode_places = resolved_places(postcodes)

    provinces = list(Province.objects.order_by("slug").values_list("slug", flat=True))
    routes = list(Route.objects.published().order_by("slug").values_list("slug", flat=True))
    province_bases = []
    for route in ["", *routes]:
        for qualification in ["", *QUALIFICATIONS]:
            for extra in [{}, {"duaal": "ja"}, {"lesmoment": "dag"}, {"lesmoment": "avond"}]:
                for province in provinces:
                    base = {"provincie": province}
                    if qualification:
                        base["kwalificatie"] = qualification
                    if route:
                        base["traject"] = route
                    province_bases.append(base | extra)

    slugs = Provider.objects.filter(slug__startswith="benchmarkschool-").values_list(
        "slug", flat=True
    )
    detail_paths = [f"/aanbieders/{slug}/" for slug in shuffled(sorted(slugs))]

    searches = [
        (
            "search-gent-20",
            "search: place name, 20 km",
            {"plaats": "Gent", "straal": "20"},
            [{"plaats": place, "straal": "20"} for place in name_places],
        ),
        (
            "search-9000-50",
            "search: postcode, 50 km",
            {"plaats": "9000", "straal": "50"},
            [{"plaats": place, "straal": "50"} for place in postcode_places],
        ),
        (
            "search-aalst-20-qualification",
            "search: place, 20 km, qualification",
            {"plaats": "Aalst", "straal": "20", "kwalificatie": QUALIFICATION},
            [
                {"plaats": place, "straal": "20", "kwalificatie": QUALIFICATION}
                for place in name_places
            ],
        ),
        (
            "search-province",
            "search: province",
            {"provincie": "limburg"},
            shuffled(province_bases),
        ),
        (
            # Nothing found: counted by the demand app, also when served from the page cache
            # (demand.counting); compare with the searches that find something.
            "search-unanswered",
            "search: place, 5 km, nothing found (counted)",
            {"plaats": "Gent", "straal": "5", "q": "onvindbaar"},
            [{"plaats": place, "straal": "5", "q": "onvindbaar"} for place in name_places],
        ),
        (
            "search-text",
            "search: free text",
            {"q": "benchmarkschool 12"},
            [{"q": f"benchmarkschool {n}"} for n in shuffled(range(10, 2000))],
        ),
    ]
    scenarios = [
        Scenario("healthz-start", "/healthz (baseline)", "baseline", "baseline", ["/healthz"])
    ]
    for key, label, repeated, bases in searches:
        scenarios.append(
            Scenario(
                f"{key}-repeated", f"{label}, repeated", "search", "repeated", [search(repeated)]
            )
        )
        scenarios.append(
            Scenario(
                f"{key}-cold", f"{label}, cold", "search", "cold", cold_paths(bases), len(bases)
            )
        )
    # The places' search (/werkplekken/) with the school search's own parameters, against the
    # place-name searches above.
    workplace_variants = [{}, {"sorteer": "naam"}, {"pagina": "2"}, {"sorteer": "plaatsen"}]
    workplace_bases = [{"plaats": place, "straal": "20"} for place in name_places]
    scenarios += [
        Scenario(
            "workplaces-gent-20-repeated",
            "places search: place name, 20 km, repeated",
            "search",
            "repeated",
            ["/werkplekken/?" + urlencode({"plaats": "Gent", "straal": "20"})],
        ),
        Scenario(
            "workplaces-gent-20-cold",
            "places search: place name, 20 km, cold",
            "search",
            "cold",
            [
                "/werkplekken/?" + urlencode(base | variant)
                for variant in workplace_variants
                for base in workplace_bases
            ],
            len(workplace_bases),
        ),
    ]
    scenarios.append(
        Scenario(
            "provider-repeated",
            "provider page, repeated",
            "detail",
            "repeated",
            [f"/aanbieders/{PROVIDER_SLUG}/"],
        )
    )
    if detail_paths:
        scenarios.append(
            Scenario(
                "provider-cold",
                "provider page, cold",
                "detail",
                "cold",
                detail_paths,
                len(detail_paths),
            )
        )
    scenarios.append(
        Scenario(
            "content-repeated",
            f"content pages ({len(CONTENT_PAGES)}), repeated",
            "content",
            "repeated",
            CONTENT_PAGES,
        )
    )
    planner = planner_paths(name_places)
    scenarios.append(
        Scenario("planner-cold", "route planner, cold", "answer", "cold", planner, len(planner))
    )
    estimates = estimate_paths(routes)
    scenarios.append(
        Scenario(
            "estimate-cold", "premium estimate, cold", "answer", "cold", estimates, len(estimates)
        )
    )
    scenarios.append(
        Scenario("healthz-end", "/healthz (baseline, again)", "baseline", "baseline", ["/healthz"])
    )
    return scenarios


def planner_paths(places: list[str]) -> list[str]:
    """A different candidate every request: age, situation, diploma, moments and a place."""
    from trajectories.services.route_planner import DIPLOMAS, SITUATIONS

    moments = [["dag"], ["avond"], ["avond", "weekend"], []]
    candidates = [
        {"leeftijd": str(age), "situatie": situation, "diploma": diploma}
        | ({"lesmoment": chosen} if chosen else {})
        | {"plaats": places[(age * 7 + index) % len(places)]}
        for age in range(16, 66)
        for situation in SITUATIONS
        for index, diploma in enumerate(DIPLOMAS)
        for chosen in moments
    ]
    return ["/routeplanner/?" + urlencode(c, doseq=True) for c in shuffled(candidates)]


def estimate_paths(routes: list[str]) -> list[str]:
    """A different employer every request: who, what care, which route, how many, how long."""
    from incentives.rules import CARE_TYPES, EMPLOYER_TYPES

    employers = [
        {
            "werkgever": employer,
            "opvang": care,
            "traject": route,
            "lerenden": str(learners),
            "maanden": str(months),
            "vergoeding": paid,
        }
        for employer in EMPLOYER_TYPES
        for care in CARE_TYPES
        for route in routes
        for learners in (1, 2, 3, 5)
        for months in range(1, 13)
        for paid in ("ja", "nee")
    ]
    return ["/premies/?" + urlencode(e) for e in shuffled(employers)]
