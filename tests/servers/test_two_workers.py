"""Two gunicorn workers on PostgreSQL, without Redis: what is published shows on every answer of
both, and the limits against abuse count for both together."""

import datetime

import pytest
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher

from portal.dates import school_year_of
from portal.models import User
from tests.second_factor import enrolled, fresh_code
from tests.servers.conftest import csrf_token
from tests.trajectories.factories import OfferingFactory
from tests.trajectories.school_lists import PUBLISHED_COLUMNS, official, published
from trajectories.models import Provider

pytestmark = [pytest.mark.servers, pytest.mark.django_db(transaction=True)]

SEARCH = "/opleidingen/?plaats=Gent&straal=50&traject=volwassenenonderwijs"


def processes(answers) -> set[str]:
    return {answer.process for answer in answers}


def test_a_change_in_the_back_office_and_an_import_show_on_every_answer_of_both_workers(
    two_workers, tmp_path
):
    offering = OfferingFactory(location__provider__name="CVO Tweewerkers")
    provider = offering.location.provider
    page = provider.get_absolute_url()
    seen = two_workers.from_both(page)  # each worker now keeps the page
    assert {answer.status for answer in seen} == {200}
    assert all("CVO Tweewerkers" in answer.body for answer in seen)

    password = "een-lang-wachtwoord-voor-de-test"
    user = User.objects.create(
        username="hoofdredacteur",
        # The servers check passwords with the production hasher, not the tests' fast one.
        password=PBKDF2PasswordHasher().encode(password, PBKDF2PasswordHasher().salt()),
        is_staff=True,
        is_superuser=True,
    )
    enrolled(user)
    jar = {}
    login = two_workers.request("/admin/login/", cookies=jar)
    answer = two_workers.request(
        "/admin/login/?next=/admin/",
        method="POST",
        form={
            "username": "hoofdredacteur",
            "password": password,
            "csrfmiddlewaretoken": csrf_token(login.body),
            "next": "/admin/",
        },
        cookies=jar,
    )
    assert answer.status == 302, answer.body[:2000]
    second_step = two_workers.request(answer.headers["Location"], cookies=jar)
    answer = two_workers.request(
        answer.headers["Location"],
        method="POST",
        form={"code": fresh_code(user), "csrfmiddlewaretoken": csrf_token(second_step.body)},
        cookies=jar,
    )
    assert answer.status == 302, answer.body[:2000]
    changelist = two_workers.request("/admin/trajectories/provider/", cookies=jar)
    answer = two_workers.request(
        "/admin/trajectories/provider/",
        method="POST",
        form={
            "action": "unpublish",
            "_selected_action": [provider.pk],
            "csrfmiddlewaretoken": csrf_token(changelist.body),
        },
        cookies=jar,
    )
    assert answer.status == 302, answer.body[:2000]
    provider.refresh_from_db()
    assert provider.status == Provider.Status.DRAFT

    after = two_workers.from_both(page)
    assert len(processes(after)) == 2
    assert {answer.status for answer in after} == {404}

    # An import from the command line, while the site runs (a second terminal).
    before = two_workers.from_both(SEARCH)
    assert not any("CVO Dubbelwerk" in answer.body for answer in before)

    path = tmp_path / "cvo-kinderbegeleider.csv"
    rows = [
        published(913001, "gent", "Centrum voor Volwassenenonderwijs", "VWO", naam="CVO Dubbelwerk")
    ]
    path.write_bytes(official(rows, PUBLISHED_COLUMNS))
    year = school_year_of(datetime.date.today())
    done = two_workers.manage(
        "import_schools",
        str(path),
        "--route=volwassenenonderwijs",
        "--qualification=kinderbegeleider-babys-en-peuters",
        "--title=Kinderbegeleider baby's en peuters",
        f"--school-year={year}",
    )
    assert done.returncode == 0, done.stderr

    after = two_workers.from_both(SEARCH)
    assert len(processes(after)) == 2
    assert len(after) >= 12
    assert all("CVO Dubbelwerk" in answer.body for answer in after)


def test_the_report_limit_holds_over_both_workers(two_workers):
    offering = OfferingFactory(location__provider__name="CVO Meldpunt")
    path = offering.location.provider.get_absolute_url() + "melden/"
    form = {"aanbod": "", "wat": "Het telefoonnummer klopt niet meer.", "contact": ""}
    jar = {}
    # The provider's page is cached without a token: a first post comes back with one.
    shown_back = two_workers.request(path, method="POST", form=form, cookies=jar)
    assert shown_back.status == 200
    token = csrf_token(shown_back.body)

    answers = []
    while len(answers) < 2 * settings.REPORTS_PER_HOUR or len(processes(answers)) < 2:
        answers.append(
            two_workers.request(
                path, method="POST", form={**form, "csrfmiddlewaretoken": token}, cookies=jar
            )
        )
        assert len(answers) < 60, "both workers did not answer"

    statuses = [answer.status for answer in answers]
    assert statuses.count(302) == settings.REPORTS_PER_HOUR
    assert statuses[: settings.REPORTS_PER_HOUR] == [302] * settings.REPORTS_PER_HOUR
    assert set(statuses[settings.REPORTS_PER_HOUR :]) == {429}
    assert offering.location.provider.reports.count() == settings.REPORTS_PER_HOUR
