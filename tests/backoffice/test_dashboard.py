"""The admin's home page lists what needs attention; 'gecontroleerd' records who and when."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from incentives.models import Premium
from portal.models import LinkCheck
from tests.trajectories.factories import OfferingFactory, RouteFactory

pytestmark = pytest.mark.django_db


def dashboard(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_stale_item_is_listed_and_one_click_marks_it_checked(as_user, redacteur):
    stale = RouteFactory(name="Verouderd traject", checked_on=datetime.date(2025, 1, 2))
    client = as_user(redacteur)
    html = dashboard(client)
    assert "Niet nagekeken in meer dan zes maanden" in html
    assert "Verouderd traject" in html
    url = reverse("admin:mark-checked", args=["trajectories", "route", stale.pk])
    response = client.post(url, follow=True)
    assert "gemarkeerd als gecontroleerd op vandaag" in response.content.decode()
    stale.refresh_from_db()
    assert stale.checked_on == timezone.localdate()
    assert stale.checked_by == redacteur
    assert "Verouderd traject" not in dashboard(client)


def test_checking_needs_change_permission_and_a_post(client, as_user, redacteur):
    from tests.portal.factories import UserFactory

    route = RouteFactory(checked_on=datetime.date(2025, 1, 2))
    url = reverse("admin:mark-checked", args=["trajectories", "route", route.pk])
    assert as_user(redacteur).get(url).status_code == 405
    client.force_login(UserFactory(staff=True))
    assert client.post(url).status_code == 403


def test_mark_checked_action_on_a_list(as_user, redacteur):
    routes = RouteFactory.create_batch(2, checked_on=datetime.date(2025, 1, 2))
    client = as_user(redacteur)
    client.post(
        reverse("admin:trajectories_route_changelist"),
        {"action": "mark_checked", "_selected_action": [r.pk for r in routes]},
    )
    for route in routes:
        route.refresh_from_db()
        assert route.checked_by == redacteur


def test_expiring_and_expired_premiums_are_listed(as_user, hoofdredacteur):
    today = timezone.localdate()
    Premium.objects.filter(slug="ondersteuningspremie-lokale-besturen").update(
        valid_until=today + datetime.timedelta(days=30)
    )
    Premium.objects.filter(slug="begeleidingspremie-kinderdagverblijven").update(
        valid_until=today - datetime.timedelta(days=3)
    )
    html = dashboard(as_user(hoofdredacteur))
    assert "Ondersteuningspremie duaal leren voor lokale besturen" in html
    assert "verloopt op" in html
    assert "verlopen op" in html


def test_offerings_of_a_past_school_year_are_listed(as_user, redacteur):
    OfferingFactory(title="Oud aanbod", school_year="2019-2020")
    OfferingFactory(title="Nieuw aanbod", school_year="2026-2027")
    html = dashboard(as_user(redacteur))
    assert "Oud aanbod" in html
    assert "Nieuw aanbod" not in html


def test_a_broken_link_from_the_checker_is_listed(as_user, redacteur):
    from portal.linkcheck import links_check

    route = RouteFactory(name="Met kapotte bron")
    with _server() as base:
        route.source_url = f"{base}/bestaat-niet"
        route.save()
        links_check(urls=[route.source_url], timeout=2, workers=1)
    assert LinkCheck.objects.get(url=route.source_url).is_broken
    html = dashboard(as_user(redacteur))
    assert "Kapotte links" in html
    assert "/bestaat-niet" in html
    assert "HTTP 404" in html


def _server():
    import contextlib
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_HEAD(self):
            self.send_response(404)
            self.end_headers()

        do_GET = do_HEAD

        def log_message(self, *args):
            pass

    @contextlib.contextmanager
    def running():
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_port}"
        finally:
            server.shutdown()

    return running()


def test_amounts_older_than_a_school_year_are_listed_until_checked_again(as_user, redacteur):
    from portal.dashboard import dashboard_build

    # Checked on 28 November 2026: nothing to do in that school year.
    board = dashboard_build(today=datetime.date(2026, 12, 1))
    labels = [a.label for a in board.items_of("old-amounts")]
    assert labels == []
    next_year = datetime.date(2027, 10, 1)
    board = dashboard_build(today=next_year)
    labels = [item.label for item in board.items_of("old-amounts")]
    assert "Premie kwalificerend werkplekleren: € 1.000" in labels
    assert "Leervergoeding ODO" in labels
    assert "Leervergoeding ODO(W)" not in labels  # 'Loon.': no amount
    kwalificerend = next(a for a in board.items_of("old-amounts") if a.label.endswith("€ 1.000"))
    assert kwalificerend.detail.startswith("geldt sinds 01/09/2023")
    premium = Premium.objects.get(slug="premie-kwalificerend-werkplekleren")
    premium.mark_checked(user=redacteur, on=next_year)
    labels = [item.label for item in dashboard_build(today=next_year).items_of("old-amounts")]
    assert not any(label.startswith("Premie kwalificerend") for label in labels)
    assert "Leervergoeding ODO" in labels


def test_the_dashboard_shows_old_amounts_with_a_check_button(as_user, redacteur):
    import time_machine

    with time_machine.travel(datetime.datetime(2027, 10, 1, 12, 0), tick=False):
        html = dashboard(as_user(redacteur))
    assert "Bedragen ouder dan een schooljaar" in html
    assert "Leervergoeding OAO" in html
