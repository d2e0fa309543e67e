"""The QR code of a shared link: drawn whole and scalable, or not at all when it cannot scan."""

import segno

from trajectories.search import QR_MAX_VERSION, qr_svg

LONG_SEARCH = (
    "https://instroomwijzer.example.org/opleidingen/?plaats=Sint-Niklaas&straal=30"
    "&kwalificatie=kinderbegeleider-babys-en-peuters"
    "&kwalificatie=kinderbegeleider-schoolgaande-kinderen&traject=volwassenenonderwijs"
    "&traject=duaal-leren-volwassenenonderwijs&lesmoment=avond&lesmoment=weekend&sorteer=naam"
)


def test_the_svg_scales_as_a_whole_with_its_quiet_zone():
    svg = qr_svg(LONG_SEARCH)
    code = segno.make(LONG_SEARCH, error="m", micro=False)
    side = code.symbol_size(scale=1, border=4)[0]
    assert svg.startswith(f'<svg viewBox="0 0 {side} {side}"')
    # No fixed width or height: CSS sizes it, and the viewBox keeps every module in view.
    assert " width=" not in svg.split(">")[0]
    assert " height=" not in svg.split(">")[0]
    assert 'fill="#fff"' in svg  # a white quiet zone, whatever the page's background


def test_a_link_too_long_to_scan_gets_no_code():
    too_long = "https://instroomwijzer.example.org/opleidingen/?q=" + "x" * 900
    assert segno.make(too_long, error="m").version > QR_MAX_VERSION
    assert qr_svg(too_long) == ""


def test_a_page_whose_link_is_too_long_says_so_instead_of_drawing(client, db):
    response = client.get("/opleidingen/", {"traject": ["secundair-onderwijs"] * 40})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Deze link is te lang voor een QR-code" in html
    assert 'class="segno"' not in html
