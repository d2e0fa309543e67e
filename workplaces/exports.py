"""/werkplekken/export.csv and export.json: the same search as data, as the school search does
(trajectories.views.exports): Excel-ready CSV without formulas, exact JSON, a place not found
is 400."""

from django.http import JsonResponse

from portal.spreadsheets import csv_download
from trajectories.views.exports import place_not_found
from workplaces.filters import WorkplaceFilter
from workplaces.models import PlaceOffer

COLUMNS = [
    "werkgever",
    "vestiging",
    "gemeente",
    "provincie",
    "afstand_km",
    "traject",
    "opvang",
    "plaatsen",
    "schooljaar",
    "vanaf",
    "tot_en_met",
    "vroege_diensten",
    "late_diensten",
    "talen_in_het_team",
    "mentor_verklaard_op",
    "erkenning",
    "erkend_tot",
    "pagina",
]


def offer_rows(offers, request) -> list[dict]:
    """One flat dict per offer of the search, in the order of the search (never an address:
    the employer's contact goes through the page's contact form)."""
    rows = []
    for offer in offers:
        site = offer.site
        distance = getattr(offer, "distance_km", None)
        rows.append(
            {
                "werkgever": site.employer.name,
                "vestiging": site.name,
                "gemeente": site.municipality.name_nl,
                "provincie": site.municipality.province.name,
                "afstand_km": round(distance, 1) if distance is not None else None,
                "traject": offer.route.name,
                "opvang": offer.get_care_display(),
                "plaatsen": offer.places,
                "schooljaar": offer.school_year,
                "vanaf": offer.starts_on.isoformat() if offer.starts_on else "",
                "tot_en_met": offer.ends_on.isoformat() if offer.ends_on else "",
                "vroege_diensten": "ja" if offer.early_shifts else "nee",
                "late_diensten": "ja" if offer.late_shifts else "nee",
                "talen_in_het_team": offer.team_languages,
                "mentor_verklaard_op": (
                    offer.mentor_declared_on.isoformat() if offer.mentor_declared_on else ""
                ),
                "erkenning": offer.recognition,
                "erkend_tot": offer.recognised_until.isoformat() if offer.recognised_until else "",
                "pagina": request.build_absolute_uri(site.employer.get_absolute_url()),
            }
        )
    return rows


def _search(request):
    filterset = WorkplaceFilter(request.GET, queryset=PlaceOffer.objects.visible().for_page())
    return filterset, filterset.qs


def workplace_export_csv(request):
    filterset, offers = _search(request)
    if problem := place_not_found(filterset, as_json=False):
        return problem
    return csv_download(offer_rows(offers, request), fieldnames=COLUMNS, filename="werkplekken.csv")


def workplace_export_json(request):
    filterset, offers = _search(request)
    if problem := place_not_found(filterset, as_json=True):
        return problem
    rows = offer_rows(offers, request)
    errors = {name: [str(e) for e in errs] for name, errs in filterset.form.errors.items()}
    return JsonResponse(
        {
            "zoekopdracht": {
                key: request.GET.getlist(key)[:10]
                for key in list(request.GET)[:20]
                if key != "pagina"
            },
            "plaats": filterset.place.label if filterset.has_place else None,
            "straal_km": filterset.radius_km if filterset.has_place else None,
            "genegeerd": errors,
            "aantal": len(rows),
            "resultaten": rows,
        },
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
