"""Public pages come from the cache until what they show changes, the day ends or an hour passes."""

import datetime

import pytest
import time_machine
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from portal import caching
from portal.caching import PUBLIC_MODELS, content_changed, content_version
from portal.models import ContentVersion
from tests.portal.factories import ContactOrganisationFactory, ResourceFactory, UserFactory

pytestmark = pytest.mark.django_db

BRUSSELS = datetime.timezone(datetime.timedelta(hours=1))


def version_reads(queries) -> int:
    return sum("portal_contentversion" in query["sql"] for query in queries.captured_queries)


def test_a_repeated_page_costs_one_query_the_content_version(client, django_assert_num_queries):
    client.get("/werkgevers/")
    with django_assert_num_queries(1) as queries:
        response = client.get("/werkgevers/")
    assert response.status_code == 200
    assert version_reads(queries) == 1


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
    before = content_version()
    user = UserFactory()
    user.last_login = datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC)
    user.save()
    assert content_version() == before


def test_the_version_changes_with_the_write_and_not_without_it():
    first = content_version()
    with transaction.atomic():
        ContactOrganisationFactory(name="Teruggedraaid")
        assert content_version() != first  # the writer sees its own new version
        transaction.set_rollback(True)
    assert content_version() == first  # nothing was written, nothing was cleared
    ContactOrganisationFactory(name="Blijft")
    assert content_version() != first


def test_the_version_is_one_row_that_a_new_database_makes_itself():
    ContentVersion.objects.all().delete()  # as a flushed database
    version = content_version()
    assert ContentVersion.objects.get().token == version
    content_changed()
    assert ContentVersion.objects.get().token not in ("", version)


def test_a_write_that_no_invalidation_reaches_shows_within_the_hour(client):
    ContactOrganisationFactory(name="Eerder")
    start = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=BRUSSELS)
    with time_machine.travel(start, tick=False):
        assert "Eerder" in client.get("/").content.decode()
    # A raw update sends no signal and calls no service.
    from portal.models import ContactOrganisation

    ContactOrganisation.objects.filter(name="Eerder").update(name="Later")
    with time_machine.travel(start + datetime.timedelta(minutes=59), tick=False):
        assert "Eerder" in client.get("/").content.decode()  # kept, at most an hour
    with time_machine.travel(start + datetime.timedelta(minutes=61), tick=False):
        assert "Later" in client.get("/").content.decode()


def test_a_page_of_yesterday_is_not_served_today(client):
    with time_machine.travel(datetime.datetime(2026, 12, 1, 23, 50, tzinfo=BRUSSELS), tick=False):
        client.get("/tijdlijn/")
        with CaptureQueriesContext(connection) as queries:
            client.get("/tijdlijn/")
        assert len(queries) == 1  # from the cache
    with time_machine.travel(datetime.datetime(2026, 12, 2, 0, 5, tzinfo=BRUSSELS), tick=False):
        with CaptureQueriesContext(connection) as queries:
            client.get("/tijdlijn/")
        assert len(queries) > 1  # drawn again: the page tells dates against today


def test_a_deploy_draws_every_page_anew(client, settings):
    settings.RELEASE = "release-1"
    caching.release.cache_clear()
    try:
        client.get("/over/")
        with CaptureQueriesContext(connection) as queries:
            client.get("/over/")
        assert len(queries) == 1
        settings.RELEASE = "release-2"
        caching.release.cache_clear()
        with CaptureQueriesContext(connection) as queries:
            client.get("/over/")
        assert len(queries) > 1  # not the HTML that the old templates drew
    finally:
        caching.release.cache_clear()


def test_without_a_release_set_the_code_itself_names_the_release(settings):
    settings.RELEASE = ""
    caching.release.cache_clear()
    try:
        assert len(caching.release()) == 12
        assert caching.release() == caching.release()
    finally:
        caching.release.cache_clear()


def test_every_model_with_a_public_page_is_on_the_allow_list():
    """A new publishable model that pages show must be listed, or its saves would clear nothing."""
    from django.apps import apps

    from portal.models import PublishableModel

    publishable = {
        model._meta.label_lower
        for model in apps.get_models()
        if issubclass(model, PublishableModel) and not model._meta.label_lower.startswith("hist")
    }
    assert publishable <= PUBLIC_MODELS
    assert not {"portal.user", "trajectories.proposal", "trajectories.report"} & PUBLIC_MODELS


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

    with CaptureQueriesContext(connection) as queries:
        client.get("/over/")
    assert len(queries) > 1  # rendered, not read from the cache


def test_browsers_keep_a_page_a_minute_only(client):
    response = client.get("/kwalificaties/")
    assert "max-age=60" in response["Cache-Control"]


def test_the_cache_can_be_turned_off(client, settings):
    settings.CONTENT_CACHE_SECONDS = 0
    content_changed()
    client.get("/over/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/over/")
    assert len(queries) > 1


def test_a_report_or_a_waiting_proposal_clears_nothing(client):
    from tests.trajectories.factories import ProviderFactory
    from trajectories.models import Report

    provider = ProviderFactory()
    before = content_version()
    Report.objects.create(provider=provider, what="Het telefoonnummer klopt niet meer.")
    assert content_version() == before


def test_a_search_reads_the_content_version_once(client):
    client.get("/opleidingen/", {"plaats": "Gent"})  # what searches share, now cached
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/opleidingen/", {"plaats": "Brugge", "straal": "30"}).status_code == 200
    assert version_reads(queries) == 1


def test_a_cached_page_tells_browsers_the_same_lifetime_in_both_headers(client, db):
    """`Expires` and `max-age` agree, on the first answer and on the one from the cache."""
    import time

    from django.conf import settings
    from django.utils.cache import get_max_age
    from django.utils.http import parse_http_date

    for _ in range(2):
        response = client.get("/opleidingen/", {"plaats": "Gent"})
        assert response.status_code == 200
        max_age = get_max_age(response)
        assert max_age == settings.PAGE_CACHE_SECONDS
        lifetime = parse_http_date(response["Expires"]) - time.time()
        assert max_age - 5 <= lifetime <= max_age + 1


class _DroppedConnection:
    """What the driver's connection is after the server restarted: every statement fails."""

    def cursor(self, *args, **kwargs):
        raise OSError("server closed the connection unexpectedly")

    def close(self):
        pass


@pytest.mark.django_db(transaction=True)
def test_the_version_read_is_the_health_check_of_a_kept_connection(monkeypatch):
    """A new request on a connection kept from an earlier one costs one statement, not two."""
    from django.db import connection

    from portal import caching

    content_changed()
    token = caching._read_version()
    checks = []
    monkeypatch.setattr(connection, "is_usable", lambda: checks.append(1) or True)
    connection.close_if_unusable_or_obsolete()  # what a new request does to a kept connection
    assert connection.health_check_enabled
    assert not connection.health_check_done
    assert caching._read_version() == token
    assert connection.health_check_done  # Django will not check it again in this request
    assert checks == []


@pytest.mark.django_db(transaction=True)
def test_a_connection_the_server_dropped_is_replaced_when_the_version_is_read():
    from django.db import connection

    from portal import caching

    if connection.vendor != "postgresql":
        pytest.skip("SQLite's test database lives in memory and is never reconnected.")
    content_changed()
    token = caching._read_version()
    connection.close_if_unusable_or_obsolete()
    real = connection.connection
    connection.connection = _DroppedConnection()
    try:
        assert caching._read_version() == token
        assert connection.connection is not None
        assert not isinstance(connection.connection, _DroppedConnection)
    finally:
        real.close()


def test_what_every_request_shares_holds_no_model_instance():
    """The process keeps shared values in its memory and hands every request the same object: a
    model instance there would carry one request's changes into the next."""
    with caching.as_one_request():
        with pytest.raises(TypeError, match="model instance"):
            caching.cached_content(lambda: {"a": [ContactOrganisationFactory()]}, "instances")
        copies = [
            caching.cached_content(
                lambda: [ContactOrganisationFactory.build()], "copied", shared_only=True
            )
            for _ in range(2)
        ]
        assert copies[0][0] is not copies[1][0]  # each request reads a copy of its own
        assert copies[0][0].name == copies[1][0].name
        shared = [caching.cached_content(lambda: ("Gent", 9000), "plain") for _ in range(2)]
        assert shared[0] is shared[1]


def test_the_gazetteer_and_the_choices_are_plain_values():
    from portal.services.places import gazetteer, place_resolve
    from trajectories.choices import published_choices

    with caching.as_one_request():
        assert caching._shareable(gazetteer())
        assert caching._shareable(published_choices())
        assert place_resolve(query="9000").municipality.name_nl == "Gent"
