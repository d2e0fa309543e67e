"""Providers keep their own offer: their changes wait as proposals until editorial staff accept.

What a provider may change is listed here, per model; the admin shows exactly these fields as
editable to an Aanbieder. A proposal holds every field whose proposed value differs from what
is live, so a second edit while the first waits replaces it rather than adding a twin.

Each change also keeps the value that was live when it was proposed. When staff change that
field directly while the proposal waits, accepting it would silently undo their change: the
review shows such a field as changed since, and accepting then needs the reviewer's explicit
word that the proposal wins (`proposal_accept(..., overwrite=True)`).
"""

import datetime

from django.db import models, transaction
from django.utils import timezone
from django.utils.formats import date_format

from portal.caching import content_changed
from trajectories.models import Location, Offering, Proposal, Provider

# Contact, address, and what an offering's page says about when and how.
PROVIDER_FIELDS: dict[type[models.Model], list[str]] = {
    Provider: ["website", "email", "phone"],
    Location: ["street", "house_number", "postcode", "municipality", "place_note"],
    Offering: [
        "is_daytime",
        "is_evening",
        "is_weekend",
        "is_distance",
        "starts_on",
        "ends_on",
        "start_note",
        "duration",
        "language",
        "enrolment",
        "enrolment_opens_on",
        "notes",
    ],
}
# A provider adds an offering of a route it teaches: these are set once, when it is added.
NEW_OFFERING_FIELDS = ["title", "location", "route", "school_year", "is_dual"]


def value_display(obj: models.Model, name: str, value=None, *, use_obj: bool = True) -> str:
    """A field's value as the reviewer reads it: 'ja'/'nee', a label, a Dutch date, a name."""
    field = obj._meta.get_field(name)
    if use_obj:
        value = getattr(obj, name)
    if value in (None, ""):
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, datetime.date):
        return date_format(value, "j F Y")
    return str(value)


def _json_value(field, value):
    if isinstance(field, models.ForeignKey):
        return value.pk if value is not None else None
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _live_value(obj, field):
    return getattr(obj, field.attname)


def _same(field, live, proposed) -> bool:
    if isinstance(field, models.ForeignKey):
        return live == proposed
    return field.to_python(live) == field.to_python(proposed)


def proposal_target_filter(obj: models.Model) -> dict:
    if isinstance(obj, Offering):
        return {"offering": obj}
    if isinstance(obj, Location):
        return {"location": obj}
    return {"provider": obj, "location": None, "offering": None}


def _provider_of(obj: models.Model) -> Provider:
    if isinstance(obj, Offering):
        return obj.location.provider
    if isinstance(obj, Location):
        return obj.provider
    return obj


@transaction.atomic
def proposal_submit(*, obj: models.Model, values: dict, user, is_new: bool = False):
    """Keep `values` (field name -> cleaned value) for `obj` as its pending proposal.

    Only fields a provider may change count, and only those that differ from the live row
    (`obj` as it is in the database). Returns the proposal, or None when nothing differs.
    """
    allowed = PROVIDER_FIELDS[type(obj)] + (NEW_OFFERING_FIELDS if is_new else [])
    live = type(obj).objects.get(pk=obj.pk)
    changes = {}
    for name in allowed:
        if name not in values:
            continue
        field = obj._meta.get_field(name)
        proposed = _json_value(field, values[name])
        if is_new or not _same(field, _live_value(live, field), proposed):
            changes[name] = {
                "value": proposed,
                "display": value_display(obj, name, values[name], use_obj=False),
                "was": _json_value(field, getattr(live, name)),
                "was_display": value_display(live, name),
            }
    pending = Proposal.objects.select_for_update().pending().filter(**proposal_target_filter(obj))
    proposal = pending.first()
    if not changes:
        if proposal is not None:
            proposal.delete()  # the provider undid its own change; the history keeps it
        return None
    if proposal is None:
        proposal = Proposal(**{**proposal_target_filter(obj), "provider": _provider_of(obj)})
    proposal.changes = changes
    proposal.is_new = is_new
    proposal.proposed_by = user
    proposal.save()
    return proposal


def proposal_apply(*, obj: models.Model, proposal: Proposal) -> models.Model:
    """Set the proposed values on `obj` in memory (to show them in the provider's form)."""
    for name, entry in proposal.changes.items():
        field = obj._meta.get_field(name)
        value = entry["value"]
        setattr(obj, field.attname, value if field.is_relation else field.to_python(value))
    return obj


def proposal_changed_since(proposal: Proposal, live: models.Model) -> list[str]:
    """The fields of a waiting proposal whose live value is no longer the one it was proposed
    over (changed directly by staff meanwhile). A proposal kept before that value was, or one
    already handled, says none."""
    if proposal.status != Proposal.Status.PENDING:
        return []
    changed = []
    for name, entry in proposal.changes.items():
        if proposal.is_new or "was" not in entry:
            continue
        field = live._meta.get_field(name)
        if not _same(field, _live_value(live, field), entry["was"]):
            changed.append(name)
    return changed


class ChangedSince(Exception):
    """Accepting would undo a change staff made directly since the proposal."""

    def __init__(self, fields: list[str]):
        super().__init__(fields)
        self.fields = fields


@transaction.atomic
def proposal_accept(*, proposal: Proposal, user, overwrite: bool = False) -> models.Model:
    """Make the proposal live: the row changes (kept in its history, so it can be undone), and
    the provider's page says when the provider updated it.

    Raises `ChangedSince` when a proposed field was changed online since, unless `overwrite`.
    """
    # The version before the row (as every writer takes them): the provider page changes, and
    # so does the provider row below, by an update that sends no signal.
    content_changed()
    target = type(proposal.target).objects.select_for_update().get(pk=proposal.target.pk)
    changed = proposal_changed_since(proposal, target)
    if changed and not overwrite:
        raise ChangedSince(changed)
    was_municipality = getattr(target, "municipality_id", None)
    proposal_apply(obj=target, proposal=proposal)
    on = timezone.localdate(proposal.updated_at)
    if isinstance(target, Offering):
        target.provider_updated_on = on
        if proposal.is_new:
            target.status = Offering.Status.PUBLISHED
    elif isinstance(target, Provider):
        target.provider_updated_on = on
        # The provider itself is now the source of its contact, on the day it proposed it.
        target.contact_source_url, target.contact_checked_on = "", on
    else:  # a location: the provider gave its address
        target.place_source_url, target.place_checked_on = "", on
        if target.municipality_id != was_municipality:  # its point follows its town
            target.latitude = target.longitude = None
            target.clean()
    target._change_reason = "Voorstel van de aanbieder aanvaard"
    target.save()
    provider = proposal.provider
    if not isinstance(target, Provider):
        Provider.objects.filter(pk=provider.pk).update(provider_updated_on=on)
    proposal.handle(status=Proposal.Status.ACCEPTED, user=user)
    return target


@transaction.atomic
def proposal_return(*, proposal: Proposal, user, message: str) -> None:
    """Send the proposal back with a message; the live row stays as it was."""
    proposal.handle(status=Proposal.Status.RETURNED, user=user, message=message)


def offerings_confirm(*, offerings, user, today: datetime.date) -> int:
    """The provider says these offerings still hold ("klopt nog"): only their checked date moves."""
    count = 0
    for offering in offerings:
        offering.mark_checked(user=user, on=today)
        count += 1
    return count
