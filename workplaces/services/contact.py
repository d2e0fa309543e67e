""" "Contact opnemen": a message to an employer, without showing anyone's address.

The message goes by mail to the employer's contact address (never on a page) with the sender
as reply-to, after the answer (`portal.tasks`), and is kept for the employer's back office for
`ContactMessage.KEEP_DAYS` days; `manage.py delete_old_contact_messages` deletes it then.
"""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import timezone

from portal.ratelimit import RateLimit
from workplaces.models import ContactMessage, PlaceOffer


def contact_limit() -> RateLimit:
    """At most `EMPLOYER_MESSAGES_PER_HOUR` messages an hour per network address, counted in
    the database, so the limit holds across every server process."""
    return RateLimit("werkgever-bericht", settings.EMPLOYER_MESSAGES_PER_HOUR, timedelta(hours=1))


def contact_send(*, offer: PlaceOffer, role: str, email: str, text: str, base_url: str):
    message = ContactMessage.objects.create(
        offer=offer, sender_role=role, sender_email=email, text=text
    )
    contact_mail_send.enqueue(message_pk=message.pk, base_url=base_url)
    return message


@task
def contact_mail_send(*, message_pk: int, base_url: str) -> None:
    message = (
        ContactMessage.objects.select_related("offer__site__employer", "offer__route")
        .filter(pk=message_pk)
        .first()
    )
    if message is None:
        return
    employer = message.offer.site.employer
    body = render_to_string(
        "workplaces/contact_email.txt",
        {"message": message, "employer": employer, "admin_url": base_url + "/admin/"},
    )
    EmailMessage(
        subject=f"Bericht via de Instroomwijzer: {message.offer}",
        body=body,
        to=[employer.contact_email],
        reply_to=[message.sender_email],
    ).send()


def contact_messages_delete_old(*, now=None) -> int:
    """Delete the messages older than `KEEP_DAYS`; how many."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=ContactMessage.KEEP_DAYS)
    deleted, _ = ContactMessage.objects.filter(created_at__lt=cutoff).delete()
    return deleted
