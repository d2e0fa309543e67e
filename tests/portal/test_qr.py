"""The QR code of a shared link: drawn whole and scalable, or not at all when it cannot scan."""

from urllib.parse import urlencode

import pytest
import segno
from django.urls import reverse

from portal.caching import content_changed
from portal.sharing import QR_MAX_BYTES, QR_MAX_VERSION, qr_fits, qr_svg

LONG_SEARCH = (
    "https://instroomwijzer.example.org/opleidingen/?plaats=Sint-Niklaas&straal=30"
    "&kwalificatie=kinderbegeleider-babys-en-peuters"
    "&kwalificatie=kinderbegeleider-schoolgaande-kinderen&traject=volwassenenonderwijs"
    "&traject=duaal-leren-volwassenenonderwijs&lesmoment=avond&lesmoment=weekend&sorteer=naam"
)


def qr_url(link: str) -> str:
    return reverse("portal:qr-code") + "?" + urlencode({"link": link})


def test_the_svg_scales_as_a_whole_with_its_quiet_zone():
    svg = qr_svg(LONG_SEARCH)
    code = segno.make(LONG_SEARCH, error="m", micro=False)
    side = code.symbol_size(scale=1, border=4)[0]
    opening = svg.split(">")[0]
    assert f'viewBox="0 0 {side} {side}"' in opening
    assert 'xmlns="http://www.w3.org/2000/svg"' in opening  # a file of its own, for an <img>
    # No fixed width or height: CSS sizes it, and the viewBox keeps every module in view.
    assert " width=" not in opening
    assert " height=" not in opening
    assert 'fill="#fff"' in svg  # a white quiet zone, whatever the page's background


@pytest.mark.parametrize("extra", [QR_MAX_BYTES - 80, QR_MAX_BYTES - 79])
def test_the_byte_limit_is_where_version_20_ends(extra):
    link = "https://instroomwijzer.example.org/?q=" + "x" * extra
    fits = len(link.encode()) <= QR_MAX_BYTES
    assert qr_fits(link) is fits
    if fits:
        assert segno.make(link, error="m", micro=False).version <= QR_MAX_VERSION
    else:
        assert segno.make(link, error="m", micro=False).version > QR_MAX_VERSION
        assert qr_svg(link) == ""


def test_the_code_of_a_link_is_an_image_browsers_keep(client, db):
    link = "http://testserver/opleidingen/?plaats=Gent"
    response = client.get(qr_url(link))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert "immutable" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    assert response.content.decode() == qr_svg(link)


@pytest.mark.parametrize(
    "link",
    [
        "",
        "https://elders.example/opleidingen/",
        "http://testserver.elders.example/opleidingen/",
        "javascript:alert(1)",
        "http://testserver/?q=" + "x" * QR_MAX_BYTES,
    ],
    ids=["empty", "other-site", "lookalike-host", "script", "too-long"],
)
def test_no_code_for_a_link_elsewhere_or_too_long(client, db, link):
    response = client.get(qr_url(link))
    assert response.status_code == 400
    assert "alleen voor een link naar deze site" in response.content.decode()


def test_the_page_shows_the_code_of_its_own_shared_link(client, db):
    content_changed()  # the page drawn now, with its context, not an earlier test's copy
    response = client.get("/opleidingen/", {"plaats": "Gent"})
    assert response.context["qr_url"] == qr_url(response.context["share_url"])
    assert f'<img src="{qr_url(response.context["share_url"])}"'.replace("&", "&amp;") in (
        response.content.decode()
    )


def test_a_page_whose_link_is_too_long_says_so_instead_of_drawing(client, db):
    response = client.get("/opleidingen/", {"traject": ["secundair-onderwijs"] * 40})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Deze link is te lang voor een QR-code" in html
    assert "qr-code.svg" not in html


def test_codes_drawn_for_one_address_are_limited_per_hour(client, db, settings):
    from django.core.cache import cache

    cache.clear()  # codes other tests drew are kept and would cost nothing here
    settings.QR_CODES_PER_HOUR = 3
    links = [f"http://testserver/opleidingen/?plaats={town}" for town in
             ("Gent", "Aalst", "Brugge", "Hasselt")]  # fmt: skip
    for link in links[:3]:
        assert client.get(qr_url(link), REMOTE_ADDR="192.0.2.7").status_code == 200
    refused = client.get(qr_url(links[3]), REMOTE_ADDR="192.0.2.7")
    assert refused.status_code == 429
    assert "QR-codes" in refused.content.decode()
    assert "no-store" in refused["Cache-Control"] or "max-age=0" in refused["Cache-Control"]
    # A code drawn before costs nothing and is still given; another address is not held back.
    assert client.get(qr_url(links[0]), REMOTE_ADDR="192.0.2.7").status_code == 200
    assert client.get(qr_url(links[3]), REMOTE_ADDR="192.0.2.8").status_code == 200


def test_a_code_is_drawn_once_per_link_for_every_process(client, db, monkeypatch):
    from django.core.cache import cache

    import portal.sharing

    link = "http://testserver/opleidingen/?plaats=Mechelen"
    drawn = []
    real_make = segno.make
    monkeypatch.setattr(
        portal.sharing.segno, "make", lambda *a, **k: drawn.append(a) or real_make(*a, **k)
    )
    portal.sharing.qr_svg.cache_clear()
    first = client.get(qr_url(link)).content
    portal.sharing.qr_svg.cache_clear()  # another process: only the shared cache holds it
    second = client.get(qr_url(link)).content
    assert first == second
    assert len(drawn) == 1
    assert cache.get(portal.sharing.qr_cache_key(link)) == first.decode()
