"""The list of institutions as data-onderwijs publishes it: level codes and institution types,
optional values with typos, and what an import brings on every public page at once."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from portal.caching import content_version
from portal.dates import next_school_year, school_year_of
from portal.models import ImportRecord
from qualifications.models import ProfessionalQualification
from tests.trajectories.school_lists import PUBLISHED_COLUMNS, official, published, spreadsheet
from trajectories.models import Offering, Provider, Route
from trajectories.services.schools import providers_import

pytestmark = pytest.mark.django_db

SOURCE_URL = "https://data-onderwijs.vlaanderen.be/onderwijsaanbod/"
CHECKED_ON = datetime.date(2026, 1, 15)
BABIES = "kinderbegeleider-babys-en-peuters"
SEARCH = "/opleidingen/"


def run(data: bytes, **kwargs):
    kwargs.setdefault("dry_run", False)
    return providers_import(data=data, source_url=SOURCE_URL, checked_on=CHECKED_ON, **kwargs)


def as_published(rows, write):
    return official(rows, PUBLISHED_COLUMNS) if write is official else spreadsheet(rows)


def one_of_each() -> list[dict]:
    """A campus of every kind the export holds, under the code it files it under."""
    return [
        published(912001, "gent", "School voor voltijds gewoon secundair onderwijs", "SO"),
        published(912002, "aalst", "School voor buitengewoon secundair onderwijs", "SO"),
        published(912003, "kortrijk", "Centrum voor deeltijds onderwijs", "SO"),
        published(912004, "gent", "Syntra", "SO", naam="Syntra Midwest campus Gent"),
        published(912005, "gent", "Centrum voor Volwassenenonderwijs", "VWO", naam="CVO Gent"),
        published(912006, "aalst", "Centrum voor Basiseducatie", "VWO"),
        published(912007, "gent", "Centrum voor deeltijdse vorming", "SO"),
        published(912008, "gent", "Basisschool", "BaO"),
        published(912009, "kortrijk", "Basisschool", "BaO"),
        published(912010, "gent", "Instelling voor deeltijds kunstonderwijs", "DKO"),
        published(912011, "kortrijk", "Hogeschool", "HO"),
    ]


class TestLevelsFromCodesAndTypes:
    @pytest.mark.parametrize("write", [official, spreadsheet])
    def test_what_trains_kinderbegeleiders_comes_in_each_with_its_kind(self, write):
        report = run(as_published(one_of_each(), write))

        assert not report.has_errors, report.error_messages
        kinds = dict(
            Provider.objects.filter(school_number__startswith="912").values_list(
                "school_number", "kind"
            )
        )
        assert kinds == {
            "912001": Provider.Kind.SCHOOL,
            "912002": Provider.Kind.SCHOOL,
            "912003": Provider.Kind.SCHOOL,
            "912004": Provider.Kind.SYNTRA,
            "912005": Provider.Kind.CVO,
        }
        assert report.skipped_levels == {
            "Centrum voor Basiseducatie": 1,
            "Centrum voor deeltijdse vorming": 1,
            "Basisschool": 2,
            "Instelling voor deeltijds kunstonderwijs": 1,
            "Hogeschool": 1,
        }
        assert "2 Basisschool" in report.summary
        cvo = Provider.objects.get(school_number="912005")
        assert cvo.education_level == "Centrum voor Volwassenenonderwijs"

    def test_syntra_is_syntra_under_any_code(self):
        run(official([published(912020, "gent", "Syntra", "VWO")], PUBLISHED_COLUMNS))

        assert Provider.objects.get(school_number="912020").kind == Provider.Kind.SYNTRA

    def test_a_code_without_a_known_type_still_decides(self):
        rows = [
            published(912030, "gent", " ", "VWO"),
            published(912031, "gent", "Nieuw soort centrum", "BaO"),
        ]
        report = run(official(rows, PUBLISHED_COLUMNS))

        assert Provider.objects.get(school_number="912030").kind == Provider.Kind.CVO
        assert report.skipped_levels == {"basisonderwijs": 1}

    def test_staff_can_choose_basic_education_after_all(self):
        run(official(one_of_each(), PUBLISHED_COLUMNS), levels=("basiseducatie",))

        assert list(
            Provider.objects.filter(school_number__startswith="912").values_list(
                "school_number", flat=True
            )
        ) == ["912006"]

    def test_the_export_sentinels_are_no_values(self):
        row = published(912040, "gent", "Centrum voor Volwassenenonderwijs", "VWO", lx="0", ly="0")
        row["kbo-nummer"] = "0"
        row["website"] = row["e-mail"] = row["telefoon"] = " "

        report = run(official([row], PUBLISHED_COLUMNS))

        assert not report.has_errors, report.error_messages
        assert not report.rows[0].value_notes
        provider = Provider.objects.get(school_number="912040")
        assert (provider.kbo_number, provider.website, provider.email) == ("", "", "")
        assert provider.locations.get().is_approximate


def typos() -> list[dict]:
    cvo = "Centrum voor Volwassenenonderwijs"
    return [
        published(912101, "gent", cvo, "VWO", website="https//scholen.cvo-gent.example"),
        published(912102, "aalst", cvo, "VWO", website="http:\\\\www.cvo-aalst.example"),
        published(912103, "kortrijk", cvo, "VWO", website="www.cvo-kortrijk.example"),
        published(912104, "gent", cvo, "VWO", website="geen website"),
        published(912105, "aalst", cvo, "VWO", **{"e-mail": "mailto:info@cvo-aalst.example"}),
        published(
            912106, "kortrijk", cvo, "VWO", **{"e-mail": "info@cvo.example, directie@cvo.example"}
        ),
        published(912107, "gent", cvo, "VWO", **{"e-mail": "info(at)cvo-gent.example"}),
    ]


def by_number(field: str) -> dict[str, str]:
    """A field of the providers of `typos()`, by school number."""
    rows = Provider.objects.filter(school_number__startswith="9121")
    return dict(rows.values_list("school_number", field))


class TestOptionalValues:
    def test_every_campus_comes_in_with_a_note_per_repaired_or_dropped_value(self):
        report = run(official(typos(), PUBLISHED_COLUMNS))

        assert not report.has_errors, report.error_messages
        assert report.totals["nieuw"] == 7
        values = by_number("website")
        assert values["912101"] == "https://scholen.cvo-gent.example"
        assert values["912102"] == "http://www.cvo-aalst.example"
        assert values["912103"] == "https://www.cvo-kortrijk.example"
        assert values["912104"] == ""
        emails = by_number("email")
        assert emails["912105"] == "info@cvo-aalst.example"
        assert emails["912106"] == "info@cvo.example"
        assert emails["912107"] == ""
        notes = {row.school_number: row.note for row in report.rows}
        assert 'website "https//scholen.cvo-gent.example" verbeterd tot' in notes["912101"]
        assert 'website "http:\\\\www.cvo-aalst.example" verbeterd tot' in notes["912102"]
        assert notes["912103"] == ""  # the export's usual form: no note
        assert 'website "geen website" is geen geldig webadres: leeg gelaten' in notes["912104"]
        assert 'e-mail "mailto:info@cvo-aalst.example" verbeterd tot' in notes["912105"]
        assert "noemt 2 adressen: het eerste genomen" in notes["912106"]
        assert 'e-mail "info(at)cvo-gent.example" is geen geldig' in notes["912107"]
        assert "6 waarden in optionele velden zijn verbeterd of weggelaten" in report.summary

    def test_the_import_record_keeps_what_the_file_said(self, tmp_path):
        path = tmp_path / "instellingen.csv"
        path.write_bytes(official(typos(), PUBLISHED_COLUMNS))

        call_command("import_schools", str(path))

        summary = ImportRecord.objects.get().summary
        assert "Aangepaste of weggelaten waarden:" in summary
        assert 'website "geen website" is geen geldig webadres: leeg gelaten' in summary
        assert 'e-mail "info(at)cvo-gent.example"' in summary


class TestNothingToImport:
    def rows(self):
        return [
            published(912201, "gent", "Basisschool", "BaO"),
            published(912202, "aalst", "Centrum voor Basiseducatie", "VWO"),
        ]

    def test_the_preview_warns_and_nothing_is_written(self):
        report = run(official(self.rows(), PUBLISHED_COLUMNS))

        assert report.imports_nothing
        assert report.warning.startswith("Let op: van de 2 rijen in dit bestand wordt er geen")
        assert not report.is_written

    def test_the_command_exits_non_zero(self, tmp_path):
        path = tmp_path / "basisscholen.csv"
        path.write_bytes(official(self.rows(), PUBLISHED_COLUMNS))

        for extra in ([], ["--dry-run"]):
            with pytest.raises(CommandError, match="geen enkele geïmporteerd"):
                call_command("import_schools", str(path), *extra)
        assert not ImportRecord.objects.exists()

    def test_a_programme_list_of_nothing_ends_nothing(self, tmp_path):
        path = tmp_path / "lijst.csv"
        path.write_bytes(official(self.rows(), PUBLISHED_COLUMNS))
        year = school_year_of(datetime.date.today())
        args = ["--route", "volwassenenonderwijs", "--qualification", BABIES]
        with pytest.raises(CommandError):
            call_command("import_schools", str(path), *args, "--title", "KB", "--school-year", year)


class TestShownAtOnce:
    """No test here clears a cache: what an import writes must reach every page by itself."""

    def cvo_list(self, tmp_path, *rows) -> str:
        path = tmp_path / "cvo-kinderbegeleider.csv"
        path.write_bytes(official(list(rows), PUBLISHED_COLUMNS))
        return str(path)

    def programme_args(self):
        year = school_year_of(datetime.date.today())
        return [
            "--route",
            "volwassenenonderwijs",
            "--qualification",
            BABIES,
            "--title",
            "Kinderbegeleider baby's en peuters",
            "--school-year",
            year,
        ]

    def test_an_import_by_the_command_shows_in_the_search_and_on_the_provider_page(
        self, client, tmp_path
    ):
        first = published(
            912301, "gent", "Centrum voor Volwassenenonderwijs", "VWO", naam="CVO Leiepoort"
        )
        call_command("import_schools", self.cvo_list(tmp_path, first), *self.programme_args())
        provider = Provider.objects.get(school_number="912301")
        search = {"plaats": "Gent", "traject": "volwassenenonderwijs", "straal": "50"}
        assert "CVO Leiepoort" in client.get(SEARCH, search).content.decode()
        assert "Campus Aalst" not in client.get(provider.get_absolute_url()).content.decode()
        assert "CVO Scheldeland" not in client.get(SEARCH, search).content.decode()

        second_campus = published(
            912301,
            "aalst",
            "Centrum voor Volwassenenonderwijs",
            "VWO",
            campus=2,
            naam="CVO Leiepoort",
        )
        newcomer = published(
            912302, "gent", "Centrum voor Volwassenenonderwijs", "VWO", naam="CVO Scheldeland"
        )
        call_command(
            "import_schools",
            self.cvo_list(tmp_path, first, second_campus, newcomer),
            *self.programme_args(),
        )

        assert "CVO Scheldeland" in client.get(SEARCH, search).content.decode()
        assert "campus Aalst" in client.get(provider.get_absolute_url()).content.decode()

    def test_an_import_in_the_back_office_shows_at_once(self, client, admin_client, tmp_path):
        row = published(
            912311, "gent", "Centrum voor Volwassenenonderwijs", "VWO", naam="CVO Portus"
        )
        search = {"plaats": "Gent", "traject": "volwassenenonderwijs", "straal": "50"}
        assert "CVO Portus" not in client.get(SEARCH, search).content.decode()
        year = school_year_of(datetime.date.today())
        preview = admin_client.post(
            reverse("admin:trajectories_provider_import"),
            {
                "file": SimpleUploadedFile(
                    "cvo.csv", official([row], PUBLISHED_COLUMNS), content_type="text/csv"
                ),
                "source_url": SOURCE_URL,
                "checked_on": "2026-01-15",
                "route": Route.objects.get(slug="volwassenenonderwijs").pk,
                "qualifications": [ProfessionalQualification.objects.get(slug=BABIES).pk],
                "title": "Kinderbegeleider baby's en peuters",
                "school_year": year,
            },
        )
        token = preview.context["token"]
        assert token, preview.context["report"].error_messages
        admin_client.post(reverse("admin:trajectories_provider_import_confirm", args=[token]))

        assert "CVO Portus" in client.get(SEARCH, search).content.decode()
        provider = Provider.objects.get(school_number="912311")
        assert "CVO Portus" in client.get(provider.get_absolute_url()).content.decode()

    def test_a_school_year_copy_gives_the_content_a_new_version(self, client):
        from tests.trajectories.factories import OfferingFactory
        from trajectories.services.rollover import offerings_copy_to_next_year

        year = school_year_of(datetime.date.today())
        offering = OfferingFactory(school_year=year, title="Kinderbegeleider in de avond")
        provider_page = offering.location.provider.get_absolute_url()
        client.get(provider_page)
        before = content_version()

        (copy,) = offerings_copy_to_next_year(offerings=[offering])

        assert content_version() != before
        copy.status = Offering.Status.PUBLISHED
        copy.save()
        html = client.get(provider_page).content.decode()
        assert next_school_year(year) in html
