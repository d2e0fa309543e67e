"""Security headers everywhere; public pages load nothing from elsewhere and set no cookies."""

import re

import pytest

from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "/",
    "/werkgevers/",
    "/mentoren-en-kandidaten/",
    "/sector/",
    "/over/",
    "/privacy/",
    "/opleidingen/?plaats=Brugge&straal=50",
    "/aanbieders/cvo-miras/",
]


@pytest.mark.parametrize("path", [*PUBLIC_PAGES, "/bestaat-niet/", "/healthz", "/admin/login/"])
def test_every_response_carries_security_headers_and_a_csp(client, path):
    response = client.get(path)
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "object-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_loads_nothing_from_other_hosts(client, path):
    html = client.get(path).content.decode()
    loaded = re.findall(r'<(?:script|img|iframe)[^>]+src="([^"]+)"', html)
    loaded += re.findall(r'<link[^>]+href="([^"]+)"', html)
    assert loaded
    # Static files, and the QR code of the page's own link, drawn by the portal itself.
    assert all(url.startswith(("/static/", "/qr-code.svg?")) for url in loaded), loaded


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_sets_no_cookies(client, path):
    assert not client.get(path).cookies


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_run_no_inline_script(client, path):
    """Every script is a file of our own, so the page may be cached and the CSP stays strict."""
    html = client.get(path).content.decode()
    for tag, body in re.findall(r"(<script[^>]*>)(.*?)</script>", html, flags=re.S):
        if 'type="application/json"' in tag:
            continue
        assert 'src="/static/' in tag, tag
        assert not body.strip()


def test_anonymous_visitor_is_sent_to_the_admin_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_user_without_staff_status_cannot_enter_the_admin(client):
    user = UserFactory()
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
