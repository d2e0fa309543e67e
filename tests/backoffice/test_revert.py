"""Undo undoes: a revert from an item's history restores what staff edited on its page (inline
rows and links included), says truly what it changed, and the history says it in Dutch."""

import datetime
import re
from decimal import Decimal

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from incentives.models import Premium
from tests.backoffice.conftest import shown_form_data
from trajectories.models import Route

pytestmark = pytest.mark.django_db


def admin_url(obj, view, *args):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=[obj.pk, *args])


STEP = datetime.timedelta(minutes=10)  # apart enough to be separate saves, within a session


def later(steps: int):
    """A moment after the content was loaded: steps ten minutes apart are separate changes,
    and the person stays signed in (a session ends after an hour without a request)."""
    return time_machine.travel(timezone.now() + steps * STEP, tick=True)


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


@pytest.fixture
def premium():
    return Premium.objects.get(slug="premie-kwalificerend-werkplekleren")


def edit_premium(client, premium, *, amount=None, routes=None, summary=None):
    """What a person does on the premium's page: change a field, a route, an amount; save."""
    page = client.get(admin_url(premium, "change"))
    data = shown_form_data(page)
    if amount is not None:
        row = next(
            key.removesuffix("-amount_eur")
            for key, value in data.items()
            if key.endswith("-amount_eur") and Decimal(value[0]) == Decimal("1000")
        )
        data[f"{row}-amount_eur"] = [str(amount)]
    if routes is not None:
        data["routes"] = [str(r.pk) for r in routes]
    if summary is not None:
        data["summary"] = [summary]
    response = client.post(admin_url(premium, "change"), data)
    assert response.status_code == 302, response.content.decode()[-4000:]


def version_before(premium, moment):
    """The premium's last saved version before `moment`, as its history lists it."""
    return premium.history.filter(history_date__lt=moment).order_by("-history_date").first()


def test_reverting_a_premium_restores_the_amount_staff_changed_on_its_page(
    as_user, hoofdredacteur, premium
):
    client = as_user(hoofdredacteur)
    with_allowance = premium.amounts.get(allowance="ja")
    assert with_allowance.amount_eur == Decimal("1000")
    edited_at = timezone.now() + STEP
    with later(1):
        edit_premium(client, premium, amount="1500")
    with_allowance.refresh_from_db()
    assert with_allowance.amount_eur == Decimal("1500")

    with later(2):  # the revert page of the version before the edit, as the history links it
        url = admin_url(premium, "simple_history", version_before(premium, edited_at).pk)
        page = client.get(url)
        response = client.post(url, shown_form_data(page), follow=True)

    with_allowance.refresh_from_db()
    assert with_allowance.amount_eur == Decimal("1000")
    said = " ".join(messages_of(response))
    assert said.startswith("Teruggezet naar de versie van ")
    assert "€ 1.500 → € 1.000" in said


def test_the_history_shows_the_amount_change_and_the_revert_says_what_it_will_do(
    as_user, hoofdredacteur, premium
):
    client = as_user(hoofdredacteur)
    with_allowance = premium.amounts.get(allowance="ja")
    with later(1):
        edit_premium(client, premium, amount="1500")
    with later(2):
        history = client.get(admin_url(premium, "history"))
        html = history.content.decode()
        # The history shows the amount's change, in Dutch, with the amount's own history.
        assert "<strong>Bedrag (€):</strong> € 1.000 → € 1.500" in html
        assert admin_url(with_allowance, "history") in html
        created = next(
            e for e in history.context["timeline"] if e.revert_record and e.action == "aangemaakt"
        )
        revert_url = admin_url(premium, "simple_history", created.revert_record.pk)
        assert revert_url in html
        preview = client.get(revert_url).content.decode()
        assert "Terugzetten naar deze versie verandert:" in preview
        assert "€ 1.500 → € 1.000" in preview
        client.post(revert_url, shown_form_data(client.get(revert_url)))
    # The amount's own history has the edit and the revert, the revert with its reason.
    own = client.get(admin_url(with_allowance, "history")).content.decode()
    assert own.count("€ 1.000 → € 1.500") == 1
    assert "€ 1.500 → € 1.000" in own
    assert "Teruggezet naar de versie van" in own


def test_reverting_restores_the_routes_and_says_so(as_user, hoofdredacteur, premium):
    client = as_user(hoofdredacteur)
    before = set(premium.routes.all())
    syntra = Route.objects.get(slug="syntra")
    with later(1):
        edit_premium(client, premium, routes=[*before, syntra])
    assert syntra in premium.routes.all()
    with later(2):
        history = client.get(admin_url(premium, "history"))
        assert "Syntra" in history.content.decode()
        created = next(
            e for e in history.context["timeline"] if e.revert_record and e.action == "aangemaakt"
        )
        url = admin_url(premium, "simple_history", created.revert_record.pk)
        page = client.get(url)
        response = client.post(url, shown_form_data(page), follow=True)
    assert set(premium.routes.all()) == before
    assert "trajecten:" in " ".join(messages_of(response))


def test_a_revert_to_how_it_is_now_says_it_changed_nothing(as_user, hoofdredacteur, premium):
    client = as_user(hoofdredacteur)
    history = client.get(admin_url(premium, "history"))
    latest = next(e for e in history.context["timeline"] if e.revert_record)
    url = admin_url(premium, "simple_history", latest.revert_record.pk)
    page = client.get(url)
    assert "terugzetten verandert niets" in page.content.decode()
    response = client.post(url, shown_form_data(page), follow=True)
    assert "er was niets te veranderen" in " ".join(messages_of(response))


def test_saving_text_from_a_browser_is_no_change_in_the_history(as_user, redacteur, premium):
    client = as_user(redacteur)
    with later(1):
        # Browsers send line endings as CRLF; the content has LF.
        edit_premium(client, premium, summary=premium.summary.replace("\n", "\r\n") + "\r\n")
    premium.refresh_from_db()
    assert "\r" not in premium.summary
    history = client.get(admin_url(premium, "history"))
    edit = next(e for e in history.context["timeline"] if e.revert_record)
    assert edit.action == "gewijzigd"
    assert not edit.changes


def test_history_and_revert_pages_speak_dutch_and_keep_to_the_csp(as_user, hoofdredacteur, premium):
    client = as_user(hoofdredacteur)
    with later(1):
        edit_premium(client, premium, amount="1200")
    history = client.get(admin_url(premium, "history"))
    page = client.get(
        admin_url(
            premium,
            "simple_history",
            next(e for e in history.context["timeline"] if e.revert_record).revert_record.pk,
        )
    )
    for response in (history, page):
        html = response.content.decode()
        main = html[html.index('id="content"') :]
        for english in ("Revert", "Changed by", "Change reason", "None", "Close", "History"):
            assert not re.search(rf"\b{english}\b", main), english
        assert " style=" not in html
    assert "Geschiedenis van Premie kwalificerend werkplekleren" in history.content.decode()
    assert 'value="Terugzetten"' in page.content.decode()


def test_an_amounts_own_history_opens_and_its_version_can_be_reverted(
    as_user, hoofdredacteur, premium
):
    client = as_user(hoofdredacteur)
    amount = premium.amounts.get(allowance="ja")
    with later(1):
        edit_premium(client, premium, amount="1100")
    change_page = client.get(admin_url(premium, "change")).content.decode()
    assert admin_url(amount, "history") in change_page  # a link on each amount row
    own = client.get(admin_url(amount, "history"))
    assert own.status_code == 200
    first = own.context["timeline"][-1].revert_record  # the amount as it was loaded
    with later(2):
        url = admin_url(amount, "simple_history", first.pk)
        page = client.get(url)
        client.post(url, shown_form_data(page))
    amount.refresh_from_db()
    assert amount.amount_eur == Decimal("1000")


@pytest.mark.parametrize("path", ["1/change/history/", "abc/history/", "1/history/x/"])
def test_a_history_url_with_a_wrong_id_is_a_404_not_an_error(as_user, hoofdredacteur, path):
    client = as_user(hoofdredacteur)
    assert client.get(f"/admin/incentives/premium/{path}").status_code == 404
