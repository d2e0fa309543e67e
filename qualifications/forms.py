import re

from django import forms

from qualifications.models import QualifyingTitle
from qualifications.services import Obtained

NOT_LISTED = "anders"


class MonthInput(forms.TextInput):
    """A month picker where the browser has one ('2022-06'), a text field elsewhere."""

    input_type = "month"


class DiplomaCheckForm(forms.Form):
    """'Telt dit diploma?': answered in the URL (GET), so an answer can be shared as a link."""

    waar = forms.ChoiceField(
        label="Waar behaald?",
        choices=[("", "Maakt niet uit"), *QualifyingTitle.Origin.choices],
        required=False,
        help_text="Kies dit eerst om de lijst hieronder korter te maken.",
        error_messages={"invalid_choice": "Kies een plaats uit de lijst."},
    )
    titel = forms.ChoiceField(
        label="Welk diploma, getuigschrift of attest?",
        required=False,
        error_messages={
            "invalid_choice": "Die titel kennen we niet (meer): kies er een uit de lijst."
        },
    )
    behaald = forms.CharField(
        label="Wanneer behaald?",
        required=False,
        max_length=20,
        widget=MonthInput,
        help_text="Maand en jaar, bv. 2022-06. Alleen het jaar mag ook.",
        error_messages={"max_length": "Schrijf een maand en jaar, bv. 2022-06."},
    )

    def __init__(self, *args, titles, **kwargs):
        super().__init__(*args, **kwargs)
        self.titles = {title.slug: title for title in titles}
        origin = self.data.get("waar") if self.is_bound else ""
        origins = dict(QualifyingTitle.Origin.choices)
        self.fields["titel"].choices = [
            ("", "Kies…"),
            *(
                (t.slug, f"{origins[t.origin]}: {t.name}")
                for t in titles
                if not origin or origin not in origins or t.origin == origin
            ),
            (NOT_LISTED, "Mijn titel staat er niet bij"),
        ]

    def clean_behaald(self):
        text = self.cleaned_data["behaald"].strip()
        if not text:
            return None
        match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?|(\d{1,2})/(\d{4})", text)
        if not match:
            raise forms.ValidationError("Schrijf een maand en jaar, bv. 2022-06, of een jaar.")
        year = int(match[1] or match[4])
        month = int(match[2] or match[3]) if (match[2] or match[3]) else None
        if not 1950 <= year <= 2100 or (month is not None and not 1 <= month <= 12):
            raise forms.ValidationError("Die datum bestaat niet: schrijf bv. 2022-06.")
        return Obtained(year, month)

    def title(self) -> QualifyingTitle | None:
        slug = self.cleaned_data.get("titel") if "titel" not in self.errors else ""
        return self.titles.get(slug)

    @property
    def not_listed(self) -> bool:
        return self.cleaned_data.get("titel") == NOT_LISTED
