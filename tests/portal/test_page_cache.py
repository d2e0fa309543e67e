"""Public pages come from the cache until staff change what they show, or the day ends."""

import datetime

import pytest
import time_machine
from django.core.cache import cache

from portal.caching import VERSION_KEY, content_changed, content_version
from tests.portal.factories import ContactOrganisationFactory, ResourceFactory, UserFactory

pytestmark = pytest.mark.django_db

BRUSSELS = datetime.timezone(datetime.timedelta(hours=1))


def test_a_repeated_page_costs_no_query(client, django_assert_num_queries):
    client.get("/werkgevers/")
    with django_assert_num_queries(0):
        response = client.get("/werkgevers/")
    assert response.status_code == 200


def test_a_change_in_the_back_office_shows_at_once(client):
    resource = ResourceFactory(title="Oude titel", is_for_employers=True)
    assert "Oude titel" in client.get("/werkgevers/").content.decode()
    resource.title = "Nieuwe titel"
    resource.save()
    html = client.get("/werkgevers/").content.decode()
    assert "Nieuwe titel" in html
    assert "Oude titel" not in html


def test_a_deleted_row_disappears_at_once(client):
    organisation = ContactOrganisationFactory(name="Verdwijnt straks")
    assert "Verdwijnt straks" in client.get("/").content.decode()
    organisation.delete()
    assert "Verdwijnt straks" not in client.get("/").content.decode()


def test_a_login_clears_nothing(client):
    content_version()
    before = cache.get(VERSION_KEY)
    user = UserFactory()
    user.last_login = datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC)
    user.save()
    assert cache.get(VERSION_KEY) == before


def test_the_version_changes_again_when_the_change_commits(django_capture_on_commit_callbacks):
    first = content_version()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        content_changed()
    during = content_version()
    assert during != first
    for callback in callbacks:
        callback()
    assert content_version() not in (first, during)


def test_a_page_of_yesterday_is_not_served_today(client):
    ContactOrganisationFactory(name="Gisteren")
    with time_machine.travel(datetime.datetime(2026, 12, 1, 23, 50, tzinfo=BRUSSELS), tick=False):
        client.get("/")
    # A change that bypasses the signals (as a raw SQL update would) is invisible to the version.
    from portal.models import ContactOrganisation

    ContactOrganisation.objects.filter(name="Gisteren").update(name="Vandaag")
    with time_machine.travel(datetime.datetime(2026, 12, 1, 23, 55, tzinfo=BRUSSELS), tick=False):
        assert "Gisteren" in client.get("/").content.decode()  # still the same day: cached
    with time_machine.travel(datetime.datetime(2026, 12, 2, 0, 5, tzinfo=BRUSSELS), tick=False):
        assert "Vandaag" in client.get("/").content.decode()


def test_staff_see_their_draft_and_the_public_never_gets_it(client):
    from django.contrib.auth.models import Group

    from tests.trajectories.factories import RouteFactory

    route = RouteFactory(draft=True, name="Nog geheim traject")
    path = route.get_absolute_url()
    assert client.get(path).status_code == 404
    editor = UserFactory(staff=True)
    editor.groups.add(Group.objects.get(name="Redacteur"))
    client.force_login(editor)
    preview = client.get(path)
    assert preview.status_code == 200
    assert "Nog geheim traject" in preview.content.decode()
    client.logout()
    assert client.get(path).status_code == 404


def test_staff_get_the_page_as_it_is_now(client, django_assert_max_num_queries):
    client.get("/over/")  # now cached for the public
    client.force_login(UserFactory(staff=True))
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get("/over/")
    assert len(queries) > 0  # rendered, not read from the cache


def test_browsers_keep_a_page_a_minute_only(client):
    response = client.get("/kwalificaties/")
    assert "max-age=60" in response["Cache-Control"]


def test_the_cache_can_be_turned_off(client, settings):
    settings.CONTENT_CACHE_SECONDS = 0
    client.get("/over/")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get("/over/")
    assert len(queries) > 0


def test_a_report_or_a_waiting_proposal_clears_nothing(client):
    from tests.trajectories.factories import ProviderFactory
    from trajectories.models import Report

    provider = ProviderFactory()
    before = content_version()
    Report.objects.create(provider=provider, what="Het telefoonnummer klopt niet meer.")
    assert content_version() == before


def test_a_search_reads_the_content_version_once(client):
    from unittest import mock

    client.get("/opleidingen/", {"plaats": "Gent"})  # what searches share, now cached
    with mock.patch.object(cache, "get", wraps=cache.get) as get:
        assert client.get("/opleidingen/", {"plaats": "Brugge", "straal": "30"}).status_code == 200
    assert [call.args[0] for call in get.call_args_list].count(VERSION_KEY) == 1
