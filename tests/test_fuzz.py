"""Random query strings against every public URL: never a server error, never raw input echoed."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

PUBLIC_PATHS = [
    "/",
    "/opleidingen/",
    "/opleidingen/export.csv",
    "/opleidingen/export.json",
    "/aanbieders/cvo-miras/",
    "/kwalificaties/",
    "/kwalificaties/kinderbegeleider-babys-en-peuters/",
    "/onderwijsmatrix/",
    "/tijdlijn/",
    "/trajecten/",
    "/trajecten/evc/",
    "/contracten/",
    "/duaal-leren/",
    "/ondersteuning/",
    "/premies/",
    "/routeplanner/",
    "/werkgevers/",
    "/over/",
    "/healthz",
]
NAMES = [
    "plaats", "straal", "provincie", "kwalificatie", "traject", "lesmoment", "duaal", "q",
    "sorteer", "pagina", "controle", "voldaan", "werkgever", "opvang", "lerenden", "maanden",
    "vergoeding", "leeftijd", "situatie", "diploma", "ervaring", "bk", "betaald",
]  # fmt: skip
NASTY = [
    "", "0", "-5", "99999", "abc", "1e9", "NaN", "Gent", "9000", "Gnet", "ja", "avond",
    "<script>alert(1)</script>", "\"'><svg/onload=alert(1)>", "%00", "\x00", "😀",
    "x" * 5000, "kinderbegeleider-babys-en-peuters", "limburg", "evc", "afstand",
]  # fmt: skip

# Every public parameter that becomes a number, and the page it belongs to.
NUMERIC = {
    "pagina": "/opleidingen/",
    "straal": "/opleidingen/",
    "lerenden": "/premies/",
    "maanden": "/premies/",
    "leeftijd": "/routeplanner/",
    "ervaring": "/routeplanner/",
}
HUGE_AND_NEGATIVE = [
    "99999999999999999999", "-99999999999999999999", "9" * 400, "-" + "9" * 400, "9" * 5000,
    "2147483648", "9223372036854775808", "-1", "-0", "0", "1e309", "-1e309", "+5", " 7 ",
    "٣", "0x10", "1_000",
]  # fmt: skip
numbers = st.one_of(
    st.sampled_from(HUGE_AND_NEGATIVE),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
)
values = st.one_of(st.sampled_from(NASTY), st.text(max_size=60), numbers)
query = st.lists(
    st.tuples(st.one_of(st.sampled_from(NAMES), st.text(max_size=10)), values), max_size=6
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(path=st.sampled_from(PUBLIC_PATHS), params=query)
def test_no_public_url_answers_with_a_server_error(client, path, params):
    response = client.get(path, params)
    assert response.status_code in {200, 400, 404}, (path, params)
    if response["Content-Type"].startswith("text/html"):
        html = response.content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "<svg/onload=alert(1)>" not in html


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=st.sampled_from(sorted(NUMERIC)), value=numbers)
def test_huge_and_negative_numbers_never_break_a_page(client, name, value):
    path = NUMERIC[name]
    for where in (path, "/opleidingen/export.csv", "/opleidingen/export.json"):
        if where != path and path != "/opleidingen/":
            continue
        response = client.get(where, {name: value, "plaats": "Gent"})
        assert response.status_code in {200, 400}, (where, name, value)


@pytest.mark.parametrize("name", sorted(NUMERIC))
@pytest.mark.parametrize("value", ["99999999999999999999", "-99999999999999999999"])
def test_each_numeric_parameter_is_bounded(client, name, value):
    response = client.get(NUMERIC[name], {name: value})
    assert response.status_code in {200, 400}, (name, value)


def test_a_page_number_past_any_end_shows_the_last_page_and_says_so(client):
    response = client.get("/opleidingen/", {"pagina": "99999999999999999999"})
    assert response.status_code == 200
    assert "bestaat niet" in response.content.decode()
