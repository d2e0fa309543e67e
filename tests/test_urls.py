"""The public paths are a promise: links to them are shared, bookmarked and printed."""

import pytest
from django.urls import resolve, reverse

PUBLIC_PATHS = [
    ("portal:home", "/"),
    ("portal:werkgever", "/werkgevers/"),
    ("portal:mentor", "/mentoren-en-kandidaten/"),
    ("portal:sector", "/sector/"),
    ("portal:over", "/over/"),
    ("portal:terms", "/begrippen/"),
    ("portal:privacy", "/privacy/"),
    ("portal:toegankelijkheid", "/toegankelijkheid/"),
    ("portal:healthz", "/healthz"),
    ("qualifications:qualification-list", "/kwalificaties/"),
    ("qualifications:matrix", "/onderwijsmatrix/"),
    ("qualifications:timeline", "/tijdlijn/"),
    ("trajectories:route-list", "/trajecten/"),
    ("trajectories:contract-list", "/contracten/"),
    ("trajectories:dual-learning", "/duaal-leren/"),
    ("trajectories:support", "/ondersteuning/"),
    ("trajectories:offering-search", "/opleidingen/"),
    ("trajectories:offering-export-csv", "/opleidingen/export.csv"),
    ("trajectories:offering-export-json", "/opleidingen/export.json"),
    ("incentives:premium-list", "/premies/"),
    ("trajectories:route-planner", "/routeplanner/"),
    ("admin:index", "/admin/"),
]


@pytest.mark.parametrize(("name", "path"), PUBLIC_PATHS)
def test_public_path_is_stable(name, path):
    assert reverse(name) == path
    assert resolve(path).view_name == name


@pytest.mark.parametrize(
    ("name", "slug", "path"),
    [
        ("qualifications:qualification-detail", "kinderbegeleider-babys-en-peuters",
         "/kwalificaties/kinderbegeleider-babys-en-peuters/"),
        ("trajectories:route-detail", "evc", "/trajecten/evc/"),
        ("trajectories:provider-detail", "cvo-miras", "/aanbieders/cvo-miras/"),
        ("trajectories:provider-report", "cvo-miras", "/aanbieders/cvo-miras/melden/"),
        ("trajectories:provider-report-thanks", "cvo-miras",
         "/aanbieders/cvo-miras/melden/bedankt/"),
    ],
)  # fmt: skip
def test_detail_paths_are_stable(name, slug, path):
    assert reverse(name, args=[slug]) == path
    assert resolve(path).view_name == name
