"""Importing the official list of schools (the onderwijsaanbod export) into providers."""

import datetime
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.geo import Point, distance_km
from portal.models import Municipality
from trajectories.models import Location, Provider
from trajectories.services import providers_import
from trajectories.services.schools import SOURCE_NAME, lambert72_to_wgs84

SAMPLE = Path(__file__).parent / "data" / "onderwijsaanbod-voorbeeld.csv"
SOURCE_URL = "https://data-onderwijs.vlaanderen.be/onderwijsaanbod/"
CHECKED_ON = datetime.date(2026, 1, 15)
# Lines of the sample file (the header is line 1).
GENT, AALST, BRUSSEL, HASSELT, GESLOTEN = 2, 3, 4, 5, 6


def sample_lines() -> list[str]:
    """The sample file as text lines, header first, for building broken variants."""
    return SAMPLE.read_bytes().decode("utf-8-sig").rstrip("\r").split("\r")


def as_export(lines: list[str], *, ending: str = "\r") -> bytes:
    """Lines back into the export's format: UTF-8 with BOM, CR line endings."""
    return b"\xef\xbb\xbf" + (ending.join(lines) + ending).encode("utf-8")


def with_cell(line: int, column: str, value: str) -> bytes:
    """The sample file with one cell changed, found by its line number and column name."""
    lines = sample_lines()
    header = lines[0].split(";")
    cells = lines[line - 1].split(";")
    cells[header.index(column)] = value
    lines[line - 1] = ";".join(cells)
    return as_export(lines)


def run(data: bytes, *, dry_run: bool = False, checked_on: datetime.date = CHECKED_ON):
    return providers_import(
        data=data, source_url=SOURCE_URL, checked_on=checked_on, dry_run=dry_run
    )


def test_sample_file_is_in_the_official_format():
    data = SAMPLE.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in data
    assert data.count(b"\r") == 6
    assert data.split(b"\r")[0].count(b";") == 17


def test_lambert72_conversion_matches_the_epsg_reference_point():
    # EPSG's own example for Belgian Lambert 72: this point lies at 50°47'57.704"N on the central
    # meridian 4°22'02.952"E (4.36748666666667°) in BD72; WGS84 differs by about 100 m from that.
    point = lambert72_to_wgs84(150000.013, 165372.956)
    assert point.latitude == pytest.approx(50 + 47 / 60 + 57.704 / 3600, abs=0.002)
    assert point.longitude == pytest.approx(4.36748666666667, abs=0.002)


@pytest.mark.django_db
class TestFirstImport:
    def test_creates_a_published_unverified_school_with_one_location_per_active_row(self):
        report = run(SAMPLE.read_bytes())

        assert not report.has_errors, report.error_messages
        assert report.totals == {
            "nieuw": 4,
            "gewijzigd": 0,
            "ongewijzigd": 0,
            "overgeslagen": 1,
            "fout": 0,
        }
        providers = Provider.objects.filter(school_number__startswith="9000")
        assert sorted(providers.values_list("school_number", flat=True)) == [
            "900001",
            "900002",
            "900003",
            "900004",
        ]
        gent = Provider.objects.get(school_number="900001")
        assert gent.name == "Voorbeeldschool Gent"
        assert gent.slug == "voorbeeldschool-gent-900001"
        assert gent.kind == Provider.Kind.SCHOOL
        assert gent.status == Provider.Status.PUBLISHED
        assert gent.is_verified is False
        assert (gent.source_url, gent.source_name, gent.checked_on) == (
            SOURCE_URL,
            SOURCE_NAME,
            CHECKED_ON,
        )
        assert gent.kbo_number == "0000.000.101"
        assert gent.email == "info@voorbeeldschool-gent.example"
        assert gent.education_level == "Secundair onderwijs"
        assert gent.locations.count() == 1

    @pytest.mark.parametrize(
        ("school_number", "nis_code", "street", "postcode"),
        [
            ("900001", "44021", "Voorbeeldstraat", "9000"),
            ("900002", "41002", "Stationsplein", "9300"),
            ("900003", "21004", "Voorbeeldlaan", "1000"),
        ],
    )
    def test_location_has_the_municipality_and_coordinates_of_the_row(
        self, school_number, nis_code, street, postcode
    ):
        run(SAMPLE.read_bytes())

        location = Location.objects.get(provider__school_number=school_number)
        municipality = Municipality.objects.get(nis_code=nis_code)
        assert location.municipality == municipality
        assert (location.street, location.postcode) == (street, postcode)
        assert location.is_approximate is False
        # The sample's lx/ly were computed from these centres, rounded to the centimetre.
        here = Point(location.latitude, location.longitude)
        centre = Point(municipality.latitude, municipality.longitude)
        assert distance_km(here, centre) < 0.3

    def test_missing_coordinates_fall_back_to_the_municipality_centre(self):
        report = run(SAMPLE.read_bytes())

        location = Location.objects.get(provider__school_number="900004")
        hasselt = Municipality.objects.get(nis_code="71072")
        assert location.is_approximate is True
        assert (location.latitude, location.longitude) == (hasselt.latitude, hasselt.longitude)
        assert "centrum van de gemeente" in report.rows[HASSELT - 2].note

    def test_empty_coordinates_also_fall_back_to_the_centre(self):
        run(with_cell(GENT, "lx", ""))

        assert Location.objects.get(provider__school_number="900001").is_approximate is True

    def test_school_whose_end_date_has_passed_is_skipped(self):
        report = run(SAMPLE.read_bytes())

        row = report.rows[GESLOTEN - 2]
        assert row.action == "overgeslagen"
        assert "niet meer actief" in row.note
        assert not Provider.objects.filter(school_number="900005").exists()

    def test_closed_school_already_in_the_portal_is_left_alone_with_a_note(self):
        run(with_cell(GESLOTEN, "einddatum", "31/12/4444"))

        report = run(SAMPLE.read_bytes())

        assert report.rows[GESLOTEN - 2].action == "overgeslagen"
        assert "staat nog in het portaal" in report.rows[GESLOTEN - 2].note
        assert Provider.objects.get(school_number="900005").is_published

    def test_sentinel_dates_mean_no_start_and_no_end(self):
        report = run(SAMPLE.read_bytes())

        assert report.rows[AALST - 2].action == "nieuw"
        assert Provider.objects.filter(school_number="900002").exists()

    def test_end_date_in_the_future_keeps_the_school(self):
        next_year = timezone.localdate().year + 1
        report = run(with_cell(GENT, "einddatum", f"31/08/{next_year}"))

        assert report.rows[GENT - 2].action == "nieuw"

    def test_website_without_scheme_gets_https(self):
        run(SAMPLE.read_bytes())

        assert Provider.objects.get(school_number="900001").website == (
            "https://www.voorbeeldschool-gent.example"
        )
        assert Provider.objects.get(school_number="900002").website == (
            "https://www.voorbeeldschool-aalst.example/"
        )

    @pytest.mark.parametrize("ending", ["\n", "\r\n"])
    def test_lf_and_crlf_line_endings_are_read_too(self, ending):
        report = run(as_export(sample_lines(), ending=ending))

        assert [row.line for row in report.rows] == [2, 3, 4, 5, 6]
        assert report.totals["nieuw"] == 4

    def test_slug_taken_by_another_provider_gets_a_suffix(self):
        run(with_cell(GENT, "schoolnummer", "900009"))
        Provider.objects.filter(school_number="900009").update(
            slug="voorbeeldschool-gent-900001", school_number=None
        )

        run(SAMPLE.read_bytes())

        assert Provider.objects.get(school_number="900001").slug == (
            "voorbeeldschool-gent-900001-2"
        )

    def test_dry_run_reports_but_writes_nothing(self):
        report = run(SAMPLE.read_bytes(), dry_run=True)

        assert report.totals["nieuw"] == 4
        assert "Voorvertoning" in report.summary
        assert not Provider.objects.filter(school_number__startswith="9000").exists()


@pytest.mark.django_db
class TestReimport:
    def test_same_file_again_is_unchanged_and_writes_nothing(self):
        run(SAMPLE.read_bytes())
        before = list(Provider.objects.order_by("pk").values_list("pk", "updated_at"))

        with CaptureQueriesContext(connection) as queries:
            report = run(SAMPLE.read_bytes())

        assert report.totals["ongewijzigd"] == 4
        assert report.totals["nieuw"] == report.totals["gewijzigd"] == 0
        writes = [
            q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))
        ]
        assert writes == []
        assert list(Provider.objects.order_by("pk").values_list("pk", "updated_at")) == before
        assert Location.objects.filter(provider__school_number__startswith="9000").count() == 4

    def test_changed_name_and_phone_update_the_school_with_that_number(self):
        run(SAMPLE.read_bytes())
        gent = Provider.objects.get(school_number="900001")
        lines = sample_lines()
        lines[GENT - 1] = (
            lines[GENT - 1]
            .replace("Voorbeeldschool Gent;", "Voorbeeldschool Gent Centrum;")
            .replace("09 000 00 01", "09 999 99 99")
        )

        report = run(as_export(lines))

        assert report.rows[GENT - 2].action == "gewijzigd"
        assert report.totals["ongewijzigd"] == 3
        gent.refresh_from_db()
        assert (gent.name, gent.phone) == ("Voorbeeldschool Gent Centrum", "09 999 99 99")
        # The slug is in shared links, so a new name does not change it.
        assert gent.slug == "voorbeeldschool-gent-900001"
        assert Provider.objects.filter(school_number__startswith="9000").count() == 4

    def test_moved_school_updates_its_location(self):
        run(SAMPLE.read_bytes())

        report = run(with_cell(GENT, "straat", "Nieuwe Straat"))

        assert report.rows[GENT - 2].action == "gewijzigd"
        location = Location.objects.get(provider__school_number="900001")
        assert location.street == "Nieuwe Straat"

    def test_update_keeps_what_staff_decided(self):
        run(SAMPLE.read_bytes())
        Provider.objects.filter(school_number="900001").update(
            status=Provider.Status.DRAFT, is_verified=True, kind=Provider.Kind.CVO
        )

        run(with_cell(GENT, "telefoon", "09 111 11 11"))

        gent = Provider.objects.get(school_number="900001")
        assert (gent.status, gent.is_verified, gent.kind) == (
            Provider.Status.DRAFT,
            True,
            Provider.Kind.CVO,
        )
        assert gent.phone == "09 111 11 11"

    def test_later_check_date_is_recorded_while_the_rows_stay_unchanged(self):
        run(SAMPLE.read_bytes())
        later = CHECKED_ON + datetime.timedelta(days=30)

        report = run(SAMPLE.read_bytes(), checked_on=later)

        assert report.totals["ongewijzigd"] == 4
        assert report.rechecked == 4
        assert set(
            Provider.objects.filter(school_number__startswith="9000").values_list(
                "checked_on", flat=True
            )
        ) == {later}


@pytest.mark.django_db
class TestRowErrors:
    @pytest.mark.parametrize(
        ("line", "column", "value", "expected"),
        [
            (AALST, "postcode", "930", 'postcode "930" is geen postcode van 4 cijfers'),
            (AALST, "lx", "127551,64x", 'lx "127551,64x" is geen getal'),
            (AALST, "ly", "9999999", "ligt niet in België"),
            (AALST, "begindatum", "31/02/2019", 'begindatum "31/02/2019" is geen geldige datum'),
            (AALST, "einddatum", "2030-06-30", 'einddatum "2030-06-30" is geen geldige datum'),
            (AALST, "naam", "", "naam is leeg"),
            (AALST, "schoolnummer", "9000A2", 'schoolnummer "9000A2" bestaat niet alleen uit'),
            (AALST, "schoolnummer", "900001", "schoolnummer 900001 staat ook op regel 2"),
        ],
    )
    def test_bad_row_writes_nothing_and_names_the_line_and_the_reason(
        self, line, column, value, expected
    ):
        report = run(with_cell(line, column, value))

        assert report.has_errors
        assert report.rows[line - 2].action == "fout"
        assert any(
            message.startswith(f"Regel {line}") and expected in message
            for message in report.error_messages
        ), report.error_messages
        assert "niets geïmporteerd" in report.summary
        assert not Provider.objects.filter(school_number__startswith="9000").exists()
        assert not Location.objects.filter(street="Voorbeeldstraat").exists()

    @pytest.mark.parametrize(
        ("column", "value", "field", "kept", "note"),
        [
            ("e-mail", "secretariaat@", "email", "", 'e-mail "secretariaat@" is geen geldig'),
            ("website", "http://zonder punt", "website", "", 'website "http://zonder punt" is'),
            ("kbo-nummer", "0267.377", "kbo_number", "", 'KBO-nummer "0267.377" heeft geen 10'),
            ("telefoon", "onbekend", "phone", "", 'telefoon "onbekend" is geen'),
        ],
    )
    def test_a_bad_optional_value_is_left_empty_and_the_row_comes_in(
        self, column, value, field, kept, note
    ):
        report = run(with_cell(AALST, column, value))

        assert not report.has_errors
        assert report.rows[AALST - 2].action == "nieuw"
        assert note in report.rows[AALST - 2].note
        provider = Provider.objects.get(school_number="900002")
        assert getattr(provider, field) == kept

    def test_every_bad_row_is_reported_and_good_rows_still_show_their_action(self):
        lines = sample_lines()
        lines[AALST - 1] = lines[AALST - 1].replace(";9300;", ";99999;")
        lines[HASSELT - 1] = lines[HASSELT - 1].replace(";3500;", ";35;")

        report = run(as_export(lines))

        assert [row.line for row in report.rows if row.errors] == [AALST, HASSELT]
        assert report.rows[GENT - 2].action == "nieuw"
        assert report.totals["fout"] == 2

    def test_bad_row_in_an_update_leaves_the_database_as_it_was(self):
        run(SAMPLE.read_bytes())
        lines = sample_lines()
        lines[GENT - 1] = lines[GENT - 1].replace("Voorbeeldschool Gent;", "Hernoemd;")
        lines[AALST - 1] = lines[AALST - 1].replace(";9300;", ";93000;")

        report = run(as_export(lines))

        assert report.has_errors
        assert Provider.objects.get(school_number="900001").name == "Voorbeeldschool Gent"

    def test_row_with_a_missing_separator_is_an_error(self):
        lines = sample_lines()
        lines[AALST - 1] = lines[AALST - 1].replace("Stationsplein;12", "Stationsplein 12")

        report = run(as_export(lines))

        assert any("17 velden in plaats van 18" in e for e in report.rows[AALST - 2].errors)
        assert any("scheidingsteken" in e for e in report.rows[AALST - 2].errors)

    def test_closed_school_is_skipped_even_with_an_outdated_nis_code(self):
        # Closed before the 2025 mergers, a school may still carry its old municipality's code.
        report = run(with_cell(GESLOTEN, "niscode", "44012"))

        assert not report.has_errors
        assert report.rows[GESLOTEN - 2].action == "overgeslagen"


@pytest.mark.django_db
class TestFileErrors:
    @pytest.mark.parametrize(
        ("data", "expected"),
        [
            (b"", "Het bestand is leeg."),
            (b"\xef\xbb\xbf\r\r", "Het bestand is leeg."),
            (bytes(range(256)) * 4, "geen CSV-tekst in UTF-8"),
            (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "Excel- of ander gecomprimeerd"),
            (b"abc\x00def;ghi\r", "geen tekstbestand"),
            ("schoolnummer;naam;postcode;gemeente".encode("latin-1"), "'niscode' ontbreekt"),
            ("Zoë;école\r".encode("latin-1"), "geen CSV-tekst in UTF-8"),
            (b'schoolnummer;naam\r"' + b"x" * 200_000, "geen geldig CSV-bestand"),
        ],
    )
    def test_unreadable_file_gives_a_dutch_error_and_no_exception(self, data, expected):
        report = run(data)

        assert report.has_errors
        assert report.rows == []
        assert any(expected in message for message in report.file_errors), report.file_errors

    @pytest.mark.parametrize("column", ["schoolnummer", "naam", "postcode", "niscode"])
    def test_missing_required_column_is_named(self, column):
        lines = sample_lines()
        header = lines[0].split(";")
        keep = [i for i, name in enumerate(header) if name.removeprefix("\ufeff") != column]
        lines = [";".join(line.split(";")[i] for i in keep) for line in lines]

        report = run(as_export(lines))

        assert report.file_errors == [
            f"De verplichte kolom '{column}' ontbreekt in de eerste regel."
        ]

    def test_comma_separated_file_is_read_like_the_export(self):
        # A spreadsheet saves the list again with commas, LF and no BOM; no value has a comma.
        lines = [line.replace(";", ",") for line in sample_lines()]

        report = run(("\n".join(lines) + "\n").encode())

        assert not report.has_errors, report.error_messages
        assert report.totals["nieuw"] == 4

    def test_header_without_rows_is_an_error(self):
        report = run(as_export(sample_lines()[:1]))

        assert report.file_errors == ["Het bestand bevat alleen een kopregel, geen scholen."]


@pytest.mark.django_db
class TestCommand:
    def test_dry_run_prints_the_summary_and_writes_nothing(self, capsys):
        call_command("import_schools", str(SAMPLE), "--dry-run")

        out = capsys.readouterr().out
        assert "4 nieuw" in out
        assert "1 overgeslagen" in out
        assert "niet meer actief" in out
        assert not Provider.objects.filter(school_number__startswith="9000").exists()

    def test_import_writes_with_the_given_source(self, capsys):
        call_command("import_schools", str(SAMPLE), "--source-url", "https://example.org/lijst")

        assert "Scholenlijst geïmporteerd." in capsys.readouterr().out
        gent = Provider.objects.get(school_number="900001")
        assert gent.source_url == "https://example.org/lijst"
        assert gent.checked_on == timezone.localdate()

    def test_file_with_errors_fails_and_lists_them(self, tmp_path, capsys):
        broken = tmp_path / "kapot.csv"
        broken.write_bytes(with_cell(AALST, "postcode", "93"))

        with pytest.raises(CommandError, match="niets geïmporteerd"):
            call_command("import_schools", str(broken))

        assert "Regel 3 (schoolnummer 900002): postcode" in capsys.readouterr().err
        assert not Provider.objects.filter(school_number__startswith="9000").exists()

    def test_missing_file_fails_in_dutch(self, tmp_path):
        with pytest.raises(CommandError, match="bestaat niet"):
            call_command("import_schools", str(tmp_path / "weg.csv"))
