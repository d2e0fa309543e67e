"""/opleidingen/export.csv and export.json: the same search as data, for spreadsheets and tools."""

from django.http import HttpResponse, JsonResponse

from portal.spreadsheets import csv_download
from trajectories.filters import OfferingFilter
from trajectories.models import Offering

COLUMNS = [
    "aanbieder",
    "soort",
    "vestiging",
    "adres",
    "gemeente",
    "provincie",
    "afstand_km",
    "opleiding",
    "traject",
    "kwalificaties",
    "lesmomenten",
    "duaal",
    "schooljaar",
    "start",
    "startmomenten",
    "einde",
    "duur",
    "inschrijven",
    "inschrijven_vanaf",
    "taal",
    "website",
    "e_mail",
    "telefoon",
    "nagekeken",
    "bron",
    "gecontroleerd_op",
    "pagina",
]


def offering_rows(offerings, request) -> list[dict]:
    """One flat dict per offering of the search, in the order of the search."""
    rows = []
    for offering in offerings:
        location = offering.location
        provider = location.provider
        municipality = location.municipality
        distance = getattr(offering, "distance_km", None)
        rows.append(
            {
                "aanbieder": provider.name,
                "soort": provider.get_kind_display(),
                "vestiging": location.name,
                "adres": location.address,
                "gemeente": municipality.name_nl if municipality else location.place_note,
                "provincie": municipality.province.name if municipality else "",
                "afstand_km": round(distance, 1) if distance is not None else None,
                "opleiding": offering.title,
                "traject": offering.route.name,
                "kwalificaties": ", ".join(q.name for q in offering.qualifications.all()),
                "lesmomenten": ", ".join(offering.moments),
                "duaal": "ja" if offering.is_dual else "nee",
                "schooljaar": offering.school_year,
                # The first start date as a date a sheet can sort on, the start moments in the
                # provider's words beside it: a free-text note never hides the date.
                "start": offering.starts_on.isoformat() if offering.starts_on else "",
                "startmomenten": offering.start_note,
                "einde": offering.ends_on.isoformat() if offering.ends_on else "",
                "duur": offering.duration,
                # The status as a value (onbekend, open, volzet, gestopt) and from when one
                # can enrol, rather than the page's sentence, so a sheet can sort on them.
                "inschrijven": offering.enrolment,
                "inschrijven_vanaf": (
                    offering.enrolment_opens_on.isoformat() if offering.enrolment_opens_on else ""
                ),
                "taal": offering.language,
                "website": provider.website,
                "e_mail": provider.email,
                "telefoon": provider.phone,
                "nagekeken": "ja" if provider.is_verified else "nee",
                "bron": offering.source_url,
                "gecontroleerd_op": offering.checked_on.isoformat(),
                "pagina": request.build_absolute_uri(provider.get_absolute_url()),
            }
        )
    return rows


def _search(request):
    """The search and its offerings; building the queryset also looks the place up."""
    filterset = OfferingFilter(
        request.GET, queryset=Offering.objects.published().current().for_listing()
    )
    return filterset, filterset.qs


def place_not_found(filterset, *, as_json: bool) -> HttpResponse | None:
    """The 400 answer of an export whose place cannot be found (with suggestions), or None.
    For every search with the school search's place (`plaats`), the places' search too."""
    if filterset.place is None or filterset.has_place:
        return None
    suggestions = filterset.place.suggestions
    message = f"We vinden de plaats '{filterset.place.query[:80]}' niet."
    if suggestions:
        message += f" Bedoelde je: {', '.join(s.label for s in suggestions)}?"
    if as_json:
        return JsonResponse(
            {"fout": message, "suggesties": [s.value for s in suggestions]}, status=400
        )
    return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")


def offering_export_csv(request):
    """The search as CSV that opens correctly in Excel in Belgium (`portal.spreadsheets`)."""
    filterset, offerings = _search(request)
    if problem := place_not_found(filterset, as_json=False):
        return problem
    rows = offering_rows(offerings, request)
    return csv_download(rows, fieldnames=COLUMNS, filename="opleidingen.csv")


def offering_export_json(request):
    filterset, offerings = _search(request)
    if problem := place_not_found(filterset, as_json=True):
        return problem
    rows = offering_rows(offerings, request)
    errors = {name: [str(e) for e in errs] for name, errs in filterset.form.errors.items()}
    return JsonResponse(
        {
            "zoekopdracht": {
                key: request.GET.getlist(key) for key in request.GET if key != "pagina"
            },
            "plaats": filterset.place.label if filterset.has_place else None,
            "straal_km": filterset.radius_km if filterset.has_place else None,
            "genegeerd": errors,
            "aantal": len(rows),
            "resultaten": rows,
        },
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
