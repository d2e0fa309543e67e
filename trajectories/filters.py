"""The search of /opleidingen/: one FilterSet whose public parameter names are Dutch and stable."""

import django_filters
from django import forms
from django.db.models import Exists, F, OuterRef, Q

from portal.models import Province
from portal.services import PlaceResolution, place_resolve
from qualifications.models import ProfessionalQualification
from trajectories.models import Offering, Route

RADIUS_CHOICES = [(str(km), f"{km} km") for km in (5, 10, 20, 30, 50)]
DEFAULT_RADIUS_KM = 20
SORT_CHOICES = [("afstand", "Afstand"), ("naam", "Naam"), ("start", "Startdatum")]


class OfferingFilterForm(forms.Form):
    """Bounds on free text, so a pasted novel gets a message instead of a query."""

    def clean_plaats(self):
        return " ".join(self.cleaned_data["plaats"].split())


class OfferingFilter(django_filters.FilterSet):
    """Filters offerings the way DESIGN.md promises: place and radius, province, qualification,
    route, moment, dual, free text, sort order. Invalid values are reported on the form and
    ignored, so the rest of the search still answers.
    """

    plaats = django_filters.CharFilter(
        label="Plaats",
        method="filter_place",
        max_length=80,
        help_text="Postcode of gemeente, bv. 9000 of Gent",
    )
    straal = django_filters.ChoiceFilter(
        label="Afstand",
        choices=RADIUS_CHOICES,
        method="filter_nothing",
        empty_label=None,
        error_messages={
            "invalid_choice": "Kies een afstand van 5, 10, 20, 30 of 50 km.",
        },
    )
    provincie = django_filters.ModelChoiceFilter(
        label="Provincie",
        field_name="location__municipality__province",
        to_field_name="slug",
        queryset=Province.objects.all(),
        empty_label="Heel Vlaanderen en Brussel",
        error_messages={"invalid_choice": "Deze provincie kennen we niet."},
    )
    kwalificatie = django_filters.ModelMultipleChoiceFilter(
        label="Kwalificatie",
        to_field_name="slug",
        queryset=ProfessionalQualification.objects.published().core(),
        widget=forms.CheckboxSelectMultiple,
        method="filter_qualifications",
        error_messages={"invalid_choice": "Deze kwalificatie kennen we niet: %(value)s."},
    )
    traject = django_filters.ModelMultipleChoiceFilter(
        label="Traject",
        field_name="route__slug",
        to_field_name="slug",
        queryset=Route.objects.published(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Dit traject kennen we niet: %(value)s."},
    )
    lesmoment = django_filters.MultipleChoiceFilter(
        label="Lesmoment",
        choices=Offering.Moment.choices,
        method="filter_moments",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Dit lesmoment kennen we niet: %(value)s."},
    )
    duaal = django_filters.MultipleChoiceFilter(
        label="Duaal",
        choices=[("ja", "Alleen duaal: leren op de werkplek, met een vergoeding")],
        method="filter_dual",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Voor 'duaal' kan je alleen 'ja' kiezen."},
    )
    q = django_filters.CharFilter(
        label="Zoekterm",
        method="filter_text",
        max_length=100,
        help_text="Naam van de school of opleiding",
    )
    sorteer = django_filters.ChoiceFilter(
        label="Sorteer op",
        choices=SORT_CHOICES,
        method="filter_nothing",
        empty_label=None,
        error_messages={"invalid_choice": "Sorteren kan op afstand, naam of startdatum."},
    )

    class Meta:
        model = Offering
        fields = []
        form = OfferingFilterForm

    place: PlaceResolution | None = None

    def __init__(self, data=None, *args, place: PlaceResolution | None = None, **kwargs):
        # A resolution of the same text can be handed in, so that a variant of this search
        # (a wider radius, one filter less) does not look the place up again.
        self._known_place = place
        super().__init__(data, *args, **kwargs)
        for name in ("plaats", "q"):
            self.form.fields[name].error_messages["max_length"] = (
                "Dit is te lang: gebruik hoogstens %(limit_value)d tekens."
            )

    # Filters whose work happens elsewhere (radius in filter_place, order in filter_queryset).
    def filter_nothing(self, queryset, name, value):
        return queryset

    def filter_place(self, queryset, name, value):
        known = self._known_place
        self.place = known if known and known.query == value else place_resolve(query=value)
        if not self.place.is_resolved:
            return queryset.none()
        return queryset.near(self.place.point, self.radius_km)

    def filter_qualifications(self, queryset, name, value):
        if not value:  # nothing chosen (an empty list, or `.none()` which costs no query)
            return queryset
        # EXISTS rather than a join: an offering toward two qualifications stays one row, so
        # neither the page nor its count needs DISTINCT over every column.
        links = Offering.qualifications.through.objects.filter(
            offering_id=OuterRef("pk"), professionalqualification__in=value
        )
        return queryset.filter(Exists(links))

    def filter_moments(self, queryset, name, value):
        condition = Q()
        for moment in value:
            condition |= Q(**{Offering.MOMENT_FIELDS[moment]: True})
        return queryset.filter(condition)

    def filter_dual(self, queryset, name, value):
        return queryset.filter(is_dual=True)

    def filter_text(self, queryset, name, value):
        condition = Q()
        for word in value.split()[:8]:
            condition &= (
                Q(title__icontains=word)
                | Q(location__provider__name__icontains=word)
                | Q(location__name__icontains=word)
                | Q(location__municipality__name_nl__icontains=word)
                | Q(location__place_note__icontains=word)
            )
        return queryset.filter(condition)

    @property
    def radius_km(self) -> int:
        return int(self._cleaned("straal") or DEFAULT_RADIUS_KM)

    @property
    def has_place(self) -> bool:
        return self.place is not None and self.place.is_resolved

    @property
    def sort(self) -> str:
        """The order in force: what was asked if it can be done, else distance or name."""
        asked = self._cleaned("sorteer")
        if asked == "afstand" and not self.has_place:
            return "naam"
        return asked or ("afstand" if self.has_place else "naam")

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        order = {
            "afstand": ["distance_km", "location__provider__name", "pk"],
            "naam": ["location__provider__name", "title", "pk"],
            "start": [F("starts_on").asc(nulls_last=True), "location__provider__name", "pk"],
        }[self.sort]
        return queryset.order_by(*order)

    def _cleaned(self, name):
        if not self.is_bound or not hasattr(self.form, "cleaned_data"):
            return None
        return self.form.cleaned_data.get(name)
