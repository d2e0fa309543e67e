"""/premies/: the sources' amounts where they belong, estimates, bad input, drafts and expiry."""

import datetime
import re

import pytest
import time_machine

from incentives.models import Premium
from portal.caching import content_changed

pytestmark = pytest.mark.django_db

URL = "/premies/"


def text_of(html):
    """The page's text with its tags left out, as a reader reads a heading."""
    return re.sub(r"<[^>]+>", "", html)


def page(client, params=None):
    response = client.get(URL, params or {})
    assert response.status_code == 200
    return response.content.decode()


def section(html, title):
    start = html.index(title)
    following = [html.find(t, start + 1) for t in ("Andere steun", "Niet voor jou, en waarom")]
    end = min([i for i in following if i > 0] or [len(html)])
    return html[start:end]


def test_local_government_sees_250_a_month_per_learner(client):
    html = page(client, {"werkgever": "lokaal-bestuur"})
    applicable = section(html, "Premies die voor jou gelden")
    assert "Ondersteuningspremie duaal leren voor lokale besturen" in applicable
    assert "€ 250</span> per maand per lerende" in applicable
    assert "Begeleidingspremie voor kinderdagverblijven" not in applicable


def test_self_employed_baby_toddler_care_sees_100_a_month(client):
    html = page(client, {"werkgever": "zelfstandig", "opvang": "baby-peuter"})
    applicable = section(html, "Premies die voor jou gelden")
    assert "€ 100</span> per maand per lerende" in applicable
    assert "Ondersteuningspremie" not in applicable
    not_for_you = section(html, "Niet voor jou, en waarom")
    assert "lokale besturen</strong>: Alleen voor: lokaal bestuur." in not_for_you


def test_premie_kwalificerend_werkplekleren_shows_both_amounts_and_the_7th_year_exclusion(client):
    html = page(client)
    card = html[html.index('id="premie-premie-kwalificerend-werkplekleren"') :]
    card = card[: card.index("</article>")]
    assert "€ 600</span> per schooljaar per lerende" in card
    assert "als de werkgever geen leervergoeding betaalt" in card
    assert "€ 1.000</span> per schooljaar per lerende" in card
    assert "als de werkgever een leervergoeding betaalt" in card
    assert "Niet voor</strong> het 7de jaar duaal" in card
    # The webinar's figure stays in the rule's history, with its date.
    assert "24 juni 2025" in card
    assert "€ 1000 per lerende" in card
    assert 'gecontroleerd op <time datetime="2026-11-28">28 november 2026</time>' in card


def test_for_the_7th_year_dual_the_premium_is_listed_as_not_applicable(client):
    html = page(client, {"traject": "duaal-leren-secundair"})
    assert "Premie kwalificerend werkplekleren</strong>: Niet voor het 7de jaar duaal" in html


LOCAL_DUAL = {"werkgever": "lokaal-bestuur", "traject": "duaal-leren-secundair", "maanden": "10"}
IN_SCHEME_YEAR = datetime.date(2025, 1, 15)  # the school year the ondersteuningspremie is known for


def estimate_on(client, day, **params):
    """The estimate section of the page as it reads on `day`."""
    with time_machine.travel(datetime.datetime.combine(day, datetime.time(12)), tick=False):
        html = page(client, LOCAL_DUAL | params)
    return html[html.index('id="schatting-title"') : html.index('id="premies-title"')]


def test_estimate_is_itemised_with_its_assumptions(client):
    estimate = estimate_on(client, IN_SCHEME_YEAR, opvang="bko", lerenden="2", vergoeding="ja")
    assert "Schatting: € 5.000 zeker" in text_of(estimate)
    assert "€ 250 × 2 lerenden × 10 maanden" in estimate
    assert "Deze schatting gaat ervan uit dat" in estimate


def test_a_premium_known_only_for_a_past_school_year_is_shown_but_not_counted(client):
    estimate = estimate_on(client, datetime.date(2026, 12, 1), opvang="bko", lerenden="2")
    assert "Schatting: € 0 zeker" in text_of(estimate)
    assert "Niet meegeteld" in estimate
    assert "Alleen bekend voor schooljaar 2024-2025, en dat is voorbij." in estimate
    assert "€ 250 ×" not in estimate


def test_the_cap_of_the_ondersteuningspremie_is_applied(client):
    estimate = estimate_on(client, IN_SCHEME_YEAR, opvang="baby-peuter", lerenden="5")
    assert "hoogstens € 10.000 per schooljaar" in estimate
    assert "Schatting: € 10.000 zeker" in text_of(estimate)


def test_the_begeleidingspremie_only_the_webinar_names_is_counted_under_reserve(client):
    html = page(
        client,
        {"werkgever": "zelfstandig", "opvang": "baby-peuter", "traject": "duaal-leren-secundair",
         "lerenden": "1", "maanden": "10"},
    )  # fmt: skip
    estimate = html[html.index('id="schatting-title"') : html.index('id="premies-title"')]
    assert "Schatting: € 0 zeker, € 1.000 onder voorbehoud" in text_of(estimate)
    reserved = estimate[estimate.index('class="estimate-onder-voorbehoud"') :]
    assert "Begeleidingspremie voor kinderdagverblijven" in reserved
    assert "Het bedrag is niet officieel bevestigd." in reserved
    sure = estimate[estimate.index('class="estimate-zeker"') : estimate.index(reserved[:40])]
    assert "Geen premie is zeker voor wat je invulde." in sure
    assert "Niets onder voorbehoud." not in estimate


def test_a_change_by_staff_reaches_the_next_estimate(client):
    """The premiums, their rules and their texts' HTML are kept between requests: an edit of
    an amount or of a caveat must still show at once."""
    employer = {"werkgever": "zelfstandig", "opvang": "baby-peuter",
                "traject": "duaal-leren-secundair", "lerenden": "1", "maanden": "10"}  # fmt: skip
    assert "€ 1.000 onder voorbehoud" in text_of(page(client, employer))

    premium = Premium.objects.get(slug="begeleidingspremie-kinderdagverblijven")
    amount = premium.amounts.get()
    amount.amount_eur = 125
    amount.save()
    premium.uncertainty = "Het bedrag is **nog altijd** niet bevestigd."
    premium.save()

    html = page(client, employer)
    assert "€ 1.250 onder voorbehoud" in text_of(html)
    assert "Het bedrag is <strong>nog altijd</strong> niet bevestigd." in html


def test_an_estimate_with_nothing_under_reserve_says_so_in_that_group(client):
    estimate = estimate_on(client, IN_SCHEME_YEAR, opvang="bko", lerenden="2", vergoeding="ja")
    reserved = estimate[estimate.index('class="estimate-onder-voorbehoud"') :]
    assert "Niets onder voorbehoud." in reserved
    assert "Geen premie is zeker" not in estimate


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"maanden": "-3", "lerenden": "1"}, "Vul minstens 1 maand in."),
        ({"lerenden": str(10**9), "maanden": "10"}, "Schat voor hoogstens 50 lerenden tegelijk."),
        ({"lerenden": "twee", "maanden": "10"}, "Vul een geheel aantal lerenden in"),
        ({"lerenden": "2"}, "Vul dit in voor een schatting."),
        ({"werkgever": "bank"}, "Kies privaat, zelfstandig of lokaal bestuur."),
        ({"opvang": "<script>"}, "Kies baby&#x27;s en peuters, BKO of gezinsopvang."),
        ({"traject": "bestaat-niet"}, "Dit traject kennen we niet."),
        ({"vergoeding": "soms", "lerenden": "1", "maanden": "5"}, "Antwoord met ja of nee."),
    ],
)
def test_bad_input_gets_a_clear_dutch_message(client, params, message):
    html = page(client, params)
    assert message in html
    assert "Kijk dit na:" in html


def test_a_draft_premium_is_never_shown_or_applied(client):
    Premium.objects.filter(slug="begeleidingspremie-kinderdagverblijven").update(status="concept")
    content_changed()  # as a service that writes without signals does
    html = page(
        client,
        {"werkgever": "zelfstandig", "opvang": "baby-peuter", "lerenden": "1", "maanden": "10"},
    )
    assert "Begeleidingspremie" not in html


def test_an_expired_premium_is_not_applied_and_says_so(client):
    Premium.objects.filter(slug="ondersteuningspremie-lokale-besturen").update(
        valid_until=datetime.date(2025, 6, 30)
    )
    content_changed()
    html = page(client, {"werkgever": "lokaal-bestuur", "lerenden": "1", "maanden": "10"})
    assert (
        "Ondersteuningspremie duaal leren voor lokale besturen</strong>: Gold tot 30/06/2025."
        in html
    )
    assert "€ 250 ×" not in html.split("Niet voor jou, en waarom")[0]


def test_route_qualification_and_search_pages_link_to_the_premiums(client):
    assert (
        'href="/premies/?traject=duaal-leren-secundair"'
        in client.get("/trajecten/duaal-leren-secundair/").content.decode()
    )
    assert (
        'href="/premies/"'
        in client.get("/kwalificaties/kinderbegeleider-babys-en-peuters/").content.decode()
    )
    assert (
        'href="/premies/?traject=syntra"'
        in client.get("/opleidingen/?traject=syntra").content.decode()
    )


def test_premium_page_costs_a_fixed_number_of_queries(client, assert_fixed_queries):
    from tests.incentives.factories import PremiumFactory

    assert_fixed_queries(
        URL + "?werkgever=privaat&lerenden=2&maanden=10", lambda: PremiumFactory.create_batch(4)
    )
