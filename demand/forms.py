"""The request form of /opleiding-gevraagd/: its fields carry the search's own parameter names,
so a search's link prefills it."""

from django import forms
from django.http import QueryDict

from demand.models import TrainingRequest
from portal.services import place_resolve
from trajectories.choices import published_choices
from trajectories.filters import DEFAULT_RADIUS_KM, RADIUS_CHOICES
from trajectories.models import Offering

MAX_PEOPLE = 50


class TrainingRequestForm(forms.Form):
    wie = forms.ChoiceField(
        label="Wie vraagt?",
        choices=TrainingRequest.Asker.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Kies wie de opleiding vraagt.",
            "invalid_choice": "Kies een werkgever, een mentor of een kandidaat.",
        },
    )
    aantal = forms.IntegerField(
        label="Voor hoeveel mensen?",
        required=False,
        min_value=1,
        max_value=MAX_PEOPLE,
        help_text="Laat leeg als je het niet weet.",
        error_messages={
            "invalid": "Vul een aantal in, als cijfer (bv. 3), of laat leeg.",
            "min_value": "Vul minstens 1 in, of laat leeg als je het niet weet.",
            "max_value": f"Vul hoogstens {MAX_PEOPLE} in: voor een grotere groep, neem contact op "
            "met een sectororganisatie.",
        },
    )
    traject = forms.ChoiceField(
        label="Traject",
        required=False,
        error_messages={"invalid_choice": "Dit traject kennen we niet: kies er een uit de lijst."},
    )
    kwalificatie = forms.ChoiceField(
        label="Kwalificatie",
        required=False,
        error_messages={
            "invalid_choice": "Deze kwalificatie kennen we niet: kies er een uit de lijst."
        },
    )
    lesmoment = forms.MultipleChoiceField(
        label="Lesmomenten",
        required=False,
        choices=Offering.Moment.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Geen gekozen: om het even wanneer.",
        error_messages={"invalid_choice": "Dit lesmoment kennen we niet: %(value)s."},
    )
    plaats = forms.CharField(
        label="Waar?",
        max_length=80,
        help_text="Postcode of gemeente, bv. 1000 of Brussel. We bewaren alleen de gemeente.",
        error_messages={
            "required": "Vul een postcode of gemeente in.",
            "max_length": "Dit is te lang: gebruik hoogstens %(limit_value)d tekens.",
        },
    )
    straal = forms.TypedChoiceField(
        label="Binnen",
        choices=RADIUS_CHOICES,
        coerce=int,
        initial=str(DEFAULT_RADIUS_KM),
        error_messages={"invalid_choice": "Kies een afstand van 5, 10, 20, 30 of 50 km."},
    )
    email = forms.EmailField(
        label="Je e-mailadres (niet verplicht)",
        required=False,
        max_length=254,
        help_text=(
            "Alleen om je te laten weten wanneer er zo'n opleiding start. Je krijgt eerst een "
            "mail met een link om te bevestigen."
        ),
        error_messages={
            "invalid": (
                "Dit is geen e-mailadres: kijk het na (bv. naam@voorbeeld.be), of laat leeg."
            ),
        },
    )
    # A field people never see (hidden by CSS) and robots fill in.
    website = forms.CharField(label="Laat dit veld leeg", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        options = published_choices()
        self.fields["traject"].choices = [
            ("", "Om het even"),
            *[(slug, route.name) for slug, route in options.routes.items()],
        ]
        self.fields["kwalificatie"].choices = [
            ("", "Om het even"),
            *[(slug, str(q)) for slug, q in options.qualifications.items()],
        ]
        self.place = None

    @classmethod
    def initial_from(cls, query: QueryDict) -> dict:
        """What a search's link says, as the form's first values (unknown values left out):
        its first route and qualification, its moments, place and radius."""
        options = published_choices()
        moments = set(Offering.Moment.values)
        initial = {"straal": str(DEFAULT_RADIUS_KM)}
        routes = [s for s in query.getlist("traject") if s in options.routes]
        qualifications = [s for s in query.getlist("kwalificatie") if s in options.qualifications]
        if routes:
            initial["traject"] = routes[0]
        if qualifications:
            initial["kwalificatie"] = qualifications[0]
        initial["lesmoment"] = [m for m in query.getlist("lesmoment") if m in moments]
        if query.get("straal") in dict(RADIUS_CHOICES):
            initial["straal"] = query["straal"]
        initial["plaats"] = " ".join(query.get("plaats", "").split())[:80]
        return initial

    @property
    def is_robot(self) -> bool:
        return bool(self.data.get("website"))

    def clean_plaats(self):
        typed = " ".join(self.cleaned_data["plaats"].split())
        place = place_resolve(query=typed)
        if not place.is_resolved or place.municipality is None:
            raise forms.ValidationError(place.problem)
        self.place = place
        return typed

    def clean_traject(self):
        slug = self.cleaned_data["traject"]
        return published_choices().routes[slug] if slug else None

    def clean_kwalificatie(self):
        slug = self.cleaned_data["kwalificatie"]
        return published_choices().qualifications[slug] if slug else None

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
