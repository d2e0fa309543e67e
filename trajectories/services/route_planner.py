"""Which routes fit a candidate: the rules staff keep per route, applied as pure functions.

The route planner asks a few questions (age, situation, diploma, experience, volunteering, a
qualification already held, when the candidate can learn, whether they want to be paid) and
sorts the routes into those that fit, best first, with the reasons, and those that don't, with
the reasons. Every fact comes from the rules of a route (`RouteRule`, edited in the back office
with its source); nothing about a route is written here.

How a route is judged:
- It fits when at least one of its "wie mag starten" rules holds. A rule that holds only
  because an answer is missing (no age given, a secondary diploma of unknown kind) still
  admits, and says what it depends on. An uncertain rule never excludes: when it is the one
  that does not hold, the route stays, with its caveat.
- A route that leads to other qualifications than the one the candidate aims for does not fit.
- Every other rule that holds adds its reason (for, or "let op") and its weight.
"""

from dataclasses import dataclass, field

from trajectories.models.rules import RouteRule, choice_set

SITUATIONS = {
    "scholier": "Ik zit in het secundair onderwijs",
    "werkzoekend": "Ik zoek werk",
    "werkt-in-kinderopvang": "Ik werk al in de kinderopvang (zonder kwalificatie)",
    "werkt-elders": "Ik werk in een andere sector",
}
DIPLOMAS = {
    "geen": "Geen diploma secundair onderwijs",
    "ok3": "Diploma secundair onderwijs na 6 jaar arbeidsmarktfinaliteit (OK3)",
    "ok4": "Diploma secundair onderwijs met OK4 (bv. dubbele finaliteit of een 7de jaar)",
    "secundair": "Diploma secundair onderwijs, ik weet niet welk",
    "hoger": "Diploma hoger onderwijs",
}
CORE_QUALIFICATIONS = {
    "kinderbegeleider-babys-en-peuters": "Kinderbegeleider baby's en peuters",
    "kinderbegeleider-schoolgaande-kinderen": "Kinderbegeleider schoolgaande kinderen",
}
MIN_AGE = 15
MAX_AGE = 80
# The diplomas whose kind is known: a rule that asks one of them cannot tell from 'secundair'.
SECONDARY_KINDS = frozenset({"ok3", "ok4"})


@dataclass(frozen=True)
class Candidate:
    age: int | None = None
    situation: str | None = None
    diploma: str | None = None
    experience_years: int | None = None
    volunteer: bool = False  # experience with children as a volunteer or in free time
    held_qualification: str | None = None  # slug of a kinderbegeleider BK already held
    moments: frozenset[str] = frozenset()  # dag, avond, weekend, afstand
    wants_pay: bool = False
    qualification: str | None = None  # slug of the BK the candidate aims for

    @property
    def experiences(self) -> frozenset[str]:
        kinds = set()
        if self.experience_years:
            kinds.add(RouteRule.Experience.CHILDCARE)
        if self.volunteer:
            kinds.add(RouteRule.Experience.VOLUNTEER)
        return frozenset(kinds)


@dataclass(frozen=True)
class Rule:
    """One `RouteRule` as plain values (cached per content version, see `planner_routes`)."""

    kind: str
    who: str = ""
    text: str = ""
    min_age: int | None = None
    max_age: int | None = None
    situations: frozenset[str] = frozenset()
    diplomas: frozenset[str] = frozenset()
    experiences: frozenset[str] = frozenset()
    min_experience_years: int | None = None
    moments: frozenset[str] = frozenset()
    wants_pay: bool | None = None
    needs_held_qualification: bool = False
    duration: str = ""
    points: int = 0
    is_uncertain: bool = False
    uncertainty: str = ""
    source: str = ""
    source_url: str = ""

    @classmethod
    def of(cls, rule: RouteRule) -> "Rule":
        return cls(
            kind=rule.kind,
            who=rule.who,
            text=rule.text,
            min_age=rule.min_age,
            max_age=rule.max_age,
            situations=choice_set(rule.situations),
            diplomas=choice_set(rule.diplomas),
            experiences=choice_set(rule.experiences),
            min_experience_years=rule.min_experience_years,
            moments=choice_set(rule.moments),
            wants_pay=rule.wants_pay,
            needs_held_qualification=rule.needs_held_qualification,
            duration=rule.duration,
            points=rule.points,
            is_uncertain=rule.is_uncertain,
            uncertainty=rule.uncertainty,
            source=rule.source_name or rule.source_url,
            source_url=rule.source_url,
        )


@dataclass(frozen=True)
class RouteFacts:
    """What the planner knows of one route: its rules and the qualifications it leads to."""

    slug: str
    name: str
    duration: str = ""
    # Slug of each qualification the route leads to, with the duration for it ('' if the same).
    qualifications: dict = field(default_factory=dict)
    rules: tuple[Rule, ...] = ()


# The outcome of one rule for one candidate: it holds, it depends on an answer not given, or not.
HOLDS, OPEN, FAILS = "holds", "open", "fails"


@dataclass(frozen=True)
class Reason:
    text: str
    source: str = ""
    source_url: str = ""
    caveat: str = ""  # what is uncertain about it ("Onzeker: ...")
    depends_on: str = ""  # the answer it depends on, when that answer is missing


@dataclass
class RouteFit:
    slug: str
    fits: bool = True
    score: int = 0
    reasons_for: list[Reason] = field(default_factory=list)
    reasons_against: list[Reason] = field(default_factory=list)
    duration: str = ""

    def good(self, rule: Rule, *, depends_on: str = "") -> None:
        self.score += rule.points
        if rule.text:
            self.reasons_for.append(_reason(rule, depends_on=depends_on))

    def note(self, rule: Rule) -> None:
        self.score += rule.points
        if rule.text:
            self.reasons_against.append(_reason(rule))

    def rule_out(self, text: str, source: str = "", source_url: str = "") -> None:
        self.fits = False
        self.reasons_against.append(Reason(text, source, source_url))


def _reason(rule: Rule, *, depends_on: str = "") -> Reason:
    return Reason(
        rule.text,
        rule.source,
        rule.source_url,
        caveat=rule.uncertainty if rule.is_uncertain else "",
        depends_on=depends_on,
    )


def rule_outcome(rule: Rule, c: Candidate) -> tuple[str, str]:
    """Whether `rule` holds for `c`, and if it depends on a missing answer, which one."""
    outcomes: list[tuple[str, str]] = []
    if rule.min_age is not None or rule.max_age is not None:
        if c.age is None:
            outcomes.append((OPEN, "je leeftijd"))
        else:
            too_young = rule.min_age is not None and c.age < rule.min_age
            too_old = rule.max_age is not None and c.age > rule.max_age
            outcomes.append((FAILS if too_young or too_old else HOLDS, ""))
    if rule.situations:
        if c.situation is None:
            outcomes.append((OPEN, "je situatie"))
        else:
            outcomes.append((HOLDS if c.situation in rule.situations else FAILS, ""))
    if rule.diplomas:
        if c.diploma is None:
            outcomes.append((OPEN, "je diploma"))
        elif c.diploma in rule.diplomas:
            outcomes.append((HOLDS, ""))
        elif c.diploma == "secundair" and rule.diplomas & SECONDARY_KINDS:
            kinds = " of ".join(sorted(k.upper() for k in rule.diplomas & SECONDARY_KINDS))
            outcomes.append((OPEN, f"de soort van je diploma: het moet een {kinds} zijn"))
        else:
            outcomes.append((FAILS, ""))
    if rule.experiences:
        kinds = c.experiences & rule.experiences
        enough = rule.min_experience_years is None or (
            (c.experience_years or 0) >= rule.min_experience_years
        )
        outcomes.append((HOLDS if kinds and enough else FAILS, ""))
    elif rule.min_experience_years is not None:
        outcomes.append(
            (HOLDS if (c.experience_years or 0) >= rule.min_experience_years else FAILS, "")
        )
    if rule.moments:
        outcomes.append((HOLDS if c.moments & rule.moments else FAILS, ""))
    if rule.wants_pay is not None:
        outcomes.append((HOLDS if c.wants_pay is rule.wants_pay else FAILS, ""))
    if rule.needs_held_qualification:
        outcomes.append((HOLDS if c.held_qualification else FAILS, ""))
    if any(outcome == FAILS for outcome, _ in outcomes):
        return FAILS, ""
    missing = [what for outcome, what in outcomes if outcome == OPEN]
    return (OPEN, " en ".join(missing)) if missing else (HOLDS, "")


def describe(candidate: Candidate) -> str:
    """The answers in one line, as a mentor would read them back."""
    moments = {"dag": "overdag", "avond": "'s avonds", "weekend": "in het weekend"}
    parts = []
    if candidate.age is not None:
        parts.append(f"{candidate.age} jaar")
    if candidate.situation:
        parts.append(SITUATIONS[candidate.situation].removeprefix("Ik ").lower())
    if candidate.diploma:
        parts.append(DIPLOMAS[candidate.diploma][0].lower() + DIPLOMAS[candidate.diploma][1:])
    if candidate.experience_years:
        parts.append(f"{candidate.experience_years} jaar ervaring in de kinderopvang")
    if candidate.volunteer:
        parts.append("ervaring met kinderen als vrijwilliger of in de vrije tijd")
    if candidate.held_qualification:
        parts.append(f"heeft al {CORE_QUALIFICATIONS[candidate.held_qualification]}")
    if candidate.moments:
        parts.append("les " + " of ".join(moments[m] for m in sorted(candidate.moments)))
    if candidate.wants_pay:
        parts.append("wil betaald leren")
    return " · ".join(parts)


def routes_for(candidate: Candidate, routes: list[RouteFacts]) -> list[RouteFit]:
    """Every route, judged for this candidate: fitting routes first (best first), then the rest."""
    fits = [route_judge(candidate, route) for route in routes]
    return sorted(fits, key=lambda fit: (not fit.fits, -fit.score))


def route_judge(c: Candidate, route: RouteFacts) -> RouteFit:
    """One route for one candidate: whether it fits, why, and how long it takes."""
    fit = RouteFit(route.slug, duration=_duration(c, route))
    if c.qualification and route.qualifications and c.qualification not in route.qualifications:
        names = " en ".join(
            CORE_QUALIFICATIONS.get(slug, slug).lower() for slug in route.qualifications
        )
        aim = CORE_QUALIFICATIONS.get(c.qualification, c.qualification).lower()
        fit.rule_out(f"{route.name} leidt tot {names}, niet tot {aim}.")
        return fit
    doors = [rule for rule in route.rules if rule.kind == RouteRule.Kind.ADMISSION]
    if doors and not _admitted(c, doors, fit):
        return fit
    for rule in route.rules:
        if rule.kind == RouteRule.Kind.ADMISSION or rule_outcome(rule, c)[0] != HOLDS:
            continue
        if rule.kind == RouteRule.Kind.ADVICE:
            fit.good(rule)
        else:
            fit.note(rule)
        if rule.duration:
            fit.duration = rule.duration
    return fit


def _admitted(c: Candidate, doors: list[Rule], fit: RouteFit) -> bool:
    """Apply the 'wie mag starten' rules; False (and the reason) when none lets the candidate in."""
    outcomes = [(door, *rule_outcome(door, c)) for door in doors]
    holding = [door for door, outcome, _ in outcomes if outcome == HOLDS]
    if holding:
        for door in holding:
            fit.good(door)
        return True
    open_doors = [(door, what) for door, outcome, what in outcomes if outcome == OPEN]
    if open_doors:
        # The first door that may let the candidate in, and what it depends on.
        door, what = open_doors[0]
        fit.good(door, depends_on=what)
        return True
    uncertain = [door for door in doors if door.is_uncertain]
    if uncertain:
        for door in uncertain:
            fit.reasons_against.append(
                Reason(
                    f"Volgens de bron is dit traject voor {door.who}.",
                    door.source,
                    door.source_url,
                    caveat=door.uncertainty,
                )
            )
        return True
    fit.rule_out(
        "Dit traject is voor " + " of voor ".join(door.who for door in doors if door.who) + ".",
        doors[0].source,
        doors[0].source_url,
    )
    return False


def _duration(c: Candidate, route: RouteFacts) -> str:
    """The duration for the qualification asked, or the route's own."""
    if c.qualification and route.qualifications.get(c.qualification):
        return route.qualifications[c.qualification]
    return route.duration
