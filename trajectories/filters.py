"""The search of /opleidingen/: one FilterSet whose public parameter names are Dutch and stable."""

import django_filters
from django import forms
from django.db.models import Exists, F, OuterRef
from django_filters.fields import ChoiceField

from portal.caching import cached_content
from portal.services import PlaceResolution, place_resolve
from trajectories.choices import PublishedChoices, published_choices
from trajectories.models import Offering
from trajectories.services.free_text import text_index

RADIUS_CHOICES = [(str(km), f"{km} km") for km in (5, 10, 20, 30, 50)]
DEFAULT_RADIUS_KM = 20
SORT_CHOICES = [("afstand", "Afstand"), ("naam", "Naam"), ("start", "Startdatum")]
# The sort select offers the default as an empty choice, so a person who never chose an order
# keeps "nearest first" once they add a place. `sorteer=afstand` in a link stays valid.
SORT_DEFAULT_LABELS = {True: "Afstand", False: "Naam (met een plaats: afstand)"}


class InForceSelect(forms.Select):
    """A select that shows the value the results use, not only what the URL said.

    Without this, a search with no `straal` (or an invalid one) searched 20 km while the select
    showed its first option, 5 km, and the next press on "Zoeken" silently narrowed the search.
    The FilterSet sets `value_in_force` once it knows what it applied.
    """

    value_in_force: str | None = None

    def format_value(self, value):
        if self.value_in_force is not None:
            return [self.value_in_force]
        return super().format_value(value)


class SortField(ChoiceField):
    """The sort choices, with `afstand` accepted though the select shows it as the default."""

    def valid_value(self, value):
        return value == "afstand" or super().valid_value(value)


class SortFilter(django_filters.ChoiceFilter):
    field_class = SortField


class OfferingFilterForm(forms.Form):
    """Bounds on free text, so a pasted novel gets a message instead of a query; the chosen
    slugs of province, qualification and route become the `Choice`s they name."""

    options: PublishedChoices

    def clean_plaats(self):
        return " ".join(self.cleaned_data["plaats"].split())

    def clean_provincie(self):
        slug = self.cleaned_data["provincie"]
        return self.options.provinces[slug] if slug else None

    def clean_kwalificatie(self):
        return [self.options.qualifications[slug] for slug in self.cleaned_data["kwalificatie"]]

    def clean_traject(self):
        return [self.options.routes[slug] for slug in self.cleaned_data["traject"]]


class OfferingFilter(django_filters.FilterSet):
    """Filters offerings the way DESIGN.md promises: place and radius, province, qualification,
    route, moment, dual, open for enrolment, free text, sort order. Invalid values are reported
    on the form and ignored, so the rest of the search still answers.
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
        method="filter_applied_elsewhere",
        empty_label=None,
        widget=InForceSelect,
        error_messages={
            "invalid_choice": "Kies een afstand van 5, 10, 20, 30 of 50 km.",
        },
    )
    # The choices of these three come from `published_choices()`, set in __init__.
    provincie = django_filters.ChoiceFilter(
        label="Provincie",
        method="filter_province",
        empty_label="Heel Vlaanderen en Brussel",
        error_messages={"invalid_choice": "Deze provincie kennen we niet."},
    )
    kwalificatie = django_filters.MultipleChoiceFilter(
        label="Kwalificatie",
        widget=forms.CheckboxSelectMultiple,
        method="filter_qualifications",
        error_messages={"invalid_choice": "Deze kwalificatie kennen we niet: %(value)s."},
    )
    traject = django_filters.MultipleChoiceFilter(
        label="Traject",
        method="filter_routes",
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
    inschrijving = django_filters.MultipleChoiceFilter(
        label="Inschrijven",
        choices=[("open", "Alleen waar je je nog kan inschrijven")],
        method="filter_enrolment",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Voor 'inschrijving' kan je alleen 'open' kiezen."},
    )
    q = django_filters.CharFilter(
        label="Zoekterm",
        method="filter_text",
        max_length=100,
        help_text="Naam van de school of opleiding",
    )
    sorteer = SortFilter(
        label="Sorteer op",
        choices=[("", SORT_DEFAULT_LABELS[True]), *SORT_CHOICES[1:]],
        method="filter_applied_elsewhere",
        empty_label=None,
        widget=InForceSelect,
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
        self.options = published_choices()
        for name, objects in [
            ("provincie", self.options.provinces),
            ("kwalificatie", self.options.qualifications),
            ("traject", self.options.routes),
        ]:
            self.filters[name].extra["choices"] = [(slug, str(o)) for slug, o in objects.items()]
        self.form.options = self.options
        for name in ("plaats", "q"):
            self.form.fields[name].error_messages["max_length"] = (
                "Dit is te lang: gebruik hoogstens %(limit_value)d tekens."
            )
        self._show_values_in_force()  # the defaults, until filtering knows better

    def get_form_class(self):
        """The form class, built once per content version (its choices are content), not per
        search: each form still gets its own copy of the fields."""
        return cached_content(super().get_form_class, "search-form-class", process_only=True)

    # Filters whose work happens elsewhere (radius in filter_place, order in filter_queryset).
    def filter_applied_elsewhere(self, queryset, name, value):
        return queryset

    def filter_place(self, queryset, name, value):
        known = self._known_place
        self.place = known if known and known.query == value else place_resolve(query=value)
        if not self.place.is_resolved:
            return queryset.none()
        return queryset.near(self.place.point, self.radius_km)

    def filter_province(self, queryset, name, value):
        return queryset.filter(location__municipality__province_id=value.pk)

    def filter_routes(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(route_id__in=[route.pk for route in value])

    def filter_qualifications(self, queryset, name, value):
        if not value:  # nothing chosen (an empty list, or `.none()` which costs no query)
            return queryset
        # EXISTS rather than a join: an offering toward two qualifications stays one row, so
        # neither the page nor its count needs DISTINCT over every column.
        links = Offering.qualifications.through.objects.filter(
            offering_id=OuterRef("pk"),
            professionalqualification_id__in=[qualification.pk for qualification in value],
        )
        return queryset.filter(Exists(links))

    def filter_moments(self, queryset, name, value):
        """Taught at an asked moment, then those whose moments are not known (see `sort`)."""
        if not value:
            return queryset
        return queryset.at_moments(value)

    def filter_dual(self, queryset, name, value):
        return queryset.filter(is_dual=True)

    def filter_enrolment(self, queryset, name, value):
        # Open, also when it opens on a later date: the offering says from when.
        return queryset.filter(enrolment=Offering.Enrolment.OPEN)

    def filter_text(self, queryset, name, value):
        """Every word in the title, or in the provider, location or place of the offering."""
        return queryset.filter(text_index().condition(value.split()[:8]))

    @property
    def radius_km(self) -> int:
        return int(self._cleaned("straal") or DEFAULT_RADIUS_KM)

    @property
    def has_place(self) -> bool:
        return self.place is not None and self.place.is_resolved

    @property
    def asks_moments(self) -> bool:
        return bool(self._cleaned("lesmoment"))

    @property
    def sort(self) -> str:
        """The order in force: what was asked if it can be done, else distance or name."""
        asked = self._cleaned("sorteer")
        if asked == "afstand" and not self.has_place:
            return "naam"
        return asked or ("afstand" if self.has_place else "naam")

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if self.place is not None and not self.place.is_resolved:
            self.form.add_error("plaats", self.place.problem)  # said at the field itself too
        order = {
            "afstand": ["distance_km", "location__provider__name", "pk"],
            "naam": ["location__provider__name", "title", "pk"],
            "start": [F("starts_on").asc(nulls_last=True), "location__provider__name", "pk"],
        }[self.sort]
        if self.asks_moments:
            # What is known to fit first, then what may: not known is not "no".
            order = ["moment_fit", *order]
        self._show_values_in_force()
        return queryset.order_by(*order)

    def _show_values_in_force(self) -> None:
        """Let the form show the radius and order the results use (see `InForceSelect`)."""
        fields = self.form.fields
        fields["straal"].widget.value_in_force = str(self.radius_km)
        asked = self._cleaned("sorteer")
        fields["sorteer"].widget.value_in_force = "" if asked in (None, "", "afstand") else asked
        fields["sorteer"].choices = [("", SORT_DEFAULT_LABELS[self.has_place]), *SORT_CHOICES[1:]]

    def _cleaned(self, name):
        if not self.is_bound or not hasattr(self.form, "cleaned_data"):
            return None
        return self.form.cleaned_data.get(name)
