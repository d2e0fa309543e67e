"""Sharing a page: the exact link of what is shown (`share_link`) and its QR code (`qr_svg`,
served as an image by `portal.views.qr_code`). The search and the route planner use them; any
page whose state lives in its query string can."""

import functools
import hashlib
import io
from urllib.parse import urlencode

import segno
from django.urls import reverse


def share_link(request, form, page_number: int = 1) -> str:
    """The absolute link of exactly what is shown: the page shown (none for the first), and no
    value that was ignored."""
    params = request.GET.copy()
    for name in ["pagina", *form.errors]:
        params.pop(name, None)
    if page_number > 1:
        params["pagina"] = str(page_number)
    return request.build_absolute_uri(request.path + ("?" + params.urlencode() if params else ""))


# A code past this version has modules too small to scan from paper at the size we print it
# (3.5 cm on the route planner's sheet, 4.5 cm for a search): version 20 is 97 modules plus the
# quiet zone, about 0.33 mm each on the sheet. Longer links get no code at all.
QR_MAX_VERSION = 20
# What version 20 holds at error correction level M in byte mode (ISO/IEC 18004, table 7): a link
# of at most this many bytes fits, so the page knows without rendering the code.
QR_MAX_BYTES = 666
# The quiet zone the QR standard asks for around the code, in modules.
QR_QUIET_ZONE = 4


def qr_fits(url: str) -> bool:
    """Whether the link gets a QR code that still scans (see `QR_MAX_VERSION`)."""
    return bool(url) and len(url.encode()) <= QR_MAX_BYTES


@functools.lru_cache(maxsize=512)
def qr_svg(url: str) -> str:
    """The link as a QR code, an SVG rendered on the server (no script, no other host).

    Empty when the link is too long for a code that still scans. The SVG has a `viewBox` and no
    fixed size, so CSS scales the whole code, modules and quiet zone, instead of cropping it.
    Rendering one takes 5 to 20 ms, so pages do not render it: they show it as an image from
    `portal.views.qr_code`, which browsers cache; the codes of recent links stay in memory.
    """
    if not qr_fits(url):
        return ""
    code = segno.make(url, error="m", micro=False)
    out = io.BytesIO()
    code.save(
        out,
        kind="svg",
        border=QR_QUIET_ZONE,
        omitsize=True,
        light="#fff",
        title="QR-code van deze link",
        xmldecl=False,
    )
    # Square modules, without anti-aliased seams between them, at any size.
    return out.getvalue().decode().replace("<svg ", '<svg shape-rendering="crispEdges" ', 1)


def qr_cache_key(url: str) -> str:
    """Where the shared cache keeps the code of `url` (a hash: links are long)."""
    return "qr-code:" + hashlib.sha256(url.encode()).hexdigest()


def qr_image_url(url: str) -> str:
    """Where the page finds the QR code of `url`; empty when the link gets none."""
    if not qr_fits(url):
        return ""
    return reverse("portal:qr-code") + "?" + urlencode({"link": url})
