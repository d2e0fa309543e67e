"""What an import of a list of schools found and did: per row, per offering, in Dutch."""

from dataclasses import dataclass, field
from enum import StrEnum

# Ending more than this share of a programme's offerings at once asks for a confirmation:
# a list that loses one school in six is more likely truncated or the wrong file than true.
SHRINK_LIMIT = 0.15


class Action(StrEnum):
    """What an import does, or would do, with one row."""

    NEW = "nieuw"
    CHANGED = "gewijzigd"
    UNCHANGED = "ongewijzigd"
    SKIPPED = "overgeslagen"
    ERROR = "fout"


@dataclass(frozen=True)
class Change:
    """One field that the import changes: the value in the portal and the one in the file."""

    label: str
    old: str
    new: str


@dataclass
class RowResult:
    """One row of the file: what happens to it, and why not if it cannot be imported."""

    line: int
    school_number: str
    name: str
    campus_number: str = ""
    action: Action | None = None
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    # Optional values (website, e-mail, phone, KBO number) repaired or left empty, each with
    # what the file said: they never block a row.
    value_notes: list[str] = field(default_factory=list)
    # The institution type (or level) for which the row was skipped, when that was the reason.
    skipped_level: str = ""

    @property
    def note(self) -> str:
        return "; ".join(self.notes + self.value_notes)

    @property
    def label(self) -> str:
        """How staff recognise the row: its line, school number and campus."""
        label = f"Regel {self.line}"
        if self.school_number:
            label += f" (schoolnummer {self.school_number}"
            if self.campus_number:
                label += f", vestigingsplaats {self.campus_number}"
            label += ")"
        return label


@dataclass(frozen=True)
class EndedOffering:
    """An offering of the programme whose school is no longer in the list ("verdwenen")."""

    pk: int
    provider: str
    school_number: str
    location: str
    title: str


@dataclass
class ImportReport:
    """What an import found in the file and did (or, in a dry run, would do) with each row."""

    dry_run: bool
    programme: str = ""
    rows: list[RowResult] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    ended: list[EndedOffering] = field(default_factory=list)
    # How many offerings of the programme and school year were current before this import.
    current_before: int = 0
    # Rows skipped because their level of education was not chosen, per level.
    skipped_levels: dict[str, int] = field(default_factory=dict)
    # Unchanged rows whose source or check date was brought up to date.
    rechecked: int = 0
    confirmed_shrink: bool = False
    is_written: bool = False

    @property
    def has_errors(self) -> bool:
        return bool(self.file_errors) or any(row.errors for row in self.rows)

    @property
    def shrinks_too_much(self) -> bool:
        """True when the list would end more than `SHRINK_LIMIT` of the programme's offerings."""
        return bool(self.current_before) and (len(self.ended) / self.current_before > SHRINK_LIMIT)

    @property
    def needs_confirmation(self) -> bool:
        return self.shrinks_too_much and not self.confirmed_shrink

    @property
    def shrink_warning(self) -> str:
        if not self.shrinks_too_much:
            return ""
        share = round(100 * len(self.ended) / self.current_before)
        return (
            f"Let op: deze lijst beëindigt {len(self.ended)} van de {self.current_before} "
            f"lopende aanbiedingen van {self.programme} ({share}%, meer dan "
            f"{round(SHRINK_LIMIT * 100)}%). Is het bestand volledig en is het de juiste "
            "lijst? Importeer alleen als je zeker bent, en bevestig dat uitdrukkelijk."
        )

    @property
    def totals(self) -> dict[str, int]:
        """Rows per action, every action listed (also with 0), in the order of `Action`."""
        counts = {str(action): 0 for action in Action}
        for row in self.rows:
            if row.action:
                counts[row.action] += 1
        return counts

    @property
    def error_messages(self) -> list[str]:
        """Every error in Dutch, the file's own first, then per row with its line number."""
        messages = list(self.file_errors)
        for row in self.rows:
            messages.extend(f"{row.label}: {error}" for error in row.errors)
        return messages

    @property
    def skipped_summary(self) -> str:
        if not self.skipped_levels:
            return ""
        parts = ", ".join(f"{count} {level}" for level, count in self.skipped_levels.items())
        return f"Overgeslagen (onderwijsniveau niet gekozen, of buiten het gebied): {parts}."

    @property
    def imports_nothing(self) -> bool:
        """Whether no row of a readable file would come in (all skipped, or none at all)."""
        totals = self.totals
        coming = totals[Action.NEW] + totals[Action.CHANGED] + totals[Action.UNCHANGED]
        return not self.file_errors and not self.has_errors and coming == 0

    @property
    def warning(self) -> str:
        """What staff must see first about a file that brings nothing in, in Dutch."""
        if not self.imports_nothing:
            return ""
        rows = len(self.rows)
        text = f"Let op: van de {rows} rijen in dit bestand wordt er geen enkele geïmporteerd."
        if self.skipped_levels:
            text += (
                " Ze zijn allemaal overgeslagen. Is dit de juiste lijst, en zijn de juiste "
                "onderwijsniveaus gekozen?"
            )
        return text

    @property
    def value_messages(self) -> list[str]:
        """Every optional value repaired or left empty, per row with its line number."""
        return [f"{row.label}: {note}" for row in self.rows for note in row.value_notes]

    @property
    def record_summary(self) -> str:
        """The summary as the log of imports keeps it: with the programme, if any, and every
        value that was repaired or left empty, with what the file said."""
        text = f"{self.programme}: {self.summary}" if self.programme else self.summary
        if self.value_messages:
            text += "\nAangepaste of weggelaten waarden:\n" + "\n".join(self.value_messages)
        return text

    @property
    def summary(self) -> str:
        if self.file_errors:
            return "Het bestand kan niet gelezen worden; er is niets geïmporteerd."
        totals = self.totals
        counts = ", ".join(
            f"{totals[action]} {action}" for action in Action if action != Action.ERROR
        )
        if self.programme:
            counts += f", {len(self.ended)} verdwenen"
        # A row is one campus (vestigingsplaats) of a school: say both counts, not one as the other.
        rows = len(self.rows)
        schools = len({row.school_number for row in self.rows if row.school_number})
        text = (
            f"{rows} {'vestigingsplaats' if rows == 1 else 'vestigingsplaatsen'} van {schools} "
            f"{'school' if schools == 1 else 'scholen'} in het bestand: {counts}."
        )
        if self.has_errors:
            wrong = totals[Action.ERROR]
            rows = "rij bevat" if wrong == 1 else "rijen bevatten"
            return f"{text} {wrong} {rows} fouten; er is niets geïmporteerd."
        if self.skipped_levels:
            text += f" {self.skipped_summary}"
        if self.value_messages:
            count = len(self.value_messages)
            text += (
                f" {count} {'waarde' if count == 1 else 'waarden'} in optionele velden "
                f"{'is' if count == 1 else 'zijn'} verbeterd of weggelaten (zie de opmerkingen)."
            )
        if self.imports_nothing:
            return f"{text} Er is niets geïmporteerd."
        if self.needs_confirmation:
            return f"{text} {self.shrink_warning} Er is nog niets opgeslagen."
        if self.dry_run:
            return f"{text} Voorvertoning: er is nog niets opgeslagen."
        if self.rechecked:
            text += (
                f" Bij {self.rechecked} ongewijzigde rijen zijn de bron en de controledatum "
                "bijgewerkt."
            )
        return text
