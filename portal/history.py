"""What staff changed, said in Dutch, and undone whole: a row with its inline rows and its links.

django-simple-history keeps a version of every row on each save: of the row staff edit (a
premium), of each row edited inline on its page (its amounts) and, for the fields a model
lists in `_history_m2m_fields`, of its many-to-many links (its routes). This module reads those
versions together:

- `history_timeline()`: one list of what happened to an item and its inline rows, newest
  first, each change as "field: old → new" in the words of the back office;
- `item_snapshot()` and `snapshot_changes()`: what an item looks like now, and what changed
  between two moments, so that a revert says truly what it did;
- `related_restore()`: the inline rows as they were at a moment, back (added ones removed,
  removed ones back, changed ones as they were).

One save in the back office writes the item first, then its links, then its inline rows, all
within a few seconds by one person: that is one *burst*. Undoing "to a version" means to the
state after that burst, until the next change of the item.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models
from django.utils import timezone
from django.utils.formats import date_format

from portal.text import format_euro

# Saves of one item by one person closer together than this are one change (one admin save).
BURST = datetime.timedelta(seconds=10)

# The change reason of the version that the migration adding link history wrote for every
# existing item: versions older than it do not know the item's links.
LINKS_HISTORY_START = "Vanaf hier bewaart de geschiedenis ook de koppelingen."

ACTIONS = {"+": "aangemaakt", "~": "gewijzigd", "-": "verwijderd"}


def value_display(model_field, value) -> str:
    """A value as staff read it: a Dutch date, 'ja'/'nee', a choice's label, an amount, '—'."""
    if isinstance(value, str):
        value = value.replace("\r\n", "\n")  # a browser's line endings are no change
    if value in (None, ""):
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if model_field is not None and model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value), "j F Y, H:i")
    if isinstance(value, datetime.date):
        return date_format(value, "j F Y")
    if isinstance(value, Decimal):
        if model_field is not None and model_field.name.endswith("_eur"):
            return format_euro(value)
        return f"{value:f}".rstrip("0").rstrip(".").replace(".", ",")
    return str(value)


@dataclass(frozen=True)
class Change:
    """One field of one row, before and after."""

    label: str
    old: str
    new: str

    def __str__(self):
        return f"{self.label}: {self.old} → {self.new}"


@dataclass
class Entry:
    """One line of an item's history: a save of the item, or of one of its inline rows."""

    when: datetime.datetime
    user: object
    subject: str  # "premie" or "bedrag € 600 (altijd)"
    action: str  # aangemaakt, gewijzigd, verwijderd
    changes: list[Change] = field(default_factory=list)
    reason: str = ""
    # The version of the item to go back to (a record of the item itself), and the link to an
    # inline row's own history.
    revert_record: object = None
    row_history_url: str = ""


@dataclass(frozen=True)
class Related:
    """Rows edited inline on an item's page, kept in their own history."""

    model: type[models.Model]
    fk_name: str  # the foreign key to the item
    fields: tuple[str, ...]  # what the inline shows: what a snapshot and a restore cover


def related_of(model_admin, request, obj) -> list[Related]:
    """The inline rows of `model_admin`'s page that have a history of their own."""
    from django.contrib.admin.options import InlineModelAdmin
    from django.forms.models import _get_foreign_key

    found = []
    for inline_class in model_admin.get_inlines(request, obj):
        model = inline_class.model
        if not hasattr(model, "history") or not issubclass(inline_class, InlineModelAdmin):
            continue
        fk = _get_foreign_key(type(obj), model, fk_name=inline_class.fk_name)
        names = inline_class.fields or [
            f.name for f in model._meta.concrete_fields if f.editable and f is not fk
        ]
        fields = tuple(n for n in names if isinstance(n, str) and is_field(model, n))
        found.append(Related(model, fk.name, fields))
    return found


def is_field(model, name: str) -> bool:
    try:
        model._meta.get_field(name)
    except Exception:  # a method or an admin display, not a column
        return False
    return True


def _tracked_fields(model) -> list[models.Field]:
    """The columns a change is made of: editable, not timestamps the database keeps."""
    return [
        f
        for f in model._meta.concrete_fields
        if f.editable and not f.primary_key and not getattr(f, "auto_now", False)
    ]


def _m2m_fields(model) -> list[models.ManyToManyField]:
    names = getattr(model, "_history_m2m_fields", [])
    return [model._meta.get_field(name) for name in names]


class _Names:
    """The names of related rows, looked up once per page (a history shows the same many)."""

    def __init__(self):
        self.cache: dict[tuple, str] = {}

    def of(self, model_field, value) -> str:
        if value in (None, ""):
            return "—"
        key = (model_field.related_model, value)
        if key not in self.cache:
            target = model_field.related_model._default_manager.filter(pk=value).first()
            self.cache[key] = str(target) if target is not None else f"(verwijderd, {value})"
        return self.cache[key]


def _row_values(row, fields, names: _Names) -> dict[str, str]:
    values = {}
    for f in fields:
        raw = getattr(row, f.attname)
        values[str(f.verbose_name)] = names.of(f, raw) if f.is_relation else value_display(f, raw)
    return values


def _changes(before: dict[str, str], after: dict[str, str]) -> list[Change]:
    return [
        Change(label, before.get(label, "—"), after[label])
        for label in after
        if before.get(label, "—") != after[label]
    ]


def links_of(record, m2m_field) -> list | None:
    """The primary keys a version of an item linked to, or None when that version predates
    the history of links (see `LINKS_HISTORY_START`)."""
    model = record.instance_type
    started = model.history.filter(
        **{model._meta.pk.attname: getattr(record, model._meta.pk.attname)},
        history_change_reason=LINKS_HISTORY_START,
        history_date__gt=record.history_date,
    )
    if started.exists():
        return None
    target = m2m_field.m2m_reverse_field_name()
    return sorted(getattr(record, m2m_field.name).values_list(f"{target}_id", flat=True))


def _links_display(m2m_field, pks, names: _Names) -> str:
    if pks is None:
        return "niet bewaard"
    remote = m2m_field.remote_field.model
    key = (remote, tuple(pks))
    if key not in names.cache:
        labels = sorted(str(o) for o in remote._default_manager.filter(pk__in=pks))
        names.cache[key] = ", ".join(labels) or "—"
    return names.cache[key]


def bursts(records: list) -> list[list]:
    """Records of one item, oldest first, grouped into the saves of one person (`BURST`)."""
    groups: list[list] = []
    for record in records:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and record.history_user_id == last.history_user_id
            and record.history_date - last.history_date <= BURST
            and record.history_type == "~"
            # A revert or an accepted proposal is a change of its own, named by its reason.
            and record.history_change_reason == last.history_change_reason
        ):
            groups[-1].append(record)
        else:
            groups.append([record])
    return groups


def moment_of(record) -> datetime.datetime:
    """The moment a version of an item stands for: just before the next save of the item by
    anyone (the inline rows saved in the same burst belong to it), or now."""
    model = record.instance_type
    pk = model._meta.pk.attname
    records = list(
        model.history.filter(**{pk: getattr(record, pk)}).order_by("history_date", "history_id")
    )
    for group in bursts(records):
        if group[0].history_date > record.history_date and record not in group:
            return group[0].history_date - datetime.timedelta(microseconds=1)
    return timezone.now()


def history_timeline(obj, related: list[Related], *, limit: int = 200) -> list[Entry]:
    """What happened to `obj` and its inline rows, newest first, each save with its changes."""
    names = _Names()
    model = type(obj)
    fields = _tracked_fields(model)
    m2m = _m2m_fields(model)
    records = list(
        model.history.filter(**{model._meta.pk.attname: obj.pk})
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    entries = []
    previous, previous_links = None, {}
    for group in bursts(records):
        last = group[-1]
        values = _row_values(last, fields, names)
        links = {f: links_of(last, f) for f in m2m}
        changes = []
        if previous is not None and last.history_type != "-":
            changes = _changes(previous, values)
            for f in m2m:
                old, new = previous_links.get(f), links[f]
                if old is not None and new is not None and old != new:
                    changes.append(
                        Change(
                            str(f.verbose_name),
                            _links_display(f, old, names),
                            _links_display(f, new, names),
                        )
                    )
        entries.append(
            Entry(
                when=group[0].history_date,
                user=last.history_user,
                subject=str(model._meta.verbose_name),
                action=ACTIONS.get(group[0].history_type, "gewijzigd"),
                changes=changes,
                reason="; ".join(
                    dict.fromkeys(r.history_change_reason for r in group if r.history_change_reason)
                ),
                revert_record=last if last.history_type != "-" else None,
            )
        )
        previous, previous_links = values, links
    for rel in related:
        entries += _related_entries(obj, rel, names)
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries[:limit]


def _related_entries(obj, rel: Related, names: _Names) -> list[Entry]:
    from django.urls import NoReverseMatch, reverse

    fields = [rel.model._meta.get_field(n) for n in rel.fields]
    fields = [f for f in fields if f.concrete and f.name != rel.fk_name]
    records = (
        rel.model.history.filter(**{f"{rel.fk_name}_id": obj.pk})
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    meta = rel.model._meta
    entries, previous = [], {}
    for record in records:
        pk = getattr(record, meta.pk.attname)
        values = _row_values(record, fields, names)
        changes = []
        if pk in previous and record.history_type == "~":
            changes = _changes(previous[pk], values)
        try:
            url = reverse(f"admin:{meta.app_label}_{meta.model_name}_history", args=[pk])
        except NoReverseMatch:
            url = ""
        entries.append(
            Entry(
                when=record.history_date,
                user=record.history_user,
                subject=f"{meta.verbose_name} ‘{record.instance}’",
                action=ACTIONS.get(record.history_type, "gewijzigd"),
                changes=changes,
                reason=record.history_change_reason or "",
                row_history_url=url,
            )
        )
        previous[pk] = values
    return entries


# A snapshot: what an item looks like, as {key: (label, value)}. Keys of an inline row's
# fields start with the row's own key ("bedrag#3"), whose value says the row is there.
Snapshot = dict[str, tuple[str, str]]
ROW_IS_THERE = "aanwezig"


def _add_row(snapshot: Snapshot, rel: Related, row, fields, names: _Names) -> None:
    meta = rel.model._meta
    key = f"{meta.label_lower}#{row.pk}"
    name = f"{meta.verbose_name} ‘{row}’"
    snapshot[key] = (name, ROW_IS_THERE)
    for f, value in zip(fields, _row_values(row, fields, names).values(), strict=True):
        snapshot[f"{key}.{f.name}"] = (f"{name}, {f.verbose_name}", value)


def _add_item(snapshot: Snapshot, values: dict[str, str]) -> None:
    for label, value in values.items():
        snapshot[label] = (label, value)


def _inline_fields(rel: Related) -> list:
    fields = [rel.model._meta.get_field(n) for n in rel.fields]
    return [f for f in fields if f.concrete and f.name != rel.fk_name]


def item_snapshot(obj, related: list[Related]) -> Snapshot:
    """What staff see of an item now: its fields, its links and each inline row."""
    names = _Names()
    model = type(obj)
    snapshot: Snapshot = {}
    _add_item(snapshot, _row_values(obj, _tracked_fields(model), names))
    for f in _m2m_fields(model):
        pks = sorted(getattr(obj, f.name).values_list("pk", flat=True))
        snapshot[str(f.verbose_name)] = (str(f.verbose_name), _links_display(f, pks, names))
    for rel in related:
        fields = _inline_fields(rel)
        for row in rel.model._default_manager.filter(**{rel.fk_name: obj}).order_by("pk"):
            _add_row(snapshot, rel, row, fields, names)
    return snapshot


def version_snapshot(obj, record, related: list[Related]) -> Snapshot:
    """What `obj` looked like in a version (`record`), in the form of `item_snapshot`: its
    fields, its links (today's where the version does not know them) and its inline rows
    at the moment the version stands for (`moment_of`)."""
    names = _Names()
    model = type(obj)
    snapshot: Snapshot = {}
    _add_item(snapshot, _row_values(record, _tracked_fields(model), names))
    for f in _m2m_fields(model):
        pks = links_of(record, f)
        if pks is None:
            pks = sorted(getattr(obj, f.name).values_list("pk", flat=True))
        snapshot[str(f.verbose_name)] = (str(f.verbose_name), _links_display(f, pks, names))
    moment = moment_of(record)
    for rel in related:
        fields = _inline_fields(rel)
        of_item = {f"{rel.fk_name}_id": obj.pk}
        pk_name = rel.model._meta.pk.attname
        known = set(rel.model.history.filter(**of_item).values_list(pk_name, flat=True))
        rows = {
            row.pk: row
            for row in rel.model._default_manager.filter(**of_item)
            if row.pk not in known
        }
        rows.update({row.pk: row for row in rel.model.history.as_of(moment).filter(**of_item)})
        for pk in sorted(rows):
            _add_row(snapshot, rel, rows[pk], fields, names)
    return snapshot


def snapshot_changes(before: Snapshot, after: Snapshot) -> list[Change]:
    """What differs between two snapshots: fields, links, and inline rows that came, went or
    changed (a row that came or went is one change, not one per field)."""
    came_or_went = {
        key
        for key in {*before, *after}
        if "." not in key and "#" in key and (key in before) != (key in after)
    }
    changes = []
    for key in dict.fromkeys([*before, *after]):
        if key.split(".")[0] in came_or_went and "." in key:
            continue
        label = (before.get(key) or after[key])[0]
        old = before[key][1] if key in before else "—"
        new = after[key][1] if key in after else "—"
        if key in came_or_went:
            old, new = ("er", "weg") if key in before else ("er niet", "toegevoegd")
        if old != new:
            changes.append(Change(label, old, new))
    return changes


def related_restore(obj, related: list[Related], moment: datetime.datetime, *, user, reason):
    """Put the inline rows of `obj` back as they were at `moment`.

    Rows added since are deleted, rows deleted since come back with their own primary key,
    changed rows get their values back; each of these saves is in the row's own history.
    Rows that have no history at all (older than the history) are left as they are.
    """
    for rel in related:
        history = rel.model.history
        of_item = {f"{rel.fk_name}_id": obj.pk}
        then = {row.pk: row for row in history.as_of(moment).filter(**of_item)}
        known = set(history.filter(**of_item).values_list(rel.model._meta.pk.attname, flat=True))
        now = {row.pk: row for row in rel.model._default_manager.filter(**of_item)}
        columns = _tracked_fields(rel.model)
        for pk, row in now.items():
            if pk not in then and pk in known:
                row._history_user, row._change_reason = user, reason
                row.delete()
        for pk, old in then.items():
            current = now.get(pk)
            if current is None or any(
                getattr(current, f.attname) != getattr(old, f.attname) for f in columns
            ):
                old._history_user, old._change_reason = user, reason
                old.save()


def links_history_start(apps, app_label: str, model_names: list[str]) -> None:
    """For a migration that starts keeping the links of these models in their history: a
    version of every existing item with its links now, so that older versions are known not
    to know their links (`links_of`)."""
    now = timezone.now()
    for name in model_names:
        model = apps.get_model(app_label, name)
        history = apps.get_model(app_label, f"Historical{name}")
        columns = [f.attname for f in model._meta.concrete_fields]
        for item in model.objects.all():
            record = history.objects.create(
                history_date=now,
                history_type="~",
                history_change_reason=LINKS_HISTORY_START,
                **{c: getattr(item, c) for c in columns},
            )
            for m2m in model._meta.many_to_many:
                try:
                    links = apps.get_model(app_label, f"Historical{name}_{m2m.name}")
                except LookupError:
                    continue
                through = m2m.remote_field.through
                source, target = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
                links.objects.bulk_create(
                    links(history=record, **{f"{source}_id": item.pk, f"{target}_id": t, "id": i})
                    for i, t in through.objects.filter(**{f"{source}_id": item.pk}).values_list(
                        "pk", f"{target}_id"
                    )
                )
