"""The public forms of the places: an employer registers, a reader contacts an employer."""

from django import forms

from incentives.rules import EMPLOYER_TYPES
from portal.validators import kbo_number_normalize, kbo_number_validate, plain_text_validate
from workplaces.models import ContactMessage, Employer

TOO_LONG = "Dit is te lang: gebruik hoogstens %(limit_value)d tekens."


class HoneypotForm(forms.Form):
    """A field people do not see (hidden by CSS, labelled to leave empty): bots fill it in."""

    website = forms.CharField(label="Laat dit veld leeg", required=False)

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError("Laat dit veld leeg.")
        return ""


class RegistrationForm(HoneypotForm):
    organisatie = forms.CharField(
        label="Naam van de organisatie",
        max_length=200,
        validators=[plain_text_validate],
        help_text="Zoals in de KBO, bv. 'vzw Kinderopvang De Vlinder'.",
        error_messages={"required": "Vul de naam van de organisatie in.", "max_length": TOO_LONG},
    )
    kbo = forms.CharField(
        label="KBO-nummer",
        max_length=20,
        help_text="Het ondernemingsnummer, bv. 0267.377.629.",
        error_messages={"required": "Vul het KBO-nummer in.", "max_length": TOO_LONG},
    )
    soort = forms.ChoiceField(
        label="Soort organisator",
        choices=[("", "Kies…"), *EMPLOYER_TYPES.items()],
        error_messages={
            "required": "Kies de soort organisator.",
            "invalid_choice": "Kies een soort organisator uit de lijst.",
        },
    )
    e_mail = forms.EmailField(
        label="Contactadres",
        max_length=200,
        help_text=(
            "Hier komt de bevestigingslink toe, en later de berichten van scholen, mentoren en "
            "kandidaten. Het adres staat nergens op de site."
        ),
        error_messages={
            "required": "Vul een e-mailadres in.",
            "invalid": "Dit is geen e-mailadres, bv. naam@opvang.be.",
            "max_length": TOO_LONG,
        },
    )

    field_order = ["organisatie", "kbo", "soort", "e_mail", "website"]

    def clean_organisatie(self):
        return " ".join(self.cleaned_data["organisatie"].split())

    def clean_kbo(self):
        value = self.cleaned_data["kbo"]
        kbo_number_validate(value)
        number = kbo_number_normalize(value)
        if Employer.objects.filter(kbo_number=number).exists():
            raise forms.ValidationError(
                "Voor dit KBO-nummer is al een werkgever aangemeld. Vraag wie jullie werkplekken "
                "bijhoudt om je toegang te geven, of log in."
            )
        return number

    def clean_e_mail(self):
        return self.cleaned_data["e_mail"].strip().lower()


class ContactForm(HoneypotForm):
    wie = forms.ChoiceField(
        label="Wie ben je?",
        choices=ContactMessage.Role.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Zeg wie je bent.",
            "invalid_choice": "Kies wie je bent uit de lijst.",
        },
    )
    e_mail = forms.EmailField(
        label="Jouw e-mailadres",
        max_length=200,
        help_text="De werkgever antwoordt naar dit adres.",
        error_messages={
            "required": "Vul je e-mailadres in, zodat de werkgever kan antwoorden.",
            "invalid": "Dit is geen e-mailadres, bv. naam@school.be.",
            "max_length": TOO_LONG,
        },
    )
    bericht = forms.CharField(
        label="Je bericht",
        max_length=1500,
        widget=forms.Textarea(attrs={"rows": 5}),
        validators=[plain_text_validate],
        help_text="Bv. wie je bent, voor welke periode, welke opleiding. Hoogstens 1500 tekens.",
        error_messages={"required": "Schrijf je bericht.", "max_length": TOO_LONG},
    )

    field_order = ["wie", "e_mail", "bericht", "website"]
