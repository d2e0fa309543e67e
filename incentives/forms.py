from django import forms

from incentives.rules import CARE_TYPES, EMPLOYER_TYPES, MAX_LEARNERS, MAX_MONTHS, MONTH_NAMES
from trajectories.choices import published_choices


class PremiumForm(forms.Form):
    """Who the employer is and what it plans: answered in the URL, so the page can be shared."""

    werkgever = forms.ChoiceField(
        label="Soort werkgever",
        choices=[("", "Kies…"), *EMPLOYER_TYPES.items()],
        required=False,
        error_messages={"invalid_choice": "Kies privaat, zelfstandig of lokaal bestuur."},
    )
    opvang = forms.ChoiceField(
        label="Soort opvang",
        choices=[("", "Kies…"), *CARE_TYPES.items()],
        required=False,
        error_messages={"invalid_choice": "Kies baby's en peuters, BKO of gezinsopvang."},
    )
    # The published routes, by slug, from `trajectories.choices` (set in __init__).
    traject = forms.ChoiceField(
        label="Traject van de lerende",
        required=False,
        error_messages={"invalid_choice": "Dit traject kennen we niet."},
    )
    lerenden = forms.IntegerField(
        label="Aantal lerenden",
        min_value=1,
        max_value=MAX_LEARNERS,
        required=False,
        error_messages={
            "invalid": "Vul een geheel aantal lerenden in, bv. 2.",
            "min_value": "Vul minstens 1 lerende in.",
            "max_value": f"Schat voor hoogstens {MAX_LEARNERS} lerenden tegelijk.",
        },
    )
    maanden = forms.IntegerField(
        label="Maanden op de werkplek",
        min_value=1,
        max_value=MAX_MONTHS,
        required=False,
        help_text="Per lerende, bij jou. Een kinderbegeleider duaal is 5 tot 7 maanden in de "
        "opvang van baby's en peuters en 3 tot 5 maanden in de [BKO](/begrippen/#bko).",
        error_messages={
            "invalid": "Vul een geheel aantal maanden in, bv. 10.",
            "min_value": "Vul minstens 1 maand in.",
            "max_value": f"Een schatting gaat over hoogstens {MAX_MONTHS} maanden.",
        },
    )
    startmaand = forms.TypedChoiceField(
        label="Start in",
        choices=[
            ("", "september (niet gekozen)"),
            *((str(number), name) for number, name in enumerate(MONTH_NAMES, start=1)),
        ],
        coerce=int,
        required=False,
        empty_value=9,
        help_text="Premies per schooljaar tellen de maanden per schooljaar (vanaf september).",
        error_messages={"invalid_choice": "Kies een maand uit de lijst."},
    )
    mentoren = forms.IntegerField(
        label="Aantal mentoren",
        min_value=1,
        max_value=MAX_LEARNERS,
        required=False,
        help_text="Voor een premie per mentor. Leeg: één mentor voor alle lerenden.",
        error_messages={
            "invalid": "Vul een geheel aantal mentoren in, bv. 2.",
            "min_value": "Vul minstens 1 mentor in.",
            "max_value": f"Vul hoogstens {MAX_LEARNERS} mentoren in.",
        },
    )
    vergoeding = forms.ChoiceField(
        label="Betaal je de lerende een leervergoeding?",
        choices=[("ja", "Ja"), ("nee", "Nee")],
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Antwoord met ja of nee."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.routes = published_choices().routes
        self.fields["traject"].choices = [
            ("", "Nog niet gekozen"),
            *((slug, route.name) for slug, route in self.routes.items()),
        ]

    def clean_traject(self):
        slug = self.cleaned_data["traject"]
        return self.routes[slug] if slug else None

    def clean(self):
        cleaned = super().clean()
        asked = any(self.data.get(name) for name in ("lerenden", "maanden"))
        if asked and not self.errors:
            for name in ("lerenden", "maanden"):
                if cleaned.get(name) is None:
                    self.add_error(name, "Vul dit in voor een schatting.")
        return cleaned
