from django import forms
from django.utils import timezone

from trajectories.services.schools import ONDERWIJSAANBOD_URL


class DualSelfCheckForm(forms.Form):
    """The employer's self-check: one checkbox per requirement, answered in the URL (GET)."""

    voldaan = forms.MultipleChoiceField(
        label="Waar voldoe je al aan?",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": (
                "Een antwoord in deze link kennen we niet (meer): %(value)s. "
                "Vink hieronder opnieuw aan wat klopt."
            ),
        },
    )
    controle = forms.CharField(required=False, widget=forms.HiddenInput, initial="1")

    def __init__(self, *args, requirements, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["voldaan"].choices = [(r.slug, r.question) for r in requirements]

    @property
    def is_submitted(self) -> bool:
        return self.is_bound and self.data.get("controle") == "1"


class ProviderImportForm(forms.Form):
    """The back office's upload of the official list of schools, before its preview."""

    MAX_SIZE_MB = 20

    file = forms.FileField(
        label="Bestand",
        help_text=(
            "De CSV-export 'onderwijsaanbod' van data-onderwijs.vlaanderen.be, zoals je hem "
            "downloadde. Je ziet eerst een voorvertoning; er wordt pas iets opgeslagen als je "
            "bevestigt."
        ),
    )
    source_url = forms.URLField(
        label="Bron (link)",
        max_length=500,
        assume_scheme="https",
        initial=ONDERWIJSAANBOD_URL,
        widget=forms.URLInput(attrs={"class": "vURLField"}),
        help_text="Waar het bestand vandaan komt; elke school toont deze link als bron.",
    )
    checked_on = forms.DateField(
        label="Gedownload op",
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text="Wordt de datum 'laatst gecontroleerd op' van elke school in het bestand.",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_SIZE_MB * 1024 * 1024:
            raise forms.ValidationError(
                f"Het bestand is groter dan {self.MAX_SIZE_MB} MB. Is dit wel de scholenlijst?"
            )
        return upload

    def clean_checked_on(self):
        checked_on = self.cleaned_data["checked_on"]
        if checked_on > timezone.localdate():
            raise forms.ValidationError("Deze datum ligt in de toekomst.")
        return checked_on
