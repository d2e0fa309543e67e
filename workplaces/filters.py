"""The search of /werkplekken/: the school search's contract (trajectories.filters) for places.

The same parameters where they mean the same (`plaats`, `straal`, `provincie`, `traject`,
`sorteer`, `pagina`), the same place resolution, radius choices, default radius and messages;
`opvang` and `schooljaar` are the places' own. Invalid values are said on the form and ignored.
"""

import django_filters
from django import forms
from django.utils import timezone

from incentives.rules import CARE_TYPES
from portal.dates import next_school_year, school_year_of
from portal.services import PlaceResolution, place_resolve
from trajectories.choices import published_choices
from trajectories.filters import (
    DEFAULT_RADIUS_KM,
    RADIUS_CHOICES,
    SORT_DEFAULT_LABELS,
    InForceSelect,
    OfferingFilterForm,
    SortFilter,
)
from workplaces.models import WORKPLACE_ROUTES, PlaceOffer

SORT_CHOICES = [("afstand", "Afstand"), ("naam", "Naam"), ("plaatsen", "Meeste plaatsen")]
TOO_LONG = "Dit is te lang: gebruik hoogstens %(limit_value)d tekens."


def school_years(today=None) -> list[str]:
    """This school year and the next: the years one can offer or look for places in."""
    this_year = school_year_of(today or timezone.localdate())
    return [this_year, next_school_year(this_year)]


class WorkplaceFilterForm(OfferingFilterForm):
    """The school search's cleaning of place, province and route (slugs become `Choice`s)."""


class WorkplaceFilter(django_filters.FilterSet):
    plaats = django_filters.CharFilter(
        label="Plaats",
        method="filter_place",
        max_length=80,
        help_text="Postcode of gemeente, bv. 3600 of Genk",
    )
    straal = django_filters.ChoiceFilter(
        label="Afstand",
        choices=RADIUS_CHOICES,
        method="filter_applied_elsewhere",
        empty_label=None,
        widget=InForceSelect,
        error_messages={"invalid_choice": "Kies een afstand van 5, 10, 20, 30 of 50 km."},
    )
    traject = django_filters.MultipleChoiceFilter(
        label="Voor welk traject",
        method="filter_routes",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Dit traject kennen we niet: %(value)s."},
    )
    opvang = django_filters.MultipleChoiceFilter(
        label="Soort opvang",
        field_name="care",
        choices=list(CARE_TYPES.items()),
        distinct=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Deze soort opvang kennen we niet: %(value)s."},
    )
    schooljaar = django_filters.ChoiceFilter(
        label="Schooljaar",
        field_name="school_year",
        empty_label="Dit en volgend schooljaar",
        error_messages={
            "invalid_choice": "Kies dit of volgend schooljaar, bv. %(value)s kan niet."
        },
    )
    provincie = django_filters.ChoiceFilter(
        label="Provincie",
        method="filter_province",
        empty_label="Heel Vlaanderen en Brussel",
        error_messages={"invalid_choice": "Deze provincie kennen we niet."},
    )
    sorteer = SortFilter(
        label="Sorteer op",
        choices=[("", SORT_DEFAULT_LABELS[True]), *SORT_CHOICES[1:]],
        method="filter_applied_elsewhere",
        empty_label=None,
        widget=InForceSelect,
        error_messages={"invalid_choice": "Sorteren kan op afstand, naam of aantal plaatsen."},
    )

    class Meta:
        model = PlaceOffer
        fields = []
        form = WorkplaceFilterForm

    place: PlaceResolution | None = None

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        options = published_choices()
        routes = {slug: r for slug, r in options.routes.items() if slug in WORKPLACE_ROUTES}
        self.filters["provincie"].extra["choices"] = [
            (slug, str(p)) for slug, p in options.provinces.items()
        ]
        self.filters["traject"].extra["choices"] = [(slug, str(r)) for slug, r in routes.items()]
        self.filters["schooljaar"].extra["choices"] = [(y, y) for y in school_years()]
        self.form.options = options
        for name in ("plaats",):
            self.form.fields[name].error_messages["max_length"] = TOO_LONG
        self._show_values_in_force()

    def filter_applied_elsewhere(self, queryset, name, value):
        return queryset

    def filter_routes(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(route_id__in=[route.pk for route in value])

    def filter_province(self, queryset, name, value):
        return queryset.filter(site__municipality__province_id=value.pk)

    def filter_place(self, queryset, name, value):
        self.place = place_resolve(query=value)
        if not self.place.is_resolved:
            return queryset.none()
        return queryset.near(self.place.point, self.radius_km)

    @property
    def radius_km(self) -> int:
        return int(self._cleaned("straal") or DEFAULT_RADIUS_KM)

    @property
    def has_place(self) -> bool:
        return self.place is not None and self.place.is_resolved

    @property
    def sort(self) -> str:
        asked = self._cleaned("sorteer")
        if asked == "afstand" and not self.has_place:
            return "naam"
        return asked or ("afstand" if self.has_place else "naam")

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if self.place is not None and not self.place.is_resolved:
            self.form.add_error("plaats", self.place.problem)
        order = {
            "afstand": ["distance_km", "site__employer__name", "pk"],
            "naam": ["site__employer__name", "site__name", "pk"],
            "plaatsen": ["-places", "site__employer__name", "pk"],
        }[self.sort]
        self._show_values_in_force()
        return queryset.order_by(*order)

    def _show_values_in_force(self) -> None:
        fields = self.form.fields
        fields["straal"].widget.value_in_force = str(self.radius_km)
        asked = self._cleaned("sorteer")
        fields["sorteer"].widget.value_in_force = "" if asked in (None, "", "afstand") else asked
        fields["sorteer"].choices = [("", SORT_DEFAULT_LABELS[self.has_place]), *SORT_CHOICES[1:]]

    def _cleaned(self, name):
        if not self.is_bound or not hasattr(self.form, "cleaned_data"):
            return None
        return self.form.cleaned_data.get(name)
