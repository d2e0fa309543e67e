"""`make run` may load geography and content any number of times: nothing changes twice."""

import pytest

from portal.models import ContactOrganisation, Municipality, PostalLocality, Resource
from portal.services import content_load, geography_load

pytestmark = pytest.mark.django_db


def test_loading_geography_again_changes_nothing():
    before = (Municipality.objects.count(), PostalLocality.objects.count())
    report = geography_load()
    assert all(c["nieuw"] == 0 and c["gewijzigd"] == 0 for c in report.counts.values())
    assert (Municipality.objects.count(), PostalLocality.objects.count()) == before


def test_loading_geography_repairs_a_changed_row():
    Municipality.objects.filter(nis_code="44021").update(name_nl="Gnet")
    report = geography_load()
    assert report.counts["gemeenten"]["gewijzigd"] == 1
    assert Municipality.objects.get(nis_code="44021").name_nl == "Gent"


def test_loading_content_again_duplicates_nothing():
    before = (ContactOrganisation.objects.count(), Resource.objects.count())
    content_load()
    assert (ContactOrganisation.objects.count(), Resource.objects.count()) == before


def test_loading_content_keeps_what_staff_changed():
    ContactOrganisation.objects.filter(slug="vivo").update(description="Aangepast door de redactie")
    content_load()
    assert ContactOrganisation.objects.get(slug="vivo").description == "Aangepast door de redactie"


def test_loaded_content_is_published_with_source_and_checked_date():
    for item in [*ContactOrganisation.objects.all(), *Resource.objects.all()]:
        assert item.is_published
        assert item.source_url.startswith("https://")
        assert item.checked_on is not None


def test_loaded_content_keeps_the_day_its_source_was_read_not_the_day_it_is_loaded():
    import datetime

    import time_machine

    from qualifications.models import TimelineEvent
    from trajectories.models import Provider

    TimelineEvent.objects.filter(slug="uitrol-eerste-graad").delete()
    Provider.objects.filter(slug="cvo-miras").delete()
    with time_machine.travel(datetime.datetime(2027, 3, 1, 12, 0), tick=False):
        content_load()
    # Read on different days, and so dated differently; the day of loading is neither.
    assert TimelineEvent.objects.get(slug="uitrol-eerste-graad").checked_on == datetime.date(
        2026, 11, 28
    )
    assert Provider.objects.get(slug="cvo-miras").checked_on == datetime.date(2026, 12, 1)
