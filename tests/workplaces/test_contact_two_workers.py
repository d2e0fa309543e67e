"""The limit on messages to employers holds over two gunicorn workers (counted in the database)."""

import pytest
from django.conf import settings

from tests.servers.conftest import csrf_token, two_workers  # noqa: F401  (the fixture)
from tests.workplaces.factories import PlaceOfferFactory
from workplaces.models import ContactMessage

pytestmark = [pytest.mark.servers, pytest.mark.django_db(transaction=True)]


def test_the_message_limit_holds_over_both_workers(two_workers):  # noqa: F811
    offer = PlaceOfferFactory()
    path = f"/werkplekken/{offer.site.employer.slug}/contact/{offer.pk}/"
    jar = {}
    form_page = two_workers.request(path, cookies=jar)
    assert form_page.status == 200
    assert offer.site.employer.contact_email not in form_page.body
    form = {
        "wie": "school",
        "e_mail": "stage@school.example",
        "bericht": "Wij zoeken twee stageplaatsen voor het 7de jaar.",
        "csrfmiddlewaretoken": csrf_token(form_page.body),
    }
    answers = []
    limit = settings.EMPLOYER_MESSAGES_PER_HOUR
    while len(answers) < 2 * limit or len({a.process for a in answers}) < 2:
        answers.append(two_workers.request(path, method="POST", form=form, cookies=jar))
        assert len(answers) < 60, "both workers did not answer"
    statuses = [answer.status for answer in answers]
    assert statuses[:limit] == [302] * limit
    assert set(statuses[limit:]) == {429}
    assert ContactMessage.objects.count() == limit
    assert all(offer.site.employer.contact_email not in answer.body for answer in answers)
