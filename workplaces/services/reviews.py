"""What sector staff review of an employer: its first publication, and its name or KBO number.

The same review as the providers' proposals (trajectories.services.proposals): a change waits
with what was live beside it, staff accept it with one click or send it back with a message, and
an accepted change is in the employer's history. Places, sites and pauses are not reviewed: they
are the employer's own and go live at once.
"""

from django.db import transaction

from portal.caching import content_changed
from trajectories.services.proposals import value_display
from workplaces.models import Employer, EmployerReview, Status

REVIEWED_FIELDS = ["name", "kbo_number"]


def _pending(employer: Employer):
    return EmployerReview.objects.select_for_update().filter(
        employer=employer, status=EmployerReview.Status.PENDING
    )


@transaction.atomic
def employer_first_publication_ask(*, employer: Employer, user) -> EmployerReview:
    """The employer asks to go online (once, at registration): it waits for staff."""
    review = _pending(employer).first()
    if review is None:
        review = EmployerReview(employer=employer)
    review.is_first = True
    review.proposed_by = user
    review.changes = {
        name: {"value": getattr(employer, name), "display": value_display(employer, name)}
        for name in REVIEWED_FIELDS
    }
    review.save()
    return review


@transaction.atomic
def employer_change_submit(*, employer: Employer, values: dict, user) -> EmployerReview | None:
    """Keep a new name or KBO number of a published employer as a change for staff to review;
    the live row keeps the old ones. Returns the review, or None when nothing differs."""
    live = Employer.objects.get(pk=employer.pk)
    changes = {
        name: {
            "value": values[name],
            "display": value_display(live, name, values[name], use_obj=False),
            "was_display": value_display(live, name),
        }
        for name in REVIEWED_FIELDS
        if name in values and values[name] != getattr(live, name)
    }
    review = _pending(employer).first()
    if review is not None and review.is_first:
        # Not online yet: the first publication shows the newest name and number.
        Employer.objects.filter(pk=employer.pk).update(
            **{name: entry["value"] for name, entry in changes.items()}
        )
        return employer_first_publication_ask(
            employer=Employer.objects.get(pk=employer.pk), user=user
        )
    if not changes:
        if review is not None:
            review.delete()  # the employer undid its own change
        return None
    if review is None:
        review = EmployerReview(employer=employer)
    review.changes = changes
    review.proposed_by = user
    review.save()
    return review


@transaction.atomic
def employer_review_accept(*, review: EmployerReview, user) -> Employer:
    """Put the employer online (first publication) or its new name and number in place."""
    content_changed()
    employer = Employer.objects.select_for_update().get(pk=review.employer_id)
    for name, entry in review.changes.items():
        setattr(employer, name, entry["value"])
    if review.is_first:
        employer.status = Status.PUBLISHED
    employer._change_reason = (
        "Eerste publicatie aanvaard" if review.is_first else "Naam of KBO-nummer aanvaard"
    )
    employer.full_clean(exclude=["slug", "editors"], validate_unique=True)
    employer.save()
    review.handle(status=EmployerReview.Status.ACCEPTED, user=user)
    return employer


@transaction.atomic
def employer_review_return(*, review: EmployerReview, user, message: str) -> None:
    """Send it back with a message; what is live stays as it was."""
    review.handle(status=EmployerReview.Status.RETURNED, user=user, message=message)
