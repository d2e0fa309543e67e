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


def test_local_government_sees_250_a_month_per_learner_in_its_school_year(client):
    with time_machine.travel(datetime.datetime(2025, 1, 15, 12), tick=False):
        html = page(client, {"werkgever": "lokaal-bestuur"})
    applicable = section(html, "Premies die voor jou gelden")
    assert "Ondersteuningspremie duaal leren voor lokale besturen" in applicable
    assert "€ 250</span> per maand per lerende" in applicable
    assert "Begeleidingspremie voor kinderdagverblijven" not in applicable


def test_the_premiums_that_apply_never_list_one_the_estimate_calls_lapsed(client):
    """After its school year, the ondersteuningspremie is 'misschien nog: vraag het na'."""
    html = page(client, {"werkgever": "lokaal-bestuur", "lerenden": "1", "maanden": "10"})
    applicable = html[html.index('id="premies-title"') : html.index('id="mogelijk-title"')]
    assert "Ondersteuningspremie" not in applicable
    possible = html[html.index('id="mogelijk-title"') :]
    assert "Ondersteuningspremie duaal leren voor lokale besturen" in possible
    assert "vraag na bij Diverscity" in possible


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
    assert "Onder voorbehoud voor</strong> duaal leren in het secundair onderwijs" in card
    assert "decreetswijziging" in card
    assert 'nagekeken op <time datetime="2026-12-02">2 december 2026</time>' in card
    # The webinar's figure stays in the rule's history, with its date.
    assert "24 juni 2025" in card
    assert "€ 1000 per lerende" in card
    assert 'gecontroleerd op <time datetime="2026-11-28">28 november 2026</time>' in card


def test_for_the_7th_year_dual_the_premium_is_under_reserve_not_under_not_for_you(client):
    html = page(client, {"traject": "duaal-leren-secundair"})
    assert "Premie kwalificerend werkplekleren</strong>:" not in html
    applicable = section(html, "Premies die voor jou gelden")
    assert 'id="premie-premie-kwalificerend-werkplekleren"' in applicable


LOCAL_DUAL = {"werkgever": "lokaal-bestuur", "traject": "duaal-leren-secundair", "maanden": "10"}
IN_SCHEME_YEAR = datetime.date(2025, 1, 15)  # the school year the ondersteuningspremie is known for


def estimate_on(client, day, **params):
    """The estimate section of the page as it reads on `day`."""
    with time_machine.travel(datetime.datetime.combine(day, datetime.time(12)), tick=False):
        html = page(client, LOCAL_DUAL | params)
    return html[html.index('id="schatting-title"') : html.index('id="premies-title"')]


def test_estimate_is_itemised_with_its_assumptions(client):
    estimate = estimate_on(
        client, IN_SCHEME_YEAR, opvang="baby-peuter", lerenden="2", vergoeding="ja"
    )
    assert "Schatting: € 3.500 zeker, € 2.000 onder voorbehoud" in text_of(estimate)
    assert "€ 250 × 2 lerenden × 7 maanden" in estimate
    assert "Deze schatting gaat ervan uit dat" in estimate


def test_a_local_government_with_two_7th_year_dual_learners_reads_reserve_and_possible(client):
    """The audit: '€ 0 zeker' and nothing else, while up to about € 7.000 may come in."""
    estimate = estimate_on(client, datetime.date(2026, 12, 2), lerenden="2")
    headline = text_of(estimate[estimate.index(">") + 1 : estimate.index("</h2>")])
    assert headline == (
        "Schatting: € 0 zeker, € 2.000 onder voorbehoud, mogelijk nog € 5.000: "
        "vraag na bij Diverscity"
    )
    reserved = estimate[estimate.index('class="estimate-onder-voorbehoud"') :]
    assert "Premie kwalificerend werkplekleren" in reserved
    assert "decreetswijziging" in reserved
    assert "(nagekeken op 2 december 2026)" in reserved
    assert "Alleen bekend voor schooljaar 2024-2025, en dat is voorbij." in estimate


def test_the_cap_of_the_ondersteuningspremie_is_applied(client):
    estimate = estimate_on(client, IN_SCHEME_YEAR, opvang="baby-peuter", lerenden="6")
    assert "hoogstens € 10.000 per schooljaar" in estimate
    assert "Schatting: € 10.000 zeker" in text_of(estimate)


def test_a_kinderdagverblijf_hosts_a_dual_learner_5_to_7_months_not_10(client):
    estimate = estimate_on(client, IN_SCHEME_YEAR, opvang="baby-peuter", lerenden="2")
    assert "Schatting: € 3.500 zeker" in text_of(estimate)  # € 250 x 2 x 7, not x 10
    assert "€ 250 × 2 lerenden × 7 maanden" in estimate
    assert "5 tot 7 maanden: we rekenen met 7 maanden bij jou, niet 10" in estimate


def test_a_bko_links_to_the_alternatives_and_counts_its_3_to_5_months(client):
    estimate = estimate_on(client, IN_SCHEME_YEAR, opvang="bko", lerenden="2")
    assert "Schatting: € 2.500 zeker" in text_of(estimate)
    html = page(client, LOCAL_DUAL | {"opvang": "bko", "lerenden": "2"})
    assert "#onderdeel-duaal-secundair-alternatieven-bko" in html


def test_a_local_government_with_two_stagiairs_counts_the_mentor_premium(client):
    """The audit read € 0: the premie leerplekondersteuning was beside the estimate, not in it."""
    params = {"werkgever": "lokaal-bestuur", "traject": "secundair-onderwijs", "lerenden": "2",
              "maanden": "3"}  # fmt: skip
    one_mentor = text_of(page(client, params))
    assert "Schatting: € 0 zeker, € 3.300 onder voorbehoud" in one_mentor
    assert "€ 3.300 × 1 mentor (elk 1 tot 5 begeleidingen) voor 2 lerenden" in one_mentor
    two_mentors = text_of(page(client, params | {"mentoren": "2"}))
    assert "Schatting: € 0 zeker, € 6.600 onder voorbehoud" in two_mentors


def test_the_learner_cost_stands_beside_what_comes_in_with_its_tier_and_year(client):
    html = page(client, LOCAL_DUAL | {"lerenden": "1", "vergoeding": "ja"})
    cost = html[html.index('id="kost-title"') :]
    assert "€ 728,70 per maand (bedrag van 2025; sinds wanneer: niet bekend)" in cost
    assert "hoogste schijf" in cost
    assert "ongeveer € 7.287" in text_of(cost)
    assert "geen officiële pagina bevestigt deze bedragen" in cost


def test_a_14_month_dual_track_from_september_brings_one_premium_not_two(client):
    params = {"werkgever": "privaat", "traject": "duaal-leren-volwassenenonderwijs",
              "lerenden": "1", "maanden": "14", "startmaand": "9"}  # fmt: skip
    assert "Schatting: € 0 zeker, € 1.000 onder voorbehoud" in text_of(page(client, params))
    from_february = text_of(page(client, params | {"startmaand": "2"}))
    assert "Schatting: € 0 zeker, € 2.000 onder voorbehoud" in from_february


def test_the_begeleidingspremie_only_the_webinar_names_is_counted_under_reserve(client):
    html = page(
        client,
        {"werkgever": "zelfstandig", "opvang": "baby-peuter", "traject": "duaal-leren-secundair",
         "lerenden": "1", "maanden": "10"},
    )  # fmt: skip
    estimate = html[html.index('id="schatting-title"') : html.index('id="premies-title"')]
    # € 100 for the 7 months a crèche hosts the learner, and the 7th year's premium under reserve.
    assert "Schatting: € 0 zeker, € 1.700 onder voorbehoud" in text_of(estimate)
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
    assert "€ 1.700 onder voorbehoud" in text_of(page(client, employer))

    premium = Premium.objects.get(slug="begeleidingspremie-kinderdagverblijven")
    amount = premium.amounts.get()
    amount.amount_eur = 125
    amount.save()
    premium.uncertainty = "Het bedrag is **nog altijd** niet bevestigd."
    premium.save()

    html = page(client, employer)
    assert "€ 1.875 onder voorbehoud" in text_of(html)  # € 125 x 7 + € 1.000
    assert "Het bedrag is <strong>nog altijd</strong> niet bevestigd." in html


def test_an_estimate_with_nothing_under_reserve_says_so_in_that_group(client):
    from tests.incentives.factories import PremiumFactory

    PremiumFactory()  # for every employer, care and route: sure
    estimate = estimate_on(
        client,
        IN_SCHEME_YEAR,
        werkgever="privaat",
        opvang="gezinsopvang",
        traject="evc",
        lerenden="1",
    )
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


def test_a_staff_edit_of_a_premium_rule_reaches_the_estimate_at_once(client):
    """Through the normal admin save: the 7th year's premium becomes sure once the decree
    change holds, and the next estimate says so."""
    from trajectories.models import Route

    params = LOCAL_DUAL | {"opvang": "baby-peuter", "lerenden": "2"}
    before = estimate_on(client, IN_SCHEME_YEAR, **params)
    assert "Schatting: € 3.500 zeker, € 2.000 onder voorbehoud" in text_of(before)

    premium = Premium.objects.get(slug="premie-kwalificerend-werkplekleren")
    premium.reserved_routes.clear()
    premium.routes.add(Route.objects.get(slug="duaal-leren-secundair"))
    premium.reserve_reason = ""
    premium.save()

    after = estimate_on(client, IN_SCHEME_YEAR, **params)
    assert "Schatting: € 5.500 zeker" in text_of(after)


def test_the_admin_warns_when_an_amount_changes_but_its_date_does_not(client):
    from django.contrib.auth.models import Group

    from tests.portal.factories import UserFactory

    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name="Hoofdredacteur"))
    client.force_login(editor)
    premium = Premium.objects.get(slug="premie-kwalificerend-werkplekleren")
    url = f"/admin/incentives/premium/{premium.pk}/change/"
    response = client.get(url)
    data = _admin_form_data(response)
    amount_prefix = next(
        key.removesuffix("-amount_eur") for key, value in data.items()
        if key.endswith("-amount_eur") and value == "1000.00"
    )  # fmt: skip
    data[f"{amount_prefix}-amount_eur"] = "1100.00"
    response = client.post(url, data, follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert any("'geldt sinds' bleef 01/09/2023" in m for m in messages), messages


def _admin_form_data(response) -> dict:
    """The values of the admin change form as a browser would post them."""
    import html as html_lib
    import re

    page_html = response.content.decode()
    data = {}
    for tag in re.findall(r"<input[^>]*>", page_html):
        name = re.search(r'name="([^"]+)"', tag)
        if not name or 'type="submit"' in tag:
            continue
        if ('type="checkbox"' in tag or 'type="radio"' in tag) and "checked" not in tag:
            continue
        value = re.search(r'value="([^"]*)"', tag)
        data[name[1]] = html_lib.unescape(value[1]) if value else ""
    for name, body in re.findall(
        r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', page_html, re.DOTALL
    ):
        data[name] = html_lib.unescape(body.lstrip("\n"))
    for attributes, body in re.findall(r"<select([^>]*)>(.*?)</select>", page_html, re.DOTALL):
        name = re.search(r'name="([^"]+)"', attributes)[1]
        selected = re.findall(r'<option value="([^"]*)"[^>]*selected', body)
        if "multiple" in attributes:
            data[name] = selected
        elif selected:
            data[name] = selected[0]
    return data
