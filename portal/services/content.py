"""Content: loading the starting content, publishing, export and import, restoring deletions."""

import json
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.exceptions import ValidationError
from django.db import transaction

from portal.caching import content_changed
from portal.models import PublishableModel
from portal.services.geography import LoadReport
from portal.uploads import row_limit_check

CONTENT_FIXTURES = Path(settings.BASE_DIR) / "fixtures" / "content"


@transaction.atomic
def content_load(
    *, directory: Path = CONTENT_FIXTURES, paths: list[Path] | None = None
) -> LoadReport:
    """Add content from JSON files: `fixtures/content/*.json` by name, or the given `paths`.

    Rows are named by their slug (natural keys). A row that already exists is left exactly as
    staff left it, so a second run writes nothing and an edit made in the admin survives. It
    also restores what `content_export()` wrote, into an empty database. All or nothing.
    """
    report = LoadReport()
    content_changed()  # before the first row: public pages show what comes in
    for path in paths if paths is not None else sorted(directory.glob("*.json")):
        with path.open(encoding="utf-8") as handle:
            for item in serializers.deserialize("json", handle):
                obj = item.object
                kind = str(obj._meta.verbose_name_plural)
                if obj.pk is not None:
                    report.add(kind, "ongewijzigd")
                    continue
                if getattr(obj, "created_at", None):
                    # A restored export keeps its own timestamps: save it as it was written.
                    item.save()
                else:
                    obj.save()
                    for name, values in (item.m2m_data or {}).items():
                        getattr(obj, name).set(values)
                report.add(kind, "nieuw")
    return report


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


def exported_models() -> list:
    """Every model whose rows are the portal's content (not geography, users or logs)."""
    from django.apps import apps

    labels = {"portal", "qualifications", "trajectories", "incentives"}
    skip = {"user", "province", "municipality", "formermunicipality", "formerniscode",
            "postallocality",
            "linkcheck", "importrecord", "ratelimithit", "contentversion"}  # fmt: skip
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
        # Who checked a fact refers to an account, which an export does not carry.
        fields.pop("checked_by", None)
        # Timestamps to the second: JSON keeps milliseconds only, so finer would not round-trip.
        for name in ("created_at", "updated_at"):
            if isinstance(fields.get(name), str) and len(fields[name]) > 20:
                fields[name] = fields[name][:19] + "Z"
    return json.dumps(data, ensure_ascii=False, indent=1)


class ContentImportError(Exception):
    """A content file that cannot be loaded; the message is for staff, in Dutch."""


def content_import(*, data: bytes, dry_run: bool) -> LoadReport:
    """Load an export (as `content_export` writes it): all or nothing, or only try it (dry run).

    Existing rows stay as they are; new ones are added. A file that does not fit raises
    `ContentImportError` with what is wrong, and nothing is written.
    """
    import tempfile

    from django.core.serializers.base import DeserializationError

    try:
        items = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ContentImportError(f"Dit is geen JSON-export van het portaal ({error}).") from None
    if not isinstance(items, list):
        raise ContentImportError("Dit is geen JSON-export van het portaal (geen lijst).")
    try:  # before a single row is read into the database
        row_limit_check(len(items))
    except ValidationError as error:
        raise ContentImportError(error.messages[0]) from None
    with tempfile.NamedTemporaryFile(suffix=".json") as handle:
        handle.write(data)
        handle.flush()
        try:
            with transaction.atomic():
                report = content_load(paths=[Path(handle.name)])
                if dry_run:
                    transaction.set_rollback(True)
        except DeserializationError as error:
            raise ContentImportError(
                f"Het bestand past niet bij het portaal: {error}. Er is niets gewijzigd."
            ) from None
    return report


@dataclass(frozen=True)
class DeletedItem:
    model_label: str
    kind: str
    record: object  # the historical record of the deletion


def deleted_content(*, limit: int = 50) -> list[DeletedItem]:
    """The most recent deletions of content that has not come back, newest first."""
    from portal.freshness import content_models

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


def content_restore(*, model_label: str, history_id: int):
    """Bring a deleted item back as it was just before it was deleted."""
    from django.apps import apps

    model = apps.get_model(model_label)
    record = model.history.model.objects.get(history_id=history_id, history_type="-")
    restored = record.instance
    restored.save()
    return restored
