from django import forms
from django.utils import timezone

from portal.dates import school_year_bounds, school_year_of
from portal.uploads import csv_row_count, row_limit_check, upload_size_check
from portal.validators import plain_text_validate
from qualifications.models import ProfessionalQualification
from trajectories.models import Offering, Route, RouteRule
from trajectories.services.route_planner import (
    CORE_QUALIFICATIONS,
    DIPLOMAS,
    MAX_AGE,
    MIN_AGE,
    SITUATIONS,
    Candidate,
)
from trajectories.services.schools import (
    DEFAULT_LEVELS,
    LEVELS,
    ONDERWIJSAANBOD_URL,
    Programme,
)
from trajectories.services.schools.importing import school_year_error


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

    levels = forms.MultipleChoiceField(
        label="Onderwijsniveaus",
        choices=[(slug, level.label) for slug, level in LEVELS.items()],
        initial=list(DEFAULT_LEVELS),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=(
            "Rijen van andere niveaus worden overgeslagen (met de reden en het aantal). "
            "Kinderbegeleiders leer je in het secundair, het volwassenenonderwijs, bij Syntra "
            "(en EVC-testcentra toetsen); niets aangevinkt is die standaardkeuze."
        ),
    )
    route = forms.ModelChoiceField(
        label="Traject",
        queryset=Route.objects.all(),
        required=False,
        empty_label="Geen: een lijst van instellingen",
        help_text=(
            "Alleen voor een opleidingslijst (de scholen die één opleiding geven): dan maakt de "
            "import per school het aanbod aan, en beëindigt ze het aanbod van scholen die niet "
            "meer in de lijst van dat schooljaar staan."
        ),
    )
    qualifications = forms.ModelMultipleChoiceField(
        label="Beroepskwalificaties",
        queryset=ProfessionalQualification.objects.core(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    title = forms.CharField(
        label="Naam van de opleiding",
        max_length=200,
        required=False,
        help_text="Bv. '7de jaar Kinderbegeleider' of 'Kinderbegeleider baby's en peuters'.",
    )
    school_year = forms.CharField(
        label="Schooljaar", max_length=9, required=False, help_text="Bv. 2026-2027."
    )

    PROGRAMME_FIELDS = ("route", "qualifications", "title", "school_year")

    def clean_file(self):
        """Within the import limits (size, then rows), before the CSV is parsed."""
        upload = self.cleaned_data["file"]
        upload_size_check(upload)
        row_limit_check(csv_row_count(upload.read()))
        upload.seek(0)
        return upload

    def clean_levels(self):
        return tuple(self.cleaned_data["levels"]) or DEFAULT_LEVELS

    def clean_checked_on(self):
        checked_on = self.cleaned_data["checked_on"]
        if checked_on > timezone.localdate():
            raise forms.ValidationError("Deze datum ligt in de toekomst.")
        return checked_on

    def clean(self):
        cleaned = super().clean()
        given = [name for name in self.PROGRAMME_FIELDS if cleaned.get(name)]
        if given:
            for name in self.PROGRAMME_FIELDS:
                if name not in given and name not in self.errors:
                    self.add_error(name, "Vul dit ook in voor een opleidingslijst.")
        year = cleaned.get("school_year")
        if year and (error := school_year_error(year)):
            self.add_error("school_year", error)
        return cleaned

    def programme(self) -> Programme | None:
        """What a programme list stands for, or None for a list of institutions."""
        data = self.cleaned_data
        if not data.get("route"):
            return None
        return Programme(
            route=data["route"],
            qualifications=tuple(data["qualifications"]),
            title=data["title"].strip(),
            school_year=data["school_year"],
        )


class RoutePlannerForm(forms.Form):
    """A candidate's situation, answered in the URL so a mentor can hand it over as a link."""

    leeftijd = forms.IntegerField(
        label="Leeftijd",
        required=False,
        error_messages={"invalid": "Vul een leeftijd in jaren in, bv. 34."},
    )
    situatie = forms.ChoiceField(
        label="Situatie",
        choices=[("", "Kies…"), *SITUATIONS.items()],
        required=False,
        error_messages={"invalid_choice": "Kies een van de situaties uit de lijst."},
    )
    diploma = forms.ChoiceField(
        label="Hoogste diploma",
        choices=[("", "Kies…"), *DIPLOMAS.items()],
        required=False,
        error_messages={"invalid_choice": "Kies een diploma uit de lijst."},
        help_text=(
            "[OK3](/begrippen/#ok3) en [OK4](/begrippen/#ok4) staan op het diploma "
            "(onderwijskwalificatie niveau 3 of 4)."
        ),
    )
    ervaring = forms.IntegerField(
        label="Jaren ervaring in de kinderopvang",
        min_value=0,
        max_value=60,
        required=False,
        error_messages={
            "invalid": "Vul een aantal jaren in, bv. 6.",
            "min_value": "Ervaring kan niet negatief zijn.",
            "max_value": "Vul hoogstens 60 jaar ervaring in.",
        },
    )
    vrijwilliger = forms.MultipleChoiceField(
        label="Ervaring met kinderen buiten een job",
        choices=[
            (
                "ja",
                "Ik heb ervaring met kinderen als vrijwilliger of in mijn vrije tijd "
                "(bv. speelpleinwerking, jeugdbeweging)",
            )
        ],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Voor 'vrijwilliger' kan je alleen 'ja' kiezen."},
    )
    bk = forms.ChoiceField(
        label="Beroepskwalificatie die je al hebt",
        choices=[("", "Geen"), *CORE_QUALIFICATIONS.items()],
        required=False,
        error_messages={"invalid_choice": "Kies een van de twee kwalificaties kinderbegeleider."},
    )
    kwalificatie = forms.ChoiceField(
        label="Welke kwalificatie wil je behalen?",
        choices=[("", "Maakt niet uit"), *CORE_QUALIFICATIONS.items()],
        required=False,
        error_messages={"invalid_choice": "Kies een van de twee kwalificaties kinderbegeleider."},
    )
    lesmoment = forms.MultipleChoiceField(
        label="Wanneer kan je les volgen?",
        choices=[("dag", "Overdag"), ("avond", "'s Avonds"), ("weekend", "In het weekend")],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Dit lesmoment kennen we niet: %(value)s."},
    )
    betaald = forms.MultipleChoiceField(
        label="Betaald leren",
        choices=[("ja", "Ik wil leren terwijl ik betaald word")],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Voor 'betaald' kan je alleen 'ja' kiezen."},
    )
    plaats = forms.CharField(
        label="Waar woon je?",
        max_length=80,
        required=False,
        help_text="Postcode of gemeente, bv. 9300 of Aalst",
        error_messages={"max_length": "Dit is te lang: gebruik hoogstens %(limit_value)d tekens."},
    )

    def clean_leeftijd(self):
        age = self.cleaned_data["leeftijd"]
        if age is None:
            return None
        if age < MIN_AGE:
            raise forms.ValidationError(
                f"Met {age} jaar kan je nog niet starten: het volwassenenonderwijs begint op "
                "15 of 16 jaar, Syntra op 18 jaar. In het secundair onderwijs kies je later de "
                "richting Opvoeding en begeleiding (3de graad)."
            )
        if age > MAX_AGE:
            raise forms.ValidationError(f"Vul een leeftijd tussen {MIN_AGE} en {MAX_AGE} in.")
        return age

    def clean(self):
        cleaned = super().clean()
        age, years = cleaned.get("leeftijd"), cleaned.get("ervaring")
        if age is not None and years is not None and years > age - MIN_AGE:
            self.add_error(
                "ervaring",
                f"Met {age} jaar kan je hoogstens {age - MIN_AGE} jaar ervaring hebben.",
            )
        if cleaned.get("bk") and cleaned.get("bk") == cleaned.get("kwalificatie"):
            self.add_error("kwalificatie", "Die kwalificatie heb je al: kies de andere.")
        return cleaned

    @property
    def has_answers(self) -> bool:
        return self.is_bound and any(self.data.get(name) for name in self.fields)

    def candidate(self) -> Candidate:
        """The valid answers as a candidate; wrong answers are left out (and shown as errors)."""
        data = {k: v for k, v in self.cleaned_data.items() if k not in self.errors}
        return Candidate(
            age=data.get("leeftijd"),
            situation=data.get("situatie") or None,
            diploma=data.get("diploma") or None,
            experience_years=data.get("ervaring"),
            volunteer=bool(data.get("vrijwilliger")),
            held_qualification=data.get("bk") or None,
            moments=frozenset(data.get("lesmoment") or ()),
            wants_pay=bool(data.get("betaald")),
            qualification=data.get("kwalificatie") or None,
        )


class ChoiceSetField(forms.MultipleChoiceField):
    """Checkboxes for a model field that keeps its choices comma-separated ('ok3,ok4')."""

    def __init__(self, *, choices, **kwargs):
        kwargs.pop("max_length", None)
        kwargs.pop("empty_value", None)
        super().__init__(
            choices=choices, required=False, widget=forms.CheckboxSelectMultiple, **kwargs
        )

    def prepare_value(self, value):
        return value.split(",") if isinstance(value, str) else value

    def clean(self, value):
        return ",".join(super().clean(value))


class RouteRuleAdminForm(forms.ModelForm):
    """A route rule in the back office: its conditions as checkboxes, explained for staff."""

    situations = ChoiceSetField(
        label="Situaties",
        choices=RouteRule.Situation.choices,
        help_text=RouteRule._meta.get_field("situations").help_text,
    )
    diplomas = ChoiceSetField(
        label="Vooropleiding",
        choices=RouteRule.Diploma.choices,
        help_text=RouteRule._meta.get_field("diplomas").help_text,
    )
    experiences = ChoiceSetField(
        label="Ervaring die telt",
        choices=RouteRule.Experience.choices,
        help_text=RouteRule._meta.get_field("experiences").help_text,
    )
    moments = ChoiceSetField(
        label="Lesmomenten",
        choices=RouteRule.Moment.choices,
        help_text=RouteRule._meta.get_field("moments").help_text,
    )

    class Meta:
        model = RouteRule
        fields = ["situations", "diplomas", "experiences", "moments"]  # the admin adds the rest

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("is_uncertain") and not (cleaned.get("uncertainty") or "").strip():
            self.add_error("uncertainty", "Zeg bij een onzekere regel wat onzeker is.")
        if cleaned.get("kind") == RouteRule.Kind.ADMISSION and not cleaned.get("who"):
            self.add_error("who", "Zeg voor wie dit traject is: de routeplanner toont het.")
        return cleaned


class OfferingAdminForm(forms.ModelForm):
    """The offering's admin form, for staff and providers alike."""

    class Meta:
        model = Offering
        fields = ["starts_on"]  # the admin adds the fields of its fieldsets

    def clean_starts_on(self):
        starts_on = self.cleaned_data.get("starts_on")
        # Only a date that is typed now: an old offering keeps its old date when edited.
        if starts_on and "starts_on" in self.changed_data:
            this_year = school_year_of(timezone.localdate())
            first_day = school_year_bounds(this_year)[0]
            if starts_on < first_day:
                raise forms.ValidationError(
                    f"Deze datum ligt in een voorbij schooljaar. Kies een datum vanaf "
                    f"{first_day:%d/%m/%Y} (schooljaar {this_year})."
                )
        return starts_on


class ReviewMessageForm(forms.Form):
    """Why a proposal goes back, or how a report was resolved: a short note in plain text."""

    message = forms.CharField(
        label="Bericht",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        validators=[plain_text_validate],
        error_messages={"required": "Schrijf kort waarom, zodat de aanbieder weet wat te doen."},
    )


class ReportForm(forms.Form):
    """'Klopt er iets niet?' on a provider's page: no account, no personal data needed."""

    aanbod = forms.TypedChoiceField(
        label="Over welk aanbod?",
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": "Kies een aanbod uit de lijst."},
    )
    wat = forms.CharField(
        label="Wat klopt er niet?",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Bv. 'de opleiding start in februari, niet in september'. Hoogstens 1000 tekens.",
        validators=[plain_text_validate],
        error_messages={
            "required": "Schrijf wat er niet klopt, dan kunnen we het nakijken.",
            "max_length": "Dit is te lang: gebruik hoogstens %(limit_value)d tekens.",
        },
    )
    contact = forms.CharField(
        label="Hoe kunnen we je bereiken? (niet verplicht)",
        max_length=200,
        required=False,
        help_text="Een e-mailadres of telefoonnummer, als we je iets mogen vragen.",
        widget=forms.TextInput(attrs={"autocomplete": "email"}),
        validators=[plain_text_validate],
        error_messages={"max_length": "Dit is te lang: gebruik hoogstens %(limit_value)d tekens."},
    )
    # A field people do not see (hidden by CSS, labelled to leave empty): bots fill it in.
    website = forms.CharField(label="Laat dit veld leeg", required=False)

    def __init__(self, *args, offerings=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["aanbod"].choices = [
            ("", "Over de aanbieder zelf"),
            *((o.pk, f"{o.title} ({o.location})") for o in offerings),
        ]

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError("Laat dit veld leeg.")
        return ""
