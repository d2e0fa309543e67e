"""Which routes fit a candidate: pure rules, each citing the source it comes from.

The route planner asks a few questions (age, situation, diploma, experience, a qualification
already held, when the candidate can learn, whether they want to be paid) and sorts the six
routes into those that fit, best first, with the reasons, and those that don't, with the reasons.
"""

from dataclasses import dataclass, field

WEBINAR = "webinar voor de kinderopvangsector, 2025"

PARTENA_ODO = "Partena Professional, 17/10/2022"

SITUATIONS = {
    "scholier": "Ik zit in het secundair onderwijs",
    "werkzoekend": "Ik zoek werk",
    "werkt-in-kinderopvang": "Ik werk al in de kinderopvang (zonder kwalificatie)",
    "werkt-elders": "Ik werk in een andere sector",
}
DIPLOMAS = {
    "geen": "Geen diploma secundair onderwijs",
    "secundair": "Diploma secundair onderwijs",
    "hoger": "Diploma hoger onderwijs",
}
CORE_QUALIFICATIONS = {
    "kinderbegeleider-babys-en-peuters": "Kinderbegeleider baby's en peuters",
    "kinderbegeleider-schoolgaande-kinderen": "Kinderbegeleider schoolgaande kinderen",
}
MIN_AGE = 15
MAX_AGE = 80


@dataclass(frozen=True)
class Candidate:
    age: int | None = None
    situation: str | None = None
    diploma: str | None = None
    experience_years: int | None = None
    held_qualification: str | None = None  # slug of a kinderbegeleider BK already held
    moments: frozenset[str] = frozenset()  # dag, avond, weekend, afstand
    wants_pay: bool = False
    qualification: str | None = None  # slug of the BK the candidate aims for


@dataclass(frozen=True)
class Reason:
    text: str
    source: str = WEBINAR


@dataclass
class RouteFit:
    slug: str
    fits: bool = True
    score: int = 0
    reasons_for: list[Reason] = field(default_factory=list)
    reasons_against: list[Reason] = field(default_factory=list)
    duration: str = ""

    def good(self, points: int, text: str, source: str = WEBINAR) -> None:
        self.score += points
        self.reasons_for.append(Reason(text, source))

    def rule_out(self, text: str, source: str = WEBINAR) -> None:
        self.fits = False
        self.reasons_against.append(Reason(text, source))


def describe(candidate: Candidate) -> str:
    """The answers in one line, as a mentor would read them back."""
    moments = {"dag": "overdag", "avond": "'s avonds", "weekend": "in het weekend"}
    parts = []
    if candidate.age is not None:
        parts.append(f"{candidate.age} jaar")
    if candidate.situation:
        parts.append(SITUATIONS[candidate.situation].removeprefix("Ik ").lower())
    if candidate.experience_years:
        parts.append(f"{candidate.experience_years} jaar ervaring in de kinderopvang")
    if candidate.held_qualification:
        parts.append(f"heeft al {CORE_QUALIFICATIONS[candidate.held_qualification]}")
    if candidate.moments:
        parts.append("les " + " of ".join(moments[m] for m in sorted(candidate.moments)))
    if candidate.wants_pay:
        parts.append("wil betaald leren")
    return " · ".join(parts)


def routes_for(candidate: Candidate) -> list[RouteFit]:
    """Every route, judged for this candidate: fitting routes first (best first), then the rest."""
    fits = [
        _secondary(candidate),
        _dual_secondary(candidate),
        _adult_education(candidate),
        _dual_adult_education(candidate),
        _syntra(candidate),
        _evc(candidate),
    ]
    return sorted(fits, key=lambda fit: (not fit.fits, -fit.score))


def _is_pupil(candidate: Candidate) -> bool:
    return candidate.situation == "scholier"


def _secondary(c: Candidate) -> RouteFit:
    fit = RouteFit("secundair-onderwijs", duration="3de graad of een 7de jaar")
    if c.situation and not _is_pupil(c):
        fit.rule_out("Dit traject is voor leerlingen van het secundair onderwijs.")
    elif _is_pupil(c):
        fit.good(
            3,
            "Je zit in het secundair onderwijs: Opvoeding en begeleiding (3de graad) of "
            "een 7de jaar Kinderbegeleider na een diploma met OK3 leiden tot beide "
            "beroepskwalificaties.",
        )
    if c.wants_pay and fit.fits:
        fit.reasons_against.append(
            Reason("Een stage in het secundair onderwijs wordt niet betaald; duaal leren wel.")
        )
    return fit


def _dual_secondary(c: Candidate) -> RouteFit:
    fit = RouteFit("duaal-leren-secundair", duration="1 jaar (volgens VIVO tien maanden)")
    if c.situation and not _is_pupil(c):
        fit.rule_out(
            "Duaal leren in het secundair onderwijs is voor leerlingen; als volwassene "
            "kan je duaal leren in het volwassenenonderwijs."
        )
        return fit
    if _is_pupil(c):
        fit.good(
            2,
            "Het 7de jaar Kinderbegeleider kan duaal: je leert minstens 20 uur per week "
            "op de werkplek.",
        )
    if c.wants_pay:
        fit.good(2, "Je krijgt een leervergoeding (met een OAO tussen € 612,50 en € 728,70).")
    return fit


def _adult_age(c: Candidate, fit: RouteFit) -> None:
    if c.age is not None and c.age < 15:
        fit.rule_out(
            "Het volwassenenonderwijs is er vanaf 16 jaar, of 15 jaar als je de eerste "
            "2 jaren van het secundair onderwijs afrondde."
        )
    elif c.age == 15:
        fit.reasons_for.append(
            Reason(
                "Met 15 jaar kan je starten als je de eerste 2 jaren van het secundair "
                "onderwijs afrondde."
            )
        )


def _adult_education(c: Candidate) -> RouteFit:
    fit = RouteFit("volwassenenonderwijs")
    _adult_age(c, fit)
    if not fit.fits:
        return fit
    if c.situation in {"werkzoekend", "werkt-in-kinderopvang", "werkt-elders"}:
        fit.good(
            3,
            "Het volwassenenonderwijs is er voor wie werkt of werk zoekt: je schrijft je "
            "zelf in, of komt er via VDAB, je werkgever (IKA via VIVO of Diverscity) of een "
            "andere toeleider.",
        )
    if c.moments:
        # No point for the moment: whether a centre teaches in the evening differs per centre,
        # and the planner shows per place below what is known of it.
        fit.reasons_for.append(
            Reason(
                "Deeltijds of voltijds, overdag of 's avonds: dat verschilt per centrum. Bij "
                "de plaatsen hieronder staat wat we van hun lesmomenten weten."
            )
        )
    if c.held_qualification:
        fit.duration = "Ingekort traject: 370 of 330 lestijden"
        fit.good(
            2,
            "Je hebt al een beroepskwalificatie kinderbegeleider: dan volg je een ingekort "
            "traject van 370 of 330 lestijden.",
        )
    elif c.qualification == "kinderbegeleider-schoolgaande-kinderen":
        fit.duration = "680 lestijden"
    elif c.qualification == "kinderbegeleider-babys-en-peuters":
        fit.duration = "720 lestijden"
    else:
        fit.duration = "720 lestijden (baby's en peuters) of 680 (schoolgaande kinderen)"
    if c.experience_years:
        fit.good(1, "Na een EVC-procedure maak je afspraken over een kortere duur.")
    if c.wants_pay:
        fit.reasons_against.append(
            Reason(
                "Voor het volwassenenonderwijs zelf is geen vergoeding bekend; duaal leren in "
                "het volwassenenonderwijs betaalt wel een vergoeding."
            )
        )
    return fit


def _dual_adult_education(c: Candidate) -> RouteFit:
    fit = RouteFit("duaal-leren-volwassenenonderwijs", duration="Afhankelijk van het leertraject")
    _adult_age(c, fit)
    if not fit.fits:
        return fit
    if c.situation == "werkt-in-kinderopvang":
        fit.good(
            4,
            "Je werkt al in de kinderopvang: met een overeenkomst van duale opleiding met "
            "je eigen werkgever (ODO(W)) behoud je je loon en leer je op je eigen werkplek.",
            PARTENA_ODO,
        )
    elif c.situation in {"werkzoekend", "werkt-elders"}:
        fit.good(2, "Je leert minstens de helft van de tijd op een werkplek in de kinderopvang.")
    if c.wants_pay:
        fit.good(
            3,
            "Je krijgt een vergoeding: met een ODOS € 636,60 per maand, met een ODO "
            "€ 4,44 per gewerkt uur, met een ODO(W) je loon. Onzeker: die bedragen van 2025 zijn "
            "niet officieel bevestigd; een oudere versie van vlaanderen.be noemde € 4,27 per uur "
            "voor de ODO.",
        )
    if _is_pupil(c):
        fit.reasons_against.append(
            Reason(
                "Als leerling van het secundair onderwijs is duaal leren in het secundair "
                "onderwijs de gewone weg."
            )
        )
        fit.score -= 2
    return fit


def _syntra(c: Candidate) -> RouteFit:
    fit = RouteFit("syntra", duration="Dagopleiding 1 jaar, avondopleiding 2 jaar")
    if c.age is not None and c.age < 18:
        fit.rule_out("Syntra is er vanaf 18 jaar.")
        return fit
    if c.qualification == "kinderbegeleider-schoolgaande-kinderen":
        fit.rule_out(
            "Syntra leidt tot de beroepskwalificatie kinderbegeleider baby's en peuters, "
            "niet schoolgaande kinderen."
        )
        return fit
    if "avond" in c.moments:
        fit.duration = "Avondopleiding: 2 lesavonden per week, 2 jaar"
        fit.good(2, "Er is een avondopleiding: gemiddeld 2 lesavonden per week, 2 jaar lang.")
    elif "dag" in c.moments:
        fit.duration = "Dagopleiding: 3 tot 4 lesdagen per week, 1 jaar"
        fit.good(
            2, "Er is een voltijdse dagopleiding: gemiddeld 3 tot 4 lesdagen per week, 1 jaar."
        )
    if c.situation in {"werkt-elders", "werkzoekend"}:
        fit.good(
            1,
            "Syntra is voor iedereen die kinderbegeleider wil worden of een eigen "
            "kinderopvang wil starten.",
        )
    if c.wants_pay:
        fit.reasons_against.append(Reason("Voor Syntra kennen we geen vergoeding."))
    return fit


def _evc(c: Candidate) -> RouteFit:
    fit = RouteFit("evc", duration="Enkele weken")
    if not c.experience_years:
        fit.rule_out(
            "EVC erkent ervaring: zonder ervaring in de kinderopvang is er nog niets te erkennen."
        )
        return fit
    points = 5 if c.experience_years >= 2 else 2
    fit.good(
        points,
        f"Je hebt {c.experience_years} jaar ervaring: laat die erkennen in een "
        "erkend testcentrum (meestal een CVO). Je krijgt een bewijs van competenties of de "
        "hele beroepskwalificatie.",
    )
    if c.situation == "werkt-in-kinderopvang":
        fit.score += 1
    return fit
