"""Content: loading the starting content, publishing, export and import, restoring deletions."""

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction

from portal.caching import content_changing
from portal.models import PublishableModel
from portal.services.geography import LoadReport
from portal.uploads import row_limit_check

CONTENT_FIXTURES = Path(settings.BASE_DIR) / "fixtures" / "content"


def content_load(
    *, directory: Path = CONTENT_FIXTURES, paths: list[Path] | None = None
) -> LoadReport:
    """Add content from JSON files: `fixtures/content/*.json` by name, or the given `paths`.

    Rows are named by their slug (natural keys). A row that already exists is left exactly as
    staff left it, so a second run writes nothing and an edit made in the admin survives. It
    also restores what `content_export()` wrote, into an empty database. All or nothing.

    The files are trusted (the portal's own fixtures, an operator's own export): a file from
    elsewhere goes through `content_import`, which checks every row first.
    """
    report = LoadReport()
    histories = defaultdict(list)
    with content_changing():  # one new version for every row: public pages show what comes in
        for path in paths if paths is not None else sorted(directory.glob("*.json")):
            with path.open(encoding="utf-8") as handle:
                for item in serializers.deserialize("json", handle):
                    _item_save(item, report, histories)
        # The rows' first history records, one insert per model rather than one per row.
        for model, rows in histories.items():
            model.history.bulk_history_create(rows, batch_size=500)
    return report


def _item_save(item, report: LoadReport, histories: dict | None = None) -> None:
    """Save one deserialised row unless it exists already, and count it.

    With `histories`, a row whose model keeps history is saved without its history record and
    added to `histories[model]`, for the caller to record in bulk; not one whose history keeps
    its links too (`_history_m2m_fields`), which a bulk record would leave out.
    """
    obj = item.object
    kind = str(obj._meta.verbose_name_plural)
    if obj.pk is not None:
        report.add(kind, "ongewijzigd")
        return
    later = (
        histories is not None
        and hasattr(obj, "save_without_historical_record")
        and not getattr(obj, "_history_m2m_fields", None)
    )
    if later:
        obj.skip_history_when_saving = True
    try:
        if getattr(obj, "created_at", None):
            # A restored export keeps its own timestamps: save it as it was written.
            item.save()
        else:
            obj.save()
            for name, values in (item.m2m_data or {}).items():
                getattr(obj, name).set(values)
    finally:
        if later:
            del obj.skip_history_when_saving
    if later:
        histories[type(obj)].append(obj)
    report.add(kind, "nieuw")


def content_publish(*, items, publish: bool) -> int:
    """Publish (or take offline) the given content, one save each so history records who did it."""
    status = PublishableModel.Status.PUBLISHED if publish else PublishableModel.Status.DRAFT
    changed = 0
    for item in items:
        if item.status != status:
            item.status = status
            item.save()
            changed += 1
    return changed


# Fields that name accounts: an export leaves them out, an import never sets them.
ACCOUNT_FIELDS = ("checked_by", "editors")


def exported_models() -> list:
    """Every model whose rows are the portal's content (not geography, accounts or logs).

    Not the proposals and readers' reports of providers either: they are the work of the back
    office, tied to accounts and, for a report, to a reader's contact.
    """
    from django.apps import apps

    labels = set(settings.CONTENT_APPS)
    skip = {"user", "province", "municipality", "formermunicipality", "formerniscode",
            "postallocality",
            "linkcheck", "importrecord", "ratelimithit", "contentversion",
            "proposal", "report"}  # fmt: skip
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label in labels
        and model._meta.model_name not in skip
        and not model._meta.model_name.startswith("historical")
    ]


def content_export() -> str:
    """All content as JSON with natural keys, in an order that `content_load` can restore."""
    ordered = serializers.sort_dependencies([(None, exported_models())], allow_cycles=True)
    objects = []
    for model in ordered:
        objects.extend(model._default_manager.order_by("pk"))
    data = json.loads(
        serializers.serialize(
            "json", objects, use_natural_foreign_keys=True, use_natural_primary_keys=True
        )
    )
    for item in data:
        fields = item["fields"]
        # Who checked a fact, who keeps a provider's offer: accounts, which an export does not
        # carry.
        for name in ACCOUNT_FIELDS:
            fields.pop(name, None)
        # Timestamps to the second: JSON keeps milliseconds only, so finer would not round-trip.
        for name in ("created_at", "updated_at"):
            if isinstance(fields.get(name), str) and len(fields[name]) > 20:
                fields[name] = fields[name][:19] + "Z"
    return json.dumps(data, ensure_ascii=False, indent=1)


class ContentImportError(Exception):
    """A content file that cannot be loaded, so nothing was written; `messages` say why, for
    staff, in Dutch."""

    def __init__(self, *messages: str):
        super().__init__("\n".join(messages))
        self.messages = list(messages)


# A file with many wrong rows lists this many; a count says how many more.
MAX_ERRORS_SHOWN = 20


def content_import(*, data: bytes, dry_run: bool) -> LoadReport:
    """Load an export (as `content_export` writes it): all or nothing, or only try it (dry run).

    A file from elsewhere may be anything, so each row is checked before anything is written:
    it is one of the models the export writes (never an account, group, right or session), it
    has only the fields of that model and no nested values, what it refers to exists (in the
    portal or earlier in the file), and it passes the checks of a form (`full_clean`: required
    fields, links that are web addresses, unique slugs). Existing rows stay as they are; new ones
    are added, in one transaction. A file that does not fit raises `ContentImportError` with
    every problem by row, and nothing is written.
    """
    try:
        items = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ContentImportError(
            "Dit is geen JSON-export van het portaal: het bestand is geen leesbare JSON."
        ) from None
    if not isinstance(items, list):
        raise ContentImportError(
            "Dit is geen JSON-export van het portaal: een export is een lijst van items, dit "
            "bestand is dat niet."
        )
    try:  # before a single row is read into the database
        row_limit_check(len(items))
    except ValidationError as error:
        raise ContentImportError(error.messages[0]) from None

    models = {model._meta.label_lower: model for model in exported_models()}
    report = LoadReport()
    errors: list[str] = []
    added: set[tuple[str, object]] = set()  # the rows this file added so far
    with transaction.atomic():
        for number, item in enumerate(items, start=1):
            problems = _row_problems(item, models)
            if not problems:
                problems = _row_load(item, models[item["model"]], report, added)
            errors += [f"Rij {number}: {problem}" for problem in problems]
        if dry_run or errors:
            transaction.set_rollback(True)
    if errors:
        shown = errors[:MAX_ERRORS_SHOWN]
        if len(errors) > MAX_ERRORS_SHOWN:
            shown.append(f"En nog {len(errors) - MAX_ERRORS_SHOWN} fouten.")
        raise ContentImportError(*shown)
    return report


def _row_problems(item, models: dict) -> list[str]:
    """What makes `item` no row of an export, before it is read into a model."""
    if not isinstance(item, dict) or not isinstance(item.get("model"), str):
        return ["dit is geen item van een export (een item heeft een 'model' en 'fields')."]
    if set(item) - {"model", "pk", "fields"} or not isinstance(item.get("fields"), dict):
        return ["dit is geen item van een export (een item heeft een 'model' en 'fields')."]
    label = item["model"].lower()
    if label not in models:
        return [
            f"'{item['model'][:60]}' is geen inhoud van het portaal. Een import brengt alleen "
            "inhoud terug (trajecten, aanbieders, premies, teksten ...), nooit accounts, rollen, "
            "rechten of sessies."
        ]
    item["model"] = label
    model = models[label]
    names = {field.name for field in [*model._meta.fields, *model._meta.many_to_many]}
    problems = []
    for name, value in item["fields"].items():
        if name not in names:
            problems.append(f"het veld '{name[:60]}' bestaat niet voor {_kind(model)}.")
        elif name in ACCOUNT_FIELDS and value not in (None, []):
            problems.append(
                f"het veld '{name}' noemt accounts. Een import brengt geen accounts mee: laat "
                "het weg."
            )
        elif not _flat(value):
            problems.append(f"het veld '{name}' heeft een geneste waarde, die past hier niet.")
    if not isinstance(item.get("pk", None), int | str | None):
        problems.append("de sleutel ('pk') is geen getal of tekst.")
    return problems


def _flat(value) -> bool:
    """A value a field of the export can hold: a scalar, a natural key, or a list of keys."""
    scalar = (str, int, float, bool, type(None))
    if isinstance(value, scalar):
        return True
    if isinstance(value, list):
        return all(
            isinstance(v, scalar) or (isinstance(v, list) and all(isinstance(w, scalar) for w in v))
            for v in value
        )
    return False


def _kind(model) -> str:
    return str(model._meta.verbose_name)


def _row_load(item: dict, model, report: LoadReport, added: set) -> list[str]:
    """Check the row's references and fields, and save it if it is new; its problems."""
    from django.core.serializers.base import DeserializationError

    fields = {name: value for name, value in item["fields"].items() if name not in ACCOUNT_FIELDS}
    problems = _missing_references(model, fields)
    if problems:
        return problems
    try:
        (deserialized,) = serializers.deserialize(
            "python", [{**item, "fields": fields}], handle_forward_references=False
        )
    except (DeserializationError, ValidationError, ValueError, TypeError) as error:
        cause = error.__context__ if isinstance(error, DeserializationError) else error
        detail = " ".join(cause.messages) if isinstance(cause, ValidationError) else str(cause)
        return [f"dit item past niet bij {_kind(model)}: {detail[:200]}"]
    obj = deserialized.object
    if (model._meta.label, obj.pk) in added:
        return [f"dit is dezelfde {_kind(model)} als een rij eerder in dit bestand (zelfde slug)."]
    if obj.pk is not None:  # it exists: left as it is
        report.add(str(model._meta.verbose_name_plural), "ongewijzigd")
        return []
    try:
        obj.full_clean()
    except ValidationError as error:
        return [
            f"{_field_label(model, name)}: {message}"
            for name, messages in error.message_dict.items()
            for message in messages
        ]
    _item_save(deserialized, report)
    added.add((model._meta.label, deserialized.object.pk))
    return []


def _missing_references(model, fields: dict) -> list[str]:
    """A reference to a row that is neither in the portal nor earlier in the file."""
    problems = []
    for name, value in fields.items():
        field = model._meta.get_field(name)
        if not field.is_relation or value in (None, []):
            continue
        keys = value if field.many_to_many else [value]
        for key in keys:
            if not _exists(field.related_model, key):
                shown = ", ".join(map(str, key)) if isinstance(key, list) else str(key)
                problems.append(
                    f"{_field_label(model, name)}: '{shown[:80]}' bestaat niet in het portaal "
                    "(en niet eerder in dit bestand)."
                )
    return problems


def _exists(model, key) -> bool:
    manager = model._default_manager
    try:
        if isinstance(key, list):
            manager.get_by_natural_key(*key)
            return True
        return manager.filter(pk=key).exists()
    except (
        model.DoesNotExist,
        model.MultipleObjectsReturned,
        ValidationError,
        ValueError,
        TypeError,
    ):
        return False


def _field_label(model, name: str) -> str:
    if name == "__all__":
        return "het geheel"
    try:
        return f"veld '{model._meta.get_field(name).verbose_name}'"
    except FieldDoesNotExist:  # a name of Django's own validation
        return f"veld '{name}'"


@dataclass(frozen=True)
class DeletedItem:
    model_label: str
    kind: str
    record: object  # the historical record of the deletion


def deleted_content(*, limit: int = 50) -> list[DeletedItem]:
    """The most recent deletions of content that has not come back, newest first."""
    from portal.dashboard import content_models

    found = []
    for model in content_models():
        history = model.history.model
        deleted = history.objects.filter(history_type="-").order_by("-history_date")[:limit]
        deleted = deleted.select_related("history_user")
        existing = set(
            model.objects.filter(pk__in=[d.id for d in deleted]).values_list("pk", flat=True)
        )
        found += [
            DeletedItem(model._meta.label, str(model._meta.verbose_name), record)
            for record in deleted
            if record.id not in existing
        ]
    return sorted(found, key=lambda item: item.record.history_date, reverse=True)[:limit]


def content_restore(*, model_label: str, history_id: int, publish: bool = True):
    """Bring a deleted item back as it was just before it was deleted.

    Without the right to `publish`, it comes back as a draft. Raises the history model's
    `DoesNotExist` when there is no such deletion.
    """
    from django.apps import apps

    model = apps.get_model(model_label)
    record = model.history.model.objects.get(history_id=history_id, history_type="-")
    restored = record.instance
    if not publish:
        restored.status = PublishableModel.Status.DRAFT
    restored.save()
    return restored
